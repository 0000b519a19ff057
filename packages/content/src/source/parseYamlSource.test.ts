import { describe, expect, it } from 'vitest';
import { parseYamlSource } from './parseYamlSource.ts';

/** Parses `text` and returns its problems as `line:column code english`. */
const problems = (text: string) =>
  parseYamlSource(text, 'deck.yaml').problems.map((p) => `${p.line}:${p.column} ${p.code} ${p.message.en}`);

describe('parseYamlSource: YAML mistakes a trainer makes, placed where they are fixed', () => {
  it('a line indented too far is placed on that line, not on the one above', () => {
    expect(problems('cards:\n  - id: a\n    family: wish\n      theme: myself\n')).toEqual([
      '4:7 yaml-indentation This line is indented further than the line above it. Put the fields of one card or theme exactly below each other.',
    ]);
  });

  it('a line not indented far enough', () => {
    expect(problems('cards:\n  - id: a\n    family: wish\n  theme: myself\n')).toEqual([
      '4:3 yaml-syntax This line is not indented as far as the lines it belongs with. Put the fields of one card or theme exactly below each other.',
    ]);
  });

  it('a tab', () => {
    expect(problems('id: a\ncards:\n\t- id: b\n')[0]).toMatch(
      /^3:1 yaml-syntax This line is indented with a tab\./,
    );
  });

  it('tabs: one error per line, at the tab, and not the indentation errors that follow from them', () => {
    const text =
      'cards:\n  - id: a\n    family: wish\n  \t  theme: myself\n    depth: 1\n\t\tprompt: Hoi\n    answer: text\n';
    expect(problems(text)).toEqual([
      '4:3 yaml-syntax This line is indented with a tab. YAML needs spaces: replace the tab with spaces.',
      '6:1 yaml-syntax This line is indented with a tab. YAML needs spaces: replace the tab with spaces.',
    ]);
    // Another mistake in the same file is still found.
    expect(problems(`${text}  - id b\n    family: wish\n`)).toEqual([
      '4:3 yaml-syntax This line is indented with a tab. YAML needs spaces: replace the tab with spaces.',
      '6:1 yaml-syntax This line is indented with a tab. YAML needs spaces: replace the tab with spaces.',
      '8:7 yaml-missing-colon The colon is missing after "id". Write a field as name: value. Here: id: b',
    ]);
    // A tab inside a text is no problem.
    expect(problems('id: a\ntitle: Een\ttab\n')).toEqual([]);
  });

  it('a missing colon is placed on the line without it', () => {
    expect(problems('cards:\n  - id: a\n    theme myself\n    depth: 1\n')).toEqual([
      '3:10 yaml-missing-colon The colon is missing after "theme". Write a field as name: value. Here: theme: myself',
    ]);
    expect(
      parseYamlSource('prompt Waar kijk je naar uit?\nanswer: text\n', 'deck.yaml').problems[0]!.message.nl,
    ).toBe(
      'De dubbele punt ontbreekt na "prompt". Schrijf een veld als naam: waarde. Hier dus: prompt: Waar kijk je naar uit?',
    );
  });

  it('a colon in a text: the whole text, ready to copy in quotes', () => {
    expect(problems('prompt: Denk aan vandaag: waar word je blij van?\n')).toEqual([
      "1:9 yaml-colon-in-text This text has a colon followed by a space. Put the whole text in quotes: 'Denk aan vandaag: waar word je blij van?'.",
    ]);
    // With a ' in the text, double quotes read best.
    expect(problems("prompt: Let op: wat is 't mooiste?\n")).toEqual([
      '1:9 yaml-colon-in-text This text has a colon followed by a space. Put the whole text in quotes: "Let op: wat is \'t mooiste?".',
    ]);
    // Inside { }, as in en.yaml: not "a list inside { }".
    expect(problems('prompt: { en: Be honest: what do you want?, nl: Wat wil je? }\n')).toEqual([
      "1:15 yaml-colon-in-text This text has a colon followed by a space. Put the whole text in quotes: 'Be honest: what do you want?'.",
    ]);
  });

  it('a # inside { } or [ ]: the comment swallowed the closing bracket; placed at that text', () => {
    expect(problems('hints:\n  - { en: Ask #1 thing, nl: Vraag }\n  - { en: x, nl: y }\n')).toEqual([
      `2:11 yaml-comment-in-text YAML reads the rest of the line after the # as a comment. The text is now only: "Ask". Is the # part of the text? Then put the whole text in quotes: 'Ask #1 thing'. Is it a comment? Then put it on a line of its own.`,
    ]);
    expect(parseYamlSource('opts: [Rust, Mensen #1, Eten]\nid: x\n', 'deck.yaml').problems[0]).toMatchObject({
      severity: 'error',
      line: 1,
      column: 14,
      message: {
        nl: `Na de # leest YAML de rest van de regel als opmerking. De tekst is nu alleen: "Mensen". Hoort de # bij de tekst? Zet de hele tekst dan tussen aanhalingstekens: 'Mensen #1'. Is het een opmerking? Zet die dan op een eigen regel.`,
      },
    });
  });

  it('notes a plain text with a comment after it, and a one-line group that was meant as a text', () => {
    const source = parseYamlSource(
      'prompt: Wat is je #1 wens? Noem er een\neasy: Wat wil je?   # een opmerking\ntitle: "Quoted" # fine\nhints:\n  - Let op: geef de tijd.\n  - Gewoon.\n',
      'deck.yaml',
    );
    expect(source.problems).toEqual([]);
    expect(Object.fromEntries(source.comments)).toEqual({
      '["prompt"]': {
        location: { file: 'deck.yaml', line: 1, column: 9 },
        kept: 'Wat is je',
        text: 'Wat is je #1 wens? Noem er een',
      },
      '["easy"]': {
        location: { file: 'deck.yaml', line: 2, column: 7 },
        kept: 'Wat wil je?',
        text: 'Wat wil je? # een opmerking',
      },
    });
    expect(Object.fromEntries(source.colonTexts)).toEqual({
      '["hints",0]': { location: { file: 'deck.yaml', line: 5, column: 5 }, text: 'Let op: geef de tijd.' },
    });
  });

  it('an unclosed quote is placed where it opens', () => {
    expect(problems("id: a\ntitle: 'Ontdek & Doe\ndescription: x\n")).toEqual([
      '2:8 yaml-syntax Something is missing here: a quote at the end of a text, a ] or }, or a - before a new item in a list.',
    ]);
  });

  it('a field twice', () => {
    expect(problems('id: a\ntitle: x\ntitle: y\n')).toEqual([
      '3:1 yaml-duplicate-key The field "title" is here twice. Remove one.',
    ]);
  });

  it('a second document, a reserved first character', () => {
    expect(problems('id: a\n---\nid: b\n')).toEqual([
      '2:1 yaml-syntax There is a line with --- here. A file is one whole: remove the ---.',
    ]);
    expect(problems('title: @home\n')).toEqual([
      "1:8 yaml-syntax A text cannot start with @, ` or %. Put the text in quotes: '…'.",
    ]);
  });

  it('an alias to nothing', () => {
    expect(problems('id: a\ntitle: *x\n')).toEqual([
      "2:8 yaml-unreadable-value There is a * or & here that YAML reads as a reference, and that reference does not work. Put the text in quotes: '…'.",
    ]);
  });

  it('nesting far too deep', () => {
    expect(problems(`id: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`)).toEqual([
      // placed where the parser ran out of room
      expect.stringMatching(
        /^1:\d+ yaml-syntax Far too many levels are nested here \(lists in lists, or groups in groups\)\. A deck needs only a few levels\.$/,
      ),
    ]);
  });

  it('comments only is an empty file; a text alone is not a deck', () => {
    expect(problems('# nothing yet\n')).toEqual(['0:0 file-empty deck.yaml is empty. It has no fields.']);
    expect(problems('hello\n')).toEqual([
      '1:1 yaml-not-mapping deck.yaml must consist of fields (name: value), but it is a text.',
    ]);
  });

  it('records the place of each value: texts at the text, blocks at their key', () => {
    const source = parseYamlSource('id: a\ncards:\n  - id: b\n    hints:\n      - Tip\n', 'deck.yaml');
    expect(source.problems).toEqual([]);
    expect(Object.fromEntries(source.places)).toEqual({
      '["id"]': { file: 'deck.yaml', line: 1, column: 5 },
      '["cards"]': { file: 'deck.yaml', line: 2, column: 1 },
      '["cards",0]': { file: 'deck.yaml', line: 3, column: 5 },
      '["cards",0,"id"]': { file: 'deck.yaml', line: 3, column: 9 },
      '["cards",0,"hints"]': { file: 'deck.yaml', line: 4, column: 5 },
      '["cards",0,"hints",0]': { file: 'deck.yaml', line: 5, column: 9 },
    });
  });
});
