import type { AnalysisOptions } from '../config/config.js';
import { METRICS, type Metric } from '../metrics.js';
import type { CompareReport, Comparison, FailOn } from '../report/types.js';
import type { StoreReader, VersionRow } from '../store/types.js';
import { UserError } from '../errors.js';
import { daysBetween, parseInstant, toIso } from '../time.js';
import { plural } from '../wording/labels.js';
import { decideFamily } from './classify.js';
import { historyDayLevel } from './day-level.js';
import { taggedProduction } from './live-version.js';
import { testMetrics, type MetricTest } from './metric-test.js';
import { testMetricsPaired, type PairedTests } from './paired.js';
import {
  contextWarnings,
  modelsOf,
  readSides,
  costLeftOut,
  nothingFresh,
  unpricedSides,
  type BaselineLocation,
  type SidePlan,
} from './samples.js';
import { lostVersions, type LostScope } from './lost.js';
import { pooledReader } from './pooled.js';
import { changeWarnings, lostWarnings } from './change-notes.js';
import {
  contentChanges,
  planPairings,
  droppedNames,
  renameHints,
  sameContent,
  type Pairing,
  type Selection,
} from './select.js';
import {
  baselineInDoubt,
  countStatuses,
  runVerdict,
  verdictStatus,
  worstStatus,
} from '../report/policy.js';

/** What one comparison run reads and how it decides. */
export interface CompareInput {
  /** The store after the pull request's evaluation (or the one store of an explicit comparison). */
  readonly head: StoreReader;
  /** The store on the base branch; null when the base has none (every candidate is new). */
  readonly base: StoreReader | null;
  readonly selection?: Selection;
  readonly options: AnalysisOptions;
  readonly failOn: FailOn;
  /** ISO 8601 time stamped on the report. */
  readonly generatedAt: string;
  /** Which head stores are checked for base versions they lack (lost.ts); default `adding`. */
  readonly lostScope?: LostScope;
}

/** Baseline calls older than this many days than the candidate's get a warning. */
const OLD_BASELINE_DAYS = 14;

interface Planned {
  readonly pairing: Pairing;
  readonly plan: SidePlan | null;
  readonly tests: readonly MetricTest[];
  readonly candidateModels: readonly string[];
  /** With `pair-by`: how the calls matched up by case. */
  readonly paired?: PairedTests;
  /** Baseline days the day-level test used (0: the calls' own tests decided). */
  readonly baselineDays?: number;
  /** The run's min-samples, for the advice on fresh calls. */
  readonly minSamples: number;
  /** A reverted text whose new calls are stamped before the cut: every call of it was read. */
  readonly unstamped?: boolean;
  /** A reverted text's calls from before it was replaced, left out of its sample. */
  readonly oldCalls?: number;
  /** Candidate calls that logged an error message with success left at 1. */
  readonly loggedErrors?: number;
  /**
   * A promoted A/B arm met a re-run of the live version: its calls from this change's
   * evaluation, and whether too few of them sent both sides to their production calls.
   */
  readonly promoted?: { readonly fresh: number; readonly inProduction: boolean };
}

