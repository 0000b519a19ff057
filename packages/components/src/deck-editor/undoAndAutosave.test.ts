/**
 * Undo and redo (buttons and Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z), and work that survives a reload:
 * kept in localStorage only with `autosave`, when typing pauses and when the page is hidden.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectAccessible } from '../testing/expectAccessible.ts';
import { deepActiveElement } from '../testing/mount.ts';
import { defaultDraft } from '../testing/editorDrafts.ts';
import { deep, mountEditor, unmountEditors, until } from '../testing/mountEditor.ts';
import { autosaveStorageKey } from './autosave.ts';
import { AUTOSAVE_DELAY } from './ontdek-doe-deck-editor.ts';

afterEach(() => {
  unmountEditors();
  localStorage.clear();
});

const promptField = (editor: HTMLElement) =>
  deep(editor, 'ontdek-doe-editor-card').shadowRoot!.querySelector<HTMLTextAreaElement>(
    '[data-path="cards/0/prompt/nl"]',
  )!;

describe('undo and redo', () => {
  it('undoes typing as one step with Ctrl+Z and redoes it with Ctrl+Shift+Z, or with the buttons', async () => {
    const draft = defaultDraft();
    const before = (draft.card(draft.cardIds()[0]!)!.prompt as Record<string, string>).nl;
    const { editor, heard } = await mountEditor({ draft });
    const field = promptField(editor);
    field.focus();
    await userEvent.keyboard('{End} Echt?');
    expect((draft.card(draft.cardIds()[0]!)!.prompt as Record<string, string>).nl).toBe(`${before} Echt?`);
    await userEvent.keyboard('{Control>}z{/Control}');
    await editor.updateComplete;
    expect((draft.card(draft.cardIds()[0]!)!.prompt as Record<string, string>).nl).toBe(before);
    await until(() => expect(promptField(editor).value).toBe(before));
    await until(() => expect(heard.announced).toContain('Ongedaan gemaakt.'));
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await until(() => expect(promptField(editor).value).toBe(`${before} Echt?`));
    await until(() => expect(heard.announced).toContain('Opnieuw gedaan.'));

    const undo = editor.shadowRoot!.querySelector<HTMLButtonElement>('#undo-button')!;
    const redo = editor.shadowRoot!.querySelector<HTMLButtonElement>('#redo-button')!;
    undo.click();
    await editor.updateComplete;
    expect(redo.getAttribute('aria-disabled')).toBe('false');
    redo.click();
    await editor.updateComplete;
    // Nothing left to redo: the button says so, and keeps focus for a keyboard user (not disabled).
    expect(redo.getAttribute('aria-disabled')).toBe('true');
    expect(undo.getAttribute('aria-keyshortcuts')).toContain('Control+Z');
  });
});

describe('autosave', () => {
  it('keeps nothing without the autosave attribute', async () => {
    const draft = defaultDraft();
    await mountEditor({ draft });
    draft.edit({ type: 'set', path: ['cards', 0, 'prompt', 'nl'], value: 'Iets anders?' });
    await new Promise((resolve) => setTimeout(resolve, AUTOSAVE_DELAY + 200));
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.length).toBe(0);
  });

  it('keeps the work when typing pauses and when the page is left, and offers it back after a reload', async () => {
    const draft = defaultDraft();
    const first = await mountEditor({ draft, autosave: true, autosaveKey: 'test' });
    draft.edit({ type: 'set', path: ['cards', 0, 'prompt', 'nl'], value: 'Bewaard?' });
    await until(
      () => expect(localStorage.getItem(autosaveStorageKey('test'))).toContain('Bewaard?'),
      AUTOSAVE_DELAY + 2000,
    );
    // Leaving the page keeps the very last change at once, without waiting for a pause.
    draft.edit({ type: 'set', path: ['cards', 1, 'prompt', 'nl'], value: 'Ook bewaard?' });
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem(autosaveStorageKey('test'))).toContain('Ook bewaard?');
    expect(first.editor.shadowRoot!.querySelector('[part="status"]')?.textContent).toContain(
      'nog niet zijn opgeslagen',
    );
    unmountEditors();

    // "Reload": a new editor with the same key offers the work back.
    const { editor } = await mountEditor({ autosave: true, autosaveKey: 'test' });
    const banner = editor.shadowRoot!.querySelector('.banner')!;
    expect(banner.textContent).toContain('Ontdek & Doe');
    await expectAccessible(editor);
    editor.shadowRoot!.querySelector<HTMLButtonElement>('#restore')!.click();
    await editor.updateComplete;
    expect(editor.shadowRoot!.querySelector('.banner')).toBeNull();
    expect(editor.draft?.card(editor.draft.cardIds()[0]!)?.prompt).toMatchObject({ nl: 'Bewaard?' });
    expect(editor.draft?.card(editor.draft.cardIds()[1]!)?.prompt).toMatchObject({ nl: 'Ook bewaard?' });
  });

  it('forgets the kept work when the trainer throws it away', async () => {
    const draft = defaultDraft();
    await mountEditor({ draft, autosave: true, autosaveKey: 'weg' });
    draft.edit({ type: 'set', path: ['cards', 0, 'prompt', 'nl'], value: 'Weg ermee?' });
    window.dispatchEvent(new Event('pagehide'));
    unmountEditors();
    const { editor } = await mountEditor({ autosave: true, autosaveKey: 'weg' });
    editor.shadowRoot!.querySelector<HTMLButtonElement>('#discard')!.focus();
    await userEvent.keyboard('{Enter}');
    await editor.updateComplete;
    expect(localStorage.getItem(autosaveStorageKey('weg'))).toBeNull();
    expect(editor.draft).toBeNull();
    // The question is gone, and so is its button: focus goes to the ways to open a deck.
    await until(() => expect(deepActiveElement()?.id).toBe('default-deck'));
  });

  it('never writes over work it offers back before the trainer has answered', async () => {
    const draft = defaultDraft();
    await mountEditor({ draft, autosave: true, autosaveKey: 'vraag' });
    draft.edit({ type: 'set', path: ['cards', 0, 'prompt', 'nl'], value: 'Nog niet bewaard?' });
    window.dispatchEvent(new Event('pagehide'));
    unmountEditors();

    // "Reload": the offer comes first; other decks can be opened once it is answered.
    const { editor } = await mountEditor({ autosave: true, autosaveKey: 'vraag' });
    expect(editor.shadowRoot!.querySelector('.banner')).not.toBeNull();
    expect(editor.shadowRoot!.querySelector('ontdek-doe-editor-open')).toBeNull();
    // A deck opened anyway (by the page): its changes do not replace the work on offer.
    await editor.open({ kind: 'default', id: 'jong' });
    editor.draft!.edit({ type: 'set', path: ['cards', 0, 'prompt', 'nl'], value: 'Iets anders' });
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem(autosaveStorageKey('vraag'))).toContain('Nog niet bewaard?');
    // "No, throw it away": from now on the work in front of the trainer is kept.
    editor.shadowRoot!.querySelector<HTMLButtonElement>('#discard')!.click();
    await editor.updateComplete;
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem(autosaveStorageKey('vraag'))).toContain('Iets anders');
  });

  it('asks before the tab is closed when the browser refused to keep the work (storage full)', async () => {
    const draft = defaultDraft();
    const { heard } = await mountEditor({ draft, autosave: true, autosaveKey: 'vol' });
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      draft.edit({ type: 'set', path: ['cards', 0, 'prompt', 'nl'], value: 'Past dit nog?' });
      window.dispatchEvent(new Event('pagehide'));
      expect(heard.errors.at(-1)).toMatchObject({ code: 'autosave-failed' });
      const closing = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(closing);
      expect(closing.defaultPrevented).toBe(true);
    } finally {
      Storage.prototype.setItem = setItem;
    }
    // Kept again: closing no longer needs to ask.
    window.dispatchEvent(new Event('pagehide'));
    const closing = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(closing);
    expect(closing.defaultPrevented).toBe(false);
  });

  it('asks before a tab with unsaved work is closed, when nothing is kept', async () => {
    const draft = defaultDraft();
    await mountEditor({ draft });
    const unchanged = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unchanged);
    expect(unchanged.defaultPrevented).toBe(false);
    draft.edit({ type: 'set', path: ['cards', 0, 'prompt', 'nl'], value: 'Nieuw?' });
    const changed = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(changed);
    expect(changed.defaultPrevented).toBe(true);
  });
});
