import { describe, expect, it } from 'vitest';
import { generateDeck } from '../testing/generateDeck.ts';
import { sampleDeck } from '../testing/sampleDeck.ts';
import type { DeckIssue, IssuePath } from '../types.ts';
import { parseDeck, type ParseDeckOptions } from './parseDeck.ts';

type Json = Record<string | number, unknown>;

/** A fresh copy of the sample deck with one value set (or removed, for `undefined`). */
function edit(...changes: [IssuePath, unknown][]): Json {
  const deck = structuredClone(sampleDeck) as unknown as Json;
  for (const [path, value] of changes) {
    let parent = deck;
    for (const segment of path.slice(0, -1)) parent = parent[segment] as Json;
    const last = path[path.length - 1]!;
    if (value === undefined) Reflect.deleteProperty(parent, last);
    else parent[last] = value;
  }
  return deck;
}

function allIssues(input: unknown, options?: ParseDeckOptions): DeckIssue[] {
  const result = parseDeck(input, options);
  return result.ok ? result.warnings : [...result.errors, ...result.warnings];
}

/** The one issue with this code; fails when there are none or several. */
function theIssue(input: unknown, code: string, options?: ParseDeckOptions): DeckIssue {
  const found = allIssues(input, options).filter((issue) => issue.code === code);
  expect(found, `issues with code ${code}`).toHaveLength(1);
  return found[0]!;
}

const codes = (input: unknown, options?: ParseDeckOptions) =>
  allIssues(input, options).map((issue) => issue.code);

