/**
 * Opening and saving: files that cannot be read say why (and focus goes there), a URL is the
 * only request, and with the File System Access API Save writes back into the opened files.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { defaultDeckSources } from '@ontdek-doe/content/editing';
import { expectAccessible } from '../testing/expectAccessible.ts';
import { deepActiveElement } from '../testing/mount.ts';
import { deep, mountEditor, unmountEditors, until } from '../testing/mountEditor.ts';
import { MAX_FILE_BYTES, type FileHandle } from './openSources.ts';

afterEach(() => {
  unmountEditors();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A file handle as Chromium's File System Access API gives it, kept in memory. */
function fakeHandle(name: string, text: string): FileHandle & { text: string; writes: number } {
  const handle = {
    name,
    text,
    writes: 0,
    getFile: async () => new File([handle.text], name),
    createWritable: async () => {
      let next = '';
      return {
        write: async (data: string) => void (next += data),
        close: async () => {
          handle.text = next;
          handle.writes += 1;
        },
      };
    },
  };
  return handle;
}

const openPanel = (editor: HTMLElement) => deep(editor, 'ontdek-doe-editor-open');

describe('opening', () => {
  it('says in plain words why files cannot be opened, moves focus there, and keeps the page whole', async () => {
    vi.stubGlobal('showOpenFilePicker', undefined);
    const { editor, heard } = await mountEditor();
    const input = deep<HTMLInputElement>(openPanel(editor), '#files');
    await userEvent.upload(input, [
      new File(['{"id": "x", "cards": ['], 'kapot.json', { type: 'application/json' }),
    ]);
    await until(() => expect(openPanel(editor).shadowRoot!.querySelector('.failure')).not.toBeNull());
    const failure = openPanel(editor).shadowRoot!.querySelector('.failure')!;
    expect(failure.textContent).toContain('geen geldige JSON');
    expect(deepActiveElement()).toBe(failure);
    expect(editor.draft).toBeNull();
    expect(heard.errors.at(-1)?.code).toBe('open-failed');
    await expectAccessible(editor);

    await userEvent.upload(input, [new File([new Uint8Array(MAX_FILE_BYTES + 1)], 'groot.yaml')]);
    await until(() =>
      expect(openPanel(editor).shadowRoot!.querySelector('.failure')?.textContent).toContain(
        'groot.yaml: dit bestand is te groot',
      ),
    );

    // A deck.yaml that can be read opens, even with mistakes in it; text that looks like HTML stays text.
    await userEvent.upload(input, [
      new File(['id: kapot\ntitle: <img src=x onerror=alert(1)>\n'], 'deck.yaml'),
    ]);
    await until(() => expect(editor.draft).not.toBeNull());
    const heading = editor.shadowRoot!.querySelector('#editor-heading')!;
    expect(heading.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(heading.querySelector('img')).toBeNull();
    expect(editor.shadowRoot!.querySelector('[part="status"]')?.textContent).toContain('Nog niet speelbaar');
  }, 20_000);

  it('opens a deck from the URL typed, and only that URL', async () => {
    const json = JSON.stringify((await import('@ontdek-doe/content')).basicDeck);
    const fetched: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        fetched.push(url);
        return url.endsWith('/basis.json')
          ? new Response(json, { status: 200 })
          : new Response('nee', { status: 404 });
      }),
    );
    const { editor, heard } = await mountEditor();
    const url = deep<HTMLInputElement>(openPanel(editor), '#url');
    url.focus();
    await userEvent.keyboard('https://decks.example/nergens.json{Enter}');
    await until(() =>
      expect(openPanel(editor).shadowRoot!.querySelector('.failure')?.textContent).toContain('code 404'),
    );
    expect(heard.errors.at(-1)).toMatchObject({ code: 'url-status' });
    // Focus went to the message; back to the address, as a trainer would.
    url.focus();
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}https://decks.example/basis.json{Enter}');
    await until(() => expect(editor.draft?.cardIds().length).toBeGreaterThan(50));
    expect(fetched).toEqual(['https://decks.example/nergens.json', 'https://decks.example/basis.json']);
  });

  it('opens a deck.yaml from a URL with the translation files beside it', async () => {
    const files = new Map(defaultDeckSources().basis!.map((f) => [f.name, f.text]));
    const fetched: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        fetched.push(url);
        const name = url.replace('https://decks.example/basis/', '');
        return files.has(name)
          ? new Response(files.get(name), { status: 200 })
          : new Response('nee', { status: 404 });
      }),
    );
    const { editor } = await mountEditor();
    await editor.open({ kind: 'url', url: 'https://decks.example/basis/deck.yaml' });
    expect(fetched).toEqual(['https://decks.example/basis/deck.yaml', 'https://decks.example/basis/en.yaml']);
    const draft = editor.draft!;
    expect(draft.translationState(draft.cardIds()[0]!, 'en')[0]!.state).toBe('done');
    expect(draft.problems()).toEqual([]);
    // Saved, en.yaml is the file as it was (comments kept), not a new file to fill in.
    expect(draft.save().files.find((f) => f.name === 'en.yaml')!.text).toBe(files.get('en.yaml'));

    // Without en.yaml beside it: the deck opens, and says which file is missing.
    files.delete('en.yaml');
    await editor.open({ kind: 'url', url: 'https://decks.example/basis/deck.yaml' });
    expect(editor.draft!.problems().map((p) => p.code)).toContain('translation-file-not-opened');
  });

  it('starts a new deck that is ready to edit', async () => {
    const { editor } = await mountEditor();
    const title = deep<HTMLInputElement>(openPanel(editor), '#new-title');
    title.focus();
    await userEvent.keyboard('Mijn eigen set');
    deep<HTMLButtonElement>(openPanel(editor), '#new-deck').click();
    await until(() => expect(editor.draft).not.toBeNull());
    expect(editor.draft!.data().title).toMatchObject({ nl: 'Mijn eigen set' });
    expect(editor.draft!.languages).toEqual(['nl', 'en']);
    expect(editor.shadowRoot!.querySelector('#editor-heading')?.textContent).toContain('Mijn eigen set');
  });
});

