/**
 * Model-based tests: walk every reachable state of a small game (two players, two cards each)
 * with @xstate/graph, and check the invariants that must hold in every one of them.
 */
import { getAdjacencyMap, getShortestPaths } from '@xstate/graph';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deckRef } from '../deck/hashDeck.ts';
import { parseSnapshot } from '../snapshot/parseSnapshot.ts';
import { toSnapshot } from '../snapshot/serializeSession.ts';
import { answerFor } from '../testing/answerFor.ts';
import { sampleDeck } from '../testing/sampleDeck.ts';
import { group } from '../testing/settings.ts';
import type { GameEvent, SessionState } from '../types.ts';
import { createGame } from './createGame.ts';
import { createGameMachine, stateToString } from './gameMachine.ts';
import { emptySession, turnsTaken } from './sessionUpdates.ts';

const cards = new Map(sampleDeck.cards.map((c) => [c.id, c]));
const CARDS_PER_PLAYER = 2;
// Four cards for two players with two turns each: enough to run out of cards through redraws and
// skips, small enough to walk every state.
const modelDeck = { ...sampleDeck, cards: sampleDeck.cards.filter((c) => c.theme === 'contact').slice(0, 4) };

function invariants(state: string, s: SessionState) {
  const drawn = [
    ...s.history.map((h) => h.cardId),
    ...(s.current && !s.currentAnswerId ? [s.current.cardId] : []),
  ];
  expect(new Set(drawn).size, 'no card twice').toBe(drawn.length);
  const turns = s.players.map((p) => turnsTaken(s, p.id));
  if (state.startsWith('discover')) {
    expect(Math.max(...turns) - Math.min(...turns), 'fair rotation').toBeLessThanOrEqual(1);
  }
  expect(
    turns.every((t) => t <= s.settings.cardsPerPlayer),
    'no more cards than planned',
  ).toBe(true);
  const ids = new Set(s.players.map((p) => p.id));
  expect(
    s.goals.every((g) => ids.has(g.playerId)),
    'every goal belongs to a player',
  ).toBe(true);
  expect(
    s.answers.every((a) => ids.has(a.playerId)),
    'every answer belongs to a player',
  ).toBe(true);
  if (state === 'discover.card') expect(s.current, 'a card is in play').not.toBeNull();
  const parsed = parseSnapshot(JSON.stringify(toSnapshot(state, s)));
  expect(parsed.ok, 'the snapshot reads back').toBe(true);
  if (parsed.ok) expect(parsed.snapshot.session, 'the snapshot round-trips identically').toEqual(s);
}

