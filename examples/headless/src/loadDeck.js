// @ts-check
/**
 * Loads the deck to play with: the demo deck, or a deck JSON file a trainer points to. Every problem
 * comes back as plain text in Dutch and English, never as a stack trace: a bad deck explains itself.
 */
import { readFileSync } from 'node:fs';
import { formatDeckIssues, parseDeck } from '@ontdek-doe/core';
import { demoDeck } from './demoDeck.js';
import { strings } from './strings.js';

/** @typedef {import('@ontdek-doe/core').Deck} Deck */
/** @typedef {import('@ontdek-doe/core').DeckIssue} DeckIssue */

/**
 * @typedef {{ ok: true; deck: Deck; warnings: DeckIssue[] } | { ok: false; message: string }} LoadDeckResult
 */

/**
 * Reads and checks a deck. Without a path it uses the demo deck of this example.
 *
 * @example
 * const result = loadDeck(process.env.OD_DECK);
 * if (!result.ok) console.error(result.message);
 *
 * @param {string | undefined} path A deck JSON file.
 * @returns {LoadDeckResult}
 */
export function loadDeck(path) {
  /** @type {unknown} */
  let input = demoDeck;
  if (path) {
    let text;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return { ok: false, message: both((s) => s.deckUnreadable(path)) };
    }
    // parseDeck reads JSON text itself and says where the JSON breaks.
    input = text;
  }
  const result = parseDeck(input);
  if (!result.ok) {
    const message = [
      `${strings.nl.deckProblem}\n${formatDeckIssues(result.errors, 'nl')}`,
      `${strings.en.deckProblem}\n${formatDeckIssues(result.errors, 'en')}`,
    ].join('\n\n');
    return { ok: false, message };
  }
  return { ok: true, deck: result.deck, warnings: result.warnings };
}

/**
 * The same message in Dutch, then English.
 * @param {(s: typeof strings.nl | typeof strings.en) => string} line
 */
function both(line) {
  return `${line(strings.nl)}\n${line(strings.en)}`;
}
