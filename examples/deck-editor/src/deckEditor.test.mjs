// The deck editor page in Debian's Chromium, served under the examples' strict CSP: open the
// basis deck with the keyboard, change a question, reload: the work is offered back and restored;
// open a deck from a URL on the same host; switch the page to English. axe finds nothing; no
// console error, no CSP violation, no request off 127.0.0.1. Once loaded, it works offline.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { serveStatic } from '@ontdek-doe/example-shared/serveStatic.mjs';
import { launchChromium, watchPage } from '@ontdek-doe/example-shared/browserTest.mjs';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe on the editor (with its shadow roots), WCAG 2.2 A/AA and best practices. */
async function axeViolations(page) {
  // evaluate() runs outside the page's CSP, so axe needs no inline script of the page's own.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document.querySelector('ontdek-doe-deck-editor'), {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Presses Tab until the focused element (inside shadow roots) matches `selector`. */
async function tabTo(page, selector, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate((wanted) => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.matches(wanted) ?? false;
    }, selector);
    if (found) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('deck-editor: the editor page for trainers', () => {
  let served;
  before(async () => {
    served = await serveStatic({ root: new URL('../dist/', import.meta.url) });
  });
  after(() => served.close());

  it('opens, edits, keeps the work over a reload, opens a URL, and switches to English', async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const watch = await watchPage(page);
      await page.goto(`${served.url}/`);
      await page.locator('ontdek-doe-editor-open #default-deck').waitFor();
      assert.deepEqual(await axeViolations(page), []);

      // Open the basis deck with the keyboard.
      await page.locator('ontdek-doe-editor-open #default-deck').focus();
      await tabTo(page, '#open-default-button');
      await page.keyboard.press('Enter');
      await page.locator('ontdek-doe-deck-editor #editor-heading', { hasText: 'Ontdek & Doe' }).waitFor();
      await page.locator('ontdek-doe-editor-card textarea[data-path="cards/0/prompt/nl"]').waitFor();
      assert.deepEqual(await axeViolations(page), []);

      // Change the first question; the work is kept in this browser once typing pauses.
      const prompt = page.locator('ontdek-doe-editor-card textarea[data-path="cards/0/prompt/nl"]');
      await prompt.focus();
      await page.keyboard.press('End');
      await page.keyboard.type(' Vertel!');
      await page.waitForFunction(() =>
        localStorage.getItem('ontdek-doe-editor:example')?.includes('Vertel!'),
      );
      assert.equal(await page.evaluate(() => Object.keys(localStorage).join()), 'ontdek-doe-editor:example');

      // Reload: the work is offered back, and restored.
      await page.reload();
      await page.locator('ontdek-doe-deck-editor #restore').click();
      await page.locator('ontdek-doe-editor-card textarea[data-path="cards/0/prompt/nl"]').waitFor();
      assert.match(await prompt.inputValue(), /Vertel!$/);

      // Open a deck from a URL on this host.
      await page.locator('ontdek-doe-deck-editor #open-button').click();
      await page.locator('ontdek-doe-editor-open #url').fill('decks/jong.json');
      const request = page.waitForRequest((r) => r.url().endsWith('/decks/jong.json'));
      await page.locator('ontdek-doe-editor-open #open-url-button').click();
      await request;
      await page.locator('ontdek-doe-deck-editor #editor-heading', { hasText: 'Jong' }).waitFor();

      // The page in English: the editor follows.
      await page.locator('input[name="lang"][value="en"]').check();
      await page.locator('ontdek-doe-deck-editor #save-button', { hasText: 'Save' }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      assert.deepEqual(await axeViolations(page), []);

      assert.deepEqual(watch.errors, []);
      assert.deepEqual(watch.violations, []);
      assert.deepEqual(watch.foreign, []);
    } finally {
      await browser.close();
    }
  });

  it('works offline once loaded: a default deck, a card with a picture in the preview, and the try-out', async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const watch = await watchPage(page);
      await page.goto(`${served.url}/`);
      await page.locator('ontdek-doe-editor-open #default-deck').waitFor();
      // From here on there is no network: nothing may be asked for.
      await context.setOffline(true);
      const asked = [];
      page.on('request', (request) => {
        if (!/^(data|blob):/.test(request.url())) asked.push(request.url());
      });
      await page.locator('ontdek-doe-editor-open #open-default-button').click();
      await page.locator('ontdek-doe-editor-card textarea[data-path="cards/0/prompt/nl"]').waitFor();
      // A card with a picture of the icon set: the preview draws it.
      const id = await page.evaluate(() => {
        const draft = document.querySelector('ontdek-doe-deck-editor').draft;
        return draft.cardIds().find((cardId) => draft.card(cardId).picture);
      });
      await page.locator(`ontdek-doe-editor-list button[data-id="${id}"]`).click();
      const picture = page.locator('ontdek-doe-editor-preview ontdek-doe-card img[part="picture"]');
      await picture.waitFor();
      await page.waitForFunction(() => {
        const img = document
          .querySelector('ontdek-doe-deck-editor')
          .shadowRoot.querySelector('ontdek-doe-editor-preview')
          .shadowRoot.querySelector('ontdek-doe-card')
          .shadowRoot.querySelector('img[part="picture"]');
        return img.complete && img.naturalWidth > 0;
      });
      // The try-out game starts on the deck.
      await page.locator('ontdek-doe-deck-editor #play-button').click();
      await page.locator('ontdek-doe-deck-editor #play-dialog ontdek-doe-game ontdek-doe-setup').waitFor();
      assert.deepEqual(asked, []);
      assert.deepEqual(watch.errors, []);
    } finally {
      await browser.close();
    }
  });
});
