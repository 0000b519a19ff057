import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CARD_BY_KIND, gameOnCard } from '../testing/storyGames.ts';
import '../define/ontdek-doe-discover.ts';

interface Args {
  /** Which answer kind the card has. */
  kind: keyof typeof CARD_BY_KIND;
  mode: 'solo' | 'led' | 'group';
  answered: boolean;
  lang: 'nl' | 'en';
  dir: 'ltr' | 'rtl';
  width: string;
}

/**
 * The discover screen on its own, with a game of its own (inside `<ontdek-doe-game>` it takes the
 * game from the context, and the read-aloud button and live region come with it).
 */
const meta = {
  title: 'Components/ontdek-doe-discover',
  component: 'ontdek-doe-discover',
  render: ({ kind, mode, answered, lang, dir, width }) => {
    const players =
      mode === 'group' ? [{ alias: 'Ann' }, { alias: 'Bo' }, { alias: 'Cas' }] : [{ alias: 'Sam' }];
    const game = gameOnCard(CARD_BY_KIND[kind], { mode, players, language: lang }, { answered });
    return html`<div lang=${lang} dir=${dir} style="max-inline-size: ${width}">
      <ontdek-doe-discover .game=${game}></ontdek-doe-discover>
    </div>`;
  },
  args: { kind: 'talk', mode: 'solo', answered: false, lang: 'nl', dir: 'ltr', width: '44rem' },
  argTypes: {
    kind: { control: 'select', options: Object.keys(CARD_BY_KIND) },
    mode: { control: 'inline-radio', options: ['solo', 'led', 'group'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    width: { control: 'text' },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Tell it out loud; who gives the answer is chosen under the card. */
export const Talk: Story = {};

/** Write an answer. */
export const Text: Story = { args: { kind: 'text' } };

/** Pick a face. */
export const Faces: Story = { args: { kind: 'faces' } };

/** Choose one, with pictures. */
export const ChoiceOne: Story = { args: { kind: 'choice (one)' } };

/** Choose one or more, with pictures. */
export const ChoiceMany: Story = { args: { kind: 'choice (many)' } };

/** After answering: the answer shown back, Change, Important, Only for me, Next. */
export const Answered: Story = { args: { kind: 'text', answered: true } };

/** With a leader: the panel "Alleen voor de spelleider" with hints, follow-up questions and buttons. */
export const LeaderPanel: Story = { args: { mode: 'led' } };

/** In a group, each turn starts with a hand-over. */
export const GroupHandOver: Story = { args: { mode: 'group' } };

/** In a group, after answering (and after the hand-over): reactions from the other players. */
export const GroupReactions: Story = {
  args: { mode: 'group', answered: true, kind: 'faces' },
  play: async ({ canvasElement }) => {
    const discover = canvasElement.querySelector('ontdek-doe-discover');
    await discover?.updateComplete;
    discover?.shadowRoot?.querySelector<HTMLButtonElement>('.handover button')?.click();
  },
};

/** In English. */
export const English: Story = { args: { kind: 'choice (many)', lang: 'en', mode: 'led' } };

/** On a phone 320 px wide. */
export const Narrow: Story = { args: { kind: 'faces', mode: 'led', width: '320px' } };
