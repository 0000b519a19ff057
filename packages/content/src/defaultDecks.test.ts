/**
 * The decks this package ships, held to what the issue promises trainers and game leaders:
 * they load without a single problem, every text is translated into English and up to date,
 * every Dutch text reads at B1, and each deck has the size and spread it was made for.
 */
import { join } from 'node:path';
import { CARD_FAMILIES, type Deck } from '@ontdek-doe/core/schema';
import { describe, expect, it } from 'vitest';
import { checkReadability } from './analysis/index.ts';
import { readIconNames } from './source/iconSet.ts';
import { loadDeckFolder } from './source/loadDeckFolder.ts';
import { decksDir } from './source/packagePaths.ts';
import { translationStatus } from './source/translationStatus.ts';

function load(id: string): Deck {
  const loaded = loadDeckFolder(join(decksDir(), id));
  expect(loaded.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message.en}`)).toEqual([]);
  expect(loaded.deck).toBeDefined();
  const status = translationStatus({ ...loaded, deck: loaded.deck! });
  expect(status.languages.map((l) => [l.language, l.missing.length, l.outdated.length])).toEqual([
    ['en', 0, 0],
  ]);
  const readability = checkReadability(loaded.deck!);
  expect(
    readability.cards.map((c) => `${c.cardId} ${c.field}: ${c.flags.map((f) => f.message.en).join('; ')}`),
  ).toEqual([]);
  expect(readability.passed).toBe(true);
  return loaded.deck!;
}

const count = <T>(items: T[], key: (t: T) => string) =>
  items.reduce<Record<string, number>>((acc, t) => ({ ...acc, [key(t)]: (acc[key(t)] ?? 0) + 1 }), {});

describe('the default decks', () => {
  it('basis: at least 120 cards over every family, every theme at all three depths, hints on deep cards, choice cards with icons', () => {
    const deck = load('basis');
    expect(deck.cards.length).toBeGreaterThanOrEqual(120);
    expect(Object.keys(count(deck.cards, (c) => c.family)).sort()).toEqual([...CARD_FAMILIES].sort());
    for (const theme of deck.themes) {
      const depths = new Set(deck.cards.filter((c) => c.theme === theme.id).map((c) => c.depth));
      expect([...depths].sort(), theme.id).toEqual([1, 2, 3]);
    }
    const deep = deck.cards.filter((c) => c.depth === 3);
    expect(deep.every((c) => (c.hints?.length ?? 0) > 0 && (c.followUps?.length ?? 0) > 0)).toBe(true);
    const choices = deck.cards.filter((c) => c.answer.kind === 'choice');
    expect(choices.length).toBeGreaterThanOrEqual(10);
    expect(choices.every((c) => 'options' in c.answer && c.answer.options.every((o) => o.icon))).toBe(true);
  });

  it('jong: at least 60 cards for 12–18 about school, friends, home, online life and the future', () => {
    const deck = load('jong');
    expect(deck.cards.length).toBeGreaterThanOrEqual(60);
    expect(deck.minimumAge).toBe(12);
    expect(deck.themes.map((t) => t.id)).toEqual(
      expect.arrayContaining(['school', 'friends', 'home', 'online', 'future']),
    );
  });

  it('makkelijk: at least 40 cards in short sentences with a picture hint on every card', () => {
    const deck = load('makkelijk');
    expect(deck.cards.length).toBeGreaterThanOrEqual(40);
    expect(deck.cards.every((c) => c.picture?.src && c.picture.alt.nl && c.picture.alt.en)).toBe(true);
    for (const card of deck.cards) {
      for (const sentence of card.prompt.nl!.split(/[.?!]+/).filter((s) => s.trim())) {
        expect(sentence.trim().split(/\s+/).length, card.id).toBeLessThanOrEqual(8);
      }
    }
  });

  it('uses only icons the package ships, so the game needs no network', () => {
    const icons = new Set(readIconNames());
    for (const id of ['basis', 'jong', 'makkelijk']) {
      const deck = loadDeckFolder(join(decksDir(), id)).deck!;
      const used = [
        ...deck.themes.map((t) => t.icon),
        ...deck.cards.flatMap((c) =>
          'options' in c.answer ? c.answer.options.flatMap((o) => (o.icon ? [o.icon] : [])) : [],
        ),
        ...deck.cards.flatMap((c) => (c.picture ? [c.picture.src.replace(/^icons\/|\.svg$/g, '')] : [])),
      ];
      expect(
        used.filter((name) => !icons.has(name)),
        id,
      ).toEqual([]);
    }
  });
});
