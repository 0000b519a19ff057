/**
 * The readability report as text for the terminal, in Dutch or English.
 */
import type { IssuePath } from '@ontdek-doe/core/schema';
import type { ReadabilityField, ReadabilityReport } from './checkReadability.ts';
import type { ToolLanguage } from './labels.ts';

const FIELD_NAMES: Record<ToolLanguage, Record<ReadabilityField, string>> = {
  nl: { prompt: 'vraag', easy: 'makkelijke tekst', hints: 'tip', options: 'keuze' },
  en: { prompt: 'question', easy: 'easy text', hints: 'hint', options: 'option' },
};

const WORDS = {
  nl: {
    heading: (deck: string) => `Leesbaarheid (B1) van "${deck}"`,
    checked: (n: number) => `${n} teksten nagekeken`,
    average: (score: number | null, wps: number | null) =>
      `Gemiddelde leesbaarheid van de vragen: ${score ?? '–'} (Flesch-Douma, 60 of meer is B1), ${wps ?? '–'} woorden per zin`,
    easyAverage: (score: number) => `Gemiddelde leesbaarheid van de makkelijke teksten: ${score}`,
    passed: '✔ Alle teksten zijn op B1-niveau.',
    flagged: (texts: number, cards: number) => `${texts} teksten op ${cards} kaarten kunnen eenvoudiger:`,
    score: 'score',
  },
  en: {
    heading: (deck: string) => `Readability (B1) of "${deck}"`,
    checked: (n: number) => `${n} texts checked`,
    average: (score: number | null, wps: number | null) =>
      `Average reading ease of the questions: ${score ?? '–'} (Flesch-Douma, 60 or more is B1), ${wps ?? '–'} words per sentence`,
    easyAverage: (score: number) => `Average reading ease of the easy texts: ${score}`,
    passed: '✔ Every text is at B1 level.',
    flagged: (texts: number, cards: number) => `${texts} texts on ${cards} cards could be simpler:`,
    score: 'score',
  },
} as const;

/**
 * A readable report of {@link checkReadability}: the deck's averages, then each flagged text
 * with its place, the text itself and why it was flagged.
 *
 * @example
 * ```ts
 * console.log(formatReadability(checkReadability(deck), 'nl', loaded.locate));
 * // ✖ deck.yaml:120:13  c12 · vraag  (score 41.2, 17 woorden per zin)
 * //   "Welke activiteiten …"
 * //   → Een zin heeft 17 woorden ("Welke activiteiten in je …"); houd zinnen op 12 woorden of minder.
 * ```
 */
export function formatReadability(
  report: ReadabilityReport,
  lang: ToolLanguage,
  /** Where a text is in the source files; each flagged text then starts with `deck.yaml:12:13`. */
  locate?: (path: IssuePath) => { file: string; line: number; column: number },
): string {
  const w = WORDS[lang];
  const s = report.summary;
  const out = [
    w.heading(s.deckId),
    `${w.checked(report.checked)} · ${w.average(s.averageScore, s.averageWordsPerSentence)}`,
  ];
  if (s.averageEasyScore !== null) out.push(w.easyAverage(s.averageEasyScore));
  out.push('');
  if (report.passed) {
    out.push(w.passed);
    return out.join('\n');
  }
  out.push(w.flagged(s.flaggedTexts, s.flaggedCards));
  for (const entry of report.cards) {
    const place = `${entry.cardId} · ${FIELD_NAMES[lang][entry.field]}${entry.index === undefined ? '' : ` ${entry.index + 1}`}`;
    const figures = [
      entry.score === undefined ? undefined : `${w.score} ${entry.score}`,
      lang === 'nl'
        ? `${entry.wordsPerSentence} woorden per zin`
        : `${entry.wordsPerSentence} words per sentence`,
    ].filter(Boolean);
    const where = locate?.(entry.path);
    const at = where && where.line > 0 ? `${where.file}:${where.line}:${where.column}  ` : '';
    out.push('', `✖ ${at}${place}  (${figures.join(', ')})`, `  "${entry.text.replace(/\s+/g, ' ')}"`);
    for (const flag of entry.flags) out.push(`  → ${flag.message[lang]}`);
  }
  return out.join('\n');
}
