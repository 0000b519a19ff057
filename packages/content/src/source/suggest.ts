/**
 * "Did you mean …?": the closest of a list of known words to a word that is not in it.
 */

/** The edit distance between two words: insertions, deletions, substitutions and swaps of two neighbours. */
function distance(a: string, b: string): number {
  if (a === b) return 0;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row[j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      row[j] = best;
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/**
 * The known word closest to `word`, if it is close enough to be a typo (at most a third of its
 * letters differ, and at most 4), ignoring case.
 *
 * @example
 * ```ts
 * suggest('wish-myslef-1', ['wish-myself-1', 'need-home-2']); // 'wish-myself-1'
 * suggest('banana', ['wish-myself-1']); // undefined
 * ```
 */
export function suggest(word: string, known: Iterable<string>): string | undefined {
  const target = word.toLowerCase();
  const limit = Math.min(4, Math.max(1, Math.floor(target.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    if (Math.abs(candidate.length - target.length) > limit) continue;
    const d = distance(target, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
