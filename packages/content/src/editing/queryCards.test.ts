import { describe, expect, it } from 'vitest';
import { openJson } from './openJson.ts';
import type { DeckDraft } from './types.ts';

const text = (nl: string, en?: string) => (en === undefined ? { nl } : { nl, en });
const card = (
  id: string,
  family: string,
  theme: string,
  depth: number,
  nl: string,
  en?: string,
  extra = {},
) => ({
  id,
  family,
  theme,
  depth,
  prompt: text(nl, en),
  answer: { kind: 'talk' },
  ...extra,
});

function deck(): DeckDraft {
  const data = {
    schemaVersion: 2,
    id: 'proef',
    version: '1.0.0',
    title: text('Proef', 'Test'),
    description: text('Een proef.', 'A test.'),
    languages: ['nl', 'en'],
    defaultLanguage: 'nl',
    minimumAge: 12,
    themes: [
      { id: 'home', title: text('Wonen', 'Home'), colour: '#123456', icon: 'house' },
      { id: 'money', title: text('Geld', 'Money'), colour: '#654321', icon: 'coins' },
    ],
    cards: [
      card('c-need', 'need', 'money', 2, 'Wat heb je nodig voor je geld?', 'What do you need for money?'),
      card(
        'a-wish',
        'wish',
        'home',
        1,
        'Waar word je blij van in je huis?',
        'What makes you happy at home?',
        { tags: ['thuis', 'café'] },
      ),
      card('b-doing', 'doing', 'home', 3, 'Wat doe je graag met je buren?'),
      card(
        'd-strength',
        'strength',
        'money',
        1,
        'Waar ben je goed in als het om geld en rekeningen en betalen en sparen en plannen gaat?',
        'What are you good at?',
      ),
    ],
  };
  const { draft } = openJson(JSON.stringify(data));
  return draft!;
}

describe('the card list', () => {
  it('is in deck order without a query', () => {
    expect(deck().query({})).toEqual(['c-need', 'a-wish', 'b-doing', 'd-strength']);
  });

  it('finds a word in any language, in the id and in the tags, without minding case or accents', () => {
    const draft = deck();
    expect(draft.query({ search: 'BLIJ' })).toEqual(['a-wish']);
    expect(draft.query({ search: 'money' })).toEqual(['c-need']);
    expect(draft.query({ search: 'cafe' })).toEqual(['a-wish']);
    expect(draft.query({ search: 'b-doing' })).toEqual(['b-doing']);
    expect(draft.query({ search: 'je geld' })).toEqual(['c-need', 'd-strength']);
    expect(draft.query({ search: 'nergens' })).toEqual([]);
    expect(draft.query({ search: '   ' })).toHaveLength(4);
  });

  it('filters on family, theme and depth together', () => {
    const draft = deck();
    expect(draft.query({ theme: 'money' })).toEqual(['c-need', 'd-strength']);
    expect(draft.query({ theme: 'money', depth: 1 })).toEqual(['d-strength']);
    expect(draft.query({ family: 'doing' })).toEqual(['b-doing']);
  });

  it('filters on a missing translation and on problems', () => {
    const draft = deck();
    expect(draft.query({ language: 'en', translation: 'missing' })).toEqual(['b-doing']);
    expect(draft.query({ language: 'en', translation: 'done' })).toEqual(['c-need', 'a-wish', 'd-strength']);
    expect(draft.query({ problems: 'readability' })).toEqual(['d-strength']);
    expect(draft.query({ problems: 'warning' })).toEqual(['b-doing']); // the missing translation
    draft.edit({ type: 'set', path: ['cards', 0, 'theme'], value: 'nergens' });
    expect(draft.query({ problems: 'error' })).toEqual(['c-need']);
  });

  it('sorts by id, family, theme, depth and translation state, in deck order within a group', () => {
    const draft = deck();
    expect(draft.query({ sort: 'id' })).toEqual(['a-wish', 'b-doing', 'c-need', 'd-strength']);
    expect(draft.query({ sort: 'family' })).toEqual(['a-wish', 'd-strength', 'b-doing', 'c-need']);
    expect(draft.query({ sort: 'theme' })).toEqual(['a-wish', 'b-doing', 'c-need', 'd-strength']);
    expect(draft.query({ sort: 'depth' })).toEqual(['a-wish', 'd-strength', 'c-need', 'b-doing']);
    draft.edit({ type: 'set', path: ['cards', 3, 'prompt', 'nl'], value: 'Waar ben je goed in?' });
    expect(draft.query({ sort: 'translation', language: 'en' })).toEqual([
      'b-doing',
      'd-strength',
      'c-need',
      'a-wish',
    ]);
  });

  it('follows the edits: a changed text is found at once', () => {
    const draft = deck();
    draft.edit({
      type: 'set',
      path: ['cards', 2, 'prompt', 'nl'],
      value: 'Wie zijn je vrienden in de straat?',
    });
    expect(draft.query({ search: 'vrienden' })).toEqual(['b-doing']);
    expect(draft.query({ search: 'buren' })).toEqual([]);
  });
});
