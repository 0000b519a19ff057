import { createGame, type Game, type GameSettings } from '@ontdek-doe/core';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectAccessible } from '../testing/expectAccessible.ts';
import { gameDeck } from '../testing/gameDeck.ts';
import { deepActiveElement } from '../testing/mount.ts';
import type { OntdekDoeSetup } from './ontdek-doe-setup.ts';
import '../define/ontdek-doe-setup.ts';

const mounted: HTMLElement[] = [];
afterEach(() => {
  while (mounted.length > 0) mounted.pop()?.remove();
});

/** A setup form on its own, with a game of its own (as in a story), and what it sent. */
async function mountSetup({
  lang = 'nl',
  mode,
  seed,
  deck = gameDeck,
}: { lang?: string; mode?: string; seed?: number; deck?: typeof gameDeck } = {}): Promise<{
  setup: OntdekDoeSetup;
  game: Game;
  sent: GameSettings[];
}> {
  const game = createGame({ deck });
  const sent: GameSettings[] = [];
  const send = game.send.bind(game);
  game.send = (event) => {
    if (event.type === 'session.start') sent.push(event.settings);
    return send(event);
  };
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  const setup = document.createElement('ontdek-doe-setup');
  setup.game = game;
  if (mode) setup.setAttribute('mode', mode);
  if (seed !== undefined) setup.seed = seed;
  wrapper.append(setup);
  document.body.append(wrapper);
  mounted.push(wrapper);
  await setup.updateComplete;
  return { setup, game, sent };
}

