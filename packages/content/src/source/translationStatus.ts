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
  /**
   * A missing text of a card that the translation file seems to have under a mistyped id: that
   * id and where it is (`wish-mysef-3` in en.yaml for the card `wish-myself-3`).
   */
  typo?: { id: string } & SourceLocation;
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
  // "There is no card "wish-mysef-3"… did you mean "wish-myself-3"?": by file and the card meant.
  const typos = new Map<string, { id: string } & SourceLocation>();
  for (const problem of loaded.problems) {
    const meant = problem.params?.suggestion;
    const id = problem.params?.cardId;
    if (problem.code !== 'translation-unknown-card' || meant === undefined || id === undefined) continue;
    const key = `${problem.file}\n${String(meant)}`;
    if (!typos.has(key))
      typos.set(key, { id: String(id), file: problem.file, line: problem.line, column: problem.column });
  }
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
          const typo =
            file !== undefined && cardId !== undefined ? typos.get(`${file}\n${cardId}`) : undefined;
          status.missing.push({ ...base, ...loaded.locate([...path, language]), ...(typo ? { typo } : {}) });
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
