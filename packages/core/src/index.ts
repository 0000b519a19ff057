/**
 * @ontdek-doe/core — the headless engine of Ontdek & Doe. No DOM: runs in browsers and Node.
 *
 * - Decks: `parseDeck` turns any input into a valid deck or located, plain-language problems.
 * - The game: `createGame` runs every flow (solo, led, group, follow-up) on an XState v5 machine.
 * - Persistence: versioned JSON snapshots (`game.getSnapshot()`, `restoreGame`).
 * - Plugins: see `@ontdek-doe/core/plugins`.
 *
 * @example
 * import { createGame, parseDeck } from '@ontdek-doe/core';
 * const result = parseDeck(deckJson);
 * if (!result.ok) throw new Error(formatDeckIssues(result.errors, 'en'));
 * const game = createGame({ deck: result.deck });
 */
export * from './game/index.ts';
export {
  parseDeck,
  formatDeckIssues,
  formatIssuePath,
  hashDeck,
  deckRef,
  localize,
  cardPrompt,
  cardText,
  localizeIn,
  type CardText,
} from './deck/index.ts';
export { parseSnapshot, toSnapshot, snapshotToJSON } from './snapshot/index.ts';
export type { ParseSnapshotResult, SnapshotError, SnapshotErrorCode } from './snapshot/index.ts';
export * from './types.ts';
