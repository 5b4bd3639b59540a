// Builds Prompt Versioner stores (schema version 1, exactly as the library writes it) from a
// declarative spec, for tests, examples, benchmarks and fuzzing. Plain JS so that node scripts
// and the TypeScript tests share it; types are in store-writer.d.mts.
import initSqlJs from 'sql.js';

// The library's CREATE TABLE bodies; createTable() lays them out exactly as the library does, so
// that sqlite_master.sql matches a real store.
const TABLES = Object.fromEntries(
  Object.entries({
    prompt_versions: `id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL,
      version TEXT NOT NULL, system_prompt TEXT NOT NULL, user_prompt TEXT NOT NULL,
      metadata TEXT, git_commit TEXT, timestamp TEXT NOT NULL, created_by TEXT, tags TEXT,
      UNIQUE(name, version)`,
    prompt_metrics: `id INTEGER PRIMARY KEY AUTOINCREMENT, version_id INTEGER NOT NULL,
      model_name TEXT, input_tokens INTEGER, output_tokens INTEGER, total_tokens INTEGER,
      cost_eur REAL, latency_ms REAL, quality_score REAL, accuracy REAL, temperature REAL,
      top_p REAL, max_tokens INTEGER, success BOOLEAN, error_message TEXT,
      timestamp TEXT NOT NULL, metadata TEXT,
      FOREIGN KEY (version_id) REFERENCES prompt_versions(id) ON DELETE CASCADE`,
    annotations: `id INTEGER PRIMARY KEY AUTOINCREMENT, version_id INTEGER NOT NULL,
      author TEXT NOT NULL, text TEXT NOT NULL, timestamp TEXT NOT NULL,
      annotation_type TEXT DEFAULT 'comment', resolved BOOLEAN DEFAULT 0,
      FOREIGN KEY (version_id) REFERENCES prompt_versions(id) ON DELETE CASCADE`,
    version_tags: `id INTEGER PRIMARY KEY AUTOINCREMENT, version_id INTEGER NOT NULL,
      tag TEXT NOT NULL,
      FOREIGN KEY (version_id) REFERENCES prompt_versions(id) ON DELETE CASCADE,
      UNIQUE(version_id, tag)`,
    // Split on the commas that are not inside parentheses.
  }).map(([table, body]) => [table, body.split(/,\s*(?![^(]*\))/).map((d) => d.trim())]),
);
const INDEXES = [
  ['idx_name_version', 'prompt_versions', 'name, version'],
  ['idx_timestamp', 'prompt_versions', 'timestamp DESC'],
  ['idx_name', 'prompt_versions', 'name'],
  ['idx_metrics_version', 'prompt_metrics', 'version_id'],
  ['idx_metrics_timestamp', 'prompt_metrics', 'timestamp DESC'],
  ['idx_annotations_version', 'annotations', 'version_id'],
  ['idx_tags_version', 'version_tags', 'version_id'],
  ['idx_tags_tag', 'version_tags', 'tag'],
];

/** Columns of prompt_versions and prompt_metrics, in the library's order. */
export const COLUMNS = {
  prompt_versions: TABLES.prompt_versions.slice(0, -1).map((c) => c.split(' ')[0]),
  prompt_metrics: TABLES.prompt_metrics.slice(0, -1).map((c) => c.split(' ')[0]),
};

const SYSTEM = 'You are a careful assistant.';
const USER = '{input}';
// A version's default text names its version: a new version string is then a new prompt text, as
// when a user saves a changed prompt. A spec that means the same text gives it explicitly.
const defaultSystem = (version) => `${SYSTEM} (prompt text of ${version})`;

/** mulberry32: a tiny seeded PRNG, good enough for synthetic data and fully deterministic. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * FNV-1a of a string, the seed of a PRNG: every batch has its own stream (adding a batch never
 * changes another's rows), as has every fuzz case.
 */
