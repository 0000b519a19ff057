import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseOriginal, patchYaml } from './patchYaml.ts';

const patch = (
  text: string,
  change: (data: Record<string, unknown>) => Record<string, unknown>,
  kind: 'deck' | 'translation' = 'deck',
) => {
  const original = parseOriginal(text);
  const data = change(structuredClone(original.value) as Record<string, unknown>);
  const out = patchYaml(original, data, kind);
  expect(parse(out)).toEqual(data);
  return out;
};

const file = `# top comment
id: proef   # the id
title: 'Oud'
note: "dubbel"
cards:
  # section one
  - id: a
    prompt: Eerste
    hints:
      - een
      - twee
    answer: talk

  - id: b
    prompt: |
      Een blok
      tekst
    empty:
  - id: c
    prompt: Derde
languages: [nl, en]
`;

describe('patching an opened YAML file', () => {
  it('keeps the quotes a text had, and the comment after it', () => {
    const out = patch(file, (d) => ({ ...d, id: 'proef-2', title: 'Nieuw', note: 'ook "dubbel"' }));
    expect(out).toContain('id: proef-2   # the id\n');
    expect(out).toContain("title: 'Nieuw'\n");
    expect(out).toContain('note: "ook \\"dubbel\\""\n');
  });

  it('quotes a text that needs it, and writes an empty field and a block text on one line', () => {
    const out = patch(file, (d) => {
      const cards = d.cards as Record<string, unknown>[];
      cards[0]!.prompt = 'Let op: #1';
      cards[1]!.prompt = 'Nu op één regel';
      cards[1]!.empty = 'gevuld';
      return d;
    });
    expect(out).toContain("    prompt: 'Let op: #1'\n");
    expect(out).toContain('    prompt: Nu op één regel\n    empty: gevuld\n');
  });

  it('adds, changes and removes list items and fields in place', () => {
    const out = patch(file, (d) => {
      const cards = d.cards as Record<string, unknown>[];
      cards[0]!.hints = ['een', 'drie', 'vier'];
      cards[0]!.answer = { kind: 'choice', options: [{ id: 'x', label: 'X' }] };
      delete cards[2]!.prompt;
      cards[2]!.depth = 2;
      return { ...d, languages: ['nl'] };
    });
    expect(out).toContain('      - een\n      - drie\n      - vier\n');
    expect(out).toContain(
      '    answer:\n      kind: choice\n      options:\n        - id: x\n          label: X\n',
    );
    expect(out).toContain('  - id: c\n    depth: 2\n');
    expect(out).toContain('languages: [nl]\n');
    expect(out.startsWith('# top comment\n')).toBe(true);
    expect(out).toContain('  # section one\n');
  });

  it('moves a card with its lines, and keeps a renamed card where it is, with its block text', () => {
    const out = patch(file, (d) => {
      const [a, b, c] = d.cards as Record<string, unknown>[];
      return { ...d, cards: [c!, a!, { ...b!, id: 'b2' }] };
    });
    expect(out).toContain('  # section one\n  - id: c\n    prompt: Derde\n\n  - id: a\n    prompt: Eerste\n');
    expect(out).toContain('  - id: b2\n    prompt: |\n      Een blok\n      tekst\n    empty:\n');
  });

  it('moves the next field up when the first field of a list item goes', () => {
    const out = patch(file, (d) => {
      const [a, b, c] = d.cards as Record<string, unknown>[];
      const { id: _id, ...rest } = c!;
      return { ...d, cards: [a!, b!, rest] };
    });
    expect(out).toContain('    empty:\n  - prompt: Derde\nlanguages');
  });

  it('keeps Windows line breaks', () => {
    const crlf = file.replace(/\n/g, '\r\n');
    const out = patch(crlf, (d) => ({ ...d, title: 'Nieuw' }));
    expect(out).toBe(crlf.replace("title: 'Oud'", "title: 'Nieuw'"));
  });

  it('writes a translation pair on one line, and a new card entry after the one before it', () => {
    const text = `language: en\ncards:\n  a:\n    prompt: { en: First, nl: Eerste }\n  c:\n    prompt: { en: Third, nl: Derde }\n`;
    const out = patch(
      text,
      (d) => {
        const cards = d.cards as Record<string, Record<string, unknown>>;
        return {
          ...d,
          cards: {
            a: { prompt: { en: 'First, really', nl: 'Eerste' } },
            b: { prompt: { en: 'Second', nl: 'Tweede' } },
            c: cards.c,
          },
        };
      },
      'translation',
    );
    expect(out).toBe(
      `language: en\ncards:\n  a:\n    prompt: { en: 'First, really', nl: Eerste }\n  b:\n    prompt: { en: Second, nl: Tweede }\n  c:\n    prompt: { en: Third, nl: Derde }\n`,
    );
  });

  it('writes a file it cannot parse anew, under its first comments', () => {
    const original = parseOriginal('# mine\nid: [unclosed\n');
    expect(patchYaml(original, { id: 'x' }, 'deck')).toBe('# mine\nid: x\n');
  });
});
