import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { sampleDeck } from '../testing/sampleDeck.ts';
import { ANSWER_KEYS, OPTION_KEYS } from './checkAnswer.ts';
import { CARD_KEYS, DECK_KEYS, PICTURE_KEYS, THEME_KEYS } from './checkDeck.ts';
import { answerSchemasByKind, answerSpecSchema, deckSchema, pluginAnswerSchema } from './deckSchema.ts';

/** The keys of a zod/mini object schema, read from its definition. */
function keysOf(schema: unknown): string[] {
  const shape = (schema as { _zod: { def: { shape: Record<string, unknown> } } })._zod.def.shape;
  return Object.keys(shape).sort();
}

function elementOf(schema: unknown): unknown {
  const def = (schema as { _zod: { def: { element?: unknown; innerType?: unknown } } })._zod.def;
  return def.element ?? elementOf(def.innerType);
}

describe('deckSchema', () => {
  it('accepts the sample deck', () => {
    expect(z.safeParse(deckSchema, sampleDeck).success).toBe(true);
  });

  it('rejects a card with depth 4 and a theme without colour', () => {
    const deck = structuredClone(sampleDeck) as unknown as {
      cards: { depth: number }[];
      themes: { colour?: string }[];
    };
    deck.cards[0]!.depth = 4;
    delete deck.themes[0]!.colour;
    const result = z.safeParse(deckSchema, deck);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toEqual([
      ['themes', 0, 'colour'],
      ['cards', 0, 'depth'],
    ]);
  });

  it('accepts plugin answers but not built-in kinds in the plugin shape', () => {
    expect(z.safeParse(answerSpecSchema, { kind: 'lights:traffic', config: { n: 3 } }).success).toBe(true);
    expect(z.safeParse(pluginAnswerSchema, { kind: 'choice' }).success).toBe(false);
    expect(z.safeParse(answerSpecSchema, { kind: 'choice', options: [] }).success).toBe(false);
    expect(z.safeParse(answerSpecSchema, { kind: '' }).success).toBe(false);
  });

  it('knows the same keys as the whole-deck checks (no drift)', () => {
    const shape = (deckSchema as unknown as { _zod: { def: { shape: Record<string, unknown> } } })._zod.def
      .shape;
    const card = elementOf(shape.cards);
    const cardShape = (card as { _zod: { def: { shape: Record<string, unknown> } } })._zod.def.shape;
    expect(keysOf(deckSchema)).toEqual([...DECK_KEYS].sort());
    expect(keysOf(elementOf(shape.themes))).toEqual([...THEME_KEYS].sort());
    expect(keysOf(card)).toEqual([...CARD_KEYS].sort());
    expect(
      keysOf((cardShape.picture as { _zod: { def: { innerType: unknown } } })._zod.def.innerType),
    ).toEqual([...PICTURE_KEYS].sort());
    for (const kind of ['talk', 'text', 'faces', 'choice'] as const) {
      expect(keysOf(answerSchemasByKind[kind])).toEqual([...ANSWER_KEYS[kind]].sort());
    }
    expect(keysOf(pluginAnswerSchema)).toEqual([...ANSWER_KEYS.plugin].sort());
    expect(keysOf(elementOf(answerSchemasByKind.choice._zod.def.shape.options))).toEqual(
      [...OPTION_KEYS].sort(),
    );
  });
});
