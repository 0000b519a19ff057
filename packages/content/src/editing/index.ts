/**
 * `@ontdek-doe/content/editing` — the deck editor's model, for browsers and Node: open a deck
 * (source files, JSON, a default deck, or a new one), change it step by step with undo and redo,
 * see every problem at its card, field and language while typing, filter and sort the cards,
 * translate, and save in the source format (comments and order kept) and as JSON. No DOM, no
 * network, no storage: `serialize()` gives the text a host may keep for autosave.
 *
 * @example
 * ```ts
 * import { defaultDeckSources, openSource } from '@ontdek-doe/content/editing';
 *
 * const { draft } = openSource(defaultDeckSources().basis!);
 * draft!.edit({ type: 'set', path: ['cards', 0, 'prompt', 'nl'], value: 'Waar word je blij van?' });
 * console.log(draft!.problems().length, draft!.query({ search: 'blij' }));
 * const { files, json } = draft!.save();
 * ```
 */
export type {
  CardQuery,
  Deck,
  DeckChange,
  DeckDraft,
  EditorMessage,
  EditorProblem,
  IssuePath,
  OpenOptions,
  OpenResult,
  SavedDeck,
  SourceFile,
  TextTranslationState,
  TranslationState,
} from './types.ts';
export { openSource } from './openSource.ts';
export { openJson } from './openJson.ts';
export { newDraft, type NewDraftOptions } from './newDraft.ts';
export { restoreDraft } from './restoreDraft.ts';
export { defaultDeckSources } from './defaultDeckSources.ts';
export { ICON_NAMES } from './iconNames.ts';
