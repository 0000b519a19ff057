import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectAccessible } from '../testing/expectAccessible.ts';
import {
  gameInDo,
  gameInMatters,
  goalInput,
  mountPhase,
  settle,
  unmountPhases,
} from '../testing/gameHarness.ts';
import { press, tabTo } from '../testing/keyboard.ts';
import { deepActiveElement } from '../testing/mount.ts';
import '../define/ontdek-doe-goals.ts';
import type { OntdekDoeGoals } from './ontdek-doe-goals.ts';

afterEach(() => unmountPhases());

const $ = <T extends Element = HTMLElement>(element: OntdekDoeGoals, selector: string) =>
  element.shadowRoot!.querySelector<T>(selector);

/** The text of the step heading, and that it has focus. */
async function expectStep(element: OntdekDoeGoals, progress: string, heading: string) {
  await settle(element);
  expect($(element, '[part="progress"]')?.textContent?.trim()).toBe(progress);
  const stepHeading = $(element, '#step-heading')!;
  expect(stepHeading.textContent?.trim()).toBe(heading);
  expect(deepActiveElement()).toBe(stepHeading);
}

/** Presses Next (or Save) with the keyboard. */
async function next(element: OntdekDoeGoals) {
  await press('button.primary');
  await settle(element);
}

describe('<ontdek-doe-goals>: the step-by-step form', () => {
  it('keyboard only: one question per step with its heading and "Stap n van 7", then a goal card', async () => {
    const game = gameInDo();
    const { element, provider } = await mountPhase('ontdek-doe-goals', game);
    expect($(element, '[part="progress"]')?.textContent?.trim()).toBe('Stap 1 van 7');
    await expect.element(page.getByRole('heading', { level: 3, name: 'Wat is je doel?' })).toBeVisible();
    element.focusHeading();
    expect(deepActiveElement()?.id).toBe('step-heading');

    await tabTo('textarea#goal-text');
    await userEvent.keyboard('Meer naar buiten gaan');
    await next(element);
    await expectStep(element, 'Stap 2 van 7', 'Bij welk thema hoort je doel?');
    await expect
      .element(page.getByRole('radiogroup', { name: 'Bij welk thema hoort je doel?' }))
      .toBeVisible();
    await tabTo('input[type="radio"]');
    await userEvent.keyboard('{ArrowDown}'); // Geen thema → Ikzelf
    await expect.element(page.getByRole('radio', { name: 'Ikzelf' })).toBeChecked();
    await next(element);

    await expectStep(element, 'Stap 3 van 7', 'Wat is je eerste kleine stap?');
    expect($(element, '#step-example')?.textContent).toBe('Bijvoorbeeld: morgen de bibliotheek bellen.');
    await tabTo('textarea#first-step');
    await userEvent.keyboard('Een rondje om het huis lopen');
    await next(element);

    await expectStep(element, 'Stap 4 van 7', 'Wanneer zet je die stap?');
    await press('button[aria-pressed]', 'deze week');
    await settle(element);
    expect($<HTMLInputElement>(element, '#when')?.value).toBe('deze week');
    await next(element);

    await expectStep(element, 'Stap 5 van 7', 'Wie kan je helpen?');
    await tabTo('input#help-network');
    await userEvent.keyboard(' ');
    await settle(element);
    await tabTo('input#network-who');
    await userEvent.keyboard('mijn buurvrouw');
    await tabTo('input#help-self');
    await userEvent.keyboard(' ');
    await next(element);

    await expectStep(element, 'Stap 6 van 7', 'Wat heb je nodig?');
    await next(element); // optional

    await expectStep(element, 'Stap 7 van 7', 'Hoe zeker ben je?');
    expect(element.shadowRoot!.querySelectorAll('input[type="radio"]')).toHaveLength(10);
    for (const n of [1, 5, 10])
      await expect.element(page.getByRole('radio', { name: String(n), exact: true })).toBeVisible();
    await tabTo('input[type="radio"]');
    await userEvent.keyboard(
      ' {ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}',
    );
    await expect.element(page.getByRole('radio', { name: '8', exact: true })).toBeChecked();
    expect($(element, '.smaller')).toBeNull();
    await tabTo('button.primary');
    expect(deepActiveElement()?.textContent?.trim()).toBe('Bewaar doel');
    await userEvent.keyboard('{Enter}');
    await settle(element);

    expect(game.getSession().goals).toEqual([
      {
        id: expect.any(String),
        playerId: 'p1',
        text: 'Meer naar buiten gaan',
        theme: 'myself',
        firstStep: 'Een rondje om het huis lopen',
        when: 'deze week',
        helpers: [{ kind: 'self' }, { kind: 'network', who: 'mijn buurvrouw' }],
        confidence: 8,
      },
    ]);
    expect(provider.announcements.at(-1)).toBe('Doel bewaard.');
    expect(deepActiveElement()).toBe($(element, '[data-heading]'));
    const card = $(element, '[part="goal"]')!;
    expect(card.textContent).toContain('Meer naar buiten gaan');
    expect(card.textContent).toContain('Een rondje om het huis lopen');
    expect(card.textContent).toContain('Ikzelf; Iemand die ik ken (mijn buurvrouw)');
    expect(card.textContent).toContain('8 van 10');
    await expectAccessible(element);
  });

  it('Back goes to the step before, keeping what was written', async () => {
    const { element } = await mountPhase('ontdek-doe-goals', gameInDo());
    await tabTo('textarea#goal-text');
    await userEvent.keyboard('Koken');
    await next(element);
    await press('button', 'Vorige');
    await expectStep(element, 'Stap 1 van 7', 'Wat is je doel?');
    expect($<HTMLTextAreaElement>(element, '#goal-text')?.value).toBe('Koken');
  });

  it('a missing goal or first step is said at the field, which gets focus', async () => {
    const { element, provider } = await mountPhase('ontdek-doe-goals', gameInDo());
    await next(element);
    const field = $(element, '#goal-text')!;
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe('error-goal');
    expect($(element, '#error-goal')?.textContent?.trim()).toBe('Schrijf eerst je doel op.');
    expect(deepActiveElement()).toBe(field);
    expect(provider.announcements).toEqual(['Schrijf eerst je doel op.']);
    await expectAccessible(element);
    await userEvent.keyboard('Koken');
    await settle(element);
    expect(field.hasAttribute('aria-invalid')).toBe(false);
    await next(element);
    await next(element);
    await next(element);
    expect($(element, '#error-step')?.textContent?.trim()).toBe('Schrijf eerst een kleine stap op.');
    expect(deepActiveElement()?.id).toBe('first-step');
  });

  it('the game’s refusal is shown at the field it is about: no number chosen → at the confidence scale', async () => {
    const game = gameInDo({ language: 'en' });
    const { element, provider } = await mountPhase('ontdek-doe-goals', game, { lang: 'en' });
    await tabTo('textarea#goal-text');
    await userEvent.keyboard('Cook');
    for (let i = 0; i < 2; i++) await next(element);
    await tabTo('textarea#first-step');
    await userEvent.keyboard('Buy rice');
    for (let i = 0; i < 4; i++) await next(element);
    await expectStep(element, 'Step 7 of 7', 'How confident are you?');
    await next(element); // Save goal, with no number
    expect(game.getSession().goals).toHaveLength(0);
    const scale = $(element, 'fieldset.confidence')!;
    expect(scale.getAttribute('aria-invalid')).toBe('true');
    expect(scale.getAttribute('aria-describedby')).toContain('error-confidence');
    expect($(element, '#error-confidence')?.textContent?.trim()).toBe(
      'Choose how confident you are: a number from 1 to 10.',
    );
    expect(deepActiveElement()?.matches('input[type="radio"]')).toBe(true);
    expect(provider.announcements.at(-1)).toBe('Choose how confident you are: a number from 1 to 10.');
    await expectAccessible(element);
    await userEvent.keyboard(' ');
    await settle(element);
    expect($(element, '#error-confidence')?.textContent?.trim()).toBe('');
    await next(element);
    expect(game.getSession().goals).toHaveLength(1);
  });

  it('a low number gets a kind word, and "Stap kleiner maken" goes back to the first step field', async () => {
    const { element } = await mountPhase('ontdek-doe-goals', gameInDo());
    await tabTo('textarea#goal-text');
    await userEvent.keyboard('Sporten');
    await next(element);
    await next(element);
    await tabTo('textarea#first-step');
    await userEvent.keyboard('Elke dag een uur rennen');
    for (let i = 0; i < 4; i++) await next(element);
    await tabTo('input[type="radio"]');
    await userEvent.keyboard(' {ArrowRight}');
    await settle(element);
    expect($(element, '.smaller')?.textContent).toContain('Maak de stap kleiner? Een kleine stap telt ook.');
    await expectAccessible(element);
    await press('button', 'Stap kleiner maken');
    await settle(element);
    expect($(element, '[part="progress"]')?.textContent?.trim()).toBe('Stap 3 van 7');
    expect(deepActiveElement()?.id).toBe('first-step');
  });

  it('what matters is offered as a start: it fills the goal, and an answer’s theme and id go with it', async () => {
    const game = gameInMatters();
    const answer = game.getSession().answers.find((a) => a.starred)!;
    game.send({
      type: 'matters.choose',
      playerId: 'p1',
      items: [
        { type: 'answer', answerId: answer.id },
        { type: 'own', text: 'Mijn kleinkinderen' },
      ],
    });
    game.send({ type: 'phase.next' });
    const { element } = await mountPhase('ontdek-doe-goals', game);
    await expect
      .element(page.getByRole('group', { name: 'Of neem over wat je belangrijk vindt:' }))
      .toBeVisible();
    await press('button[aria-pressed]', 'Mijn woorden 1');
    await settle(element);
    expect($<HTMLTextAreaElement>(element, '#goal-text')?.value).toBe('Mijn woorden 1');
    await expectAccessible(element);
    await next(element);
    const card = game.deck.cards.find((c) => c.id === answer.cardId)!;
    await expect
      .element(page.getByRole('radio', { checked: true }))
      .toHaveAccessibleName(game.deck.themes.find((t) => t.id === card.theme)!.title.nl!);
    await next(element);
    await tabTo('textarea#first-step');
    await userEvent.keyboard('Bellen');
    for (let i = 0; i < 4; i++) await next(element);
    await tabTo('input[type="radio"]');
    await userEvent.keyboard(' ');
    await next(element);
    expect(game.getSession().goals[0]).toMatchObject({
      text: 'Mijn woorden 1',
      fromAnswerId: answer.id,
      theme: card.theme,
    });
  });
});

