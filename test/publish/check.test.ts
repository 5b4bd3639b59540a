import { describe, expect, it } from 'vitest';
import {
  NO_CHECK,
  failCheck,
  publishCheckOnly,
  type Check,
  type CheckResult,
} from '../../src/publish/check.js';
import { UNVERIFIED_TITLE } from '../../src/render/compare/provenance.js';
import { regressionReport } from '../report/fixtures-regression.js';

function recording(): Check & { results: CheckResult[] } {
  const results: CheckResult[] = [];
  return { results, finish: (r) => Promise.resolve(void results.push(r)) };
}

describe('the check run', () => {
  it('is finished with the report’s conclusion when there is no pull request', async () => {
    const check = recording();
    await publishCheckOnly(regressionReport(), check, false);
    expect(check.results).toHaveLength(1);
    expect(check.results[0]?.conclusion).toBe('failure');
    expect(check.results[0]?.title).not.toContain(UNVERIFIED_TITLE);
  });

  it('says so when the report is the pull request’s own run’s', async () => {
    const check = recording();
    await publishCheckOnly(regressionReport(), check, true);
    expect(check.results[0]?.title.startsWith(UNVERIFIED_TITLE)).toBe(true);
  });

  it('fails with the error in one escaped line, then rethrows it', async () => {
    const check = recording();
    const error = new Error('no such table: <b>prompts</b>');
    await expect(failCheck(check, 'Could not check', error)).rejects.toBe(error);
    expect(check.results).toHaveLength(1);
    expect(check.results[0]).toMatchObject({ conclusion: 'failure', title: 'Could not check' });
    expect(check.results[0]?.summary).toContain('no such table');
    expect(check.results[0]?.summary).not.toContain('<b>');
  });

  it('is a no-op when there is none', async () => {
    await expect(publishCheckOnly(regressionReport(), NO_CHECK, false)).resolves.toBeUndefined();
  });
});
