/** The "How to read this" paragraph of a run paired by case (`pair-by`). */
import type { MethodItem } from './method.js';
import type { CompareReport } from '../../report/types.js';

/**
 * The pairing paragraph, when the run was asked to pair calls by case; none otherwise. The key
 * is an input (in a fork's report, the fork's own): `literal` shows it safely in the output's
 * format.
 */
export function pairingItems(
  report: CompareReport,
  literal: (text: string) => string,
): MethodItem[] {
  const raw = report.settings.pair_by;
  if (raw === undefined) return [];
  const key = literal(raw);
  // A key no comparison could pair by (on no call, or on too few cases) paired nothing.
  if (!report.comparisons.some((c) => c.pairing?.paired))
    return [
      {
        term: 'Pairing',
        text: `Calls were to be matched by the case named in their metadata (${key}), but no comparison had enough cases with a value on both sides: every test ran unpaired, as the warnings say.`,
      },
    ];
  return [
    {
      term: 'Pairing',
      text:
        `Calls were matched by the case named in their metadata (${key}); each case\u2019s calls were averaged per side. ` +
        'Where at least the minimum number of cases had a value on both sides, the test ran on the per-case differences: ' +
        'paired t-test for quality, accuracy, cost and tokens (interval of the mean difference), Wilcoxon signed-rank for latency ' +
        '(its change the Hodges-Lehmann estimate of the differences against the baseline\u2019s median, with their interval), McNemar\u2019s exact test for the success rate ' +
        '(with more than one call of a case on a side, the stratified exact test, each case a stratum of its calls, ' +
        'or the t-test on the per-case differences where the two lean different ways or values are not 0 and 1; ' +
        'with the interval of the mean per-case difference). ' +
        'Cases on one side only and calls without a case id were left out of those tests; other metrics were tested unpaired, as a note says. ' +
        'For paired metrics, the sides\u2019 n count matched cases and the calls needed for an inconclusive metric are cases.',
    },
  ];
}
