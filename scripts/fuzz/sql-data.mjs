// Data mutations, written with SQL: huge rows, NULLs where the schema forbids them, control
// characters in names, values of the wrong type, odd timestamps, many versions, dangling calls.
// Each returns { detail, statements }; a statement is SQL text or [SQL, params].
import { COLUMNS } from '../store-writer.mjs';
import { int, pick } from './random.mjs';

const TABLES = ['prompt_versions', 'prompt_metrics'];
const METRICS = ['quality_score', 'accuracy', 'latency_ms', 'cost_eur', 'total_tokens', 'success'];

function looseTable(table) {
  // The same columns without NOT NULL, keys or checks, so that NULLs can go anywhere.
  const cols = COLUMNS[table].map((c) => (c === 'id' ? 'id INTEGER PRIMARY KEY' : c));
  return [
    `CREATE TABLE loose (${cols.join(', ')})`,
    `INSERT INTO loose SELECT ${COLUMNS[table].join(', ')} FROM ${table}`,
    `DROP TABLE ${table}`,
    `ALTER TABLE loose RENAME TO ${table}`,
  ];
}

const NASTY = [
  'a\u0000b',
  'line\nbreak',
  'cr\r\nlf',
  '\u001b[31mred\u001b[0m',
  'rtl \u202egnp.exe',
  'tab\there',
  '<script>alert(1)</script> | `x` @all #1',
  '\u0007\u0008\u007f',
  ' ',
  '',
  '\ud800 lone surrogate',
  '👍🏽 emoji :shipit:',
];

const ODD_VALUES = [
  "'abc'",
  "x'00ff'",
  '1e308 * 10',
  '-1e308 * 10',
  '9223372036854775807',
  '-1',
  '1e300',
  "''",
  "'0.7'",
  '0.5',
];
const ODD_TIMES = [
  "''",
  "'garbage'",
  "'9999-12-31T23:59:59+00:00'",
  "'0000-01-01'",
  '1234567890',
  "'2026-10-20T00:00:00+14:00'",
  "'2026-10-20 12:00'",
  "printf('z%.*c', 5000, '9')",
  "printf('2026-10-20T00:00:00%.*c', 100000, '0')",
];

/** The data mutations and their weights. */
export const DATA_MUTATIONS = {
  'huge-row': [
    3,
    (r) => {
      const n = pick(r, [100_000, 2_000_000, 20_000_000]);
      const text = `printf('%.*c', ${n}, 'x')`;
      const col = pick(r, [
        'error_message',
        'metadata',
        'model_name',
        'system_prompt',
        'name',
        'tags',
      ]);
      const call = ['error_message', 'metadata', 'model_name'].includes(col);
      const sql = call
        ? `INSERT INTO prompt_metrics (version_id, quality_score, success, timestamp, ${col}) ` +
          `SELECT max(id), 0.5, 1, '2026-10-22T05:00:00+00:00', ${text} FROM prompt_versions`
        : `UPDATE prompt_versions SET ${col} = ${text} WHERE id = (SELECT max(id) FROM prompt_versions)`;
      return { detail: `${col} of ${n} characters`, statements: [sql] };
    },
  ],
  'null-rows': [
    3,
    (r) => {
      const t = pick(r, TABLES);
      const rows =
        t === 'prompt_metrics'
          ? ['(NULL, NULL)', '(1, NULL)', "(NULL, '2026-10-21T00:00:00+00:00')", '(2, 12345)']
          : [
              '(NULL, NULL, NULL)',
              "('summarizer', NULL, '2026-10-23T00:00:00+00:00')",
              "(NULL, '9.9.9', NULL)",
            ];
      const cols =
        t === 'prompt_metrics' ? '(version_id, timestamp)' : '(name, version, timestamp)';
      return {
        detail: t,
        statements: [
          ...looseTable(t),
          `INSERT INTO ${t} ${cols} VALUES ${rows.slice(0, 1 + int(r, rows.length)).join(', ')}`,
        ],
      };
    },
  ],
  'control-chars': [
    3,
    (r) => {
      const name = pick(r, NASTY);
      const version = pick(r, NASTY);
      const model = pick(r, NASTY);
      return {
        detail: JSON.stringify([name, version, model]),
        statements: [
          [
            "INSERT INTO prompt_versions (name, version, system_prompt, user_prompt, timestamp, tags) VALUES (?, ?, ?, ?, '2026-10-24T00:00:00+00:00', ?)",
            [name, version, name, version, JSON.stringify([model])],
          ],
          [
            'INSERT INTO prompt_metrics (version_id, model_name, quality_score, latency_ms, success, timestamp) SELECT (SELECT max(id) FROM prompt_versions), ?, quality_score, latency_ms, success, timestamp FROM prompt_metrics WHERE version_id = 1',
            [model],
          ],
        ],
      };
    },
  ],
  'odd-values': [
    4,
    (r) => {
      const timestamps = r() < 0.3;
      const col = timestamps ? 'timestamp' : pick(r, METRICS);
      const value = pick(r, timestamps ? ODD_TIMES : ODD_VALUES);
      const t = timestamps && r() < 0.3 ? 'prompt_versions' : 'prompt_metrics';
      const every = 1 + int(r, 9);
      return {
        detail: `${t}.${col} = ${value} every ${every}`,
        statements: [`UPDATE ${t} SET ${col} = ${value} WHERE id % ${every} = 0`],
      };
    },
  ],
  'many-versions': [
    1,
    (r) => {
      const n = pick(r, [500, 5000]);
      return {
        detail: `${n} versions`,
        statements: [
          `WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < ${n}) INSERT INTO prompt_versions (name, version, system_prompt, user_prompt, timestamp) SELECT 'bulk ' || (i % 50), 'v' || i, '', '', '2026-10-25T00:00:00+00:00' FROM r`,
        ],
      };
    },
  ],
  dangling: [
    2,
    (r) =>
      pick(r, [
        {
          detail: 'a version deleted under its calls',
          statements: ['DELETE FROM prompt_versions WHERE id = 2'],
        },
        {
          detail: 'calls moved to a missing version',
          statements: ['UPDATE prompt_metrics SET version_id = 999 WHERE id % 3 = 0'],
        },
        { detail: 'index dropped', statements: ['DROP INDEX idx_metrics_version'] },
      ]),
  ],
};
