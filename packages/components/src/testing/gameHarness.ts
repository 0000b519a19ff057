/**
 * A tiny stand-in for `<ontdek-doe-game>` for tests and stories of the phase elements: it provides
 * `gameContext` with a real core game and a translator, and keeps what the elements ask it to
 * announce (as the game element's live region would). Plus builders that drive a real game on
 * the core's `sampleDeck` to the phase a test needs, with `game.send` only.
 */
import { ContextProvider } from '@lit/context';
import { LitElement, html, type PropertyDeclarations } from 'lit';
import {
  createGame,
  followUpFrom,
  type AnswerValue,
  type Card,
  type Deck,
  type Game,
  type GoalInput,
  type PlayerSummary,
} from '@ontdek-doe/core';
import { sampleDeck } from '@ontdek-doe/core/testing';
import { defineElement } from '../base/defineElement.ts';
import { gameContext } from '../context/gameContext.ts';
import type { OdAnnounceEvent } from '../events.ts';
import { createI18n } from '../i18n/createI18n.ts';

/** Provides a game and a translator to the elements inside it, and shows their announcements. */
export class TestGameProvider extends LitElement {
  static override properties: PropertyDeclarations = {
    game: { attribute: false },
    language: { type: String },
    announcements: { attribute: false, state: true },
  };

  declare game: Game | null;
  /** The UI language of the translator it provides. */
  declare language: string;
  /** Everything asked to be announced, in order. */
  declare announcements: string[];

  private readonly provider = new ContextProvider(this, { context: gameContext });

  constructor() {
    super();
    this.game = null;
    this.language = 'nl';
    this.announcements = [];
    this.addEventListener('od-announce', (event: OdAnnounceEvent) => {
      event.stopPropagation();
      this.announcements = [...this.announcements, event.detail.message];
    });
  }

  protected override willUpdate(): void {
    const current = this.provider.value;
    if (current?.game !== this.game || current?.i18n.language !== this.language)
      this.provider.setValue({ game: this.game, i18n: createI18n(this.language) });
  }

  override render() {
    return html`<slot></slot>
      <div
        role="status"
        aria-live="polite"
        style="position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%)"
      >
        ${this.announcements.at(-1) ?? ''}
      </div>`;
  }
}
defineElement('od-test-game', TestGameProvider);

declare global {
  interface HTMLElementTagNameMap {
    'od-test-game': TestGameProvider;
  }
}

/** The same date every time, so summaries and file names do not move. */
export const fixedClock = (): Date => new Date('2026-11-23T10:00:00.000Z');

/** A valid answer for a card of the sample deck: own words on most, told out loud only on every third talk card. */
export function answerFor(card: Card, n: number): AnswerValue {
  const text = `Mijn woorden ${n + 1}`;
  switch (card.answer.kind) {
    case 'text':
      return { kind: 'text', text };
    case 'faces':
      return { kind: 'faces', face: 4, text };
    case 'choice':
      return { kind: 'choice', options: 'options' in card.answer ? [card.answer.options[0]!.id] : [] };
    case 'talk':
      return n % 3 === 2 ? { kind: 'talk' } : { kind: 'talk', text };
    default:
      return { kind: card.answer.kind, text };
  }
}

export interface GameOptions {
  aliases?: string[];
  language?: string;
  cardsPerPlayer?: number;
  sessionId?: string;
  deck?: Deck;
  /** Which answers (0-based, in the order given) are starred; by default the first and the third. */
  star?: (n: number) => boolean;
  /** Which answers are private; by default none. */
  private?: (n: number) => boolean;
  /** Which cards are passed instead of answered; by default none. */
  pass?: (n: number) => boolean;
}

/** A game on the sample deck, started, with every discover card answered: it stands in "what matters". */
export function gameInMatters(options: GameOptions = {}): Game {
  const {
    aliases = ['Sam'],
    language = 'nl',
    cardsPerPlayer = 4,
    sessionId = 'test-session',
    deck = sampleDeck,
    star = (n) => n === 0 || n === 2,
    private: isPrivate = () => false,
    pass = () => false,
  } = options;
  const game = createGame({ deck, sessionId, clock: fixedClock });
  must(
    game.send({
      type: 'session.start',
      settings: {
        mode: aliases.length > 1 ? 'group' : 'solo',
        players: aliases.map((alias) => ({ alias })),
        language,
        themes: [],
        maxDepth: 3,
        cardsPerPlayer,
        excludeSensitivity: ['loss'],
        seed: 7,
      },
    }),
    'session.start',
  );
  let n = 0;
  while (game.getState().startsWith('discover')) {
    const view = game.view().card!;
    const card = deck.cards.find((c) => c.id === view.id)!;
    if (pass(n)) {
      must(game.send({ type: 'player.pass' }), 'player.pass');
      n++;
      continue;
    }
    must(
      game.send({
        type: 'player.answer',
        value: answerFor(card, n),
        starred: star(n),
        private: isPrivate(n),
      }),
      'player.answer',
    );
    must(game.send({ type: 'turn.next' }), 'turn.next');
    n++;
  }
  return game;
}

