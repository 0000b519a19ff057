import { describe, expect, it } from 'vitest';
import { answerFor } from '../testing/answerFor.ts';
import { sampleDeck } from '../testing/sampleDeck.ts';
import { fixedClock, group, settings } from '../testing/settings.ts';
import type { GameEvent } from '../types.ts';
import { createGame, type Game } from './createGame.ts';

const cardOf = (game: Game) => sampleDeck.cards.find((c) => c.id === game.view().card?.id)!;

/** Answers the card in play and moves on. */
function answerAndNext(game: Game, extra: Partial<Extract<GameEvent, { type: 'player.answer' }>> = {}) {
  const card = cardOf(game);
  expect(game.send({ type: 'player.answer', value: answerFor(card), ...extra })).toEqual({ accepted: true });
  expect(game.send({ type: 'turn.next' })).toEqual({ accepted: true });
  return card;
}

describe('createGame: a solo game from start to summary', () => {
  it('plays every phase and leaves a summary ordered by the four lenses', () => {
    const game = createGame({ deck: sampleDeck, clock: fixedClock, sessionId: 's1' });
    expect(game.getState()).toBe('setup');
    expect(game.send({ type: 'session.start', settings: settings({ cardsPerPlayer: 6 }) })).toEqual({
      accepted: true,
    });
    expect(game.getState()).toBe('discover.card');
    expect(game.view().card?.prompt).toMatch(/\?$/);

    const first = answerAndNext(game, { starred: true });
    for (let i = 0; i < 5; i++) answerAndNext(game);
    expect(game.view().phase).toBe('matters');
    const firstAnswer = game.getSession().answers.find((a) => a.cardId === first.id)!;
    expect(
      game.send({
        type: 'matters.choose',
        playerId: 'p1',
        items: [
          { type: 'answer', answerId: firstAnswer.id },
          { type: 'own', text: 'Mijn kleinkinderen' },
        ],
      }).accepted,
    ).toBe(true);
    expect(game.send({ type: 'phase.next' }).accepted).toBe(true);
    expect(game.view().phase).toBe('do');
    expect(
      game.send({
        type: 'goal.set',
        playerId: 'p1',
        goal: {
          text: 'Vaker wandelen',
          firstStep: 'Morgen een rondje om de kerk',
          when: 'morgen',
          helpers: [{ kind: 'network', who: 'buurvrouw' }],
          need: 'goede schoenen',
          confidence: 7,
        },
      }).accepted,
    ).toBe(true);
    expect(game.send({ type: 'phase.next' }).accepted).toBe(true);
    expect(game.getState()).toBe('summary');

    const summary = game.summary('p1')!;
    const lensCount = Object.values(summary.lenses).reduce((n, l) => n + l.length, 0);
    expect(lensCount).toBe(6);
    expect(summary.starred.map((a) => a.cardId)).toEqual([first.id]);
    expect(summary.matters.map((m) => m.label)).toContain('Mijn kleinkinderen');
    expect(summary.goals[0]).toMatchObject({
      text: 'Vaker wandelen',
      firstStep: 'Morgen een rondje om de kerk',
      confidence: 7,
    });
    expect(summary.goals[0]!.helpers).toEqual([{ kind: 'network', who: 'buurvrouw' }]);

    expect(game.send({ type: 'session.finish' }).accepted).toBe(true);
    expect(game.getState()).toBe('finished');
    expect(game.getSession().finishedAt).toBe('2026-11-23T10:00:00.000Z');
  });

  it('orders answers by lens: wish→want, strength→can, doing and action→do, need→need', () => {
    const game = createGame({ deck: sampleDeck });
    game.send({ type: 'session.start', settings: settings({ cardsPerPlayer: 24 }) });
    while (game.getState().startsWith('discover')) answerAndNext(game);
    const { lenses } = game.summary('p1')!;
    expect(lenses.want.every((a) => a.family === 'wish')).toBe(true);
    expect(lenses.can.every((a) => a.family === 'strength')).toBe(true);
    expect(lenses.do.every((a) => a.family === 'doing' || a.family === 'action')).toBe(true);
    expect(lenses.need.every((a) => a.family === 'need')).toBe(true);
    expect(lenses.more.every((a) => a.family === 'life-event')).toBe(true);
    expect(lenses.want.length).toBeGreaterThan(0);
  });
});

