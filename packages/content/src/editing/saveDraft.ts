/**
 * Saving a draft in the source format: deck.yaml plus one `<lang>.yaml` per extra language. A file
 * that was opened is changed only where the deck changed (see `patchYaml`), so its comments, key
 * order and card order stay, and so does what the editor does not manage (a field it does not
 * know, a translation of a card that is not in the deck); a new file (a new deck, a new language)
 * is written the way FORMAT.md shows it.
 */
import { DECK_FILE } from '../source/loadDeckSource.ts';
import { toDeckInput } from '../source/toDeckInput.ts';
import { translationHeader } from '../source/translationTemplate.ts';
import {
  cardsOf,
  defaultLanguageOf,
  idOf,
  isData,
  sameData,
  themesOf,
  valueAt,
  type Data,
} from './deckData.ts';
import { parseOriginal, patchYaml, type YamlOriginal } from './patchYaml.ts';
import { extraLanguages, toDeckYamlData, toTranslationData } from './toSourceData.ts';
import type { IssuePath, SourceFile } from './types.ts';
import { yamlDocument } from './yamlText.ts';

/** Where a draft came from. */
export interface DraftSource {
  /** How the deck was opened: from source files, from JSON, or new. */
  kind: 'source' | 'json' | 'new';
  /** The file name it was opened from (JSON), or the deck's id. */
  name: string;
  /** The source files as opened (deck.yaml and `<lang>.yaml`); empty for JSON. */
  files: readonly SourceFile[];
  /** Files given back as they were: translation files that could not be read when opened. */
  keep: readonly string[];
}

/** The opened files, parsed once per draft source (they never change). */
const originals = new WeakMap<DraftSource, Map<string, YamlOriginal>>();
function originalsOf(source: DraftSource): Map<string, YamlOriginal> {
  let parsed = originals.get(source);
  if (!parsed) {
    parsed = new Map();
    for (const file of source.files)
      if (!source.keep.includes(file.name)) parsed.set(file.name, parseOriginal(file.text));
    for (const file of source.files)
      if (source.keep.includes(file.name))
        parsed.set(file.name, { text: file.text, doc: undefined, value: undefined });
    originals.set(source, parsed);
  }
  return parsed;
}

/** The fields of a card entry in a translation file that the editor writes. */
const CARD_TEXTS = new Set(['prompt', 'easy', 'hints', 'followUps', 'picture', 'options']);

/** The schema line of a deck.yaml, pointed at the translation schema. */
function translationSchemaOf(deckText: string | undefined): string | undefined {
  const match = /^#\s*yaml-language-server:\s*\$schema=(\S+)/.exec(deckText ?? '');
  return match?.[1]?.replace(/deck-source\.schema\.json$/, 'translation.schema.json');
}

/**
 * deck.yaml's data, where every part that means the same as in the opened file is taken from
 * that file as written (`answer: { kind: talk }` stays so, it does not become `answer: talk`).
 */
function deckYamlData(data: Data, original: unknown): Data {
  const desired = toDeckYamlData(data);
  if (!isData(original)) return desired;
  const normalized = toDeckYamlData(toDeckInput(original));
  const out: Data = { ...desired };
  for (const key of Object.keys(desired)) {
    if (sameData(normalized[key], desired[key])) out[key] = original[key];
    else if ((key === 'cards' || key === 'themes') && Array.isArray(desired[key])) {
      const written = Array.isArray(original[key]) ? (original[key] as unknown[]) : [];
      const meant = Array.isArray(normalized[key]) ? (normalized[key] as unknown[]) : [];
      const byId = new Map<string, number>();
      meant.forEach((item, index) => {
        const id = idOf(item);
        if (id !== undefined && !byId.has(id)) byId.set(id, index);
      });
      out[key] = (desired[key] as unknown[]).map((item) => {
        const index = byId.get(idOf(item) ?? '');
        return index !== undefined && sameData(meant[index], item) ? written[index] : item;
      });
    }
  }
  return out;
}

/** The ids of the items in a list of the opened deck.yaml. */
const openedIds = (list: unknown): Set<string> =>
  new Set((Array.isArray(list) ? list : []).map(idOf).filter((id): id is string => id !== undefined));

/**
 * A translation file's data: the editor's texts, plus what the opened file holds that the editor
 * does not manage (kept as it is). A translation of a card or theme deleted in the editor goes.
 */
