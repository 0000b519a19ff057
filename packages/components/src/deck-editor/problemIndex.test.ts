import type { EditorProblem } from '@ontdek-doe/content/editing';
import { describe, expect, it } from 'vitest';
import { cardControlKeys } from './cardControls.ts';
import { countProblems, indexProblems, placeProblem, placeProblems } from './problemIndex.ts';

const problem = (over: Partial<EditorProblem>): EditorProblem => ({
  severity: 'error',
  code: 'missing-text',
  message: { nl: 'Er mist een tekst.', en: 'A text is missing.' },
  path: [],
  kind: 'deck',
  ...over,
});

describe('indexProblems', () => {
  it('groups by card, counts, and finds the first error in deck order (deck fields first)', () => {
    const late = problem({ cardId: 'b', path: ['cards', 1, 'prompt', 'nl'] });
    const early = problem({ cardId: 'a', path: ['cards', 0, 'theme'] });
    const warning = problem({ cardId: 'a', severity: 'warning', kind: 'readability' });
    const index = indexProblems([late, warning, early], ['a', 'b']);
    expect(index.errors).toBe(2);
    expect(index.warnings).toBe(1);
    expect(index.byCard.get('a')).toEqual([warning, early]);
    expect(index.firstError).toBe(early);
    const deckError = problem({ path: ['title', 'nl'], field: 'title' });
    expect(indexProblems([late, deckError], ['a', 'b']).firstError).toBe(deckError);
    expect(countProblems(index.byCard.get('a'))).toEqual({ errors: 1, warnings: 1 });
    expect(countProblems(undefined)).toEqual({ errors: 0, warnings: 0 });
  });
});

describe('placeProblem', () => {
  const controls = cardControlKeys(
    {
      answer: { kind: 'choice', options: [{ id: 'a', label: { nl: 'A' } }] },
      hints: [{ nl: 'Tip' }],
    },
    3,
    ['nl', 'en'],
  );

  it('puts a problem at its own field, at its language, or at the nearest field above it', () => {
    expect(placeProblem(['cards', 3, 'prompt', 'en'], 'en', controls, 2)).toBe('cards/3/prompt/en');
    // A missing question belongs to the question in the default language.
    expect(placeProblem(['cards', 3, 'prompt'], 'nl', controls, 2)).toBe('cards/3/prompt/nl');
    expect(placeProblem(['cards', 3, 'answer', 'options', 0, 'label'], 'nl', controls, 2)).toBe(
      'cards/3/answer/options/0/label/nl',
    );
    expect(placeProblem(['cards', 3, 'answer', 'options', 0, 'label', 'en'], 'en', controls, 2)).toBe(
      'cards/3/answer/options/0/label/en',
    );
    expect(placeProblem(['cards', 3, 'answer', 'kind'], 'nl', controls, 2)).toBe('cards/3/answer');
    expect(placeProblem(['cards', 3, 'tags', 2], 'nl', controls, 2)).toBe('cards/3/tags');
    expect(placeProblem(['cards', 3, 'hints', 5, 'nl'], 'nl', controls, 2)).toBe('cards/3/hints');
  });

  it('leaves a problem of the card as a whole, or of a language not shown, to the card', () => {
    expect(placeProblem(['cards', 3], 'nl', controls, 2)).toBeUndefined();
    expect(
      placeProblem(['cards', 3, 'prompt', 'ar'], 'ar', cardControlKeys({}, 3, ['nl']), 2),
    ).toBeUndefined();
  });

  it('places many at once and keeps the rest apart', () => {
    const atPrompt = problem({ path: ['cards', 3, 'prompt', 'nl'] });
    const whole = problem({ path: ['cards', 3] });
    const { at, rest } = placeProblems(
      [
        { problem: atPrompt, path: atPrompt.path },
        { problem: whole, path: whole.path },
      ],
      'nl',
      controls,
      2,
    );
    expect(at.get('cards/3/prompt/nl')).toEqual([atPrompt]);
    expect(rest).toEqual([whole]);
  });
});
