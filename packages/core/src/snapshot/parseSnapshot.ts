import * as z from 'zod/mini';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from '../types.ts';
import type { Answer, Goal, SessionSnapshot } from '../types.ts';
import { answerSchema, goalSchema, sessionSnapshotSchema } from './snapshotSchema.ts';
import { migrateSnapshot, snapshotMigrations } from './migrateSnapshot.ts';
import type { RawSnapshot, SnapshotMigrations } from './migrateSnapshot.ts';
import { findDanglingReferences } from './findDanglingReferences.ts';

/** Why a snapshot could not be read. */
export type SnapshotErrorCode =
  | 'snapshot-missing'
  | 'snapshot-not-json'
  | 'snapshot-unknown-format'
  | 'snapshot-future-version'
  | 'snapshot-corrupt'
  | 'snapshot-other-deck';

/** A snapshot that could not be read: a code, a plain message and, for developers, the details. */
export interface SnapshotError {
  code: SnapshotErrorCode;
  message: { nl: string; en: string };
  /** Where the problems are, e.g. `session.goals[0].confidence: expected number`. */
  details?: string[];
}

/**
 * The result of {@link parseSnapshot}. On failure, `salvage` holds every goal and answer that could
 * still be read on its own, so the UI can show a player their goals even when the game cannot go on.
 */
export type ParseSnapshotResult =
  | { ok: true; snapshot: SessionSnapshot; migratedFrom?: number }
  | { ok: false; error: SnapshotError; salvage?: { goals: Goal[]; answers: Answer[] } };

/** Options of {@link parseSnapshot}; the defaults are right outside tests. */
export interface ParseSnapshotOptions {
  /** The migrations to run on older versions. Defaults to this build's registry. */
  migrations?: SnapshotMigrations;
}

const messages: Record<SnapshotErrorCode, { nl: string; en: string }> = {
  'snapshot-missing': {
    nl: 'Er is geen bewaard spel gevonden.',
    en: 'No saved game was found.',
  },
  'snapshot-not-json': {
    nl: 'Dit is geen bewaard spel: de tekst is niet te lezen.',
    en: 'This is not a saved game: the text cannot be read (it is not JSON).',
  },
  'snapshot-unknown-format': {
    nl: 'Dit is geen bewaard spel van Ontdek & Doe.',
    en: 'This is not a saved Ontdek & Doe game.',
  },
  'snapshot-future-version': {
    nl: 'Dit spel is bewaard met een nieuwere versie van Ontdek & Doe. Werk het spel bij om het te openen.',
    en: 'This game was saved by a newer version of Ontdek & Doe. Update the game to open it.',
  },
  'snapshot-corrupt': {
    nl: 'Het bewaarde spel is beschadigd. Je kunt er niet mee verder spelen.',
    en: 'The saved game is damaged. It cannot be continued.',
  },
  'snapshot-other-deck': {
    nl: 'Dit bewaarde spel hoort bij een andere kaartenset. Open het met die kaartenset.',
    en: 'This saved game belongs to another deck. Open it with that deck.',
  },
};

const tooOld = {
  nl: 'Dit spel is bewaard met een oude versie van Ontdek & Doe. Die kunnen we niet meer openen.',
  en: 'This game was saved by an old version of Ontdek & Doe that can no longer be opened.',
};

function isRecord(value: unknown): value is RawSnapshot {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  }
  return out || '(root)';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads every goal and answer that is still valid on its own, from wherever they can be found. */
function salvageFrom(raw: unknown): { salvage?: { goals: Goal[]; answers: Answer[] }; details: string[] } {
  const session = isRecord(raw) && isRecord(raw['session']) ? raw['session'] : undefined;
  if (!session) return { details: [] };
  const followUp = isRecord(session['followUp']) ? session['followUp'] : undefined;
  const goalCandidates = [
    ...(Array.isArray(session['goals']) ? (session['goals'] as unknown[]) : []),
    ...(followUp && Array.isArray(followUp['goals']) ? (followUp['goals'] as unknown[]) : []),
  ];
  const answerCandidates = Array.isArray(session['answers']) ? (session['answers'] as unknown[]) : [];

  const goals: Goal[] = [];
  const seenGoals = new Set<string>();
  for (const candidate of goalCandidates) {
    const result = z.safeParse(goalSchema, candidate);
    if (result.success && !seenGoals.has(result.data.id)) {
      seenGoals.add(result.data.id);
      goals.push(result.data);
    }
  }
  const answers: Answer[] = [];
  for (const candidate of answerCandidates) {
    const result = z.safeParse(answerSchema, candidate);
    if (result.success) answers.push(result.data);
  }

  const details: string[] = [];
  if (goalCandidates.length > 0)
    details.push(`salvage: ${goals.length} of ${goalCandidates.length} goals could still be read`);
  if (answerCandidates.length > 0)
    details.push(`salvage: ${answers.length} of ${answerCandidates.length} answers could still be read`);
  if (goals.length === 0 && answers.length === 0) return { details };
  return { salvage: { goals, answers }, details };
}

