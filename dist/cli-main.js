import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: ./src/errors.ts
/**
 * Errors that are the user's input, not our bug (a bad setting, an unreadable store, a missing
 * version): their message is the whole story, so it is shown alone. Every subclass is revived
 * with its class when it crosses the worker's thread boundary (worker/run.ts, USER_ERRORS).
 */
class UserError extends Error {
}
/** One line for any thrown value: the message for a user error, a short tag for the rest. */
function describeError(error) {
    const oneLine = (s) => s.replace(/\s+/g, ' ').trim().slice(0, 500);
    if (error instanceof Error) {
        return error instanceof UserError
            ? oneLine(error.message)
            : oneLine(`${error.name}: ${error.message}`);
    }
    return oneLine(`unexpected error: ${String(error)}`);
}

;// CONCATENATED MODULE: ./src/format/runner-safe.ts
/**
 * Output that a GitHub Actions runner reads line by line, made unable to carry a workflow
 * command. The runner acts on `::name ...::value` at the start of a line (after any leading
 * white space) and on the legacy `##[name ...]value` anywhere in a line; a store string that
 * reached the log in either shape could mask text, forge annotations, set step outputs or stop
 * command processing. Renderers escape store strings for Markdown and terminals; this is the
 * last pass over everything written, so no renderer or error message can be the one that
 * forgot.
 */
/** Zero-width space: not white space to the runner, invisible to a reader. */
const ZWSP = '\u200B';
// Every character a runner or log viewer might end a line at: .NET's ReadLine stops at \n and
// \r, and the others are line breaks to Unicode; treating them all as line starts costs nothing.
const BREAK = '\\n\\r\\v\\f\\u0085\\u2028\\u2029';
// .NET's TrimStart drops what Char.IsWhiteSpace accepts: JavaScript's \s plus U+0085 and the
// Mongolian vowel separator that older Unicode versions counted.
const SPACE = '\\s\\u0085\\u180E';
const LINE_START_COMMAND = new RegExp(`(^|[${BREAK}])([${SPACE}]*):(?=:)`, 'g');
const LEGACY_COMMAND = /##\[/g;
/**
 * Text (terminal text or Markdown) with no workflow command: a zero-width space goes between
 * the two colons of a `::` that starts a line and inside every `##[`. Nothing else changes.
 */
function runnerSafeText(text) {
    return text.replace(LINE_START_COMMAND, `$1$2:${ZWSP}`).replace(LEGACY_COMMAND, `##${ZWSP}[`);
}
const RAW_BREAKS = /[\u0085\u2028\u2029]/g;
const hex4 = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
/**
 * JSON text (as JSON.stringify writes it) with no workflow command, and parsing to the same
 * value: the line breaks JSON.stringify leaves raw inside strings (U+0085, U+2028, U+2029) are
 * written as `\u` escapes, so every line starts with JSON's own indentation and punctuation;
 * the `#` that would begin `##[` becomes `\u0023` (a `#` only ever occurs inside a string);
 * and a `:` that would still start a line, which JSON.stringify never writes, `\u003a`.
 */
function runnerSafeJson(json) {
    return json
        .replace(RAW_BREAKS, hex4)
        .replace(/#(?=#\[)/g, '\\u0023')
        .replace(LINE_START_COMMAND, '$1$2\\u003a');
}

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/worker/spare.ts
// A worker started before it is asked for: the CLI starts one as it begins, so that the thread's
// own start (Node's bootstrap, the worker's bundle, sql.js' wasm) runs on another core while the
// CLI loads its code and reads its arguments. It then waits for its one request as a message.

/** A worker waiting for its request, and the heap limit it was started with. */
class SpareWorker {
    worker;
    file;
    heapMb;
    dead = false;
    constructor(worker, 
    /** The worker's file: a request for another file starts its own. */
    file, 
    /** `resourceLimits.maxOldGenerationSizeMb`: a request needing another limit starts its own. */
    heapMb) {
        this.worker = worker;
        this.file = file;
        this.heapMb = heapMb;
        // Listening from the start: a worker that died before it was asked for is never handed out.
        worker.once('exit', () => (this.dead = true));
        worker.once('error', () => (this.dead = true));
    }
    /** Whether it can still take a request. */
    get alive() {
        return !this.dead;
    }
    /**
     * Starts the bundled worker `file` with the heap limit `heapMb`; null when it cannot be started
     * (the request then starts its own, which says what is wrong).
     */
    static start(file, heapMb) {
        try {
            const worker = new Worker(file, {
                workerData: { spare: true },
                resourceLimits: { maxOldGenerationSizeMb: heapMb },
                // As a request's own worker (run.ts): its output is captured, not inherited.
                stdout: true,
                stderr: true,
            });
            // Not kept waiting for: a command that needs no worker ends without it.
            worker.unref();
            return new SpareWorker(worker, file, heapMb);
        }
        catch {
            return null;
        }
    }
}
let offered = null;
/** Hands a spare worker to the next request that can use it (one at most; a second replaces it). */
function offerSpare(spare) {
    if (offered && offered !== spare)
        void offered.worker.terminate();
    offered = spare;
}
/**
 * The spare worker, when it is alive and was started from `file` with the heap limit `heapMb`,
 * else null; it is handed out once. Another spare is terminated: it would never be used.
 */
function takeSpare(file, heapMb) {
    const spare = offered;
    offered = null;
    if (!spare)
        return null;
    if (spare.alive && spare.file === file && spare.heapMb === heapMb) {
        spare.worker.ref();
        return spare.worker;
    }
    void spare.worker.terminate();
    return null;
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/format/ids.ts
/**
 * The shapes of the identifiers the action reads from inputs, events and its own markers, said
 * once so that the input check, the event reader and the marker parser cannot disagree.
 */
/** A comment key (the `comment-key` input; also alert fingerprints), as a pattern's source. */
const KEY_PATTERN = '[A-Za-z0-9._-]{1,64}';
/** A commit sha or a prefix of one, as markers and acceptance records carry it. */
const SHA_PREFIX_PATTERN = '[0-9a-f]{4,64}';
const KEY = new RegExp(`^${KEY_PATTERN}$`);
const SHA_PREFIX = new RegExp(`^${SHA_PREFIX_PATTERN}$`);
/** A full commit sha: SHA-1 (40 hex digits) or SHA-256 (64), lowercase as git and GitHub write it. */
const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** True when `value` may be a comment key (the `comment-key` input; also alert fingerprints). */
function isValidKey(value) {
    return KEY.test(value);
}
/** True when `value` is a full commit sha (not a prefix, not a branch or tag name). */
function isCommitSha(value) {
    return COMMIT_SHA.test(value);
}
/** True when `value` is a commit sha or a prefix of one (at least 4 hex digits). */
function isShaPrefix(value) {
    return SHA_PREFIX.test(value);
}

;// CONCATENATED MODULE: ./src/metrics.ts
/** The metrics the analysis knows, in report order. */
const METRICS = [
    'quality_score',
    'accuracy',
    'latency_ms',
    'success',
    'cost_eur',
    'total_tokens',
];
/** The primary tests on two independent samples of calls. */
const UNPAIRED_TESTS = ['welch_t', 'mann_whitney_u', 'fisher_exact'];
/** The primary tests on per-case differences (`pair-by`). */
const PAIRED_TESTS = ['paired_t', 'wilcoxon_signed_rank', 'mcnemar_exact'];
/** Every name a report's `test` field may carry (README, "The JSON report"). */
const PRIMARY_TESTS = [...UNPAIRED_TESTS, ...PAIRED_TESTS, 'day_level_t'];
/** The paired test that replaces each unpaired one when cases are matched. */
const PAIRED_TEST = {
    welch_t: 'paired_t',
    mann_whitney_u: 'wilcoxon_signed_rank',
    fisher_exact: 'mcnemar_exact',
};
/** Every metric's spec, keyed by metric. */
const METRIC_SPECS = {
    quality_score: {
        metric: 'quality_score',
        label: 'Quality',
        better: 'higher',
        test: 'welch_t',
        center: 'mean',
        threshold: 'relative',
        defaultThreshold: 0.1,
    },
    accuracy: {
        metric: 'accuracy',
        label: 'Accuracy',
        better: 'higher',
        test: 'welch_t',
        center: 'mean',
        threshold: 'relative',
        defaultThreshold: 0.1,
    },
    latency_ms: {
        metric: 'latency_ms',
        label: 'Latency',
        better: 'lower',
        test: 'mann_whitney_u',
        center: 'median',
        threshold: 'relative',
        defaultThreshold: 0.3,
    },
    success: {
        metric: 'success',
        label: 'Success rate',
        better: 'higher',
        test: 'fisher_exact',
        center: 'rate',
        threshold: 'points',
        defaultThreshold: 0.05,
    },
    cost_eur: {
        metric: 'cost_eur',
        label: 'Cost',
        better: 'lower',
        test: 'welch_t',
        center: 'mean',
        threshold: 'relative',
        defaultThreshold: 0.2,
    },
    total_tokens: {
        metric: 'total_tokens',
        label: 'Tokens',
        better: 'lower',
        test: 'welch_t',
        center: 'mean',
        threshold: 'relative',
        defaultThreshold: 0.2,
    },
};
/** The default thresholds. */
const DEFAULT_THRESHOLDS = Object.fromEntries(METRICS.map((m) => [m, METRIC_SPECS[m].defaultThreshold]));
/** Type guard for metric names coming from outside. */
function isMetric(value) {
    return METRICS.includes(value);
}

;// CONCATENATED MODULE: ./src/report/types.ts
/** Every verdict of a report. */
const VERDICTS = (/* unused pure expression or super */ null && (['passed', 'regressed', 'warning', 'no_changes']));
/** Every `fail-on` level, strictest last but one. */
const FAIL_ON_LEVELS = [
    'regressed',
    'degraded',
    'inconclusive',
    'untested',
    'never',
];
/** Every multiple-testing correction (the `correction` input). */
const CORRECTIONS = ['holm', 'bh', 'none'];
/** Worst first: a candidate's status is the first of these that any of its metrics has. */
const types_STATUS_SEVERITY = [
    'regressed',
    'degraded',
    'inconclusive',
    'insufficient_data',
    'unchanged',
    'improved',
];
/** Candidate statuses in the order a reader meets them, worst first: `new_prompt` last. */
const STATUS_ORDER = [...types_STATUS_SEVERITY, 'new_prompt'];
/** Where a baseline's samples may come from. */
const BASELINE_SOURCES = ['fresh', 'history'];
/** The ways a baseline version may be chosen. */
const BASELINE_CHOICES = (/* unused pure expression or super */ null && (['explicit', 'production_tag', 'latest']));

;// CONCATENATED MODULE: ./src/config/inputs.ts
/**
 * Every setting, in the order action.yml and the README list them. The CLI takes the same names
 * as `--name value`; a test keeps action.yml in step with this list.
 */
const INPUTS = [
    {
        name: 'github-token',
        default: '${{ github.token }}',
        description: 'Token for comments, check runs, issues, contents and artifacts.',
        actionOnly: true,
    },
    {
        name: 'mode',
        default: 'auto',
        description: 'auto (from the event), pr-check, health, compare, relay (publish, its older name) or command.',
        actionOnly: true,
    },
    {
        name: 'store',
        default: '.prompt_versions/db.sqlite',
        description: "Path of the head store in the workspace (the pull request's store).",
    },
    {
        name: 'baseline-store',
        default: '',
        description: "Path of the baseline store in the workspace; default: the store at the pull request's base commit (git, else the contents API).",
        // The CLI names both stores itself: --base and --head.
        actionOnly: true,
    },
    {
        name: 'store-artifact',
        default: '',
        description: 'Take the head store from this artifact of the current run (uploaded by an earlier job).',
        actionOnly: true,
    },
    {
        name: 'baseline-artifact',
        default: '',
        description: 'Take the baseline store from the newest artifact of this name of the latest successful push, schedule or workflow_dispatch run of baseline-workflow on baseline-branch.',
        actionOnly: true,
    },
    {
        name: 'baseline-workflow',
        default: '',
        description: 'Workflow file name (e.g. eval.yml) whose runs upload baseline-artifact.',
        actionOnly: true,
    },
    {
        name: 'baseline-branch',
        default: '',
        description: "Branch for baseline-artifact; default: the pull request's base branch, else the default branch.",
        actionOnly: true,
    },
    {
        name: 'alpha',
        default: '0.05',
        description: 'Significance level of the one-sided tests, after correction.',
    },
    {
        name: 'min-samples',
        default: '30',
        description: 'Minimum calls per side; fewer gives insufficient_data.',
    },
    {
        name: 'correction',
        default: 'holm',
        description: 'Multiple-testing correction over every primary test of a run: holm, bh or none.',
    },
    {
        name: 'max-quality-drop',
        default: '10%',
        description: 'Material drop of mean quality_score, relative.',
    },
    {
        name: 'max-accuracy-drop',
        default: '10%',
        description: 'Material drop of mean accuracy, relative.',
    },
    {
        name: 'max-latency-increase',
        default: '30%',
        description: 'Material rise of median latency_ms, relative.',
    },
    {
        name: 'max-cost-increase',
        default: '20%',
        description: 'Material rise of mean cost_eur, relative.',
    },
    {
        name: 'max-tokens-increase',
        default: '20%',
        description: 'Material rise of mean total_tokens, relative.',
    },
    {
        name: 'max-success-drop',
        default: '5pp',
        description: 'Material drop of the success rate, in percentage points.',
    },
    {
        name: 'fail-on',
        default: '',
        description: 'Fail when any changed prompt is at least this bad: regressed, degraded, inconclusive, untested (also fails a changed prompt with too few calls to test) or never. Default: regressed for comparisons, never for the health report.',
    },
    {
        name: 'baseline-max-samples',
        default: '1000',
        description: 'Use at most the newest N calls of the baseline version (a history baseline judged at the day level reads every call of its last 28 days).',
    },
    {
        name: 'baseline-since',
        default: '',
        description: 'Use only baseline calls at or after this ISO 8601 time.',
    },
    {
        name: 'baseline-samples',
        default: 'auto',
        description: "auto: the baseline version's calls re-run by the pull request's evaluation when there are enough, else its history; fresh; history.",
    },
    {
        name: 'pair-by',
        default: '',
        description: "Metadata key that names a call's test case (e.g. case_id): compare candidate and baseline case by case with paired tests when they share enough cases.",
    },
    { name: 'max-store-size', default: '512MiB', description: 'Refuse stores larger than this.' },
    {
        name: 'query-timeout',
        default: '60s',
        description: 'Stop reading a store after this long (a store is untrusted input).',
    },
    { name: 'prompt', default: '', description: 'Compare mode: the prompt name.' },
    { name: 'candidate', default: '', description: 'Compare mode: the version under test.' },
    {
        name: 'baseline',
        default: '',
        description: 'Compare mode: the version to compare with (default: production-tagged, else the newest earlier version).',
    },
    {
        name: 'pr-number',
        default: '',
        description: 'Compare mode: also post the sticky comment on this pull request.',
        actionOnly: true,
    },
    {
        name: 'comment',
        default: 'always',
        description: 'Sticky PR comment: always, on-regression (created only on a failing verdict, always kept current once it exists) or never.',
        actionOnly: true,
    },
    {
        name: 'comment-key',
        default: 'default',
        description: 'Keeps separate sticky comments for several workflows on one pull request.',
        actionOnly: true,
    },
    {
        name: 'check-name',
        default: 'Prompt regressions',
        description: "Name of the check run ('' for none).",
        actionOnly: true,
    },
    {
        name: 'charts',
        default: 'true',
        description: 'Show small Mermaid charts in comments and summaries.',
    },
    {
        name: 'publish',
        default: 'comment',
        description: 'comment: post the comment and check run; artifact: upload the JSON report for a workflow_run publisher (fork pull requests).',
        actionOnly: true,
    },
    {
        name: 'report-artifact',
        default: 'prompt-regression-report',
        description: 'Artifact name of the JSON report for publish: artifact and mode: relay.',
        actionOnly: true,
    },
    {
        name: 'accept-label',
        default: 'prompt-regression-accepted',
        description: "Label that accepts the pull request's current regressions when someone with write permission adds it.",
        actionOnly: true,
    },
    {
        name: 'accept-tolerance',
        default: '20%',
        description: 'An accepted metric that gets worse than accepted by more than this (relative to the accepted change, at least to the threshold) is no longer covered.',
        actionOnly: true,
    },
    { name: 'window', default: '24h', description: 'Health report: the recent window.' },
    {
        name: 'history',
        default: '28d',
        description: "Health report: the window's own preceding history to compare with and to find trends in.",
    },
    {
        name: 'daily-budget',
        default: '',
        description: 'Health report: alert when a day costs more than this many EUR (all prompts).',
    },
    {
        name: 'monthly-budget',
        default: '',
        description: 'Health report: alert when the month costs, or is projected to cost, more than this many EUR.',
    },
    {
        name: 'issue',
        default: 'true',
        description: 'Health report: keep a tracking issue open while something is unhealthy.',
        actionOnly: true,
    },
    {
        name: 'issue-label',
        default: 'prompt-health',
        description: 'Health report: label of the tracking issue.',
        actionOnly: true,
    },
];
/** The default of one setting. */
function defaultOf(name) {
    const spec = INPUTS.find((i) => i.name === name);
    if (!spec)
        throw new Error(`unknown setting ${name}`);
    return spec.default;
}

;// CONCATENATED MODULE: ./src/time.ts
/** Milliseconds in one hour. */
const HOUR_MS = 3_600_000;
/** Milliseconds in one day. */
const DAY_MS = 24 * HOUR_MS;
/** Days since the epoch of a UTC calendar day (`2026-11-01`); NaN when it does not parse. */
function dayNumber(day) {
    return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}
// Python's datetime.isoformat() without tzinfo writes no offset; the store's own convention
// and ours is to read such times as UTC (Date.parse would read them as local time).
const HAS_OFFSET = /(?:[zZ]|[+-]\d{2}:?\d{2})$/;
/** Epoch milliseconds of an ISO 8601 timestamp from the store; NaN when unparseable. */
function time_parseInstant(timestamp) {
    const t = timestamp.trim().replace(' ', 'T');
    const withZone = HAS_OFFSET.test(t) || !t.includes('T') ? t : `${t}Z`;
    return Date.parse(withZone);
}
/** ISO 8601 (UTC, `Z`) of epoch milliseconds. */
function toIso(ms) {
    return new Date(ms).toISOString();
}
/** Days between two store timestamps (b - a), null when either is missing or unparseable. */
function daysBetween(a, b) {
    if (a === null || b === null)
        return null;
    const d = (time_parseInstant(b) - time_parseInstant(a)) / DAY_MS;
    return Number.isFinite(d) ? d : null;
}

;// CONCATENATED MODULE: ./src/config/parse.ts


/** A bad input or option: the message names it, the value and what is expected. */
class ConfigError extends UserError {
    name = 'ConfigError';
}
/** Names a setting for the action's messages. */
const inputName = (name) => `input '${name}'`;
/** Names a setting for the CLI's messages. */
const optionName = (name) => `--${name}`;
function fail(namer, name, value, expected) {
    throw new ConfigError(`Invalid ${namer(name)} '${value}': expected ${expected}.`);
}
/** One of a fixed list of values. */
function parseEnum(namer, name, value, allowed) {
    const v = value.trim().toLowerCase();
    if (allowed.includes(v))
        return v;
    return fail(namer, name, value, `one of ${allowed.join(', ')}`);
}
/** `true` or `false`, nothing else (a typo must not silently mean false). */
function parseBool(namer, name, value) {
    return parseEnum(namer, name, value, ['true', 'false']) === 'true';
}
/** A number in [min, max]. */
function parseNumber(namer, name, value, { min, max, integer = false }) {
    const v = value.trim();
    const n = v === '' ? NaN : Number(v);
    const kind = integer ? 'a whole number' : 'a number';
    if (!Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min || n > max) {
        fail(namer, name, value, `${kind} from ${min} to ${max}`);
    }
    return n;
}
/**
 * A percentage such as `10%`, returned as a fraction (0.1). The unit is required: a bare `0.1`
 * could mean 10 % or 0.1 %, and guessing wrong would silently weaken the check.
 */
function parsePercent(namer, name, value, max = 1000) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value);
    const n = m ? Number(m[1]) : NaN;
    if (!Number.isFinite(n) || n > max)
        fail(namer, name, value, `a percentage such as '10%'`);
    return n / 100;
}
/** Percentage points such as `5pp` (or `5%`), returned as a rate difference (0.05). */
function parsePoints(namer, name, value) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(pp|%)\s*$/i.exec(value);
    const n = m ? Number(m[1]) : NaN;
    if (!Number.isFinite(n) || n > 100)
        fail(namer, name, value, `percentage points such as '5pp'`);
    return n / 100;
}
const DURATION_UNITS = {
    s: 1000,
    m: 60_000,
    h: HOUR_MS,
    d: DAY_MS,
    w: 7 * DAY_MS,
};
/** A duration such as `60s`, `30m`, `24h`, `28d` or `2w`, in milliseconds. */
function parseDuration(namer, name, value) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$/i.exec(value);
    const unit = m?.[2] ? DURATION_UNITS[m[2].toLowerCase()] : undefined;
    const ms = m && unit ? Number(m[1]) * unit : NaN;
    if (!Number.isFinite(ms) || ms <= 0)
        fail(namer, name, value, `a duration such as '24h', '7d', '30m' or '60s'`);
    return ms;
}
const SIZE_UNITS = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
/** A size such as `512MiB`, `1GiB`, `200MB` or a byte count. */
function parseSize(namer, name, value) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(?:([kmg])(?:i?b)?|b)?\s*$/i.exec(value);
    const unit = SIZE_UNITS[(m?.[2] ?? '').toLowerCase()];
    const bytes = m && unit ? Math.floor(Number(m[1]) * unit) : NaN;
    if (!Number.isFinite(bytes) || bytes <= 0)
        fail(namer, name, value, `a size such as '512MiB'`);
    return bytes;
}
/** An ISO 8601 instant (`2026-11-01`, `2026-11-01T12:00:00Z`); returned normalised to UTC. */
function parseInstantInput(namer, name, value) {
    const v = value.trim();
    const shape = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+)?(?:[zZ]|[+-]\d{2}:?\d{2})?$/;
    const ms = shape.test(v) ? time_parseInstant(v) : NaN;
    if (!Number.isFinite(ms))
        fail(namer, name, value, `an ISO 8601 date or time such as '2026-11-01T00:00:00Z'`);
    return new Date(ms).toISOString();
}
// Control characters, written out so that the message shows them instead of acting on them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_ALL = /[\u0000-\u001f\u007f]/g;
/** Longest metadata key `pair-by` accepts. */
const MAX_PAIR_KEY = 200;
/**
 * A top-level metadata key for `pair-by`, taken literally (dots and spaces included); null
 * when unset. Quotes, backslashes and control characters cannot name a key in a JSON path.
 */
