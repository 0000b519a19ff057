/**
 * What the end-to-end play-throughs share: putting the BUILT `<ontdek-doe-game>` on the page,
 * finding things inside its shadow roots, moving with the keyboard only (vitest's `userEvent`:
 * nothing is clicked or focused by script), and axe-core on the whole element.
 */
import axe from 'axe-core';
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import { basicDeck } from '@ontdek-doe/content';
import type { OntdekDoeGame } from '@ontdek-doe/components';
import '@ontdek-doe/components/define/ontdek-doe-game.js';

const cleanups: (() => void)[] = [];

/** Puts an `<ontdek-doe-game>` with the real default deck and these attributes on the page. */
export async function mountGame(
  attributes: Record<string, string>,
  properties: Partial<Pick<OntdekDoeGame, 'followUp'>> = {},
): Promise<OntdekDoeGame> {
  const game = document.createElement('ontdek-doe-game');
  for (const [name, value] of Object.entries(attributes)) game.setAttribute(name, value);
  Object.assign(game, { deck: basicDeck, ...properties });
  document.body.append(game);
  cleanups.push(() => game.remove());
  await settled(game);
  return game;
}

/** Takes off the page what the tests put there; call it in `afterEach`. */
export function cleanUp(): void {
  while (cleanups.length > 0) cleanups.pop()?.();
}

/** Something to take away after the test (an element, a spy). */
export function onCleanUp(cleanup: () => void): void {
  cleanups.push(cleanup);
}

type Updating = Element & { updateComplete?: Promise<unknown> };

