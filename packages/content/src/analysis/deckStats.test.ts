import { describe, expect, it } from 'vitest';
import type { Card } from '@ontdek-doe/core/schema';
import { deckStats } from './deckStats.ts';
import { formatStats } from './formatStats.ts';
import { testCard, testDeck } from './testDeck.ts';

const families = ['wish', 'strength', 'doing', 'need', 'action', 'life-event'] as const;

/** Every family and depth in `myself`; `home` only has two light wish cards, one without English. */
function unevenDeck() {
  const cards: Card[] = families.map((family, i) =>
    testCard(`m${i}`, { family, depth: ((i % 3) + 1) as 1 | 2 | 3 }),
  );
  cards.push(
    testCard('h1', { theme: 'home', answer: { kind: 'faces' } }),
    testCard('h2', {
      theme: 'home',
      hints: [{ nl: 'Vraag door.' }],
      answer: {
        kind: 'choice',
        options: [
          { id: 'a', label: { nl: 'Ja', en: 'Yes' } },
          { id: 'b', label: { nl: 'Nee', en: 'No' } },
        ],
      },
    }),
  );
  return testDeck(cards);
}

describe('deckStats', () => {
  const stats = deckStats(unevenDeck());

  it('counts cards per family, theme, depth, answer kind and language', () => {
    expect(stats.cards).toBe(8);
    expect(stats.byFamily).toEqual({ wish: 3, strength: 1, doing: 1, need: 1, action: 1, 'life-event': 1 });
    expect(stats.byTheme).toEqual({ myself: 6, home: 2 });
    expect(stats.byDepth).toEqual({ 1: 4, 2: 2, 3: 2 });
    expect(stats.byAnswerKind).toEqual({ talk: 6, text: 0, faces: 1, choice: 1 });
    expect(stats.byLanguage).toEqual({ nl: 8, en: 7 });
    expect(stats.themeByDepth.home).toEqual({ 1: 2, 2: 0, 3: 0 });
    expect(stats.themeByFamily.home!.wish).toBe(2);
  });

  it('lists the gaps, warnings before information', () => {
    const codes = stats.gaps.map((g) => `${g.severity} ${g.code} ${Object.values(g.params).join(' ')}`);
    expect(codes).toEqual([
      'warning theme-missing-depth home 2',
      'warning theme-missing-depth home 3',
      'warning theme-few-cards home 2 3',
      'warning language-incomplete en 1',
      'info theme-missing-family home strength,doing,need,action,life-event 5',
    ]);
    const language = stats.gaps.find((g) => g.code === 'language-incomplete')!;
    expect(language.cardIds).toEqual(['h2']);
    expect(language.message.nl).toBe('1 kaart mist tekst in de taal en: h2.');
  });

  it('reports a family missing from the whole deck and a theme with no cards', () => {
    const deck = testDeck([testCard('a'), testCard('b'), testCard('c')]);
    const gaps = deckStats(deck).gaps;
    expect(gaps.filter((g) => g.code === 'family-missing').map((g) => g.params.family)).toEqual([
      'strength',
      'doing',
      'need',
      'action',
      'life-event',
    ]);
    expect(gaps.find((g) => g.params.theme === 'home')!.message.en).toBe('Theme Home has no cards.');
    // a family that is missing everywhere is not repeated for every theme
    expect(gaps.some((g) => g.code === 'theme-missing-family')).toBe(false);
  });

  it('reports nothing for a balanced deck', () => {
    const cards = ['myself', 'home'].flatMap((theme) =>
      families.flatMap((family) =>
        ([1, 2, 3] as const).map((depth) =>
          testCard(`${theme}-${family}-${depth}`, { theme, family, depth }),
        ),
      ),
    );
    expect(deckStats(testDeck(cards)).gaps).toEqual([]);
  });
});

describe('formatStats', () => {
  it('prints aligned tables and the gaps in Dutch', () => {
    const text = formatStats(deckStats(unevenDeck()), 'nl');
    expect(text).toContain('8 kaarten · talen: nl (standaard), en');
    expect(text).toMatch(/^Willen {8,}3 {2,}38%$/m);
    expect(text).toMatch(/^Wonen +2 +0 +0 +2$/m);
    expect(text).toMatch(/^Totaal +4 +2 +2 +8$/m);
    expect(text).toContain('  ✖ Thema Wonen heeft geen kaart met diepte 3.');
    expect(text).toContain(
      '  ℹ Thema Wonen heeft geen kaart van de soorten Kunnen, Doen, Nodig, Doe-opdracht en Gebeurtenis.',
    );
    // every line of a table is equally wide up to its last column
    const table = text.split('\n\n')[1]!.split('\n');
    expect(new Set(table.map((line) => line.length)).size).toBe(1);
  });

  it('prints English', () => {
    const text = formatStats(deckStats(unevenDeck()), 'en');
    expect(text).toContain('Statistics of "Proefspel" (test 1.0.0)');
    expect(text).toMatch(/^Life event +1 +13%$/m);
    expect(text).toMatch(/^en +7\/8 +88%$/m);
    expect(text).toContain('  ✖ Theme Home has only 2 cards (at least 3 is better).');
  });
});
