import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { OdErrorDetail } from '../events.ts';
import type { OntdekDoeGame } from '../ontdek-doe-game/ontdek-doe-game.ts';
import { deepActiveElement } from './mount.ts';
import '../define/ontdek-doe-game.ts';

/** What a mounted game told the page, in order. */
export interface GameHeard {
  started: unknown[];
  answers: unknown[];
  goals: unknown[];
  finished: unknown[];
  errors: OdErrorDetail[];
}

const cleanups: (() => void)[] = [];

/**
 * Puts an `<ontdek-doe-game>` on the test page with these attributes and properties (properties
 * are set before it is connected), and records every `od-*` event the page hears.
 *
 * @example
 * const { game, heard } = await mountGame({ lang: 'nl', seed: '3' }, { deck: gameDeck });
 */
export async function mountGame(
  attributes: Record<string, string | true> = {},
  properties: Partial<Pick<OntdekDoeGame, 'deck' | 'decks' | 'plugins' | 'storageAdapter' | 'followUp'>> = {},
  { wrapper: wrapperAttributes = {}, width }: { wrapper?: Record<string, string>; width?: string } = {},
): Promise<{ game: OntdekDoeGame; wrapper: HTMLElement; heard: GameHeard }> {
  const wrapper = document.createElement('div');
  for (const [name, value] of Object.entries(wrapperAttributes)) wrapper.setAttribute(name, value);
  if (width) wrapper.style.inlineSize = width;
  const game = document.createElement('ontdek-doe-game');
  for (const [name, value] of Object.entries(attributes))
    game.setAttribute(name, value === true ? '' : value);
  Object.assign(game, properties);
  const heard: GameHeard = { started: [], answers: [], goals: [], finished: [], errors: [] };
  const controller = new AbortController();
  const { signal } = controller;
  document.addEventListener('od-session-started', (e) => heard.started.push(e.detail), { signal });
  document.addEventListener('od-answer-given', (e) => heard.answers.push(e.detail), { signal });
  document.addEventListener('od-goal-set', (e) => heard.goals.push(e.detail), { signal });
  document.addEventListener('od-session-finished', (e) => heard.finished.push(e.detail), { signal });
  document.addEventListener('od-error', (e) => heard.errors.push(e.detail), { signal });
  wrapper.append(game);
  document.body.append(wrapper);
  cleanups.push(() => {
    controller.abort();
    wrapper.remove();
  });
  await settled(game);
  return { game, wrapper, heard };
}

/** Removes what `mountGame` added; call it in `afterEach`. */
export function unmountGames(): void {
  while (cleanups.length > 0) cleanups.pop()?.();
}

/** Waits until the game has loaded (or failed) and every nested element has rendered. */
export async function settled(game: OntdekDoeGame): Promise<void> {
  await expect
    .poll(() => game.shadowRoot?.querySelector('.loading') === null && game.shadowRoot !== null, {
      timeout: 3000,
    })
    .toBe(true);
  await game.updateComplete;
  for (const element of deepAll(game, '*'))
    if ('updateComplete' in element)
      await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Every element matching `selector` in `root` and every shadow root below it. */
export function deepAll(root: Element | ShadowRoot | Document, selector: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot | Document) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.matches(selector)) found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  else visit(root);
  return found;
}

/** The first element matching `selector` anywhere inside `root`; fails loudly when there is none. */
export function deep<T extends Element = HTMLElement>(
  root: Element | ShadowRoot | Document,
  selector: string,
): T {
  const found = deepAll(root, selector)[0];
  if (!found) throw new Error(`Nothing matches ${selector}`);
  return found as T;
}

/** The screen element of the current phase (`ontdek-doe-setup`, `ontdek-doe-discover`, …). */
export function screenOf(game: OntdekDoeGame): Element | null {
  return game.shadowRoot?.querySelector('[part~="screen"] > *') ?? null;
}

/** The host element of the shadow root `element` is in. */
export function hostOf(element: Element | null): Element | null {
  const root = element?.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * Presses Tab (forwards) until the focused element matches `test`, at most `max` times, and
 * returns it. Keyboard only: nothing is clicked or focused by script.
 */
export async function tabTo(
  test: string | ((element: Element) => boolean),
  { max = 60, game }: { max?: number; game?: OntdekDoeGame } = {},
): Promise<HTMLElement> {
  const matches = typeof test === 'string' ? (e: Element) => e.matches(test) : test;
  for (let i = 0; i < max; i++) {
    const active = deepActiveElement();
    if (active && active !== document.body && matches(active)) return active as HTMLElement;
    await userEvent.tab();
    if (game) await settled(game);
  }
  throw new Error(
    `Tab never reached ${String(test)}; focus is on ${deepActiveElement()?.outerHTML.slice(0, 200)}`,
  );
}

/** A test for `tabTo`: an element inside the given element's shadow root that matches `selector`. */
export function inside(tag: string, selector: string): (element: Element) => boolean {
  return (element) => hostOf(element)?.localName === tag && element.matches(selector);
}

/** The text the game's live region holds now. */
export function liveRegion(game: OntdekDoeGame): string {
  return game.shadowRoot?.querySelector('[role="status"][aria-live="polite"]')?.textContent?.trim() ?? '';
}
