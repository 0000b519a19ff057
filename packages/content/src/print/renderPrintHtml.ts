/**
 * A deck as printable cards: one self-contained HTML document for sessions without screens.
 */
import type { Card, Deck, Theme } from '@ontdek-doe/core/schema';
import { FAMILY_NAMES } from '../analysis/labels.ts';
import { localizedText } from '../analysis/localizedText.ts';
import { escapeHtml } from './escapeHtml.ts';
import { fitCard } from './fitCard.ts';
import { inlineIcon } from './inlineIcon.ts';
import { PRINT_LABELS, labelLanguage } from './printLabels.ts';
import { GRID, cutMarksSvg, depthDots, logoMark, safeColour, textColourOn } from './printParts.ts';
import { PRINT_CSS } from './printStyles.ts';

/** Options of {@link renderPrintHtml}. */
export interface PrintOptions {
  /** The language to print; a text missing in it is printed in the deck's default language. */
  language: string;
  /** Icon name → SVG markup (the content package's `icons/<name>.svg`). Missing icons are left out. */
  icons: Record<string, string>;
  /** Add the leader sheet with hints and follow-up questions at the end. Default `true`. */
  leaderSheet?: boolean;
}

const CARDS_PER_SHEET = GRID.columns * GRID.rows;
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'ckb', 'dv', 'sd', 'ug']);
const dirOf = (language: string) => (RTL.has(language.toLowerCase().split('-')[0]!) ? 'rtl' : 'ltr');

/** A deck text in the print language (or the fallback), escaped, with `lang` when it fell back. */
interface Text {
  html: string;
  plain: string;
  /** ` lang="…" dir="…"` when the text is in another language than the page, else ''. */
  attrs: string;
}

function makeText(deck: Deck, language: string) {
  return (value: Card['prompt'] | undefined): Text | undefined => {
    const found = localizedText(value, language, deck.defaultLanguage);
    if (!found) return undefined;
    const attrs =
      found.language === language
        ? ''
        : ` lang="${escapeHtml(found.language)}"${dirOf(found.language) === dirOf(language) ? '' : ` dir="${dirOf(found.language)}"`}`;
    return { html: escapeHtml(found.text), plain: found.text, attrs };
  };
}

/**
 * Renders a deck as one HTML document to print on A4: pages of 8 cards (2 × 4, 105 × 74.25 mm)
 * with cut marks, each followed by a page of card backs mirrored per row for double-sided printing
 * (flip on the long edge), and a leader sheet with every card's hints and follow-up questions.
 * Everything is inline (styles, icons); there are no scripts and no external requests. Deck text
 * is escaped, so `<b>` prints as written.
 *
 * A card front shows the family in words, a band in the theme's colour with its icon and title,
 * the depth as 1–3 dots, the question (and the easy text under it), and a choice card's options
 * with their icons. Leader hints are not on the front. Long texts get smaller type (`fit-1` …
 * `fit-10`), so the longest texts a deck allows still fit.
 *
 * @example
 * ```ts
 * const icons = Object.fromEntries(names.map((n) => [n, readFileSync(`icons/${n}.svg`, 'utf8')]));
 * writeFileSync('basis.html', renderPrintHtml(deck, { language: 'nl', icons }));
 * await printToPdf(html, 'basis.pdf');
 * ```
 */
