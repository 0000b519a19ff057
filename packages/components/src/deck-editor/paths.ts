import type { IssuePath } from '@ontdek-doe/core/schema';

/**
 * A path as one string, to use as a map key or an element id: `['cards', 3, 'prompt', 'nl']` →
 * `cards/3/prompt/nl`. Card ids and language codes never hold a `/`.
 *
 * @example
 * pathKey(['themes', 0, 'colour']); // 'themes/0/colour'
 */
export function pathKey(path: readonly (string | number)[]): string {
  return path.map(String).join('/');
}

/**
 * The value at `path` in plain data, or `undefined` when any step is missing. Never throws.
 *
 * @example
 * valueAt({ cards: [{ prompt: { nl: 'Hoi' } }] }, ['cards', 0, 'prompt', 'nl']); // 'Hoi'
 */
export function valueAt(data: unknown, path: IssuePath): unknown {
  let node: unknown = data;
  for (const step of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

/** A value as text for a field: strings as they are, numbers as digits, anything else empty. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** A plain object, or `undefined` for anything else (arrays included). */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** An array, or an empty one for anything else. */
export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** `'a, b ,c'` → `['a', 'b', 'c']`; empty parts dropped. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
