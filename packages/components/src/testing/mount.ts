import type { CardView } from '@ontdek-doe/core';
import type { OdAnswerEvent, OdErrorEvent, OdPassEvent } from '../events.ts';
import type { OntdekDoeCard } from '../ontdek-doe-card/ontdek-doe-card.ts';
import '../define/ontdek-doe-card.ts';

/** What a mounted card heard: every `od-answer`, `od-pass` and `od-error`, in order. */
export interface Heard {
  answers: OdAnswerEvent['detail'][];
  passes: OdPassEvent['detail'][];
  errors: OdErrorEvent['detail'][];
}

/**
 * Puts an `<ontdek-doe-card>` on the test page (inside a wrapper with the given `lang` and `dir`),
 * waits for it to render, and records the events it fires at the document, as a host page would.
 *
 * @example
 * const { card, heard } = await mountCard(cardFixture('faces-home'), { lang: 'nl' });
 */
export async function mountCard(
  view: CardView | null,
  { lang = 'nl', dir = 'ltr', width }: { lang?: string; dir?: 'ltr' | 'rtl'; width?: string } = {},
): Promise<{ card: OntdekDoeCard; wrapper: HTMLElement; heard: Heard }> {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  wrapper.dir = dir;
  if (width) wrapper.style.inlineSize = width;
  const card = document.createElement('ontdek-doe-card');
  card.card = view;
  wrapper.append(card);
  const heard: Heard = { answers: [], passes: [], errors: [] };
  const controller = new AbortController();
  const { signal } = controller;
  document.addEventListener('od-answer', (e) => heard.answers.push(e.detail), { signal });
  document.addEventListener('od-pass', (e) => heard.passes.push(e.detail), { signal });
  document.addEventListener('od-error', (e) => heard.errors.push(e.detail), { signal });
  document.body.append(wrapper);
  cleanups.push(() => {
    controller.abort();
    wrapper.remove();
  });
  await card.updateComplete;
  return { card, wrapper, heard };
}

const cleanups: (() => void)[] = [];

/** Removes what `mountCard` added; call it in `afterEach`. */
export function unmountAll(): void {
  while (cleanups.length > 0) cleanups.pop()?.();
}

/** An element in the card's shadow root; fails loudly when it is not there. */
export function part<T extends Element = HTMLElement>(card: OntdekDoeCard, selector: string): T {
  const found = card.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`<ontdek-doe-card> has no ${selector}`);
  return found;
}

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
