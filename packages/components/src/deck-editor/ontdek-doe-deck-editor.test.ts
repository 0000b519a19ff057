/**
 * The deck editor as a trainer uses it, with the keyboard where a trainer types or moves around:
 * open a default deck, add a card and translate it, fix a mistake by following the message at
 * its field, save, open the saved files again, and try the deck out. axe checks every view.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectAccessible } from '../testing/expectAccessible.ts';
import { tabTo } from '../testing/keyboard.ts';
import { deepActiveElement } from '../testing/mount.ts';
import { defaultDraft } from '../testing/editorDrafts.ts';
import { deep, deepQuery, mountEditor, unmountEditors, until } from '../testing/mountEditor.ts';
import type { OntdekDoeDeckEditor } from './ontdek-doe-deck-editor.ts';

const NEW_NL = 'Wat wil je deze maand leren?';
const NEW_EN = 'What do you want to learn this month?';

/** Downloads offered in the save dialog: name → text (read from the blob URL, as the browser would). */
async function offeredFiles(editor: OntdekDoeDeckEditor): Promise<Map<string, string>> {
  const links = [...editor.shadowRoot!.querySelectorAll<HTMLAnchorElement>('#save-dialog a[download]')];
  const files = new Map<string, string>();
  for (const link of links) files.set(link.download, await (await fetch(link.href)).text());
  return files;
}

