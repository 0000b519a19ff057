/**
 * Whole flows of `<ontdek-doe-game>` played with the keyboard only, shared by the play-through
 * tests. Each step checks where focus landed and runs axe on the whole element (and, when asked,
 * that nothing sticks out sideways).
 */
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { OntdekDoeGame } from '@ontdek-doe/components';
import type { PlayerSummary } from '@ontdek-doe/core';
import {
  answerCard,
  deep,
  deepAll,
  expectAccessible,
  expectFocusOnHeading,
  focused,
  inside,
  onCleanUp,
  press,
  screenOf,
  settled,
  tabTo,
  typeInto,
} from './support.ts';

export type Lang = 'nl' | 'en';

/** The UI words the flows look for, per language. */
export const words = {
  nl: {
    discover: (alias: string) => `Aan de beurt: ${alias}`,
    yourAnswer: 'Jouw antwoord',
    matters: 'Wat vind ik belangrijk?',
    goals: 'Wat ga ik doen?',
    summary: (alias: string) => `Samenvatting van ${alias}`,
    lenses: ['Wat wil ik?', 'Wat kan ik?', 'Wat doe ik al?', 'Wat heb ik nodig?'],
    finished: 'Het spel is klaar',
    checkIn: 'Hoe ging het met je doelen?',
    handOver: (alias: string) => `Nu is ${alias} aan de beurt`,
    leaderOnly: 'Alleen voor de spelleider',
    paused: 'Pauze',
    goalHeading: 'Wat is je doel?',
  },
  en: {
    discover: (alias: string) => `Whose turn: ${alias}`,
    yourAnswer: 'Your answer',
    matters: 'What matters to me?',
    goals: 'What will I do?',
    summary: (alias: string) => `Summary of ${alias}`,
    lenses: ['What do I want?', 'What can I do?', 'What do I already do?', 'What do I need?'],
    finished: 'The game is over',
    checkIn: 'How did your goals go?',
    handOver: (alias: string) => `It is now ${alias}’s turn`,
    leaderOnly: 'Only for the game leader',
    paused: 'Pause',
    goalHeading: 'What is your goal?',
  },
} as const;

/** What a phase check does besides focus: axe always, overflow at 320 px when asked. */
export interface Checks {
  overflow?: boolean;
}

/** Runs axe (and the overflow check) on the phase on show. */
export async function checkPhase(game: OntdekDoeGame, label: string, checks: Checks = {}): Promise<void> {
  await expectAccessible(game, label);
  if (checks.overflow) expectNoOverflow(game, label);
}

/** Fails when anything inside the game sticks out of it sideways, or the page scrolls sideways. */
export function expectNoOverflow(game: OntdekDoeGame, label: string): void {
  const host = game.getBoundingClientRect();
  for (const element of deepAll(game, '*')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || element.closest('.visually-hidden')) continue;
    const what = `${label}: sticks out sideways: ${element.outerHTML.slice(0, 120)}`;
    expect(box.right, what).toBeLessThanOrEqual(host.right + 0.5);
    expect(box.left, what).toBeGreaterThanOrEqual(host.left - 0.5);
  }
  expect(document.documentElement.scrollWidth, `${label}: the page scrolls sideways`).toBeLessThanOrEqual(
    window.innerWidth,
  );
}

/**
 * The screen of this phase is on show, and it is a working element: registered by
 * `define/ontdek-doe-game.js` (the only file the README tells a host to import) and rendered.
 */
export function expectScreen(game: OntdekDoeGame, tag: string): void {
  const screen = screenOf(game);
  expect(screen?.localName, `the screen on show`).toBe(tag);
  expect(
    customElements.get(tag),
    `BUG: <${tag}> is not registered by '@ontdek-doe/components/define/ontdek-doe-game.js', so the game shows an empty screen at this phase and cannot go on`,
  ).toBeDefined();
  expect(
    screen?.shadowRoot?.querySelector('[data-heading], h1, h2'),
    `<${tag}> rendered a heading`,
  ).toBeTruthy();
}

const inSetup = (selector: string) => inside('ontdek-doe-setup', selector);
const inDiscover = (selector: string) => inside('ontdek-doe-discover', selector);

