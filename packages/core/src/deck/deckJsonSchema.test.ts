import { describe, expect, it } from 'vitest';
import { generateDeck } from '../testing/generateDeck.ts';
import { sampleDeck } from '../testing/sampleDeck.ts';
import { deckJsonSchema } from './deckJsonSchema.ts';

type Schema = Record<string, unknown>;

const IGNORED = new Set(['$schema', 'title', 'description']);

/**
 * A small JSON Schema validator for exactly the keywords this schema uses (no ajv in the repo).
 * An unexpected keyword throws, so a change in what zod emits cannot pass unnoticed.
 */
function errors(schema: Schema, value: unknown, at = '$'): string[] {
  const out: string[] = [];
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  for (const [keyword, rule] of Object.entries(schema)) {
    if (IGNORED.has(keyword)) continue;
    switch (keyword) {
      case 'type': {
        const ok =
          rule === 'integer'
            ? Number.isInteger(value)
            : rule === 'array'
              ? Array.isArray(value)
              : rule === 'object'
                ? isObject
                : typeof value === rule;
        if (!ok) return [`${at}: not ${String(rule)}`];
        break;
      }
      case 'const':
        if (value !== rule) out.push(`${at}: not ${JSON.stringify(rule)}`);
        break;
      case 'enum':
        if (!(rule as unknown[]).includes(value)) out.push(`${at}: not in enum`);
        break;
      case 'minLength':
        if (typeof value === 'string' && value.length < (rule as number)) out.push(`${at}: too short`);
        break;
      case 'maxLength':
        if (typeof value === 'string' && value.length > (rule as number)) out.push(`${at}: too long`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(rule as string, 'u').test(value))
          out.push(`${at}: pattern`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (rule as number)) out.push(`${at}: below minimum`);
        break;
      case 'maximum':
        if (typeof value === 'number' && value > (rule as number)) out.push(`${at}: above maximum`);
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < (rule as number)) out.push(`${at}: too few items`);
        break;
      case 'maxItems':
        if (Array.isArray(value) && value.length > (rule as number)) out.push(`${at}: too many items`);
        break;
      case 'items':
        if (Array.isArray(value))
          value.forEach((item, i) => out.push(...errors(rule as Schema, item, `${at}[${i}]`)));
        break;
      case 'required':
        if (isObject)
          for (const key of rule as string[]) if (!(key in value)) out.push(`${at}.${key}: missing`);
        break;
      case 'properties':
        if (isObject) {
          for (const [key, sub] of Object.entries(rule as Record<string, Schema>)) {
            if (key in value) out.push(...errors(sub, (value as Schema)[key], `${at}.${key}`));
          }
        }
        break;
      case 'additionalProperties':
        if (isObject) {
          const known = Object.keys((schema.properties as Schema | undefined) ?? {});
          for (const [key, item] of Object.entries(value)) {
            if (known.includes(key)) continue;
            if (rule === false) out.push(`${at}.${key}: not allowed`);
            else out.push(...errors(rule as Schema, item, `${at}.${key}`));
          }
        }
        break;
      case 'propertyNames':
        if (isObject)
          for (const key of Object.keys(value)) out.push(...errors(rule as Schema, key, `${at}{${key}}`));
        break;
      case 'anyOf':
        if ((rule as Schema[]).every((option) => errors(option, value, at).length > 0))
          out.push(`${at}: matches no option`);
        break;
      case 'not':
        if (errors(rule as Schema, value, at).length === 0) out.push(`${at}: matches "not"`);
        break;
      default:
        throw new Error(`keyword ${keyword} at ${at} is not supported by this test validator`);
    }
  }
  return out;
}

describe('deckJsonSchema', () => {
  const schema = deckJsonSchema();

  it('is JSON Schema draft 2020-12 with a title and a description', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema).toMatchObject({ type: 'object', title: 'Ontdek & Doe deck', additionalProperties: false });
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it('describes the deck fields, with help text for editors', () => {
    const properties = schema.properties as Record<string, Schema>;
    expect(Object.keys(properties)).toEqual(
      expect.arrayContaining(['schemaVersion', 'id', 'languages', 'themes', 'cards', '$schema']),
    );
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'schemaVersion',
        'id',
        'version',
        'title',
        'languages',
        'defaultLanguage',
        'themes',
        'cards',
      ]),
    );
    expect(properties.schemaVersion).toMatchObject({ const: 2 });
    expect(properties.minimumAge).toMatchObject({
      type: 'integer',
      minimum: 0,
      maximum: 120,
      title: 'Minimum age',
    });
    const card = (properties.cards as { items: Schema }).items;
    const cardProps = card.properties as Record<string, Schema>;
    expect(cardProps.depth).toMatchObject({ enum: [1, 2, 3], title: 'Depth' });
    expect(cardProps.prompt).toMatchObject({
      type: 'object',
      additionalProperties: { type: 'string', maxLength: 300 },
    });
    expect(String(cardProps.prompt!.description)).toContain('default language is required');
    expect((cardProps.answer!.anyOf as Schema[]).map((option) => option.title)).toEqual([
      'Talk',
      'Open text',
      'Face scale',
      'Choice',
      'Plugin answer',
    ]);
    const theme = (properties.themes as { items: { properties: Record<string, Schema> } }).items;
    expect(theme.properties.colour!.pattern).toBe('^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$');
  });

  it('accepts the sample deck and generated decks', () => {
    expect(errors(schema, sampleDeck)).toEqual([]);
    expect(errors(schema, { $schema: './deck.schema.json', ...generateDeck(50, 3) })).toEqual([]);
    expect(
      errors(schema, {
        ...sampleDeck,
        cards: [{ ...sampleDeck.cards[0]!, answer: { kind: 'paint:drawing', config: {} } }],
      }),
    ).toEqual([]);
  });

  it('flags mistakes an editor should underline', () => {
    const card = sampleDeck.cards[0]!;
    const bad = {
      ...sampleDeck,
      colour: 'typo',
      themes: [{ ...sampleDeck.themes[0]!, colour: 'red' }],
      cards: [
        { ...card, depth: 4 },
        { ...card, answer: { kind: 'choice', options: [] } },
        { ...card, prompt: { nl: 'x'.repeat(301) } },
      ],
    };
    expect(errors(schema, bad)).toEqual([
      '$.themes[0].colour: pattern',
      '$.cards[0].depth: not in enum',
      '$.cards[1].answer: matches no option',
      '$.cards[2].prompt.nl: too long',
      '$.colour: not allowed',
    ]);
  });
});