function fail(
  code: SnapshotErrorCode,
  raw: unknown,
  details: string[] = [],
  message = messages[code],
): ParseSnapshotResult {
  const { salvage, details: salvageDetails } = salvageFrom(raw);
  const allDetails = [...details, ...salvageDetails];
  return {
    ok: false,
    error: { code, message, ...(allDetails.length > 0 ? { details: allDetails } : {}) },
    ...(salvage ? { salvage } : {}),
  };
}

/**
 * Reads a saved session: an object, or JSON text. Checks the format marker and version, migrates
 * older versions forward, checks the structure with {@link sessionSnapshotSchema} and checks that
 * every answer, reaction, goal, check-in, choice of what matters, the turn and the current card
 * refer to a player who exists. Never throws.
 *
 * Goals are never dropped silently: when the snapshot cannot be used, the goals and answers that
 * are still readable on their own come back in `salvage`.
 *
 * @example
 * ```ts
 * const result = parseSnapshot(localStorage.getItem('ontdek-doe:abc'));
 * if (result.ok) game.restore(result.snapshot);
 * else {
 *   showNotice(result.error.message.nl);
 *   if (result.salvage) showGoals(result.salvage.goals);
 * }
 * ```
 */
export function parseSnapshot(input: unknown, options: ParseSnapshotOptions = {}): ParseSnapshotResult {
  try {
    return parse(input, options.migrations ?? snapshotMigrations);
  } catch (error) {
    // Nothing above should throw; this is the promise that parseSnapshot never does.
    return fail('snapshot-corrupt', undefined, [`unexpected error: ${describe(error)}`]);
  }
}

function parse(input: unknown, migrations: SnapshotMigrations): ParseSnapshotResult {
  if (input === null || input === undefined) return fail('snapshot-missing', input);

  let raw: unknown = input;
  if (typeof input === 'string') {
    if (input.trim() === '') return fail('snapshot-missing', input);
    try {
      raw = JSON.parse(input) as unknown;
    } catch (error) {
      return fail('snapshot-not-json', input, [describe(error)]);
    }
  }

  if (!isRecord(raw))
    return fail('snapshot-unknown-format', raw, [
      `expected an object, got ${Array.isArray(raw) ? 'an array' : typeof raw}`,
    ]);
  if (raw['format'] !== SNAPSHOT_FORMAT) {
    return fail('snapshot-unknown-format', raw, [
      `format: expected "${SNAPSHOT_FORMAT}", got ${JSON.stringify(raw['format']) ?? 'nothing'}`,
    ]);
  }
  const version = raw['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail('snapshot-unknown-format', raw, [
      `version: expected a whole number, got ${JSON.stringify(version) ?? 'nothing'}`,
    ]);
  }
  if (version > SNAPSHOT_VERSION) {
    return fail('snapshot-future-version', raw, [
      `version: ${version} is newer than ${SNAPSHOT_VERSION}, the newest this build reads`,
    ]);
  }

  let current: RawSnapshot = raw;
  if (version < SNAPSHOT_VERSION) {
    const migrated = migrateSnapshot(raw, version, migrations);
    if (!migrated.ok) {
      return migrated.reason === 'no-migration'
        ? fail(
            'snapshot-unknown-format',
            raw,
            [`version: no migration from version ${migrated.from}`],
            tooOld,
          )
        : fail('snapshot-corrupt', raw, [
            `migration from version ${migrated.from} failed: ${describe(migrated.cause)}`,
          ]);
    }
    current = migrated.snapshot;
  }

  const checked = z.safeParse(sessionSnapshotSchema, current);
  if (!checked.success) {
    return fail(
      'snapshot-corrupt',
      current,
      checked.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`),
    );
  }

  const dangling = findDanglingReferences(checked.data.session);
  if (dangling.length > 0) return fail('snapshot-corrupt', current, dangling);

  return version < SNAPSHOT_VERSION
    ? { ok: true, snapshot: checked.data, migratedFrom: version }
    : { ok: true, snapshot: checked.data };
}
