import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Game, GameEvent, GameView, SendResult } from '@ontdek-doe/core';

/**
 * Connects a Lit element to a core `Game`: subscribes while the element is connected, keeps the
 * latest `GameView` in `view`, and asks the element to re-render after every change. It unsubscribes
 * when the element is disconnected, and re-subscribes when `game` is replaced.
 *
 * @example
 * class MyGame extends OdElement {
 *   private controller = new GameController(this);
 *   set game(game: Game | null) { this.controller.game = game; }
 *   override render() { return html`${this.controller.view?.card?.prompt}`; }
 * }
 */
export class GameController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private current: Game | null;
  private unsubscribe: (() => void) | null = null;
  private connected = false;
  /** The latest view of the game, or null when there is no game. */
  view: GameView | null = null;

  constructor(host: ReactiveControllerHost, game: Game | null = null) {
    this.host = host;
    this.current = game;
    host.addController(this);
  }

  /** The game this controller follows. Setting it re-subscribes. */
  get game(): Game | null {
    return this.current;
  }

  set game(game: Game | null) {
    if (game === this.current) return;
    this.stopListening();
    this.current = game;
    if (this.connected) this.listen();
    else this.view = game ? game.view() : null;
    this.host.requestUpdate();
  }

  /**
   * Sends an event to the game. Without a game it is refused with the code `no-game`,
   * in the same shape as the core's refusals.
   */
  send(event: GameEvent): SendResult {
    if (!this.current) {
      return {
        accepted: false,
        reason: {
          code: 'no-game',
          message: { nl: 'Er is nog geen spel.', en: 'There is no game yet.' },
        },
      };
    }
    return this.current.send(event);
  }

  hostConnected(): void {
    this.connected = true;
    this.listen();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stopListening();
  }

  private listen() {
    const game = this.current;
    if (!game || this.unsubscribe) return;
    this.view = game.view();
    this.unsubscribe = game.subscribe((view) => {
      this.view = view;
      this.host.requestUpdate();
    });
  }

  private stopListening() {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }
}
