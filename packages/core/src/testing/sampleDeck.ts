/**
 * A small, valid deck for tests: 3 themes, 24 cards over every family and depth, two languages,
 * with easy-language text, a choice card, a sensitive card and an age-limited card.
 * Not exported from the package.
 */
import type { Card, CardFamily, Deck, Depth } from '../types.ts';

const families: CardFamily[] = ['wish', 'strength', 'doing', 'need', 'action', 'life-event'];
const themes = ['myself', 'contact', 'home'] as const;

function card(n: number): Card {
  const family = families[n % families.length]!;
  const theme = themes[n % themes.length]!;
  const depth = ((n % 3) + 1) as Depth;
  const base: Card = {
    id: `c${String(n).padStart(2, '0')}`,
    family,
    theme,
    depth,
    prompt: { nl: `Vraag ${n} over ${theme}?`, en: `Question ${n} about ${theme}?` },
    answer: { kind: n % 4 === 0 ? 'talk' : n % 4 === 1 ? 'text' : n % 4 === 2 ? 'faces' : 'talk' },
  };
  if (n % 5 === 0) base.easy = { nl: `Makkelijke vraag ${n}?`, en: `Easy question ${n}?` };
  if (depth === 3) {
    base.hints = [{ nl: `Tip voor de spelleider ${n}`, en: `Leader hint ${n}` }];
    base.followUps = [{ nl: `Doorvraag ${n}?`, en: `Follow-up ${n}?` }];
  }
  return base;
}

export const sampleCards: Card[] = Array.from({ length: 21 }, (_, i) => card(i + 1));

sampleCards.push(
  {
    id: 'choice-1',
    family: 'wish',
    theme: 'myself',
    depth: 1,
    prompt: { nl: 'Wat doe je graag?', en: 'What do you like to do?' },
    answer: {
      kind: 'choice',
      multiple: true,
      options: [
        { id: 'walk', label: { nl: 'Wandelen', en: 'Walking' }, icon: 'walk' },
        { id: 'cook', label: { nl: 'Koken', en: 'Cooking' }, icon: 'cook' },
        { id: 'music', label: { nl: 'Muziek', en: 'Music' }, icon: 'music' },
      ],
    },
  },
  {
    id: 'loss-1',
    family: 'life-event',
    theme: 'myself',
    depth: 2,
    prompt: { nl: 'Wie mis je?', en: 'Who do you miss?' },
    answer: { kind: 'talk' },
    sensitivity: ['loss'],
  },
  {
    id: 'adult-1',
    family: 'need',
    theme: 'home',
    depth: 1,
    prompt: { nl: 'Wat heb je nodig in je huis?', en: 'What do you need in your home?' },
    answer: { kind: 'text' },
    minimumAge: 18,
  },
);

export const sampleDeck: Deck = {
  schemaVersion: 2,
  id: 'sample',
  version: '1.0.0',
  title: { nl: 'Proefspel', en: 'Sample deck' },
  description: { nl: 'Een klein spel om mee te testen.', en: 'A small deck for tests.' },
  languages: ['nl', 'en'],
  defaultLanguage: 'nl',
  minimumAge: 12,
  themes: [
    { id: 'myself', title: { nl: 'Ikzelf', en: 'Myself' }, colour: '#1b6e5a', icon: 'person' },
    {
      id: 'contact',
      title: { nl: 'Contact met anderen', en: 'Contact with others' },
      colour: '#a0522d',
      icon: 'people',
    },
    { id: 'home', title: { nl: 'Wonen', en: 'Home' }, colour: '#2f4f9f', icon: 'house' },
  ],
  cards: sampleCards,
};