describe('createGame: setup explains what is wrong', () => {
  it('rejects a group of one, a duplicate alias and an unknown language in plain words', () => {
    const game = createGame({ deck: sampleDeck });
    const one = game.send({ type: 'session.start', settings: group(['Ann']) });
    expect(one).toMatchObject({
      accepted: false,
      reason: { code: 'players-count', message: { en: 'A group has 2 to 8 players.' } },
    });
    const dup = game.send({ type: 'session.start', settings: group(['Ann', 'ann']) });
    expect(dup).toMatchObject({ accepted: false, reason: { code: 'alias-duplicate' } });
    const lang = game.send({ type: 'session.start', settings: settings({ language: 'xx' }) });
    expect(lang).toMatchObject({
      accepted: false,
      reason: {
        code: 'language-unknown',
        message: { en: 'This deck has no text in the language "xx". Choose from: Dutch, English.' },
      },
    });
    expect(game.getState()).toBe('setup');
  });

  it('rejects choices no card fits', () => {
    const game = createGame({ deck: sampleDeck });
    const r = game.send({
      type: 'session.start',
      settings: settings({
        themes: ['home'],
        maxDepth: 1,
        excludeSensitivity: [],
        players: [{ alias: 'Kim', age: 12 }],
        cardsPerPlayer: 2,
      }),
    });
    // home has depth-1 cards for a 12-year-old too, so this one starts
    expect(r.accepted).toBe(true);
    const none = createGame({
      deck: { ...sampleDeck, cards: sampleDeck.cards.filter((c) => c.theme !== 'home') },
    });
    expect(none.send({ type: 'session.start', settings: settings({ themes: ['home'] }) })).toMatchObject({
      accepted: false,
      reason: { code: 'no-cards' },
    });
  });

  it('never throws on nonsense events', () => {
    const game = createGame({ deck: sampleDeck });
    for (const bad of [
      null,
      undefined,
      42,
      'x',
      {},
      { type: 12 },
      { type: 'session.start' },
      { type: 'session.start', settings: null },
      { type: 'nope' },
    ]) {
      expect(game.send(bad as never).accepted).toBe(false);
    }
    expect(game.getState()).toBe('setup');
  });
});

describe('createGame: drawing cards', () => {
  it('draws only chosen themes, at or under the depth limit, fitting the age, without excluded topics, never twice', () => {
    const game = createGame({ deck: sampleDeck });
    game.send({
      type: 'session.start',
      settings: settings({
        themes: ['myself', 'home'],
        maxDepth: 2,
        excludeSensitivity: ['loss'],
        players: [{ alias: 'Jo', age: 14 }],
        cardsPerPlayer: 60,
      }),
    });
    const seen: string[] = [];
    while (game.getState().startsWith('discover')) seen.push(answerAndNext(game).id);
    const cards = seen.map((id) => sampleDeck.cards.find((c) => c.id === id)!);
    expect(cards.length).toBeGreaterThan(3);
    expect(new Set(seen).size).toBe(seen.length);
    expect(cards.every((c) => ['myself', 'home'].includes(c.theme) && c.depth <= 2)).toBe(true);
    expect(seen).not.toContain('loss-1');
    expect(seen).not.toContain('adult-1');
    // light cards first
    const depths = cards.map((c) => c.depth);
    expect([...depths].sort()).toEqual(depths);
  });

  it('replays the same seed and events to the same game', () => {
    const play = () => {
      const game = createGame({ deck: sampleDeck, clock: fixedClock, sessionId: 'same' });
      game.send({ type: 'session.start', settings: group(['A', 'B', 'C'], { seed: 99, cardsPerPlayer: 3 }) });
      while (game.getState().startsWith('discover')) answerAndNext(game);
      return game.getSession();
    };
    expect(play()).toEqual(play());
    const other = createGame({ deck: sampleDeck });
    other.send({ type: 'session.start', settings: group(['A', 'B', 'C'], { seed: 100, cardsPerPlayer: 3 }) });
    expect(other.getSession().drawPile).not.toEqual(play().drawPile.length ? undefined : []);
  });
});

