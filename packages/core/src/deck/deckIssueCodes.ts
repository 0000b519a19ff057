/**
 * Every code a deck problem can have. Codes are stable: hosts and tools may match on them.
 *
 * @example
 * ```ts
 * import { DECK_ISSUE_CODES } from '@ontdek-doe/core';
 * DECK_ISSUE_CODES.includes('missing-text'); // true
 * ```
 */
export const DECK_ISSUE_CODES = [
  // The input as a whole
  'invalid-json',
  'not-a-deck',
  'cyclic-reference',
  'unreadable-value',
  'unsupported-value',
  'too-deep',
  'too-large',
  'too-many-items',
  'too-many-cards',
  'unsupported-schema-version',
  'deck-migrated',
  // Shape
  'missing-field',
  'wrong-type',
  'invalid-value',
  'unknown-key',
  // Texts
  'missing-text',
  'missing-translation',
  'empty-text',
  'text-too-long',
  'unlisted-language',
  // Languages
  'invalid-language-code',
  'duplicate-language',
  'default-language-not-listed',
  // Ids and references
  'invalid-id',
  'duplicate-card-id',
  'duplicate-theme-id',
  'duplicate-option-id',
  'unknown-theme',
  // Content rules
  'no-cards',
  'no-themes',
  'unknown-family',
  'invalid-depth',
  'choice-needs-options',
  'unknown-answer-kind',
  'invalid-colour',
  'age-out-of-range',
  'number-out-of-range',
  // Reporting itself
  'more-issues',
  'internal-error',
] as const;

/** The code of a deck problem, e.g. `missing-text`. */
export type DeckIssueCode = (typeof DECK_ISSUE_CODES)[number];

/** The values that go into a problem's message (card number, language, limit, …). */
export type DeckIssueParams = Record<string, string | number>;
