/**
 * The statistics of a deck as a report for the terminal, in Dutch or English.
 */
import type { DeckStats } from './deckStats.ts';
import { DEPTHS } from './deckStats.ts';
import { formatTable } from './formatTable.ts';
import { CARD_FAMILIES, FAMILY_NAMES, answerKindName, type ToolLanguage } from './labels.ts';

const WORDS = {
  nl: {
    heading: (title: string, id: string, version: string) => `Statistiek van "${title}" (${id} ${version})`,
    summary: (cards: number, languages: string) => `${cards} kaarten · talen: ${languages}`,
    defaultLanguage: 'standaard',
    family: 'Soort',
    cards: 'Kaarten',
    share: 'Aandeel',
    theme: 'Thema',
    depth: 'Diepte',
    total: 'Totaal',
    language: 'Taal',
    complete: 'Volledig',
    answerKind: 'Antwoordsoort',
    themeByDepth: 'Kaarten per thema en diepte (1 licht, 3 diep)',
    gaps: (warnings: number, infos: number) =>
      `Aandachtspunten: ${warnings} om te verbeteren, ${infos} ter informatie`,
    noGaps: 'Geen gaten gevonden.',
  },
  en: {
    heading: (title: string, id: string, version: string) => `Statistics of "${title}" (${id} ${version})`,
    summary: (cards: number, languages: string) => `${cards} cards · languages: ${languages}`,
    defaultLanguage: 'default',
    family: 'Family',
    cards: 'Cards',
    share: 'Share',
    theme: 'Theme',
    depth: 'Depth',
    total: 'Total',
    language: 'Language',
    complete: 'Complete',
    answerKind: 'Answer kind',
    themeByDepth: 'Cards per theme and depth (1 light, 3 deep)',
    gaps: (warnings: number, infos: number) =>
      `Points of attention: ${warnings} to improve, ${infos} for information`,
    noGaps: 'No gaps found.',
  },
} as const;

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`);

/**
 * A readable report of {@link deckStats}: tables with aligned columns, then the gaps (`✖` to
 * improve, `ℹ` for information).
 *
 * @example
 * ```ts
 * console.log(formatStats(deckStats(deck), 'nl'));
 * ```
 */
export function formatStats(stats: DeckStats, lang: ToolLanguage): string {
  const w = WORDS[lang];
  const total = stats.cards;
  const out: string[] = [];
  const languages = stats.deck.languages
    .map((l) => (l === stats.deck.defaultLanguage ? `${l} (${w.defaultLanguage})` : l))
    .join(', ');
  out.push(w.heading(stats.deck.title, stats.deck.id, stats.deck.version), w.summary(total, languages), '');

  out.push(
    formatTable(
      [w.family, w.cards, w.share],
      CARD_FAMILIES.map((f) => [
        FAMILY_NAMES[lang][f],
        String(stats.byFamily[f]),
        percent(stats.byFamily[f], total),
      ]),
      ['left', 'right', 'right'],
    ),
    '',
  );

  out.push(w.themeByDepth);
  const themeRows = stats.themes.map((theme) => [
    theme.title[lang],
    ...DEPTHS.map((d) => String(stats.themeByDepth[theme.id]?.[d] ?? 0)),
    String(stats.byTheme[theme.id] ?? 0),
  ]);
  themeRows.push([w.total, ...DEPTHS.map((d) => String(stats.byDepth[d])), String(total)]);
  out.push(
    formatTable([w.theme, ...DEPTHS.map((d) => `${w.depth} ${d}`), w.total], themeRows, [
      'left',
      'right',
      'right',
      'right',
      'right',
    ]),
    '',
  );

  out.push(
    formatTable(
      [w.language, w.complete, w.share],
      stats.deck.languages.map((l) => [
        l,
        `${stats.byLanguage[l] ?? 0}/${total}`,
        percent(stats.byLanguage[l] ?? 0, total),
      ]),
      ['left', 'right', 'right'],
    ),
    '',
  );

  out.push(
    formatTable(
      [w.answerKind, w.cards, w.share],
      Object.entries(stats.byAnswerKind).map(([kind, n]) => [
        answerKindName(kind, lang),
        String(n),
        percent(n, total),
      ]),
      ['left', 'right', 'right'],
    ),
    '',
  );

  const warnings = stats.gaps.filter((g) => g.severity === 'warning');
  const infos = stats.gaps.filter((g) => g.severity === 'info');
  if (stats.gaps.length === 0) out.push(w.noGaps);
  else {
    out.push(w.gaps(warnings.length, infos.length));
    for (const g of warnings) out.push(`  ✖ ${g.message[lang]}`);
    for (const g of infos) out.push(`  ℹ ${g.message[lang]}`);
  }
  return out.join('\n');
}
