/**
 * Validation of a comparison report read from somewhere we do not trust (the artifact a fork's
 * pull-request run uploaded). The value is rebuilt field by field: unknown fields are dropped,
 * every string is sanitized and capped, every number must be finite (or null where the schema
 * allows it), every enum is checked. The renderers then escape the strings as they always do.
 */
import { METRICS } from '../metrics.js';
import { sanitize } from './escape.js';
import {
  STATUS_ORDER,
  STATUS_SEVERITY,
  type BaselineInfo,
  type CandidateInfo,
  type Comparison,
  type CompareReport,
  type MetricResult,
  type ReportContext,
  type SideStats,
} from './types.js';

/** A report that does not match the schema; the message names the first bad field. */
export class ReportInvalidError extends Error {
  override readonly name = 'ReportInvalidError';
}

type Obj = Record<string, unknown>;

function bad(at: string, expected: string): never {
  throw new ReportInvalidError(`${at}: expected ${expected}.`);
}

function obj(v: unknown, at: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) bad(at, 'an object');
  return v as Obj;
}

function list(v: unknown, at: string, max: number): unknown[] {
  if (!Array.isArray(v)) bad(at, 'an array');
  if (v.length > max) bad(at, `at most ${max} items`);
  return v;
}

function str(v: unknown, at: string, max: number): string {
  if (typeof v !== 'string') bad(at, 'a string');
  return sanitize(v, max);
}

const strOrNull = (v: unknown, at: string, max: number): string | null =>
  v === null ? null : str(v, at, max);

function num(v: unknown, at: string, min = -Number.MAX_VALUE, max = Number.MAX_VALUE): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
    bad(at, `a finite number from ${min} to ${max}`);
  return v;
}

function int(v: unknown, at: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isSafeInteger(v)) bad(at, 'an integer');
  return num(v, at, min, max);
}

const numOrNull = (v: unknown, at: string, min?: number, max?: number): number | null =>
  v === null ? null : num(v, at, min, max);

const intOrNull = (v: unknown, at: string): number | null => (v === null ? null : int(v, at));

function oneOf<const T extends string>(v: unknown, at: string, allowed: readonly T[]): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v))
    bad(at, `one of ${allowed.join(', ')}`);
  return v as T;
}

const strings = (v: unknown, at: string, maxItems: number, maxChars: number): string[] =>
  list(v, at, maxItems).map((s, i) => str(s, `${at}[${i}]`, maxChars));

const TESTS = ['welch_t', 'mann_whitney_u', 'fisher_exact', 'day_level_t'] as const;
const FAIL_ON = ['regressed', 'degraded', 'inconclusive', 'never'] as const;
const NAME = 300;
const VERSION = 200;
const TIME = 64;
const NOTE = 1000;

function side(v: unknown, at: string): SideStats {
  const o = obj(v, at);
  return {
    n: int(o.n, `${at}.n`),
    mean: numOrNull(o.mean, `${at}.mean`),
    median: numOrNull(o.median, `${at}.median`),
  };
}

function metric(v: unknown, at: string): MetricResult {
  const o = obj(v, at);
  const p = (k: string): number | null => numOrNull(o[k], `${at}.${k}`, 0, 1);
  let ci: readonly [number, number] | null = null;
  if (o.ci !== null) {
    const [lo, hi] = list(o.ci, `${at}.ci`, 2);
    if (lo === undefined || hi === undefined) bad(`${at}.ci`, 'two numbers or null');
    ci = [num(lo, `${at}.ci[0]`), num(hi, `${at}.ci[1]`)];
  }
  return {
    metric: oneOf(o.metric, `${at}.metric`, METRICS),
    status: oneOf(o.status, `${at}.status`, STATUS_SEVERITY),
    baseline: side(o.baseline, `${at}.baseline`),
    candidate: side(o.candidate, `${at}.candidate`),
    relative_change: numOrNull(o.relative_change, `${at}.relative_change`),
    absolute_change: numOrNull(o.absolute_change, `${at}.absolute_change`),
    test: oneOf(o.test, `${at}.test`, TESTS),
    p_value: p('p_value'),
    p_value_adjusted: p('p_value_adjusted'),
    ci,
    threshold: num(o.threshold, `${at}.threshold`),
    samples_needed: intOrNull(o.samples_needed, `${at}.samples_needed`),
    secondary: list(o.secondary, `${at}.secondary`, TESTS.length).map((s, i) => {
      const t = obj(s, `${at}.secondary[${i}]`);
      return {
        test: oneOf(t.test, `${at}.secondary[${i}].test`, [
          'welch_t',
          'mann_whitney_u',
          'fisher_exact',
        ] as const),
        p_value: num(t.p_value, `${at}.secondary[${i}].p_value`, 0, 1),
      };
    }),
  };
}

