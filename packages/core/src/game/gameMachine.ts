/**
 * The game as an XState v5 machine. Its context is the whole {@link SessionState} (plain JSON);
 * the deck and the answer-kind validator are fixed per game and closed over, so snapshots stay small.
 *
 * setup → [checkIn] → discover → matters → do → summary → finished
 *
 * Every event is checked twice: the state decides whether it fits the phase, `checkEvent`
 * decides whether what it says is valid. While the leader has paused the game, only
 * `leader.resume` is accepted.
 */
import { and, assertEvent, assign, setup } from 'xstate';
import { BUILT_IN_ANSWER_KINDS, type Card, type Deck, type GameEvent, type SessionState } from '../types.ts';
import type { AnswerKindValidator } from './checkAnswer.ts';
import { checkEvent, type CheckContext } from './checkEvent.ts';
import * as up from './sessionUpdates.ts';

/** What a game machine is made for: one deck, and the answer kinds plugins added. */
export interface GameMachineDeps {
  deck: Deck;
  /** Checks values of answer kinds that plugins added. */
  validator?: AnswerKindValidator;
  /** Answer kinds plugins added; cards of any other non-built-in kind are never drawn. */
  answerKinds?: ReadonlySet<string>;
}

/**
 * Creates the machine for one deck.
 *
 * @example
 * const machine = createGameMachine({ deck });
 * const actor = createActor(machine, { input: { session: emptySession({ ... }) } }).start();
 */
