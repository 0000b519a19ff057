import { describe, expect, it } from 'vitest';
import { basicDeck } from '@ontdek-doe/content';
import { parseDeck, type Deck } from '@ontdek-doe/core';
import { bigDeck } from './bigDeck.mjs';

const source = basicDeck as Deck;

describe('the editor benchmark deck', () => {
  it('holds as many cards as asked, each id once, and is a valid deck', () => {
    const deck = bigDeck(source, 1000);
    expect(deck.id).toBe('groot');
    expect(deck.cards).toHaveLength(1000);
    expect(new Set(deck.cards.map((card) => card.id)).size).toBe(1000);
    const parsed = parseDeck(deck);
    expect(parsed.ok).toBe(true);
  });

  it('repeats the source cards in order, numbering each pass', () => {
    const size = source.cards.length;
    const ids = source.cards.map((card) => card.id);
    const deck = bigDeck(source, size + 2);
    const first = source.cards[0]!;
    expect(deck.cards[0]).toEqual({ ...first, id: `${first.id}-1` });
    expect(deck.cards[size]).toEqual({ ...first, id: `${first.id}-2` });
    expect(deck.cards[size + 1]?.prompt).toEqual(source.cards[1]?.prompt);
    expect(source.cards.map((card) => card.id)).toEqual(ids);
  });

  it('says so when the source has no cards', () => {
    expect(() => bigDeck({ ...source, cards: [] }, 10)).toThrow('has no cards to repeat');
  });
});
