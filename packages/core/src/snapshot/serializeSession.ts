import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from '../types.ts';
import type { SessionSnapshot, SessionState } from '../types.ts';

/**
 * Makes a versioned snapshot of a session: a deep JSON copy, so later changes to the session never
 * change the snapshot (and `undefined` fields are left out, as in stored JSON).
 *
 * @example
 * ```ts
 * const snapshot = toSnapshot('discover.card', session);
 * await adapter.save(session.sessionId, snapshot);
 * ```
 */
export function toSnapshot(state: string, session: SessionState): SessionSnapshot {
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    state,
    session: JSON.parse(JSON.stringify(session)) as SessionState,
  };
}

function sortKeys(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = (value as Record<string, unknown>)[key];
  return sorted;
}

/**
 * Turns a snapshot into compact JSON text (no whitespace). The output is stable: object keys are
 * sorted, so the same session always gives the same text, whatever order its fields were set in.
 *
 * @example
 * ```ts
 * const text = snapshotToJSON(toSnapshot('summary', session));
 * download(new Blob([text], { type: 'application/json' }), 'spel.json');
 * ```
 */
export function snapshotToJSON(snapshot: SessionSnapshot): string {
  return JSON.stringify(snapshot, sortKeys);
}
