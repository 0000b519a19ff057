import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { packageRoot } from '../source/packagePaths.ts';
import { formatExample } from '../testing/formatExample.ts';
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
});
