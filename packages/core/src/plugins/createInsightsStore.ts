import type { InsightCounts, InsightsSink } from '../types.ts';

/** The count categories of {@link InsightCounts}, besides `sessions`. */
const CATEGORIES = ['themesChosen', 'needsByTheme', 'cardsPassed', 'cardsStarred', 'goalsByTheme'] as const;
type Category = (typeof CATEGORIES)[number];

/**
 * What a programme owner receives. Counts below the minimum group size are left out (small groups
 * could point to a person) and `suppressed` says how many were left out. With fewer sessions than
 * the minimum, nothing but the number of sessions is given and `suppressed` is `true`.
 */
export type InsightsExport =
  | { sessions: number; minimumGroupSize: number; suppressed: true }
  | ({ sessions: number; minimumGroupSize: number; suppressed: number } & Record<
      Category,
      Record<string, number>
    >);

/** Options of {@link InsightsStore.export}. */
export interface InsightsExportOptions {
  /** Counts below this are left out. Defaults to 5. */
  minimumGroupSize?: number;
}

/** An in-memory insights sink that adds up sessions and exports them safely. */
export interface InsightsStore extends InsightsSink {
  record(counts: InsightCounts): void;
  /** Everything recorded, added up (a copy, with nothing left out: not for sharing). */
  total(): InsightCounts;
  /** The totals, safe to share: small counts are left out. */
  export(options?: InsightsExportOptions): InsightsExport;
}

function emptyCounts(): InsightCounts {
  return {
    sessions: 0,
    themesChosen: {},
    needsByTheme: {},
    cardsPassed: {},
    cardsStarred: {},
    goalsByTheme: {},
  };
}

/**
 * Makes an in-memory store for anonymous insight counts: give it to `insightsPlugin` as its sink,
 * then `export()` the totals for the programme owner. Every count below the minimum group size
 * (default 5) is left out of the export, and how many were left out is reported.
 *
 * @example
 * ```ts
 * const store = createInsightsStore();
 * store.record(countInsights(session, deck));
 * const shared = store.export({ minimumGroupSize: 5 });
 * if (shared.suppressed === true) console.log(`Only ${shared.sessions} sessions so far: nothing to share yet.`);
 * ```
 */
export function createInsightsStore(): InsightsStore {
  const totals = emptyCounts();
  return {
    record(counts) {
      if (Number.isSafeInteger(counts.sessions) && counts.sessions > 0) totals.sessions += counts.sessions;
      for (const category of CATEGORIES) {
        for (const [key, value] of Object.entries(counts[category])) {
          // Counts may come from elsewhere (a file, an endpoint): take only real, whole counts.
          if (key === '__proto__' || !Number.isSafeInteger(value) || value < 0) continue;
          totals[category][key] = (totals[category][key] ?? 0) + value;
        }
      }
    },
    total() {
      const copy = emptyCounts();
      copy.sessions = totals.sessions;
      for (const category of CATEGORIES) copy[category] = { ...totals[category] };
      return copy;
    },
    export(options = {}) {
      const minimumGroupSize = options.minimumGroupSize ?? 5;
      if (totals.sessions < minimumGroupSize)
        return { sessions: totals.sessions, minimumGroupSize, suppressed: true };
      let suppressed = 0;
      const kept = {} as Record<Category, Record<string, number>>;
      for (const category of CATEGORIES) {
        const entries: Record<string, number> = {};
        for (const [key, value] of Object.entries(totals[category])) {
          if (value >= minimumGroupSize) entries[key] = value;
          else suppressed++;
        }
        kept[category] = entries;
      }
      return { sessions: totals.sessions, minimumGroupSize, suppressed, ...kept };
    },
  };
}
