// Shared setup of the adapter tests: a fake GitHub, the real client, a recording logger.
import { afterEach, beforeEach } from 'vitest';
import { createGitHubClient, type GitHub, type Logger } from '../../src/github/client.js';
import { FakeGitHub, type FakeServerOptions } from '../e2e/fake-github.js';

/** A token-shaped secret that must never show up in anything logged. */
export const TOKEN = 'ghs_SECRETsecret0123456789abcdefABCDEF';

/** A logger that keeps every line, to assert on (and to check no token leaked). */
export class RecordingLogger implements Logger {
  readonly lines: string[] = [];
  info(m: string): void {
    this.lines.push(`info: ${m}`);
  }
  warning(m: string): void {
    this.lines.push(`warning: ${m}`);
  }
  debug(m: string): void {
    this.lines.push(`debug: ${m}`);
  }
}

/** Per-test fake server, client and logger; `client()` builds more clients on the same fake. */
export function useFakeGitHub(options: FakeServerOptions = {}): {
  fake: () => FakeGitHub;
  gh: () => GitHub;
  log: () => RecordingLogger;
  client: (token?: string) => GitHub;
} {
  let fake: FakeGitHub;
  let gh: GitHub;
  let log: RecordingLogger;
  const client = (token = TOKEN): GitHub =>
    createGitHubClient(token, { baseUrl: fake.url, retryScale: 0.01, logger: log });
  beforeEach(async () => {
    fake = new FakeGitHub(options);
    await fake.start();
    log = new RecordingLogger();
    gh = client();
  });
  afterEach(async () => {
    await fake.stop();
    for (const line of log.lines)
      if (line.includes(TOKEN)) throw new Error(`token logged: ${line}`);
  });
  return { fake: () => fake, gh: () => gh, log: () => log, client };
}
