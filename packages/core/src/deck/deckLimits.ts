/**
 * The limits and patterns a deck is checked against. One place, so the schema, the loader, the
 * messages and the JSON Schema for editors all agree.
 */

/**
 * Upper and lower bounds for deck content. Text lengths count UTF-16 code units (about one per
 * character for Latin, Arabic and Cyrillic script). They are generous on purpose: a text past its
 * limit no longer fits a card on a phone or a printed card, so it is an error, not a style hint.
 *
 * @example
 * ```ts
 * import { DECK_LIMITS } from '@ontdek-doe/core';
 * DECK_LIMITS.text.prompt; // 300
 * ```
 */
export const DECK_LIMITS = {
  /** A deck with more cards than this is refused (a real deck has tens to hundreds). */
  maxCards: 20_000,
  /** Any other list (hints, options, tags, …) longer than this is refused before it is read. */
  maxListItems: 20_000,
  /** Objects and lists nested deeper than this are refused (a deck needs about 7 levels). */
  maxNesting: 32,
  /** The most values (texts, numbers, objects, …) a deck may hold in all. */
  maxValues: 2_000_000,
  /** The longest JSON text `parseDeck` reads, in characters. */
  maxJsonLength: 50_000_000,
  /** The longest id of a deck, theme, card or option. */
  maxIdLength: 100,
  /** At most this many errors and this many warnings are listed; the rest are counted. */
  maxIssuesPerSeverity: 1_000,
  /** The longest text per field, per language. */
  text: {
    /** The deck's title. */
    title: 120,
    /** The deck's description. */
    description: 1_000,
    /** A card's question. */
    prompt: 300,
    /** A card's question in easy language. */
    easy: 300,
    /** A leader hint. */
    hint: 500,
    /** A follow-up question. */
    followUp: 300,
    /** The label of a choice option. */
    optionLabel: 80,
    /** A theme's name. */
    themeTitle: 120,
    /** The text alternative of a picture. */
    pictureAlt: 250,
    /** The deck's version label, e.g. `1.2.0`. */
    version: 50,
  },
  /** `minimumAge` of a deck or a card: a whole number in this range. */
  age: { min: 0, max: 120 },
  /** `maxLength` of a text answer: a whole number in this range. */
  textAnswerLength: { min: 1, max: 10_000 },
  /** A choice card needs at least this many options. */
  minChoiceOptions: 2,
} as const;

/**
 * Patterns for colours, language codes and ids.
 *
 * - `colour`: `#rgb` or `#rrggbb`, hex digits in either case.
 * - `languageTag`: a plausible BCP 47 tag with a lower-case primary language (`nl`, `ar`, `pt-BR`,
 *   `zh-Hans`, `sr-Latn-RS`, `es-419`). It checks the form, not that the language exists.
 * - `id`: not empty, no space at the start or end.
 *
 * @example
 * ```ts
 * DECK_PATTERNS.colour.test('#1b6e5a'); // true
 * DECK_PATTERNS.languageTag.test('pt-BR'); // true
 * ```
 */
export const DECK_PATTERNS = {
  colour: /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/,
  languageTag:
    /^[a-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?(?:-(?:[A-Za-z\d]{5,8}|\d[A-Za-z\d]{3}))*$/,
  id: /^\S(?:.*\S)?$/,
} as const;

/** A plugin answer kind: `namespace:name`, e.g. `traffic-light:scale`. */
export const PLUGIN_KIND = /^[A-Za-z0-9][\w.-]*:[\w.-]+$/;
