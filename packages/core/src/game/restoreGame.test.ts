import { describe, expect, it } from 'vitest';
import { answerFor } from '../testing/answerFor.ts';
import { sampleDeck } from '../testing/sampleDeck.ts';
import { group } from '../testing/settings.ts';
import { createGame } from './createGame.ts';
import { restoreGame } from './restoreGame.ts';

function midGame() {
  const game = createGame({ deck: sampleDeck, sessionId: 'mid' });
  game.send({ type: 'session.start', settings: group(['Ann', 'Bo'], { cardsPerPlayer: 3 }) });
  const card = sampleDeck.cards.find((c) => c.id === game.view().card!.id)!;
  game.send({ type: 'player.answer', value: answerFor(card), starred: true });
  game.send({ type: 'turn.next' });
  return game;
}

describe('restoreGame', () => {
  it('resumes exactly where play stopped, mid-card, and plays on identically', () => {
    const game = midGame();
    const json = JSON.stringify(game.getSnapshot());
    const { game: restored, restored: ok, deckChanged } = restoreGame(json, { deck: sampleDeck });
    expect(ok).toBe(true);
    expect(deckChanged).toBe(false);
    expect(restored.getState()).toBe('discover.card');
    expect(restored.getSession()).toEqual(game.getSession());
    expect(restored.view().card).toEqual(game.view().card);
    const card = sampleDeck.cards.find((c) => c.id === game.view().card!.id)!;
    for (const g of [game, restored]) {
      g.send({ type: 'player.answer', value: answerFor(card) });
      g.send({ type: 'turn.next' });
    }
    expect(restored.getSession()).toEqual(game.getSession());
    expect(JSON.stringify(restored.getSnapshot())).toBe(JSON.stringify(game.getSnapshot()));
  });

  it('gives a clear error and a fresh game for a corrupt snapshot, and keeps the goals it can read', () => {
    const game = midGame();
    game.send({ type: 'leader.endPhase' });
    game.send({ type: 'phase.next' });
    game.send({
      type: 'goal.set',
      playerId: 'p1',
      goal: { text: 'Buren groeten', firstStep: 'Morgen', helpers: [{ kind: 'self' }], confidence: 6 },
    });
    const snapshot = JSON.parse(JSON.stringify(game.getSnapshot()));
    snapshot.session.players = 'broken';
    const result = restoreGame(snapshot, { deck: sampleDeck });
    expect(result.restored).toBe(false);
    expect(result.error?.code).toBe('snapshot-corrupt');
    expect(result.game.getState()).toBe('setup');
    expect(result.salvage?.goals.map((g) => g.text)).toEqual(['Buren groeten']);
  });

  it('refuses a snapshot of another deck, not JSON, or an impossible state', () => {
    const game = midGame();
    const snap = JSON.parse(JSON.stringify(game.getSnapshot()));
    expect(restoreGame('{nope', { deck: sampleDeck }).error?.code).toBe('snapshot-not-json');
    expect(
      restoreGame(
        { ...snap, session: { ...snap.session, deck: { ...snap.session.deck, id: 'other' } } },
        { deck: sampleDeck },
      ).error?.message.en,
    ).toMatch(/another deck/);
    expect(
      restoreGame(
        { ...snap, state: 'discover.answered', session: { ...snap.session, currentAnswerId: null } },
        { deck: sampleDeck },
      ).restored,
    ).toBe(false);
    expect(restoreGame({ ...snap, state: 'nowhere' }, { deck: sampleDeck }).restored).toBe(false);
  });

  it('notices when the deck changed since the save', () => {
    const game = midGame();
    const changed = {
      ...sampleDeck,
      cards: sampleDeck.cards.map((c, i) =>
        i === 0 ? { ...c, prompt: { ...c.prompt, nl: 'Nieuwe tekst?' } } : c,
      ),
    };
    const result = restoreGame(game.getSnapshot(), { deck: changed });
    expect(result.restored).toBe(true);
    expect(result.deckChanged).toBe(true);
  });
});
