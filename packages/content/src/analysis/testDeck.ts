/**
 * Small decks for the tests of the analysis and print code. Not exported from the package.
 */
import type { Card, Deck } from '@ontdek-doe/core/schema';

/** A valid card with Dutch and English text; `overrides` replaces any field. */
export function testCard(id: string, overrides: Partial<Card> = {}): Card {
  return {
    id,
    family: 'wish',
    theme: 'myself',
    depth: 1,
    prompt: { nl: 'Waar word je blij van?', en: 'What makes you happy?' },
    answer: { kind: 'talk' },
    ...overrides,
  };
}

/** A valid deck with two themes (`myself`, `home`) and the given cards. */
export function testDeck(cards: Card[], overrides: Partial<Deck> = {}): Deck {
  return {
    schemaVersion: 2,
    id: 'test',
    version: '1.0.0',
    title: { nl: 'Proefspel', en: 'Test deck' },
    description: { nl: 'Om mee te testen.', en: 'For tests.' },
    languages: ['nl', 'en'],
    defaultLanguage: 'nl',
    minimumAge: 12,
    themes: [
      { id: 'myself', title: { nl: 'Ikzelf', en: 'Myself' }, colour: '#1b6e5a', icon: 'person' },
      { id: 'home', title: { nl: 'Wonen', en: 'Home' }, colour: '#f2c14e', icon: 'house' },
    ],
    cards,
    ...overrides,
  };
}
