import { describe, expect, it } from 'vitest';
import { countInsights, insightsPlugin } from './insightsPlugin.ts';
import { createInsightsStore } from './createInsightsStore.ts';
import { PluginHost } from './PluginHost.ts';
import { sampleDeck } from '../testing/sampleDeck.ts';
import { sessionFixture } from '../testing/sessionFixture.ts';
import { toSnapshot } from '../snapshot/serializeSession.ts';
import type { GameProblem, InsightCounts, PluginContext, SessionState } from '../types.ts';

function context(session: SessionState): PluginContext {
  return {
    deck: sampleDeck,
    getSession: () => session,
    getState: () => 'finished',
    getSnapshot: () => toSnapshot('finished', session),
    send: () => undefined,
    report: () => undefined,
  };
}

describe('countInsights', () => {
  it('counts themes, needs, passed and starred cards and goals of one session', () => {
    expect(countInsights(sessionFixture(), sampleDeck)).toEqual({
      sessions: 1,
      // settings: myself, home; matters: contact (p1), home (p2)
      themesChosen: { myself: 1, home: 2, contact: 1 },
      // a3 on need card c03 (myself); a5 on adult-1 is private; goal g2 names a need (home)
      needsByTheme: { myself: 1, home: 1 },
      cardsPassed: { c09: 1, c15: 1 },
      // a1, a3, a4 starred; a5 starred but private
      cardsStarred: { c01: 1, c03: 1, 'choice-1': 1 },
      goalsByTheme: { contact: 1, home: 1 },
    } satisfies InsightCounts);
  });

  it('counts every deck theme when the settings name none', () => {
    const session = sessionFixture({ matters: {} });
    session.settings.themes = [];
    expect(countInsights(session, sampleDeck).themesChosen).toEqual({ myself: 1, contact: 1, home: 1 });
  });

  it('takes a goal’s theme from the answer it grew from, and ignores themes and cards the deck does not have', () => {
    const session = sessionFixture();
    session.goals = [
      {
        id: 'g1',
        playerId: 'p1',
        text: 'x',
        firstStep: 'y',
        helpers: [],
        confidence: 5,
        fromAnswerId: 'a1',
        need: 'hulp',
      },
      {
        id: 'g2',
        playerId: 'p1',
        text: 'x',
        theme: 'Mijn hond Bobbie',
        firstStep: 'y',
        helpers: [],
        confidence: 5,
      },
      { id: 'g3', playerId: 'p1', text: 'x', firstStep: 'y', helpers: [], confidence: 5, need: '   ' },
    ];
    session.history.push({ turn: 9, playerId: 'p1', cardId: 'card-from-an-old-deck', outcome: 'passed' });
    const counts = countInsights(session, sampleDeck);
    expect(counts.goalsByTheme).toEqual({ contact: 1 });
    expect(counts.needsByTheme).toEqual({ myself: 1, contact: 1 });
    expect(counts.cardsPassed).toEqual({ c09: 1, c15: 1 });
  });

  it('never takes a goal’s theme from a private answer', () => {
    const session = sessionFixture();
    const goal = { playerId: 'p1', text: 'x', firstStep: 'y', helpers: [], confidence: 5, need: 'hulp' };
    session.goals = [
      // a5 is private (adult-1, home); a2 is private (c02, home); a1 is not (c01, contact).
      { ...goal, id: 'g1', fromAnswerId: 'a5' },
      { ...goal, id: 'g2', playerId: 'p2', fromAnswerId: 'a2' },
      { ...goal, id: 'g3', fromAnswerId: 'a1' },
      // The goal's own theme still counts, whatever it grew from.
      { ...goal, id: 'g4', fromAnswerId: 'a5', theme: 'myself' },
    ];
    const counts = countInsights(session, sampleDeck);
    expect(counts.goalsByTheme).toEqual({ contact: 1, myself: 1 });
    // a3 on need card c03 (myself), plus the needs of g3 (contact) and g4 (myself); nothing for home.
    expect(counts.needsByTheme).toEqual({ myself: 2, contact: 1 });

    // Once the answer is no longer private, its theme may be counted.
    session.answers = session.answers.map((a) => (a.id === 'a5' ? { ...a, private: false } : a));
    expect(countInsights(session, sampleDeck).goalsByTheme).toEqual({ contact: 1, myself: 1, home: 1 });
  });

  it('never lets free text, aliases or player ids into the counts', () => {
    const secret = (n: number) => `GEHEIM-${n}-Fatima-de-Vries`;
    const session = sessionFixture();
    session.players = session.players.map((player, i) => ({
      ...player,
      id: `ID-${secret(i)}`,
      alias: `ALIAS-${secret(i)}`,
    }));
    session.settings.players = session.settings.players.map((player, i) => ({
      ...player,
      alias: `ALIAS-${secret(i)}`,
    }));
    const [p1, p2] = session.players.map((player) => player.id) as [string, string];
    session.answers = session.answers.map((answer, i) => ({
      ...answer,
      playerId: i % 2 ? p2 : p1,
      value: { kind: 'text', text: `ANSWER-${secret(i)}` },
      reactions: [{ playerId: p2, text: `REACTION-${secret(i)}` }],
    }));
    session.history = session.history.map((record, i) => ({ ...record, playerId: i % 2 ? p2 : p1 }));
    session.matters = {
      [p1]: [
        { type: 'own', text: `MATTERS-${secret(1)}` },
        { type: 'theme', themeId: 'home' },
      ],
      [p2]: [{ type: 'theme', themeId: `THEME-${secret(2)}` }],
    };
    session.goals = session.goals.map((goal, i) => ({
      ...goal,
      playerId: p1,
      text: `GOAL-${secret(i)}`,
      firstStep: `STEP-${secret(i)}`,
      when: `WHEN-${secret(i)}`,
      need: `NEED-${secret(i)}`,
      helpers: [{ kind: 'network', who: `HELPER-${secret(i)}` }],
    }));
    session.checkIns = session.checkIns.map((checkIn) => ({
      ...checkIn,
      playerId: p2,
      helped: `HELPED-${secret(9)}`,
    }));

    const counts = countInsights(session, sampleDeck);
    const serialised = JSON.stringify(counts);
    expect(serialised).not.toMatch(
      /GEHEIM|Fatima|ALIAS|ID-|ANSWER|REACTION|MATTERS|THEME-|GOAL|STEP|WHEN|NEED|HELPER|HELPED/,
    );
    // Still useful: the counts are there.
    expect(counts.goalsByTheme).toEqual({ contact: 1, home: 1 });
    expect(counts.themesChosen.home).toBe(2);
  });
});

describe('insightsPlugin', () => {
  it('records the counts of a session once, when it ends', async () => {
    const store = createInsightsStore();
    const plugin = insightsPlugin({ sink: store });
    expect(plugin.name).toBe('od:insights');
    expect(plugin.insights).toBe(store);
    const session = sessionFixture();
    await plugin.sessionEnded!(session, context(session));
    await plugin.sessionEnded!(session, context(session));
    expect(store.total()).toEqual(countInsights(session, sampleDeck));
  });

  it('records with an async sink, and a failing sink is reported through the plugin host', async () => {
    const recorded: InsightCounts[] = [];
    const problems: GameProblem[] = [];
    const ok = insightsPlugin({ sink: { record: async (counts) => void recorded.push(counts) } });
    const failing = {
      ...insightsPlugin({ sink: { record: () => Promise.reject(new Error('endpoint down')) } }),
      name: 'failing',
    };
    const host = new PluginHost([failing, ok], (problem) => problems.push(problem));
    const session = sessionFixture();
    host.bind(context(session));
    host.call('sessionEnded', session);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(recorded).toHaveLength(1);
    expect(problems).toMatchObject([{ code: 'plugin-failed', plugin: 'failing', hook: 'sessionEnded' }]);
  });
});