describe('createGame: the player is in control', () => {
  it('passes any card without it showing anywhere in the summary', () => {
    const game = createGame({ deck: sampleDeck });
    game.send({ type: 'session.start', settings: settings({ cardsPerPlayer: 3 }) });
    const passed = game.view().card!.id;
    expect(game.send({ type: 'player.pass' }).accepted).toBe(true);
    expect(game.view().card!.id).not.toBe(passed);
    while (game.getState().startsWith('discover')) answerAndNext(game);
    const summary = game.summary('p1')!;
    const cardsInSummary = Object.values(summary.lenses)
      .flat()
      .map((a) => a.cardId);
    // a pass is a turn taken, without a trace: three turns, two answers
    expect(cardsInSummary).toHaveLength(2);
    expect(cardsInSummary).not.toContain(passed);
    expect(game.getSession().history.find((h) => h.cardId === passed)?.outcome).toBe('passed');
  });

  it('changes the last answer, stars it, and keeps a private answer out of the summary unless the player chooses', () => {
    const game = createGame({ deck: sampleDeck });
    game.send({ type: 'session.start', settings: settings({ cardsPerPlayer: 2 }) });
    const card = cardOf(game);
    game.send({
      type: 'player.answer',
      value: answerFor(card, 'eerste versie'),
      private: true,
      givenBy: 'with-help',
    });
    const id = game.view().currentAnswer!.id;
    expect(
      game.send({ type: 'player.changeAnswer', answerId: id, value: answerFor(card, 'tweede versie') })
        .accepted,
    ).toBe(true);
    expect(game.send({ type: 'answer.star', answerId: id, starred: true }).accepted).toBe(true);
    const answer = game.getSession().answers[0]!;
    expect(answer).toMatchObject({ starred: true, private: true, givenBy: 'with-help' });
    expect(answer.value.text).toBe('tweede versie');
    game.send({ type: 'turn.next' });
    answerAndNext(game);
    expect(JSON.stringify(game.summary('p1')!)).not.toContain('tweede versie');
    expect(game.send({ type: 'player.includePrivate', playerId: 'p1', include: true }).accepted).toBe(true);
    expect(JSON.stringify(game.summary('p1')!)).toContain('tweede versie');
  });

  it('treats text that looks like HTML as text', () => {
    const game = createGame({ deck: sampleDeck });
    game.send({ type: 'session.start', settings: settings({ cardsPerPlayer: 1 }) });
    const card = cardOf(game);
    game.send({ type: 'player.answer', value: answerFor(card, '<img src=x onerror=alert(1)>') });
    expect(game.getSession().answers[0]!.value.text).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('createGame: a group', () => {
  it('rotates turns fairly, lets others react, and not to their own answer', () => {
    const game = createGame({ deck: sampleDeck });
    game.send({ type: 'session.start', settings: group(['Ann', 'Bo', 'Cas'], { cardsPerPlayer: 2 }) });
    const order: string[] = [];
    while (game.getState().startsWith('discover')) {
      order.push(game.view().currentPlayer!.alias);
      const card = cardOf(game);
      game.send({ type: 'player.answer', value: answerFor(card) });
      const answerId = game.view().currentAnswer!.id;
      const other = game.getSession().players.find((p) => p.id !== game.view().currentPlayer!.id)!;
      expect(game.send({ type: 'group.react', answerId, playerId: other.id, text: 'Mooi!' }).accepted).toBe(
        true,
      );
      expect(
        game.send({ type: 'group.react', answerId, playerId: game.view().currentPlayer!.id, text: 'ik' }),
      ).toMatchObject({ accepted: false, reason: { code: 'react-own' } });
      game.send({ type: 'turn.next' });
    }
    expect(order).toEqual(['Ann', 'Bo', 'Cas', 'Ann', 'Bo', 'Cas']);
    expect(game.summary('p1')!.lenses).toBeDefined();
    const reactions = Object.values(game.summary('p1')!.lenses)
      .flat()
      .flatMap((a) => a.reactions);
    expect(reactions.length).toBe(2);
  });

  it('lets each player read in their own language and reading level', () => {
    const game = createGame({ deck: sampleDeck });
    game.send({
      type: 'session.start',
      settings: group(['Ann', 'Bo'], {
        cardsPerPlayer: 20,
        players: [{ alias: 'Ann' }, { alias: 'Bo', language: 'en', reading: 'easy' }],
      }),
    });
    let sawEnglish = false;
    let sawEasy = false;
    while (game.getState().startsWith('discover')) {
      const view = game.view();
      const card = cardOf(game);
      if (view.currentPlayer!.alias === 'Bo') {
        expect(view.card!.language).toBe('en');
        expect(view.card!.prompt).toBe(card.easy?.en ?? card.prompt.en);
        sawEnglish = true;
        sawEasy ||= view.card!.easy;
      } else {
        expect(view.card!.prompt).toBe(card.prompt.nl);
      }
      answerAndNext(game);
    }
    expect(sawEnglish && sawEasy).toBe(true);
  });
});

describe('createGame: the leader', () => {
  it('sees hints players do not, skips, redraws, pauses and resumes, and ends the phase', () => {
    const game = createGame({ deck: sampleDeck });
    game.send({ type: 'session.start', settings: group(['Ann', 'Bo'], { cardsPerPlayer: 10, maxDepth: 3 }) });
    const redrawn = game.view().card!.id;
    expect(game.send({ type: 'leader.redraw' }).accepted).toBe(true);
    expect(game.view().currentPlayer!.alias).toBe('Ann');
    expect(game.view().card!.id).not.toBe(redrawn);

    expect(game.send({ type: 'leader.skip' }).accepted).toBe(true);
    expect(game.view().currentPlayer!.alias).toBe('Bo');

    expect(game.send({ type: 'leader.pause' }).accepted).toBe(true);
    const card = cardOf(game);
    expect(game.send({ type: 'player.answer', value: answerFor(card) })).toMatchObject({
      accepted: false,
      reason: { code: 'paused' },
    });
    expect(game.send({ type: 'leader.resume' }).accepted).toBe(true);
    expect(game.send({ type: 'player.answer', value: answerFor(card) }).accepted).toBe(true);

    // the card view never carries leader material; the leader view does for deep cards
    expect(JSON.stringify(game.view().card)).not.toMatch(/hint|Tip voor/);
    const deep = sampleDeck.cards.find((c) => c.hints)!;
    expect(deep.hints!.length).toBeGreaterThan(0);

    expect(game.send({ type: 'leader.endPhase' }).accepted).toBe(true);
    expect(game.view().phase).toBe('matters');
    expect(game.getSession().history.map((h) => h.outcome)).toEqual(['redrawn', 'skipped', 'answered']);
  });
});

describe('createGame: goals', () => {
  it('allows 1–3 goals per player with confidence 1–10 and says why not otherwise', () => {
    const game = createGame({ deck: sampleDeck });
    game.send({ type: 'session.start', settings: settings({ cardsPerPlayer: 1 }) });
    game.send({ type: 'leader.endPhase' });
    game.send({ type: 'phase.next' });
    const goal = {
      text: 'Koken voor de buren',
      firstStep: 'Recept kiezen',
      helpers: [{ kind: 'self' as const }],
      confidence: 6,
    };
    expect(game.send({ type: 'goal.set', playerId: 'p1', goal: { ...goal, confidence: 11 } })).toMatchObject({
      accepted: false,
      reason: { code: 'goal-confidence' },
    });
    expect(game.send({ type: 'goal.set', playerId: 'p1', goal: { ...goal, text: '  ' } })).toMatchObject({
      accepted: false,
      reason: { code: 'goal-text' },
    });
    for (let i = 0; i < 3; i++)
      expect(game.send({ type: 'goal.set', playerId: 'p1', goal }).accepted).toBe(true);
    expect(game.send({ type: 'goal.set', playerId: 'p1', goal })).toMatchObject({
      accepted: false,
      reason: { code: 'goals-full' },
    });
    const id = game.getSession().goals[0]!.id;
    expect(game.send({ type: 'goal.update', goalId: id, goal: { confidence: 8 } }).accepted).toBe(true);
    expect(game.send({ type: 'goal.remove', goalId: id }).accepted).toBe(true);
    expect(game.getSession().goals).toHaveLength(2);
  });
});
