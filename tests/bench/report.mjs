// @ts-check
// The speed benchmark's result table: the measured figures of both pages side by side, against
// the aims of issue #3 (first question at most 0.3× SurveyJS's time, Next → next question within
// one frame, 16 ms; heap at most 4 MB).
import { BENCH_CARDS } from './benchSettings.mjs';
import { kb, markdownTable, mb, ms, summarize } from './stats.mjs';

/**
 * What one run of one page measured.
 * @typedef {{
 *   first: number,
 *   steps: { script: number, dataAsked: number, data: number } | null,
 *   next: number[],
 *   heap: number,
 *   jsCss: number,
 *   all: number,
 * }} Run
 *   `first`: ms from navigation to the first question painted; `steps`: on the way there, ms from
 *   navigation to the page's script arrived, its data (deck or survey JSON) asked for and arrived;
 *   `next`: ms from each Next key press
 *   to the next question painted; `heap`: JS heap bytes in use after garbage collection, with all
 *   cards answered; `jsCss` / `all`: bytes transferred (gzip) for JS + CSS / for everything.
 * @typedef {'game' | 'survey'} PageKind
 */

/** The aims of issue #3. */
export const AIMS = { firstRatio: 0.3, nextMs: 16, heapBytes: 4e6 };

/** @param {number} value */
const ratio = (value) => `${value.toFixed(2)}×`;
/** @param {boolean} ok */
const verdict = (ok) => (ok ? 'met' : '**missed**');
/**
 * @param {{ median: number, min: number, max: number }} s
 * @param {(value: number) => string} format
 */
const spread = (s, format) => `${format(s.median)} (${format(s.min)}–${format(s.max)})`;

/**
 * The figures and whether each aim is met (medians: first question over runs, Next over every
 * press of every run, heap over runs; the heap aim is judged on the page's own share, the blank
 * page's heap taken off), and the markdown table.
 * @param {Record<PageKind, Run[]>} runs
 * @param {Run[]} blank runs of a page without an app, for the harness's share of the heap
 * @param {{ core: string, ui: string }} versions of survey-core and survey-js-ui
 */
export function report(runs, blank, versions) {
  const per = (/** @type {(run: Run) => number[]} */ pick) => ({
    game: summarize(runs.game.flatMap(pick)),
    survey: summarize(runs.survey.flatMap(pick)),
  });
  const first = per((run) => [run.first]);
  const next = per((run) => run.next);
  const heap = per((run) => [run.heap]);
  const blankHeap = summarize(blank.map((run) => run.heap)).median;
  const own = { game: heap.game.median - blankHeap, survey: heap.survey.median - blankHeap };
  const jsCss = per((run) => [run.jsCss]);
  const all = per((run) => [run.all]);
  const firstRatio = first.game.median / first.survey.median;
  const met = {
    first: firstRatio <= AIMS.firstRatio,
    next: next.game.median <= AIMS.nextMs,
    heap: own.game <= AIMS.heapBytes,
  };
  const rows = [
    [
      `navigation → first question painted, median (min–max) of ${first.game.n} runs`,
      spread(first.game, ms),
      spread(first.survey, ms),
      ratio(firstRatio),
      `≤ ${AIMS.firstRatio}× SurveyJS`,
      verdict(met.first),
    ],
    [
      `Next → next question painted, median / p95 / max of ${next.game.n} presses`,
      `${ms(next.game.median)} / ${ms(next.game.p95)} / ${ms(next.game.max)}`,
      `${ms(next.survey.median)} / ${ms(next.survey.p95)} / ${ms(next.survey.max)}`,
      ratio(next.game.median / next.survey.median),
      `≤ ${AIMS.nextMs} ms`,
      verdict(met.next),
    ],
    [
      `JS heap after ${BENCH_CARDS} answered cards, median (min–max)`,
      spread(heap.game, mb),
      spread(heap.survey, mb),
      ratio(heap.game.median / heap.survey.median),
      '',
      '',
    ],
    [
      `the page's own heap: the above less a blank page's (${mb(blankHeap)})`,
      mb(own.game),
      mb(own.survey),
      ratio(own.game / own.survey),
      `≤ ${mb(AIMS.heapBytes)}`,
      verdict(met.heap),
    ],
    [
      'JS + CSS transferred (gzip -9)',
      kb(jsCss.game.median),
      kb(jsCss.survey.median),
      ratio(jsCss.game.median / jsCss.survey.median),
      '',
      '',
    ],
    [
      'everything a run transferred (gzip): page, JS, CSS, deck or survey JSON, icons',
      kb(all.game.median),
      kb(all.survey.median),
      ratio(all.game.median / all.survey.median),
      '',
      '',
    ],
  ];
  const table = markdownTable(
    ['measure', 'Ontdek & Doe', `SurveyJS ${versions.ui}`, 'ratio', 'aim', ''],
    rows,
  );
  const step = (/** @type {PageKind} */ kind, /** @type {'script' | 'dataAsked' | 'data'} */ name) =>
    ms(summarize(runs[kind].map((run) => run.steps?.[name] ?? Number.NaN)).median);
  const breakdown = markdownTable(
    [
      'on the way to the first question (median, ms since navigation)',
      'Ontdek & Doe',
      `SurveyJS ${versions.ui}`,
    ],
    [
      ['the page’s script has arrived', step('game', 'script'), step('survey', 'script')],
      ['its data is asked for (deck / survey JSON)', step('game', 'dataAsked'), step('survey', 'dataAsked')],
      ['its data has arrived', step('game', 'data'), step('survey', 'data')],
      ['the first question is painted', ms(first.game.median), ms(first.survey.median)],
    ],
  );
  return { first, next, heap, own, blankHeap, met, table, breakdown };
}
