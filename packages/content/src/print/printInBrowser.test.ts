/**
 * The printed cards in a real Chromium: the longest texts a deck allows fit on every card, in
 * Dutch and English, and `printToPdf` makes a PDF. Needs a Chromium (`/usr/bin/chromium`, or
 * `CHROMIUM_PATH`; `.ci/run` installs Debian's): without one these tests fail, they never skip.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DECK_LIMITS, parseDeck } from '@ontdek-doe/core/schema';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, findChromium } from './findChromium.ts';
import { LIMITS, longestDeck } from './longestDeck.ts';
import { printToPdf } from './printToPdf.ts';
import { renderPrintHtml } from './renderPrintHtml.ts';

const executablePath = findChromium();
const iconsDir = new URL('../../icons/', import.meta.url);

async function loadIcons(): Promise<Record<string, string>> {
  const files = (await readdir(iconsDir).catch(() => [] as string[])).filter((f) => f.endsWith('.svg'));
  const entries = await Promise.all(
    files.map(async (f) => [f.slice(0, -4), await readFile(new URL(f, iconsDir), 'utf8')] as const),
  );
  return Object.fromEntries(entries);
}

// The page's DOM, as far as `findOverflow` uses it (the repository's TypeScript has no DOM library).
interface PageBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
interface PageElement {
  classList: Iterable<string> & { contains(name: string): boolean; [index: number]: string | undefined };
  dataset: Record<string, string | undefined>;
  scrollWidth: number;
  scrollHeight: number;
  clientWidth: number;
  clientHeight: number;
  getBoundingClientRect(): PageBox;
  querySelectorAll(selector: string): Iterable<PageElement>;
}
declare const document: { querySelectorAll(selector: string): Iterable<PageElement> & { length: number } };
declare function getComputedStyle(
  element: PageElement,
): Record<'paddingLeft' | 'paddingRight' | 'paddingTop' | 'paddingBottom', string>;

/** Runs in the page: every way a card's text could spill out of its card. */
function findOverflow() {
  const problems: string[] = [];
  const tiers: Record<string, number> = {};
  const px = (v: string) => parseFloat(v) || 0;
  for (const card of document.querySelectorAll('.card.front, .card.back')) {
    const id = `${card.dataset.cardId} (${card.classList.contains('back') ? 'back' : 'front'})`;
    const tier = [...card.classList].find((c) => c.startsWith('fit-'));
    if (tier) tiers[tier] = (tiers[tier] ?? 0) + 1;
    const style = getComputedStyle(card);
    const rect = card.getBoundingClientRect();
    // the card's content box: inside the 5 mm safe zone
    const box = {
      left: rect.left + px(style.paddingLeft) - 0.5,
      right: rect.right - px(style.paddingRight) + 0.5,
      top: rect.top + px(style.paddingTop) - 0.5,
      bottom: rect.bottom - px(style.paddingBottom) + 0.5,
    };
    if (card.scrollHeight > card.clientHeight || card.scrollWidth > card.clientWidth)
      problems.push(`${id}: the card's content is larger than the card`);
    const parts = card.querySelectorAll('.t, .back-title, .band, .meta, .body, .options, .option');
    for (const el of parts) {
      const name = `${id} .${el.classList[0]}`;
      if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
        problems.push(
          `${name}: overflows (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`,
        );
      const r = el.getBoundingClientRect();
      if (r.left < box.left || r.right > box.right || r.top < box.top || r.bottom > box.bottom)
        problems.push(
          `${name}: outside the card (${Math.round(r.bottom - box.bottom)} px below the safe zone)`,
        );
    }
  }
  return { problems, tiers, cards: document.querySelectorAll('.card.front').length };
}

describe('printed cards in Chromium', () => {
  let browser: Browser;
  let icons: Record<string, string>;
  const deck = longestDeck();

  beforeAll(async () => {
    expect(
      executablePath,
      'Chromium is needed: apt-get install chromium, or set CHROMIUM_PATH',
    ).toBeDefined();
    icons = await loadIcons();
    browser = await chromium.launch({
      executablePath: executablePath!,
      headless: true,
      args: CHROMIUM_FLAGS.filter((flag) => flag !== '--headless'),
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('uses a valid deck at the limits of the core', () => {
    expect(LIMITS.prompt).toBe(DECK_LIMITS.text.prompt);
    expect(LIMITS.easy).toBe(DECK_LIMITS.text.easy);
    expect(LIMITS.optionLabel).toBe(DECK_LIMITS.text.optionLabel);
    expect(LIMITS.themeTitle).toBe(DECK_LIMITS.text.themeTitle);
    const result = parseDeck(deck);
    expect(result.ok ? [] : result.errors.map((e) => e.message.en)).toEqual([]);
    expect(deck.cards.some((c) => c.prompt.nl!.length === 300 && c.prompt.en!.length === 300)).toBe(true);
  });

  it.each(['nl', 'en'])('fits every text inside its card (%s)', async (language) => {
    const page = await browser.newPage();
    try {
      await page.emulateMedia({ media: 'print' });
      await page.setContent(renderPrintHtml(deck, { language, icons }));
      const result = await page.evaluate(findOverflow);
      expect(result.cards).toBe(deck.cards.length);
      expect(result.problems).toEqual([]);
      // the short questions stay large: the type only shrinks when it has to
      expect(result.tiers['fit-1']).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it('prints a PDF', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'od-print-test-'));
    try {
      const file = join(dir, 'cards.pdf');
      const result = await printToPdf(renderPrintHtml(deck, { language: 'nl', icons }), file);
      expect(result).toMatchObject({ ok: true, file });
      const pdf = await readFile(file);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // one page of fronts and one of backs per 8 cards, then the leader sheet (one card has hints);
      // every page A4 (595 × 842 pt)
      const pages = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)];
      expect(pages).toHaveLength(2 * Math.ceil(deck.cards.length / 8) + 1);
      for (const [, width, height] of pages) {
        expect(Number(width)).toBeCloseTo(595, 0);
        expect(Number(height)).toBeCloseTo(842, 0);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