function translationFileData(data: Data, language: string, original: unknown, deck: unknown): Data {
  const empty = (filePath: IssuePath) => valueAt(original, filePath) !== undefined;
  const desired = toTranslationData(data, language, { empty });
  if (!isData(original)) return desired;
  let out: Data = { ...desired };
  for (const [key, value] of Object.entries(original))
    if (!['language', 'deck', 'themes', 'cards'].includes(key)) out[key] = value;
  if (isData(original.deck)) {
    const texts: Data = isData(desired.deck) ? { ...desired.deck } : {};
    for (const [key, value] of Object.entries(original.deck))
      if (key !== 'title' && key !== 'description') texts[key] = value;
    if (Object.keys(texts).length > 0) out.deck = texts;
  }
  const merge = (
    section: 'themes' | 'cards',
    current: Set<string>,
    opened: Set<string>,
    entry: (id: string, mine: unknown, theirs: Data) => unknown,
  ) => {
    const theirs = original[section];
    if (!isData(theirs)) return;
    const entries: Data = isData(desired[section]) ? { ...desired[section] } : {};
    for (const [id, value] of Object.entries(theirs)) {
      if (current.has(id)) {
        if (isData(value) && Object.hasOwn(entries, id)) entries[id] = entry(id, entries[id], value);
        else if (isData(value)) {
          const kept = entry(id, {}, value);
          if (isData(kept) && Object.keys(kept).length > 0) entries[id] = kept;
        }
      } else if (!opened.has(id)) entries[id] = value; // not a card of the deck, then or now: kept
    }
    if (Object.keys(entries).length > 0) out[section] = entries;
    else out = Object.fromEntries(Object.entries(out).filter(([key]) => key !== section));
  };
  const deckData = isData(deck) ? deck : {};
  merge('themes', openedIds(themesOf(data)), openedIds(deckData.themes), (_id, mine, theirs) => {
    const kept = Object.fromEntries(Object.entries(theirs).filter(([key]) => key !== 'title'));
    return { ...(isData(mine) ? mine : {}), ...kept };
  });
  const cardsNow = new Map(cardsOf(data).map((card) => [idOf(card) ?? '', card]));
  const openedCards = new Map(
    (Array.isArray(deckData.cards) ? deckData.cards : []).map((card: unknown) => [idOf(card) ?? '', card]),
  );
  merge('cards', new Set(cardsNow.keys()), new Set(openedCards.keys()), (id, mine, theirs) => {
    const out: Data = { ...(isData(mine) ? mine : {}) };
    for (const [key, value] of Object.entries(theirs)) if (!CARD_TEXTS.has(key)) out[key] = value;
    if (isData(theirs.picture)) {
      const extra = Object.fromEntries(Object.entries(theirs.picture).filter(([key]) => key !== 'alt'));
      if (Object.keys(extra).length > 0)
        out.picture = { ...(isData(out.picture) ? out.picture : {}), ...extra };
    }
    if (isData(theirs.options)) {
      const now = openedIds(valueAt(cardsNow.get(id), ['answer', 'options']));
      const then = openedIds(valueAt(openedCards.get(id), ['answer', 'options']));
      const options: Data = isData(out.options) ? { ...out.options } : {};
      for (const [optionId, value] of Object.entries(theirs.options))
        if (!now.has(optionId) && !then.has(optionId)) options[optionId] = value;
      if (Object.keys(options).length > 0) out.options = options;
    }
    return out;
  });
  return out;
}

/**
 * The source files for `data`. Files of languages that are no longer in the deck are left out;
 * a file that could not be read when it was opened is given back as it was.
 *
 * @example
 * ```ts
 * const files = saveSourceFiles(draft.data(), source); // [{ name: 'deck.yaml', text }, { name: 'en.yaml', text }]
 * ```
 */
export function saveSourceFiles(data: Data, source: DraftSource): SourceFile[] {
  const opened = originalsOf(source);
  const keep = new Set(source.keep);
  const deckFile = opened.get(DECK_FILE);
  const deckText = deckFile?.text;
  const original = deckFile?.value;
  const deckData = deckYamlData(data, original);
  const files: SourceFile[] = [
    {
      name: DECK_FILE,
      text: deckFile !== undefined ? patchYaml(deckFile, deckData, 'deck') : yamlDocument(deckData),
    },
  ];
  const deckId = typeof data.id === 'string' ? data.id : '';
  for (const language of extraLanguages(data)) {
    const name = `${language}.yaml`;
    const file = opened.get(name);
    if (file !== undefined && keep.has(name)) files.push({ name, text: file.text });
    else if (file !== undefined) {
      const fileData = translationFileData(data, language, file.value, original);
      files.push({ name, text: patchYaml(file, fileData, 'translation') });
    } else {
      const header = translationHeader(
        deckId,
        language,
        defaultLanguageOf(data),
        translationSchemaOf(deckText),
      );
      files.push({
        name,
        text: yamlDocument(toTranslationData(data, language, { empty: true }), header, true),
      });
    }
  }
  return files;
}
