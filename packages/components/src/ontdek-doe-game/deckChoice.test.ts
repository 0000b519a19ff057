import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { basicDeck, easyDeck } from '@ontdek-doe/content';
import { expectAccessible } from '../testing/expectAccessible.ts';
import { gameDeck } from '../testing/gameDeck.ts';
import { deepActiveElement } from '../testing/mount.ts';
import { deep, deepAll, inside, mountGame, settled, tabTo, unmountGames } from '../testing/mountGame.ts';

afterEach(unmountGames);

const decks = [
  { id: 'basis', title: { nl: 'Basis', en: 'Basic' }, deck: basicDeck },
  { id: 'makkelijk', title: { nl: 'Makkelijk', en: 'Easy' }, deck: easyDeck },
];
const inSetup = (selector: string) => inside('ontdek-doe-setup', selector);

describe('choosing the deck in setup (decks)', () => {
  it('the leader picks another deck with the keyboard; the names typed so far stay', async () => {
    const { game, heard } = await mountGame({ lang: 'nl', seed: '5' }, { decks });
    const select = deep<HTMLSelectElement>(game, '#deck-choice');
    expect([...select.options].map((o) => o.textContent?.trim())).toEqual(['Basis', 'Makkelijk']);
    expect(select.value).toBe('basis');
    expect(game.game?.deck.id).toBe('basis');

    await tabTo(inSetup('#alias-0'), { game });
    await userEvent.keyboard('Noor');
    await tabTo(inSetup('#deck-choice'), { game });
    await userEvent.selectOptions(deep<HTMLSelectElement>(game, '#deck-choice'), 'makkelijk');
    await expect.poll(() => game.game?.deck.id).toBe('makkelijk');
    await settled(game);

    expect(deep<HTMLSelectElement>(game, '#deck-choice').value).toBe('makkelijk');
    expect(deep<HTMLInputElement>(game, '#alias-0').value).toBe('Noor');
    // The new deck's themes, all ticked.
    const themes = deepAll(game, 'input[id^="theme-"]') as HTMLInputElement[];
    expect(themes.map((t) => t.id)).toEqual(easyDeck.themes.map((t) => `theme-${t.id}`));
    expect(themes.every((t) => t.checked)).toBe(true);
    expect(deepActiveElement()?.localName).toBe('h2');
    expect(heard.errors).toEqual([]);
    await expectAccessible(game);

    await tabTo(inSetup('#start'), { game });
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => game.game?.view().phase).toBe('discover');
    expect(game.game?.deck.id).toBe('makkelijk');
    expect(game.game?.getSession().players.map((p) => p.alias)).toEqual(['Noor']);
  });

  it('speaks the UI language, and the deck titles follow it', async () => {
    const { game } = await mountGame({ lang: 'en' }, { decks });
    expect(deep(game, 'label[for="deck-choice"]').textContent?.trim()).toBe('Card set');
    const select = deep<HTMLSelectElement>(game, '#deck-choice');
    expect([...select.options].map((o) => o.textContent?.trim())).toEqual(['Basic', 'Easy']);
  });

  it('shows no choice with one deck, or when the host set deck itself', async () => {
    const one = await mountGame({ lang: 'nl' }, { decks: [decks[0]!] });
    expect(deepAll(one.game, '#deck-choice')).toEqual([]);
    expect(one.game.game?.deck.id).toBe('basis');
    const own = await mountGame({ lang: 'nl' }, { decks, deck: gameDeck });
    expect(deepAll(own.game, '#deck-choice')).toEqual([]);
    expect(own.game.game?.deck.id).toBe(gameDeck.id);
  });

  it('a chosen deck that cannot be played is explained in the element, with od-error', async () => {
    const broken = [...decks, { id: 'kapot', title: 'Kapot', deck: { schemaVersion: 2, id: 'kapot' } }];
    const { game, heard } = await mountGame({ lang: 'nl' }, { decks: broken });
    await userEvent.selectOptions(deep<HTMLSelectElement>(game, '#deck-choice'), 'kapot');
    await expect.poll(() => heard.errors.map((e) => e.code)).toContain('deck-invalid');
    expect(game.shadowRoot?.querySelector('[part="message"].failure')).not.toBeNull();
  });
});
