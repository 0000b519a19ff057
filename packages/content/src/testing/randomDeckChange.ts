/**
 * Random trainer changes for tests of the deck editor's model, from a seed (so a failure can be
 * replayed).
 */
import type { DeckChange, DeckDraft } from '../editing/types.ts';

/** A seeded sequence of numbers in [0, 1) (a linear congruential generator), so a failure can be replayed. */
export function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

/**
 * A random change of the kinds a trainer makes, some of them mistakes (an unknown theme, depth 4,
 * an id that another card has). `safe`: only changes that the source format can hold as they are
 * (no two cards with one id, languages added and removed as such).
 */
export function randomChange(draft: DeckDraft, next: () => number, safe = false): DeckChange {
  const ids = draft.cardIds();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const index = Math.floor(next() * ids.length);
  // A text in a language the deck does not list cannot be saved in the source format.
  const en = (text: string): Record<string, string> =>
    !safe || draft.languages.includes('en') ? { en: text } : {};
  const changes: (() => DeckChange)[] = [
    () => ({
      type: 'set',
      path: ['cards', index, 'prompt', 'nl'],
      value: pick([
        'Wat doe je graag?',
        '',
        'Een heel lange zin met veel te veel woorden erin die niemand meer goed kan volgen?',
      ]),
    }),
    () => ({
      type: 'set',
      path: ['cards', index, 'prompt', 'en'],
      value: pick([en('What do you like?').en, undefined]),
    }),
    () => ({ type: 'set', path: ['cards', index, 'theme'], value: pick(['myself', 'nergens', 'health']) }),
    () => ({ type: 'set', path: ['cards', index, 'depth'], value: pick([1, 2, 3, 4]) }),
    () => ({
      type: 'set',
      path: ['cards', index, 'id'],
      value: safe ? `kaart-${index}-${ids.length}` : pick([ids[0]!, `kaart-${index}`]),
    }),
    () => ({ type: 'moveCard', id: pick(ids), to: Math.floor(next() * ids.length) }),
    () => ({ type: 'duplicateCard', id: pick(ids) }),
    () => ({ type: 'deleteCard', id: pick(ids) }),
    () => ({ type: 'addCard', after: pick(ids) }),
    () =>
      safe
        ? pick<DeckChange>([
            { type: 'addLanguage', language: 'de' },
            { type: 'removeLanguage', language: 'en' },
          ])
        : { type: 'set', path: ['languages'], value: pick([['nl', 'en'], ['nl', 'en', 'de'], ['nl']]) },
    () => ({
      type: 'set',
      path: ['cards', index, 'hints'],
      value: pick([undefined, [{ nl: 'Een tip', ...en('A hint') }, { nl: 'Nog een' }]]),
    }),
    () => ({
      type: 'set',
      path: ['cards', index, 'answer'],
      value: pick([
        { kind: 'text' },
        {
          kind: 'choice',
          options: [
            { id: 'ja', label: { nl: 'Ja', ...en('Yes') } },
            { id: 'nee', label: { nl: 'Nee' } },
          ],
        },
      ]),
    }),
    () => ({ type: 'set', path: ['themes', 0, 'id'], value: pick(['myself', 'ikzelf']) }),
  ];
  return pick(changes)();
}
