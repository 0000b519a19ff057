/**
 * Choosing the type size of a printed card so that its texts fit, without a script in the page:
 * the card's texts are laid out here by estimate (word by word, with the character widths of a
 * wide sans-serif), and the card gets the class of the largest size that fits: `fit-1` (largest)
 * to `fit-10`.
 *
 * The widths are DejaVu Sans (Linux's default sans-serif, as wide as Verdana): the system fonts
 * of Windows, macOS and Android (Segoe UI, SF, Roboto) are narrower, so there they only leave
 * more room. The browser test renders the longest texts a deck may hold (300 characters) and
 * checks that nothing overflows.
 */

/** Millimetres per typographic point. */
const MM_PER_PT = 25.4 / 72;

/** The card's size and its inner margin (the safe zone that also holds the cut marks), in mm. */
export const CARD = { width: 105, height: 74.25, padX: 6, padY: 5 } as const;

/** The type sizes of one tier in points (question, easy text, options, band, meta line) and its spacing in mm. */
export interface FitTier {
  question: number;
  easy: number;
  option: number;
  band: number;
  meta: number;
  /** Space between band, meta line, question, easy text and options. */
  gap: number;
}

/** From calm and large to small; a card takes the first that fits. */
export const FIT_TIERS: readonly FitTier[] = [
  { question: 17, easy: 11.5, option: 10.5, band: 9.5, meta: 7.5, gap: 1.6 },
  { question: 15, easy: 11, option: 10, band: 9.5, meta: 7.5, gap: 1.5 },
  { question: 13, easy: 10, option: 9.5, band: 9, meta: 7, gap: 1.4 },
  { question: 11.5, easy: 9.5, option: 9, band: 9, meta: 7, gap: 1.4 },
  { question: 10.5, easy: 9, option: 8.5, band: 8.5, meta: 7, gap: 1.2 },
  { question: 9.5, easy: 8.5, option: 8, band: 8, meta: 6.5, gap: 1.2 },
  { question: 8.5, easy: 7.5, option: 7.5, band: 7.5, meta: 6.5, gap: 1 },
  { question: 7.5, easy: 7, option: 7, band: 7, meta: 6, gap: 0.9 },
  { question: 7, easy: 6.5, option: 6.5, band: 6.5, meta: 6, gap: 0.8 },
  { question: 6.5, easy: 6, option: 6, band: 6, meta: 5.5, gap: 0.7 },
];

/** Line heights (times the font size) and fixed sizes, shared with the print styles. */
export const LAYOUT = {
  questionLine: 1.22,
  easyLine: 1.25,
  optionLine: 1.15,
  bandLine: 1.2,
  metaLine: 1.2,
  /** Padding inside the band, mm. */
  bandPadY: 1,
  bandPadX: 2.4,
  /** Space between an icon and its text, mm. */
  iconGap: 1.2,
  /** Space between option rows, mm; columns are twice as far apart. */
  optionGap: 1,
  /** Icon size as a multiple of the font size. */
  icon: 1.4,
  /** Depth dots: width as a multiple of the meta font size. */
  dots: 3.4,
  /** Space between the parts of the meta line, mm. */
  metaGap: 2,
  /** Share of a line the estimate fills, for rounding and kerning. */
  fill: 0.97,
  /** Height kept free below the estimate, mm, for font differences. */
  spare: 1,
} as const;

/* Advance widths of DejaVu Sans Book and Bold for U+0020–U+007E, in thousandths of an em. */
const WIDTHS = {
  regular:
    '318,401,460,838,636,950,780,275,390,390,500,838,318,361,318,337,636,636,636,636,636,636,636,636,636,636,337,337,838,838,838,531,1000,709,686,698,770,632,575,775,752,295,295,656,557,863,748,787,603,787,695,635,595,732,684,989,685,611,685,390,337,390,838,500,500,613,635,550,635,615,344,635,634,278,278,579,278,974,634,612,635,635,395,521,392,634,592,818,592,592,525,636,337,636,838',
  bold: '348,456,521,838,696,1002,872,306,457,457,523,838,380,415,380,365,696,696,696,696,696,696,696,696,696,696,400,400,838,838,838,580,1000,774,762,734,830,683,683,821,837,372,372,775,637,995,837,850,733,850,770,680,703,812,774,1103,771,724,725,457,365,457,838,500,500,675,716,593,716,678,405,716,712,343,343,665,343,1042,712,687,716,716,493,595,478,712,652,924,645,652,582,712,365,712,838',
} as const;
const TABLE = {
  regular: WIDTHS.regular.split(',').map(Number),
  bold: WIDTHS.bold.split(',').map(Number),
};

/** Width of one character in em: from the table (accents stripped), else a wide default. */
function charWidth(ch: string, bold: boolean): number {
  const table = bold ? TABLE.bold : TABLE.regular;
  const base = ch.normalize('NFD')[0] ?? ch;
  const code = base.codePointAt(0) ?? 0;
  if (code >= 32 && code < 127) return table[code - 32]! / 1000;
  if (code >= 0x2e80) return 1; // CJK and other full-width scripts
  return bold ? 0.8 : 0.72; // other scripts (Arabic, Cyrillic, …), on the safe side
}

