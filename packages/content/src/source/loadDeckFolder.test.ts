import { describe, expect, it } from 'vitest';
import { formatExample } from '../testing/formatExample.ts';
import { tempDeck } from '../testing/tempDeck.ts';
import type { LocatedProblem } from '../types.ts';
import { loadDeckFolder } from './loadDeckFolder.ts';
import { nodeFileSystem, type SourceFileSystem } from './readSourceFile.ts';

const example = formatExample();
const load = (files: Record<string, string>, name = 'basis') => loadDeckFolder(tempDeck(name, files));
const brief = (problems: LocatedProblem[]) =>
  problems.map((p) => `${p.severity} ${p.file}:${p.line}:${p.column} ${p.code} ${p.message.en}`);

/** Line (1-based) of the first line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('loadDeckFolder', () => {
  it('loads the example of FORMAT.md without a single problem', () => {
    const loaded = load({ 'deck.yaml': example.deck, 'en.yaml': example.en });
    expect(loaded.problems).toEqual([]);
    const deck = loaded.deck!;
    expect(deck.defaultLanguage).toBe('nl');
    expect(deck.title).toEqual({ nl: 'Ontdek & Doe', en: 'Discover & Do' });
    expect(deck.cards[0]!.prompt).toEqual({ nl: 'Waar word je blij van?', en: 'What makes you happy?' });
    expect(deck.cards[0]!.answer).toEqual({ kind: 'text' });
    expect(deck.cards[0]!.hints).toEqual([
      { nl: 'Vraag door naar een voorbeeld van deze week.', en: 'Ask for an example from this week.' },
    ]);
    expect(deck.cards[1]!.answer).toEqual({
      kind: 'choice',
      multiple: true,
      options: [
        { id: 'walk', label: { nl: 'Wandelen', en: 'Walking' }, icon: 'walk' },
        { id: 'music', label: { nl: 'Muziek', en: 'Music' }, icon: 'music' },
      ],
    });
    expect(loaded.translationFiles).toEqual({ en: 'en.yaml' });
  });

  it('keeps a source map: English in en.yaml, Dutch in deck.yaml, else the nearest parent', () => {
    const loaded = load({ 'deck.yaml': example.deck, 'en.yaml': example.en });
    const promptLine = lineOf(example.deck, 'prompt: Waar word je blij van?');
    expect(loaded.locate(['cards', 0, 'prompt', 'nl'])).toEqual({
      file: 'deck.yaml',
      line: promptLine,
      column: 13,
    });
    const enLine = lineOf(example.en, 'prompt: { en: What makes you happy?');
    expect(loaded.locate(['cards', 0, 'prompt', 'en'])).toEqual({
      file: 'en.yaml',
      line: enLine,
      column: 19,
    });
    // Not in en.yaml at all: the English of a text that has none falls back to the card in en.yaml.
    expect(loaded.locate(['cards', 0, 'tags', 0, 'en'])).toEqual({
      file: 'en.yaml',
      line: lineOf(example.en, 'wish-myself-1:'),
      column: 3,
    });
    expect(loaded.locate(['cards', 1, 'answer', 'kind'])).toEqual({
      file: 'deck.yaml',
      line: lineOf(example.deck, 'kind: choice'),
      column: 13,
    });
    expect(loaded.locate(['nothing', 'here'])).toEqual({ file: 'deck.yaml', line: 1, column: 1 });
  });

  it('says "prompt", as the trainer wrote it, when a text has the wrong type', () => {
    const loaded = load({
      'deck.yaml': example.deck.replace('prompt: Waar word je blij van?', 'prompt: [Waar, blij]'),
    });
    expect(brief(loaded.problems.filter((p) => p.severity === 'error'))).toEqual([
      `error deck.yaml:${lineOf(example.deck, 'prompt: Waar word je blij')}:5 wrong-type Card 1 (id "wish-myself-1"): "prompt" should be text, but it is a list [ … ].`,
    ]);
  });

  it('refuses a number or true/false where a text belongs, as the JSON Schema does, and says to quote it', () => {
    const loaded = load({
      'deck.yaml': example.deck
        .replace('title: Ontdek & Doe', 'title: 1984')
        .replace('alt: Een lachende zon', 'alt: true'),
      'en.yaml': example.en.replace('nl: Ontdek & Doe }', "nl: '1984' }"),
    });
    expect(brief(loaded.problems)).toEqual([
      `error deck.yaml:${lineOf(example.deck, 'title: Ontdek')}:8 wrong-type The deck: "title" must be text, but it is a number. Is it text after all? Then put it in quotes: title: '1984'`,
      `error deck.yaml:${lineOf(example.deck, 'alt: Een lachende')}:12 wrong-type Card 1 (id "wish-myself-1"): "alt" must be text, but it is true or false. Is it text after all? Then put it in quotes: alt: 'true'`,
    ]);
    const quoted = load({
      'deck.yaml': example.deck.replace('title: Ontdek & Doe', "title: '1984'"),
      'en.yaml': example.en.replace('nl: Ontdek & Doe }', "nl: '1984' }"),
    });
    expect(quoted.problems).toEqual([]);
    expect(quoted.deck!.title.nl).toBe('1984');
  });

  it('warns when a comment cuts a text short, in deck.yaml and in en.yaml', () => {
    const loaded = load({
      'deck.yaml': example.deck.replace(
        'prompt: Waar word je blij van?',
        'prompt: Waar word je #1 blij van?',
      ),
      'en.yaml': example.en.replace(
        'prompt: { en: What makes you happy?, nl: Waar word je blij van? }',
        'prompt:\n      en: What makes you #1 happy?\n      nl: Waar word je #1 blij van?',
      ),
    });
    expect(brief(loaded.problems)).toEqual([
      `warning deck.yaml:${lineOf(example.deck, 'prompt: Waar word je blij')}:13 yaml-comment-in-text YAML reads the rest of the line after the # as a comment. The text is now only: "Waar word je". Is the # part of the text? Then put the whole text in quotes: 'Waar word je #1 blij van?'. Is it a comment? Then put it on a line of its own.`,
      `warning en.yaml:${lineOf(example.en, 'prompt: { en: What makes you happy?') + 1}:11 yaml-comment-in-text YAML reads the rest of the line after the # as a comment. The text is now only: "What makes you". Is the # part of the text? Then put the whole text in quotes: 'What makes you #1 happy?'. Is it a comment? Then put it on a line of its own.`,
      `warning en.yaml:${lineOf(example.en, 'prompt: { en: What makes you happy?') + 2}:11 yaml-comment-in-text YAML reads the rest of the line after the # as a comment. The text is now only: "Waar word je". Is the # part of the text? Then put the whole text in quotes: 'Waar word je #1 blij van?'. Is it a comment? Then put it on a line of its own.`,
    ]);
    // A comment after something that is not a text (an id, a number) is a normal note.
    expect(
      load({ 'deck.yaml': example.deck.replace('depth: 1 ', 'depth: 1 # licht '), 'en.yaml': example.en })
        .problems,
    ).toEqual([]);
  });

  it('reports a file it cannot read (no permission) in plain words', () => {
    const denied: SourceFileSystem = {
      ...nodeFileSystem,
      readFileSync(path) {
        if (path.endsWith('deck.yaml'))
          throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        return nodeFileSystem.readFileSync(path);
      },
    };
    const loaded = loadDeckFolder(tempDeck('basis', { 'deck.yaml': example.deck }), { fs: denied });
    expect(loaded.problems).toMatchObject([
      {
        severity: 'error',
        code: 'file-unreadable',
        file: 'deck.yaml',
        line: 0,
        message: {
          nl: 'deck.yaml kan niet gelezen worden: je hebt geen toestemming om het te lezen.',
          en: 'deck.yaml cannot be read: you do not have permission to read it.',
        },
      },
    ]);
    expect(loaded.deck).toBeUndefined();
  });

  it('an en.yaml with a YAML error: that error only, not every English text as missing', () => {
    const en = example.en.replace('{ en: Discover & Do,', '{ en: "Discover & Do,');
    const loaded = load({ 'deck.yaml': example.deck, 'en.yaml': en });
    expect(brief(loaded.problems)).toEqual([
      `error en.yaml:${lineOf(en, 'Discover')}:16 yaml-syntax Something is missing here: a quote at the end of a text, a ] or }, or a - before a new item in a list.`,
    ]);
    // An error in any file stops the build, so the trainer fixes it before it ships.
    expect(loaded.deck).toBeUndefined();
  });

  it('checks the language of a translation file', () => {
    const fr = load({
      'deck.yaml': example.deck,
      'en.yaml': example.en.replace('language: en', 'language: fr'),
    });
    expect(brief(fr.problems)).toEqual([
      `error en.yaml:${lineOf(example.en, 'language: en')}:11 translation-language-mismatch en.yaml says "language: fr", but the file name belongs to language "en". Make them the same.`,
    ]);
    const nl = load({
      'deck.yaml': example.deck,
      'en.yaml': example.en,
      'nl.yaml': example.en.replace('language: en', 'language: nl'),
    });
    expect(nl.problems.map((p) => p.code)).toEqual(['translation-default-language']);
    expect(nl.problems[0]!.message.en).toBe(
      'nl.yaml is not used: Dutch is the default language, and those texts are in deck.yaml.',
    );
  });

  it('finds typos in a translation file: a field, an option, a text without its Dutch, an extra hint', () => {
    const en = example.en
      .replace('    easy: {', '    esay: {')
      .replace('      music: {', '      muzic: {')
      .replace(
        '    prompt: { en: What do you like to do in your free time?, nl: Wat doe je graag in je vrije tijd? }',
        '    prompt: What do you like to do in your free time?',
      )
      .replace(
        '      - { en: When was that the last time?, nl: Wanneer was dat voor het laatst? }',
        '      - { en: When was that the last time?, nl: Wanneer was dat voor het laatst? }\n      - { en: And before that?, nl: En daarvoor? }',
      );
    const loaded = load({ 'deck.yaml': example.deck, 'en.yaml': en });
    expect(
      loaded.problems.filter((p) => p.file === 'en.yaml').map((p) => `${p.code}: ${p.message.en}`),
    ).toEqual([
      // A missing English text of a card that is in en.yaml is placed at that card in en.yaml.
      'missing-translation: Card 1 (id "wish-myself-1") has no English easy-language question yet. The game shows the Dutch text instead.',
      'translation-unknown-field: The game does not know the field "esay" here. It is not used. Did you mean "easy"?',
      'translation-extra-text: Card 1 (id "wish-myself-1"), follow-up question 2: this text is not in deck.yaml. The translation is not used.',
      'translation-without-source: Card 2 (id "wish-free-time-2"), question: the text it was translated from is not next to the translation. Write { en: …, nl: … }, so the game can tell when the translation is outdated.',
      'missing-translation: Card 2 (id "wish-free-time-2") has no English label for option "music" yet. The game shows the Dutch text instead.',
      'translation-unknown-option: Card 2 (id "wish-free-time-2") has no option with the id "muzic". This translation is not used. Did you mean "music"?',
    ]);
    expect(loaded.deck!.cards[1]!.prompt.en).toBe('What do you like to do in your free time?');
  });

  it('a language with no translation at all: one warning, at its place in "languages"', () => {
    const loaded = load({ 'deck.yaml': example.deck });
    expect(brief(loaded.problems)).toEqual([
      `warning deck.yaml:${lineOf(example.deck, 'languages:')}:17 language-not-translated Nothing is translated in English yet: there is no en.yaml. The game shows the text in Dutch everywhere. Make a file to translate with: ontdek-doe translations ${loaded.folder} --new en`,
    ]);
    expect(loaded.deck).toBeDefined();
    const onlyLanguage = load({ 'deck.yaml': example.deck, 'en.yaml': 'language: en\n' });
    expect(brief(onlyLanguage.problems)).toEqual([
      'warning en.yaml:1:11 language-not-translated Nothing is translated in English yet: en.yaml has no translations yet. The game shows the text in Dutch everywhere. Fill in the translations in en.yaml.',
    ]);
  });

  it('a number in quotes: "remove the quotes", only where a number belongs', () => {
    const loaded = load({
      'deck.yaml': example.deck
        .replace('minimumAge: 12\n', 'minimumAge: "12"\n')
        .replace('tags: [blij]', 'tags: "3"'),
      'en.yaml': example.en,
    });
    expect(loaded.problems.map((p) => p.message.nl)).toEqual([
      'De kaartenset: "minimumAge" is "12", tussen aanhalingstekens. Dan is het tekst, geen getal. Haal de aanhalingstekens weg: minimumAge: 12',
      'Kaart 1 (id "wish-myself-1"): "tags" moet een lijst [ … ] zijn, maar het is tekst.',
    ]);
  });

  it('explains the first card with an id that is used twice, and a theme too', () => {
    const deck = example.deck
      .replace('id: wish-free-time-2', 'id: wish-myself-1')
      .replace('  - id: free-time', '  - id: myself');
    const loaded = load({ 'deck.yaml': deck });
    expect(loaded.problems.filter((p) => p.code.startsWith('duplicate-')).map((p) => p.message.nl)).toEqual([
      `Thema 2 heeft de id "myself". Thema 1 (regel ${lineOf(deck, '- id: myself')}) heeft die id ook. Elk thema moet een eigen id hebben.`,
      `Kaart 2 heeft de id "wish-myself-1". Kaart 1 (regel ${lineOf(deck, '- id: wish-myself-1')}) heeft die id ook. Elke kaart moet een eigen id hebben.`,
    ]);
  });

  it('warns about a .yaml file that is neither deck.yaml nor a language, and about defaultLanguage', () => {
    const loaded = load({
      'deck.yaml': `${example.deck}defaultLanguage: nl\n`,
      'en.yaml': example.en,
      'deck.yml': 'id: x\n',
      'notes.txt': 'not YAML, not looked at',
    });
    expect(loaded.problems.map((p) => `${p.file} ${p.code}`)).toEqual([
      'deck.yaml default-language-field',
      'deck.yml unknown-file',
    ]);
  });

  it('a duplicate key is an error, and the rest of the deck is still checked', () => {
    const loaded = load({
      'deck.yaml': example.deck.replace('depth: 1\n', 'depth: 1\n    depth: 9\n'),
      'en.yaml': example.en,
    });
    expect(loaded.problems.map((p) => `${p.code} ${p.message.en}`)).toEqual([
      'yaml-duplicate-key The field "depth" is here twice. Remove one.',
      'invalid-depth Card 2 (id "wish-free-time-2") has depth 9. The depth must be 1 (light), 2 or 3 (deep).',
    ]);
  });

  it('uses the icon set it is given, and checks picture icons too', () => {
    const loaded = loadDeckFolder(tempDeck('basis', { 'deck.yaml': example.deck, 'en.yaml': example.en }), {
      icons: new Set(['person', 'walk', 'musik', 'free-time']),
    });
    expect(loaded.problems.map((p) => `${p.line} ${p.message.en}`)).toEqual([
      `${lineOf(example.deck, 'src: icons/sun.svg')} The icon "sun" does not exist. The icons are listed in packages/content/icons/ICONS.md.`,
      `${lineOf(example.deck, 'icon: music')} The icon "music" does not exist. Did you mean "musik"? The icons are listed in packages/content/icons/ICONS.md.`,
    ]);
  });

  it('never throws, whatever is in the file', () => {
    const nasty = [
      'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
      'id: !!js/function "function () { return 1 }"\n',
      `${'['.repeat(5000)}${']'.repeat(5000)}\n`,
      '__proto__: { polluted: true }\nid: x\n',
      'id: *nothing\n',
      '"unclosed: \n',
      '? [complex, key]\n: value\n',
      '%YAML 9.9\n---\nid: x\n',
      'x'.repeat(100_000),
    ];
    for (const text of nasty) {
      const loaded = load({ 'deck.yaml': text });
      expect(loaded.deck).toBeUndefined();
      expect(loaded.problems.length).toBeGreaterThan(0);
      for (const problem of loaded.problems) {
        expect(problem.message.nl.length).toBeGreaterThan(0);
        expect(problem.message.en).not.toMatch(/\bat \w+ \(|TypeError|undefined/);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
