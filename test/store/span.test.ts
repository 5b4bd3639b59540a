// The health report's questions answered from a version's calls in memory (focus) must give the
// bits their queries give, on data chosen to make them differ if anything were off: sums whose
// order and compensation matter, integers beside reals, ties on instants, ids out of time order,
// offsets and fractions around UTC midnight, text and BLOBs in number columns, model names that
// UTF-16 and UTF-8 order differently, and schemas that make the queries read otherwise.
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { mulberry32, writeStore, type StoreSpec } from '../../scripts/store-writer.mjs';
import { openDatabase, openStore, type Store } from '../../src/store/open.js';
import { sqliteDay } from '../../src/store/span-answers.js';
import { readSpan } from '../../src/store/span.js';
import { candidates, walkTimestamps } from '../../src/store/instants.js';
import { allRows, forEachRow, type Param } from '../../src/store/sql.js';
import { readCostByDay } from '../../src/store/trends.js';
import { NeumaierSum } from '../../src/store/neumaier.js';
import { BLOAT_PAST_FULL_CHECK, LYING_VERSION_INDEX, simpleSpec } from './helpers.js';
import { AWKWARD_COSTS, FOCUS, METRICS, ODD_VALUES, RANGES, bits, spec } from './awkward.js';

/** Every question the health report asks, of a store with and one without the focus. */
function ask(store: Store, versionId: number): unknown[] {
  const out: unknown[] = [];
  for (const [since, until] of RANGES) {
    const contexts = store.contexts(versionId, since, until);
    const top = contexts.map((c) => c.model).filter((m): m is string => m !== null);
    out.push(contexts, store.daily(versionId, since, until));
    for (const models of [undefined, top.slice(0, 2), ['gpt-4o'], ['nope'], []])
      for (const newest of [undefined, 1000, 7]) {
        const q = { versionId, metrics: METRICS, since, until };
        out.push(
          store.samples({ ...q, ...(newest === undefined ? {} : { newest }), ...(models ? { models } : {}) }), // prettier-ignore
        );
      }
    for (const models of [undefined, top.slice(0, 1)])
      out.push(
        store.blocks({ versionId, metrics: METRICS, until, blockMs: 6 * 3_600_000, count: 8, ...(models ? { models } : {}) }), // prettier-ignore
      );
  }
  return out;
}

async function bothWays(s: StoreSpec): Promise<{ plain: string; focused: string }> {
  const bytes = await writeStore(s);
  const plain = await openStore(bytes, { label: 'a.sqlite' });
  const focused = await openStore(bytes, { label: 'b.sqlite' });
  focused.focus!(...FOCUS);
  try {
    // Newest calls first: under the focus, the first question reads a version's calls.
    const all = (store: Store): string =>
      bits([
        store.versions().map((v) => [v.id, v.calls, v.lastCallAt]),
        ...[1, 2].map((v) => ask(store, v)),
      ]);
    return { plain: all(plain), focused: all(focused) };
  } finally {
    plain.close();
    focused.close();
  }
}

describe('NeumaierSum', () => {
  it("gives SQLite's total() and avg() bit for bit, integers and reals mixed", async () => {
    const SQL = await initSqlJs();
    const db = new SQL.Database();
    db.run('CREATE TABLE t (g INTEGER, x)'); // no type: integers stay INTEGER, reals REAL
    const rand = mulberry32(7);
    const pool = [0.1, 0.2, 0.3, -0.3, 1e14, -1e14, 3, -7, 2 ** 46, 1e-12, 123.456, -0];
    const insert = db.prepare('INSERT INTO t VALUES (?, ?)');
    const groups: number[][] = [];
    for (let g = 0; g < 400; g++) {
      const values = Array.from(
        { length: 1 + Math.floor(rand() * 40) },
        () =>
        rand() < 0.5 ? pool[Math.floor(rand() * pool.length)]! : (rand() - 0.5) * 10 ** Math.floor(rand() * 12), // prettier-ignore
      );
      // sql.js binds whole numbers as INTEGER and others as REAL.
      for (const v of values) insert.run([g, v]);
      groups.push(values);
    }
    insert.free();
    const sql = db.exec('SELECT g, total(x), avg(x), typeof(sum(x)) FROM t GROUP BY g ORDER BY g');
    let naiveDiffers = 0;
    let mixed = 0;
    let exact = 0;
    for (const [g, total, avg, type] of sql[0]!.values) {
      const sum = new NeumaierSum();
      const values = groups[Number(g)]!;
      for (const v of values) sum.add(v);
      if (!sum.exact) continue;
      exact += 1;
      expect(bits([sum.total(), sum.mean()])).toBe(bits([total, avg]));
      if (values.reduce((a, b) => a + b, 0) !== total) naiveDiffers += 1;
      if (type === 'real' && values.some((v) => Number.isInteger(v))) mixed += 1;
    }
    // The comparison means something: plain addition would have missed often, and types mix.
    expect(exact).toBeGreaterThan(300);
    expect(naiveDiffers).toBeGreaterThan(40);
    expect(mixed).toBeGreaterThan(100);
    db.close();
  });

  it('says when it cannot promise the same bits', () => {
    const big = new NeumaierSum();
    big.add(2 ** 52);
    expect(big.exact).toBe(false);
    const growing = new NeumaierSum();
    growing.add(2 ** 50);
    expect(growing.exact).toBe(true);
    growing.add(2 ** 50);
    expect(growing.exact).toBe(false);
    expect(new NeumaierSum().mean()).toBeNull();
    expect(new NeumaierSum().total()).toBe(0);
  });
});

