/**
 * Checks that the Dutch texts of a deck are plain language (B1), and says in plain words what to
 * change where they are not.
 */
import type { Card, Deck, IssuePath } from '@ontdek-doe/core/schema';
import { textIn } from './localizedText.ts';
import { analyseText, type TextAnalysis } from './readabilityOf.ts';

/**
 * The limits a text is held to. Why these numbers:
 *
 * - Players include people who read Dutch as a second language, people with little schooling and
 *   people with dementia: B1, the level most Dutch adults read comfortably, is the target
 *   (DESIGN.md, "Dutch at B1 level by default").
 * - **A sentence of more than 12 words** is flagged: plain-language guides for Dutch advise an
 *   average of 10 to 15 words, and a card holds a single question that is often read aloud to a
 *   group, so one short sentence per idea. Words per sentence is the strongest predictor in every
 *   readability formula.
 * - **A word of 5 or more syllables** is flagged: in Dutch such words are nearly always compounds
 *   (`ervaringsdeskundige`, `verantwoordelijkheid`) that a slow reader has to take apart; a shorter
 *   word or a split into two words helps.
 * - **A Flesch-Douma score below 60** is flagged: on Douma's scale 60 to 70 reads as "fairly
 *   easy", roughly B1; lower is harder than B1. Only for texts of 6 words or more: for a short
 *   question the averages swing on one word (`Wat betekent zelfstandigheid?` scores below 0).
 * - **Easy text** (`easy`) is stricter, for players who chose easy language: at most 8 words
 *   per sentence and no word of 4 or more syllables, and it must pass the score as well.
 * - Leader hints are held to the prompt's rules (leaders are volunteers too, and read them in
 *   the middle of a conversation). Option labels are short fragments: only the sentence and word
 *   rules apply, not the score.
 */
export interface ReadabilityRules {
  /** A sentence with more words than this is flagged. */
  maxSentenceWords: number;
  /** A word with this many syllables or more is flagged. */
  longWordSyllables: number;
  /** A text with a Flesch-Douma score below this is flagged… */
  minScore: number;
  /** …when it has at least this many words. */
  minWordsForScore: number;
  /** As `maxSentenceWords`, for easy text. */
  easyMaxSentenceWords: number;
  /** As `longWordSyllables`, for easy text. */
  easyLongWordSyllables: number;
}

/** The B1 rules described on {@link ReadabilityRules}. */
export const B1_RULES: ReadabilityRules = {
  maxSentenceWords: 12,
  longWordSyllables: 5,
  minScore: 60,
  minWordsForScore: 6,
  easyMaxSentenceWords: 8,
  easyLongWordSyllables: 4,
};

/** Which text of a card was checked. */
export type ReadabilityField = 'prompt' | 'easy' | 'hints' | 'options';

/** One reason a text is hard to read. */
export interface ReadabilityFlag {
  code: 'long-sentence' | 'long-word' | 'low-score';
  message: { nl: string; en: string };
  params: Record<string, string | number>;
}

/** A text with at least one flag. */
export interface ReadabilityEntry {
  cardId: string;
  field: ReadabilityField;
  /** Position in the card's hints or options (0-based). */
  index?: number;
  /** Where the text is in the deck, e.g. `['cards', 3, 'hints', 0, 'nl']` (for the source place). */
  path: IssuePath;
  text: string;
  /** Flesch-Douma score; only for texts long enough to score. */
  score?: number;
  /** Average words per sentence, one decimal. */
  wordsPerSentence: number;
  flags: ReadabilityFlag[];
}

/** The outcome of {@link checkReadability}. */
export interface ReadabilityReport {
  /** No text has a flag. */
  passed: boolean;
  /** The number of texts checked. */
  checked: number;
  /** The language checked (Dutch unless asked otherwise). */
  language: string;
  /** Only texts with flags, in deck order. */
  cards: ReadabilityEntry[];
  summary: {
    deckId: string;
    /** Average Flesch-Douma score of the questions (`prompt`), one decimal; `null` without questions. */
    averageScore: number | null;
    /** Average score of the easy texts, or `null` when the deck has none. */
    averageEasyScore: number | null;
    /** Average words per sentence of the questions, one decimal. */
    averageWordsPerSentence: number | null;
    /** Texts and cards with at least one flag. */
    flaggedTexts: number;
    flaggedCards: number;
  };
}

