/**
 * Statistics of a deck for trainers: how the cards spread over families, themes, depths, languages
 * and answer kinds, and where the deck has gaps.
 */
import type { Card, CardFamily, Deck, Depth } from '@ontdek-doe/core/schema';
import { CARD_FAMILIES, FAMILY_NAMES } from './labels.ts';
import { localizedText, textIn } from './localizedText.ts';

/** The depths a card can have. */
export const DEPTHS: readonly Depth[] = [1, 2, 3];

/** A theme with fewer cards than this is flagged as thin. */
export const MIN_CARDS_PER_THEME = 3;

/** Kinds of gap, from most to least important. */
export type StatsGapCode =
  | 'family-missing'
  | 'theme-missing-depth'
  | 'theme-few-cards'
  | 'language-incomplete'
  | 'theme-missing-family';

/**
 * A gap in a deck: data, with its message in Dutch and English. `warning` gaps are worth fixing;
 * `info` gaps are often on purpose (not every family fits every theme).
 */
export interface StatsGap {
  code: StatsGapCode;
  severity: 'warning' | 'info';
  params: Record<string, string | number>;
  message: { nl: string; en: string };
  /** Up to 10 ids of the cards concerned (incomplete translations). `theme-missing-family` lists its families in `params.families`, comma-separated. */
  cardIds?: string[];
}

/** The statistics of a deck. Every count table lists every key, also those with 0 cards. */
export interface DeckStats {
  deck: { id: string; version: string; title: string; defaultLanguage: string; languages: string[] };
  cards: number;
  /** Theme ids in the deck's order, then any theme a card names that the deck does not list. */
  themes: { id: string; title: { nl: string; en: string } }[];
  byFamily: Record<CardFamily, number>;
  byTheme: Record<string, number>;
  byDepth: Record<Depth, number>;
  /** Cards with every text a player or leader sees in this language (prompt, easy, hints, follow-ups, options, picture text). */
  byLanguage: Record<string, number>;
  byAnswerKind: Record<string, number>;
  /** theme id → depth → cards. */
  themeByDepth: Record<string, Record<Depth, number>>;
  /** theme id → family → cards. */
  themeByFamily: Record<string, Record<CardFamily, number>>;
  gaps: StatsGap[];
}

/** Every text of a card that should exist in each of the deck's languages. */
function cardTexts(card: Card) {
  const texts = [card.prompt];
  if (card.easy) texts.push(card.easy);
  texts.push(...(card.hints ?? []), ...(card.followUps ?? []));
  if (card.answer.kind === 'choice' && 'options' in card.answer)
    texts.push(...card.answer.options.map((option) => option.label));
  if (card.picture) texts.push(card.picture.alt);
  return texts;
}

/** Whether the card has all its texts in `language`. */
export function isCardComplete(card: Card, language: string): boolean {
  return cardTexts(card).every((text) => textIn(text, language) !== undefined);
}

const zeroDepths = (): Record<Depth, number> => ({ 1: 0, 2: 0, 3: 0 });
const zeroFamilies = () =>
  Object.fromEntries(CARD_FAMILIES.map((family) => [family, 0])) as Record<CardFamily, number>;

/**
 * Counts the cards of a deck in every way a trainer needs to see its balance, and lists its gaps:
 * a family with no cards, a theme without cards at some depth, a theme with fewer than 3 cards,
 * a language with incomplete cards, and (for information) a family missing in a theme.
 *
 * @example
 * ```ts
 * const stats = deckStats(deck);
 * stats.byDepth[3]; // cards at depth 3
 * stats.gaps.filter((gap) => gap.severity === 'warning');
 * console.log(formatStats(stats, 'nl'));
 * ```
 */
