import { describe, expect, it } from 'vitest';
import { defaultDeckSources } from './defaultDeckSources.ts';
import { newDraft } from './newDraft.ts';
import { openJson } from './openJson.ts';
import { openSource } from './openSource.ts';
import { restoreDraft } from './restoreDraft.ts';
import type { EditorProblem, OpenResult } from './types.ts';

const basis = defaultDeckSources().basis!;
const [deckYaml, enYaml] = basis;

/** Every problem has a message in Dutch and in English. */
function expectWorded(problems: EditorProblem[]): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) {
    expect(problem.message.nl.trim()).not.toBe('');
    expect(problem.message.en.trim()).not.toBe('');
    expect(problem.message.nl).not.toBe(problem.message.en);
  }
}

describe('opening a deck', () => {
  it('explains a broken deck.yaml with its line, in Dutch and English, and gives no draft', () => {
    const broken = deckYaml!.text.replace('    family: wish\n', '    family wish\n');
    const result = openSource([{ name: 'deck.yaml', text: broken }, enYaml!]);
    expect(result.draft).toBeUndefined();
    expectWorded(result.problems);
    expect(result.problems[0]).toMatchObject({
      severity: 'error',
      kind: 'source',
      file: 'deck.yaml',
      code: 'yaml-missing-colon',
    });
    expect(result.problems[0]!.line).toBeGreaterThan(1);
  });

  it('opens the deck when a translation file is broken, and saves that file as it was', () => {
    const broken = `${enYaml!.text}\n  oops: { en: 'never closed\n`;
    const { draft, problems } = openSource([deckYaml!, { name: 'en.yaml', text: broken }]);
    expect(draft).toBeDefined();
    expectWorded(problems.filter((p) => p.kind === 'source'));
    expect(problems.find((p) => p.file === 'en.yaml')).toMatchObject({ severity: 'error', kind: 'source' });
    draft!.edit({ type: 'set', path: ['cards', 0, 'prompt', 'nl'], value: 'Waar kijk je naar uit?' });
    expect(draft!.save().files.find((f) => f.name === 'en.yaml')?.text).toBe(broken);
  });

  it('says what is missing without deck.yaml, and survives input that is not files at all', () => {
    const none = openSource([enYaml!]);
    expect(none.draft).toBeUndefined();
    expectWorded(none.problems);
    expect(none.problems[0]!.code).toBe('no-deck-file');
    for (const junk of [
      null,
      undefined,
      42,
      'deck.yaml',
      [null, { name: 1 }],
      [{ name: 'deck.yaml' }],
    ] as unknown[]) {
      const result = openSource(junk as never);
      expect(result.draft).toBeUndefined();
      expectWorded(result.problems);
    }
  });

  it('says which translation file was not opened with deck.yaml, until that language goes', () => {
    const { draft, problems } = openSource([deckYaml!]);
    const notOpened = problems.filter((p) => p.code === 'translation-file-not-opened');
    expect(notOpened).toHaveLength(1);
    expectWorded(notOpened);
    expect(notOpened[0]).toMatchObject({
      severity: 'warning',
      kind: 'source',
      language: 'en',
      file: 'en.yaml',
    });
    expect(notOpened[0]!.message.nl).toContain('en.yaml is niet geopend');
    expect(notOpened[0]!.message.en).toContain('en.yaml was not opened');
    // It stays after a reload of the autosaved work, and goes with the language.
    const restored = restoreDraft(draft!.serialize()).draft!;
    expect(restored.problems().filter((p) => p.code === 'translation-file-not-opened')).toHaveLength(1);
    draft!.edit({ type: 'removeLanguage', language: 'en' });
    expect(draft!.problems().filter((p) => p.code === 'translation-file-not-opened')).toEqual([]);
    // Opened together, or a new deck: nothing to say.
    expect(openSource(basis).problems.filter((p) => p.code === 'translation-file-not-opened')).toEqual([]);
    expect(
      newDraft({ languages: ['nl', 'de'] })
        .problems()
        .map((p) => p.code),
    ).toEqual(['language-not-translated']);
  });

  it('refuses a binary deck.yaml and an empty one with a plain message', () => {
    expect(openSource([{ name: 'deck.yaml', text: 'id\u0000\u0001' }]).problems[0]!.code).toBe('file-binary');
    expect(openSource([{ name: 'deck.yaml', text: '  \n' }]).problems[0]!.code).toBe('file-empty');
  });

  it('opens files picked with their folder in the name, and a lone .json file as JSON', () => {
    const { draft } = openSource([
      { name: 'decks/basis/deck.yaml', text: deckYaml!.text },
      { name: 'decks\\basis\\en.yaml', text: enYaml!.text },
    ]);
    expect(draft?.languages).toEqual(['nl', 'en']);
    expect(draft?.translationState(draft.cardIds()[0]!, 'en')[0]?.state).toBe('done');
    const json = openSource([{ name: 'basis.json', text: draft!.save().json }]);
    expect(json.draft?.data()).toEqual(draft!.playable());
  });

  it('explains JSON that is broken, not a deck, or of an unknown version, and gives no draft', () => {
    for (const text of [
      '{"id": "x",',
      '[1, 2]',
      '"hallo"',
      JSON.stringify({ schemaVersion: 99, id: 'x' }),
      '',
    ]) {
      const result = openJson(text, 'x.json');
      expect(result.draft).toBeUndefined();
      expectWorded(result.problems);
      expect(result.problems[0]).toMatchObject({ severity: 'error', kind: 'source', file: 'x.json' });
    }
    expect(openJson('{"id": "x",').problems[0]!.code).toBe('invalid-json');
  });

  it('opens a JSON deck with errors as a draft that is not playable', () => {
    const { draft, problems } = openJson(
      JSON.stringify({ schemaVersion: 2, id: 'x', languages: ['nl'], cards: [] }),
    );
    expect(draft).toBeDefined();
    expect(draft!.playable()).toBeUndefined();
    expect(problems.map((p) => p.code)).toEqual(expect.arrayContaining(['missing-field', 'no-cards']));
  });

  it('explains an autosaved draft that cannot be read any more', () => {
    for (const text of [
      '',
      'not json',
      '{"format":"ontdek-doe-deck-draft","version":1}',
      JSON.stringify({ format: 'other' }),
    ]) {
      const result: OpenResult = restoreDraft(text);
      expect(result.draft).toBeUndefined();
      expectWorded(result.problems);
      expect(result.problems[0]!.code).toBe('draft-unreadable');
    }
  });
});

