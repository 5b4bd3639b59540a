/**
 * Validation of a comparison report read from somewhere we do not trust (the artifact a fork's
 * pull-request run uploaded). The value is rebuilt field by field: unknown fields are dropped,
 * every string is sanitized and capped, every number must be finite (or null where the schema
 * allows it), every enum is checked. The renderers then escape the strings as they always do.
 */
import { countStatuses } from './policy.js';
import { METRICS, METRIC_SPECS, PRIMARY_TESTS, UNPAIRED_TESTS, type Metric } from '../metrics.js';
import { sanitize } from '../format/escape.js';
import { COMMIT_SHA } from '../format/ids.js';
import {
  BASELINE_CHOICES,
  BASELINE_DOUBTS,
  BASELINE_SOURCES,
  CORRECTIONS,
  FAIL_ON_LEVELS,
  STATUS_ORDER,
  STATUS_SEVERITY,
  VERDICTS,
  type BaselineInfo,
  type CandidateInfo,
  type CasePairing,
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

function bool(v: unknown, at: string): boolean {
  if (typeof v !== 'boolean') bad(at, 'true or false');
  return v;
}

// Fields added after the first schema-1 reports: a report from an older action lacks them.
const absent = <T>(v: unknown, fallback: T, read: (v: unknown) => T): T =>
  v === undefined ? fallback : read(v);

const HASH = /^[0-9a-f]{16}$/;

function hash(v: unknown, at: string): string | null {
  if (v === null) return null;
  if (typeof v !== 'string' || !HASH.test(v)) bad(at, '16 hex digits or null');
  return v;
}

function pair(v: unknown, at: string, min?: number, max?: number): readonly [number, number] {
  const [lo, hi] = list(v, at, 2);
  if (lo === undefined || hi === undefined) bad(at, 'two numbers or null');
  return [num(lo, `${at}[0]`, min, max), num(hi, `${at}[1]`, min, max)];
}

const strings = (v: unknown, at: string, maxItems: number, maxChars: number): string[] =>
  list(v, at, maxItems).map((s, i) => str(s, `${at}[${i}]`, maxChars));

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
  const ci = o.ci === null ? null : pair(o.ci, `${at}.ci`);
  return {
    metric: oneOf(o.metric, `${at}.metric`, METRICS),
    status: oneOf(o.status, `${at}.status`, STATUS_SEVERITY),
    baseline: side(o.baseline, `${at}.baseline`),
    candidate: side(o.candidate, `${at}.candidate`),
    relative_change: numOrNull(o.relative_change, `${at}.relative_change`),
    absolute_change: numOrNull(o.absolute_change, `${at}.absolute_change`),
    test: oneOf(o.test, `${at}.test`, PRIMARY_TESTS),
    p_value: p('p_value'),
    p_value_adjusted: p('p_value_adjusted'),
    ci,
    ci_alpha: absent(o.ci_alpha, null, (v) =>
      v === null ? null : pair(v, `${at}.ci_alpha`, 0, 1),
    ),
    threshold: num(o.threshold, `${at}.threshold`),
    samples_needed: intOrNull(o.samples_needed, `${at}.samples_needed`),
    underpowered: absent(o.underpowered, false, (v) => bool(v, `${at}.underpowered`)),
    secondary: list(o.secondary, `${at}.secondary`, PRIMARY_TESTS.length).map((s, i) => {
      const t = obj(s, `${at}.secondary[${i}]`);
      return {
        test: oneOf(t.test, `${at}.secondary[${i}].test`, UNPAIRED_TESTS),
        p_value: num(t.p_value, `${at}.secondary[${i}].p_value`, 0, 1),
      };
    }),
    ...(o.not_tested === undefined
      ? {}
      : { not_tested: str(o.not_tested, `${at}.not_tested`, NOTE) }),
    ...metricPairing(o, at),
  };
}

