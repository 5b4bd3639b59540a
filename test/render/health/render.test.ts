import { describe, expect, it } from 'vitest';
import { alertsFingerprint } from '../../../src/analysis/health.js';
import { fitHealthMarkdown, renderHealthMarkdown } from '../../../src/render/health/markdown.js';
import { trendChart } from '../../../src/render/health/mermaid.js';
import { renderHealthText } from '../../../src/render/health/text.js';
import { alsoCalledLine, endedLine } from '../../../src/wording/health.js';
import { COMMENT_LIMIT } from '../../../src/format/limits.js';
import type { HealthAlert, HealthReport, PromptHealth } from '../../../src/report/health-types.js';
import { expectGolden } from '../../report/golden.js';
import { alertsReport, bigReport, healthyReport, HOSTILE } from '../../report/health-fixtures.js';

const MARKER =
  '<!-- prompt-versioner-action:health key=default sha=0123abc run=7 attempt=1 alerts=0123456789abcdef -->';

describe('health report rendering', () => {
  const report = alertsReport();

  it('has every kind of alert to show', () => {
    const kinds = new Set(
      [...report.prompts.flatMap((p) => p.alerts), ...report.cost.alerts].map((a) => a.kind),
    );
    expect([...kinds].sort()).toEqual(['budget', 'regression', 'silent', 'trend']);
    expect(report.prompts.map((p) => p.status)).toEqual([
      'alert',
      'alert',
      'silent',
      'insufficient_data',
      'healthy',
    ]);
  });

  it('renders Markdown (golden)', () => {
    expectGolden(
      'health-alerts.md',
      renderHealthMarkdown(report, { charts: true, marker: MARKER, detail: 'full' }),
    );
    expectGolden(
      'health-healthy.md',
      renderHealthMarkdown(healthyReport(), { charts: true, detail: 'full' }),
    );
  });

  it('renders terminal text (golden)', () => {
    expectGolden('health-alerts.txt', renderHealthText(report));
    expectGolden('health-healthy.txt', renderHealthText(healthyReport()));
  });

  it('puts the marker on the first line and one line per prompt', () => {
    const text = renderHealthMarkdown(report, { charts: false, marker: MARKER, detail: 'full' });
    expect(text.split('\n')[0]).toBe(MARKER);
    expect(text).toMatch(
      /^\| ❌ \| summarizer \| 1\.2\.0 \(production\) \| quality −\d+\.\d % \(regressed\) \|$/m,
    );
    expect(text).toMatch(/^\| 🔇 \| extractor \| 1\.3\.0-SNAPSHOT \| no calls in 24 hours \|$/m);
  });

  it('never lets a store string become markup, a mention or a reference', () => {
    const text = renderHealthMarkdown(report, { charts: true, detail: 'full' });
    expect(text).not.toContain('<img');
    expect(text).not.toContain('@team');
    expect(text).not.toMatch(/(?<!&)#12/);
    expect(text).not.toContain('`code`');
    expect(text).not.toContain('\u202E');
    expect(text).toContain(
      'triage &#124; &lt;img src=x onerror=alert(1)&gt; @&#8203;team #&#8203;12 \\`code\\` \uFFFDevil',
    );
    const plainText = renderHealthText(report);
    expect(plainText).not.toContain('\u202E');
    expect(plainText).toContain(
      'triage | <img src=x onerror=alert(1)> @team #12 `code` \uFFFDevil',
    );
  });

  it('says how a release is compared with the version it replaced, only where one is', () => {
    const base = healthyReport();
    const [first, ...rest] = base.prompts;
    const release = { version: '1.0.0', released: '2026-11-01', days: 5, since: first!.history.since, until: '2026-10-31T12:00:00.000Z', n: 900, metrics: ['quality_score' as const], tested: 'window' as const, tested_since: '2026-11-26T12:00:00.000Z' }; // prettier-ignore
    const released = { ...base, prompts: [{ ...first!, release }, ...rest] };
    const young = { ...base, prompts: [{ ...first!, history: { ...first!.history, version: '0.9.0' } }, ...rest] }; // prettier-ignore
    const term = '**New releases.** A live version with calls on fewer than 5 days of the history, or with fewer than'; // prettier-ignore
    expect(renderHealthMarkdown(released, { charts: false, detail: 'full' })).toContain(term);
    expect(renderHealthMarkdown(young, { charts: false, detail: 'full' })).toContain(term);
    expect(renderHealthMarkdown(base, { charts: false, detail: 'full' })).not.toContain('New releases'); // prettier-ignore
  });

  it('says which calls the table holds for metrics compared with a replaced version', () => {
    // summarizer 1.2.0 alerts on quality alone.
    const base = alertsReport();
    const [first, ...rest] = base.prompts;
    const release = { version: HOSTILE, released: '2026-11-01', days: 5, since: '2026-10-23T00:00:00.000Z', until: '2026-10-31T12:00:00.000Z', n: 95, metrics: ['quality_score' as const], tested: 'after_first_days' as const, tested_since: '2026-11-06T00:00:00.000Z' }; // prettier-ignore
    const quiet = { ...base, prompts: [{ ...first!, release }, ...rest] };
    const md = renderHealthMarkdown(quiet, { charts: false, detail: 'full' });
    const line = md.split('\n').find((l) => l.startsWith('<sub>For quality, History is the calls of version ')); // prettier-ignore
    expect(line).toMatch(/, which 1\.2\.0 replaced, since 2026-10-23, and Window the calls of 1\.2\.0 since 2026-11-06\.<\/sub>$/); // prettier-ignore
    // The version from the store is escaped, as everywhere else.
    expect(line).not.toContain('<img');
    expect(renderHealthText(quiet)).toContain('For quality, History is the calls of version');
    // The window's own: History only; none without a release, nor where no such row is shown.
    const windowed = (metric: 'quality_score' | 'latency_ms') => ({ ...base, prompts: [{ ...first!, release: { ...release, version: '1.1.0', metrics: [metric], tested: 'window' as const } }, ...rest] }); // prettier-ignore
    const compact = (r: typeof base) => renderHealthMarkdown(r, { charts: false, detail: 'compact' }); // prettier-ignore
    expect(compact(windowed('quality_score'))).toContain('<sub>For quality, History is the calls of version 1.1.0, which 1.2.0 replaced.</sub>'); // prettier-ignore
    expect(compact(windowed('latency_ms'))).not.toContain('History is the calls of');
    expect(compact(base)).not.toContain('History is the calls of');
  });

  it('names a release no longer compared with what it replaced, in every detail, escaped', () => {
    const base = healthyReport();
    const [first, ...rest] = base.prompts;
    const release_ended = { version: HOSTILE, released: '2026-11-01', days: 5, metrics: ['quality_score' as const, 'latency_ms' as const] }; // prettier-ignore
    const ended = { ...base, prompts: [{ ...first!, release_ended }, ...rest] };
    const line = `Compared with its own history from now on, as the calls of the version it replaced have left it, so reading healthy though nothing changed: ${first!.prompt} ${first!.live.version} (worse than `;
    for (const detail of ['full', 'compact', 'minimal'] as const) {
      const text = renderHealthMarkdown(ended, { charts: false, detail });
      expect(text).toContain(`ℹ️ ${line}`);
      expect(text).toMatch(/\(worse than triage &#124; &lt;img src=x.*\uFFFDevil on quality, latency in its first days\)\.\n/); // prettier-ignore
    }
    expect(renderHealthText(ended).replace(/\s+/g, ' ')).toContain(line);
    expect(renderHealthMarkdown(base, { charts: false, detail: 'full' })).not.toContain('Compared with its own history from now on'); // prettier-ignore
  });

  it('names the versions called beside the live one, in every detail, escaped', () => {
    const base = healthyReport();
    const [first, ...rest] = base.prompts;
    const few = { version: HOSTILE, calls: 12, status: 'insufficient_data' as const, live_calls: 300, models: null, metrics: [] }; // prettier-ignore
    const worse = { ...few, version: 'canary-2', calls: 80, status: 'regressed' as const };
    const older = { ...few, version: '0.9.0', calls: 40, status: null };
    const short = { ...few, version: 'night', calls: 60, live_calls: 12 };
    const also = {
      ...base,
      prompts: [{ ...first!, also_called: [few, older, worse, short] }, ...rest],
    };
    for (const detail of ['full', 'compact', 'minimal'] as const) {
      const text = renderHealthMarkdown(also, { charts: false, detail });
      // The one that regressed comes first, whatever the order of the report.
      expect(text).toContain(
        `ℹ️ Also called in the window beside the live version, each newer one tested against its calls in the same hours: ${first!.prompt} canary-2 (80 calls, regressed: see its alert), ${first!.prompt} triage &#124; &lt;img src=x`,
      );
      expect(text).toMatch(
        /\uFFFDevil \(12 calls, too few calls to test\), [^ ]+ 0\.9\.0 \(40 calls, older than the live version: not tested\), [^ ]+ night \(60 calls, the live version had 12 calls in its hours: too few to test\)\. One with too few calls here is tested over all its calls/,
      );
    }
    expect(renderHealthText(also)).toMatch(/^Also called in the window beside the live version, each newer one tested/m); // prettier-ignore
    expect(renderHealthMarkdown(base, { charts: false, detail: 'full' })).not.toContain('Also called'); // prettier-ignore
    // How they are tested is said where they are named, and only there.
    expect(renderHealthMarkdown(also, { charts: false, detail: 'full' })).toContain('**Versions called beside.** A version registered after the live one'); // prettier-ignore
    expect(renderHealthMarkdown(base, { charts: false, detail: 'full' })).not.toContain('Versions called beside'); // prettier-ignore
  });

  it('lists five versions by name in each line and counts the rest', () => {
    const base = healthyReport();
    const [first, ...rest] = base.prompts;
    const calm = (i: number) => ({ version: `v${i}`, calls: 50, status: 'unchanged' as 'unchanged' | 'regressed', live_calls: 300, models: null, metrics: [] }); // prettier-ignore
    const worse = { ...calm(9), version: 'bad', status: 'regressed' as const };
    const also_called = [1, 2, 3, 4, 5, 6].map(calm).concat(worse);
    const line = alsoCalledLine({ ...base, prompts: [{ ...first!, also_called }, ...rest] }, (s) => s); // prettier-ignore
    // The one that regressed is never among those cut.
    expect(line).toMatch(/: \S+ bad \(50 calls, regressed: see its alert\), (\S+ v[1-4] \([^)]*\), ){3}\S+ v4 \([^)]*\) and 2 more\.$/); // prettier-ignore
    const release_ended = { version: '1.0.0', released: '2026-11-01', days: 5, metrics: ['quality_score' as const] }; // prettier-ignore
    const ended = Array.from({ length: 7 }, (_, i) => ({ ...first!, prompt: `p${i}`, release_ended })); // prettier-ignore
    const endedText = endedLine({ ...base, prompts: ended }, (s) => s);
    expect(endedText).toMatch(new RegExp(` and ${ended.length - 5} more\\.$`));
    expect(endedText!.match(/worse than 1\.0\.0/g)).toHaveLength(5);
    expect(endedLine({ ...base, prompts: ended.slice(0, 5) }, (s) => s)).not.toContain('more');
  });

  it('charts only our own labels', () => {
    const p = report.prompts.find((x) => x.prompt === HOSTILE);
    const trend = p?.trends.find((t) => t.status === 'worsening');
    const chart = p && trend ? trendChart(p, trend) : null;
    expect(chart).toMatch(
      /^```mermaid\nxychart-beta\n {2}title "Daily mean quality and its trend line"\n/,
    );
    expect(chart).not.toMatch(/triage|img|team/);
    expect(chart).not.toMatch(/\de-\d/);
  });

  it('keeps the x axis legible: the tested days, short dates, numbers past 16 days', () => {
    const p = report.prompts.find((x) => x.prompt === HOSTILE);
    const trend = p?.trends.find((t) => t.status === 'worsening');
    if (!p || !trend) throw new Error('the fixture has a worsening trend');
    const axis = (chart: string | null): string =>
      chart?.split('\n').find((l) => l.startsWith('  x-axis')) ?? '';
    // The fixture's 29 days of history; the chart shows the trend's 14.
    expect(p.daily.length).toBeGreaterThan(28);
    const dated = axis(trendChart(p, trend));
    expect(dated.match(/"[A-Z][a-z]{2} \d{1,2}"/g)).toHaveLength(14);
    const long = trendChart(p, {
      ...trend,
      first_day: p.daily[0]?.day ?? null,
      span_days: 28,
    });
    expect(axis(long)).toMatch(/^ {2}x-axis "Days since [A-Z][a-z]{2} \d{1,2}" 0 --> 2[89]$/);
    expect(
      long
        ?.split('\n')
        .find((l) => l.startsWith('  line'))
        ?.split(',').length,
    ).toBe(axis(long).endsWith('29') ? 30 : 29);
  });

  it('drops detail to stay under GitHub’s limit, and trims as a last resort', () => {
    const big = bigReport(400);
    expect(renderHealthMarkdown(big, { charts: true, detail: 'full' }).length).toBeGreaterThan(
      COMMENT_LIMIT,
    );
    const fitted = fitHealthMarkdown(big, COMMENT_LIMIT, { charts: true, marker: MARKER });
    expect(fitted.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(fitted.split('\n')[0]).toBe(MARKER);
    // The overview (capped), the cost, and as many prompts' alerts as fit, counting the rest.
    const alerting = big.prompts.filter((p) => p.alerts.length > 0).length;
    const left = /_The alerts of ([\d,]+) more prompts do not fit here: the full report is in the job summary and in the JSON report \(report-path\)\._/.exec(fitted); // prettier-ignore
    const notShown = Number(left?.[1]?.replace(/,/g, ''));
    expect(notShown).toBeLessThan(alerting);
    expect(alerting - notShown).toBeGreaterThan(0);
    // Each prompt shown has its section (a heading), beside the cost section's.
    expect(fitted.split('\n### ').length - 1).toBe(alerting - notShown + 1);
    expect(fitted).toContain('And 1,000 more prompts, not listed.');
    // Not far from the limit: the room is used.
    expect(fitted.length).toBeGreaterThan(COMMENT_LIMIT * 0.9);
    const some = bigReport(4);
    const limit = renderHealthMarkdown(some, { charts: true, detail: 'full' }).length - 1;
    const compact = fitHealthMarkdown(some, limit, { charts: true });
    expect(compact.length).toBeLessThanOrEqual(limit);
    expect(compact).toContain('\n### ❌');
    expect(compact).not.toContain('```mermaid');
    const trimmed = fitHealthMarkdown(big, 5_000, { charts: true, marker: MARKER });
    expect(trimmed.length).toBeLessThanOrEqual(5_000);
    expect(trimmed).toContain('**… report trimmed**');
    expect(
      trimmed.endsWith(
        '; the full report is in the job summary and in the JSON report (report-path).\n',
      ),
    ).toBe(true);
    const hint = 'the full report is in the JSON report (report-path)';
    const hinted = fitHealthMarkdown(big, 5_000, { charts: true, fullReportHint: hint });
    expect(hinted.length).toBeLessThanOrEqual(5_000);
    expect(hinted.endsWith(`; ${hint}.\n`)).toBe(true);
  });

  it('notes a side’s values where they fall short of its calls, in Markdown only', () => {
    const [first, ...others] = report.prompts;
    if (first === undefined) throw new Error('no prompt');
    const metrics = first.metrics.map((m) =>
      m.metric === 'quality_score' ? { ...m, candidate: { ...m.candidate, n: 7 } } : m,
    );
    const thin = { ...report, prompts: [{ ...first, metrics }, ...others] };
    const text = renderHealthMarkdown(thin, { charts: false, detail: 'full' });
    expect(text).toMatch(/^\| Metric \| History \| Window \| Change \|/m);
    // The day-level test's history is every call of its reference blocks, more than the
    // newest calls the history side reads: that count is shown too.
    expect(text).toMatch(
      /^\| Quality \(mean\) \| 0\.851 <sub>n=1,344<\/sub> \| 0\.703 <sub>n=7<\/sub> \| −17\.3 % \|/m,
    );
    expect(text.match(/<sub>n=7<\/sub>/g)).toHaveLength(1);
    expect(renderHealthText(thin)).toBe(renderHealthText(report));
  });

  it('says which healthy prompts were judged on their trends alone', () => {
    const base = healthyReport();
    const first = base.prompts[0]!;
    // The first prompt's window too thin to test; its daily trends still tested healthy.
    const thin = {
      ...base,
      prompts: [
        { ...first, window_status: 'insufficient_data' as const },
        ...base.prompts.slice(1),
      ],
    };
    const line = (r: typeof base): string =>
      renderHealthText(r).split('\n').slice(0, 3).join(' ').replace(/\s+/g, ' ');
    expect(line(thin)).toMatch(
      /2 live prompts checked, 2 healthy \(1 on trends alone: too few calls to test the window\)/,
    );
    expect(line(base)).not.toMatch(/trends alone/);
    expect(renderHealthMarkdown(thin, { charts: false, detail: 'full' })).toContain(
      '(1 on trends alone: too few calls to test the window)',
    );
  });

  it('names what failed the run and what a healthy line could not judge', () => {
    const base = healthyReport();
    const [first, second] = base.prompts as [PromptHealth, PromptHealth];
    const latency = first.metrics.find((m) => m.metric === 'latency_ms')!;
    const quality = second.metrics.find((m) => m.metric === 'quality_score')!;
    // A latency within its threshold, inconclusive; a quality another scale left untested.
    const report: HealthReport = {
      ...base,
      verdict: 'regressed',
      settings: { ...base.settings, fail_on: 'inconclusive' },
      prompts: [
        {
          ...first,
          window_status: 'inconclusive',
          metrics: first.metrics.map((m) =>
            m === latency ? { ...m, status: 'inconclusive' as const } : m,
          ),
        },
        {
          ...second,
          metrics: second.metrics.map((m) =>
            m === quality
              ? { ...m, status: 'inconclusive' as const, not_tested: 'another scale' }
              : m,
          ),
        },
      ],
    };
    const text = renderHealthText(report).replace(/\s+/g, ' ');
    expect(text).toMatch(
      /Prompt health check failed: 0 prompts of 2 live prompts with alerts; 0 critical, 0 warnings; 2 failing without an alert \(classifier: inconclusive, summarizer: inconclusive\)/,
    );
    expect(text).toMatch(
      /healthy classifier 2\.0\.0 healthy; latency \+3\.0 % inconclusive healthy/,
    );
    expect(text).toMatch(
      /healthy summarizer 1\.2\.0 healthy; quality not tested, values that cannot be compared as logged; success rate −6\.6 pp inconclusive/,
    );
    // Under the default fail-on, a latency within its threshold stays in the table only.
    const lenient = renderHealthText({ ...report, verdict: 'passed', settings: base.settings });
    expect(lenient.replace(/\s+/g, ' ')).toMatch(
      /healthy classifier 2\.0\.0 healthy healthy summarizer/,
    );
  });

  it('names a degraded metric on a healthy prompt’s line, in text and Markdown', () => {
    const base = healthyReport();
    const [first, ...rest] = base.prompts as [PromptHealth, PromptHealth];
    // Significant, within its threshold: a note, not an alert, but not a bare "healthy" either.
    const degraded: HealthReport = {
      ...base,
      prompts: [
        {
          ...first,
          metrics: first.metrics.map((m) =>
            m.metric === 'latency_ms' ? { ...m, status: 'degraded' as const } : m,
          ),
        },
        ...rest,
      ],
    };
    expect(renderHealthText(degraded).replace(/\s+/g, ' ')).toMatch(
      /healthy classifier 2\.0\.0 healthy; latency \+3\.0 % degraded, within the threshold healthy summarizer/,
    );
    expect(renderHealthMarkdown(degraded, { charts: false, detail: 'compact' })).toMatch(
      /\| classifier \| 2\.0\.0[^|]*\| healthy; latency \+3\.0 % degraded, within the threshold \|/,
    );
    expect(renderHealthText(base)).not.toMatch(/degraded, within/);
  });

  it('quotes the run’s warnings under the verdict line', () => {
    const warned = { ...report, warnings: ['first <b>', 'second'] };
    const lines = renderHealthMarkdown(warned, { charts: false, detail: 'full' }).split('\n');
    expect(lines[0]).toMatch(/^⚠️ \*\*Prompt health: 6 alerts\*\*: /);
    expect(lines.slice(1, 6)).toEqual(['', '> ⚠️ first &lt;b&gt;', '>', '> ⚠️ second', '']);
    const text = renderHealthText(warned).split('\n');
    const at = text.indexOf('! first <b>');
    expect(at).toBeGreaterThan(0);
    expect(text.slice(at - 1, at + 3)).toEqual(['', '! first <b>', '! second', '']);
  });

  it('keeps the alerts fingerprint stable across renderings of the same alerts', () => {
    expect(alertsFingerprint(report)).toBe(alertsFingerprint(alertsReport()));
    expect(alertsFingerprint(report)).not.toBe(alertsFingerprint(healthyReport()));
    // A value that moves is not news; the same alert on a new release of the prompt is.
    const moved = (f: (a: HealthAlert) => HealthAlert) => ({
      ...report,
      prompts: report.prompts.map((p) => ({ ...p, alerts: p.alerts.map(f) })),
    });
    expect(alertsFingerprint(moved((a) => ({ ...a, change: (a.change ?? 0) * 2 })))).toBe(
      alertsFingerprint(report),
    );
    expect(
      alertsFingerprint(moved((a) => (a.version ? { ...a, version: `${a.version}.1` } : a))),
    ).not.toBe(alertsFingerprint(report));
  });

  it('says which prompts it does not list, and why', () => {
    const base = healthyReport();
    const with_ = (inactive: number, retired: number) => ({
      ...base,
      counts: { ...base.counts, inactive, retired },
    });
    const md = (r: typeof base) => renderHealthMarkdown(r, { charts: false, detail: 'full' });
    expect(md(with_(2, 1))).toContain(' · 2 prompts without calls in either, 1 prompt tagged retired, not listed</sub>'); // prettier-ignore
    expect(md(with_(0, 3))).toContain(' · 3 prompts tagged retired, not listed</sub>');
    expect(md(with_(0, 0))).not.toMatch(/not listed/);
    expect(renderHealthText(with_(1, 1), { width: 200 })).toContain('; 1 prompt without calls in either, 1 prompt tagged retired, not listed.'); // prettier-ignore
  });

  it('says whose history a new live version was measured against', () => {
    const base = alertsReport();
    const [first, ...rest] = base.prompts;
    const replaced = { ...first!, history: { ...first!.history, n: 200, version: '1.0.<b>0' } };
    const report = { ...base, prompts: [replaced, ...rest] };
    const md = renderHealthMarkdown(report, { charts: false, detail: 'full' });
    expect(md).toContain('200 in the history of 1.0.&lt;b&gt;0, the version it replaced');
    expect(renderHealthText(report, { width: 400 })).toContain(
      '200 in the history of 1.0.<b>0, the version it replaced (the day-level tests read every call of its days: 1,344);',
    );
  });

  it("tells the history's newest calls from the calls of its days the day-level tests read", () => {
    // The facts line said "the newest 1,000 in the history" above a table whose History n was
    // 1,344: two counts of different calls, read as one.
    const report = alertsReport();
    const [first] = report.prompts;
    expect(first!.history.n).toBe(1000);
    expect(first!.metrics.find((m) => m.metric === 'quality_score')).toMatchObject({
      test: 'day_level_t',
      baseline: { n: 1344 },
    });
    const md = renderHealthMarkdown(report, { charts: false, detail: 'full' });
    expect(md).toContain(
      'the newest 1,000 in the history on gpt-4o (the day-level tests read every call of its days: 1,344); cost per call',
    );
    expect(md).toContain('| Quality (mean) | 0.851 <sub>n=1,344</sub> |');
    // Not said where no day-level test read more than the history's calls.
    const callLevel = {
      ...report,
      prompts: [
        { ...first!, metrics: first!.metrics.map((m) => ({ ...m, test: 'welch_t' as const })) },
      ],
    };
    expect(renderHealthMarkdown(callLevel, { charts: false, detail: 'full' })).not.toContain(
      'the day-level tests read',
    );
  });
});
