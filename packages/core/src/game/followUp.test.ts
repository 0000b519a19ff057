import { describe, expect, it } from 'vitest';
import { answerFor } from '../testing/answerFor.ts';
import { sampleDeck } from '../testing/sampleDeck.ts';
import { group, settings } from '../testing/settings.ts';
import { createGame } from './createGame.ts';
import { followUpFrom } from './followUpFrom.ts';

/** A finished first session with goals for two players, and their downloaded summaries. */
function firstSession() {
  const game = createGame({ deck: sampleDeck, sessionId: 'first' });
  game.send({ type: 'session.start', settings: group(['Ann', 'Bo'], { cardsPerPlayer: 1 }) });
  while (game.getState().startsWith('discover')) {
    const card = sampleDeck.cards.find((c) => c.id === game.view().card!.id)!;
    game.send({ type: 'player.answer', value: answerFor(card) });
    game.send({ type: 'turn.next' });
  }
  game.send({ type: 'phase.next' });
  const helpers = [{ kind: 'professional' as const, who: 'wijkteam' }];
  game.send({
    type: 'goal.set',
    playerId: 'p1',
    goal: {
      text: 'Naar het buurthuis',
      firstStep: 'Rooster bekijken',
      helpers,
      confidence: 5,
      theme: 'contact',
    },
  });
  game.send({
    type: 'goal.set',
    playerId: 'p1',
    goal: {
      text: 'Elke dag wandelen',
      firstStep: 'Schoenen kopen',
      helpers: [{ kind: 'self' }],
      confidence: 8,
    },
  });
  game.send({
    type: 'goal.set',
    playerId: 'p2',
    goal: {
      text: 'Taalles zoeken',
      firstStep: 'Bibliotheek bellen',
      helpers: [{ kind: 'network', who: 'buurman' }],
      confidence: 4,
    },
  });
  game.send({ type: 'phase.next' });
  game.send({ type: 'session.finish' });
  // what players take home: their summaries as JSON
  return JSON.parse(JSON.stringify(['p1', 'p2'].map((id) => game.summary(id)!)));
}

describe('follow-up sessions', () => {
  it('checks in on each goal, turns a next step into a goal that continues the old one, and shows it in the summary', () => {
    const summaries = firstSession();
    const followUp = followUpFrom(summaries);
    expect(followUp.goals).toHaveLength(3);
    const game = createGame({ deck: sampleDeck, followUp });
    expect(
      game.send({ type: 'session.start', settings: group(['ann', 'Bo'], { cardsPerPlayer: 0 }) }).accepted,
    ).toBe(true);
    expect(game.getState()).toBe('checkIn');
    // returning players keep their ids, so their goals are theirs
    expect(game.getSession().players.map((p) => p.id)).toEqual(['p1', 'p2']);

    const [walk, centre, lessons] = [followUp.goals[1]!, followUp.goals[0]!, followUp.goals[2]!];
    expect(
      game.send({ type: 'checkIn.record', checkIn: { goalId: walk.id, status: 'done', helped: 'Mijn hond' } })
        .accepted,
    ).toBe(true);
    expect(
      game.send({
        type: 'checkIn.record',
        checkIn: {
          goalId: centre.id,
          status: 'partly',
          obstacles: 'Regen',
          nextStep: 'Samen met Bo gaan',
          confidence: 7,
        },
      }).accepted,
    ).toBe(true);
    expect(
      game.send({
        type: 'checkIn.record',
        checkIn: {
          goalId: lessons.id,
          status: 'not-yet',
          obstacles: 'Geen tijd',
          nextStep: 'Zaterdag bellen',
        },
      }).accepted,
    ).toBe(true);
    expect(game.send({ type: 'checkIn.record', checkIn: { goalId: 'nope', status: 'done' } })).toMatchObject({
      accepted: false,
      reason: { code: 'goal-unknown' },
    });
    // correcting a check-in replaces it
    expect(
      game.send({
        type: 'checkIn.record',
        checkIn: { goalId: walk.id, status: 'done', helped: 'Mijn hond Max' },
      }).accepted,
    ).toBe(true);

    expect(game.send({ type: 'phase.next' }).accepted).toBe(true);
    expect(game.getState()).toBe('do');
    expect(game.view().progress.phases.map((p) => p.phase)).toEqual([
      'setup',
      'checkIn',
      'do',
      'summary',
      'finished',
    ]);
    game.send({ type: 'phase.next' });

    const ann = game.summary('p1')!;
    expect(ann.checkIns.map((c) => [c.goal.text, c.status, c.helped ?? c.obstacles])).toEqual([
      ['Naar het buurthuis', 'partly', 'Regen'],
      ['Elke dag wandelen', 'done', 'Mijn hond Max'],
    ]);
    expect(ann.goals).toEqual([
      expect.objectContaining({
        text: 'Naar het buurthuis',
        firstStep: 'Samen met Bo gaan',
        confidence: 7,
        continuesGoalId: centre.id,
        theme: 'contact',
      }),
    ]);
    const bo = game.summary('p2')!;
    expect(bo.goals[0]).toMatchObject({
      text: 'Taalles zoeken',
      firstStep: 'Zaterdag bellen',
      confidence: 4,
    });
  });

  it('can play new cards in a follow-up before setting goals', () => {
    const followUp = followUpFrom(firstSession());
    const game = createGame({ deck: sampleDeck, followUp });
    game.send({
      type: 'session.start',
      settings: settings({ players: [{ alias: 'Ann' }], cardsPerPlayer: 2 }),
    });
    expect(game.send({ type: 'phase.next' }).accepted).toBe(true);
    expect(game.getState()).toBe('discover.card');
  });

  it('refuses to start a normal game with zero cards', () => {
    const game = createGame({ deck: sampleDeck });
    expect(game.send({ type: 'session.start', settings: settings({ cardsPerPlayer: 0 }) })).toMatchObject({
      accepted: false,
      reason: { code: 'cards-invalid' },
    });
  });
});
