/**
 * The B1 readability check of the Dutch texts of a draft, as editor problems at each text. A
 * text's flags are remembered by its words, so only a text that changed is analysed again.
 */
import {
  readabilityFlags,
  type ReadabilityField,
  type ReadabilityFlag,
} from '../analysis/checkReadability.ts';
import { idOf, isData, type Data } from './deckData.ts';
import type { EditorProblem, IssuePath } from './types.ts';

/** The language the readability rules are made for. */
const LANGUAGE = 'nl';

/** Texts analysed before, by field and text. Cleared when it grows past this many. */
const MAX_CACHED = 50_000;
const cache = new Map<string, ReadabilityFlag[]>();

function flagsOf(text: string, field: ReadabilityField): ReadabilityFlag[] {
  const key = `${field}\u0000${text}`;
  let flags = cache.get(key);
  if (flags === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    flags = readabilityFlags(text, field);
    cache.set(key, flags);
  }
  return flags;
}

/** The checked texts of one card: question, easy question, hints and option labels (as `checkReadability`). */
function checkedTexts(card: Data): { field: ReadabilityField; path: IssuePath; text: unknown }[] {
  const out: { field: ReadabilityField; path: IssuePath; text: unknown }[] = [];
  if (isData(card.prompt)) out.push({ field: 'prompt', path: ['prompt'], text: card.prompt[LANGUAGE] });
  if (isData(card.easy)) out.push({ field: 'easy', path: ['easy'], text: card.easy[LANGUAGE] });
  if (Array.isArray(card.hints))
    card.hints.forEach((hint: unknown, index) => {
      if (isData(hint)) out.push({ field: 'hints', path: ['hints', index], text: hint[LANGUAGE] });
    });
  const answer = card.answer;
  if (isData(answer) && answer.kind === 'choice' && Array.isArray(answer.options))
    answer.options.forEach((option: unknown, index) => {
      if (isData(option) && isData(option.label))
        out.push({
          field: 'options',
          path: ['answer', 'options', index, 'label'],
          text: option.label[LANGUAGE],
        });
    });
  return out;
}

/**
 * One problem per readability flag of a Dutch text of the card at `index` (code
 * `readability-long-sentence`, `readability-long-word` or `readability-low-score`, always a
 * warning). None when the deck's `languages` have no Dutch.
 *
 * @example
 * ```ts
 * cardReadability(deck.cards[3], 3, deck.languages).map((p) => p.message.nl);
 * ```
 */
export function cardReadability(card: unknown, index: number, languages: readonly string[]): EditorProblem[] {
  if (!isData(card) || !languages.includes(LANGUAGE)) return [];
  const problems: EditorProblem[] = [];
  const cardId = idOf(card);
  for (const { field, path, text } of checkedTexts(card)) {
    if (typeof text !== 'string' || text.trim() === '') continue;
    for (const flag of flagsOf(text, field)) {
      problems.push({
        severity: 'warning',
        code: `readability-${flag.code}`,
        message: flag.message,
        path: ['cards', index, ...path, LANGUAGE],
        ...(cardId !== undefined ? { cardId } : {}),
        field: String(path[0]),
        language: LANGUAGE,
        kind: 'readability',
      });
    }
  }
  return problems;
}