describe('parseDeck: valid decks', () => {
  it('accepts the sample deck with no errors and no warnings, and returns it unchanged', () => {
    const result = parseDeck(sampleDeck);
    expect(result).toEqual({ ok: true, deck: sampleDeck, warnings: [] });
  });

  it('accepts the same deck as JSON text, with or without a byte order mark', () => {
    const text = JSON.stringify(sampleDeck);
    expect(parseDeck(text)).toEqual({ ok: true, deck: sampleDeck, warnings: [] });
    expect(parseDeck(`\ufeff${text}`).ok).toBe(true);
  });

  it('accepts generated decks of several sizes without warnings', () => {
    for (const [count, seed] of [
      [1, 1],
      [60, 2],
      [500, 3],
    ] as const) {
      const result = parseDeck(generateDeck(count, seed));
      expect(result.ok && result.warnings).toEqual([]);
    }
  });

  it('drops unknown keys and $schema from the returned deck', () => {
    const result = parseDeck({ ...edit([['cards', 0, 'note'], 'x']), $schema: './deck.schema.json' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.deck).toEqual(sampleDeck);
    expect(result.warnings.map((w) => w.code)).toEqual(['unknown-key']);
  });

  it('does not change the input', () => {
    const input = edit([['cards', 0, 'note'], 'x']);
    const before = structuredClone(input);
    parseDeck(input);
    expect(input).toEqual(before);
  });
});

describe('parseDeck: the input as a whole', () => {
  it('reports text that is not JSON, with the position', () => {
    const issue = theIssue('{"id": 1,}', 'invalid-json');
    expect(issue.path).toEqual([]);
    expect(issue.params?.position).toBeTypeOf('number');
    expect(issue.message.en).toMatch(
      /^This text is not valid JSON \(near character \d+\)\. Check the commas/,
    );
  });

  it.each([
    ['null', null, 'null'],
    ['a number', 42, 'number'],
    ['a list of decks', [sampleDeck], 'array'],
    ['JSON text of a string', '"deck"', 'string'],
    ['undefined', undefined, 'undefined'],
  ])('reports %s as not a deck', (_label, input, received) => {
    const issue = theIssue(input, 'not-a-deck');
    expect(issue.params?.received).toBe(received);
  });

  it('words not-a-deck plainly', () => {
    const issue = theIssue([], 'not-a-deck');
    expect(issue.message.en).toBe(
      'This is not a deck: it is a list [ … ]. A deck is a group of fields { … } with "id", "themes", "cards" and more.',
    );
    expect(issue.message.nl).toBe(
      'Dit is geen kaartenset: het is een lijst [ … ]. Een kaartenset is een groep velden { … } met "id", "themes", "cards" en meer.',
    );
  });

  it('reports an unknown schema version, naming the versions it reads', () => {
    const issue = theIssue(edit([['schemaVersion'], 3]), 'unsupported-schema-version');
    expect(issue.path).toEqual(['schemaVersion']);
    expect(issue.message.en).toBe(
      'This deck has format version 3, which this version of the game cannot read. It can read versions 1, 2. Update the game, or check "schemaVersion".',
    );
    expect(issue.message.nl).toBe(
      'Deze kaartenset heeft formaatversie 3. Deze versie van het spel kan die niet lezen. Het spel kan deze versies lezen: 1, 2. Werk het spel bij, of kijk "schemaVersion" na.',
    );
    expect(codes(edit([['schemaVersion'], '2']))).toEqual(['unsupported-schema-version']);
  });

  it('reports a missing schema version and still checks the rest', () => {
    expect(codes(edit([['schemaVersion'], undefined], [['cards', 0, 'depth'], 7]))).toEqual([
      'missing-field',
      'invalid-depth',
    ]);
  });

  it('refuses more than 20,000 cards', () => {
    const card = sampleDeck.cards[0]!;
    const input = {
      ...sampleDeck,
      cards: Array.from({ length: 20_001 }, (_, i) => ({ ...card, id: `c${i}` })),
    };
    const issue = theIssue(input, 'too-many-cards');
    expect(issue.path).toEqual(['cards']);
    expect(issue.params).toMatchObject({ count: 20_001, max: 20_000 });
    expect(issue.message.en).toBe(
      'The deck has 20001 cards. The most allowed is 20000; split it into smaller decks.',
    );
  });

  it('refuses other lists past the limit without reading them all', () => {
    const hints = new Array(1e9);
    const start = performance.now();
    const issue = theIssue(edit([['cards', 2, 'hints'], hints]), 'too-many-items');
    expect(performance.now() - start).toBeLessThan(2_000);
    expect(issue.path).toEqual(['cards', 2, 'hints']);
  });

  it('lists at most 1000 problems per severity and counts the rest', () => {
    const deck = generateDeck(1_000, 9);
    const result = parseDeck({ ...deck, languages: ['nl', 'en'] }); // every Arabic text is now unlisted
    expect(result.ok).toBe(true);
    const last = result.warnings.at(-1)!;
    expect(result.warnings).toHaveLength(1_001);
    expect(last.code).toBe('more-issues');
    expect(last.message.en).toMatch(/^…and \d+ more warnings that are not listed here\.$/);
  });

  it('lists problems in the order of the deck', () => {
    const issues = allIssues(
      edit([['cards', 5, 'depth'], 9], [['cards', 1, 'depth'], 9], [['minimumAge'], -1]),
    );
    expect(issues.map((i) => i.path)).toEqual([['minimumAge'], ['cards', 1, 'depth'], ['cards', 5, 'depth']]);
  });
});

describe('parseDeck: never throws', () => {
  it('reports a loop in the data where it closes', () => {
    const deck = edit();
    (deck.cards as Json[])[3]!.self = deck.cards;
    const issue = theIssue(deck, 'cyclic-reference');
    expect(issue.path).toEqual(['cards', 3, 'self']);
    expect(issue.message.en).toBe(
      'Card 4 (id "c04"): "self" refers back to itself, in a loop. A deck must be plain data, as in a JSON file.',
    );
  });

  it('reports getters that throw and proxies that cannot be read', () => {
    const deck = edit();
    Object.defineProperty(deck.cards as Json[], 2, {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    deck.title = revoked.proxy;
    const result = parseDeck(deck);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.path])).toEqual([
      ['unreadable-value', ['title']],
      ['unreadable-value', ['cards', 2]],
    ]);
  });

  it('survives a throwing proxy as the whole input', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
        get() {
          throw new Error('no values');
        },
      },
    );
    expect(codes(hostile)).toEqual(['unreadable-value']);
  });

  it('treats a __proto__ key as an unknown key and never changes prototypes', () => {
    const text = JSON.stringify(sampleDeck).replace('{', '{"__proto__":{"polluted":true},');
    const result = parseDeck(text);
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings.map((w) => [w.code, w.path])).toEqual([
      ['unknown-key', ['__proto__']],
    ]);
    expect(({} as Json).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.ok && result.deck)).toBe(Object.prototype);
  });

  it('reports functions, symbols and big integers', () => {
    const input = edit([['id'], () => 'x'], [['version'], 10n], [['cards', 0, 'theme'], Symbol('t')]);
    expect(allIssues(input).map((i) => [i.code, i.path, i.params?.type])).toEqual([
      ['unsupported-value', ['id'], 'function'],
      ['unsupported-value', ['version'], 'bigint'],
      ['unsupported-value', ['cards', 0, 'theme'], 'symbol'],
    ]);
  });

  it('refuses nesting deeper than 32 levels', () => {
    let config: Json = {};
    const root = config;
    for (let i = 0; i < 100_000; i++) config = config.next = {};
    const issue = theIssue(edit([['cards', 0, 'answer'], { kind: 'drawing', config: root }]), 'too-deep', {
      answerKinds: ['drawing'],
    });
    expect(issue.path).toHaveLength(32);
  });

  it('refuses data with too many values (a shared-reference bomb)', () => {
    let node: unknown = 'x';
    for (let i = 0; i < 24; i++) node = [node, node];
    expect(codes(edit([['cards', 0, 'tags'], node]))).toEqual(['too-large']);
  });

  it('stops after 1000 unreadable places and keeps what it found', () => {
    let node: unknown = 'x';
    for (let i = 0; i < 40; i++) node = [node, node];
    const start = performance.now();
    const issues = allIssues(edit([['cards', 0, 'tags'], node]));
    expect(performance.now() - start).toBeLessThan(2_000);
    expect(issues).toHaveLength(1_000);
    expect(new Set(issues.map((i) => i.code))).toEqual(new Set(['too-deep']));
  });
});

