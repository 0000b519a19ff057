/**
 * The events Ontdek & Doe elements dispatch: each a typed `Event` subclass with a `detail`, named
 * `od-*`, with `bubbles` and `composed` so a host page hears them from inside any shadow root.
 * They are added to `GlobalEventHandlersEventMap`, so `addEventListener('od-goal-set', e => …)`
 * knows the type of `e.detail`.
 *
 * Events never carry the whole session: a host that wants more asks the game (`game.view()`).
 *
 * @example
 * document.querySelector('ontdek-doe-game')?.addEventListener('od-goal-set', (event) => {
 *   console.log(event.detail.goal.firstStep);
 * });
 */
import type {
  AnswerValue,
  Answer,
  DeckIssue,
  FollowUpSource,
  GameMode,
  Goal,
  GameProblem,
  PlayerSummary,
} from '@ontdek-doe/core';

const init: EventInit = { bubbles: true, composed: true };

/** The base of every `od-*` event. */
export abstract class OdEvent<Detail> extends Event {
  readonly detail: Detail;
  constructor(type: string, detail: Detail, options: EventInit = {}) {
    super(type, { ...init, ...options });
    this.detail = detail;
  }
}

/** What `od-session-started` tells: ids and counts, never aliases or answers. */
export interface OdSessionStartedDetail {
  sessionId: string;
  mode?: GameMode;
  /** How many players take part. */
  players?: number;
}

/** The leader started a session. */
export class OdSessionStartedEvent extends OdEvent<OdSessionStartedDetail> {
  static readonly eventName = 'od-session-started';
  constructor(detail: OdSessionStartedDetail) {
    super(OdSessionStartedEvent.eventName, detail);
  }
}

/** The game accepted an answer (or a changed answer). Private answers are included: check `answer.private`. */
export class OdAnswerGivenEvent extends OdEvent<{ answer: Answer }> {
  static readonly eventName = 'od-answer-given';
  constructor(detail: { answer: Answer }) {
    super(OdAnswerGivenEvent.eventName, detail);
  }
}

/** The game accepted a goal (new or changed). */
export class OdGoalSetEvent extends OdEvent<{ goal: Goal }> {
  static readonly eventName = 'od-goal-set';
  constructor(detail: { goal: Goal }) {
    super(OdGoalSetEvent.eventName, detail);
  }
}

/** What `od-session-finished` tells: ids and counts, never aliases or answers. */
export interface OdSessionFinishedDetail {
  sessionId: string;
  /** How many players took part, answers were given and goals were set. */
  players?: number;
  answers?: number;
  goals?: number;
}

/** The session finished. */
export class OdSessionFinishedEvent extends OdEvent<OdSessionFinishedDetail> {
  static readonly eventName = 'od-session-finished';
  constructor(detail: OdSessionFinishedDetail) {
    super(OdSessionFinishedEvent.eventName, detail);
  }
}

/** What `od-error` tells: a stable code, plain language in Dutch and English, and the cause if any. */
export interface OdErrorDetail {
  /**
   * e.g. `language-unsupported`, `deck-unreachable`, `deck-not-found`, `deck-not-json`,
   * `deck-invalid`, a snapshot code (`snapshot-corrupt` …), or a core `GameProblem` code.
   */
  code: string;
  message: { nl: string; en: string };
  /** The core problem, when the game reported one. */
  problem?: GameProblem;
  /** The HTTP status, when a deck could not be fetched. */
  status?: number;
  /** A deck's problems, each with its place (`deck-invalid`). */
  issues?: DeckIssue[];
  cause?: unknown;
}

/** Something went wrong that the page may want to know about; the game goes on. */
export class OdErrorEvent extends OdEvent<OdErrorDetail> {
  static readonly eventName = 'od-error';
  constructor(detail: OdErrorDetail) {
    super(OdErrorEvent.eventName, detail);
  }
}

/** What a player gave on a card: the core's `AnswerValue`, and the two choices beside it. */
export interface OdAnswerDetail {
  value: AnswerValue;
  starred: boolean;
  private: boolean;
}

/** A player answered the card in front of them (from `<ontdek-doe-card>`; the game element sends it on). */
export class OdAnswerEvent extends OdEvent<OdAnswerDetail> {
  static readonly eventName = 'od-answer';
  constructor(detail: OdAnswerDetail) {
    super(OdAnswerEvent.eventName, detail);
  }
}

/** A player passed the card in front of them. Passing never counts against anyone. */
export class OdPassEvent extends OdEvent<{ cardId: string }> {
  static readonly eventName = 'od-pass';
  constructor(detail: { cardId: string }) {
    super(OdPassEvent.eventName, detail);
  }
}

/**
 * Internal: a nested element asks the game element to announce something in its one polite live
 * region. The game element stops it there; on its own (outside a game) nothing listens.
 */
export class OdAnnounceEvent extends OdEvent<{ message: string }> {
  static readonly eventName = 'od-announce';
  constructor(detail: { message: string }) {
    super(OdAnnounceEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'od-announce': OdAnnounceEvent;
    'od-session-started': OdSessionStartedEvent;
    'od-answer-given': OdAnswerGivenEvent;
    'od-goal-set': OdGoalSetEvent;
    'od-session-finished': OdSessionFinishedEvent;
    'od-error': OdErrorEvent;
    'od-answer': OdAnswerEvent;
    'od-pass': OdPassEvent;
  }
}

// ───────────── Phase elements (matters, goals, summary, check-in, follow-up start) ─────────────

/**
 * A player took their summary home: printed it or downloaded it. On a shared device the game
 * element may use this to offer to wipe the session.
 */
export class OdSummaryTakenEvent extends OdEvent<{ playerId: string; how: 'print' | 'download' }> {
  static readonly eventName = 'od-summary-taken';
  constructor(detail: { playerId: string; how: 'print' | 'download' }) {
    super(OdSummaryTakenEvent.eventName, detail);
  }
}

/** What `od-followup-ready` carries: the source to start a follow-up game with, and the summaries it came from. */
export interface OdFollowUpReadyDetail {
  followUp: FollowUpSource;
  summaries: PlayerSummary[];
}

/** A leader loaded downloaded summaries and a follow-up can start (`createGame({ deck, followUp })`). */
export class OdFollowUpReadyEvent extends OdEvent<OdFollowUpReadyDetail> {
  static readonly eventName = 'od-followup-ready';
  constructor(detail: OdFollowUpReadyDetail) {
    super(OdFollowUpReadyEvent.eventName, detail);
  }
}

/** What the setup form had filled in when the leader chose another deck: it stays on the new form. */
export interface SetupDraft {
  mode: GameMode;
  players: { alias: string; age: string; language: string; easy: boolean }[];
  depth: 1 | 2 | 3;
  cards: string;
}

/** What `od-deck-choose` carries: the id of the deck chosen in setup, and what the form held. */
export interface OdDeckChooseDetail {
  deckId: string;
  draft: SetupDraft;
}

/**
 * The leader chose another deck in the setup form (`<ontdek-doe-game>` with `decks`). The game
 * element loads it and gives the new form the draft, so the names typed so far stay.
 */
export class OdDeckChooseEvent extends OdEvent<OdDeckChooseDetail> {
  static readonly eventName = 'od-deck-choose';
  constructor(detail: OdDeckChooseDetail) {
    super(OdDeckChooseEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'od-summary-taken': OdSummaryTakenEvent;
    'od-followup-ready': OdFollowUpReadyEvent;
    'od-deck-choose': OdDeckChooseEvent;
  }
}
