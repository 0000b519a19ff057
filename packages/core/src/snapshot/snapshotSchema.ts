import * as z from 'zod/mini';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from '../types.ts';
import type { Answer, Goal, SessionSnapshot, SessionState } from '../types.ts';

// Built with zod/mini (never `import { z } from 'zod'`): it keeps the core bundle small.
// The schema checks structure only; cross-references (players, turn) are checked by parseSnapshot.

const text = z.string();
const count = z.number().check(z.int(), z.nonnegative());

const deckRefSchema = z.object({ id: text, version: text, hash: text });

const readingSchema = z.enum(['standard', 'easy']);

const playerSetupSchema = z.object({
  alias: text,
  age: z.optional(count),
  language: z.optional(text),
  reading: z.optional(readingSchema),
});

const settingsSchema = z.object({
  mode: z.enum(['solo', 'led', 'group']),
  players: z.array(playerSetupSchema),
  language: text,
  themes: z.array(text),
  maxDepth: z.literal([1, 2, 3]),
  cardsPerPlayer: count,
  excludeSensitivity: z.array(text),
  seed: z.number(),
});

const playerSchema = z.object({
  id: text,
  alias: text,
  age: z.optional(count),
  language: text,
  reading: readingSchema,
  includePrivateInSummary: z.boolean(),
});

const answerValueSchema = z.union([
  z.object({ kind: z.literal('talk'), text: z.optional(text) }),
  z.object({ kind: z.literal('text'), text }),
  z.object({ kind: z.literal('faces'), face: z.literal([1, 2, 3, 4, 5]), text: z.optional(text) }),
  z.object({ kind: z.literal('choice'), options: z.array(text), text: z.optional(text) }),
  // A plugin's answer kind is namespaced ('traffic-light:scale'), so a broken built-in answer is
  // never quietly accepted as a plugin answer.
  z.object({
    kind: z.templateLiteral([z.string(), ':', z.string()]),
    value: z.optional(z.unknown()),
    text: z.optional(text),
  }),
]);

const givenBySchema = z.enum(['self', 'with-help', 'on-behalf']);

/** One answer in a saved session. Also used on its own to salvage answers from a broken snapshot. */
export const answerSchema = z.object({
  id: text,
  cardId: text,
  playerId: text,
  value: answerValueSchema,
  starred: z.boolean(),
  private: z.boolean(),
  givenBy: givenBySchema,
  reactions: z.array(z.object({ playerId: text, text })),
  turn: count,
});

const turnRecordSchema = z.object({
  turn: count,
  playerId: text,
  cardId: text,
  outcome: z.enum(['answered', 'passed', 'skipped', 'redrawn']),
});

const mattersItemSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('answer'), answerId: text }),
  z.object({ type: z.literal('theme'), themeId: text }),
  z.object({ type: z.literal('own'), text }),
]);

const helperSchema = z.object({
  kind: z.enum(['self', 'network', 'professional']),
  who: z.optional(text),
});

/** One goal in a saved session. Also used on its own to salvage goals from a broken snapshot. */
export const goalSchema = z.object({
  id: text,
  playerId: text,
  continuesGoalId: z.optional(text),
  text,
  theme: z.optional(text),
  firstStep: text,
  when: z.optional(text),
  helpers: z.array(helperSchema),
  need: z.optional(text),
  // The game asks for 1–10; the snapshot only needs a number to restore it faithfully.
  confidence: z.number(),
  fromAnswerId: z.optional(text),
});

const checkInSchema = z.object({
  goalId: text,
  playerId: text,
  status: z.enum(['done', 'partly', 'not-yet']),
  helped: z.optional(text),
  obstacles: z.optional(text),
  nextStep: z.optional(text),
  when: z.optional(text),
  confidence: z.optional(z.number()),
});

const followUpSchema = z.object({
  sessionId: text,
  deck: deckRefSchema,
  players: z.array(playerSchema),
  goals: z.array(goalSchema),
});

/** The full session state, as it is saved. */
export const sessionStateSchema = z.object({
  sessionId: text,
  deck: deckRefSchema,
  settings: settingsSchema,
  players: z.array(playerSchema),
  turnIndex: count,
  turn: count,
  drawPile: z.array(text),
  current: z.nullable(z.object({ cardId: text, playerId: text })),
  currentAnswerId: z.nullable(text),
  history: z.array(turnRecordSchema),
  answers: z.array(answerSchema),
  matters: z.record(text, z.array(mattersItemSchema)),
  goals: z.array(goalSchema),
  checkIns: z.array(checkInSchema),
  followUp: z.nullable(followUpSchema),
  paused: z.boolean(),
  nextId: count,
  startedAt: text,
  finishedAt: z.nullable(text),
});

/**
 * The zod/mini schema of a saved session at the current version ({@link SNAPSHOT_VERSION}).
 * It checks structure only; use `parseSnapshot`, which also checks the format marker, migrates
 * older versions and checks that answers, goals and turns refer to players that exist.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const result = z.safeParse(sessionSnapshotSchema, JSON.parse(text));
 * if (!result.success) console.log(z.prettifyError(result.error));
 * ```
 */
export const sessionSnapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  state: text,
  session: sessionStateSchema,
});

// Compile-time guard (no runtime cost): the schema and the shared types in types.ts must describe
// the same data, so a change to one without the other fails the type check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** @internal Only here so the check above is kept; not part of the API. */
export type SchemaMatchesTypes = [
  Assert<Same<z.infer<typeof sessionSnapshotSchema>, SessionSnapshot>>,
  Assert<Same<z.infer<typeof sessionStateSchema>, SessionState>>,
  Assert<Same<z.infer<typeof answerSchema>, Answer>>,
  Assert<Same<z.infer<typeof goalSchema>, Goal>>,
];
