// The benchmark's stores: 50 prompts x 10 versions, the metric rows spread evenly over them and
// over 100 days of production, written in the library's schema with the seeded store writer.
// A pull-request pair: the base store, and the head store with one more version of one prompt
// (its evaluation run's calls). Deterministic: the same size and seed give the same bytes.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { COLUMNS, generateRows, writeStore } from '../store-writer.mjs';

/**
 * Above this many rows the stores are written to disk by Node's built-in SQLite (node:sqlite)
 * instead of sql.js, which holds the whole file in memory and cannot export 1.5 GB. The schema
 * comes from the same writer (a store of the same versions with no calls), the rows from the same
 * generator: the same store, row for row.
 */
const IN_MEMORY_MAX_ROWS = 2_000_000;

/** Prompts and versions of every benchmark store. */
export const PROMPTS = 50;
export const VERSIONS = 10;
const DAY = 86_400_000;
const START = Date.parse('2026-01-01T00:00:00Z');
/** Each version is live for this many days, one after the other: 100 days of history. */
const VERSION_DAYS = 10;
/** The health report's `--now`: the end of the stores' history. */
export const NOW = new Date(START + VERSIONS * VERSION_DAYS * DAY).toISOString();
/** Bump when the stores' shape changes, so that cached stores are rebuilt. */
const LAYOUT = 1;

const iso = (ms) => new Date(ms).toISOString().replace('.000Z', '+00:00');

function calls(count, fromMs, toMs, quality, prompt) {
  return {
    start: iso(fromMs),
    count,
    spacingSeconds: (toMs - fromMs) / 1000 / count,
    jitterSeconds: 30,
    model: prompt % 5 === 0 ? 'gpt-4o-mini' : 'gpt-4o',
    temperature: 0.2,
    maxTokens: 512,
    quality: { mean: quality, sd: 0.07, nullP: 0.02 },
    qualityNullOnFailure: true,
    latency: { median: 300 + 10 * prompt, sigma: 0.3 },
    success: { p: 0.985 },
    tokens: { input: { mean: 300, sd: 60 }, output: { mean: 120, sd: 30 } },
    cost: { perKInput: 0.0025, perKOutput: 0.01 },
  };
}

/** The base store's spec: `rows` metric rows over 500 versions, in time order as logged. */
export function baseSpec(rows, seed) {
  const perVersion = Math.floor(rows / (PROMPTS * VERSIONS));
  const extra = rows - perVersion * PROMPTS * VERSIONS;
  const prompts = [];
  for (let p = 0; p < PROMPTS; p++) {
    const versions = [];
    for (let v = 0; v < VERSIONS; v++) {
      const from = START + v * VERSION_DAYS * DAY + p * 60_000;
      // Every prompt's versions change over on the same days; calls end a minute before the next.
      const to = START + (v + 1) * VERSION_DAYS * DAY - 60_000;
      const count = perVersion + (p * VERSIONS + v < extra ? 1 : 0);
      versions.push({
        version: `1.${v}.0`,
        timestamp: iso(from - 3_600_000),
        tags: v === VERSIONS - 1 && p % 2 === 0 ? ['production'] : [],
        systemPrompt: `You are assistant ${p}, revision ${v}.`,
        calls: [calls(count, from, to, 0.8 + (v % 3) * 0.02, p)],
      });
    }
    prompts.push({ name: `prompt ${String(p).padStart(2, '0')}`, versions });
  }
  return { seed, prompts };
}

/** The pull request's version: prompt 00 changed, its evaluation logged as many calls as a version has. */
export function headVersion(rows, seed) {
  const count = Math.max(40, Math.floor(rows / (PROMPTS * VERSIONS)));
  const from = Date.parse(NOW) + 3_600_000;
  return {
    seed,
    prompts: [
      {
        name: 'prompt 00',
        versions: [
          {
            version: '2.0.0',
            timestamp: iso(from - 60_000),
            systemPrompt: 'You are assistant 0, rewritten.',
            calls: [calls(count, from, from + count * 2000, 0.7, 0)],
          },
        ],
      },
    ],
  };
}

