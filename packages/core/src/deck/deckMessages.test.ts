import { describe, expect, it } from 'vitest';
import { DECK_ISSUE_CODES } from './deckIssueCodes.ts';
import { deckMessages, describeIssue, languageName } from './deckMessages.ts';

const fullParams = {
  card: 3,
  cardId: 'c03',
  field: 'prompt.nl',
  key: 'promt',
  suggestion: 'prompt',
  text: 'prompt',
  language: 'en',
  defaultLanguage: 'nl',
  expected: 'string',
  received: 'number',
  value: '"x"',
  count: 2,
  max: 5,
  min: 1,
  length: 9,
  firstCard: 1,
  firstTheme: 1,
  firstOption: 1,
  option: 2,
  optionId: 'walk',
  themeRef: 'nope',
  themes: '"a"',
  families: 'wish',
  kinds: 'talk',
  supported: '1, 2',
  from: 1,
  to: 2,
  position: 4,
  type: 'function',
  severity: 'error',
  item: 1,
};

describe('deckMessages', () => {
  it.each(DECK_ISSUE_CODES)('has a Dutch and an English message for %s', (code) => {
    for (const language of ['nl', 'en'] as const) {
      const write = deckMessages[language][code];
      for (const params of [{}, fullParams]) {
        const message = write(params);
        expect(message.length).toBeGreaterThan(10);
        expect(message).not.toMatch(/undefined|NaN|\[object/);
        expect(message).toMatch(/[.?!]$/);
      }
    }
  });

  it('writes Dutch and English differently (no untranslated message)', () => {
    for (const code of DECK_ISSUE_CODES) {
      expect(deckMessages.nl[code](fullParams), code).not.toBe(deckMessages.en[code](fullParams));
    }
  });

  it('describes an issue from its code and params', () => {
    const issue = {
      code: 'missing-text',
      params: { card: 13, cardId: 'c13', text: 'prompt', language: 'nl' },
    };
    expect(describeIssue(issue, 'en')).toBe('Card 13 (id "c13") has no Dutch question text.');
    expect(describeIssue(issue, 'nl')).toBe('Kaart 13 (id "c13") heeft geen Nederlandse vraag.');
    expect(describeIssue({ code: 'no-such-code' }, 'en')).toBe('no-such-code');
    expect(describeIssue({ code: 'toString' }, 'en')).toBe('toString');
  });

  it('names languages in words where it knows them', () => {
    expect(languageName('nl', 'en')).toBe('Dutch');
    expect(languageName('nl', 'nl')).toBe('Nederlands');
    expect(languageName('uk', 'nl')).toBe('Oekraïens');
    expect(languageName('tr', 'en')).toBe('Turkish');
    expect(languageName('so', 'en')).toBe('so');
    expect(languageName('constructor', 'en')).toBe('constructor');
  });
});
