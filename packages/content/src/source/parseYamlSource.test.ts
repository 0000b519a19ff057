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

  it('a colon in a text', () => {
    expect(problems('prompt: Denk aan vandaag: waar word je blij van?\n')).toEqual([
      "1:9 yaml-colon-in-text This text has a colon followed by a space. Put the whole text in quotes: 'What do you do: and why?'.",
    ]);
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
