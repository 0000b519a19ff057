/**
 * `@ontdek-doe/core/schema` — the deck format for tools: the zod schema, `parseDeck`, migrations,
 * messages and the JSON Schema for editors. The content package depends on this entry only.
 *
 * @example
 * import { parseDeck, formatDeckIssues } from '@ontdek-doe/core/schema';
 * const result = parseDeck(yamlParsedObject);
 * if (!result.ok) console.error(formatDeckIssues(result.errors, 'nl'));
 */
export * from './deck/index.ts';
export type {
  Deck,
  Card,
  Theme,
  DeckIssue,
  ParseDeckResult,
  DeckRef,
  LocalizedText,
  AnswerSpec,
  CardFamily,
  Depth,
} from './types.ts';
export { DECK_SCHEMA_VERSION, CARD_FAMILIES, BUILT_IN_ANSWER_KINDS } from './types.ts';
