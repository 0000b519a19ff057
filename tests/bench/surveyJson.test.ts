import { describe, expect, it } from 'vitest';
import type { Card, Deck } from '@ontdek-doe/core';
import { deckToSurvey, questionFor } from './surveyJson.mjs';

const card = (
  id: string,
  answer: Card['answer'],
  prompt: Card['prompt'] = { nl: `Vraag ${id}`, en: `Question ${id}` },
) => ({ id, family: 'wish', theme: 'myself', depth: 1, prompt, answer }) as Card;

const cards = [
  card('t', { kind: 'text' }),
  card('f', { kind: 'faces' }),
  card('m', {
    kind: 'choice',
    multiple: true,
    options: [
      { id: 'walk', label: { nl: 'Wandelen', en: 'Walking' } },
      { id: 'bike', label: { nl: 'Fietsen' } },
    ],
  } as Card['answer']),
  card('s', { kind: 'choice', options: [{ id: 'yes', label: { nl: 'Ja', en: 'Yes' } }] } as Card['answer']),
  card('k', { kind: 'talk' }, { nl: 'Vertel eens' }),
];
const deck = { id: 'test', defaultLanguage: 'nl', languages: ['nl', 'en'], cards } as unknown as Deck;

describe('deck → SurveyJS JSON', () => {
  it('asks each card as the nearest SurveyJS question kind', () => {
    expect(questionFor(cards[0]!, 'nl', 'nl')).toEqual({
      type: 'comment',
      name: 't',
      title: 'Vraag t',
      maxLength: 2000,
    });
    expect(questionFor(cards[1]!, 'nl', 'nl')).toEqual({
      type: 'rating',
      name: 'f',
      title: 'Vraag f',
      rateType: 'smileys',
      rateCount: 5,
      rateMin: 1,
      rateMax: 5,
    });
    expect(questionFor(cards[2]!, 'nl', 'nl')).toMatchObject({
      type: 'checkbox',
      choices: [
        { value: 'walk', text: 'Wandelen' },
        { value: 'bike', text: 'Fietsen' },
      ],
    });
    expect(questionFor(cards[3]!, 'nl', 'nl')).toMatchObject({
      type: 'radiogroup',
      choices: [{ value: 'yes' }],
    });
    expect(questionFor(cards[4]!, 'nl', 'nl')).toMatchObject({
      type: 'comment',
      title: 'Vertel eens',
      description: expect.stringContaining('hardop'),
    });
  });

  it('one question per page, in the order given, in the language asked (else the deck’s own)', () => {
    const survey = deckToSurvey(deck, ['k', 'm', 't'], 'en');
    expect(survey.locale).toBe('en');
    expect(survey.showQuestionNumbers).toBe('off');
    expect(survey.pages.map((page) => page.elements.map((q) => q.name))).toEqual([['k'], ['m'], ['t']]);
    expect(survey.pages.map((page) => page.elements[0]?.title)).toEqual([
      'Vertel eens',
      'Question m',
      'Question t',
    ]);
    expect(survey.pages[0]?.elements[0]?.description).toMatch(/out loud/);
    expect(survey.pages[1]?.elements[0]?.choices).toEqual([
      { value: 'walk', text: 'Walking' },
      { value: 'bike', text: 'Fietsen' },
    ]);
    expect(new Set(survey.pages.map((page) => page.name)).size).toBe(3);
  });

  it('says which card is missing, and which answer kind it cannot ask', () => {
    expect(() => deckToSurvey(deck, ['t', 'nope'])).toThrow('The deck "test" has no card "nope".');
    const plugin = card('p', { kind: 'x-slider' } as unknown as Card['answer']);
    expect(() => questionFor(plugin, 'nl', 'nl')).toThrow(
      'no SurveyJS question for the answer kind "x-slider"',
    );
  });
});