describe('<ontdek-doe-goals>: the goal cards', () => {
  /** A game in Do where player 1 already has `count` goals. */
  function withGoals(count: number, options: Parameters<typeof gameInDo>[0] = {}) {
    const game = gameInDo(options);
    for (let i = 0; i < count; i++)
      game.send({ type: 'goal.set', playerId: 'p1', goal: goalInput(`Doel ${i + 1}`, { theme: 'home' }) });
    return game;
  }

  it('starts with the cards when the player has goals; Change loads a goal into the form and saves it with goal.update', async () => {
    const game = withGoals(1);
    const { element, provider } = await mountPhase('ontdek-doe-goals', game);
    await expect.element(page.getByRole('heading', { name: 'Je doelen' })).toBeVisible();
    await expect.element(page.getByRole('article', { name: 'Doel 1' })).toBeVisible();
    await press('button.edit');
    await settle(element);
    await expect.element(page.getByRole('heading', { level: 2, name: 'Doel aanpassen' })).toBeVisible();
    expect($<HTMLTextAreaElement>(element, '#goal-text')?.value).toBe('Doel 1');
    for (let i = 0; i < 2; i++) await next(element);
    await tabTo('textarea#first-step');
    await userEvent.keyboard(' en koffie zetten');
    for (let i = 0; i < 5; i++) await next(element);
    expect(game.getSession().goals).toHaveLength(1);
    expect(game.getSession().goals[0]).toMatchObject({
      text: 'Doel 1',
      theme: 'home',
      firstStep: 'Eerste stap voor doel 1 en koffie zetten',
      helpers: [{ kind: 'network', who: 'mijn zus' }],
      confidence: 7,
    });
    expect(provider.announcements.at(-1)).toBe('Doel aangepast.');
  });

  it('Remove asks first; "Nee, houden" keeps it, "Ja, weghalen" sends goal.remove', async () => {
    const game = withGoals(2);
    const { element, provider } = await mountPhase('ontdek-doe-goals', game);
    await press('button.remove');
    await settle(element);
    expect(deepActiveElement()?.textContent?.trim()).toBe('Nee, houden');
    await expect.element(page.getByRole('group', { name: 'Dit doel weghalen?' })).toBeVisible();
    await expectAccessible(element);
    await userEvent.keyboard('{Enter}');
    await settle(element);
    expect(game.getSession().goals).toHaveLength(2);
    expect(deepActiveElement()?.matches('button.remove')).toBe(true);
    await userEvent.keyboard('{Enter}');
    await settle(element);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(deepActiveElement()?.textContent?.trim()).toBe('Ja, weghalen');
    await userEvent.keyboard('{Enter}');
    await settle(element);
    expect(game.getSession().goals.map((g) => g.text)).toEqual(['Doel 2']);
    expect(provider.announcements.at(-1)).toBe('Doel weggehaald.');
    expect(deepActiveElement()).toBe($(element, '[data-heading]'));
  });

  it('at 3 goals the limit is said in words instead of a button', async () => {
    const { element } = await mountPhase('ontdek-doe-goals', withGoals(3));
    expect($(element, '.note')?.textContent?.trim()).toBe(
      'Je hebt 3 doelen. Meer kan niet: kleine stappen zijn genoeg!',
    );
    expect(element.shadowRoot!.textContent).not.toContain('Nog een doel');
    await expectAccessible(element);
  });

  it('with fewer, "Nog een doel" says the limit too, and opens an empty form at step 1', async () => {
    const { element } = await mountPhase('ontdek-doe-goals', withGoals(1));
    const another = page.getByRole('button', { name: 'Nog een doel' });
    await expect.element(another).toHaveAccessibleDescription('Je kunt hoogstens 3 doelen maken.');
    await press('button', 'Nog een doel');
    await expectStep(element, 'Stap 1 van 7', 'Wat is je doel?');
    expect($<HTMLTextAreaElement>(element, '#goal-text')?.value).toBe('');
  });

  it('a refusal that is not about one field (3 goals set meanwhile elsewhere) is shown with the goals', async () => {
    const game = withGoals(2);
    const { element } = await mountPhase('ontdek-doe-goals', game);
    await press('button', 'Nog een doel');
    await settle(element);
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('Nog iets');
    for (let i = 0; i < 2; i++) await next(element);
    await tabTo('textarea#first-step');
    await userEvent.keyboard('Morgen');
    for (let i = 0; i < 4; i++) await next(element);
    await tabTo('input[type="radio"]');
    await userEvent.keyboard(' ');
    game.send({ type: 'goal.set', playerId: 'p1', goal: goalInput('Van de spelleider') });
    await next(element);
    expect($(element, '#list-error')?.textContent?.trim()).toBe(
      'Je hebt al 3 doelen. Kleine stappen zijn genoeg!',
    );
    await expectAccessible(element);
  });

  it('no goal is fine: "Nu geen doel" shows the empty list, and Verder moves on', async () => {
    const game = gameInDo();
    const { element } = await mountPhase('ontdek-doe-goals', game);
    await press('button', 'Nu geen doel');
    await settle(element);
    expect(element.shadowRoot!.textContent).toContain('Je hebt nog geen doel. Dat is ook goed.');
    await expectAccessible(element);
    await press('button.primary', 'Verder');
    expect(game.view().phase).toBe('summary');
  });

  it('a group: "Verder met Bo" passes the turn; Bo starts with the form and focus on the heading', async () => {
    const game = gameInDo({ aliases: ['Ann', 'Bo'], cardsPerPlayer: 1 });
    game.send({ type: 'goal.set', playerId: 'p1', goal: goalInput('Wandelen') });
    const { element } = await mountPhase('ontdek-doe-goals', game);
    expect($(element, '.player')?.textContent).toBe('Ann is aan de beurt');
    await press('button.primary', 'Verder met Bo');
    await settle(element);
    expect($(element, '.player')?.textContent).toBe('Bo is aan de beurt');
    expect(deepActiveElement()?.id).toBe('step-heading');
    expect($(element, '[part="progress"]')?.textContent?.trim()).toBe('Stap 1 van 7');
  });
});

