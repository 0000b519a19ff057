/**
 * A deck with the longest texts a deck may hold, for the print layout test: every mix of question
 * length (up to 300 characters), easy text (up to 300) and choice options (up to 6 of 80
 * characters), in Dutch and English. Not exported from the package.
 */
import type { AnswerSpec, Card, Deck } from '@ontdek-doe/core/schema';

/** The core's limits (DECK_LIMITS.text), repeated so this file needs only the core's types. */
export const LIMITS = { prompt: 300, easy: 300, optionLabel: 80, themeTitle: 120 } as const;

const WORDS = {
  nl: [
    'wat',
    'wie',
    'waar',
    'graag',
    'helpt',
    'thuis',
    'buurt',
    'vrienden',
    'werk',
    'rust',
    'sterk',
    'morgen',
    'samen',
    'gezondheid',
    'vrijwilligerswerk',
    'ondersteuning',
    'verantwoordelijkheid',
    'buurtbewoners',
    'activiteiten',
    'je',
    'een',
    'de',
    'het',
    'van',
    'met',
    'voor',
    'belangrijk',
    'ervaringsdeskundige',
  ],
  en: [
    'what',
    'who',
    'where',
    'like',
    'helps',
    'home',
    'street',
    'friends',
    'work',
    'calm',
    'strong',
    'tomorrow',
    'together',
    'health',
    'volunteering',
    'support',
    'responsibility',
    'neighbours',
    'activities',
    'you',
    'a',
    'the',
    'of',
    'with',
    'for',
    'important',
    'understanding',
    'neighbourhood',
  ],
} as const;

/** A text of exactly `length` characters from the word list, ending in `end`. */
function textOf(language: 'nl' | 'en', length: number, seed: number, end = '?'): string {
  const words = WORDS[language];
  let text = '';
  for (let i = 0; text.length < length; i++) {
    const word = words[(seed * 7 + i * 13 + ((i * i) % 5)) % words.length]!;
    text += (text ? ' ' : '') + (i === 0 ? word[0]!.toUpperCase() + word.slice(1) : word);
  }
  return (
    text
      .slice(0, length - end.length)
      .trimEnd()
      .padEnd(length - end.length, 'x') + end
  );
}

const both = (length: number, seed: number, end = '?') => ({
  nl: textOf('nl', length, seed, end),
  en: textOf('en', length, seed, end),
});

function choice(count: number, labelLength: number, seed: number): AnswerSpec {
  const icons = ['walk', 'music', 'cook', 'read', 'garden', 'sport'];
  return {
    kind: 'choice',
    multiple: true,
    options: Array.from({ length: count }, (_, i) => ({
      id: `o${i}`,
      label: both(labelLength, seed + i, ''),
      icon: icons[i % icons.length]!,
    })),
  };
}

/**
 * The test deck: 5 question lengths × 3 easy texts × 4 option sets (60 cards), plus a card with
 * one unbroken 300-character word, one with a 120-character theme title and everything at its
 * longest, and one with every text missing in English (it prints the Dutch).
 */
export function longestDeck(): Deck {
  const cards: Card[] = [];
  const promptLengths = [20, 80, 150, 220, LIMITS.prompt];
  const easyLengths = [0, 120, LIMITS.easy];
  const answers: ((seed: number) => AnswerSpec)[] = [
    () => ({ kind: 'talk' }),
    (seed) => choice(3, 12, seed),
    (seed) => choice(6, 18, seed),
    (seed) => choice(6, LIMITS.optionLabel, seed),
  ];
  let n = 0;
  for (const promptLength of promptLengths) {
    for (const easyLength of easyLengths) {
      for (const answer of answers) {
        n++;
        const card: Card = {
          id: `p${promptLength}-e${easyLength}-a${answers.indexOf(answer)}`,
          family: (['wish', 'strength', 'doing', 'need', 'action', 'life-event'] as const)[n % 6]!,
          theme: n % 2 === 0 ? 'myself' : 'work',
          depth: ((n % 3) + 1) as 1 | 2 | 3,
          prompt: both(promptLength, n),
          answer: answer(n),
        };
        if (easyLength > 0) card.easy = both(easyLength, n + 100);
        cards.push(card);
      }
    }
  }
  cards.push(
    {
      id: 'unbroken-word',
      family: 'need',
      theme: 'myself',
      depth: 3,
      prompt: { nl: `${'a'.repeat(LIMITS.prompt - 1)}?`, en: `${'b'.repeat(LIMITS.prompt - 1)}?` },
      easy: { nl: 'c'.repeat(LIMITS.easy), en: 'd'.repeat(LIMITS.easy) },
      answer: { kind: 'faces' },
    },
    {
      id: 'everything-longest',
      family: 'life-event',
      theme: 'long',
      depth: 3,
      prompt: both(LIMITS.prompt, 900),
      easy: both(LIMITS.easy, 901),
      answer: choice(6, LIMITS.optionLabel, 902),
      hints: [both(200, 903, '.')],
      followUps: [both(120, 904)],
    },
    {
      id: 'dutch-only',
      family: 'wish',
      theme: 'work',
      depth: 1,
      prompt: { nl: textOf('nl', LIMITS.prompt, 905) },
      answer: { kind: 'text' },
    },
  );
  return {
    schemaVersion: 2,
    id: 'longest',
    version: '1.0.0',
    title: { nl: 'Langste teksten', en: 'Longest texts' },
    description: { nl: 'Voor de afdruktest.', en: 'For the print test.' },
    languages: ['nl', 'en'],
    defaultLanguage: 'nl',
    minimumAge: 12,
    themes: [
      { id: 'myself', title: { nl: 'Ikzelf', en: 'Myself' }, colour: '#1b6e5a', icon: 'person' },
      {
        id: 'work',
        title: { nl: 'Werk, school en dagbesteding', en: 'Work, school and day activities' },
        colour: '#f2c14e',
        icon: 'work',
      },
      { id: 'long', title: both(LIMITS.themeTitle, 906, '.'), colour: '#3a4f9c', icon: 'life-events' },
    ],
    cards,
  };
}
