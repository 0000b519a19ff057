/**
 * Reading plain data (a parsed deck file, a merged deck) by path, whatever its shape.
 */
import type { IssuePath } from '../types.ts';

/** Whether `value` is a plain object (not a list, not `null`). */
export const isData = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The value at `path`, or `undefined` when the path does not lead anywhere.
 *
 * @example
 * ```ts
 * valueAt({ cards: [{ id: 'a' }] }, ['cards', 0, 'id']); // 'a'
 * valueAt({ cards: [] }, ['cards', 3, 'id']); // undefined
 * ```
 */
export function valueAt(data: unknown, path: IssuePath): unknown {
  let current = data;
  for (const segment of path) {
    if (typeof segment === 'number')
      current = Array.isArray(current) ? (current[segment] as unknown) : undefined;
    else current = isData(current) && Object.hasOwn(current, segment) ? current[segment] : undefined;
    if (current === undefined) return undefined;
  }
  return current;
}
