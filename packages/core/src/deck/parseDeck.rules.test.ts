import { describe, expect, it } from 'vitest';
import { sampleDeck } from '../testing/sampleDeck.ts';
import type { DeckIssue, IssuePath } from '../types.ts';
import { parseDeck, type ParseDeckOptions } from './parseDeck.ts';

type Json = Record<string | number, unknown>;

// The rule-by-rule tests of parseDeck: each asserts the code, the path and, for several, the exact
// English and Dutch messages. The input-level and format tests are in parseDeck.test.ts.

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
    const option = theIssue(
      edit([['cards', 21, 'answer', 'options', 1, 'label', 'nl'], undefined]),
      'missing-text',
    );
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
    expect(issue.message.en).toBe(
      'Card 1 (id "c01") has no English question text yet. The game shows the Dutch text instead.',
    );
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
    expect(en.message.en).toBe(
      'Card 1 (id "c01"): the English question text is empty. The game shows the Dutch text instead.',
    );
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
    expect(
      theIssue(edit([['cards', 21, 'answer', 'options', 0, 'label', 'en'], label]), 'text-too-long').params
        ?.max,
    ).toBe(80);
    expect(theIssue(edit([['title', 'en'], 'z'.repeat(121)]), 'text-too-long').params?.max).toBe(120);
    expect(
      theIssue(edit([['cards', 1, 'hints', 0, 'en'], 'h'.repeat(501)]), 'text-too-long').params?.max,
    ).toBe(500);
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
    expect(theIssue(edit([['title'], 'Spel']), 'wrong-type').params).toMatchObject({
      expected: 'record',
      received: 'string',
    });
  });
});

