// @ts-check
// The deck both pages of the speed benchmark ask: 40 cards of the default deck, and the order in
// which a solo game with the benchmark's settings draws them (the SurveyJS page asks them in that
// order, so both pages show the same question at every step).
import { createGame, parseDeck } from '@ontdek-doe/core';
import { BENCH_CARDS, BENCH_SETTINGS } from './benchSettings.mjs';

export { BENCH_CARDS, BENCH_SETTINGS };

/**
 * A deck of `count` cards taken from `source`: every third card, so the families, themes, depths
 * and answer kinds are spread as in the source (from the default deck: 19 talk, 7 text, 8 faces and
 * 6 choice cards). Throws when the source has too few cards or the result is not a valid deck.
 * @param {import('@ontdek-doe/core').Deck} source
 * @param {number} [count]
 * @returns {import('@ontdek-doe/core').Deck}
 */
export function makeBenchDeck(source, count = BENCH_CARDS) {
  const cards = source.cards.filter((_, i) => i % 3 === 0).slice(0, count);
  if (cards.length < count)
    throw new Error(
      `The deck "${source.id}" has ${source.cards.length} cards; the benchmark needs ${count * 3}.`,
    );
  const parsed = parseDeck({ ...source, id: 'bench', cards });
  if (!parsed.ok) throw new Error(`The benchmark deck is not valid: ${parsed.errors[0]?.message.en}`);
  return parsed.deck;
}

/**
 * The ids of the cards a game with `settings` shows, in order: the game is played in Node with
 * the same engine the page runs, passing every card.
 * @param {import('@ontdek-doe/core').Deck} deck
 * @param {import('@ontdek-doe/core').GameSettings} [settings]
 * @returns {string[]}
 */
export function drawOrder(deck, settings = BENCH_SETTINGS) {
  const game = createGame({ deck });
  const started = game.send({ type: 'session.start', settings });
  if (!started.accepted) throw new Error(`The benchmark session cannot start: ${started.reason.message.en}`);
  const order = [];
  for (let card = game.view().card; game.view().phase === 'discover' && card; card = game.view().card) {
    order.push(card.id);
    if (!game.send({ type: 'player.pass' }).accepted) break;
  }
  void game.stop();
  return order;
}
