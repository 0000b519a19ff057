import type { PropertyDeclarations } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { Game, GameEvent, SendResult } from '@ontdek-doe/core';
import { gameContext, type GameContextValue } from '../context/gameContext.ts';
import { GameController } from '../controllers/GameController.ts';
import { OdAnnounceEvent } from '../events.ts';
import { createI18n, type MessageKey, type OdI18n } from '../i18n/createI18n.ts';
import { OdElement } from './OdElement.ts';

/**
 * The base of a screen inside `<ontdek-doe-game>` (setup, discover): it takes the game and the
 * translator from `gameContext`, follows the game with a {@link GameController}, sends events and
 * keeps the last refusal to show, and asks the game element to announce things in its live region.
 *
 * On its own (a story, a test) a screen can be given a `game` directly; its UI text then follows
 * the nearest `lang`.
 *
 * @example
 * class MyScreen extends OdScreenElement {
 *   override render() { return html`<h2>${this.t('discover.title')}</h2>`; }
 * }
 */
export class OdScreenElement extends OdElement {
  static override properties: PropertyDeclarations = {
    ...OdElement.properties,
    refusal: { state: true, attribute: false },
  };

  /** Why the game refused the last step, in the UI language; null when the last step went through. */
  declare protected refusal: string | null;

  protected readonly controller = new GameController(this);
  private readonly context = new ContextConsumer(this, {
    context: gameContext,
    subscribe: true,
    callback: (value: GameContextValue) => {
      if (!this.ownGame) this.controller.game = value.game;
      this.requestUpdate();
    },
  });
  private ownGame: Game | null = null;
  private ownI18n: OdI18n | undefined;

  constructor() {
    super();
    this.refusal = null;
  }

  /** The game this screen shows: from the surrounding game element, or set directly. */
  get game(): Game | null {
    return this.controller.game;
  }

  set game(game: Game | null) {
    this.ownGame = game;
    this.controller.game = game ?? this.context.value?.game ?? null;
  }

  /** The game element's translator, or this screen's own when it stands alone. */
  protected get i18n(): OdI18n {
    const shared = this.context.value?.i18n;
    if (shared) return shared;
    const wanted = this.effectiveLang;
    if (!this.ownI18n) this.ownI18n = createI18n(wanted);
    else if (this.ownI18n.resolution.requested !== wanted) this.ownI18n.setLanguage(wanted);
    return this.ownI18n;
  }

  /** Extra things the game element shares (the read-aloud plugin), if any. */
  protected get shared(): GameContextValue | undefined {
    return this.context.value;
  }

  protected t(key: MessageKey, options?: Record<string, unknown>): string {
    return this.i18n.t(key, options);
  }

  /** Sends an event; a refusal is kept in `refusal` (in the UI language) and announced. */
  protected send(event: GameEvent): SendResult {
    const result = this.controller.send(event);
    if (result.accepted) this.refusal = null;
    else {
      this.refusal = result.reason.message[this.i18n.language];
      this.announce(this.refusal);
    }
    return result;
  }

  /** Asks the game element to say `message` in its polite live region. */
  protected announce(message: string): void {
    this.dispatchEvent(new OdAnnounceEvent({ message }));
  }
}
