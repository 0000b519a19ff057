/**
 * Starting a follow-up from the summaries players took home: reading the downloaded JSON files,
 * checking each one (a bad file gives a plain problem for that file, never an exception), and
 * handing the good ones to the core's `followUpFrom`.
 */
import {
  FollowUpError,
  MAX_TEXT,
  followUpFrom,
  type FollowUpSource,
  type Goal,
  type Helper,
  type Player,
  type PlayerSummary,
} from '@ontdek-doe/core';

/** A downloaded summary is a few kilobytes; anything above this is not one. */
export const MAX_SUMMARY_BYTES = 1_000_000;

/** Why a file cannot be used. The UI turns the code into words (`followup.<code>`). */
export type SummaryFileProblemCode = 'not-json' | 'not-summary' | 'too-big' | 'bad-goal' | 'duplicate';

export interface SummaryFileProblem {
  /** The file's name, as the leader chose it. */
  file: string;
  code: SummaryFileProblemCode;
}

/** A summary read from a file. */
export interface SummaryFile {
  file: string;
  summary: PlayerSummary;
}

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

/**
 * Checks that `data` is a player summary as `<ontdek-doe-summary>` downloads it, and returns a
 * clean copy of what a follow-up needs (player, deck, goals: only their known fields; the answers
 * are left behind), or why not.
 *
 * @example
 * checkSummary(JSON.parse(text)); // a PlayerSummary, or 'not-summary' / 'bad-goal'
 */
export function checkSummary(data: unknown): PlayerSummary | 'not-summary' | 'bad-goal' {
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
 * Reads downloaded summary files (from `<input type="file" multiple>`), in order. Every file is
 * either a summary or a problem for that file; nothing throws. A summary of the same player and
 * session as one before it (also one in `already`) is a `duplicate`.
 *
 * @example
 * const { summaries, problems } = await readSummaryFiles(input.files ?? []);
 */
export async function readSummaryFiles(
  files: Iterable<File>,
  already: readonly PlayerSummary[] = [],
): Promise<{ summaries: SummaryFile[]; problems: SummaryFileProblem[] }> {
  const summaries: SummaryFile[] = [];
  const problems: SummaryFileProblem[] = [];
  const seen = new Set(already.map((s) => `${s.sessionId}\u0000${s.player.id}`));
  for (const file of files) {
    const name = typeof file.name === 'string' && file.name ? file.name : '?';
    if (file.size > MAX_SUMMARY_BYTES) {
      problems.push({ file: name, code: 'too-big' });
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      problems.push({ file: name, code: 'not-json' });
      continue;
    }
    const checked = checkSummary(data);
    if (typeof checked === 'string') {
      problems.push({ file: name, code: checked });
      continue;
    }
    const key = `${checked.sessionId}\u0000${checked.player.id}`;
    if (seen.has(key)) {
      problems.push({ file: name, code: 'duplicate' });
      continue;
    }
    seen.add(key);
    summaries.push({ file: name, summary: checked });
  }
  return { summaries, problems };
}

/**
 * The follow-up source from checked summaries, through the core's `followUpFrom`; its refusal
 * (no summary, different decks) comes back as its plain words in Dutch and English, never thrown
 * (`message` is null for an unexpected failure: the UI says it in its own words).
 *
 * @example
 * const result = startFollowUp(summaries);
 * if (result.ok) createGame({ deck, followUp: result.followUp });
 */
export function startFollowUp(
  summaries: readonly PlayerSummary[],
): { ok: true; followUp: FollowUpSource } | { ok: false; message: { nl: string; en: string } | null } {
  try {
    return { ok: true, followUp: followUpFrom([...summaries]) };
  } catch (error) {
    if (error instanceof FollowUpError) return { ok: false, message: error.messages };
    return { ok: false, message: null };
  }
}
