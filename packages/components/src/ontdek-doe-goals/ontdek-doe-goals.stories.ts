import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Game } from '@ontdek-doe/core';
import { gameInDo, goalInput } from '../testing/gameHarness.ts';
import '../define/ontdek-doe-goals.ts';
import type { OntdekDoeGoals } from './ontdek-doe-goals.ts';

interface Args {
  lang: 'nl' | 'en';
  width: string;
  /** How many goals player 1 already has. */
  goals: number;
  group: boolean;
}

function gameFor({ lang, goals, group }: Args): Game {
  const game = gameInDo({ language: lang, ...(group ? { aliases: ['Ann', 'Bo'], cardsPerPlayer: 2 } : {}) });
  const texts =
    lang === 'en'
      ? ['Walk more', 'Learn Dutch', 'Cook with friends']
      : ['Meer wandelen', 'Nederlands leren', 'Koken met vrienden'];
  for (const text of texts.slice(0, goals))
    game.send({
      type: 'goal.set',
      playerId: 'p1',
      goal: goalInput(text, {
        theme: 'myself',
        helpers: [
          { kind: 'self' },
          { kind: 'professional', who: lang === 'en' ? 'the library' : 'de bibliotheek' },
        ],
        need: lang === 'en' ? 'Good shoes' : 'Goede schoenen',
      }),
    });
  return game;
}

const meta = {
  title: 'Components/ontdek-doe-goals',
  component: 'ontdek-doe-goals',
  render: (args) =>
    html`<div lang=${args.lang} style="max-inline-size: ${args.width}">
      <od-test-game .game=${gameFor(args)} language=${args.lang}>
        <ontdek-doe-goals></ontdek-doe-goals>
      </od-test-game>
    </div>`,
  args: { lang: 'nl', width: '40rem', goals: 0, group: false },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    width: { control: 'text' },
    goals: { control: { type: 'range', min: 0, max: 3 } },
    group: { control: 'boolean' },
  },
  parameters: { actions: { handles: ['od-announce'] } },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

async function goals(canvas: HTMLElement): Promise<OntdekDoeGoals> {
  const element = canvas.querySelector('ontdek-doe-goals')!;
  await element.updateComplete;
  return element;
}

function type(element: OntdekDoeGoals, selector: string, value: string) {
  const field = element.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!field) return;
  field.value = value;
  field.dispatchEvent(new Event('input'));
}

async function click(element: OntdekDoeGoals, selector: string) {
  element.shadowRoot!.querySelector<HTMLElement>(selector)?.click();
  await element.updateComplete;
}

/** Fills the form up to step `n` (1-based). */
async function toStep(canvas: HTMLElement, n: number): Promise<OntdekDoeGoals> {
  const element = await goals(canvas);
  type(element, '#goal-text', 'Meer naar buiten gaan');
  for (let step = 1; step < n; step++) {
    if (step === 3) type(element, '#first-step', 'Een rondje om het huis');
    await click(element, 'button.primary');
  }
  return element;
}

/** Step 1: the goal in own words. */
export const StepGoal: Story = {};
/** Step 2: a theme, which may be skipped. */
export const StepTheme: Story = {
  play: ({ canvasElement }) => toStep(canvasElement, 2).then(() => undefined),
};
/** Step 3: the first small step, with an example. */
export const StepFirstStep: Story = {
  play: ({ canvasElement }) => toStep(canvasElement, 3).then(() => undefined),
};
/** Step 4: when, with quick choices. */
export const StepWhen: Story = {
  play: ({ canvasElement }) => toStep(canvasElement, 4).then(() => undefined),
};
/** Step 5: who can help; "someone I know" and "a care worker" ask who. */
export const StepWhoHelps: Story = {
  play: async ({ canvasElement }) => {
    const element = await toStep(canvasElement, 5);
    await click(element, '#help-network');
    await click(element, '#help-professional');
  },
};
/** Step 6: what I need, in own words (optional). */
export const StepNeed: Story = {
  play: ({ canvasElement }) => toStep(canvasElement, 6).then(() => undefined),
};
/** Step 7: how confident, ten numbers. */
export const StepConfidence: Story = {
  play: ({ canvasElement }) => toStep(canvasElement, 7).then(() => undefined),
};
/** A low number: a kind word suggests a smaller step. */
export const LowConfidence: Story = {
  play: async ({ canvasElement }) => {
    const element = await toStep(canvasElement, 7);
    await click(element, 'input[type="radio"]');
  },
};
/** Saved without a number: the game's reason shows at the scale. */
export const Refused: Story = {
  play: async ({ canvasElement }) => {
    const element = await toStep(canvasElement, 7);
    await click(element, 'button.primary');
  },
};
/** Next without a goal: what is missing shows at the field. */
export const Missing: Story = {
  play: async ({ canvasElement }) => {
    const element = await goals(canvasElement);
    await click(element, 'button.primary');
  },
};
/** One goal card, with Change and Remove, and "Nog een doel". */
export const OneGoal: Story = { args: { goals: 1 } };
/** Three goals: the limit is said in words. */
export const LimitReached: Story = { args: { goals: 3 } };
/** Remove asks first. */
export const ConfirmRemove: Story = {
  args: { goals: 2 },
  play: async ({ canvasElement }) => {
    const element = await goals(canvasElement);
    await click(element, 'button.remove');
  },
};
/** A group: the button names the next player. */
export const Group: Story = { args: { goals: 1, group: true } };
/** English, on a 320 px phone: the numbers wrap. */
export const EnglishOnAPhone: Story = {
  args: { lang: 'en', width: '320px' },
  play: ({ canvasElement }) => toStep(canvasElement, 7).then(() => undefined),
};
