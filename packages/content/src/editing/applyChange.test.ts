import { describe, expect, it } from 'vitest';
import { defaultDeckSources } from './defaultDeckSources.ts';
import { openSource } from './openSource.ts';
import type { DeckDraft } from './types.ts';

const open = (): DeckDraft => openSource(defaultDeckSources().basis!).draft!;
type Card = Record<string, unknown> & { prompt: Record<string, string> };

describe('changes to a draft', () => {
  it('add a card with a fresh id after the card asked for, ready to fill in', () => {
    const draft = open();
    const [first, second] = draft.cardIds();
    draft.edit({ type: 'addCard', after: first });
    const id = draft.cardIds()[1]!;
    expect(draft.cardIds()[2]).toBe(second);
    expect(id).toMatch(/^wish-myself-\d+$/);
    expect(new Set(draft.cardIds()).size).toBe(draft.cardIds().length);
    expect(draft.card(id)).toMatchObject({
      family: 'wish',
      theme: 'myself',
      depth: 1,
      prompt: { nl: '' },
      answer: { kind: 'talk' },
    });
    expect(draft.problems()).toContainEqual(
      expect.objectContaining({ cardId: id, field: 'prompt', severity: 'error' }),
    );
    draft.edit({ type: 'addCard', card: { id: first, family: 'need', theme: 'money' } });
    expect(draft.cardIds().at(-1)).toMatch(/^need-money-\d+$/); // the id given was taken
  });

  it('duplicate a card next to it, with a new id and its translations up to date', () => {
    const draft = open();
    const id = draft.cardIds()[3]!;
    draft.edit({ type: 'duplicateCard', id });
    const copy = draft.cardIds()[4]!;
    expect(copy).not.toBe(id);
    const { id: _a, ...original } = draft.card(id)!;
    const { id: _b, ...duplicate } = draft.card(copy)!;
    expect(duplicate).toEqual(original);
    expect(draft.translationState(copy, 'en')).toEqual(
      draft.translationState(id, 'en').map((t) => ({ ...t, path: ['cards', 4, ...t.path.slice(2)] })),
    );
  });

  it('move a card to a place, within the deck', () => {
    const draft = open();
    const ids = draft.cardIds();
    draft.edit({ type: 'moveCard', id: ids[0]!, to: 2 });
    expect(draft.cardIds().slice(0, 3)).toEqual([ids[1], ids[2], ids[0]]);
    draft.edit({ type: 'moveCard', id: ids[0]!, to: 9999 });
    expect(draft.cardIds().at(-1)).toBe(ids[0]);
    draft.edit({ type: 'moveCard', id: ids[0]!, to: -5 });
    expect(draft.cardIds()[0]).toBe(ids[0]);
  });

  it('delete a card and a theme; a card of a deleted theme is an error until it gets another theme', () => {
    const draft = open();
    const id = draft.cardIds()[0]!;
    draft.edit({ type: 'deleteCard', id });
    expect(draft.cardIds()).not.toContain(id);
    expect(draft.card(id)).toBeUndefined();
    draft.edit({ type: 'deleteTheme', id: 'myself' });
    expect((draft.data().themes as { id: string }[]).map((t) => t.id)).not.toContain('myself');
    const orphan = draft.cardIds()[0]!;
    expect(draft.problems()).toContainEqual(
      expect.objectContaining({ code: 'unknown-theme', cardId: orphan, field: 'theme' }),
    );
    draft.edit({ type: 'addTheme' });
    const theme = (draft.data().themes as { id: string }[]).at(-1)!;
    expect(theme).toMatchObject({ id: 'thema-1', title: { nl: '' }, icon: 'person' });
  });

  it('rename a theme, and its cards with it, in one step; the files keep its translations', () => {
    const draft = open();
    const cards = draft.cardIds().filter((id) => draft.card(id)!.theme === 'myself');
    expect(cards.length).toBeGreaterThan(1);
    draft.edit({ type: 'renameTheme', id: 'myself', to: 'ikzelf' });
    expect((draft.data().themes as { id: string }[])[0]!.id).toBe('ikzelf');
    expect(cards.every((id) => draft.card(id)!.theme === 'ikzelf')).toBe(true);
    expect(draft.problems()).toEqual([]);
    const reopened = openSource(draft.save().files).draft!;
    expect(reopened.data()).toEqual(draft.data());
    expect(reopened.problems()).toEqual([]);
    draft.undo();
    expect(cards.every((id) => draft.card(id)!.theme === 'myself')).toBe(true);
    // A code another theme has, an empty one, or a theme that is not there: nothing changes.
    const revision = draft.revision;
    draft.edit({ type: 'renameTheme', id: 'myself', to: 'health' });
    draft.edit({ type: 'renameTheme', id: 'myself', to: ' ' });
    draft.edit({ type: 'renameTheme', id: 'nergens', to: 'ergens' });
    expect(draft.revision).toBe(revision);
  });

  it('set any value, make what is missing on the way, and remove a field with undefined', () => {
    const draft = open();
    draft.edit({ type: 'set', path: ['cards', 0, 'hints'], value: [{ nl: 'Eerste tip' }] });
    draft.edit({ type: 'set', path: ['cards', 0, 'hints', 1, 'nl'], value: 'Tweede tip' });
    expect((draft.card(draft.cardIds()[0]!) as Card).hints).toEqual([
      { nl: 'Eerste tip' },
      { nl: 'Tweede tip' },
    ]);
    draft.edit({ type: 'set', path: ['cards', 0, 'hints', 0], value: undefined });
    expect((draft.card(draft.cardIds()[0]!) as Card).hints).toEqual([{ nl: 'Tweede tip' }]);
    draft.edit({ type: 'set', path: ['cards', 0, 'easy'], value: undefined });
    expect(draft.card(draft.cardIds()[0]!)).not.toHaveProperty('easy');
    draft.edit({ type: 'set', path: ['themes', 0, 'colour'], value: '#000000' });
    expect((draft.data().themes as { colour: string }[])[0]!.colour).toBe('#000000');
  });

  it('change nothing (and add no undo step) when they do not apply', () => {
    const draft = open();
    const data = draft.data();
    draft.edit({ type: 'deleteCard', id: 'bestaat-niet' });
    draft.edit({ type: 'moveCard', id: 'bestaat-niet', to: 1 });
    draft.edit({ type: 'duplicateCard', id: 'bestaat-niet' });
    draft.edit({ type: 'addLanguage', language: 'en' });
    draft.edit({
      type: 'set',
      path: ['cards', 0, 'depth'],
      value: (draft.card(draft.cardIds()[0]!) as Card).depth,
    });
    draft.edit({ type: 'set', path: ['cards', 0, 'onzin'], value: () => 1 });
    draft.edit({ type: 'bestaat-niet' } as never);
    expect(draft.data()).toBe(data);
    expect(draft.revision).toBe(0);
    expect(draft.canUndo).toBe(false);
  });

  it('never let a caller change the draft behind its back', () => {
    const draft = open();
    const card = draft.card(draft.cardIds()[0]!) as Card;
    expect(() => {
      card.prompt.nl = 'stiekem';
    }).toThrow(TypeError);
    const value = { nl: 'Mijn tekst', en: 'My text' };
    draft.edit({ type: 'set', path: ['cards', 0, 'prompt'], value });
    value.nl = 'later veranderd';
    expect((draft.card(draft.cardIds()[0]!) as Card).prompt.nl).toBe('Mijn tekst');
  });

  it('keep a text that looks like HTML as text, in the data, the files and the JSON', () => {
    const draft = open();
    const text = '<script>alert("hoi")</script> & <b>vet</b>';
    draft.edit({ type: 'set', path: ['cards', 0, 'prompt', 'nl'], value: text });
    expect((draft.card(draft.cardIds()[0]!) as Card).prompt.nl).toBe(text);
    expect(draft.query({ search: '<script>' })).toEqual([draft.cardIds()[0]]);
    const saved = draft.save();
    const reopened = openSource(saved.files).draft!;
    expect((reopened.card(draft.cardIds()[0]!) as Card).prompt.nl).toBe(text);
    expect((JSON.parse(saved.json) as { cards: Card[] }).cards[0]!.prompt.nl).toBe(text);
  });

  it('keep a __proto__ key as a key that the core reports, never as a prototype', () => {
    const draft = open();
    draft.edit({
      type: 'set',
      path: ['cards', 0, 'picture'],
      value: JSON.parse('{"__proto__": {"src": "x"}}'),
    });
    const picture = draft.card(draft.cardIds()[0]!)!.picture as Record<string, unknown>;
    expect(Object.getPrototypeOf(picture)).toBe(Object.prototype);
    expect(Object.keys(picture)).toEqual(['__proto__']);
    expect(draft.problems().some((p) => p.cardId === draft.cardIds()[0] && p.field === 'picture')).toBe(true);
  });
});
