import type { DeckDraft } from '@ontdek-doe/content/editing';
import type { OdErrorEvent } from '../events.ts';
import type { OdDeckChangedEvent, OdDeckSavedEvent } from '../deck-editor/deckEditorEvents.ts';
import type { OntdekDoeDeckEditor } from '../deck-editor/ontdek-doe-deck-editor.ts';
import '../define/ontdek-doe-deck-editor.ts';

/** What a mounted editor told the page. */
export interface EditorHeard {
  changed: OdDeckChangedEvent['detail'][];
  saved: OdDeckSavedEvent['detail'][];
  errors: OdErrorEvent['detail'][];
  /** Everything said in the editor's polite live region, in order. */
  announced: string[];
}

const cleanups: (() => void)[] = [];

/**
 * Puts `<ontdek-doe-deck-editor>` on the test page at laptop width (1280 px), with a draft when
 * given, and records its events at the document as a host page would.
 *
 * @example
 * const { editor, heard } = await mountEditor({ draft: defaultDraft() });
 */
export async function mountEditor({
  draft,
  lang = 'nl',
  autosave = false,
  autosaveKey,
  width = '1280px',
}: {
  draft?: DeckDraft;
  lang?: string;
  autosave?: boolean;
  autosaveKey?: string;
  width?: string;
} = {}): Promise<{ editor: OntdekDoeDeckEditor; heard: EditorHeard }> {
  const wrapper = document.createElement('div');
  wrapper.style.inlineSize = width;
  const editor = document.createElement('ontdek-doe-deck-editor');
  if (lang) editor.lang = lang;
  if (autosave) editor.autosave = true;
  if (autosaveKey) editor.autosaveKey = autosaveKey;
  if (draft) editor.draft = draft;
  wrapper.append(editor);
  const heard: EditorHeard = { changed: [], saved: [], errors: [], announced: [] };
  const controller = new AbortController();
  const { signal } = controller;
  document.addEventListener('od-deck-changed', (e) => heard.changed.push(e.detail), { signal });
  document.addEventListener('od-deck-saved', (e) => heard.saved.push(e.detail), { signal });
  document.addEventListener('od-error', (e) => heard.errors.push(e.detail), { signal });
  document.body.append(wrapper);
  cleanups.push(() => {
    controller.abort();
    wrapper.remove();
  });
  await editor.updateComplete;
  const live = editor.shadowRoot!.querySelector('#live')!;
  const observer = new MutationObserver(() => {
    if (live.textContent) heard.announced.push(live.textContent);
  });
  observer.observe(live, { childList: true, characterData: true, subtree: true });
  cleanups.push(() => observer.disconnect());
  return { editor, heard };
}

/** Removes what `mountEditor` added; call it in `afterEach`. */
export function unmountEditors(): void {
  while (cleanups.length > 0) cleanups.pop()?.();
}

/** An element of the editor that draws with Lit: it has `updateComplete`. */
export type LitPart = HTMLElement & { updateComplete: Promise<unknown> };

/** The first element matching `selector` inside the editor, looking through nested shadow roots. */
export function deepQuery<T extends Element = LitPart>(
  root: Element | ShadowRoot,
  selector: string,
): T | null {
  const scope = root instanceof Element ? (root.shadowRoot ?? root) : root;
  const here = scope.querySelector<T>(selector);
  if (here) return here;
  for (const element of scope.querySelectorAll('*'))
    if (element.shadowRoot) {
      const found = deepQuery<T>(element.shadowRoot, selector);
      if (found) return found;
    }
  return null;
}

/** Like {@link deepQuery}, and fails loudly when nothing matches. */
export function deep<T extends Element = LitPart>(root: Element | ShadowRoot, selector: string): T {
  const found = deepQuery<T>(root, selector);
  if (!found)
    throw new Error(
      `Nothing matches ${selector} in <${root instanceof Element ? root.localName : 'shadow'}>`,
    );
  return found;
}

/** Waits until `check` passes (or fails after `timeout` ms with its last error). */
export async function until(check: () => void | Promise<void>, timeout = 3000): Promise<void> {
  const start = performance.now();
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (performance.now() - start > timeout) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
