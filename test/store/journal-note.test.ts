// A store read with its hot journal rolled back says so in the report: the calls the killed
// writer was logging are not counted, and the counts alone would not show it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interruptTransaction, writeStore } from '../../scripts/store-writer.mjs';
import { parseConfig } from '../../src/config/config.js';
import { inputName } from '../../src/config/parse.js';
import { executeRequest } from '../../src/engine.js';
import { renderSummary } from '../../src/render/summary/render.js';
import { compareRequest } from '../engine-worker/stores.js';
import { simpleSpec } from './helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'pv-journal-note-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// 200 calls logged inside a transaction that never committed.
const TRANSACTION = Array.from(
  { length: 200 },
  (_, i) =>
    `INSERT INTO prompt_metrics (version_id, quality_score, latency_ms, success, timestamp, metadata) VALUES (1, 0.1, 100, 1, '2026-11-01T00:${String(i % 60).padStart(2, '0')}:00+00:00', '${'x'.repeat(200)}')`,
);

let committed: Uint8Array;
let left: Awaited<ReturnType<typeof interruptTransaction>>;
beforeAll(async () => {
  committed = await writeStore(simpleSpec());
  left = await interruptTransaction(committed, TRANSACTION);
});

const note = (label: string, pages: number): string =>
  `Store ${JSON.stringify(label)}: a -journal from an interrupted write was rolled back (${pages} pages put back), as SQLite does: the calls of the transaction that was interrupted are not counted. If the evaluation was killed (a timeout), run it again to log them.`;

describe('a store read with its hot journal rolled back', () => {
  it('says so first among the warnings of the summary, the comparison and the health report', async () => {
    const file = path.join(dir, 'db.sqlite');
    writeFileSync(file, left.store);
    writeFileSync(`${file}-journal`, left.journal);
    const said = note(file, left.changedPages);
    const summary = await executeRequest({ kind: 'summary', store: { path: file }, generatedAt: '2026-11-02T00:00:00Z', maxStoreBytes: 1 << 26 }); // prettier-ignore
    expect(summary.warnings).toEqual([said]);
    expect(summary.versions.reduce((n, v) => n + v.calls, 0)).toBe(70);
    expect(renderSummary(summary, 'text')).toContain(`! Store "${file}": a -journal from`);
    expect(renderSummary(summary, 'markdown')).toContain('> ⚠️ Store');
    const compare = await executeRequest(compareRequest(file, null));
    expect(compare.warnings[0]).toBe(said);
    const config = parseConfig(() => undefined, inputName);
    const health = await executeRequest({ kind: 'health', store: { path: file }, options: config.analysis, health: config.health, failOn: 'never', now: '2026-11-02T00:00:00.000Z', maxStoreBytes: 1 << 26 }); // prettier-ignore
    expect(health.warnings[0]).toBe(said);
    // Bytes from an artifact or a commit, with the journal that came with them.
    const bytes = await executeRequest({
      ...compareRequest(file, null),
      head: { bytes: left.store, label: 'artifact prompt-store', journal: left.journal },
    });
    expect(bytes.warnings[0]).toBe(note('artifact prompt-store', left.changedPages));
  });

  it('says nothing of a store without a journal', async () => {
    const file = path.join(dir, 'clean.sqlite');
    writeFileSync(file, committed);
    const summary = await executeRequest({ kind: 'summary', store: { path: file }, generatedAt: '2026-11-02T00:00:00Z', maxStoreBytes: 1 << 26 }); // prettier-ignore
    expect(summary.warnings).toBeUndefined();
    expect((await executeRequest(compareRequest(file, null))).warnings).not.toContainEqual(
      expect.stringMatching(/-journal/),
    );
  });
});
