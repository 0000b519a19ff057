/** Bad input from hosts and plugins, and edge cases of follow-ups: the game explains, copies, and loses nothing. */
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { parseSnapshot } from '../snapshot/parseSnapshot.ts';
import { answerFor } from '../testing/answerFor.ts';
import { sampleDeck } from '../testing/sampleDeck.ts';
import { group, settings } from '../testing/settings.ts';
import type { Deck, GameEvent, GamePlugin, SessionSnapshot } from '../types.ts';
import { createGame, type Game } from './createGame.ts';
import { followUpFrom } from './followUpFrom.ts';
import { GameOptionsError } from './GameOptionsError.ts';
import { restoreGame } from './restoreGame.ts';

const cardOf = (game: Game) => sampleDeck.cards.find((c) => c.id === game.view().card!.id)!;
const goal = (text: string) => ({
  text,
  firstStep: 'Begin klein',
  helpers: [{ kind: 'self' as const }],
  confidence: 5,
});

function toDo(game: Game) {
  while (game.getState().startsWith('discover')) {
    game.send({ type: 'player.answer', value: answerFor(cardOf(game)) });
    game.send({ type: 'turn.next' });
  }
  game.send({ type: 'phase.next' });
}

describe('follow-ups never drop a goal', () => {
  it('carries on goals that were not done: not checked in, not yet without a next step, or of a player who stayed away', () => {
    const first = createGame({ deck: sampleDeck, sessionId: 'one' });
    first.send({ type: 'session.start', settings: group(['Ann', 'Ben'], { cardsPerPlayer: 1 }) });
    toDo(first);
    first.send({ type: 'goal.set', playerId: 'p1', goal: goal('Zwemmen') });
    first.send({ type: 'goal.set', playerId: 'p1', goal: goal('Lezen') });
    first.send({ type: 'goal.set', playerId: 'p2', goal: goal('Fietsen') });

    const second = createGame({ deck: sampleDeck, followUp: followUpFrom(first.getSession()) });
    second.send({
      type: 'session.start',
      settings: settings({ players: [{ alias: 'ann' }], cardsPerPlayer: 0 }),
    });
    const [swim] = first.getSession().goals;
    second.send({ type: 'checkIn.record', checkIn: { goalId: swim!.id, status: 'not-yet' } });
    // Ben's goal cannot be checked in without Ben
    const bens = first.getSession().goals[2]!;
    expect(
      second.send({ type: 'checkIn.record', checkIn: { goalId: bens.id, status: 'done' } }),
    ).toMatchObject({ accepted: false, reason: { code: 'player-unknown' } });

    const next = followUpFrom(second.getSession());
    expect(next.goals.map((g) => g.text).sort()).toEqual(['Fietsen', 'Lezen', 'Zwemmen']);
    expect(next.players.map((p) => p.alias).sort()).toEqual(['Ben', 'ann']);
    // and Ann's summary shows what she still has
    second.send({ type: 'phase.next' });
    second.send({ type: 'phase.next' });
    expect(
      second
        .summary('p1')!
        .goals.map((g) => g.text)
        .sort(),
    ).toEqual(['Lezen', 'Zwemmen']);
  });

  it('keeps people apart when summaries of two solo games come together', () => {
    const solo = (alias: string, text: string) => {
      const game = createGame({ deck: sampleDeck, sessionId: alias });
      game.send({ type: 'session.start', settings: settings({ players: [{ alias }], cardsPerPlayer: 1 }) });
      toDo(game);
      game.send({ type: 'goal.set', playerId: 'p1', goal: goal(text) });
      game.send({ type: 'phase.next' });
      return game.summary('p1')!;
    };
    const followUp = followUpFrom([solo('Anne', 'Wandelen'), solo('Ben', 'Koken')]);
    expect(new Set(followUp.players.map((p) => p.id)).size).toBe(2);
    expect(new Set(followUp.goals.map((g) => g.id)).size).toBe(2);
    const game = createGame({ deck: sampleDeck, followUp });
    game.send({ type: 'session.start', settings: group(['Anne', 'Ben'], { cardsPerPlayer: 0 }) });
    const bens = followUp.goals.find((g) => g.text === 'Koken')!;
    game.send({
      type: 'checkIn.record',
      checkIn: { goalId: bens.id, status: 'done', helped: 'Bens eigen notitie' },
    });
    game.send({ type: 'phase.next' });
    game.send({ type: 'phase.next' });
    const anne = game.getSession().players.find((p) => p.alias === 'Anne')!;
    expect(JSON.stringify(game.summary(anne.id))).not.toContain('Bens eigen notitie');
  });

  it('updates the continuing goal in place when a check-in is recorded again', () => {
    const first = createGame({ deck: sampleDeck });
    first.send({ type: 'session.start', settings: settings({ cardsPerPlayer: 1 }) });
    toDo(first);
    first.send({ type: 'goal.set', playerId: 'p1', goal: goal('Zingen') });
    const game = createGame({ deck: sampleDeck, followUp: followUpFrom(first.getSession()) });
    game.send({ type: 'session.start', settings: settings({ cardsPerPlayer: 0 }) });
    const earlier = first.getSession().goals[0]!.id;
    game.send({
      type: 'checkIn.record',
      checkIn: { goalId: earlier, status: 'partly', nextStep: 'Koor zoeken' },
    });
    const id = game.getSession().goals[0]!.id;
    game.send({
      type: 'checkIn.record',
      checkIn: { goalId: earlier, status: 'partly', nextStep: 'Koor bellen' },
    });
    expect(game.getSession().goals).toEqual([expect.objectContaining({ id, firstStep: 'Koor bellen' })]);
  });
});

