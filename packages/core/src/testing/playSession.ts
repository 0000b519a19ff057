/**
 * The benchmark session: a 4-player group game of 40 cards (10 each) from `session.start` to
 * `session.finish`, driven through the public facade the way a host does. Shared by
 * `src/game/session.bench.ts` (vitest bench) and `scripts/measure.mjs` (figures for the README),
 * through the `@ontdek-doe/core/testing` entry, so both measure the same work.
 */
import { createGame, type Game } from '../game/createGame.ts';
import type {
  AnswerValue,
  Card,
  Deck,
  GameEvent,
  GameSettings,
  MattersItem,
  PlayerSummary,
} from '../types.ts';

/** A default-sized deck: real decks hold tens to a few hundred cards. Same as in measure.mjs. */
export const DECK_CARDS = 150;
export const DECK_SEED = 42;
export const clock = () => new Date('2026-11-23T10:00:00.000Z');

const settings: GameSettings = {
  mode: 'group',
  players: [
    { alias: 'Ann' },
    { alias: 'Bo', language: 'en' },
    { alias: 'Cas' },
    { alias: 'Dewi', reading: 'easy' },
  ],
  language: 'nl',
  themes: [],
  maxDepth: 3,
  cardsPerPlayer: 10,
  excludeSensitivity: [],
  seed: 2026,
};

/** A mix of answer kinds, with and without the player's own words. */
function answerFor(card: Card, i: number): AnswerValue {
  const text = `Antwoord ${i}: ik wandel graag met de hond in het park en drink daarna koffie bij de buren`;
  const spec = card.answer;
  switch (spec.kind) {
    case 'text':
      return { kind: 'text', text };
    case 'faces':
      return i % 2
        ? { kind: 'faces', face: ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5, text }
        : { kind: 'faces', face: 4 };
    case 'choice': {
      const options = 'options' in spec ? spec.options : [];
      const ids = options.slice(0, 'multiple' in spec && spec.multiple ? 2 : 1).map((o) => o.id);
      return { kind: 'choice', options: ids };
    }
    case 'talk':
      return i % 3 === 0 ? { kind: 'talk' } : { kind: 'talk', text };
    default:
      return { kind: spec.kind, text };
  }
}

/**
 * Plays the whole session. `send` is where a host's events go; the measuring script wraps it
 * with a timer. Every event must be accepted, or the benchmark would measure rejections.
 */
export function playSession(deck: Deck, send: (game: Game, event: GameEvent) => void = sendOrThrow) {
  const cards = new Map(deck.cards.map((c) => [c.id, c]));
  const game = createGame({ deck, clock, sessionId: 'bench' });
  let renders = 0;
  game.subscribe(() => void renders++); // a host re-renders on every change
  send(game, { type: 'session.start', settings });
  const players = game.getSession().players;

  for (let i = 0; game.getState().startsWith('discover'); i++) {
    const view = game.view();
    const card = cards.get(view.card!.id)!;
    send(game, {
      type: 'player.answer',
      value: answerFor(card, i),
      starred: i % 3 === 0,
      private: i % 11 === 5,
    });
    const answerId = game.getSession().currentAnswerId!;
    if (i % 7 === 3) send(game, { type: 'answer.star', answerId, starred: true });
    if (i % 2 === 0) {
      const next = players[(players.findIndex((p) => p.id === view.currentPlayer!.id) + 1) % players.length]!;
      send(game, { type: 'group.react', answerId, playerId: next.id, text: 'Wat mooi, dat herken ik!' });
    }
    send(game, { type: 'turn.next' });
  }

  for (const p of players) {
    const starred = game.getSession().answers.filter((a) => a.playerId === p.id && a.starred);
    const items: MattersItem[] = starred.slice(0, 2).map((a) => ({ type: 'answer', answerId: a.id }));
    items.push({ type: 'own', text: 'Dat ik zelf kan blijven kiezen' });
    send(game, { type: 'matters.choose', playerId: p.id, items });
  }
  send(game, { type: 'phase.next' });

  for (const p of players) {
    const first = game.getSession().answers.find((a) => a.playerId === p.id);
    send(game, {
      type: 'goal.set',
      playerId: p.id,
      goal: {
        text: 'Elke week met de buurvrouw naar de markt',
        firstStep: 'Donderdag de buurvrouw bellen',
        when: 'donderdag',
        helpers: [{ kind: 'network', who: 'buurvrouw Gerda' }, { kind: 'self' }],
        need: 'Een rollator die goed rijdt',
        confidence: 7,
        ...(first ? { fromAnswerId: first.id } : {}),
      },
    });
  }
  send(game, { type: 'phase.next' });
  const summaries: PlayerSummary[] = players.map((p) => game.summary(p.id)!);
  send(game, { type: 'session.finish' });
  return { game, summaries, renders };
}

export function sendOrThrow(game: Game, event: GameEvent) {
  const result = game.send(event);
  if (!result.accepted) throw new Error(`${event.type} refused: ${result.reason.message.en}`);
}
