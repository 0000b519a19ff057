/**
 * `@ontdek-doe/core/testing` — helpers for hosts' tests and benchmarks: a small valid deck, a
 * generator of large valid decks, and the benchmark session. Not needed in production.
 *
 * @example
 * import { generateDeck } from '@ontdek-doe/core/testing';
 * const deck = generateDeck(1000, 7); // a valid 1,000-card deck, the same for the same seed
 */
export { generateDeck } from './testing/generateDeck.ts';
export { sampleDeck } from './testing/sampleDeck.ts';
export { playSession, DECK_CARDS, DECK_SEED } from './testing/playSession.ts';
