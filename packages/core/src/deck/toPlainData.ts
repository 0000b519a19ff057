/**
 * Internal: copies any input into plain JSON-like data (objects, arrays, strings, numbers,
 * booleans, null) without ever throwing, so the later checks can trust what they walk.
 * Loops, getters that throw, proxies, functions, `__proto__` keys, huge lists and deep nesting
 * become problems at their place instead of crashes.
 */
import type { IssuePath } from '../types.ts';
import { DECK_LIMITS } from './deckLimits.ts';
import type { IssueCollector } from './issueCollector.ts';

const SKIP = Symbol('skip');
const ABORT = Symbol('abort');

/**
 * The copy, or `aborted` when the input holds more values than `DECK_LIMITS.maxValues` or more
 * unreadable places than `DECK_LIMITS.maxIssuesPerSeverity` (the problems found so far are kept).
 */
export interface PlainData {
  value: unknown;
  aborted: boolean;
}

/** Copies `input` into plain data, reporting what cannot be copied. Never throws. */
export function toPlainData(input: unknown, issues: IssueCollector): PlainData {
  const path: IssuePath = [];
  const ancestors = new Set<object>();
  let count = 0;
  let problems = 0;
  /** Records a problem that hides its place; past the per-severity cap, stop copying altogether. */
  const block = (...args: Parameters<IssueCollector['block']>) => {
    issues.block(...args);
    if (++problems >= DECK_LIMITS.maxIssuesPerSeverity) throw ABORT;
  };

  const copy = (value: unknown, depth: number): unknown => {
    if (++count > DECK_LIMITS.maxValues) throw ABORT;
    switch (typeof value) {
      case 'string':
      case 'number':
      case 'boolean':
        return value;
      case 'undefined':
        return SKIP;
      case 'function':
      case 'symbol':
      case 'bigint':
        block('unsupported-value', path.slice(), { type: typeof value });
        return SKIP;
    }
    if (value === null) return null;
    const object = value as object;
    if (depth >= DECK_LIMITS.maxNesting) {
      block('too-deep', path.slice(), { max: DECK_LIMITS.maxNesting });
      return SKIP;
    }
    if (ancestors.has(object)) {
      block('cyclic-reference', path.slice());
      return SKIP;
    }
    ancestors.add(object);
    try {
      return Array.isArray(object)
        ? copyArray(object, depth)
        : copyObject(object as Record<string, unknown>, depth);
    } catch (error) {
      if (error === ABORT) throw error;
      block('unreadable-value', path.slice());
      return SKIP;
    } finally {
      ancestors.delete(object);
    }
  };

  const copyArray = (array: unknown[], depth: number): unknown[] => {
    const length = array.length;
    if (!Number.isSafeInteger(length) || length < 0) throw new TypeError('bad length');
    const isCards = depth === 1 && path.length === 1 && path[0] === 'cards';
    const limit = isCards ? DECK_LIMITS.maxCards : DECK_LIMITS.maxListItems;
    if (length > limit) {
      if (isCards) issues.add('too-many-cards', 'error', path.slice(), { count: length, max: limit });
      else issues.add('too-many-items', 'error', path.slice(), { count: length, max: limit });
    }
    const n = Math.min(length, limit);
    const out: unknown[] = new Array(n);
    for (let i = 0; i < n; i++) {
      path.push(i);
      const item = read(array, i);
      const copied = item === SKIP ? SKIP : copy(item, depth + 1);
      out[i] = copied === SKIP ? undefined : copied;
      path.pop();
    }
    return out;
  };

  const copyObject = (object: Record<string, unknown>, depth: number): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(object)) {
      path.push(key);
      if (key === '__proto__') {
        // Assigning it would change the copy's prototype; it is never a deck field.
        issues.add('unknown-key', 'warning', path.slice(), { key });
      } else {
        const item = read(object, key);
        const copied = item === SKIP ? SKIP : copy(item, depth + 1);
        if (copied !== SKIP) out[key] = copied;
      }
      path.pop();
    }
    return out;
  };

  /** Reads one property; a getter or proxy trap that throws becomes a problem. */
  const read = (container: object, key: string | number): unknown => {
    try {
      return (container as Record<string | number, unknown>)[key];
    } catch {
      block('unreadable-value', path.slice());
      return SKIP;
    }
  };

  try {
    const value = copy(input, 0);
    return { value: value === SKIP ? undefined : value, aborted: false };
  } catch (error) {
    if (error !== ABORT) throw error;
    if (count > DECK_LIMITS.maxValues) issues.add('too-large', 'error', [], { max: DECK_LIMITS.maxValues });
    return { value: undefined, aborted: true };
  }
}
