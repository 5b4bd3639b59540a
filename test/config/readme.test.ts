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
});
