import { formatDuration } from '../../wording/health.js';
import { metricName, plural } from '../../wording/labels.js';
import type { LivePick } from './live.js';
import type { Spans } from './alerts.js';
import type { WindowPlan } from './window.js';
import { ENDED_NOTICE_DAYS, type ReleaseReference } from './release.js';
import { DAY_LEVEL_MIN_DAYS } from '../day-level.js';

const MAX_MODELS = 3;

function list(models: readonly string[]): string {
  const shown = models.slice(0, MAX_MODELS).join(', ');
  return models.length > MAX_MODELS ? `${shown} and ${models.length - MAX_MODELS} more` : shown;
}

/** Plain-text remarks on how one prompt's live version was chosen and compared. */
export function promptNotes(
  pick: LivePick,
  plan: WindowPlan,
  spans: Spans,
  baselineMax: number,
): string[] {
  const notes: string[] = [];
  const history = formatDuration(spans.historyMs);
  if (pick.idleTagged)
    notes.push(
      `Version ${pick.idleTagged.version} is tagged production but has no calls in the window or the previous ${history}; this reports on the newest version with calls instead.`,
    );
  if (pick.retiredNewest)
    notes.push(
      `The newest version, ${pick.retiredNewest.version}, is tagged retired, but a version tagged production still has calls in the window: the prompt is checked. To take the whole prompt out of service, tag that version retired too.`,
    );
  if (pick.tagLeftBehind)
    notes.push(
      `The production tag is on ${pick.tagLeftBehind.version}, but ${pick.version.version}, registered after it with the text of an earlier version (a rollback), has been called since its newest call or serves more of the window's calls: ${pick.version.version} is taken as live. Move the production tag to it.`,
    );
  if (pick.alsoTagged)
    notes.push(
      `${plural(pick.alsoTagged.length, 'other version')} (${list(pick.alsoTagged.map((v) => v.version))}) ${pick.alsoTagged.length === 1 ? 'is' : 'are'} also tagged production; ${pick.version.version}, ${pick.windowCalls > 0 ? 'the one serving the window (most calls, or the oldest of those with at least half as many)' : 'the one called last'}, is taken as live.`,
    );
  const before = plan.historyVersion;
  if (before)
    notes.push(
      `Version ${pick.version.version} has calls on too few days of the previous ${history}, or too few calls on them, to be its own reference: the window is compared with the history of version ${before.version}, ${before.promptHash !== null && before.promptHash === pick.version.promptHash ? 'whose text it runs again (a rollback)' : 'which it replaced'}.`,
    );
  if (plan.window.rows > 0 && plan.history.rows === 0)
    notes.push(
      `No calls of this version in the previous ${history}: nothing to compare the window with yet.`,
    );
  if (plan.modelChange !== null)
    notes.push(
      `The window ran on ${list(plan.windowModels)}, which only ${(plan.modelChange * 100).toFixed(0)} % of the history's calls ran on: a model change, so the window is compared with the history on every model.`,
    );
  else if (plan.crossModel)
    notes.push(
      `The history has no calls on the window's models (${list(plan.windowModels)}): this compares across models.`,
    );
  else if (plan.history.rows > 0) {
    const unseen = plan.windowModels.filter((m) => !plan.historyModels.includes(m));
    if (unseen.length > 0)
      notes.push(
        `The window also ran on ${list(unseen)}, which the history has no calls on; the history is restricted to the models both have.`,
      );
  }
  const out = plan.historyLeftOut;
  if (out && plan.history.rows > 0)
    notes.push(
      `The history is restricted to the window's models: its calls on ${list(out.models)} (${(out.share * 100).toFixed(0)} % of them) are left out, so traffic moved between models does not show here (the cost table counts every call).`,
    );
  if (plan.mix && plan.window.rows > 0) notes.push(plan.mix);
  if (plan.unpricedCost)
    notes.push(
      `Cost is 0 on every call of the ${plan.unpricedCost} though tokens were logged: the library stores 0 for a model missing from its price table, cost_eur=0 was logged, or the model is free${plan.unpricedCost === 'history' ? '' : ` (${list(plan.windowModels)})`}. ${plan.unpricedCost === 'history' ? "The window's cost is measured from 0" : 'Cost is not tested here'}, and the budgets count such calls as free: if the model is not free, log cost_eur with each call, or add the model's price to the library's PricingManager.`,
    );
  const used = plan.dayLevel;
  if (used.length > 0) {
    const days = Math.max(...used.map((u) => u.days));
    const block = formatDuration(plan.blockMs);
    const left = used.filter((u) => u.excluded > 0);
    notes.push(
      `The window is compared with the spread of ${days} earlier blocks of ${block} of the history (day-level test)` +
        (left.length > 0
          ? `; left out as already regressed: ${left.map((u) => `${u.excluded} for ${u.metric}`).join(', ')}.`
          : '.'),
    );
  } else if (plan.history.rows >= baselineMax)
    notes.push(
      `The history is its newest ${baselineMax.toLocaleString('en-US')} calls (baseline-max-samples).`,
    );
  return notes;
}

/** How a release that read worse than the version it replaced is compared. */
export function releaseNote(live: string, release: ReleaseReference, spans: Spans): string {
  const { version, released, metrics } = release;
  const history = formatDuration(spans.historyMs);
  const calls = release.calls.toLocaleString('en-US');
  const names = metrics.map(metricName).join(', ');
  const dismiss =
    'If the change was meant, closing the tracking issue as not planned dismisses its alerts.';
  if (release.tested === 'after_first_days') {
    const cut = release.plan.historyRange.since.slice(0, 10);
    return `Version ${live}, first called on ${released}, read worse in its first ${release.days} days than the calls of version ${version.version}, which it replaced, before ${cut}, and the last ${formatDuration(spans.windowMs)} hold too few calls to test: for ${names}, its calls since ${release.testedSince.slice(0, 10)} are tested against ${version.version}'s calls since ${cut} (${calls} calls) instead, while the previous ${history} hold its calls on ${DAY_LEVEL_MIN_DAYS} days or more. Each half of ${version.version}'s calls serves one side, so that a chance low of its calls does not make both read worse. ${dismiss}`;
  }
  return `Version ${live}, first called on ${released}, read worse than version ${version.version}, which it replaced, in its first ${release.days} days: ${names} ${metrics.length === 1 ? 'is' : 'are'} compared with the history of ${version.version} (${calls} calls) while the previous ${history} hold its calls on ${DAY_LEVEL_MIN_DAYS} days or more; the other metrics with ${live}'s own history. ${dismiss}`;
}

/** Why a release compared with the version it replaced until lately now reads as it does. */
export function endedNote(live: string, ended: ReleaseReference, spans: Spans): string {
  const { version, released, days, metrics } = ended;
  const names = metrics.map(metricName).join(', ');
  return `Version ${live} is no longer compared with version ${version.version}, which it replaced: the previous ${formatDuration(spans.historyMs)} no longer hold enough of ${version.version}'s calls, or ${live}'s first day (${released}). Its first ${days} days read worse than ${version.version} on ${names}, and it is now its own reference: a level it kept since then reads healthy, though nothing changed. Said for about ${ENDED_NOTICE_DAYS} days after that comparison ends.`;
}
