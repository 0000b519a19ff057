import type { AnyStateMachine } from 'xstate';
import type { GameEvent, SessionState } from '../types.ts';
import { checkEvent, type CheckContext } from './checkEvent.ts';
import { reject, type Rejection } from './Rejection.ts';

/** The phases in words, for messages. */
const PHASE_WORDS: Record<string, { nl: string; en: string }> = {
  setup: { nl: 'het klaarzetten', en: 'setting up' },
  checkIn: { nl: 'terugblikken op je doelen', en: 'looking back at your goals' },
  discover: { nl: 'ontdekken', en: 'discovering' },
  matters: { nl: 'wat je belangrijk vindt', en: 'what matters to you' },
  do: { nl: 'doelen kiezen', en: 'choosing goals' },
  summary: { nl: 'de samenvatting', en: 'the summary' },
  finished: { nl: 'het einde', en: 'the end' },
};

/** The event types the machine handles in a state and its parents (`discover.card` → discover → game). */
export function eventsHandledIn(machine: AnyStateMachine, state: string): Set<string> {
  const types = new Set<string>();
  try {
    let node: { ownEvents: readonly string[]; parent?: unknown } | undefined = machine.getStateNodeById(
      `${machine.id}.${state}`,
    );
    while (node) {
      for (const type of node.ownEvents) types.add(type);
      node = node.parent as typeof node;
    }
  } catch {
    // an unknown state handles nothing
  }
  return types;
}

/**
 * Why the game did not take an event, in the order a person would look: is the game stopped or
 * paused, does the step fit this phase at all, and only then what is wrong with its content.
 */
export function explainRejection(
  event: unknown,
  ctx: {
    machine: AnyStateMachine;
    state: string;
    session: SessionState;
    stopped: boolean;
    check: CheckContext;
  },
): Rejection {
  if (ctx.stopped) return reject('stopped', 'Dit spel is gestopt.', 'This game has been stopped.');
  if (!event || typeof event !== 'object' || typeof (event as { type?: unknown }).type !== 'string') {
    return reject('event-invalid', 'Deze actie klopt niet.', 'This action is not valid.');
  }
  const e = event as GameEvent;
  if (e.type === 'leader.resume' && !ctx.session.paused) {
    return reject('not-paused', 'Het spel staat niet op pauze.', 'The game is not paused.');
  }
  if (ctx.session.paused && e.type !== 'leader.resume')
    return reject('paused', 'Het spel staat op pauze.', 'The game is paused.');
  const phase = ctx.state.split('.')[0] ?? ctx.state;
  const words = PHASE_WORDS[phase] ?? { nl: phase, en: phase };
  if (!eventsHandledIn(ctx.machine, ctx.state).has(e.type)) {
    return reject(
      'wrong-phase',
      `Dat kan nu niet, tijdens ${words.nl}.`,
      `That is not possible now, during ${words.en}.`,
    );
  }
  try {
    return (
      checkEvent(ctx.session, e, ctx.check) ??
      reject(
        'wrong-phase',
        `Dat kan nu niet, tijdens ${words.nl}.`,
        `That is not possible now, during ${words.en}.`,
      )
    );
  } catch {
    return reject('event-invalid', 'Deze actie klopt niet.', 'This action is not valid.');
  }
}