describe('<ontdek-doe-goals>: accessibility in every state', () => {
  for (const lang of ['nl', 'en'])
    it(`has no violations in ${lang}: every step, the cards, the limit`, async () => {
      const game = gameInDo({ language: lang });
      const { element } = await mountPhase('ontdek-doe-goals', game, { lang });
      await tabTo('textarea#goal-text');
      await userEvent.keyboard('Koken');
      for (let step = 0; step < 7; step++) {
        await expectAccessible(element);
        if (step === 2) {
          await tabTo('textarea#first-step');
          await userEvent.keyboard('Rijst kopen');
        }
        if (step === 4) {
          await tabTo('input#help-network');
          await userEvent.keyboard(' ');
          await tabTo('input#help-professional');
          await userEvent.keyboard(' ');
          await settle(element);
          await expectAccessible(element);
        }
        if (step === 6) {
          await tabTo('input[type="radio"]');
          await userEvent.keyboard(' {ArrowRight}');
          await settle(element);
          await expectAccessible(element);
        }
        await next(element);
      }
      expect(game.getSession().goals).toHaveLength(1);
      await expectAccessible(element);
      for (let i = 0; i < 2; i++)
        game.send({ type: 'goal.set', playerId: 'p1', goal: goalInput(`Doel ${i}`) });
      await settle(element);
      await expectAccessible(element);
    });

  it('fits a 320 px screen: the ten numbers wrap, nothing overflows', async () => {
    await page.viewport(320, 640);
    try {
      const { element } = await mountPhase('ontdek-doe-goals', gameInDo());
      await tabTo('textarea#goal-text');
      await userEvent.keyboard('Koken');
      await next(element);
      await next(element);
      await tabTo('textarea#first-step');
      await userEvent.keyboard('Rijst');
      for (let i = 0; i < 4; i++) await next(element);
      const host = element.getBoundingClientRect();
      for (const child of element.shadowRoot!.querySelectorAll('*')) {
        const box = child.getBoundingClientRect();
        if (box.width === 0) continue;
        expect(box.right, child.outerHTML.slice(0, 80)).toBeLessThanOrEqual(host.right + 0.5);
      }
      for (const option of element.shadowRoot!.querySelectorAll('label.option')) {
        const { width, height } = option.getBoundingClientRect();
        expect(width).toBeGreaterThanOrEqual(44);
        expect(height).toBeGreaterThanOrEqual(44);
      }
    } finally {
      await page.viewport(414, 896);
    }
  });
});
