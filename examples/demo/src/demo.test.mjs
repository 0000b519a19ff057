// The demo as a user gets it: serve.mjs on a free port, then the page in Debian's Chromium
// (playwright-core, nothing downloaded): setup form, an alias typed with the keyboard, start, the first
// card answered, the second card shown; no console error, no CSP violation, no request off 127.0.0.1.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import {
  answerCardByKeyboard,
  expectAccessiblePage,
  launchChromium,
  watchPage,
} from '@ontdek-doe/example-shared/browserTest.mjs';

const SERVE = fileURLToPath(new URL('../serve.mjs', import.meta.url));
const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'";

/** Starts serve.mjs with PORT=0 (a free port) and resolves with the URL it prints. */
async function startServer() {
  const child = spawn(process.execPath, [SERVE], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve.mjs printed no URL: ${out}`)), 10_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /Open (http:\/\/127\.0\.0\.1:\d+) in je browser \/ in your browser/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`serve.mjs stopped (${code}): ${out}`)));
  });
  return { child, url };
}

describe('the demo page', () => {
  /** @type {import('node:child_process').ChildProcess} */
  let server;
  /** @type {string} */
  let base;

  before(async () => {
    ({ child: server, url: base } = await startServer());
  });

  after(async () => {
    if (server.exitCode === null) {
      server.kill('SIGINT');
      await once(server, 'exit');
    }
  });

  it('serves the page and its one script with the strict CSP and the right content types', async () => {
    const page = await fetch(`${base}/`);
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-security-policy'), CSP);
    assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
    const html = await page.text();
    assert.match(html, /<title>Ontdek &amp; Doe<\/title>/);
    assert.match(html, /<ontdek-doe-game[^>]*storage="local"[^>]*session-key="demo"/);
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
    assert.doesNotMatch(html, /<style|style="/, 'no inline style');
    // The deck editor for trainers is linked, and served beside the game.
    assert.match(html, /<a href="deck-editor\/"/);
    const editor = await fetch(`${base}/deck-editor/`);
    assert.equal(editor.status, 200);
    assert.match(await editor.text(), /<ontdek-doe-deck-editor[^>]*autosave/);
    assert.equal((await fetch(`${base}/deck-editor/main.js`)).status, 200);

    const script = await fetch(`${base}/main.js`);
    assert.equal(script.status, 200);
    assert.equal(script.headers.get('content-security-policy'), CSP);
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    const css = await fetch(`${base}/styles.css`);
    assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');

    assert.equal((await fetch(`${base}/nope.js`)).status, 404);
    assert.equal((await fetch(`${base}/..%2fserve.mjs`)).status, 404);
  });

  it('the leader chooses the deck in the game’s setup form; the page switches the language', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const watched = await watchPage(page);
      await page.goto(`${base}/`);
      // The setup form of the game (Playwright's CSS locators pierce open shadow roots).
      await page.locator('ontdek-doe-setup h2', { hasText: 'Een spel klaarzetten' }).waitFor();
      const options = await page.locator('#deck-choice option').allTextContents();
      assert.deepEqual(
        options.map((o) => o.trim()),
        ['Basis (iedereen vanaf 12)', 'Jong (12 tot 18 jaar)', 'Makkelijk (eenvoudige taal)'],
      );
      await page.locator('#alias-0').fill('Sam');
      await page.locator('#deck-choice').selectOption('makkelijk');
      await page.waitForFunction(
        () => document.querySelector('ontdek-doe-game').game?.deck.id === 'makkelijk',
      );
      assert.equal(await page.locator('#alias-0').inputValue(), 'Sam');
      await page.getByLabel('English').check();
      await page.locator('ontdek-doe-setup h2', { hasText: 'Set up a game' }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      assert.equal((await page.locator('label[for="deck-choice"]').textContent())?.trim(), 'Card set');
      assert.equal(
        (await page.locator('#deck-choice option:checked').textContent())?.trim(),
        'Easy (plain language)',
      );
      await expectAccessiblePage(page, 'setup in English, easy deck chosen');
      assert.deepEqual(watched.errors, []);
      assert.deepEqual(watched.foreign, []);
      assert.deepEqual(watched.violations, []);
    } finally {
      await browser.close();
    }
  });

  it('plays: setup with the default deck, alias by keyboard, start, first card answered, second card', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const watched = await watchPage(page);

      await page.goto(`${base}/`);
      await page.getByRole('heading', { level: 1, name: 'Ontdek & Doe' }).waitFor();
      // The setup form of the game (Playwright's CSS locators pierce open shadow roots).
      await page.locator('ontdek-doe-setup h2', { hasText: 'Een spel klaarzetten' }).waitFor();
      assert.equal(await page.locator('#deck-choice').inputValue(), 'basis');
      const deckId = await page.evaluate(() => document.querySelector('ontdek-doe-game').game?.deck.id);
      assert.equal(deckId, 'basis');
      await expectAccessiblePage(page, 'the demo page with the setup form');

      await page.locator('#alias-0').focus();
      await page.keyboard.type('Sam');
      assert.equal(await page.locator('#alias-0').inputValue(), 'Sam');
      await page.locator('#start').focus();
      await page.keyboard.press('Enter');

      const card = page.locator('ontdek-doe-card');
      await card.locator('[part~="question"]').waitFor();
      const cardId = () =>
        page.evaluate(() => document.querySelector('ontdek-doe-game').game.view().card?.id);
      const first = await cardId();
      assert.ok(first, 'a first card is shown');

      await expectAccessiblePage(page, 'the first card');
      await answerCardByKeyboard(page);

      await page.waitForFunction(
        (firstId) => {
          const id = document.querySelector('ontdek-doe-game').game.view().card?.id;
          return id && id !== firstId;
        },
        first,
        { timeout: 10_000 },
      );
      await card.locator('[part~="question"]').waitFor();
      assert.notEqual(await cardId(), first);

      const log = await page.locator('#event-log').textContent();
      assert.match(log, /od-session-started/);
      assert.match(log, /od-answer-given/);

      assert.deepEqual(watched.violations, []);
      assert.deepEqual(watched.errors, []);
      assert.deepEqual(watched.foreign, []);
    } finally {
      await browser.close();
    }
  });
});