describe('saving with the File System Access API', () => {
  it('opens files through the picker and writes them back on Save; a new language file is offered as a download', async () => {
    const sources = defaultDeckSources().jong!;
    const handles = sources.map((file) => fakeHandle(file.name, file.text));
    vi.stubGlobal(
      'showOpenFilePicker',
      vi.fn(async () => handles),
    );
    const { editor, heard } = await mountEditor();
    deep<HTMLButtonElement>(openPanel(editor), '#choose-files').click();
    await until(() => expect(editor.draft?.data().id).toBe('jong'));

    editor.draft!.edit({ type: 'set', path: ['cards', 0, 'prompt', 'nl'], value: 'Wat maakt jou trots?' });
    await editor.save();
    const deckFile = handles.find((h) => h.name === 'deck.yaml')!;
    expect(deckFile.writes).toBe(1);
    expect(deckFile.text).toContain('Wat maakt jou trots?');
    // The comments of the file the trainer opened are still there.
    expect(deckFile.text).toContain('# yaml-language-server');
    expect(heard.saved.at(-1)).toMatchObject({ how: 'file-system', files: ['deck.yaml', 'en.yaml'] });
    // The JSON had no file of its own: offered as a download.
    const links = [...editor.shadowRoot!.querySelectorAll<HTMLAnchorElement>('#save-dialog a[download]')];
    expect(links.map((a) => a.download)).toEqual(['jong.json']);
    expect(editor.shadowRoot!.querySelector('#save-dialog')?.textContent).toContain(
      'Opgeslagen in deck.yaml, en.yaml',
    );
    await expectAccessible(editor);

    // A new language has no file yet: written back are deck.yaml and en.yaml, de.yaml is a
    // download, and the work is saved only once it is taken.
    editor.shadowRoot!.querySelector<HTMLDialogElement>('#save-dialog')!.close();
    editor.draft!.edit({ type: 'addLanguage', language: 'de' });
    await editor.save();
    expect(heard.saved).toHaveLength(1);
    const status = () => editor.shadowRoot!.querySelector('[part="status"]')?.textContent ?? '';
    await editor.updateComplete;
    expect(status()).toContain('nog niet zijn opgeslagen');
    const noDownload = (e: Event) => e.preventDefault();
    document.addEventListener('click', noDownload, { capture: true });
    editor.shadowRoot!.querySelector<HTMLAnchorElement>('#save-dialog a[download="de.yaml"]')!.click();
    document.removeEventListener('click', noDownload, { capture: true });
    expect(heard.saved.at(-1)).toMatchObject({ how: 'download', files: ['deck.yaml', 'en.yaml', 'de.yaml'] });
    await editor.updateComplete;
    expect(status()).toContain('Alles is opgeslagen');
  });

  it('counts the work as saved once every file to edit further, or the JSON, is downloaded: not at the first link', async () => {
    vi.stubGlobal('showOpenFilePicker', undefined);
    const { editor, heard } = await mountEditor({ autosave: true, autosaveKey: 'downloads' });
    await editor.open({ kind: 'default', id: 'basis' });
    const status = () => editor.shadowRoot!.querySelector('[part="status"]')?.textContent ?? '';
    const take = async (name: string) => {
      const noDownload = (e: Event) => e.preventDefault();
      document.addEventListener('click', noDownload, { capture: true });
      editor.shadowRoot!.querySelector<HTMLAnchorElement>(`#save-dialog a[download="${name}"]`)!.click();
      document.removeEventListener('click', noDownload, { capture: true });
      await editor.updateComplete;
    };
    const kept = () => JSON.parse(localStorage.getItem('ontdek-doe-editor:downloads') ?? '{}').unsaved;
    try {
      editor.draft!.edit({ type: 'set', path: ['cards', 0, 'prompt', 'nl'], value: 'Wat maakt jou trots?' });
      await editor.save();
      await take('en.yaml');
      // Only en.yaml is taken: deck.yaml with the change is not saved anywhere yet.
      expect(heard.saved).toEqual([]);
      expect(status()).toContain('nog niet zijn opgeslagen');
      await take('deck.yaml');
      expect(heard.saved).toEqual([
        expect.objectContaining({ how: 'download', files: ['en.yaml', 'deck.yaml'], playable: true }),
      ]);
      expect(status()).toContain('Alles is opgeslagen');
      expect(kept()).toBe(false);

      // The JSON alone is the whole deck too.
      editor.draft!.edit({ type: 'set', path: ['cards', 0, 'prompt', 'nl'], value: 'Wat maakt jou blij?' });
      await editor.save();
      await take('basis.json');
      expect(heard.saved.at(-1)).toMatchObject({ how: 'download', files: ['basis.json'] });
      expect(status()).toContain('Alles is opgeslagen');
    } finally {
      localStorage.clear();
    }
  });

  it('saves a deck with errors as a draft, and says it cannot be played yet', async () => {
    vi.stubGlobal('showOpenFilePicker', undefined);
    const { editor, heard } = await mountEditor();
    await editor.open({ kind: 'default', id: 'basis' });
    editor.draft!.edit({ type: 'set', path: ['cards', 0, 'theme'], value: 'onbekend' });
    await editor.save();
    await until(() =>
      expect(editor.shadowRoot!.querySelector<HTMLDialogElement>('#save-dialog')!.open).toBe(true),
    );
    expect(editor.shadowRoot!.querySelector('#save-dialog')?.textContent).toContain('als concept');
    const yaml = editor.shadowRoot!.querySelector<HTMLAnchorElement>('#save-dialog a[download="deck.yaml"]')!;
    expect(await (await fetch(yaml.href)).text()).toContain('theme: onbekend');
    expect(heard.errors).toEqual([]);
  });
});