// The head store is the base store plus one version and its calls, appended as the library would.
async function appendVersion(baseBytes, spec) {
  const SQL = await initSqlJs();
  const db = new SQL.Database(baseBytes);
  try {
    const v = spec.prompts[0].versions[0];
    db.run(
      'INSERT INTO prompt_versions (name, version, system_prompt, user_prompt, timestamp, tags) ' +
        "VALUES (?, ?, ?, '{input}', ?, NULL)",
      [spec.prompts[0].name, v.version, v.systemPrompt, v.timestamp],
    );
    const id = db.exec('SELECT last_insert_rowid()')[0].values[0][0];
    const cols = COLUMNS.prompt_metrics.filter((c) => c !== 'id');
    const stmt = db.prepare(
      `INSERT INTO prompt_metrics (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
    );
    db.run('BEGIN');
    for (const row of generateRows(spec))
      stmt.run(cols.map((c) => (c === 'version_id' ? id : (row[c] ?? null))));
    db.run('COMMIT');
    stmt.free();
    return db.export();
  } finally {
    db.close();
  }
}

function insertRows(db, spec, versionId) {
  const cols = COLUMNS.prompt_metrics.filter((c) => c !== 'id');
  const stmt = db.prepare(
    `INSERT INTO prompt_metrics (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
  );
  const values = new Array(cols.length);
  db.exec('BEGIN');
  let n = 0;
  for (const row of generateRows(spec)) {
    for (let i = 0; i < cols.length; i++)
      values[i] = cols[i] === 'version_id' && versionId ? versionId : (row[cols[i]] ?? null);
    stmt.run(...values);
    // Commit now and then: one transaction of ten million rows keeps a journal as big as the store.
    if (++n % 1_000_000 === 0) db.exec('COMMIT; BEGIN');
  }
  db.exec('COMMIT');
}

// The large stores, written straight to disk: the schema and versions by the same writer, then
// the calls streamed in by node:sqlite (Node 22.13+), then the head store as a copy plus one version.
async function writeOnDisk(base, head, rows, seed) {
  const { DatabaseSync } = await import('node:sqlite');
  const spec = baseSpec(rows, seed);
  const empty = {
    ...spec,
    prompts: spec.prompts.map((p) => ({
      ...p,
      versions: p.versions.map((v) => ({ ...v, calls: [] })),
    })),
  };
  write(base, await writeStore(empty));
  let db = new DatabaseSync(base);
  try {
    db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144');
    insertRows(db, spec);
  } finally {
    db.close();
  }
  copyFileSync(base, `${head}.part`);
  db = new DatabaseSync(`${head}.part`);
  try {
    const hv = headVersion(rows, seed);
    const v = hv.prompts[0].versions[0];
    db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF');
    db.prepare(
      'INSERT INTO prompt_versions (name, version, system_prompt, user_prompt, timestamp, tags) ' +
        "VALUES (?, ?, ?, '{input}', ?, NULL)",
    ).run(hv.prompts[0].name, v.version, v.systemPrompt, v.timestamp);
    const id = Number(db.prepare('SELECT last_insert_rowid() AS id').get().id);
    insertRows(db, hv, id);
  } finally {
    db.close();
  }
  renameSync(`${head}.part`, head);
}

function write(file, bytes) {
  writeFileSync(`${file}.part`, bytes);
  renameSync(`${file}.part`, file);
}

/**
 * Writes (or reuses, when already in `dir`) the base and head stores of one size.
 * Returns their paths. `log` reports progress on the slow sizes.
 */
export async function makeStores(dir, rows, seed, log = () => {}) {
  const folder = path.join(dir, `stores-v${LAYOUT}-seed${seed}`);
  mkdirSync(folder, { recursive: true });
  const base = path.join(folder, `base-${rows}.sqlite`);
  const head = path.join(folder, `head-${rows}.sqlite`);
  if (existsSync(base) && existsSync(head)) return { base, head, reused: true };
  log(`writing the ${rows.toLocaleString('en')}-row stores into ${folder} ...`);
  if (rows > IN_MEMORY_MAX_ROWS) {
    rmSync(base, { force: true });
    await writeOnDisk(base, head, rows, seed);
    return { base, head, reused: false };
  }
  const bytes = await writeStore(baseSpec(rows, seed));
  write(base, bytes);
  write(head, await appendVersion(bytes, headVersion(rows, seed)));
  return { base, head, reused: false };
}
