// Deterministic choices for the fuzzer: every case is a pure function of (seed, case number).

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

/** FNV-1a of a string: the seed of one case's PRNG. */
export function hash32(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
