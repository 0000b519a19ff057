import { createGame, followUpFrom, type GameSettings } from '@ontdek-doe/core';
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

describe('"Lees voor" on every step after discover', () => {
  /** Types into a field of a phase element as a person would (the input event included). */
  function fill(root: Element, selector: string, text: string) {
    const field = deep<HTMLTextAreaElement>(root, selector);
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  it('what matters and each of the seven goal steps: the step’s question, in the game’s language', async () => {
    const { synth, spoken } = recordingSynth();
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    const { game } = await mountGame({ lang: 'nl' }, { deck: gameDeck });
    game.game!.send({ type: 'session.start', settings: { ...settings, players: [{ alias: 'Sam' }] } });
    game.game!.send({ type: 'leader.endPhase' });
    await settled(game);
    await tabTo(inside('ontdek-doe-matters', 'button.read-aloud'), { game });
    expect(deepActiveElement()?.textContent?.trim()).toBe('Lees voor');
    await userEvent.keyboard('{Enter}');
    expect(spoken.at(-1)).toEqual(
      expect.objectContaining({ text: expect.stringContaining('Wat vind ik belangrijk?'), lang: 'nl' }),
    );

    game.game!.send({ type: 'phase.next' });
    await settled(game);
    const goals = deep(game, 'ontdek-doe-goals');
    const steps = [
      'Wat is je doel?',
      'Bij welk thema hoort je doel?',
      'Wat is je eerste kleine stap? Bijvoorbeeld: morgen de bibliotheek bellen.',
      'Wanneer zet je die stap?',
      'Wie kan je helpen?',
      'Wat heb je nodig?',
      'Hoe zeker ben je dat het lukt?',
    ];
    for (const [i, words] of steps.entries()) {
      deep<HTMLButtonElement>(goals, 'button.read-aloud').click();
      expect(spoken.at(-1), `step ${i + 1}`).toEqual(
        expect.objectContaining({ text: expect.stringContaining(words), lang: 'nl' }),
      );
      if (i === 0) fill(goals, '#goal-text', 'Wandelen');
      if (i === 2) fill(goals, '#first-step', 'Morgen');
      if (i < steps.length - 1) {
        deep<HTMLButtonElement>(goals, 'button.primary').click();
        await settled(game);
      }
    }
    game.lang = 'en';
    await settled(game);
    deep<HTMLButtonElement>(goals, 'button.read-aloud').click();
    expect(spoken.at(-1)).toEqual(
      expect.objectContaining({ text: expect.stringContaining('How confident are you'), lang: 'en' }),
    );
  });

  it('the check-in: the earlier goal, its first step and "Hoe ging het?"', async () => {
    const { synth, spoken } = recordingSynth();
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    const first = createGame({ deck: gameDeck });
    first.send({ type: 'session.start', settings: { ...settings, players: [{ alias: 'Sam' }] } });
    first.send({ type: 'leader.endPhase' });
    first.send({ type: 'phase.next' });
    first.send({
      type: 'goal.set',
      playerId: 'p1',
      goal: { text: 'Elke dag wandelen', firstStep: 'Morgen een rondje', helpers: [], confidence: 6 },
    });
    const { game } = await mountGame(
      { lang: 'nl' },
      { deck: gameDeck, followUp: followUpFrom([first.summary('p1')!]) },
    );
    game.game!.send({
      type: 'session.start',
      settings: { ...settings, players: [{ alias: 'Sam' }], cardsPerPlayer: 0 },
    });
    await settled(game);
    await tabTo(inside('ontdek-doe-checkin', 'button.read-aloud'), { game });
    await userEvent.keyboard('{Enter}');
    expect(spoken.at(-1)).toEqual(
      expect.objectContaining({
        text: 'Je doel was: Elke dag wandelen. Je eerste stap was: Morgen een rondje. Hoe ging het?',
        lang: 'nl',
      }),
    );
  });

  it('no button on any step where the browser cannot speak', async () => {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    const { game } = await mountGame({ lang: 'nl' }, { deck: gameDeck });
    game.game!.send({ type: 'session.start', settings: { ...settings, players: [{ alias: 'Sam' }] } });
    game.game!.send({ type: 'leader.endPhase' });
    await settled(game);
    expect(deep(game, 'ontdek-doe-matters')).toBeTruthy();
    expect(() => deep(game, 'button.read-aloud')).toThrow();
    game.game!.send({ type: 'phase.next' });
    await settled(game);
    expect(deep(game, 'ontdek-doe-goals')).toBeTruthy();
    expect(() => deep(game, 'button.read-aloud')).toThrow();
  });
});
