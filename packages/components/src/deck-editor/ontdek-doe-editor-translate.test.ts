/**
 * Translating side by side: the original next to a field for the target language, missing and
 * outdated texts first, the order kept while typing, and the state shown per text.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectAccessible } from '../testing/expectAccessible.ts';
import { defaultDraft } from '../testing/editorDrafts.ts';
import { deep, mountEditor, unmountEditors, until } from '../testing/mountEditor.ts';
import type { OntdekDoeDeckEditor } from './ontdek-doe-deck-editor.ts';

afterEach(unmountEditors);

const view = (editor: OntdekDoeDeckEditor) => deep(editor, 'ontdek-doe-editor-translate');
const cardOrder = (editor: OntdekDoeDeckEditor) =>
  [...view(editor).shadowRoot!.querySelectorAll('article h4[id^="t-"]')].map((h) =>
    h.textContent!.replace('Kaart ', '').trim(),
  );

describe('<ontdek-doe-editor-translate>', () => {
  it('puts missing and outdated translations first, shows their state, and keeps the order while typing', async () => {
    const draft = defaultDraft();
    const ids = draft.cardIds();
    // Card 10 loses its English question; card 20's Dutch question changes, so its English is outdated.
    draft.edit({ type: 'set', path: ['cards', 10, 'prompt', 'en'], value: undefined });
    draft.edit({ type: 'set', path: ['cards', 20, 'prompt', 'nl'], value: 'Een heel andere vraag?' });
    expect(draft.translationState(ids[20]!, 'en').find((t) => t.path[2] === 'prompt')?.state).toBe(
      'outdated',
    );
    const { editor } = await mountEditor({ draft });
    editor.shadowRoot!.querySelector<HTMLButtonElement>('#view-translate')!.click();
    await editor.updateComplete;
    await view(editor).updateComplete;
    expect(cardOrder(editor).slice(0, 2)).toEqual([ids[10], ids[20]]);
    const root = view(editor).shadowRoot!;
    expect(
      root.querySelector(`article[aria-labelledby="t-${ids[10]}"] .badge.missing`)?.textContent,
    ).toContain('Ontbreekt');
    expect(
      root.querySelector(`article[aria-labelledby="t-${ids[20]}"] .badge.outdated`)?.textContent,
    ).toContain('Verouderd');
    const outdated = root.querySelector('[data-path="cards/20/prompt/en"]')!;
    expect(
      root.getElementById(outdated.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent,
    ).toContain('Het origineel is veranderd');
    // The original sits beside it, marked with its language; the field says what it is in words.
    expect(root.querySelector('.original[lang="nl"]')).not.toBeNull();
    const label = root.querySelector(`label[for="${outdated.id}"]`)?.textContent ?? '';
    expect(label).toContain('Vertaling in het Engels (English)');
    await expectAccessible(editor);

    const field = root.querySelector<HTMLTextAreaElement>('[data-path="cards/10/prompt/en"]')!;
    field.focus();
    await userEvent.keyboard('What gives you energy?');
    await view(editor).updateComplete;
    expect(draft.card(ids[10]!)?.prompt).toMatchObject({ en: 'What gives you energy?' });
    expect(draft.translationState(ids[10]!, 'en').every((t) => t.state === 'done')).toBe(true);
    // The card did not jump away from under the trainer's hands.
    expect(cardOrder(editor).slice(0, 2)).toEqual([ids[10], ids[20]]);
    expect(root.querySelector('[data-path="cards/10/prompt/en"]')).toBe(field);

    // Only what still needs doing: the outdated one is left.
    root.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await view(editor).updateComplete;
    await until(() => expect(cardOrder(editor)).toEqual([ids[20]]));
  });

  it('says so when the deck has only one language', async () => {
    const draft = defaultDraft();
    draft.edit({ type: 'removeLanguage', language: 'en' });
    const { editor } = await mountEditor({ draft });
    editor.shadowRoot!.querySelector<HTMLButtonElement>('#view-translate')!.click();
    await editor.updateComplete;
    expect(view(editor).shadowRoot!.textContent).toContain('maar één taal');
  });
});
