import { describe, expect, it } from 'vitest';
import { sampleDeck } from '../testing/sampleDeck.ts';
import type { Card } from '../types.ts';
import { cardPrompt, localize } from './localize.ts';

describe('localize', () => {
  const text = { nl: 'Hallo', en: 'Hello', ar: '   ' };

  it('returns the text in the asked language', () => {
    expect(localize(text, 'en', 'nl')).toBe('Hello');
  });

  it('falls back to the fallback language, then to any text, then to an empty string', () => {
    expect(localize(text, 'tr', 'nl')).toBe('Hallo');
    expect(localize(text, 'ar', 'nl')).toBe('Hallo');
    expect(localize({ en: 'Hello' }, 'tr', 'nl')).toBe('Hello');
    expect(localize({ en: '' }, 'tr', 'nl')).toBe('');
    expect(localize(undefined, 'nl', 'nl')).toBe('');
    expect(localize({}, 'constructor', 'toString')).toBe('');
  });
});

describe('cardPrompt', () => {
  const card: Card = {
    ...sampleDeck.cards[0]!,
    prompt: {
      nl: 'Wat vind je belangrijk in je leven?',
      en: 'What matters to you in life?',
      ar: 'ما المهم؟',
    },
    easy: { nl: 'Wat is belangrijk voor jou?', en: 'What is important to you?' },
  };

  it('gives the standard question for standard reading', () => {
    expect(cardPrompt(card, sampleDeck, 'en', 'standard')).toBe('What matters to you in life?');
  });

  it('gives the easy question in the player language when there is one', () => {
    expect(cardPrompt(card, sampleDeck, 'en', 'easy')).toBe('What is important to you?');
    expect(cardPrompt(card, sampleDeck, 'nl', 'easy')).toBe('Wat is belangrijk voor jou?');
  });

  it('prefers the player language over easy words in another language', () => {
    expect(cardPrompt(card, sampleDeck, 'ar', 'easy')).toBe('ما المهم؟');
  });

  it("uses the default language's easy question when the player language has no text at all", () => {
    expect(cardPrompt(card, sampleDeck, 'tr', 'easy')).toBe('Wat is belangrijk voor jou?');
    expect(cardPrompt(card, sampleDeck, 'tr', 'standard')).toBe('Wat vind je belangrijk in je leven?');
  });

  it('falls back to the standard question when a card has no easy version', () => {
    const plain: Card = { ...card };
    delete plain.easy;
    expect(cardPrompt(plain, sampleDeck, 'en', 'easy')).toBe('What matters to you in life?');
  });
});