export function deckStats(deck: Deck): DeckStats {
  const themeIds = deck.themes.map((theme) => theme.id);
  for (const card of deck.cards) if (!themeIds.includes(card.theme)) themeIds.push(card.theme);
  const themeTitle = (id: string) => {
    const theme = deck.themes.find((t) => t.id === id);
    const title = (language: string) =>
      localizedText(theme?.title, language, deck.defaultLanguage)?.text ?? id;
    return { nl: title('nl'), en: title('en') };
  };

  const byFamily = zeroFamilies();
  const byTheme: Record<string, number> = Object.fromEntries(themeIds.map((id) => [id, 0]));
  const byDepth = zeroDepths();
  const byLanguage: Record<string, number> = Object.fromEntries(deck.languages.map((l) => [l, 0]));
  const byAnswerKind: Record<string, number> = { talk: 0, text: 0, faces: 0, choice: 0 };
  const themeByDepth = Object.fromEntries(themeIds.map((id) => [id, zeroDepths()]));
  const themeByFamily = Object.fromEntries(themeIds.map((id) => [id, zeroFamilies()]));
  const incomplete: Record<string, string[]> = Object.fromEntries(deck.languages.map((l) => [l, []]));

  for (const card of deck.cards) {
    byFamily[card.family] = (byFamily[card.family] ?? 0) + 1;
    byTheme[card.theme] = (byTheme[card.theme] ?? 0) + 1;
    byDepth[card.depth]++;
    byAnswerKind[card.answer.kind] = (byAnswerKind[card.answer.kind] ?? 0) + 1;
    themeByDepth[card.theme]![card.depth]++;
    themeByFamily[card.theme]![card.family]++;
    for (const language of deck.languages) {
      if (isCardComplete(card, language)) byLanguage[language]!++;
      else incomplete[language]!.push(card.id);
    }
  }

  const gaps: StatsGap[] = [];
  const gap = (
    code: StatsGapCode,
    severity: StatsGap['severity'],
    params: StatsGap['params'],
    nl: string,
    en: string,
  ) => gaps.push({ code, severity, params, message: { nl, en } });

  for (const family of CARD_FAMILIES) {
    if (byFamily[family] === 0) {
      const nl = FAMILY_NAMES.nl[family];
      const en = FAMILY_NAMES.en[family];
      gap(
        'family-missing',
        'warning',
        { family },
        `Er is geen enkele kaart van de soort ${nl}.`,
        `There is no card of the family ${en} at all.`,
      );
    }
  }
  for (const id of themeIds) {
    const title = themeTitle(id);
    const count = byTheme[id] ?? 0;
    if (count === 0) {
      gap(
        'theme-few-cards',
        'warning',
        { theme: id, count },
        `Thema ${title.nl} heeft geen kaarten.`,
        `Theme ${title.en} has no cards.`,
      );
      continue;
    }
    for (const depth of DEPTHS) {
      if (themeByDepth[id]![depth] === 0)
        gap(
          'theme-missing-depth',
          'warning',
          { theme: id, depth },
          `Thema ${title.nl} heeft geen kaart met diepte ${depth}.`,
          `Theme ${title.en} has no card at depth ${depth}.`,
        );
    }
    if (count < MIN_CARDS_PER_THEME)
      gap(
        'theme-few-cards',
        'warning',
        { theme: id, count, minimum: MIN_CARDS_PER_THEME },
        `Thema ${title.nl} heeft maar ${count} ${count === 1 ? 'kaart' : 'kaarten'} (minstens ${MIN_CARDS_PER_THEME} is beter).`,
        `Theme ${title.en} has only ${count} ${count === 1 ? 'card' : 'cards'} (at least ${MIN_CARDS_PER_THEME} is better).`,
      );
  }
  for (const language of deck.languages) {
    const ids = incomplete[language]!;
    if (ids.length === 0) continue;
    gaps.push({
      code: 'language-incomplete',
      severity: 'warning',
      params: { language, count: ids.length },
      message: {
        nl: `${ids.length} ${ids.length === 1 ? 'kaart mist' : 'kaarten missen'} tekst in de taal ${language}: ${preview(ids)}.`,
        en: `${ids.length} ${ids.length === 1 ? 'card lacks' : 'cards lack'} text in the language ${language}: ${preview(ids)}.`,
      },
      cardIds: ids.slice(0, 10),
    });
  }
  for (const id of themeIds) {
    if ((byTheme[id] ?? 0) === 0) continue;
    const missing = CARD_FAMILIES.filter(
      (family) => themeByFamily[id]![family] === 0 && byFamily[family] > 0,
    );
    if (missing.length === 0) continue;
    const title = themeTitle(id);
    const names = (lang: 'nl' | 'en') =>
      listOf(
        missing.map((f) => FAMILY_NAMES[lang][f]),
        lang,
      );
    gap(
      'theme-missing-family',
      'info',
      { theme: id, families: missing.join(','), count: missing.length },
      `Thema ${title.nl} heeft geen kaart van de ${missing.length === 1 ? 'soort' : 'soorten'} ${names('nl')}.`,
      `Theme ${title.en} has no card of the ${missing.length === 1 ? 'family' : 'families'} ${names('en')}.`,
    );
  }

  return {
    deck: {
      id: deck.id,
      version: deck.version,
      title: localizedText(deck.title, deck.defaultLanguage, deck.defaultLanguage)?.text ?? deck.id,
      defaultLanguage: deck.defaultLanguage,
      languages: [...deck.languages],
    },
    cards: deck.cards.length,
    themes: themeIds.map((id) => ({ id, title: themeTitle(id) })),
    byFamily,
    byTheme,
    byDepth,
    byLanguage,
    byAnswerKind,
    themeByDepth,
    themeByFamily,
    gaps,
  };
}

/** `a, b en c` / `a, b and c`. */
function listOf(items: string[], lang: 'nl' | 'en'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${items.at(-1)}`;
}

function preview(ids: string[]): string {
  return ids.length > 5 ? `${ids.slice(0, 5).join(', ')} …` : ids.join(', ');
}
