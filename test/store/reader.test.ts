import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { writeStore, type StoreSpec } from '../../scripts/store-writer.mjs';
import { quickKey } from '../../src/hash.js';
import { openDatabase, openStore } from '../../src/store/open.js';
import { sameContent } from '../../src/analysis/select.js';
import { healthReport } from '../../src/analysis/health.js';
import { summarize } from '../../src/analysis/summary.js';
import { analysis, health } from '../analysis/health-fixtures.js';
import { batch, open, rowsSpec, sha256, simpleSpec } from './helpers.js';
import { queriesOf } from './queries.js';

const SHAPES = [
  '1.0.1-SNAPSHOT',
  '1.1.0-M.1',
  '1.0.0-RC.2',
  'main-3f9c2ab-dirty',
  '7494c5ca74a7667b',
];
const ODD_NAME = 'reply | `draft` <v2> @support team';

describe('versions()', () => {
  it('keeps names and all three version shapes as written, newest first as instants', async () => {
    const store = await open({
      prompts: [
        {
          name: ODD_NAME,
          // Written out of order, with offsets: 10:00+02:00 is 08:00Z, older than 09:00Z.
          versions: [
            { version: SHAPES[0]!, timestamp: '2026-11-01T10:00:00+02:00' },
            { version: SHAPES[1]!, timestamp: '2026-11-01T09:00:00+00:00' },
            { version: SHAPES[2]!, timestamp: '2026-11-01T09:30:00' },
            { version: SHAPES[3]!, timestamp: '2026-11-01T08:59:59.5-00:30' },
            { version: SHAPES[4]!, timestamp: '2026-11-01T09:30:00Z' },
          ],
        },
        { name: 'a-first', versions: [{ version: '1.0.0', timestamp: '2026-01-01T00:00:00Z' }] },
      ],
    });
    const rows = store.versions();
    expect(rows.map((r) => r.name)).toEqual(['a-first', ...Array<string>(5).fill(ODD_NAME)]);
    // 09:30 naive (UTC) and 09:30Z tie: the higher id (written later) comes first.
    expect(rows.slice(1).map((r) => r.version)).toEqual([
      '7494c5ca74a7667b',
      '1.0.0-RC.2',
      'main-3f9c2ab-dirty',
      '1.1.0-M.1',
      '1.0.1-SNAPSHOT',
    ]);
    expect(rows[1]!.timestamp).toBe('2026-11-01T09:30:00Z');
    store.close();
  });

  it('orders by time, not by id', async () => {
    const store = await open(
      simpleSpec({
        // The first version written becomes the newest: -05:00 puts it past midnight UTC.
        sql: {
          afterData: [
            "UPDATE prompt_versions SET timestamp = '2026-10-31T20:00:00-05:00' WHERE version = '1.0.0'",
          ],
        },
      }),
    );
    expect(store.versions().map((v) => [v.version, v.id])).toEqual([
      ['1.0.0', 1],
      ['1.1.0', 2],
    ]);
    store.close();
  });

  it('counts calls and finds the newest call by instant, as stored', async () => {
    const rows = [
      { timestamp: '2026-11-01T12:00:00+02:00', quality_score: 0.5 },
      { timestamp: '2026-11-01T11:00:00+00:00', quality_score: 0.5 },
      { timestamp: '2026-11-01T10:30:00', quality_score: 0.5 },
    ];
    const store = await open(
      rowsSpec(rows, {}, [{ version: '2', timestamp: '2026-11-02T00:00:00Z' }]),
    );
    const [v2, v1] = store.versions();
    expect(v1).toMatchObject({ calls: 3, lastCallAt: '2026-11-01T11:00:00+00:00' });
    expect(v2).toMatchObject({ calls: 0, lastCallAt: null });
    expect(store.lastCallAt()).toBe('2026-11-01T11:00:00+00:00');
    store.close();
  });

  it('unites tags from the JSON column and version_tags, ignoring invalid JSON', async () => {
    const spec: StoreSpec = {
      prompts: [
        {
          name: 'p',
          versions: [
            {
              version: '1',
              timestamp: '2026-01-01T00:00:00Z',
              tags: ['production', 'v1', 'production'],
              versionTags: ['production', 'canary'],
            },
            { version: '2', timestamp: '2026-01-02T00:00:00Z', tags: '["oops', versionTags: ['b'] },
            { version: '3', timestamp: '2026-01-03T00:00:00Z', tags: '{"a": 1}' },
            { version: '4', timestamp: '2026-01-04T00:00:00Z', tags: '["x", 5, null]' },
          ],
        },
      ],
    };
    const store = await open(spec);
    const tags = Object.fromEntries(store.versions().map((v) => [v.version, v.tags]));
    expect(tags).toEqual({ '1': ['production', 'v1', 'canary'], '2': ['b'], '3': [], '4': ['x'] });
    store.close();
    const noTable = await open({ ...spec, versionTagsTable: false });
    expect(noTable.versions().find((v) => v.version === '1')!.tags).toEqual(['production', 'v1']);
    noTable.close();
  });

  it('hashes system and user prompt with a NUL between them', async () => {
    const store = await open({
      prompts: [
        {
          name: 'p',
          versions: [
            {
              version: '1',
              timestamp: '2026-01-01T00:00:00Z',
              systemPrompt: 'Be brief.',
              userPrompt: 'Summarize: {text}',
              gitCommit: 'abc1234',
            },
          ],
        },
      ],
    });
    const expected = createHash('sha256').update('Be brief.\0Summarize: {text}').digest('hex');
    const [v] = store.versions();
    expect(v).toMatchObject({ promptHash: expected.slice(0, 16), gitCommit: 'abc1234' });
    // The text itself rides along for exact comparison, out of spreads and JSON.
    expect(v!.promptText).toBe('Be brief.\0Summarize: {text}');
    expect(v!.promptKey).toBe(quickKey('Be brief.\0Summarize: {text}'));
    expect(Object.keys(v!)).not.toContain('promptKey');
    expect(Object.keys(v!)).not.toContain('promptText');
    expect(JSON.parse(JSON.stringify(v))).toMatchObject({ promptHash: expected.slice(0, 16) });
    expect({ ...v }).not.toHaveProperty('promptText');
    store.close();
  });
});

