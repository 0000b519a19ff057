/**
 * The deck module: schema, loader, messages, migrations, hashing and text lookup.
 */
export { parseDeck, type ParseDeckOptions } from './parseDeck.ts';
export { formatDeckIssues, formatIssuePath } from './formatDeckIssues.ts';
export { hashDeck, deckRef } from './hashDeck.ts';
export {
  migrateDeck,
  DECK_MIGRATIONS,
  SUPPORTED_DECK_SCHEMA_VERSIONS,
  type DeckMigration,
  type MigrateDeckResult,
} from './migrateDeck.ts';
export { deckSchema, answerSpecSchema, answerSchemasByKind, pluginAnswerSchema } from './deckSchema.ts';
export { deckJsonSchema } from './deckJsonSchema.ts';
export {
  deckMessages,
  describeIssue,
  languageName,
  type DeckMessageTable,
  type MessageLanguage,
} from './deckMessages.ts';
export { DECK_ISSUE_CODES, type DeckIssueCode, type DeckIssueParams } from './deckIssueCodes.ts';
export { DECK_LIMITS, DECK_PATTERNS } from './deckLimits.ts';
export { localize, localizeIn, cardPrompt, cardText, type CardText } from './localize.ts';
export type { Deck, DeckIssue, DeckRef, IssuePath, ParseDeckResult, Severity } from '../types.ts';
