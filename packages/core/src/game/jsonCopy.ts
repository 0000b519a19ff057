/**
 * Event data from a host is copied before the session keeps it: a form object the host reuses
 * must never rewrite an earlier answer, and what is kept must survive a JSON snapshot unchanged.
 */

/** Longest JSON text one answer value may take (a plugin's drawing, say); text answers are far smaller. */
export const MAX_VALUE_JSON = 20_000;

/** Can `value` be kept as JSON within `maxChars`? False for cycles, BigInt, and oversized values. */
export function isJsonSafe(value: unknown, maxChars = MAX_VALUE_JSON): boolean {
  try {
    const json = JSON.stringify(value);
    return json !== undefined && json.length <= maxChars;
  } catch {
    return false;
  }
}

/** A deep copy through JSON. Only call on values that passed {@link isJsonSafe}. */
export function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Is this an ISO date-time text the game can keep (from the host's clock)? */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
}
