import { createActor } from 'xstate';
import { deckRef } from '../deck/hashDeck.ts';
import { PluginHost } from '../plugins/PluginHost.ts';
import { toSnapshot } from '../snapshot/serializeSession.ts';
import type {
  Deck,
  FollowUpSource,
  GameEvent,
  GamePlugin,
  GameProblem,
  InspectionEvent,
  Phase,
  PlayerSummary,
  PluginContext,
  SessionSnapshot,
  SessionState,
} from '../types.ts';
import { buildSummary, type SummaryOptions } from './buildSummary.ts';
import { createGameMachine, phaseOf, stateToString, stringToState } from './gameMachine.ts';
import { explainRejection } from './explainRejection.ts';
import { checkGameOptions } from './GameOptionsError.ts';
import { reject, type Rejection } from './Rejection.ts';
import { emptySession } from './sessionUpdates.ts';
import {
  cardView,
  currentPlayer,
  leaderCardView,
  progressView,
  type CardView,
  type LeaderCardView,
  type ProgressView,
} from './views.ts';

/** Options of {@link createGame}. */
export interface CreateGameOptions {
  /** A deck from `parseDeck` (`result.deck`). */
  deck: Deck;
  /** Plugins, in order; `false`, `null` and `undefined` are skipped so hosts can switch them on and off. */
  plugins?: ReadonlyArray<GamePlugin | false | null | undefined>;
  /** One typed stream of everything that happens: events (accepted or not) and problems. */
  inspect?: (event: InspectionEvent) => void;
  /** The clock for start and finish dates. Defaults to the system clock. */
  clock?: () => Date;
  /** The session id; a random one by default. */
  sessionId?: string;
  /** Start a follow-up session on these earlier goals (see `followUpFrom`). */
  followUp?: FollowUpSource;
  /** Resume a saved session (use `restoreGame` for untrusted input). */
  snapshot?: SessionSnapshot;
}

/** What `send` says: accepted, or why not in plain language. */
export type SendResult = { accepted: true } | { accepted: false; reason: Rejection };

/** Everything a screen needs right now, derived from the session. */
export interface GameView {
  /** The machine state, e.g. `discover.card`. */
  state: string;
  phase: Phase;
  paused: boolean;
  session: SessionState;
  currentPlayer: SessionState['players'][number] | null;
  /** The card in play, in the current player's language and reading level. */
  card: CardView | null;
  /** The leader's hints and follow-up questions for the card in play, in the session language. */
  leader: LeaderCardView | null;
  /** The answer given to the card in play, if any. */
  currentAnswer: SessionState['answers'][number] | null;
  progress: ProgressView;
}

/** A running game: a small facade over the XState actor. */
export interface Game {
  readonly deck: Deck;
  /**
   * Send an event; returns whether it was accepted, and why not. Never throws on bad input.
   * Sending from inside a listener or plugin hook while the game is still handling a step is
   * queued (for plugins) or refused with the code `busy` (for `subscribe` listeners).
   */
  send(event: GameEvent): SendResult;
  /** Would this event be accepted now? */
  can(event: GameEvent): boolean;
  /** Called after every change with the new view; returns an unsubscribe function. */
  subscribe(listener: (view: GameView) => void): () => void;
  /** The current view. */
  view(): GameView;
  getSession(): SessionState;
  /** The machine state, e.g. `discover.card`. */
  getState(): string;
  /** A versioned JSON snapshot; restoring it resumes exactly here. */
  getSnapshot(): SessionSnapshot;
  /** A player's summary, with the sections plugins add; null for an id that is not a player here. */
  summary(playerId: string, options?: Omit<SummaryOptions, 'sections' | 'answerKinds'>): PlayerSummary | null;
  /** Problems the game met and went on from (plugin failures, storage errors). */
  readonly problems: readonly GameProblem[];
  /** Stops the game and disposes the plugins. */
  stop(): Promise<void>;
}