// A store that reads prompt texts only when asked, and the SQL of every statement it prepares.
async function textsStore(spec: StoreSpec) {
  const store = await openStore(await writeStore(spec), {
    label: 'texts.sqlite',
    textsWhenAsked: true,
  });
  const db = (store as unknown as { db: { prepare: (sql: string) => unknown } }).db;
  const asked: string[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = (sql: string) => (asked.push(sql), prepare(sql));
  return { store, asked };
}

describe('prompt texts', () => {
  it('are read only when a version is matched by its content, not for a summary', async () => {
    const { store, asked } = await textsStore(simpleSpec());
    const [first] = store.versions();
    summarize(store, '2026-11-03T00:00:00Z');
    expect(asked.length).toBeGreaterThan(3);
    expect(asked.filter((sql) => /system_prompt|user_prompt/.test(sql))).toEqual([]);
    // A health report may read them to tell a rollback, when a young live version replaced another.
    const report = healthReport(store, { analysis, health, failOn: 'never', now: '2026-10-11T00:00:00Z' }); // prettier-ignore
    expect(report.prompts[0]?.history.version).toBe('1.0.0');
    expect(first!.promptText).toMatch(/\(prompt text of 1\.1\.0\)\0\{input\}$/);
    expect(asked.filter((sql) => /system_prompt/.test(sql))).toHaveLength(1);
    store.close();
  });

  it('are read one prompt at a time, when a version of it is matched by its content', async () => {
    const spec = simpleSpec();
    const classifier = {
      name: 'classifier',
      versions: [{ version: '2.0.0', timestamp: '2026-10-01T00:00:00+00:00', calls: [batch('2026-10-01T00:00:00+00:00', 40)] }], // prettier-ignore
    };
    const { store } = await textsStore({ ...spec, prompts: [...spec.prompts, classifier] });
    const textQueries = async (run: () => unknown): Promise<number> =>
      (await queriesOf(() => void run())).filter((sql) => /system_prompt/.test(sql)).length;
    // The summarizer's young version is checked for a rollback: its prompt's texts alone.
    const report = () => healthReport(store, { analysis, health, failOn: 'never', now: '2026-10-11T00:00:00Z' }); // prettier-ignore
    expect(await textQueries(report)).toBe(1);
    const named = (name: string) => store.versions().find((v) => v.name === name)!;
    expect(await textQueries(() => named('classifier').promptText)).toBe(1);
    expect(named('classifier').promptText).toMatch(/\(prompt text of 2\.0\.0\)/);
    expect(await textQueries(() => named('summarizer').promptHash)).toBe(0);
    store.close();
  });

  it('are read in one query once a few prompts have been read alone', async () => {
    // Ten prompts, each with a young live version checked for a rollback.
    const [one] = simpleSpec().prompts;
    const prompts = Array.from({ length: 10 }, (_, i) => ({ ...one!, name: `p${i}` }));
    const { store } = await textsStore({ ...simpleSpec(), prompts });
    const textQueries = async (run: () => unknown): Promise<number> =>
      (await queriesOf(() => void run())).filter((sql) => /system_prompt/.test(sql)).length;
    const report = () => healthReport(store, { analysis, health, failOn: 'never', now: '2026-10-11T00:00:00Z' }); // prettier-ignore
    expect(await textQueries(report)).toBe(5);
    expect(await textQueries(() => store.versions().map((v) => v.promptHash))).toBe(0);
    expect(new Set(store.versions().map((v) => v.promptText)).size).toBe(2);
    store.close();
  });

  it('are not read by a health report whose live versions have days of their own', async () => {
    const days: StoreSpec = {
      seed: 4,
      prompts: [
        {
          name: 'summarizer',
          versions: [
            { version: '1.0.0', timestamp: '2026-09-01T00:00:00+00:00', calls: [batch('2026-09-01T00:00:00+00:00', 40)] }, // prettier-ignore
            { version: '1.1.0', timestamp: '2026-10-01T00:00:00+00:00', calls: [{ ...batch('2026-10-01T00:00:00+00:00', 240), spacingSeconds: 7200 }] }, // prettier-ignore
          ],
        },
      ],
    };
    const { store, asked } = await textsStore(days);
    const report = healthReport(store, { analysis, health, failOn: 'never', now: '2026-10-20T00:00:00Z' }); // prettier-ignore
    expect(report.prompts).toHaveLength(1);
    expect(report.prompts[0]?.history.version).toBeUndefined();
    expect(asked.filter((sql) => /system_prompt|user_prompt/.test(sql))).toEqual([]);
    store.close();
  });

  it('are the same read with the versions or when asked, empty and long texts included', async () => {
    const versions = ['1', '2', '3'].map((version, i) => ({
      version,
      timestamp: `2026-01-0${i + 1}T00:00:00Z`,
      systemPrompt: i === 1 ? 'x'.repeat(200_000) : `system ${i}`,
    }));
    const spec: StoreSpec = {
      prompts: [{ name: 'p', versions }],
      sql: { afterData: ["UPDATE prompt_versions SET user_prompt = '' WHERE version = '3'"] },
    };
    const bytes = await writeStore(spec);
    const seen = async (textsWhenAsked: boolean) => {
      const store = await openStore(bytes, { label: 'same.sqlite', textsWhenAsked });
      const all = store.versions().map((v) => [v.promptText, v.promptKey, v.promptHash]);
      store.close();
      return all;
    };
    const eager = await seen(false);
    expect(new Set(eager.map((v) => v[2])).size).toBe(3);
    expect(await seen(true)).toEqual(eager);
  });

  it('tell apart texts that differ past the cap or after a NUL, and leave others as they were', async () => {
    const manual = 'r'.repeat(1_000_000);
    const texts = [
      ['long', `${manual}\nAlways answer in English.`],
      ['long', `${manual}\nAlways answer in French.`],
      ['nul', 'Rules: be nice'],
      ['nul', 'Rules: be rude'],
      ['plain', 'Be brief.'],
    ];
    const spec: StoreSpec = {
      prompts: [...new Set(texts.map(([name]) => name))].map((name) => ({
        name: name!,
        versions: texts
          .filter(([n]) => n === name)
          .map(([, text], i) => ({ version: `1.${i}`, timestamp: `2026-01-0${i + 1}T00:00:00Z`, systemPrompt: text! })), // prettier-ignore
      })),
      // A NUL inside a text, where SQLite hands the text over as far as it.
      sql: { afterData: ["UPDATE prompt_versions SET system_prompt = replace(system_prompt, ':', ':' || char(0)) WHERE name = 'nul'"] }, // prettier-ignore
    };
    const bytes = await writeStore(spec);
    for (const textsWhenAsked of [false, true]) {
      const store = await openStore(bytes, { label: 'cut.sqlite', textsWhenAsked });
      const of = (name: string) => store.versions().filter((v) => v.name === name);
      for (const name of ['long', 'nul']) {
        const [a, b] = of(name);
        expect(sameContent(a!, b!), name).toBe(false);
        expect(a!.promptHash).not.toBe(b!.promptHash);
      }
      // A text read whole is the text, as before: its hash does not change.
      expect(of('plain')[0]!.promptText).toBe('Be brief.\0{input}');
      store.close();
    }
  });

  it('refuse a comparison of a store whose versions share an id: they could not be told apart', async () => {
    const copyWithout = [
      'CREATE TABLE pv AS SELECT * FROM prompt_versions',
      'INSERT INTO pv SELECT * FROM prompt_versions',
      'DROP TABLE prompt_versions',
      'ALTER TABLE pv RENAME TO prompt_versions',
    ];
    const spec = simpleSpec({ sql: { afterData: copyWithout } });
    // Read with the versions, each text is its own row's, as it always was.
    const eager = await open(spec);
    expect(eager.versions().map((v) => v.promptText)).toHaveLength(4);
    eager.close();
    const store = await openStore(await writeStore(spec), {
      label: 'shared-ids.sqlite',
      textsWhenAsked: true,
    });
    expect(store.versions()).toHaveLength(4);
    expect(() => store.versions()[0]!.promptText).toThrow(
      expect.objectContaining({
        name: 'StoreError',
        code: 'corrupt',
        message: expect.stringMatching(/two prompt versions share an id/) as unknown,
      }),
    );
    // Asked again, it says so again.
    expect(() => store.versions()[1]!.promptKey).toThrow(/two prompt versions share an id/);
  });
});

describe('optional and extra columns', () => {
  it('reads a store without accuracy (and other optional columns) as NULLs', async () => {
    const store = await open(
      simpleSpec({
        omitColumns: {
          prompt_metrics: ['accuracy', 'model_name', 'temperature', 'max_tokens'],
          prompt_versions: ['git_commit', 'tags', 'system_prompt', 'user_prompt'],
        },
      }),
    );
    expect(store.metrics.has('accuracy')).toBe(false);
    expect(store.metrics.has('quality_score')).toBe(true);
    const [v] = store.versions();
    expect(v).toMatchObject({ gitCommit: null, tags: [], calls: 30 });
    // No text at all: the content is unknown, and versions are told apart by version string.
    expect(v!.promptHash).toBeNull();
    expect(v!.promptText).toBeNull();
    const s = store.samples({ versionId: v!.id, metrics: ['accuracy', 'quality_score'] });
    expect(s.values.accuracy).toBeUndefined();
    expect(s.values.quality_score).toHaveLength(30);
    expect(store.contexts(v!.id)).toEqual([
      { model: null, temperature: null, maxTokens: null, calls: 30 },
    ]);
    store.close();
  });

  it('ignores extra columns in both tables', async () => {
    const store = await open(
      simpleSpec({
        extraColumns: {
          prompt_metrics: [{ name: 'trace_id', type: 'TEXT', default: "'t-1'" }],
          prompt_versions: [{ name: 'owner', type: 'TEXT' }],
        },
      }),
    );
    expect(store.versions().map((v) => v.calls)).toEqual([30, 40]);
    store.close();
  });
});

describe('read-only', () => {
  it('sets query_only and trusted_schema=OFF, refuses writes, leaves the bytes unchanged', async () => {
    const bytes = await writeStore(simpleSpec());
    const before = sha256(bytes);
    const { db } = await openDatabase(bytes, { label: 'x' });
    expect(db.exec('PRAGMA query_only')[0]!.values[0]![0]).toBe(1);
    expect(db.exec('PRAGMA trusted_schema')[0]!.values[0]![0]).toBe(0);
    expect(() => db.run('DELETE FROM prompt_metrics')).toThrow(/readonly/);
    db.close();
    const store = await openStore(bytes, { label: 'x' });
    for (const v of store.versions()) {
      store.samples({ versionId: v.id, metrics: ['quality_score'], newest: 5 });
      store.contexts(v.id);
      store.daily(v.id, '2026-01-01', '2027-01-01');
    }
    store.costByDay('2026-01-01', '2027-01-01');
    store.totals();
    store.close();
    // sql.js reads these bytes in place: a write by the reader would land in them.
    expect(sha256(bytes)).toBe(before);
  });

  it("sorts in SQLite's heap, under its hard limit, not in temporary files in JS memory", async () => {
    const { db } = await openDatabase(await writeStore(simpleSpec()), { label: 'x' });
    expect(db.exec('PRAGMA temp_store')[0]!.values[0]![0]).toBe(2); // MEMORY
    const sorted = 'SELECT count(*) FROM (SELECT * FROM prompt_metrics ORDER BY random())';
    expect(db.exec(sorted)[0]!.values[0]![0]).toBeGreaterThan(0);
    db.close();
  });

  it('rejects a time bound that is not ISO 8601 instead of matching nothing', async () => {
    const store = await open(simpleSpec());
    expect(() =>
      store.samples({ versionId: 1, metrics: ['latency_ms'], since: 'yesterday' }),
    ).toThrow(/since is not an ISO 8601 time/);
    store.close();
  });
});
