/**
 * The deck draft: the merged deck as frozen plain data, one undo step per change (typing into one
 * field merges into one step), problems and the playable deck worked out once per revision, and
 * listeners told after every change.
 */
import type { Deck } from '@ontdek-doe/core/schema';
import { applyChange } from './applyChange.ts';
import { DraftChecker, playableDeck, type OpenedProblem } from './checkDraft.ts';
import {
  cardsOf,
  cardTextPaths,
  defaultLanguageOf,
  idOf,
  isData,
  languagesOf,
  valueAt,
  type Data,
} from './deckData.ts';
import { ICON_NAMES } from './iconNames.ts';
import { queryCards } from './queryCards.ts';
import { saveSourceFiles, type DraftSource } from './saveDraft.ts';
import { translationStateOf } from './translatedFrom.ts';
import type {
  CardQuery,
  DeckChange,
  DeckDraft,
  EditorProblem,
  SavedDeck,
  TextTranslationState,
} from './types.ts';
import { serializeDraft } from './serializeDraft.ts';

/** Typing into the same field within this many milliseconds is one undo step. */
export const MERGE_TYPING_MS = 1000;

/** What a draft starts from. */
export interface DraftInit {
  /** The merged deck (frozen by the draft). */
  data: Data;
  /** Where the deck came from, for saving in the source format and for autosave. */
  source: DraftSource;
  /** The problems of the files as opened. */
  opened?: readonly OpenedProblem[];
  /** Answer kinds added by plugins. */
  answerKinds?: readonly string[];
  /** The clock (tests give their own). */
  now?: () => number;
}

interface Step {
  before: Data;
  after: Data;
  /** Set for a `set` change: the field typed into, and when it was last typed into. */
  typing?: { key: string; at: number };
}

const icons: ReadonlySet<string> = new Set(ICON_NAMES);

const inits = new WeakMap<DeckDraft, DraftInit>();

/** Creates a draft. The data is frozen in place. */
export function createDraft(init: DraftInit): DeckDraft {
  const draft = new Draft(init);
  inits.set(draft, init);
  return draft;
}

/** What a draft was made from (for restoring an autosaved draft). */
export function draftInit(draft: DeckDraft): DraftInit | undefined {
  return inits.get(draft);
}

class Draft implements DeckDraft {
  #data: Data;
  #revision = 0;
  readonly #undo: Step[] = [];
  readonly #redo: Step[] = [];
  readonly #listeners = new Set<() => void>();
  readonly #problems = new WeakMap<Data, EditorProblem[]>();
  readonly #playable = new WeakMap<Data, { deck: Deck | undefined }>();
  readonly #checker: DraftChecker;
  readonly #ids = new WeakMap<Data, Map<string, number>>();
  readonly #init: DraftInit;
  readonly #now: () => number;
  /** After an undo or redo, the next keystroke starts a new step. */
  #mergeable = false;

  constructor(init: DraftInit) {
    this.#init = init;
    this.#data = init.data;
    this.#now = init.now ?? Date.now;
    this.#checker = new DraftChecker({
      icons,
      opened: init.opened ?? [],
      ...(init.answerKinds ? { answerKinds: init.answerKinds } : {}),
    });
  }

  get revision(): number {
    return this.#revision;
  }

  get defaultLanguage(): string {
    return defaultLanguageOf(this.#data);
  }

  get languages(): readonly string[] {
    return languagesOf(this.#data);
  }

  get canUndo(): boolean {
    return this.#undo.length > 0;
  }

  get canRedo(): boolean {
    return this.#redo.length > 0;
  }

  data(): Record<string, unknown> {
    return this.#data;
  }

  cardIds(): string[] {
    return cardsOf(this.#data).map((card) => idOf(card) ?? '');
  }

  card(id: string): Record<string, unknown> | undefined {
    const index = this.#indexOf(id);
    const card = index === undefined ? undefined : cardsOf(this.#data)[index];
    return isData(card) ? card : undefined;
  }

  edit(change: DeckChange): void {
    const before = this.#data;
    let after: Data;
    try {
      after = applyChange(before, change);
    } catch {
      return; // a change that does not fit the data (a path through a text, …) changes nothing
    }
    if (after === before) return;
    const now = this.#now();
    const key = change.type === 'set' ? JSON.stringify(change.path) : undefined;
    const last = this.#undo[this.#undo.length - 1];
    if (
      key !== undefined &&
      this.#mergeable &&
      last?.typing?.key === key &&
      last.after === before &&
      now - last.typing.at < MERGE_TYPING_MS
    ) {
      last.after = after;
      last.typing.at = now;
    } else {
      this.#undo.push({ before, after, ...(key !== undefined ? { typing: { key, at: now } } : {}) });
    }
    this.#redo.length = 0;
    this.#mergeable = true;
    this.#commit(after);
  }

  undo(): boolean {
    const step = this.#undo.pop();
    if (!step) return false;
    this.#redo.push(step);
    this.#mergeable = false;
    this.#commit(step.before);
    return true;
  }

  redo(): boolean {
    const step = this.#redo.pop();
    if (!step) return false;
    this.#undo.push(step);
    this.#mergeable = false;
    this.#commit(step.after);
    return true;
  }

  problems(): EditorProblem[] {
    let problems = this.#problems.get(this.#data);
    if (!problems) {
      problems = this.#checker.problems(this.#data);
      this.#problems.set(this.#data, problems);
    }
    return problems;
  }

  playable(): Deck | undefined {
    let playable = this.#playable.get(this.#data);
    if (!playable) {
      playable = { deck: playableDeck(this.#data, this.problems(), this.#init.answerKinds) };
      this.#playable.set(this.#data, playable);
    }
    return playable.deck;
  }

  translationState(cardId: string, language: string): TextTranslationState[] {
    const index = this.#indexOf(cardId);
    if (index === undefined) return [];
    const card = cardsOf(this.#data)[index];
    const defaultLanguage = this.defaultLanguage;
    return cardTextPaths(card).map((path) => ({
      path: ['cards', index, ...path],
      state: translationStateOf(valueAt(card, path), language, defaultLanguage),
    }));
  }

  query(q: CardQuery): string[] {
    return queryCards(this.#data, q, () => this.problems());
  }

  save(): SavedDeck {
    const deck = this.playable();
    return {
      files: saveSourceFiles(this.#data, this.#init.source),
      json: `${JSON.stringify(deck ?? this.#data, null, 2)}\n`,
    };
  }

  serialize(): string {
    return serializeDraft(this.#data, this.#init.source);
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #indexOf(id: string): number | undefined {
    let ids = this.#ids.get(this.#data);
    if (!ids) {
      ids = new Map();
      cardsOf(this.#data).forEach((card, index) => {
        const cardId = idOf(card);
        if (cardId !== undefined && !ids!.has(cardId)) ids!.set(cardId, index);
      });
      this.#ids.set(this.#data, ids);
    }
    return ids.get(id);
  }

  #commit(data: Data): void {
    this.#data = data;
    this.#revision++;
    for (const listener of [...this.#listeners]) {
      try {
        listener();
      } catch {
        // One listener's failure must not stop the others or the edit.
      }
    }
  }
}