function candidate(v: unknown, at: string): CandidateInfo {
  const o = obj(v, at);
  return {
    version: str(o.version, `${at}.version`, VERSION),
    n: int(o.n, `${at}.n`),
    models: strings(o.models, `${at}.models`, 50, NAME),
    timestamp: str(o.timestamp, `${at}.timestamp`, TIME),
    git_commit: strOrNull(o.git_commit, `${at}.git_commit`, 100),
  };
}

function baselineInfo(v: unknown, at: string): BaselineInfo | null {
  if (v === null) return null;
  const o = obj(v, at);
  return {
    version: str(o.version, `${at}.version`, VERSION),
    n: int(o.n, `${at}.n`),
    models: strings(o.models, `${at}.models`, 50, NAME),
    timestamp: str(o.timestamp, `${at}.timestamp`, TIME),
    chosen_by: oneOf(o.chosen_by, `${at}.chosen_by`, ['explicit', 'production_tag', 'latest']),
    source: oneOf(o.source, `${at}.source`, ['fresh', 'history']),
    newest_call: strOrNull(o.newest_call, `${at}.newest_call`, TIME),
    age_days: numOrNull(o.age_days, `${at}.age_days`),
  };
}

function comparison(v: unknown, at: string): Comparison {
  const o = obj(v, at);
  if (typeof o.cross_model !== 'boolean') bad(`${at}.cross_model`, 'true or false');
  return {
    prompt: str(o.prompt, `${at}.prompt`, NAME),
    candidate: candidate(o.candidate, `${at}.candidate`),
    baseline: baselineInfo(o.baseline, `${at}.baseline`),
    status: oneOf(o.status, `${at}.status`, STATUS_ORDER),
    metrics: list(o.metrics, `${at}.metrics`, METRICS.length).map((m, i) =>
      metric(m, `${at}.metrics[${i}]`),
    ),
    cross_model: o.cross_model,
    warnings: strings(o.warnings, `${at}.warnings`, 50, NOTE),
  };
}

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const REPOSITORY = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;

function context(v: unknown): ReportContext | undefined {
  if (v === undefined) return undefined;
  const o = obj(v, 'context');
  const out: { -readonly [K in keyof ReportContext]: ReportContext[K] } = {};
  const match = (k: 'repository' | 'head_sha' | 'base_sha', re: RegExp): void => {
    if (o[k] === undefined) return;
    if (typeof o[k] !== 'string' || !re.test(o[k])) bad(`context.${k}`, re.source);
    out[k] = o[k];
  };
  match('repository', REPOSITORY);
  match('head_sha', SHA);
  match('base_sha', SHA);
  for (const k of ['pull_request', 'run_id', 'run_number'] as const) {
    if (o[k] !== undefined) out[k] = int(o[k], `context.${k}`, 1);
  }
  return out;
}

/** Limits of a report we accept from outside. */
const MAX_COMPARISONS = 10_000;

/** Checks an untrusted value against the CompareReport schema and rebuilds it clean. */
export function validateCompareReport(value: unknown): CompareReport {
  const o = obj(value, 'report');
  if (o.schema !== 1) bad('schema', '1');
  if (o.kind !== 'compare') bad('kind', "'compare'");
  const s = obj(o.settings, 'settings');
  const t = obj(s.thresholds, 'settings.thresholds');
  const c = obj(o.counts, 'counts');
  const count = (k: string): number => int(c[k], `counts.${k}`);
  const ctx = context(o.context);
  return {
    schema: 1,
    kind: 'compare',
    verdict: oneOf(o.verdict, 'verdict', ['passed', 'regressed', 'warning', 'no_changes']),
    generated_at: str(o.generated_at, 'generated_at', TIME),
    settings: {
      alpha: num(s.alpha, 'settings.alpha', 0, 1),
      correction: oneOf(s.correction, 'settings.correction', ['holm', 'bh', 'none']),
      min_samples: int(s.min_samples, 'settings.min_samples'),
      fail_on: oneOf(s.fail_on, 'settings.fail_on', FAIL_ON),
      thresholds: Object.fromEntries(
        METRICS.map((m) => [m, num(t[m], `settings.thresholds.${m}`, 0)]),
      ) as CompareReport['settings']['thresholds'],
    },
    counts: {
      candidates: count('candidates'),
      regressed: count('regressed'),
      degraded: count('degraded'),
      inconclusive: count('inconclusive'),
      improved: count('improved'),
      new_prompts: count('new_prompts'),
    },
    comparisons: list(o.comparisons, 'comparisons', MAX_COMPARISONS).map((x, i) =>
      comparison(x, `comparisons[${i}]`),
    ),
    warnings: strings(o.warnings, 'warnings', 100, NOTE),
    ...(ctx ? { context: ctx } : {}),
  };
}
