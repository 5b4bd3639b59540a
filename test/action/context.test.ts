import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { readActionContext } from '../../src/action/context.js';

const env = (extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  GITHUB_REPOSITORY: 'octo-org/octo-repo',
  ...extra,
});

describe('readActionContext', () => {
  it('names the workflow by its file, whatever ref or name it runs under', () => {
    const ref = 'octo-org/octo-repo/.github/workflows/health.yml@refs/heads/main';
    const read = (e: NodeJS.ProcessEnv) => readActionContext(env(e), tmpdir()).workflow;
    expect(read({ GITHUB_WORKFLOW_REF: ref, GITHUB_WORKFLOW: 'Prompt health' })).toBe(
      '.github/workflows/health.yml',
    );
    expect(read({ GITHUB_WORKFLOW_REF: ref.replace('refs/heads/main', 'refs/pull/7/merge') })).toBe(
      '.github/workflows/health.yml',
    );
    // Older runners set only the name.
    expect(read({ GITHUB_WORKFLOW: 'Prompt health' })).toBe('Prompt health');
    expect(read({})).toBe('');
  });
});