describe('sqliteDay()', () => {
  it("is the day SQLite's date() gives, at and around midnights", async () => {
    const SQL = await initSqlJs();
    const db = new SQL.Database();
    const rand = mulberry32(11);
    const stmt = db.prepare('SELECT date(?), date(?)');
    for (let i = 0; i < 3000; i++) {
      const midnight = 2451545 + Math.floor(rand() * 20000) + 0.5;
      const jd = midnight + (rand() - 0.5) * (rand() < 0.5 ? 1e-8 : 2);
      const [a, b] = stmt.get([jd, sqliteDay(jd)]);
      expect(b).toBe(a);
    }
    stmt.free();
    db.close();
  });
});

describe('a version read once into memory (focus)', () => {
  it('answers every health question with the bits of the queries', async () => {
    for (const [seed, unreadable] of [
      [1, 0.02],
      [2, 0.02],
      [3, 0],
    ] as const) {
      const odd = { sql: { afterData: ODD_VALUES } };
      const { plain, focused } = await bothWays(spec(seed, 400, odd, unreadable));
      expect(focused).toBe(plain);
    }
  });

  it('gives the same answers where it must leave them to the queries', async () => {
    const odd = [
      // A NUL or bytes that are not UTF-8 in a model name: JavaScript would merge them.
      "UPDATE prompt_metrics SET model_name = 'gpt' || char(0) || 'x' WHERE id % 5 = 0",
      "UPDATE prompt_metrics SET model_name = 'gpt' || char(0) || 'y' WHERE id % 7 = 0",
      "UPDATE prompt_metrics SET model_name = CAST(X'677074ff' AS TEXT) WHERE id % 11 = 0",
      "UPDATE prompt_metrics SET model_name = printf('%.1200c', 'm') WHERE id % 13 = 0",
      'UPDATE prompt_metrics SET cost_eur = 4503599627370497 WHERE id % 17 = 0',
    ];
    const { plain, focused } = await bothWays(spec(4, 300, { sql: { afterData: odd } }));
    expect(focused).toBe(plain);
    const schemas: StoreSpec['sql'][] = [
      { afterData: ['CREATE INDEX by_version_time ON prompt_metrics(version_id, timestamp DESC)'] },
      { afterData: ['CREATE INDEX by_model ON prompt_metrics(model_name)'] },
      { afterData: ['DROP INDEX idx_metrics_version'] },
      { afterData: ['CREATE INDEX by_day ON prompt_metrics(julianday(timestamp))'] },
    ];
    for (const sql of schemas) {
      const { plain: a, focused: b } = await bothWays(spec(5, 200, { sql }));
      expect(b).toBe(a);
    }
  });

  it("relies on GROUP BY taking each day's rows in the order the query reads them", async () => {
    // group_concat() shows the order an aggregate receives its rows in: the sums computed here
    // from the rows as read are SQLite's only if it is the query's own order.
    const { db } = await openDatabase(await writeStore(spec(10, 600)), { label: 'o.sqlite' });
    const near = candidates(walkTimestamps(db)!, 2461345, 2461350);
    const queries: [string, Param[]][] = [
      ['prompt_metrics WHERE version_id = ?', [1]],
      [`prompt_metrics WHERE ${near.sql}`, near.params],
    ];
    for (const [from, params] of queries) {
      const days = new Map<string, string[]>();
      forEachRow(db, `SELECT date(julianday(timestamp)), id FROM ${from}`, params, ([d, id]) => {
        if (d === null) return;
        const list = days.get(String(d)) ?? [];
        list.push(String(id));
        days.set(String(d), list);
      });
      const grouped = allRows(
        db,
        `SELECT date(julianday(timestamp)), group_concat(id) FROM ${from} GROUP BY 1 HAVING 1 ORDER BY 1`,
        params,
      ).filter(([d]) => d !== null);
      expect(grouped.length).toBeGreaterThan(3);
      for (const [d, ids] of grouped) expect(ids).toBe(days.get(String(d))?.join(','));
    }
    db.close();
  });

  it("sums the cost table's days as SQLite's GROUP BY does", async () => {
    const specs = [
      spec(7, 500, { sql: { afterData: [...ODD_VALUES, AWKWARD_COSTS] } }),
      spec(8, 300, { sql: { afterData: ['UPDATE prompt_metrics SET cost_eur = 2e15 WHERE id % 9 = 0'] } }), // prettier-ignore
      spec(9, 300, { sql: { afterData: ['DROP INDEX idx_metrics_timestamp'] } }),
    ];
    for (const s of specs) {
      const { db, schema } = await openDatabase(await writeStore(s), { label: 'c.sqlite' });
      const index = walkTimestamps(db);
      for (const [since, until] of [...RANGES, ['2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z']])
        for (const walk of [index, null]) {
          const sql = readCostByDay(db, schema, since!, until!, walk, false);
          expect(sql.length).toBeGreaterThan(0);
          expect(bits(readCostByDay(db, schema, since!, until!, walk, true))).toBe(bits(sql));
        }
      db.close();
    }
  });

  it('hands a version to the queries when JavaScript could not keep its models apart', async () => {
    // Bytes that are not UTF-8: both names decode to the same text.
    const bad =
      "UPDATE prompt_metrics SET model_name = CAST(X'61ff' AS TEXT) WHERE model_name = 'gpt-4o'";
    const { db, schema } = await openDatabase(
      await writeStore(spec(6, 50, { sql: { afterData: [bad] } })),
      { label: 'x.sqlite' },
    );
    expect(readSpan(db, schema, 'x.sqlite', 1, 0, 1e7)).toBeNull();
    expect(readSpan(db, schema, 'x.sqlite', 2, 0, 1e7)).toBeNull();
    const clean = await openDatabase(await writeStore(spec(6, 50)), { label: 'y.sqlite' });
    expect(readSpan(clean.db, clean.schema, 'y.sqlite', 1, 0, 1e7)?.n).toBe(52);
    db.close();
    clean.db.close();
  });

  it('keeps a model name with a NUL in it whole, apart from the name before the NUL', async () => {
    // The library writes a name as given; SQLite's substr() alone would end it at the NUL.
    const nul =
      "UPDATE prompt_metrics SET model_name = 'gpt-4o' || char(0) || 'b' WHERE id % 2 = 0";
    const { db, schema } = await openDatabase(
      await writeStore(spec(6, 50, { sql: { afterData: [nul] } })),
      { label: 'x.sqlite' },
    );
    const models = (id: number): (string | null)[] =>
      (readSpan(db, schema, 'x.sqlite', id, 0, 1e7)?.groups ?? []).map((g) => g.model);
    expect(models(2)).toContain('gpt-4o\0b');
    expect(models(2)).toContain('gpt-4o');
    db.close();
  });

  it('checks every call it reads against the table, as the samples do', async () => {
    const forged = simpleSpec({ sql: { afterData: [BLOAT_PAST_FULL_CHECK, ...LYING_VERSION_INDEX] } }); // prettier-ignore
    const store = await openStore(await writeStore(forged), { label: 'db.sqlite' });
    store.focus!('2026-09-01T00:00:00Z', '2026-12-01T00:00:00Z');
    expect(() => store.contexts(2, '2026-10-01T00:00:00Z', '2026-11-01T00:00:00Z')).toThrow(
      /index on prompt_metrics\(version_id\) lists call \d+ under version id 2, but the call belongs to 1/,
    );
    store.close();
  });
});

describe('a span of a long-lived version', () => {
  it('holds memory for the calls it read, not for every call the version ever had', async () => {
    const { db, schema } = await openDatabase(await writeStore(simpleSpec()), { label: 'm' });
    // The reader passes the version's count over all time; say a million.
    const span = readSpan(db, schema, 'm', 1, 0, 1e7, 1_000_000)!;
    expect(span.n).toBeGreaterThan(0);
    const arrays = [span.ids, span.jds, span.group, ...Object.values(span.values)];
    for (const a of arrays) expect(a.buffer.byteLength).toBeLessThanOrEqual(8 * (2 * span.n + 64));
    db.close();
  });
});
