/**
 * The merged deck back in the source format's shape: deck.yaml's data (every text in the default
 * language as a plain text, simple answers as one word) and one translation file's data per extra
 * language (every text as a pair `{ en: …, nl: … }` next to the text it was made from). The
 * reverse of `toDeckInput` and `applyTranslation`.
 */
import {
  cardsOf,
  defaultLanguageOf,
  idOf,
  isData,
  languagesOf,
  themesOf,
  valueAt,
  type Data,
} from './deckData.ts';
import { isFilled, translatedFrom } from './translatedFrom.ts';
import type { IssuePath } from './types.ts';

/** The answer kinds written as one word: `answer: talk`. */
const SIMPLE_ANSWERS = new Set(['talk', 'text', 'faces']);

/** A text in the default language as deck.yaml writes it: the text, or empty (`null`) when there is none. */
function plainText(value: unknown, language: string): unknown {
  if (!isData(value)) return value;
  return Object.hasOwn(value, language) ? value[language] : null;
}

function withPlainTexts(value: unknown, keys: readonly string[], language: string): unknown {
  if (!isData(value)) return value;
  const out: Data = { ...value };
  for (const key of keys) if (Object.hasOwn(out, key)) out[key] = plainText(out[key], language);
  return out;
}

function sourceAnswer(value: unknown, language: string): unknown {
  if (!isData(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && typeof value.kind === 'string' && SIMPLE_ANSWERS.has(value.kind))
    return value.kind;
  const out: Data = { ...value };
  if (Array.isArray(out.options))
    out.options = out.options.map((option) => withPlainTexts(option, ['label'], language));
  return out;
}

/** One card as deck.yaml writes it. */
export function sourceCard(card: unknown, language: string): unknown {
  if (!isData(card)) return card;
  const out = withPlainTexts(card, ['prompt', 'easy'], language) as Data;
  for (const key of ['hints', 'followUps'] as const)
    if (Array.isArray(out[key])) out[key] = (out[key] as unknown[]).map((item) => plainText(item, language));
  if (Object.hasOwn(out, 'picture')) out.picture = withPlainTexts(out.picture, ['alt'], language);
  if (Object.hasOwn(out, 'answer')) out.answer = sourceAnswer(out.answer, language);
  return out;
}

/**
 * deck.yaml's data for the merged deck: `defaultLanguage` is left out (the first of `languages`
 * is the default, so it is moved to the front).
 *
 * @example
 * ```ts
 * toDeckYamlData({ languages: ['nl'], defaultLanguage: 'nl', cards: [{ prompt: { nl: 'Hoi' }, answer: { kind: 'talk' } }] });
 * // { languages: ['nl'], cards: [{ prompt: 'Hoi', answer: 'talk' }] }
 * ```
 */
export function toDeckYamlData(data: Data): Data {
  const language = defaultLanguageOf(data);
  const out = withPlainTexts(data, ['title', 'description'], language) as Data;
  delete out.defaultLanguage;
  if (Array.isArray(data.languages) && data.languages[0] !== language && data.languages.includes(language))
    out.languages = [language, ...data.languages.filter((code) => code !== language)];
  if (Array.isArray(out.themes))
    out.themes = out.themes.map((theme) => withPlainTexts(theme, ['title'], language));
  if (Array.isArray(out.cards)) out.cards = out.cards.map((card) => sourceCard(card, language));
  return out;
}

/** How the translation file writes a text: as a pair, a plain translation, or not at all. */
export type PairOptions = {
  /** Write `{ de: '', nl: … }` for a text that is not translated yet (a new language's file). */
  empty: boolean | ((filePath: IssuePath) => boolean);
};

/**
 * One translation file's data for `language`: `language`, `deck`, `themes` and `cards`, each text
 * as `{ <language>: translation, <default>: the text it was made from }`.
 *
 * @example
 * ```ts
 * toTranslationData(deck, 'en', { empty: false }).cards; // { 'wish-myself-1': { prompt: { en: …, nl: … } }, … }
 * ```
 */
export function toTranslationData(data: Data, language: string, options: PairOptions): Data {
  const defaultLanguage = defaultLanguageOf(data);
  const wantsEmpty = (filePath: IssuePath) =>
    typeof options.empty === 'function' ? options.empty(filePath) : options.empty;
  const pair = (text: unknown, filePath: IssuePath): unknown => {
    if (!isData(text)) return undefined;
    const current = typeof text[defaultLanguage] === 'string' ? text[defaultLanguage] : '';
    const translation = text[language];
    if (!isFilled(translation)) {
      return wantsEmpty(filePath) ? { [language]: '', [defaultLanguage]: current } : undefined;
    }
    const from = translatedFrom(text);
    if (Object.hasOwn(from, language) && from[language] === null) return translation;
    const was = Object.hasOwn(from, language) ? from[language] : current;
    return { [language]: translation, [defaultLanguage]: was };
  };
  const put = (target: Data, key: string, value: unknown) => {
    if (value !== undefined) target[key] = value;
  };
  /** A list matched by position: missing items before a translated one are written as empty pairs. */
  const list = (items: unknown, filePath: IssuePath): unknown[] | undefined => {
    if (!Array.isArray(items)) return undefined;
    const written = items.map((item, index) => pair(item, [...filePath, index]));
    let end = written.length;
    while (end > 0 && written[end - 1] === undefined) end--;
    if (end === 0) return undefined;
    return written
      .slice(0, end)
      .map((item, index) =>
        item === undefined
          ? { [language]: '', [defaultLanguage]: plainDefault(items[index], defaultLanguage) }
          : item,
      );
  };

  const out: Data = { language };
  const deck: Data = {};
  put(deck, 'title', pair(data.title, ['deck', 'title']));
  put(deck, 'description', pair(data.description, ['deck', 'description']));
  if (Object.keys(deck).length > 0) out.deck = deck;

  const themes: Data = {};
  for (const theme of themesOf(data)) {
    const id = idOf(theme);
    if (id === undefined || !isData(theme)) continue;
    const title = pair(theme.title, ['themes', id, 'title']);
    if (title !== undefined) themes[id] = { title };
  }
  if (Object.keys(themes).length > 0) out.themes = themes;

  const cards: Data = {};
  for (const card of cardsOf(data)) {
    const id = idOf(card);
    if (id === undefined || !isData(card) || Object.hasOwn(cards, id)) continue;
    const base: IssuePath = ['cards', id];
    const entry: Data = {};
    put(entry, 'prompt', pair(card.prompt, [...base, 'prompt']));
    put(entry, 'easy', pair(card.easy, [...base, 'easy']));
    put(entry, 'hints', list(card.hints, [...base, 'hints']));
    put(entry, 'followUps', list(card.followUps, [...base, 'followUps']));
    const alt = pair(valueAt(card, ['picture', 'alt']), [...base, 'picture', 'alt']);
    if (alt !== undefined) entry.picture = { alt };
    const options = valueAt(card, ['answer', 'options']);
    if (Array.isArray(options)) {
      const labels: Data = {};
      for (const option of options) {
        const optionId = idOf(option);
        if (optionId === undefined || !isData(option)) continue;
        put(labels, optionId, pair(option.label, [...base, 'options', optionId]));
      }
      if (Object.keys(labels).length > 0) entry.options = labels;
    }
    if (Object.keys(entry).length > 0) cards[id] = entry;
  }
  if (Object.keys(cards).length > 0) out.cards = cards;
  return out;
}

function plainDefault(text: unknown, language: string): string {
  return isData(text) && typeof text[language] === 'string' ? text[language] : '';
}

/** The extra languages of the deck: every listed language but the default one. */
export function extraLanguages(data: Data): string[] {
  const defaultLanguage = defaultLanguageOf(data);
  return languagesOf(data).filter((language) => language !== defaultLanguage);
}