/** Fills the setup form for one player (alias, 3 cards) and starts the game. */
export async function setUpSolo(game: OntdekDoeGame, alias: string, checks: Checks = {}): Promise<void> {
  expectScreen(game, 'ontdek-doe-setup');
  await checkPhase(game, 'setup', checks);
  await typeInto(game, inSetup('#alias-0'), alias, 'the alias field');
  await typeInto(game, inSetup('#cards'), '3', 'the number of cards');
  await press(game, inSetup('#start'), 'the start button');
}

/** Answers every card of the discover phase (one player), starring the first; returns the kinds seen. */
export async function discoverSolo(
  game: OntdekDoeGame,
  lang: Lang,
  alias: string,
  checks: Checks = {},
): Promise<string[]> {
  expectScreen(game, 'ontdek-doe-discover');
  expectFocusOnHeading(game, words[lang].discover(alias), 'discover');
  const kinds: string[] = [];
  for (let n = 0; n < 3; n++) {
    expect(deep(game, 'ontdek-doe-card'), `card ${n + 1} is on screen`).toBeTruthy();
    await checkPhase(game, `discover, card ${n + 1}`, checks);
    kinds.push(await answerCard(game, `${alias} zegt ${n + 1}`, { star: n === 0 }));
    await checkPhase(game, `discover, card ${n + 1} answered`, checks);
    await press(game, inDiscover('button.next'), 'the next button');
  }
  return kinds;
}

/** Chooses the starred answer in "what matters" and goes on. */
export async function chooseStarred(
  game: OntdekDoeGame,
  lang: Lang,
  playerId: string,
  checks: Checks = {},
): Promise<void> {
  expectScreen(game, 'ontdek-doe-matters');
  expectFocusOnHeading(game, words[lang].matters, 'what matters');
  await checkPhase(game, 'what matters', checks);
  const starred = game.game!.getSession().answers.filter((a) => a.playerId === playerId && a.starred);
  expect(starred, 'one starred answer').toHaveLength(1);
  await tabTo(game, inside('ontdek-doe-matters', `input[type="checkbox"][value="a:${starred[0]!.id}"]`), {
    what: 'the starred answer',
  });
  await userEvent.keyboard(' ');
  await settled(game);
  await press(game, inside('ontdek-doe-matters', 'button.primary'), 'the save button of what matters');
  expect(game.game!.getSession().matters[playerId]).toEqual([{ type: 'answer', answerId: starred[0]!.id }]);
}

/** A goal as the player types it. */
export interface GoalWords {
  text: string;
  firstStep: string;
  when: string;
  need: string;
}

const inGoals = (selector: string) => inside('ontdek-doe-goals', selector);

/** Fills every step of the goal form with the keyboard and saves it. */
export async function setGoal(
  game: OntdekDoeGame,
  goal: GoalWords,
  checks: Checks = {},
  label = 'goals',
): Promise<void> {
  const next = () => press(game, inGoals('form button.primary'), 'the goal form’s next button');
  const heading = () => deep(game, 'ontdek-doe-goals').shadowRoot!.querySelector('#step-heading');
  // 1. the goal
  await checkPhase(game, `${label}: goal`, checks);
  await typeInto(game, inGoals('#goal-text'), goal.text, 'the goal field');
  await next();
  // 2. a theme (optional): the second radio, with an arrow key
  expect(focused()?.id, `${label}: focus on the theme step's heading`).toBe('step-heading');
  await checkPhase(game, `${label}: theme`, checks);
  await tabTo(game, inGoals('input[type="radio"][name="theme"]'), { what: 'the theme radios' });
  await userEvent.keyboard('{ArrowDown}');
  await next();
  // 3. the first step
  expect(heading(), `${label}: the first-step step`).not.toBeNull();
  await checkPhase(game, `${label}: first step`, checks);
  await typeInto(game, inGoals('#first-step'), goal.firstStep, 'the first-step field');
  await next();
  // 4. when
  await checkPhase(game, `${label}: when`, checks);
  await typeInto(game, inGoals('#when'), goal.when, 'the when field');
  await next();
  // 5. help: on my own
  await checkPhase(game, `${label}: help`, checks);
  await tabTo(game, inGoals('#help-self'), { what: 'the "myself" help checkbox' });
  await userEvent.keyboard(' ');
  await next();
  // 6. what I need
  await checkPhase(game, `${label}: need`, checks);
  await typeInto(game, inGoals('#need'), goal.need, 'the need field');
  await next();
  // 7. confidence: 8, with the arrow keys
  await checkPhase(game, `${label}: confidence`, checks);
  await tabTo(game, inGoals('input[type="radio"][name="confidence"]'), { what: 'the confidence scale' });
  await userEvent.keyboard(' ');
  for (let i = 0; i < 10; i++) {
    const value = (focused() as HTMLInputElement | null)?.value;
    if (value === '8') break;
    await userEvent.keyboard('{ArrowRight}');
  }
  await settled(game);
  expect((focused() as HTMLInputElement | null)?.value, `${label}: confidence 8 chosen`).toBe('8');
  await next();
}

