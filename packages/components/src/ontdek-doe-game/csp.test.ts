import { describe, expect, it } from 'vitest';
import type { OntdekDoeGame } from './ontdek-doe-game.ts';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/** Opens the strict-CSP test page in an iframe and waits for the game's setup form. */
async function openCspPage(): Promise<{
  frame: HTMLIFrameElement;
  win: Window & { __odViolations?: string[] };
}> {
  const frame = document.createElement('iframe');
  frame.src = '/__od__/csp.html';
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '600px';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & { __odViolations?: string[] };
  await expect
    .poll(
      () => {
        const game = win.document.querySelector('ontdek-doe-game') as OntdekDoeGame | null;
        return game?.shadowRoot
          ?.querySelector('[part~="screen"] > ontdek-doe-setup')
          ?.shadowRoot?.querySelector('h2')?.textContent;
      },
      { timeout: 10_000 },
    )
    .toBe('Een spel klaarzetten');
  return { frame, win };
}

describe('under a strict Content-Security-Policy', () => {
  it('the page really is served with the policy', async () => {
    const response = await fetch('/__od__/csp.html');
    expect(response.headers.get('content-security-policy')).toBe(STRICT_CSP);
  });

  it('the game renders and is styled, with no violation (styles come through adoptedStyleSheets)', async () => {
    const { frame, win } = await openCspPage();
    try {
      const game = win.document.querySelector('ontdek-doe-game') as OntdekDoeGame;
      const setup = game.shadowRoot!.querySelector('ontdek-doe-setup')!;
      expect(game.shadowRoot!.adoptedStyleSheets.length).toBeGreaterThan(0);
      const start = setup.shadowRoot!.querySelector('#start')!;
      expect(win.getComputedStyle(start).minBlockSize).toBe('44px');
      expect(win.__odViolations).toEqual([]);
      // And the policy is enforced in that page: eval is refused, and the watcher hears of it.
      expect(() => (win as unknown as { eval(code: string): unknown }).eval('1 + 1')).toThrow();
      await expect.poll(() => win.__odViolations?.length).toBe(1);
    } finally {
      frame.remove();
    }
  });
});
