import { cardPrompt } from '@ontdek-doe/core';
import { sampleDeck } from '@ontdek-doe/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectAccessible } from '../testing/expectAccessible.ts';
import { gameInMatters, mountPhase, settle, unmountPhases } from '../testing/gameHarness.ts';
import { tabTo } from '../testing/keyboard.ts';
import { deepActiveElement } from '../testing/mount.ts';
import '../define/ontdek-doe-matters.ts';
import type { OntdekDoeMatters } from './ontdek-doe-matters.ts';

afterEach(() => unmountPhases());

function shadow(element: OntdekDoeMatters) {
  return element.shadowRoot!;
}

/** Tab to the checkbox whose label contains `text` and tick it with Space. */
async function tick(element: OntdekDoeMatters, text: string) {
  element.focusHeading();
  for (let i = 0; i < 30; i++) {
    await userEvent.tab();
    const active = deepActiveElement();
    if (active instanceof HTMLInputElement && active.closest('label')?.textContent?.includes(text)) {
      await userEvent.keyboard(' ');
      await settle(element);
      return;
    }
  }
  throw new Error(`No checkbox with "${text}"`);
}

describe('<ontdek-doe-matters>', () => {
  it('shows the starred answers in the player’s own words with the question small above, the themes and an own-words field', async () => {
    const game = gameInMatters();
    const { element } = await mountPhase('ontdek-doe-matters', game);
    await expect
      .element(page.getByRole('heading', { level: 2, name: 'Wat vind ik belangrijk?' }))
      .toBeVisible();
    const group = page.getByRole('group', { name: 'Wat jij belangrijk vond' });
    await expect.element(group).toBeVisible();
    const starred = game.getSession().answers.filter((a) => a.starred);
    expect(starred).toHaveLength(2);
    const options = shadow(element).querySelectorAll('fieldset')[0]!.querySelectorAll('label.option');
    expect(options).toHaveLength(2);
    const card = sampleDeck.cards.find((c) => c.id === starred[0]!.cardId)!;
    expect(options[0]!.querySelector('.question')?.textContent).toBe(
      cardPrompt(card, sampleDeck, 'nl', 'standard'),
    );
    expect(options[0]!.querySelector('.words')?.textContent).toContain('Mijn woorden 1');
    await expect.element(page.getByRole('group', { name: 'Thema’s' })).toBeVisible();
    await expect.element(page.getByRole('checkbox', { name: 'Contact met anderen' })).toBeVisible();
    await expect.element(page.getByRole('textbox', { name: 'In je eigen woorden' })).toBeVisible();
    expect(shadow(element).querySelector('#count')?.textContent).toContain('Gekozen: 0 van de 3');
    await expectAccessible(element);
  });

  it('keyboard only: tick an answer and a theme, write own words, Verder saves them and moves to the Do phase', async () => {
    const game = gameInMatters();
    const { element, provider } = await mountPhase('ontdek-doe-matters', game);
    await tick(element, 'Mijn woorden 1');
    await tick(element, 'Wonen');
    await tabTo('input#own');
    await userEvent.keyboard('Mijn familie');
    await settle(element);
    expect(shadow(element).querySelector('#count')?.textContent).toContain('Gekozen: 3 van de 3');
    await tabTo('button.primary');
    expect(deepActiveElement()?.textContent?.trim()).toBe('Verder');
    await userEvent.keyboard('{Enter}');
    const first = game.getSession().answers[0]!;
    expect(game.getSession().matters['p1']).toEqual([
      { type: 'answer', answerId: first.id },
      { type: 'theme', themeId: 'home' },
      { type: 'own', text: 'Mijn familie' },
    ]);
    expect(game.view().phase).toBe('do');
    expect(provider.announcements).toContain('Bewaard wat Sam belangrijk vindt.');
  });

  it('explains the limit instead of blocking: a fourth choice stays ticked, the message says to take one away, and the game’s refusal shows by the choices', async () => {
    const game = gameInMatters({ language: 'en' });
    const { element, provider } = await mountPhase('ontdek-doe-matters', game, { lang: 'en' });
    for (const text of ['Mijn woorden 1', 'Myself', 'Home', 'Contact with others']) await tick(element, text);
    expect(shadow(element).querySelectorAll('input:checked')).toHaveLength(4);
    const limit = shadow(element).querySelector('#limit')!;
    expect(limit.textContent?.trim()).toBe('You have chosen 4. You can choose up to 3. Take one away.');
    expect(limit.classList.contains('visually-hidden')).toBe(false);
    expect(provider.announcements).toEqual(['You have chosen 4. You can choose up to 3. Take one away.']);
    for (const fieldset of shadow(element).querySelectorAll('fieldset'))
      expect(fieldset.getAttribute('aria-describedby')).toContain('limit');
    await expectAccessible(element);

    await tabTo('button.primary');
    await userEvent.keyboard('{Enter}');
    await settle(element);
    expect(game.view().phase).toBe('matters');
    expect(limit.textContent?.trim()).toBe('Choose at most 3 things that matter to you.');
    expect(deepActiveElement()?.matches('input:checked')).toBe(true);
    await expectAccessible(element);

    await tick(element, 'Home');
    expect(limit.textContent?.trim()).toBe('');
    await tabTo('button.primary');
    await userEvent.keyboard('{Enter}');
    expect(game.view().phase).toBe('do');
  });

  it('a player who starred nothing is told kindly and sees their other answers', async () => {
    const game = gameInMatters({ star: () => false, private: (n) => n === 1 });
    const { element } = await mountPhase('ontdek-doe-matters', game);
    expect(shadow(element).querySelector('.note')?.textContent).toContain(
      'Je hebt geen antwoord als belangrijk gemarkeerd. Dat geeft niet.',
    );
    await expect.element(page.getByRole('group', { name: 'Je antwoorden' })).toBeVisible();
    const answers = shadow(element).querySelectorAll('fieldset')[0]!.querySelectorAll('label.option');
    expect(answers).toHaveLength(4);
    expect(answers[1]!.textContent).toContain('Alleen voor mij');
    expect([...answers].some((a) => a.textContent?.includes('Hardop verteld'))).toBe(true);
    await expectAccessible(element);
  });

  it('a group: each player in turn, "Verder met …" passes the turn and focus goes to the heading', async () => {
    const game = gameInMatters({ aliases: ['Ann', 'Bo'], cardsPerPlayer: 2 });
    const { element } = await mountPhase('ontdek-doe-matters', game);
    expect(shadow(element).querySelector('.player')?.textContent).toBe('Ann is aan de beurt');
    await tick(element, 'Ikzelf');
    await tabTo('button.primary');
    expect(deepActiveElement()?.textContent?.trim()).toBe('Verder met Bo');
    await userEvent.keyboard('{Enter}');
    await settle(element);
    expect(game.view().currentPlayer?.alias).toBe('Bo');
    expect(shadow(element).querySelector('.player')?.textContent).toBe('Bo is aan de beurt');
    expect(deepActiveElement()).toBe(shadow(element).querySelector('[data-heading]'));
    expect(shadow(element).querySelectorAll('input:checked')).toHaveLength(0);
    await expectAccessible(element);
    await tabTo('button.primary');
    expect(deepActiveElement()?.textContent?.trim()).toBe('Verder');
    await userEvent.keyboard('{Enter}');
    expect(game.getSession().matters).toEqual({ p1: [{ type: 'theme', themeId: 'myself' }], p2: [] });
    expect(game.view().phase).toBe('do');
  });

  it('a player without written answers gets the themes and their own words', async () => {
    const game = gameInMatters({ pass: () => true });
    expect(game.getSession().answers).toHaveLength(0);
    const { element } = await mountPhase('ontdek-doe-matters', game);
    expect(shadow(element).querySelector('.note')?.textContent).toBe(
      'Er zijn geen opgeschreven antwoorden. Kies een thema, of schrijf het in je eigen woorden.',
    );
    expect(shadow(element).querySelectorAll('fieldset')).toHaveLength(1);
    await expectAccessible(element);
  });

  for (const lang of ['nl', 'en'])
    it(`is accessible in ${lang}: empty, filled and in a group`, async () => {
      const solo = await mountPhase('ontdek-doe-matters', gameInMatters({ language: lang }), { lang });
      await expectAccessible(solo.element);
      await tick(solo.element, lang === 'nl' ? 'Wonen' : 'Home');
      await expectAccessible(solo.element);
      unmountPhases();
      const group = await mountPhase(
        'ontdek-doe-matters',
        gameInMatters({ aliases: ['Ann', 'Bo'], language: lang }),
        {
          lang,
        },
      );
      await expectAccessible(group.element);
    });

  it('renders nothing outside its phase', async () => {
    const game = gameInMatters();
    const { element } = await mountPhase('ontdek-doe-matters', game);
    game.send({ type: 'phase.next' });
    await settle(element);
    expect(shadow(element).querySelector('section')).toBeNull();
  });
});
