/**
 * Writes deck data as YAML the way FORMAT.md shows it: block maps and lists, short lists of words
 * on one line (`languages: [nl, en]`), texts without quotes where that is safe and in single quotes
 * where it is not, and a translation as a pair on one line (`{ en: …, nl: … }`) when it fits.
 * Used for new files, and for the parts of opened files that a change writes anew.
 */
import { parse } from 'yaml';
import { isData } from './deckData.ts';

/** A line longer than this puts a translation pair on two lines. */
export const PAIR_LINE_WIDTH = 120;

/** Fields whose list is written on one line. */
const INLINE_LISTS = new Set(['languages', 'tags', 'sensitivity']);

/** Characters that end a plain text inside `{ … }` or `[ … ]`. */
const FLOW_SPECIAL = /[,[\]{}]/;

/**
 * A text as a YAML value that reads back as the same text: plain when that is safe, else in
 * single quotes (a `'` written twice), or in double quotes when it has a line break or a control
 * character. `flow`: inside `{ … }` or `[ … ]`, where a comma or bracket ends a plain text.
 *
 * @example
 * ```ts
 * yamlString('Waar word je blij van?'); // Waar word je blij van?
 * yamlString('Wat is je #1 wens?'); // 'Wat is je #1 wens?'
 * ```
 */
export function yamlString(text: string, flow = false): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\u0085\u2028\u2029]/.test(text)) return JSON.stringify(text);
  if (isPlainSafe(text, flow)) return text;
  return `'${text.replace(/'/g, "''")}'`;
}

const plainCache = new Map<string, boolean>();

function isPlainSafe(text: string, flow: boolean): boolean {
  if (text === '' || text.trim() !== text) return false;
  if (flow && FLOW_SPECIAL.test(text)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text) || /:(\s|$)|\s#/.test(text)) return false;
  let safe = plainCache.get(text);
  if (safe === undefined) {
    try {
      safe = parse(`k: ${text}\n`)?.k === text;
    } catch {
      safe = false;
    }
    if (plainCache.size > 20_000) plainCache.clear();
    plainCache.set(text, safe);
  }
  return safe;
}

/**
 * A field name as YAML: as it is when that is safe, else in quotes.
 *
 * @example
 * ```ts
 * yamlKey('wish-myself-1'); // wish-myself-1
 * yamlKey('yes'); // "yes"
 * ```
 */
export function yamlKey(key: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(key) && !/^(?:true|false|null|yes|no|on|off|y|n|~)$/i.test(key)
    ? key
    : JSON.stringify(key);
}

/** A scalar (text, number, true/false, empty) as YAML. */
export function yamlScalar(value: unknown, flow = false): string {
  if (typeof value === 'string') return yamlString(value, flow);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  return 'null';
}

const isScalar = (value: unknown): boolean => !Array.isArray(value) && !isData(value);

/** A map or list on one line: `{ en: Hi, nl: Hoi }`, `[nl, en]`. */
export function yamlFlow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => yamlFlow(item)).join(', ')}]`;
  if (isData(value)) {
    const entries = Object.entries(value).map(([key, item]) => `${yamlKey(key)}: ${yamlFlow(item)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return yamlScalar(value, true);
}

/** Whether `value` is a translation pair (a map of texts only), written on one line when it fits. */
const isPair = (value: unknown): value is Record<string, unknown> =>
  isData(value) &&
  Object.keys(value).length > 0 &&
  Object.keys(value).length <= 3 &&
  Object.values(value).every((item) => typeof item === 'string');

/**
 * A field as YAML lines at `indent` spaces: `key: value` on one line, or `key:` with the value on
 * the lines below.
 *
 * @example
 * ```ts
 * yamlField('languages', ['nl', 'en'], 0); // ['languages: [nl, en]']
 * ```
 */
export function yamlField(key: string, value: unknown, indent: number, pairs = false): string[] {
  const head = `${' '.repeat(indent)}${yamlKey(key)}:`;
  if (Array.isArray(value) && (INLINE_LISTS.has(key) || value.length === 0) && value.every(isScalar))
    return [`${head} ${yamlFlow(value)}`];
  if (isData(value) && Object.keys(value).length === 0) return [`${head} {}`];
  if (pairs && isPair(value)) {
    const line = `${head} ${yamlFlow(value)}`;
    if (line.length <= PAIR_LINE_WIDTH) return [line];
  }
  if (isScalar(value)) return [`${head} ${yamlScalar(value)}`];
  return [head, ...yamlBlock(value, indent + 2, pairs)];
}

/**
 * `value` as block YAML lines at `indent` spaces. `pairs`: translation pairs on one line when
 * they fit (translation files).
 *
 * @example
 * ```ts
 * yamlBlock({ id: 'x', tags: ['a', 'b'] }, 0); // ['id: x', 'tags: [a, b]']
 * ```
 */
export function yamlBlock(value: unknown, indent: number, pairs = false): string[] {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    const lines: string[] = [];
    for (const item of value) {
      if (pairs && isPair(item) && `${pad}- ${yamlFlow(item)}`.length <= PAIR_LINE_WIDTH) {
        lines.push(`${pad}- ${yamlFlow(item)}`);
      } else if (isData(item) && Object.keys(item).length > 0) {
        const inner = yamlBlock(item, indent + 2, pairs);
        lines.push(`${pad}- ${inner[0]!.slice(indent + 2)}`, ...inner.slice(1));
      } else if (Array.isArray(item) && item.length > 0) {
        lines.push(`${pad}-`, ...yamlBlock(item, indent + 2, pairs));
      } else {
        lines.push(`${pad}- ${isScalar(item) ? yamlScalar(item) : yamlFlow(item)}`);
      }
    }
    return lines;
  }
  if (isData(value)) {
    return Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .flatMap(([key, item]) => yamlField(key, item, indent, pairs));
  }
  return [`${pad}${yamlScalar(value)}`];
}

/** A whole file: `comments` (without `#`) on top, then `value`, ending in a line break. */
export function yamlDocument(value: unknown, comments: readonly string[] = [], pairs = false): string {
  const head = comments.map((line) => (line === '' ? '#' : `# ${line}`));
  return `${[...head, ...yamlBlock(value, 0, pairs)].join('\n')}\n`;
}
