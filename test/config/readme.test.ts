import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUTS } from '../../src/config/inputs.js';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('starts with the two commands that work on a fresh machine', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(firstBlock).toMatch(/^npm ci && npm run demo/m);
    expect(firstBlock).toMatch(/^npm test/m);
  });
  it('documents every input with its default, and every output', () => {
    for (const i of INPUTS) {
      const def = i.default ? `\`${i.default}\`` : '–';
      expect(readme, i.name).toContain(`| \`${i.name}\` | ${def} |`);
    }
    const outputs = Object.keys(
      (parse(readFileSync('action.yml', 'utf8')) as { outputs: object }).outputs,
    );
    for (const o of outputs) expect(readme, o).toContain(`| \`${o}\` |`);
  });
  it("puts the command workflow's concurrency group under the job its if: filters", () => {
    // Above the if:, every comment on the pull request joins the group, and GitHub keeps one
    // pending run per group: any comment would cancel a command waiting its turn.
    const workflows = [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/g)]
      .map((m) => parse(m[1] ?? '') as Record<string, unknown> | null)
      .filter((w) => typeof w?.on === 'object' && w.on !== null && 'issue_comment' in w.on);
    expect(workflows).toHaveLength(1);
    for (const w of workflows) {
      expect(w).not.toHaveProperty('concurrency');
      for (const job of Object.values(w!.jobs as Record<string, Record<string, unknown>>)) {
        expect(typeof job.if).toBe('string');
        expect(job).toHaveProperty('concurrency.group');
      }
    }
  });
});
