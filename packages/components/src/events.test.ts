import { describe, expect, it } from 'vitest';
import {
  OdAnswerEvent,
  OdAnswerGivenEvent,
  OdErrorEvent,
  OdGoalSetEvent,
  OdPassEvent,
  OdSessionFinishedEvent,
  OdSessionStartedEvent,
} from './events.ts';

describe('od-* events', () => {
  const events = [
    new OdSessionStartedEvent({ sessionId: 's1' }),
    new OdAnswerGivenEvent({
      answer: {
        id: 'a1',
        cardId: 'c1',
        playerId: 'p1',
        value: { kind: 'talk' },
        starred: false,
        private: false,
        givenBy: 'self',
        reactions: [],
        turn: 0,
      },
    }),
    new OdGoalSetEvent({
      goal: {
        id: 'g1',
        playerId: 'p1',
        text: 'Wandelen',
        firstStep: 'Schoenen kopen',
        helpers: [],
        confidence: 6,
      },
    }),
    new OdSessionFinishedEvent({ sessionId: 's1' }),
    new OdErrorEvent({ code: 'x', message: { nl: 'x', en: 'x' } }),
    new OdAnswerEvent({ value: { kind: 'faces', face: 3 }, starred: true, private: false }),
    new OdPassEvent({ cardId: 'c1' }),
  ];

  it('are named od-*, bubble and cross shadow roots', () => {
    expect(events.map((e) => e.type)).toEqual([
      'od-session-started',
      'od-answer-given',
      'od-goal-set',
      'od-session-finished',
      'od-error',
      'od-answer',
      'od-pass',
    ]);
    for (const event of events) {
      expect(event).toBeInstanceOf(Event);
      expect(event.bubbles).toBe(true);
      expect(event.composed).toBe(true);
      expect(event.type).toBe((event.constructor as unknown as { eventName: string }).eventName);
    }
  });

  it('reach the page from inside a shadow root, typed through GlobalEventHandlersEventMap', () => {
    const host = document.createElement('div');
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(host);
    let heard: number | undefined;
    const listener = (event: OdAnswerEvent) => {
      heard = event.detail.value.kind === 'faces' ? event.detail.value.face : undefined;
    };
    document.addEventListener('od-answer', listener);
    inner.dispatchEvent(
      new OdAnswerEvent({ value: { kind: 'faces', face: 5 }, starred: false, private: false }),
    );
    document.removeEventListener('od-answer', listener);
    host.remove();
    expect(heard).toBe(5);
  });
});
