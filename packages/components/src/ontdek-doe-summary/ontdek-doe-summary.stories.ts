import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Game } from '@ontdek-doe/core';
import { gameInCheckIn, gameInSummary, goalInput, takeHome } from '../testing/gameHarness.ts';
import '../define/ontdek-doe-summary.ts';

interface Args {
  lang: 'nl' | 'en';
  width: string;
  scenario: 'solo' | 'private-shown' | 'empty' | 'group' | 'follow-up' | 'finished';
  /** As in `<ontdek-doe-game shared-device>`: Klaar wipes everything, so it warns and asks. */
  sharedDevice: boolean;
}

function followUp(lang: string): Game {
  const first = gameInSummary({
    language: lang,
    goals: [[goalInput('Elke dag wandelen'), goalInput('Taalles zoeken')]],
  });
  first.send({ type: 'session.finish' });
  const game = gameInCheckIn(takeHome(first), { language: lang });
  const [walk, lessons] = game.getSession().followUp!.goals;
  game.send({ type: 'checkIn.record', checkIn: { goalId: walk!.id, status: 'done', helped: 'Mijn hond' } });
  game.send({
    type: 'checkIn.record',
    checkIn: { goalId: lessons!.id, status: 'partly', obstacles: 'Geen tijd', nextStep: 'Zaterdag bellen' },
  });
  game.send({ type: 'phase.next' });
  game.send({ type: 'phase.next' });
  return game;
}

function gameFor({ scenario, lang }: Args): Game {
  switch (scenario) {
    case 'private-shown': {
      const game = gameInSummary({ language: lang, private: (n) => n === 1 });
      game.send({ type: 'player.includePrivate', playerId: 'p1', include: true });
      return game;
    }
    case 'empty':
      return gameInSummary({ language: lang, pass: () => true, goals: [[]] });
    case 'group':
      return gameInSummary({ language: lang, aliases: ['Ann', 'Bo', 'Chris'], cardsPerPlayer: 2 });
    case 'follow-up':
      return followUp(lang);
    case 'finished': {
      const game = gameInSummary({ language: lang });
      game.send({ type: 'session.finish' });
      return game;
    }
    default:
      return gameInSummary({ language: lang, cardsPerPlayer: 8, private: (n) => n === 1 });
  }
}

const meta = {
  title: 'Components/ontdek-doe-summary',
  component: 'ontdek-doe-summary',
  render: (args) =>
    html`<div lang=${args.lang} style="max-inline-size: ${args.width}">
      <od-test-game .game=${gameFor(args)} language=${args.lang}>
        <ontdek-doe-summary ?shared-device=${args.sharedDevice}></ontdek-doe-summary>
      </od-test-game>
    </div>`,
  args: { lang: 'nl', width: '44rem', scenario: 'solo', sharedDevice: false },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    width: { control: 'text' },
    sharedDevice: { control: 'boolean' },
    scenario: {
      control: 'select',
      options: ['solo', 'private-shown', 'empty', 'group', 'follow-up', 'finished'],
    },
  },
  parameters: { actions: { handles: ['od-announce', 'od-summary-taken'] } },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** One player: the four lenses, what matters, a goal; a private answer is left out. */
export const Solo: Story = {};

/** The player turned on "Laat ook mijn privé-antwoorden zien". */
export const PrivateShown: Story = { args: { scenario: 'private-shown' } };

/** Every card passed and no goal: said kindly. */
export const Empty: Story = { args: { scenario: 'empty' } };

/** A group: a select chooses whose summary shows. */
export const Group: Story = { args: { scenario: 'group' } };

/** A follow-up: a done goal celebrated ("Gelukt!", with a burst unless reduced motion), one partly. */
export const FollowUpCelebration: Story = { args: { scenario: 'follow-up' } };

/** After Klaar: the summary stays to print or download. */
export const Finished: Story = { args: { scenario: 'finished' } };

/** In English, on a 320 px phone. */
export const EnglishOnAPhone: Story = { args: { lang: 'en', width: '320px' } };

/** A shared device: Klaar says it wipes everything; pressed before the summary was taken, it asks first. */
export const SharedDeviceAsks: Story = {
  args: { sharedDevice: true, scenario: 'group' },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('ontdek-doe-summary')!;
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await element.updateComplete;
  },
};
