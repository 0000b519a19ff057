import { describe, expect, it } from 'vitest';
import { checkReadability } from './checkReadability.ts';
import { formatReadability } from './formatReadability.ts';
import { readabilityOf } from './readabilityOf.ts';
import { testCard, testDeck } from './testDeck.ts';

describe('readabilityOf', () => {
  it('counts words, sentences and syllables and scores with Flesch-Douma', () => {
    // 7 words, 2 sentences, 8 syllables: 206.835 − 0.93 × 3.5 − 77 × 8/7 = 115.6
    expect(readabilityOf('Waar word je blij van? Vertel eens.')).toEqual({
      words: 7,
      sentences: 2,
      syllables: 8,
      score: 115.6,
    });
  });

  it('does not end a sentence after an abbreviation or an initial', () => {
    expect(readabilityOf('Wat doe je graag, bijv. wandelen met A. Jansen?').sentences).toBe(1);
    expect(readabilityOf('Eerste regel\ntweede regel').sentences).toBe(2);
  });

  it('scores an empty text as 0', () => {
    expect(readabilityOf('  ')).toEqual({ words: 0, sentences: 0, syllables: 0, score: 0 });
  });

  it('scores a short question with one long word very low (why short texts skip the score)', () => {
    expect(readabilityOf('Wat betekent zelfstandigheid?').score).toBeLessThan(0);
  });
});

describe('checkReadability', () => {
  const deck = testDeck([
    testCard('plain'),
    testCard('long-sentence', {
      prompt: {
        nl: 'Als je terugdenkt aan de afgelopen week, wat heb je toen samen met anderen gedaan?',
        en: 'x',
      },
    }),
    testCard('long-word', { prompt: { nl: 'Wat zegt ervaringsdeskundige hulp jou?', en: 'x' } }),
    testCard('hard', {
      prompt: {
        nl: 'Welke maatschappelijke organisaties ondersteunen jouw zelfredzaamheid momenteel daadwerkelijk?',
        en: 'x',
      },
    }),
    testCard('easy', {
      easy: {
        nl: 'Wie helpt je thuis met koken, wassen en boodschappen doen? Is dat een vrijwilliger?',
        en: 'x',
      },
    }),
    testCard('short-hard', { prompt: { nl: 'Wat betekent zelfstandigheid?', en: 'x' } }),
    testCard('choice', {
      hints: [{ nl: 'Vraag door.' }, { nl: 'Vraag naar de ondersteuningsbehoefte.' }],
      answer: {
        kind: 'choice',
        options: [
          { id: 'a', label: { nl: 'Wandelen' } },
          { id: 'b', label: { nl: 'Vrijwilligerswerk' } },
        ],
      },
    }),
  ]);
  const report = checkReadability(deck);
  const flagsOf = (cardId: string) =>
    report.cards
      .filter((c) => c.cardId === cardId)
      .flatMap((c) => c.flags.map((f) => `${c.field} ${f.code}`));

  it('passes plain text and counts every text checked', () => {
    expect(flagsOf('plain')).toEqual([]);
    // 7 prompts, 1 easy text, 2 hints, 2 options
    expect(report.checked).toBe(12);
    expect(report.passed).toBe(false);
  });

  it('flags a sentence of more than 12 words, with the number and the start of the sentence', () => {
    const entry = report.cards.find((c) => c.cardId === 'long-sentence')!;
    expect(entry.wordsPerSentence).toBe(15);
    expect(entry.flags[0]!.message.nl).toBe(
      'Een zin heeft 15 woorden ("Als je terugdenkt aan …"); houd zinnen op 12 woorden of minder.',
    );
  });

  it('flags a word of 5 syllables or more, naming the word', () => {
    expect(flagsOf('long-word')).toEqual(['prompt long-word']);
    expect(report.cards.find((c) => c.cardId === 'long-word')!.flags[0]!.message.en).toBe(
      'The word "ervaringsdeskundige" has 7 syllables; choose a shorter word or split it (at most 4).',
    );
  });

  it('flags a low Flesch-Douma score, only for texts of 6 words or more', () => {
    expect(flagsOf('hard')).toContain('prompt low-score');
    const hard = report.cards.find((c) => c.cardId === 'hard')!;
    expect(hard.score).toBeLessThan(60);
    expect(hard.flags.at(-1)!.message.nl).toMatch(
      /^De leesbaarheid is -?\d+(\.\d)? \(Flesch-Douma\); voor B1 is 60/,
    );
    expect(flagsOf('short-hard')).toEqual([]);
  });

  it('holds easy text to 8 words per sentence and words under 4 syllables', () => {
    expect(flagsOf('easy')).toEqual(['easy long-sentence', 'easy long-word']);
    const easy = report.cards.find((c) => c.cardId === 'easy')!;
    expect(easy.flags[1]!.params).toEqual({ word: 'vrijwilliger', syllables: 4, max: 3 });
    expect(easy.flags[1]!.message.nl).toBe(
      'Het woord "vrijwilliger" in de makkelijke tekst heeft 4 lettergrepen; kies een korter woord of splits het (hooguit 3).',
    );
  });

  it('checks hints and option labels with their position', () => {
    expect(report.cards.filter((c) => c.cardId === 'choice').map((c) => [c.field, c.index])).toEqual([
      ['hints', 1],
      ['options', 1],
    ]);
  });

  it('summarises the deck', () => {
    expect(report.summary.flaggedCards).toBe(5);
    expect(report.summary.averageScore).toBeTypeOf('number');
    expect(report.summary.averageEasyScore).toBeTypeOf('number');
  });

  it('can check another language and other limits', () => {
    expect(
      checkReadability(deck, { rules: { maxSentenceWords: 20 } }).cards.map((c) => c.cardId),
    ).not.toContain('long-sentence');
    expect(checkReadability(deck, { language: 'de' }).checked).toBe(0);
  });

  it('formats the report in Dutch and English', () => {
    const nl = formatReadability(report, 'nl');
    expect(nl).toContain('✖ long-word · vraag');
    expect(nl).toContain('  → Het woord "ervaringsdeskundige" heeft 7 lettergrepen');
    expect(nl).toContain('✖ choice · keuze 2');
    expect(formatReadability(report, 'en')).toContain('texts on 5 cards could be simpler');
    expect(formatReadability(checkReadability(testDeck([testCard('a')])), 'nl')).toContain(
      '✔ Alle teksten zijn op B1-niveau.',
    );
  });
});
