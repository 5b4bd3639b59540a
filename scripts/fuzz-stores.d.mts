// Types of fuzz-stores.mjs, so that the TypeScript test can import it.

/** One case's result: what it was, and its outcome or its failure. */
export interface FuzzResult {
  readonly n: number;
  readonly layout: string;
  readonly command: 'compare' | 'summary' | 'health';
  readonly role: 'head' | 'base';
  readonly mutation: string;
  readonly detail: string;
  /** Wall time of the CLI run. */
  readonly ms: number;
  /** e.g. `report, as unmutated`, `refused:corrupt`; absent on a failure. */
  readonly outcome?: string;
  /** Why the case failed; absent when it passed. */
  readonly failure?: string;
  /** The CLI's stderr line, for refusals. */
  readonly line?: string;
}

/** A fuzz run's figures. */
export interface FuzzSummary {
  readonly seed: number;
  readonly cases: number;
  readonly failures: readonly FuzzResult[];
  /** Cases by outcome class (`FAILURE` for failures). */
  readonly outcomes: Readonly<Record<string, number>>;
  /** Cases by mutation. */
  readonly mutations: Readonly<Record<string, number>>;
  readonly slowestMs: number;
  readonly wallMs: number;
}

/** The seed of record. */
export const DEFAULT_SEED: number;

/** Runs `count` cases from `seed` (or only case `only`) against the bundle in `dist`. */
export function runFuzz(options: {
  readonly dist: string;
  readonly seed: number;
  readonly count: number;
  readonly jobs?: number;
  readonly queryTimeoutMs?: number;
  readonly nodeFlags?: readonly string[];
  readonly only?: number;
  readonly keep?: string;
  readonly onResult?: (result: FuzzResult, done: number, total: number) => void;
}): Promise<FuzzSummary>;
