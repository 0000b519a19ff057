import { describe, expect, it } from 'vitest';
import { createInsightsStore } from './createInsightsStore.ts';
import type { InsightCounts } from '../types.ts';

function counts(partial: Partial<InsightCounts>): InsightCounts {
  return {
    sessions: 1,
    themesChosen: {},
    needsByTheme: {},
    cardsPassed: {},
    cardsStarred: {},
    goalsByTheme: {},
    ...partial,
  };
}

describe('createInsightsStore', () => {
  it('adds up what it records', () => {
    const store = createInsightsStore();
    store.record(counts({ themesChosen: { home: 1, myself: 1 }, cardsPassed: { c09: 1 } }));
    store.record(counts({ themesChosen: { home: 2 }, goalsByTheme: { home: 1 } }));
    expect(store.total()).toEqual(
      counts({
        sessions: 2,
        themesChosen: { home: 3, myself: 1 },
        cardsPassed: { c09: 1 },
        goalsByTheme: { home: 1 },
      }),
    );
  });

  it('hands out a copy from total()', () => {
    const store = createInsightsStore();
    store.record(counts({ themesChosen: { home: 1 } }));
    store.total().themesChosen.home = 99;
    expect(store.total().themesChosen.home).toBe(1);
  });

  it('exports only the number of sessions while there are fewer than the minimum group size', () => {
    const store = createInsightsStore();
    for (let i = 0; i < 4; i++) store.record(counts({ themesChosen: { home: 1 } }));
    expect(store.export()).toEqual({ sessions: 4, minimumGroupSize: 5, suppressed: true });
    expect(store.export({ minimumGroupSize: 3 })).toMatchObject({
      sessions: 4,
      suppressed: 0,
      themesChosen: { home: 4 },
    });
  });

  it('leaves out every count below the minimum group size and says how many were left out', () => {
    const store = createInsightsStore();
    for (let i = 0; i < 6; i++) {
      store.record(
        counts({
          themesChosen: { home: 1, ...(i < 2 ? { money: 1 } : {}) },
          needsByTheme: i === 0 ? { health: 1 } : {},
          cardsPassed: { c09: 1 },
          cardsStarred: i < 4 ? { c01: 1 } : {},
          goalsByTheme: { home: 1 },
        }),
      );
    }
    expect(store.export()).toEqual({
      sessions: 6,
      minimumGroupSize: 5,
      suppressed: 3, // money (2), health (1), c01 starred (4)
      themesChosen: { home: 6 },
      needsByTheme: {},
      cardsPassed: { c09: 6 },
      cardsStarred: {},
      goalsByTheme: { home: 6 },
    });
    const lenient = store.export({ minimumGroupSize: 2 });
    expect(lenient).toMatchObject({
      suppressed: 1,
      themesChosen: { home: 6, money: 2 },
      cardsStarred: { c01: 4 },
    });
  });

  it('ignores counts that are not whole, positive numbers', () => {
    const store = createInsightsStore();
    store.record(counts({ sessions: -3, themesChosen: { home: Number.NaN, money: 1.5, myself: 2 } }));
    expect(store.total()).toEqual(counts({ sessions: 0, themesChosen: { myself: 2 } }));
  });
});
