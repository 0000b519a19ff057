import type { GameSettings } from '@ontdek-doe/core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectAccessible } from '../testing/expectAccessible.ts';
import { gameDeck } from '../testing/gameDeck.ts';
import { deepActiveElement } from '../testing/mount.ts';
import {
  deep,
  hostOf,
  inside,
  liveRegion,
  mountGame,
  settled,
  tabTo,
  unmountGames,
} from '../testing/mountGame.ts';
import type { OntdekDoeGame } from '../ontdek-doe-game/ontdek-doe-game.ts';

afterEach(() => unmountGames());

const inCard = (selector: string) => inside('ontdek-doe-card', selector);
const inDiscover = (selector: string) => inside('ontdek-doe-discover', selector);

/** A game on the test deck, started on one card: `me-text` (seed 1, theme Ikzelf, depth 1, first draws). */
async function onCard(
  cardId: string,
  over: Partial<GameSettings> = {},
  lang = 'nl',
): Promise<{ game: OntdekDoeGame; heard: Awaited<ReturnType<typeof mountGame>>['heard'] }> {
  const { game, heard } = await mountGame({ lang }, { deck: gameDeck });
  game.game!.send({
    type: 'session.start',
    settings: {
      mode: 'solo',
      players: [{ alias: 'Sam' }],
      language: lang,
      themes: [],
      maxDepth: 3,
      cardsPerPlayer: 12,
      excludeSensitivity: [],
      seed: 1,
      ...over,
    },
  });
  // Pass (a turn of its own) until the wanted card is on the table.
  for (let i = 0; i < 30 && game.game!.view().card?.id !== cardId; i++) {
    game.game!.send({ type: i % 2 === 0 ? 'leader.redraw' : 'leader.skip' });
    if (game.game!.view().phase !== 'discover') break;
  }
  expect(game.game!.view().card?.id).toBe(cardId);
  await settled(game);
  return { game, heard };
}

const answer = (game: OntdekDoeGame) => game.game!.view().currentAnswer!;

