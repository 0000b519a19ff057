import { createContext } from '@lit/context';
import type { Game } from '@ontdek-doe/core';
import type { OdI18n } from '../i18n/createI18n.ts';
import type { ReadAloudPlugin } from '../plugins/readAloud.ts';

/**
 * What a game element shares with the elements inside it: the game and its translator. Nested
 * elements consume it through `@lit/context`; nothing is global, so two games on one page never
 * share state or language.
 */
export interface GameContextValue {
  /** The running game, or null before one is set. */
  game: Game | null;
  /** The game element's own i18next instance. */
  i18n: OdI18n;
  /** The game's read-aloud plugin, when the browser can speak (`<ontdek-doe-game>` sets it). */
  readAloud?: ReadAloudPlugin | null;
}

/**
 * The context key. A provider (the game element) sets a new object when the game or the language
 * changes, so consumers with `subscribe: true` update.
 *
 * @example
 * // in the game element
 * new ContextProvider(this, { context: gameContext, initialValue: { game, i18n } });
 * // in a nested element
 * new ContextConsumer(this, { context: gameContext, subscribe: true });
 */
export const gameContext = createContext<GameContextValue>(Symbol('ontdek-doe-game'));
