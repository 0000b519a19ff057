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
import type { AnswerValue, Answer, FollowUpSource, Goal, GameProblem, PlayerSummary } from '@ontdek-doe/core';

const init: EventInit = { bubbles: true, composed: true };

/** The base of every `od-*` event. */
export abstract class OdEvent<Detail> extends Event {
  readonly detail: Detail;
  constructor(type: string, detail: Detail, options: EventInit = {}) {
    super(type, { ...init, ...options });
    this.detail = detail;
  }
}

/** The leader started a session. */
export class OdSessionStartedEvent extends OdEvent<{ sessionId: string }> {
  static readonly eventName = 'od-session-started';
  constructor(detail: { sessionId: string }) {
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

/** The session finished. */
export class OdSessionFinishedEvent extends OdEvent<{ sessionId: string }> {
  static readonly eventName = 'od-session-finished';
  constructor(detail: { sessionId: string }) {
    super(OdSessionFinishedEvent.eventName, detail);
  }
}

/** What `od-error` tells: a stable code, plain language in Dutch and English, and the cause if any. */
export interface OdErrorDetail {
  /** e.g. `language-unsupported`, `send-refused`, or a core `GameProblem` code. */
  code: string;
  message: { nl: string; en: string };
  /** The core problem, when the game reported one. */
  problem?: GameProblem;
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

declare global {
  interface GlobalEventHandlersEventMap {
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
 * A nested element asks the game element to say something through its one polite live region
 * (e.g. "Doel bewaard."). The game element handles it and stops it there; a host never needs it.
 */
export class OdAnnounceEvent extends OdEvent<{ message: string }> {
  static readonly eventName = 'od-announce';
  constructor(detail: { message: string }) {
    super(OdAnnounceEvent.eventName, detail);
  }
}

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

declare global {
  interface GlobalEventHandlersEventMap {
    'od-announce': OdAnnounceEvent;
    'od-summary-taken': OdSummaryTakenEvent;
    'od-followup-ready': OdFollowUpReadyEvent;
  }
}
