// The plain page as a host builds it: one script tag and one element. Served on a free port and
// opened in Debian's Chromium: the setup form shows the themes of the deck it fetched from
// decks/basis.json; axe finds nothing on the page; no console error, no CSP violation, no request
// off 127.0.0.1.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveStatic, CSP } from '@ontdek-doe/example-shared/serveStatic.mjs';
import { expectAccessiblePage, launchChromium, watchPage } from '@ontdek-doe/example-shared/browserTest.mjs';

const dist = new URL('../dist/', import.meta.url);
const deck = JSON.parse(await readFile(new URL('decks/basis.json', dist), 'utf8'));

describe('embed-html: one script tag and one element', () => {
  let served;
  before(async () => {
    served = await serveStatic({ root: dist });
  });
  after(() => served.close());

  it('the page has exactly the one script and the one element, and dist has the bundle, deck and icons', async () => {
    const response = await fetch(`${served.url}/`);
    assert.equal(response.headers.get('content-security-policy'), CSP);
    const html = await response.text();
    assert.deepEqual(html.match(/<script[^>]*>/g), ['<script type="module" src="ontdek-doe.js">']);
    assert.match(html, /<ontdek-doe-game deck-src="decks\/basis.json" lang="nl"><\/ontdek-doe-game>/);
    const bundle = await fetch(`${served.url}/ontdek-doe.js`);
    assert.equal(bundle.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.doesNotMatch(await bundle.text(), /^\s*import\s|from\s*["']@ontdek-doe/m, 'no imports left');
    assert.equal((await fetch(`${served.url}/decks/basis.json`)).status, 200);
    assert.equal((await fetch(`${served.url}/icons/sun.svg`)).status, 200);
  });

  it('shows the setup form with the themes of the basis deck', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const watch = await watchPage(page);
      const deckRequest = page.waitForRequest((request) => request.url().endsWith('/decks/basis.json'));
      await page.goto(`${served.url}/`);
      await page.locator('ontdek-doe-setup h2', { hasText: 'Een spel klaarzetten' }).waitFor();
      await deckRequest; // the element fetched its deck from deck-src
      assert.equal(
        await page.evaluate(() => document.querySelector('ontdek-doe-game').game?.view().phase),
        'setup',
      );
      for (const theme of deck.themes) {
        const box = page.locator(`ontdek-doe-setup #theme-${theme.id}`);
        assert.equal(await box.isChecked(), true, `${theme.id} is offered and ticked`);
        const label = page
          .locator('ontdek-doe-setup label.check')
          .filter({ has: page.locator(`#theme-${theme.id}`) });
        assert.equal((await label.textContent()).trim(), theme.title.nl, `${theme.id} is named`);
      }
      assert.equal(
        await page.locator('ontdek-doe-setup input[type="checkbox"][id^="theme-"]').count(),
        deck.themes.length,
      );
      await expectAccessiblePage(page, 'the setup form');
      assert.deepEqual(watch.errors, []);
      assert.deepEqual(watch.violations, []);
      assert.deepEqual(watch.foreign, []);
    } finally {
      await browser.close();
    }
  });
});
