// The walks over the timestamp index read a few dozen calls at a time in the tests that call
// this, so that their small stores take several batches, as a month of a big store does.
import { afterAll, beforeAll } from 'vitest';
import { TimeWalk } from '../../src/store/time-calls.js';

export function readInSmallBatches(): void {
  beforeAll(() => {
    TimeWalk.batch = 37;
  });
  afterAll(() => {
    TimeWalk.batch = 2 ** 18;
  });
}
