import type { Deck, Goal, GamePlugin, InsightCounts, InsightsSink, SessionState } from '../types.ts';
import { createInsightsStore } from './createInsightsStore.ts';

/** Options of {@link insightsPlugin}. */
export interface InsightsPluginOptions {
  /** Where the counts of each finished session go. Defaults to a new in-memory insights store. */
  sink?: InsightsSink;
}

function add(counts: Record<string, number>, key: string): void {
  if (key === '__proto__') return;
  counts[key] = (counts[key] ?? 0) + 1;
}

/**
 * Counts one session for the programme owner: numbers only, keyed by the deck's own theme and card
 * ids. Free text, aliases, player ids and anything else a player typed never appear: ids that are
 * not in the deck (a typed theme, say) are left out rather than copied. Private answers are left
 * out too: the player asked to keep them to themselves.
 *
 * - `themesChosen`: the themes of the session's settings (every deck theme when none were picked),
 *   plus each theme a player chose as what matters most.
 * - `needsByTheme`: answers to `need` cards by card theme, plus goals that name a need by goal theme.
 * - `cardsPassed` / `cardsStarred`: by card id.
 * - `goalsByTheme`: goals by theme (the goal's own theme, or else the theme of the card it grew from,
 *   only when that answer is not private).
 *
 * @example
 * ```ts
 * const counts = countInsights(game.getSession(), deck);
 * counts.cardsPassed; // { c09: 1, c15: 1 }
 * ```
 */
export function countInsights(session: SessionState, deck: Deck): InsightCounts {
  const themeIds = new Set(deck.themes.map((theme) => theme.id));
  const cards = new Map(deck.cards.map((card) => [card.id, card]));
  const answers = new Map(session.answers.map((answer) => [answer.id, answer]));
  const counts: InsightCounts = {
    sessions: 1,
    themesChosen: {},
    needsByTheme: {},
    cardsPassed: {},
    cardsStarred: {},
    goalsByTheme: {},
  };

  const settingsThemes = session.settings.themes.length > 0 ? new Set(session.settings.themes) : themeIds;
  for (const theme of settingsThemes) if (themeIds.has(theme)) add(counts.themesChosen, theme);
  for (const items of Object.values(session.matters)) {
    for (const item of items)
      if (item.type === 'theme' && themeIds.has(item.themeId)) add(counts.themesChosen, item.themeId);
  }

  for (const answer of session.answers) {
    if (answer.private) continue;
    const card = cards.get(answer.cardId);
    if (!card) continue;
    if (card.family === 'need' && themeIds.has(card.theme)) add(counts.needsByTheme, card.theme);
    if (answer.starred) add(counts.cardsStarred, card.id);
  }

  for (const record of session.history) {
    if (record.outcome === 'passed' && cards.has(record.cardId)) add(counts.cardsPassed, record.cardId);
  }

  const goalTheme = (goal: Goal): string | undefined => {
    if (goal.theme !== undefined) return themeIds.has(goal.theme) ? goal.theme : undefined;
    const from = goal.fromAnswerId === undefined ? undefined : answers.get(goal.fromAnswerId);
    // A private answer stays private: its card's theme says what it was about.
    const theme = from && !from.private ? cards.get(from.cardId)?.theme : undefined;
    return theme !== undefined && themeIds.has(theme) ? theme : undefined;
  };
  for (const goal of session.goals) {
    const theme = goalTheme(goal);
    if (theme === undefined) continue;
    add(counts.goalsByTheme, theme);
    if (goal.need !== undefined && goal.need.trim() !== '') add(counts.needsByTheme, theme);
  }

  return counts;
}

/**
 * Built-in plugin `od:insights`: when a session ends, it counts that session with
 * {@link countInsights} and sends the anonymous counts to the sink (once per session).
 * The sink is also offered as the plugin's `insights`.
 *
 * @example
 * ```ts
 * const store = createInsightsStore();
 * const game = createGame({ deck, plugins: [insightsPlugin({ sink: store })] });
 * // later, for the programme owner:
 * const report = store.export({ minimumGroupSize: 10 });
 * ```
 */
export function insightsPlugin(options: InsightsPluginOptions = {}): GamePlugin & { insights: InsightsSink } {
  const sink = options.sink ?? createInsightsStore();
  const counted = new Set<string>();
  return {
    name: 'od:insights',
    insights: sink,
    sessionEnded(session, ctx) {
      if (counted.has(session.sessionId)) return;
      counted.add(session.sessionId);
      // A failing sink is reported by the plugin host as `plugin-failed`; the game goes on.
      return sink.record(countInsights(session, ctx.deck));
    },
  };
}