describe('the game machine, walked through every reachable state of a small game', () => {
  const machine = createGameMachine({ deck: modelDeck });
  const session = emptySession({
    sessionId: 'model',
    deck: deckRef(modelDeck),
    startedAt: '2026-01-01T00:00:00.000Z',
  });
  const start: GameEvent = {
    type: 'session.start',
    settings: group(['Ann', 'Bo'], { themes: ['contact'], maxDepth: 2, cardsPerPlayer: CARDS_PER_PLAYER }),
  };
  /** What a player or leader could press in each state (valid and a few invalid presses). */
  const events = (snapshot: ReturnType<typeof machine.getInitialSnapshot>): GameEvent[] => {
    const s = snapshot.context;
    const state = stateToString(snapshot.value);
    if (state === 'setup') return [start, { type: 'turn.next' }];
    // pausing is walked on the first card only; everywhere it would double the states
    const pausable = s.history.length === 0 || state !== 'discover.card';
    if (s.paused) return [{ type: 'leader.resume' }, { type: 'turn.next' }, { type: 'player.pass' }];
    const out: GameEvent[] = pausable ? [{ type: 'leader.pause' }] : [];
    if (state === 'discover.card') {
      const card = cards.get(s.current!.cardId)!;
      out.push(
        { type: 'player.answer', value: answerFor(card) },
        { type: 'player.pass' },
        { type: 'leader.skip' },
        { type: 'leader.redraw' },
        { type: 'leader.endPhase' },
        { type: 'turn.next' },
      );
    } else if (state === 'discover.answered') {
      out.push({ type: 'turn.next' }, { type: 'player.pass' });
      // starring every answer would multiply the states by 2 per answer; the first one is enough
      if (s.answers.length === 1)
        out.push({ type: 'answer.star', answerId: s.currentAnswerId!, starred: true });
    } else if (state === 'matters') {
      out.push(
        { type: 'matters.choose', playerId: 'p1', items: [{ type: 'own', text: 'Rust' }] },
        { type: 'phase.next' },
      );
    } else if (state === 'do') {
      if (s.goals.length === 0)
        out.push({
          type: 'goal.set',
          playerId: 'p2',
          goal: { text: 'Bellen', firstStep: 'Nummer zoeken', helpers: [{ kind: 'self' }], confidence: 5 },
        });
      out.push(
        { type: 'goal.set', playerId: 'p9', goal: { text: 'x', firstStep: 'y', helpers: [], confidence: 5 } },
        { type: 'phase.next' },
      );
    } else if (state === 'summary') {
      out.push({ type: 'session.finish', at: '2026-01-01T01:00:00.000Z' });
    }
    return out;
  };

  it('keeps every invariant in every reachable state', () => {
    const map = getAdjacencyMap(machine, {
      input: { session },
      events,
      serializeState: (snapshot) => JSON.stringify([snapshot.value, snapshot.context]),
      limit: 200_000,
    });
    const states = new Set<string>();
    let transitions = 0;
    for (const { state, transitions: next } of Object.values(map)) {
      states.add(stateToString(state.value));
      invariants(stateToString(state.value), state.context);
      transitions += Object.keys(next).length;
    }
    expect([...states].sort()).toEqual([
      'discover.answered',
      'discover.card',
      'do',
      'finished',
      'matters',
      'setup',
      'summary',
    ]);
    expect(Object.keys(map).length).toBeGreaterThan(1000);
    expect(transitions).toBeGreaterThan(Object.keys(map).length);
    // walks thousands of states: seconds on a loaded 2-core machine, so not the default 5 s
  }, 60_000);

  it('reaches every phase by a short path of real events', () => {
    const paths = getShortestPaths(machine, {
      input: { session },
      events,
      // one path per phase (and pause), not per session
      serializeState: (snapshot) => JSON.stringify([snapshot.value, snapshot.context.paused]),
    });
    const finished = paths.find((p) => stateToString(p.state.value) === 'finished');
    expect(finished).toBeDefined();
    const story = finished!.steps
      .map((step) => step.event.type)
      .filter((type) => (type as string) !== 'xstate.init');
    expect(story[0]).toBe('session.start');
    expect(story.at(-1)).toBe('session.finish');
    for (const step of finished!.steps) invariants(stateToString(step.state.value), step.state.context);
  });
});

describe('the game facade under random play', () => {
  it('never throws and keeps the invariants, whatever players and leaders press', () => {
    const eventArb = fc.oneof(
      fc
        .constantFrom<GameEvent['type']>(
          'player.pass',
          'turn.next',
          'leader.skip',
          'leader.redraw',
          'leader.pause',
          'leader.resume',
          'leader.endPhase',
          'phase.next',
          'session.finish',
        )
        .map((type) => ({ type }) as GameEvent),
      fc.constant({ type: 'answer' as const }),
      fc.record({ type: fc.constant('star' as const), n: fc.nat(10) }),
      fc.record({
        type: fc.constant('goal' as const),
        player: fc.constantFrom('p1', 'p2', 'p3', 'p9'),
        confidence: fc.integer({ min: -1, max: 12 }),
      }),
      fc.record({
        type: fc.constant('react' as const),
        n: fc.nat(10),
        player: fc.constantFrom('p1', 'p2', 'p3'),
      }),
    );
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: 4 }),
        fc.array(eventArb, { maxLength: 60 }),
        (seed, cardsPerPlayer, script) => {
          const game = createGame({ deck: sampleDeck, sessionId: 'walk' });
          game.send({
            type: 'session.start',
            settings: group(['Ann', 'Bo', 'Cas'], { seed, cardsPerPlayer }),
          });
          for (const step of script) {
            const s = game.getSession();
            if (step.type === 'answer') {
              const card = s.current ? cards.get(s.current.cardId) : undefined;
              if (card) game.send({ type: 'player.answer', value: answerFor(card) });
            } else if (step.type === 'star') {
              const a = s.answers[step.n % Math.max(1, s.answers.length)];
              if (a) game.send({ type: 'answer.star', answerId: a.id, starred: !a.starred });
            } else if (step.type === 'goal') {
              game.send({
                type: 'goal.set',
                playerId: step.player,
                goal: {
                  text: 'Doel',
                  firstStep: 'Stap',
                  helpers: [{ kind: 'self' }],
                  confidence: step.confidence,
                },
              });
            } else if (step.type === 'react') {
              const a = s.answers[step.n % Math.max(1, s.answers.length)];
              if (a)
                game.send({ type: 'group.react', answerId: a.id, playerId: step.player, text: 'Goed zo' });
            } else {
              game.send(step);
            }
            invariants(game.getState(), game.getSession());
            expect(game.getSession().goals.filter((g) => g.playerId === 'p1').length).toBeLessThanOrEqual(3);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
