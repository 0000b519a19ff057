// What the examples' browser tests share: Debian's Chromium through playwright-core (nothing
// downloaded), a watch on a page for console errors, CSP violations and requests off 127.0.0.1,
// and axe-core on the whole page.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS as FLAGS } from '../../scripts/chromium.js';

export { CHROMIUM, FLAGS };

/** Launches Chromium headless with the examples' flags. */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/**
 * Watches `page` from its first script on: `problems()` returns the console errors, page errors
 * and failed responses, `violations()` the CSP violations (async: it asks the page), and
 * `foreign` the requests to any host but 127.0.0.1. Survives reloads.
 */
export async function watchPage(page) {
  const errors = [];
  const foreign = [];
  const violations = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  page.on('request', (request) => {
    const { host, protocol } = new URL(request.url());
    if (protocol !== 'data:' && protocol !== 'blob:' && !host.startsWith('127.0.0.1:')) {
      foreign.push(request.url());
    }
  });
  await page.exposeFunction('__odViolation', (text) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__odViolation(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      ),
    );
  });
  return { errors, foreign, violations };
}

/**
 * Answers the card on screen with the keyboard, whatever its kind (text, faces, choice), then
 * presses its primary button and, on the answered screen, Next.
 */
export async function answerCardByKeyboard(page, text = 'Wandelen in het park') {
  const card = page.locator('ontdek-doe-card');
  await card.locator('[part~="question"]').waitFor();
  const kind = await page.evaluate(
    () => document.querySelector('ontdek-doe-game').game.view().card.answer.kind,
  );
  if (kind === 'text') {
    await card.locator('textarea#text').focus();
    await page.keyboard.type(text);
  } else if (kind === 'faces') {
    await card.locator('input[name="face"]').first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
  } else if (kind === 'choice') {
    await card.locator('input[name="choice"]').first().focus();
    await page.keyboard.press('Space');
  }
  await card.locator('button.primary').focus();
  await page.keyboard.press('Enter');
  await page.locator('ontdek-doe-discover button.next').focus();
  await page.keyboard.press('Enter');
}

/** The rules the examples' pages are held to: WCAG 2.0–2.2 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

let axeSource;

/**
 * Runs axe-core on the whole page as it is now, shadow roots included, with the page-level rules
 * too (landmarks, one main, a level-one heading, the title, the language): these are real host
 * pages. Returns each violation as text with the elements it is about; empty when there is none.
 * axe is put into the page through the DevTools protocol, so the page's CSP does not stop it and it
 * makes no request.
 */
export async function axeViolations(page) {
  axeSource ??= await readFile(fileURLToPath(import.meta.resolve('axe-core/axe.min.js')), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.flatMap((violation) => [
      `✖ ${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}`,
      ...violation.nodes.map(
        (node) => `  → ${node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' ')}`,
      ),
    ]);
  }, AXE_TAGS);
}

/** Fails, naming the rule and the elements, when axe finds any violation on the page at `label`. */
export async function expectAccessiblePage(page, label) {
  const lines = await axeViolations(page);
  assert.deepEqual(lines, [], `axe at ${label}:\n${lines.join('\n')}`);
}
