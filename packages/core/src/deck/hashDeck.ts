/**
 * A content hash of a deck, so a follow-up session can tell whether its deck changed.
 */
import type { Deck, DeckRef } from '../types.ts';

// Marks for the canonical form, above every UTF-16 code unit so they never look like text.
const STRING = 0x10001;
const INTEGER = 0x10002;
const NUMBER = 0x10003;
const TRUE = 0x10004;
const FALSE = 0x10005;
const NULL = 0x10006;
const LIST = 0x10007;
const OBJECT = 0x10008;
const END = 0x10009;

/**
 * cyrb53's two 32-bit lanes (public domain, bryc), fed value by value so no string is built.
 * The canonical form: object keys sorted, `undefined` fields left out, every value preceded by
 * a type mark and strings and containers closed or length-prefixed, so different values never
 * feed the same sequence.
 */
function hash64(root: unknown): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const mix = (code: number) => {
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  };
  const text = (value: string) => {
    mix(value.length & 0xffff);
    mix(value.length >>> 16);
    let a = h1;
    let b = h2;
    for (let i = 0; i < value.length; i++) {
      const ch = value.charCodeAt(i);
      a = Math.imul(a ^ ch, 2654435761);
      b = Math.imul(b ^ ch, 1597334677);
    }
    h1 = a;
    h2 = b;
  };
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      mix(STRING);
      text(value);
    } else if (typeof value === 'number') {
      if ((value | 0) === value && !Object.is(value, -0)) {
        mix(INTEGER);
        mix(value & 0xffff);
        mix(value >>> 16);
      } else {
        mix(NUMBER);
        text(String(value));
      }
    } else if (typeof value === 'boolean') {
      mix(value ? TRUE : FALSE);
    } else if (Array.isArray(value)) {
      mix(LIST);
      for (const item of value) visit(item === undefined ? null : item);
      mix(END);
    } else if (typeof value === 'object' && value !== null) {
      const object = value as Record<string, unknown>;
      mix(OBJECT);
      for (const key of Object.keys(object).sort()) {
        if (object[key] === undefined) continue;
        text(key);
        visit(object[key]);
      }
      mix(END);
    } else {
      mix(NULL);
    }
  };
  visit(root);
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/**
 * A deterministic content hash of a deck: 16 hex characters (64 bits) from a fast
 * non-cryptographic hash (cyrb53's two lanes) of the deck's canonical form, which is like
 * canonical JSON: object keys sorted, `undefined` fields left out, each value marked with its
 * type and strings with their length. The order of keys does not matter; any change to a value,
 * or to the order of cards, themes or languages, does. It detects change, not tampering: anyone
 * can make a different deck with the same hash on purpose.
 *
 * @example
 * ```ts
 * hashDeck(deck); // e.g. '3f1c0a9b27d4e655'
 * ```
 */
export function hashDeck(deck: Deck): string {
  return hash64(deck);
}

/**
 * What a session remembers of its deck: id, version and content hash.
 *
 * @example
 * ```ts
 * const ref = deckRef(deck); // { id: 'sample', version: '1.0.0', hash: '…' }
 * const changed = ref.hash !== hashDeck(latestDeck);
 * ```
 */
export function deckRef(deck: Deck): DeckRef {
  return { id: deck.id, version: deck.version, hash: hashDeck(deck) };
}
