/**
 * Problems of the opened input as editor problems: about the input as a whole, or placed by the
 * loader at a file, line and column (kept) and a deck path (with its card, field and language).
 */
import { contentMessage, EDITOR_WORDING, type ContentIssueCode } from '../messages/contentMessages.ts';
import type { LocatedProblem, MessageParams } from '../types.ts';
import { DECK_FILE, isDeckTextPath } from '../source/loadDeckSource.ts';
import { cardsOf, defaultLanguageOf, idOf, type Data } from './deckData.ts';
import type { EditorProblem } from './types.ts';

/** A problem about the input as a whole (no deck path). */
export function fileProblem(code: ContentIssueCode, params: MessageParams, file?: string): EditorProblem {
  return {
    severity: 'error',
    code,
    message: code === 'no-deck-file' ? EDITOR_WORDING['no-deck-file']() : contentMessage(code, params),
    path: [],
    kind: 'source',
    ...(file !== undefined ? { file } : {}),
  };
}

/**
 * A located problem of the loader as an editor problem (the place in the files kept). A problem
 * about a text in deck.yaml is about its default-language text in the merged deck.
 */
export function editorProblem(problem: LocatedProblem, data: Data | undefined): EditorProblem {
  const inDeckFile = problem.file === DECK_FILE && isDeckTextPath(problem.path) && data !== undefined;
  const path = inDeckFile ? [...problem.path, defaultLanguageOf(data)] : problem.path;
  const language = inDeckFile ? defaultLanguageOf(data) : problem.params?.language;
  const [top, index, field] = path;
  const cardId =
    top === 'cards' && typeof index === 'number' && data ? idOf(cardsOf(data)[index]) : undefined;
  return {
    severity: problem.severity,
    code: problem.code,
    message: problem.message,
    path,
    ...(cardId !== undefined ? { cardId } : {}),
    ...(typeof field === 'string' ? { field } : typeof top === 'string' ? { field: top } : {}),
    ...(typeof language === 'string' ? { language } : {}),
    kind: 'source',
    file: problem.file,
    ...(problem.line > 0 ? { line: problem.line, column: problem.column } : {}),
  };
}
