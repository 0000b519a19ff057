import type { GamePlugin } from '@ontdek-doe/core';
import {
  OdAnswerGivenEvent,
  OdGoalSetEvent,
  OdSessionFinishedEvent,
  OdSessionStartedEvent,
} from '../events.ts';

/**
 * Internal plugin `od:dom-events`: turns the game's plugin hooks into the `od-*` DOM events a host
 * page listens to, dispatched on the game element. The details carry ids and counts; only
 * `od-answer-given` and `od-goal-set` carry the answer or goal itself, for the host that listens
 * for exactly that. Aliases and the rest of the session never leave the element this way.
 *
 * Hooks run while the game is handling a step, so the events are dispatched synchronously, in
 * the order things happened.
 *
 * @example
 * createGame({ deck, plugins: [domEventsPlugin(element)] });
 */
export function domEventsPlugin(target: EventTarget): GamePlugin {
  return {
    name: 'od:dom-events',
    // After the host's own plugins, so a host plugin has seen a step before the page hears of it.
    enforce: 'post',
    sessionStarted(session) {
      target.dispatchEvent(
        new OdSessionStartedEvent({
          sessionId: session.sessionId,
          mode: session.settings.mode,
          players: session.players.length,
        }),
      );
    },
    answerGiven({ answer }) {
      target.dispatchEvent(new OdAnswerGivenEvent({ answer }));
    },
    goalSet({ goal }) {
      target.dispatchEvent(new OdGoalSetEvent({ goal }));
    },
    sessionEnded(session) {
      target.dispatchEvent(
        new OdSessionFinishedEvent({
          sessionId: session.sessionId,
          players: session.players.length,
          answers: session.answers.length,
          goals: session.goals.length,
        }),
      );
    },
  };
}