describe('parseDeck: older formats', () => {
  /** The sample deck written in the version-1 format. */
  function sampleV1(): Json {
    const deck = structuredClone(sampleDeck) as unknown as Json;
    deck.schemaVersion = 1;
    deck.themes = (deck.themes as Json[]).map(({ colour, ...theme }) => ({ ...theme, color: colour }));
    deck.cards = (deck.cards as Json[]).map(({ depth, prompt, answer, ...card }) => {
      const { kind, options } = answer as Json; // version 1 had no `multiple`
      return { ...card, level: depth, question: prompt, type: kind, ...(options ? { options } : {}) };
    });
    return deck;
  }

  it('migrates a version-1 deck and asks to save it again', () => {
    const result = parseDeck(sampleV1());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const expected = structuredClone(sampleDeck);
    delete (expected.cards[21]!.answer as { multiple?: boolean }).multiple;
    expect(result.deck).toEqual(expected);
    expect(result.warnings).toHaveLength(1);
    const [warning] = result.warnings;
    expect(warning).toMatchObject({ code: 'deck-migrated', severity: 'warning', path: ['schemaVersion'] });
    expect(warning!.message.en).toBe(
      'This deck uses an older format (version 1). It still works, but save it again to update it to version 2.',
    );
    expect(warning!.message.nl).toBe(
      'Deze kaartenset gebruikt een ouder formaat (versie 1). Hij werkt nog. Sla hem opnieuw op om hem bij te werken naar versie 2.',
    );
  });

  it('points problems in a version-1 deck at the places as written', () => {
    const deck = sampleV1();
    const cards = deck.cards as Json[];
    delete (cards[12]!.question as Json).nl;
    cards[3]!.level = 5;
    cards[21]!.options = [];
    delete cards[4]!.type;
    (deck.themes as Json[])[0]!.color = 'red';
    const result = parseDeck(deck);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.path])).toEqual([
      ['invalid-colour', ['themes', 0, 'color']],
      ['invalid-depth', ['cards', 3, 'level']],
      ['missing-field', ['cards', 4, 'type']],
      ['missing-text', ['cards', 12, 'question', 'nl']],
      ['choice-needs-options', ['cards', 21, 'options']],
    ]);
    expect(result.errors[2]!.message.en).toBe('Card 5 (id "c05") has no "type". This field is required.');
  });
});
