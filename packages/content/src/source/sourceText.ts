/**
 * The limits and checks every source text passes before it is parsed, wherever it comes from: a
 * file on disk (the CLI) or a file a trainer picks in the browser (the deck editor).
 */
import type { ContentIssueCode } from '../messages/contentMessages.ts';
import type { MessageParams } from '../types.ts';

/** The largest source file the tools read: 2 MB (a real deck is well under 200 KB). */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/** Why a text cannot be used, as a problem code with its params; `undefined` when it can. */
export type SourceTextProblem = { code: ContentIssueCode; params: MessageParams } | undefined;

/**
 * The params of `file-too-large`: the size in MB (one decimal, rounded up) and the limit.
 *
 * @example
 * ```ts
 * tooLarge(3 * 1024 * 1024); // { size: '3.0', max: 2 }
 * ```
 */
export function tooLarge(bytes: number): MessageParams {
  return {
    size: (Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1),
    max: MAX_SOURCE_BYTES / (1024 * 1024),
  };
}

/**
 * Checks a text that is already decoded (the browser's `File.text()`): not too large, and no NUL
 * characters (a binary file read as text). `name` is how the file is named in messages.
 *
 * @example
 * ```ts
 * checkSourceText('id: basis\n', 'deck.yaml'); // undefined
 * checkSourceText('\u0000\u0001', 'deck.yaml'); // { code: 'file-binary', params: { file: 'deck.yaml' } }
 * ```
 */
export function checkSourceText(text: string, name: string): SourceTextProblem {
  // A UTF-16 code unit is at least one byte in UTF-8; the exact count only matters near the limit.
  const bytes = text.length > MAX_SOURCE_BYTES / 4 ? new TextEncoder().encode(text).length : text.length;
  if (bytes > MAX_SOURCE_BYTES) return { code: 'file-too-large', params: { file: name, ...tooLarge(bytes) } };
  if (text.includes('\u0000')) return { code: 'file-binary', params: { file: name } };
  return undefined;
}
