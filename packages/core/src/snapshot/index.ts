/** Saved sessions: making, serialising, reading and migrating snapshots. */
export { toSnapshot, snapshotToJSON } from './serializeSession.ts';
export { parseSnapshot } from './parseSnapshot.ts';
export type {
  ParseSnapshotOptions,
  ParseSnapshotResult,
  SnapshotError,
  SnapshotErrorCode,
} from './parseSnapshot.ts';
export { migrateSnapshot, snapshotMigrations } from './migrateSnapshot.ts';
export type {
  MigrateSnapshotResult,
  RawSnapshot,
  SnapshotMigration,
  SnapshotMigrations,
} from './migrateSnapshot.ts';
export { sessionSnapshotSchema, sessionStateSchema, answerSchema, goalSchema } from './snapshotSchema.ts';
export { findDanglingReferences } from './findDanglingReferences.ts';
export type { SessionSnapshot } from '../types.ts';
