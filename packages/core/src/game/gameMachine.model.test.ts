/**
 * Model-based tests: walk every reachable state of a small game (two players, two cards each)
 * with @xstate/graph, and check the invariants that must hold in every one of them.
 */
import { getShortestPaths } from '@xstate/graph';
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

function invariants(state: string, s: SessionState) {
  const drawn = [...s.history.map((h) => h.cardId), ...(s.current && !s.currentAnswerId ? [s.current.cardId] : [])];
  expect(new Set(drawn).size, 'no card twice').toBe(drawn.length);
  const turns = s.players.map((p) => turnsTaken(s, p.id));
  if (state.startsWith('discover')) {
    expect(Math.max(...turns) - Math.min(...turns), 'fair rotation').toBeLessThanOrEqual(1);
  }
  expect(turns.every((t) => t <= s.settings.cardsPerPlayer), 'no more cards than planned').toBe(true);
  const ids = new Set(s.players.map((p) => p.id));
  expect(s.goals.every((g) => ids.has(g.playerId)), 'every goal belongs to a player').toBe(true);
  expect(s.answers.every((a) => ids.has(a.playerId)), 'every answer belongs to a player').toBe(true);
  if (state === 'discover.card') expect(s.current, 'a card is in play').not.toBeNull();
  const parsed = parseSnapshot(JSON.stringify(toSnapshot(state, s)));
  expect(parsed.ok, 'the snapshot reads back').toBe(true);
  if (parsed.ok) expect(parsed.snapshot.session, 'the snapshot round-trips identically').toEqual(s);
}

describe('the game machine, every reachable state of a small game', () => {
  it('keeps every invariant on every shortest path', () => {
    const machine = createGameMachine({ deck: sampleDeck });
    const session = emptySession({ sessionId: 'model', deck: deckRef(sampleDeck), startedAt: '2026-01-01T00:00:00.000Z' });
    const start: GameEvent = {
      type: 'session.start',
      settings: group(['Ann', 'Bo'], { themes: ['contact'], maxDepth: 2, cardsPerPlayer: CARDS_PER_PLAYER }),
    };
    const paths = getShortestPaths(machine, {
      input: { session },
      events: (snapshot) => {
        const s = snapshot.context;
        const state = stateToString(snapshot.value);
        if (state === 'setup') return [start];
        if (s.paused) return [{ type: 'leader.resume' }, { type: 'turn.next' }];
        const events: GameEvent[] = [{ type: 'leader.pause' }];
        if (state === 'discover.card') {
          const card = cards.get(s.current!.cardId)!;
          events.push({ type: 'player.answer', value: answerFor(card) }, { type: 'player.pass' }, { type: 'leader.skip' }, { type: 'leader.redraw' }, { type: 'leader.endPhase' });
        } else if (state === 'discover.answered') {
          events.push({ type: 'turn.next' }, { type: 'answer.star', answerId: s.currentAnswerId!, starred: true });
        } else if (state === 'matters') {
          events.push({ type: 'matters.choose', playerId: 'p1', items: [{ type: 'own', text: 'Rust' }] }, { type: 'phase.next' });
        } else if (state === 'do') {
          if (s.goals.length === 0) events.push({ type: 'goal.set', playerId: 'p2', goal: { text: 'Bellen', firstStep: 'Nummer zoeken', helpers: [{ kind: 'self' }], confidence: 5 } });
          events.push({ type: 'phase.next' });
        } else if (state === 'summary') {
          events.push({ type: 'session.finish', at: '2026-01-01T01:00:00.000Z' });
        }
        return events;
      },
      serializeState: (snapshot) => JSON.stringify([snapshot.value, snapshot.context]),
      limit: 50_000,
    });
    const states = new Set<string>();
    for (const path of paths) {
      states.add(stateToString(path.state.value));
      for (const step of path.steps) invariants(stateToString(step.state.value), step.state.context);
      invariants(stateToString(path.state.value), path.state.context);
    }
    // every phase of the game was reached
    expect([...states].sort()).toEqual(['discover.answered', 'discover.card', 'do', 'finished', 'matters', 'setup', 'summary']);
    expect(paths.length).toBeGreaterThan(100);
  });
});

describe('the game facade under random play', () => {
  it('never throws and keeps the invariants, whatever players and leaders press', () => {
    const eventArb = fc.oneof(
      fc.constantFrom<GameEvent['type']>('player.pass', 'turn.next', 'leader.skip', 'leader.redraw', 'leader.pause', 'leader.resume', 'leader.endPhase', 'phase.next', 'session.finish').map((type) => ({ type }) as GameEvent),
      fc.constant({ type: 'answer' as const }),
      fc.record({ type: fc.constant('star' as const), n: fc.nat(10) }),
      fc.record({ type: fc.constant('goal' as const), player: fc.constantFrom('p1', 'p2', 'p3', 'p9'), confidence: fc.integer({ min: -1, max: 12 }) }),
      fc.record({ type: fc.constant('react' as const), n: fc.nat(10), player: fc.constantFrom('p1', 'p2', 'p3') }),
    );
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 4 }), fc.array(eventArb, { maxLength: 60 }), (seed, cardsPerPlayer, script) => {
        const game = createGame({ deck: sampleDeck, sessionId: 'walk' });
        game.send({ type: 'session.start', settings: group(['Ann', 'Bo', 'Cas'], { seed, cardsPerPlayer }) });
        for (const step of script) {
          const s = game.getSession();
          if (step.type === 'answer') {
            const card = s.current ? cards.get(s.current.cardId) : undefined;
            if (card) game.send({ type: 'player.answer', value: answerFor(card) });
          } else if (step.type === 'star') {
            const a = s.answers[step.n % Math.max(1, s.answers.length)];
            if (a) game.send({ type: 'answer.star', answerId: a.id, starred: !a.starred });
          } else if (step.type === 'goal') {
            game.send({ type: 'goal.set', playerId: step.player, goal: { text: 'Doel', firstStep: 'Stap', helpers: [{ kind: 'self' }], confidence: step.confidence } });
          } else if (step.type === 'react') {
            const a = s.answers[step.n % Math.max(1, s.answers.length)];
            if (a) game.send({ type: 'group.react', answerId: a.id, playerId: step.player, text: 'Goed zo' });
          } else {
            game.send(step);
          }
          invariants(game.getState(), game.getSession());
          expect(game.getSession().goals.filter((g) => g.playerId === 'p1').length).toBeLessThanOrEqual(3);
        }
      }),
      { numRuns: 150 },
    );
  });
});
