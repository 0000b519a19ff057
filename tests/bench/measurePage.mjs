// @ts-check
// What the speed benchmark does inside and with one page: an init script that marks, after paint,
// the first frame in which a question is visible and the first frame in which the next question is
// visible after a key press; and, per page, how to answer the question on show and press Next with
// the keyboard.

/**
 * Runs in the page before its own scripts (page.addInitScript). `kind` says how to find the
 * question on show: in the game, `<ontdek-doe-card>`'s question inside the shadow roots; in
 * SurveyJS, the question title. A frame is watched with requestAnimationFrame only while waiting;
 * once the question is in the DOM and has a size in a frame, a task posted from that frame's
 * callback runs after the frame is painted, and its `performance.now()` is the mark (milliseconds
 * since navigation started).
 * @param {'game' | 'survey' | 'blank'} kind
 */
export function installProbe(kind) {
  /** @returns {Element | null | undefined} */
  const question = () => {
    if (kind === 'survey') return document.querySelector('#survey .sd-question__title');
    if (kind !== 'game') return null;
    const game = document.querySelector('ontdek-doe-game');
    const discover = game?.shadowRoot?.querySelector('ontdek-doe-discover');
    const card = discover?.shadowRoot?.querySelector('ontdek-doe-card');
    return card?.shadowRoot?.querySelector('[part="question"]');
  };
  /** The text of the question on show, when it is in the DOM and laid out with a size. */
  const shown = () => {
    const element = question();
    if (!element || element.getBoundingClientRect().height === 0) return null;
    return element.textContent?.trim() || null;
  };
  /** @param {(now: number) => void} then */
  const afterPaint = (then) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => then(performance.now());
    channel.port2.postMessage(null);
  };
  /** Calls `found` after the paint of the first frame in which `test` holds for the question on show. */
  const watch = (
    /** @type {(text: string | null) => boolean} */ test,
    /** @type {(now: number, text: string) => void} */ found,
  ) => {
    const tick = () => {
      const text = shown();
      if (text !== null && test(text)) afterPaint((now) => found(now, text));
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  const bench = {
    /** @type {{ ms: number, text: string } | null} */
    first: null,
    /** @type {{ ms: number, text: string }[]} */
    next: [],
    /** @type {{ previous: string, since: number | null } | null} */
    armed: null,
    /** The next key press starts a measurement that ends when a question other than `previous` is painted. */
    arm(/** @type {string} */ previous) {
      bench.armed = { previous, since: null };
    },
    shown,
  };
  Object.defineProperty(window, '__bench', { value: bench });
  if (kind !== 'blank')
    watch(
      () => true,
      (ms, text) => (bench.first = { ms, text }),
    );
  window.addEventListener(
    'keydown',
    (event) => {
      const armed = bench.armed;
      if (!armed || armed.since !== null) return;
      armed.since = event.timeStamp;
      watch(
        (text) => text !== armed.previous,
        (now, text) => {
          bench.next.push({ ms: now - /** @type {number} */ (armed.since), text });
          bench.armed = null;
        },
      );
    },
    true,
  );
}

/**
 * @typedef {import('playwright-core').Page} Page
 * @typedef {'text' | 'faces' | 'choice' | 'talk'} Kind
 * @typedef {{
 *   answer(page: Page, kind: Kind, words: string): Promise<void>,
 *   nextButton(page: Page): import('playwright-core').Locator,
 * }} Driver
 */

/**
 * The game: type into the field (text, or the talk card's note), pick the third face or the first
 * option with the keyboard, then the card's save button; Next is on the answered screen.
 * @type {Driver}
 */
const game = {
  async answer(page, kind, words) {
    const card = page.locator('ontdek-doe-card');
    if (kind === 'text' || kind === 'talk') {
      await card.locator('textarea').first().focus();
      await page.keyboard.type(words);
    } else if (kind === 'faces') {
      await card.locator('input[name="face"]').first().focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
    } else {
      await card.locator('input[name="choice"]').first().focus();
      await page.keyboard.press('Space');
    }
    await card.locator('button.primary').focus();
    await page.keyboard.press('Enter');
    await page.locator('ontdek-doe-discover button.next').waitFor();
  },
  nextButton: (page) => page.locator('ontdek-doe-discover button.next'),
};

/**
 * SurveyJS: the same with its text area, smiley radios and choice inputs; Next is below the question.
 * @type {Driver}
 */
const survey = {
  async answer(page, kind, words) {
    const question = page.locator('#survey .sd-question');
    if (kind === 'text' || kind === 'talk') {
      await question.locator('textarea').focus();
      await page.keyboard.type(words);
    } else if (kind === 'faces') {
      await question.locator('input[type="radio"]').first().focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
    } else {
      await question.locator('input.sd-item__control').first().focus();
      await page.keyboard.press('Space');
    }
  },
  nextButton: (page) => page.locator('#survey input.sd-navigation__next-btn'),
};

export const DRIVERS = { game, survey };
