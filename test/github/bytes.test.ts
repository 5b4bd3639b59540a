import { describe, expect, it } from 'vitest';
import { checkDeclaredLength, readCapped, TooLargeError } from '../../src/github/bytes.js';
import { pacedGroup } from '../../src/github/pacing.js';

function streamOf(
  chunks: Uint8Array[],
  onCancel: () => void = () => {},
): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[i++];
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
    cancel: onCancel,
  });
}

describe('readCapped', () => {
  it('joins the chunks', async () => {
    const got = await readCapped(
      streamOf([new Uint8Array([1, 2]), new Uint8Array([0, 255])]),
      4,
      'x',
    );
    expect([...got]).toEqual([1, 2, 0, 255]);
    expect(await readCapped(null, 4, 'x')).toEqual(new Uint8Array(0));
  });

  it('stops and cancels the stream as soon as the cap is passed', async () => {
    let cancelled = false;
    const endless = Array.from({ length: 1000 }, () => new Uint8Array(1024));
    const read = readCapped(
      streamOf(endless, () => (cancelled = true)),
      4096,
      'The store',
    );
    await expect(read).rejects.toThrow(new TooLargeError('The store', 4096));
    expect(cancelled).toBe(true);
  });

  it('refuses a declared length over the cap', () => {
    expect(() => checkDeclaredLength('5000', 4096, 'x')).toThrow(TooLargeError);
    expect(() => checkDeclaredLength(undefined, 4096, 'x')).not.toThrow();
    expect(() => checkDeclaredLength('100', 4096, 'x')).not.toThrow();
  });
});

describe('pacedGroup', () => {
  it('runs jobs one at a time, spaced, in order', async () => {
    const queue = (
      pacedGroup(20) as unknown as {
        key(id: string): { schedule(...a: unknown[]): Promise<unknown> };
      }
    ).key('id');
    const starts: number[] = [];
    const job = (n: number) => () => {
      starts.push(performance.now());
      return n;
    };
    const results = await Promise.all([
      queue.schedule({}, job(1)),
      queue.schedule({ priority: 0 }, job(2)),
      queue.schedule(job(3)),
    ]);
    expect(results).toEqual([1, 2, 3]);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(18);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(18);
  });
});