/** Lines of `text` wrapped greedily at spaces in `width` mm at `pt` points; long words break. */
export function countLines(text: string, pt: number, width: number, bold = false): number {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return 0;
  const em = pt * MM_PER_PT;
  const room = width * LAYOUT.fill;
  const space = charWidth(' ', bold) * em;
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const chars = [...word].map((ch) => charWidth(ch, bold) * em);
    const wordWidth = chars.reduce((a, b) => a + b, 0);
    if (used > 0 && used + space + wordWidth <= room) {
      used += space + wordWidth;
      continue;
    }
    if (used > 0) lines++;
    used = 0;
    // a word wider than the line breaks anywhere (`overflow-wrap: anywhere`)
    for (const w of chars) {
      if (used + w > room && used > 0) {
        lines++;
        used = 0;
      }
      used += w;
    }
  }
  return lines;
}

/** The texts of a card front that take room. */
export interface CardTexts {
  theme: string;
  family: string;
  id: string;
  question: string;
  easy?: string;
  options: string[];
}

/** The estimated height of a card's content (inside its padding), in mm. */
export function estimateHeight(
  texts: CardTexts,
  tier: FitTier,
  columns = optionColumns(texts.options.length),
): number {
  const width = CARD.width - 2 * CARD.padX;
  const mm = (pt: number) => pt * MM_PER_PT;

  const bandIcon = mm(tier.band) * LAYOUT.icon;
  const bandLines = countLines(
    texts.theme,
    tier.band,
    width - 2 * LAYOUT.bandPadX - bandIcon - LAYOUT.iconGap,
    true,
  );
  const band = Math.max(bandIcon, bandLines * mm(tier.band) * LAYOUT.bandLine) + 2 * LAYOUT.bandPadY;

  // meta line: family, card id (may wrap), dots
  const family = [...texts.family.toUpperCase()].reduce(
    (a, ch) => a + charWidth(ch, true) * mm(tier.meta) * 1.06,
    0,
  );
  const dots = mm(tier.meta) * LAYOUT.dots;
  const idWidth = Math.max(5, width - family - dots - 2 * LAYOUT.metaGap);
  const metaLines = Math.max(
    1,
    countLines(texts.id, tier.meta, idWidth),
    countLines(texts.family.toUpperCase(), tier.meta * 1.06, width - dots - LAYOUT.metaGap, true),
  );
  const meta = metaLines * mm(tier.meta) * LAYOUT.metaLine;

  let height = band + tier.gap + meta + tier.gap;
  height += countLines(texts.question, tier.question, width, true) * mm(tier.question) * LAYOUT.questionLine;
  if (texts.easy)
    height += tier.gap + countLines(texts.easy, tier.easy, width) * mm(tier.easy) * LAYOUT.easyLine;
  if (texts.options.length > 0) {
    const cell = (width - (columns - 1) * LAYOUT.optionGap * 2) / columns;
    const icon = mm(tier.option) * LAYOUT.icon;
    height += tier.gap;
    for (let row = 0; row < texts.options.length; row += columns) {
      const cells = texts.options
        .slice(row, row + columns)
        .map(
          (label) =>
            countLines(label, tier.option, cell - icon - LAYOUT.iconGap) *
            mm(tier.option) *
            LAYOUT.optionLine,
        );
      height += Math.max(icon, ...cells) + (row > 0 ? LAYOUT.optionGap : 0);
    }
  }
  return height;
}

/** The usual number of option cells on a row: 2 or 3, so icons and words stay together. */
export function optionColumns(count: number): number {
  if (count <= 3) return Math.max(1, count);
  return count === 4 ? 2 : 3;
}

/** What {@link fitCard} chose for a card. */
export interface CardFit {
  /** The tier of every text (1 = largest type). */
  tier: number;
  /** The tier of the question: larger than `tier` when the room left allows. */
  questionTier: number;
  /** Option cells per row. */
  columns: number;
  /** `false` when the texts do not fit even at the smallest type: they will overlap on paper. */
  fits: boolean;
}

/**
 * The largest type at which a card's texts fit, by estimate: first the tier for all texts, then
 * the question alone as large as the room left allows (a short question next to long options
 * stays large). Five or six options may go in two columns instead of three when that fits larger
 * type or takes less room. When nothing fits (more text than a valid deck can hold), the smallest
 * tier.
 *
 * @example
 * ```ts
 * fitCard({ theme: 'Ikzelf', family: 'Willen', id: 'c1', question: 'Waar word je blij van?', options: [] });
 * // { tier: 1, questionTier: 1, columns: 1, fits: true }
 * ```
 */
export function fitCard(texts: CardTexts): CardFit {
  const available = CARD.height - 2 * CARD.padY - LAYOUT.spare;
  const choices = [optionColumns(texts.options.length)];
  if (texts.options.length >= 5) choices.push(2);
  let best: { index: number; columns: number; height: number } | undefined;
  for (const columns of choices) {
    let index = FIT_TIERS.findIndex((tier) => estimateHeight(texts, tier, columns) <= available);
    if (index === -1) index = FIT_TIERS.length - 1;
    const height = estimateHeight(texts, FIT_TIERS[index]!, columns);
    if (!best || index < best.index || (index === best.index && height < best.height))
      best = { index, columns, height };
  }
  const { index, columns, height } = best!;
  const fits = height <= available;
  let questionIndex = index;
  while (questionIndex > 0) {
    const larger = { ...FIT_TIERS[index]!, question: FIT_TIERS[questionIndex - 1]!.question };
    if (estimateHeight(texts, larger, columns) > available) break;
    questionIndex--;
  }
  return { tier: index + 1, questionTier: questionIndex + 1, columns, fits };
}
