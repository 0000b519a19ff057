import { describe, expect, it } from 'vitest';
import { sampleDeck } from '../testing/sampleDeck.ts';
import { formatDeckIssues, formatIssuePath } from './formatDeckIssues.ts';
import { parseDeck } from './parseDeck.ts';

describe('formatIssuePath', () => {
  it.each([
    [['cards', 3, 'prompt', 'nl'], 'cards[3].prompt.nl'],
    [['cards', 0, 'prompt', 'pt-BR'], 'cards[0].prompt.pt-BR'],
    [['cards', 0, 'my key'], 'cards[0]["my key"]'],
    [['languages', 2], 'languages[2]'],
    [[3, 'x'], '[3].x'],
    [['', '"'], '[""]["\\""]'],
    [[], ''],
  ])('%j → %s', (path, text) => {
    expect(formatIssuePath(path)).toBe(text);
  });
});

describe('formatDeckIssues', () => {
  it('prints each problem with its mark, message and place', () => {
    const deck = structuredClone(sampleDeck);
    delete (deck.cards[12]!.prompt as Record<string, string>).nl;
    delete (deck.cards[0]!.prompt as Record<string, string>).en;
    const result = parseDeck(deck);
    if (result.ok) throw new Error('expected errors');
    const issues = [...result.errors, ...result.warnings];
    expect(formatDeckIssues(issues, 'en')).toBe(
      [
        '✖ Card 13 (id "c13") has no Dutch question text.',
        '  → at cards[12].prompt.nl',
        '⚠ Card 1 (id "c01") has no English question text yet. The game shows the Dutch text instead.',
        '  → at cards[0].prompt.en',
      ].join('\n'),
    );
    expect(formatDeckIssues(issues, 'nl')).toBe(
      [
        '✖ Kaart 13 (id "c13") heeft geen Nederlandse vraag.',
        '  → bij cards[12].prompt.nl',
        '⚠ Kaart 1 (id "c01") heeft nog geen Engelse vraag. Het spel laat dan de Nederlandse tekst zien.',
        '  → bij cards[0].prompt.en',
      ].join('\n'),
    );
  });

  it('names the whole deck for the empty path, and prints nothing for no problems', () => {
    const result = parseDeck('not json');
    if (result.ok) throw new Error('expected errors');
    expect(formatDeckIssues(result.errors, 'en')).toMatch(
      /^✖ This text is not valid JSON.*\n {2}→ at \(the whole deck\)$/,
    );
    expect(formatDeckIssues(result.errors, 'nl')).toMatch(/\n {2}→ bij \(de hele kaartenset\)$/);
    expect(formatDeckIssues([], 'en')).toBe('');
  });
});
