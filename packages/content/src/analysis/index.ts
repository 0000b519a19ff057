/**
 * Deck analysis for trainers: statistics with gaps, and a B1 readability check of the Dutch texts.
 * Pure functions on a parsed core `Deck`; no I/O.
 *
 * @example
 * ```ts
 * import { deckStats, formatStats, checkReadability, formatReadability } from './analysis/index.ts';
 * console.log(formatStats(deckStats(deck), 'nl'));
 * console.log(formatReadability(checkReadability(deck), 'nl'));
 * ```
 */
export {
  deckStats,
  isCardComplete,
  DEPTHS,
  MIN_CARDS_PER_THEME,
  type DeckStats,
  type StatsGap,
  type StatsGapCode,
} from './deckStats.ts';
export { formatStats } from './formatStats.ts';
export {
  checkReadability,
  B1_RULES,
  type CheckReadabilityOptions,
  type ReadabilityEntry,
  type ReadabilityField,
  type ReadabilityFlag,
  type ReadabilityReport,
  type ReadabilityRules,
} from './checkReadability.ts';
export { formatReadability } from './formatReadability.ts';
export {
  readabilityOf,
  analyseText,
  fleschDouma,
  type TextAnalysis,
  type TextWord,
} from './readabilityOf.ts';
export { countSyllables } from './countSyllables.ts';
export { formatTable, textWidth, type Align } from './formatTable.ts';
export { FAMILY_NAMES, CARD_FAMILIES, answerKindName, type ToolLanguage } from './labels.ts';
export { localizedText, textIn } from './localizedText.ts';
