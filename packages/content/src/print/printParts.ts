/**
 * The pieces of the printed page: cut marks, the depth dots, the logo mark, and the colour of text
 * on a theme band.
 */
import { CARD } from './fitCard.ts';

/** Columns and rows of cards on a sheet. */
export const GRID = { columns: 2, rows: 4 } as const;

/** Length of a cut mark's arm, mm: short of the card's content (5 mm in from every edge). */
const ARM = 4;

/**
 * Cut marks for a full sheet. The cards tile A4 exactly, so there is no margin outside the grid:
 * the marks are drawn on the cut lines at the card corners (a cross where four corners meet, a
 * tick at the edge of the sheet), inside the 5 mm safe zone that holds no content, so the cut
 * itself removes them.
 */
export function cutMarksSvg(): string {
  const width = CARD.width * GRID.columns;
  const height = CARD.height * GRID.rows;
  const xs = Array.from({ length: GRID.columns + 1 }, (_, i) => i * CARD.width);
  const ys = Array.from({ length: GRID.rows + 1 }, (_, i) => i * CARD.height);
  const d: string[] = [];
  for (const x of xs) {
    for (const y of ys) {
      const onEdgeX = x === 0 || x === width;
      const onEdgeY = y === 0 || y === height;
      if (onEdgeX && onEdgeY) continue; // a corner of the sheet is no cut
      // along the vertical cut line x (not on the sheet's left or right edge)
      if (!onEdgeX) {
        if (y > 0) d.push(`M${x} ${y - ARM}V${y}`);
        if (y < height) d.push(`M${x} ${y}V${y + ARM}`);
      }
      // along the horizontal cut line y
      if (!onEdgeY) {
        if (x > 0) d.push(`M${x - ARM} ${y}H${x}`);
        if (x < width) d.push(`M${x} ${y}H${x + ARM}`);
      }
    }
  }
  return `<svg class="cut-marks" aria-hidden="true" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none"><path d="${d.join('')}"/></svg>`;
}

/** Three dots, as many filled as the depth, with the depth in words for screen readers and copying. */
export function depthDots(depth: number, label: string): string {
  const circles = [0, 1, 2]
    .map((i) => `<circle cx="${5 + i * 12}" cy="5" r="4"${i < depth ? ' class="on"' : ''}/>`)
    .join('');
  return `<span class="depth"><span class="sr-only">${label}</span><svg aria-hidden="true" viewBox="0 0 34 10">${circles}</svg></span>`;
}

/**
 * The logo mark on the card backs: a ring (discover) around three rising steps (do; small steps
 * count), drawn in SVG so the page needs no image file.
 */
export function logoMark(): string {
  return (
    '<svg class="logo" aria-hidden="true" viewBox="0 0 48 48" fill="none" stroke="#1b6e5a" ' +
    'stroke-width="3" stroke-linecap="round" stroke-linejoin="round">' +
    '<circle cx="24" cy="24" r="21"/>' +
    '<path d="M12 33h8v-7h8v-7h8"/>' +
    '<circle cx="36" cy="13" r="2.5" fill="#f2a33a" stroke="none"/>' +
    '</svg>'
  );
}

/** sRGB relative luminance of `#rgb` / `#rrggbb` (WCAG 2). */
function luminance(hex: string): number {
  const full = hex.length === 4 ? hex.replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3') : hex;
  const channels = [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** A valid theme colour, or a calm grey when the deck's colour is not `#rgb`/`#rrggbb`. */
export function safeColour(colour: string): string {
  return /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(colour) ? colour : '#5a6b7a';
}

/** White or near-black, whichever contrasts more with the theme colour. */
export function textColourOn(colour: string): string {
  const l = luminance(safeColour(colour));
  const onWhite = 1.05 / (l + 0.05);
  const onBlack = (l + 0.05) / 0.05;
  return onWhite >= onBlack ? '#ffffff' : '#141414';
}
