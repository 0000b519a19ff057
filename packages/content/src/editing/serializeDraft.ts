/**
 * A draft as text for local autosave, and back. The text holds the merged deck, what each
 * translation was made from, and the files it was opened from (so saving after a reload still
 * keeps their comments and order). Not the undo history.
 */
import { deckTextPlaces, isData, type Data } from './deckData.ts';
import type { DraftSource } from './saveDraft.ts';
import { translatedFrom } from './translatedFrom.ts';

/** Marks the text as an autosaved draft, and its layout version. */
export const DRAFT_FORMAT = 'ontdek-doe-deck-draft';
export const DRAFT_VERSION = 1;

/** The layout of a serialized draft. */
export interface SerializedDraft {
  format: typeof DRAFT_FORMAT;
  version: typeof DRAFT_VERSION;
  source: DraftSource;
  data: Data;
  /** Per text (its path as JSON): what its translations were made from. */
  translatedFrom: Record<string, Record<string, string | null>>;
}

/** The draft as JSON text. */
export function serializeDraft(data: Data, source: DraftSource): string {
  const origins: Record<string, Record<string, string | null>> = {};
  for (const { path, text } of deckTextPlaces(data)) {
    const from = translatedFrom(text);
    if (Object.keys(from).length > 0) origins[JSON.stringify(path)] = { ...from };
  }
  const serialized: SerializedDraft = {
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    source: {
      kind: source.kind,
      name: source.name,
      files: source.files.map(({ name, text }) => ({ name, text })),
      keep: [...source.keep],
    },
    data,
    translatedFrom: origins,
  };
  return JSON.stringify(serialized);
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** Reads a serialized draft; `undefined` when the text is not one (or is damaged). */
export function parseSerializedDraft(text: string): SerializedDraft | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isData(value) || value.format !== DRAFT_FORMAT || value.version !== DRAFT_VERSION) return undefined;
  const { source, data, translatedFrom: origins } = value;
  if (!isData(source) || !isData(data) || !isData(origins)) return undefined;
  const kind = source.kind;
  if ((kind !== 'source' && kind !== 'json' && kind !== 'new') || !isText(source.name)) return undefined;
  const files = Array.isArray(source.files) ? source.files : undefined;
  const keep = Array.isArray(source.keep) ? source.keep : undefined;
  if (!files?.every((file) => isData(file) && isText(file.name) && isText(file.text)) || !keep?.every(isText))
    return undefined;
  for (const from of Object.values(origins)) {
    if (!isData(from) || !Object.values(from).every((was) => was === null || isText(was))) return undefined;
  }
  return value as unknown as SerializedDraft;
}
