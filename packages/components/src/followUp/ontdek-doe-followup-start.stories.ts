import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { gameInSummary, goalInput } from '../testing/gameHarness.ts';
import '../define/ontdek-doe-followup-start.ts';
import type { OntdekDoeFollowupStart } from './ontdek-doe-followup-start.ts';

interface Args {
  lang: 'nl' | 'en';
  width: string;
}

const meta = {
  title: 'Components/ontdek-doe-followup-start',
  component: 'ontdek-doe-followup-start',
  render: ({ lang, width }) =>
    html`<div lang=${lang} style="max-inline-size: ${width}">
      <ontdek-doe-followup-start></ontdek-doe-followup-start>
    </div>`,
  args: { lang: 'nl', width: '40rem' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    width: { control: 'text' },
  },
  parameters: { actions: { handles: ['od-followup-ready', 'od-announce'] } },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** A summary file as a player downloads it. */
function summaryFile(alias: string, sessionId: string): File {
  const game = gameInSummary({
    aliases: [alias],
    sessionId,
    cardsPerPlayer: 2,
    goals: [[goalInput('Elke dag wandelen')]],
  });
  return new File([JSON.stringify(game.summary('p1'))], `ontdek-doe-${alias.toLowerCase()}-2026-11-23.json`, {
    type: 'application/json',
  });
}

async function element(canvas: HTMLElement): Promise<OntdekDoeFollowupStart> {
  const found = canvas.querySelector('ontdek-doe-followup-start')!;
  await found.updateComplete;
  return found;
}

/** Nothing chosen yet: a native file input. */
export const Empty: Story = {};

/** Two summaries chosen, ready to start. */
export const TwoSummaries: Story = {
  play: async ({ canvasElement }) => {
    await (await element(canvasElement)).addFiles([summaryFile('Ann', 'a'), summaryFile('Bo', 'b')]);
  },
};

/** Files that cannot be used: each gets its own plain message. */
export const BadFiles: Story = {
  play: async ({ canvasElement }) => {
    await (
      await element(canvasElement)
    ).addFiles([
      summaryFile('Ann', 'a'),
      new File(['{ niet af'], 'kapot.json'),
      new File([JSON.stringify({ items: ['melk'] })], 'boodschappen.json'),
    ]);
  },
};

/** Start with nothing chosen: what to do is said by the button. */
export const NothingChosen: Story = {
  play: async ({ canvasElement }) => {
    (await element(canvasElement)).shadowRoot!.querySelector<HTMLButtonElement>('button.primary')?.click();
  },
};

/** In English, on a 320 px phone. */
export const EnglishOnAPhone: Story = { args: { lang: 'en', width: '320px' } };
