/**
 * The shared vocabulary of the content tools: where a problem is, what it says, and what loading a
 * deck folder gives back. The concept files import their domain words from here.
 */
import type { Deck, DeckIssue, IssuePath, Severity } from '@ontdek-doe/core/schema';

export type { Deck, DeckIssue, IssuePath, Severity };

/** The languages the tools speak (messages, headings): Dutch by default, or English. */
export type ToolLanguage = 'nl' | 'en';

/** A message in both tool languages. */
export interface Message {
  nl: string;
  en: string;
}

/** The values that go into a message (a card number, a file name, a limit, …). */
export type MessageParams = Record<string, string | number>;

/**
 * A place in a source file. `file` is relative to the deck folder (`deck.yaml`, `en.yaml`).
 * `line` and `column` count from 1; both are 0 when the problem is about the file as a whole
 * (it cannot be read, it is empty).
 */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/**
 * One problem in a deck folder, with its place in the source files: a problem the core found in
 * the merged deck (its `code` is one of the core's codes), or one only the source files can have
 * (invalid YAML, a translation for a card that does not exist, an unknown icon, …).
 */
export interface LocatedProblem extends SourceLocation {
  severity: Severity;
  /** Stable code, e.g. `missing-text` (from the core) or `yaml-syntax` (from this package). */
  code: string;
  /** Plain-language explanation, in Dutch and English. */
  message: Message;
  /** The place in the merged deck, e.g. `['cards', 3, 'prompt', 'en']`; `[]` for the whole file. */
  path: IssuePath;
  params?: MessageParams;
}

/** A text the game shows, its translation into one language and the default-language text it was made from. */
export interface TranslatedText {
  /** The place of the text in the merged deck, e.g. `['cards', 3, 'prompt']` (without the language). */
  path: IssuePath;
  /** The translation, as it stands in `<lang>.yaml`. */
  text: string;
  /** The default-language text next to it in `<lang>.yaml`; `undefined` when none was written. */
  was: string | undefined;
  /** Where the translation is. */
  location: SourceLocation;
}

/** What {@link loadDeckFolder} gives back. */
export interface LoadedDeck {
  /** The folder as given. */
  folder: string;
  /** The deck, when it has no errors (it may have warnings). */
  deck?: Deck;
  /** Every problem, in file order: deck.yaml first, then the translation files. */
  problems: LocatedProblem[];
  /** The default language (the first of `languages`, `nl` when that cannot be read). */
  defaultLanguage: string;
  /** The translation files that were read, by language: `{ en: 'en.yaml' }`. */
  translationFiles: Record<string, string>;
  /** Every translated text, by language, keyed by its deck path as JSON. */
  translations: Record<string, Map<string, TranslatedText>>;
  /** Finds the source place of any deck path (the nearest node that exists). */
  locate(path: IssuePath): SourceLocation;
}
