import type { CreateGameOptions } from './createGame.ts';

/**
 * Thrown by `createGame` when the host passes options it cannot start from (a programming error,
 * not a player's): no deck, a `parseDeck` result instead of its deck, plugins that are not a list.
 * The message says what to do, in plain words.
 */
export class GameOptionsError extends Error {
  readonly messages: { nl: string; en: string };
  constructor(messages: { nl: string; en: string }) {
    super(messages.en);
    this.name = 'GameOptionsError';
    this.messages = messages;
  }
}

/**
 * Checks what `createGame` needs before anything starts.
 *
 * @throws {GameOptionsError}
 * @example
 * checkGameOptions({ deck: parseDeck(json) }); // throws: pass result.deck, not the result
 */
export function checkGameOptions(options: CreateGameOptions): void {
  const fail = (nl: string, en: string) => {
    throw new GameOptionsError({ nl, en });
  };
  if (!options || typeof options !== 'object')
    fail('createGame heeft opties nodig, met een kaartenset.', 'createGame needs options with a deck.');
  const deck = options.deck as unknown as Record<string, unknown> | undefined;
  if (deck && typeof deck === 'object' && 'ok' in deck && ('deck' in deck || 'errors' in deck)) {
    fail(
      'Geef de kaartenset door (result.deck), niet de uitkomst van parseDeck.',
      'Pass the deck (result.deck), not the result of parseDeck; check result.ok first.',
    );
  }
  if (
    !deck ||
    typeof deck !== 'object' ||
    !Array.isArray(deck.cards) ||
    !Array.isArray(deck.themes) ||
    !Array.isArray(deck.languages) ||
    typeof deck.defaultLanguage !== 'string'
  ) {
    fail(
      'Er is geen geldige kaartenset. Lees de kaartenset eerst in met parseDeck.',
      'There is no valid deck. Read the deck with parseDeck first and pass result.deck.',
    );
  }
  if (options.plugins !== undefined && !Array.isArray(options.plugins)) {
    fail('De uitbreidingen (plugins) moeten een lijst zijn.', 'The plugins must be a list (an array).');
  }
  for (const name of ['inspect', 'clock'] as const) {
    if (options[name] !== undefined && typeof options[name] !== 'function') {
      fail(`De optie "${name}" moet een functie zijn.`, `The option "${name}" must be a function.`);
    }
  }
}
