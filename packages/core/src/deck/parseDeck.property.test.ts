import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CARD_FAMILIES,
  type AnswerSpec,
  type Card,
  type Deck,
  type IssuePath,
  type LocalizedText,
  type Theme,
} from '../types.ts';
import { DECK_PATTERNS } from './deckLimits.ts';
import { parseDeck } from './parseDeck.ts';

type Json = Record<string | number, unknown>;

// ── Arbitraries ──

const idArb = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => DECK_PATTERNS.id.test(s));
const textArb = fc
  .string({ minLength: 1, maxLength: 20, unit: 'grapheme' })
  .filter((s) => s.trim() !== '' && s.length <= 80);

function localizedArb(languages: readonly string[]): fc.Arbitrary<LocalizedText> {
  return fc
    .tuple(...languages.map(() => textArb))
    .map((texts) => Object.fromEntries(languages.map((language, i) => [language, texts[i]!])));
}

function answerArb(text: fc.Arbitrary<LocalizedText>): fc.Arbitrary<AnswerSpec> {
  return fc.oneof(
    fc.constant({ kind: 'talk' as const }),
    fc.constant({ kind: 'faces' as const }),
    fc.record(
      { kind: fc.constant('text' as const), maxLength: fc.integer({ min: 1, max: 10_000 }) },
      { requiredKeys: ['kind'] },
    ),
    fc.record(
      {
        kind: fc.constant('choice' as const),
        options: fc.uniqueArray(fc.record({ id: idArb, label: text }), {
          minLength: 2,
          maxLength: 4,
          selector: (o) => o.id,
        }),
        multiple: fc.boolean(),
      },
      { requiredKeys: ['kind', 'options'] },
    ),
  );
}

/** Valid decks: 1–3 languages, 1–4 themes, 1–8 cards, every optional field sometimes. */
const deckArb: fc.Arbitrary<Deck> = fc
  .uniqueArray(fc.constantFrom('nl', 'en', 'ar', 'tr', 'pt-BR', 'so'), { minLength: 1, maxLength: 3 })
  .chain((languages) => {
    const text = localizedArb(languages);
    const themeArb: fc.Arbitrary<Theme> = fc.record({
      id: idArb,
      title: text,
      colour: fc.constantFrom('#fff', '#1b6e5a', '#A0B1C2'),
      icon: fc.constantFrom('heart', 'house'),
    });
    return fc.record({
      languages: fc.constant(languages),
      themes: fc.uniqueArray(themeArb, { minLength: 1, maxLength: 4, selector: (t) => t.id }),
    });
  })
  .chain(({ languages, themes }) => {
    const text = localizedArb(languages);
    const cardArb: fc.Arbitrary<Card> = fc.record(
      {
        id: idArb,
        family: fc.constantFrom(...CARD_FAMILIES),
        theme: fc.constantFrom(...themes.map((t) => t.id)),
        depth: fc.constantFrom(1 as const, 2 as const, 3 as const),
        prompt: text,
        easy: text,
        picture: fc.record({ src: fc.constant('a.webp'), alt: text }),
        answer: answerArb(text),
        hints: fc.array(text, { maxLength: 2 }),
        followUps: fc.array(text, { maxLength: 2 }),
        minimumAge: fc.integer({ min: 0, max: 120 }),
        tags: fc.array(fc.string(), { maxLength: 2 }),
        sensitivity: fc.array(fc.constantFrom('loss', 'trauma'), { maxLength: 1 }),
      },
      { requiredKeys: ['id', 'family', 'theme', 'depth', 'prompt', 'answer'] },
    );
    return fc.record({
      schemaVersion: fc.constant(2 as const),
      id: idArb,
      version: fc.constantFrom('1', '1.0.0'),
      title: text,
      description: text,
      languages: fc.constant(languages),
      defaultLanguage: fc.constantFrom(...languages),
      minimumAge: fc.integer({ min: 0, max: 120 }),
      themes: fc.constant(themes),
      cards: fc.uniqueArray(cardArb, { minLength: 1, maxLength: 8, selector: (c) => c.id }),
    });
  });

// ── Checks ──

/** Every place but the last must exist in the input; the last may exist or be missing. */
function isLocated(input: unknown, path: IssuePath): boolean {
  let current: unknown = input;
  for (let i = 0; i < path.length; i++) {
    if (typeof current !== 'object' || current === null) return false;
    const key = String(path[i]);
    if (!Object.hasOwn(current, key)) return i === path.length - 1;
    current = (current as Json)[key];
  }
  return true;
}

/** The result is well formed, and every problem points at a real place in `input`. */
function expectWellFormed(input: unknown): ReturnType<typeof parseDeck> {
  const result = parseDeck(input);
  let shape: unknown = input;
  if (typeof input === 'string') {
    try {
      shape = JSON.parse(input);
    } catch {
      shape = input;
    }
  }
  if (result.ok) {
    expect(Object.keys(result).sort()).toEqual(['deck', 'ok', 'warnings']);
    expect(typeof result.deck).toBe('object');
  } else {
    expect(Object.keys(result).sort()).toEqual(['errors', 'ok', 'warnings']);
    expect(result.errors.length).toBeGreaterThan(0);
  }
  const all = result.ok ? result.warnings : [...result.errors, ...result.warnings];
  for (const issue of all) {
    expect(issue.message.en.length, issue.code).toBeGreaterThan(0);
    expect(issue.message.nl.length, issue.code).toBeGreaterThan(0);
    expect(issue.message.en).not.toContain('undefined');
    if (issue.code !== 'more-issues')
      expect(isLocated(shape, issue.path), `${issue.code} at ${JSON.stringify(issue.path)}`).toBe(true);
  }
  return result;
}

