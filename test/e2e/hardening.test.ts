// The action under attack and under faults, run as GitHub runs it: hostile store strings, a
// flaky API, and two runs at once.
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoreSpec } from '../../scripts/store-writer.mjs';
import { writeStore } from '../../scripts/store-writer.mjs';
import { expectSafeMarkdown } from '../report/safety.js';
import { FakeGitHub } from './fake-github.js';
import { type ActionRun } from './harness.js';
import { baseSpec, headSpec, storeBytes } from './stores.js';
import { baseAndHead, botComments, loggedText, STORE, workspaceWith } from './workflows.js';
import { e2eSuite } from './suite.js';

const HOSTILE = 'evil|name <img src=x onerror=alert(1)> @octocat `code` ]]> <!--';
const NAMES = [
  HOSTILE,
  'line\nbreak | \u202Egnp.exe\u200B @admin ```',
  `${'A'.repeat(5000)}|<b>@x</b>${'z'.repeat(5000)}`,
  'fixes GH-123 and gh-7',
];

const suite = e2eSuite();
const fake = suite.fake;

async function workspace(
  head: StoreSpec,
): Promise<{ dir: string; baseSha: string; headSha: string }> {
  return baseAndHead(await storeBytes(baseSpec()), await storeBytes(head));
}

function prRun(
  ws: { dir: string; baseSha: string; headSha: string },
  runNumber = 7,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  return suite.pullRequest(ws, {
    env: { GITHUB_RUN_NUMBER: String(runNumber), ...env },
  });
}

const ours = (): ReturnType<FakeGitHub['comments']> => botComments(fake, 5);
const logged = loggedText;

beforeEach(() => {
  fake.addPullRequest({ number: 5, headSha: 'f'.repeat(40) });
});

describe('hostile store strings', () => {
  it('keep the comment, the check output and the job summary free of live markup', async () => {
    const spec = headSpec(0.7);
    const prompts = [
      ...spec.prompts,
      ...NAMES.map((name) => ({
        name,
        versions: headSpec(0.7).prompts[0]?.versions.slice(-1) ?? [],
      })),
    ];
    const run = await prRun(await workspace({ ...spec, prompts }));
    expect(run.outputs.verdict, logged(run)).toBe('regressed');
    const [comment] = ours();
    expect(comment).toBeDefined();
    expectSafeMarkdown(comment?.body ?? '', comment?.body.split('\n')[0]);
    expect(comment?.body.length).toBeLessThanOrEqual(65_536);
    // The hostile names are there, as text.
    expect(comment?.body).toContain(
      'evil&#124;name &lt;img src=x onerror=alert(1)&gt; @&#8203;octocat',
    );
    expect(comment?.body).toMatch(/A{100}/);
    const check = [...fake.state.checkRuns.values()][0];
    expectSafeMarkdown(check?.output.summary ?? '');
    expect(check?.output.title).not.toMatch(/<[A-Za-z!/]|\n|@(?!\u200B)/);
    expectSafeMarkdown(run.summary);
    expect(logged(run)).not.toMatch(/<img/);
  });
});

describe('a refused store', () => {
  it('is quoted in the check run as escaped text, never as links, images or mentions', async () => {
    const trigger = '[x](https://evil.example) ![i](https://evil.example/i.png) @octocat #1 GH-2';
    const ws = await workspace({
      ...headSpec(0.7),
      sql: {
        afterData: [
          `CREATE TRIGGER "${trigger}" AFTER INSERT ON prompt_metrics BEGIN SELECT 1; END`,
        ],
      },
    });
    const run = await prRun(ws);
    expect(run.code, logged(run)).not.toBe(0);
    const check = [...fake.state.checkRuns.values()][0];
    const summary = check?.output.summary ?? '';
    expect(check?.conclusion).toBe('failure');
    expect(summary).toContain('defines triggers');
    expectSafeMarkdown(summary);
    // Every bracket is escaped, so no link or image can open.
    expect(summary).not.toMatch(/(?<!\\)[[\]]/);
    expect(summary).toContain('\\[x\\](https:&#8203;//evil.example)');
  });
});

