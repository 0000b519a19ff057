import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Game } from '@ontdek-doe/core';
import { gameInCheckIn, gameInSummary, goalInput, takeHome } from '../testing/gameHarness.ts';
import '../define/ontdek-doe-checkin.ts';
import type { OntdekDoeCheckin } from './ontdek-doe-checkin.ts';

interface Args {
  lang: 'nl' | 'en';
  width: string;
  group: boolean;
  /** A player in the follow-up who had no goals before. */
  newcomer: boolean;
}

function gameFor({ lang, group, newcomer }: Args): Game {
  const aliases = group ? ['Ann', 'Bo'] : ['Ann'];
  const first = gameInSummary({
    aliases,
    language: lang,
    cardsPerPlayer: 1,
    goals: [
      [
        goalInput(lang === 'en' ? 'Walk every day' : 'Elke dag wandelen'),
        goalInput(lang === 'en' ? 'Find a language class' : 'Taalles zoeken'),
      ],
      [goalInput(lang === 'en' ? 'Call friends' : 'Vrienden bellen')],
    ],
  });
  first.send({ type: 'session.finish' });
  return gameInCheckIn(takeHome(first), { language: lang, ...(newcomer ? { aliases: ['Cas'] } : {}) });
}

const meta = {
  title: 'Components/ontdek-doe-checkin',
  component: 'ontdek-doe-checkin',
  render: (args) =>
    html`<div lang=${args.lang} style="max-inline-size: ${args.width}">
      <od-test-game .game=${gameFor(args)} language=${args.lang}>
        <ontdek-doe-checkin></ontdek-doe-checkin>
      </od-test-game>
    </div>`,
  args: { lang: 'nl', width: '40rem', group: false, newcomer: false },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    width: { control: 'text' },
    group: { control: 'boolean' },
    newcomer: { control: 'boolean' },
  },
  parameters: { actions: { handles: ['od-announce'] } },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

async function checkin(canvas: HTMLElement): Promise<OntdekDoeCheckin> {
  const element = canvas.querySelector('ontdek-doe-checkin')!;
  await element.updateComplete;
  return element;
}

async function choose(canvas: HTMLElement, status: 'done' | 'partly' | 'not-yet', save = false) {
  const element = await checkin(canvas);
  element.shadowRoot!.querySelector<HTMLInputElement>(`input[name="status"][value="${status}"]`)?.click();
  await element.updateComplete;
  if (save) element.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')?.click();
}

/** The first earlier goal: "Hoe ging het?" with three big choices. */
export const Empty: Story = {};
/** Gelukt: "Wat hielp?", a next step and how confident. */
export const ChoseDone: Story = { play: ({ canvasElement }) => choose(canvasElement, 'done') };
/** Een beetje: what helped and what got in the way. */
export const ChosePartly: Story = { play: ({ canvasElement }) => choose(canvasElement, 'partly') };
/** Nog niet: what got in the way. */
export const ChoseNotYet: Story = { play: ({ canvasElement }) => choose(canvasElement, 'not-yet') };
/** Saved without a choice: the game's words at the three choices. */
export const Refused: Story = {
  play: async ({ canvasElement }) => {
    const element = await checkin(canvasElement);
    element.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')?.click();
  },
};
/** A done goal, celebrated: "Gelukt!" (with a small burst unless reduced motion). */
export const Celebration: Story = { play: ({ canvasElement }) => choose(canvasElement, 'done', true) };
/** A goal that did not work out yet: met kindly. */
export const SavedNotYet: Story = { play: ({ canvasElement }) => choose(canvasElement, 'not-yet', true) };
/** A group: the player in turn is named. */
export const Group: Story = { args: { group: true } };
/** Someone new in the follow-up: no earlier goals. */
export const NoEarlierGoals: Story = { args: { newcomer: true } };
/** In English, on a 320 px phone. */
export const EnglishOnAPhone: Story = { args: { lang: 'en', width: '320px' } };
