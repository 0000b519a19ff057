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
    if (value === undefined) delete parent[last];
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

const codes = (input: unknown, options?: ParseDeckOptions) => allIssues(input, options).map((issue) => issue.code);

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
    for (const [count, seed] of [[1, 1], [60, 2], [500, 3]] as const) {
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
    expect(issue.message.en).toMatch(/^This text is not valid JSON \(near character \d+\)\. Check the commas/);
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
    const input = { ...sampleDeck, cards: Array.from({ length: 20_001 }, (_, i) => ({ ...card, id: `c${i}` })) };
    const issue = theIssue(input, 'too-many-cards');
    expect(issue.path).toEqual(['cards']);
    expect(issue.params).toMatchObject({ count: 20_001, max: 20_000 });
    expect(issue.message.en).toBe('The deck has 20001 cards. The most allowed is 20000; split it into smaller decks.');
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
    const issues = allIssues(edit([['cards', 5, 'depth'], 9], [['cards', 1, 'depth'], 9], [['minimumAge'], -1]));
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
    expect(result.ok && result.warnings.map((w) => [w.code, w.path])).toEqual([['unknown-key', ['__proto__']]]);
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

describe('parseDeck: texts', () => {
  it('missing default-language text is an error', () => {
    const input = edit([['cards', 12, 'prompt', 'nl'], undefined]);
    const issue = theIssue(input, 'missing-text');
    expect(parseDeck(input).ok).toBe(false);
    expect(issue).toMatchObject({ severity: 'error', path: ['cards', 12, 'prompt', 'nl'] });
    expect(issue.message.en).toBe('Card 13 (id "c13") has no Dutch question text.');
    expect(issue.message.nl).toBe('Kaart 13 (id "c13") heeft geen Nederlandse vraag.');
  });

  it('names the field and the place in words for other texts', () => {
    const option = theIssue(edit([['cards', 21, 'answer', 'options', 1, 'label', 'nl'], undefined]), 'missing-text');
    expect(option.message.en).toBe('Card 22 (id "choice-1") has no Dutch label for option "cook".');
    expect(option.message.nl).toBe('Kaart 22 (id "choice-1") heeft geen Nederlandse tekst bij keuze "cook".');
    const theme = theIssue(edit([['themes', 1, 'title', 'nl'], undefined]), 'missing-text');
    expect(theme.message.en).toBe('Theme 2 (id "contact") has no Dutch name.');
    expect(theme.message.nl).toBe('Thema 2 (id "contact") heeft geen Nederlandse naam.');
    const hint = theIssue(edit([['cards', 1, 'hints', 0, 'nl'], undefined]), 'missing-text');
    expect(hint.message.en).toBe('Card 2 (id "c02") has no Dutch text for leader hint 1.');
    const deckTitle = theIssue(edit([['title', 'nl'], undefined]), 'missing-text');
    expect(deckTitle.message.nl).toBe('De kaartenset heeft geen Nederlandse titel.');
  });

  it('missing translation is a warning that names the fallback', () => {
    const result = parseDeck(edit([['cards', 0, 'prompt', 'en'], undefined]));
    expect(result.ok).toBe(true);
    const issue = theIssue(edit([['cards', 0, 'prompt', 'en'], undefined]), 'missing-translation');
    expect(issue).toMatchObject({ severity: 'warning', path: ['cards', 0, 'prompt', 'en'] });
    expect(issue.message.en).toBe('Card 1 (id "c01") has no English question text yet. The game shows the Dutch text instead.');
    expect(issue.message.nl).toBe(
      'Kaart 1 (id "c01") heeft nog geen Engelse vraag. Het spel laat dan de Nederlandse tekst zien.',
    );
  });

  it('names languages it does not know by their code', () => {
    const deck = edit([['languages'], ['nl', 'en', 'so']]);
    const issues = allIssues(deck).filter((i) => i.path.join('/') === 'cards/0/prompt/so');
    expect(issues[0]?.message.en).toBe(
      'Card 1 (id "c01") has no question text in language "so" yet. The game shows the Dutch text instead.',
    );
    expect(issues[0]?.message.nl).toBe(
      'Kaart 1 (id "c01") heeft nog geen vraag in taal "so". Het spel laat dan de Nederlandse tekst zien.',
    );
  });

  it('blank text is an error in the default language and a warning in others', () => {
    const nl = theIssue(edit([['cards', 0, 'prompt', 'nl'], '   ']), 'empty-text');
    expect(nl).toMatchObject({ severity: 'error', path: ['cards', 0, 'prompt', 'nl'] });
    expect(nl.message.en).toBe('Card 1 (id "c01"): the Dutch question text is empty.');
    expect(nl.message.nl).toBe('Kaart 1 (id "c01"): de Nederlandse vraag is leeg.');
    const en = theIssue(edit([['cards', 0, 'prompt', 'en'], '']), 'empty-text');
    expect(en.severity).toBe('warning');
    expect(en.message.en).toBe('Card 1 (id "c01"): the English question text is empty. The game shows the Dutch text instead.');
    expect(theIssue(edit([['themes', 0, 'icon'], ' ']), 'empty-text').path).toEqual(['themes', 0, 'icon']);
    expect(theIssue(edit([['version'], '']), 'empty-text').path).toEqual(['version']);
  });

  it('texts past their limit are errors; at the limit they are fine', () => {
    expect(parseDeck(edit([['cards', 0, 'prompt', 'nl'], 'x'.repeat(300)])).ok).toBe(true);
    const issue = theIssue(edit([['cards', 0, 'prompt', 'nl'], 'x'.repeat(301)]), 'text-too-long');
    expect(issue.params).toMatchObject({ length: 301, max: 300 });
    expect(issue.message.en).toBe(
      'Card 1 (id "c01"): the Dutch question text is 301 characters long. The limit is 300; make it shorter.',
    );
    expect(issue.message.nl).toBe(
      'Kaart 1 (id "c01"): de Nederlandse vraag is 301 tekens lang. Het maximum is 300. Maak de tekst korter.',
    );
    const label = 'y'.repeat(81);
    expect(theIssue(edit([['cards', 21, 'answer', 'options', 0, 'label', 'en'], label]), 'text-too-long').params?.max).toBe(80);
    expect(theIssue(edit([['title', 'en'], 'z'.repeat(121)]), 'text-too-long').params?.max).toBe(120);
    expect(theIssue(edit([['cards', 1, 'hints', 0, 'en'], 'h'.repeat(501)]), 'text-too-long').params?.max).toBe(500);
  });

  it('warns about a text in a language the deck does not list', () => {
    const issue = theIssue(edit([['cards', 0, 'prompt', 'de'], 'Frage?']), 'unlisted-language');
    expect(issue).toMatchObject({ severity: 'warning', path: ['cards', 0, 'prompt', 'de'] });
  });

  it('reports a text value of the wrong type', () => {
    const issue = theIssue(edit([['cards', 11, 'prompt', 'nl'], 5]), 'wrong-type');
    expect(issue.path).toEqual(['cards', 11, 'prompt', 'nl']);
    expect(issue.message.en).toBe('Card 12 (id "c12"): "prompt.nl" should be text, but it is a number.');
    expect(issue.message.nl).toBe('Kaart 12 (id "c12"): "prompt.nl" moet tekst zijn, maar het is een getal.');
    expect(theIssue(edit([['title'], 'Spel']), 'wrong-type').params).toMatchObject({ expected: 'record', received: 'string' });
  });
});

describe('parseDeck: languages', () => {
  it('the default language must be in the list', () => {
    const issue = theIssue(edit([['defaultLanguage'], 'ar']), 'default-language-not-listed');
    expect(issue.path).toEqual(['defaultLanguage']);
    expect(issue.message.en).toBe('The default language, Arabic, is not in the deck\'s "languages" list. Add "ar" to that list.');
    expect(issue.message.nl).toBe('De standaardtaal (Arabisch) staat niet in de lijst "languages". Zet "ar" in die lijst.');
  });

  it.each(['EN', 'english', 'nl_NL', '', 'n'])('rejects %j as a language code', (code) => {
    const issue = theIssue(edit([['languages'], ['nl', 'en', code]]), 'invalid-language-code');
    expect(issue.path).toEqual(['languages', 2]);
  });

  it.each(['pt-BR', 'zh-Hans', 'es-419', 'sr-Latn-RS', 'ast'])('accepts %j as a language code', (code) => {
    expect(codes(edit([['languages'], ['nl', 'en', code]])).includes('invalid-language-code')).toBe(false);
  });

  it('warns about a language listed twice', () => {
    const issue = theIssue(edit([['languages'], ['nl', 'en', 'nl']]), 'duplicate-language');
    expect(issue).toMatchObject({ severity: 'warning', path: ['languages', 2] });
    expect(issue.message.en).toBe('Dutch ("nl") is in the "languages" list more than once.');
    expect(issue.message.nl).toBe('Nederlands ("nl") staat meer dan één keer in de lijst "languages".');
  });
});

describe('parseDeck: ids and references', () => {
  it('reports duplicate card ids at the second card', () => {
    const issue = theIssue(edit([['cards', 4, 'id'], 'c04']), 'duplicate-card-id');
    expect(issue.path).toEqual(['cards', 4, 'id']);
    expect(issue.message.en).toBe('Card 5 has the id "c04", just like card 4. Every card needs its own id.');
    expect(issue.message.nl).toBe('Kaart 5 heeft de id "c04". Kaart 4 heeft die id ook. Elke kaart moet een eigen id hebben.');
  });

  it('reports duplicate theme ids', () => {
    const issue = theIssue(edit([['themes', 2, 'id'], 'myself']), 'duplicate-theme-id');
    expect(issue.path).toEqual(['themes', 2, 'id']);
    expect(issue.message.en).toBe('Theme 3 has the id "myself", just like theme 1. Every theme needs its own id.');
  });

  it('reports duplicate option ids within a choice card', () => {
    const issue = theIssue(edit([['cards', 21, 'answer', 'options', 2, 'id'], 'walk']), 'duplicate-option-id');
    expect(issue.path).toEqual(['cards', 21, 'answer', 'options', 2, 'id']);
    expect(issue.message.en).toBe(
      'Card 22 (id "choice-1"): option 3 has the id "walk", just like option 1. Every option on a card needs its own id.',
    );
  });

  it('reports a card that points to an unknown theme', () => {
    const issue = theIssue(edit([['cards', 10, 'theme'], 'nope']), 'unknown-theme');
    expect(issue.path).toEqual(['cards', 10, 'theme']);
    expect(issue.message.en).toBe(
      'Card 11 (id "c11") uses the theme "nope", but the deck has no theme with that id. The themes are: "myself", "contact", "home".',
    );
    expect(issue.message.nl).toBe(
      'Kaart 11 (id "c11") gebruikt het thema "nope", maar dat thema staat niet in de kaartenset. De thema\'s zijn: "myself", "contact", "home".',
    );
  });

  it.each([' c1', 'c1 ', '', 'x'.repeat(101)])('rejects the id %#', (id) => {
    expect(theIssue(edit([['cards', 0, 'id'], id]), 'invalid-id').path).toEqual(['cards', 0, 'id']);
  });
});

describe('parseDeck: content rules', () => {
  it('a deck needs cards and themes', () => {
    expect(theIssue(edit([['cards'], []]), 'no-cards').message.en).toBe('The deck has no cards. Add at least one card.');
    expect(codes(edit([['themes'], []]))).toEqual(['no-themes']);
  });

  it.each([0, 4, 2.5, '2', null])('rejects depth %j', (depth) => {
    const issue = theIssue(edit([['cards', 3, 'depth'], depth]), 'invalid-depth');
    expect(issue.path).toEqual(['cards', 3, 'depth']);
  });

  it('words invalid depth plainly', () => {
    const issue = theIssue(edit([['cards', 3, 'depth'], 2.5]), 'invalid-depth');
    expect(issue.message.en).toBe('Card 4 (id "c04") has depth 2.5. The depth must be 1 (light), 2 or 3 (deep).');
    expect(issue.message.nl).toBe('Kaart 4 (id "c04") heeft diepte 2.5. De diepte moet 1 (licht), 2 of 3 (diep) zijn.');
  });

  it('reports a missing required field once', () => {
    const issue = theIssue(edit([['cards', 9, 'family'], undefined]), 'missing-field');
    expect(issue.path).toEqual(['cards', 9, 'family']);
    expect(issue.message.en).toBe('Card 10 (id "c10") has no "family". This field is required.');
    expect(issue.message.nl).toBe('Kaart 10 (id "c10") heeft geen "family". Dit veld is verplicht.');
    expect(codes(edit([['cards', 9, 'family'], undefined]))).toEqual(['missing-field']);
  });

  it('reports an unknown family', () => {
    expect(theIssue(edit([['cards', 0, 'family'], 'wishes']), 'unknown-family').message.en).toBe(
      'Card 1 (id "c01") has the family "wishes", which does not exist. Use one of: wish, strength, doing, need, action, life-event.',
    );
  });

  it('a choice card needs at least two options', () => {
    const options = sampleDeck.cards[21]!.answer as { options: unknown[] };
    const one = theIssue(edit([['cards', 21, 'answer', 'options'], options.options.slice(0, 1)]), 'choice-needs-options');
    expect(one.path).toEqual(['cards', 21, 'answer', 'options']);
    expect(one.message.en).toBe(
      'Card 22 (id "choice-1") is a choice card with only 1 option. A choice card needs at least 2 options.',
    );
    expect(one.message.nl).toBe('Kaart 22 (id "choice-1") is een keuzekaart met maar 1 keuze. Een keuzekaart heeft minstens 2 keuzes nodig.');
    expect(theIssue(edit([['cards', 21, 'answer', 'options'], []]), 'choice-needs-options').params?.count).toBe(0);
    const missing = edit([['cards', 21, 'answer', 'options'], undefined]);
    expect(codes(missing)).toEqual(['choice-needs-options']);
    expect(theIssue(missing, 'choice-needs-options').message.en).toBe(
      'Card 22 (id "choice-1") is a choice card without options. A choice card needs at least 2 options.',
    );
  });

  it('unknown answer kinds are errors unless a plugin adds them', () => {
    const input = edit([['cards', 7, 'answer'], { kind: 'drawing', config: { colours: 3 } }]);
    const issue = theIssue(input, 'unknown-answer-kind');
    expect(issue.path).toEqual(['cards', 7, 'answer', 'kind']);
    expect(issue.message.en).toBe(
      'Card 8 (id "c08") has the answer kind "drawing", which this game does not know. Known kinds: talk, text, faces, choice. A kind from a plugin only works when the host turns that plugin on.',
    );
    const result = parseDeck(input, { answerKinds: ['drawing'] });
    expect(result.ok && result.deck.cards[7]!.answer).toEqual({ kind: 'drawing', config: { colours: 3 } });
    expect(theIssue(edit([['cards', 7, 'answer'], { kind: '' }]), 'unknown-answer-kind').path).toEqual(['cards', 7, 'answer', 'kind']);
    expect(codes(edit([['cards', 7, 'answer'], { kind: 'drawing', config: 3 }]), { answerKinds: ['drawing'] })).toEqual(['wrong-type']);
  });

  it('warns about fields a built-in answer kind does not have', () => {
    const issue = theIssue(edit([['cards', 0, 'answer'], { kind: 'talk', options: [] }]), 'unknown-key');
    expect(issue.path).toEqual(['cards', 0, 'answer', 'options']);
  });

  it.each(['red', '#12345', '#abcd', '1b6e5a', '#ggg'])('rejects the colour %j', (colour) => {
    const issue = theIssue(edit([['themes', 0, 'colour'], colour]), 'invalid-colour');
    expect(issue.path).toEqual(['themes', 0, 'colour']);
  });

  it('accepts #rgb and #rrggbb in either case', () => {
    expect(parseDeck(edit([['themes', 0, 'colour'], '#AbC'], [['themes', 1, 'colour'], '#A0b1C2'])).ok).toBe(true);
    expect(theIssue(edit([['themes', 0, 'colour'], 'red']), 'invalid-colour').message.nl).toBe(
      'Thema 1 (id "myself") heeft de kleur "red". Schrijf een kleur als # met 3 of 6 tekens (0–9, a–f), zoals #1b6e5a.',
    );
  });

  it.each([-1, 121, 12.5])('rejects minimum age %j for the deck and for a card', (age) => {
    expect(theIssue(edit([['minimumAge'], age]), 'age-out-of-range').path).toEqual(['minimumAge']);
    expect(theIssue(edit([['cards', 23, 'minimumAge'], age]), 'age-out-of-range').path).toEqual(['cards', 23, 'minimumAge']);
  });

  it('words the age problem plainly and accepts 0 and 120', () => {
    expect(theIssue(edit([['minimumAge'], 130]), 'age-out-of-range').message.en).toBe(
      'The deck has minimum age 130. Use a whole number from 0 to 120.',
    );
    expect(parseDeck(edit([['minimumAge'], 0], [['cards', 23, 'minimumAge'], 120])).ok).toBe(true);
  });

  it('checks the maximum length of a text answer', () => {
    const issue = theIssue(edit([['cards', 1, 'answer'], { kind: 'text', maxLength: 0 }]), 'number-out-of-range');
    expect(issue.path).toEqual(['cards', 1, 'answer', 'maxLength']);
    expect(issue.message.en).toBe('Card 2 (id "c02"): "answer.maxLength" is 0. Use a whole number from 1 to 10000.');
  });

  it('warns about unknown keys and suggests the likely key', () => {
    const typo = theIssue(edit([['cards', 8, 'promt'], { nl: 'x' }]), 'unknown-key');
    expect(typo).toMatchObject({ severity: 'warning', path: ['cards', 8, 'promt'], params: { key: 'promt', suggestion: 'prompt' } });
    expect(typo.message.en).toBe(
      'Card 9 (id "c09") has a field "promt" that the game does not know. Is it a typo? Did you mean "prompt"?',
    );
    expect(typo.message.nl).toBe(
      'Kaart 9 (id "c09") heeft een veld "promt" dat het spel niet kent. Is het een tikfout? Bedoel je "prompt"?',
    );
    expect(theIssue(edit([['themes', 0, 'color'], '#fff']), 'unknown-key').params?.suggestion).toBe('colour');
    expect(theIssue(edit([['author'], 'me']), 'unknown-key').params?.suggestion).toBeUndefined();
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
