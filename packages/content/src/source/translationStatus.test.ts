import { describe, expect, it } from 'vitest';
import { formatExample } from '../testing/formatExample.ts';
import { tempDeck } from '../testing/tempDeck.ts';
import { loadDeckFolder } from './loadDeckFolder.ts';
import { translationStatus } from './translationStatus.ts';

const example = formatExample();
const status = (en: string, deck = example.deck) => {
  const loaded = loadDeckFolder(tempDeck('basis', { 'deck.yaml': deck, 'en.yaml': en }));
  if (!loaded.deck) throw new Error(JSON.stringify(loaded.problems));
  return translationStatus({ ...loaded, deck: loaded.deck });
};
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('translationStatus', () => {
  it('the example of FORMAT.md is completely translated', () => {
    expect(status(example.en)).toEqual({
      deckId: 'basis',
      defaultLanguage: 'nl',
      languages: [{ language: 'en', file: 'en.yaml', total: 12, translated: 12, missing: [], outdated: [] }],
    });
  });

  it('lists missing texts by card, placed at the card in en.yaml when it is there', () => {
    const en = example.en.replace(/ {4}easy: .*\n/, '').replace(/ {2}wish-free-time-2:[\s\S]*$/, '');
    const { languages } = status(en);
    expect(languages[0]!.translated).toBe(8);
    expect(languages[0]!.missing.map((m) => `${m.file}:${m.line} ${m.place.en} | ${m.current}`)).toEqual([
      `en.yaml:${lineOf(en, 'wish-myself-1:')} Card 1 (id "wish-myself-1"), easy-language question | Wat maakt je blij?`,
      `deck.yaml:${lineOf(example.deck, 'prompt: Wat doe je graag')} Card 2 (id "wish-free-time-2"), question | Wat doe je graag in je vrije tijd?`,
      `deck.yaml:${lineOf(example.deck, 'label: Wandelen')} Card 2 (id "wish-free-time-2"), label of option "walk" | Wandelen`,
      `deck.yaml:${lineOf(example.deck, 'label: Muziek')} Card 2 (id "wish-free-time-2"), label of option "music" | Muziek`,
    ]);
  });

  it('lists outdated texts: the Dutch changed, or was never written next to the translation', () => {
    const deck = example.deck.replace('prompt: Waar word je blij van?', 'prompt: Waar word jij blij van?');
    const en = example.en.replace('title: { en: Myself, nl: Ikzelf }', 'title: Myself');
    const { languages } = status(en, deck);
    expect(languages[0]!.outdated).toEqual([
      {
        path: ['themes', 0, 'title'],
        place: { nl: 'Thema 1 (id "myself"), naam', en: 'Theme 1 (id "myself"), name' },
        current: 'Ikzelf',
        translation: 'Myself',
        file: 'en.yaml',
        line: lineOf(en, 'title: Myself'),
        column: 12,
      },
      {
        path: ['cards', 0, 'prompt'],
        place: { nl: 'Kaart 1 (id "wish-myself-1"), vraag', en: 'Card 1 (id "wish-myself-1"), question' },
        cardId: 'wish-myself-1',
        current: 'Waar word jij blij van?',
        translation: 'What makes you happy?',
        was: 'Waar word je blij van?',
        file: 'en.yaml',
        line: lineOf(en, 'What makes you happy?'),
        column: 19,
      },
    ]);
  });

  it('a changed line break in the Dutch is not a change', () => {
    const deck = example.deck.replace(
      'prompt: Waar word je blij van?',
      'prompt: >-\n      Waar word je\n      blij van?',
    );
    expect(status(example.en, deck).languages[0]!.outdated).toEqual([]);
  });
});
