/**
 * Internal: collects deck problems from every pass of `parseDeck`, keeps at most a fixed number
 * per severity, and turns them into finished `DeckIssue`s (place, message, sorted by path).
 */
import type { DeckIssue, IssuePath, Severity } from '../types.ts';
import type { DeckIssueCode, DeckIssueParams } from './deckIssueCodes.ts';
import { DECK_LIMITS } from './deckLimits.ts';
import { describeIssue } from './deckMessages.ts';
import { formatIssuePath } from './formatDeckIssues.ts';

interface RawIssue {
  code: DeckIssueCode;
  severity: Severity;
  path: IssuePath;
  params: DeckIssueParams;
}

const keyOf = (path: IssuePath): string => path.join('\u0000');

/** The order fields are written in, so problems read top to bottom like the deck file. */
const FIELD_ORDER = new Map(
  [
    'schemaVersion',
    'id',
    'version',
    'title',
    'description',
    'languages',
    'defaultLanguage',
    'minimumAge',
    'themes',
    'cards',
    'family',
    'theme',
    'depth',
    'level',
    'prompt',
    'question',
    'easy',
    'picture',
    'src',
    'alt',
    'answer',
    'type',
    'kind',
    'options',
    'label',
    'icon',
    'colour',
    'color',
    'maxLength',
    'multiple',
    'config',
    'hints',
    'followUps',
    'tags',
    'sensitivity',
  ].map((key, index) => [key, index]),
);

function compareSegments(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  const rankA = FIELD_ORDER.get(a) ?? FIELD_ORDER.size;
  const rankB = FIELD_ORDER.get(b) ?? FIELD_ORDER.size;
  return rankA !== rankB ? rankA - rankB : a < b ? -1 : a > b ? 1 : 0;
}

function comparePaths(a: IssuePath, b: IssuePath): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const order = compareSegments(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Shortens text taken from the deck before it goes into a message. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A deck value in a few characters, for messages: `"abc"`, `2.5`, `[…]`, `{…}`. */
export function display(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(clip(value, 40));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object') return '{…}';
  return typeof value;
}

/** The kind of a value, as the messages name it: `string`, `array`, `null`, … */
export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Which card or theme a path is in, and the rest of the path as `field`. */
function placeParams(path: IssuePath, data: unknown): DeckIssueParams {
  const [top, index] = path;
  if ((top === 'cards' || top === 'themes') && typeof index === 'number') {
    const list = isRecord(data) ? data[top] : undefined;
    const item = Array.isArray(list) ? (list[index] as unknown) : undefined;
    const id = isRecord(item) && typeof item.id === 'string' ? clip(item.id) : undefined;
    const params: DeckIssueParams = { field: clip(formatIssuePath(path.slice(2)), 80) };
    if (top === 'cards') {
      params.card = index + 1;
      if (id !== undefined) params.cardId = id;
    } else {
      params.theme = index + 1;
      if (id !== undefined) params.themeId = id;
    }
    return params;
  }
  return { field: clip(formatIssuePath(path), 80) };
}

/** Collects problems; see the file comment. */
export class IssueCollector {
  private readonly lists: Record<Severity, RawIssue[]> = { error: [], warning: [] };
  private readonly overflow: Record<Severity, number> = { error: 0, warning: 0 };
  private readonly errorPaths = new Set<string>();
  private readonly blocked = new Set<string>();
  /** Maps a path in the current (migrated) deck back to the input's own shape. */
  mapPath: ((path: IssuePath) => IssuePath) | undefined;

  /** Records a problem, unless it sits at or under a place that could not be read at all. */
  add(code: DeckIssueCode, severity: Severity, path: IssuePath, params: DeckIssueParams = {}): void {
    const sourcePath = this.mapPath ? this.mapPath(path) : path;
    if (this.isBlocked(sourcePath)) return;
    if (severity === 'error') this.errorPaths.add(keyOf(sourcePath));
    const list = this.lists[severity];
    if (list.length >= DECK_LIMITS.maxIssuesPerSeverity) this.overflow[severity]++;
    else list.push({ code, severity, path: sourcePath, params });
  }

  /** Records an error and hides every later problem at or under `path` (it holds no usable data). */
  block(code: DeckIssueCode, path: IssuePath, params: DeckIssueParams = {}): void {
    this.add(code, 'error', path, params);
    this.blocked.add(keyOf(path));
  }

  /** Whether an error was already recorded at exactly this (current-deck) path. */
  hasErrorAt(path: IssuePath): boolean {
    return this.errorPaths.has(keyOf(this.mapPath ? this.mapPath(path) : path));
  }

  get errorCount(): number {
    return this.lists.error.length + this.overflow.error;
  }

  private isBlocked(path: IssuePath): boolean {
    if (this.blocked.size === 0) return false;
    let key = '';
    for (let i = 0; i <= path.length; i++) {
      if (this.blocked.has(key)) return true;
      if (i < path.length) key = i === 0 ? String(path[0]) : `${key}\u0000${String(path[i])}`;
    }
    return false;
  }

  /** The finished problems of one severity: placed, worded, sorted by path, plus a count of the rest. */
  finish(severity: Severity, data: unknown): DeckIssue[] {
    const issues = this.lists[severity]
      .slice()
      .sort((a, b) => comparePaths(a.path, b.path))
      .map((raw) => finishIssue(raw, data));
    const more = this.overflow[severity];
    if (more > 0)
      issues.push(
        finishIssue({ code: 'more-issues', severity, path: [], params: { count: more, severity } }, data),
      );
    return issues;
  }
}

function finishIssue(raw: RawIssue, data: unknown): DeckIssue {
  const params = { ...placeParams(raw.path, data), ...raw.params };
  return {
    code: raw.code,
    severity: raw.severity,
    path: raw.path,
    message: {
      nl: describeIssue({ code: raw.code, params }, 'nl'),
      en: describeIssue({ code: raw.code, params }, 'en'),
    },
    params,
  };
}
