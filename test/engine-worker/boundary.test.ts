// The thread boundary without a thread: limits, messages, and errors as they cross it.
import { describe, expect, it } from 'vitest';
import { SelectionError } from '../../src/analysis/select.js';
import { ConfigError } from '../../src/config/parse.js';
import type { EngineRequest } from '../../src/engine.js';
import { describeError } from '../../src/errors.js';
import { StoreError } from '../../src/store/errors.js';
import {
  crashError,
  formatLimit,
  memoryError,
  memoryLimits,
  StoreLimitError,
  timeoutError,
} from '../../src/worker/limits.js';
import { revive } from '../../src/worker/run.js';
import { toWire, type WorkerInput } from '../../src/worker/serve.js';

const MIB = 1024 * 1024;
const request: EngineRequest = {
  kind: 'summary',
  store: { path: 'stores/db.sqlite' },
  generatedAt: '2026-11-01T00:00:00Z',
  maxStoreBytes: 512 * MIB,
};
const input: WorkerInput = {
  request,
  limits: memoryLimits(512 * MIB),
  sizeSetting: "input 'max-store-size'",
};

// What an error looks like after the round trip through postMessage.
const roundTrip = (error: unknown): Error => revive(structuredClone(toWire(error, input)));

describe('limits', () => {
  it('grow with the store cap, within what wasm can address', () => {
    expect(memoryLimits(512 * MIB)).toEqual({ heapMb: 1280, sqliteBytes: 512 * MIB });
    expect(memoryLimits(MIB)).toEqual({ heapMb: 258, sqliteBytes: 256 * MIB });
    expect(memoryLimits(4096 * MIB).sqliteBytes).toBe(1024 * MIB);
  });

  it('format durations as settings are written', () => {
    expect(formatLimit(60_000)).toBe('60s');
    expect(formatLimit(1500)).toBe('1.5s');
    expect(formatLimit(250)).toBe('250ms');
  });

  it('name the stores and the setting in one line', () => {
    expect(timeoutError(['h.sqlite', 'b.sqlite'], 60_000, "input 'query-timeout'").message).toBe(
      'Reading the stores "h.sqlite" and "b.sqlite" took longer than input \'query-timeout\' (60s): ' +
        "the store may be hostile or far too large; raise input 'query-timeout' if it is genuine.",
    );
    const memory = memoryError(['a\nb.sqlite'], memoryLimits(MIB), '--max-store-size');
    expect(memory.message).toBe(
      'Reading the store "a b.sqlite" needed more memory than allowed (258 MiB of JavaScript heap, ' +
        '256 MiB for SQLite, both set from --max-store-size): the store may be hostile or far too ' +
        'large; raise --max-store-size if it is genuine.',
    );
    const crash = crashError(['x.sqlite'], 'exit code 7: Aborted(OOM)\nmore');
    expect(crash.message).toBe(
      'Reading the store "x.sqlite" stopped unexpectedly (exit code 7: Aborted(OOM) more); the store may be hostile.',
    );
    for (const e of [memory, crash]) expect(e).toBeInstanceOf(StoreLimitError);
  });
});

describe('errors crossing the thread', () => {
  it('keep class, name, message and fields, so callers print the same line', () => {
    const cases: Error[] = [
      new StoreError('corrupt', 'db.sqlite', 'the SQLite file is corrupt (x).'),
      new SelectionError('Prompt "x" is not in db.sqlite; it has: "y".'),
      new ConfigError("Invalid input 'alpha'."),
      timeoutError(['db.sqlite'], 1000, '--query-timeout'),
      new RangeError('since is not an ISO 8601 time'),
    ];
    for (const original of cases) {
      const back = roundTrip(original);
      expect(back.name).toBe(original.name);
      expect(back.message).toBe(original.message);
      expect(Object.getPrototypeOf(back)).toBe(
        original instanceof RangeError ? Error.prototype : Object.getPrototypeOf(original),
      );
      expect(describeError(back)).toBe(describeError(original));
    }
    const store = roundTrip(new StoreError('trigger', 'db.sqlite', 'triggers.'));
    expect(store).toBeInstanceOf(StoreError);
    expect(store).toMatchObject({ code: 'trigger', label: 'db.sqlite' });
    expect(roundTrip(timeoutError([], 1, 's'))).toMatchObject({ kind: 'timeout' });
  });

  it("turn SQLite's out-of-memory into the memory limit, naming the setting", () => {
    for (const thrown of [
      new Error('out of memory'),
      new StoreError(
        'corrupt',
        'db.sqlite',
        'the SQLite file is corrupt (out of memory).',
        'out of memory',
      ),
    ]) {
      const back = roundTrip(thrown);
      expect(back).toBeInstanceOf(StoreLimitError);
      expect(back.message).toMatch(
        /^Reading the store "stores\/db.sqlite" needed more memory than allowed \(1280 MiB .* input 'max-store-size'\)/,
      );
    }
    // What SQLite said decides, not the wording of the message.
    const worded = new StoreError('unreadable', 'db.sqlite', 'cannot read it (out of memory).');
    expect(roundTrip(worded)).toBeInstanceOf(StoreError);
    const damaged = new StoreError('corrupt', 'x', 'SQLite cannot read it (y).', 'disk image');
    expect(roundTrip(damaged)).toMatchObject({ code: 'corrupt', sqlite: 'disk image' });
  });

  it('turn a wasm trap into a crash, and a thrown non-error into a line', () => {
    const trap = new Error('Aborted(OOM). Build with -sASSERTIONS for more info.');
    trap.name = 'RuntimeError';
    expect(roundTrip(trap)).toMatchObject({ name: 'StoreLimitError', kind: 'crash' });
    expect(roundTrip('a string')).toMatchObject({
      name: 'Error',
      message: 'unexpected error: a string',
    });
  });
});