function parsePairBy(namer, value) {
    if (value === null)
        return null;
    if (value.length > MAX_PAIR_KEY || /["\\]/.test(value) || CONTROL.test(value)) {
        return fail(namer, 'pair-by', value
            .slice(0, 60)
            .replace(CONTROL_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`), `one metadata key of at most ${MAX_PAIR_KEY} characters, without quotes, backslashes or control characters (for example case_id)`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/config/config.ts





/** Every mode, as the `mode` input names it (besides `auto`: chosen by the event). */
const MODES = ['pr-check', 'health', 'compare', 'relay', 'command'];
/** The relay's first name, still accepted: workflows written before the rename keep working. */
const MODE_ALIASES = { publish: 'relay' };
/** The values of the `baseline-samples` input. */
const BASELINE_SAMPLES = ['auto', ...BASELINE_SOURCES];
/** The values of the `comment` input. */
const COMMENT_MODES = ['always', 'on-regression', 'never'];
/** The values of the `publish` input. */
const PUBLISH_TARGETS = ['comment', 'artifact'];
const THRESHOLD_INPUTS = {
    quality_score: 'max-quality-drop',
    accuracy: 'max-accuracy-drop',
    latency_ms: 'max-latency-increase',
    cost_eur: 'max-cost-increase',
    total_tokens: 'max-tokens-increase',
    success: 'max-success-drop',
};
// An unset secret arrives empty; the default's expression text arrives when nothing evaluated
// it. Neither is a token: sending it would only earn 401s further on.
function tokenOf(value) {
    const token = value?.trim() ?? '';
    return token === '' || token.includes('${{') ? '' : token;
}
/** The accept label, one label name as GitHub allows it. */
function parseAcceptLabel(namer, label) {
    if (label.includes(',') || Array.from(label).length > 50) {
        throw new ConfigError(`Invalid ${namer('accept-label')} '${label}': expected one label name of at most 50 characters, without commas.`);
    }
    return label;
}
/** Parses and validates every setting; throws ConfigError naming the first bad one. */
function parseConfig(raw, namer) {
    const get = (name) => raw(name)?.trim() || defaultOf(name);
    const opt = (name) => get(name) || null;
    const num = (name, min, max, integer = false) => parseNumber(namer, name, get(name), { min, max, integer });
    const money = (name) => opt(name) === null ? null : num(name, 0, Number.MAX_SAFE_INTEGER);
    const thresholds = { ...DEFAULT_THRESHOLDS };
    for (const [metric, name] of Object.entries(THRESHOLD_INPUTS)) {
        thresholds[metric] =
            metric === 'success'
                ? parsePoints(namer, name, get(name))
                : parsePercent(namer, name, get(name));
    }
    const since = opt('baseline-since');
    const prNumber = opt('pr-number');
    const commentKey = get('comment-key');
    if (!isValidKey(commentKey)) {
        throw new ConfigError(`Invalid ${namer('comment-key')} '${commentKey}': expected 1 to 64 letters, digits, '.', '_' or '-'.`);
    }
    const issueLabel = get('issue-label');
    if (issueLabel.includes(',')) {
        throw new ConfigError(`Invalid ${namer('issue-label')} '${issueLabel}': expected one label name, without commas (GitHub reads a comma as a list of labels).`);
    }
    const failOn = opt('fail-on');
    return {
        mode: parseEnum(namer, 'mode', MODE_ALIASES[get('mode')] ?? get('mode'), ['auto', ...MODES]),
        analysis: {
            alpha: num('alpha', 1e-6, 0.5),
            minSamples: num('min-samples', 2, 1_000_000, true),
            correction: parseEnum(namer, 'correction', get('correction'), CORRECTIONS),
            thresholds,
            baselineMaxSamples: num('baseline-max-samples', 2, 10_000_000, true),
            baselineSince: since === null ? null : parseInstantInput(namer, 'baseline-since', since),
            baselineSamples: parseEnum(namer, 'baseline-samples', get('baseline-samples'), BASELINE_SAMPLES),
            pairBy: parsePairBy(namer, opt('pair-by')),
        },
        health: {
            windowMs: parseDuration(namer, 'window', get('window')),
            historyMs: parseDuration(namer, 'history', get('history')),
            dailyBudget: money('daily-budget'),
            monthlyBudget: money('monthly-budget'),
        },
        failOn: failOn === null ? null : parseEnum(namer, 'fail-on', failOn, FAIL_ON_LEVELS),
        store: get('store'),
        baselineStore: opt('baseline-store'),
        storeArtifact: opt('store-artifact'),
        baselineArtifact: opt('baseline-artifact'),
        baselineWorkflow: opt('baseline-workflow'),
        baselineBranch: opt('baseline-branch'),
        maxStoreBytes: parseSize(namer, 'max-store-size', get('max-store-size')),
        queryTimeoutMs: parseDuration(namer, 'query-timeout', get('query-timeout')),
        prompt: opt('prompt'),
        candidate: opt('candidate'),
        baseline: opt('baseline'),
        prNumber: prNumber === null
            ? null
            : parseNumber(namer, 'pr-number', prNumber, { min: 1, max: 2 ** 31, integer: true }),
        comment: parseEnum(namer, 'comment', get('comment'), COMMENT_MODES),
        commentKey,
        checkName: opt('check-name'),
        charts: parseBool(namer, 'charts', get('charts')),
        publish: parseEnum(namer, 'publish', get('publish'), PUBLISH_TARGETS),
        reportArtifact: get('report-artifact'),
        acceptLabel: parseAcceptLabel(namer, get('accept-label')),
        acceptTolerance: parsePercent(namer, 'accept-tolerance', get('accept-tolerance')),
        issue: parseBool(namer, 'issue', get('issue')),
        issueLabel,
        githubToken: tokenOf(raw('github-token')),
    };
}

;// CONCATENATED MODULE: ./src/format/numbers.ts
/**
 * Number formatting for every renderer: one place decides how many digits a reader sees.
 * Negative numbers use the minus sign U+2212 so that a change reads as a number, not a dash.
 */
/** The typographic minus sign. */
const MINUS = '\u2212';
/** Shown where a value is missing (null, or not a finite number). */
const MISSING = '–';
function sign(x, signed) {
    if (x < 0)
        return MINUS;
    return signed && x > 0 ? '+' : '';
}
/** Inserts thousands separators into the integer part of a plain decimal string. */
function group(digits) {
    const [whole = '', fraction] = digits.split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
/**
 * `|x|` with at most `digits` significant digits, in plain decimal notation, thousands grouped,
 * trailing zeros dropped (`0.00007`, not `0.0000700`).
 */
function significantAbs(x, digits) {
    const abs = Math.abs(x);
    if (abs === 0)
        return '0';
    const magnitude = Math.floor(Math.log10(abs));
    let decimals = Math.min(20, Math.max(0, digits - 1 - magnitude));
    let text = abs.toFixed(decimals);
    // Rounding can carry into a new digit (0.9996 -> 1.000): drop the extra decimal.
    if (decimals > 0 && Number(text) >= 10 ** (magnitude + 1)) {
        decimals -= 1;
        text = abs.toFixed(decimals);
    }
    if (text.includes('.'))
        text = text.replace(/\.?0+$/, '');
    return group(text);
}
/** `x` with `digits` significant digits (3 by default), never in exponent notation. */
function formatSignificant(x, digits = 3, signed = false) {
    if (x === null || !Number.isFinite(x))
        return MISSING;
    return sign(x, signed) + significantAbs(x, digits);
}
/** `x` with a fixed number of decimals, thousands grouped. */
function formatFixed(x, decimals, signed = false) {
    if (x === null || !Number.isFinite(x))
        return MISSING;
    const text = Math.abs(x).toFixed(decimals);
    // A value that rounds to zero gets no sign: "−0.0" would claim a direction it does not have.
    return (Number(text) === 0 ? '' : sign(x, signed)) + group(text);
}
/** A whole number of things (calls, samples): `1,234`. */
function numbers_formatCount(n) {
    return formatFixed(n === null ? null : Math.round(n), 0);
}
/** A latency in milliseconds: `0.42 ms`, `4.2 ms`, `412 ms`, `1.31 s`, `2.5 min`. */
function formatLatency(ms, signed = false, digits = 3) {
    if (ms === null || !Number.isFinite(ms))
        return MISSING;
    const abs = Math.abs(ms);
    if (abs >= 100_000)
        return `${formatFixed(ms / 60_000, 1, signed)} min`;
    if (abs >= 1000)
        return `${formatSignificant(ms / 1000, digits, signed)} s`;
    if (abs >= 100)
        return `${formatFixed(ms, 0, signed)} ms`;
    return `${formatSignificant(ms, digits, signed)} ms`;
}
/** A cost in euros: `€0.00169` (3 significant digits below 1 €), `€12.50`. */
function formatEur(eur, signed = false, digits = 3) {
    if (eur === null || !Number.isFinite(eur))
        return MISSING;
    const body = Math.abs(eur) >= 1 ? formatFixed(Math.abs(eur), 2) : significantAbs(eur, digits);
    return `${sign(eur, signed)}€${body}`;
}
/** A token count (usually a mean): `812`, `1,235`, `45.3`. */
function formatTokens(n, signed = false, digits = 3) {
    if (n === null || !Number.isFinite(n))
        return MISSING;
    return Math.abs(n) >= 100 ? formatFixed(n, 0, signed) : formatSignificant(n, digits, signed);
}
/** A rate (0..1) as a percentage: `98.3 %`. */
function formatRate(rate) {
    if (rate === null || !Number.isFinite(rate))
        return MISSING;
    return `${formatFixed(rate * 100, 1)} %`;
}
/** Relative changes smaller than this are floating-point rounding, shown as no change. */
const CHANGE_NOISE = 1e-9;
/** A relative change (a fraction of the baseline) as a signed percentage: `−14.7 %`. */
function formatChangePercent(fraction) {
    if (fraction === null || !Number.isFinite(fraction))
        return MISSING;
    // Below a billionth the change is rounding in the means (a constant cost summed per day),
    // not a change: `+0.000000000000017 %` would claim digits nobody measured.
    if (Math.abs(fraction) < CHANGE_NOISE)
        return '0.0 %';
    const pct = fraction * 100;
    const abs = Math.abs(pct);
    if (abs >= 100)
        return `${formatFixed(pct, 0, true)} %`;
    if (abs >= 0.1 || abs === 0)
        return `${formatFixed(pct, 1, true)} %`;
    return `${formatSignificant(pct, 2, true)} %`;
}
/** A threshold or other round fraction as a signed percentage, no needless decimals: `−10 %`. */
function formatPercentShort(fraction) {
    const pct = Number((fraction * 100).toFixed(2));
    return `${sign(pct, true)}${Math.abs(pct)} %`;
}
/** A difference of rates as signed points, no needless decimals: `−5 pp`. */
function formatPointsShort(difference) {
    const pts = Number((difference * 100).toFixed(2));
    return `${sign(pts, true)}${Math.abs(pts)} pp`;
}
/** A difference of rates (0.052 = 5.2 points) as signed percentage points: `−5.2 pp`. */
function formatPoints(difference) {
    if (difference === null || !Number.isFinite(difference))
        return MISSING;
    return `${formatFixed(difference * 100, 1, true)} pp`;
}
/** Below this a p-value is shown as a bound: more digits would be numerical noise. */
const P_FLOOR = 1e-10;
/** A p-value: `< 1e-10`, `3.2e-7`, `0.0031`, `0.049`, `0.41`. */
function formatPValue(p) {
    if (p === null || !Number.isFinite(p))
        return MISSING;
    if (p < P_FLOOR)
        return '< 1e-10';
    if (p < 0.001) {
        const [mantissa = '', exponent = ''] = p.toExponential(1).split('e');
        return `${mantissa}e${exponent.replace('+', '')}`;
    }
    // Two significant digits below 0.1 so that 0.049 never reads as 0.05 next to α = 0.05.
    if (p < 0.1)
        return significantAbs(p, 2);
    return p >= 0.995 ? '1.00' : p.toFixed(2);
}
/** A p-value in running text: `p < 1e-10`, `p = 0.003`. */
function formatPInline(p) {
    const text = formatPValue(p);
    return text.startsWith('<') ? `p ${text}` : `p = ${text}`;
}
/** An interval with each bound formatted by `bound`: `[−0.142, −0.108]`. */
function formatInterval(ci, bound) {
    if (ci === null)
        return MISSING;
    return `[${bound(ci[0])}, ${bound(ci[1])}]`;
}
/** A confidence level from α (two-sided 1 − 2α): `90 %`. */
function formatLevel(alpha) {
    return `${Number(((1 - 2 * alpha) * 100).toFixed(1))} %`;
}
// Store timestamps are untrusted text: one that does not parse is not echoed back.
const BAD_DATE = 'unknown date';
/** An ISO 8601 timestamp as `2026-10-31 14:03 UTC`. */
function formatTimestamp(iso) {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime()))
        return BAD_DATE;
    return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
/** A number of days: `1 day`, `46 days`. */
function formatDays(days) {
    const whole = Math.round(days);
    return `${numbers_formatCount(whole)} ${whole === 1 ? 'day' : 'days'}`;
}

;// CONCATENATED MODULE: ./src/report/policy.ts

/** The worst status among a candidate's metrics (insufficient_data when it has none). */
function worstStatus(metrics) {
    for (const status of STATUS_SEVERITY) {
        if (metrics.some((m) => m.status === status))
            return status;
    }
    return 'insufficient_data';
}
/** The least severe status a fail-on level fails on (`untested` names insufficient_data). */
function failingFrom(failOn) {
    return failOn === 'untested' ? 'insufficient_data' : failOn;
}
/** The statuses a fail-on level fails on, worst first (none for `never`). */
function failingStatuses(failOn) {
    if (failOn === 'never')
        return [];
    return types_STATUS_SEVERITY.slice(0, types_STATUS_SEVERITY.indexOf(failingFrom(failOn)) + 1);
}
/** Whether a status is at least as bad as the fail-on level. */
function failsPolicy(status, failOn) {
    if (status === 'new_prompt')
        return false;
    return failingStatuses(failOn).includes(status);
}
/** Statuses that keep a run from passing: worse, or not shown to be no worse. */
const WARNS = (/* unused pure expression or super */ null && ([
    'regressed',
    'degraded',
    'inconclusive',
    // Untested is never green: a changed prompt with too few calls could hide any regression.
    'insufficient_data',
]));
/** The run's verdict from its candidates' statuses (DESIGN.md's contract). */
function runVerdict(statuses, failOn) {
    if (statuses.length === 0)
        return 'no_changes';
    if (statuses.some((s) => failsPolicy(s, failOn)))
        return 'regressed';
    return statuses.some((s) => WARNS.includes(s)) ? 'warning' : 'passed';
}
/** Counts of candidates by status, and of the prompts they are versions of. */
function countStatuses(comparisons) {
    const n = (s) => comparisons.filter((c) => c.status === s).length;
    return {
        candidates: comparisons.length,
        regressed: n('regressed'),
        degraded: n('degraded'),
        inconclusive: n('inconclusive'),
        improved: n('improved'),
        new_prompts: n('new_prompt'),
        // A candidate without an earlier version is new_prompt, so insufficient_data always has one.
        untested: n('insufficient_data'),
        prompts: new Set(comparisons.map((c) => c.prompt)).size,
    };
}

;// CONCATENATED MODULE: ./src/wording/labels.ts
/**
 * The report's vocabulary, shared by the Markdown, terminal and check-run renderers so that
 * they never disagree on a word, an icon or a number.
 */




/** Emoji per candidate or metric status, for Markdown. */
const STATUS_ICON = {
    regressed: '❌',
    degraded: '⚠️',
    inconclusive: '❔',
    insufficient_data: '⏳',
    unchanged: '✅',
    improved: '✨',
    new_prompt: '🆕',
};
/** Words per status, as a reader says them. */
const STATUS_WORD = {
    regressed: 'regressed',
    degraded: 'degraded',
    inconclusive: 'inconclusive',
    insufficient_data: 'too few calls',
    unchanged: 'unchanged',
    improved: 'improved',
    new_prompt: 'new prompt',
};
/** The metric's column label with the statistic shown: `Quality (mean)`, `Latency (median)`. */
function metricHeading(metric) {
    const spec = METRIC_SPECS[metric];
    return spec.center === 'rate' ? spec.label : `${spec.label} (${spec.center})`;
}
/** The metric's name inside a sentence: `quality`, `success rate`. */
function metricName(metric) {
    return METRIC_SPECS[metric].label.toLowerCase();
}
/** The statistic the metric is judged on (mean, median or rate) of one side. */
function centerOf(metric, side) {
    return METRIC_SPECS[metric].center === 'median' ? side.median : side.mean;
}
/** One value of the metric in its unit: `0.849`, `412 ms`, `98.3 %`, `€0.00169`, `812`. */
function formatMetricValue(metric, x) {
    switch (metric) {
        case 'quality_score':
        case 'accuracy':
            // Scores live in 0..1: a fixed 3 decimals keeps a column of them aligned.
            return x !== null && Math.abs(x) <= 1 ? formatFixed(x, 3) : formatSignificant(x, 3);
        case 'latency_ms':
            return formatLatency(x);
        case 'success':
            return formatRate(x);
        case 'cost_eur':
            return formatEur(x);
        case 'total_tokens':
            return formatTokens(x);
    }
}
/**
 * A signed difference in the metric's unit, for interval bounds: `−0.14`, `+52 ms`, `−3.1 pp`.
 * Two significant digits: an interval's bounds are not known more precisely than that.
 */
function formatMetricDelta(metric, x) {
    switch (metric) {
        case 'quality_score':
        case 'accuracy':
            return formatSignificant(x, 2, true);
        case 'latency_ms':
            return formatLatency(x, true, 2);
        case 'success':
            return formatPoints(x);
        case 'cost_eur':
            return formatEur(x, true, 2);
        case 'total_tokens':
            return formatTokens(x, true, 2);
    }
}
/** The change column: relative for most metrics, percentage points for the success rate. */
function formatChange(result) {
    return METRIC_SPECS[result.metric].threshold === 'points'
        ? formatPoints(result.absolute_change)
        : formatChangePercent(result.relative_change);
}
/** A threshold as the worst change tolerated: `−10 %`, `+30 %`, `−5 pp`. */
function formatThreshold(metric, threshold) {
    const spec = METRIC_SPECS[metric];
    const worse = spec.better === 'higher' ? -Math.abs(threshold) : Math.abs(threshold);
    return spec.threshold === 'points' ? formatPointsShort(worse) : formatPercentShort(worse);
}
/** Position in the worst-first order; `new_prompt` sorts after every metric status. */
function severity(status) {
    return STATUS_ORDER.indexOf(status);
}
/** The comparisons that fail the report's `fail-on` policy, worst first. */
function failingComparisons(report) {
    const failOn = report.settings.fail_on;
    return sortWorstFirst(report.comparisons.filter((c) => failsPolicy(c.status, failOn)));
}
/** Comparisons ordered worst first, keeping the report's order among equals. */
function sortWorstFirst(comparisons) {
    return comparisons
        .map((c, i) => ({ c, i }))
        .sort((a, b) => severity(a.c.status) - severity(b.c.status) || a.i - b.i)
        .map(({ c }) => c);
}
/** The metrics that gave a comparison its status, smallest adjusted p-value first. */
function decisiveMetrics(c) {
    return c.metrics
        .filter((m) => m.status === c.status)
        .sort((a, b) => (a.p_value_adjusted ?? 1) - (b.p_value_adjusted ?? 1));
}
/** How many primary tests the run's correction was applied over. */
function testCount(report) {
    return report.comparisons.reduce((n, c) => n + c.metrics.filter((m) => m.p_value !== null).length, 0);
}
/**
 * The interval column's heading: `90 % CI` when every interval is at 1 − 2α, `CI (adj.)` when
 * the correction set each end's level (see `ci_alpha`).
 */
function ciHeading(settings) {
    return settings.correction === 'none' ? `${formatLevel(settings.alpha)} CI` : 'CI (adj.)';
}
/** `1 thing` / `2 things` (not `toLocaleString`, whose first call costs 90 ms of ICU set-up). */
function plural(n, one, many = `${one}s`) {
    return `${numbers_formatCount(n)} ${n === 1 ? one : many}`;
}
/** Correction names as a sentence fragment. */
const CORRECTION_NAME = {
    holm: 'Holm',
    bh: 'Benjamini-Hochberg',
    none: 'no correction',
};

;// CONCATENATED MODULE: ./src/render/compare/content.ts
/**
 * The sentences of a comparison report, written once for every output format. A `Style`
 * supplies the escaping of store strings and the emphasis, so the words cannot drift apart
 * between the PR comment and the terminal.
 */



const MAX_EXAMPLES = 2;
const MAX_MODELS = 3;
/** `summarizer 1.2.0`: the prompt and the candidate version, escaped. */
function candidateName(c, style) {
    return `${style.esc(c.prompt, style.nameMax)} ${style.esc(c.candidate.version, style.nameMax)}`;
}
/**
 * Why a changed prompt was not tested: which side is short, with how many calls, and how many
 * are needed: `0 candidate calls; 30 per side needed`.
 */
function untestedReason(c, minSamples, style) {
    const needed = `${numbers_formatCount(minSamples)} per side needed`;
    const short = [];
    if (c.candidate.n < minSamples)
        short.push(plural(c.candidate.n, 'candidate call'));
    if (c.baseline !== null && c.baseline.n < minSamples)
        short.push(`${plural(c.baseline.n, 'call')} of baseline ${style.esc(c.baseline.version, style.nameMax)}`);
    if (short.length > 0)
        return `${short.join(' and ')}; ${needed}`;
    // Enough calls, but a metric logged on too few of them (say, quality only on some calls).
    const thin = c.metrics.filter((m) => m.status === 'insufficient_data');
    const first = thin[0];
    if (first === undefined)
        return 'no metric logged on both sides';
    const more = thin.length > 1 ? ` (and ${plural(thin.length - 1, 'more metric')})` : '';
    return `${metricName(first.metric)} logged on ${numbers_formatCount(first.candidate.n)} candidate and ${numbers_formatCount(first.baseline.n)} baseline calls${more}; ${needed}`;
}
/** `summarizer 1.2.0: quality −14.7 %, p < 1e-10`: what decided a comparison's status. */
function candidateExample(c, style, minSamples) {
    if (c.status === 'insufficient_data')
        return `${candidateName(c, style)}: ${untestedReason(c, minSamples, style)}`;
    const [first, ...rest] = decisiveMetrics(c);
    if (first === undefined)
        return candidateName(c, style);
    const more = rest.length > 0 ? `, and ${plural(rest.length, 'more metric')}` : '';
    const p = first.p_value_adjusted === null ? '' : `, ${formatPInline(first.p_value_adjusted)}`;
    return `${candidateName(c, style)}: ${metricName(first.metric)} ${formatChange(first)}${p}${more}`;
}
function examples(list, style, minSamples) {
    const shown = list.slice(0, MAX_EXAMPLES).map((c) => candidateExample(c, style, minSamples));
    if (list.length > MAX_EXAMPLES)
        shown.push(`${list.length - MAX_EXAMPLES} more`);
    return shown.join('; ');
}
/**
 * `3 changed prompts`, or `9 changed versions of 3 prompts` when some prompt has several
 * versions in the run.
 */
function changedCount(report) {
    const versions = report.comparisons.length;
    const prompts = new Set(report.comparisons.map((c) => c.prompt)).size;
    return versions === prompts
        ? plural(prompts, 'changed prompt')
        : `${plural(versions, 'changed version')} of ${plural(prompts, 'prompt')}`;
}
/**
 * Head versions that only relabel a base version's text, in one clause:
 * `summarizer 1.1.0 has the same prompt text as 1.0.0`; null when there are none.
 */
function sameTextClause(report, style) {
    const list = report.same_text;
    if (list.length === 0)
        return null;
    const name = (n) => `${style.esc(n.prompt, style.nameMax)} ${style.esc(n.version, style.nameMax)} has the same prompt text as ${style.esc(n.same_as, style.nameMax)}`;
    const shown = list.slice(0, MAX_EXAMPLES).map(name);
    if (list.length > MAX_EXAMPLES)
        shown.push(`${numbers_formatCount(list.length - MAX_EXAMPLES)} more`);
    return shown.join('; ');
}
/** The note on relabelled versions, said once near the verdict; null when there are none. */
function sameTextNote(report, style) {
    const clause = sameTextClause(report, style);
    if (clause === null)
        return null;
    const n = report.same_text.length;
    return `Not a prompt change, so not tested: ${clause} in the base store (${n === 1 ? 'a new version string' : 'new version strings'} for text that already ran).`;
}
/** The verdict in one line: headline, then counts and the worst examples. */
function verdictLine(report, style) {
    const all = report.comparisons;
    const of = (status) => all.filter((c) => c.status === status);
    const min = report.settings.min_samples;
    switch (report.verdict) {
        case 'regressed': {
            let failing = failingComparisons(report);
            // A verdict computed under another policy still names what is worst.
            if (failing.length === 0)
                failing = of('regressed');
            const how = failing.every((c) => c.status === 'regressed')
                ? 'got worse'
                : `failed the check (fail-on: ${report.settings.fail_on})`;
            const tail = failing.length > 0 ? ` (${examples(failing, style, min)})` : '';
            return {
                verdict: 'regressed',
                headline: 'Prompt regression',
                detail: `${numbers_formatCount(failing.length)} of ${changedCount(report)} ${how}${tail}`,
            };
        }
        case 'warning': {
            const parts = [];
            const untested = of('insufficient_data');
            const regressed = of('regressed');
            const degraded = of('degraded');
            // Inconclusive only because values were too large to test: more calls would not help.
            const untestable = (c) => c.metrics.some((m) => m.not_tested !== undefined) &&
                !c.metrics.some((m) => m.status === 'inconclusive' && m.not_tested === undefined);
            const inconclusive = of('inconclusive').filter((c) => !untestable(c));
            const tooLarge = of('inconclusive').filter(untestable);
            if (untested.length > 0)
                parts.push(`${numbers_formatCount(untested.length)} not tested, too few calls (${examples(untested, style, min)})`);
            if (tooLarge.length > 0)
                parts.push(`${numbers_formatCount(tooLarge.length)} not tested, values too large (${examples(tooLarge, style, min)})`);
            // Only under fail-on: never does a regression end in a warning.
            if (regressed.length > 0)
                parts.push(`${numbers_formatCount(regressed.length)} worse by at least the threshold, not failing the check (fail-on: ${report.settings.fail_on}) (${examples(regressed, style, min)})`);
            if (degraded.length > 0)
                parts.push(`${numbers_formatCount(degraded.length)} slightly worse, below the threshold (${examples(degraded, style, min)})`);
            if (inconclusive.length > 0)
                parts.push(`${numbers_formatCount(inconclusive.length)} inconclusive, more calls needed (${examples(inconclusive, style, min)})`);
            // Untested is never green: no headline claims "no regression" over a prompt not tested.
            const notTested = untested.length + tooLarge.length;
            const headline = notTested > 0
                ? notTested === 1
                    ? 'Changed prompt not tested'
                    : 'Changed prompts not tested'
                : regressed.length > 0
                    ? 'Prompt regression, not failing the check'
                    : 'No regression, with warnings';
            return {
                verdict: 'warning',
                headline,
                detail: `${changedCount(report)}: ${parts.join('; ') || 'see below'}`,
            };
        }
        case 'passed': {
            const notes = all.filter((c) => c.metrics.some((m) => m.underpowered)).length;
            const parts = [
                [of('improved').length, 'improved'],
                [of('unchanged').length, 'unchanged'],
                [of('new_prompt').length, 'new'],
                [notes, notes === 1 ? 'with a sample-size note' : 'with sample-size notes'],
            ];
            const breakdown = parts
                .filter(([n]) => n > 0)
                .map(([n, word]) => `${numbers_formatCount(n)} ${word}`)
                .join(', ');
            return {
                verdict: 'passed',
                headline: 'No regression',
                detail: `${changedCount(report)} checked${breakdown ? `: ${breakdown}` : ''}`,
            };
        }
        case 'no_changes': {
            const relabelled = sameTextClause(report, style);
            return {
                verdict: 'no_changes',
                headline: 'No prompt changes',
                detail: 'the head store has no prompt text that the base store lacks' +
                    (relabelled === null ? '' : `; ${relabelled}, not tested`),
            };
        }
    }
}
/** `gpt-4o, gpt-4o-mini and 2 more`: the first models, escaped; `an unknown model` for none. */
function modelNames(list, style) {
    if (list.length === 0)
        return 'an unknown model';
    const shown = list.slice(0, MAX_MODELS).map((m) => style.esc(m, 80));
    const more = list.length > MAX_MODELS ? ` and ${list.length - MAX_MODELS} more` : '';
    return shown.join(', ') + more;
}
const CHOSEN = {
    explicit: 'chosen explicitly',
    production_tag: 'tagged production',
    latest: 'latest earlier version',
};
/** Sample sizes, models and where the baseline came from, in one sentence. */
function candidateFacts(c, style) {
    const cand = `${plural(c.candidate.n, 'call')} on ${modelNames(c.candidate.models, style)}`;
    const b = c.baseline;
    if (b === null)
        return `${cand}.`;
    const base = `${plural(b.n, 'call')} of ${style.strong(style.esc(b.version, style.nameMax))} on ${modelNames(b.models, style)}`;
    const notes = [CHOSEN[b.chosen_by]];
    if (b.source === 'fresh')
        notes.push('re-run with this change');
    else if (b.age_days === null)
        notes.push('calls logged earlier');
    else
        notes.push(`calls logged earlier, the newest ${b.age_days < 0.5 ? 'less than a day' : formatDays(b.age_days)} before the candidate's`);
    return `${cand}, against ${base} (${notes.join('; ')}).`;
}
/**
 * ` vs 1.1.0`, or ` (new text) vs 1.0.0 (base)` when the candidate reuses the baseline's
 * version string, so that a heading never reads like a version compared with itself.
 */
function versusLabel(c, style) {
    if (c.baseline === null)
        return '';
    const base = style.esc(c.baseline.version, style.nameMax);
    return c.baseline.version === c.candidate.version
        ? ` (new text) vs ${base} (base)`
        : ` vs ${base}`;
}
/**
 * The analysis' notes on the comparison (cross-model, settings that differ, old baseline),
 * escaped, after the note on a reused version string. They are the analysis' to word; the
 * facts line shows the same fields in brief.
 */
function candidateWarnings(c, style) {
    const out = [];
    if (c.candidate.version_reused) {
        const v = style.esc(c.candidate.version, style.nameMax);
        out.push(`The version string ${v} was reused: the base store's ${v} of this prompt has other prompt text (a fresh store per CI job restarts at 1.0.0; overwrite=True rewrites a version in place). Compared by prompt text.`);
    }
    return [...out, ...c.warnings.map((w) => style.esc(w, 300))];
}
/** How the calls were paired by case and what was left out of the pairs; null when unpaired. */
function pairingHint(c, style) {
    const p = c.pairing;
    if (!p?.paired)
        return null;
    const key = style.esc(p.key, 60);
    const left = [];
    if (p.baseline_only_cases > 0)
        left.push(`${plural(p.baseline_only_cases, 'case')} only in the baseline`);
    if (p.candidate_only_cases > 0)
        left.push(`${plural(p.candidate_only_cases, 'case')} only in the candidate`);
    const without = p.baseline_calls_without_case + p.candidate_calls_without_case;
    if (without > 0)
        left.push(`${plural(without, 'call')} without a ${key} in their metadata`);
    return (`Paired by ${key}: ${plural(p.matched_cases, 'matched case')}, each case's calls averaged per side` +
        (left.length > 0 ? `; left out of the paired tests: ${left.join(', ')}.` : '.'));
}
/** What would settle an open question: calls needed per inconclusive or thin metric. */
function candidateHints(c, report, style) {
    const pairing = pairingHint(c, style);
    const out = pairing === null ? [] : [pairing];
    // Thin metrics usually share their counts; one line per pair of counts reads better.
    const thin = new Map();
    for (const m of c.metrics) {
        const label = metricHeading(m.metric);
        if (m.not_tested !== undefined) {
            // A published report's reason comes from the pull request's run: escaped like any string.
            out.push(`${label}: not tested: ${style.esc(m.not_tested, 300)}.`);
        }
        else if (m.underpowered) {
            const worst = formatThreshold(m.metric, m.threshold);
            // A paired metric's sizes count matched cases, not calls on each side.
            const n = Math.min(m.candidate.n, m.baseline.n);
            const have = m.paired ? plural(n, 'matched case') : `${plural(n, 'call')} per side`;
            const would = m.paired ? 'matched cases' : 'per side';
            out.push(m.samples_needed === null
                ? `${label}: no worse, but ${have} cannot rule out a ${worst} change (a sample-size note, not a warning).`
                : `${label}: no worse, but ${have} cannot rule out a ${worst} change; about ${numbers_formatCount(m.samples_needed)} ${would} would (a sample-size note, not a warning).`);
        }
        else if (m.status === 'inconclusive') {
            const unit = m.paired ? 'matched cases' : 'calls per side';
            out.push(m.samples_needed === null
                ? `${label}: inconclusive; more ${unit} would settle it.`
                : `${label}: inconclusive; about ${numbers_formatCount(m.samples_needed)} ${unit} would settle it.`);
        }
        else if (m.status === 'insufficient_data') {
            const key = `${numbers_formatCount(m.candidate.n)} candidate and ${numbers_formatCount(m.baseline.n)} baseline calls`;
            thin.set(key, [...(thin.get(key) ?? []), label]);
        }
    }
    const min = numbers_formatCount(report.settings.min_samples);
    for (const [counts, labels] of thin) {
        out.push(`${labels.join(', ')}: ${counts} with a value; at least ${min} per side are needed.`);
    }
    return out;
}
/** Said instead of a table when no metric has values on either side. */
function noMetricsLine(c, report, style) {
    return `Not tested: ${untestedReason(c, report.settings.min_samples, style)}.`;
}
/** The line under a new prompt's heading. */
function newPromptLine(c, style) {
    return `No earlier version to compare with; ${candidateFacts(c, style)}`;
}
/** The settings of the run in one line: thresholds, α, correction, minimum calls, policy. */
function thresholdsLine(report) {
    const s = report.settings;
    const thresholds = METRICS.map((m) => {
        const median = METRIC_SPECS[m].center === 'median' ? ' (median)' : '';
        return `${metricName(m)} ${formatThreshold(m, s.thresholds[m])}${median}`;
    }).join(', ');
    const tests = testCount(report);
    const correction = tests === 0
        ? 'no test run'
        : s.correction === 'none'
            ? 'no correction'
            : `${CORRECTION_NAME[s.correction]} over ${plural(tests, 'test')}`;
    return (`Thresholds: ${thresholds} · α = ${s.alpha} · ${correction} · ` +
        `at least ${numbers_formatCount(s.min_samples)} calls per side · fails on: ${s.fail_on}`);
}

;// CONCATENATED MODULE: ./src/format/escape.ts
/**
 * Escaping of untrusted store strings (prompt names, versions, model names, error messages)
 * for each place they are shown. Anyone who can write the store can choose these strings,
 * and the comment is posted with the repository's token, so they must never become markup,
 * mentions, links or hidden text.
 */
/** Longest a store string may be once shown; longer ones end in an ellipsis. */
const DEFAULT_MAX_CHARS = 200;
/** Zero-width space as an entity: visible in the source, invisible on the page. */
const escape_ZWSP = '&#8203;';
// Bidi embeddings/overrides/isolates and marks: they reorder the text around them, so a name
// could display as something it is not. They are replaced by a visible mark, not dropped.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// C0 and C1 controls and DEL (terminal escapes among them), and lone surrogates.
const escape_CONTROL = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Line breaks of every kind, and tabs: a table row or terminal line must stay one line.
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
// Invisible characters: zero-width spaces and joiners, word joiners and invisible operators,
// soft hyphen, BOM, Hangul fillers, interlinear annotations and Unicode tag characters (which
// can smuggle hidden text). Dropped, since they carry nothing a reader could see.
const INVISIBLE = /[\u00AD\u115F\u1160\u180E\u200B\u200C\u2060-\u2064\u3164\uFEFF\uFFA0\uFFF9-\uFFFB]|\u034F|\u200D|\uDB40[\uDC00-\uDC7F]/g;
/** Visible stand-in for a character that must not reach the page as it is. */
const REPLACEMENT = '\uFFFD';
/**
 * Makes a store string safe to show anywhere as one line of text: controls and bidi marks
 * become a visible U+FFFD, invisible characters are dropped, line breaks become spaces, and
 * the result is cut to `max` code points with an ellipsis.
 */
function sanitize(text, max = DEFAULT_MAX_CHARS) {
    const clean = String(text)
        .replace(BREAKS, ' ')
        .replace(escape_CONTROL, REPLACEMENT)
        .replace(BIDI, REPLACEMENT)
        .replace(INVISIBLE, '')
        .replace(/ {2,}/g, ' ')
        .trim();
    return cap(clean, max);
}
/** Cuts to `max` code points (never inside a surrogate pair), ending in `…` when cut. */
function cap(text, max) {
    const points = Array.from(text);
    if (points.length <= max)
        return text;
    return points.slice(0, Math.max(0, max - 1)).join('') + '…';
}
// One replacement per character, in a single pass so that no escape is escaped again.
const MD_CHARS = {
    // Backslash escapes: everything that opens emphasis, code, links, strikethrough or math.
    '\\': '\\\\',
    '`': '\\`',
    '*': '\\*',
    _: '\\_',
    '[': '\\[',
    ']': '\\]',
    '~': '\\~',
    $: '\\$',
    // Entities: no tag, comment, CDATA or autolink can open.
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    // An entity, not `\|`: GitHub splits table cells before inline parsing, and the entity
    // holds in every context.
    '|': '&#124;',
    // GitHub turns @user into a notifying mention and #123 into a cross-reference after
    // rendering, so a backslash does not help; an invisible character after the trigger does.
    '@': '@' + escape_ZWSP,
    '#': '#' + escape_ZWSP,
};
/**
 * Escapes a store string for Markdown inline text and table cells: the page shows the literal
 * text (sanitized and capped) with no HTML, comment, mention, issue reference, autolink,
 * emphasis, code, link, math or table break.
 */
function md(text, max = DEFAULT_MAX_CHARS) {
    return (sanitize(text, max)
        .replace(/[\\`*_[\]~$&<>"|@#]/g, (c) => MD_CHARS[c] ?? c)
        // Bare URLs and www. names become links after rendering too, and :name: an emoji.
        .replace(/:\/\//g, ':' + escape_ZWSP + '//')
        .replace(/:(?=[\w+-]+:)/g, ':' + escape_ZWSP)
        .replace(/(www)\./gi, '$1' + escape_ZWSP + '.')
        // GH-123 is a cross-reference too, in any case; the `#` form is handled above.
        .replace(/(gh)-(?=\d)/gi, '$1' + escape_ZWSP + '-')
        // Block markers matter only at the start of a line; a caller might put the text there.
        .replace(/^([-+=])/, '\\$1')
        .replace(/^(\d+)([.)]) /, '$1\\$2 '));
}
/**
 * A Markdown inline code span showing the store string literally, fenced with a backtick run
 * longer than any inside it. Not for table cells (a `|` would split the cell).
 */
function code(text, max = DEFAULT_MAX_CHARS) {
    const body = sanitize(text, max);
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    // A space on both sides keeps a leading or trailing backtick from joining the fence;
    // CommonMark strips exactly one space on each side again.
    const pad = body.startsWith('`') || body.endsWith('`') || body === '' ? ' ' : '';
    return fence + pad + body + pad + fence;
}
/** A store string for the terminal: sanitized (no escape sequences, no bidi) and capped. */
function plain(text, max = DEFAULT_MAX_CHARS) {
    return sanitize(text, max);
}
/**
 * A string for a quoted Mermaid label: only letters, digits, spaces and a few safe marks
 * survive, so quotes, brackets, `%%` comments, `#` entities and HTML cannot appear.
 */
function mermaidText(text, max = 40) {
    return (cap(sanitize(text, 1000)
        .replace(/[^\p{L}\p{N} .,_+=()-]/gu, ' ')
        .replace(/ {2,}/g, ' ')
        .trim(), max) || '?');
}

;// CONCATENATED MODULE: ./src/wording/health.ts
/**
 * The health report's units and trend words, shared by the renderers and by the analysis'
 * alert messages so that a span or an amount reads the same in both.
 */



/** A window or history length: `24 hours`, `28 days`, `30 minutes`. */
function formatDuration(ms) {
    const whole = (unit) => ms % unit === 0;
    const count = (n, unit) => `${numbers_formatCount(n)} ${unit}${n === 1 ? '' : 's'}`;
    if (whole(DAY_MS) && ms >= 2 * DAY_MS)
        return count(ms / DAY_MS, 'day');
    if (whole(HOUR_MS))
        return count(ms / HOUR_MS, 'hour');
    if (whole(60_000))
        return count(ms / 60_000, 'minute');
    return count(ms / 1000, 'second');
}
/** An amount of money (a day's cost, a budget): `€0.40`, `€1,234.50`; cents below one cent. */
function formatMoney(eur) {
    if (eur === null || !Number.isFinite(eur))
        return MISSING;
    return Math.abs(eur) >= 0.01 || eur === 0 ? `€${formatFixed(eur, 2)}` : formatEur(eur);
}
/** What each trend's daily value is. */
const TREND_LABEL = {
    quality_score: 'Daily mean quality',
    latency_ms: 'Daily median latency',
    success: 'Daily success rate',
    cost_eur: 'Daily cost per call',
};
/** A change relative to the metric's center, or in rate points for the success rate. */
function formatTrendChange(metric, change) {
    return METRIC_SPECS[metric].threshold === 'points'
        ? formatPoints(change)
        : formatChangePercent(change);
}

;// CONCATENATED MODULE: ./src/render/health/content.ts



/** Emoji per prompt status (an alerting prompt's icon depends on its worst alert). */
const PROMPT_ICON = {
    critical: '❌',
    alert: '⚠️',
    silent: '🔇',
    insufficient_data: '⏳',
    healthy: '✅',
};
/** Words per prompt status (likewise). */
const PROMPT_WORD = {
    critical: 'critical',
    alert: 'alert',
    silent: 'silent',
    insufficient_data: 'too few calls',
    healthy: 'healthy',
};
/** A prompt's status as its line shows it: `critical` when any of its alerts is. */
function shownStatus(p) {
    return p.alerts.some((a) => a.severity === 'critical') ? 'critical' : p.status;
}
/** The icon of one prompt's line. */
function promptIcon(p) {
    return PROMPT_ICON[shownStatus(p)];
}
/** The word of one prompt's line: `critical`, `alert`, `silent`, `too few calls`, `healthy`. */
function promptWord(p) {
    return PROMPT_WORD[shownStatus(p)];
}
/** Words per trend status. */
const TREND_WORD = {
    worsening: 'worsening',
    slight: 'slight drift',
    improving: 'improving',
    stable: 'stable',
    insufficient_data: 'too few days',
};
/** How the live version was chosen, as a reader says it. */
const CHOSEN_WORD = {
    production_tag: 'tagged production',
    latest_in_window: 'newest with calls in the window',
    latest_in_history: 'newest with calls in the history',
};
/** Emoji per alert severity. */
const SEVERITY_ICON = {
    critical: '❌',
    warning: '⚠️',
};
const BUDGET_WORD = {
    day: 'daily budget',
    today: 'daily budget (today so far)',
    month: 'monthly budget',
    projection: 'monthly budget (projected)',
};
/** What one alert is about, in a few words: `quality −14.7 % (regressed)`. */
function alertPhrase(a, spans) {
    const metric = a.metric;
    switch (a.kind) {
        case 'regression':
        case 'degradation':
            return metric === null
                ? a.kind
                : `${metricName(metric)} ${formatTrendChange(metric, a.change)} (${a.kind === 'regression' ? 'regressed' : 'degraded, within the threshold'})`;
        case 'trend':
            return metric === null
                ? 'trend'
                : `${metricName(metric)} trend ${formatTrendChange(metric, a.change)}`;
        case 'silent':
            return `no calls in ${formatDuration(spans.windowMs)}`;
        case 'budget':
            return `${a.budget ? BUDGET_WORD[a.budget] : 'budget'}: ${formatMoney(a.amount)} of ${formatMoney(a.limit)}`;
    }
}
/** What is wrong with one prompt, in one line (no store strings). */
function promptProblems(p, report) {
    if (p.alerts.length > 0)
        return p.alerts.map((a) => alertPhrase(a, { windowMs: report.settings.window_ms })).join('; ');
    const min = report.settings.min_samples;
    const calls = `${numbers_formatCount(p.window.n)} calls in the window, ${numbers_formatCount(p.history.n)} in the history; ${numbers_formatCount(min)} needed`;
    if (p.status === 'insufficient_data') {
        // Name the short side first: "250 in the window, 0 in the history" hides which one it is.
        const short = [
            p.window.n < min ? `${plural(p.window.n, 'call')} in the window` : null,
            p.history.n < min ? `${plural(p.history.n, 'call')} in the history` : null,
        ].filter((x) => x !== null);
        const enough = [
            p.window.n >= min ? `${numbers_formatCount(p.window.n)} in the window` : null,
            p.history.n >= min ? `${numbers_formatCount(p.history.n)} in the history` : null,
        ].filter((x) => x !== null);
        return short.length === 0
            ? `too few calls with a value to test (${calls} per side)`
            : `too few calls to test: only ${short.join(' and ')} (${numbers_formatCount(min)} needed per side${enough.length > 0 ? `; ${enough.join(', ')}` : ''})`;
    }
    // Trends alone made it healthy: say that the last window could not be judged on its own.
    if (p.metrics.every((m) => m.p_value === null))
        return `healthy trends; window not tested (${calls})`;
    return 'healthy';
}
/** The verdict in one line: what is wrong where, and the spans compared. */
function healthVerdictLine(report, style) {
    const c = report.counts;
    const spans = `last ${formatDuration(report.settings.window_ms)} against the previous ${formatDuration(report.settings.history_ms)}`;
    const prompts = plural(c.prompts, 'live prompt');
    const named = report.prompts
        .filter((p) => p.status === 'alert' || p.status === 'silent')
        .slice(0, 3)
        .map((p) => style.esc(p.prompt, Math.min(60, style.nameMax)));
    const more = c.alert + c.silent > named.length
        ? `, and ${numbers_formatCount(c.alert + c.silent - named.length)} more`
        : '';
    const where = named.length > 0 ? ` (${named.join(', ')}${more})` : '';
    const budget = report.cost.alerts.length > 0 ? `; ${plural(report.cost.alerts.length, 'budget alert')}` : '';
    const severities = `${numbers_formatCount(c.critical)} critical, ${numbers_formatCount(c.warnings)} ${c.warnings === 1 ? 'warning' : 'warnings'}`;
    switch (report.verdict) {
        case 'regressed':
            return {
                verdict: 'regressed',
                headline: 'Prompt health check failed',
                detail: `${plural(c.alert + c.silent, 'prompt')} of ${prompts} with alerts${where}${budget}; ${severities} (fail-on: ${report.settings.fail_on}; ${spans})`,
            };
        case 'warning':
            if (c.prompts === 0 && c.alerts === 0)
                return {
                    verdict: 'warning',
                    headline: 'Prompt health: nothing checked',
                    detail: `no prompt has calls in the ${spans}; see the warnings`,
                };
            return {
                verdict: 'warning',
                headline: `Prompt health: ${plural(c.alerts, 'alert')}`,
                detail: `${severities}; ${numbers_formatCount(c.alert + c.silent)} of ${prompts} need a look${where}${budget} (${spans})`,
            };
        case 'passed':
        case 'no_changes': {
            const thin = c.insufficient_data > 0
                ? `, ${numbers_formatCount(c.insufficient_data)} with too few calls to test`
                : '';
            return {
                verdict: report.verdict,
                headline: 'Prompt health: no alerts',
                detail: `${prompts} checked, ${numbers_formatCount(c.healthy)} healthy${thin} (${spans})`,
            };
        }
    }
}

;// CONCATENATED MODULE: ./src/render/health/method.ts
/**
 * "How to read this" for the health report, stated with the run's own settings so that a
 * reader can check an alert without opening the code.
 */




/** Primary tests of the window against the history, over the run. */
function windowTestCount(report) {
    return report.prompts.reduce((n, p) => n + p.metrics.filter((m) => m.p_value !== null).length, 0);
}
/** Trend tests of the run. */
function trendTestCount(report) {
    return report.prompts.reduce((n, p) => n + p.trends.filter((t) => t.p_value !== null).length, 0);
}
/** The method explained with this run's settings. */
function healthMethodItems(report) {
    const s = report.settings;
    const window = formatDuration(s.window_ms);
    const history = formatDuration(s.history_ms);
    const correction = (n) => s.correction === 'none'
        ? `no correction over the ${plural(n, 'test')}`
        : `${CORRECTION_NAME[s.correction]} correction over ${plural(n, 'test')}`;
    const windowTests = windowTestCount(report);
    const trendTests = trendTestCount(report);
    const windowCorrection = windowTests === 0
        ? `at α = ${s.alpha} (no window was tested this run: too few calls)`
        : `${correction(windowTests)} of this run at α = ${s.alpha}`;
    const trendCorrection = trendTests === 0
        ? 'no trend was tested this run (too few days)'
        : `${correction(trendTests)} (the trend tests are a family of their own)`;
    const thresholds = METRICS.map((m) => `${metricName(m)} ${formatThreshold(m, s.thresholds[m])}`);
    const budgets = [
        s.daily_budget === null ? null : `daily ${formatMoney(s.daily_budget)}`,
        s.monthly_budget === null ? null : `monthly ${formatMoney(s.monthly_budget)}`,
    ].filter((b) => b !== null);
    return [
        {
            term: 'Live version',
            text: 'Per prompt, the version tagged production (unless it has no call at all in the window or history), else the newest version with calls in the window, else the newest with calls in the history.',
        },
        {
            term: 'Window against history',
            text: `The live version's calls of the last ${window} (window) against its own calls of the ${history} before (history; at most its newest ${numbers_formatCount(s.baseline_max_samples)} calls, on the window's models when it has calls on them), ` +
                `with the pull-request check's one-sided tests (Welch's t, Mann-Whitney U for latency, Fisher's exact for the success rate), ` +
                `${windowCorrection}, at least ${numbers_formatCount(s.min_samples)} calls per side, and these thresholds: ${thresholds.join(', ')}. ` +
                `When the history holds at least 5 blocks of ${window} (in phase with the window, so with its time-of-day mix), the test is the day-level t instead: the window's mean (of logs for latency) against the spread of the blocks' means (random-effects prediction of a new block); blocks that had already regressed against the blocks before them are left out, so a lasting step keeps alerting. ` +
                'Regressed is a critical alert; degraded (significant but within the threshold) is a note; inconclusive and too few calls are shown but do not alert.',
        },
        {
            term: 'Trends',
            text: `Mann-Kendall test on the daily mean quality, median latency, success rate and cost per call over the last ${s.trend_days} complete UTC days (days without calls left out; at least ${s.min_trend_days} days), ` +
                `one-sided toward worse, ${trendCorrection}. ` +
                `Sen's slope is per day, on the real day offsets. A trend alert needs p (adj.) < α and a slope that, kept up for ${s.trend_horizon_days} days, moves the metric by at least half its threshold, relative to the series' median (success rate: half its points), so that a tiny but steady drift does not page anyone.`,
        },
        {
            term: 'Silence',
            text: `A live version with calls in the history but none in the last ${window} is reported as silent (a warning).`,
        },
        {
            term: 'Tracking issue',
            text: `A critical alert opens the tracking issue at once; a warning opens it only when it also held a run earlier (the trend on the series a day earlier, silence in the ${window} before, the budget projection a day earlier). An open issue stays open while any alert remains, and closes on the first run without one.`,
        },
        {
            term: 'Cost',
            text: 'Costs of every prompt and version, per UTC day; the current day and month end at the report time. ' +
                'The projection is month to date divided by the share of the calendar month elapsed (linear, none during its first day). ' +
                `Budgets: ${budgets.length > 0 ? budgets.join(', ') : 'none set'}. A day over the daily budget (the last complete day, and today so far) or a month to date over the monthly budget is critical; a projection over it is a warning.`,
        },
        {
            term: 'Verdict',
            text: s.fail_on === 'never'
                ? 'This run never fails; alerts are reported (and tracked in an issue by the action).'
                : `The run fails when a live version's window is ${s.fail_on} or worse against its history, as in the pull-request check; trend, silence and budget alerts only warn.`,
        },
    ];
}

;// CONCATENATED MODULE: ./src/render/health/mermaid.ts
/**
 * A tiny Mermaid `xychart-beta` per worsening trend: the daily values of the tested span and
 * Sen's trend line. Every label is ours (metric labels, dates); nothing the store wrote reaches
 * the chart.
 */



/** Unit shown on the y axis, and the factor that brings values into it (no exponents). */
const AXIS = {
    quality_score: { title: 'Quality', scale: 1 },
    latency_ms: { title: 'Latency p50 ms', scale: 1 },
    success: { title: 'Success rate percent', scale: 100 },
    cost_eur: { title: 'EUR per 1000 calls', scale: 1000 },
};
// Four significant digits in plain decimals: Mermaid's parser does not read `1e-7`.
function num(x) {
    if (x === 0 || !Number.isFinite(x))
        return '0';
    const decimals = Math.min(10, Math.max(0, 3 - Math.floor(Math.log10(Math.abs(x)))));
    return String(Number(x.toFixed(decimals)));
}
/** More days than this and the x axis is numbered instead of dated (labels would overlap). */
const MAX_DATED_DAYS = 16;
const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** `Dec 3` from `2026-12-03`. */
function shortDate(day) {
    const month = MONTH[Number(day.slice(5, 7)) - 1] ?? day.slice(5, 7);
    return `${month} ${Number(day.slice(8, 10))}`;
}
/**
 * The x axis: short dates (`Dec 3`) while they fit; over MAX_DATED_DAYS days a numeric axis of
 * days since the first, which Mermaid labels sparsely by itself (a dated label per day overlaps
 * into an unreadable band at 28 days).
 */
function xAxis(days) {
    if (days.length <= MAX_DATED_DAYS)
        return `x-axis [${days.map((d) => `"${mermaidText(shortDate(d), 10)}"`).join(', ')}]`;
    const first = days[0] ?? '';
    const last = dayNumber(days.at(-1) ?? first) - dayNumber(first);
    return `x-axis "${mermaidText(`Days since ${shortDate(first)}`, 30)}" 0 --> ${last}`;
}
/** The chart of one trend as a fenced Mermaid block, or null without a slope or data. */
function trendChart(p, t) {
    if (t.slope_per_day === null || t.intercept === null)
        return null;
    // The tested span only: the line is fitted there, and older days would crowd the axis.
    const from = t.first_day === null ? -Infinity : dayNumber(t.first_day);
    const points = p.daily.filter((d) => {
        const day = dayNumber(d.day);
        return (d[t.metric] !== null &&
            Number.isFinite(d[t.metric]) &&
            day >= from &&
            day <= from + t.span_days);
    });
    if (points.length < 2)
        return null;
    const { title, scale } = AXIS[t.metric];
    const first = t.first_day === null ? dayNumber(points[0]?.day ?? '') : from;
    const values = points.map((d) => d[t.metric] * scale);
    const fit = points.map((d) => t.intercept * scale +
        t.slope_per_day * scale * (dayNumber(d.day) - first));
    let lo = Math.min(...values, ...fit);
    let hi = Math.max(...values, ...fit);
    const pad = hi > lo ? (hi - lo) * 0.1 : Math.abs(hi) * 0.1 || 1;
    lo -= pad;
    hi += pad;
    // Rates and scores cannot go below zero; an axis that does would only mislead.
    if (lo < 0 && Math.min(...values) >= 0)
        lo = 0;
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${mermaidText(`${TREND_LABEL[t.metric]} and its trend line`, 60)}"`,
        `  ${xAxis(points.map((d) => d.day))}`,
        `  y-axis "${mermaidText(title, 30)}" ${num(lo)} --> ${num(hi)}`,
        `  line [${values.map(num).join(', ')}]`,
        `  line [${fit.map(num).join(', ')}]`,
        '```',
    ].join('\n');
}
/** Charts of a prompt's worsening trends (at most `max`). */
function trendCharts(p, max = 2) {
    return p.trends
        .filter((t) => t.status === 'worsening')
        .slice(0, max)
        .map((t) => trendChart(p, t))
        .filter((c) => c !== null);
}

;// CONCATENATED MODULE: ./src/render/compare/method-paired.ts
/** The pairing paragraph, when the run was asked to pair calls by case; none otherwise. */
function pairingItems(report) {
    const key = report.settings.pair_by;
    if (key === undefined)
        return [];
    return [
        {
            term: 'Pairing',
            text: `Calls were matched by the case named in their metadata (${key}); each case\u2019s calls were averaged per side. ` +
                'Where at least the minimum number of cases had a value on both sides, the test ran on the per-case differences: ' +
                'paired t-test for quality, accuracy, cost and tokens (interval of the mean difference), Wilcoxon signed-rank for latency ' +
                '(Hodges-Lehmann interval of the differences), McNemar\u2019s exact test for the success rate. ' +
                'Cases on one side only and calls without a case id were left out of those tests; other metrics were tested unpaired, as a note says. ' +
                'For paired metrics, the sides\u2019 n count matched cases and the calls needed for an inconclusive metric are cases.',
        },
    ];
}

;// CONCATENATED MODULE: ./src/render/compare/method.ts
/**
 * "How to read this": the method behind the numbers, stated with the run's own settings so
 * that a reader can check a verdict without opening the code.
 */






const STATUS_MEANING = {
    regressed: 'significantly worse, by at least the threshold',
    degraded: 'significantly worse, but by less than the threshold',
    inconclusive: 'not significant, but the interval does not rule out a material regression; more calls would settle it',
    insufficient_data: 'fewer calls with a value than the minimum on either side; not tested, so the run warns',
    unchanged: 'not significant, and the interval rules out a material regression, or (with a sample-size note) the estimate is no worse and these sample sizes cannot resolve the threshold',
    improved: 'significantly better',
    new_prompt: 'no earlier version of the prompt to compare with',
};
/** One legend entry per status: icon (or empty), word and meaning. */
function statusLegend() {
    return STATUS_ORDER.map((s) => ({
        icon: STATUS_ICON[s],
        word: STATUS_WORD[s],
        meaning: STATUS_MEANING[s],
    }));
}
function failingWords(failOn) {
    const words = failingStatuses(failOn).map((s) => s === 'insufficient_data' ? 'untested (too few calls)' : s);
    return words.length === 1
        ? words.join('')
        : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}
/** What the interval column is, for the run's correction. */
function intervalText(s) {
    const what = 'of candidate minus baseline, in the metric\u2019s unit: difference of means, Hodges-Lehmann shift for latency, Newcombe interval for the difference of success rates.';
    const ends = 'The end on the better side is the one-sided bound that must pass zero for the test of \u201cworse\u201d to reject, at the level that test was in effect run at after the correction; the end on the worse side likewise for the test of \u201cbetter\u201d.';
    const agrees = 'So an interval lies wholly on the worse side of zero exactly when the metric is significantly worse after the correction (exactly for Welch\u2019s t-test, closely for the other two), and unchanged means that even its worse end is within the threshold.';
    switch (s.correction) {
        case 'none':
            return `${formatLevel(s.alpha)} two-sided confidence interval (1 − 2α) ${what} It matches the one-sided test at level α.`;
        case 'holm':
            return (`Confidence interval ${what} ${ends} Under Holm that level is α/(m − j + 1) for a test rejected at its step j, α/(m − k) for the others, k being the tests rejected among the m of that direction. ${agrees} ` +
                'These are decision-consistent intervals, not simultaneous ones: they agree with the verdicts rather than cover every effect at once.');
        case 'bh':
            return `Confidence interval ${what} ${ends} Under Benjamini-Hochberg that level is kα/m, k being the tests significant among the m of that direction (the false-coverage-rate intervals of Benjamini and Yekutieli, 2005). ${agrees}`;
    }
}
/** The method explained with this run's settings. */
function methodItems(report) {
    const s = report.settings;
    const n = testCount(report);
    const correction = n === 0
        ? 'No test was run this time, so there was nothing to correct.'
        : s.correction === 'none'
            ? `No correction for multiple testing was applied to the ${plural(n, 'test')} of this run, so p (adj.) equals p and false alarms add up over metrics.`
            : `${CORRECTION_NAME[s.correction]} correction over all ${plural(n, 'test')} of this run, so that testing many metrics and prompts at once does not multiply false alarms; p (adj.) is the corrected p-value, compared with α = ${s.alpha}.`;
    const thresholds = METRICS.map((m) => `${metricName(m)} ${formatThreshold(m, s.thresholds[m])}`);
    return [
        {
            term: 'Question',
            text: 'Is each new prompt version (candidate) worse than its baseline version, on the calls logged for both?',
        },
        {
            term: 'Tests',
            text: 'One-sided, in the direction that would be worse: Welch\u2019s t-test on the mean for quality, accuracy, cost and tokens; ' +
                'Mann-Whitney U on latency (medians, robust to slow outliers); Fisher\u2019s exact test on the success rate. ' +
                'p is the chance of a worsening at least this large if the prompt change made no difference, so a metric that got better shows a p near 1.',
        },
        ...pairingItems(report),
        { term: 'Correction', text: correction },
        { term: 'Interval', text: intervalText(s) },
        {
            term: 'Materiality',
            text: `A worsening counts as a regression only from these changes on: ${thresholds.join(', ')} (relative to the baseline; success rate in percentage points).`,
        },
        {
            term: 'Sample size',
            text: `A metric needs at least ${numbers_formatCount(s.min_samples)} calls with a value on each side to be tested; a changed prompt with fewer is not tested, and the run warns (it is never a pass). ` +
                'For an inconclusive metric, the calls per side that would detect a material change with 80 % power are given. ' +
                'A sample-size note, not a warning, marks a metric that is not significant and whose estimate is no worse than the baseline\u2019s, but whose interval still reaches the threshold: these sample sizes cannot resolve the threshold (a success rate of 100 % on 40 calls a side cannot rule out −5 pp). When the estimate leans worse, even a little, the metric is inconclusive instead.',
        },
        {
            term: 'Verdict',
            text: s.fail_on === 'never'
                ? 'This run never fails the check; statuses are reported only.'
                : `The check fails when a candidate is ${failingWords(s.fail_on)}. A candidate\u2019s status is that of its worst metric. A changed prompt that is degraded, inconclusive or not tested makes the run a warning when it does not fail it.`,
        },
    ];
}

;// CONCATENATED MODULE: ./src/render/compare/mermaid.ts
/**
 * A tiny Mermaid `xychart-beta` per worsened candidate: each metric's center as a percentage
 * of the baseline's, with the baseline drawn as a line at 100. GitHub renders it in comments
 * and job summaries; every label comes from our metric labels, never from the store.
 */


function bars(c) {
    return c.metrics.flatMap((m) => m.relative_change === null || !Number.isFinite(m.relative_change)
        ? []
        : [{ label: METRIC_SPECS[m.metric].label, percent: 100 * (1 + m.relative_change) }]);
}
/** Whether a candidate gets a chart: it worsened and has at least one relative change. */
function wantsChart(c) {
    return (c.baseline !== null &&
        (c.status === 'regressed' || c.status === 'degraded') &&
        bars(c).length > 0);
}
/** The chart as a fenced Mermaid block (no trailing newline), or null when there is none. */
function mermaidChart(c) {
    if (!wantsChart(c))
        return null;
    const data = bars(c);
    const top = Math.max(100, ...data.map((b) => b.percent));
    // Headroom above the tallest bar, rounded to a multiple of 20 so the axis ticks stay round.
    const yMax = Math.ceil((top * 1.1) / 20) * 20;
    const labels = data.map((b) => `"${mermaidText(b.label, 20)}"`).join(', ');
    const values = data.map((b) => b.percent.toFixed(1)).join(', ');
    const baseline = data.map(() => '100').join(', ');
    return [
        '```mermaid',
        'xychart-beta',
        '  title "Candidate as percent of baseline (line = baseline, 100)"',
        `  x-axis [${labels}]`,
        `  y-axis "Percent of baseline" 0 --> ${yMax}`,
        `  bar [${values}]`,
        `  line [${baseline}]`,
        '```',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/render/compare/provenance.ts
/**
 * Words for a report that the pull request's own run produced and a trusted workflow only
 * published (the two-workflow setup for forks): it must never read like the trusted check.
 */
/** Opens the check run's title. */
const UNVERIFIED_TITLE = "Reported by the pull request's run (not verified)";
/** The quoted note that opens the comment, the check run's summary and the job summary. */
const UNVERIFIED_NOTE = "> 🔓 **Reported by the pull request's run (not verified).** The numbers below come from the " +
    "pull request's own workflow run, which anyone who can push to the pull request can change. " +
    'This publisher checked that they agree with each other and applied its fail-on policy; it did ' +
    'not measure them. Re-run the evaluation in a trusted workflow before relying on them.';

;// CONCATENATED MODULE: ./src/render/compare/markdown.ts
/**
 * The comparison report as GitHub Markdown: the sticky PR comment, the check-run summary and
 * the job summary. Three levels of detail let `fitMarkdown` shrink it under GitHub's limits.
 */







/** Statuses that get a section of their own at each detail (null: every one). */
const SECTION_STATUSES = {
    full: null,
    compact: ['regressed', 'degraded', 'inconclusive'],
    minimal: ['regressed', 'degraded'],
};
/** How many candidate sections the rendering at `detail` has. */
function markdown_sectionCount(report, detail) {
    const statuses = SECTION_STATUSES[detail];
    return statuses === null
        ? report.comparisons.length
        : report.comparisons.filter((c) => statuses.includes(c.status)).length;
}
/** Icon per verdict for the first line. */
const VERDICT_ICON = {
    regressed: '❌',
    warning: '⚠️',
    passed: '✅',
    no_changes: '➖',
};
/** Name caps per detail: shorter names leave room for more candidates. */
const NAME_MAX = { full: 200, compact: 100, minimal: 60 };
/** At most this many names in a one-line list of candidates. */
const LIST_MAX = 50;
/** The Markdown style at a level of detail: escaped, bold, names capped shorter with less detail. */
function styleFor(detail) {
    return { esc: md, strong: (t) => `**${t}**`, nameMax: NAME_MAX[detail] };
}
/**
 * The report's opening: the verdict line, then the run's first warnings quoted, then notes
 * (already escaped Markdown) that are not warnings.
 */
function verdictBlock(v, warnings, notes = []) {
    const quoted = warnings.slice(0, 10).map((w) => `> ⚠️ ${md(w, 300)}`);
    return [
        `${VERDICT_ICON[v.verdict]} **${v.headline}**: ${v.detail}.`,
        '',
        ...(quoted.length > 0 ? [quoted.join('\n>\n'), ''] : []),
        ...notes.flatMap((n) => [`ℹ️ ${n}`, '']),
    ];
}
/** The verdict block of a comparison: a relabelled text is a note, unless the verdict says it. */
function compareVerdictBlock(report, style) {
    const note = report.verdict === 'no_changes' ? null : sameTextNote(report, style);
    return verdictBlock(verdictLine(report, style), report.warnings, note === null ? [] : [note]);
}
function capitalized(word) {
    return word.charAt(0).toUpperCase() + word.slice(1);
}
function heading(c, style) {
    const base = versusLabel(c, style);
    const status = capitalized(STATUS_WORD[c.status]);
    // Across models, a difference may be the model's, not the prompt's: say so where it is seen.
    const across = c.cross_model ? ' (across models)' : '';
    return `### ${STATUS_ICON[c.status]} ${status}: ${candidateName(c, style)}${base}${across}`;
}
function cell(m, which, side) {
    const stats = m[which];
    const value = formatMetricValue(m.metric, centerOf(m.metric, stats));
    // Calls with no value for this metric are common (no quality score on failed calls).
    return side.calls === null || stats.n === side.calls
        ? value
        : `${value} <sub>n=${numbers_formatCount(stats.n)}</sub>`;
}
/**
 * A Markdown table of metrics, the baseline side against the candidate side; a side's count of
 * values is shown where it falls short of the side's calls.
 */
function metricTable(rows, settings, baseline, candidate) {
    const lines = [
        `| Metric | ${baseline.label} | ${candidate.label} | Change | ${ciHeading(settings)} | p (adj.) | Status |`,
        '| :-- | --: | --: | --: | :-: | --: | :-- |',
    ];
    for (const m of rows) {
        const ci = formatInterval(m.ci, (x) => formatMetricDelta(m.metric, x));
        lines.push(`| ${metricHeading(m.metric)} | ${cell(m, 'baseline', baseline)} | ${cell(m, 'candidate', candidate)} | ` +
            `${formatChange(m)} | ${ci} | ${formatPValue(m.p_value_adjusted)} | ` +
            `${STATUS_ICON[m.status]} ${STATUS_WORD[m.status]} |`);
    }
    return lines;
}
function table(c, rows, report) {
    return metricTable(rows, report.settings, { label: 'Baseline', calls: c.baseline?.n ?? null }, { label: 'Candidate', calls: c.candidate.n });
}
function section(c, report, opts) {
    const style = styleFor(opts.detail);
    const out = [heading(c, style), ''];
    if (c.baseline === null)
        return [...out, newPromptLine(c, style), ''];
    if (opts.detail === 'minimal') {
        const worse = c.metrics.filter((m) => m.status === 'regressed' || m.status === 'degraded');
        return [...out, ...table(c, worse, report), ''];
    }
    if (opts.detail === 'full')
        out.push(candidateFacts(c, style), '');
    if (c.metrics.length === 0)
        out.push(noMetricsLine(c, report, style), '');
    else
        out.push(...table(c, c.metrics, report), '');
    const notes = [
        ...candidateWarnings(c, style).map((w) => `- ⚠️ ${w}`),
        ...candidateHints(c, report, style).map((h) => `- ${h}`),
    ];
    if (notes.length > 0)
        out.push(...notes, '');
    const chart = opts.charts && opts.detail === 'full' ? mermaidChart(c) : null;
    if (chart !== null)
        out.push(chart, '');
    return out;
}
/** `name version (status)` items, cut to LIST_MAX with a count of the rest. */
function nameList(list, style, withStatus) {
    const names = list.slice(0, LIST_MAX).map((c) => {
        const status = withStatus ? ` (${STATUS_WORD[c.status]})` : '';
        return `${candidateName(c, style)}${status}`;
    });
    if (list.length > LIST_MAX)
        names.push(`and ${numbers_formatCount(list.length - LIST_MAX)} more`);
    return names.join(', ');
}
/** Compact: the candidates without a table, one line per kind. */
function collapsedLines(rest, report) {
    const style = styleFor('compact');
    const thin = rest.filter((c) => c.status === 'insufficient_data');
    const fine = rest.filter((c) => c.status === 'unchanged' || c.status === 'improved');
    const fresh = rest.filter((c) => c.status === 'new_prompt');
    const out = [];
    const min = numbers_formatCount(report.settings.min_samples);
    if (thin.length > 0)
        out.push(`${STATUS_ICON.insufficient_data} **Too few calls** (at least ${min} per side): ${nameList(thin, style, false)}`);
    if (fine.length > 0)
        out.push(`${STATUS_ICON.unchanged} **No regression**: ${nameList(fine, style, true)}`);
    if (fresh.length > 0)
        out.push(`${STATUS_ICON.new_prompt} **New prompts**: ${nameList(fresh, style, false)}`);
    return out.flatMap((line) => [line, '']);
}
/** Minimal: how many candidates were left out, by status. */
function leftOutLine(rest) {
    if (rest.length === 0)
        return [];
    const counts = new Map();
    for (const c of rest)
        counts.set(STATUS_WORD[c.status], (counts.get(STATUS_WORD[c.status]) ?? 0) + 1);
    const parts = [...counts].map(([word, n]) => `${numbers_formatCount(n)} ${word}`);
    return [`Not shown: ${parts.join(', ')}.`, ''];
}
function details(report) {
    const legend = statusLegend().map((s) => `  - ${s.icon} **${s.word}**: ${s.meaning}.`);
    return [
        '<details>',
        '<summary>How to read this</summary>',
        '',
        ...methodItems(report).map((item) => `- **${item.term}.** ${item.text}`),
        '- **Statuses.**',
        ...legend,
        '',
        '</details>',
        '',
    ];
}
function footer(report) {
    const parts = ['prompt-versioner-action', formatTimestamp(report.generated_at)];
    const ctx = report.context;
    if (ctx?.head_sha !== undefined)
        parts.push(`head ${code(ctx.head_sha.slice(0, 7), 7)}`);
    if (ctx?.run_number !== undefined)
        parts.push(`run ${numbers_formatCount(ctx.run_number)}`);
    return `<sub>${parts.join(' · ')}</sub>`;
}
/** The comparison report as Markdown, ending in one newline. */
function markdown_renderCompareMarkdown(report, options) {
    const style = styleFor(options.detail);
    const out = [];
    if (options.marker !== undefined)
        out.push(options.marker);
    if (options.unverified)
        out.push(UNVERIFIED_NOTE, '');
    out.push(...compareVerdictBlock(report, style));
    const sorted = sortWorstFirst(report.comparisons);
    const shownStatuses = SECTION_STATUSES[options.detail];
    const shown = sorted.filter((c) => shownStatuses === null || shownStatuses.includes(c.status));
    const shownSet = new Set(shown);
    const rest = sorted.filter((c) => !shownSet.has(c));
    for (const c of shown.slice(0, options.maxSections ?? shown.length))
        out.push(...section(c, report, options));
    if (options.detail === 'compact')
        out.push(...collapsedLines(rest, report));
    if (options.detail === 'minimal')
        out.push(...leftOutLine(rest));
    if (report.comparisons.length > 0)
        out.push(`<sub>${thresholdsLine(report)}</sub>`, '');
    if (options.detail === 'full' && report.comparisons.length > 0)
        out.push(...details(report));
    out.push(footer(report));
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/render/health/tables.ts
/** The Markdown tables of a prompt's section in the health report. */





/** The window-against-history table of some of a prompt's metrics (none: no lines). */
function windowTable(p, rows, report) {
    if (rows.length === 0)
        return [];
    return [
        ...metricTable(rows, report.settings, { label: 'History', calls: p.history.n }, { label: 'Window', calls: p.window.n }),
        '',
    ];
}
const TREND_ICON = {
    worsening: '⚠️',
    slight: '〰️',
    improving: '✨',
    stable: '✅',
    insufficient_data: '⏳',
};
/** The trend table of some of a prompt's daily series (none: no lines). */
function trendTable(rows) {
    if (rows.length === 0)
        return [];
    const lines = [
        '| Daily series | Days | Slope per day | Change over the series | p (adj.) | Trend |',
        '| :-- | --: | --: | --: | --: | :-- |',
    ];
    for (const t of rows) {
        const slope = t.slope_per_day === null ? MISSING : formatMetricDelta(t.metric, t.slope_per_day);
        const change = t.relative_change === null
            ? MISSING
            : `${formatTrendChange(t.metric, t.relative_change)} over ${numbers_formatCount(t.span_days)} days`;
        lines.push(`| ${TREND_LABEL[t.metric]} | ${numbers_formatCount(t.days)} | ${slope} | ${change} | ${formatPValue(t.p_value_adjusted)} | ${TREND_ICON[t.status]} ${TREND_WORD[t.status]} |`);
    }
    return [...lines, ''];
}

;// CONCATENATED MODULE: ./src/render/compare/limits.ts
/**
 * GitHub refuses a comment or check-run summary over its size limit, and the report then
 * never reaches the pull request. So the report drops detail first, and only as a last resort
 * is cut, at a line where no table, `<details>` or code fence is left open, with a visible note.
 */


/** Where a trimmed report tells the reader to look by default. */
const DEFAULT_FULL_REPORT_HINT = 'the full report is in the job summary and in the JSON report (report-path)';
const LEVELS = (/* unused pure expression or super */ null && (['full', 'compact', 'minimal']));
/**
 * The most detailed of `render`'s renderings that fits in `limit` characters (UTF-16 code
 * units, which never undercount GitHub's characters); the minimal one trimmed when none fits.
 */
function limits_fitDetail(render, limit, hint = DEFAULT_FULL_REPORT_HINT) {
    let text = '';
    for (const detail of LEVELS) {
        text = render(detail);
        if (text.length <= limit)
            return text;
    }
    return trimMarkdown(text, limit, hint);
}
// Fewer characters than any candidate section takes (a heading and a line at least), so that
// more sections than limit / this can never fit.
const MIN_SECTION_CHARS = 80;
/**
 * The comparison report as Markdown within `limit` characters (see `fitDetail`). The work is
 * bounded by the limit, not by the report: a detail with more sections than could ever fit is
 * not rendered at all, and at most as many sections as could fit are rendered (99,999 new
 * versions took 7.6 s to render whole, only to be trimmed to a few hundred).
 */
function fitMarkdown(report, limit, opts) {
    const most = Math.ceil(limit / MIN_SECTION_CHARS) + 1;
    const render = (detail) => renderCompareMarkdown(report, {
        charts: opts.charts,
        marker: opts.marker,
        detail,
        maxSections: most,
        unverified: opts.unverified,
    });
    for (const detail of LEVELS) {
        if (detail !== 'minimal' && sectionCount(report, detail) > most)
            continue;
        const text = render(detail);
        if (text.length <= limit)
            return text;
    }
    const unrendered = Math.max(0, sectionCount(report, 'minimal') - most);
    return trimMarkdown(render('minimal'), limit, opts.fullReportHint ?? DEFAULT_FULL_REPORT_HINT, unrendered); // prettier-ignore
}
function step(balance, line) {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
        if (balance.fence === null)
            balance.fence = fence;
        // A fence closes only with a run of the same character at least as long.
        else if (fence[0] === balance.fence[0] && fence.length >= balance.fence.length)
            balance.fence = null;
        return;
    }
    if (balance.fence !== null)
        return;
    balance.details += (line.match(/<details>/g) ?? []).length;
    balance.details -= (line.match(/<\/details>/g) ?? []).length;
}
/** Candidate sections start with a level-3 heading. */
function sections(lines) {
    return lines.filter((l) => l.startsWith('### ')).length;
}
/**
 * Cuts Markdown to at most `limit` characters at a line boundary outside any code fence or
 * `<details>`, preferring the end of a block (a blank line) so that no table is left
 * half-shown, and appends a note saying how much was over and where the rest is; `unrendered`
 * candidates that were never rendered are counted among those not shown.
 */
function trimMarkdown(text, limit, hint, unrendered = 0) {
    if (text.length <= limit)
        return text;
    const lines = text.split('\n');
    const over = formatCount(text.length - limit);
    const note = (hidden) => {
        const more = hidden > 0 ? `${formatCount(hidden)} more candidates not shown, ` : '';
        // A blank line first, so the note can never be read as one more row of a cut table.
        return `\n\n**… report trimmed**: ${more}${over} characters over GitHub's limit of ${formatCount(limit)}; ${hint}.\n`;
    };
    // Reserve room for the longest note: fewer hidden sections never make it longer.
    const budget = limit - note(sections(lines) + unrendered).length;
    const balance = { fence: null, details: 0 };
    let used = 0;
    let cutLine = 0;
    let cutBlock = 0;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        used += line.length + (i > 0 ? 1 : 0);
        if (used > budget)
            break;
        step(balance, line);
        if (balance.fence !== null || balance.details !== 0)
            continue;
        cutLine = i + 1;
        if (line === '')
            cutBlock = i + 1;
    }
    const cut = cutBlock > 0 ? cutBlock : cutLine;
    const kept = lines.slice(0, cut).join('\n').trimEnd();
    return (kept + note(sections(lines.slice(cut)) + unrendered)).slice(0, limit);
}

;// CONCATENATED MODULE: ./src/render/health/markdown.ts
/**
 * The health report as GitHub Markdown: the job summary and the tracking issue's body. Three
 * levels of detail let `fitHealthMarkdown` shrink it under GitHub's limits before trimming.
 */











/** At most this many prompts in the overview table; the rest are counted. */
const OVERVIEW_MAX = 200;
function overview(report, style) {
    if (report.prompts.length === 0)
        return [];
    const rows = report.prompts.slice(0, OVERVIEW_MAX).map((p) => {
        const tag = p.live.chosen_by === 'production_tag' ? ' (production)' : '';
        return `| ${promptIcon(p)} | ${style.esc(p.prompt, style.nameMax)} | ${style.esc(p.live.version, style.nameMax)}${tag} | ${promptProblems(p, report)} |`;
    });
    const rest = report.prompts.length - rows.length;
    return [
        '| | Prompt | Live version | What is wrong |',
        '| :-: | :-- | :-- | :-- |',
        ...rows,
        ...(rest > 0 ? ['', `And ${numbers_formatCount(rest)} more prompts, not listed.`] : []),
        '',
    ];
}
function models(list, style) {
    return list.length === 0 ? '' : ` on ${modelNames(list, style)}`;
}
function facts(p, style) {
    const version = style.strong(style.esc(p.live.version, style.nameMax));
    return (`Live version ${version} (${CHOSEN_WORD[p.live.chosen_by]}): ` +
        `${numbers_formatCount(p.window.n)} calls in the window${models(p.window.models, style)}, ` +
        `${numbers_formatCount(p.history.n)} in the history${models(p.history.models, style)}; ` +
        `cost per call ${formatEur(p.cost.per_call_window)} (history ${formatEur(p.cost.per_call_history)}).`);
}
function markdown_section(p, report, opts) {
    const style = styleFor(opts.detail);
    const out = [
        `### ${promptIcon(p)} ${style.esc(p.prompt, style.nameMax)} ${style.esc(p.live.version, style.nameMax)}`,
        '',
        facts(p, style),
        '',
        ...p.alerts.map((a) => `- ${SEVERITY_ICON[a.severity]} ${md(a.message, 600)}`),
        '',
    ];
    const full = opts.detail === 'full';
    const alerted = new Set(p.alerts.map((a) => a.metric));
    out.push(...windowTable(p, full ? p.metrics : p.metrics.filter((m) => alerted.has(m.metric)), report));
    const trends = full ? p.trends : p.trends.filter((t) => t.status === 'worsening');
    if (trends.length > 0)
        out.push('**Trends** (daily series over the history and the window)', '', ...trendTable(trends));
    if (full && opts.charts)
        for (const chart of trendCharts(p))
            out.push(chart, '');
    if (full && p.notes.length > 0)
        out.push(...p.notes.map((n) => `- ℹ️ ${md(n, 600)}`), '');
    return out;
}
function costSection(report) {
    const c = report.cost;
    const budget = c.daily_budget;
    const rows = c.days.map((d) => {
        const day = d.complete ? d.day : `${d.day} (so far)`;
        const flag = budget === null ? '' : d.cost > budget ? `❌ over ${formatMoney(budget)}` : '✅';
        return `| ${day} | ${numbers_formatCount(d.calls)} | ${formatMoney(d.cost)} | ${flag} |`;
    });
    const monthBudget = c.monthly_budget === null ? '' : ` of the ${formatMoney(c.monthly_budget)} monthly budget`;
    const projection = c.projection === null
        ? 'no projection during the month\u2019s first day'
        : `projected ${formatMoney(c.projection)} for the month at this rate (${formatRate(c.month_elapsed)} of it elapsed)`;
    return [
        '### 💶 Cost (all prompts)',
        '',
        `| Day (UTC) | Calls | Cost | ${budget === null ? 'Daily budget: none' : `Daily budget ${formatMoney(budget)}`} |`,
        '| :-- | --: | --: | :-- |',
        ...rows,
        '',
        `Month to date (${c.month}): **${formatMoney(c.month_to_date)}**${monthBudget}; ${projection}.`,
        '',
        ...c.alerts.map((a) => `- ${SEVERITY_ICON[a.severity]} ${md(a.message, 600)}`),
        ...(c.alerts.length > 0 ? [''] : []),
    ];
}
function markdown_details(report) {
    return [
        '<details>',
        '<summary>How to read this</summary>',
        '',
        ...healthMethodItems(report).map((item) => `- **${item.term}.** ${item.text}`),
        '',
        '</details>',
        '',
    ];
}
function markdown_footer(report) {
    const parts = ['prompt-versioner-action', formatTimestamp(report.generated_at)];
    const ctx = report.context;
    if (ctx?.head_sha !== undefined)
        parts.push(`commit ${code(ctx.head_sha.slice(0, 7), 7)}`);
    if (ctx?.run_number !== undefined)
        parts.push(`run ${numbers_formatCount(ctx.run_number)}`);
    return `<sub>${parts.join(' · ')}</sub>`;
}
/** The health report as Markdown, ending in one newline. */
function renderHealthMarkdown(report, options) {
    const style = styleFor(options.detail);
    const out = [];
    if (options.marker !== undefined)
        out.push(options.marker);
    out.push(...verdictBlock(healthVerdictLine(report, style), report.warnings));
    out.push(...overview(report, style));
    const inactive = report.counts.inactive > 0
        ? ` · ${plural(report.counts.inactive, 'prompt')} without calls in either, not listed`
        : '';
    out.push(`<sub>Window ${formatTimestamp(report.window.since)} → ${formatTimestamp(report.window.until)} (${formatDuration(report.settings.window_ms)}) · ` +
        `history from ${formatTimestamp(report.history.since)} (${formatDuration(report.settings.history_ms)})${inactive}</sub>`, '');
    if (options.detail !== 'minimal')
        for (const p of report.prompts.filter((x) => x.alerts.length > 0))
            out.push(...markdown_section(p, report, options));
    out.push(...costSection(report));
    if (options.detail === 'full')
        out.push(...markdown_details(report));
    out.push(markdown_footer(report));
    return out.join('\n') + '\n';
}
/** The health report as Markdown within `limit` characters (see `fitDetail`). */
function fitHealthMarkdown(report, limit, opts) {
    return fitDetail((detail) => renderHealthMarkdown(report, { charts: opts.charts, marker: opts.marker, detail }), limit, opts.fullReportHint);
}

;// CONCATENATED MODULE: ./src/render/columns.ts
/** Plain-text layout for terminal reports: display widths, aligned columns, word wrap. */
// East Asian wide and emoji ranges take two terminal cells; combining marks take none.
const WIDE = [
    [0x1100, 0x115f],
    [0x2e80, 0xa4cf],
    [0xac00, 0xd7a3],
    [0xf900, 0xfaff],
    [0xfe30, 0xfe4f],
    [0xff00, 0xff60],
    [0xffe0, 0xffe6],
    [0x1f300, 0x1faff],
    [0x20000, 0x3fffd],
];
/** Terminal cells a string takes (an approximation good for names and numbers). */
function displayWidth(text) {
    let width = 0;
    // Our own colour codes take no cells (store strings cannot carry escapes: see escape.ts).
    // eslint-disable-next-line no-control-regex -- ESC starts the colour codes we strip
    for (const ch of text.replace(/\u001b\[[0-9;]*m/g, '')) {
        const cp = ch.codePointAt(0) ?? 0;
        if (/\p{M}/u.test(ch))
            continue;
        width += WIDE.some(([lo, hi]) => cp >= lo && cp <= hi) ? 2 : 1;
    }
    return width;
}
/** Rows as lines with columns padded to a common width, two spaces apart, no trailing blanks. */
function alignColumns(rows, align) {
    const widths = [];
    for (const row of rows)
        row.forEach((cell, i) => {
            widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
        });
    return rows.map((row) => row
        .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - displayWidth(cell));
        return align[i] === 'right' ? pad + cell : cell + pad;
    })
        .join('  ')
        .trimEnd());
}
// A number stays with its unit and a p with its value: `p < 1e-10`, `−14.7 %`, `412 ms`.
const GLUE_NEXT = new Set(['p', '<', '=', '>', 'α']);
const GLUE_PREVIOUS = new Set(['%', 'pp', 'ms', 's', 'min', '%,', 'pp,', 'ms,', '%)', '%).', '%;']);
function glue(words) {
    const out = [];
    let joinNext = false;
    for (const word of words) {
        const last = out.length - 1;
        if (last >= 0 && (joinNext || GLUE_PREVIOUS.has(word)))
            out[last] += ` ${word}`;
        else
            out.push(word);
        joinNext = GLUE_NEXT.has(word);
    }
    return out;
}
/**
 * Wraps prose at spaces to `width` cells; the first line starts with `indent`, the others with
 * `hanging` (the same as `indent` unless given). A word longer than a line stays whole.
 */
function wrap(text, width, indent = '', hanging = indent) {
    const lines = [];
    let line = indent;
    let empty = true;
    for (const word of glue(text.split(' ').filter((w) => w !== ''))) {
        if (word === '')
            continue;
        if (!empty && displayWidth(line) + 1 + displayWidth(word) > width) {
            lines.push(line);
            line = hanging;
            empty = true;
        }
        line += (empty ? '' : ' ') + word;
        empty = false;
    }
    lines.push(line);
    return lines;
}

;// CONCATENATED MODULE: ./src/render/compare/text.ts
/**
 * The comparison report for a terminal (`--format text`): the same content as the Markdown
 * report, in aligned columns with no markup. Colour only when asked, since CI logs and pipes
 * would show the escape codes as garbage.
 */






const RESET = '\u001b[0m';
const CODES = {
    red: '\u001b[31m',
    yellow: '\u001b[33m',
    green: '\u001b[32m',
    dim: '\u001b[2m',
    bold: '\u001b[1m',
};
const STATUS_COLOUR = {
    regressed: 'red',
    degraded: 'yellow',
    inconclusive: 'yellow',
    insufficient_data: 'dim',
    unchanged: 'green',
    improved: 'green',
    new_prompt: 'dim',
};
const VERDICT = {
    regressed: { mark: '✗', colour: 'red' },
    warning: { mark: '!', colour: 'yellow' },
    passed: { mark: '✓', colour: 'green' },
    no_changes: { mark: '–', colour: 'dim' },
};
/** The terminal style: store strings made plain, no emphasis. */
const TEXT_STYLE = { esc: plain, strong: (t) => t, nameMax: 200 };
function painter(enabled) {
    return (colour, text) => (enabled ? CODES[colour] + text + RESET : text);
}
/** The report's opening: the verdict line (coloured by `paint`), then the run's warnings. */
function verdictLines(v, warnings, width, paint = painter(false)) {
    const { mark, colour } = VERDICT[v.verdict];
    const out = [
        ...wrap(`${paint(colour, `${mark} ${v.headline}`)}: ${v.detail}.`, width, '', '  '),
        '',
    ];
    for (const w of warnings)
        out.push(...wrap(`! ${plain(w, 300)}`, width, '', '  '));
    if (warnings.length > 0)
        out.push('');
    return out;
}
function text_cell(m, side, c) {
    const stats = m[side];
    const value = formatMetricValue(m.metric, centerOf(m.metric, stats));
    const total = side === 'baseline' ? (c.baseline?.n ?? stats.n) : c.candidate.n;
    return stats.n === total ? value : `${value} (n=${numbers_formatCount(stats.n)})`;
}
/**
 * A metric table in aligned columns, indented by two spaces: the header, then one line per
 * metric, with the sides under `labels` and their cells from `cell`.
 */
function metricColumns(rows, settings, labels, cell) {
    const header = ['Metric', ...labels, 'Change', ciHeading(settings), 'p (adj.)', 'Status'];
    const lines = rows.map((m) => [
        metricHeading(m.metric),
        cell(m, 'baseline'),
        cell(m, 'candidate'),
        formatChange(m),
        formatInterval(m.ci, (x) => formatMetricDelta(m.metric, x)),
        formatPValue(m.p_value_adjusted),
        STATUS_WORD[m.status],
    ]);
    return alignColumns([header, ...lines], ['left', 'right', 'right', 'right', 'left', 'right', 'left']).map((l) => `  ${l}`);
}
function text_table(c, report, paint) {
    const lines = metricColumns(c.metrics, report.settings, ['Baseline', 'Candidate'], (m, side) => text_cell(m, side, c));
    // Colour is added after alignment: escape codes have no width on screen.
    return lines.map((line, i) => {
        const status = c.metrics[i - 1]?.status;
        if (status === undefined)
            return line;
        const word = STATUS_WORD[status];
        return `${line.slice(0, line.length - word.length)}${paint(STATUS_COLOUR[status], word)}`;
    });
}
function text_section(c, report, opts) {
    const paint = painter(opts.color);
    const base = versusLabel(c, TEXT_STYLE);
    const across = c.cross_model ? ' (across models)' : '';
    const title = `${paint(STATUS_COLOUR[c.status], STATUS_WORD[c.status].toUpperCase())}  ${candidateName(c, TEXT_STYLE)}${base}${across}`;
    const out = [title];
    if (c.baseline === null)
        return [...out, ...wrap(newPromptLine(c, TEXT_STYLE), opts.width, '  '), ''];
    out.push(...wrap(candidateFacts(c, TEXT_STYLE), opts.width, '  '), '');
    if (c.metrics.length === 0)
        out.push(...wrap(noMetricsLine(c, report, TEXT_STYLE), opts.width, '  '));
    else
        out.push(...text_table(c, report, paint));
    const notes = [
        ...candidateWarnings(c, TEXT_STYLE).map((w) => `! ${w}`),
        ...candidateHints(c, report, TEXT_STYLE).map((h) => `- ${h}`),
    ];
    if (notes.length > 0)
        out.push('', ...notes.flatMap((n) => wrap(n, opts.width, '  ', '    ')));
    return [...out, ''];
}
/** The comparison report as plain text for a terminal, ending in one newline. */
function renderCompareText(report, options = {}) {
    const opts = {
        color: options.color ?? false,
        width: options.width ?? 100,
    };
    const paint = painter(opts.color);
    const out = verdictLines(verdictLine(report, TEXT_STYLE), report.warnings, opts.width, paint);
    const note = report.verdict === 'no_changes' ? null : sameTextNote(report, TEXT_STYLE);
    if (note !== null)
        out.push(...wrap(`Note: ${note}`, opts.width, '', '  '), '');
    for (const c of sortWorstFirst(report.comparisons))
        out.push(...text_section(c, report, opts));
    if (report.comparisons.length > 0) {
        out.push(...wrap(thresholdsLine(report), opts.width), '', paint('bold', 'How to read this'));
        for (const item of methodItems(report))
            out.push(...wrap(`${item.term}: ${item.text}`, opts.width, '  ', '    '));
        out.push('  Statuses:');
        for (const s of statusLegend())
            out.push(...wrap(`${s.word}: ${s.meaning}.`, opts.width, '    ', '      '));
        out.push('');
    }
    out.push(paint('dim', `prompt-versioner-action · ${formatTimestamp(report.generated_at)}`));
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/render/health/text.ts
/**
 * The health report for a terminal (`pv-check health --format text`): the same content as the
 * Markdown report in aligned columns, no markup; store strings through plain().
 */








/** An alert under its prompt or the cost, wrapped: `✗` when critical, `!` for a warning. */
function alertLines(a, width) {
    return wrap(`${a.severity === 'critical' ? '✗' : '!'} ${plain(a.message, 600)}`, width, '  ', '    ');
}
function metricRows(p, report) {
    if (p.metrics.length === 0)
        return [];
    return metricColumns(p.metrics, report.settings, ['History', 'Window'], (m, side) => formatMetricValue(m.metric, centerOf(m.metric, m[side])));
}
function trendRows(p) {
    if (p.trends.length === 0)
        return [];
    const header = ['Daily series', 'Days', 'Slope/day', 'Change', 'p (adj.)', 'Trend'];
    const rows = p.trends.map((t) => [
        TREND_LABEL[t.metric],
        numbers_formatCount(t.days),
        t.slope_per_day === null ? MISSING : formatMetricDelta(t.metric, t.slope_per_day),
        t.relative_change === null
            ? MISSING
            : `${formatTrendChange(t.metric, t.relative_change)} / ${t.span_days} d`,
        formatPValue(t.p_value_adjusted),
        TREND_WORD[t.status],
    ]);
    return alignColumns([header, ...rows], ['left', 'right', 'right', 'right', 'right', 'left']).map((l) => `  ${l}`);
}
function health_text_section(p, report, width) {
    const out = [`${promptWord(p).toUpperCase()}  ${plain(p.prompt)} ${plain(p.live.version)}`];
    out.push(...wrap(`Live version (${CHOSEN_WORD[p.live.chosen_by]}): ${numbers_formatCount(p.window.n)} calls in the window, ` +
        `${numbers_formatCount(p.history.n)} in the history; cost per call ${formatEur(p.cost.per_call_window)} ` +
        `(history ${formatEur(p.cost.per_call_history)}).`, width, '  '));
    out.push(...p.alerts.flatMap((a) => alertLines(a, width)));
    const metrics = metricRows(p, report);
    if (metrics.length > 0)
        out.push('', ...metrics);
    const trends = trendRows(p);
    if (trends.length > 0)
        out.push('', ...trends);
    if (p.notes.length > 0)
        out.push('');
    for (const n of p.notes)
        out.push(...wrap(`- ${plain(n, 600)}`, width, '  ', '    '));
    return [...out, ''];
}
function cost(report, width) {
    const c = report.cost;
    const budget = c.daily_budget;
    const rows = c.days.map((d) => [
        d.complete ? d.day : `${d.day} (so far)`,
        numbers_formatCount(d.calls),
        formatMoney(d.cost),
        budget === null ? '' : d.cost > budget ? `over ${formatMoney(budget)}` : 'ok',
    ]);
    const table = alignColumns([['Day (UTC)', 'Calls', 'Cost', budget === null ? '' : 'Daily budget'], ...rows], ['left', 'right', 'right', 'left']).map((l) => `  ${l}`);
    const monthBudget = c.monthly_budget === null ? '' : ` of the ${formatMoney(c.monthly_budget)} monthly budget`;
    const projection = c.projection === null
        ? 'no projection during the month\u2019s first day'
        : `projected ${formatMoney(c.projection)} for the month (${formatRate(c.month_elapsed)} elapsed)`;
    return [
        'COST (all prompts)',
        ...table,
        ...wrap(`Month to date (${c.month}): ${formatMoney(c.month_to_date)}${monthBudget}; ${projection}.`, width, '  '),
        ...c.alerts.flatMap((a) => alertLines(a, width)),
        '',
    ];
}
/** The health report as plain text for a terminal, ending in one newline. */
function renderHealthText(report, options = {}) {
    const width = options.width ?? 100;
    const out = verdictLines(healthVerdictLine(report, TEXT_STYLE), report.warnings, width);
    const lines = report.prompts.map((p) => [
        promptWord(p),
        plain(p.prompt, 60),
        plain(p.live.version, 60),
        promptProblems(p, report),
    ]);
    if (lines.length > 0)
        out.push(...alignColumns(lines, ['left', 'left', 'left', 'left']), '');
    out.push(...wrap(`Window ${formatTimestamp(report.window.since)} to ${formatTimestamp(report.window.until)} (${formatDuration(report.settings.window_ms)}); ` +
        `history from ${formatTimestamp(report.history.since)} (${formatDuration(report.settings.history_ms)})` +
        (report.counts.inactive > 0
            ? `; ${plural(report.counts.inactive, 'prompt')} without calls in either, not listed.`
            : '.'), width), '');
    for (const p of report.prompts.filter((x) => x.alerts.length > 0))
        out.push(...health_text_section(p, report, width));
    out.push(...cost(report, width), 'How to read this');
    for (const item of healthMethodItems(report))
        out.push(...wrap(`${item.term}: ${item.text}`, width, '  ', '    '));
    out.push('', `prompt-versioner-action · ${formatTimestamp(report.generated_at)}`);
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/json.ts
/** The report as pretty-printed JSON with a final newline (`--format json`, `report-path`). */
function renderJson(report) {
    return JSON.stringify(report, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/render/summary/render.ts
/**
 * The store overview of `pv-check summary`: one row per prompt version, grouped by prompt,
 * newest version first, in Markdown or aligned plain text.
 */




const HEADER = [
    'Version',
    'Calls',
    'Success',
    'Quality mean / median',
    'Latency p50 / p95',
    'Cost (mean)',
    'Tokens (mean)',
    'First call',
    'Last call',
];
const ALIGN = [
    'left',
    'right',
    'right',
    'right',
    'right',
    'right',
    'right',
    'left',
    'left',
];
function time(ms) {
    return Number.isNaN(ms) ? -Infinity : ms;
}
/** Versions grouped by prompt (prompts by name), newest version first within a prompt. */
function groupVersions(versions) {
    const groups = new Map();
    for (const v of versions)
        groups.set(v.prompt, [...(groups.get(v.prompt) ?? []), v]);
    const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    return [...groups.keys()]
        .sort(byName)
        .map((prompt) => [
        prompt,
        (groups.get(prompt) ?? [])
            .slice()
            .sort((a, b) => time(Date.parse(b.timestamp)) - time(Date.parse(a.timestamp)) ||
            byName(a.version, b.version)),
    ]);
}
function pair(a, b) {
    return a === MISSING && b === MISSING ? MISSING : `${a} / ${b}`;
}
function score(x) {
    return x !== null && Math.abs(x) <= 1 ? formatFixed(x, 3) : formatFixed(x, 2);
}
function numbers(v) {
    return [
        numbers_formatCount(v.calls),
        formatRate(v.success_rate),
        pair(score(v.quality_mean), score(v.quality_median)),
        pair(formatLatency(v.latency_p50), formatLatency(v.latency_p95)),
        formatEur(v.cost_mean),
        formatTokens(v.tokens_mean),
        v.first_call === null ? MISSING : formatTimestamp(v.first_call),
        v.last_call === null ? MISSING : formatTimestamp(v.last_call),
    ];
}
function markdown(report) {
    const out = [
        `## Prompt versions in ${code(report.store, 120)}`,
        '',
        `${plural(report.prompts, 'prompt')}, ${plural(report.versions.length, 'version')} · ${formatTimestamp(report.generated_at)}`,
        '',
    ];
    for (const [prompt, versions] of groupVersions(report.versions)) {
        out.push(`### ${md(prompt)}`, '', `| ${HEADER.join(' | ')} |`);
        out.push(`| ${ALIGN.map((a) => (a === 'right' ? '--:' : ':--')).join(' | ')} |`);
        for (const v of versions) {
            const tags = v.tags.length > 0 ? ` <sub>${v.tags.map((t) => md(t, 40)).join(', ')}</sub>` : '';
            out.push(`| ${md(v.version)}${tags} | ${numbers(v).join(' | ')} |`);
        }
        out.push('');
    }
    if (report.versions.length === 0)
        out.push('The store has no prompt versions.', '');
    return out.join('\n');
}
function render_text(report) {
    const out = [
        `Prompt versions in ${plain(report.store, 120)}`,
        `${plural(report.prompts, 'prompt')}, ${plural(report.versions.length, 'version')} · ${formatTimestamp(report.generated_at)}`,
        '',
    ];
    for (const [prompt, versions] of groupVersions(report.versions)) {
        out.push(plain(prompt));
        const rows = versions.map((v) => {
            const tags = v.tags.length > 0 ? ` [${v.tags.map((t) => plain(t, 40)).join(', ')}]` : '';
            return [plain(v.version, 60) + tags, ...numbers(v)];
        });
        out.push(...alignColumns([HEADER, ...rows], ALIGN).map((l) => `  ${l}`), '');
    }
    if (report.versions.length === 0)
        out.push('The store has no prompt versions.', '');
    return out.join('\n');
}
/** The store overview in the given format, ending in one newline. */
function renderSummary(report, format) {
    return (format === 'markdown' ? markdown(report) : render_text(report)).replace(/\n*$/, '\n');
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/analysis/select.ts


/** A request that names something the store does not have. */
class SelectionError extends UserError {
    name = 'SelectionError';
}
/**
 * Whether two versions of one prompt hold the same prompt text: compared whole when both rows
 * carry it (a 64-bit hash could be made to collide), else by hash. When either store cannot
 * tell (it has no text columns), the version string is all there is to go by.
 */
function sameContent(a, b) {
    if (a.promptText !== undefined && b.promptText !== undefined) {
        if (a.promptText === null || b.promptText === null)
            return a.version === b.version;
        // Keys first: different keys mean different texts, without reading them through.
        return a.promptKey === b.promptKey && a.promptText === b.promptText;
    }
    if (a.promptHash === null || b.promptHash === null)
        return a.version === b.version;
    return a.promptHash === b.promptHash;
}
/**
 * Sorts the head store's versions by content against the base store's. A version is a change
 * when the base has no version of the same prompt with the same text, whatever its version
 * string: fresh stores per CI job all start at 1.0.0, and `overwrite=True` rewrites a version
 * in place. Versions the base has with the same text and version string are the same version.
 */
function contentChanges(head, base) {
    const byName = new Map();
    for (const v of base?.versions() ?? [])
        byName.set(v.name, [...(byName.get(v.name) ?? []), v]);
    const changed = [];
    const sameText = [];
    for (const v of head.versions()) {
        const earlier = byName.get(v.name) ?? [];
        const same = earlier.filter((b) => sameContent(b, v));
        if (same.some((b) => b.version === v.version))
            continue;
        const first = same[0];
        if (first)
            sameText.push({ version: v, sameAs: first });
        else
            changed.push({ version: v, versionReused: earlier.some((b) => b.version === v.version) });
    }
    return { changed, sameText };
}
/**
 * The live version a candidate is measured against, from `pool` (versions of the same prompt,
 * newest first), leaving out any with the candidate's own text: the one tagged `production`,
 * else the newest with at least `minSamples` calls, else the newest with any call, else the
 * newest (without calls: the candidate is then a change that could not be tested).
 */
function chooseBaseline(candidate, pool, minSamples) {
    const same = pool.filter((v) => v.name === candidate.name && !sameContent(v, candidate));
    const tagged = same.find((v) => v.tags.includes('production'));
    if (tagged)
        return { version: tagged, chosenBy: 'production_tag' };
    const latest = same.find((v) => v.calls >= minSamples) ?? same.find((v) => v.calls > 0) ?? same[0];
    return latest ? { version: latest, chosenBy: 'latest' } : null;
}
function findVersion(store, prompt, version, role) {
    const versions = store.versions().filter((v) => v.name === prompt);
    if (versions.length === 0) {
        const names = [...new Set(store.versions().map((v) => v.name))].slice(0, 10);
        throw new SelectionError(`Prompt ${JSON.stringify(prompt)} is not in ${store.label}; it has: ${names.map((n) => JSON.stringify(n)).join(', ') || 'no prompts'}.`);
    }
    const found = versions.find((v) => v.version === version);
    if (!found) {
        const list = versions.slice(0, 10).map((v) => JSON.stringify(v.version));
        throw new SelectionError(`The ${role} version ${JSON.stringify(version)} of ${JSON.stringify(prompt)} is not in ${store.label}; newest versions: ${list.join(', ')}.`);
    }
    return found;
}
/**
 * The pairs to compare. Explicit: the named candidate from `head`, its baseline from `base`
 * (named, or chosen among versions older than the candidate). Otherwise every head version whose
 * text the base lacks, each against the base store's live version of its prompt.
 */
function planPairings(head, base, minSamples, selection) {
    if (selection) {
        const candidate = findVersion(head, selection.prompt, selection.candidate, 'candidate');
        const pool = base ?? head;
        const versionReused = base !== null &&
            base
                .versions()
                .some((v) => v.name === candidate.name &&
                v.version === candidate.version &&
                !sameContent(v, candidate));
        if (selection.baseline) {
            const baseline = findVersion(pool, selection.prompt, selection.baseline, 'baseline');
            return [{ candidate, baseline, chosenBy: 'explicit', versionReused }];
        }
        // Only versions the candidate could have replaced: those logged before it.
        const at = parseInstant(candidate.timestamp);
        const older = pool
            .versions()
            .filter((v) => v.name === candidate.name && parseInstant(v.timestamp) <= at);
        const chosen = chooseBaseline(candidate, older, minSamples);
        return [
            {
                candidate,
                baseline: chosen?.version ?? null,
                chosenBy: chosen?.chosenBy ?? null,
                versionReused,
            },
        ];
    }
    return contentChanges(head, base).changed.map(({ version: candidate, versionReused }) => {
        const chosen = base ? chooseBaseline(candidate, base.versions(), minSamples) : null;
        return {
            candidate,
            baseline: chosen?.version ?? null,
            chosenBy: chosen?.chosenBy ?? null,
            versionReused,
        };
    });
}

;// CONCATENATED MODULE: ./src/sources/errors.ts

/** A store source that cannot be read: one line naming the source and the fix. */
class SourceError extends UserError {
    neutral;
    name = 'SourceError';
    /** True when the run should end neutral (nothing to judge), not failed. */
    constructor(message, neutral = false) {
        super(message);
        this.neutral = neutral;
    }
}

;// CONCATENATED MODULE: ./src/store/errors.ts
/** Text from a file or the user, made safe for a one-line message: no control characters, capped. */
function oneLine(text, max = 200) {
    // eslint-disable-next-line no-control-regex
    const flat = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** A store we refuse to read, with a one-line message that names the file and what to do. */
class StoreError extends UserError {
    code;
    label;
    sqlite;
    name = 'StoreError';
    constructor(code, label, problem, 
    /** SQLite's own message, when SQLite failed (`out of memory` tells its heap limit from damage). */
    sqlite) {
        super(`Cannot read store ${JSON.stringify(oneLine(label))}: ${problem}`);
        this.code = code;
        this.label = label;
        this.sqlite = sqlite;
    }
}

;// CONCATENATED MODULE: ./src/worker/labels.ts
/** The labels of the stores a request reads, for messages (the path, or the given label). */
function requestLabels(request) {
    const inputs = request.kind === 'compare' ? [request.head, request.base] : [request.store];
    return inputs.flatMap((i) => (i === null ? [] : ['path' in i ? i.path : i.label]));
}

;// CONCATENATED MODULE: ./src/worker/limits.ts
// The limits a store is read under, and the one-line messages when one is reached; shared by the
// worker and the thread that starts it.


const MIB = 1024 * 1024;
/** Reading a store hit a limit (time, memory) or killed its worker: one line, names the stores. */
class StoreLimitError extends UserError {
    kind;
    name = 'StoreLimitError';
    constructor(kind, message) {
        super(message);
        this.kind = kind;
    }
}
/**
 * Limits proportional to the store cap. Legitimate reads hold at most the file once (outside the
 * V8 heap: bytes in a typed array that sql.js reads in place, or a file read page by page) plus
 * text and numbers read from it, which are a fraction of its size; a hostile store that inflates
 * values (generated columns, huge printf) is stopped well before the runner runs out of memory.
 */
function memoryLimits(maxStoreBytes) {
    const capMb = Math.ceil(maxStoreBytes / MIB);
    return {
        heapMb: 256 + 2 * capMb,
        sqliteBytes: Math.min(1024, Math.max(256, capMb)) * MIB,
    };
}
/** `60s`, `1.5s` or `250ms`: how a duration was most likely written in the setting. */
function formatLimit(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    return `${Number((ms / 1000).toFixed(3))}s`;
}
function stores(labels) {
    const quoted = labels.map((l) => JSON.stringify(oneLine(l)));
    if (quoted.length === 0)
        return 'the store';
    if (quoted.length === 1)
        return `the store ${quoted[0]}`;
    return `the stores ${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
/** The wall-clock limit passed; `setting` names it as the user wrote it (input or option). */
function timeoutError(labels, ms, setting) {
    return new StoreLimitError('timeout', `Reading ${stores(labels)} took longer than ${setting} (${formatLimit(ms)}): the store may ` +
        `be hostile or far too large; raise ${setting} if it is genuine.`);
}
/** The worker's JS heap or SQLite's heap limit was reached. */
function memoryError(labels, limits, sizeSetting) {
    return new StoreLimitError('memory', `Reading ${stores(labels)} needed more memory than allowed (${limits.heapMb} MiB of JavaScript ` +
        `heap, ${limits.sqliteBytes / MIB} MiB for SQLite, both set from ${sizeSetting}): the store ` +
        `may be hostile or far too large; raise ${sizeSetting} if it is genuine.`);
}
/** The worker died without an answer (a wasm abort, an exit): what we know, on one line. */
function crashError(labels, detail) {
    return new StoreLimitError('crash', `Reading ${stores(labels)} stopped unexpectedly (${oneLine(detail, 300)}); the store may be hostile.`);
}

;// CONCATENATED MODULE: ./src/worker/run.ts
// The thread that starts the worker: a store is untrusted input, so its queries run in a worker
// thread with a wall-clock limit and memory limits, and the worker is terminated when one passes.











// Joined from parts so that ncc does not resolve it at build time (see sqljs.ts).
const WORKER_FILE = ['worker', 'js'].join('.');
// The engine, for runInProcess (from sources only): a name ncc leaves alone (see above).
const ENGINE = ['..', 'engine.js'].join('/');
// setTimeout fires at once for longer delays (a '7w' query-timeout would otherwise time out at 1 ms).
const MAX_TIMER_MS = 2 ** 31 - 1;
/** The bundled worker beside the running bundle; null when running from sources (tests). */
function bundledWorkerFile() {
    const self = (0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url);
    return self.endsWith('.ts') ? null : external_node_path_default().join(external_node_path_default().dirname(self), WORKER_FILE);
}
/** Every UserError subclass by name: a user error keeps its class across the thread. */
const USER_ERRORS = {
    StoreError: StoreError,
    SelectionError: SelectionError,
    ConfigError: ConfigError,
    StoreLimitError: StoreLimitError,
    SourceError: SourceError,
};
/** An error from the worker, rebuilt with its name, message, class and string fields. */
function revive(wire) {
    const error = new Error(wire.message);
    const cls = USER_ERRORS[wire.name];
    if (cls)
        Object.setPrototypeOf(error, cls.prototype);
    Object.defineProperty(error, 'name', { value: wire.name, writable: true, configurable: true });
    return Object.assign(error, wire.fields);
}
// Store bytes are moved, not copied: a store may be hundreds of MiB. An array that shares its
// buffer with other data (a Buffer pool slice) is copied once, so only our own buffer moves.
function movable(input, transfer) {
    if (input === null || 'path' in input)
        return input;
    const b = input.bytes;
    const whole = b.buffer instanceof ArrayBuffer && b.byteOffset === 0 && b.byteLength === b.buffer.byteLength;
    const bytes = whole ? b : new Uint8Array(b);
    transfer.add(bytes.buffer);
    // A journal is small next to its store, and may share its buffer (a zip's pool): copied.
    return {
        bytes,
        label: input.label,
        ...(input.journal ? { journal: input.journal.slice() } : {}),
    };
}
function movableRequest(request) {
    const transfer = new Set();
    const moved = request.kind === 'compare'
        ? {
            ...request,
            head: movable(request.head, transfer),
            base: movable(request.base, transfer),
        }
        : { ...request, store: movable(request.store, transfer) };
    return [moved, [...transfer]];
}
/**
 * Runs an engine request in a worker thread and returns its report. The worker is terminated when
 * `timeoutMs` passes; a time-out, an out-of-memory or a crash rejects with a one-line
 * StoreLimitError, and errors thrown in the worker keep their class, name and message.
 * Store bytes given as `{ bytes }` are transferred: the caller's array is detached afterwards.
 * From sources (tests), where no bundle exists, the engine runs in this thread instead.
 */
function runInWorker(request, options) {
    const namer = options.namer ?? inputName;
    const labels = requestLabels(request);
    const timedOut = () => timeoutError(labels, options.timeoutMs, namer('query-timeout'));
    const file = options.workerFile ?? bundledWorkerFile();
    if (file === null)
        return runInProcess(request, options.timeoutMs, timedOut);
    if (!(0,external_node_fs_namespaceObject.existsSync)(file))
        return Promise.reject(new Error(`the bundle is incomplete: ${file} is missing; reinstall it`));
    const limits = memoryLimits(request.maxStoreBytes);
    const sizeSetting = namer('max-store-size');
    const [moved, transferList] = movableRequest(request);
    const workerData = { request: moved, limits, sizeSetting };
    return new Promise((resolve, reject) => {
        // A spare worker started ahead (spare.ts) takes the request as a message; else one starts.
        const spare = takeSpare(file, limits.heapMb);
        spare?.postMessage(workerData, transferList);
        const worker = spare ??
            new external_node_worker_threads_namespaceObject.Worker(file, {
                workerData,
                transferList,
                resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
                // Captured, not inherited: an emscripten abort prints to stderr, and the CLI promises one line.
                stdout: true,
                stderr: true,
            });
        let stderr = '';
        worker.stdout.resume();
        worker.stderr.on('data', (chunk) => (stderr = (stderr + chunk.toString()).slice(-300)));
        let settled = false;
        const settle = (outcome) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            // Also after a reply: the thread may still be tiering up wasm code, which delays exit.
            void worker.terminate();
            outcome();
        };
        const timer = setTimeout(() => settle(() => reject(timedOut())), Math.min(options.timeoutMs, MAX_TIMER_MS));
        worker.on('message', (reply) => settle(() => (reply.ok ? resolve(reply.report) : reject(revive(reply.error)))));
        worker.on('error', (error) => settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? memoryError(labels, limits, sizeSetting)
            : crashError(labels, `${error.name}: ${error.message}`))));
        worker.on('exit', (code) => settle(() => reject(crashError(labels, `exit code ${code}${stderr ? `: ${stderr.trim()}` : ''}`))));
    });
}
// Without a bundle the engine runs here. SQL calls are synchronous, so the limit can interrupt
// only the asynchronous steps (reading files, loading sql.js); a late answer is refused as the
// worker's would have been, so tests see the same outcome either way.
async function runInProcess(request, timeoutMs, timedOut) {
    const started = performance.now();
    let timer;
    const limit = new Promise((_, reject) => {
        timer = setTimeout(() => reject(timedOut()), Math.min(timeoutMs, MAX_TIMER_MS));
    });
    try {
        // Loaded here only: the bundles that start a worker do not carry the engine (sql.js, the
        // statistics), which only the worker runs.
        const engine = import(/* webpackIgnore: true */ ENGINE); // prettier-ignore
        const report = await Promise.race([engine.then((e) => e.executeRequest(request)), limit]);
        if (performance.now() - started > timeoutMs)
            throw timedOut();
        return report;
    }
    finally {
        clearTimeout(timer);
    }
}

;// CONCATENATED MODULE: ./src/worker/facade.ts

// A comparison request from the settings; `fail-on` defaults to `regressed`.
function compareRequest(config, o) {
    return {
        kind: 'compare',
        head: o.head,
        base: o.base,
        ...(o.selection ? { selection: o.selection } : {}),
        options: config.analysis,
        failOn: config.failOn ?? 'regressed',
        generatedAt: o.generatedAt,
        maxStoreBytes: config.maxStoreBytes,
    };
}
// A health request from the settings; a scheduled report alerts rather than fails by default.
function healthRequest(config, store, now) {
    return {
        kind: 'health',
        store,
        options: config.analysis,
        health: config.health,
        failOn: config.failOn ?? 'never',
        now,
        maxStoreBytes: config.maxStoreBytes,
    };
}
function limits(config, namer) {
    return { timeoutMs: config.queryTimeoutMs, ...(namer ? { namer } : {}) };
}
/** The engine's three reports; `namer` words settings in messages (default: action inputs). */
const engine = {
    /** Compares a head store's changed prompts (or a selection) with their baselines. */
    compare(config, q, namer) {
        return runInWorker(compareRequest(config, q), limits(config, namer));
    },
    /** The health of a store's live versions at `now`. */
    health(config, store, now, namer) {
        return runInWorker(healthRequest(config, store, now), limits(config, namer));
    },
    /** Every version's call counts and means, as of `now`. */
    summary(config, store, now, namer) {
        return runInWorker({ kind: 'summary', store, generatedAt: now, maxStoreBytes: config.maxStoreBytes }, limits(config, namer));
    },
};

;// CONCATENATED MODULE: ./src/version.ts
/** The product's version (kept equal to package.json's by a test). */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/cli/args.ts


/** The CLI's commands. */
const COMMANDS = ['summary', 'compare', 'health'];
/** Descriptions of the options only the CLI has, and of settings it words its own way. */
const CLI_DESCRIPTIONS = {
    store: 'The store to read.',
    base: 'The store before the change (with --head).',
    head: 'The store after the change (with --base).',
    prompt: 'The prompt whose versions to compare (with --candidate).',
    candidate: 'The version under test.',
    baseline: 'The version to compare with (default: production-tagged, else the newest earlier version).',
    format: 'text (default), markdown or json.',
    output: 'Also write the JSON report to FILE.',
    now: "The report's time, ISO 8601 (default: now); health: the time the windows end at.",
};
const ANALYSIS = [
    'alpha',
    'min-samples',
    'correction',
    'max-quality-drop',
    'max-accuracy-drop',
    'max-latency-increase',
    'max-cost-increase',
    'max-tokens-increase',
    'max-success-drop',
    'fail-on',
    'baseline-max-samples',
    'baseline-since',
];
const LIMITS = ['max-store-size', 'query-timeout'];
/** The options each command reads; any other is refused, so none is silently ignored. */
const COMMAND_OPTIONS = {
    summary: ['store', 'format', 'now', ...LIMITS],
    compare: [
        'base',
        'head',
        'store',
        'prompt',
        'candidate',
        'baseline',
        'format',
        'output',
        'now',
        'charts',
        ...ANALYSIS,
        'baseline-samples',
        'pair-by',
        ...LIMITS,
    ],
    health: [
        'store',
        'now',
        'format',
        'output',
        'charts',
        ...ANALYSIS,
        'window',
        'history',
        'daily-budget',
        'monthly-budget',
        ...LIMITS,
    ],
};
/** What to use instead of a setting the CLI knows but no command reads. */
const INSTEAD = {
    'baseline-store': 'give the baseline store with --base (and the head store with --head)',
};
const known = new Set([
    ...Object.values(COMMAND_OPTIONS).flat(),
    ...Object.keys(INSTEAD),
    ...INPUTS.filter((i) => !i.actionOnly).map((i) => i.name),
]);
function checkApplies(command, name) {
    if (COMMAND_OPTIONS[command].includes(name))
        return;
    if (!known.has(name))
        throw new ConfigError(`Unknown option --${name} (see pv-check ${command} --help).`);
    const instead = INSTEAD[name] ? `: ${INSTEAD[name]}` : '';
    throw new ConfigError(`Option --${name} does not apply to ${command}${instead} (see pv-check ${command} --help).`);
}
/**
 * Parses `command --name value` / `--name=value`; unknown options, options the command does not
 * read, and stray words are errors.
 */
function parseArgs(argv) {
    const options = new Map();
    const [first, ...rest] = argv;
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
        const topic = rest[0];
        return COMMANDS.includes(topic ?? '')
            ? { command: 'help', topic: topic, options }
            : { command: 'help', options };
    }
    if (first === '--version' || first === '-V')
        return { command: 'version', options };
    if (!COMMANDS.includes(first)) {
        throw new ConfigError(`Unknown command '${first}': expected one of ${COMMANDS.join(', ')} (see --help).`);
    }
    const command = first;
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i] ?? '';
        if (arg === '--help' || arg === '-h')
            return { command: 'help', topic: command, options };
        const m = /^--([a-z0-9-]+)(?:=(.*))?$/s.exec(arg);
        if (!m?.[1])
            throw new ConfigError(`Unexpected argument '${arg}': options look like --name value (see pv-check ${command} --help).`);
        const name = m[1];
        checkApplies(command, name);
        let value = m[2];
        if (value === undefined) {
            value = rest[i + 1];
            if (value === undefined || value.startsWith('--'))
                throw new ConfigError(`Option --${name} needs a value.`);
            i += 1;
        }
        if (options.has(name))
            throw new ConfigError(`Option --${name} is given twice.`);
        options.set(name, value);
    }
    return { command, options };
}
/** The store every command reads when --store is not given, as the library writes it. */
const DEFAULT_STORE = defaultOf('store');
function optionLine(name) {
    const spec = INPUTS.find((i) => i.name === name);
    const description = CLI_DESCRIPTIONS[name] ?? spec?.description ?? '';
    const def = spec?.default ?? '';
    const arg = { output: ' FILE', now: ' ISO-8601' }[name] ?? '';
    return `  --${(name + arg).padEnd(24)} ${description}${def ? ` (default ${def})` : ''}`;
}
const SYNOPSIS = {
    summary: ['pv-check summary [--store S.sqlite] [--format text|markdown|json]'],
    compare: [
        'pv-check compare --base BASE.sqlite --head HEAD.sqlite [--format json|markdown|text]',
        'pv-check compare [--store S.sqlite] --prompt NAME --candidate V [--baseline V] [--format ...]',
    ],
    health: ['pv-check health  [--store S.sqlite] [--now ISO-8601] [--format json|markdown|text]'],
};
const PURPOSE = {
    summary: 'an overview of the store: prompts, versions, calls',
    compare: 'every version the head store adds against the live version of its prompt in the base store, or two versions of one prompt in one store',
    health: "every prompt's live version: the recent window against its own history",
};
const EXIT = 'Exit status: 0 nothing failed the policy, 1 the policy failed (fail-on), 2 bad input.\n';
/** The --help text: the commands, or one command's options alone. */
function usage(topic) {
    if (topic) {
        return `pv-check ${topic}: ${PURPOSE[topic]}

Usage:
${SYNOPSIS[topic].map((s) => `  ${s}`).join('\n')}

Options:
${COMMAND_OPTIONS[topic].map(optionLine).join('\n')}

${EXIT}`;
    }
    return `pv-check: statistical checks of Prompt Versioner stores

Usage:
${COMMANDS.flatMap((c) => SYNOPSIS[c])
        .map((s) => `  ${s}`)
        .join('\n')}

Commands:
${COMMANDS.map((c) => `  ${c.padEnd(9)} ${PURPOSE[c]}`).join('\n')}

--store defaults to ${DEFAULT_STORE}. Each command's options: pv-check COMMAND --help.

${EXIT}`;
}

;// CONCATENATED MODULE: ./src/cli/main.ts














function format(args) {
    return parseEnum(optionName, 'format', args.options.get('format') ?? 'text', [
        'text',
        'markdown',
        'json',
    ]);
}
function need(args, name, why) {
    const v = args.options.get(name);
    if (v === undefined || v.trim() === '')
        throw new ConfigError(`Missing --${name}: ${why}.`);
    return v;
}
/** --store, else the library's default path; a missing default is said to be the default. */
function storePath(args) {
    const given = args.options.get('store');
    if (given !== undefined)
        return need(args, 'store', 'the store to read');
    if (!(0,external_node_fs_namespaceObject.existsSync)(DEFAULT_STORE))
        throw new ConfigError(`No store at ${DEFAULT_STORE} (the default of --store) in ${process.cwd()}: give --store PATH, or run where Prompt Versioner logs.`);
    return DEFAULT_STORE;
}
// The store is untrusted: its queries run in a worker under --query-timeout.
async function compare(args, config, now) {
    const has = (n) => args.options.has(n);
    if (has('base') || has('head')) {
        if (has('store')) {
            throw new ConfigError('Give either --base and --head, or --store with --prompt and --candidate, not both.');
        }
        const head = { path: need(args, 'head', 'the store after the change') };
        const base = { path: need(args, 'base', 'the store before the change') };
        const selection = config.prompt && config.candidate
            ? { prompt: config.prompt, candidate: config.candidate, baseline: config.baseline }
            : undefined;
        const question = { head, base, ...(selection ? { selection } : {}), generatedAt: now };
        return engine.compare(config, question, optionName);
    }
    const prompt = need(args, 'prompt', 'the prompt whose versions to compare (or give --base and --head)'); // prettier-ignore
    const head = { path: storePath(args) };
    const candidate = need(args, 'candidate', 'the version under test');
    const selection = { prompt, candidate, baseline: config.baseline };
    return engine.compare(config, { head, base: null, selection, generatedAt: now }, optionName);
}
function health(args, config, now) {
    const store = { path: storePath(args) };
    return engine.health(config, store, now, optionName);
}
/**
 * What the CLI prints, with no workflow command in it: it often runs in a workflow step, and
 * the report quotes store strings anyone who can write the store chose.
 */
function safe(text, fmt) {
    return fmt === 'json' ? runnerSafeJson(text) : runnerSafeText(text);
}
/** The JSON report as written to --output: parses the same, prints no workflow command. */
function jsonFile(report) {
    return runnerSafeJson(renderJson(report));
}
function renderHealth(report, fmt, charts) {
    if (fmt === 'json')
        return renderJson(report);
    if (fmt === 'markdown')
        return renderHealthMarkdown(report, { charts, detail: 'full' });
    return renderHealthText(report);
}
function renderCompare(report, fmt, charts) {
    if (fmt === 'json')
        return renderJson(report);
    if (fmt === 'markdown')
        return markdown_renderCompareMarkdown(report, { charts, detail: 'full' });
    return renderCompareText(report, { color: false });
}
/** Runs one CLI invocation; throws ConfigError/StoreError/SelectionError for bad input. */
async function runCli(argv, clock = () => new Date()) {
    const args = parseArgs(argv);
    if (args.command === 'help')
        return { stdout: usage(args.topic), exitCode: 0 };
    if (args.command === 'version')
        return { stdout: `pv-check ${VERSION}\n`, exitCode: 0 };
    const config = parseConfig((name) => args.options.get(name), optionName);
    const fmt = format(args);
    const nowOption = args.options.get('now');
    const now = nowOption ? parseInstantInput(optionName, 'now', nowOption) : clock().toISOString();
    if (args.command === 'summary') {
        const store = storePath(args);
        const report = await engine.summary(config, { path: store }, now, optionName);
        return {
            stdout: safe(fmt === 'json' ? renderJson(report) : renderSummary(report, fmt), fmt),
            exitCode: 0,
        };
    }
    const output = args.options.get('output');
    if (args.command === 'health') {
        const report = await health(args, config, now);
        if (output)
            await (0,promises_namespaceObject.writeFile)(output, jsonFile(report));
        return {
            stdout: safe(renderHealth(report, fmt, config.charts), fmt),
            exitCode: report.verdict === 'regressed' ? 1 : 0,
        };
    }
    const report = await compare(args, config, now);
    if (output)
        await (0,promises_namespaceObject.writeFile)(output, jsonFile(report));
    return {
        stdout: safe(renderCompare(report, fmt, config.charts), fmt),
        exitCode: report.verdict === 'regressed' ? 1 : 0,
    };
}

;// CONCATENATED MODULE: ./src/cli/entry.ts




/**
 * The CLI: argv in, report on stdout, the exit status returned. Bad input is 2 with one line on
 * stderr, never a stack. Bundled as dist/cli-main.js, which dist/cli.js loads; `spare` is the
 * worker it started ahead, which the store's reading then uses (see worker/spare.ts).
 */
async function main(argv, spare = null) {
    offerSpare(spare);
    try {
        const result = await runCli(argv);
        process.stdout.write(result.stdout);
        return result.exitCode;
    }
    catch (error) {
        // The message may quote the store (a trigger's name, a prompt the selection did not find).
        process.stderr.write(runnerSafeText(`pv-check: ${describeError(error)}`) + '\n');
        return 2;
    }
}

var __webpack_exports__main = __webpack_exports__.i;
export { __webpack_exports__main as main };

//# sourceMappingURL=cli-main.js.map
