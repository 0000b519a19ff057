/**
 * A new deck, valid from the start: the files `ontdek-doe new` writes (one theme, one example card
 * per family, comments for the trainer), opened as a draft and set to the id, title and
 * languages asked for.
 */
import { DECK_ID_PATTERN } from '../source/loadDeckSource.ts';
import { scaffoldDeckYaml, scaffoldEnYaml } from '../source/scaffoldFiles.ts';
import { applyChange } from './applyChange.ts';
import { createDraft } from './createDraft.ts';
import { defaultLanguageOf, isData, languagesOf, type Data } from './deckData.ts';
import { openSource } from './openSource.ts';
import type { DeckDraft, OpenOptions } from './types.ts';

/** Where the schemas are as seen from a deck folder in `packages/content/decks/`. */
const SCHEMAS = '../../schema';

/** Options of {@link newDraft}. */
export interface NewDraftOptions extends OpenOptions {
  /** The deck id (lower-case letters, digits and dashes); default `mijn-set`. */
  id?: string;
  /** The title: in the default language, and as the starting title of every other language (up to date). */
  title?: string;
  /** The languages, the default first; default `['nl', 'en']`. */
  languages?: string[];
}

/**
 * Starts a new deck. It has no undo history; the first change is the first step.
 *
 * @example
 * ```ts
 * const draft = newDraft({ id: 'buurt', title: 'Onze buurt', languages: ['nl', 'en', 'ar'] });
 * ```
 */
export function newDraft(options: NewDraftOptions = {}): DeckDraft {
  const id = typeof options.id === 'string' && DECK_ID_PATTERN.test(options.id) ? options.id : 'mijn-set';
  const files = [
    { name: 'deck.yaml', text: scaffoldDeckYaml(id, `${SCHEMAS}/deck-source.schema.json`) },
    { name: 'en.yaml', text: scaffoldEnYaml(id, `${SCHEMAS}/translation.schema.json`) },
  ];
  const opened = openSource(files, options).draft!;
  let data = opened.data() as Data;
  const wanted = (Array.isArray(options.languages) ? options.languages : []).filter(
    (code): code is string => typeof code === 'string' && code.trim() !== '',
  );
  if (wanted.length > 0) {
    const first = wanted[0]!;
    if (first !== defaultLanguageOf(data)) {
      // Another default language: the example texts stay, under the new language where they exist.
      data = applyChange(data, { type: 'addLanguage', language: first });
      data = applyChange(data, { type: 'set', path: ['defaultLanguage'], value: first });
      data = applyChange(data, {
        type: 'set',
        path: ['languages'],
        value: [first, ...languagesOf(data).filter((l) => l !== first)],
      });
    }
    for (const language of wanted) data = applyChange(data, { type: 'addLanguage', language });
    for (const language of languagesOf(data))
      if (!wanted.includes(language)) data = applyChange(data, { type: 'removeLanguage', language });
  }
  if (typeof options.title === 'string' && options.title.trim() !== '') {
    const language = defaultLanguageOf(data);
    data = applyChange(data, { type: 'set', path: ['title', language], value: options.title });
    // The example's title in another language ("My deck") would be an outdated translation of the
    // title typed: a title is a name, so every language starts with it, up to date.
    const title = isData(data.title) ? data.title : {};
    for (const other of Object.keys(title))
      if (other !== language)
        data = applyChange(data, { type: 'set', path: ['title', other], value: options.title });
  }
  return createDraft({
    data,
    source: { kind: 'new', name: id, files, keep: [] },
    ...(options.answerKinds ? { answerKinds: options.answerKinds } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
}
