/**
 * The card list's filters, search and sort. What a card is searched by (its id, tags and texts in
 * every language) is remembered per card object, so a search over 1,000 cards only prepares the
 * cards that changed.
 */
import { CARD_FAMILIES } from '@ontdek-doe/core/schema';
import {
  cardsOf,
  cardTextPaths,
  defaultLanguageOf,
  idOf,
  isData,
  languagesOf,
  themesOf,
  valueAt,
  type Data,
} from './deckData.ts';
import { translationStateOf } from './translatedFrom.ts';
import type { CardQuery, EditorProblem, TranslationState } from './types.ts';

/** Lower case, without accents: `Één` and `een` are the same to a search. */
export const foldText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

const haystacks = new WeakMap<object, string>();

/** Everything a card is found by, folded: id, tags and every text in every language. */
function haystackOf(card: Data): string {
  let found = haystacks.get(card);
  if (found !== undefined) return found;
  const parts: string[] = [];
  if (typeof card.id === 'string') parts.push(card.id);
  if (Array.isArray(card.tags)) for (const tag of card.tags) if (typeof tag === 'string') parts.push(tag);
  for (const path of cardTextPaths(card)) {
    const text = valueAt(card, path);
    if (isData(text))
      for (const value of Object.values(text)) if (typeof value === 'string') parts.push(value);
  }
  found = foldText(parts.join('\n'));
  haystacks.set(card, found);
  return found;
}

const STATE_RANK: Record<TranslationState, number> = { missing: 0, outdated: 1, done: 2 };

/** The state of each text of a card in one language, remembered per card object. */
const states = new WeakMap<object, Map<string, TranslationState[]>>();
function textStates(card: Data, language: string, defaultLanguage: string): TranslationState[] {
  let byLanguage = states.get(card);
  if (!byLanguage) states.set(card, (byLanguage = new Map()));
  const key = `${language}\u0000${defaultLanguage}`;
  let found = byLanguage.get(key);
  if (!found) {
    found = cardTextPaths(card).map((path) =>
      translationStateOf(valueAt(card, path), language, defaultLanguage),
    );
    byLanguage.set(key, found);
  }
  return found;
}

/**
 * The translation state of a whole card in one language: `missing` when any text is missing,
 * else `outdated` when any is outdated, else `done`.
 */
export function cardTranslationState(
  card: unknown,
  language: string,
  defaultLanguage: string,
): TranslationState {
  if (!isData(card)) return 'done';
  let worst: TranslationState = 'done';
  for (const state of textStates(card, language, defaultLanguage))
    if (STATE_RANK[state] < STATE_RANK[worst]) worst = state;
  return worst;
}

/** Whether any text of `card` is in `state` in one of `languages`. */
function hasState(
  card: Data,
  state: TranslationState,
  languages: readonly string[],
  defaultLanguage: string,
): boolean {
  return languages.some((language) => textStates(card, language, defaultLanguage).includes(state));
}

/**
 * The ids of the cards of `data` that match `query`, in the order asked for. `problems` are the
 * draft's problems (for the `problems` filter).
 *
 * @example
 * ```ts
 * queryCards(deck, { search: 'blij', depth: 1, sort: 'id' }, []);
 * ```
 */
export function queryCards(data: Data, query: CardQuery, problems: () => readonly EditorProblem[]): string[] {
  const defaultLanguage = defaultLanguageOf(data);
  const terms =
    query.search === undefined
      ? []
      : foldText(query.search)
          .split(/\s+/)
          .filter((term) => term !== '');
  const targetLanguages =
    query.language !== undefined ? [query.language] : languagesOf(data).filter((l) => l !== defaultLanguage);
  let withProblem: Set<string> | undefined;
  if (query.problems !== undefined) {
    withProblem = new Set();
    for (const problem of problems()) {
      if (problem.cardId === undefined) continue;
      const matches =
        query.problems === 'readability'
          ? problem.kind === 'readability'
          : problem.severity === query.problems &&
            (query.problems === 'error' || problem.kind !== 'readability');
      if (matches) withProblem.add(problem.cardId);
    }
  }

  const found: { id: string; card: Data; index: number }[] = [];
  cardsOf(data).forEach((card, index) => {
    if (!isData(card)) return;
    const id = idOf(card) ?? '';
    if (query.family !== undefined && card.family !== query.family) return;
    if (query.theme !== undefined && card.theme !== query.theme) return;
    if (query.depth !== undefined && card.depth !== query.depth) return;
    if (withProblem && !withProblem.has(id)) return;
    if (terms.length > 0) {
      const haystack = haystackOf(card);
      if (!terms.every((term) => haystack.includes(term))) return;
    }
    if (
      query.translation !== undefined &&
      !hasState(card, query.translation, targetLanguages, defaultLanguage)
    )
      return;
    found.push({ id, card, index });
  });

  const order = sortKey(data, query, targetLanguages, defaultLanguage);
  if (order) {
    const keyed = found.map((item) => ({ item, key: order(item.card) }));
    keyed.sort((a, b) => compareKeys(a.key, b.key) || a.item.index - b.item.index);
    return keyed.map(({ item }) => item.id);
  }
  return found.map((item) => item.id);
}

type Key = string | number;

function compareKeys(a: Key, b: Key): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'nl');
}

/** How to order by the chosen field; `undefined` for deck order. */
function sortKey(
  data: Data,
  query: CardQuery,
  languages: readonly string[],
  defaultLanguage: string,
): ((card: Data) => Key) | undefined {
  const last = Number.MAX_SAFE_INTEGER;
  switch (query.sort) {
    case 'id':
      return (card) => (typeof card.id === 'string' ? card.id : '');
    case 'family': {
      const families: readonly string[] = CARD_FAMILIES;
      return (card) => {
        const at = families.indexOf(String(card.family));
        return at < 0 ? last : at;
      };
    }
    case 'theme': {
      const themes = themesOf(data).map(idOf);
      return (card) => {
        const at = themes.indexOf(typeof card.theme === 'string' ? card.theme : undefined);
        return at < 0 ? last : at;
      };
    }
    case 'depth':
      return (card) => (typeof card.depth === 'number' ? card.depth : last);
    case 'translation':
      return (card) =>
        Math.min(
          ...languages.map((language) => STATE_RANK[cardTranslationState(card, language, defaultLanguage)]),
          2,
        );
    default:
      return undefined;
  }
}
