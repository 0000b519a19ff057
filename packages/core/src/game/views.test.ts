import { describe, expect, it } from 'vitest';
import { sampleDeck } from '../testing/sampleDeck.ts';
import type { Card } from '../types.ts';
import { cardView } from './views.ts';

const base = sampleDeck.cards[0]!;

describe('cardView language and reading level', () => {
  it('standard reader, no English prompt but an English easy version: language matches the text shown', () => {
    const card: Card = {
      ...base,
      prompt: { nl: 'Wat vind je belangrijk in je leven?' },
      easy: { nl: 'Wat is belangrijk voor jou?', en: 'What is important to you?' },
    };
    const view = cardView(sampleDeck, card, 'en', 'standard');
    expect(view.prompt).toBe('Wat vind je belangrijk in je leven?');
    expect(view.language).toBe('nl');
    expect(view.easy).toBe(false);
  });

  it('standard reader, no prompt in either language: shows the easy words and says so', () => {
    const card: Card = { ...base, prompt: { nl: ' ' }, easy: { nl: 'Makkelijk?', en: 'Easy?' } };
    const view = cardView(sampleDeck, card, 'en', 'standard');
    expect(view).toMatchObject({ prompt: 'Easy?', language: 'en', easy: true });
  });

  it('easy reader without easy words in their language gets the standard question, not marked easy', () => {
    const card: Card = {
      ...base,
      prompt: { nl: 'Standaard?', en: 'Standard?' },
      easy: { nl: 'Standaard?' },
    };
    expect(cardView(sampleDeck, card, 'en', 'easy')).toMatchObject({
      prompt: 'Standard?',
      language: 'en',
      easy: false,
    });
    expect(cardView(sampleDeck, card, 'nl', 'easy')).toMatchObject({
      prompt: 'Standaard?',
      language: 'nl',
      easy: true,
    });
  });

  it('an easy reader in a language the card lacks gets the default language, marked as such', () => {
    const card: Card = { ...base, prompt: { nl: 'Standaard?', en: 'Standard?' }, easy: { nl: 'Makkelijk?' } };
    expect(cardView(sampleDeck, card, 'tr', 'easy')).toMatchObject({
      prompt: 'Makkelijk?',
      language: 'nl',
      easy: true,
    });
  });
});

describe('cardView option labels and picture text', () => {
  const card: Card = {
    ...base,
    prompt: { ar: 'ماذا تحب أن تفعل؟' },
    picture: { src: 'walk.svg', alt: { nl: 'Een wandeling', ar: 'نزهة' } },
    answer: {
      kind: 'choice',
      options: [
        { id: 'walk', label: { nl: 'Wandelen', ar: 'المشي', en: 'Walking' }, icon: 'walk' },
        { id: 'cook', label: { nl: 'Koken', ar: 'الطبخ' } },
      ],
    },
  };
  delete card.easy;

  it("uses the player's language, else the language the question is shown in", () => {
    const view = cardView(sampleDeck, card, 'en', 'standard');
    expect(view.language).toBe('ar');
    expect(view.answer).toEqual({
      kind: 'choice',
      multiple: false,
      options: [
        { id: 'walk', label: 'Walking', icon: 'walk' },
        { id: 'cook', label: 'الطبخ' },
      ],
    });
    expect(view.picture).toEqual({ src: 'walk.svg', alt: 'نزهة' });
  });

  it("falls back to the deck's default language when the shown language has no label either", () => {
    const view = cardView(sampleDeck, { ...card, prompt: { nl: 'Wat doe je graag?' } }, 'en', 'standard');
    expect(view.language).toBe('nl');
    expect(view.answer).toMatchObject({ options: [{ label: 'Walking' }, { label: 'Koken' }] });
    expect(view.picture?.alt).toBe('Een wandeling');
  });
});
