import { parseDeck, type Deck, type DeckIssue } from '@ontdek-doe/core';

/** Why no deck could be loaded. The game element turns this into a message and an `od-error`. */
export interface DeckProblem {
  /**
   * `deck-unreachable` (no answer: offline, blocked, a server error), `deck-not-found` (an
   * answer that is not a success, such as 404), `deck-not-json` (the answer is not JSON),
   * `deck-invalid` (JSON, but not a valid deck: see `issues`), `deck-missing` (neither a deck
   * nor a URL was given).
   */
  code: 'deck-unreachable' | 'deck-not-found' | 'deck-not-json' | 'deck-invalid' | 'deck-missing';
  /** The HTTP status, when the server answered. */
  status?: number;
  /** The deck's problems, each with its place, when it is not valid. */
  issues?: DeckIssue[];
  /** True when trying again may help (the network, a busy server). */
  retry: boolean;
  cause?: unknown;
}

/** A deck, or why there is none. */
export type DeckLoad = { ok: true; deck: Deck; warnings: DeckIssue[] } | { ok: false; problem: DeckProblem };

/** Statuses where trying again later may work. */
const TRANSIENT = new Set([408, 425, 429, 500, 502, 503, 504]);

function parse(input: unknown): DeckLoad {
  const result = parseDeck(input);
  if (result.ok) return { ok: true, deck: result.deck, warnings: result.warnings };
  return { ok: false, problem: { code: 'deck-invalid', issues: result.errors, retry: false } };
}

/**
 * Loads the deck a game element plays with: the `deck` object when there is one, else the JSON at
 * `src` (fetched once, without credentials from other sites). Every deck goes through the core's
 * `parseDeck`. Never throws: no deck at all, a network failure, a 404, text that is not JSON and
 * an invalid deck each come back as a {@link DeckProblem}.
 *
 * @example
 * const loaded = await loadDeck({ src: '/decks/basis.json' });
 * if (!loaded.ok) show(loaded.problem.code);
 */
export async function loadDeck(options: {
  deck?: unknown;
  src?: string | null;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}): Promise<DeckLoad> {
  if (options.deck !== undefined && options.deck !== null) return parse(options.deck);
  const src = options.src?.trim();
  if (!src) return { ok: false, problem: { code: 'deck-missing', retry: false } };
  const get = options.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await get(src, {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (cause) {
    return { ok: false, problem: { code: 'deck-unreachable', retry: true, cause } };
  }
  if (!response.ok) {
    const status = response.status;
    return TRANSIENT.has(status)
      ? { ok: false, problem: { code: 'deck-unreachable', status, retry: true } }
      : { ok: false, problem: { code: 'deck-not-found', status, retry: false } };
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (cause) {
    if (options.signal?.aborted)
      return { ok: false, problem: { code: 'deck-unreachable', retry: true, cause } };
    return { ok: false, problem: { code: 'deck-not-json', status: response.status, retry: false, cause } };
  }
  return parse(json);
}
