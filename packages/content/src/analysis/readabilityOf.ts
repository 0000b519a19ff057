/**
 * Splitting a Dutch text into sentences and words, and its Flesch-Douma reading-ease score.
 */
import { countSyllables } from './countSyllables.ts';

/** A word of a text with its syllable count. */
export interface TextWord {
  word: string;
  syllables: number;
}

/** A text split into sentences of words. */
export interface TextAnalysis {
  sentences: TextWord[][];
  words: number;
  syllables: number;
  /** Flesch-Douma reading ease (higher is easier), one decimal; 0 for a text without words. */
  score: number;
}

/** Abbreviations whose full stop does not end a sentence (lower case, without the final stop). */
const ABBREVIATIONS = new Set([
  'bijv',
  'bv',
  'o.a',
  'enz',
  'etc',
  'd.w.z',
  'm.a.w',
  'z.o.z',
  'ca',
  'evt',
  'incl',
  'excl',
  'nr',
  'tel',
  'dhr',
  'mevr',
  'mr',
  'dr',
  'ong',
  'vs',
  'o.b.v',
  'i.p.v',
  'i.v.m',
  'm.b.v',
  't.o.v',
  'z.s.m',
]);

const SENTENCE_END = /[.!?…]+["'”’)]*$/;

/**
 * Flesch-Douma reading ease: Flesch's formula with Douma's (1960) weights for Dutch, which has
 * longer words than English: 206.835 − 0.93 × words per sentence − 77 × syllables per word.
 */
export function fleschDouma(words: number, sentences: number, syllables: number): number {
  if (words === 0) return 0;
  const score = 206.835 - 0.93 * (words / Math.max(1, sentences)) - 77 * (syllables / words);
  return Math.round(score * 10) / 10;
}

/**
 * A text split into sentences and words. A sentence ends at `.`, `!`, `?` or `…` (not after a
 * known abbreviation such as `bijv.` or a single letter such as an initial) and at a line break.
 * A word is a run of letters and digits between spaces, without the punctuation around it; a
 * number counts as one syllable.
 */
export function analyseText(text: string): TextAnalysis {
  const sentences: TextWord[][] = [];
  for (const line of text.split(/\r?\n/)) {
    let current: TextWord[] = [];
    for (const token of line.split(/\s+/)) {
      const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (word !== '') current.push({ word, syllables: Math.max(1, countSyllables(word)) });
      const bare = token.toLowerCase().replace(/[.!?…"'”’)]+$/, '');
      const ends =
        SENTENCE_END.test(token) &&
        !(token.endsWith('.') && (ABBREVIATIONS.has(bare) || /^\p{L}$/u.test(bare)));
      if (ends && current.length > 0) {
        sentences.push(current);
        current = [];
      }
    }
    if (current.length > 0) sentences.push(current);
  }
  const words = sentences.reduce((n, s) => n + s.length, 0);
  const syllables = sentences.reduce((n, s) => n + s.reduce((m, w) => m + w.syllables, 0), 0);
  return { sentences, words, syllables, score: fleschDouma(words, sentences.length, syllables) };
}

/**
 * The reading-ease figures of a Dutch text: words, sentences, syllables and the Flesch-Douma score
 * (higher is easier; 60 and up is plain language, about B1). For the deck editor's live hint.
 *
 * @example
 * ```ts
 * readabilityOf('Waar word je blij van? Vertel eens.');
 * // { words: 7, sentences: 2, syllables: 8, score: 115.5 }
 * ```
 */
export function readabilityOf(text: string): {
  words: number;
  sentences: number;
  syllables: number;
  score: number;
} {
  const { sentences, words, syllables, score } = analyseText(text);
  return { words, sentences: sentences.length, syllables, score };
}
