/**
 * Opening a deck in the core's JSON format (what the build writes to `dist/decks/<id>.json`, or
 * what a host stores) as a draft. Never throws.
 */
import { migrateDeck, parseDeck } from '@ontdek-doe/core/schema';
import { checkSourceText } from '../source/sourceText.ts';
import { createDraft } from './createDraft.ts';
import { deckTextPlaces, deepFreeze, defaultLanguageOf, isData, plainCopy, type Data } from './deckData.ts';
import { assumeTranslatedFromCurrent } from './translatedFrom.ts';
import { fileProblem } from './editorProblem.ts';
import type { EditorProblem, OpenOptions, OpenResult } from './types.ts';

/**
 * Opens a deck from its JSON text. A draft comes back whenever the text is a JSON object that is
 * a deck of a version this core knows (older versions are migrated), also when it has errors.
 * Every translation counts as made from today's default-language text (JSON does not say).
 *
 * @example
 * ```ts
 * const { draft, problems } = openJson(await file.text(), file.name);
 * ```
 */
export function openJson(text: string, name = 'deck.json', options: OpenOptions = {}): OpenResult {
  if (typeof text !== 'string')
    return {
      problems: [fileProblem('file-unreadable', { file: String(name), reason: 'EINVAL' }, String(name))],
    };
  const tooBad = checkSourceText(text, name);
  if (tooBad) return { problems: [fileProblem(tooBad.code, tooBad.params, name)] };
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    value = undefined;
  }
  const migrated = isData(value) ? migrateDeck(value) : undefined;
  if (!migrated?.ok || !isData(migrated.deck)) {
    // The core says what is wrong: not JSON (with the place), not a deck, an unknown version.
    const parsed = parseDeck(text);
    const issues = parsed.ok ? [] : parsed.errors;
    const problems: EditorProblem[] = issues.map((issue) => ({
      severity: issue.severity,
      code: issue.code,
      message: issue.message,
      path: issue.path,
      kind: 'source',
      file: name,
    }));
    return { problems };
  }
  const data = plainCopy(migrated.deck) as Data;
  // JSON does not say what a translation was made from: as of now, from the text next to it.
  const language = defaultLanguageOf(data);
  for (const { text } of deckTextPlaces(data)) assumeTranslatedFromCurrent(text, language);
  deepFreeze(data);
  const draft = createDraft({
    data,
    source: { kind: 'json', name, files: [], keep: [] },
    ...(options.answerKinds ? { answerKinds: options.answerKinds } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  return { draft, problems: draft.problems() };
}
