// Which history days a health window is judged against: a run of regressed days (a new level)
// is left out, a lone bad day stays with the days it belongs to.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/store-writer.mjs';
import { dayLevelMayApply, referenceDays } from '../../src/analysis/day-level.js';
import type { MetricTest } from '../../src/analysis/metric-test.js';
import { METRIC_SPECS } from '../../src/metrics.js';
import type { DayMoments } from '../../src/stats/index.js';

const quality = {
  metric: 'quality_score' as const,
  spec: METRIC_SPECS.quality_score,
  threshold: 0.1,
};

// 200 calls with a spread of 0.1 around `mean`.
const day = (mean: number): DayMoments => ({ n: 200, mean, m2: 199 * 0.01 });

// Calm days around 0.85 (±0.4 %), the same on every run.
const calm = (k: number): DayMoments => day(0.85 + 0.0035 * Math.sin(k * 2.3));
const bad = day(0.7);

describe('referenceDays', () => {
  it('leaves out a run of regressed days and keeps a lone one', () => {
    const history = [
      ...Array.from({ length: 8 }, (_, k) => calm(k)),
      bad,
      ...Array.from({ length: 5 }, (_, k) => calm(10 + k)),
      bad,
      bad,
      bad,
      ...Array.from({ length: 4 }, (_, k) => calm(20 + k)),
    ];
    const ref = referenceDays(quality, history, calm(30), 0.05);
    expect(ref.excluded).toBe(3);
    expect(ref.days).toHaveLength(history.length - 3);
    expect(ref.days.filter((d) => d === bad)).toHaveLength(1);
  });

  it('leaves out a new level near the threshold, its days on either side of it', () => {
    // Two weeks calm, then two weeks 9 % and 12 % down by turns: every day significantly worse,
    // half of them by less than the 10 % threshold. They are one new level, and all left out.
    const step = Array.from({ length: 14 }, (_, k) => day(0.85 * (k % 2 === 0 ? 0.91 : 0.88)));
    const history = [...Array.from({ length: 14 }, (_, k) => calm(k)), ...step];
    const ref = referenceDays(quality, history, day(0.85 * 0.895), 0.05);
    expect(ref.excluded).toBe(14);
    expect(ref.days.every((d) => !step.includes(d))).toBe(true);
    // A step below the threshold, two of its days pushed past it by noise: it stays in the
    // reference, which it belongs to, rather than alerting on its noisiest days for weeks.
    const below = Array.from({ length: 14 }, (_, k) =>
      day(0.85 * ([4, 9].includes(k) ? 0.88 : 0.93)),
    );
    const accepted = referenceDays(quality, [...history.slice(0, 14), ...below], day(0.85 * 0.93), 0.05); // prettier-ignore
    expect(accepted.excluded).toBe(0);
    // Significantly worse by less than the threshold throughout: no new level to leave out.
    const slight = Array.from({ length: 14 }, () => day(0.85 * 0.95));
    const mild = referenceDays(quality, [...history.slice(0, 14), ...slight], day(0.8), 0.05);
    expect(mild.excluded).toBe(0);
  });

  it('leaves out an outage under way in the first days, which no earlier day could judge', () => {
    // Three calm days, an 11-day outage, calm again, and the outage back on the newest day and
    // in the window. The outage's first days were the replay's first reference: every day of it
    // read as ordinary, and the window's drop hid in their spread.
    const history = [
      ...Array.from({ length: 3 }, (_, k) => calm(k)),
      ...Array.from({ length: 11 }, () => day(0.5)),
      ...Array.from({ length: 13 }, (_, k) => calm(10 + k)),
      day(0.5),
    ];
    const ref = referenceDays(quality, history, day(0.5), 0.05);
    expect(ref.excluded).toBe(12);
    expect(ref.days.every((d) => d.mean > 0.8)).toBe(true);
    // Begun on the first day, the same; begun on the sixth, the replay saw it already.
    const first = [...Array.from({ length: 11 }, () => day(0.5)), ...history.slice(14)];
    expect(referenceDays(quality, first, day(0.5), 0.05).excluded).toBe(12);
    const later = [...Array.from({ length: 5 }, (_, k) => calm(k)), ...history.slice(3)];
    expect(referenceDays(quality, later, day(0.5), 0.05).excluded).toBe(12);
    // A calm history's first days stay whatever the newer days do.
    const calmFirst = [...Array.from({ length: 14 }, (_, k) => calm(k)), ...history.slice(14)];
    expect(referenceDays(quality, calmFirst, calm(30), 0.05).excluded).toBe(0);
  });

  it('leaves out the newest regressed day only when the window regressed too', () => {
    const history = [...Array.from({ length: 10 }, (_, k) => calm(k)), bad];
    const recovered = referenceDays(quality, history, calm(11), 0.05);
    expect(recovered).toMatchObject({ excluded: 0 });
    expect(recovered.days).toContain(bad);
    const stillDown = referenceDays(quality, history, day(0.69), 0.05);
    expect(stillDown).toMatchObject({ excluded: 1 });
    expect(stillDown.days).not.toContain(bad);
  });

  it('leaves out few days when nothing changed, however the days fall', () => {
    // 28 days with real day-to-day spread (8 %, beyond what 200 calls a day explain) and no
    // change at all. Leaving out every day that regressed against the days kept before it lost
    // 1.6 days a history on average, and 4 or more in one history of 7: when the first days
    // happen to be high, the later ordinary days read as regressions one after another.
    const rand = mulberry32(7);
    const normal = (): number =>
      Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    let excluded = 0;
    let many = 0;
    const histories = 300;
    for (let k = 0; k < histories; k++) {
      const history = Array.from({ length: 28 }, () => day(0.85 * (1 + 0.08 * normal())));
      const ref = referenceDays(quality, history, day(0.85 * (1 + 0.08 * normal())), 0.05);
      expect(ref.days.length + ref.excluded).toBe(28);
      excluded += ref.excluded;
      if (ref.excluded >= 4) many += 1;
    }
    expect(excluded / histories).toBeLessThan(0.5);
    expect(many / histories).toBeLessThan(0.03);
  });
});

describe('dayLevelMayApply', () => {
  const tested = { pWorse: 0.2, pairing: undefined };
  it('is false exactly when the day-level test keeps the call-level one whatever the days', () => {
    expect(dayLevelMayApply(tested, calm(1))).toBe(true);
    expect(dayLevelMayApply({ ...tested, pWorse: null }, calm(1))).toBe(false);
    expect(dayLevelMayApply(tested, undefined)).toBe(false);
    expect(
      dayLevelMayApply(
        { pWorse: 0.2, pairing: { paired: true } as MetricTest['pairing'] },
        calm(1),
      ),
    ).toBe(false);
  });
});
