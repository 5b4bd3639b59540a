// Schema mutations, written with SQL: hostile objects that run SQL when the store is read
// (views, triggers, virtual tables, generated columns, expression indexes) and broken schema
// text. Each returns { detail, statements }; a statement is SQL text or [SQL, params].
import { COLUMNS } from '../store-writer.mjs';
import { pick } from './random.mjs';

const TABLES = ['prompt_versions', 'prompt_metrics'];
const INFINITE = 'WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r)';
const HUGE = "printf('%.*c', 1000000000, 'x')";

// Hides a table behind a view of the same name, reading the real rows through `body`.
function asView(table, body) {
  return [`ALTER TABLE ${table} RENAME TO ${table}_data`, `CREATE VIEW ${table} AS ${body}`];
}

/** The schema mutations and their weights. */
export const SCHEMA_MUTATIONS = {
  'view-recursive': [
    3,
    (r) => {
      const t = pick(r, TABLES);
      return {
        detail: t,
        statements: asView(t, `${INFINITE} SELECT ${t}_data.* FROM ${t}_data, r`),
      };
    },
  ],
  'view-printf': [
    3,
    (r) => {
      const t = pick(r, TABLES);
      const target = t === 'prompt_versions' ? 'name' : 'model_name';
      const cols = COLUMNS[t].map((c) => (c === target ? `${HUGE} AS ${c}` : c));
      return { detail: t, statements: asView(t, `SELECT ${cols.join(', ')} FROM ${t}_data`) };
    },
  ],
  'view-unrelated': [
    2,
    (r) => ({
      detail: 'a view no query reads',
      statements: [
        pick(r, [
          `CREATE VIEW v_fuzz AS ${INFINITE} SELECT i FROM r`,
          `CREATE VIEW v_fuzz AS SELECT ${HUGE}`,
        ]),
      ],
    }),
  ],
  trigger: [
    3,
    (r) => {
      const t = pick(r, [...TABLES, 'annotations', 'version_tags']);
      const when = pick(r, ['BEFORE INSERT', 'AFTER UPDATE', 'AFTER DELETE']);
      return {
        detail: `${when} on ${t}`,
        statements: [`CREATE TRIGGER trg_fuzz ${when} ON ${t} BEGIN SELECT ${HUGE}; END`],
      };
    },
  ],
  'virtual-table': [
    1,
    (r) => {
      const t = pick(r, TABLES);
      return {
        detail: t,
        statements: [
          `ALTER TABLE ${t} RENAME TO ${t}_data`,
          `CREATE VIRTUAL TABLE ${t} USING fts3(id, name)`,
        ],
      };
    },
  ],
  'expression-index': [
    3,
    (r) => {
      const expr = pick(r, [
        'julianday(timestamp)',
        'lower(model_name)',
        'quality_score * 2',
        'substr(timestamp, 1, 10)',
        "length(printf('%.*c', 10000 + id, 'x'))",
        'version_id, julianday(timestamp) DESC',
      ]);
      const where = r() < 0.3 ? ' WHERE quality_score > 0.5' : '';
      return {
        detail: expr + where,
        statements: [`CREATE INDEX ix_fuzz ON prompt_metrics(${expr})${where}`],
      };
    },
  ],
  'generated-column': [
    3,
    (r) => {
      const col = pick(r, ['accuracy', 'quality_score', 'latency_ms']);
      const expr = pick(r, [
        '0.5',
        'id % 7 / 7.0',
        "length(printf('%.*c', 100000000 + id, 'x')) / 1e9",
        `length(${HUGE})`,
        "length(printf('%.*c', 50000000 + id, 'x')) / 1e9",
      ]);
      return {
        detail: `${col} AS (${expr})`,
        statements: [
          `ALTER TABLE prompt_metrics DROP COLUMN ${col}`,
          `ALTER TABLE prompt_metrics ADD COLUMN ${col} REAL AS (${expr})`,
        ],
      };
    },
  ],
  'schema-text': [
    2,
    (r) => {
      const name = pick(r, [
        'prompt_metrics',
        'prompt_versions',
        'idx_metrics_version',
        'version_tags',
      ]);
      const sql = pick(r, [
        'CREATE TABLE x (',
        'garbage',
        `CREATE TABLE ${name} (id INTEGER PRIMARY KEY)`,
        `CREATE TABLE ${name} (id INTEGER PRIMARY KEY, version_id, timestamp, quality_score)`,
      ]);
      return {
        detail: `${name}: ${sql}`,
        statements: [
          'PRAGMA writable_schema = ON',
          [`UPDATE sqlite_master SET sql = ? WHERE name = ?`, [sql, name]],
          'PRAGMA writable_schema = OFF',
        ],
      };
    },
  ],
};
