import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { COLUMNS, generateRows, isoformat, writeStore } from '../../scripts/store-writer.mjs';
import { batch, sha256, simpleSpec } from './helpers.js';

async function master(bytes: Uint8Array): Promise<string[]> {
  const SQL = await initSqlJs();
  const db = new SQL.Database(bytes);
  const names = db
    .exec("SELECT type || ' ' || name FROM sqlite_master ORDER BY 1")[0]!
    .values.map((r) => String(r[0]));
  db.close();
  return names;
}

describe('store writer', () => {
  it('is deterministic: the same spec gives the same bytes', async () => {
    expect(sha256(await writeStore(simpleSpec()))).toBe(sha256(await writeStore(simpleSpec())));
    expect(sha256(await writeStore(simpleSpec({ seed: 4 })))).not.toBe(
      sha256(await writeStore(simpleSpec())),
    );
  });

  it("writes the library's tables, columns and indexes, in rollback-journal mode", async () => {
    const bytes = await writeStore(simpleSpec());
    expect([bytes[18], bytes[19]]).toEqual([1, 1]);
    expect(await master(bytes)).toEqual([
      'index idx_annotations_version',
      'index idx_metrics_timestamp',
      'index idx_metrics_version',
      'index idx_name',
      'index idx_name_version',
      'index idx_tags_tag',
      'index idx_tags_version',
      'index idx_timestamp',
      'index sqlite_autoindex_prompt_versions_1',
      'index sqlite_autoindex_version_tags_1',
      'table annotations',
      'table prompt_metrics',
      'table prompt_versions',
      'table sqlite_sequence',
      'table version_tags',
    ]);
    expect(COLUMNS.prompt_metrics).toEqual([
      'id',
      'version_id',
      'model_name',
      'input_tokens',
      'output_tokens',
      'total_tokens',
      'cost_eur',
      'latency_ms',
      'quality_score',
      'accuracy',
      'temperature',
      'top_p',
      'max_tokens',
      'success',
      'error_message',
      'timestamp',
      'metadata',
    ]);
  });

  it('keeps earlier rows unchanged when a later batch is added', () => {
    const base = simpleSpec();
    const [v1, v2] = base.prompts[0]!.versions;
    const more = {
      ...base,
      prompts: [
        {
          name: 'summarizer',
          versions: [{ ...v1!, calls: [...v1!.calls!, batch('2026-11-01T00:00:00Z', 5)] }, v2!],
        },
      ],
    };
    const before = [...generateRows(base)];
    const after = [...generateRows(more)];
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toHaveLength(before.length + 5);
  });

  it('formats timestamps like Python isoformat()', () => {
    const t = Date.UTC(2026, 10, 1, 23, 30, 5);
    expect(isoformat(t)).toBe('2026-11-01T23:30:05+00:00');
    expect(isoformat(t, '+02:00')).toBe('2026-11-02T01:30:05+02:00');
    expect(isoformat(t, '-05:30', 42)).toBe('2026-11-01T18:00:05.000042-05:30');
    expect(isoformat(t, '')).toBe('2026-11-01T23:30:05');
    expect(isoformat(t, 'Z')).toBe('2026-11-01T23:30:05Z');
  });
});