export function renderPrintHtml(deck: Deck, options: PrintOptions): string {
  const language = options.language;
  const labelLang = labelLanguage(language, deck.defaultLanguage);
  const labels = PRINT_LABELS[labelLang];
  const text = makeText(deck, language);
  const themes = new Map(deck.themes.map((theme) => [theme.id, theme]));
  const deckTitle = text(deck.title) ?? { html: escapeHtml(deck.id), plain: deck.id, attrs: '' };

  const front = (card: Card): string =>
    cardFront(card, themes.get(card.theme), { text, labels, labelLang, icons: options.icons });
  const back = (card: Card): string =>
    `<article class="card back" data-card-id="${escapeHtml(card.id)}"><span class="sr-only">${labels.back}</span>${logoMark()}<p class="back-title"${deckTitle.attrs}>${deckTitle.html}</p></article>`;
  const empty = '<div class="card empty" aria-hidden="true"></div>';

  const sheets: string[] = [];
  for (let start = 0, sheet = 1; start < deck.cards.length; start += CARDS_PER_SHEET, sheet++) {
    const cards = deck.cards.slice(start, start + CARDS_PER_SHEET);
    const fronts = Array.from({ length: CARDS_PER_SHEET }, (_, i) => (cards[i] ? front(cards[i]) : empty));
    // Long-edge duplex mirrors each row left to right: the back of column 0 sits in column 1.
    const backs: string[] = [];
    for (let row = 0; row < GRID.rows; row++) {
      for (let column = GRID.columns - 1; column >= 0; column--) {
        const card = cards[row * GRID.columns + column];
        backs.push(card ? back(card) : empty);
      }
    }
    sheets.push(
      `<section class="sheet fronts" aria-label="${escapeHtml(labels.fronts(sheet))}">${fronts.join('')}${cutMarksSvg()}</section>`,
      `<section class="sheet backs" aria-label="${escapeHtml(labels.backs(sheet))}">${backs.join('')}</section>`,
    );
  }

  const leader = options.leaderSheet === false ? '' : leaderSheet(deck, themes, { text, labels, labelLang });

  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(language)}" dir="${dirOf(language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    // Belt and braces: even a crafted deck cannot make the page fetch or run anything.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    `<title>${escapeHtml(labels.documentTitle(deckTitle.plain))}</title>`,
    `<style>${PRINT_CSS}</style>`,
    '</head>',
    `<body>`,
    `<p class="sr-only">${escapeHtml(labels.howToPrint)}</p>`,
    ...sheets,
    leader,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

interface Context {
  text: ReturnType<typeof makeText>;
  labels: (typeof PRINT_LABELS)[keyof typeof PRINT_LABELS];
  labelLang: 'nl' | 'en';
}

/** The texts of a card front in the print language, and the type size they fit at. */
function frontTexts(card: Card, theme: Theme | undefined, ctx: Omit<Context, 'labels'>) {
  const { text } = ctx;
  const themeTitle = text(theme?.title) ?? { html: escapeHtml(card.theme), plain: card.theme, attrs: '' };
  const question = text(card.prompt) ?? { html: '', plain: '', attrs: '' };
  const easy = text(card.easy);
  const options =
    card.answer.kind === 'choice' && 'options' in card.answer
      ? card.answer.options.map((option) => ({
          option,
          label: text(option.label) ?? { html: escapeHtml(option.id), plain: option.id, attrs: '' },
        }))
      : [];
  const familyName = FAMILY_NAMES[ctx.labelLang][card.family] ?? card.family;
  const fit = fitCard({
    theme: themeTitle.plain,
    family: familyName,
    id: card.id,
    question: question.plain,
    ...(easy ? { easy: easy.plain } : {}),
    options: options.map((o) => o.label.plain),
  });
  return { themeTitle, question, easy, options, familyName, fit };
}

/**
 * The cards whose texts do not fit on a printed card even at the smallest type (they would
 * overlap), by position in the deck. A deck can be valid and still have such a card: a long
 * question and many long options.
 *
 * @example
 * ```ts
 * for (const { index, id } of cardsThatDoNotFit(deck, { language: 'nl' })) console.warn(index, id);
 * ```
 */
export function cardsThatDoNotFit(
  deck: Deck,
  options: { language: string },
): { index: number; id: string }[] {
  const labelLang = labelLanguage(options.language, deck.defaultLanguage);
  const text = makeText(deck, options.language);
  const themes = new Map(deck.themes.map((theme) => [theme.id, theme]));
  const out: { index: number; id: string }[] = [];
  deck.cards.forEach((card, index) => {
    if (!frontTexts(card, themes.get(card.theme), { text, labelLang }).fit.fits)
      out.push({ index, id: card.id });
  });
  return out;
}

function cardFront(
  card: Card,
  theme: Theme | undefined,
  ctx: Context & { icons: Record<string, string> },
): string {
  const { labels } = ctx;
  const { themeTitle, question, easy, options, familyName, fit } = frontTexts(card, theme, ctx);
  const { tier, questionTier, columns } = fit;
  const colour = safeColour(theme?.colour ?? '');
  const themeIcon = inlineIcon(ctx.icons, theme?.icon, 'band-icon') ?? '';
  const optionList =
    options.length === 0
      ? ''
      : `<ul class="options" style="--cols:${columns}">${options
          .map(
            ({ option, label }) =>
              `<li class="option">${inlineIcon(ctx.icons, option.icon, 'option-icon') ?? '<span class="option-box" aria-hidden="true"></span>'}<span class="option-label t"${label.attrs}>${label.html}</span></li>`,
          )
          .join('')}</ul>`;

  return [
    `<article class="card front fit-${tier}${questionTier < tier ? ` q-${questionTier}` : ''}" data-card-id="${escapeHtml(card.id)}" style="--theme:${colour};--on-theme:${textColourOn(colour)}">`,
    `<div class="band">${themeIcon}<span class="theme-title t"${themeTitle.attrs}>${themeTitle.html}</span></div>`,
    `<div class="meta"><span class="family t">${escapeHtml(familyName)}</span>`,
    `<span class="card-id t">${escapeHtml(card.id)}</span>${depthDots(card.depth, escapeHtml(labels.depth(card.depth)))}</div>`,
    `<div class="body"><p class="question t"${question.attrs}>${question.html}</p>`,
    easy ? `<p class="easy t"${easy.attrs}>${easy.html}</p>` : '',
    `</div>${optionList}</article>`,
  ].join('');
}

function leaderSheet(deck: Deck, themes: Map<string, Theme>, ctx: Context): string {
  const { text, labels } = ctx;
  const list = (items: Card['hints']) => {
    const texts = (items ?? []).map(text).filter((t): t is Text => t !== undefined);
    return texts.length === 0 ? '' : `<ul>${texts.map((t) => `<li${t.attrs}>${t.html}</li>`).join('')}</ul>`;
  };
  const rows = deck.cards
    .filter((card) => (card.hints?.length ?? 0) + (card.followUps?.length ?? 0) > 0)
    .map((card) => {
      const question = text(card.prompt);
      const theme = text(themes.get(card.theme)?.title)?.html ?? escapeHtml(card.theme);
      const family = escapeHtml(FAMILY_NAMES[ctx.labelLang][card.family] ?? card.family);
      return (
        `<tr data-card-id="${escapeHtml(card.id)}"><th scope="row" class="card-ref">${escapeHtml(card.id)}` +
        `<span>${family} · ${theme} · ${escapeHtml(labels.depth(card.depth))}</span></th>` +
        `<td${question?.attrs ?? ''}>${question?.html ?? ''}</td><td>${list(card.hints)}</td><td>${list(card.followUps)}</td></tr>`
      );
    });
  if (rows.length === 0) return '';
  return (
    `<section class="leader"><h1>${escapeHtml(labels.leaderTitle)}</h1><p>${escapeHtml(labels.leaderIntro)}</p>` +
    `<table><thead><tr><th scope="col">${labels.card}</th><th scope="col">${labels.question}</th>` +
    `<th scope="col">${labels.hints}</th><th scope="col">${labels.followUps}</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></section>`
  );
}