/** Goes on from the goals list (to the next player or the summary). */
export async function leaveGoals(game: OntdekDoeGame, label = 'goals list', checks: Checks = {}) {
  await checkPhase(game, label, checks);
  await press(
    game,
    (e) => inGoals('button.primary')(e) && !e.closest('form'),
    'the goals list’s continue button',
  );
}

/** Catches the summary download: the file name and the JSON that went into the Blob. */
export function catchDownloads(): { name: string; json: unknown }[] {
  const caught: { name: string; json: unknown }[] = [];
  const blobs = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL.call(URL, object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (!this.download || !blob) return click.call(this);
    const entry = { name: this.download, json: undefined as unknown };
    caught.push(entry);
    void blob.text().then((text) => (entry.json = JSON.parse(text)));
  };
  onCleanUp(() => {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  });
  return caught;
}

/** The summary phase: the lenses, the goal and its first step; download; finish. Returns the JSON. */
export async function summaryAndFinish(
  game: OntdekDoeGame,
  lang: Lang,
  alias: string,
  goal: GoalWords,
  checks: Checks = {},
): Promise<PlayerSummary> {
  expectScreen(game, 'ontdek-doe-summary');
  expectFocusOnHeading(game, words[lang].summary(alias), 'the summary');
  await checkPhase(game, 'summary', checks);
  const summary = deep(game, 'ontdek-doe-summary');
  const lensHeadings = ['want', 'can', 'do', 'need'].map((lens) =>
    deep(summary, `#lens-${lens}`).textContent?.trim(),
  );
  expect(lensHeadings).toEqual(words[lang].lenses);
  const goalCard = deep(summary, 'article.goal');
  expect(goalCard.textContent).toContain(goal.text);
  expect(goalCard.textContent).toContain(goal.firstStep);
  expect(goalCard.checkVisibility(), 'the goal is visible').toBe(true);

  const downloads = catchDownloads();
  await press(game, inside('ontdek-doe-summary', 'button.download'), 'the download button');
  await expect.poll(() => downloads[0]?.json).toBeTruthy();
  expect(downloads).toHaveLength(1);
  expect(downloads[0]!.name).toMatch(
    new RegExp(`^ontdek-doe-${alias.toLowerCase()}-\\d{4}-\\d{2}-\\d{2}\\.json$`),
  );
  const json = downloads[0]!.json as PlayerSummary;
  expect(json.player.alias).toBe(alias);
  expect(json.goals.map((g) => g.firstStep)).toEqual([goal.firstStep]);

  await press(game, inside('ontdek-doe-summary', 'button.primary'), 'the finish button');
  expectFocusOnHeading(game, words[lang].finished, 'the end');
  await checkPhase(game, 'finished', checks);
  expect(game.game!.getState()).toBe('finished');
  return json;
}

/** A whole solo game, from the setup form to the end. Returns the downloaded summary. */
export async function playSolo(
  game: OntdekDoeGame,
  lang: Lang,
  alias: string,
  goal: GoalWords,
  checks: Checks = {},
): Promise<{ summary: PlayerSummary; kinds: string[] }> {
  await setUpSolo(game, alias, checks);
  const kinds = await discoverSolo(game, lang, alias, checks);
  const playerId = game.game!.getSession().players[0]!.id;
  await chooseStarred(game, lang, playerId, checks);
  expectScreen(game, 'ontdek-doe-goals');
  expectFocusOnHeading(game, words[lang].goals, 'goals');
  await setGoal(game, goal, checks);
  await leaveGoals(game, 'goals list', checks);
  const summary = await summaryAndFinish(game, lang, alias, goal, checks);
  return { summary, kinds };
}