/** Waits until the element has loaded its deck and everything inside it has rendered. */
export async function settled(root: Element): Promise<void> {
  await expect
    .poll(() => root.shadowRoot !== null && root.shadowRoot.querySelector('.loading') === null, {
      timeout: 3000,
    })
    .toBe(true);
  for (let round = 0; round < 2; round++) {
    for (const element of [root, ...deepAll(root, '*')]) await (element as Updating).updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Every element matching `selector` in `root`'s shadow root and every shadow root below it. */
export function deepAll(root: Element | ShadowRoot, selector: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.matches(selector)) found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return found;
}

/** The first element matching `selector` anywhere inside `root`; fails loudly when there is none. */
export function deep<T extends Element = HTMLElement>(root: Element, selector: string): T {
  const found = deepAll(root, selector)[0];
  if (!found) throw new Error(`Nothing in <${root.localName}> matches ${selector}`);
  return found as T;
}

/** The element that has focus, looking inside shadow roots. */
export function focused(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The host of the shadow root `element` is in. */
export function hostOf(element: Element | null): Element | null {
  const root = element?.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** A test for `tabTo`: an element in the shadow root of a `tag` element that matches `selector`. */
export function inside(tag: string, selector: string): (element: Element) => boolean {
  return (element) => hostOf(element)?.localName === tag && element.matches(selector);
}

/** A short description of an element for failure messages. */
export function describeElement(element: Element | null): string {
  if (!element) return 'nothing';
  const host = hostOf(element);
  return `${host ? `<${host.localName}> >>> ` : ''}${element.outerHTML.slice(0, 160)}`;
}

/**
 * Presses Tab (or Shift+Tab with `back`) until the focused element matches, at most `max` times.
 * Fails naming where focus is when the control can't be reached with the keyboard.
 */
export async function tabTo(
  game: Element,
  test: string | ((element: Element) => boolean),
  { max = 80, back = false, what }: { max?: number; back?: boolean; what?: string } = {},
): Promise<HTMLElement> {
  const matches = typeof test === 'string' ? (e: Element) => e.matches(test) : test;
  for (let i = 0; i < max; i++) {
    const active = focused();
    if (active && active !== document.body && matches(active)) return active as HTMLElement;
    await userEvent.tab({ shift: back });
    await settled(game);
  }
  throw new Error(
    `${what ?? String(test)} can't be reached with ${back ? 'Shift+Tab' : 'Tab'}; focus is on ${describeElement(focused())}`,
  );
}

/** Tabs to a control and presses Enter. */
export async function press(
  game: Element,
  test: string | ((element: Element) => boolean),
  what?: string,
): Promise<void> {
  await tabTo(game, test, { what });
  await userEvent.keyboard('{Enter}');
  await settled(game);
}

/** Tabs to a text field and types into it. */
export async function typeInto(
  game: Element,
  test: string | ((element: Element) => boolean),
  text: string,
  what?: string,
): Promise<void> {
  await tabTo(game, test, { what });
  await userEvent.keyboard('{Control>}a{/Control}');
  await userEvent.keyboard(text);
  await settled(game);
}

/** The screen element of the phase on show (`ontdek-doe-setup`, `ontdek-doe-discover`, …). */
export function screenOf(game: OntdekDoeGame): Element | null {
  return game.shadowRoot?.querySelector('[part~="screen"] > *') ?? null;
}

/** Focus is on a heading with this text, inside the screen of the phase on show. */
export function expectFocusOnHeading(game: OntdekDoeGame, text: string | RegExp, phase: string): void {
  const active = focused();
  const where = `after moving to ${phase}, focus should be on the heading "${String(text)}", but it is on ${describeElement(active)}`;
  expect(active?.matches('h1, h2, h3, h4, legend h2, legend h3, [role="heading"]'), where).toBe(true);
  const words = active?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  if (typeof text === 'string') expect(words, where).toBe(text);
  else expect(words, where).toMatch(text);
}

/** The text the game's live region holds now. */
export function liveRegion(game: OntdekDoeGame): string {
  return game.shadowRoot?.querySelector('[role="status"][aria-live="polite"]')?.textContent?.trim() ?? '';
}

/** Rules that only make sense for a whole page, not for one element on a bare test page. */
const PAGE_RULES = ['region', 'landmark-one-main', 'page-has-heading-one', 'document-title', 'html-has-lang'];

/**
 * axe-core on the element (with its shadow roots), WCAG 2.0–2.2 A/AA and best practices; fails
 * with what is wrong and where. The same rules as the components' own `expectAccessible`.
 */
export async function expectAccessible(element: Element, label: string): Promise<void> {
  const results = await axe.run(element, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'],
    },
    rules: Object.fromEntries(PAGE_RULES.map((id) => [id, { enabled: false }])),
    resultTypes: ['violations'],
  });
  const lines = results.violations.flatMap((violation) => [
    `  ✖ ${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}`,
    ...violation.nodes.map(
      (node) => `    → ${node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' ')}`,
    ),
  ]);
  expect(lines, `axe at ${label}:\n${lines.join('\n')}`).toEqual([]);
}

/**
 * Answers the card on screen with the keyboard, whatever its kind: words in a text field, a face
 * with the arrow keys, the first option with Space, or just "told out loud". Stars it when asked.
 */
export async function answerCard(
  game: OntdekDoeGame,
  words: string,
  { star = false }: { star?: boolean } = {},
): Promise<string> {
  const card = deep(game, 'ontdek-doe-card');
  const inCard = (selector: string) => inside('ontdek-doe-card', selector);
  const kind = card.shadowRoot?.querySelector('textarea')
    ? 'text'
    : card.shadowRoot?.querySelector('input[name="face"]')
      ? 'faces'
      : card.shadowRoot?.querySelector('input[name="choice"]')
        ? 'choice'
        : 'talk';
  if (kind === 'text') {
    await typeInto(game, inCard('textarea'), words, 'the answer field');
  } else if (kind === 'faces') {
    await tabTo(game, inCard('input[name="face"]'), { what: 'the faces' });
    await userEvent.keyboard(' {ArrowRight}{ArrowRight}');
  } else if (kind === 'choice') {
    await tabTo(game, inCard('input[name="choice"]'), { what: 'the first option' });
    await userEvent.keyboard(' ');
  }
  await settled(game);
  if (star) {
    await tabTo(game, inCard('button.star'), { what: 'the star toggle' });
    await userEvent.keyboard(' ');
    await settled(game);
    expect(deep(card, 'button.star').getAttribute('aria-pressed'), 'the star toggle is pressed').toBe('true');
  }
  await press(game, inCard('button.primary'), 'the card’s save button');
  return kind;
}