/** A goal as a test writes it. */
export function goalInput(text: string, overrides: Partial<GoalInput> = {}): GoalInput {
  return {
    text,
    firstStep: `Eerste stap voor ${text.toLowerCase()}`,
    when: 'deze week',
    helpers: [{ kind: 'network', who: 'mijn zus' }],
    confidence: 7,
    ...overrides,
  };
}

/** A game in the Do phase (what matters chosen for nobody). */
export function gameInDo(options: GameOptions = {}): Game {
  const game = gameInMatters(options);
  must(game.send({ type: 'phase.next' }), 'phase.next');
  return game;
}

/** A game in the summary phase, with goals per player (`goals[i]` for player i). */
export function gameInSummary(options: GameOptions & { goals?: GoalInput[][] } = {}): Game {
  const game = gameInMatters(options);
  const players = game.getSession().players;
  const first = players[0]!;
  const answers = game.getSession().answers.filter((a) => a.playerId === first.id && a.starred);
  must(
    game.send({
      type: 'matters.choose',
      playerId: first.id,
      items: [
        ...answers.slice(0, 1).map((a) => ({ type: 'answer' as const, answerId: a.id })),
        { type: 'theme', themeId: 'contact' },
        { type: 'own', text: 'Mijn kleinkinderen' },
      ],
    }),
    'matters.choose',
  );
  must(game.send({ type: 'phase.next' }), 'phase.next');
  const goals =
    options.goals ?? players.map((p) => [goalInput(`Wandelen met ${p.alias}`, { theme: 'myself' })]);
  players.forEach((player, i) => {
    for (const goal of goals[i] ?? [])
      must(game.send({ type: 'goal.set', playerId: player.id, goal }), 'goal.set');
  });
  must(game.send({ type: 'phase.next' }), 'phase.next');
  return game;
}

/** What each player of a finished game takes home: their summaries, as downloaded JSON would give them back. */
export function takeHome(game: Game): PlayerSummary[] {
  return JSON.parse(
    JSON.stringify(game.getSession().players.map((p) => game.summary(p.id))),
  ) as PlayerSummary[];
}

/** A follow-up game in the check-in phase, from earlier summaries. */
export function gameInCheckIn(
  summaries: PlayerSummary[],
  options: { language?: string; sessionId?: string; aliases?: string[] } = {},
): Game {
  const followUp = followUpFrom(summaries);
  const game = createGame({
    deck: sampleDeck,
    followUp,
    sessionId: options.sessionId ?? 'follow-up',
    clock: fixedClock,
  });
  const aliases = options.aliases ?? followUp.players.map((p) => p.alias);
  must(
    game.send({
      type: 'session.start',
      settings: {
        mode: aliases.length > 1 ? 'group' : 'solo',
        players: aliases.map((alias) => ({ alias })),
        language: options.language ?? 'nl',
        themes: [],
        maxDepth: 3,
        cardsPerPlayer: 0,
        excludeSensitivity: [],
        seed: 7,
      },
    }),
    'session.start (follow-up)',
  );
  return game;
}

function must(result: ReturnType<Game['send']>, what: string) {
  if (!result.accepted) throw new Error(`${what} was refused: ${result.reason.message.en}`);
}

const cleanups: (() => void)[] = [];

/**
 * Puts a phase element inside a test game provider on the page (in a wrapper with `lang` and an
 * optional width), and waits for it to render.
 *
 * @example
 * const { element, provider } = await mountPhase('ontdek-doe-matters', gameInMatters(), { lang: 'en' });
 */
export async function mountPhase<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  game: Game | null,
  { lang = 'nl', width }: { lang?: string; width?: string } = {},
): Promise<{ element: HTMLElementTagNameMap[K]; provider: TestGameProvider; wrapper: HTMLElement }> {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  if (width) wrapper.style.inlineSize = width;
  const provider = document.createElement('od-test-game');
  provider.game = game;
  provider.language = lang;
  const element = document.createElement(tag);
  provider.append(element);
  wrapper.append(provider);
  document.body.append(wrapper);
  cleanups.push(() => wrapper.remove());
  await provider.updateComplete;
  await (element as unknown as LitElement).updateComplete;
  return { element, provider, wrapper };
}

/** Removes what `mountPhase` added; call it in `afterEach`. */
export function unmountPhases(): void {
  while (cleanups.length > 0) cleanups.pop()?.();
}

/** Waits for a Lit element (and anything it started) to finish rendering. */
export async function settle(element: Element): Promise<void> {
  await (element as unknown as LitElement).updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await (element as unknown as LitElement).updateComplete;
}