/** Every path to a key or list item in `value`. */
function allPaths(value: unknown, path: IssuePath = [], out: IssuePath[] = []): IssuePath[] {
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      const next = [...path, Array.isArray(value) ? Number(key) : key];
      out.push(next);
      allPaths((value as Json)[key], next, out);
    }
  }
  return out;
}

function parentOf(root: unknown, path: IssuePath): Json {
  let current = root as Json;
  for (const segment of path.slice(0, -1)) current = current[segment] as Json;
  return current;
}

type Mutation =
  | { type: 'delete'; at: number }
  | { type: 'replace'; at: number; value: unknown }
  | { type: 'duplicate-card'; at: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ type: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ type: fc.constant('replace' as const), at: fc.nat(), value: fc.anything() }),
  fc.record({ type: fc.constant('duplicate-card' as const), at: fc.nat() }),
);

function mutate(deck: Deck, mutation: Mutation): Json {
  const copy = structuredClone(deck) as unknown as Json;
  if (mutation.type === 'duplicate-card') {
    const cards = copy.cards;
    if (Array.isArray(cards) && cards.length > 0)
      cards.push(structuredClone(cards[mutation.at % cards.length]));
    return copy;
  }
  const paths = allPaths(copy);
  const candidates =
    mutation.type === 'replace'
      ? paths.filter((p) => typeof parentOf(copy, p)[p.at(-1)!] !== 'object')
      : paths;
  if (candidates.length === 0) return copy;
  const path = candidates[mutation.at % candidates.length]!;
  const parent = parentOf(copy, path);
  const last = path.at(-1)!;
  if (mutation.type === 'replace') parent[last] = mutation.value;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else Reflect.deleteProperty(parent, last);
  return copy;
}

// ── Properties ──

describe('parseDeck properties', () => {
  it('never throws on anything, and locates every problem', () => {
    const anything = fc.anything({
      key: fc.oneof(
        fc.string(),
        fc.constantFrom('__proto__', 'constructor', 'cards', 'schemaVersion', 'prompt'),
      ),
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withNullPrototype: true,
      withBoxedValues: true,
    });
    fc.assert(
      fc.property(anything, (input) => {
        expectWellFormed(input);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on deck-shaped data of both versions, and locates every problem', () => {
    const keys = fc.constantFrom(
      'id',
      'family',
      'theme',
      'depth',
      'level',
      'prompt',
      'question',
      'answer',
      'type',
      'kind',
      'options',
      'label',
      'hints',
      'easy',
      'picture',
      'alt',
      'colour',
      'color',
      'title',
      'nl',
      'en',
      '__proto__',
    );
    const loose = fc.anything({ key: keys, maxDepth: 3 });
    const item = fc.dictionary(keys, fc.oneof(loose, fc.dictionary(keys, loose)), { maxKeys: 8 });
    const deckShaped = fc.record(
      {
        schemaVersion: fc.constantFrom(1, 2),
        id: fc.oneof(idArb, loose),
        languages: fc.oneof(fc.constant(['nl', 'en']), loose),
        defaultLanguage: fc.constantFrom('nl', 'en', 'xx'),
        title: fc.oneof(fc.dictionary(fc.constantFrom('nl', 'en'), fc.string()), loose),
        themes: fc.array(item, { maxLength: 3 }),
        cards: fc.array(item, { maxLength: 5 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(deckShaped, (input) => {
        expectWellFormed(input);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on JSON-ish text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          deckArb.map((d) => JSON.stringify(d).slice(0, -3)),
        ),
        (text) => {
          expectWellFormed(text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('accepts every valid deck, unchanged and without warnings, as an object and as JSON', () => {
    fc.assert(
      fc.property(deckArb, (deck) => {
        const result = parseDeck(deck);
        expect(result).toEqual({ ok: true, deck, warnings: [] });
        expect(parseDeck(JSON.stringify(deck))).toEqual(result);
      }),
      { numRuns: 200 },
    );
  });

  it('mutated decks either parse or give located errors', () => {
    fc.assert(
      fc.property(deckArb, fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (deck, mutations) => {
        const input = mutations.reduce<Json>(
          (d, m) => mutate(d as unknown as Deck, m),
          deck as unknown as Json,
        );
        expectWellFormed(input);
      }),
      { numRuns: 400 },
    );
  });

  it('a duplicated card is always caught, at the copy', () => {
    fc.assert(
      fc.property(deckArb, fc.nat(), (deck, at) => {
        const input = mutate(deck, { type: 'duplicate-card', at });
        const result = expectWellFormed(input);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.errors.map((e) => [e.code, e.path])).toContainEqual([
          'duplicate-card-id',
          ['cards', deck.cards.length, 'id'],
        ]);
      }),
      { numRuns: 200 },
    );
  });

  it('a deleted required field is always an error', () => {
    const required = [
      'schemaVersion',
      'id',
      'version',
      'title',
      'languages',
      'defaultLanguage',
      'themes',
      'cards',
    ];
    fc.assert(
      fc.property(deckArb, fc.constantFrom(...required), (deck, key) => {
        const input = structuredClone(deck) as unknown as Json;
        Reflect.deleteProperty(input, key);
        expect(expectWellFormed(input).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
