#!/usr/bin/env node
// @ts-check
// The editor benchmark: <ontdek-doe-deck-editor> on a 1,000-card deck in Debian's headless
// Chromium at 4× CPU throttling (CDP Emulation.setCPUThrottlingRate), on the BUILT packages.
//
//   pnpm bench:editor                           # at the repo root: builds the packages first
//   node tests/bench/editor.mjs --rate 1 --cards 1000 --json   # packages already built
//
// It bundles define/ontdek-doe-deck-editor.js with esbuild (minified, as a host would) into a page
// that holds only the editor (buildPages.mjs), serves it as the speed benchmark does
// (benchServer.mjs), opens the deck from its URL (the editor's own fetch), and measures, for each
// key typed with Playwright's keyboard (measureKeys.mjs):
//   - search: from the keydown to the list showing the new matches (DOM) and to the next frame;
//   - question: typing in a card's question, from the keydown to the card's row in the list
//     showing the new text (DOM) and to the next frame;
// with the main thread's script + style + layout time per key; plus how long the check after a
// pause in typing takes (draft.problems() on the whole deck and the re-render of the problem
// marks), and opening the deck. The aim (editorReport.mjs): every keystroke shows within 100 ms.
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/chromium.js';
import { serveBench } from './benchServer.mjs';
import { buildEditorPage, EDITOR_DECK } from './buildPages.mjs';
import { editorReport, keystrokes, summarizeFinite } from './editorReport.mjs';
import { forgetKeys, installKeyProbe, keySamples, typeTimed, watchEditorList } from './measureKeys.mjs';

const { values: options } = parseArgs({
  options: {
    rate: { type: 'string', default: '4' },
    cards: { type: 'string', default: '1000' },
    json: { type: 'boolean', default: false },
  },
});
/** @param {string} message */
const usage = (message) => {
  console.error(message);
  process.exit(2);
};
const RATE = Number(options.rate);
const CARDS = Number(options.cards);
if (!(RATE >= 1)) usage(`--rate ${options.rate}: give how many times slower the CPU runs, 1 or more.`);
// The question is typed into the first card, and the check edits the second.
if (!Number.isInteger(CARDS) || CARDS < 2)
  usage(`--cards ${options.cards}: give a whole number of cards, 2 or more.`);
const VIEWPORT = { width: 1280, height: 800 };
const QUESTION_WORDS = ' Vertel eens wat meer.';
/** After typing stops: the editor checks the deck 300 ms after the last key, then draws the marks. */
const settle = (/** @type {import('playwright-core').Page} */ page) => page.waitForTimeout(1200);

async function main() {
  const served = await serveBench(await buildEditorPage(CARDS));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.addInitScript(installKeyProbe);
    await page.goto(`${served.url}/`);
    await page.waitForFunction(() => customElements.get('ontdek-doe-deck-editor'));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });

    // Open the deck through the editor, from its URL.
    const openMs = await page.evaluate(async (url) => {
      const editor = document.querySelector('ontdek-doe-deck-editor');
      if (!editor) throw new Error('The page has no <ontdek-doe-deck-editor>.');
      const t0 = performance.now();
      const failed = await editor.open({ kind: 'url', url });
      if (failed.length) throw new Error(failed.join(' '));
      await editor.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      return performance.now() - t0;
    }, EDITOR_DECK);
    const cards = await page.evaluate(
      () => document.querySelector('ontdek-doe-deck-editor')?.draft?.cardIds().length ?? 0,
    );
    if (cards !== CARDS) throw new Error(`The editor opened ${cards} cards, not ${CARDS}.`);

    const list = page.locator('ontdek-doe-deck-editor ontdek-doe-editor-list');
    await cdp.send('Performance.enable');

    // ── Search: type a word, letter by letter, at a trainer's pace ──
    await watchEditorList(page);
    await list.locator('#search').focus();
    const searchWork = await typeTimed(page, cdp, ['h', 'e', 'l', 'p', 't', 'Backspace', 'Backspace']);
    await settle(page);
    const search = await keySamples(page);
    const matches = await list.locator('#list-count').textContent();
    await list.locator('#search').fill('');
    await settle(page);

    // ── Typing in a card's question ──
    await watchEditorList(page);
    const prompt = page.locator(
      'ontdek-doe-deck-editor ontdek-doe-editor-card textarea[data-path="cards/0/prompt/nl"]',
    );
    await prompt.focus();
    await page.keyboard.press('End');
    await forgetKeys(page);
    const typingWork = await typeTimed(page, cdp, [...QUESTION_WORDS]);
    await settle(page);
    const typing = await keySamples(page);
    const shown = await list.locator('.cards button').first().textContent();
    if (!shown?.includes(QUESTION_WORDS.trim()))
      throw new Error('The list does not show the typed question.');

    // ── The check after a pause: problems of the whole deck, and the marks re-drawn ──
    const check = await page.evaluate(async () => {
      const editor = document.querySelector('ontdek-doe-deck-editor');
      const draft = editor?.draft;
      if (!editor || !draft) throw new Error('The editor has no deck open.');
      const times = [];
      for (let i = 0; i < 5; i++) {
        draft.edit({ type: 'set', path: ['cards', 1, 'prompt', 'nl'], value: `Vraag ${i}?` });
        const t0 = performance.now();
        editor.validateNow();
        await editor.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        times.push(performance.now() - t0);
        await new Promise((resolve) => setTimeout(resolve, 1100));
      }
      return times;
    });

    /** @type {import('./editorReport.mjs').EditorResult} */
    const result = {
      cards: CARDS,
      cpuThrottling: RATE,
      openMs: Math.round(openMs),
      matchesAfterSearch: matches?.trim(),
      searchKeystroke: keystrokes(search, searchWork),
      promptKeystroke: keystrokes(typing, typingWork),
      checkAfterPause: summarizeFinite(check),
    };
    const { table, met, verdict } = editorReport(result);
    if (options.json) console.log(JSON.stringify(result, null, 2));
    else {
      console.log(
        `<ontdek-doe-deck-editor>, ${CARDS} cards, CPU ${RATE}× slower (Chromium ${browser.version()}, ` +
          `load average ${(loadavg()[0] ?? 0).toFixed(1)} on ${cpus().length} cores)\n`,
      );
      console.log(table);
    }
    if (met) {
      if (!options.json) console.log(`\n${verdict}`);
    } else {
      console.error(`\n${verdict}`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await served.close();
  }
}

await main();
