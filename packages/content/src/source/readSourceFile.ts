/**
 * Reads one source file safely: never throws, never returns binary junk. A file that cannot be
 * read, is too large, holds NUL bytes or is not UTF-8 becomes a problem code with its params.
 */
import * as nodeFs from 'node:fs';
import type { ContentIssueCode } from '../messages/contentMessages.ts';
import type { MessageParams } from '../types.ts';
import { MAX_SOURCE_BYTES, tooLarge } from './sourceText.ts';

export { MAX_SOURCE_BYTES };

/** The file-system calls the loader uses; tests pass their own to simulate failures. */
export interface SourceFileSystem {
  readFileSync(path: string): Uint8Array;
  statSync(path: string): { size: number; isDirectory(): boolean; isFile(): boolean };
  readdirSync(path: string): string[];
}

/** The real file system. */
export const nodeFileSystem: SourceFileSystem = {
  readFileSync: (path) => nodeFs.readFileSync(path),
  statSync: (path) => nodeFs.statSync(path),
  readdirSync: (path) => nodeFs.readdirSync(path),
};

/** What {@link readSourceFile} gives back. */
export type ReadSourceResult =
  { ok: true; text: string } | { ok: false; code: ContentIssueCode; params: MessageParams };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The error code of a failed system call (`EACCES`, `EISDIR`, …), or `unknown`. */
export function errorCode(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : 'unknown';
}

/**
 * Reads `path` as UTF-8 text (a leading byte-order mark is dropped). `name` is how the file is
 * named in messages.
 *
 * @example
 * ```ts
 * const read = readSourceFile('decks/basis/deck.yaml', 'deck.yaml');
 * if (!read.ok) console.error(contentMessage(read.code, read.params).en);
 * ```
 */
export function readSourceFile(
  path: string,
  name: string,
  fs: SourceFileSystem = nodeFileSystem,
): ReadSourceResult {
  const fail = (code: ContentIssueCode, params: MessageParams = {}): ReadSourceResult => ({
    ok: false,
    code,
    params: { file: name, ...params },
  });
  let bytes: Uint8Array;
  try {
    const stat = fs.statSync(path);
    if (stat.isDirectory()) return fail('file-unreadable', { reason: 'EISDIR' });
    if (stat.size > MAX_SOURCE_BYTES) return fail('file-too-large', tooLarge(stat.size));
    bytes = fs.readFileSync(path);
  } catch (error) {
    return fail('file-unreadable', { reason: errorCode(error) });
  }
  // The file may have grown between stat and read.
  if (bytes.length > MAX_SOURCE_BYTES) return fail('file-too-large', tooLarge(bytes.length));
  // UTF-16 text has NUL bytes too; it starts with a byte-order mark FF FE or FE FF.
  const utf16 =
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) return fail('file-not-utf8');
  if (bytes.includes(0)) return fail('file-binary');
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return fail('file-not-utf8');
  }
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
