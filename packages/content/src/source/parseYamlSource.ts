/**
 * Parses one YAML source file into plain data plus the place of every node, and turns the YAML
 * parser's technical errors into located problems a trainer can act on.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Node,
  type YAMLError,
} from 'yaml';
import { contentMessage, type ContentIssueCode } from '../messages/contentMessages.ts';
import type { IssuePath, LocatedProblem, MessageParams, SourceLocation } from '../types.ts';

/** A parsed source file. */
export interface YamlSource {
  file: string;
  /** The plain data; `undefined` when the file cannot be used (see `problems`). */
  value: unknown;
  problems: LocatedProblem[];
  /** The place of each value, keyed by its path in the file (`pathKey`). Block values are placed at their key. */
  places: Map<string, SourceLocation>;
  /** The text of each line, for messages that look at the source itself. */
  lines: string[];
}

/** A path as a map key. */
export const pathKey = (path: IssuePath): string => JSON.stringify(path);

/** The YAML error codes whose data is still safe to check (the file is otherwise fine). */
const RECOVERABLE = new Set(['DUPLICATE_KEY']);

/**
 * Parses `text` (the content of `file`). Never throws.
 *
 * @example
 * ```ts
 * const source = parseYamlSource('id: basis\nid: jong\n', 'deck.yaml');
 * source.problems[0]?.message.en; // 'The field "id" is here twice. Remove one.'
 * ```
 */
export function parseYamlSource(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const lines = text.split(/\r?\n/);
  const result: YamlSource = { file, value: undefined, problems: [], places: new Map(), lines };
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const problem = (code: ContentIssueCode, where: SourceLocation, params: MessageParams = {}) => {
    result.problems.push({
      severity: 'error',
      code,
      message: contentMessage(code, params),
      ...where,
      path: [],
      params,
    });
  };

  let doc;
  try {
    doc = parseDocument(text, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      // 'error' keeps warnings off the console; 'silent' would also drop the MULTIPLE_DOCS error.
      logLevel: 'error',
    });
  } catch {
    // The parser reports problems as data; this is only a guard.
    problem('yaml-syntax', { file, line: 0, column: 0 }, { yamlCode: 'IMPOSSIBLE' });
    return result;
  }

  const usedLines = new Set<number>();
  const errors = doc.errors;
  for (let i = 0; i < errors.length; i++) {
    const error = errors[i]!;
    const next = errors[i + 1];
    // Errors at the very end of the file (an unclosed } after an unclosed quote) follow from an
    // earlier one: the first says where to look.
    if (result.problems.length > 0 && error.pos[0] >= text.trimEnd().length) continue;
    const located = describeYamlError(error, next, at, lines, text);
    if (located.skipNext) i++;
    if (usedLines.has(located.where.line)) continue;
    usedLines.add(located.where.line);
    problem(located.code, located.where, located.params);
  }
  const fatal = errors.some((error) => !RECOVERABLE.has(error.code));
  if (fatal) return result;

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch {
    let where: SourceLocation = { file, line: 0, column: 0 };
    visit(doc, {
      Alias(_key, node) {
        if (node.range) where = at(node.range[0]);
        return visit.BREAK;
      },
    });
    problem('yaml-unreadable-value', where);
    return result;
  }
  if (value === null || value === undefined) {
    problem('file-empty', { file, line: 0, column: 0 }, { file });
    return result;
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    const received = Array.isArray(value) ? 'array' : typeof value;
    const start = doc.contents?.range?.[0] ?? 0;
    problem('yaml-not-mapping', at(start), { file, received });
    return result;
  }
  if (doc.contents) recordPlaces(doc.contents, [], result.places, at);
  result.value = value;
  return result;
}

/** Places deeper than this are not recorded: a deck needs about 7 levels, and the core refuses 32. */
const MAX_PLACE_DEPTH = 16;

function recordPlaces(
  node: Node,
  path: IssuePath,
  places: Map<string, SourceLocation>,
  at: (offset: number) => SourceLocation,
): void {
  if (path.length >= MAX_PLACE_DEPTH) return;
  if (isMap(node)) {
    for (const pair of node.items) {
      const keyNode = pair.key;
      const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
      const childPath = [...path, key];
      const value = pair.value;
      const keyPlace = isScalar(keyNode) && keyNode.range ? at(keyNode.range[0]) : undefined;
      // A text sits on the key's line: point at the text. A block (a list, a group) starts on
      // the next line: point at its key, which is what a reader looks for.
      const useValue =
        isScalar(value) && value.range && value.value !== null ? at(value.range[0]) : undefined;
      const place = useValue ?? keyPlace ?? (isNodeWithRange(value) ? at(value.range[0]) : undefined);
      if (place) places.set(pathKey(childPath), place);
      if (isNodeWithRange(value)) recordPlaces(value, childPath, places, at);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const childPath = [...path, index];
      if (isNodeWithRange(item)) {
        places.set(pathKey(childPath), at(item.range[0]));
        recordPlaces(item, childPath, places, at);
      }
    });
  }
}

