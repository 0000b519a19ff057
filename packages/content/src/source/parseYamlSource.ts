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
  /**
   * Plain texts followed by a comment on the same line (`prompt: Wat is je #1 wens?` reads as
   * "Wat is je"), keyed by path: where the text starts, the text YAML read, and the whole rest of
   * the line (what the trainer probably meant).
   */
  comments: Map<string, SourceComment>;
  /**
   * One-line groups of one field that were probably meant as a text with a colon in it
   * (`- Let op: geef de speler de tijd.`), keyed by path: where, and the whole line as written.
   */
  colonTexts: Map<string, { location: SourceLocation; text: string }>;
}

/** A plain text with a comment after it on the same line. */
export interface SourceComment {
  location: SourceLocation;
  /** The text as YAML read it (up to the comment). */
  kept: string;
  /** The text and the comment together, as written on the line. */
  text: string;
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
  const result: YamlSource = {
    file,
    value: undefined,
    problems: [],
    places: new Map(),
    lines,
    comments: new Map(),
    colonTexts: new Map(),
  };
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

  const parse = (source: string, counter: LineCounter) =>
    parseDocument(source, {
      lineCounter: counter,
      prettyErrors: false,
      uniqueKeys: true,
      // 'error' keeps warnings off the console; 'silent' would also drop the MULTIPLE_DOCS error.
      logLevel: 'error',
    });
  let doc;
  try {
    doc = parse(text, lineCounter);
  } catch {
    // The parser reports problems as data; this is only a guard.
    problem('yaml-syntax', { file, line: 0, column: 0 }, { yamlCode: 'IMPOSSIBLE' });
    return result;
  }

  const usedLines = new Set<number>();
  // A tab in the indentation confuses the parser about every line of its block after it. Say it
  // once per line with a tab, then read the file again with the tabs as spaces, so only problems
  // that have nothing to do with the tabs are reported as well.
  const tabs = doc.errors.length > 0 ? tabIndents(lines) : [];
  let reparsed = false;
  if (tabs.length > 0) {
    for (const tab of tabs) {
      usedLines.add(tab.line);
      problem('yaml-syntax', { file, line: tab.line, column: tab.column }, { yamlCode: 'TAB_AS_INDENT' });
    }
    const untabbed = withoutTabIndents(lines, tabs);
    try {
      const counter = new LineCounter();
      doc = parse(untabbed.join('\n'), counter);
      reparsed = true;
      // The lines keep their numbers; only columns on the tab lines move, and those lines are done.
      lineCounter.lineStarts.length = 0;
      lineCounter.lineStarts.push(...counter.lineStarts);
    } catch {
      return result;
    }
  }
  const source = reparsed ? withoutTabIndents(lines, tabs).join('\n') : text;
  const errors = doc.errors;
  for (let i = 0; i < errors.length; i++) {
    const error = errors[i]!;
    const next = errors[i + 1];
    // Errors at the very end of the file (an unclosed } after an unclosed quote) follow from an
    // earlier one: the first says where to look.
    if (result.problems.length > 0 && error.pos[0] >= source.trimEnd().length) continue;
    const located = describeYamlError(error, next, at, lines, source);
    if (located.skipNext) i++;
    if (usedLines.has(located.where.line)) continue;
    usedLines.add(located.where.line);
    problem(located.code, located.where, located.params);
  }
  const fatal = reparsed || errors.some((error) => !RECOVERABLE.has(error.code));
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
  if (doc.contents) recordPlaces(doc.contents, [], { result, at, text });
  result.value = value;
  return result;
}

/** Places deeper than this are not recorded: a deck needs about 7 levels, and the core refuses 32. */
const MAX_PLACE_DEPTH = 16;

interface RecordContext {
  result: YamlSource;
  at: (offset: number) => SourceLocation;
  text: string;
}

