import { describe, expect, it } from 'vitest';
import { loadDeckSource } from '../source/loadDeckSource.ts';
import { defaultDeckSources } from './defaultDeckSources.ts';
import { ICON_NAMES } from './iconNames.ts';
import { openSource } from './openSource.ts';
import { random, randomChange } from '../testing/randomDeckChange.ts';
import type { DeckDraft, SourceFile } from './types.ts';

const decks = defaultDeckSources();

function open(files: SourceFile[]): DeckDraft {
  const { draft } = openSource(files);
  if (!draft) throw new Error('did not open');
  return draft;
}

/** Loads saved files with the CLI's loader: the deck, its problems, and what each text was made from. */
function load(files: SourceFile[]) {
  const texts = new Map(files.map((file) => [file.name, file.text]));
  return loadDeckSource([...texts.keys()], (name) => ({ ok: true, text: texts.get(name)! }), {
    name: 'deck',
    icons: new Set(ICON_NAMES),
  });
}

const file = (files: SourceFile[], name: string) => files.find((f) => f.name === name)!.text;

/** The lines of `after` that are not in `before` and the other way round (a small line diff). */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { removed: a.slice(start, endA), added: b.slice(start, endB) };
}

describe('saving in the source format', () => {
  for (const [id, files] of Object.entries(decks)) {
    it(`gives back ${id} unchanged when nothing changed, and it loads as the same deck`, () => {
      const draft = open(files);
      const saved = draft.save();
      expect(saved.files.map((f) => f.name)).toEqual(['deck.yaml', 'en.yaml']);
      for (const f of files) expect(file(saved.files, f.name)).toBe(f.text);
      const again = load(saved.files);
      expect(again.deck).toEqual(load(files).deck);
      expect(JSON.parse(saved.json)).toEqual(again.deck);
    });

    it(`keeps ${id}'s meaning after a change and its undo`, () => {
      const draft = open(files);
      draft.edit({ type: 'moveCard', id: draft.cardIds()[0]!, to: 5 });
      draft.edit({ type: 'set', path: ['cards', 3, 'prompt', 'nl'], value: 'Wat anders?' });
      draft.undo();
      draft.undo();
      for (const f of files) expect(file(draft.save().files, f.name)).toBe(f.text);
    });
  }

  it('changes only the line of an edited question, and keeps every comment', () => {
    const draft = open(decks.basis!);
    const index = 4;
    draft.edit({
      type: 'set',
      path: ['cards', index, 'prompt', 'nl'],
      value: 'Waar word je blij van: echt?',
    });
    const saved = draft.save().files;
    const diff = changedLines(decks.basis![0]!.text, file(saved, 'deck.yaml'));
    expect(diff.removed).toHaveLength(1);
    expect(diff.added).toEqual([`    prompt: 'Waar word je blij van: echt?'`]);
    expect(file(saved, 'en.yaml')).toBe(decks.basis![1]!.text);
    const comments = (text: string) => text.split('\n').filter((line) => line.trim().startsWith('#'));
    expect(comments(file(saved, 'deck.yaml'))).toEqual(comments(decks.basis![0]!.text));
    // The English is now made from an older Dutch text: outdated, as the CLI sees it too.
    expect(load(saved).problems.map((p) => p.code)).toContain('outdated-translation');
  });

  it('writes a translation next to the Dutch it was made from, on its own line only', () => {
    const draft = open(decks.basis!);
    draft.edit({
      type: 'set',
      path: ['cards', 0, 'prompt', 'en'],
      value: 'What are you looking forward to?',
    });
    const saved = draft.save().files;
    expect(file(saved, 'deck.yaml')).toBe(decks.basis![0]!.text);
    const diff = changedLines(decks.basis![1]!.text, file(saved, 'en.yaml'));
    expect(diff.added).toEqual([
      '    prompt: { en: What are you looking forward to?, nl: Waar kijk je deze week naar uit? }',
    ]);
    expect(diff.removed).toHaveLength(1);
  });

  it('adds, duplicates, moves and deletes cards and themes, and the files load as the edited deck', () => {
    const draft = open(decks.jong!);
    const [first, second, third] = draft.cardIds();
    draft.edit({
      type: 'addTheme',
      theme: { id: 'sport', title: { nl: 'Sport', en: 'Sport' }, colour: '#204060', icon: 'sport' },
    });
    draft.edit({
      type: 'addCard',
      after: first,
      card: { family: 'wish', theme: 'sport', prompt: { nl: 'Welke sport doe je graag?' } },
    });
    draft.edit({ type: 'duplicateCard', id: second! });
    draft.edit({ type: 'moveCard', id: third!, to: 0 });
    draft.edit({ type: 'deleteCard', id: draft.cardIds()[5]! });
    draft.edit({ type: 'deleteTheme', id: 'nothing-here' });
    const saved = draft.save();
    const loaded = load(saved.files);
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(loaded.deck?.cards.map((card) => card.id)).toEqual(draft.cardIds());
    expect(loaded.deck).toEqual(draft.playable());
    expect(loaded.deck?.themes.at(-1)).toEqual({
      id: 'sport',
      title: { nl: 'Sport', en: 'Sport' },
      colour: '#204060',
      icon: 'sport',
    });
    // The file kept its comments; the new card is written after the one it follows.
    const deckText = file(saved.files, 'deck.yaml');
    expect(deckText.split('\n').slice(0, 3)).toEqual(decks.jong![0]!.text.split('\n').slice(0, 3));
    expect(deckText).toMatch(
      new RegExp(`- id: ${third}\\n[\\s\\S]*- id: ${first}\\n[\\s\\S]*- id: wish-sport-1\\n`),
    );
  });

  it('writes a new language as a file of pairs to translate, and its texts count as missing', () => {
    const draft = open(decks.makkelijk!);
    draft.edit({ type: 'addLanguage', language: 'de' });
    const de = file(draft.save().files, 'de.yaml');
    expect(de).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/schema\/translation\.schema\.json\n/);
    expect(de).toContain('language: de\n');
    const question = (draft.card(draft.cardIds()[0]!)!.prompt as Record<string, string>).nl;
    expect(de).toContain(`prompt: { de: '', nl: ${question} }`);
    expect(draft.translationState(draft.cardIds()[0]!, 'de').every((text) => text.state === 'missing')).toBe(
      true,
    );
    const loaded = load(draft.save().files);
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(loaded.deck?.languages).toEqual(['nl', 'en', 'de']);
  });

  it('saves what the draft holds: reopened after random edits, the deck and its translation states are the same', () => {
    for (const [id, files] of Object.entries(decks)) {
      const next = random(id.length * 7919);
      const draft = open(files);
      for (let step = 0; step < 25; step++) {
        draft.edit(randomChange(draft, next, true));
        if (step % 5 !== 4) continue;
        const saved = draft.save();
        const reopened = open(saved.files);
        expect(reopened.data()).toEqual(draft.data());
        for (const card of draft.cardIds().slice(0, 20))
          for (const language of draft.languages.slice(1))
            expect(reopened.translationState(card, language)).toEqual(draft.translationState(card, language));
        const comments = (text: string) => text.split('\n').filter((line) => /^\s*# ──/.test(line));
        expect(comments(file(saved.files, 'deck.yaml'))).toEqual(comments(files[0]!.text));
      }
    }
  });
});
