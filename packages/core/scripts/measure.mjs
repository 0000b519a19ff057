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
import { CARD_FAMILIES, createGame, parseDeck, restoreGame, snapshotToJSON } from '../dist/index.js';

const RUNS = 50;
const WARM_UP = 5;
const PARSE_RUNS = 10;
const DECK_CARDS = 150; // same as session.bench.ts: a default-sized deck
const DECK_SEED = 42;
const BIG_DECK_CARDS = 10_000;
const clock = () => new Date('2026-11-23T10:00:00.000Z');

// ── Decks ──────────────────────────────────────────────────────────────────────────────────────
// src/testing/generateDeck.ts is test-only and not built into dist/; use a build of it when there
// is one, else the faithful copy below (same PRNG and steps, so the same (count, seed) → same deck).

/** @type {(count: number, seed: number) => import('../dist/index.js').Deck} */
let generateDeck = generateDeckInline;
let deckSource = 'inline copy of src/testing/generateDeck.ts';
try {
  const built = /** @type {{ generateDeck?: typeof generateDeck }} */ (
    await import(/* @vite-ignore */ new URL('../dist/testing/generateDeck.js', import.meta.url).href)
  );
  if (typeof built.generateDeck === 'function') {
    generateDeck = built.generateDeck;
    deckSource = 'dist/testing/generateDeck.js';
  }
} catch {
  // not built: the inline copy is used
}

/** @param {number} seed mulberry32 */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THEMES = [
  ['myself', 'Ikzelf', 'Myself', 'نفسي'],
  ['health', 'Gezondheid', 'Health', 'الصحة'],
  ['contact', 'Contact met anderen', 'Contact with others', 'التواصل مع الآخرين'],
  ['home', 'Wonen', 'Home', 'السكن'],
  ['work', 'Werk, school en dagbesteding', 'Work, school and day activities', 'العمل والمدرسة'],
  ['money', 'Geld', 'Money', 'المال'],
  ['free-time', 'Vrije tijd', 'Free time', 'وقت الفراغ'],
  ['neighbourhood', 'Meedoen in de wijk', 'Taking part in the neighbourhood', 'المشاركة في الحي'],
  ['life-events', 'Levensgebeurtenissen', 'Life events', 'أحداث الحياة'],
];
const WORDS_NL = [
  'wat',
  'wie',
  'graag',
  'helpt',
  'thuis',
  'buurt',
  'vrienden',
  'werk',
  'rust',
  'sterk',
  'morgen',
  'samen',
];
const WORDS_EN = [
  'what',
  'who',
  'like',
  'helps',
  'home',
  'street',
  'friends',
  'work',
  'calm',
  'strong',
  'tomorrow',
  'together',
];
const WORDS_AR = [
  'ماذا',
  'من',
  'تحب',
  'يساعد',
  'البيت',
  'الحي',
  'أصدقاء',
  'عمل',
  'هدوء',
  'قوي',
  'غدا',
  'معا',
];

/**
 * @param {number} cardCount
 * @param {number} seed
 * @returns {any}
 */
function generateDeckInline(cardCount, seed) {
  const next = random(seed);
  /** @type {<T>(list: readonly T[]) => T} */
  const pick = (list) => /** @type {any} */ (list[Math.floor(next() * list.length)]);
  /** @type {(words: string[], n: number, end: string) => string} */
  const sentence = (words, n, end) => Array.from({ length: n }, () => pick(words)).join(' ') + end;
  /** @type {(n: number, end: string) => Record<string, string>} */
  const text = (n, end) => ({
    nl: sentence(WORDS_NL, n, end),
    en: sentence(WORDS_EN, n, end),
    ar: sentence(WORDS_AR, n, end),
  });

  const cards = [];
  for (let i = 0; i < cardCount; i++) {
    const depth = 1 + Math.floor(next() * 3);
    /** @type {any} */
    const card = {
      id: `card-${seed}-${i}`,
      family: CARD_FAMILIES[i % CARD_FAMILIES.length],
      theme: pick(THEMES)[0],
      depth,
      prompt: text(4 + Math.floor(next() * 12), '?'),
      answer: answerSpec(next, i, text),
    };
    if (next() < 0.35) card.easy = text(3 + Math.floor(next() * 4), '?');
    if (depth === 3 || next() < 0.2) card.hints = [text(8, '.')];
    if (next() < 0.3) card.followUps = [text(5, '?'), text(6, '?')];
    if (next() < 0.1) card.picture = { src: `pictures/${i}.webp`, alt: text(4, '.') };
    if (next() < 0.05) card.minimumAge = 16 + Math.floor(next() * 3);
    if (next() < 0.5) card.tags = [pick(['talk', 'reflect', 'move', 'plan'])];
    if (next() < 0.05) card.sensitivity = [pick(['loss', 'money-worries', 'trauma'])];
    cards.push(card);
  }
  return {
    schemaVersion: 2,
    id: `generated-${seed}`,
    version: `1.0.${seed}`,
    title: { nl: 'Gemaakte kaartenset', en: 'Generated deck', ar: 'مجموعة بطاقات' },
    description: { nl: 'Voor metingen en tests.', en: 'For benchmarks and tests.', ar: 'للاختبار.' },
    languages: ['nl', 'en', 'ar'],
    defaultLanguage: 'nl',
    minimumAge: 12,
    themes: THEMES.map(([id, nl, en, ar], index) => ({
      id,
      title: { nl, en, ar },
      colour: `#${((index * 0x1f3a7b + 0x204060) & 0xffffff).toString(16).padStart(6, '0')}`,
      icon: id,
    })),
    cards,
  };
}

