/**
 * Every default deck through the editor and back: opened as a trainer opens it, saved as
 * downloads, the saved files opened again. Nothing in the deck's meaning changes: the playable
 * deck is the one the content package builds, and the saved JSON is that deck too.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decks } from '@ontdek-doe/content';
import { defaultDeckSources } from '@ontdek-doe/content/editing';
import { mountEditor, unmountEditors, until, deep } from '../testing/mountEditor.ts';
import type { OntdekDoeDeckEditor } from './ontdek-doe-deck-editor.ts';

afterEach(() => {
  unmountEditors();
  vi.unstubAllGlobals();
});

async function saveAsDownloads(editor: OntdekDoeDeckEditor): Promise<Map<string, string>> {
  await editor.save();
  await until(() =>
    expect(editor.shadowRoot!.querySelector<HTMLDialogElement>('#save-dialog')!.open).toBe(true),
  );
  const files = new Map<string, string>();
  for (const link of editor.shadowRoot!.querySelectorAll<HTMLAnchorElement>('#save-dialog a[download]'))
    files.set(link.download, await (await fetch(link.href)).text());
  editor.shadowRoot!.querySelector<HTMLDialogElement>('#save-dialog')!.close();
  await editor.updateComplete;
  return files;
}

describe('a round trip of every default deck through the editor', () => {
  for (const id of Object.keys(defaultDeckSources()))
    it(`${id}: open, save, open the saved files: the same deck`, async () => {
      vi.stubGlobal('showOpenFilePicker', undefined);
      const built = decks[id as keyof typeof decks];
      const { editor } = await mountEditor();
      expect(await editor.open({ kind: 'default', id })).toEqual([]);
      expect(editor.draft!.playable()).toEqual(built);

      const files = await saveAsDownloads(editor);
      const sources = defaultDeckSources()[id]!;
      expect([...files.keys()]).toEqual([...sources.map((f) => f.name), `${id}.json`]);
      // Nothing was changed, so the files are the files as they were: comments, order and all.
      for (const source of sources) expect(files.get(source.name)).toBe(source.text);
      expect(JSON.parse(files.get(`${id}.json`)!)).toEqual(built);

      // Open the saved files again, as a trainer picks them from the downloads folder.
      editor.shadowRoot!.querySelector<HTMLButtonElement>('#open-button')!.click();
      await until(() =>
        expect(editor.shadowRoot!.querySelector('#open-dialog ontdek-doe-editor-open')).not.toBeNull(),
      );
      const panel = deep(editor, 'ontdek-doe-editor-open');
      const input = deep<HTMLInputElement>(panel, '#files');
      const picked = sources.map((s) => new File([files.get(s.name)!], s.name, { type: 'text/yaml' }));
      Object.defineProperty(input, 'files', { value: picked, configurable: true });
      input.dispatchEvent(new Event('change'));
      await until(() =>
        expect(editor.shadowRoot!.querySelector<HTMLDialogElement>('#open-dialog')!.open).toBe(false),
      );
      expect(editor.draft!.playable()).toEqual(built);
      expect(editor.draft!.problems().filter((p) => p.severity === 'error')).toEqual([]);

      // And the JSON alone opens to the same deck.
      expect(
        await editor.open({ kind: 'files', files: [new File([files.get(`${id}.json`)!], `${id}.json`)] }),
      ).toEqual([]);
      expect(editor.draft!.playable()).toEqual(built);
    });

  it('an edit and its undo leave the saved files as they were', async () => {
    const { editor } = await mountEditor();
    await editor.open({ kind: 'default', id: 'basis' });
    editor.draft!.edit({ type: 'set', path: ['cards', 3, 'prompt', 'nl'], value: 'Tijdelijk?' });
    editor.draft!.edit({ type: 'moveCard', id: editor.draft!.cardIds()[0]!, to: 5 });
    editor.undo();
    editor.undo();
    const files = await saveAsDownloads(editor);
    for (const source of defaultDeckSources().basis!) expect(files.get(source.name)).toBe(source.text);
  });
});
