/**
 * parseDeck on a generated 10,000-card deck (3 languages, every answer kind). The aim is under
 * 250 ms on a small 2-core machine. Measured on the 2-core dev box (Node 20, other work running):
 * object ≈ 150 ms mean (min 135), JSON text ≈ 205 ms, with a warning on every card ≈ 165 ms;
 * hashDeck ≈ 85 ms.
 */
import { bench, describe } from 'vitest';
import { generateDeck } from '../testing/generateDeck.ts';
import { hashDeck } from './hashDeck.ts';
import { parseDeck } from './parseDeck.ts';

const deck = generateDeck(10_000, 1);
const json = JSON.stringify(deck);
/** The same deck with one missing translation per card: the path that builds 10,000 warnings. */
const untranslated = {
  ...deck,
  cards: deck.cards.map((card) => ({ ...card, prompt: { nl: card.prompt.nl!, ar: card.prompt.ar! } })),
};

describe('10,000 cards', () => {
  bench('parseDeck(object)', () => {
    if (!parseDeck(deck).ok) throw new Error('expected a valid deck');
  });

  bench('parseDeck(JSON text)', () => {
    if (!parseDeck(json).ok) throw new Error('expected a valid deck');
  });

  bench('parseDeck(object), a warning on every card', () => {
    if (!parseDeck(untranslated).ok) throw new Error('expected a valid deck');
  });

  bench('hashDeck', () => {
    hashDeck(deck);
  });
});
