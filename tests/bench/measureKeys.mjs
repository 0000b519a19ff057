// @ts-check
// What the editor benchmark measures for each key it types: in the page, from the keydown to the
// first change of the DOM under a watched root (the key's effect is in the DOM) and to the task
// after the next frame (the frame with it was drawn); around the page, how long the main thread
// spent on script, style and layout for the key (CDP Performance metrics).

/**
 * Runs in the page before its own scripts (page.addInitScript). For each keydown (capture phase,
 * before the page sees it) it watches `window.__keys.root` with a MutationObserver and pushes
 * `{ dom, frame }` to `window.__keys.samples`, in ms from the event's time stamp.
 */
export function installKeyProbe() {
  /** @type {KeyProbe} */
  const keys = { root: null, samples: [] };
  Object.defineProperty(window, '__keys', { value: keys });
  document.addEventListener(
    'keydown',
    (event) => {
      const t0 = event.timeStamp;
      let dom = Number.NaN;
      const observer = new MutationObserver(() => {
        if (Number.isNaN(dom)) dom = performance.now() - t0;
      });
      if (keys.root)
        observer.observe(keys.root, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
      requestAnimationFrame(() =>
        setTimeout(() => {
          observer.disconnect();
          keys.samples.push({ dom, frame: performance.now() - t0 });
        }),
      );
    },
    { capture: true },
  );
}

/** The main-thread work CDP counts per key: script, style and layout (seconds in its metrics). */
const WORK = ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'];

/**
 * Presses each key at a trainer's pace (150 ms apart) and returns, per key, how long the main
 * thread spent on script, style and layout from just before the key to the frame after it: the
 * editor's own work, apart from waiting for the CPU. `Performance.enable` must have been sent.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').CDPSession} cdp
 * @param {readonly string[]} keys Playwright key names (`h`, `Backspace`, ` `)
 * @returns {Promise<number[]>} ms per key
 */
export async function typeTimed(page, cdp, keys) {
  const metrics = async () =>
    new Map((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const work = [];
  for (const key of keys) {
    const before = await metrics();
    await page.keyboard.press(key);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
    const after = await metrics();
    let seconds = 0;
    for (const name of WORK) seconds += (after.get(name) ?? Number.NaN) - (before.get(name) ?? Number.NaN);
    work.push(seconds * 1000);
    await page.waitForTimeout(150);
  }
  return work;
}

/**
 * From now on, the keys' DOM times are taken under the shadow root of the editor's list (where both
 * a search and a changed question show), and the samples so far are forgotten.
 * @param {import('playwright-core').Page} page
 */
export async function watchEditorList(page) {
  await page.evaluate(() => {
    const editor = document.querySelector('ontdek-doe-deck-editor');
    window.__keys.root = editor?.shadowRoot?.querySelector('ontdek-doe-editor-list')?.shadowRoot ?? null;
    window.__keys.samples.length = 0;
  });
}

/**
 * Forgets the samples so far (keys pressed only to get in place), once the last key's sample is in:
 * it lands after the next frame, so clearing at once would leave it to be counted with the next keys.
 * @param {import('playwright-core').Page} page
 */
export async function forgetKeys(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            window.__keys.samples.length = 0;
            resolve(undefined);
          }),
        ),
      ),
  );
}

/**
 * The samples of the keys typed since the last `watchEditorList` or `forgetKeys`.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<KeySample[]>}
 */
export async function keySamples(page) {
  return page.evaluate(() => [...window.__keys.samples]);
}
