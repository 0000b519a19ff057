/**
 * Starting a follow-up from the summaries players took home: reading the downloaded JSON files,
 * checking each one (a bad file gives a plain problem for that file, never an exception), and
 * handing the good ones to the core's `followUpFrom`.
 */
import {
  FollowUpError,
  followUpFrom,
  parseSummary,
  type FollowUpSource,
  type PlayerSummary,
  type SummaryProblemCode,
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

/**
 * Checks that `data` is a player summary as `<ontdek-doe-summary>` downloads it, and returns a
 * clean copy of what a follow-up needs (the core's `parseSummary`), or why not.
 *
 * @example
 * checkSummary(JSON.parse(text)); // a PlayerSummary, or 'not-summary' / 'bad-goal'
 */
export function checkSummary(data: unknown): PlayerSummary | SummaryProblemCode {
  const result = parseSummary(data);
  return result.ok ? result.summary : result.code;
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
