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
  const found = textIn(text, language) ?? textIn(text, fallback);
  if (found !== undefined) return found;
  if (text) {
    for (const value of Object.values(text))
      if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return '';
}

/**
 * The question of a card as a player should see it. With `reading: 'easy'` it is the easy
 * version in the player's language; when that is missing, the standard question in the player's
 * language; when that is missing too, the easy version in the deck's default language, then the
 * standard one. A language the player reads comes before easier words in another language.
 *
 * @example
 * ```ts
 * cardPrompt(card, deck, 'en', 'easy'); // card.easy.en ?? card.prompt.en ?? card.easy.nl ?? card.prompt.nl
 * ```
 */
export function cardPrompt(card: Card, deck: Deck, language: LanguageCode, reading: ReadingLevel): string {
  if (reading === 'easy') {
    const easy =
      textIn(card.easy, language) ??
      (textIn(card.prompt, language) === undefined ? textIn(card.easy, deck.defaultLanguage) : undefined);
    if (easy !== undefined) return easy;
  }
  return localize(card.prompt, language, deck.defaultLanguage);
}
