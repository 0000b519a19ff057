/**
 * Per language: which texts are not translated yet, and which translations were made from a
 * default-language text that has changed since (outdated). With the place of each, by card.
 */
import type { Deck } from '@ontdek-doe/core/schema';
import { textPlace } from '../messages/contentMessages.ts';
import type { IssuePath, LoadedDeck, Message, SourceLocation } from '../types.ts';
import { deckTexts } from './deckTexts.ts';
import { pathKey } from './parseYamlSource.ts';

/** One text in the translation status. */
export interface TranslationEntry extends SourceLocation {
  /** The text's path in the deck, without the language. */
  path: IssuePath;
  /** Which text, in words: `Kaart 3 (id "x"), vraag` / `Card 3 (id "x"), question`. */
  place: Message;
  cardId?: string;
  /** The default-language text as it is now. */
  current: string;
  /** The translation (outdated texts only). */
  translation?: string;
  /** The default-language text the translation was made from; `undefined` when none was written. */
  was?: string;
}

/** The status of one language. */
export interface LanguageStatus {
  language: string;
  /** The translation file, e.g. `en.yaml`; `undefined` when there is none. */
  file?: string;
  /** How many texts the deck has, and how many of them are translated (outdated ones included). */
  total: number;
  translated: number;
  missing: TranslationEntry[];
  outdated: TranslationEntry[];
}

/** What {@link translationStatus} gives back. */
export interface TranslationStatus {
  deckId: string;
  defaultLanguage: string;
  /** Every language of the deck except the default one, in the deck's order. */
  languages: LanguageStatus[];
}

const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Works out the translation status of a loaded deck (it must have loaded without errors).
 *
 * @example
 * ```ts
 * const loaded = loadDeckFolder('decks/basis');
 * if (loaded.deck) {
 *   const status = translationStatus({ ...loaded, deck: loaded.deck });
 *   for (const l of status.languages) console.log(l.language, l.missing.length, l.outdated.length);
 * }
 * ```
 */
export function translationStatus(loaded: LoadedDeck & { deck: Deck }): TranslationStatus {
  const { deck } = loaded;
  const texts = deckTexts(deck);
  const languages = deck.languages.filter((language) => language !== deck.defaultLanguage);
  return {
    deckId: deck.id,
    defaultLanguage: deck.defaultLanguage,
    languages: languages.map((language) => {
      const file = loaded.translationFiles[language];
      const translations = loaded.translations[language];
      const status: LanguageStatus = {
        language,
        ...(file !== undefined ? { file } : {}),
        total: texts.length,
        translated: 0,
        missing: [],
        outdated: [],
      };
      for (const { path, params, cardId, text } of texts) {
        const current = text[deck.defaultLanguage] ?? '';
        const base = { path, place: textPlace(params), ...(cardId !== undefined ? { cardId } : {}), current };
        const translation = text[language];
        if (translation === undefined || translation.trim() === '') {
          status.missing.push({ ...base, ...loaded.locate([...path, language]) });
          continue;
        }
        status.translated++;
        const source = translations?.get(pathKey(path));
        if (source && (source.was === undefined || normalize(source.was) !== normalize(current))) {
          status.outdated.push({
            ...base,
            ...source.location,
            translation,
            ...(source.was !== undefined ? { was: source.was } : {}),
          });
        }
      }
      return status;
    }),
  };
}
