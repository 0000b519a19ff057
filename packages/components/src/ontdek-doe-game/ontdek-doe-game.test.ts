import { afterEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import {
  createGame,
  followUpFrom,
  type AnswerValue,
  type CardView,
  type GameEvent,
  type GamePlugin,
  type GameSettings,
  type GameView,
} from '@ontdek-doe/core';
import { memoryStorage } from '@ontdek-doe/core/plugins';
import { basicDeck } from '@ontdek-doe/content';
import { expectAccessible } from '../testing/expectAccessible.ts';
import { gameDeck } from '../testing/gameDeck.ts';
import { deepActiveElement } from '../testing/mount.ts';
import {
  deep,
  deepAll,
  hostOf,
  inside,
  liveRegion,
  mountGame,
  screenOf,
  settled,
  tabTo,
  unmountGames,
} from '../testing/mountGame.ts';
import type { OntdekDoeSummary } from '../ontdek-doe-summary/ontdek-doe-summary.ts';
import type { OntdekDoeGame } from './ontdek-doe-game.ts';

afterEach(() => unmountGames());

const inCard = (selector: string) => inside('ontdek-doe-card', selector);
const inSetup = (selector: string) => inside('ontdek-doe-setup', selector);
const inDiscover = (selector: string) => inside('ontdek-doe-discover', selector);

/** Answers the card in front of the player with the keyboard only, whatever kind it is. */
async function answerByKeyboard(game: OntdekDoeGame, words: string): Promise<string> {
  const view = game.game!.view() as GameView;
  const kind = view.card!.answer.kind;
  if (kind === 'text') {
    await tabTo(inCard('textarea#text'), { game });
    await userEvent.keyboard(words);
  } else if (kind === 'faces') {
    await tabTo(inCard('input[name="face"]'), { game });
    await userEvent.keyboard(' {ArrowRight}{ArrowRight}{ArrowRight}');
  } else if (kind === 'choice') {
    await tabTo(inCard('input[name="choice"]'), { game });
    await userEvent.keyboard(' ');
  }
  await tabTo(inCard('button.primary'), { game });
  await userEvent.keyboard('{Enter}');
  await settled(game);
  return kind;
}

/** Plays a whole solo session from the setup form to the `matters` phase with the keyboard. */
async function playSolo(
  game: OntdekDoeGame,
  texts: { alias: string; next: string; yourAnswer: string; turn: string },
) {
  await tabTo(inSetup('#alias-0'), { game });
  await userEvent.keyboard(texts.alias);
  // Only the theme "Ikzelf"/"Myself": its five cards are one of every answer kind.
  await tabTo(inSetup('#theme-contact'), { game });
  await userEvent.keyboard(' ');
  await tabTo(inSetup('#theme-home'), { game });
  await userEvent.keyboard(' ');
  await tabTo(inSetup('#start'), { game });
  await userEvent.keyboard('{Enter}');
  await settled(game);
  expect(screenOf(game)?.localName).toBe('ontdek-doe-discover');
  // Focus is on the new screen's heading.
  expect(deepActiveElement()?.textContent?.trim()).toBe(texts.turn);
  const kinds = new Set<string>();
  for (let turn = 0; turn < 5; turn++) {
    kinds.add(await answerByKeyboard(game, `${texts.alias} ${turn}`));
    expect(deepActiveElement()?.textContent?.trim()).toBe(texts.yourAnswer);
    await tabTo(inDiscover('button.next'), { game });
    expect(deepActiveElement()?.textContent?.trim()).toBe(texts.next);
    await userEvent.keyboard('{Enter}');
    await settled(game);
  }
  return kinds;
}

describe('<ontdek-doe-game>: a whole solo session with the keyboard only', () => {
  it('in Dutch: setup, every answer kind, up to "wat vind ik belangrijk"', async () => {
    const { game, heard } = await mountGame({ lang: 'nl', seed: '7' }, { deck: gameDeck });
    const kinds = await playSolo(game, {
      alias: 'Sam',
      next: 'Volgende',
      yourAnswer: 'Jouw antwoord',
      turn: 'Aan de beurt: Sam',
    });
    expect([...kinds].sort()).toEqual(['choice', 'faces', 'talk', 'text']);
    expect(game.game?.view().phase).toBe('matters');
    expect(screenOf(game)?.localName).toBe('ontdek-doe-matters');
    expect(heard.started).toEqual([
      { sessionId: game.game!.getSession().sessionId, mode: 'solo', players: 1 },
    ]);
    expect(heard.answers).toHaveLength(5);
    expect(heard.errors).toEqual([]);
    await expect.poll(() => liveRegion(game)).toBe('Nu: Wat vind ik belangrijk?');
  });

  it('in English', async () => {
    const { game } = await mountGame({ lang: 'en', seed: '11' }, { deck: gameDeck });
    const kinds = await playSolo(game, {
      alias: 'Alex',
      next: 'Next',
      yourAnswer: 'Your answer',
      turn: 'Whose turn: Alex',
    });
    expect([...kinds].sort()).toEqual(['choice', 'faces', 'talk', 'text']);
    expect(screenOf(game)?.localName).toBe('ontdek-doe-matters');
    const step = deep(game, '[aria-current="step"]');
    expect(step.textContent).toContain('What matters to me?');
  });
});

describe('a group of three, with a leader', () => {
  it('hands over, reacts, and the leader skips, redraws and pauses', async () => {
    const { game } = await mountGame({ lang: 'nl', seed: '5', mode: 'group' }, { deck: gameDeck });
    // The form opens in group mode with two rows; a third is added with the keyboard.
    expect(deep<HTMLInputElement>(game, '#mode-group').checked).toBe(true);
    await tabTo(inSetup('#alias-0'), { game });
    await userEvent.keyboard('Ann');
    await tabTo(inSetup('#alias-1'), { game });
    await userEvent.keyboard('Bo');
    await tabTo(inSetup('#add-player'), { game });
    await userEvent.keyboard('{Enter}');
    await settled(game);
    expect(deepActiveElement()?.id).toBe('alias-2');
    await userEvent.keyboard('Cas');
    await tabTo(inSetup('#cards'), { game });
    await userEvent.keyboard('{Control>}a{/Control}2');
    await tabTo(inSetup('#start'), { game });
    await userEvent.keyboard('{Enter}');
    await settled(game);

    // Hand-over to Ann: her question is not on screen until she asks for it.
    expect(deepActiveElement()?.textContent?.trim()).toBe('Nu is Ann aan de beurt');
    expect(() => deep(game, 'ontdek-doe-card')).toThrow();
    const leader = deep(game, '[part="leader"]');
    expect(leader.textContent).toContain('Alleen voor de spelleider');
    await tabTo(inDiscover('.handover button'), { game });
    await userEvent.keyboard('{Enter}');
    await settled(game);
    const session = () => game.game!.getSession();
    const firstCard = session().current!.cardId;
    expect(hostOf(deepActiveElement())?.localName).toBe('ontdek-doe-card');

    // Another card: still Ann, no new hand-over.
    await tabTo(inDiscover('button.redraw'), { game });
    await userEvent.keyboard('{Enter}');
    await settled(game);
    expect(session().current!.cardId).not.toBe(firstCard);
    expect(session().current!.playerId).toBe('p1');
    expect(deep(game, '#turn').textContent?.trim()).toBe('Aan de beurt: Ann');
    await expect.poll(() => liveRegion(game)).toBe('Er ligt een andere kaart.');

    // Ann answers; Bo reacts.
    await answerByKeyboard(game, 'Tekenen');
    await tabTo(inDiscover('#react-text'), { game });
    await userEvent.keyboard('Mooi gezegd!');
    await tabTo(inDiscover('button.react'), { game });
    await userEvent.keyboard('{Enter}');
    await settled(game);
    expect(session().answers[0]?.reactions).toEqual([{ playerId: 'p2', text: 'Mooi gezegd!' }]);
    expect(deep(game, '.reaction-list').textContent).toContain('Bo:');
    await expect.poll(() => liveRegion(game)).toBe('Reactie toegevoegd.');
    await tabTo(inDiscover('button.next'), { game });
    await userEvent.keyboard('{Enter}');
    await settled(game);

    // Bo's turn: hand-over, then the leader skips Bo's card; the turn passes to Cas.
    expect(deep(game, '#turn').textContent?.trim()).toBe('Nu is Bo aan de beurt');
    await tabTo(inDiscover('button.skip'), { game });
    await userEvent.keyboard('{Enter}');
    await settled(game);
    expect(session().history.at(-1)).toMatchObject({ playerId: 'p2', outcome: 'skipped' });
    expect(deep(game, '#turn').textContent?.trim()).toBe('Nu is Cas aan de beurt');

    // Pause: the screen is inert and focus is on the pause message; Play on brings it back.
    await tabTo(inDiscover('button.pause'), { game });
    await userEvent.keyboard('{Enter}');
    await settled(game);
    expect(session().paused).toBe(true);
    expect(deepActiveElement()?.textContent?.trim()).toBe('Pauze');
    expect(game.shadowRoot!.querySelector('[part~="screen"]')!.hasAttribute('inert')).toBe(true);
    await tabTo((e) => e.matches('button.resume'), { game });
    await userEvent.keyboard('{Enter}');
    await settled(game);
    expect(session().paused).toBe(false);
    expect(deepActiveElement()?.textContent?.trim()).toBe('Nu is Cas aan de beurt');
  });
});

/** Settings for a session started from the test with `game.send`. */
function settings(over: Partial<GameSettings> = {}): GameSettings {
  return {
    mode: 'solo',
    players: [{ alias: 'Sam' }],
    language: 'nl',
    themes: [],
    maxDepth: 2,
    cardsPerPlayer: 3,
    excludeSensitivity: [],
    seed: 4,
    ...over,
  };
}

/** Mounts a game on the test deck and starts a session from the test. */
async function startedGame(
  lang: string,
  over: Partial<GameSettings> = {},
  attributes: Record<string, string | true> = {},
) {
  const mounted = await mountGame({ lang, ...attributes }, { deck: gameDeck });
  expect(
    mounted.game.game!.send({ type: 'session.start', settings: settings({ language: lang, ...over }) }),
  ).toEqual({
    accepted: true,
  });
  await settled(mounted.game);
  return mounted;
}

/** An answer that fits a card, with words in it. */
function valueFor(card: CardView): AnswerValue {
  const answer = card.answer;
  if (answer.kind === 'text') return { kind: 'text', text: 'Met mijn handen werken' };
  if (answer.kind === 'faces') return { kind: 'faces', face: 4 };
  if (answer.kind === 'choice' && 'options' in answer)
    return { kind: 'choice', options: [answer.options[0]!.id] };
  return { kind: 'talk', text: 'Verteld' };
}

/** Sends events from the test and waits for the screen to follow. */
async function send(game: OntdekDoeGame, ...events: GameEvent[]) {
  for (const event of events)
    expect(game.game!.send(event), JSON.stringify(event)).toEqual({ accepted: true });
  await settled(game);
}

const CORRUPT_SESSION = JSON.stringify({
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
});

describe('the screen for every phase', () => {
  it('renders the later phases’ elements, marks the journey and moves focus to the new screen’s heading', async () => {
    const { game } = await startedGame('nl');
    const phases = () => game.game!.view().progress.phases;
    expect(screenOf(game)?.localName).toBe('ontdek-doe-discover');
    expect(deep(game, '[aria-current="step"]').textContent).toContain('Ontdekken');
    expect(deep(game, 'nav[aria-label="Jouw reis"]').querySelectorAll('li')).toHaveLength(phases().length);
    expect(deep(game, 'nav').textContent).not.toMatch(/punt|score/i);
    await send(game, { type: 'leader.endPhase' });
    expect(screenOf(game)?.localName).toBe('ontdek-doe-matters');
    expect(deep(game, '[aria-current="step"]').textContent).toContain('Wat vind ik belangrijk?');
    // The phase element is registered by define/ontdek-doe-game.ts, so focus lands on its heading.
    expect(deepActiveElement()?.textContent?.trim()).toBe('Wat vind ik belangrijk?');
    await send(game, { type: 'phase.next' });
    expect(screenOf(game)?.localName).toBe('ontdek-doe-goals');
    await send(game, { type: 'phase.next' });
    expect(screenOf(game)?.localName).toBe('ontdek-doe-summary');
    await send(game, { type: 'session.finish' });
    expect(deep(game, '.finished h2').textContent).toBe('Het spel is klaar');
    expect(deepActiveElement()?.textContent).toBe('Het spel is klaar');
  });

  it('renders <ontdek-doe-checkin> first in a follow-up session', async () => {
    const { game } = await mountGame({ lang: 'nl' }, { deck: gameDeck });
    const first = game.game!;
    first.send({ type: 'session.start', settings: settings() });
    first.send({ type: 'leader.endPhase' });
    first.send({ type: 'phase.next' });
    first.send({
      type: 'goal.set',
      playerId: 'p1',
      goal: { text: 'Wandelen', firstStep: 'Morgen', helpers: [], confidence: 6 },
    });
    game.followUp = followUpFrom([first.summary('p1')!]);
    await settled(game);
    expect(screenOf(game)?.localName).toBe('ontdek-doe-setup');
    await send(game, { type: 'session.start', settings: settings({ cardsPerPlayer: 0 }) });
    expect(screenOf(game)?.localName).toBe('ontdek-doe-checkin');
    expect(deep(game, '[aria-current="step"]').textContent).toContain('Terugblikken');
  });

  it('shows Pause and End this part for the leader in later phases (led mode), not in solo', async () => {
    const led = await startedGame('nl', { mode: 'led' });
    await send(led.game, { type: 'leader.endPhase' });
    const bar = deep(led.game, '[part~="leader-bar"]');
    expect(bar.getAttribute('role')).toBe('group');
    expect([...bar.querySelectorAll('button')].map((b) => b.textContent?.trim())).toEqual([
      'Pauze',
      'Dit deel afronden',
    ]);
    await expectAccessible(led.game);
    unmountGames();
    const solo = await startedGame('nl');
    await send(solo.game, { type: 'leader.endPhase' });
    expect(solo.game.shadowRoot!.querySelector('[part~="leader-bar"]')).toBeNull();
  });
});

describe('a follow-up, started inside the element', () => {
  const key = 'ontdek-doe:follow-key';
  afterEach(() => localStorage.removeItem(key));

  /** A summary as Sam downloaded it: one goal, questions in English. */
  function samSummary() {
    const first = createGame({ deck: gameDeck });
    first.send({
      type: 'session.start',
      settings: settings({ players: [{ alias: 'Sam', language: 'en' }] }),
    });
    first.send({ type: 'leader.endPhase' });
    first.send({ type: 'phase.next' });
    first.send({
      type: 'goal.set',
      playerId: 'p1',
      goal: { text: 'Wandelen', firstStep: 'Morgen', helpers: [], confidence: 6 },
    });
    return first.summary('p1')!;
  }

  it('the leader chooses the downloaded summary from the setup screen; Sam is filled in and the check-in comes first', async () => {
    const { game, heard } = await mountGame(
      { lang: 'nl', storage: 'local', 'session-key': 'follow-key' },
      { deck: gameDeck },
    );
    await tabTo('button.follow-up-open', { game });
    await userEvent.keyboard('{Enter}');
    await settled(game);
    expect(screenOf(game)?.localName).toBe('ontdek-doe-followup-start');
    expect(deepActiveElement()?.textContent?.trim()).toBe('Een vervolg beginnen');
    await expectAccessible(game);
    const input = await tabTo(inside('ontdek-doe-followup-start', 'input[type="file"]'), { game });
    const file = new File([JSON.stringify(samSummary())], 'ontdek-doe-sam-2026-11-23.json', {
      type: 'application/json',
    });
    await userEvent.upload(input, file);
    await settled(game);
    await tabTo(inside('ontdek-doe-followup-start', 'button.primary'), { game });
    await userEvent.keyboard('{Enter}');
    await settled(game);

    expect(screenOf(game)?.localName).toBe('ontdek-doe-setup');
    expect(deepActiveElement()?.textContent?.trim()).toBe('Een spel klaarzetten');
    expect(game.game!.getSession().followUp?.goals.map((g) => g.text)).toEqual(['Wandelen']);
    // The earlier player is filled in as they were (the game finds their goals by alias).
    expect(deep<HTMLInputElement>(game, '#alias-0').value).toBe('Sam');
    expect(deep<HTMLSelectElement>(game, '#lang-0').value).toBe('en');
    expect(() => deep(game, 'button.follow-up-open')).toThrow();
    await tabTo(inside('ontdek-doe-setup', '#cards'), { game });
    await userEvent.keyboard('{Control>}a{/Control}0');
    await tabTo(inside('ontdek-doe-setup', '#start'), { game });
    await userEvent.keyboard('{Enter}');
    await settled(game);
    expect(screenOf(game)?.localName).toBe('ontdek-doe-checkin');
    expect(deep(game, 'ontdek-doe-checkin').shadowRoot!.textContent).toContain('Wandelen');
    expect(heard.errors).toEqual([]);
  });

  it('"Terug naar een nieuw spel" goes back to the setup form, with focus on its heading', async () => {
    const { game } = await mountGame({ lang: 'nl' }, { deck: gameDeck });
    deep<HTMLButtonElement>(game, 'button.follow-up-open').click();
    await settled(game);
    await tabTo('button.follow-up-back', { game });
    await userEvent.keyboard('{Enter}');
    await settled(game);
    expect(screenOf(game)?.localName).toBe('ontdek-doe-setup');
    expect(deepActiveElement()?.textContent?.trim()).toBe('Een spel klaarzetten');
  });

  it('a session kept on this device: after Klaar the summary stays, and a follow-up on its goals starts there (the saved finished session is not resumed instead)', async () => {
    const { game } = await startedGame('nl', {}, { storage: 'local', 'session-key': 'follow-key' });
    await send(
      game,
      { type: 'leader.endPhase' },
      { type: 'phase.next' },
      {
        type: 'goal.set',
        playerId: 'p1',
        goal: { text: 'Wandelen', firstStep: 'Morgen', helpers: [], confidence: 6 },
      },
      { type: 'phase.next' },
      { type: 'session.finish' },
    );
    await expect.poll(() => localStorage.getItem(key)).toContain('"finished"');
    expect(deep(game, '.finished h2').textContent).toBe('Het spel is klaar');
    // Klaar pressed before downloading: the summary is still there to print or download.
    const summary = deep(game, 'ontdek-doe-summary');
    expect(deep(summary, '[part="heading"]').textContent).toBe('Samenvatting van Sam');
    expect(deep(summary, 'button.download')).toBeTruthy();
    await expectAccessible(game);
    await tabTo('button.follow-up-this', { game });
    await userEvent.keyboard('{Enter}');
    await settled(game);
    expect(screenOf(game)?.localName).toBe('ontdek-doe-setup');
    expect(game.game!.view().phase).toBe('setup');
    expect(game.game!.getSession().followUp?.goals.map((g) => g.text)).toEqual(['Wandelen']);
    expect(deep<HTMLInputElement>(game, '#alias-0').value).toBe('Sam');
    // The follow-up itself is kept: a page that opens again with the same follow-up resumes it.
    const followUp = game.game!.getSession().followUp!;
    await send(game, { type: 'session.start', settings: settings({ cardsPerPlayer: 0 }) });
    expect(screenOf(game)?.localName).toBe('ontdek-doe-checkin');
    unmountGames();
    const again = await mountGame(
      { lang: 'nl', storage: 'local', 'session-key': 'follow-key' },
      { deck: gameDeck, followUp },
    );
    expect(screenOf(again.game)?.localName).toBe('ontdek-doe-checkin');
  });
});

describe('events for the host page', () => {
  it('fires od-session-started, od-answer-given, od-goal-set and od-session-finished with ids and counts', async () => {
    const { game, heard } = await startedGame('nl');
    const sessionId = game.game!.getSession().sessionId;
    expect(heard.started).toEqual([{ sessionId, mode: 'solo', players: 1 }]);
    await send(game, { type: 'player.answer', value: { kind: 'talk' } });
    expect(heard.answers).toHaveLength(1);
    expect(heard.answers[0]).toEqual({ answer: game.game!.getSession().answers[0] });
    await send(game, { type: 'leader.endPhase' }, { type: 'phase.next' });
    await send(game, {
      type: 'goal.set',
      playerId: 'p1',
      goal: { text: 'Wandelen', firstStep: 'Morgen', helpers: [], confidence: 6 },
    });
    expect(heard.goals).toEqual([{ goal: game.game!.getSession().goals[0] }]);
    await send(game, { type: 'phase.next' }, { type: 'session.finish' });
    expect(heard.finished).toEqual([{ sessionId, players: 1, answers: 1, goals: 1 }]);
    const json = JSON.stringify([heard.started, heard.finished]);
    expect(json).not.toContain('Sam');
  });

  it('events bubble out of the element and cross shadow roots (composed)', async () => {
    const outer = document.createElement('div');
    const shadow = outer.attachShadow({ mode: 'open' });
    const element = document.createElement('ontdek-doe-game');
    element.deck = gameDeck;
    shadow.append(element);
    document.body.append(outer);
    const types: string[] = [];
    document.addEventListener('od-session-started', (e) => types.push(e.type), { once: true });
    await settled(element);
    element.game!.send({ type: 'session.start', settings: settings() });
    expect(types).toEqual(['od-session-started']);
    outer.remove();
  });
});

describe('a deck that cannot be played never breaks the page', () => {
  it('a deck URL that gives 404: a friendly message in the UI language, od-error, no Retry', async () => {
    const { game, heard } = await mountGame({ lang: 'nl', 'deck-src': '/no-such-folder/no-such-deck.json' });
    expect(deep(game, '.failure h2').textContent).toBe('Het spel kan nu niet beginnen');
    expect(deep(game, '.failure').textContent).toContain(
      'De vragen staan niet op de plek waar het spel ze zoekt (code 404).',
    );
    expect(game.shadowRoot!.querySelector('button.retry')).toBeNull();
    expect(heard.errors).toHaveLength(1);
    expect(heard.errors[0]).toMatchObject({ code: 'deck-not-found', status: 404 });
    expect(heard.errors[0]!.message.en).toBe(
      'The questions are not where the game looks for them (code 404).',
    );
    expect(game.game).toBeNull();
    await expectAccessible(game);
  });

  it('an unreachable URL: a message with Retry, which loads the deck when the network is back', async () => {
    const realFetch = globalThis.fetch;
    let calls = 0;
    globalThis.fetch = (async () => {
      calls++;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(gameDeck), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    try {
      const { game, heard } = await mountGame({
        lang: 'en',
        'deck-src': 'https://example.invalid/deck.json',
      });
      expect(deep(game, '.failure').textContent).toContain(
        'The questions could not be loaded. Check the internet connection and try again.',
      );
      expect(heard.errors[0]?.code).toBe('deck-unreachable');
      await expectAccessible(game);
      await tabTo((e) => e.matches('button.retry'), { game });
      expect(deepActiveElement()?.textContent?.trim()).toBe('Try again');
      await userEvent.keyboard('{Enter}');
      await settled(game);
      expect(calls).toBe(2);
      expect(screenOf(game)?.localName).toBe('ontdek-doe-setup');
      expect(deep(game, '.deck-title').textContent?.trim()).toBe('Test deck');
      // Focus was in the element: it moves to the new screen's heading.
      expect(deepActiveElement()?.textContent?.trim()).toBe('Set up a game');
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('text that is not JSON, and a broken deck: each explained, with the deck’s problems for the page’s maintainer', async () => {
    const notJson = await mountGame({ lang: 'nl', 'deck-src': 'data:application/json,dit is geen json' });
    expect(deep(notJson.game, '.failure').textContent).toContain(
      'Het bestand met de vragen kan niet worden gelezen.',
    );
    expect(notJson.heard.errors[0]?.code).toBe('deck-not-json');
    unmountGames();

    const broken = { ...gameDeck, cards: [{ ...gameDeck.cards[0], depth: 7, prompt: {} }] };
    for (const lang of ['nl', 'en']) {
      const { game, heard } = await mountGame({
        lang,
        'deck-src': `data:application/json,${encodeURIComponent(JSON.stringify(broken))}`,
      });
      expect(heard.errors[0]?.code).toBe('deck-invalid');
      expect(heard.errors[0]?.issues?.length).toBeGreaterThan(0);
      const details = deep(game, 'details pre').textContent ?? '';
      expect(details).toContain('✖');
      expect(details).toContain('cards[0]');
      await expectAccessible(game);
      unmountGames();
    }
  });

  it('a deck object that is not valid is checked with parseDeck, wins over deck-src, and fetches nothing', async () => {
    const realFetch = globalThis.fetch;
    let calls = 0;
    globalThis.fetch = (async () => {
      calls++;
      return new Response('{}');
    }) as typeof fetch;
    try {
      const { game, heard } = await mountGame(
        { lang: 'nl', 'deck-src': '/decks/ignored.json' },
        { deck: { id: 'half' } },
      );
      expect(calls).toBe(0);
      expect(heard.errors[0]?.code).toBe('deck-invalid');
      expect(deep(game, '.failure').textContent).toContain('Er zitten fouten in de vragen.');
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('without deck or deck-src: a message that no deck was chosen, od-error, and no network request', async () => {
    const realFetch = globalThis.fetch;
    let calls = 0;
    globalThis.fetch = (async () => {
      calls++;
      return new Response('{}');
    }) as typeof fetch;
    try {
      const { game, heard } = await mountGame({ lang: 'nl' });
      expect(calls).toBe(0);
      expect(heard.errors.map((e) => e.code)).toEqual(['deck-missing']);
      expect(deep(game, '.failure').textContent).toContain('Er is nog geen kaartenset gekozen.');
      await expectAccessible(game);
      // Given a deck later (the content package's default deck), it starts.
      game.deck = basicDeck;
      await settled(game);
      expect(game.game?.deck.id).toBe('basis');
      expect(screenOf(game)?.localName).toBe('ontdek-doe-setup');
      expect(calls).toBe(0);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});

describe('storage and resuming', () => {
  const key = 'ontdek-doe:test-key';
  afterEach(() => localStorage.removeItem(key));

  it('stores nothing by default', async () => {
    const before = localStorage.length;
    await startedGame('nl', {}, { 'session-key': 'test-key' });
    expect(localStorage.length).toBe(before);
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('storage="local" saves the session and resumes it mid-card after a reload', async () => {
    const first = await startedGame('nl', {}, { storage: 'local', 'session-key': 'test-key' });
    await send(first.game, { type: 'player.answer', value: { kind: 'talk', text: 'Zwemmen' } });
    const cardId = first.game.game!.getSession().current!.cardId;
    await expect.poll(() => localStorage.getItem(key)).toContain('Zwemmen');
    unmountGames();
    const again = await mountGame(
      { lang: 'nl', storage: 'local', 'session-key': 'test-key' },
      { deck: gameDeck },
    );
    expect(again.heard.errors).toEqual([]);
    expect(again.game.game!.getSession().current!.cardId).toBe(cardId);
    expect(screenOf(again.game)?.localName).toBe('ontdek-doe-discover');
    expect(deep(again.game, '.answer-text').textContent).toBe('Zwemmen');
  });

  it('a corrupt saved session: od-error, a friendly note with the goals that could be saved, and a new game', async () => {
    for (const lang of ['nl', 'en']) {
      localStorage.setItem(key, CORRUPT_SESSION);
      const { game, heard } = await mountGame(
        { lang, storage: 'local', 'session-key': 'test-key' },
        { deck: gameDeck },
      );
      expect(heard.errors.map((e) => e.code)).toEqual(['snapshot-corrupt']);
      const note = deep(game, '[part~="note"]');
      expect(note.textContent).toContain(
        lang === 'nl' ? 'Het vorige spel kan niet verder' : 'The previous game cannot go on',
      );
      expect(note.textContent).toContain('Elke dag een stukje wandelen');
      expect(note.textContent).toContain('Morgen een rondje om het huis');
      expect(screenOf(game)?.localName).toBe('ontdek-doe-setup');
      await expectAccessible(game);
      unmountGames();
    }
  });

  it('text that is no saved session at all is reported too, and the page goes on', async () => {
    localStorage.setItem(key, '{{{ kapot');
    const { game, heard } = await mountGame(
      { lang: 'nl', storage: 'local', 'session-key': 'test-key' },
      { deck: gameDeck },
    );
    expect(heard.errors[0]?.code).toBe('snapshot-not-json');
    expect(deep(game, '[part~="note"]').textContent).toContain('Het bewaarde spel kon niet worden geopend.');
  });

  it('a host’s own storage adapter wins over storage="none"', async () => {
    const adapter = memoryStorage();
    const first = await mountGame(
      { lang: 'nl', 'session-key': 'mine' },
      { deck: gameDeck, storageAdapter: adapter },
    );
    await send(first.game, { type: 'session.start', settings: settings() });
    expect(adapter.keys()).toEqual(['mine']);
    unmountGames();
    const again = await mountGame(
      { lang: 'nl', 'session-key': 'mine' },
      { deck: gameDeck, storageAdapter: adapter },
    );
    expect(screenOf(again.game)?.localName).toBe('ontdek-doe-discover');
  });

  it('host plugins are passed to the game', async () => {
    const seen: string[] = [];
    const plugin: GamePlugin = { name: 'host:log', event: (event) => void seen.push(event.type) };
    const { game } = await mountGame({ lang: 'nl' }, { deck: gameDeck, plugins: [plugin, false] });
    await send(game, { type: 'session.start', settings: settings() });
    expect(seen).toEqual(['session.start']);
  });
});

describe('shared device', () => {
  const key = 'ontdek-doe:shared';
  afterEach(() => localStorage.removeItem(key));

  it('at the end everything of the player is wiped and the next player starts clean', async () => {
    const { game, heard } = await startedGame(
      'nl',
      { players: [{ alias: 'Fatima' }] },
      {
        storage: 'local',
        'session-key': 'shared',
        'shared-device': true,
      },
    );
    await send(game, { type: 'player.answer', value: { kind: 'talk', text: 'Geheim' } });
    await expect.poll(() => localStorage.getItem(key)).toContain('Geheim');
    await send(game, { type: 'leader.endPhase' }, { type: 'phase.next' }, { type: 'phase.next' });
    await send(game, { type: 'session.finish' });
    await expect
      .poll(() => deep(game, '.finished').textContent)
      .toContain('Alles van dit spel is van dit apparaat gewist.');
    expect(heard.finished).toHaveLength(1);
    await expect.poll(() => localStorage.getItem(key)).toBeNull();
    // The game behind the screen is already a new one, with nothing of Fatima in it.
    expect(game.game!.getSession().players).toEqual([]);
    expect(JSON.stringify(game.game!.getSession())).not.toContain('Geheim');
    await tabTo((e) => e.matches('button.new-game'), { game });
    await userEvent.keyboard('{Enter}');
    await settled(game);
    expect(screenOf(game)?.localName).toBe('ontdek-doe-setup');
    const alias = deep<HTMLInputElement>(game, '#alias-0');
    expect(alias.value).toBe('');
    expect(alias.autocomplete).toBe('off');
    expect(game.shadowRoot!.innerHTML + screenOf(game)!.shadowRoot!.innerHTML).not.toContain('Fatima');
  });

  it('an unfinished session is only resumed when someone says it is theirs', async () => {
    const first = await startedGame(
      'nl',
      {},
      { storage: 'local', 'session-key': 'shared', 'shared-device': true },
    );
    await send(first.game, { type: 'player.answer', value: { kind: 'talk', text: 'Van Sam' } });
    await expect.poll(() => localStorage.getItem(key)).toContain('Van Sam');
    unmountGames();
    const again = await mountGame(
      { lang: 'nl', storage: 'local', 'session-key': 'shared', 'shared-device': true },
      { deck: gameDeck },
    );
    expect(deep(again.game, '.resume-prompt h2').textContent).toBe('Er staat nog een spel open');
    expect(again.game.shadowRoot!.innerHTML).not.toContain('Sam');
    expect(screenOf(again.game)).toBeNull();
    await expectAccessible(again.game);
    await tabTo((e) => e.matches('button.discard'), { game: again.game });
    await userEvent.keyboard('{Enter}');
    await settled(again.game);
    await expect.poll(() => localStorage.getItem(key)).toBeNull();
    expect(screenOf(again.game)?.localName).toBe('ontdek-doe-setup');
    expect(again.game.game!.getSession().answers).toEqual([]);
  });
});

describe('shared device and the Back button', () => {
  it('a page that Back brings out of the browser’s cache hides an open session behind "Is het jouw spel?"', async () => {
    const { game } = await startedGame('nl', { players: [{ alias: 'Fatima' }] }, { 'shared-device': true });
    await send(game, { type: 'player.answer', value: { kind: 'talk', text: 'Geheim' } });
    // Someone left the page, the next person pressed Back: the browser shows the page as it was.
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await settled(game);
    expect(deep(game, '.resume-prompt h2').textContent).toBe('Er staat nog een spel open');
    expect(game.shadowRoot!.innerHTML).not.toContain('Fatima');
    expect(screenOf(game)).toBeNull();
    await tabTo((e) => e.matches('button.discard'), { game });
    await userEvent.keyboard('{Enter}');
    await settled(game);
    expect(screenOf(game)?.localName).toBe('ontdek-doe-setup');
    expect(JSON.stringify(game.game!.getSession())).not.toContain('Geheim');
  });

  it('not on a shared device, and not for an ordinary page load', async () => {
    const { game } = await startedGame('nl', { players: [{ alias: 'Fatima' }] });
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await settled(game);
    expect(screenOf(game)?.localName).toBe('ontdek-doe-discover');
    unmountGames();
    const shared = await startedGame('nl', {}, { 'shared-device': true });
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    await settled(shared.game);
    expect(screenOf(shared.game)?.localName).toBe('ontdek-doe-discover');
  });
});

describe('languages', () => {
  it('switching lang while playing re-renders everything, the deck’s text included', async () => {
    const { game } = await startedGame('nl', { themes: ['myself'] });
    const card = () => deep(game, 'ontdek-doe-card');
    const question = () => deep(card(), '[part="question"]').textContent?.trim();
    const before = game.game!.view().card!.id;
    const nlPrompt = gameDeck.cards.find((c) => c.id === before)!.prompt;
    expect(question()).toBe(nlPrompt['nl']);
    expect(deep(card(), 'button.primary').textContent?.trim()).toBe('Klaar');
    expect(deep(game, '#turn').textContent?.trim()).toBe('Aan de beurt: Sam');

    game.lang = 'en';
    await settled(game);
    expect(question()).toBe(nlPrompt['en']);
    expect(card().getAttribute('lang')).toBe('en');
    expect(deep(card(), 'button.primary').textContent?.trim()).toBe('Done');
    expect(deep(game, '#turn').textContent?.trim()).toBe('Whose turn: Sam');
    expect(deep(game, '[aria-current="step"]').textContent).toContain('Discover');
    expect(deep(game, '.deck-title').textContent?.trim()).toBe('Test deck');
    expect(game.game!.getSession().players[0]?.language).toBe('en');
    await expectAccessible(game);
  });

  it('switching lang re-renders every later phase too: what matters, goals, summary, the end, the check-in', async () => {
    const { game } = await startedGame('nl', { mode: 'led' });
    /** Switches to English, returns the headings and buttons there, and switches back. */
    const inEnglish = async () => {
      game.lang = 'en';
      await settled(game);
      const words = deepAll(game, 'h2, button')
        .map((e) => e.textContent?.trim())
        .join(' | ');
      game.lang = 'nl';
      await settled(game);
      return words;
    };
    await send(game, { type: 'leader.endPhase' });
    expect(await inEnglish()).toMatch(/What matters to me\?.*Read aloud.*Continue/);
    expect(await inEnglish()).not.toMatch(/Verder|Pauze|Lees voor/);
    await send(game, { type: 'phase.next' });
    expect(await inEnglish()).toContain('What will I do?');
    expect(await inEnglish()).not.toMatch(/Volgende|Nu geen doel|Lees voor/);
    await send(
      game,
      {
        type: 'goal.set',
        playerId: 'p1',
        goal: { text: 'Wandelen', firstStep: 'Morgen', helpers: [], confidence: 6 },
      },
      { type: 'phase.next' },
    );
    expect(await inEnglish()).toContain('Summary of Sam');
    expect(await inEnglish()).not.toMatch(/Afdrukken|Downloaden|Klaar/);
    await send(game, { type: 'session.finish' });
    expect(await inEnglish()).toMatch(/The game is over.*Start a follow-up on these goals/);
    deep<HTMLButtonElement>(game, 'button.follow-up-this').click();
    await settled(game);
    await send(game, { type: 'session.start', settings: settings({ mode: 'led', cardsPerPlayer: 0 }) });
    expect(await inEnglish()).toContain('How did your goals go?');
    expect(await inEnglish()).not.toMatch(/Bewaar|Lees voor/);
  });

  it('what the live region said in the old language is gone after a switch', async () => {
    const { game } = await startedGame('nl', { themes: ['myself'] });
    deep<HTMLButtonElement>(deep(game, 'ontdek-doe-card'), 'button.pass').click();
    await expect.poll(() => liveRegion(game)).toBe('Kaart overgeslagen. Dat is helemaal goed.');
    game.lang = 'en';
    await settled(game);
    expect(liveRegion(game)).toBe('');
  });

  it('the setup form follows too: theme titles and the session language', async () => {
    const { game } = await mountGame({ lang: 'nl' }, { deck: gameDeck });
    expect(deep(game, 'label:has(#theme-myself)').textContent).toContain('Ikzelf');
    game.lang = 'en';
    await settled(game);
    expect(deep(game, 'label:has(#theme-myself)').textContent).toContain('Myself');
    expect(deep<HTMLSelectElement>(game, '#language').value).toBe('en');
    expect(deep(game, 'h2').textContent).toBe('Set up a game');
  });

  it('follows the page’s lang when it has none of its own', async () => {
    const { game } = await mountGame({}, { deck: gameDeck }, { wrapper: { lang: 'en-GB' } });
    expect(deep(game, 'h2').textContent).toBe('Set up a game');
  });

  it('a UI language without UI text falls back to Dutch, says so with od-error, and still plays the deck in it', async () => {
    const { game, heard } = await startedGame('ar', { themes: ['myself'], maxDepth: 1 }, {});
    expect(heard.errors.map((e) => e.code)).toEqual(['language-unsupported']);
    const card = deep(game, 'ontdek-doe-card');
    expect(card.getAttribute('lang')).toBe('ar');
    expect(card.getAttribute('dir')).toBe('rtl');
    expect(deep(card, 'button.primary').textContent?.trim()).toBe('Klaar');
  });
});

describe('layout', () => {
  afterEach(async () => {
    await page.viewport(414, 896);
  });

  /** Fails when anything inside the game sticks out of it sideways. */
  function expectNoOverflow(game: OntdekDoeGame, label: string) {
    const host = game.getBoundingClientRect();
    for (const element of deepAll(game, '*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || element.closest('.visually-hidden') || element.matches('.visually-hidden'))
        continue;
      const what = `${label}: ${element.outerHTML.slice(0, 100)}`;
      expect(box.right, what).toBeLessThanOrEqual(host.right + 0.5);
      expect(box.left, what).toBeGreaterThanOrEqual(host.left - 0.5);
    }
    expect(document.documentElement.scrollWidth, label).toBeLessThanOrEqual(window.innerWidth);
  }

  it('fits 320 px: setup (group, three players), discover (card, answered, leader panel, reactions)', async () => {
    await page.viewport(320, 640);
    const { game } = await mountGame({ lang: 'nl', mode: 'group' }, { deck: gameDeck });
    expect(game.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    deep<HTMLButtonElement>(game, '#add-player').click();
    await settled(game);
    expectNoOverflow(game, 'setup');
    await send(game, {
      type: 'session.start',
      settings: settings({ mode: 'group', players: [{ alias: 'Ann' }, { alias: 'Bo' }, { alias: 'Cas' }] }),
    });
    expectNoOverflow(game, 'hand-over');
    deep<HTMLButtonElement>(game, '.handover button').click();
    await settled(game);
    deep<HTMLElement>(game, 'details.player-settings').setAttribute('open', '');
    await settled(game);
    expectNoOverflow(game, 'card');
    await send(game, {
      type: 'player.answer',
      value: { kind: 'talk', text: 'Een heel lang antwoord zonder spaties: ' + 'x'.repeat(80) },
    });
    expectNoOverflow(game, 'answered');
  });

  it('choice pictures stay small and the question keeps whole words, also at 320 px beside Lees voor', async () => {
    for (const width of [900, 320]) {
      await page.viewport(width, 800);
      const { game } = await startedGame('nl', { themes: ['myself'], maxDepth: 3, cardsPerPlayer: 5 });
      while (game.game!.view().card!.answer.kind !== 'choice') await send(game, { type: 'player.pass' });
      const card = deep(game, 'ontdek-doe-card');
      expect(deep(game, 'button.read-aloud'), 'Chromium can speak: Lees voor is on the card').toBeTruthy();
      const options = deepAll(card, '[part~="option"]');
      expect(options.length).toBeGreaterThan(1);
      for (const option of options) {
        // A picture is an aid beside the words, not a poster that pushes the choices off the screen.
        const picture = option.querySelector('slot')!.assignedElements()[0]!.getBoundingClientRect();
        expect(picture.height, `${width} px: ${option.textContent}`).toBeLessThanOrEqual(48);
        expect(option.getBoundingClientRect().height).toBeLessThan(100);
      }
      // The question never gets a column so narrow that words break in the middle.
      const question = deep(card, '[part="question"]').getBoundingClientRect();
      const form = deep(card, '[part="answer"]').getBoundingClientRect();
      expect(question.width, `${width} px`).toBeGreaterThanOrEqual(Math.min(form.width, 192) - 1);
      unmountGames();
    }
  });

  it('at 200 % zoom (a 1280 × 800 screen is 640 × 400) and at 320 px every phase fits, every target is 44 px, and axe finds nothing', async () => {
    const targets =
      'button, summary, select, textarea, input.field, label.check, label.option, label.file-button';
    const check = async (game: OntdekDoeGame, label: string) => {
      expectNoOverflow(game, label);
      for (const target of deepAll(game, targets)) {
        const { width, height } = target.getBoundingClientRect();
        if (width === 0) continue;
        const what = `${label}: ${target.outerHTML.slice(0, 80)}`;
        expect(Math.round(width), what).toBeGreaterThanOrEqual(44);
        expect(Math.round(height), what).toBeGreaterThanOrEqual(44);
      }
      await expectAccessible(game);
    };
    for (const [width, height] of [
      [640, 400],
      [320, 640],
    ] as const) {
      await page.viewport(width, height);
      const at = (phase: string) => `${width} px, ${phase}`;
      const { game } = await mountGame({ lang: 'nl' }, { deck: gameDeck });
      deep<HTMLButtonElement>(game, 'button.follow-up-open').click();
      await settled(game);
      await check(game, at('follow-up start'));
      unmountGames();
      const led = await startedGame('nl', {
        mode: 'led',
        themes: ['myself'],
        maxDepth: 3,
        cardsPerPlayer: 5,
      });
      const play = led.game;
      while (play.game!.view().card!.answer.kind !== 'choice') await send(play, { type: 'player.pass' });
      await check(play, at('discover, a choice with pictures'));
      await send(play, { type: 'player.answer', value: valueFor(play.game!.view().card!), starred: true });
      await check(play, at('answered'));
      await send(play, { type: 'leader.endPhase' });
      await check(play, at('what matters'));
      await send(play, { type: 'phase.next' });
      await check(play, at('goal step 1'));
      await send(
        play,
        {
          type: 'goal.set',
          playerId: 'p1',
          goal: { text: 'Wandelen', firstStep: 'Morgen', helpers: [], confidence: 6 },
        },
        { type: 'phase.next' },
      );
      await check(play, at('summary'));
      await send(play, { type: 'session.finish' });
      await check(play, at('finished, summary kept'));
      deep<HTMLButtonElement>(play, 'button.follow-up-this').click();
      await settled(play);
      await send(play, { type: 'session.start', settings: settings({ mode: 'led', cardsPerPlayer: 0 }) });
      await check(play, at('check-in'));
      unmountGames();
    }
  });

  it('mirrors in right-to-left: the journey runs from the right, the card’s band is on the right', async () => {
    const { game } = await startedGame('ar', { themes: ['myself'], maxDepth: 1 }, {});
    game.dir = 'rtl';
    await settled(game);
    expect(game.effectiveDir).toBe('rtl');
    const steps = [...game.shadowRoot!.querySelectorAll('.step')];
    expect(steps[0]!.getBoundingClientRect().left).toBeGreaterThan(steps[1]!.getBoundingClientRect().left);
    const card = deep(game, 'ontdek-doe-card');
    const box = deep(card, '[part="card"]').getBoundingClientRect();
    const band = deep(card, '[part="band"]').getBoundingClientRect();
    expect(Math.abs(band.right - box.right)).toBeLessThan(2);
    const leaderless = deep(game, '#turn').getBoundingClientRect();
    expect(Math.abs(leaderless.right - game.getBoundingClientRect().right)).toBeLessThan(2);
    await expectAccessible(game);
  });
});

describe('accessibility (axe-core on the whole element), in Dutch and English', () => {
  for (const lang of ['nl', 'en']) {
    it(`setup, solo and group (${lang}), and a refusal shown next to its field`, async () => {
      const { game } = await mountGame({ lang }, { deck: gameDeck });
      await expectAccessible(game);
      unmountGames();
      const group = await mountGame({ lang, mode: 'group' }, { deck: gameDeck });
      deep<HTMLButtonElement>(group.game, '#add-player').click();
      await settled(group.game);
      await expectAccessible(group.game);
      deep<HTMLButtonElement>(group.game, '#start').click();
      await settled(group.game);
      expect(deep(group.game, '#problem').textContent).not.toBe('');
      await expectAccessible(group.game);
    });

    it(`discover with each answer kind, answered, leader panel and hand-over (${lang})`, async () => {
      const { game } = await startedGame(lang, { mode: 'led', themes: ['myself'], cardsPerPlayer: 5 });
      const kinds = new Set<string>();
      while (game.game!.view().phase === 'discover') {
        kinds.add(game.game!.view().card!.answer.kind);
        expect(deep(game, '[part="leader"]').textContent).toContain(
          lang === 'nl' ? 'Alleen voor de spelleider' : 'Only for the game leader',
        );
        await expectAccessible(game);
        await send(game, { type: 'player.answer', value: valueFor(game.game!.view().card!), starred: true });
        await expectAccessible(game);
        await send(game, { type: 'turn.next' });
      }
      expect([...kinds].sort()).toEqual(['choice', 'faces', 'talk', 'text']);
      unmountGames();
      const group = await startedGame(lang, { mode: 'group', players: [{ alias: 'Ann' }, { alias: 'Bo' }] });
      await expectAccessible(group.game);
      deep<HTMLButtonElement>(group.game, '.handover button').click();
      await settled(group.game);
      await send(group.game, { type: 'player.answer', value: { kind: 'talk' } });
      await expectAccessible(group.game);
    });

    it(`paused and finished (${lang})`, async () => {
      const { game } = await startedGame(lang, { mode: 'led' });
      await send(game, { type: 'leader.pause' });
      await expectAccessible(game);
      await send(
        game,
        { type: 'leader.resume' },
        { type: 'leader.endPhase' },
        { type: 'phase.next' },
        { type: 'phase.next' },
      );
      await send(game, { type: 'session.finish' });
      await expectAccessible(game);
    });

    it(`every error screen (${lang}): 404, unreachable, not JSON, broken deck, corrupt session`, async () => {
      const realFetch = globalThis.fetch;
      globalThis.fetch = (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch;
      try {
        const unreachable = await mountGame({ lang, 'deck-src': 'https://example.invalid/d.json' });
        expect(deep(unreachable.game, 'button.retry')).toBeTruthy();
        await expectAccessible(unreachable.game);
        unmountGames();
      } finally {
        globalThis.fetch = realFetch;
      }
      for (const src of [
        '/missing/deck.json',
        'data:application/json,nee',
        'data:application/json,{"id":3}',
      ]) {
        const { game, heard } = await mountGame({ lang, 'deck-src': src });
        expect(heard.errors).toHaveLength(1);
        await expectAccessible(game);
        unmountGames();
      }
      localStorage.setItem('ontdek-doe:axe', CORRUPT_SESSION);
      const corrupt = await mountGame({ lang, storage: 'local', 'session-key': 'axe' }, { deck: gameDeck });
      await expectAccessible(corrupt.game);
      localStorage.removeItem('ontdek-doe:axe');
    });
  }
});

describe('targets, motion and forced colours', () => {
  afterEach(async () => {
    await commands.emulateMedia({ reducedMotion: null, forcedColors: null });
  });

  /** Every button, summary and labelled option inside the game is at least 44 × 44 px. */
  function expectTargets(game: OntdekDoeGame, label: string) {
    for (const target of deepAll(game, 'button, summary, label.check, select, input.field, textarea')) {
      const { width, height } = target.getBoundingClientRect();
      if (width === 0) continue;
      const what = `${label}: ${target.outerHTML.slice(0, 80)}`;
      expect(Math.round(width), what).toBeGreaterThanOrEqual(44);
      expect(Math.round(height), what).toBeGreaterThanOrEqual(44);
    }
  }

  it('everything you can press is at least 44 × 44 px: setup, discover, answered, leader panel', async () => {
    const { game } = await mountGame({ lang: 'nl', mode: 'group' }, { deck: gameDeck });
    expectTargets(game, 'setup');
    unmountGames();
    const led = await startedGame('nl', { mode: 'led', themes: ['myself'], maxDepth: 1 });
    deep<HTMLElement>(led.game, 'details.player-settings').setAttribute('open', '');
    await settled(led.game);
    expectTargets(led.game, 'discover');
    await send(led.game, { type: 'player.answer', value: { kind: 'talk' } as AnswerValue });
    expectTargets(led.game, 'answered');
  });

  it('no transitions under reduced motion; borders stay in forced-colours mode', async () => {
    const { game } = await startedGame('nl', { mode: 'led' });
    await commands.emulateMedia({ reducedMotion: 'reduce', forcedColors: 'active' });
    for (const element of deepAll(game, '*')) {
      const style = getComputedStyle(element);
      // Elements that are not rendered (inside a closed <details>) have no computed style.
      if (style.transitionDuration === '') continue;
      expect(style.transitionDuration, element.localName).toMatch(/^0s(, 0s)*$/);
    }
    for (const button of deepAll(game, 'button')) {
      const style = getComputedStyle(button);
      expect(style.borderTopStyle, button.outerHTML.slice(0, 60)).toBe('solid');
      expect(parseFloat(style.borderTopWidth)).toBeGreaterThanOrEqual(1);
    }
    expect(getComputedStyle(deep(game, '[part="leader"]')).borderTopStyle).toBe('dashed');
  });
});

describe('printing the summary', () => {
  afterEach(async () => {
    await commands.emulateMedia({ media: null });
  });

  it('on paper only the summary shows: no deck title, journey, leader buttons or focus ring', async () => {
    const { game } = await startedGame('nl', { mode: 'led' });
    await send(game, { type: 'leader.endPhase' }, { type: 'phase.next' }, { type: 'phase.next' });
    expect(screenOf(game)?.localName).toBe('ontdek-doe-summary');
    deep<OntdekDoeSummary>(game, 'ontdek-doe-summary').focusHeading();
    await commands.emulateMedia({ media: 'print' });
    for (const selector of ['.deck-title', '[part~="journey"]', '[part~="leader-bar"]'])
      expect(deep(game, selector).checkVisibility(), selector).toBe(false);
    const heading = deep(game, '[part="heading"]');
    expect(heading.textContent).toBe('Samenvatting van Sam');
    expect(heading.checkVisibility()).toBe(true);
    expect(heading.matches(':focus-visible')).toBe(true);
    expect(getComputedStyle(heading).outlineStyle).toBe('none');
  });
});

describe('moving the element', () => {
  it('taken out of the page while loading, and put back: it loads again instead of showing an error', async () => {
    const realFetch = globalThis.fetch;
    globalThis.fetch = ((_url: RequestInfo | URL, init?: RequestInit) =>
      new Promise((resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
        setTimeout(() => resolve(new Response(JSON.stringify(gameDeck))), 100);
      })) as typeof fetch;
    try {
      const element = document.createElement('ontdek-doe-game');
      element.setAttribute('deck-src', '/deck.json');
      const errors: string[] = [];
      element.addEventListener('od-error', (e) => errors.push(e.detail.code));
      document.body.append(element);
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 10));
      element.remove();
      await new Promise((resolve) => setTimeout(resolve, 10));
      document.body.append(element);
      await settled(element);
      expect(errors).toEqual([]);
      expect(screenOf(element)?.localName).toBe('ontdek-doe-setup');
      element.remove();
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
