import { afterEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { expectAccessible } from '../testing/expectAccessible.ts';
import {
  gameInCheckIn,
  gameInSummary,
  goalInput,
  mountPhase,
  settle,
  takeHome,
  unmountPhases,
} from '../testing/gameHarness.ts';
import { press, tabTo } from '../testing/keyboard.ts';
import { deepActiveElement } from '../testing/mount.ts';
import '../define/ontdek-doe-checkin.ts';
import type { OntdekDoeCheckin } from './ontdek-doe-checkin.ts';

afterEach(async () => {
  unmountPhases();
  await commands.emulateMedia({ reducedMotion: null });
});

const $ = <T extends Element = HTMLElement>(element: OntdekDoeCheckin, selector: string) =>
  element.shadowRoot!.querySelector<T>(selector);

/** Summaries of a finished first session: Ann with two goals, and (in a group) Bo with one. */
function firstSummaries(aliases = ['Ann'], language = 'nl') {
  const goals = [
    [goalInput('Elke dag wandelen'), goalInput('Taalles zoeken', { firstStep: 'De bibliotheek bellen' })],
    [goalInput('Vrienden bellen')],
  ];
  const game = gameInSummary({ aliases, language, cardsPerPlayer: 1, goals });
  game.send({ type: 'session.finish' });
  return takeHome(game);
}

/** Chooses status `index` (0 done, 1 partly, 2 not yet) with the keyboard: Tab to the group, then Space or arrows. */
async function chooseStatus(element: OntdekDoeCheckin, index: number) {
  const focused = (await tabTo('input[name="status"]')) as HTMLInputElement;
  const radios = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="status"]')];
  let at = radios.indexOf(focused);
  if (!focused.checked) await userEvent.keyboard(' ');
  while (at !== index) {
    await userEvent.keyboard('{ArrowDown}');
    at = (at + 1) % radios.length;
  }
  await settle(element);
}

