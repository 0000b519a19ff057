/**
 * Focus stays with the trainer: a button that has nothing left to do (Undo with no more steps, Up
 * for the first card) keeps focus and says so, and a removed item (a tip, a language, a theme)
 * hands focus to the next one or to its Add button, never to the page's body.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { defaultDraft } from '../testing/editorDrafts.ts';
import { deepActiveElement } from '../testing/mount.ts';
import { deep, mountEditor, unmountEditors, until } from '../testing/mountEditor.ts';
import type { OntdekDoeDeckEditor } from './ontdek-doe-deck-editor.ts';

afterEach(unmountEditors);

/** The button in `part` whose text contains `text`. */
function button(root: Element, text: string): HTMLButtonElement {
  const found = [...(root.shadowRoot ?? root).querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    b.textContent?.includes(text),
  );
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}

/** Focuses `target` and presses Enter, as a keyboard user does; then lets the editor draw. */
async function pressOn(editor: OntdekDoeDeckEditor, target: HTMLElement) {
  target.focus();
  await userEvent.keyboard('{Enter}');
  await editor.updateComplete;
}

const focusedText = () => deepActiveElement()?.textContent?.trim() ?? '';

describe('focus after a change', () => {
  it('stays on Up, Down and Undo when they have nothing left to do, and they say so', async () => {
    const draft = defaultDraft();
    const { editor, heard } = await mountEditor({ draft });
    const list = deep(editor, 'ontdek-doe-editor-list');
    const ids = draft.cardIds();
    list.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-id="${ids[1]}"]`)!.click();
    await editor.updateComplete;
    // The second card up: it is first now, Up has nothing more to do, focus stays on it.
    const up = button(list, 'Omhoog');
    await pressOn(editor, up);
    expect(draft.cardIds()[0]).toBe(ids[1]);
    await list.updateComplete;
    expect(deepActiveElement()).toBe(up);
    expect(up.getAttribute('aria-disabled')).toBe('true');
    await userEvent.keyboard('{Enter}');
    expect(draft.cardIds()[0]).toBe(ids[1]);
    await until(() => expect(heard.announced.at(-1)).toContain('staat al bovenaan'));

    // Undo it: no more steps, focus stays on Undo, which says there is nothing left.
    const undo = editor.shadowRoot!.querySelector<HTMLButtonElement>('#undo-button')!;
    await pressOn(editor, undo);
    expect(draft.cardIds()).toEqual(ids);
    expect(draft.canUndo).toBe(false);
    expect(deepActiveElement()).toBe(undo);
    expect(undo.getAttribute('aria-disabled')).toBe('true');
    await userEvent.keyboard('{Enter}');
    await until(() => expect(heard.announced.at(-1)).toBe('Er is niets om ongedaan te maken.'));
    // Redo the move: focus stays on Redo.
    const redo = editor.shadowRoot!.querySelector<HTMLButtonElement>('#redo-button')!;
    await pressOn(editor, redo);
    expect(draft.cardIds()[0]).toBe(ids[1]);
    expect(deepActiveElement()).toBe(redo);
  });

  it('goes to the next tip, or to Add, when a tip is taken out', async () => {
    const draft = defaultDraft();
    draft.edit({ type: 'set', path: ['cards', 0, 'hints'], value: [{ nl: 'Een' }, { nl: 'Twee' }] });
    const { editor } = await mountEditor({ draft });
    const form = deep(editor, 'ontdek-doe-editor-card');
    await pressOn(editor, button(form, 'Tip 1 weghalen'));
    await form.updateComplete;
    expect(draft.card(draft.cardIds()[0]!)!.hints).toEqual([{ nl: 'Twee' }]);
    await until(() => expect(focusedText()).toBe('Tip 1 weghalen'));
    await userEvent.keyboard('{Enter}');
    await editor.updateComplete;
    await form.updateComplete;
    expect(draft.card(draft.cardIds()[0]!)!.hints).toBeUndefined();
    await until(() => expect(focusedText()).toBe('Tip toevoegen'));
  });

  it('goes on in the languages and themes when one is taken out', async () => {
    const draft = defaultDraft();
    draft.edit({ type: 'addLanguage', language: 'de' });
    const { editor } = await mountEditor({ draft });
    editor.shadowRoot!.querySelector<HTMLButtonElement>('#view-deck')!.click();
    await editor.updateComplete;
    const form = deep(editor, 'ontdek-doe-editor-deck');
    await form.updateComplete;
    await pressOn(editor, button(form, 'Engels (English) weghalen'));
    await form.updateComplete;
    expect(draft.languages).toEqual(['nl', 'de']);
    await until(() => expect(focusedText()).toBe('Duits (Deutsch) weghalen'));
    await userEvent.keyboard('{Enter}');
    await form.updateComplete;
    expect(draft.languages).toEqual(['nl']);
    await until(() => expect(deepActiveElement()?.id).toBe('new-language'));

    const themes = (draft.data().themes as unknown[]).length;
    await pressOn(editor, button(form, `Thema ${themes} weghalen`));
    await form.updateComplete;
    expect((draft.data().themes as unknown[]).length).toBe(themes - 1);
    await until(() => expect(focusedText()).toBe(`Thema ${themes - 1} weghalen`));
  });
});
