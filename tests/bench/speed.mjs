#!/usr/bin/env node
// @ts-check
// The speed benchmark of issue #3: <ontdek-doe-game> against a SurveyJS page (survey-core +
// survey-js-ui) that asks the same 40 questions one per page, in the same headless Chromium at
// 390×844 with 4× CPU throttling, several runs each, taking turns. It measures navigation → first
// question painted, Next → next question painted (39 times a run), the JS heap after 40 answered
// cards, and the gzip bytes of each page's JS + CSS; and prints a markdown table.
//
//   pnpm bench:speed                      # at the repo root: builds the packages first
//   node tests/bench/speed.mjs --runs 3   # packages already built
//   node tests/bench/speed.mjs --json out.json
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS as FLAGS } from '../../scripts/chromium.js';
import { serveBench } from './benchServer.mjs';
import { BENCH_CARDS } from './benchSettings.mjs';
import { buildPages, DIST } from './buildPages.mjs';
import { DRIVERS, installProbe } from './measurePage.mjs';
import { report } from './report.mjs';
import { mb, ms, summarize } from './stats.mjs';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    rate: { type: 'string', default: '4' },
    json: { type: 'string' },
  },
});
const RUNS = Math.max(1, Number.parseInt(options.runs ?? '5', 10) || 5);
const RATE = Math.max(1, Number(options.rate ?? '4') || 4);
const VIEWPORT = { width: 390, height: 844 };
/** Under 4× throttling on a loaded 2-core machine one step can take seconds. */
const STEP_TIMEOUT = 60_000;
const WORDS = 'Wandelen in het park';

/**
 * @typedef {import('./report.mjs').Run} Run
 * @typedef {import('./report.mjs').PageKind} PageKind
 */

/**
 * One run of one page in a fresh browser context: throttle, open, wait for the first question,
 * answer all 40 cards pressing Next between them, then collect garbage and read the heap.
 * @param {import('playwright-core').Browser} browser
 * @param {{ url: string, log: import('./benchServer.mjs').Served[] }} served
 * @param {PageKind | 'blank'} kind
 * @param {{ titles: string[], kinds: import('./measurePage.mjs').Kind[] }} plan
 * @returns {Promise<Run>}
 */
async function runPage(browser, served, kind, plan) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    /** @type {string[]} */
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    await page.addInitScript(installProbe, kind);
    served.log.length = 0;
    await page.goto(`${served.url}/${kind}/`, { waitUntil: 'load' });
    /** @type {Run} */
    const run = { first: Number.NaN, steps: null, next: [], heap: 0, jsCss: 0, all: 0 };
    if (kind === 'blank') {
      await page.locator('main').focus(); // the harness's own script in the page, as in the other runs
    } else {
      const driver = DRIVERS[kind];
      await page.waitForFunction(() => window.__bench.first !== null, null, { timeout: STEP_TIMEOUT });
      const first = await page.evaluate(() => window.__bench.first);
      expectQuestion(kind, 1, first?.text, plan.titles[0]);
      run.first = first?.ms ?? Number.NaN;
      run.steps = await page.evaluate(() => {
        /** When each resource of the page had arrived, and when the data file was asked for (ms since navigation). */
        const entries = /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource'));
        const find = (/** @type {RegExp} */ pattern) => entries.find((entry) => pattern.test(entry.name));
        const script = find(/\.js$/);
        const data = find(/\.json$/);
        return {
          script: script?.responseEnd ?? Number.NaN,
          dataAsked: data?.startTime ?? Number.NaN,
          data: data?.responseEnd ?? Number.NaN,
        };
      });
      for (let n = 1; n <= BENCH_CARDS; n++) {
        await driver.answer(page, plan.kinds[n - 1] ?? 'talk', `${WORDS} ${n}`);
        if (n === BENCH_CARDS) break;
        await driver.nextButton(page).focus();
        await page.evaluate((previous) => window.__bench.arm(previous), plan.titles[n - 1] ?? '');
        await page.keyboard.press('Enter');
        await page.waitForFunction((count) => window.__bench.next.length === count, n, {
          timeout: STEP_TIMEOUT,
        });
        const step = await page.evaluate((i) => window.__bench.next[i], n - 1);
        expectQuestion(kind, n + 1, step?.text, plan.titles[n]);
        run.next.push(step?.ms ?? Number.NaN);
      }
    }
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    run.heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    for (const entry of served.log) {
      run.all += entry.encoded;
      if (/\.(js|css)$/.test(entry.path)) run.jsCss += entry.encoded;
    }
    if (errors.length > 0) throw new Error(`${kind}: the page had errors:\n  ${errors.join('\n  ')}`);
    return run;
  } finally {
    await context.close();
  }
}

/**
 * @param {string} kind @param {number} n @param {string | undefined} seen @param {string | undefined} expected
 */
function expectQuestion(kind, n, seen, expected) {
  if (seen !== expected)
    throw new Error(`${kind}: question ${n} should be "${expected}", but the page shows "${seen}".`);
}

async function main() {
  const started = new Date();
  const { deck, order, survey, versions } = await buildPages();
  const byId = new Map(deck.cards.map((card) => [card.id, card]));
  const plan = {
    titles: survey.pages.map((page) => String(page.elements[0]?.title)),
    kinds: order.map((id) => /** @type {import('./measurePage.mjs').Kind} */ (byId.get(id)?.answer.kind)),
  };
  const served = await serveBench(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  /** @type {Record<PageKind, Run[]>} */
  const runs = { game: [], survey: [] };
  /** @type {Run[]} */
  const blank = [];
  /** The machine's 1-minute load average, sampled after each run: is the machine busy with more than this? */
  const loads = [loadavg()[0] ?? 0];
  try {
    console.log(
      `Chromium ${browser.version()}, ${RATE}× CPU throttling, ${VIEWPORT.width}×${VIEWPORT.height}, ${RUNS} runs per page (after one warm-up each)`,
    );
    for (const kind of /** @type {PageKind[]} */ (['game', 'survey']))
      await runPage(browser, served, kind, plan);
    for (let i = 0; i < RUNS; i++) {
      // Taking turns, and swapping who goes first, so a change in the machine's load hits both pages.
      const turn = /** @type {PageKind[]} */ (i % 2 === 0 ? ['game', 'survey'] : ['survey', 'game']);
      for (const kind of turn) {
        const run = await runPage(browser, served, kind, plan);
        runs[kind].push(run);
        loads.push(loadavg()[0] ?? 0);
        console.log(
          `run ${i + 1} ${kind.padEnd(6)} first ${ms(run.first)}, next median ${ms(summarize(run.next).median)}, heap ${mb(run.heap)}`,
        );
      }
      blank.push(await runPage(browser, served, 'blank', plan));
    }
  } finally {
    await browser.close();
    await served.close();
  }
  const { table, breakdown } = report(runs, blank, versions);
  const load = summarize(loads);
  console.log(
    `\n${started.toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), 1-minute load average ${load.min.toFixed(1)}–${load.max.toFixed(1)} during the runs, Node ${process.version}, survey-core ${versions.core} + survey-js-ui ${versions.ui}\n`,
  );
  console.log(table);
  console.log(`\n${breakdown}`);
  if (options.json)
    await writeFile(
      options.json,
      JSON.stringify({ date: started.toISOString(), rate: RATE, loads, runs, blank, versions }, null, 2),
    );
}

await main();
