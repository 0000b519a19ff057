/**
 * Bringing back an autosaved draft (see `DeckDraft.serialize`). Never throws: a damaged text gives
 * a problem in Dutch and English, and no draft.
 */
import { createDraft, draftInit } from './createDraft.ts';
import { deepFreeze, isData, plainCopy, valueAt, type Data } from './deckData.ts';
import { fileProblem } from './editorProblem.ts';
import { openSource } from './openSource.ts';
import { parseSerializedDraft } from './serializeDraft.ts';
import { setTranslatedFrom } from './translatedFrom.ts';
import type { DeckDraft, OpenOptions, OpenResult } from './types.ts';

/**
 * Restores a draft from `serialize()`: the same data, translation states and source files; the
 * undo history starts empty.
 *
 * @example
 * ```ts
 * const saved = localStorage.getItem('deck-draft');
 * const { draft, problems } = saved ? restoreDraft(saved) : { problems: [] };
 * ```
 */
export function restoreDraft(serialized: string, options: OpenOptions = {}): OpenResult {
  const parsed = typeof serialized === 'string' ? parseSerializedDraft(serialized) : undefined;
  if (!parsed) return { problems: [fileProblem('draft-unreadable', {})] };
  const data = plainCopy(parsed.data) as Data;
  for (const [key, from] of Object.entries(parsed.translatedFrom)) {
    let path: unknown;
    try {
      path = JSON.parse(key);
    } catch {
      continue;
    }
    if (!Array.isArray(path)) continue;
    const text = valueAt(data, path as (string | number)[]);
    if (isData(text)) setTranslatedFrom(text, from);
  }
  deepFreeze(data);
  // The problems of the files as opened (and which files are kept as they are) come from the files.
  const reopened =
    parsed.source.files.length > 0 ? openSource([...parsed.source.files], options).draft : undefined;
  const draft: DeckDraft = createDraft({
    data,
    source: parsed.source,
    ...(reopened ? { opened: draftInit(reopened)?.opened ?? [] } : {}),
    ...(options.answerKinds ? { answerKinds: options.answerKinds } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  return { draft, problems: draft.problems() };
}