describe('a flaky API', () => {
  it('leaves exactly one comment when creating it answers 502 after GitHub stored it', async () => {
    fake.failNext({
      method: 'POST',
      pathPattern: /\/issues\/5\/comments$/,
      status: 502,
      afterWrite: true,
    });
    const run = await prRun(await workspace(headSpec(0.7)));
    expect(run.outputs.verdict, logged(run)).toBe('regressed');
    expect(ours()).toHaveLength(1);
  });

  it('never edits a comment by someone else that carries our marker', async () => {
    const ws = await workspace(headSpec(0.7));
    const forged = fake.addComment(
      5,
      `<!-- prompt-versioner-action:comment key=default sha=${ws.headSha} run=99 attempt=1 -->\nforged`,
      'mallory',
    );
    await prRun(ws);
    expect(fake.comments(5).find((c) => c.id === forged.id)?.body).toMatch(/forged$/);
    expect(ours()).toHaveLength(1);
  });
});

describe('a forged sticky comment (issue 13, finding 5)', () => {
  it('cannot freeze the report with a run number GitHub does not know, nor by a marker below the first line', async () => {
    const ws = await workspace(headSpec(0.7));
    const marker = `<!-- prompt-versioner-action:comment key=default sha=${ws.headSha} run=999999999 attempt=1 -->`; // prettier-ignore
    const quoted = fake.addComment(5, `quoting:\n${marker}\nquoted`, 'github-actions[bot]');
    const forged = fake.addComment(5, `${marker}\nforged: all passed`, 'github-actions[bot]');
    const run = await prRun(ws);
    expect(run.outputs.verdict, logged(run)).toBe('regressed');
    expect(run.stdout).toMatch(/claims run 999999999 .* GitHub does not confirm that run: replacing it/); // prettier-ignore
    const after = fake.comments(5);
    expect(after.find((c) => c.id === quoted.id)?.body).toMatch(/quoted$/);
    const replaced = after.find((c) => c.id === forged.id)?.body ?? '';
    expect(replaced.split('\n')[0]).toBe(`<!-- prompt-versioner-action:comment key=default sha=${ws.headSha} run=7 attempt=1 -->`); // prettier-ignore
    expect(replaced).not.toMatch(/forged/);
    expect(after).toHaveLength(2);
  });
});

describe('two runs at once', () => {
  it('end with exactly one sticky comment carrying the newer report', async () => {
    const a = await workspace(headSpec(0.7));
    const b = await workspace(headSpec(0.72));
    // GitHub knows both runs, so the later one's comment is confirmed and kept.
    fake.addWorkflowRun('prompt-check.yml', { id: 4242, run_number: 30, head_sha: a.headSha });
    fake.addWorkflowRun('prompt-check.yml', { run_number: 31, head_sha: b.headSha });
    await Promise.all([prRun(a, 30), prRun(b, 31)]);
    const left = ours();
    expect(left).toHaveLength(1);
    expect(left[0]?.body).toMatch(new RegExp(`sha=${b.headSha} run=31 attempt=1`));
  });

  it('end with exactly one tracking issue', async () => {
    const now = Date.now();
    const iso = (daysAgo: number): string => new Date(now - daysAgo * 86_400_000).toISOString();
    const batch = (from: number, to: number, quality: number) => ({
      start: iso(from),
      count: Math.round((from - to) * 48),
      spacingSeconds: 1800,
      model: 'gpt-4o',
      quality: { mean: quality, sd: 0.05 },
    });
    const spec: StoreSpec = {
      seed: 9,
      prompts: [
        {
          name: HOSTILE,
          versions: [
            {
              version: '1.0.0',
              timestamp: iso(40),
              versionTags: ['production'],
              calls: [batch(28, 1, 0.85), batch(1, 0.01, 0.5)],
            },
          ],
        },
      ],
    };
    const ws = workspaceWith({ [STORE]: await writeStore(spec) }).dir;
    const health = (n: number): Promise<ActionRun> =>
      suite.run(
        ws,
        'schedule',
        {},
        {
          env: { GITHUB_RUN_NUMBER: String(n) },
        },
      );
    const runs = await Promise.all([health(40), health(41)]);
    for (const r of runs) expect(r.code, logged(r)).toBe(0);
    const open = fake.issues().filter((i) => i.state === 'open');
    expect(open).toHaveLength(1);
    // The prompts the issue alerts on ride in a second hidden line, base64url only.
    const alerting = /\n<!-- prompt-versioner-action:health-alerting [A-Za-z0-9_-]+ -->\n/;
    expect(open[0]?.body).toMatch(alerting);
    // And each alert's short key, hex only.
    const keys = /\n<!-- prompt-versioner-action:alert-keys [0-9a-f,]* -->\n/;
    expect(open[0]?.body).toMatch(keys);
    const body = (open[0]?.body ?? '').replace(alerting, '\n').replace(keys, '\n');
    expectSafeMarkdown(body, body.split('\n')[0]);
    expect(open[0]?.body).toMatch(/run=41 attempt=1/);
  });
});
