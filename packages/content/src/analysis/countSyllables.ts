/**
 * A Dutch syllable counter, good enough for readability scores (not for hyphenation).
 *
 * Dutch spelling is close to its sound: every syllable has one vowel sound, and a vowel sound is
 * written as one letter or as a fixed group of letters. So the counter splits a word into vowel
 * groups and counts the vowel sounds in each group:
 *
 * - Fixed groups count as one sound: `aai ooi oei eeu eau` (haai, mooi, groei, leeuw, cadeau),
 *   `ieu` before a `w` or at the end (nieuw, milieu; but reli-gi-eus), the long vowels and
 *   diphthongs `aa ee oo uu ie oe eu ui ei ij ou au`, and `ai ay ey oy uy` (mail, hockey, Huygens).
 * - Other neighbouring vowels are separate sounds: the-a-ter, i-de-aal, ac-tu-eel, ra-di-o.
 * - A trema starts a new sound: ide-eën, Belgi-ë, ru-ïne, ge-ïnteresseerd.
 * - `y` is a vowel (baby), except at the start before a vowel, where it sounds as `j` (yoga).
 * - `qu` sounds as `kw`, so its `u` is not a vowel (a-qua-ri-um).
 * - A final `e` is a syllable in Dutch (mo-de, ko-ffie). English loanwords with a silent `e`
 *   (game, online) and a few other loanwords are listed as exceptions.
 * - Parts of a hyphenated word are counted apart and added (e-mail, Doe-opdracht).
 * - A word with letters but no vowel (`'s`, `km`) counts as one syllable.
 */

/** Loanwords the rules get wrong, with their spoken syllable count. Lower case, without diacritics. */
const EXCEPTIONS: ReadonlyMap<string, number> = new Map([
  ['game', 1],
  ['games', 1],
  ['site', 1],
  ['sites', 1],
  ['website', 2],
  ['websites', 2],
  ['online', 2],
  ['offline', 2],
  ['smartphone', 2],
  ['smartphones', 2],
  ['update', 2],
  ['updates', 2],
  ['team', 1],
  ['teams', 1],
  ['coach', 1],
  ['coaches', 2],
  ['coachen', 2],
  ['date', 1],
  ['nice', 1],
  ['time', 1],
  ['make', 1],
  ['skate', 1],
  ['skaten', 2],
  ['chatten', 2],
  ['museum', 3],
  ['musea', 3],
]);

/** Vowel sounds of three and two letters, longest first. `ĳ` stands for `ij`. */
const GROUPS_3 = ['aai', 'ooi', 'oei', 'eeu', 'eau'];
const GROUPS_2 = [
  'aa',
  'ee',
  'oo',
  'uu',
  'ie',
  'oe',
  'eu',
  'ui',
  'ei',
  'ou',
  'au',
  'ai',
  'ay',
  'ey',
  'oy',
  'uy',
];
const VOWEL = /[aeiouyĳ]/;
/** Marks a vowel that had a trema: it starts a new sound. */
const BREAK = '|';

/** Lower case, `ij` as one letter, diacritics removed, a trema turned into a break before its vowel. */
function normalise(word: string): string {
  const decomposed = word.toLowerCase().replace(/ĳ/g, 'ij').normalize('NFD');
  let out = '';
  for (let i = 0; i < decomposed.length; i++) {
    const ch = decomposed[i]!;
    if (/[\u0300-\u036f]/.test(ch)) continue;
    // U+0308 COMBINING DIAERESIS: a trema (ë, ï, ö, ü) after this letter
    if (decomposed[i + 1] === '\u0308' && /[aeiouy]/.test(ch)) out += BREAK;
    out += ch;
  }
  return out
    .replace(/qu/g, 'kw')
    .replace(/ij/g, 'ĳ')
    .replace(/^y(?=[aeiou])/, 'j');
}

/** The number of vowel sounds in one run of vowel letters. */
function soundsIn(run: string, followedBy: string): number {
  let count = 0;
  let i = 0;
  while (i < run.length) {
    const three = run.slice(i, i + 3);
    const atEndOfRun = i + 3 >= run.length;
    if (three === 'ieu' && atEndOfRun && (followedBy === 'w' || followedBy === '')) i += 3;
    else if (GROUPS_3.includes(three)) i += 3;
    else if (GROUPS_2.includes(run.slice(i, i + 2))) i += 2;
    else i += 1;
    count++;
  }
  return count;
}

function countPart(part: string): number {
  const exception = EXCEPTIONS.get(part.replace(/[^a-zĳ]/g, ''));
  if (exception !== undefined) return exception;
  let count = 0;
  let i = 0;
  while (i < part.length) {
    if (part[i] === BREAK) {
      i++;
      continue;
    }
    if (!VOWEL.test(part[i]!)) {
      i++;
      continue;
    }
    let end = i;
    while (end < part.length && VOWEL.test(part[end]!)) end++;
    count += soundsIn(part.slice(i, end), part[end] ?? '');
    i = end;
  }
  return count === 0 && /\p{L}/u.test(part) ? 1 : count;
}

/**
 * The number of syllables of a Dutch word (or of each part of a hyphenated word, added).
 * Returns 0 for a string without letters.
 *
 * @example
 * ```ts
 * countSyllables('gezondheid'); // 3
 * countSyllables('ideeën'); // 3
 * countSyllables('nieuw'); // 1
 * ```
 */
export function countSyllables(word: string): number {
  if (!/\p{L}/u.test(word)) return 0;
  return normalise(word)
    .split(/[-‐–]/)
    .filter((part) => /\p{L}/u.test(part))
    .reduce((sum, part) => sum + countPart(part), 0);
}
