import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { basicDeck, easyDeck, youthDeck } from '@ontdek-doe/content';
import { gameDeck } from '../testing/gameDeck.ts';
import type { OntdekDoeGame } from './ontdek-doe-game.ts';
import '../define/ontdek-doe-game.ts';

interface Args {
  deck: 'test' | 'basis' | 'none' | 'invalid';
  deckSrc: string;
  mode: 'solo' | 'led' | 'group';
  lang: 'nl' | 'en' | 'ar';
  dir: 'ltr' | 'rtl';
  sharedDevice: boolean;
  width: string;
}

const DECKS = {
  test: gameDeck,
  basis: basicDeck,
  none: undefined,
  invalid: { id: 'half', cards: [{ id: 1 }] },
};

/** A session in a story's state, started from the story (as a host's own script could). */
async function started(canvas: HTMLElement, steps: (game: NonNullable<OntdekDoeGame['game']>) => void) {
  const element = canvas.querySelector('ontdek-doe-game');
  for (let i = 0; i < 50 && !element?.game; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  const game = element?.game;
  if (!game) return;
  game.send({
    type: 'session.start',
    settings: {
      mode: element.mode,
      players: element.mode === 'group' ? [{ alias: 'Ann' }, { alias: 'Bo' }] : [{ alias: 'Sam' }],
      language: element.lang === 'en' ? 'en' : 'nl',
      themes: [],
      maxDepth: 2,
      cardsPerPlayer: 3,
      excludeSensitivity: [],
      seed: 1,
    },
  });
  steps(game);
}

/** The whole game, as a host page embeds it. */
const meta = {
  title: 'Components/ontdek-doe-game',
  component: 'ontdek-doe-game',
  render: ({ deck, deckSrc, mode, lang, dir, sharedDevice, width }) =>
    html`<div dir=${dir} style="max-inline-size: ${width}">
      <ontdek-doe-game
        lang=${lang}
        mode=${mode}
        seed="1"
        deck-src=${deckSrc}
        ?shared-device=${sharedDevice}
        .deck=${DECKS[deck]}
      ></ontdek-doe-game>
    </div>`,
  args: {
    deck: 'test',
    deckSrc: '',
    mode: 'solo',
    lang: 'nl',
    dir: 'ltr',
    sharedDevice: false,
    width: '48rem',
  },
  argTypes: {
    deck: { control: 'inline-radio', options: Object.keys(DECKS) },
    deckSrc: { control: 'text' },
    mode: { control: 'inline-radio', options: ['solo', 'led', 'group'] },
    lang: { control: 'inline-radio', options: ['nl', 'en', 'ar'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    sharedDevice: { control: 'boolean' },
    width: { control: 'text' },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The setup form, with the journey path above it. */
export const Setup: Story = {};

/** With `decks`: the leader chooses the card set at the top of the setup form ("Kaartenset"). */
export const ChooseDeck: Story = {
  args: { deck: 'none' },
  render: ({ lang, mode }) =>
    html`<ontdek-doe-game
      lang=${lang}
      mode=${mode}
      seed="1"
      .decks=${[
        { id: 'basis', title: { nl: 'Basis', en: 'Basic' }, deck: basicDeck },
        { id: 'jong', title: { nl: 'Jong', en: 'Young' }, deck: youthDeck },
        { id: 'makkelijk', title: { nl: 'Makkelijk', en: 'Easy' }, deck: easyDeck },
      ]}
    ></ontdek-doe-game>`,
};

/** The default deck (basis), for a group. */
export const DefaultDeckGroup: Story = { args: { deck: 'basis', mode: 'group' } };

/** Discover, with a leader: the card, the journey path and the leader's panel. */
export const Discover: Story = {
  args: { mode: 'led' },
  play: ({ canvasElement }) => started(canvasElement, () => undefined),
};

/** Paused by the leader: the screen is inert until "Verder spelen". */
export const Paused: Story = {
  args: { mode: 'led' },
  play: ({ canvasElement }) => started(canvasElement, (game) => game.send({ type: 'leader.pause' })),
};

/** "Een vervolg beginnen" on the setup screen: the leader chooses the summaries players downloaded. */
export const FollowUpStart: Story = {
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('ontdek-doe-game');
    for (let i = 0; i < 50 && !element?.game; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    await element?.updateComplete;
    element?.shadowRoot?.querySelector<HTMLButtonElement>('button.follow-up-open')?.click();
  },
};

/** Finished, kept on this device: the summary stays to print or download, and a follow-up can start on its goals. */
export const FinishedKept: Story = {
  play: ({ canvasElement }) =>
    started(canvasElement, (game) => {
      game.send({ type: 'leader.endPhase' });
      game.send({ type: 'phase.next' });
      game.send({
        type: 'goal.set',
        playerId: 'p1',
        goal: { text: 'Elke dag wandelen', firstStep: 'Morgen een rondje', helpers: [], confidence: 7 },
      });
      game.send({ type: 'phase.next' });
      game.send({ type: 'session.finish' });
    }),
};

/** Finished on a shared device: everything of the player is wiped. */
export const FinishedSharedDevice: Story = {
  args: { sharedDevice: true },
  play: ({ canvasElement }) =>
    started(canvasElement, (game) => {
      for (const type of ['leader.endPhase', 'phase.next', 'phase.next', 'session.finish'] as const)
        game.send({ type });
    }),
};

/** Error: no deck was given. */
export const ErrorNoDeck: Story = { args: { deck: 'none' } };

/** Error: the deck URL gives 404. */
export const ErrorNotFound: Story = { args: { deck: 'none', deckSrc: '/no-such-folder/deck.json' } };

/** Error: the deck URL cannot be reached; Retry tries again. */
export const ErrorUnreachable: Story = { args: { deck: 'none', deckSrc: 'http://127.0.0.1:9/deck.json' } };

/** Error: the deck is not valid; its problems are listed for the page's maintainer. */
export const ErrorInvalidDeck: Story = { args: { deck: 'invalid' } };

/** Error: the saved session is damaged; the goals that could be read are shown. */
export const ErrorCorruptSession: Story = {
  render: (args) => {
    localStorage.setItem(
      'ontdek-doe:story-corrupt',
      JSON.stringify({
        format: 'ontdek-doe/session',
        version: 1,
        state: 'discover.card',
        session: {
          players: 'kapot',
          goals: [
            {
              id: 'g1',
              playerId: 'p1',
              text: 'Elke dag een stukje wandelen',
              firstStep: 'Morgen een rondje om het huis',
              helpers: [],
              confidence: 7,
            },
          ],
        },
      }),
    );
    return html`<div style="max-inline-size: ${args.width}">
      <ontdek-doe-game
        lang=${args.lang}
        storage="local"
        session-key="story-corrupt"
        .deck=${gameDeck}
      ></ontdek-doe-game>
    </div>`;
  },
};

/** English UI; Arabic falls back to Dutch for buttons (and says so with od-error) but plays Arabic cards. */
export const English: Story = { args: { lang: 'en', mode: 'group' } };

/** Right to left. */
export const RightToLeft: Story = { args: { lang: 'ar', dir: 'rtl', mode: 'led' } };
