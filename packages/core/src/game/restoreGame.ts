import { deckRef } from '../deck/hashDeck.ts';
import { parseSnapshot, type SnapshotError } from '../snapshot/parseSnapshot.ts';
import type { Answer, Goal, SessionSnapshot } from '../types.ts';
import { openGoals } from './followUpFrom.ts';
import { createGame, type CreateGameOptions, type Game } from './createGame.ts';

/** What {@link restoreGame} gives back: always a game, and what happened to the saved one. */
export interface RestoreResult {
  game: Game;
  /** True when play resumes where it stopped; false when a fresh game was started instead. */
  restored: boolean;
  /** Why the saved game could not be resumed. */
  error?: SnapshotError;
  /** Goals and answers read from a damaged save, so they are never lost silently. */
  salvage?: { goals: Goal[]; answers: Answer[] };
  /** The deck changed since the session was saved (same id, other content). */
  deckChanged: boolean;
}

const VALID_STATES = new Set([
  'setup',
  'checkIn',
  'discover.card',
  'discover.answered',
  'matters',
  'do',
  'summary',
  'finished',
]);

function mismatch(snapshot: SessionSnapshot, options: CreateGameOptions): SnapshotError | null {
  const { deck } = options;
  const s = snapshot.session;
  if (s.deck.id !== deck.id) {
    return {
      code: 'snapshot-other-deck',
      message: {
        nl: `Dit bewaarde spel hoort bij een andere kaartenset ("${s.deck.id}"). Open het met die kaartenset.`,
        en: `This saved game belongs to another deck ("${s.deck.id}"). Open it with that deck.`,
      },
    };
  }
  const cards = new Set(deck.cards.map((c) => c.id));
  const used = [...s.answers.map((a) => a.cardId), ...(s.current ? [s.current.cardId] : [])];
  const missing = used.filter((id) => !cards.has(id));
  if (missing.length > 0) {
    return {
      code: 'snapshot-corrupt',
      message: {
        nl: 'Sommige kaarten van dit bewaarde spel staan niet meer in de kaartenset.',
        en: 'Some cards of this saved game are no longer in the deck.',
      },
      details: missing.map((id) => `card ${id}`),
    };
  }
  const inconsistent =
    !VALID_STATES.has(snapshot.state) ||
    (snapshot.state === 'discover.card' && !s.current) ||
    (snapshot.state === 'discover.answered' && (!s.current || !s.currentAnswerId));
  if (inconsistent) {
    return {
      code: 'snapshot-corrupt',
      message: {
        nl: 'Het bewaarde spel is beschadigd. Je kunt er niet mee verder spelen.',
        en: 'The saved game is damaged. It cannot be continued.',
      },
      details: [`state ${snapshot.state}`],
    };
  }
  return null;
}

/**
 * Resumes a saved session from untrusted input (a JSON string or object from storage or a file).
 * Never throws: a corrupt, foreign or future snapshot gives a clear error and a fresh game, with
 * whatever goals and answers could still be read in `salvage`.
 *
 * @example
 * const { game, restored, error } = restoreGame(localStorage.getItem('my-game'), { deck });
 * if (!restored && error) showMessage(error.message.nl);
 */
export function restoreGame(input: unknown, options: Omit<CreateGameOptions, 'snapshot'>): RestoreResult {
  const parsed = parseSnapshot(input);
  if (!parsed.ok) {
    return {
      game: createGame(options),
      restored: false,
      error: parsed.error,
      ...(parsed.salvage ? { salvage: parsed.salvage } : {}),
      deckChanged: false,
    };
  }
  const problem = mismatch(parsed.snapshot, options);
  if (problem) {
    const s = parsed.snapshot.session;
    return {
      game: createGame(options),
      restored: false,
      error: problem,
      // every goal still open, earlier ones of a follow-up included: nothing is dropped silently
      salvage: { goals: openGoals(s), answers: s.answers },
      deckChanged: false,
    };
  }
  const game = createGame({ ...options, snapshot: parsed.snapshot });
  return {
    game,
    restored: true,
    deckChanged: parsed.snapshot.session.deck.hash !== deckRef(options.deck).hash,
  };
}