describe('<ontdek-doe-checkin>', () => {
  it('keyboard only: each earlier goal in turn — how it went, what helped or got in the way, a next step; done is celebrated', async () => {
    const game = gameInCheckIn(firstSummaries());
    const { element, provider } = await mountPhase('ontdek-doe-checkin', game);
    await expect
      .element(page.getByRole('heading', { level: 2, name: 'Hoe ging het met je doelen?' }))
      .toBeVisible();
    expect($(element, '[part="progress"]')?.textContent?.trim()).toBe('Doel 1 van 2');
    await expect.element(page.getByRole('heading', { level: 3, name: 'Elke dag wandelen' })).toBeVisible();
    await expect.element(page.getByRole('radiogroup', { name: 'Hoe ging het?' })).toBeVisible();
    for (const name of ['Gelukt', 'Een beetje', 'Nog niet'])
      await expect.element(page.getByRole('radio', { name })).toBeVisible();
    expect($(element, '#helped')).toBeNull();

    element.focusHeading();
    await chooseStatus(element, 0);
    await expect.element(page.getByRole('radio', { name: 'Gelukt' })).toBeChecked();
    await expect.element(page.getByRole('textbox', { name: 'Wat hielp?' })).toBeVisible();
    expect($(element, '#obstacles')).toBeNull();
    await tabTo('textarea#helped');
    await userEvent.keyboard('Mijn hond');
    await press('button.primary', 'Bewaar');
    await settle(element);

    const [walk, lessons] = game.getSession().followUp!.goals;
    expect(game.getSession().checkIns).toEqual([
      { goalId: walk!.id, playerId: walk!.playerId, status: 'done', helped: 'Mijn hond' },
    ]);
    expect($(element, '[part="badge"]')?.textContent).toBe('Gelukt!');
    expect($(element, '.confetti')).not.toBeNull();
    expect($(element, '.result')?.textContent?.trim()).toBe('Gelukt! Goed gedaan.');
    expect(provider.announcements.at(-1)).toBe('Gelukt! Goed gedaan.');
    expect(deepActiveElement()?.id).toBe('step-heading');
    await expectAccessible(element);

    await press('button.primary', 'Volgend doel');
    await settle(element);
    expect($(element, '[part="progress"]')?.textContent?.trim()).toBe('Doel 2 van 2');
    expect(deepActiveElement()?.textContent?.trim()).toBe('Taalles zoeken');
    expect(element.shadowRoot!.textContent).toContain('De bibliotheek bellen');
    await chooseStatus(element, 2);
    await expect.element(page.getByRole('radio', { name: 'Nog niet' })).toBeChecked();
    expect($(element, '#helped')).toBeNull();
    await tabTo('textarea#obstacles');
    await userEvent.keyboard('Geen tijd');
    await tabTo('textarea#next-step');
    await userEvent.keyboard('Zaterdag bellen');
    await tabTo('input[name="confidence"]');
    await userEvent.keyboard(' {ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    await press('button.primary', 'Bewaar');
    await settle(element);
    expect(game.getSession().checkIns[1]).toEqual({
      goalId: lessons!.id,
      playerId: lessons!.playerId,
      status: 'not-yet',
      obstacles: 'Geen tijd',
      nextStep: 'Zaterdag bellen',
      confidence: 6,
    });
    // the next step became a goal of this session that continues the earlier one
    expect(game.getSession().goals).toMatchObject([
      { firstStep: 'Zaterdag bellen', continuesGoalId: lessons!.id },
    ]);
    expect($(element, '.result')?.textContent?.trim()).toBe(
      'Bewaard. Dat geeft niet. Je kunt het opnieuw proberen.',
    );
    expect($(element, '[part="badge"]')).toBeNull();
    expect(element.shadowRoot!.textContent).toContain('Je hebt teruggekeken op al je doelen.');
    await expectAccessible(element);
    await press('button.primary', 'Verder');
    expect(game.view().phase).toBe('do');
  });

  it('"Een beetje" asks both what helped and what got in the way', async () => {
    const { element } = await mountPhase('ontdek-doe-checkin', gameInCheckIn(firstSummaries(['Ann'], 'en')), {
      lang: 'en',
    });
    await chooseStatus(element, 1);
    await expect.element(page.getByRole('radio', { name: 'A little' })).toBeChecked();
    await expect.element(page.getByRole('textbox', { name: 'What helped?' })).toBeVisible();
    await expect.element(page.getByRole('textbox', { name: 'What got in the way?' })).toBeVisible();
    await expect.element(page.getByRole('textbox', { name: 'What is your next small step?' })).toBeVisible();
    await expectAccessible(element);
  });

  it('the game’s refusal (no choice made) is shown at the three choices, which get focus', async () => {
    const game = gameInCheckIn(firstSummaries());
    const { element, provider } = await mountPhase('ontdek-doe-checkin', game);
    await press('button.primary', 'Bewaar');
    await settle(element);
    expect(game.getSession().checkIns).toEqual([]);
    const group = $(element, 'fieldset.statuses')!;
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect($(element, '#error-status')?.textContent?.trim()).toBe('Kies: gelukt, een beetje, of nog niet.');
    expect(provider.announcements.at(-1)).toBe('Kies: gelukt, een beetje, of nog niet.');
    expect((deepActiveElement() as HTMLInputElement).name).toBe('status');
    await expectAccessible(element);
    await userEvent.keyboard(' ');
    await settle(element);
    expect(group.hasAttribute('aria-invalid')).toBe(false);
  });

  it('with reduced motion a done goal gets the badge only, no confetti', async () => {
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    const { element } = await mountPhase('ontdek-doe-checkin', gameInCheckIn(firstSummaries(['Ann'], 'en')), {
      lang: 'en',
    });
    await chooseStatus(element, 0);
    await press('button.primary', 'Save');
    await settle(element);
    expect($(element, '[part="badge"]')?.textContent).toBe('Done!');
    expect($(element, '.confetti')).toBeNull();
    await expectAccessible(element);
  });

  it('Aanpassen opens the saved check-in again, filled in', async () => {
    const game = gameInCheckIn(firstSummaries());
    const { element } = await mountPhase('ontdek-doe-checkin', game);
    await chooseStatus(element, 0);
    await tabTo('textarea#helped');
    await userEvent.keyboard('Mijn hond');
    await press('button.primary', 'Bewaar');
    await settle(element);
    await press('button.change');
    await settle(element);
    await expect.element(page.getByRole('radio', { name: 'Gelukt' })).toBeChecked();
    expect($<HTMLTextAreaElement>(element, '#helped')?.value).toBe('Mijn hond');
    await chooseStatus(element, 1);
    await press('button.primary', 'Bewaar');
    expect(game.getSession().checkIns).toHaveLength(1);
    expect(game.getSession().checkIns[0]?.status).toBe('partly');
  });

  it('a group: after Ann’s goals, "Verder met Bo"; Bo starts at his goal with focus on it; a newcomer has none', async () => {
    const game = gameInCheckIn(firstSummaries(['Ann', 'Bo']), { aliases: ['Ann', 'Bo', 'Cas'] });
    const { element } = await mountPhase('ontdek-doe-checkin', game);
    expect($(element, '.player')?.textContent).toBe('Ann is aan de beurt');
    for (let goal = 0; goal < 2; goal++) {
      await chooseStatus(element, 0);
      await press('button.primary', 'Bewaar');
      await settle(element);
      if (goal === 0) await press('button.primary', 'Volgend doel');
    }
    await press('button.primary', 'Verder met Bo');
    await settle(element);
    expect($(element, '.player')?.textContent).toBe('Bo is aan de beurt');
    expect(deepActiveElement()?.textContent?.trim()).toBe('Vrienden bellen');
    expect($(element, '[part="progress"]')?.textContent?.trim()).toBe('Doel 1 van 1');
    await chooseStatus(element, 2);
    await press('button.primary', 'Bewaar');
    await settle(element);
    await press('button.primary', 'Verder met Cas');
    await settle(element);
    expect(element.shadowRoot!.textContent).toContain('Er zijn geen eerdere doelen van Cas.');
    await expectAccessible(element);
    await press('button.primary', 'Verder');
    expect(game.view().phase).toBe('do');
    expect(game.getSession().checkIns.map((c) => c.status)).toEqual(['done', 'done', 'not-yet']);
  });

  for (const lang of ['nl', 'en'])
    it(`is accessible in ${lang}: empty, each choice, saved`, async () => {
      const { element } = await mountPhase(
        'ontdek-doe-checkin',
        gameInCheckIn(firstSummaries(['Ann'], lang)),
        {
          lang,
        },
      );
      await expectAccessible(element);
      for (const index of [0, 1, 2]) {
        element.focusHeading();
        await chooseStatus(element, index);
        await expectAccessible(element);
      }
      await tabTo('input[name="confidence"]');
      await userEvent.keyboard(' ');
      await press('button.primary');
      await settle(element);
      await expectAccessible(element);
    });
});