/** Options of {@link checkReadability}. */
export interface CheckReadabilityOptions {
  /** The language to check; the score and syllable counter are made for Dutch. Default `nl`. */
  language?: string;
  /** Other limits than {@link B1_RULES}. */
  rules?: Partial<ReadabilityRules>;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const average = (list: number[]) =>
  list.length === 0 ? null : round1(list.reduce((a, b) => a + b, 0) / list.length);

/** The flags of one text under the rules of its field. */
function flagsOf(
  analysis: TextAnalysis,
  field: ReadabilityField,
  rules: ReadabilityRules,
): ReadabilityFlag[] {
  const easy = field === 'easy';
  const maxWords = easy ? rules.easyMaxSentenceWords : rules.maxSentenceWords;
  const longWord = easy ? rules.easyLongWordSyllables : rules.longWordSyllables;
  const where = easy ? { nl: 'in de makkelijke tekst ', en: 'in the easy text ' } : { nl: '', en: '' };
  const flags: ReadabilityFlag[] = [];

  for (const sentence of analysis.sentences) {
    if (sentence.length <= maxWords) continue;
    const start = sentence
      .slice(0, 4)
      .map((w) => w.word)
      .join(' ');
    flags.push({
      code: 'long-sentence',
      params: { words: sentence.length, max: maxWords, start },
      message: {
        nl: `Een zin ${where.nl}heeft ${sentence.length} woorden ("${start} …"); houd zinnen op ${maxWords} woorden of minder.`,
        en: `A sentence ${where.en}has ${sentence.length} words ("${start} …"); keep sentences to ${maxWords} words or fewer.`,
      },
    });
  }
  const seen = new Set<string>();
  for (const { word, syllables } of analysis.sentences.flat()) {
    if (syllables < longWord || seen.has(word.toLowerCase())) continue;
    seen.add(word.toLowerCase());
    flags.push({
      code: 'long-word',
      params: { word, syllables, max: longWord - 1 },
      message: {
        nl: `Het woord "${word}" ${where.nl}heeft ${syllables} lettergrepen; kies een korter woord of splits het (hooguit ${longWord - 1}).`,
        en: `The word "${word}" ${where.en}has ${syllables} syllables; choose a shorter word or split it (at most ${longWord - 1}).`,
      },
    });
  }
  if (field !== 'options' && analysis.words >= rules.minWordsForScore && analysis.score < rules.minScore) {
    flags.push({
      code: 'low-score',
      params: { score: analysis.score, min: rules.minScore },
      message: {
        nl: `De leesbaarheid ${where.nl}is ${analysis.score} (Flesch-Douma); voor B1 is ${rules.minScore} of meer nodig. Maak zinnen en woorden korter.`,
        en: `The reading ease ${where.en}is ${analysis.score} (Flesch-Douma); B1 needs ${rules.minScore} or more. Use shorter sentences and words.`,
      },
    });
  }
  return flags;
}

/**
 * The flags of one text under the B1 rules (or other `rules`) of its field: what the deck editor
 * shows while the trainer types.
 *
 * @example
 * ```ts
 * readabilityFlags('Wat betekent verantwoordelijkheid voor jou?', 'prompt')[0]?.code; // 'long-word'
 * ```
 */
export function readabilityFlags(
  text: string,
  field: ReadabilityField,
  rules: ReadabilityRules = B1_RULES,
): ReadabilityFlag[] {
  return flagsOf(analyseText(text), field, rules);
}

/** The texts of a card to check, in the order a trainer sees them. */
function textsOf(card: Card, language: string) {
  const texts: { field: ReadabilityField; index?: number; text: string }[] = [];
  const add = (field: ReadabilityField, text: string | undefined, index?: number) => {
    if (text !== undefined) texts.push(index === undefined ? { field, text } : { field, index, text });
  };
  add('prompt', textIn(card.prompt, language));
  add('easy', textIn(card.easy, language));
  card.hints?.forEach((hint, i) => add('hints', textIn(hint, language), i));
  if (card.answer.kind === 'choice' && 'options' in card.answer)
    card.answer.options.forEach((option, i) => add('options', textIn(option.label, language), i));
  return texts;
}

/** The deck path of a checked text. */
function textPath(
  card: number,
  field: ReadabilityField,
  index: number | undefined,
  language: string,
): IssuePath {
  switch (field) {
    case 'hints':
      return ['cards', card, 'hints', index ?? 0, language];
    case 'options':
      return ['cards', card, 'answer', 'options', index ?? 0, 'label', language];
    default:
      return ['cards', card, field, language];
  }
}

/**
 * Checks the Dutch texts of every card (the question, its easy version, the leader hints and the
 * option labels) against the B1 rules of {@link ReadabilityRules}, with the Flesch-Douma score,
 * the words per sentence and the long words. Each flag says why in plain Dutch and English.
 *
 * @example
 * ```ts
 * const report = checkReadability(deck);
 * if (!report.passed) console.log(formatReadability(report, 'nl'));
 * ```
 */
export function checkReadability(deck: Deck, options: CheckReadabilityOptions = {}): ReadabilityReport {
  const language = options.language ?? 'nl';
  const rules = { ...B1_RULES, ...options.rules };
  const cards: ReadabilityEntry[] = [];
  const promptScores: number[] = [];
  const easyScores: number[] = [];
  const promptWps: number[] = [];
  const flaggedCards = new Set<string>();
  let checked = 0;

  deck.cards.forEach((card, cardIndex) => {
    for (const { field, index, text } of textsOf(card, language)) {
      checked++;
      const analysis = analyseText(text);
      const wordsPerSentence = round1(analysis.words / Math.max(1, analysis.sentences.length));
      if (field === 'prompt' && analysis.words > 0) {
        promptScores.push(analysis.score);
        promptWps.push(wordsPerSentence);
      }
      if (field === 'easy' && analysis.words > 0) easyScores.push(analysis.score);
      const flags = flagsOf(analysis, field, rules);
      if (flags.length === 0) continue;
      flaggedCards.add(card.id);
      const entry: ReadabilityEntry = {
        cardId: card.id,
        field,
        path: textPath(cardIndex, field, index, language),
        text,
        wordsPerSentence,
        flags,
      };
      if (index !== undefined) entry.index = index;
      if (field !== 'options' && analysis.words >= rules.minWordsForScore) entry.score = analysis.score;
      cards.push(entry);
    }
  });

  return {
    passed: cards.length === 0,
    checked,
    language,
    cards,
    summary: {
      deckId: deck.id,
      averageScore: average(promptScores),
      averageEasyScore: average(easyScores),
      averageWordsPerSentence: average(promptWps),
      flaggedTexts: cards.length,
      flaggedCards: flaggedCards.size,
    },
  };
}