describe('what a host sends is checked and copied', () => {
  it('refuses values that could not be saved, and every accepted step leaves a snapshot that reads back', () => {
    const game = createGame({ deck: sampleDeck });
    expect(game.send({ type: 'session.start', settings: settings(), at: 123 as never }).accepted).toBe(false);
    game.send({ type: 'session.start', settings: settings({ cardsPerPlayer: 2 }) });
    const value = answerFor(cardOf(game));
    expect(game.send({ type: 'player.answer', value, private: 'false' as never }).accepted).toBe(false);
    const cyclic: Record<string, unknown> = { kind: value.kind, text: 'x' };
    cyclic.self = cyclic;
    expect(game.send({ type: 'player.answer', value: cyclic as never }).accepted).toBe(false);
    expect(game.send({ type: 'player.answer', value }).accepted).toBe(true);
    game.send({ type: 'leader.endPhase' });
    game.send({ type: 'phase.next' });
    expect(
      game.send({ type: 'goal.set', playerId: 'p1', goal: { ...goal('x'), firstStep: undefined as never } }),
    ).toMatchObject({ accepted: false, reason: { code: 'goal-step' } });
    expect(game.send({ type: 'goal.update', goalId: 'nope', goal: 'x' as never }).accepted).toBe(false);
    expect(parseSnapshot(JSON.stringify(game.getSnapshot())).ok).toBe(true);
  });

  it('keeps a copy: a host that reuses its form object cannot rewrite an earlier answer or goal', () => {
    const game = createGame({
      deck: { ...sampleDeck, cards: sampleDeck.cards.filter((c) => c.answer.kind === 'text') },
    });
    game.send({ type: 'session.start', settings: settings({ cardsPerPlayer: 1 }) });
    const form = { kind: 'text' as const, text: 'eerste' };
    game.send({ type: 'player.answer', value: form });
    form.text = 'x'.repeat(5000);
    expect(game.getSession().answers[0]!.value.text).toBe('eerste');
    game.send({ type: 'turn.next' });
    game.send({ type: 'phase.next' });
    const g = { ...goal('Tuin'), helpers: [{ kind: 'network' as const, who: 'buurman' }] };
    game.send({ type: 'goal.set', playerId: 'p1', goal: g });
    g.helpers[0]!.who = 'iemand anders';
    expect(game.getSession().goals[0]!.helpers).toEqual([{ kind: 'network', who: 'buurman' }]);
  });

  it('explains why, in the order a person would look: stopped, paused, wrong moment, then the content', async () => {
    const game = createGame({ deck: sampleDeck });
    expect(game.send({ type: 'leader.resume' })).toMatchObject({
      accepted: false,
      reason: { code: 'not-paused' },
    });
    expect(game.send({ type: 'checkIn.record', checkIn: { goalId: 'g1', status: 'done' } })).toMatchObject({
      accepted: false,
      reason: { code: 'wrong-phase' },
    });
    game.send({ type: 'session.start', settings: settings() });
    const again = game.send({ type: 'session.start', settings: settings({ cardsPerPlayer: 0 }) });
    expect(again).toMatchObject({
      accepted: false,
      reason: { code: 'wrong-phase', message: { en: 'That is not possible now, during discovering.' } },
    });
    expect(game.send({ type: 'group.react', answerId: 'a9', playerId: 'p1', text: 'hoi' })).toMatchObject({
      reason: { code: 'answer-unknown' },
    });
    await game.stop();
    expect(game.send({ type: 'player.pass' })).toMatchObject({
      accepted: false,
      reason: { code: 'stopped' },
    });
  });

  it('refuses a sparse player list and a player younger than the deck allows', () => {
    const game = createGame({ deck: sampleDeck });
    const sparse = new Array<{ alias: string }>(2);
    sparse[1] = { alias: 'B' };
    expect(game.send({ type: 'session.start', settings: group([], { players: sparse }) })).toMatchObject({
      accepted: false,
      reason: { code: 'alias-missing' },
    });
    expect(
      game.send({ type: 'session.start', settings: settings({ players: [{ alias: 'Kim', age: 8 }] }) }),
    ).toMatchObject({
      accepted: false,
      reason: {
        code: 'age-below-deck',
        message: { en: 'This deck is for players aged 12 and over. Choose another deck for player 1.' },
      },
    });
  });

  it('says clearly what is wrong with the options, and returns no summary for someone who is not playing', () => {
    const parsed = { ok: true, deck: sampleDeck, warnings: [] };
    expect(() => createGame({ deck: parsed as never })).toThrow(GameOptionsError);
    expect(() => createGame({ deck: parsed as never })).toThrow(/result\.deck/);
    expect(() => createGame({ deck: undefined as never })).toThrow(/parseDeck/);
    expect(() => createGame({ deck: sampleDeck, plugins: 'x' as never })).toThrow(/list/);
    const game = createGame({ deck: sampleDeck, clock: () => new Date(NaN) });
    expect(game.problems.map((p) => p.code)).toContain('clock-invalid');
    expect(game.summary('nobody')).toBeNull();
  });

  it('goes back to the last good moment when something breaks inside the game', () => {
    const game = createGame({ deck: sampleDeck });
    game.send({ type: 'session.start', settings: settings({ cardsPerPlayer: 3 }) });
    const session = game.getSession() as unknown as { history: unknown };
    const history = session.history;
    session.history = null; // a host reached in and broke it
    const result = game.send({ type: 'player.pass' });
    expect(result).toMatchObject({ accepted: false, reason: { code: 'internal-error' } });
    expect(game.problems.map((p) => p.code)).toContain('internal-error');
    expect(game.getState()).toBe('discover.card');
    (game.getSession() as unknown as { history: unknown }).history = history;
    expect(game.send({ type: 'player.pass' }).accepted).toBe(true);
  });
});

