// The valid stores the fuzzer starts from: a pull request's base and head stores, in physical
// layouts that give mutations different things to break (page sizes, pointer maps, free pages).
import initSqlJs from 'sql.js';
import { writeStore } from '../store-writer.mjs';

const calls = (start, count, quality, extra = {}) => ({
  count,
  start,
  spacingSeconds: 900,
  jitterSeconds: 30,
  model: 'gpt-4o',
  temperature: 0.2,
  quality: { mean: quality, sd: 0.06, nullP: 0.05 },
  accuracy: { mean: 0.8, sd: 0.05, nullP: 0.3 },
  latency: { median: 420, sigma: 0.3 },
  success: { p: 0.96 },
  ...extra,
});

// Three prompts: one that regresses, one unchanged, one new in the head store; names with the
// characters users put in them.
function spec(head) {
  const day = (d, h = 0) =>
    `2026-10-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00+00:00`;
  const summarizer = [
    { version: '1.0.0', timestamp: day(1), tags: ['production'], calls: [calls(day(1), 40, 0.86)] },
  ];
  const classifier = [
    {
      version: '7494c5ca74a7667b',
      timestamp: day(2),
      versionTags: ['production'],
      calls: [calls(day(2), 36, 0.9, { model: 'gpt-4o-mini', offset: '+02:00' })],
    },
  ];
  if (head) {
    summarizer.push({
      version: '1.1.0-RC.2',
      timestamp: day(20),
      calls: [calls(day(20), 38, 0.7)],
    });
    classifier.push({
      version: 'main-3f2a1bc',
      timestamp: day(21),
      gitCommit: '3f2a1bc',
      calls: [calls(day(21), 34, 0.9, { model: 'gpt-4o-mini', fractionalSeconds: true })],
    });
  }
  const prompts = [
    { name: 'summarizer', versions: summarizer },
    { name: 'classifier <v2> | `intent` @ops', versions: classifier },
  ];
  if (head)
    prompts.push({
      name: 'new prompt',
      versions: [{ version: '0.1.0', timestamp: day(22), calls: [calls(day(22), 31, 0.8)] }],
    });
  return { seed: head ? 21 : 20, prompts };
}

let sqlJs;

/** Runs statements (SQL text, or [SQL, params]) on a store's bytes; returns the new bytes. */
export async function withSql(bytes, statements) {
  sqlJs ??= initSqlJs();
  const SQL = await sqlJs;
  const db = new SQL.Database(bytes);
  try {
    for (const s of statements) {
      if (Array.isArray(s)) db.run(s[0], s[1]);
      else db.run(s);
    }
    return db.export();
  } finally {
    db.close();
  }
}

// Free pages keep stale bytes that no query reads: the place where a flip must change nothing.
const FREE_PAGES = [
  'BEGIN',
  ...Array.from(
    { length: 60 },
    (_, i) =>
      `INSERT INTO annotations (version_id, author, text, timestamp) VALUES (1, 'fuzz', ` +
      `printf('%.*c', 900, char(97 + ${i % 26})), '2026-10-01T00:00:00+00:00')`,
  ),
  'COMMIT',
  'DELETE FROM annotations',
];

/** The layouts: name, page size, and SQL that reshapes the written store. */
export const LAYOUTS = [
  { name: 'p4096', pageSize: 4096, sql: [] },
  { name: 'p1024', pageSize: 1024, sql: [] },
  { name: 'p512-autovacuum', pageSize: 512, sql: ['PRAGMA auto_vacuum = FULL', 'VACUUM'] },
  { name: 'p4096-freelist', pageSize: 4096, sql: FREE_PAGES },
];

/** Writes the base and head stores of every layout: [{ layout, base, head }]. */
export async function baseStores() {
  const out = [];
  for (const layout of LAYOUTS) {
    const write = async (head) => {
      const bytes = await writeStore({ ...spec(head), pageSize: layout.pageSize });
      return layout.sql.length > 0 ? withSql(bytes, layout.sql) : bytes;
    };
    out.push({
      layout: layout.name,
      pageSize: layout.pageSize,
      base: await write(false),
      head: await write(true),
    });
  }
  return out;
}
