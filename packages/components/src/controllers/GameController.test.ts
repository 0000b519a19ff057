import { createGame, type Game, type GameSettings } from '@ontdek-doe/core';
import { sampleDeck } from '@ontdek-doe/core/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { GameController } from './GameController.ts';

const settings: GameSettings = {
  mode: 'solo',
  players: [{ alias: 'Sam' }],
  language: 'nl',
  themes: [],
  maxDepth: 2,
  cardsPerPlayer: 3,
  excludeSensitivity: [],
  seed: 7,
};

/** A stand-in for a Lit element: it counts update requests and drives the controller's lifecycle. */
class FakeHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController) {
    this.controllers.push(controller);
  }
  removeController(controller: ReactiveController) {
    this.controllers = this.controllers.filter((c) => c !== controller);
  }
  requestUpdate() {
    this.updates++;
  }
  connect() {
    for (const c of this.controllers) c.hostConnected?.();
  }
  disconnect() {
    for (const c of this.controllers) c.hostDisconnected?.();
  }
}

const games: Game[] = [];
function newGame(): Game {
  const game = createGame({ deck: sampleDeck, sessionId: 'test' });
  games.push(game);
  return game;
}
afterEach(async () => {
  await Promise.all(games.splice(0).map((g) => g.stop()));
});

describe('GameController', () => {
  it('follows the game while the host is connected and asks for an update on every change', () => {
    const host = new FakeHost();
    const game = newGame();
    const controller = new GameController(host, game);
    expect(host.controllers).toContain(controller);
    host.connect();
    expect(controller.view?.phase).toBe('setup');
    expect(controller.send({ type: 'session.start', settings })).toEqual({ accepted: true });
    expect(host.updates).toBe(1);
    expect(controller.view?.phase).toBe('discover');
    expect(controller.view?.card?.prompt).toBeTruthy();
  });

  it('unsubscribes when the host disconnects, and catches up when it connects again', () => {
    const host = new FakeHost();
    const game = newGame();
    const controller = new GameController(host, game);
    host.connect();
    host.disconnect();
    game.send({ type: 'session.start', settings });
    expect(host.updates).toBe(0);
    expect(controller.view?.phase).toBe('setup');
    host.connect();
    expect(controller.view?.phase).toBe('discover');
  });

  it('re-subscribes when the game is replaced, and lets go of the old one', () => {
    const host = new FakeHost();
    const first = newGame();
    const controller = new GameController(host, first);
    host.connect();
    const second = newGame();
    controller.game = second;
    const updatesAfterSwap = host.updates;
    first.send({ type: 'session.start', settings });
    expect(host.updates).toBe(updatesAfterSwap);
    second.send({ type: 'session.start', settings });
    expect(host.updates).toBe(updatesAfterSwap + 1);
    expect(controller.view?.session.sessionId).toBe(second.getSession().sessionId);
  });

  it('refuses to send without a game, in the core’s shape', () => {
    const host = new FakeHost();
    const controller = new GameController(host);
    host.connect();
    expect(controller.view).toBeNull();
    const result = controller.send({ type: 'phase.next' });
    expect(result.accepted).toBe(false);
    if (!result.accepted) expect(result.reason.code).toBe('no-game');
  });
});