/** Compares every added (or the selected) version with its baseline: the pull-request engine. */
export function compareStores(input: CompareInput): CompareReport {
  const { head, base, options } = input;
  const metrics = METRICS.filter((m) => head.metrics.has(m) && (base ?? head).metrics.has(m));
  // A head store without a single version next to a base with some: the evaluation logged
  // nothing, and "no prompt changes" would pass a change nobody tested.
  if (!input.selection && base && head.versions().length === 0 && base.versions().length > 0)
    throw new UserError(
      `The head store ${head.label} has no prompt versions, though the baseline store has ${base.versions().length}: the evaluation logged nothing (did it run, and write this store?), so nothing was checked.`,
    );
  const pairings = planPairings(head, base, options.minSamples, input.selection);
  const planned = pairings.map((pairing) => planOne(pairing, input, metrics));
  const decided = decideFamily(
    planned.map((p) => p.tests),
    options,
  );
  const gone = base && !input.selection ? droppedNames(head, base) : [];
  const compared = planned.map((p, i) => {
    const c = toComparison(p, decided[i] ?? []);
    // A prompt the base store lacks by name may be one it has under another: say so.
    return c.status === 'new_prompt' && base
      ? { ...c, warnings: renameHints(p.pairing.candidate, base, gone) }
      : c;
  });
  const comparisons = input.selection
    ? compared
    : withSuperseded(
        compared,
        planned.map((p) => taggedProduction(p.pairing.candidate)),
      );
  const statuses = comparisons.map(verdictStatus);
  // Explicit comparisons name their versions: a relabelled text is only news in a store diff.
  // What the head changes, by text: its relabelled versions, and the live texts it lost.
  const changes = input.selection ? null : contentChanges(head, base, input.options.minSamples);
  const sameText = changes?.sameText ?? [];
  const warnings: string[] = [];
  const noBaselineStore = !base && !input.selection;
  if (noBaselineStore) {
    warnings.push(
      "No baseline store (none at the base commit, or none given): nothing was compared, every added version reads as new. Commit the store on the base branch, or give the base branch's store (baseline-artifact, or --base).",
    );
  }
  // A baseline start after the run's time leaves every history empty: a mistyped year, said.
  const since = options.baselineSince;
  if (since !== null && Date.parse(since) > Date.parse(input.generatedAt))
    warnings.push(
      `baseline-since (${since}) is after this run's time (${input.generatedAt}): it leaves out every call of every baseline's history. Set an earlier date, or leave it empty.`,
    );
  const lost =
    base && changes
      ? lostVersions(
          head,
          base,
          changes,
          input.options.minSamples,
          input.lostScope,
          new Set(pairings.flatMap((p) => p.renamedFrom ?? [])),
        )
      : [];
  warnings.push(...lostWarnings(lost), ...changeWarnings(changes));
  return {
    schema: 1,
    kind: 'compare',
    verdict: runVerdict(
      statuses,
      input.failOn,
      lost.length,
      noBaselineStore,
      comparisons.filter(baselineInDoubt).length,
    ),
    generated_at: input.generatedAt,
    settings: {
      alpha: options.alpha,
      correction: options.correction,
      min_samples: options.minSamples,
      fail_on: input.failOn,
      thresholds: options.thresholds,
      ...(options.pairBy ? { pair_by: options.pairBy } : {}),
    },
    counts: countStatuses(comparisons),
    comparisons,
    lost_versions: lost.map((l) => ({
      prompt: l.version.name,
      version: l.version.version,
      live: l.live,
    })),
    same_text: sameText.map((s) => ({
      prompt: s.version.name,
      version: s.version.version,
      same_as: s.sameAs.version,
    })),
    ...(noBaselineStore ? { no_baseline_store: true as const } : {}),
    warnings,
  };
}

/**
 * Where the baseline's calls are: its history in the base store, and fresh calls when the head
 * store holds the same prompt text again (the evaluation re-ran the live version, perhaps in a
 * fresh store under another version string): a row with calls after the baseline's newest in
 * the base first (a copied store holds the live version's own row, untouched, beside the re-run
 * saved anew under a bumped string), then the same version string.
 */
