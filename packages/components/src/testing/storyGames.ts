/**
 * Games in a given state, for stories: a session on the test deck, steered to one card, optionally
 * answered. Made the way a real session is, through `game.send`.
 */
import { createGame, type Game, type GameSettings } from '@ontdek-doe/core';
import { gameDeck } from './gameDeck.ts';

/** The cards of the test deck, by answer kind. */
export const CARD_BY_KIND = {
  talk: 'me-talk',
  text: 'me-text',
  faces: 'me-faces',
  'choice (one)': 'me-choice-one',
  'choice (many)': 'me-choice-many',
} as const;

/**
 * A started game with `cardId` on the table (other cards are skipped or redrawn to get there).
 *
 * @example
 * const game = gameOnCard('me-faces', { mode: 'led' }, { answered: true });
 */
export function gameOnCard(
  cardId: string,
  over: Partial<GameSettings> = {},
  { answered = false }: { answered?: boolean } = {},
): Game {
  const game = createGame({ deck: gameDeck, sessionId: `story-${cardId}` });
  game.send({
    type: 'session.start',
    settings: {
      mode: 'solo',
      players: [{ alias: 'Sam' }],
      language: 'nl',
      themes: [],
      maxDepth: 3,
      cardsPerPlayer: 12,
      excludeSensitivity: [],
      seed: 1,
      ...over,
    },
  });
  for (let i = 0; i < 30 && game.view().card?.id !== cardId; i++)
    game.send({ type: i % 2 === 0 ? 'leader.redraw' : 'leader.skip' });
  if (answered) {
    const card = game.view().card;
    const kind = card?.answer.kind;
    const value =
      kind === 'text'
        ? { kind: 'text' as const, text: 'Goed luisteren naar anderen' }
        : kind === 'faces'
          ? { kind: 'faces' as const, face: 4 as const }
          : kind === 'choice' && card && 'options' in card.answer
            ? { kind: 'choice' as const, options: [card.answer.options[0]!.id] }
            : { kind: 'talk' as const, text: 'Leren zwemmen' };
    game.send({ type: 'player.answer', value, starred: true, givenBy: 'with-help' });
    if (over.mode === 'group')
      game.send({
        type: 'group.react',
        answerId: game.view().currentAnswer!.id,
        playerId: 'p2',
        text: 'Mooi!',
      });
  }
  return game;
}