/**
 * @param {() => number} next
 * @param {number} index
 * @param {(n: number, end: string) => Record<string, string>} text
 */
function answerSpec(next, index, text) {
  const roll = next();
  if (roll < 0.4) return { kind: 'talk' };
  if (roll < 0.6)
    return next() < 0.5 ? { kind: 'text' } : { kind: 'text', maxLength: 200 + Math.floor(next() * 800) };
  if (roll < 0.8) return { kind: 'faces' };
  const count = 2 + Math.floor(next() * 4);
  return {
    kind: 'choice',
    multiple: next() < 0.5,
    options: Array.from({ length: count }, (_, j) => ({
      id: `o${index}-${j}`,
      label: text(2, ''),
      icon: `icon-${j}`,
    })),
  };
}

// ── The session (keep in step with playSession in src/game/session.bench.ts) ────────────────────

const settings = {
  mode: /** @type {const} */ ('group'),
  players: [
    { alias: 'Ann' },
    { alias: 'Bo', language: 'en' },
    { alias: 'Cas' },
    { alias: 'Dewi', reading: /** @type {const} */ ('easy') },
  ],
  language: 'nl',
  themes: [],
  maxDepth: /** @type {const} */ (3),
  cardsPerPlayer: 10,
  excludeSensitivity: [],
  seed: 2026,
};

/**
 * @param {any} card
 * @param {number} i
 */
function answerFor(card, i) {
  const text = `Antwoord ${i}: ik wandel graag met de hond in het park en drink daarna koffie bij de buren`;
  const spec = card.answer;
  switch (spec.kind) {
    case 'text':
      return { kind: 'text', text };
    case 'faces':
      return i % 2 ? { kind: 'faces', face: (i % 5) + 1, text } : { kind: 'faces', face: 4 };
    case 'choice':
      return {
        kind: 'choice',
        options: spec.options.slice(0, spec.multiple ? 2 : 1).map((/** @type {any} */ o) => o.id),
      };
    case 'talk':
      return i % 3 === 0 ? { kind: 'talk' } : { kind: 'talk', text };
    default:
      return { kind: spec.kind, text };
  }
}

/**
 * @param {any} deck
 * @param {(game: any, event: any) => void} send
 */
function playSession(deck, send) {
  const cards = new Map(deck.cards.map((/** @type {any} */ c) => [c.id, c]));
  const game = createGame({ deck, clock, sessionId: 'bench' });
  let renders = 0;
  game.subscribe(() => void renders++);
  send(game, { type: 'session.start', settings });
  const players = game.getSession().players;

  for (let i = 0; game.getState().startsWith('discover'); i++) {
    const view = game.view();
    const card = cards.get(/** @type {{ id: string }} */ (view.card).id);
    send(game, {
      type: 'player.answer',
      value: answerFor(card, i),
      starred: i % 3 === 0,
      private: i % 11 === 5,
    });
    const answerId = game.getSession().currentAnswerId;
    if (i % 7 === 3) send(game, { type: 'answer.star', answerId, starred: true });
    if (i % 2 === 0) {
      const next = players[(players.findIndex((p) => p.id === view.currentPlayer?.id) + 1) % players.length];
      send(game, { type: 'group.react', answerId, playerId: next?.id, text: 'Wat mooi, dat herken ik!' });
    }
    send(game, { type: 'turn.next' });
  }
  for (const p of players) {
    const starred = game.getSession().answers.filter((a) => a.playerId === p.id && a.starred);
    const items = [
      ...starred.slice(0, 2).map((a) => ({ type: 'answer', answerId: a.id })),
      { type: 'own', text: 'Dat ik zelf kan blijven kiezen' },
    ];
    send(game, { type: 'matters.choose', playerId: p.id, items });
  }
  send(game, { type: 'phase.next' });
  for (const p of players) {
    const first = game.getSession().answers.find((a) => a.playerId === p.id);
    send(game, {
      type: 'goal.set',
      playerId: p.id,
      goal: {
        text: 'Elke week met de buurvrouw naar de markt',
        firstStep: 'Donderdag de buurvrouw bellen',
        when: 'donderdag',
        helpers: [{ kind: 'network', who: 'buurvrouw Gerda' }, { kind: 'self' }],
        need: 'Een rollator die goed rijdt',
        confidence: 7,
        ...(first ? { fromAnswerId: first.id } : {}),
      },
    });
  }
  send(game, { type: 'phase.next' });
  const summaries = players.map((p) => game.summary(p.id));
  send(game, { type: 'session.finish' });
  return { game, summaries, renders };
}

// ── Measuring ──────────────────────────────────────────────────────────────────────────────────

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
    players: settings.players.length,
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
    deckSource,
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
