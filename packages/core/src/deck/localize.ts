/**
 * Picking the right language (and reading level) of a text, with fallbacks, for the game engine
 * and the components.
 */
import type { Card, Deck, LanguageCode, LocalizedText, ReadingLevel } from '../types.ts';

function textIn(text: LocalizedText | undefined, language: LanguageCode): string | undefined {
  if (!text || !Object.hasOwn(text, language)) return undefined;
  const value = text[language];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The first non-empty text of any language, with its language. */
function firstText(text: LocalizedText | undefined): { text: string; language: LanguageCode } | undefined {
  if (!text) return undefined;
  for (const [language, value] of Object.entries(text))
    if (typeof value === 'string' && value.trim() !== '') return { text: value, language };
  return undefined;
}

/**
 * The text in `language`, else in `fallback`, else the first non-empty text of any language,
 * else `''`. Blank texts count as missing.
 *
 * @example
 * ```ts
 * localize({ nl: 'Hallo', en: 'Hello' }, 'en', 'nl'); // 'Hello'
 * localize({ nl: 'Hallo' }, 'ar', 'nl'); // 'Hallo'
 * localize(undefined, 'nl', 'nl'); // ''
 * ```
 */
export function localize(
  text: LocalizedText | undefined,
  language: LanguageCode,
  fallback: LanguageCode,
): string {
  return localizeIn(text, [language, fallback]);
}

/**
 * The text in the first of `languages` that has it, else the first non-empty text of any
 * language, else `''`. Blank texts count as missing.
 *
 * @example
 * ```ts
 * localizeIn({ nl: 'Wandelen', ar: 'المشي' }, ['en', 'ar', 'nl']); // 'المشي'
 * ```
 */
export function localizeIn(text: LocalizedText | undefined, languages: readonly LanguageCode[]): string {
  for (const language of languages) {
    const found = textIn(text, language);
    if (found !== undefined) return found;
  }
  return firstText(text)?.text ?? '';
}

/** A card's question as shown, with the language and reading level it is actually in. */
export interface CardText {
  text: string;
  /** The language `text` is in: the player's, or the one a fallback found. */
  language: LanguageCode;
  /** True when `text` is the easy-language version of the question. */
  easy: boolean;
}

/**
 * The question of a card as a player should see it, and the language and reading level it is in.
 *
 * - `reading: 'easy'`: the easy version in the player's language; when that is missing, the
 *   standard question in the player's language; then the easy version in the deck's default
 *   language, then the standard one. A language the player reads comes before easier words in
 *   another language.
 * - `reading: 'standard'`: the standard question in the player's language, then in the deck's
 *   default language; only when the standard question is missing in both, the easy version in
 *   the player's language, then in the default language.
 *
 * When all of these are missing, the first non-empty standard question in any language, then
 * the first easy one; when the card has no text at all, `''` in the deck's default language.
 *
 * @example
 * ```ts
 * cardText(card, deck, 'en', 'standard'); // { text: 'What matters to you?', language: 'en', easy: false }
 * // A card with only nl text and an easy en version, for a standard English reader:
 * cardText(card, deck, 'en', 'standard'); // { text: card.easy.en, language: 'en', easy: true }
 * ```
 */
export function cardText(card: Card, deck: Deck, language: LanguageCode, reading: ReadingLevel): CardText {
  const fallback = deck.defaultLanguage;
  const order: [LocalizedText | undefined, LanguageCode, boolean][] =
    reading === 'easy'
      ? [
          [card.easy, language, true],
          [card.prompt, language, false],
          [card.easy, fallback, true],
          [card.prompt, fallback, false],
        ]
      : [
          [card.prompt, language, false],
          [card.prompt, fallback, false],
          [card.easy, language, true],
          [card.easy, fallback, true],
        ];
  for (const [texts, lang, easy] of order) {
    const text = textIn(texts, lang);
    if (text !== undefined) return { text, language: lang, easy };
  }
  const anyPrompt = firstText(card.prompt);
  if (anyPrompt) return { ...anyPrompt, easy: false };
  const anyEasy = firstText(card.easy);
  if (anyEasy) return { ...anyEasy, easy: true };
  return { text: '', language: fallback, easy: false };
}

/**
 * The question of a card as a player should see it: `cardText(...).text` (see {@link cardText}
 * for the order of fallbacks).
 *
 * @example
 * ```ts
 * cardPrompt(card, deck, 'en', 'easy'); // card.easy.en ?? card.prompt.en ?? card.easy.nl ?? card.prompt.nl
 * ```
 */
export function cardPrompt(card: Card, deck: Deck, language: LanguageCode, reading: ReadingLevel): string {
  return cardText(card, deck, language, reading).text;
}
