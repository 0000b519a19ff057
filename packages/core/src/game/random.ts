/**
 * Seeded randomness, so the same seed and the same events replay to the same game.
 * mulberry32: a tiny, fast 32-bit generator; good enough to shuffle cards, not for secrets.
 */

/** Returns a number in [0, 1) and the generator's next state. */
export function nextRandom(state: number): [value: number, next: number] {
  const next = (state + 0x6d2b79f5) | 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

/**
 * A shuffled copy of `items` (Fisher–Yates), the same for the same seed.
 *
 * @example
 * shuffle(['a', 'b', 'c'], 42); // always the same order for seed 42
 */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  let state = seed | 0;
  for (let i = out.length - 1; i > 0; i--) {
    const [r, next] = nextRandom(state);
    state = next;
    const j = Math.floor(r * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}
