import { userEvent } from 'vitest/browser';
import { deepActiveElement } from './mount.ts';

/**
 * Presses Tab until the focused element (looking inside shadow roots) matches `selector` and,
 * when given, its text or its label's text contains `text`. Fails with where focus is when it never gets there.
 *
 * @example
 * await tabTo('button.primary');
 * await tabTo('input[type="checkbox"]', 'Wonen');
 */
export async function tabTo(selector: string, text?: string, max = 40): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await userEvent.tab();
    const active = deepActiveElement();
    if (!active?.matches(selector)) continue;
    if (text === undefined) return active;
    const words = `${active.textContent ?? ''} ${active.closest('label')?.textContent ?? ''}`;
    if (words.includes(text)) return active;
  }
  throw new Error(
    `Tab never reached ${selector}${text ? ` with "${text}"` : ''}; focus is on ${deepActiveElement()?.outerHTML}`,
  );
}

/** Tabs to `selector` (with `text`) and presses Enter. */
export async function press(selector: string, text?: string): Promise<void> {
  await tabTo(selector, text);
  await userEvent.keyboard('{Enter}');
}