// The optional fields of a comparison paired by case (`pair-by`): all or none.
function metricPairing(o: Obj, at: string): Partial<MetricResult> {
  if (o.paired === undefined) return {};
  if (typeof o.paired !== 'boolean') bad(`${at}.paired`, 'true or false');
  return {
    paired: o.paired,
    matched_cases: int(o.matched_cases, `${at}.matched_cases`),
    baseline_only_cases: int(o.baseline_only_cases, `${at}.baseline_only_cases`),
    candidate_only_cases: int(o.candidate_only_cases, `${at}.candidate_only_cases`),
  };
}

function pairing(v: unknown, at: string): CasePairing {
  const o = obj(v, at);
  if (typeof o.paired !== 'boolean') bad(`${at}.paired`, 'true or false');
  const count = (k: keyof CasePairing): number => int(o[k], `${at}.${k}`);
  return {
    key: str(o.key, `${at}.key`, 200),
    paired: o.paired,
    matched_cases: count('matched_cases'),
    baseline_only_cases: count('baseline_only_cases'),
    candidate_only_cases: count('candidate_only_cases'),
    baseline_calls_without_case: count('baseline_calls_without_case'),
    candidate_calls_without_case: count('candidate_calls_without_case'),
  };
}

function candidate(v: unknown, at: string): CandidateInfo {
  const o = obj(v, at);
  return {
    version: str(o.version, `${at}.version`, VERSION),
    version_reused: absent(o.version_reused, false, (v) => bool(v, `${at}.version_reused`)),
    prompt_hash: absent(o.prompt_hash, null, (v) => hash(v, `${at}.prompt_hash`)),
    n: int(o.n, `${at}.n`),
    models: strings(o.models, `${at}.models`, 50, NAME),
    timestamp: str(o.timestamp, `${at}.timestamp`, TIME),
    git_commit: strOrNull(o.git_commit, `${at}.git_commit`, 100),
    ...(o.left_out === undefined ? {} : { left_out: leftOut(o.left_out, `${at}.left_out`) }),
    ...(o.reverts_to === undefined
      ? {}
      : { reverts_to: str(o.reverts_to, `${at}.reverts_to`, VERSION) }),
    ...(o.pooled === undefined ? {} : { pooled: strings(o.pooled, `${at}.pooled`, 50, VERSION) }),
  };
}

function leftOut(v: unknown, at: string): NonNullable<CandidateInfo['left_out']> {
  const o = obj(v, at);
  return { models: strings(o.models, `${at}.models`, 50, NAME), calls: int(o.calls, `${at}.calls`) }; // prettier-ignore
}

function baselineInfo(v: unknown, at: string): BaselineInfo | null {
  if (v === null) return null;
  const o = obj(v, at);
  return {
    version: str(o.version, `${at}.version`, VERSION),
    prompt_hash: absent(o.prompt_hash, null, (v) => hash(v, `${at}.prompt_hash`)),
    n: int(o.n, `${at}.n`),
    models: strings(o.models, `${at}.models`, 50, NAME),
    timestamp: str(o.timestamp, `${at}.timestamp`, TIME),
    chosen_by: oneOf(o.chosen_by, `${at}.chosen_by`, BASELINE_CHOICES),
    source: oneOf(o.source, `${at}.source`, BASELINE_SOURCES),
    newest_call: strOrNull(o.newest_call, `${at}.newest_call`, TIME),
    age_days: numOrNull(o.age_days, `${at}.age_days`),
    ...(o.prompt === undefined ? {} : { prompt: str(o.prompt, `${at}.prompt`, NAME) }),
    ...(o.doubt === undefined ? {} : { doubt: oneOf(o.doubt, `${at}.doubt`, BASELINE_DOUBTS) }),
  };
}

