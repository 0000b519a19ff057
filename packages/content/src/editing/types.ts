/**
 * The shared vocabulary of the deck editor's model (`@ontdek-doe/content/editing`): the files a
 * trainer opens and saves, the problems the editor shows at their field, the questions a list view
 * asks, and the changes a trainer makes. The visual editor (`<ontdek-doe-deck-editor>`) uses only
 * these words. Nothing here touches the DOM, the network or storage: the host decides all three.
 */
import type { Deck, IssuePath } from '@ontdek-doe/core/schema';

export type { Deck, IssuePath };

/** A file as the trainer opened it or will save it: `deck.yaml`, `en.yaml`, or `<id>.json`. */
export interface SourceFile {
  name: string;
  text: string;
}

/** A message in the editor's two languages. */
export interface EditorMessage {
  nl: string;
  en: string;
}

/** Where a problem shows in the editor. */
export interface EditorProblem {
  severity: 'error' | 'warning';
  /** A core code (`missing-text`), a content code (`yaml-syntax`), or `readability-*`. */
  code: string;
  /** Plain language, as the CLI already words them. */
  message: EditorMessage;
  /** The place in the merged deck, e.g. `['cards', 3, 'prompt', 'en']`; `[]` for the whole deck or file. */
  path: IssuePath;
  /** The card it belongs to, when it belongs to one. */
  cardId?: string;
  /** The top-level field of the card, theme or deck: `'prompt'`, `'answer'`, `'themes'`, …. */
  field?: string;
  /** The language of the text, when it is about one. */
  language?: string;
  /**
   * `deck`: the core's `parseDeck` and the content checks of the merged deck; `source`: the files
   * as opened (YAML, translation files); `readability`: the B1 check of the default-language texts.
   */
  kind: 'deck' | 'source' | 'readability';
  /** The source file and line, for problems found in the files as they were opened. */
  file?: string;
  line?: number;
  column?: number;
}

/** The state of one translatable text in one language. */
export type TranslationState = 'done' | 'missing' | 'outdated';

/** A question for the card list. Every field is optional; the fields narrow the list together. */
export interface CardQuery {
  /** Matched (case- and diacritics-insensitive) in the id, the texts in every language, and the tags. */
  search?: string;
  family?: string;
  theme?: string;
  depth?: 1 | 2 | 3;
  /** With `translation`: the target language. */
  language?: string;
  /** Only cards with at least one text in this state for `language`. */
  translation?: TranslationState;
  /** Only cards with such a problem (`readability`: a readability warning). */
  problems?: 'error' | 'warning' | 'readability';
  /** `deck` = deck order (default); `translation` = missing, then outdated, then done (for `language`). */
  sort?: 'deck' | 'id' | 'family' | 'theme' | 'depth' | 'translation';
}

/** One change a trainer makes; each is one undoable step. */
export type DeckChange =
  /**
   * Sets any value in the merged deck, e.g. `['cards', 3, 'prompt', 'en']` or
   * `['themes', 0, 'colour']`; `undefined` removes an optional field. Setting a text in a
   * non-default language marks that translation as made from today's default-language text (so it
   * is no longer outdated).
   */
  | { type: 'set'; path: IssuePath; value: unknown }
  /** A new card with a fresh unique id, after the card `after` (default: at the end). */
  | { type: 'addCard'; after?: string; card?: Record<string, unknown> }
  | { type: 'duplicateCard'; id: string }
  /** Moves a card to position `to` (0-based, in deck order after the move). */
  | { type: 'moveCard'; id: string; to: number }
  | { type: 'deleteCard'; id: string }
  | { type: 'addTheme'; theme?: Record<string, unknown> }
  | { type: 'deleteTheme'; id: string }
  /** A theme's new code; its cards follow. Nothing when another theme has that code. */
  | { type: 'renameTheme'; id: string; to: string }
  | { type: 'addLanguage'; language: string }
  | { type: 'removeLanguage'; language: string }
  /**
   * Makes a language of the deck its default: it moves to the front of `languages`, and every
   * translation counts as made from today's text in it.
   */
  | { type: 'setDefaultLanguage'; language: string };

/** The translation state of one text of a card. */
export interface TextTranslationState {
  /** The text's path in the merged deck, without the language: `['cards', 3, 'hints', 0]`. */
  path: IssuePath;
  state: TranslationState;
}

/** What the open functions give back: a draft when the input could be read, and its problems. */
export interface OpenResult {
  draft?: DeckDraft;
  problems: EditorProblem[];
}

/** Options of the open functions. */
export interface OpenOptions {
  /** Answer kinds added by the host's plugins (passed on to `parseDeck`). */
  answerKinds?: readonly string[];
  /** The clock for merging typing into one undo step (tests). */
  now?: () => number;
}

/** What {@link DeckDraft.save} gives back. */
export interface SavedDeck {
  /** deck.yaml plus one `<lang>.yaml` per extra language. */
  files: SourceFile[];
  /** The merged deck as JSON (the core's format, every text `{ nl, en, … }`). */
  json: string;
}

/**
 * A deck being edited: the merged deck as plain data (it may be invalid), an undo history, the
 * problems of each revision, and the way back to the files it came from.
 *
 * @example
 * ```ts
 * const { draft } = openSource(defaultDeckSources().basis!);
 * draft!.edit({ type: 'set', path: ['cards', 0, 'prompt', 'nl'], value: 'Waar word je blij van?' });
 * draft!.problems(); // every problem, with cardId, field and language
 * const { files } = draft!.save(); // deck.yaml and en.yaml, comments kept
 * ```
 */
export interface DeckDraft {
  /** +1 on every change, undo and redo. */
  readonly revision: number;
  readonly defaultLanguage: string;
  readonly languages: readonly string[];
  /** The merged deck input as plain data (every text `{ nl, en, … }`); may be invalid. Read-only (frozen). */
  data(): Record<string, unknown>;
  /** Card ids in deck order. */
  cardIds(): string[];
  card(id: string): Record<string, unknown> | undefined;
  /** One undoable step. Typing into the same path in quick succession (same path, < 1 s) merges into one step. */
  edit(change: DeckChange): void;
  undo(): boolean;
  redo(): boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Every problem: parseDeck on the merged deck, source problems, readability warnings. Cached per revision. */
  problems(): EditorProblem[];
  /** The deck ready to play when there are no errors (warnings allowed), else undefined. */
  playable(): Deck | undefined;
  /** Translation state of every translatable text of a card in one language. */
  translationState(cardId: string, language: string): TextTranslationState[];
  /** Card ids that match the query, in the order asked for. */
  query(q: CardQuery): string[];
  /**
   * The source format (deck.yaml + one `<lang>.yaml` per extra language; comments, key order and
   * card order of the opened files kept where the change allows) and the built JSON.
   */
  save(): SavedDeck;
  /** For local autosave; `restoreDraft(serialize())` gives back the same draft, undo history excluded. */
  serialize(): string;
  /** Called after every change, undo and redo. Returns the function that stops it. */
  subscribe(listener: () => void): () => void;
}
