import type { FollowUpSource, PlayerSummary, SessionState } from '../types.ts';

/**
 * What a follow-up session starts from, made from the summaries players took home
 * (downloaded JSON) or from a stored session. Only goals and players travel; answers stay behind.
 *
 * @example
 * const followUp = followUpFrom(JSON.parse(downloadedFile));
 * const game = createGame({ deck, followUp });
 */
export function followUpFrom(source: SessionState | PlayerSummary | PlayerSummary[]): FollowUpSource {
  if (Array.isArray(source) || 'lenses' in source) {
    const summaries = Array.isArray(source) ? source : [source];
    const first = summaries[0];
    if (!first) throw new Error('A follow-up needs at least one summary.');
    return {
      sessionId: first.sessionId,
      deck: { ...first.deck },
      players: summaries.map((s) => ({ ...s.player })),
      goals: summaries.flatMap((s) =>
        s.goals.map((g) => ({ ...g, helpers: g.helpers.map((h) => ({ ...h })) })),
      ),
    };
  }
  return {
    sessionId: source.sessionId,
    deck: { ...source.deck },
    players: source.players.map((p) => ({ ...p })),
    goals: source.goals.map((g) => ({ ...g, helpers: g.helpers.map((h) => ({ ...h })) })),
  };
}
