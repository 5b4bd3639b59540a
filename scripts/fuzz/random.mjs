// Deterministic choices for the fuzzer: every case is a pure function of (seed, case number),
// drawn from store-writer's mulberry32 seeded with hash32 of both.

/** An integer in [0, n). */
export const int = (rand, n) => Math.floor(rand() * n);

/** One element of a list. */
export const pick = (rand, list) => list[int(rand, list.length)];

/** One element of a list of { w } by weight. */
export function weighted(rand, list) {
  let x = rand() * list.reduce((s, m) => s + m.w, 0);
  for (const m of list) if ((x -= m.w) < 0) return m;
  return list.at(-1);
}
