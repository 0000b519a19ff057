// @ts-check
// Measures the built core (dist/) the way a host uses it, and prints figures for the README.
//   pnpm --filter @ontdek-doe/core build && pnpm --filter @ontdek-doe/core measure
//
// 1. A 4-player group session of 40 cards (10 each), the same one as src/game/session.bench.ts:
//    played 50 times after 5 warm-up runs; every `game.send` is timed → median and p95 per event,
//    and the whole session (create → finish, with the 4 summaries) → median total.
// 2. The finished session's snapshot as stored JSON: bytes and KB (budget: under 20 KB).
// 3. restoreGame of that snapshot: median of 50.
// 4. parseDeck of a 10,000-card deck: median of 10 runs after 1 warm-up (budget: under 250 ms).
//
// Prints one JSON object (for tools), then a markdown table (for people).
import { performance } from 'node:perf_hooks';
import { parseDeck, restoreGame, snapshotToJSON } from '../dist/index.js';
import { DECK_CARDS, DECK_SEED, generateDeck, playSession } from '../dist/testing.js';

const RUNS = 50;
const WARM_UP = 5;
const PARSE_RUNS = 10;
const BIG_DECK_CARDS = 10_000;
const clock = () => new Date('2026-11-23T10:00:00.000Z');

// The session deck, the big deck and the session itself come from the built `testing` entry, the
// same code as src/game/session.bench.ts uses, so the two measure the same work.

/** @param {number[]} values @param {number} q 0..1 */
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] ?? 0) + ((sorted[hi] ?? 0) - (sorted[lo] ?? 0)) * (at - lo);
}
/** @param {number} ms */
const round = (ms) => Math.round(ms * 1000) / 1000;

const parsedSessionDeck = parseDeck(generateDeck(DECK_CARDS, DECK_SEED));
if (!parsedSessionDeck.ok) throw new Error('The generated session deck does not parse.');
const deck = parsedSessionDeck.deck;

/** @type {number[]} */
const eventTimes = [];
/** @type {Record<string, number[]>} */
const byType = {};
/** @type {number[]} */
const sessionTimes = [];
/** @type {number[]} */
const summaryTimes = [];
let eventsPerSession = 0;
let finished;

for (let run = 0; run < WARM_UP + RUNS; run++) {
  const measured = run >= WARM_UP;
  let events = 0;
  const start = performance.now();
  const result = playSession(deck, (game, event) => {
    const t0 = performance.now();
    const r = game.send(event);
    const took = performance.now() - t0;
    if (!r.accepted) throw new Error(`${event.type} refused: ${r.reason.message.en}`);
    events++;
    if (measured) {
      eventTimes.push(took);
      (byType[event.type] ??= []).push(took);
    }
  });
  const total = performance.now() - start;
  if (measured) {
    sessionTimes.push(total);
    const t0 = performance.now();
    for (const p of result.game.getSession().players) result.game.summary(p.id);
    summaryTimes.push((performance.now() - t0) / result.game.getSession().players.length);
  }
  eventsPerSession = events;
  finished = result.game;
}
if (!finished || finished.getState() !== 'finished' || finished.getSession().answers.length !== 40) {
  throw new Error('The session did not play 40 cards to the end.');
}

const snapshotJson = snapshotToJSON(finished.getSnapshot());
const snapshotBytes = new TextEncoder().encode(snapshotJson).byteLength;

/** @type {number[]} */
const restoreTimes = [];
for (let run = 0; run < WARM_UP + RUNS; run++) {
  const t0 = performance.now();
  const { restored } = restoreGame(snapshotJson, { deck, clock });
  const took = performance.now() - t0;
  if (!restored) throw new Error('The snapshot did not restore.');
  if (run >= WARM_UP) restoreTimes.push(took);
}

const bigDeck = generateDeck(BIG_DECK_CARDS, 7);
/** @type {number[]} */
const parseTimes = [];
for (let run = 0; run < 1 + PARSE_RUNS; run++) {
  const t0 = performance.now();
  const result = parseDeck(bigDeck);
  const took = performance.now() - t0;
  if (!result.ok) throw new Error('The 10,000-card deck does not parse.');
  if (run >= 1) parseTimes.push(took);
}

const figures = {
  node: process.version,
  session: {
    players: finished.getSession().players.length,
    cards: 40,
    deckCards: DECK_CARDS,
    eventsPerSession,
    runs: RUNS,
    warmUpRuns: WARM_UP,
  },
  perEventMs: {
    median: round(quantile(eventTimes, 0.5)),
    p95: round(quantile(eventTimes, 0.95)),
    mean: round(eventTimes.reduce((a, b) => a + b, 0) / eventTimes.length),
    max: round(Math.max(...eventTimes)),
  },
  perEventTypeMedianMs: Object.fromEntries(
    Object.entries(byType)
      .map(([type, times]) => /** @type {const} */ ([type, round(quantile(times, 0.5))]))
      .sort((a, b) => b[1] - a[1]),
  ),
  sessionTotalMs: {
    min: round(Math.min(...sessionTimes)),
    median: round(quantile(sessionTimes, 0.5)),
    p95: round(quantile(sessionTimes, 0.95)),
  },
  summaryPerPlayerMs: { median: round(quantile(summaryTimes, 0.5)) },
  snapshot: { bytes: snapshotBytes, kb: Math.round((snapshotBytes / 1024) * 100) / 100 },
  restoreGameMs: { median: round(quantile(restoreTimes, 0.5)), p95: round(quantile(restoreTimes, 0.95)) },
  parseDeck10k: {
    cards: BIG_DECK_CARDS,
    runs: PARSE_RUNS,
    medianMs: round(quantile(parseTimes, 0.5)),
    deckSource: 'dist/testing.js',
  },
};

const budget = (/** @type {boolean} */ ok) => (ok ? '✅' : '❌');
const table = [
  '| Measure (Node ' + process.version + ') | Result | Budget |',
  '| --- | --- | --- |',
  `| Event (\`game.send\`), median / p95 — 4 players, 40 cards, ${eventsPerSession} events | ${figures.perEventMs.median} ms / ${figures.perEventMs.p95} ms | < 1 ms median ${budget(figures.perEventMs.median < 1)} |`,
  `| Whole session, create → finish (with 4 summaries), median | ${figures.sessionTotalMs.median} ms | — |`,
  `| Summary per player, median | ${figures.summaryPerPlayerMs.median} ms | — |`,
  `| Snapshot of the finished session (JSON) | ${snapshotBytes} bytes (${figures.snapshot.kb} KB) | < 20 KB ${budget(figures.snapshot.kb < 20)} |`,
  `| \`restoreGame\` of that snapshot, median | ${figures.restoreGameMs.median} ms | — |`,
  `| \`parseDeck\`, ${BIG_DECK_CARDS.toLocaleString('en')} cards, median of ${PARSE_RUNS} | ${figures.parseDeck10k.medianMs} ms | < 250 ms ${budget(figures.parseDeck10k.medianMs < 250)} |`,
].join('\n');

console.log(JSON.stringify(figures, null, 2));
console.log();
console.log(table);
