import { describe, expect, it } from 'vitest';
import type { PlayerSummary } from '../types.ts';
import { answerFor } from '../testing/answerFor.ts';
import { sampleDeck } from '../testing/sampleDeck.ts';
import { settings } from '../testing/settings.ts';
import { createGame } from './createGame.ts';
import { FollowUpError, followUpFrom } from './followUpFrom.ts';
import { parseSummary } from './parseSummary.ts';

/** Ann's summary of a finished solo session with one goal, as a downloaded file gives it back. */
function downloadedSummary(): PlayerSummary {
  const game = createGame({ deck: sampleDeck, sessionId: 's1' });
  game.send({
    type: 'session.start',
    settings: settings({ players: [{ alias: 'Ann' }], cardsPerPlayer: 1 }),
  });
  const card = sampleDeck.cards.find((c) => c.id === game.view().card!.id)!;
  game.send({ type: 'player.answer', value: answerFor(card) });
  game.send({ type: 'turn.next' });
  game.send({ type: 'phase.next' });
  game.send({
    type: 'goal.set',
    playerId: 'p1',
    goal: { text: 'Wandelen', firstStep: 'Schoenen kopen', helpers: [{ kind: 'self' }], confidence: 7 },
  });
  game.send({ type: 'phase.next' });
  game.send({ type: 'session.finish' });
  return JSON.parse(JSON.stringify(game.summary('p1'))) as PlayerSummary;
}

describe('parseSummary', () => {
  it('keeps the player, the deck and the goals of a real summary, and leaves the answers behind', () => {
    const summary = downloadedSummary();
    const result = parseSummary(summary);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.summary.player.alias).toBe('Ann');
    expect(result.summary.deck).toEqual(summary.deck);
    expect(result.summary.goals.map((g) => g.firstStep)).toEqual(['Schoenen kopen']);
    expect(result.summary.lenses).toEqual({ want: [], can: [], do: [], need: [], more: [] });
  });

  it('says in plain words what is wrong, and never throws', () => {
    for (const data of [null, 42, 'text', [], {}, { sessionId: 's', lenses: {} }]) {
      const result = parseSummary(data);
      expect(result).toMatchObject({ ok: false, code: 'not-summary' });
      if (!result.ok) expect(result.message.nl).toBe('Dit is geen samenvatting van Ontdek & Doe.');
    }
    const broken = downloadedSummary() as unknown as { goals: Record<string, unknown>[] };
    broken.goals[0]!['confidence'] = 'heel erg';
    expect(parseSummary(broken)).toMatchObject({
      ok: false,
      code: 'bad-goal',
      message: { en: 'This summary has a goal that cannot be read.' },
    });
  });

  it('keeps text that looks like HTML as text', () => {
    const summary = downloadedSummary();
    summary.goals[0]!.text = '<img src=x onerror=alert(1)>';
    const result = parseSummary(summary);
    expect(result.ok && result.summary.goals[0]!.text).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('followUpFrom with summaries from outside', () => {
  it('refuses a broken summary with a FollowUpError that names which one, instead of crashing', () => {
    const good = downloadedSummary();
    const bad = { ...downloadedSummary(), player: { alias: 'no id' } };
    let error: unknown;
    try {
      followUpFrom([good, bad as unknown as PlayerSummary]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FollowUpError);
    expect((error as FollowUpError).messages).toEqual({
      nl: 'Samenvatting 2: Dit is geen samenvatting van Ontdek & Doe.',
      en: 'Summary 2: This is not an Ontdek & Doe summary.',
    });
  });

  it('refuses nothing at all in plain words', () => {
    expect(() => followUpFrom(null as unknown as PlayerSummary)).toThrow(FollowUpError);
    expect(() => followUpFrom([])).toThrow('Choose at least one summary to play a follow-up.');
  });

  it('starts a follow-up on the goals of a good summary', () => {
    const followUp = followUpFrom(downloadedSummary());
    expect(followUp.goals.map((g) => g.text)).toEqual(['Wandelen']);
    expect(followUp.players.map((p) => p.alias)).toEqual(['Ann']);
  });
});
