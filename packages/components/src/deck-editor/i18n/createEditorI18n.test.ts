import { describe, expect, it } from 'vitest';
import { createEditorI18n } from './createEditorI18n.ts';
import { editorEn } from './editorEn.ts';
import { editorNl } from './editorNl.ts';

/** Every key path of a nested message object, with the placeholders of each message. */
function entries(messages: object, prefix = ''): [string, string[]][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [
          [`${prefix}${key}`, [...value.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort()] as [
            string,
            string[],
          ],
        ]
      : entries(value as object, `${prefix}${key}.`),
  );
}

describe('the deck editor’s UI text', () => {
  it('has the same keys and placeholders in Dutch and English', () => {
    expect(entries(editorEn)).toEqual(entries(editorNl));
  });

  it('speaks Dutch by default and English on request, with the game’s words beside its own', () => {
    const nl = createEditorI18n();
    expect(nl.t('editor.list.add')).toBe('Kaart toevoegen');
    expect(nl.t('family.wish')).toBe('Willen');
    const en = createEditorI18n('en-GB');
    expect(en.t('editor.list.add')).toBe('Add a card');
    expect(en.t('editor.status.errors', { count: 1 })).toBe('1 error');
    expect(en.t('editor.status.errors', { count: 3 })).toBe('3 errors');
    expect(nl.t('editor.status.warnings', { count: 2 })).toBe('2 waarschuwingen');
  });

  it('falls back to Dutch for a language it has no text for', () => {
    const i18n = createEditorI18n('ar');
    expect(i18n.resolution.fellBack).toBe(true);
    expect(i18n.t('editor.toolbar.save')).toBe('Opslaan');
  });
});
