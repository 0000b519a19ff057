// @ts-check
// The benchmark session's settings, shared by the Node side and the game page (no imports, so the
// page's bundle gets nothing else from here).

/** How many cards a benchmark session plays. */
export const BENCH_CARDS = 40;

/**
 * The session the game page starts at once, as a host would pass it (see pages/game.js): one
 * player, Dutch, every theme, every depth, all 40 cards, a fixed shuffle.
 * @type {import('@ontdek-doe/core').GameSettings}
 */
export const BENCH_SETTINGS = {
  mode: 'solo',
  players: [{ alias: 'Sam' }],
  language: 'nl',
  themes: [],
  maxDepth: 3,
  cardsPerPlayer: BENCH_CARDS,
  excludeSensitivity: [],
  seed: 1,
};
