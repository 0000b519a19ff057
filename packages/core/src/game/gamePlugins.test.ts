/** The game and its plugins together: hooks in order, isolation, contributed answer kinds and sections, storage. */
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../plugins/memoryStorage.ts';
import { storagePlugin } from '../plugins/storagePlugin.ts';
import { answerFor } from '../testing/answerFor.ts';
import { sampleDeck } from '../testing/sampleDeck.ts';
import { settings } from '../testing/settings.ts';
import type { Deck, GamePlugin, InspectionEvent } from '../types.ts';
import { createGame } from './createGame.ts';
import { restoreGame } from './restoreGame.ts';

describe('createGame with plugins', () => {
  it('calls hooks at the moments of the game, in order, and isolates a plugin that throws', () => {
    const log: string[] = [];
    const recorder: GamePlugin = {
      name: 'recorder',
      setup: () => void log.push('setup'),
      deckLoaded: (deck) => void log.push(`deck ${deck.id}`),
      sessionStarted: () => void log.push('started'),
      cardShown: ({ card, player }) => void log.push(`card ${card.id} for ${player.alias}`),
      answerGiven: ({ answer }) => void log.push(`answer ${answer.id}`),
      goalSet: ({ goal }) => void log.push(`goal ${goal.text}`),
      sessionEnded: () => void log.push('ended'),
    };
    const broken: GamePlugin = {
      name: 'broken',
      enforce: 'pre',
      cardShown: () => {
        throw new Error('boom');
      },
    };
    const inspected: InspectionEvent[] = [];
    const game = createGame({
      deck: sampleDeck,
      plugins: [broken, null, false, recorder],
      inspect: (e) => inspected.push(e),
    });
    game.send({ type: 'session.start', settings: settings({ cardsPerPlayer: 1 }) });
    const card = sampleDeck.cards.find((c) => c.id === game.view().card!.id)!;
    game.send({ type: 'player.answer', value: answerFor(card) });
    game.send({ type: 'turn.next' });
    game.send({ type: 'phase.next' });
    game.send({
      type: 'goal.set',
      playerId: 'p1',
      goal: { text: 'Fietsen', firstStep: 'Band plakken', helpers: [{ kind: 'self' }], confidence: 6 },
    });
    game.send({ type: 'phase.next' });
    game.send({ type: 'session.finish' });
    expect(log).toEqual([
      'setup',
      'deck sample',
      'started',
      `card ${card.id} for Sam`,
      'answer a1',
      'goal Fietsen',
      'ended',
    ]);
    expect(game.problems).toHaveLength(1);
    expect(game.problems[0]).toMatchObject({ code: 'plugin-failed', plugin: 'broken', hook: 'cardShown' });
    expect(inspected.some((e) => e.type === 'od.problem')).toBe(true);
    expect(
      inspected
        .filter((e) => e.type === 'od.event' && e.accepted)
        .map((e) => (e.type === 'od.event' ? e.event.type : '')),
    ).toContain('goal.set');
  });

  it('accepts an answer kind a plugin adds, checked by its schema, and adds its summary section', () => {
    const deck: Deck = {
      ...sampleDeck,
      cards: [
        {
          id: 'light',
          family: 'need',
          theme: 'home',
          depth: 1,
          prompt: { nl: 'Hoe gaat het thuis?', en: 'How are things at home?' },
          answer: { kind: 'test:traffic-light' },
        },
      ],
    };
    const trafficLight: GamePlugin = {
      name: 'traffic-light',
      answerKinds: [{ kind: 'test:traffic-light', schema: z.enum(['red', 'orange', 'green']) }],
      summarySections: [
        {
          id: 'lights',
          title: { nl: 'Stoplicht', en: 'Traffic light' },
          build: (s, playerId) =>
            s.answers
              .filter((a) => a.playerId === playerId)
              .map((a) => String((a.value as { value?: unknown }).value)),
        },
      ],
    };
    const game = createGame({ deck, plugins: [trafficLight] });
    game.send({ type: 'session.start', settings: settings({ cardsPerPlayer: 1 }) });
    expect(
      game.send({ type: 'player.answer', value: { kind: 'test:traffic-light', value: 'purple' } }).accepted,
    ).toBe(false);
    expect(
      game.send({ type: 'player.answer', value: { kind: 'test:traffic-light', value: 'green' } }).accepted,
    ).toBe(true);
    expect(game.summary('p1', { language: 'en' })!.sections).toEqual([
      { id: 'lights', title: 'Traffic light', items: ['green'] },
    ]);
  });

  it('stores every change through od:storage so a reload resumes, and wipes it at the end on a shared device', async () => {
    const adapter = memoryStorage();
    const storage = storagePlugin({ adapter, key: () => 'tablet', wipeOnEnd: true });
    const game = createGame({ deck: sampleDeck, plugins: [storage], sessionId: 'tablet-1' });
    game.send({ type: 'session.start', settings: settings({ cardsPerPlayer: 2 }) });
    const card = sampleDeck.cards.find((c) => c.id === game.view().card!.id)!;
    game.send({ type: 'player.answer', value: answerFor(card, 'Ik kan goed luisteren') });
    await storage.flush();
    const resumed = restoreGame(await adapter.load('tablet'), { deck: sampleDeck });
    expect(resumed.restored).toBe(true);
    expect(resumed.game.getState()).toBe('discover.answered');
    expect(resumed.game.getSession().answers[0]!.value.text).toBe('Ik kan goed luisteren');

    game.send({ type: 'leader.endPhase' });
    game.send({ type: 'phase.next' });
    game.send({ type: 'phase.next' });
    game.send({ type: 'session.finish' });
    await storage.flush();
    expect(await adapter.load('tablet')).toBeNull();
  });

  it('shows the summary in the player’s reading level', () => {
    const game = createGame({ deck: sampleDeck });
    game.send({
      type: 'session.start',
      settings: settings({ cardsPerPlayer: 24, players: [{ alias: 'Mo', reading: 'easy', language: 'en' }] }),
    });
    while (game.getState().startsWith('discover')) {
      const card = sampleDeck.cards.find((c) => c.id === game.view().card!.id)!;
      game.send({ type: 'player.answer', value: answerFor(card) });
      game.send({ type: 'turn.next' });
    }
    const prompts = Object.values(game.summary('p1')!.lenses)
      .flat()
      .map((a) => a.prompt);
    expect(prompts).toContain('Easy question 5?');
    expect(prompts).not.toContain('Question 5 about home?');
  });
});
