import { describe, expect, it } from 'vitest';
import { basicDeck } from '@ontdek-doe/content';
import { createGame, localize, parseDeck, type Deck } from '@ontdek-doe/core';
import { BENCH_CARDS, BENCH_SETTINGS, drawOrder, makeBenchDeck } from './benchDeck.mjs';
import { deckToSurvey } from './surveyJson.mjs';

const deck = makeBenchDeck(basicDeck as Deck);

describe('the benchmark deck', () => {
  it('is a valid deck of 40 cards of the default deck, with every answer kind', () => {
    expect(deck.cards).toHaveLength(BENCH_CARDS);
    expect(parseDeck(deck).ok).toBe(true);
    const ids = new Set((basicDeck as Deck).cards.map((c) => c.id));
    for (const c of deck.cards) expect(ids.has(c.id)).toBe(true);
    expect(new Set(deck.cards.map((c) => c.answer.kind))).toEqual(
      new Set(['talk', 'text', 'faces', 'choice']),
    );
  });

  it('says so when the source deck is too small', () => {
    const small = { ...(basicDeck as Deck), cards: (basicDeck as Deck).cards.slice(0, 30) };
    expect(() => makeBenchDeck(small)).toThrow('the benchmark needs 120');
  });

  it('draws every card once, starting with the card the game shows first with the same settings', () => {
    const order = drawOrder(deck);
    expect(order).toHaveLength(BENCH_CARDS);
    expect(new Set(order)).toEqual(new Set(deck.cards.map((c) => c.id)));
    expect(drawOrder(deck)).toEqual(order);
    const game = createGame({ deck });
    game.send({ type: 'session.start', settings: BENCH_SETTINGS });
    expect(game.view().card?.id).toBe(order[0]);
    void game.stop();
  });

  it('the SurveyJS page asks the same questions in the same order, word for word', () => {
    const order = drawOrder(deck);
    const survey = deckToSurvey(deck, order, 'nl');
    const byId = new Map(deck.cards.map((c) => [c.id, c]));
    expect(survey.pages).toHaveLength(BENCH_CARDS);
    expect(survey.pages.map((page) => page.elements[0]?.title)).toEqual(
      order.map((id) => localize(byId.get(id)!.prompt, 'nl', 'nl')),
    );
  });
});
