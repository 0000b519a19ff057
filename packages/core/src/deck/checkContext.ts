/**
 * Internal: what the whole-deck checks share while they walk one deck, and small helpers.
 */
import type { IssuePath } from '../types.ts';
import type { DeckIssueParams } from './deckIssueCodes.ts';
import { DECK_LIMITS, DECK_PATTERNS } from './deckLimits.ts';
import { display, type IssueCollector } from './issueCollector.ts';

export type JsonObject = Record<string, unknown>;

export interface CheckContext {
  issues: IssueCollector;
  /** The deck's default language, when it is text. */
  defaultLanguage: string | undefined;
  /** The deck's valid language codes, without repeats, in order. */
  languages: string[];
  /** The same as a set; `undefined` when the deck has no usable `languages` list. */
  languageSet: ReadonlySet<string> | undefined;
  /** Answer kinds the host added through plugins. */
  answerKinds: ReadonlySet<string>;
}

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Likely intended keys for words from the first draft or other tools. */
const ALIASES: Record<string, string> = {
  question: 'prompt',
  level: 'depth',
  color: 'colour',
  type: 'answer',
  hint: 'hints',
  followUp: 'followUps',
  followups: 'followUps',
  lang: 'defaultLanguage',
  language: 'defaultLanguage',
};

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The known key a mistyped key most likely meant, if any is close. */
export function suggestKey(key: string, known: readonly string[]): string | undefined {
  const alias = Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined;
  if (alias !== undefined && known.includes(alias)) return alias;
  if (key.length > 40) return undefined;
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = key.length <= 4 ? 1 : 2;
  for (const candidate of known) {
    if (candidate.toLowerCase() === lower) return candidate;
    const d = distance(lower, candidate.toLowerCase());
    if (d <= bestDistance) {
      best = candidate;
      bestDistance = d - 1;
    }
  }
  return best;
}

/** Warns about every key of `object` that is not in `known` (probably a typo). */
export function checkKeys(
  ctx: CheckContext,
  object: JsonObject,
  known: readonly string[],
  path: IssuePath,
): void {
  for (const key of Object.keys(object)) {
    if (known.includes(key)) continue;
    const params: DeckIssueParams = { key };
    const suggestion = suggestKey(key, known);
    if (suggestion !== undefined) params.suggestion = suggestion;
    ctx.issues.add('unknown-key', 'warning', [...path, key], params);
  }
}

/** Checks an id's form; returns it when it is text (even if its form is wrong), for duplicate checks. */
export function checkId(ctx: CheckContext, value: unknown, path: IssuePath): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (value.length > DECK_LIMITS.maxIdLength || !DECK_PATTERNS.id.test(value)) {
    ctx.issues.add('invalid-id', 'error', path, { value: display(value), max: DECK_LIMITS.maxIdLength });
  }
  return value;
}

/** Checks a minimum age: a whole number in the allowed range. */
export function checkAge(ctx: CheckContext, value: unknown, path: IssuePath): void {
  if (typeof value !== 'number') return;
  const { min, max } = DECK_LIMITS.age;
  if (!Number.isInteger(value) || value < min || value > max) {
    ctx.issues.add('age-out-of-range', 'error', path, { value: display(value), min, max });
  }
}

/** Checks a required text field (not a translated text) is not blank. */
export function checkNotBlank(ctx: CheckContext, value: unknown, path: IssuePath): void {
  if (typeof value === 'string' && value.trim() === '') ctx.issues.add('empty-text', 'error', path);
}
