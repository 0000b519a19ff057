import { describe, expect, it } from 'vitest';
import { loadDeckSource } from '../source/loadDeckSource.ts';
import { defaultDeckSources } from './defaultDeckSources.ts';
import { ICON_NAMES } from './iconNames.ts';
import { openJson } from './openJson.ts';
import { openSource } from './openSource.ts';
import type { DeckDraft, SourceFile } from './types.ts';

const open = (): DeckDraft => openSource(defaultDeckSources().basis!).draft!;
const state = (draft: DeckDraft, index: number, language = 'en') =>
  draft.translationState(draft.cardIds()[index]!, language)[0]!.state;

function load(files: SourceFile[]) {
  const texts = new Map(files.map((file) => [file.name, file.text]));
  return loadDeckSource([...texts.keys()], (name) => ({ ok: true, text: texts.get(name)! }), {
    name: 'deck',
    icons: new Set(ICON_NAMES),
  });
}

describe('translating', () => {
  it('marks a translation outdated when the Dutch changes, and done again once it is translated', () => {
    const draft = open();
    expect(state(draft, 0)).toBe('done');
    draft.edit({
      type: 'set',
      path: ['cards', 0, 'prompt', 'nl'],
      value: 'Waar kijk je deze maand naar uit?',
    });
    expect(state(draft, 0)).toBe('outdated');
    expect(draft.problems()).toContainEqual(
      expect.objectContaining({
        code: 'outdated-translation',
        cardId: draft.cardIds()[0],
        field: 'prompt',
        language: 'en',
        severity: 'warning',
      }),
    );
    expect(draft.query({ language: 'en', translation: 'outdated' })).toEqual([draft.cardIds()[0]]);
    draft.edit({
      type: 'set',
      path: ['cards', 0, 'prompt', 'en'],
      value: 'What are you looking forward to this month?',
    });
    expect(state(draft, 0)).toBe('done');
    expect(draft.problems().some((p) => p.code === 'outdated-translation')).toBe(false);
    // Saved, the pair holds the Dutch it was made from, and the CLI sees it as up to date.
    const en = draft.save().files.find((f) => f.name === 'en.yaml')!.text;
    expect(en).toContain(
      'prompt: { en: What are you looking forward to this month?, nl: Waar kijk je deze maand naar uit? }',
    );
    expect(load(draft.save().files).problems.filter((p) => p.code === 'outdated-translation')).toEqual([]);
  });

  it('is outdated again after an undo of the translation, and the Dutch back gives done', () => {
    const draft = open();
    const path = ['cards', 0, 'prompt'];
    const dutch = (draft.card(draft.cardIds()[0]!)!.prompt as Record<string, string>).nl;
    draft.edit({ type: 'set', path: [...path, 'nl'], value: 'Anders?' });
    draft.edit({ type: 'set', path: [...path, 'en'], value: 'Different?' });
    draft.undo();
    expect(state(draft, 0)).toBe('outdated');
    draft.edit({ type: 'set', path: [...path, 'nl'], value: dutch });
    expect(state(draft, 0)).toBe('done');
  });

  it('counts a removed translation as missing, and a language removed from the deck is gone from every text', () => {
    const draft = open();
    draft.edit({ type: 'set', path: ['cards', 1, 'prompt', 'en'], value: '' });
    expect(state(draft, 1)).toBe('missing');
    draft.edit({ type: 'removeLanguage', language: 'en' });
    expect(draft.languages).toEqual(['nl']);
    expect(JSON.stringify(draft.data())).not.toContain('"en":');
    expect(draft.save().files.map((f) => f.name)).toEqual(['deck.yaml']);
    expect(draft.playable()).toBeDefined();
    draft.undo();
    expect(state(draft, 0)).toBe('done');
  });

  it('setting the list of languages at once works like adding, removing and choosing the default', () => {
    const draft = open();
    draft.edit({ type: 'set', path: ['languages'], value: ['nl', 'de'] });
    expect(draft.languages).toEqual(['nl', 'de']);
    // English is gone from every text, so nothing unsaved stays behind; German is missing everywhere.
    expect(JSON.stringify(draft.data())).not.toContain('"en":');
    expect(state(draft, 0, 'de')).toBe('missing');
    expect(draft.save().files.map((f) => f.name)).toEqual(['deck.yaml', 'de.yaml']);
    draft.edit({ type: 'set', path: ['languages'], value: ['de', 'nl'] });
    expect(draft.defaultLanguage).toBe('de');
    draft.undo();
    draft.undo();
    expect(draft.languages).toEqual(['nl', 'en']);
    expect(state(draft, 0)).toBe('done');
    // Not a list of codes: set as it is, and the problems say so.
    draft.edit({ type: 'set', path: ['languages'], value: 'nl' });
    expect(draft.problems().some((p) => p.severity === 'error')).toBe(true);
  });

  it('never removes the default language', () => {
    const draft = open();
    draft.edit({ type: 'removeLanguage', language: 'nl' });
    expect(draft.revision).toBe(0);
    expect(draft.languages).toEqual(['nl', 'en']);
  });

  it('makes another language the default in one step: the texts stay, and the old default is a translation of it', () => {
    const draft = open();
    draft.edit({
      type: 'set',
      path: ['cards', 0, 'prompt', 'nl'],
      value: 'Waar kijk je deze maand naar uit?',
    });
    expect(state(draft, 0)).toBe('outdated');
    const texts = JSON.stringify(draft.data().cards);
    draft.edit({ type: 'setDefaultLanguage', language: 'en' });
    expect(draft.defaultLanguage).toBe('en');
    expect(draft.languages).toEqual(['en', 'nl']);
    expect(JSON.stringify(draft.data().cards)).toBe(texts);
    // Every Dutch text counts as made from today's English; a change of the English makes it outdated.
    expect(state(draft, 0, 'nl')).toBe('done');
    expect(draft.problems()).toEqual([]);
    draft.edit({ type: 'set', path: ['cards', 1, 'prompt', 'en'], value: 'What else?' });
    expect(state(draft, 1, 'nl')).toBe('outdated');
    // Saved: deck.yaml in English, nl.yaml with pairs; opened again, the same deck.
    const files = draft.save().files;
    expect(files.map((f) => f.name)).toEqual(['deck.yaml', 'nl.yaml']);
    expect(files[0]!.text).toContain('languages: [en, nl]');
    const reopened = openSource(files).draft!;
    expect(reopened.data()).toEqual(draft.data());
    expect(state(reopened, 1, 'nl')).toBe('outdated');
    // Undone, the deck is as it was, with its outdated English.
    draft.undo();
    draft.undo();
    expect(draft.defaultLanguage).toBe('nl');
    expect(draft.languages).toEqual(['nl', 'en']);
    expect(state(draft, 0)).toBe('outdated');
    // Not a language of the deck, or already the default: nothing changes.
    const revision = draft.revision;
    draft.edit({ type: 'setDefaultLanguage', language: 'de' });
    draft.edit({ type: 'setDefaultLanguage', language: 'nl' });
    expect(draft.revision).toBe(revision);
  });

  it('counts every translation of a JSON deck as done (JSON does not say what it was made from)', () => {
    const json = open().save().json;
    const draft = openJson(json).draft!;
    expect(draft.query({ language: 'en', translation: 'outdated' })).toEqual([]);
    draft.edit({ type: 'set', path: ['cards', 2, 'prompt', 'nl'], value: 'Nieuw?' });
    expect(state(draft, 2)).toBe('outdated');
  });
});