const $ = <T extends Element = HTMLElement>(setup: OntdekDoeSetup, selector: string): T => {
  const found = setup.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector}`);
  return found;
};

async function type(setup: OntdekDoeSetup, selector: string, text: string) {
  $(setup, selector).focus();
  await userEvent.keyboard(text);
  await setup.updateComplete;
}

async function start(setup: OntdekDoeSetup) {
  $(setup, '#start').focus();
  await userEvent.keyboard('{Enter}');
  await setup.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('<ontdek-doe-setup>', () => {
  it('has every choice, in B1 Dutch, with native controls', async () => {
    const { setup } = await mountSetup();
    await expect.element(page.getByRole('heading', { name: 'Een spel klaarzetten' })).toBeInTheDocument();
    await expect
      .element(
        page
          .getByRole('radiogroup', { name: 'Hoe speel je?' })
          .or(page.getByRole('group', { name: 'Hoe speel je?' })),
      )
      .toBeInTheDocument();
    for (const name of ['Alleen', 'Met een spelleider', 'In een groep'])
      await expect.element(page.getByRole('radio', { name: new RegExp(`^${name}`) })).toBeInTheDocument();
    await expect.element(page.getByRole('textbox', { name: 'Naam of bijnaam' })).toBeInTheDocument();
    await expect.element(page.getByRole('spinbutton', { name: 'Leeftijd (hoeft niet)' })).toBeInTheDocument();
    await expect.element(page.getByRole('combobox', { name: 'Taal van de vragen' })).toBeInTheDocument();
    await expect.element(page.getByRole('checkbox', { name: 'Makkelijk lezen' })).toBeInTheDocument();
    await expect.element(page.getByRole('combobox', { name: 'Taal van het spel' })).toHaveValue('nl');
    for (const theme of ['Ikzelf', 'Contact met anderen', 'Wonen'])
      await expect.element(page.getByRole('checkbox', { name: theme })).toBeChecked();
    await expect.element(page.getByRole('radio', { name: /^2: midden/ })).toBeChecked();
    await expect.element(page.getByRole('spinbutton', { name: 'Aantal kaarten per speler' })).toHaveValue(5);
    // Sensitive topics in words, an unknown tag as it is; none ticked.
    const topics = [...setup.shadowRoot!.querySelectorAll('input[id^="sensitive-"]')].map((input) =>
      input.closest('label')?.textContent?.trim(),
    );
    expect(topics).toEqual(['Gezondheid', 'Verlies', 'Geldzorgen', 'pets']);
    expect($(setup, '#alias-0').getAttribute('autocomplete')).toBe('off');
    const languages = [...$<HTMLSelectElement>(setup, '#language').options].map((o) => o.textContent?.trim());
    expect(languages[0]).toBe('Nederlands');
    expect(languages[2]).toMatch(/^Arabisch \(/);
    await expectAccessible(setup);
  });

  it('names every sensitive topic the briefing lists', async () => {
    const tags = ['loss', 'money-worries', 'trauma', 'health', 'family', 'migration'];
    const deck = {
      ...gameDeck,
      cards: gameDeck.cards.map((card, i) => ({ ...card, sensitivity: i < tags.length ? [tags[i]!] : [] })),
    };
    for (const [lang, words] of [
      ['nl', ['Verlies', 'Geldzorgen', 'Nare ervaringen', 'Gezondheid', 'Familie', 'Migratie']],
      ['en', ['Loss', 'Money worries', 'Bad experiences', 'Health', 'Family', 'Migration']],
    ] as const) {
      const { setup } = await mountSetup({ lang, deck });
      const topics = [...setup.shadowRoot!.querySelectorAll('input[id^="sensitive-"]')].map((input) =>
        input.closest('label')?.textContent?.trim(),
      );
      expect(topics).toEqual(words);
    }
  });

  it('sends what was chosen: players by alias, age, language, easy reading, themes, depth, cards, topics', async () => {
    const { setup, sent, game } = await mountSetup({ mode: 'group', seed: 99 });
    await type(setup, '#alias-0', 'Ann');
    await type(setup, '#age-0', '67');
    await type(setup, '#alias-1', 'Bo');
    $(setup, '#easy-1').focus();
    await userEvent.keyboard(' ');
    $(setup, '#lang-1').focus();
    await userEvent.selectOptions($<HTMLSelectElement>(setup, '#lang-1'), 'en');
    $(setup, '#theme-home').focus();
    await userEvent.keyboard(' ');
    $(setup, '#depth-2').focus();
    await userEvent.keyboard('{ArrowDown}');
    await type(setup, '#cards', '{Control>}a{/Control}3');
    $(setup, '#sensitive-1').focus();
    await userEvent.keyboard(' ');
    await start(setup);
    expect(sent).toEqual([
      {
        mode: 'group',
        players: [
          { alias: 'Ann', age: 67 },
          { alias: 'Bo', language: 'en', reading: 'easy' },
        ],
        language: 'nl',
        themes: ['myself', 'contact'],
        maxDepth: 3,
        cardsPerPlayer: 3,
        excludeSensitivity: ['loss'],
        seed: 99,
      },
    ]);
    expect(game.view().phase).toBe('discover');
  });

  it('all themes ticked means every theme; without a seed attribute the seed comes from crypto', async () => {
    const { setup, sent } = await mountSetup();
    await type(setup, '#alias-0', 'Sam');
    await start(setup);
    expect(sent[0]?.themes).toEqual([]);
    expect(Number.isInteger(sent[0]?.seed)).toBe(true);
    const again = await mountSetup();
    await type(again.setup, '#alias-0', 'Sam');
    await start(again.setup);
    expect(again.sent[0]?.seed).not.toBe(sent[0]?.seed);
  });

  it('group rows: add up to 8, remove above 2; solo keeps one row', async () => {
    const { setup } = await mountSetup({ mode: 'group' });
    expect(setup.shadowRoot!.querySelectorAll('li.player')).toHaveLength(2);
    for (let i = 0; i < 6; i++) {
      $(setup, '#add-player').click();
      await setup.updateComplete;
    }
    expect(setup.shadowRoot!.querySelectorAll('li.player')).toHaveLength(8);
    expect(setup.shadowRoot!.querySelector('#add-player')).toBeNull();
    await expect.element(page.getByRole('button', { name: 'Speler 8 weghalen' })).toBeInTheDocument();
    page.getByRole('button', { name: 'Speler 3 weghalen' }).element().dispatchEvent(new MouseEvent('click'));
    await setup.updateComplete;
    expect(setup.shadowRoot!.querySelectorAll('li.player')).toHaveLength(7);
    $(setup, '#mode-solo').click();
    await setup.updateComplete;
    expect(setup.shadowRoot!.querySelectorAll('li.player')).toHaveLength(1);
    const removers = [...setup.shadowRoot!.querySelectorAll('button')].filter((b) =>
      b.textContent?.includes('weghalen'),
    );
    expect(removers).toEqual([]);
  });

  describe('refusals sit next to their control, which gets focus, aria-invalid and aria-describedby', () => {
    async function expectProblemAt(setup: OntdekDoeSetup, control: string, message: string | RegExp) {
      const problem = $(setup, '#problem');
      expect(problem.textContent).toMatch(message);
      const field = $(setup, `#${control}`);
      expect(deepActiveElement()).toBe(field);
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(field.getAttribute('aria-describedby')).toContain('problem');
      // Next to it: in the same group as the control.
      expect(problem.parentElement?.contains(field) || problem.closest('fieldset')?.contains(field)).toBe(
        true,
      );
      await expectAccessible(setup);
    }

    it('two players with the same name: at the second one', async () => {
      const { setup } = await mountSetup({ mode: 'group' });
      await type(setup, '#alias-0', 'Ann');
      await type(setup, '#alias-1', 'ann');
      await start(setup);
      await expectProblemAt(setup, 'alias-1', 'Twee spelers heten "ann". Geef ze verschillende namen.');
      // Typing again clears it.
      await type(setup, '#alias-1', 'e');
      expect(setup.shadowRoot!.querySelector('#problem')).toBeNull();
    });

    it('no name: at the empty field, in English too', async () => {
      const { setup } = await mountSetup({ lang: 'en' });
      await start(setup);
      await expectProblemAt(setup, 'alias-0', 'Player 1 has no name yet. A nickname is enough.');
    });

    it('too young for the deck: at the age', async () => {
      const { setup } = await mountSetup();
      await type(setup, '#alias-0', 'Kim');
      await type(setup, '#age-0', '9');
      await start(setup);
      await expectProblemAt(setup, 'age-0', /12 jaar en ouder/);
    });

    it('no cards fit: at the themes', async () => {
      const deck = { ...gameDeck, cards: gameDeck.cards.map((card) => ({ ...card, sensitivity: ['loss'] })) };
      const { setup } = await mountSetup({ deck });
      await type(setup, '#alias-0', 'Kim');
      $(setup, '#sensitive-0').click();
      await setup.updateComplete;
      await start(setup);
      await expectProblemAt(setup, 'theme-myself', /geen kaarten die passen/);
    });

    it('no theme at all: at the first theme, before anything is sent', async () => {
      const { setup, sent } = await mountSetup();
      await type(setup, '#alias-0', 'Kim');
      for (const id of ['#theme-myself', '#theme-contact', '#theme-home']) {
        $(setup, id).click();
        await setup.updateComplete;
      }
      await start(setup);
      expect(sent).toEqual([]);
      await expectProblemAt(setup, 'theme-myself', 'Kies minstens één onderwerp.');
    });

    it('a wrong number of cards: at the number', async () => {
      const { setup } = await mountSetup();
      await type(setup, '#alias-0', 'Kim');
      await type(setup, '#cards', '{Control>}a{/Control}0');
      await start(setup);
      await expectProblemAt(setup, 'cards', 'Kies minstens 1 kaart per speler.');
    });
  });
});
