/**
 * The fixed words on printed cards and the leader sheet, in Dutch and English.
 */
import type { ToolLanguage } from '../analysis/labels.ts';

export const PRINT_LABELS = {
  nl: {
    documentTitle: (deck: string) => `${deck}: kaarten om te printen`,
    depth: (depth: number) => `Diepte ${depth} van 3`,
    fronts: (sheet: number) => `Blad ${sheet}: voorkanten`,
    backs: (sheet: number) => `Blad ${sheet}: achterkanten (dubbelzijdig, lange kant)`,
    card: 'Kaart',
    back: 'Achterkant',
    leaderTitle: 'Spelleiderblad: tips en doorvragen',
    leaderIntro:
      'Dit blad is voor de spelleider. Deelnemers zien het niet. Zoek een kaart op met de code rechtsboven op de kaart.',
    question: 'Vraag',
    hints: 'Tips voor de spelleider',
    followUps: 'Doorvragen',
    howToPrint:
      'Druk af op A4, dubbelzijdig (omslaan langs de lange kant), zonder schalen (100%). Knip langs de snijtekens.',
  },
  en: {
    documentTitle: (deck: string) => `${deck}: cards to print`,
    depth: (depth: number) => `Depth ${depth} of 3`,
    fronts: (sheet: number) => `Sheet ${sheet}: fronts`,
    backs: (sheet: number) => `Sheet ${sheet}: backs (double-sided, long edge)`,
    card: 'Card',
    back: 'Back',
    leaderTitle: 'Leader sheet: hints and follow-up questions',
    leaderIntro:
      'This sheet is for the game leader. Players do not see it. Find a card by the code at the top right of the card.',
    question: 'Question',
    hints: 'Hints for the leader',
    followUps: 'Follow-up questions',
    howToPrint:
      'Print on A4, double-sided (flip on the long edge), without scaling (100%). Cut along the marks.',
  },
} as const satisfies Record<ToolLanguage, unknown>;

/** The language of the fixed words for a deck language: Dutch or English, else English. */
export function labelLanguage(language: string, fallback: string): ToolLanguage {
  for (const lang of [language, fallback]) {
    const primary = lang.toLowerCase().split('-')[0];
    if (primary === 'nl' || primary === 'en') return primary;
  }
  return 'en';
}