function randomId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  // randomUUID only exists in secure contexts; an embed on a plain-http intranet page still needs an id.
  return c?.randomUUID
    ? c.randomUUID()
    : `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Creates a game on a validated deck. Send events, subscribe to views, get summaries and snapshots.
 *
 * @throws {GameOptionsError} when the options cannot start a game (no valid deck, plugins not a list).
 * @example
 * const { deck } = parseDeck(json) as { ok: true; deck: Deck };
 * const game = createGame({ deck });
 * game.send({ type: 'session.start', settings: { mode: 'solo', players: [{ alias: 'Sam' }], language: 'nl',
 *   themes: [], maxDepth: 2, cardsPerPlayer: 5, excludeSensitivity: [], seed: 7 } });
 * game.view().card?.prompt; // the first question
 */
export function createGame(options: CreateGameOptions): Game {
  checkGameOptions(options);
  const { deck } = options;
  const problems: GameProblem[] = [];
  const inspect = options.inspect;
  const report = (problem: GameProblem) => {
    problems.push(problem);
    try {
      inspect?.({ type: 'od.problem', problem });
    } catch {
      // the host's inspector failing must not stop the game
    }
  };
  const systemClock = () => new Date();
  const clock = () => {
    const date = options.clock ? options.clock() : systemClock();
    if (date instanceof Date && !Number.isNaN(date.getTime())) return date;
    report({
      code: 'clock-invalid',
      plugin: 'host',
      message: {
        nl: 'De klok van de pagina gaf geen geldige datum; de systeemklok wordt gebruikt.',
        en: 'The page’s clock gave no valid date; the system clock is used.',
      },
    });
    return systemClock();
  };
  const host = new PluginHost(options.plugins ?? [], report);
  const validator = (kind: string, value: unknown) => host.validateAnswerValue(kind, value);
  const answerKinds = host.answerKinds();
  const machine = createGameMachine({ deck, validator, answerKinds: new Set(answerKinds.keys()) });
  const cards = new Map(deck.cards.map((c) => [c.id, c]));
  const check = { deck, cards, validator };

  const resolve = (stateName: string, context: SessionState) =>
    machine.resolveState({ value: stringToState(stateName) as never, context });
  const start = (snapshot?: { state: string; session: SessionState }) => {
    const initial =
      snapshot?.session ??
      emptySession({
        sessionId: options.sessionId ?? randomId(),
        deck: deckRef(deck),
        startedAt: clock().toISOString(),
        followUp: options.followUp ?? null,
      });
    const created = createActor(machine, {
      input: { session: initial },
      ...(snapshot ? { snapshot: resolve(snapshot.state, snapshot.session) } : {}),
    });
    // An error inside the machine is caught here, not thrown at the page; `send` recovers from it.
    created.subscribe({ error: () => undefined });
    return created.start();
  };
  let actor = start(options.snapshot);
  let stopped = false;
  let notifying = false;
  const queued: GameEvent[] = [];

  const listeners = new Set<(view: GameView) => void>();
  const state = () => stateToString(actor.getSnapshot().value);
  const session = () => actor.getSnapshot().context;

  const ctx: PluginContext = {
    deck,
    getSession: session,
    getState: state,
    getSnapshot: () => toSnapshot(state(), session()),
    // A plugin that sends while the game is telling plugins about a step waits its turn, so every
    // plugin sees steps in the order they happened and the newest snapshot is always saved last.
    send: (event) => {
      if (notifying) queued.push(event);
      else void game.send(event);
    },
    report: (p) => report({ ...p, plugin: p.plugin ?? 'unknown' }),
  };
  host.bind(ctx);

  function view(): GameView {
    const s = session();
    const phase = phaseOf(actor.getSnapshot().value) as Phase;
    const player = currentPlayer(s);
    const card = s.current ? cards.get(s.current.cardId) : undefined;
    return {
      state: state(),
      phase,
      paused: s.paused,
      session: s,
      currentPlayer: player,
      card: card && player ? cardView(deck, card, player.language, player.reading) : null,
      leader: card ? leaderCardView(deck, card, s.settings.language) : null,
      currentAnswer: s.currentAnswerId ? (s.answers.find((a) => a.id === s.currentAnswerId) ?? null) : null,
      progress: progressView(s, phase),
    };
  }

  /** Tells plugins what changed between two sessions, in the order it happened. */
  function notify(event: GameEvent, before: SessionState, beforeState: string) {
    const after = session();
    const afterState = state();
    if (beforeState === 'setup' && afterState !== 'setup') host.call('sessionStarted', after);
    const playerOf = (id: string) => after.players.find((p) => p.id === id);
    const oldAnswers =
      after.answers === before.answers ? null : new Map(before.answers.map((a) => [a.id, a]));
    for (const answer of oldAnswers ? after.answers : []) {
      const old = oldAnswers?.get(answer.id);
      const card = cards.get(answer.cardId);
      const player = playerOf(answer.playerId);
      if (card && player && (!old || old.value !== answer.value))
        host.call('answerGiven', { answer, card, player });
    }
    if (after.current && after.current !== before.current) {
      const card = cards.get(after.current.cardId);
      const player = playerOf(after.current.playerId);
      if (card && player) host.call('cardShown', { card, player });
    }
    const oldGoals = after.goals === before.goals ? null : new Map(before.goals.map((g) => [g.id, g]));
    for (const goal of oldGoals ? after.goals : []) {
      const player = playerOf(goal.playerId);
      if (player && oldGoals?.get(goal.id) !== goal) host.call('goalSet', { goal, player });
    }
    host.call('event', event);
    // A snapshot is a deep copy: only make one when a plugin listens.
    if ((after !== before || afterState !== beforeState) && host.has('snapshot')) {
      host.call('snapshot', toSnapshot(afterState, after));
    }
    if (afterState === 'finished' && beforeState !== 'finished') host.call('sessionEnded', after);
    const v = view();
    for (const listener of listeners) {
      try {
        listener(v);
      } catch (error) {
        report({
          code: 'listener-failed',
          plugin: 'host',
          message: {
            nl: 'Een luisteraar van de pagina gaf een fout; het spel gaat door.',
            en: 'A listener on the page failed; the game goes on.',
          },
          cause: error,
        });
      }
    }
  }

  function stamp(event: GameEvent): GameEvent {
    if ((event.type === 'session.start' || event.type === 'session.finish') && event.at === undefined) {
      return { ...event, at: clock().toISOString() };
    }
    return event;
  }

  function can(event: GameEvent): boolean {
    if (stopped) return false;
    try {
      return actor.getSnapshot().can(event);
    } catch {
      return false;
    }
  }

  function refuse(event: unknown, reason: Rejection): SendResult {
    try {
      inspect?.({ type: 'od.event', event: event as GameEvent, accepted: false, state: state() });
    } catch {
      // see report()
    }
    return { accepted: false, reason };
  }

  function sendOne(raw: GameEvent): SendResult {
    const valid = raw && typeof raw === 'object' && typeof (raw as { type?: unknown }).type === 'string';
    const event = valid ? stamp(raw) : raw;
    if (!valid || !can(event)) {
      return refuse(
        event,
        explainRejection(event, { machine, state: state(), session: session(), stopped, check }),
      );
    }
    const before = session();
    const beforeState = state();
    actor.send(event);
    if (actor.getSnapshot().status === 'error') {
      // A bug in the game, not the player's doing: go back to the last good moment and say so.
      const cause = actor.getSnapshot().error;
      actor = start({ state: beforeState, session: before });
      report({
        code: 'internal-error',
        plugin: 'od:game',
        message: {
          nl: 'Er ging iets mis in het spel. Die stap is niet gezet; je kunt verder spelen.',
          en: 'Something went wrong in the game. That step was not taken; you can play on.',
        },
        cause,
      });
      return refuse(
        event,
        reject(
          'internal-error',
          'Er ging iets mis; probeer het nog eens.',
          'Something went wrong; please try again.',
        ),
      );
    }
    try {
      inspect?.({ type: 'od.event', event, accepted: true, state: state() });
    } catch {
      // see report()
    }
    notifying = true;
    try {
      notify(event, before, beforeState);
    } finally {
      notifying = false;
    }
    return { accepted: true };
  }

  const game: Game = {
    deck,
    send(event) {
      if (notifying) {
        return refuse(
          event,
          reject(
            'busy',
            'Het spel is nog bezig met de vorige stap. Probeer het zo nog eens.',
            'The game is still handling the previous step. Try again in a moment.',
          ),
        );
      }
      const result = sendOne(event);
      // Steps plugins sent while hearing about this one, in the order they sent them.
      while (queued.length > 0) sendOne(queued.shift()!);
      return result;
    },
    can,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    view,
    getSession: session,
    getState: state,
    getSnapshot: () => toSnapshot(state(), session()),
    summary(playerId, summaryOptions = {}) {
      if (!session().players.some((p) => p.id === playerId)) return null;
      const sections = host.summarySections().map((section) => ({
        ...section,
        build: (s: SessionState, id: string, d: Deck) => {
          try {
            return section.build(s, id, d);
          } catch (error) {
            report({
              code: 'plugin-failed',
              plugin: section.id,
              message: {
                nl: `Een extra deel van de samenvatting ("${section.id}") kon niet gemaakt worden.`,
                en: `An extra summary section ("${section.id}") could not be made.`,
              },
              cause: error,
            });
            return [];
          }
        },
      }));
      return buildSummary(session(), deck, playerId, { ...summaryOptions, sections, answerKinds });
    },
    problems,
    async stop() {
      if (stopped) return;
      stopped = true;
      actor.stop();
      listeners.clear();
      await host.dispose();
    },
  };

  host.call('setup');
  host.call('deckLoaded', deck);
  return game;
}
