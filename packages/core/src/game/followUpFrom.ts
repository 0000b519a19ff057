import type { FollowUpSource, Goal, Player, PlayerSummary, SessionState } from '../types.ts';
import { parseSummary } from './parseSummary.ts';

const copyGoal = (g: Goal): Goal => ({ ...g, helpers: g.helpers.map((h) => ({ ...h })) });

/**
 * Every goal a player still has after this session: the goals set now (new ones and next steps
 * that continue earlier goals), plus earlier goals that were not finished and not continued:
 * checked in as "partly" or "not yet" without a next step, not checked in at all, or belonging to
 * a player who did not come this time. Nothing is dropped until it is done.
 *
 * @example
 * openGoals(game.getSession()).filter((g) => g.playerId === 'p1');
 */
export function openGoals(session: SessionState): Goal[] {
  const goals = session.goals.map(copyGoal);
  const earlier = session.followUp?.goals ?? [];
  const continued = new Set(session.goals.flatMap((g) => (g.continuesGoalId ? [g.continuesGoalId] : [])));
  const done = new Set(session.checkIns.filter((c) => c.status === 'done').map((c) => c.goalId));
  for (const goal of earlier) if (!continued.has(goal.id) && !done.has(goal.id)) goals.push(copyGoal(goal));
  return goals;
}

/** Everyone a follow-up may be about: this session's players and earlier players who stayed away. */
function allPlayers(session: SessionState): Player[] {
  const here = new Set(session.players.map((p) => p.id));
  return [...session.players, ...(session.followUp?.players ?? []).filter((p) => !here.has(p.id))].map(
    (p) => ({ ...p }),
  );
}

/** Thrown by {@link followUpFrom} when its input cannot start a follow-up; the message is plain language. */
export class FollowUpError extends Error {
  readonly messages: { nl: string; en: string };
  constructor(messages: { nl: string; en: string }) {
    super(messages.en);
    this.name = 'FollowUpError';
    this.messages = messages;
  }
}

/**
 * Summaries from different sessions (two people who each played alone, now in one group) can use
 * the same player and goal ids. Give every player and goal an id that is unique in the follow-up.
 */
function mergeSummaries(summaries: PlayerSummary[]): { players: Player[]; goals: Goal[] } {
  const players: Player[] = [];
  const goals: Goal[] = [];
  const usedPlayers = new Set<string>();
  const usedGoals = new Set<string>();
  const unique = (id: string, used: Set<string>) => {
    let candidate = id;
    for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
    used.add(candidate);
    return candidate;
  };
  for (const summary of summaries) {
    const playerId = unique(summary.player.id, usedPlayers);
    players.push({ ...summary.player, id: playerId });
    for (const goal of summary.goals) {
      goals.push({ ...copyGoal(goal), id: unique(goal.id, usedGoals), playerId });
    }
  }
  return { players, goals };
}

/**
 * What a follow-up session starts from, made from the summaries players took home (downloaded
 * JSON) or from a stored session. Only players and open goals travel; answers stay behind.
 *
 * @throws {FollowUpError} when there is no summary, a summary is not one (each is checked with
 *   {@link parseSummary}), or the summaries come from different decks.
 * @example
 * const followUp = followUpFrom(JSON.parse(downloadedFile));
 * const game = createGame({ deck, followUp });
 */
export function followUpFrom(source: SessionState | PlayerSummary | PlayerSummary[]): FollowUpSource {
  if (typeof source !== 'object' || source === null) {
    throw new FollowUpError({
      nl: 'Er is geen samenvatting of spel gegeven om een vervolg mee te spelen.',
      en: 'No summary or game was given to play a follow-up from.',
    });
  }
  if (Array.isArray(source) || 'lenses' in source) {
    const given: unknown[] = Array.isArray(source) ? source : [source];
    // Summaries come from outside (files, a host's storage): check each, keep only what travels.
    const summaries = given.map((data, i) => {
      const result = parseSummary(data);
      if (result.ok) return result.summary;
      const { nl, en } = result.message;
      throw new FollowUpError(
        given.length > 1 ? { nl: `Samenvatting ${i + 1}: ${nl}`, en: `Summary ${i + 1}: ${en}` } : { nl, en },
      );
    });
    const first = summaries[0];
    if (!first) {
      throw new FollowUpError({
        nl: 'Kies minstens één samenvatting om een vervolg te spelen.',
        en: 'Choose at least one summary to play a follow-up.',
      });
    }
    if (summaries.some((s) => s.deck.id !== first.deck.id)) {
      throw new FollowUpError({
        nl: 'Deze samenvattingen horen bij verschillende kaartensets. Speel het vervolg per kaartenset.',
        en: 'These summaries belong to different decks. Play the follow-up per deck.',
      });
    }
    const sessions = [...new Set(summaries.map((s) => s.sessionId))];
    return { sessionId: sessions.join('+'), deck: { ...first.deck }, ...mergeSummaries(summaries) };
  }
  return {
    sessionId: source.sessionId,
    deck: { ...source.deck },
    players: allPlayers(source),
    goals: openGoals(source),
  };
}
