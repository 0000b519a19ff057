/**
 * The deck editor's model on a 1,000-card deck (generated, 3 languages): what one keystroke costs
 * (an edit of one text, then the problems and a filtered card list for the new revision).
 */
import { generateDeck } from '@ontdek-doe/core/testing';
import { bench, describe } from 'vitest';
import { openJson } from './openJson.ts';

const deck = generateDeck(1000, 7);
const { draft } = openJson(JSON.stringify(deck));
if (!draft) throw new Error('the generated deck did not open');
let n = 0;
const text = () => `Wat doe je graag op een zonnige dag in de buurt ${n++}?`;

describe('1,000 cards', () => {
  bench('edit one text + problems() + query()', () => {
    draft.edit({ type: 'set', path: ['cards', 500, 'prompt', 'nl'], value: text() });
    draft.problems();
    draft.query({ search: 'buurt', theme: 'home' });
  });

  bench('edit one text', () => {
    draft.edit({ type: 'set', path: ['cards', 500, 'prompt', 'nl'], value: text() });
  });

  bench('problems() after an edit', () => {
    draft.edit({ type: 'set', path: ['cards', 500, 'prompt', 'nl'], value: text() });
    draft.problems();
  });

  bench('query(): search, theme, translation sort', () => {
    draft.query({ search: 'vrienden graag', sort: 'translation', language: 'en' });
  });
});