function locate(
  baseline: VersionRow,
  candidate: VersionRow,
  input: CompareInput,
): BaselineLocation {
  const history = { store: input.base ?? input.head, version: baseline };
  const base = input.base;
  if (!base) {
    // One store: the baseline's calls since the candidate was registered ran beside it (the
    // evaluation's re-run of it, today's traffic), the earlier ones are its history. Mixed, a
    // history of other weeks would be read as one sample with today's re-run. A baseline with
    // no call before then has no history to mix: all its calls are read as they are.
    const at = parseInstant(candidate.timestamp);
    if (!Number.isFinite(at)) return { history, fresh: null };
    const since = toIso(at);
    if (!input.head.contexts(baseline.id, undefined, since).some((c) => c.calls > 0))
      return { history, fresh: null };
    return {
      history,
      fresh: { store: input.head, version: baseline, after: () => null, since },
      historyUntil: since,
    };
  }
  const same = input.head
    .versions()
    .filter((v) => v.name === baseline.name && v.id !== candidate.id && sameContent(v, baseline));
  const ranAgain = same.filter((v) => !nothingFresh(v, baseline));
  const pick = (list: readonly VersionRow[]): VersionRow | undefined =>
    list.find((v) => v.version === baseline.version) ?? list[0];
  const again = pick(ranAgain) ?? pick(same);
  return {
    history,
    fresh: again ? { store: input.head, version: again, after: () => base.lastCallMs() } : null,
  };
}

/**
 * Candidates a later candidate of the same prompt replaced within the change (an attempt before
 * the final text): still judged, as the store says they ran, with a warning that tells how to
 * leave them out.
 */
function withSuperseded(comparisons: Comparison[], tagged: readonly boolean[]): Comparison[] {
  const newest = new Map<string, Comparison['candidate']>();
  for (const c of comparisons) {
    const seen = newest.get(c.prompt);
    if (!seen || parseInstant(c.candidate.timestamp) > parseInstant(seen.timestamp))
      newest.set(c.prompt, c.candidate);
  }
  return comparisons.map((c, i) => {
    const last = newest.get(c.prompt);
    // A version the change tags production is what is meant to run, whatever came after it.
    if (!last || last === c.candidate || tagged[i]) return c;
    if (!(parseInstant(last.timestamp) > parseInstant(c.candidate.timestamp))) return c;
    return {
      ...c,
      warnings: [
        ...c.warnings,
        `Superseded in this change by ${JSON.stringify(last.version)}, registered after it. It is still judged: if it no longer runs, delete it from the head store (the library's storage.delete_version) so that only the final text is compared.`,
      ],
    };
  });
}

function planOne(pairing: Pairing, given: CompareInput, metrics: readonly Metric[]): Planned {
  // One text under several version strings: their calls read as the candidate's.
  const input = pairing.pooled
    ? { ...given, head: pooledReader(given.head, [pairing.candidate, ...pairing.pooled].map((v) => v.id)) } // prettier-ignore
    : given;
  if (!pairing.baseline) {
    const candidateModels = modelsOf(input.head.contexts(pairing.candidate.id));
    return { pairing, plan: null, tests: [], candidateModels, minSamples: 0 };
  }
  const where = locate(pairing.baseline, pairing.candidate, input);
  const read = (after: string | undefined) =>
    readSides(input.head, pairing.candidate, where, metrics, input.options, after);
  let plan = read(pairing.editedAfter ?? pairing.ranAgainAfter);
  // A reverted text's new calls stamped no later than the base's newest of it (a clock that is
  // off, a backfill): none are after the cut, so all of them are read, and that is said.
  let unstamped = false;
  if (pairing.ranAgainAfter && !pairing.editedAfter && plan.candidateContexts.length === 0) {
    plan = read(undefined);
    unstamped = true;
  }
  // A promoted A/B arm against a re-run of the live version: like with like, the arm's calls
  // from this change's evaluation; too few of them, its production calls against the live
  // version's (unless the re-run was asked for).
  let promoted: Planned['promoted'];
  const arm = pairing.promotedAfter;
  if (arm && plan.source === 'fresh') {
    const fresh = read(arm);
    const rows = fresh.candidate.rows;
    if (fresh.source === 'fresh' && (rows >= input.options.minSamples || forcedFresh(input))) {
      promoted = { fresh: rows, inProduction: false };
      plan = fresh;
    } else if (!forcedFresh(input)) {
      plan = readSides(input.head, pairing.candidate, where, metrics, {
        ...input.options,
        baselineSamples: 'history',
      });
      promoted = { fresh: rows, inProduction: true };
    }
  }
  // The head's calls of a reverted text the cut left out (none in a fresh store per job).
  const kept = plan.candidateContexts.reduce((n, c) => n + c.calls, 0);
  const oldCalls = pairing.ranAgainAfter && !unstamped ? pairing.candidate.calls - kept : 0;
  const candidateModels = modelsOf(plan.candidateContexts);
  // A candidate the library could not price has cost 0 throughout: its cost is left out (said).
  const tested = costLeftOut(unpricedSides(plan))
    ? metrics.filter((m) => m !== 'cost_eur')
    : metrics;
  const { pairBy } = input.options;
  const paired = pairBy
    ? testMetricsPaired(
        tested,
        plan.baseline,
        plan.candidate,
        { ...input.options, pairBy },
        plan.pairedBaseline,
        plan.pairedSpan,
      )
    : undefined;
  const own = paired?.tests ?? testMetrics(tested, plan.baseline, plan.candidate, input.options);
  const history = input.base ?? input.head;
  const { tests, days } =
    plan.source === 'history'
      ? historyDayLevel(
          own,
          {
            store: history,
            versionId: pairing.baseline.id,
            newestCall: plan.baseline.to,
            models: plan.models,
            since: input.options.baselineSince,
          },
          plan.candidate,
        )
      : { tests: own, days: 0 };
  return {
    pairing,
    plan,
    tests,
    candidateModels,
    baselineDays: days,
    minSamples: input.options.minSamples,
    loggedErrors: input.head.loggedErrors?.(pairing.candidate.id) ?? 0,
    ...(paired ? { paired } : {}),
    ...(unstamped ? { unstamped } : {}),
    ...(oldCalls > 0 ? { oldCalls } : {}),
    ...(promoted ? { promoted } : {}),
  };
}