function statusText(editor: OntdekDoeDeckEditor): string {
  return editor.shadowRoot!.querySelector('[part="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

beforeEach(() => {
  // Without the File System Access API: files come through <input type="file"> and leave as downloads.
  vi.stubGlobal('showOpenFilePicker', undefined);
});

afterEach(() => {
  unmountEditors();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('<ontdek-doe-deck-editor>: a trainer’s round', () => {
  it('opens a default deck, adds and translates a card, fixes a mistake at its field, saves, reopens the saved files and tries the deck out', async () => {
    const { editor, heard } = await mountEditor();
    // Nothing open yet: the ways to open a deck.
    await expectAccessible(editor);
    const open = deep(editor, 'ontdek-doe-editor-open');
    await until(() => expect(open.shadowRoot?.querySelector('#default-deck')).not.toBeNull());

    // ── Open the basis deck with the keyboard ──
    await tabTo('#default-deck');
    await tabTo('#open-default-button');
    await userEvent.keyboard('{Enter}');
    await until(() => expect(editor.draft?.cardIds().length).toBeGreaterThan(50));
    expect(editor.shadowRoot!.querySelector('#editor-heading')?.textContent).toContain('Ontdek & Doe');
    await until(() => expect(statusText(editor)).toContain('Speelbaar'));
    const cards = editor.draft!.cardIds().length;
    await expectAccessible(editor);

    // ── Add a card after the first one and write its question ──
    await tabTo('#add');
    await userEvent.keyboard('{Enter}');
    await until(() => expect(editor.draft!.cardIds()).toHaveLength(cards + 1));
    const newId = editor.draft!.cardIds()[1]!;
    await until(() => expect(deepActiveElement()?.getAttribute('data-path')).toBe('cards/1/prompt/nl'));
    await userEvent.keyboard(NEW_NL);
    expect(editor.draft!.card(newId)?.prompt).toEqual({ nl: NEW_NL });
    let list = deep(editor, 'ontdek-doe-editor-list');
    await until(() =>
      expect(list.shadowRoot!.querySelector(`button[data-id="${newId}"]`)?.textContent).toContain(NEW_NL),
    );

    // ── Translate it: the translation view puts the missing English first ──
    editor.shadowRoot!.querySelector<HTMLElement>('#editor-heading')!.focus();
    await tabTo('#view-translate', undefined, 20);
    await userEvent.keyboard('{Enter}');
    const translate = deep(editor, 'ontdek-doe-editor-translate');
    await until(() =>
      expect(translate.shadowRoot!.querySelector('article h4[id^="t-"]')?.textContent).toContain(newId),
    );
    await expectAccessible(editor);
    await tabTo('textarea[data-path="cards/1/prompt/en"]', undefined, 80);
    await userEvent.keyboard(NEW_EN);
    expect(editor.draft!.card(newId)?.prompt).toEqual({ nl: NEW_NL, en: NEW_EN });
    expect(editor.draft!.translationState(newId, 'en')).toEqual([
      { path: ['cards', 1, 'prompt'], state: 'done' },
    ]);

    // ── A mistake: the first card's Dutch question emptied ──
    editor.shadowRoot!.querySelector<HTMLElement>('#view-cards')!.click();
    await editor.updateComplete;
    const firstId = editor.draft!.cardIds()[0]!;
    list = deep(editor, 'ontdek-doe-editor-list');
    list.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-id="${firstId}"]`)!.focus();
    await userEvent.keyboard('{Enter}');
    const form = deep(editor, 'ontdek-doe-editor-card');
    await until(() =>
      expect(form.shadowRoot!.querySelector('#card-heading')?.textContent).toContain(firstId),
    );
    const prompt = form.shadowRoot!.querySelector<HTMLTextAreaElement>(
      'textarea[data-path="cards/0/prompt/nl"]',
    )!;
    const original = prompt.value;
    prompt.focus();
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    expect(editor.draft!.card(firstId)?.prompt).toMatchObject({ nl: '' });
    // Once typing pauses: not playable, and the message at the field, tied to it.
    await until(() => expect(statusText(editor)).toContain('Nog niet speelbaar'));
    expect(statusText(editor)).toContain('1 fout');
    await until(() => expect(prompt.getAttribute('aria-invalid')).toBe('true'));
    const messageId = prompt.getAttribute('aria-describedby')!;
    const message = form.shadowRoot!.getElementById(messageId)!;
    expect(message.textContent).toContain('de Nederlandse vraag is leeg');
    expect(
      list.shadowRoot!.querySelector(`button[data-id="${firstId}"] .badge.error`)?.textContent,
    ).toContain('1 fout');
    const play = editor.shadowRoot!.querySelector<HTMLButtonElement>('#play-button')!;
    expect(play.getAttribute('aria-disabled')).toBe('true');
    await expectAccessible(editor);

    // Follow the first error from the top of the editor: focus lands in the field.
    editor.shadowRoot!.querySelector<HTMLElement>('#editor-heading')!.focus();
    await tabTo('#first-error', undefined, 20);
    await userEvent.keyboard('{Enter}');
    await until(() => expect(deepActiveElement()).toBe(prompt));
    await userEvent.keyboard(original);
    await until(() => expect(statusText(editor)).toContain('Speelbaar'));
    expect(prompt.getAttribute('aria-invalid')).toBe('false');
    expect(editor.draft!.playable()).toBeDefined();

    // ── Save: without the File System Access API, downloads ──
    editor.shadowRoot!.querySelector<HTMLElement>('#editor-heading')!.focus();
    await tabTo('#save-button', undefined, 20);
    await userEvent.keyboard('{Enter}');
    await until(() =>
      expect(editor.shadowRoot!.querySelector<HTMLDialogElement>('#save-dialog')!.open).toBe(true),
    );
    const files = await offeredFiles(editor);
    expect([...files.keys()]).toEqual(['deck.yaml', 'en.yaml', 'basis.json']);
    expect(files.get('deck.yaml')).toContain(NEW_NL);
    expect(files.get('deck.yaml')).toMatch(/^# yaml-language-server/);
    expect(files.get('en.yaml')).toContain(NEW_EN);
    expect(JSON.parse(files.get('basis.json')!).cards).toHaveLength(cards + 1);
    await expectAccessible(editor);
    // The trainer takes the files to edit further: the editor counts the work as saved (the
    // download itself is not needed here).
    const noDownload = (e: Event) => e.preventDefault();
    document.addEventListener('click', noDownload, { capture: true });
    editor.shadowRoot!.querySelector<HTMLAnchorElement>('#save-dialog a[download="deck.yaml"]')!.click();
    editor.shadowRoot!.querySelector<HTMLAnchorElement>('#save-dialog a[download="en.yaml"]')!.click();
    document.removeEventListener('click', noDownload, { capture: true });
    expect(heard.saved.at(-1)).toMatchObject({
      files: ['deck.yaml', 'en.yaml'],
      how: 'download',
      playable: true,
    });
    await userEvent.keyboard('{Escape}');
    await until(() =>
      expect(editor.shadowRoot!.querySelector<HTMLDialogElement>('#save-dialog')!.open).toBe(false),
    );
    await until(() => expect(deepActiveElement()?.id).toBe('save-button'));
    expect(statusText(editor)).toContain('Alles is opgeslagen');

    // ── Open the saved files again (deck.yaml and en.yaml together) ──
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(deepActiveElement()?.id).toBe('open-button');
    await userEvent.keyboard('{Enter}');
    await until(() =>
      expect(editor.shadowRoot!.querySelector<HTMLDialogElement>('#open-dialog')!.open).toBe(true),
    );
    await expectAccessible(editor);
    const input = deep<HTMLInputElement>(deep(editor, 'ontdek-doe-editor-open'), '#files');
    await userEvent.upload(input, [
      new File([files.get('deck.yaml')!], 'deck.yaml', { type: 'text/yaml' }),
      new File([files.get('en.yaml')!], 'en.yaml', { type: 'text/yaml' }),
    ]);
    await until(() =>
      expect(editor.shadowRoot!.querySelector<HTMLDialogElement>('#open-dialog')!.open).toBe(false),
    );
    const reopened = editor.draft!;
    expect(reopened.card(newId)?.prompt).toEqual({ nl: NEW_NL, en: NEW_EN });
    expect(reopened.card(firstId)?.prompt).toMatchObject({ nl: original });
    expect(reopened.translationState(newId, 'en').every((t) => t.state === 'done')).toBe(true);
    expect(reopened.playable()).toBeDefined();

    // ── Try it out: the game on the deck, in a dialog; closing it changes nothing ──
    const revision = reopened.revision;
    await until(() =>
      expect(editor.shadowRoot!.querySelector('#play-button')?.getAttribute('aria-disabled')).toBe('false'),
    );
    editor.shadowRoot!.querySelector<HTMLElement>('#editor-heading')!.focus();
    await tabTo('#play-button', undefined, 20);
    await userEvent.keyboard('{Enter}');
    await until(() =>
      expect(editor.shadowRoot!.querySelector<HTMLDialogElement>('#play-dialog')!.open).toBe(true),
    );
    const game = deep(editor, 'ontdek-doe-game');
    await until(() => {
      const setup = deepQuery(game, 'ontdek-doe-setup');
      expect(setup && deepQuery(setup, 'h2')?.textContent).toContain('Een spel klaarzetten');
    });
    expect((game as unknown as { game: { view(): { phase: string } } }).game.view().phase).toBe('setup');
    await expectAccessible(editor);
    // The game has focus on its own heading; Escape closes the dialog, as with any dialog.
    await userEvent.keyboard('{Escape}');
    await until(() =>
      expect(editor.shadowRoot!.querySelector<HTMLDialogElement>('#play-dialog')!.open).toBe(false),
    );
    expect(editor.shadowRoot!.querySelector('#play-dialog ontdek-doe-game')).toBeNull();
    expect(editor.draft).toBe(reopened);
    expect(editor.draft!.revision).toBe(revision);
    await until(() => expect(deepActiveElement()?.id).toBe('play-button'));
    expect(heard.errors).toEqual([]);
  }, 60_000);

  it('speaks the page’s language when it has no lang of its own, and follows a change of it', async () => {
    const before = document.documentElement.lang;
    try {
      document.documentElement.lang = 'en';
      const { editor } = await mountEditor({ draft: defaultDraft(), lang: '' });
      expect(editor.shadowRoot!.querySelector('#save-button')?.textContent?.trim()).toBe('Save');
      expect(
        deep(editor, 'ontdek-doe-editor-list').shadowRoot!.querySelector('#add')?.textContent?.trim(),
      ).toBe('Add a card');
      document.documentElement.lang = 'nl';
      await until(() =>
        expect(editor.shadowRoot!.querySelector('#save-button')?.textContent?.trim()).toBe('Opslaan'),
      );
      await until(() =>
        expect(
          deep(editor, 'ontdek-doe-editor-list').shadowRoot!.querySelector('#add')?.textContent?.trim(),
        ).toBe('Kaart toevoegen'),
      );
    } finally {
      document.documentElement.lang = before;
    }
  });
});
