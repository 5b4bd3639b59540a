import type { Config } from '../config/config.js';
import type { GitHub } from '../github/index.js';
import type { ActionContext } from './context.js';
import type { ActionIO, ModeResult } from './io.js';

/** Everything a mode receives: the event, the settings, the GitHub port and the runner's side. */
export interface Run {
  readonly ctx: ActionContext;
  readonly config: Config;
  readonly gh: GitHub;
  readonly io: ActionIO;
}

/** One mode: reads the stores, runs the engine, publishes, and says whether the step fails. */
export type ModeScript = (run: Run) => Promise<ModeResult>;
