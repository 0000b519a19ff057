import type { SessionState } from '../types.ts';

/**
 * What the snapshot schema cannot express: every answer, reaction, goal, check-in and choice of
 * what matters belongs to a player who exists; the turn points at a player; the current card's
 * player exists. Returns one line per broken reference (empty when all is well).
 *
 * In a follow-up, check-ins and goals may also belong to a player of the earlier session
 * (`followUp.players`): a check-in's next step becomes a goal of that player, even when they
 * did not join this session under the same alias.
 *
 * @example
 * ```ts
 * const problems = findDanglingReferences(snapshot.session);
 * if (problems.length > 0) console.warn(problems.join('\n'));
 * ```
 */
export function findDanglingReferences(session: SessionState): string[] {
  const players = new Set(session.players.map((player) => player.id));
  const earlierPlayers = new Set(session.followUp?.players.map((player) => player.id) ?? []);
  const problems: string[] = [];
  const check = (path: string, playerId: string, alsoEarlier = false): void => {
    if (!players.has(playerId) && !(alsoEarlier && earlierPlayers.has(playerId))) {
      problems.push(`${path}: no player with id ${JSON.stringify(playerId)}`);
    }
  };

  session.answers.forEach((answer, i) => {
    check(`session.answers[${i}].playerId`, answer.playerId);
    answer.reactions.forEach((reaction, j) =>
      check(`session.answers[${i}].reactions[${j}].playerId`, reaction.playerId),
    );
  });
  session.goals.forEach((goal, i) => check(`session.goals[${i}].playerId`, goal.playerId, true));
  session.checkIns.forEach((checkIn, i) => check(`session.checkIns[${i}].playerId`, checkIn.playerId, true));
  for (const playerId of Object.keys(session.matters)) check(`session.matters.${playerId}`, playerId);
  if (session.current) check('session.current.playerId', session.current.playerId);

  const turnOk =
    session.players.length === 0 ? session.turnIndex === 0 : session.turnIndex < session.players.length;
  if (!turnOk)
    problems.push(
      `session.turnIndex: ${session.turnIndex} is not the place of a player (there are ${session.players.length})`,
    );
  return problems;
}