function comparison(v: unknown, at: string): Comparison {
  const o = obj(v, at);
  return {
    prompt: str(o.prompt, `${at}.prompt`, NAME),
    candidate: candidate(o.candidate, `${at}.candidate`),
    baseline: baselineInfo(o.baseline, `${at}.baseline`),
    status: oneOf(o.status, `${at}.status`, STATUS_ORDER),
    metrics: list(o.metrics, `${at}.metrics`, METRICS.length).map((m, i) =>
      metric(m, `${at}.metrics[${i}]`),
    ),
    cross_model: bool(o.cross_model, `${at}.cross_model`),
    warnings: strings(o.warnings, `${at}.warnings`, 50, NOTE),
    ...(o.pairing === undefined ? {} : { pairing: pairing(o.pairing, `${at}.pairing`) }),
  };
}

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
  match('head_sha', COMMIT_SHA);
  match('base_sha', COMMIT_SHA);
  for (const k of ['pull_request', 'run_id', 'run_number'] as const) {
    if (o[k] !== undefined) out[k] = int(o[k], `context.${k}`, 1);
  }
  return out;
}

/** Limits of a report we accept from outside. */
const MAX_COMPARISONS = 10_000;

/**
 * The largest threshold a run accepts for `metric`: all of a score or rate (100 %, 100 pp), ten
 * times a latency, cost or token count (1000 %).
 */
function thresholdMax(metric: Metric): number {
  const spec = METRIC_SPECS[metric];
  return spec.threshold === 'points' || spec.better === 'higher' ? 1 : 10;
}

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
  const comparisons = list(o.comparisons, 'comparisons', MAX_COMPARISONS).map((x, i) =>
    comparison(x, `comparisons[${i}]`),
  );
  const derived = countStatuses(comparisons);
  return {
    schema: 1,
    kind: 'compare',
    verdict: oneOf(o.verdict, 'verdict', VERDICTS),
    generated_at: str(o.generated_at, 'generated_at', TIME),
    settings: {
      // The ranges a run accepts (config.ts): a report outside them was not made by a run.
      alpha: num(s.alpha, 'settings.alpha', 1e-6, 0.5),
      correction: oneOf(s.correction, 'settings.correction', CORRECTIONS),
      min_samples: int(s.min_samples, 'settings.min_samples', 2, 1_000_000),
      fail_on: oneOf(s.fail_on, 'settings.fail_on', FAIL_ON_LEVELS),
      thresholds: Object.fromEntries(
        METRICS.map((m) => [m, num(t[m], `settings.thresholds.${m}`, 0, thresholdMax(m))]),
      ) as CompareReport['settings']['thresholds'],
      ...(s.pair_by === undefined ? {} : { pair_by: str(s.pair_by, 'settings.pair_by', 200) }),
    },
    counts: {
      candidates: count('candidates'),
      regressed: count('regressed'),
      degraded: count('degraded'),
      inconclusive: count('inconclusive'),
      improved: count('improved'),
      new_prompts: count('new_prompts'),
      untested: absent(c.untested, derived.untested, () => count('untested')),
      prompts: absent(c.prompts, derived.prompts, () => count('prompts')),
    },
    comparisons,
    same_text: absent(o.same_text, [], (v) =>
      list(v, 'same_text', MAX_COMPARISONS).map((x, i) => {
        const n = obj(x, `same_text[${i}]`);
        return {
          prompt: str(n.prompt, `same_text[${i}].prompt`, NAME),
          version: str(n.version, `same_text[${i}].version`, VERSION),
          same_as: str(n.same_as, `same_text[${i}].same_as`, VERSION),
        };
      }),
    ),
    // Reports of engines before it have none.
    ...(o.lost_versions === undefined
      ? {}
      : {
          lost_versions: list(o.lost_versions, 'lost_versions', MAX_COMPARISONS).map((x, i) => {
            const n = obj(x, `lost_versions[${i}]`);
            return {
              prompt: str(n.prompt, `lost_versions[${i}].prompt`, NAME),
              version: str(n.version, `lost_versions[${i}].version`, VERSION),
              live: n.live === true,
            };
          }),
        }),
    ...(o.no_baseline_store === true ? { no_baseline_store: true as const } : {}),
    warnings: strings(o.warnings, 'warnings', 100, NOTE),
    ...(ctx ? { context: ctx } : {}),
  };
}