/** Which of several tagged versions is the baseline, and why (taggedLive). */
function alsoTaggedNote(
  baseline: VersionRow,
  also: readonly VersionRow[],
  tagCalls: Pairing['tagCalls'],
): string {
  const q = (v: VersionRow): string => JSON.stringify(v.version);
  if (!tagCalls)
    return `Also tagged production: ${also.map(q).join(', ')}; the one called last, ${q(baseline)}, is the baseline (none has a call to count). Untag the versions that are no longer live.`;
  const [mine = 0, ...theirs] = tagCalls.counts;
  const others = also.map((v, i) => `${q(v)} (${plural(theirs[i] ?? 0, 'call')})`).join(', ');
  const why = theirs.some((n) => 2 * n >= mine && n > 0)
    ? 'the oldest of those serving at least half as many calls as the most called'
    : 'the one serving most of their calls';
  return `Also tagged production: ${others} in the 24 hours up to the newest call of a tagged version (${tagCalls.until.slice(0, 16)}Z); the baseline is ${q(baseline)} (${plural(mine, 'call')}), ${why}, as the health report picks the live version. Untag the versions that are no longer live, or name the baseline.`;
}

const forcedFresh = (input: CompareInput): boolean => input.options.baselineSamples === 'fresh';

function toComparison(p: Planned, metrics: Comparison['metrics']): Comparison {
  const { candidate, baseline, chosenBy, versionReused } = p.pairing;
  const candidateInfo = {
    version: candidate.version,
    version_reused: versionReused,
    prompt_hash: candidate.promptHash,
    n:
      p.plan?.candidate.rows ??
      (p.pairing.pooled ?? []).reduce((n, v) => n + v.calls, candidate.calls),
    models: p.candidateModels,
    timestamp: candidate.timestamp,
    git_commit: candidate.gitCommit,
    ...(p.plan?.candidateLeftOut ? { left_out: p.plan.candidateLeftOut } : {}),
    ...(p.pairing.revertsTo ? { reverts_to: p.pairing.revertsTo.version } : {}),
    ...(p.pairing.pooled ? { pooled: p.pairing.pooled.map((v) => v.version) } : {}),
  };
  if (!baseline || !p.plan || !chosenBy) {
    return {
      prompt: candidate.name,
      candidate: candidateInfo,
      baseline: null,
      status: 'new_prompt',
      metrics: [],
      cross_model: false,
      warnings: [],
    };
  }
  const plan = p.plan;
  const age = daysBetween(plan.baseline.to, plan.candidate.to);
  const warnings = [...(p.paired?.notes ?? []), ...contextWarnings(plan)];
  const edited = p.pairing.editedAfter;
  if (edited)
    warnings.push(
      `The candidate's text was edited in place (the base store's own row of ${JSON.stringify(candidate.version)}, with other text): only its calls after the base's newest one (${edited.slice(0, 40)}) ran the new text and are tested.`,
    );
  const again = p.pairing.ranAgainAfter;
  if (again && p.unstamped)
    warnings.push(
      `The candidate is a text the base store ran before and replaced (its own row of ${JSON.stringify(candidate.version)}, run again in this change), but none of its calls is stamped after the base's newest one (${again.slice(0, 40)}): a clock that is off, or a backfill? All its calls are tested, those from before it was replaced included.`,
    );
  else if (again && p.oldCalls)
    warnings.push(
      `The candidate is a text the base store ran before and replaced (its own row of ${JSON.stringify(candidate.version)}, run again in this change): only its calls after the base's newest one (${again.slice(0, 40)}) are tested, not the ${plural(p.oldCalls, 'call')} from before it was replaced.`,
    );
  const arm = p.pairing.promotedAfter;
  if (arm && p.promoted)
    warnings.push(
      p.promoted.inProduction
        ? `The candidate ran in production beside ${JSON.stringify(baseline.version)} before this change (an A/B arm it promotes), and this change's evaluation ran it ${plural(p.promoted.fresh, 'time')}, too few to meet the re-run of ${JSON.stringify(baseline.version)}: its calls are compared with ${JSON.stringify(baseline.version)}'s in production instead.`
        : `The candidate ran in production beside ${JSON.stringify(baseline.version)} before this change (an A/B arm it promotes): only its ${plural(p.promoted.fresh, 'call')} after the base's newest one (${arm.slice(0, 40)}) are compared with the re-run of ${JSON.stringify(baseline.version)}, not its production traffic.`,
    );
  if (p.pairing.liveSameText)
    warnings.push(
      `The baseline ${JSON.stringify(baseline.version)}, tagged production, has the candidate's very text: this compares two runs of one text (a re-run, other settings or models), not a prompt change.`,
    );
  const from = p.pairing.renamedFrom;
  if (from !== undefined)
    warnings.push(
      `Renamed from ${JSON.stringify(from)}? The base store has no prompt ${JSON.stringify(candidate.name)}, and the head store no longer has ${JSON.stringify(from)}: compared with its ${JSON.stringify(baseline.version)}. If it is a new prompt and the old one was removed, this comparison does not apply.`,
    );
  const behind = p.pairing.tagLeftBehind;
  if (behind)
    warnings.push(
      `The production tag is on ${JSON.stringify(behind.version)}, but ${JSON.stringify(baseline.version)}, registered after it with the text of an earlier version (a rollback), has been called since its newest call: ${JSON.stringify(baseline.version)} is what runs, and the baseline. Move the production tag to it.`,
    );
  const idle = p.pairing.tagIdle;
  if (idle) {
    const [was, now] = [JSON.stringify(baseline.version), JSON.stringify(idle.version)];
    warnings.push(
      `The production tag is on ${was}, not called since ${now} was registered after it (${plural(idle.calls, 'call')} since): the baseline is the tagged ${was}. If ${now} is what runs, move the tag to it or name it as the baseline; after a rollback to ${was}, nothing to do.`,
    );
  }
  const few = p.pairing.fewCalls;
  if (few)
    warnings.push(
      `No version is tagged production, and ${few.map((v) => `${JSON.stringify(v.version)} (${plural(v.calls, 'call')})`).join(', ')}, newer than the baseline, ${few.length === 1 ? 'has' : 'have'} fewer calls than min-samples (${p.minSamples}): passed over for ${JSON.stringify(baseline.version)}. If a newer one is what runs, tag it production (or name it with baseline).`,
    );
  const also = p.pairing.alsoTagged;
  if (also) warnings.push(alsoTaggedNote(baseline, also, p.pairing.tagCalls));
  // Fresh calls too few to use: said, with how many more would make the baseline fresh.
  const rerun =
    plan.freshCases !== undefined
      ? 'Re-run the live version on every case the candidate ran for a fresh baseline.'
      : plan.freshUnused > 0
        ? `Log at least ${p.minSamples} calls of the live version on the candidate's models in the evaluation for a fresh baseline.`
        : 'Re-run the live version in the evaluation for a fresh baseline.';
  if (p.loggedErrors)
    warnings.push(
      `${plural(p.loggedErrors, 'candidate call')} logged an error message with success left at 1 (the library's default for log_metrics and test.log): the success rate counts ${p.loggedErrors === 1 ? 'it' : 'them'} as ${p.loggedErrors === 1 ? 'a success' : 'successes'}. Log failed calls with success=False.`,
    );
  if (plan.freshCases !== undefined)
    warnings.push(
      `The evaluation re-ran the live version on ${plural(plan.freshCases, 'case')} the candidate ran, fewer than the ${p.minSamples} needed (min-samples) to pair them: the baseline is its history instead, which shares more of them.`,
    );
  if (plan.freshUnused > 0)
    warnings.push(
      `The evaluation re-ran the live version on the candidate's models ${plural(plan.freshUnused, 'time')}, fewer than the ${p.minSamples} needed (min-samples): the baseline is its history instead.`,
    );
  if (p.baselineDays)
    warnings.push(
      `The baseline is history from ${p.baselineDays} days: judged against the spread of its daily means, from every call of those days (not only the newest baseline-max-samples), so a change must be larger to be sure than against a fresh baseline. ${rerun}`,
    );
  // The pairs read the baseline's calls with a case id, which may be an evaluation long before
  // the traffic that the newest calls are.
  const keyed = p.paired?.pairing.paired ? plan.pairedBaseline?.to : undefined;
  const keyedAge = keyed ? daysBetween(keyed, plan.candidate.to) : null;
  if (plan.source === 'history' && keyedAge !== null && keyedAge > OLD_BASELINE_DAYS) {
    warnings.push(
      `The baseline's calls with a ${p.paired!.pairing.key}, which the paired tests compare, are ${Math.round(keyedAge)} days older than the candidate's (the newest of them ${keyed!.slice(0, 10)}): conditions may have changed. ${rerun}`,
    );
  } else if (plan.source === 'history' && age !== null && age > OLD_BASELINE_DAYS) {
    warnings.push(
      `The baseline's newest call is ${Math.round(age)} days older than the candidate's: conditions may have changed. ${rerun}`,
    );
  }
  return {
    prompt: candidate.name,
    candidate: candidateInfo,
    baseline: {
      version: baseline.version,
      prompt_hash: baseline.promptHash,
      n: plan.baseline.rows,
      models: modelsOf(plan.baselineContexts),
      timestamp: baseline.timestamp,
      chosen_by: chosenBy,
      source: plan.source,
      newest_call: plan.baseline.to,
      age_days: age === null ? null : Math.round(age * 10) / 10,
      ...(p.pairing.renamedFrom !== undefined ? { prompt: p.pairing.renamedFrom } : {}),
      ...(p.pairing.tagIdle
        ? { doubt: 'tag_not_moved' as const }
        : p.pairing.fewCalls
          ? { doubt: 'newer_few_calls' as const }
          : {}),
    },
    status: worstStatus(metrics),
    metrics,
    cross_model: plan.crossModel,
    warnings,
    ...(p.paired ? { pairing: p.paired.pairing } : {}),
  };
}
