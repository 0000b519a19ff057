import { SNAPSHOT_VERSION } from '../types.ts';

/** A snapshot as plain JSON, before it is checked. */
export type RawSnapshot = Record<string, unknown>;

/**
 * Turns a snapshot of version `n` into one of version `n + 1`. It receives its own copy and may
 * change it; it does not need to set `version` (the migration runner does that).
 */
export type SnapshotMigration = (snapshot: RawSnapshot) => RawSnapshot;

/** Migrations keyed by the version they migrate FROM: `{ 1: fromV1ToV2 }`. */
export type SnapshotMigrations = Readonly<Record<number, SnapshotMigration>>;

/**
 * The migrations of this build. Version 1 is the first and current version, so there are none yet.
 * When version 2 arrives: raise `SNAPSHOT_VERSION` in types.ts, add `1: (s) => ({ ...s, ... })`
 * here, and update the schema. Nothing else changes.
 *
 * @example
 * ```ts
 * // The registry once version 2 exists:
 * export const snapshotMigrations: SnapshotMigrations = {
 *   1: (s) => ({ ...s, session: { ...(s.session as object), badges: [] } }),
 * };
 * ```
 */
export const snapshotMigrations: SnapshotMigrations = {};

/** The result of {@link migrateSnapshot}. */
export type MigrateSnapshotResult =
  | { ok: true; snapshot: RawSnapshot }
  | { ok: false; reason: 'no-migration'; from: number }
  | { ok: false; reason: 'migration-failed'; from: number; cause: unknown };

/**
 * Brings a raw snapshot of an older version up to the current one, one version at a time.
 * Never throws: a missing step or a migration that throws is returned as a failure. The input
 * is not changed.
 *
 * @example
 * ```ts
 * const migrated = migrateSnapshot(raw, 0, { 0: (s) => ({ ...s, format: 'ontdek-doe/session' }) });
 * if (migrated.ok) console.log(migrated.snapshot.version); // 1
 * ```
 */
export function migrateSnapshot(
  snapshot: RawSnapshot,
  fromVersion: number,
  migrations: SnapshotMigrations = snapshotMigrations,
  toVersion: number = SNAPSHOT_VERSION,
): MigrateSnapshotResult {
  let current: RawSnapshot;
  try {
    current = structuredCopy(snapshot);
  } catch (cause) {
    return { ok: false, reason: 'migration-failed', from: fromVersion, cause };
  }
  for (let version = fromVersion; version < toVersion; version++) {
    const step = Object.hasOwn(migrations, version) ? migrations[version] : undefined;
    if (!step) return { ok: false, reason: 'no-migration', from: version };
    try {
      current = { ...step(current), version: version + 1 };
    } catch (cause) {
      return { ok: false, reason: 'migration-failed', from: version, cause };
    }
  }
  return { ok: true, snapshot: current };
}

function structuredCopy(value: RawSnapshot): RawSnapshot {
  return JSON.parse(JSON.stringify(value)) as RawSnapshot;
}