describe('plugins and the game', () => {
  it('queues steps a plugin sends, so hooks see them in order and the newest snapshot is saved last', () => {
    const snapshots: SessionSnapshot[] = [];
    const seen: string[] = [];
    const autoStar: GamePlugin = {
      name: 'auto-star',
      answerGiven: ({ answer }, ctx) => {
        if (!answer.starred) ctx.send({ type: 'answer.star', answerId: answer.id, starred: true });
      },
    };
    const recorder: GamePlugin = {
      name: 'recorder',
      event: (e) => void seen.push(e.type),
      snapshot: (s) => void snapshots.push(s),
    };
    const game = createGame({ deck: sampleDeck, plugins: [autoStar, recorder] });
    game.send({ type: 'session.start', settings: settings({ cardsPerPlayer: 2 }) });
    game.send({ type: 'player.answer', value: answerFor(cardOf(game)) });
    expect(seen).toEqual(['session.start', 'player.answer', 'answer.star']);
    expect(snapshots.at(-1)!.session.answers[0]!.starred).toBe(true);
    expect(game.getSession().answers[0]!.starred).toBe(true);
  });

  it('never draws a card whose answer kind no plugin provides, and explains a plugin kind’s own rule', () => {
    const deck: Deck = {
      ...sampleDeck,
      cards: [
        {
          id: 'dial',
          family: 'need',
          theme: 'home',
          depth: 1,
          prompt: { nl: 'Hoe?', en: 'How?' },
          answer: { kind: 'x:dial' },
        },
        {
          id: 'plain',
          family: 'need',
          theme: 'home',
          depth: 1,
          prompt: { nl: 'Wat?', en: 'What?' },
          answer: { kind: 'talk' },
        },
      ],
    };
    const without = createGame({ deck });
    without.send({ type: 'session.start', settings: settings({ cardsPerPlayer: 2 }) });
    expect(without.getSession().drawPile).toEqual([]);
    expect(without.view().card!.id).toBe('plain');

    const dial: GamePlugin = {
      name: 'dial',
      answerKinds: [{ kind: 'x:dial', schema: z.number().check(z.gte(0), z.lte(10)) }],
    };
    const game = createGame({ deck: { ...deck, cards: [deck.cards[0]!] }, plugins: [dial] });
    game.send({ type: 'session.start', settings: settings({ cardsPerPlayer: 1 }) });
    const bad = game.send({ type: 'player.answer', value: { kind: 'x:dial', value: 99 } } as GameEvent);
    expect(bad).toMatchObject({ accepted: false, reason: { code: 'answer-invalid' } });
  });

  it('refuses a snapshot of another deck with its own code, so the host can load the right deck', () => {
    const game = createGame({ deck: sampleDeck });
    game.send({ type: 'session.start', settings: settings() });
    const other = { ...sampleDeck, id: 'other' };
    expect(restoreGame(game.getSnapshot(), { deck: other }).error?.code).toBe('snapshot-other-deck');
  });
});
