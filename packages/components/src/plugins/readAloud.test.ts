import { createGame, type GameSettings } from '@ontdek-doe/core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { gameDeck } from '../testing/gameDeck.ts';
import { deepActiveElement } from '../testing/mount.ts';
import { deep, inside, mountGame, settled, tabTo, unmountGames } from '../testing/mountGame.ts';
import { readAloudPlugin, type SpeechSynthesisLike } from './readAloud.ts';

/** A speechSynthesis that records what it is asked to say. */
function recordingSynth(voices: Partial<SpeechSynthesisVoice>[] = []) {
  const spoken: { text: string; lang: string; voice: string | null; rate: number }[] = [];
  let cancels = 0;
  const synth: SpeechSynthesisLike = {
    speak: (u) =>
      void spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null, rate: u.rate }),
    cancel: () => void cancels++,
    getVoices: () => voices as SpeechSynthesisVoice[],
  };
  return { synth, spoken, cancels: () => cancels };
}

const settings: GameSettings = {
  mode: 'solo',
  players: [{ alias: 'Sam', language: 'en' }],
  language: 'nl',
  themes: ['myself'],
  maxDepth: 1,
  cardsPerPlayer: 3,
  excludeSensitivity: [],
  seed: 2,
};

afterEach(() => {
  unmountGames();
  delete (window as { speechSynthesis?: unknown }).speechSynthesis;
});

describe('od:read-aloud', () => {
  it('speaks the question of the card in play, in its language, with a local voice for it', () => {
    const { synth, spoken } = recordingSynth([
      { name: 'Remote English', lang: 'en-US', localService: false },
      { name: 'Local English', lang: 'en-GB', localService: true },
      { name: 'Xander', lang: 'nl-NL', localService: true },
    ]);
    // Fake voices are plain objects, which a real utterance refuses: a plain utterance goes with them.
    const utterance = (text: string) =>
      ({ text, lang: '', rate: 1, voice: null }) as unknown as SpeechSynthesisUtterance;
    const readAloud = readAloudPlugin({ synth, utterance });
    const game = createGame({ deck: gameDeck, plugins: [readAloud] });
    expect(readAloud.supported).toBe(true);
    expect(readAloud.speak()).toBe(false);
    game.send({ type: 'session.start', settings });
    const card = game.view().card!;
    expect(readAloud.current()).toEqual({ text: card.prompt, language: 'en' });
    expect(readAloud.speak()).toBe(true);
    expect(spoken).toEqual([{ text: card.prompt, lang: 'en', voice: 'Local English', rate: 0.9 }]);
  });

  it('reads what the player sees now: after switching to easy reading, the easy text', () => {
    const { synth, spoken } = recordingSynth();
    const readAloud = readAloudPlugin({ synth });
    const game = createGame({ deck: gameDeck, plugins: [readAloud] });
    game.send({ type: 'session.start', settings: { ...settings, players: [{ alias: 'Sam' }], seed: 1 } });
    while (game.view().card?.id !== 'me-talk') game.send({ type: 'player.pass' });
    game.send({ type: 'player.language', playerId: 'p1', reading: 'easy' });
    readAloud.speak();
    expect(spoken[0]).toMatchObject({ text: 'Wat wil je leren?', lang: 'nl', voice: null });
  });

  it('stops speaking when another card is shown', () => {
    const { synth, cancels } = recordingSynth();
    const readAloud = readAloudPlugin({ synth });
    const game = createGame({ deck: gameDeck, plugins: [readAloud] });
    game.send({ type: 'session.start', settings });
    const before = cancels();
    game.send({ type: 'player.pass' });
    expect(cancels()).toBe(before + 1);
  });

  it('without speechSynthesis it is not supported and says nothing', () => {
    const readAloud = readAloudPlugin({ synth: null });
    const game = createGame({ deck: gameDeck, plugins: [readAloud] });
    game.send({ type: 'session.start', settings });
    expect(readAloud.supported).toBe(false);
    expect(readAloud.speak()).toBe(false);
  });
});

describe('the read-aloud button in <ontdek-doe-game>', () => {
  it('sits in the card’s read-aloud slot and reads the question with the keyboard', async () => {
    const { synth, spoken } = recordingSynth();
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    const { game } = await mountGame({ lang: 'nl' }, { deck: gameDeck });
    game.game!.send({ type: 'session.start', settings });
    await settled(game);
    const button = deep(game, 'ontdek-doe-card > button[slot="read-aloud"]');
    expect(button.textContent?.trim()).toBe('Lees voor');
    await tabTo(inside('ontdek-doe-discover', 'button.read-aloud'), { game });
    expect(deepActiveElement()).toBe(button);
    await userEvent.keyboard('{Enter}');
    const card = game.game!.view().card!;
    expect(spoken).toEqual([expect.objectContaining({ text: card.prompt, lang: 'en' })]);
  });

  it('is absent where the browser has no speechSynthesis', async () => {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    const { game } = await mountGame({ lang: 'nl' }, { deck: gameDeck });
    game.game!.send({ type: 'session.start', settings });
    await settled(game);
    expect(deep(game, 'ontdek-doe-card')).toBeTruthy();
    expect(() => deep(game, 'button.read-aloud')).toThrow();
  });
});
