// What the examples' browser tests share: Debian's Chromium through playwright-core (nothing
// downloaded), and a watch on a page for console errors, CSP violations and requests off 127.0.0.1.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.OD_CHROMIUM ?? '/usr/bin/chromium';
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

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
