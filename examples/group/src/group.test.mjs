// The shared-screen group page in Debian's Chromium: the leader sets up three players with the
// keyboard and starts; the hand-over names the first player, and the leader panel is there; the
// first player takes the screen and her card shows. The
// large type comes from the --od-* properties. axe finds nothing on the page at each of these
// steps. No console error, no CSP violation, no request off 127.0.0.1 (the deck is a property: not
// even a deck request).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { serveStatic } from '@ontdek-doe/example-shared/serveStatic.mjs';
import { expectAccessiblePage, launchChromium, watchPage } from '@ontdek-doe/example-shared/browserTest.mjs';

const players = ['Ann', 'Bo', 'Cas'];

describe('group: a led group on one shared screen', () => {
  let served;
  before(async () => {
    served = await serveStatic({ root: new URL('../dist/', import.meta.url) });
  });
  after(() => served.close());

  it('three players by keyboard, start, the hand-over to the first player, the leader panel and her card', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      const watch = await watchPage(page);
      await page.goto(`${served.url}/`);
      const setup = page.locator('ontdek-doe-setup');
      await setup.locator('h2', { hasText: 'Een spel klaarzetten' }).waitFor();
      assert.equal(await page.evaluate(() => document.querySelector('ontdek-doe-game').deck?.id), 'basis');
      // Large type for the room: the fields use the page's --od-font-size (1.75rem of a 20px root).
      assert.equal(await setup.locator('#alias-0').evaluate((el) => getComputedStyle(el).fontSize), '35px');
      await expectAccessiblePage(page, 'the empty setup form');

      await setup.locator('#alias-0').focus();
      await page.keyboard.type(players[0]);
      await setup.locator('#alias-1').focus();
      await page.keyboard.type(players[1]);
      await setup.locator('#add-player').focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => {
        const setupElement = document
          .querySelector('ontdek-doe-game')
          .shadowRoot.querySelector('ontdek-doe-setup');
        return setupElement?.shadowRoot.activeElement?.id === 'alias-2';
      });
      await page.keyboard.type(players[2]);
      for (const [i, alias] of players.entries()) {
        assert.equal(await setup.locator(`#alias-${i}`).inputValue(), alias);
      }
      await expectAccessiblePage(page, 'the setup form with three players');
      await setup.locator('#start').focus();
      await page.keyboard.press('Enter');

      const discover = page.locator('ontdek-doe-discover');
      const handOver = discover.getByRole('heading', { name: 'Nu is Ann aan de beurt' });
      await handOver.waitFor();
      await expectAccessiblePage(page, 'the hand-over to Ann');
      assert.equal(
        await handOver.evaluate((el) => el.getRootNode().activeElement === el),
        true,
        'it has focus',
      );
      const session = await page.evaluate(() => document.querySelector('ontdek-doe-game').game.getSession());
      assert.equal(session.settings.mode, 'group');
      assert.deepEqual(
        session.players.map((p) => p.alias),
        players,
      );
      const leader = discover.locator('[part="leader"]');
      await leader.waitFor();
      assert.match(await leader.textContent(), /Alleen voor de spelleider/);

      // Ann takes the screen: her card shows beside the leader panel.
      await discover.locator('.handover button').focus();
      await page.keyboard.press('Enter');
      await page.locator('ontdek-doe-card [part~="question"]').waitFor();
      await expectAccessiblePage(page, 'Ann’s card with the leader panel');

      assert.deepEqual(watch.errors, []);
      assert.deepEqual(watch.violations, []);
      assert.deepEqual(watch.foreign, []);
    } finally {
      await browser.close();
    }
  });
});
