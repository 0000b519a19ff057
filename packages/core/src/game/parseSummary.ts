/**
 * Checking a player summary that comes from outside the game (a downloaded file, a host's
 * storage) before a follow-up starts from it: only what a follow-up needs is kept (the player, the
 * deck reference, the goals with their known fields); answers stay behind. Never throws.
 */
import type { Goal, Helper, Player, PlayerSummary } from '../types.ts';
import { MAX_TEXT } from './Rejection.ts';

/** Why data is not a usable summary. */
export type SummaryProblemCode = 'not-summary' | 'bad-goal';

export type ParseSummaryResult =
  | { ok: true; summary: PlayerSummary }
  | { ok: false; code: SummaryProblemCode; message: { nl: string; en: string } };

const MESSAGES: Record<SummaryProblemCode, { nl: string; en: string }> = {
  'not-summary': {
    nl: 'Dit is geen samenvatting van Ontdek & Doe.',
    en: 'This is not an Ontdek & Doe summary.',
  },
  'bad-goal': {
    nl: 'In deze samenvatting staat een doel dat niet te lezen is.',
    en: 'This summary has a goal that cannot be read.',
  },
};

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;
const isFilled = (v: unknown, max = MAX_TEXT): v is string => isText(v, max) && v.trim().length > 0;
const optionalText = (v: unknown, max = MAX_TEXT) => v === undefined || isText(v, max);
const HELPER_KINDS = new Set(['self', 'network', 'professional']);

function cleanPlayer(v: unknown): Player | null {
  if (!isRecord(v) || !isFilled(v['id'], 200) || !isFilled(v['alias'], 200) || !isFilled(v['language'], 35))
    return null;
  const reading = v['reading'] === 'easy' ? 'easy' : 'standard';
  const player: Player = {
    id: v['id'],
    alias: v['alias'],
    language: v['language'],
    reading,
    includePrivateInSummary: v['includePrivateInSummary'] === true,
  };
  const age = v['age'];
  if (typeof age === 'number' && Number.isInteger(age) && age >= 0 && age < 150) player.age = age;
  return player;
}

function cleanHelper(v: unknown): Helper | null {
  if (!isRecord(v) || typeof v['kind'] !== 'string' || !HELPER_KINDS.has(v['kind'])) return null;
  if (!optionalText(v['who'], 200)) return null;
  const helper: Helper = { kind: v['kind'] as Helper['kind'] };
  if (typeof v['who'] === 'string') helper.who = v['who'];
  return helper;
}

/** A goal as the game would have accepted it, with only the fields a goal has; null when it is not one. */
function cleanGoal(v: unknown): Goal | null {
  if (!isRecord(v)) return null;
  const { id, playerId, text, firstStep, helpers, confidence } = v;
  if (!isFilled(id, 200) || !isFilled(playerId, 200) || !isFilled(text, 300) || !isFilled(firstStep, 300))
    return null;
  if (typeof confidence !== 'number' || !Number.isInteger(confidence) || confidence < 1 || confidence > 10)
    return null;
  if (!Array.isArray(helpers)) return null;
  const cleanHelpers = helpers.map(cleanHelper);
  if (cleanHelpers.some((h) => h === null)) return null;
  const goal: Goal = { id, playerId, text, firstStep, helpers: cleanHelpers as Helper[], confidence };
  for (const [key, max] of [
    ['theme', 200],
    ['when', 200],
    ['need', MAX_TEXT],
    ['fromAnswerId', 200],
    ['continuesGoalId', 200],
  ] as const) {
    const value = v[key];
    if (value === undefined) continue;
    if (!isText(value, max)) return null;
    goal[key] = value;
  }
  return goal;
}

/** The summary, cleaned, or the code of why not. */
function cleanSummary(data: unknown): PlayerSummary | SummaryProblemCode {
  if (!isRecord(data) || !isFilled(data['sessionId'], 500) || !isRecord(data['lenses'])) return 'not-summary';
  const deck = data['deck'];
  if (
    !isRecord(deck) ||
    !isFilled(deck['id'], 200) ||
    !isText(deck['version'], 100) ||
    !isText(deck['hash'], 200)
  )
    return 'not-summary';
  const player = cleanPlayer(data['player']);
  if (!player || !Array.isArray(data['goals'])) return 'not-summary';
  const goals = data['goals'].map(cleanGoal);
  if (goals.some((g) => g === null)) return 'bad-goal';
  // Only the player, the deck and the goals travel into a follow-up; answers stay behind.
  return {
    sessionId: data['sessionId'],
    deck: { id: deck['id'], version: deck['version'], hash: deck['hash'] },
    language: isFilled(data['language'], 35) ? data['language'] : player.language,
    player,
    date: isText(data['date'], 100) ? data['date'] : '',
    lenses: { want: [], can: [], do: [], need: [], more: [] },
    starred: [],
    toldAloud: 0,
    matters: [],
    goals: goals as Goal[],
    checkIns: [],
    sections: [],
  };
}

/**
 * Checks that `data` is a player summary as the game makes it (`buildSummary`, the summary
 * screen's download), and returns a clean copy of what a follow-up needs, or why not in plain
 * words.
 *
 * @example
 * const result = parseSummary(JSON.parse(text));
 * if (result.ok) createGame({ deck, followUp: followUpFrom(result.summary) });
 * else show(result.message.nl);
 */
export function parseSummary(data: unknown): ParseSummaryResult {
  const cleaned = cleanSummary(data);
  return typeof cleaned === 'string'
    ? { ok: false, code: cleaned, message: { ...MESSAGES[cleaned] } }
    : { ok: true, summary: cleaned };
}
