/**
 * Reading and changing the merged deck as plain data, without ever changing a value in place:
 * a change copies only the objects on its path (structural sharing), so an undo step is two
 * references, unchanged cards keep their identity (caches and a UI can compare by reference), and
 * every object handed out is frozen.
 */
import { isData, valueAt } from '../source/valueAt.ts';
import type { IssuePath } from './types.ts';

/** A plain object of the deck. */
export type Data = Record<string, unknown>;

export { isData, valueAt };

/** Freezes `value` and everything in it that is not frozen yet. */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}

/**
 * A copy of plain data that shares nothing with it: only objects, lists, strings, numbers,
 * booleans and `null` are kept (a function or `undefined` is left out, as JSON would).
 */
export function plainCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => plainCopy(item) ?? null);
  if (isData(value)) {
    const out: Data = {};
    for (const [key, item] of Object.entries(value)) {
      const copied = plainCopy(item);
      // Defined, not assigned: a `__proto__` key stays a key (the core reports it), never a prototype.
      if (copied !== undefined)
        Object.defineProperty(out, key, {
          value: copied,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    return out;
  }
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return undefined;
}

/**
 * `data` with the value at `path` replaced by `value` (frozen), copying only the objects on the
 * path; `data` itself is left as it is. `undefined` removes the field, or the item from a list.
 * Missing objects on the way are made (a list where the next step is a number). Returns `data`
 * itself when nothing changes.
 *
 * @example
 * ```ts
 * const next = setAt(deck, ['cards', 3, 'prompt', 'en'], 'What makes you happy?');
 * next.cards[2] === deck.cards[2]; // true: only card 3 is new
 * ```
 */
export function setAt(data: unknown, path: IssuePath, value: unknown): unknown {
  if (path.length === 0) return value === undefined ? data : deepFreeze(value);
  const [segment, ...rest] = path as [string | number, ...IssuePath];
  const current =
    typeof segment === 'number' ? (Array.isArray(data) ? data : undefined) : isData(data) ? data : undefined;
  const child = valueAt(current, [segment]);
  if (rest.length > 0 && child === undefined && value === undefined) return data;
  const container = child === undefined && rest.length > 0 ? (typeof rest[0] === 'number' ? [] : {}) : child;
  const next =
    rest.length === 0 ? (value === undefined ? undefined : deepFreeze(value)) : setAt(container, rest, value);
  if (next === child && current !== undefined) return data;
  if (typeof segment === 'number') {
    const list = Array.isArray(current) ? [...(current as unknown[])] : [];
    // A list grows by one item at its end, never with a gap.
    if (segment > list.length || segment < 0 || !Number.isInteger(segment)) return data;
    if (next === undefined) {
      if (segment === list.length) return data;
      list.splice(segment, 1);
    } else if (segment === list.length) list.push(next);
    else list[segment] = next;
    return Object.freeze(list);
  }
  if (next === undefined) {
    if (!isData(current) || !Object.hasOwn(current, segment)) return data;
    return Object.freeze(Object.fromEntries(Object.entries(current).filter(([key]) => key !== segment)));
  }
  return Object.freeze({ ...(isData(current) ? current : {}), [segment]: next });
}

/** The deck's cards (an empty list when `cards` is not a list). */
export const cardsOf = (data: Data): readonly unknown[] => (Array.isArray(data.cards) ? data.cards : []);

/** The deck's themes (an empty list when `themes` is not a list). */
export const themesOf = (data: Data): readonly unknown[] => (Array.isArray(data.themes) ? data.themes : []);

/** The id of a card or theme, or `undefined` when it has no text id. */
export const idOf = (item: unknown): string | undefined =>
  isData(item) && typeof item.id === 'string' ? item.id : undefined;

/** The languages listed in the deck (text codes only). */
export function languagesOf(data: Data): string[] {
  return Array.isArray(data.languages)
    ? data.languages.filter((code): code is string => typeof code === 'string')
    : [];
}

/** The default language: `defaultLanguage`, else the first listed, else `nl`. */
export function defaultLanguageOf(data: Data): string {
  if (typeof data.defaultLanguage === 'string' && data.defaultLanguage !== '') return data.defaultLanguage;
  return languagesOf(data)[0] ?? 'nl';
}

/** One translatable text: where it is (without the language), and the text object `{ nl, en, … }`. */
export interface TextPlace {
  path: IssuePath;
  text: Data;
}

/**
 * The translatable texts of one card, as paths inside the card: the question, the easy question,
 * the hints, the follow-ups, the picture description and the option labels.
 */
export function cardTextPaths(card: unknown): IssuePath[] {
  if (!isData(card)) return [];
  const out: IssuePath[] = [];
  if (isData(card.prompt)) out.push(['prompt']);
  if (isData(card.easy)) out.push(['easy']);
  for (const list of ['hints', 'followUps'] as const) {
    const items = card[list];
    if (Array.isArray(items)) items.forEach((item, index) => isData(item) && out.push([list, index]));
  }
  if (isData(card.picture) && isData(card.picture.alt)) out.push(['picture', 'alt']);
  const answer = card.answer;
  if (isData(answer) && Array.isArray(answer.options)) {
    answer.options.forEach((option: unknown, index) => {
      if (isData(option) && isData(option.label)) out.push(['answer', 'options', index, 'label']);
    });
  }
  return out;
}

/** Every translatable text of the deck, in reading order: title, description, themes, cards. */
export function deckTextPlaces(data: Data): TextPlace[] {
  const out: TextPlace[] = [];
  for (const key of ['title', 'description'])
    if (isData(data[key])) out.push({ path: [key], text: data[key] });
  themesOf(data).forEach((theme, index) => {
    if (isData(theme) && isData(theme.title))
      out.push({ path: ['themes', index, 'title'], text: theme.title });
  });
  cardsOf(data).forEach((card, index) => {
    for (const path of cardTextPaths(card))
      out.push({ path: ['cards', index, ...path], text: valueAt(card, path) as Data });
  });
  return out;
}

/** Whether two pieces of plain data are the same. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  if (isData(a) && isData(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && sameData(a[key], b[key]))
    );
  }
  return false;
}