function recordPlaces(node: Node, path: IssuePath, ctx: RecordContext): void {
  if (path.length >= MAX_PLACE_DEPTH) return;
  const { at } = ctx;
  const places = ctx.result.places;
  if (isMap(node)) {
    noteColonText(node, path, ctx);
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
      if (isNodeWithRange(value)) {
        noteComment(value, childPath, ctx);
        recordPlaces(value, childPath, ctx);
      }
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const childPath = [...path, index];
      if (isNodeWithRange(item)) {
        places.set(pathKey(childPath), at(item.range[0]));
        noteComment(item, childPath, ctx);
        recordPlaces(item, childPath, ctx);
      }
    });
  }
}

/** The end of the line `offset` is on. */
function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
}

/** A plain text with `# …` after it on its last line: YAML dropped the part after the #. */
function noteComment(node: Node & { range: [number, number, number] }, path: IssuePath, ctx: RecordContext) {
  if (!isScalar(node) || node.type !== 'PLAIN' || node.value === null) return;
  const [start, end] = node.range;
  const rest = ctx.text.slice(end, lineEnd(ctx.text, end));
  if (!/^[ \t]+#/.test(rest)) return;
  const kept = ctx.text.slice(start, end).replace(/\s+/g, ' ').trim();
  const text = `${kept} ${rest.trim()}`;
  ctx.result.comments.set(pathKey(path), { location: ctx.at(start), kept, text });
}

/** `- Let op: geef de speler de tijd.`: a group of one field, written as one plain line. */
function noteColonText(node: Node, path: IssuePath, ctx: RecordContext) {
  if (!isMap(node) || node.flow || node.items.length !== 1) return;
  const { key, value } = node.items[0]!;
  if (!isScalar(key) || key.type !== 'PLAIN' || !key.range) return;
  if (!isScalar(value) || value.type !== 'PLAIN' || !value.range || value.value === null) return;
  const start = key.range[0];
  const end = value.range[1];
  const written = ctx.text.slice(start, end);
  if (written.includes('\n')) return;
  ctx.result.colonTexts.set(pathKey(path), { location: ctx.at(start), text: written.trim() });
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
        const written = withoutComment((lines[start.line - 1] ?? '').slice(start.column - 1));
        return {
          code: 'yaml-colon-in-text',
          where: start,
          params: written === '' ? {} : { text: written },
          skipNext: next?.code === 'MULTILINE_IMPLICIT_KEY',
        };
      }
      return plain('BAD_INDENT', lineStart(start.line));
    }
    case 'MULTILINE_IMPLICIT_KEY': {
      // "theme myself" (no colon) followed by a field: the key runs on to the next line. The line
      // to fix is the one without the colon, not the next one.
      const missing = missingColon(lines[start.line - 1] ?? '', start);
      if (missing) return { ...missing, skipNext: false };
      const end = at(Math.max(error.pos[1] - 1, error.pos[0]));
      return { code: 'yaml-indentation', where: lineStart(end.line), params: {}, skipNext: false };
    }
    case 'BAD_INDENT':
      if (/Flow (map|sequence)/.test(error.message)) {
        // `{ en: Ask #1 thing, nl: … }`: the # made the rest of the line a comment, } and all.
        const comment = flowComment(lines, start);
        return comment ? { ...comment, skipNext: false } : plain('MISSING_CHAR');
      }
      return plain('BAD_INDENT', lineStart(start.line));
    case 'MISSING_CHAR':
      if (/without - indicator/.test(error.message)) return plain('BAD_INDENT', lineStart(start.line));
      if (/followed by map values/.test(error.message)) return plain('MISSING_VALUE', lineStart(start.line));
      if (/closing "quote/.test(error.message)) return plain('MISSING_CHAR', openQuote(lines, '"', start));
      if (/closing 'quote/.test(error.message)) return plain('MISSING_CHAR', openQuote(lines, "'", start));
      return plain('MISSING_CHAR');
    case 'TAB_AS_INDENT':
      return plain('TAB_AS_INDENT', { ...start, column: 1 });
    case 'BLOCK_IN_FLOW': {
      // `{ en: Be honest: what …, nl: … }`: the colon in the text starts a new field.
      const written = text.slice(error.pos[0], error.pos[1]).trim();
      if (!written.includes('\n') && /:\s/.test(written)) {
        return { code: 'yaml-colon-in-text', where: start, params: { text: written }, skipNext: false };
      }
      return plain(error.code);
    }
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

/**
 * The line above `start` where a `{ … }` or `[ … ]` is cut short by a ` #`: YAML reads the rest
 * of that line as a comment, so the closing bracket is never seen. The problem is the text with
 * the #, on that line.
 */
function flowComment(lines: string[], start: SourceLocation): Omit<DescribedError, 'skipNext'> | undefined {
  for (let line = start.line - 1; line >= Math.max(1, start.line - 20); line--) {
    const text = lines[line - 1] ?? '';
    const hash = text.search(/\s#/);
    if (hash < 0) continue;
    const before = text.slice(0, hash);
    const count = (pattern: RegExp) => (before.match(pattern) ?? []).length;
    if (count(/\{/g) <= count(/\}/g) && count(/\[/g) <= count(/\]/g)) continue;
    let from = 0;
    for (const match of before.matchAll(/(?:[{[,]|:\s)\s*/g)) from = match.index + match[0].length;
    const kept = before.slice(from).trim();
    const rest = text.slice(hash).trim();
    const cut = rest.split(/,\s*[\w-]+:\s|,\s|\s*[}\]]/)[0] ?? rest;
    return {
      code: 'yaml-comment-in-text',
      where: { file: start.file, line, column: from + 1 },
      params: { kept, text: `${kept} ${cut}`.trim() },
    };
  }
  return undefined;
}

/** A line without its comment (` # …`) and the space around it. */
function withoutComment(line: string): string {
  return line.replace(/(^|\s)#.*$/, '').trim();
}

/**
 * A line like `theme myself` or `- prompt Waar …?`: a field name and a value without the colon
 * between them. `undefined` when the line has a colon after its first word.
 */
function missingColon(line: string, start: SourceLocation): Omit<DescribedError, 'skipNext'> | undefined {
  const content = withoutComment(line);
  if (/:(\s|$)/.test(content)) return undefined;
  const match = /^(\s*(?:-\s+)?)([^\s:#]+)(?:\s+(.*))?$/.exec(line.replace(/\s+#.*$/, ''));
  if (!match) return undefined;
  const [, indent = '', key = '', rest] = match;
  const fix = rest === undefined || rest.trim() === '' ? `${key}:` : `${key}: ${rest.trim()}`;
  return {
    code: 'yaml-missing-colon',
    where: { file: start.file, line: start.line, column: indent.length + key.length + 1 },
    params: { key, fix },
  };
}

/** Lines whose indentation has a tab, with the column of the first tab. */
function tabIndents(lines: readonly string[]): { line: number; column: number }[] {
  const found: { line: number; column: number }[] = [];
  lines.forEach((text, index) => {
    const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
    const tab = indent.indexOf('\t');
    const rest = text.slice(indent.length);
    if (tab >= 0 && rest !== '' && !rest.startsWith('#')) found.push({ line: index + 1, column: tab + 1 });
  });
  return found;
}

/**
 * The lines with every tab indentation replaced by spaces: as far in as the text of the line
 * above (a field below a field), or a step further when that line opens a block (`hints:`).
 */
function withoutTabIndents(lines: readonly string[], tabs: readonly { line: number }[]): string[] {
  const out = [...lines];
  const tabbed = new Set(tabs.map((tab) => tab.line));
  for (const line of [...tabbed].sort((a, b) => a - b)) {
    let width = 0;
    for (let above = line - 2; above >= 0; above--) {
      const text = out[above]!;
      if (text.trim() === '' || text.trim().startsWith('#')) continue;
      const lead = /^ *(?:- +)*/.exec(text)?.[0].length ?? 0;
      const own = out[line - 1]!.trimStart();
      width = withoutComment(text).endsWith(':') && !own.startsWith('-') ? lead + 2 : lead;
      break;
    }
    out[line - 1] = ' '.repeat(width) + out[line - 1]!.replace(/^[ \t]*/, '');
  }
  return out;
}

function keyOnLine(line: string | undefined): string {
  return /^\s*-?\s*([^:#]+):/.exec(line ?? '')?.[1]?.trim() ?? '';
}
