/**
 * Benchmarks of a whole game through the public facade, as a host drives it (the session is in
 * `src/testing/playSession.ts`), and restoring that session from its saved JSON.
 * Run: `pnpm --filter @ontdek-doe/core bench`. Per-event figures: `scripts/measure.mjs`.
 */
import { bench, describe } from 'vitest';
import { snapshotToJSON } from '../snapshot/serializeSession.ts';
import { generateDeck } from '../testing/generateDeck.ts';
import { clock, DECK_CARDS, DECK_SEED, playSession, sendOrThrow } from '../testing/playSession.ts';
import { restoreGame } from './restoreGame.ts';

const deck = generateDeck(DECK_CARDS, DECK_SEED);
let events = 0;
const finished = playSession(deck, (game, event) => {
  events++;
  sendOrThrow(game, event);
});
if (finished.game.getState() !== 'finished' || finished.game.getSession().answers.length !== 40) {
  throw new Error('The benchmark session did not play 40 cards to the end.');
}
const savedJson = snapshotToJSON(finished.game.getSnapshot());
const savedObject = JSON.parse(savedJson) as unknown;

describe('a 4-player group session, 40 cards, through the facade', () => {
  // Divide the mean by the number of events for a rough time per event; measure.mjs times each one.
  bench(
    `whole session, ${events} events: start → 40 answers, stars, reactions, matters, goals, summaries → finish`,
    () => void playSession(deck),
    { time: 2000, warmupTime: 500 },
  );
});

describe('restoring that session', () => {
  bench(
    'restoreGame from saved JSON text',
    () => {
      const { restored } = restoreGame(savedJson, { deck, clock });
      if (!restored) throw new Error('not restored');
    },
    { time: 1000 },
  );
  bench(
    'restoreGame from a parsed object',
    () => {
      const { restored } = restoreGame(savedObject, { deck, clock });
      if (!restored) throw new Error('not restored');
    },
    { time: 1000 },
  );
});
