import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readIconNames } from '../source/iconSet.ts';
import { loadDeckFolder } from '../source/loadDeckFolder.ts';
import { packageRoot } from '../source/packagePaths.ts';
import { formatExample } from '../testing/formatExample.ts';
import { tempDeck } from '../testing/tempDeck.ts';
import { validateJsonSchema } from '../testing/validateJsonSchema.ts';
import { deckSourceSchema, translationSchema } from './sourceSchemas.ts';

const committed = (name: string) =>
  JSON.parse(readFileSync(join(packageRoot(), 'schema', name), 'utf8')) as Record<string, unknown>;

describe('the source schemas', () => {
  const deckSchema = deckSourceSchema();
  const enSchema = translationSchema();

  it('are the files in schema/ (the package build writes them)', () => {
    const hint = 'schema/ is out of date: run pnpm --filter @ontdek-doe/content build';
    expect(committed('deck-source.schema.json'), hint).toEqual(deckSchema);
    expect(committed('translation.schema.json'), hint).toEqual(enSchema);
  });

  it('accept the example in FORMAT.md', () => {
    const example = formatExample();
    expect(validateJsonSchema(deckSchema, parse(example.deck))).toEqual([]);
    expect(validateJsonSchema(enSchema, parse(example.en))).toEqual([]);
  });

  it('accept the answer shorthand and every full answer kind', () => {
    const deck = parse(formatExample().deck) as { cards: Record<string, unknown>[] };
    for (const answer of [
      'talk',
      'text',
      'faces',
      { kind: 'text', maxLength: 200 },
      { kind: 'traffic:light' },
    ]) {
      deck.cards[0]!.answer = answer;
      expect(validateJsonSchema(deckSchema, deck), JSON.stringify(answer)).toEqual([]);
    }
  });

  it('flag a typo in a field name, a bad id, an unknown answer word and a text that is not a string', () => {
    const deck = parse(formatExample().deck) as Record<string, unknown> & {
      cards: Record<string, unknown>[];
    };
    deck.titel = 'x';
    deck.id = 'Mijn Set';
    deck.cards[0]!.answer = 'txt';
    deck.cards[1]!.prompt = { nl: 'Hoi' };
    expect(validateJsonSchema(deckSchema, deck)).toEqual([
      '$.id: pattern',
      '$.cards[0].answer: matches none of 6 options',
      '$.cards[1].prompt: not string',
      '$.titel: not allowed',
    ]);
  });

  it('do not ask for defaultLanguage in deck.yaml (the first language is the default)', () => {
    expect(Object.keys(deckSchema.properties as object)).not.toContain('defaultLanguage');
    expect(deckSchema.required).not.toContain('defaultLanguage');
  });

  it('flag an unknown section and a pair that is not a group in a translation file', () => {
    const en = parse(formatExample().en) as Record<string, unknown> & {
      cards: Record<string, Record<string, unknown>>;
    };
    en.kaarten = {};
    en.cards['wish-myself-1']!.prompt = 'What makes you happy?';
    expect(validateJsonSchema(enSchema, en)).toEqual([
      '$.cards.wish-myself-1.prompt: not object',
      '$.kaarten: not allowed',
    ]);
  });

  it('have Dutch and English titles', () => {
    const question = (
      deckSchema as { properties: { cards: { items: { properties: { prompt: { title: string } } } } } }
    ).properties.cards.items.properties.prompt;
    expect(question.title).toBe('Vraag (Question)');
  });

  it('declare draft-07, which older editor extensions read (they refuse 2020-12)', () => {
    for (const schema of [deckSchema, enSchema]) {
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(JSON.stringify(schema)).not.toMatch(/"\$defs"|prefixItems|unevaluated|dependentRequired/);
    }
    expect(Object.keys(enSchema.definitions as object)).toEqual(['pair']);
  });

  it('list the icon names of the set for theme and option icons', () => {
    const icons = [...readIconNames()].sort();
    expect(icons.length).toBeGreaterThan(20);
    const deck = deckSchema as {
      properties: {
        themes: { items: { properties: { icon: { enum: string[] } } } };
        cards: { items: { properties: { answer: { anyOf: Record<string, unknown>[] } } } };
      };
    };
    expect(deck.properties.themes.items.properties.icon.enum).toEqual(icons);
    const choice = deck.properties.cards.items.properties.answer.anyOf.find((kind) =>
      JSON.stringify(kind).includes('"const":"choice"'),
    ) as { properties: { options: { items: { properties: { icon: { enum: string[] } } } } } };
    expect(choice.properties.options.items.properties.icon.enum).toEqual(icons);
    expect(deckSourceSchema({ icons: ['b', 'a'] })).toMatchObject({
      properties: { themes: { items: { properties: { icon: { enum: ['a', 'b'] } } } } },
    });
    const example = parse(formatExample().deck) as { themes: Record<string, unknown>[] };
    example.themes[0]!.icon = 'Person';
    expect(validateJsonSchema(deckSchema, example)).toEqual([
      '$.themes[0].icon: not one of ' + JSON.stringify(icons),
    ]);
  });

  it('offer the known sensitive topics, and still allow a word of your own', () => {
    const items = (
      deckSchema as { properties: { cards: { items: { properties: { sensitivity: { items: unknown } } } } } }
    ).properties.cards.items.properties.sensitivity.items;
    const topics = ['loss', 'money-worries', 'trauma', 'health', 'family', 'migration'];
    expect(items).toEqual({
      type: 'string',
      anyOf: [{ enum: topics }, { type: 'string' }],
      examples: topics,
    });
    const example = parse(formatExample().deck) as { cards: Record<string, unknown>[] };
    example.cards[0]!.sensitivity = ['loss', 'eigen-woord'];
    expect(validateJsonSchema(deckSchema, example)).toEqual([]);
  });

  it('agree with the loader: a number as a question, a blank question, a language twice', () => {
    const example = formatExample();
    const cases: [string, string, string][] = [
      ['prompt: Waar word je blij van?', 'prompt: 42', '$.cards[0].prompt: not string'],
      ['prompt: Waar word je blij van?', "prompt: '   '", '$.cards[0].prompt: pattern'],
      ['languages: [nl, en]', 'languages: [nl, en, en]', '$.languages: duplicate items'],
    ];
    for (const [from, to, schemaProblem] of cases) {
      const text = example.deck.replace(from, to);
      expect(validateJsonSchema(deckSchema, parse(text)), to).toEqual([schemaProblem]);
      const loaded = loadDeckFolder(tempDeck('basis', { 'deck.yaml': text, 'en.yaml': example.en }));
      expect(
        loaded.problems.filter((p) => p.file === 'deck.yaml').map((p) => p.code),
        to,
      ).toEqual([{ 'prompt: 42': 'wrong-type', "prompt: '   '": 'empty-text' }[to] ?? 'duplicate-language']);
    }
  });
});