describe('autosave', () => {
  it('gives back the same draft, translation states, problems and saved files, without the undo history', () => {
    const { draft } = openSource(basis);
    draft!.edit({ type: 'set', path: ['cards', 2, 'prompt', 'nl'], value: 'Wat is anders?' });
    draft!.edit({ type: 'set', path: ['cards', 3, 'prompt', 'en'], value: 'What else?' });
    draft!.edit({ type: 'addLanguage', language: 'de' });
    const restored = restoreDraft(draft!.serialize()).draft!;
    expect(restored.data()).toEqual(draft!.data());
    expect(restored.canUndo).toBe(false);
    for (const id of draft!.cardIds().slice(0, 6))
      for (const language of ['en', 'de'])
        expect(restored.translationState(id, language)).toEqual(draft!.translationState(id, language));
    expect(restored.translationState(draft!.cardIds()[2]!, 'en')[0]!.state).toBe('outdated');
    expect(restored.problems()).toEqual(draft!.problems());
    expect(restored.save()).toEqual(draft!.save());
  });

  it('keeps the problems of the opened files after a reload', () => {
    const text = deckYaml!.text.replace(
      'prompt: Waar kijk je deze week naar uit?',
      'prompt: Waar kijk je #1 naar uit?',
    );
    const { draft } = openSource([{ name: 'deck.yaml', text }, enYaml!]);
    const restored = restoreDraft(draft!.serialize()).draft!;
    expect(restored.problems().filter((p) => p.kind === 'source')).toEqual(
      draft!.problems().filter((p) => p.kind === 'source'),
    );
    expect(restored.problems().some((p) => p.code === 'yaml-comment-in-text')).toBe(true);
  });
});

describe('a new deck', () => {
  it('is playable from the start, with the id, title and languages asked for', () => {
    const draft = newDraft({ id: 'buurt', title: 'Onze buurt', languages: ['nl', 'de'] });
    expect(draft.languages).toEqual(['nl', 'de']);
    expect(draft.defaultLanguage).toBe('nl');
    expect(draft.data().title).toEqual({ nl: 'Onze buurt' });
    expect(draft.playable()).toBeDefined();
    expect(draft.canUndo).toBe(false);
    const files = draft.save().files;
    expect(files.map((f) => f.name)).toEqual(['deck.yaml', 'de.yaml']);
    expect(files[0]!.text).toContain('id: buurt\n');
    expect(files[0]!.text).toContain('# Een nieuwe kaartenset.');
    expect(files[1]!.text).toContain("title: { de: '', nl: Onze buurt }");
    const reopened = openSource(files).draft!;
    expect(reopened.data()).toEqual(draft.data());
  });

  it('starts clean with a title typed in Dutch: no English title left over from the example', () => {
    const draft = newDraft({ title: 'Onze buurt' });
    expect(draft.languages).toEqual(['nl', 'en']);
    expect(draft.problems()).toEqual([]);
    expect(draft.data().title).toEqual({ nl: 'Onze buurt', en: 'Onze buurt' });
    // Once the Dutch title changes, the English one is to be checked again.
    draft.edit({ type: 'set', path: ['title', 'nl'], value: 'Onze wijk' });
    expect(draft.problems().map((p) => `${p.code} ${p.path.join('.')}`)).toEqual([
      'outdated-translation title.en',
    ]);
  });

  it('has Dutch and English by default, and takes another default language', () => {
    expect(newDraft().languages).toEqual(['nl', 'en']);
    const english = newDraft({ languages: ['en'] });
    expect(english.defaultLanguage).toBe('en');
    expect(english.playable()).toBeDefined();
    expect((english.card(english.cardIds()[0]!)!.prompt as Record<string, string>).en).toBe(
      'What makes you happy?',
    );
    expect(english.save().files[0]!.text).toContain('prompt: What makes you happy?');
  });
});