describe('<ontdek-doe-discover>', () => {
  it('answering: given with help, shown back, starred and private with toggle buttons', async () => {
    const { game, heard } = await onCard('me-text', { mode: 'led' });
    await tabTo(inDiscover('input[name="given-by"]'), { game });
    await userEvent.keyboard('{ArrowDown}');
    await tabTo(inCard('textarea#text'), { game });
    await userEvent.keyboard('Goed luisteren');
    await tabTo(inCard('button.primary'), { game });
    await userEvent.keyboard('{Enter}');
    await settled(game);
    expect(answer(game)).toMatchObject({
      value: { kind: 'text', text: 'Goed luisteren' },
      givenBy: 'with-help',
    });
    expect(deepActiveElement()?.id).toBe('answer-title');
    expect(deep(game, '.answer-text').textContent).toBe('Goed luisteren');
    expect(deep(game, '.answered').textContent).toContain('Gegeven door: De speler, met hulp');
    await expect.poll(() => liveRegion(game)).toBe('Je antwoord is bewaard.');
    expect(heard.answers).toHaveLength(1);

    const star = await tabTo(inDiscover('button.star'), { game });
    expect(star.getAttribute('aria-pressed')).toBe('false');
    await userEvent.keyboard('{Enter}');
    await settled(game);
    expect(answer(game).starred).toBe(true);
    expect(deep(game, 'button.star').getAttribute('aria-pressed')).toBe('true');
    await tabTo(inDiscover('button.private'), { game });
    await userEvent.keyboard(' ');
    await settled(game);
    expect(answer(game).private).toBe(true);
    await expectAccessible(game);
  });

  it('Verander: the card again, the new words replace the old, focus back on the answer', async () => {
    const { game, heard } = await onCard('me-text', {}, 'en');
    game.game!.send({ type: 'player.answer', value: { kind: 'text', text: 'Cooking' }, starred: true });
    await settled(game);
    await tabTo(inDiscover('button.change'), { game });
    await userEvent.keyboard('{Enter}');
    await settled(game);
    expect(hostOf(deepActiveElement())?.localName).toBe('ontdek-doe-card');
    expect(deep(game, '.editing').textContent).toContain('Change your answer');
    await expectAccessible(game);
    await tabTo(inCard('textarea#text'), { game });
    await userEvent.keyboard('Cooking for friends');
    await tabTo(inCard('button.primary'), { game });
    await userEvent.keyboard('{Enter}');
    await settled(game);
    expect(answer(game)).toMatchObject({
      value: { kind: 'text', text: 'Cooking for friends' },
      starred: true,
    });
    expect(deep(game, '.answer-text').textContent).toBe('Cooking for friends');
    expect(deepActiveElement()?.id).toBe('answer-title');
    expect(heard.answers).toHaveLength(2);
    await expect.poll(() => liveRegion(game)).toBe('Your answer has been changed.');
  });

  it('Toch niet veranderen keeps the answer', async () => {
    const { game } = await onCard('me-text');
    game.game!.send({ type: 'player.answer', value: { kind: 'text', text: 'Fietsen' } });
    await settled(game);
    deep<HTMLButtonElement>(game, 'button.change').click();
    await settled(game);
    await tabTo((e) => e.textContent?.trim() === 'Toch niet veranderen', { game });
    await userEvent.keyboard('{Enter}');
    await settled(game);
    expect(deep(game, '.answer-text').textContent).toBe('Fietsen');
    expect(deepActiveElement()?.id).toBe('answer-title');
  });

  it('faces and choices are shown back in words', async () => {
    const faces = await onCard('me-faces');
    faces.game.game!.send({ type: 'player.answer', value: { kind: 'faces', face: 4 } });
    await settled(faces.game);
    expect(deep(faces.game, '.answer-text').textContent).toMatch(/fijn/);
    unmountGames();
    const choice = await onCard('me-choice-many', {}, 'en');
    choice.game.game!.send({ type: 'player.answer', value: { kind: 'choice', options: ['rest', 'music'] } });
    await settled(choice.game);
    expect(deep(choice.game, '.answer-text').textContent).toBe('Rest, Music');
    unmountGames();
    const talk = await onCard('me-talk');
    talk.game.game!.send({ type: 'player.answer', value: { kind: 'talk' } });
    await settled(talk.game);
    expect(deep(talk.game, '.answer-text').textContent).toBe('Je hebt het hardop verteld.');
  });

  it('Overslaan passes the card, says it is fine, and the next question gets focus', async () => {
    const { game } = await onCard('me-text');
    await tabTo(inCard('button.pass'), { game });
    await userEvent.keyboard('{Enter}');
    await settled(game);
    expect(game.game!.getSession().history.at(-1)).toMatchObject({ cardId: 'me-text', outcome: 'passed' });
    await expect.poll(() => liveRegion(game)).toBe('Kaart overgeslagen. Dat is helemaal goed.');
    expect(deepActiveElement()?.getAttribute('part')).toBe('question');
  });

  it('Taal / Makkelijk lezen switches the current player’s language and reading level', async () => {
    const { game } = await onCard('me-talk');
    const question = () => deep(deep(game, 'ontdek-doe-card'), '[part="question"]').textContent?.trim();
    expect(question()).toBe('Wat zou je graag willen leren?');
    await tabTo(inDiscover('summary'), { game });
    await userEvent.keyboard('{Enter}');
    await tabTo(inDiscover('#player-easy'), { game });
    await userEvent.keyboard(' ');
    await settled(game);
    expect(question()).toBe('Wat wil je leren?');
    await userEvent.selectOptions(deep<HTMLSelectElement>(game, '#player-language'), 'ar');
    await settled(game);
    expect(game.game!.getSession().players[0]).toMatchObject({ language: 'ar', reading: 'easy' });
    const card = deep(game, 'ontdek-doe-card');
    expect(question()).toBe('ما الذي تود أن تتعلمه؟');
    expect(card.getAttribute('lang')).toBe('ar');
    expect(card.getAttribute('dir')).toBe('rtl');
    await expectAccessible(game);
  });

  it('the leader’s panel (led): hints and follow-up questions, sensitive topics in words, the leader’s buttons', async () => {
    const { game } = await onCard('me-talk', { mode: 'led' });
    const panel = deep(game, '[part="leader"]');
    expect(panel.querySelector('h3')?.textContent).toBe('Alleen voor de spelleider');
    expect(panel.textContent).toContain('Geef de tijd. Stilte is goed.');
    expect(panel.textContent).toContain('Wat zou je als eerste doen?');
    expect([...panel.querySelectorAll('button')].map((b) => b.textContent?.trim())).toEqual([
      'Kaart overslaan',
      'Andere kaart',
      'Pauze',
      'Dit deel afronden',
    ]);
    // Once answered, skip and another card are gone; the card's own hints stay.
    game.game!.send({ type: 'player.answer', value: { kind: 'talk' } });
    await settled(game);
    expect(
      [...deep(game, '[part="leader"]').querySelectorAll('button')].map((b) => b.textContent?.trim()),
    ).toEqual(['Pauze', 'Dit deel afronden']);
    unmountGames();
    const faces = await onCard('me-faces', { mode: 'led' });
    const facesPanel = deep(faces.game, '[part="leader"]');
    expect(facesPanel.textContent).toContain('Geen tips bij deze kaart.');
    expect(facesPanel.textContent).toContain('Gevoelig onderwerp: Gezondheid');
    await tabTo(inDiscover('button.end-phase'), { game: faces.game });
    await userEvent.keyboard('{Enter}');
    await settled(faces.game);
    expect(faces.game.game!.view().phase).toBe('matters');
  });

  it('no leader’s panel, and no choice of who gives the answer, when playing alone', async () => {
    const { game } = await onCard('me-talk');
    expect(() => deep(game, '[part="leader"]')).toThrow();
    expect(() => deep(game, '.given-by')).toThrow();
  });

  it('a refused step is shown in the UI language and announced: an empty reaction', async () => {
    const { game } = await onCard('me-talk', { mode: 'group', players: [{ alias: 'Ann' }, { alias: 'Bo' }] });
    deep<HTMLButtonElement>(game, '.handover button').click();
    await settled(game);
    game.game!.send({ type: 'player.answer', value: { kind: 'talk' } });
    await settled(game);
    expect(deep<HTMLSelectElement>(game, '#react-who').value).toBe('p2');
    await tabTo(inDiscover('button.react'), { game });
    await userEvent.keyboard('{Enter}');
    await settled(game);
    const problem = deep(game, '#refusal');
    expect(problem.textContent).toBe('Schrijf een korte reactie (korter dan 500 tekens).');
    expect(deepActiveElement()?.id).toBe('react-text');
    expect(deepActiveElement()?.getAttribute('aria-describedby')).toBe('refusal');
    await expect.poll(() => liveRegion(game)).toBe('Schrijf een korte reactie (korter dan 500 tekens).');
    await expectAccessible(game);
  });
});
