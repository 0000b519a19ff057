import { describe, expect, it } from 'vitest';
import { sampleDeck } from '../testing/sampleDeck.ts';
import type { Card } from '../types.ts';
import { cardPrompt, cardText, localize, localizeIn } from './localize.ts';

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

describe('localizeIn', () => {
  it('takes the first language that has the text, then any text', () => {
    const text = { nl: 'Wandelen', ar: 'المشي', en: '  ' };
    expect(localizeIn(text, ['en', 'ar', 'nl'])).toBe('المشي');
    expect(localizeIn(text, ['tr'])).toBe('Wandelen');
    expect(localizeIn(undefined, ['nl'])).toBe('');
  });
});

describe('cardText', () => {
  const base = sampleDeck.cards[0]!;

  it('tells the language and reading level it actually used', () => {
    const card: Card = {
      ...base,
      prompt: { nl: 'Standaard nl', en: 'Standard en' },
      easy: { nl: 'Makkelijk nl', en: 'Easy en' },
    };
    expect(cardText(card, sampleDeck, 'en', 'standard')).toEqual({
      text: 'Standard en',
      language: 'en',
      easy: false,
    });
    expect(cardText(card, sampleDeck, 'en', 'easy')).toEqual({ text: 'Easy en', language: 'en', easy: true });
    expect(cardText(card, sampleDeck, 'tr', 'easy')).toEqual({
      text: 'Makkelijk nl',
      language: 'nl',
      easy: true,
    });
    expect(cardText(card, sampleDeck, 'tr', 'standard')).toEqual({
      text: 'Standaard nl',
      language: 'nl',
      easy: false,
    });
  });

  it('easy reader: the standard question in the player language comes before easy words in the default', () => {
    const card: Card = { ...base, prompt: { nl: 'Standaard nl', ar: 'عربي' }, easy: { nl: 'Makkelijk nl' } };
    expect(cardText(card, sampleDeck, 'ar', 'easy')).toEqual({ text: 'عربي', language: 'ar', easy: false });
  });

  it('standard reader: the prompt in the default language comes before easy words in the player language', () => {
    const card: Card = {
      ...base,
      prompt: { nl: 'Standaard nl' },
      easy: { nl: 'Makkelijk nl', en: 'Easy en' },
    };
    expect(cardText(card, sampleDeck, 'en', 'standard')).toEqual({
      text: 'Standaard nl',
      language: 'nl',
      easy: false,
    });
  });

  it('standard reader: falls back to easy words when the prompt is missing in both languages', () => {
    const card: Card = {
      ...base,
      prompt: { nl: ' ', ar: 'عربي' },
      easy: { nl: 'Makkelijk nl', en: 'Easy en' },
    };
    expect(cardText(card, sampleDeck, 'en', 'standard')).toEqual({
      text: 'Easy en',
      language: 'en',
      easy: true,
    });
    expect(cardText(card, sampleDeck, 'tr', 'standard')).toEqual({
      text: 'Makkelijk nl',
      language: 'nl',
      easy: true,
    });
    expect(cardPrompt(card, sampleDeck, 'en', 'standard')).toBe('Easy en');
  });

  it('ends with any language, then an empty text in the default language', () => {
    const only: Card = { ...base, prompt: { ar: 'عربي' } };
    delete only.easy;
    expect(cardText(only, sampleDeck, 'en', 'standard')).toEqual({
      text: 'عربي',
      language: 'ar',
      easy: false,
    });
    const onlyEasy: Card = { ...base, prompt: {}, easy: { ar: 'سهل' } };
    expect(cardText(onlyEasy, sampleDeck, 'en', 'easy')).toEqual({ text: 'سهل', language: 'ar', easy: true });
    const empty: Card = { ...base, prompt: {} };
    delete empty.easy;
    expect(cardText(empty, sampleDeck, 'en', 'easy')).toEqual({ text: '', language: 'nl', easy: false });
  });
});
