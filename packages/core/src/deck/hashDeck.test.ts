import { describe, expect, it } from 'vitest';
import { sampleDeck } from '../testing/sampleDeck.ts';
import type { Deck } from '../types.ts';
import { deckRef, hashDeck } from './hashDeck.ts';

/** The same value with every object's keys in reverse order. */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .reverse()
      .map((key) => [key, reverseKeys((value as Record<string, unknown>)[key])]),
  ) as T;
}

describe('hashDeck', () => {
  it('is 16 hex characters and the same on every call', () => {
    expect(hashDeck(sampleDeck)).toMatch(/^[0-9a-f]{16}$/);
    expect(hashDeck(structuredClone(sampleDeck))).toBe(hashDeck(sampleDeck));
  });

  it('does not depend on the order of keys', () => {
    const reordered = reverseKeys(sampleDeck);
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(sampleDeck));
    expect(hashDeck(reordered)).toBe(hashDeck(sampleDeck));
  });

  it('ignores fields that are undefined', () => {
    const withUndefined: Deck = {
      ...sampleDeck,
      cards: sampleDeck.cards.map((card) => ({ ...card, easy: card.easy })),
    };
    expect(hashDeck(withUndefined)).toBe(hashDeck(sampleDeck));
  });

  it('changes when a text changes, even by one character', () => {
    const changed = structuredClone(sampleDeck);
    changed.cards[5]!.prompt.en += '!';
    expect(hashDeck(changed)).not.toBe(hashDeck(sampleDeck));
  });

  it('changes when the order of cards changes', () => {
    const changed = { ...sampleDeck, cards: [...sampleDeck.cards].reverse() };
    expect(hashDeck(changed)).not.toBe(hashDeck(sampleDeck));
  });

  it('tells many small variants apart', () => {
    const hashes = new Set<string>();
    for (let i = 0; i < 2_000; i++) hashes.add(hashDeck({ ...sampleDeck, version: `1.0.${i}` }));
    expect(hashes.size).toBe(2_000);
  });
});

describe('deckRef', () => {
  it('holds the id, version and hash', () => {
    expect(deckRef(sampleDeck)).toEqual({ id: 'sample', version: '1.0.0', hash: hashDeck(sampleDeck) });
  });
});