export function createGameMachine(deps: GameMachineDeps) {
  const cards: ReadonlyMap<string, Card> = new Map(deps.deck.cards.map((c) => [c.id, c]));
  const ctx: CheckContext = {
    deck: deps.deck,
    cards,
    ...(deps.validator ? { validator: deps.validator } : {}),
  };

  const builtIn: readonly string[] = BUILT_IN_ANSWER_KINDS;
  const isPlayable = (card: Card) =>
    builtIn.includes(card.answer.kind) || deps.answerKinds?.has(card.answer.kind) === true;
  const ok = 'ok' as const;
  /** Handlers every phase after setup shares. */
  const common = {
    'player.changeAnswer': { guard: ok, actions: 'changeAnswer' },
    'answer.star': { guard: ok, actions: 'markAnswer' },
    'answer.private': { guard: ok, actions: 'markAnswer' },
    'group.react': { guard: ok, actions: 'react' },
    'player.language': { guard: ok, actions: 'setLanguage' },
    'player.includePrivate': { guard: ok, actions: 'setIncludePrivate' },
    'leader.pause': { guard: 'notPaused', actions: 'pause' },
    'leader.resume': { guard: 'paused', actions: 'resume' },
  } as const;

  return setup({
    types: {
      context: {} as SessionState,
      events: {} as GameEvent,
      input: {} as { session: SessionState },
    },
    guards: {
      valid: ({ context, event }) => checkEvent(context, event, ctx) === null,
      notPaused: ({ context }) => !context.paused,
      paused: ({ context }) => context.paused,
      isFollowUp: ({ context }) => context.followUp !== null,
      hasCards: ({ context }) => context.settings.cardsPerPlayer > 0,
      noCard: ({ context }) => context.current === null,
      ok: and(['notPaused', 'valid']),
    },
    actions: {
      start: assign(({ context, event }) => {
        assertEvent(event, 'session.start');
        return up.startSession(context, event, deps.deck, isPlayable);
      }),
      drawIfNeeded: assign(({ context }) => (context.current ? context : up.drawCard(context, cards))),
      answer: assign(({ context, event }) => {
        assertEvent(event, 'player.answer');
        return up.answerCard(context, event);
      }),
      pass: assign(({ context }) => up.passCard(context, cards)),
      skip: assign(({ context }) => up.skipCard(context, cards)),
      redraw: assign(({ context }) => up.redrawCard(context, cards)),
      nextTurn: assign(({ context }) => up.nextTurn(context, cards)),
      endDiscover: assign(({ context }) => up.endDiscover(context)),
      changeAnswer: assign(({ context, event }) => {
        assertEvent(event, 'player.changeAnswer');
        return up.changeAnswer(context, event);
      }),
      markAnswer: assign(({ context, event }) => {
        assertEvent(event, ['answer.star', 'answer.private']);
        return event.type === 'answer.star'
          ? up.markAnswer(context, event.answerId, { starred: event.starred === true })
          : up.markAnswer(context, event.answerId, { private: event.private === true });
      }),
      react: assign(({ context, event }) => {
        assertEvent(event, 'group.react');
        return up.addReaction(context, event);
      }),
      setLanguage: assign(({ context, event }) => {
        assertEvent(event, 'player.language');
        return up.setPlayer(context, event.playerId, {
          ...(event.language !== undefined ? { language: event.language } : {}),
          ...(event.reading !== undefined ? { reading: event.reading } : {}),
        });
      }),
      setIncludePrivate: assign(({ context, event }) => {
        assertEvent(event, 'player.includePrivate');
        return up.setPlayer(context, event.playerId, { includePrivateInSummary: event.include === true });
      }),
      chooseMatters: assign(({ context, event }) => {
        assertEvent(event, 'matters.choose');
        return up.chooseMatters(context, event);
      }),
      setGoal: assign(({ context, event }) => {
        assertEvent(event, 'goal.set');
        return up.setGoal(context, event);
      }),
      updateGoal: assign(({ context, event }) => {
        assertEvent(event, 'goal.update');
        return up.updateGoal(context, event);
      }),
      removeGoal: assign(({ context, event }) => {
        assertEvent(event, 'goal.remove');
        return up.removeGoal(context, event.goalId);
      }),
      checkIn: assign(({ context, event }) => {
        assertEvent(event, 'checkIn.record');
        return up.recordCheckIn(context, event);
      }),
      focusNext: assign(({ context }) => up.focusNext(context)),
      focusFirst: assign({ turnIndex: 0 }),
      pause: assign({ paused: true }),
      resume: assign({ paused: false }),
      finish: assign(({ event }) => {
        assertEvent(event, 'session.finish');
        return { finishedAt: event.at ?? null };
      }),
    },
  }).createMachine({
    id: 'game',
    context: ({ input }) => input.session,
    initial: 'setup',
    states: {
      setup: {
        on: {
          'session.start': [
            { guard: and(['valid', 'isFollowUp']), target: 'checkIn', actions: 'start' },
            { guard: 'valid', target: 'discover', actions: 'start' },
          ],
        },
      },
      checkIn: {
        on: {
          ...common,
          'checkIn.record': { guard: ok, actions: 'checkIn' },
          'turn.next': { guard: 'notPaused', actions: 'focusNext' },
          'phase.next': [
            { guard: and(['notPaused', 'hasCards']), target: 'discover', actions: 'focusFirst' },
            { guard: 'notPaused', target: 'do', actions: 'focusFirst' },
          ],
          'leader.endPhase': [
            { guard: and(['notPaused', 'hasCards']), target: 'discover', actions: 'focusFirst' },
            { guard: 'notPaused', target: 'do', actions: 'focusFirst' },
          ],
        },
      },
      discover: {
        entry: 'drawIfNeeded',
        initial: 'check',
        on: {
          ...common,
          'leader.endPhase': { guard: 'notPaused', target: 'matters', actions: 'endDiscover' },
        },
        states: {
          // A passing state: no card left for anyone means the phase is over.
          check: {
            always: [
              { guard: 'noCard', target: '#game.matters', actions: 'endDiscover' },
              { target: 'card' },
            ],
          },
          card: {
            on: {
              'player.answer': { guard: ok, target: 'answered', actions: 'answer' },
              'player.pass': { guard: 'notPaused', target: 'check', actions: 'pass' },
              'leader.skip': { guard: 'notPaused', target: 'check', actions: 'skip' },
              'leader.redraw': { guard: 'notPaused', target: 'check', actions: 'redraw' },
            },
          },
          answered: {
            on: {
              'turn.next': { guard: 'notPaused', target: 'check', actions: 'nextTurn' },
            },
          },
        },
      },
      matters: {
        on: {
          ...common,
          'matters.choose': { guard: ok, actions: 'chooseMatters' },
          'turn.next': { guard: 'notPaused', actions: 'focusNext' },
          'phase.next': { guard: 'notPaused', target: 'do', actions: 'focusFirst' },
          'leader.endPhase': { guard: 'notPaused', target: 'do', actions: 'focusFirst' },
        },
      },
      do: {
        on: {
          ...common,
          'goal.set': { guard: ok, actions: 'setGoal' },
          'goal.update': { guard: ok, actions: 'updateGoal' },
          'goal.remove': { guard: ok, actions: 'removeGoal' },
          'turn.next': { guard: 'notPaused', actions: 'focusNext' },
          'phase.next': { guard: 'notPaused', target: 'summary', actions: 'focusFirst' },
          'leader.endPhase': { guard: 'notPaused', target: 'summary', actions: 'focusFirst' },
        },
      },
      summary: {
        on: {
          ...common,
          'turn.next': { guard: 'notPaused', actions: 'focusNext' },
          'session.finish': { guard: 'notPaused', target: 'finished', actions: 'finish' },
        },
      },
      finished: { type: 'final' },
    },
  });
}

/** The machine type, for helpers like `SnapshotFrom<GameMachine>`. */
export type GameMachine = ReturnType<typeof createGameMachine>;

/** The phase a machine state belongs to: `discover.card` → `discover`. */
export function phaseOf(stateValue: unknown): string {
  if (typeof stateValue === 'string') return stateValue;
  if (stateValue && typeof stateValue === 'object') return Object.keys(stateValue)[0] ?? 'setup';
  return 'setup';
}

/** A state value as a dotted string: `{ discover: 'card' }` → `discover.card`. */
export function stateToString(stateValue: unknown): string {
  if (typeof stateValue === 'string') return stateValue;
  if (stateValue && typeof stateValue === 'object') {
    const [key, inner] = Object.entries(stateValue)[0] ?? ['setup', undefined];
    return inner === undefined ? key : `${key}.${stateToString(inner)}`;
  }
  return 'setup';
}

/** The reverse of {@link stateToString}. */
export function stringToState(state: string): string | Record<string, unknown> {
  const parts = state.split('.');
  let value: string | Record<string, unknown> = parts.pop() ?? 'setup';
  while (parts.length) value = { [parts.pop()!]: value };
  return value;
}