export function hash32(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function normal(rand) {
  // Box-Muller; 1 - u keeps log() away from 0.
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/** Milliseconds since the epoch of an ISO 8601 string; a naive one is read as UTC (as the reader does). */
export function instant(iso) {
  const hasOffset = /(Z|[+-]\d\d:\d\d)$/.test(iso);
  const ms = Date.parse(hasOffset ? iso : `${iso.replace(' ', 'T')}Z`);
  if (Number.isNaN(ms)) throw new Error(`store-writer: bad timestamp ${iso}`);
  return ms;
}

function offsetMs(offset) {
  if (offset === 'Z' || offset === '') return 0;
  const m = /^([+-])(\d\d):(\d\d)$/.exec(offset);
  if (!m) throw new Error(`store-writer: bad offset ${offset}`);
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60000;
}

/** Formats an instant like Python's isoformat(): offset '+02:00', 'Z', or '' for naive local time. */
export function isoformat(ms, offset = '+00:00', micros = 0, shift = offsetMs(offset)) {
  const local = new Date(Math.floor(ms / 1000) * 1000 + shift).toISOString().slice(0, 19);
  return micros > 0 ? `${local}.${String(micros).padStart(6, '0')}${offset}` : local + offset;
}

const pick = (rand, p) => p !== undefined && p > 0 && rand() < p;
const clip01 = (x) => Math.min(1, Math.max(0, x));
const round = (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Versions of the spec with their ids: ordered by timestamp then spec order, as the library assigns them. */
export function generateVersions(spec) {
  const list = [];
  for (const prompt of spec.prompts)
    for (const v of prompt.versions)
      list.push({ prompt: prompt.name, spec: v, order: list.length });
  list.sort((a, b) => instant(a.spec.timestamp) - instant(b.spec.timestamp) || a.order - b.order);
  return list.map(({ prompt, spec: v }, i) => ({
    id: i + 1,
    name: prompt,
    version: v.version,
    system_prompt: v.systemPrompt ?? defaultSystem(v.version),
    user_prompt: v.userPrompt ?? USER,
    metadata: v.metadata === undefined || v.metadata === null ? null : JSON.stringify(v.metadata),
    git_commit: v.gitCommit ?? null,
    timestamp: v.timestamp,
    created_by: v.createdBy ?? null,
    tags: typeof v.tags === 'string' ? v.tags : v.tags ? JSON.stringify(v.tags) : null,
    versionTags: v.versionTags ?? [],
    batches: v.calls ?? [],
  }));
}

function* batchRows(batch, versionId, seedText) {
  if (batch.rows) {
    for (const r of batch.rows) yield { ...r, version_id: versionId };
    return;
  }
  const rand = mulberry32(hash32(seedText));
  const start = instant(batch.start);
  const spacing = (batch.spacingSeconds ?? 60) * 1000;
  const q = batch.quality;
  const offset = batch.offset ?? '+00:00';
  const shift = offsetMs(offset);
  for (let i = 0; i < batch.count; i++) {
    const t = start + i * spacing + (batch.jitterSeconds ? rand() * batch.jitterSeconds * 1000 : 0);
    const micros = batch.fractionalSeconds ? 1 + Math.floor(rand() * 999_999) : 0;
    const ok = batch.success === null ? null : !pick(rand, 1 - (batch.success?.p ?? 0.98));
    const success = pick(rand, batch.success?.nullP) || ok === null ? null : ok ? 1 : 0;
    const qMean = q
      ? q.mean + ((q.end ?? q.mean) - q.mean) * (i / Math.max(1, batch.count - 1))
      : 0;
    let quality = q ? round(clip01(qMean + q.sd * normal(rand)), 6) : null;
    if (q && (pick(rand, q.nullP) || (batch.qualityNullOnFailure && success === 0))) quality = null;
    const a = batch.accuracy;
    const accuracy =
      a && !pick(rand, a.nullP) ? round(clip01(a.mean + a.sd * normal(rand)), 6) : null;
    const l = batch.latency ?? { median: 400, sigma: 0.3 };
    const latency =
      batch.latency === null || pick(rand, l.nullP)
        ? null
        : round(l.median * Math.exp(l.sigma * normal(rand)), 3);
    const tk = batch.tokens ?? { input: { mean: 300, sd: 60 }, output: { mean: 120, sd: 30 } };
    const tokensNull = batch.tokens === null || pick(rand, tk.nullP);
    const inTok = tokensNull
      ? null
      : Math.max(1, Math.round(tk.input.mean + tk.input.sd * normal(rand)));
    const outTok = tokensNull
      ? null
      : Math.max(1, Math.round(tk.output.mean + tk.output.sd * normal(rand)));
    const c = batch.cost ?? { perKInput: 0.0025, perKOutput: 0.01 };
    const cost =
      batch.cost === null || tokensNull || pick(rand, c.nullP)
        ? null
        : round((inTok * c.perKInput + outTok * c.perKOutput) / 1000, 8);
    yield {
      version_id: versionId,
      model_name: batch.model === undefined ? 'gpt-4o' : batch.model,
      input_tokens: inTok,
      output_tokens: outTok,
      total_tokens: tokensNull ? null : inTok + outTok,
      cost_eur: cost,
      latency_ms: latency,
      quality_score: quality,
      accuracy,
      temperature: batch.temperature ?? null,
      top_p: batch.topP ?? null,
      max_tokens: batch.maxTokens ?? null,
      success,
      error_message: success === 0 ? (batch.errorMessage ?? 'timeout') : null,
      timestamp: isoformat(t, offset, micros, shift),
      metadata: null,
    };
  }
}

/** Every prompt_metrics row of the spec, with its id, in insertion order (batches by start time). */
export function* generateRows(spec) {
  const batches = [];
  for (const v of generateVersions(spec))
    v.batches.forEach((b, i) => {
      const first = b.rows ? (b.rows[0]?.timestamp ?? v.timestamp) : b.start;
      batches.push({ b, v, i, at: instant(first), order: batches.length });
    });
  batches.sort((x, y) => x.at - y.at || x.order - y.order);
  let id = 0;
  for (const { b, v, i } of batches)
    for (const row of batchRows(b, v.id, `${spec.seed ?? 1}|${v.name}|${v.version}|${i}`))
      yield { id: ++id, ...row };
}

function createTable(table, omit) {
  const drop = new Set(omit);
  const lines = TABLES[table].filter((line) => {
    const col = line.split(' ')[0];
    if (drop.has(col)) return false;
    const refs = /^(?:UNIQUE|FOREIGN KEY) ?\(([^)]*)\)/.exec(line);
    return !refs || refs[1].split(',').every((c) => !drop.has(c.trim()));
  });
  return `CREATE TABLE ${table} (\n            ${lines.join(',\n            ')}\n        )`;
}

let sqlJs;

/** Writes the spec into a new store and returns the file's bytes. */
export async function writeStore(spec) {
  sqlJs ??= initSqlJs();
  const SQL = await sqlJs;
  const db = new SQL.Database();
  try {
    const omit = spec.omitColumns ?? {};
    if (spec.pageSize) db.run(`PRAGMA page_size = ${Number(spec.pageSize)}`);
    if (spec.encoding) db.run(`PRAGMA encoding = '${spec.encoding}'`);
    const tables = Object.keys(TABLES).filter(
      (t) => t !== 'version_tags' || spec.versionTagsTable !== false,
    );
    for (const t of tables) db.run(createTable(t, omit[t] ?? []));
    for (const [name, table, cols] of INDEXES) {
      const used = cols.split(',').map((c) => c.trim().split(' ')[0]);
      if (tables.includes(table) && !used.some((c) => (omit[table] ?? []).includes(c)))
        db.run(`CREATE INDEX ${name} ON ${table}(${cols})`);
    }
    for (const [table, cols] of Object.entries(spec.extraColumns ?? {}))
      for (const c of cols)
        db.run(
          `ALTER TABLE ${table} ADD COLUMN ${c.name} ${c.type ?? ''}${c.default !== undefined ? ` DEFAULT ${c.default}` : ''}`,
        );
    for (const sql of spec.sql?.afterSchema ?? []) db.run(sql);

    db.run('BEGIN');
    const vCols = COLUMNS.prompt_versions.filter((c) => !(omit.prompt_versions ?? []).includes(c));
    const vStmt = db.prepare(
      `INSERT INTO prompt_versions (${vCols.join(', ')}) VALUES (${vCols.map(() => '?').join(', ')})`,
    );
    const tStmt =
      spec.versionTagsTable === false
        ? null
        : db.prepare('INSERT INTO version_tags (version_id, tag) VALUES (?, ?)');
    for (const v of generateVersions(spec)) {
      vStmt.run(vCols.map((c) => v[c]));
      for (const tag of v.versionTags) tStmt?.run([v.id, tag]);
    }
    vStmt.free();
    tStmt?.free();
    const mCols = COLUMNS.prompt_metrics.filter((c) => !(omit.prompt_metrics ?? []).includes(c));
    const mStmt = db.prepare(
      `INSERT INTO prompt_metrics (${mCols.join(', ')}) VALUES (${mCols.map(() => '?').join(', ')})`,
    );
    const values = new Array(mCols.length);
    for (const row of generateRows(spec)) {
      for (let i = 0; i < mCols.length; i++) values[i] = row[mCols[i]] ?? null;
      mStmt.run(values);
    }
    mStmt.free();
    db.run('COMMIT');
    for (const sql of spec.sql?.afterData ?? []) db.run(sql);
    return db.export();
  } finally {
    db.close();
  }
}

const JOURNAL_MAGIC = [0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7];

function put32(bytes, at, value) {
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).setUint32(at, value >>> 0);
}

/**
 * What a writer killed inside a transaction leaves behind: runs `statements` in a transaction on
 * a copy of `committed` and returns the main file with every changed page written (`store`) and
 * the hot rollback journal SQLite would have left beside it (`journal`: the original content of
 * each changed page, https://www.sqlite.org/fileformat.html §4.4). Rolling the journal back
 * gives `committed` again, byte for byte. `segments` splits the records over several journal
 * headers (SQLite starts a new one when it syncs mid-transaction); `unsynced` writes the record
 * count as 0xffffffff, as synchronous=OFF does.
 */
export async function interruptTransaction(committed, statements, options = {}) {
  sqlJs ??= initSqlJs();
  const SQL = await sqlJs;
  const db = new SQL.Database(committed);
  let store;
  try {
    db.run('BEGIN');
    for (const sql of statements) db.run(sql);
    db.run('COMMIT');
    store = db.export();
  } finally {
    db.close();
  }
  const view = new DataView(committed.buffer, committed.byteOffset, committed.byteLength);
  const rawSize = view.getUint16(16);
  const pageSize = rawSize === 1 ? 65536 : rawSize;
  const pages = committed.length / pageSize;
  const changed = [];
  for (let p = 1; p <= pages; p++) {
    const a = committed.subarray((p - 1) * pageSize, p * pageSize);
    const b = store.subarray((p - 1) * pageSize, p * pageSize);
    if (a.length !== b.length || a.some((x, i) => x !== b[i])) changed.push(p);
  }
  const segments = Math.max(1, Math.min(options.segments ?? 1, changed.length));
  const sector = options.sectorSize ?? 512;
  const rand = mulberry32(options.seed ?? 1);
  const parts = [];
  const per = Math.ceil(changed.length / segments);
  for (let s = 0; s < segments; s++) {
    const chunk = changed.slice(s * per, (s + 1) * per);
    const nonce = Math.floor(rand() * 2 ** 32);
    const header = new Uint8Array(sector);
    header.set(JOURNAL_MAGIC);
    put32(header, 8, options.unsynced ? 0xffffffff : chunk.length);
    put32(header, 12, nonce);
    put32(header, 16, pages);
    put32(header, 20, sector);
    put32(header, 24, pageSize);
    parts.push(header);
    for (const p of chunk) {
      const rec = new Uint8Array(pageSize + 8);
      put32(rec, 0, p);
      const data = committed.subarray((p - 1) * pageSize, p * pageSize);
      rec.set(data, 4);
      let sum = nonce;
      for (let i = pageSize - 200; i > 0; i -= 200) sum = (sum + data[i]) >>> 0;
      put32(rec, pageSize + 4, sum);
      parts.push(rec);
    }
    // The next header starts on a sector boundary.
    const used = parts.reduce((n, b) => n + b.length, 0);
    if (s < segments - 1 && used % sector) parts.push(new Uint8Array(sector - (used % sector)));
  }
  const journal = new Uint8Array(parts.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of parts) {
    journal.set(b, at);
    at += b.length;
  }
  return { store, journal, changedPages: changed.length };
}
