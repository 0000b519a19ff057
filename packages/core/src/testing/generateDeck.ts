/**
 * Makes valid decks of any size from a seed, for benchmarks and property tests. The same
 * `(cardCount, seed)` always gives the same deck. Not exported from the package.
 */
import {
  CARD_FAMILIES,
  type AnswerSpec,
  type Card,
  type Deck,
  type Depth,
  type LocalizedText,
} from '../types.ts';

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THEMES = [
  ['myself', 'Ikzelf', 'Myself', 'نفسي'],
  ['health', 'Gezondheid', 'Health', 'الصحة'],
  ['contact', 'Contact met anderen', 'Contact with others', 'التواصل مع الآخرين'],
  ['home', 'Wonen', 'Home', 'السكن'],
  ['work', 'Werk, school en dagbesteding', 'Work, school and day activities', 'العمل والمدرسة'],
  ['money', 'Geld', 'Money', 'المال'],
  ['free-time', 'Vrije tijd', 'Free time', 'وقت الفراغ'],
  ['neighbourhood', 'Meedoen in de wijk', 'Taking part in the neighbourhood', 'المشاركة في الحي'],
  ['life-events', 'Levensgebeurtenissen', 'Life events', 'أحداث الحياة'],
] as const;

const WORDS_NL = [
  'wat',
  'wie',
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
];
const WORDS_EN = [
  'what',
  'who',
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
];
const WORDS_AR = [
  'ماذا',
  'من',
  'تحب',
  'يساعد',
  'البيت',
  'الحي',
  'أصدقاء',
  'عمل',
  'هدوء',
  'قوي',
  'غدا',
  'معا',
];

/**
 * A valid deck of `cardCount` cards (Dutch default, English and Arabic), with every family,
 * depth and built-in answer kind, easy-language text, hints, follow-ups, pictures and ages.
 * `parseDeck` accepts it without errors or warnings.
 *
 * @example
 * ```ts
 * const deck = generateDeck(10_000, 42);
 * bench('parseDeck', () => void parseDeck(deck));
 * ```
 */
export function generateDeck(cardCount: number, seed: number): Deck {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const sentence = (words: readonly string[], n: number, end: string) =>
    Array.from({ length: n }, () => pick(words)).join(' ') + end;
  const text = (n: number, end: string): LocalizedText => ({
    nl: sentence(WORDS_NL, n, end),
    en: sentence(WORDS_EN, n, end),
    ar: sentence(WORDS_AR, n, end),
  });

  const cards: Card[] = [];
  for (let i = 0; i < cardCount; i++) {
    const depth = (1 + Math.floor(next() * 3)) as Depth;
    const card: Card = {
      id: `card-${seed}-${i}`,
      family: CARD_FAMILIES[i % CARD_FAMILIES.length]!,
      theme: pick(THEMES)[0],
      depth,
      prompt: text(4 + Math.floor(next() * 12), '?'),
      answer: answer(next, i, text),
    };
    if (next() < 0.35) card.easy = text(3 + Math.floor(next() * 4), '?');
    if (depth === 3 || next() < 0.2) card.hints = [text(8, '.')];
    if (next() < 0.3) card.followUps = [text(5, '?'), text(6, '?')];
    if (next() < 0.1) card.picture = { src: `pictures/${i}.webp`, alt: text(4, '.') };
    if (next() < 0.05) card.minimumAge = 16 + Math.floor(next() * 3);
    if (next() < 0.5) card.tags = [pick(['talk', 'reflect', 'move', 'plan'])];
    if (next() < 0.05) card.sensitivity = [pick(['loss', 'money-worries', 'trauma'])];
    cards.push(card);
  }

  return {
    schemaVersion: 2,
    id: `generated-${seed}`,
    version: `1.0.${seed}`,
    title: { nl: 'Gemaakte kaartenset', en: 'Generated deck', ar: 'مجموعة بطاقات' },
    description: { nl: 'Voor metingen en tests.', en: 'For benchmarks and tests.', ar: 'للاختبار.' },
    languages: ['nl', 'en', 'ar'],
    defaultLanguage: 'nl',
    minimumAge: 12,
    themes: THEMES.map(([id, nl, en, ar], index) => ({
      id,
      title: { nl, en, ar },
      colour: `#${((index * 0x1f3a7b + 0x204060) & 0xffffff).toString(16).padStart(6, '0')}`,
      icon: id,
    })),
    cards,
  };
}

function answer(
  next: () => number,
  index: number,
  text: (n: number, end: string) => LocalizedText,
): AnswerSpec {
  const roll = next();
  if (roll < 0.4) return { kind: 'talk' };
  if (roll < 0.6)
    return next() < 0.5 ? { kind: 'text' } : { kind: 'text', maxLength: 200 + Math.floor(next() * 800) };
  if (roll < 0.8) return { kind: 'faces' };
  const count = 2 + Math.floor(next() * 4);
  return {
    kind: 'choice',
    multiple: next() < 0.5,
    options: Array.from({ length: count }, (_, j) => ({
      id: `o${index}-${j}`,
      label: text(2, ''),
      icon: `icon-${j}`,
    })),
  };
}
