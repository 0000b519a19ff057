import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createGame } from '@ontdek-doe/core';
import { basicDeck } from '@ontdek-doe/content';
import { gameDeck } from '../testing/gameDeck.ts';
import '../define/ontdek-doe-setup.ts';

interface Args {
  mode: 'solo' | 'led' | 'group';
  deck: 'test' | 'basis';
  lang: 'nl' | 'en';
  dir: 'ltr' | 'rtl';
  width: string;
}

/** The leader's setup form, with a game of its own (inside `<ontdek-doe-game>` it uses the game's). */
const meta = {
  title: 'Components/ontdek-doe-setup',
  component: 'ontdek-doe-setup',
  render: ({ mode, deck, lang, dir, width }) =>
    html`<div lang=${lang} dir=${dir} style="max-inline-size: ${width}">
      <ontdek-doe-setup
        mode=${mode}
        .game=${createGame({ deck: deck === 'basis' ? basicDeck : gameDeck })}
      ></ontdek-doe-setup>
    </div>`,
  args: { mode: 'solo', deck: 'test', lang: 'nl', dir: 'ltr', width: '44rem' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['solo', 'led', 'group'] },
    deck: { control: 'inline-radio', options: ['test', 'basis'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    width: { control: 'text' },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** One player, alone. */
export const Solo: Story = {};

/** A group: 2 to 8 players, rows can be added and removed. */
export const Group: Story = { args: { mode: 'group' } };

/** With the default deck (basis): nine themes and its sensitive topics. */
export const DefaultDeck: Story = { args: { deck: 'basis', mode: 'led' } };

/** In English. */
export const English: Story = { args: { lang: 'en', mode: 'group' } };

/** A refusal next to its field: press Start with an empty name. */
export const Refusal: Story = {
  play: async ({ canvasElement }) => {
    const setup = canvasElement.querySelector('ontdek-doe-setup');
    await setup?.updateComplete;
    setup?.shadowRoot?.querySelector<HTMLButtonElement>('#start')?.click();
  },
};

/** On a phone 320 px wide. */
export const Narrow: Story = { args: { mode: 'group', width: '320px' } };
