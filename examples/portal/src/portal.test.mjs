// The portal page in Debian's Chromium: the game wears the portal's colours and font, and its
// sessions live in IndexedDB through the portal's own adapter. Start, answer one card, reload:
// the game resumes on the same card with the same answer. axe finds nothing on the page at each of
// these steps. No console error, no CSP violation, no request off 127.0.0.1.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { serveStatic } from '@ontdek-doe/example-shared/serveStatic.mjs';
import {
  answerCardByKeyboard,
  expectAccessiblePage,
  launchChromium,
  watchPage,
} from '@ontdek-doe/example-shared/browserTest.mjs';

/** In the page: the session kept by portalStorage (IndexedDB `portal-ontdek-doe`, key `portaal`). */
function readStored() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('portal-ontdek-doe');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('sessions')) return resolve(null);
      const get = db.transaction('sessions').objectStore('sessions').get('portaal');
      get.onerror = () => reject(get.error);
      get.onsuccess = () => {
        db.close();
        resolve(get.result === undefined ? null : JSON.parse(get.result));
      };
    };
  });
}

const gameState = () => {
  const game = document.querySelector('ontdek-doe-game').game;
  return { session: JSON.parse(JSON.stringify(game.getSession())), card: game.view().card?.id ?? null };
};

describe('portal: the portal look and its own IndexedDB storage', () => {
  let served;
  before(async () => {
    served = await serveStatic({ root: new URL('../dist/', import.meta.url) });
  });
  after(() => served.close());

  it('themes the game in the portal colours and font (--od-* and ::part)', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const watch = await watchPage(page);
      await page.goto(`${served.url}/`);
      await page.locator('ontdek-doe-setup h2', { hasText: 'Een spel klaarzetten' }).waitFor();
      const header = await page.evaluate(() => {
        const part = document.querySelector('ontdek-doe-game').shadowRoot.querySelector('[part~="header"]');
        const style = getComputedStyle(part);
        return { background: style.backgroundColor, color: style.color };
      });
      assert.deepEqual(header, { background: 'rgb(10, 52, 64)', color: 'rgb(255, 255, 255)' });
      const start = page.locator('ontdek-doe-setup #start');
      const startStyle = await start.evaluate((el) => {
        const style = getComputedStyle(el);
        return { background: style.backgroundColor, font: style.fontFamily };
      });
      // The setup's start button follows the accent token; its font is the portal's.
      assert.equal(startStyle.background, 'rgb(15, 76, 92)');
      assert.match(startStyle.font, /Trebuchet MS/);
      await expectAccessiblePage(page, 'the themed setup form');
      assert.deepEqual(watch.errors, []);
      assert.deepEqual(watch.violations, []);
      assert.deepEqual(watch.foreign, []);
    } finally {
      await browser.close();
    }
  });

  it('start, answer one card, reload: the adapter restores the game at the same place', async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const watch = await watchPage(page);
      await page.goto(`${served.url}/`);
      await page.locator('ontdek-doe-setup h2', { hasText: 'Een spel klaarzetten' }).waitFor();
      assert.equal(await page.evaluate(readStored), null, 'nothing stored yet');

      await page.locator('ontdek-doe-setup #alias-0').focus();
      await page.keyboard.type('Sam');
      await page.locator('ontdek-doe-setup #start').focus();
      await page.keyboard.press('Enter');
      await page.locator('ontdek-doe-card [part~="question"]').waitFor();
      await expectAccessiblePage(page, 'the first card');
      const first = (await page.evaluate(gameState)).card;
      await answerCardByKeyboard(page);
      await page.waitForFunction((firstId) => {
        const id = document.querySelector('ontdek-doe-game').game.view().card?.id;
        return id && id !== firstId;
      }, first);
      const before = await page.evaluate(gameState);
      assert.equal(before.session.answers.length, 1);
      await expectAccessiblePage(page, 'the second card');

      // The saves are async: wait until IndexedDB holds exactly this session.
      const deadline = Date.now() + 10_000;
      let stored = null;
      while (Date.now() < deadline) {
        stored = await page.evaluate(readStored);
        if (isDeepStrictEqual(stored?.session, before.session)) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.deepEqual(stored?.session, before.session, 'the adapter saved the session');
      assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing in localStorage');

      await page.reload();
      await page.locator('ontdek-doe-card [part~="question"]').waitFor();
      const after = await page.evaluate(gameState);
      assert.equal(after.card, before.card, 'the same card');
      await expectAccessiblePage(page, 'the card after the reload');
      assert.deepEqual(after.session, before.session, 'the same session, answer included');
      assert.deepEqual(watch.errors, []);
      assert.deepEqual(watch.violations, []);
      assert.deepEqual(watch.foreign, []);
    } finally {
      await browser.close();
    }
  });
});
