import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Game } from '@ontdek-doe/core';
import { gameInMatters } from '../testing/gameHarness.ts';
import '../define/ontdek-doe-matters.ts';

interface Args {
  /** The UI language (buttons and help); the deck's text follows the players' language. */
  lang: 'nl' | 'en';
  /** The width of the space the element sits in. */
  width: string;
  /** Which game to show. */
  scenario: 'starred' | 'filled' | 'no-starred' | 'no-answers' | 'group';
}

function gameFor(scenario: Args['scenario'], lang: string): Game {
  switch (scenario) {
    case 'filled': {
      const game = gameInMatters({ language: lang });
      const answer = game.getSession().answers.find((a) => a.starred)!;
      game.send({
        type: 'matters.choose',
        playerId: 'p1',
        items: [
          { type: 'answer', answerId: answer.id },
          { type: 'theme', themeId: 'contact' },
          { type: 'own', text: lang === 'en' ? 'My grandchildren' : 'Mijn kleinkinderen' },
        ],
      });
      return game;
    }
    case 'no-starred':
      return gameInMatters({ language: lang, star: () => false, private: (n) => n === 1 });
    case 'no-answers':
      return gameInMatters({ language: lang, pass: () => true });
    case 'group':
      return gameInMatters({ language: lang, aliases: ['Ann', 'Bo', 'Chris'], cardsPerPlayer: 2 });
    default:
      return gameInMatters({ language: lang });
  }
}

const meta = {
  title: 'Components/ontdek-doe-matters',
  component: 'ontdek-doe-matters',
  render: ({ lang, width, scenario }) =>
    html`<div lang=${lang} style="max-inline-size: ${width}">
      <od-test-game .game=${gameFor(scenario, lang)} language=${lang}>
        <ontdek-doe-matters></ontdek-doe-matters>
      </od-test-game>
    </div>`,
  args: { lang: 'nl', width: '40rem', scenario: 'starred' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    width: { control: 'text' },
    scenario: {
      control: 'select',
      options: ['starred', 'filled', 'no-starred', 'no-answers', 'group'],
    },
  },
  parameters: { actions: { handles: ['od-announce'] } },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The player's starred answers, the themes and a field for their own words; nothing chosen yet. */
export const Empty: Story = {};

/** Three things chosen: a starred answer, a theme and own words (the most there can be). */
export const Filled: Story = { args: { scenario: 'filled' } };

/** Four ticked: the limit is explained beside the choices, nothing is blocked. */
export const LimitReached: Story = {
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('ontdek-doe-matters');
    await element?.updateComplete;
    const boxes = [
      ...(element?.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? []),
    ];
    for (const box of boxes.slice(0, 4)) box.click();
  },
};

/** The game refused the choice (too many): its words show by the choices. */
export const Refused: Story = {
  play: async (context) => {
    await LimitReached.play?.(context);
    const element = context.canvasElement.querySelector('ontdek-doe-matters');
    await element?.updateComplete;
    element?.shadowRoot?.querySelector<HTMLButtonElement>('button.primary')?.click();
  },
};

/** Nothing starred: said kindly, and the player's other answers are offered (one is private). */
export const NothingStarred: Story = { args: { scenario: 'no-starred' } };

/** Every card passed: only the themes and own words. */
export const NoAnswers: Story = { args: { scenario: 'no-answers' } };

/** A group: one player at a time; the button names the next player. */
export const Group: Story = { args: { scenario: 'group' } };

/** In English, on a 320 px phone. */
export const EnglishOnAPhone: Story = { args: { lang: 'en', width: '320px' } };