describe('parseDeck: languages', () => {
  it('the default language must be in the list', () => {
    const issue = theIssue(edit([['defaultLanguage'], 'ar']), 'default-language-not-listed');
    expect(issue.path).toEqual(['defaultLanguage']);
    expect(issue.message.en).toBe(
      'The default language, Arabic, is not in the deck\'s "languages" list. Add "ar" to that list.',
    );
    expect(issue.message.nl).toBe(
      'De standaardtaal (Arabisch) staat niet in de lijst "languages". Zet "ar" in die lijst.',
    );
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
    expect(issue.message.nl).toBe(
      'Kaart 5 heeft de id "c04". Kaart 4 heeft die id ook. Elke kaart moet een eigen id hebben.',
    );
  });

  it('reports duplicate theme ids', () => {
    const issue = theIssue(edit([['themes', 2, 'id'], 'myself']), 'duplicate-theme-id');
    expect(issue.path).toEqual(['themes', 2, 'id']);
    expect(issue.message.en).toBe(
      'Theme 3 has the id "myself", just like theme 1. Every theme needs its own id.',
    );
  });

  it('reports duplicate option ids within a choice card', () => {
    const issue = theIssue(
      edit([['cards', 21, 'answer', 'options', 2, 'id'], 'walk']),
      'duplicate-option-id',
    );
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

  it('does not check cards against a theme list with a broken theme', () => {
    expect(codes(edit([['themes', 1], 'contact']))).toEqual(['wrong-type']);
  });

  it.each([' c1', 'c1 ', '', 'x'.repeat(101)])('rejects the id %#', (id) => {
    expect(theIssue(edit([['cards', 0, 'id'], id]), 'invalid-id').path).toEqual(['cards', 0, 'id']);
  });
});

describe('parseDeck: content rules', () => {
  it('a deck needs cards and themes', () => {
    expect(theIssue(edit([['cards'], []]), 'no-cards').message.en).toBe(
      'The deck has no cards. Add at least one card.',
    );
    expect(codes(edit([['themes'], []]))).toEqual(['no-themes']);
  });

  it.each([0, 4, 2.5, '2', null])('rejects depth %j', (depth) => {
    const issue = theIssue(edit([['cards', 3, 'depth'], depth]), 'invalid-depth');
    expect(issue.path).toEqual(['cards', 3, 'depth']);
  });

  it('words invalid depth plainly', () => {
    const issue = theIssue(edit([['cards', 3, 'depth'], 2.5]), 'invalid-depth');
    expect(issue.message.en).toBe(
      'Card 4 (id "c04") has depth 2.5. The depth must be 1 (light), 2 or 3 (deep).',
    );
    expect(issue.message.nl).toBe(
      'Kaart 4 (id "c04") heeft diepte 2.5. De diepte moet 1 (licht), 2 of 3 (diep) zijn.',
    );
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
    const one = theIssue(
      edit([['cards', 21, 'answer', 'options'], options.options.slice(0, 1)]),
      'choice-needs-options',
    );
    expect(one.path).toEqual(['cards', 21, 'answer', 'options']);
    expect(one.message.en).toBe(
      'Card 22 (id "choice-1") is a choice card with only 1 option. A choice card needs at least 2 options.',
    );
    expect(one.message.nl).toBe(
      'Kaart 22 (id "choice-1") is een keuzekaart met maar 1 keuze. Een keuzekaart heeft minstens 2 keuzes nodig.',
    );
    expect(
      theIssue(edit([['cards', 21, 'answer', 'options'], []]), 'choice-needs-options').params?.count,
    ).toBe(0);
    const missing = edit([['cards', 21, 'answer', 'options'], undefined]);
    expect(codes(missing)).toEqual(['choice-needs-options']);
    expect(theIssue(missing, 'choice-needs-options').message.en).toBe(
      'Card 22 (id "choice-1") is a choice card without options. A choice card needs at least 2 options.',
    );
  });

  it('unknown answer kinds are errors unless a plugin adds them', () => {
    const input = edit([['cards', 7, 'answer'], { kind: 'paint:drawing', config: { colours: 3 } }]);
    const issue = theIssue(input, 'unknown-answer-kind');
    expect(issue.path).toEqual(['cards', 7, 'answer', 'kind']);
    expect(issue.message.en).toBe(
      'Card 8 (id "c08") has the answer kind "paint:drawing", which this game does not know. Known kinds: talk, text, faces, choice. A kind from a plugin only works when the host turns that plugin on.',
    );
    const result = parseDeck(input, { answerKinds: ['paint:drawing'] });
    expect(result.ok && result.deck.cards[7]!.answer).toEqual({
      kind: 'paint:drawing',
      config: { colours: 3 },
    });
    expect(theIssue(edit([['cards', 7, 'answer'], { kind: '' }]), 'unknown-answer-kind').path).toEqual([
      'cards',
      7,
      'answer',
      'kind',
    ]);
    expect(
      codes(edit([['cards', 7, 'answer'], { kind: 'paint:drawing', config: 3 }]), {
        answerKinds: ['paint:drawing'],
      }),
    ).toEqual(['wrong-type']);
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
    expect(parseDeck(edit([['themes', 0, 'colour'], '#AbC'], [['themes', 1, 'colour'], '#A0b1C2'])).ok).toBe(
      true,
    );
    expect(theIssue(edit([['themes', 0, 'colour'], 'red']), 'invalid-colour').message.nl).toBe(
      'Thema 1 (id "myself") heeft de kleur "red". Schrijf een kleur als # met 3 of 6 tekens (0–9, a–f), zoals #1b6e5a.',
    );
  });

  it.each([-1, 121, 12.5])('rejects minimum age %j for the deck and for a card', (age) => {
    expect(theIssue(edit([['minimumAge'], age]), 'age-out-of-range').path).toEqual(['minimumAge']);
    expect(theIssue(edit([['cards', 23, 'minimumAge'], age]), 'age-out-of-range').path).toEqual([
      'cards',
      23,
      'minimumAge',
    ]);
  });

  it('words the age problem plainly and accepts 0 and 120', () => {
    expect(theIssue(edit([['minimumAge'], 130]), 'age-out-of-range').message.en).toBe(
      'The deck has minimum age 130. Use a whole number from 0 to 120.',
    );
    expect(parseDeck(edit([['minimumAge'], 0], [['cards', 23, 'minimumAge'], 120])).ok).toBe(true);
  });

  it('checks the maximum length of a text answer', () => {
    const issue = theIssue(
      edit([['cards', 1, 'answer'], { kind: 'text', maxLength: 0 }]),
      'number-out-of-range',
    );
    expect(issue.path).toEqual(['cards', 1, 'answer', 'maxLength']);
    expect(issue.message.en).toBe(
      'Card 2 (id "c02"): "answer.maxLength" is 0. Use a whole number from 1 to 10000.',
    );
  });

  it('warns about unknown keys and suggests the likely key', () => {
    const typo = theIssue(edit([['cards', 8, 'promt'], { nl: 'x' }]), 'unknown-key');
    expect(typo).toMatchObject({
      severity: 'warning',
      path: ['cards', 8, 'promt'],
      params: { key: 'promt', suggestion: 'prompt' },
    });
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
