import { describe, expect, it } from 'vitest';
import { migrateDeck, SUPPORTED_DECK_SCHEMA_VERSIONS } from './migrateDeck.ts';

const v1 = {
  schemaVersion: 1,
  id: 'old',
  themes: [{ id: 'home', title: { nl: 'Wonen' }, color: '#fff', icon: 'house' }],
  cards: [
    { id: 'a', family: 'wish', theme: 'home', level: 2, question: { nl: 'Wat wil je?' }, type: 'talk' },
    {
      id: 'b',
      family: 'need',
      theme: 'home',
      level: 1,
      question: { nl: 'Kies' },
      type: 'choice',
      options: [{ id: 'x', label: { nl: 'X' } }],
      hints: [{ nl: 'Tip' }],
    },
  ],
};

describe('migrateDeck', () => {
  it('renames the version-1 fields and reshapes answers', () => {
    const result = migrateDeck(v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result).toMatchObject({ fromVersion: 1, migrated: true });
    expect(result.deck).toEqual({
      schemaVersion: 2,
      id: 'old',
      themes: [{ id: 'home', title: { nl: 'Wonen' }, colour: '#fff', icon: 'house' }],
      cards: [
        {
          id: 'a',
          family: 'wish',
          theme: 'home',
          depth: 2,
          prompt: { nl: 'Wat wil je?' },
          answer: { kind: 'talk' },
        },
        {
          id: 'b',
          family: 'need',
          theme: 'home',
          depth: 1,
          prompt: { nl: 'Kies' },
          answer: { kind: 'choice', options: [{ id: 'x', label: { nl: 'X' } }] },
          hints: [{ nl: 'Tip' }],
        },
      ],
    });
  });

  it('does not change its input', () => {
    const input = structuredClone(v1);
    migrateDeck(input);
    expect(input).toEqual(v1);
  });

  it('maps paths in the migrated deck back to the version-1 names', () => {
    const result = migrateDeck(v1);
    if (!result.ok) throw new Error('expected ok');
    expect(result.sourcePath(['cards', 1, 'depth'])).toEqual(['cards', 1, 'level']);
    expect(result.sourcePath(['cards', 1, 'prompt', 'en'])).toEqual(['cards', 1, 'question', 'en']);
    expect(result.sourcePath(['cards', 1, 'answer', 'options', 0, 'label'])).toEqual([
      'cards',
      1,
      'options',
      0,
      'label',
    ]);
    expect(result.sourcePath(['cards', 0, 'answer', 'kind'])).toEqual(['cards', 0, 'type']);
    expect(result.sourcePath(['themes', 0, 'colour'])).toEqual(['themes', 0, 'color']);
    expect(result.sourcePath(['cards', 1, 'hints', 0, 'nl'])).toEqual(['cards', 1, 'hints', 0, 'nl']);
  });

  it('leaves a field that was already written the new way where it is', () => {
    const result = migrateDeck({ schemaVersion: 1, cards: [{ prompt: { nl: 'x' }, depth: 2 }] });
    if (!result.ok) throw new Error('expected ok');
    expect(result.sourcePath(['cards', 0, 'prompt', 'en'])).toEqual(['cards', 0, 'prompt', 'en']);
    expect(result.sourcePath(['cards', 0, 'depth'])).toEqual(['cards', 0, 'depth']);
    expect(result.sourcePath(['cards', 0, 'answer'])).toEqual(['cards', 0, 'type']);
  });

  it('passes current decks and decks without a version through unchanged', () => {
    const current = { schemaVersion: 2, id: 'x' };
    expect(migrateDeck(current)).toMatchObject({ ok: true, deck: current, migrated: false, fromVersion: 2 });
    expect(migrateDeck({ id: 'x' })).toMatchObject({ ok: true, migrated: false });
  });

  it('refuses versions it does not know and input that is not an object', () => {
    expect(migrateDeck({ schemaVersion: 3 })).toEqual({
      ok: false,
      reason: 'unsupported-version',
      version: 3,
    });
    expect(migrateDeck({ schemaVersion: '1' })).toEqual({
      ok: false,
      reason: 'unsupported-version',
      version: '1',
    });
    expect(migrateDeck(null)).toEqual({ ok: false, reason: 'not-an-object' });
    expect(migrateDeck([v1])).toEqual({ ok: false, reason: 'not-an-object' });
  });

  it('never throws, even on getters that throw', () => {
    const hostile = {
      schemaVersion: 1,
      get cards(): unknown {
        throw new Error('boom');
      },
    };
    expect(migrateDeck(hostile)).toEqual({ ok: false, reason: 'failed' });
  });

  it('lists the versions it reads', () => {
    expect(SUPPORTED_DECK_SCHEMA_VERSIONS).toEqual([1, 2]);
  });
});