function isNodeWithRange(value: unknown): value is Node & { range: [number, number, number] } {
  return (
    (isMap(value) || isSeq(value) || isScalar(value) || isAlias(value)) &&
    Array.isArray((value as { range?: unknown }).range)
  );
}

interface DescribedError {
  code: ContentIssueCode;
  where: SourceLocation;
  params: MessageParams;
  /** The next error says the same thing: skip it. */
  skipNext: boolean;
}

/** The column of the first character that is not a space on `line` (1-based). */
function firstColumn(lines: string[], line: number): number {
  const text = lines[line - 1] ?? '';
  const match = /^[ \t]*/.exec(text);
  return (match?.[0].length ?? 0) + 1;
}

function describeYamlError(
  error: YAMLError,
  next: YAMLError | undefined,
  at: (offset: number) => SourceLocation,
  lines: string[],
  text: string,
): DescribedError {
  const start = at(error.pos[0]);
  const lineStart = (line: number): SourceLocation => ({
    file: start.file,
    line,
    column: firstColumn(lines, line),
  });
  const plain = (yamlCode: string, where = start): DescribedError => ({
    code: 'yaml-syntax',
    where,
    params: { yamlCode },
    skipNext: false,
  });

  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key =
        /^["']?([^"':\n]+)/.exec(text.slice(error.pos[0]))?.[1]?.trim() || keyOnLine(lines[start.line - 1]);
      return { code: 'yaml-duplicate-key', where: start, params: { key }, skipNext: false };
    }
    case 'BLOCK_AS_IMPLICIT_KEY': {
      // "id: x\n   family: wish" (a line indented too far) reads as one key "x family": the
      // parser flags the first line; the line to fix is where that key ends.
      if (next?.code === 'MULTILINE_IMPLICIT_KEY' && next.pos[0] <= error.pos[0] + 1) {
        const end = at(Math.max(next.pos[1] - 1, next.pos[0]));
        if (end.line > start.line) {
          return { code: 'yaml-indentation', where: lineStart(end.line), params: {}, skipNext: true };
        }
      }
      if (/compact mappings/.test(error.message)) {
        return {
          code: 'yaml-colon-in-text',
          where: start,
          params: {},
          skipNext: next?.code === 'MULTILINE_IMPLICIT_KEY',
        };
      }
      return plain('BAD_INDENT', lineStart(start.line));
    }
    case 'MULTILINE_IMPLICIT_KEY': {
      const end = at(Math.max(error.pos[1] - 1, error.pos[0]));
      return { code: 'yaml-indentation', where: lineStart(end.line), params: {}, skipNext: false };
    }
    case 'BAD_INDENT':
      return /Flow (map|sequence)/.test(error.message)
        ? plain('MISSING_CHAR')
        : plain('BAD_INDENT', lineStart(start.line));
    case 'MISSING_CHAR':
      if (/without - indicator/.test(error.message)) return plain('BAD_INDENT', lineStart(start.line));
      if (/followed by map values/.test(error.message)) return plain('MISSING_VALUE', lineStart(start.line));
      if (/closing "quote/.test(error.message)) return plain('MISSING_CHAR', openQuote(lines, '"', start));
      if (/closing 'quote/.test(error.message)) return plain('MISSING_CHAR', openQuote(lines, "'", start));
      return plain('MISSING_CHAR');
    case 'TAB_AS_INDENT':
      return plain('TAB_AS_INDENT', { ...start, column: 1 });
    default:
      return plain(error.code);
  }
}

/**
 * An unclosed quote is reported where the file ends; the trainer needs the line where it opens:
 * the first line (up to `fallback`) where a value starts with `quote` and the line has no closing one.
 */
function openQuote(lines: string[], quote: '"' | "'", fallback: SourceLocation): SourceLocation {
  const opens = new RegExp(`(?:^|[:\\-,\\[{]\\s*)(${quote})`);
  for (let i = 0; i < Math.min(lines.length, fallback.line); i++) {
    const line = lines[i]!;
    const match = opens.exec(line);
    if (!match) continue;
    const at = match.index + match[0].length - 1;
    const rest = line.slice(at + 1);
    const closed = quote === '"' ? /(^|[^\\])"/.test(rest) : /'(?!')/.test(rest.replace(/''/g, ''));
    if (!closed) return { file: fallback.file, line: i + 1, column: at + 1 };
  }
  return fallback;
}

function keyOnLine(line: string | undefined): string {
  return /^\s*-?\s*([^:#]+):/.exec(line ?? '')?.[1]?.trim() ?? '';
}
