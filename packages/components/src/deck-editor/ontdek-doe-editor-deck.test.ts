/**
 * The deck form: title and description in two languages, code, version and age, languages added
 * and removed (with a plain message for a bad code), themes with colour and icon, and problems at
 * their field.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectAccessible } from '../testing/expectAccessible.ts';
import { defaultDraft } from '../testing/editorDrafts.ts';
import { deepActiveElement } from '../testing/mount.ts';
import { deep, mountEditor, unmountEditors, until } from '../testing/mountEditor.ts';
import type { OntdekDoeDeckEditor } from './ontdek-doe-deck-editor.ts';

afterEach(unmountEditors);

const deckForm = (editor: OntdekDoeDeckEditor) => deep(editor, 'ontdek-doe-editor-deck');
const settle = async (editor: OntdekDoeDeckEditor) => {
  await editor.updateComplete;
  await deckForm(editor).updateComplete;
};
const $ = <T extends HTMLElement = HTMLInputElement>(editor: OntdekDoeDeckEditor, selector: string) => {
  const found = deckForm(editor).shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector}`);
  return found;
};
const button = (editor: OntdekDoeDeckEditor, text: string) => {
  const found = [...deckForm(editor).shadowRoot!.querySelectorAll('button')].find((b) =>
    b.textContent?.includes(text),
  );
  if (!found) throw new Error(`No button "${text}"`);
  return found;
};
const change = async (editor: OntdekDoeDeckEditor, selector: string, value: string) => {
  const element = $<HTMLInputElement | HTMLSelectElement>(editor, selector);
  element.value = value;
  element.dispatchEvent(new Event('change'));
  await settle(editor);
};

async function openDeckView(editor: OntdekDoeDeckEditor) {
  editor.shadowRoot!.querySelector<HTMLButtonElement>('#view-deck')!.click();
  await settle(editor);
}

describe('<ontdek-doe-editor-deck>', () => {
  it('edits the deck’s texts in two languages, its code, version and age', async () => {
    const draft = defaultDraft();
    const { editor } = await mountEditor({ draft });
    await openDeckView(editor);
    await expectAccessible(editor);
    await change(editor, '#deck-second-language', 'en');
    $(editor, '[data-path="title/en"]').focus();
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}Discover and Do');
    $(editor, '[data-path="description/nl"]').focus();
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}Vragen voor iedereen.');
    await change(editor, '[data-path="id"]', 'mijn-set');
    await change(editor, '[data-path="version"]', '2.0.0');
    await change(editor, '[data-path="minimumAge"]', '16');
    expect(draft.data()).toMatchObject({
      id: 'mijn-set',
      version: '2.0.0',
      minimumAge: 16,
      title: { en: 'Discover and Do' },
      description: { nl: 'Vragen voor iedereen.' },
    });
    expect($(editor, '[data-path="title/en"]').getAttribute('lang')).toBe('en');
  });

  it('adds and removes a language, and explains a code that is not one', async () => {
    const draft = defaultDraft();
    const { editor, heard } = await mountEditor({ draft });
    await openDeckView(editor);
    const code = $(editor, '#new-language');
    code.focus();
    await userEvent.keyboard('Duits{Enter}');
    await settle(editor);
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect($(editor, '#new-language-problem').textContent).toContain('2 of 3 kleine letters');
    expect(draft.languages).toEqual(['nl', 'en']);
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}en{Enter}');
    await settle(editor);
    expect($(editor, '#new-language-problem').textContent).toContain('staat er al');
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}de{Enter}');
    await settle(editor);
    expect(draft.languages).toEqual(['nl', 'en', 'de']);
    expect(deckForm(editor).shadowRoot!.querySelector('#new-language-problem')).toBeNull();
    await until(() => expect(heard.announced).toContain('Duits (Deutsch) toegevoegd.'));
    button(editor, 'Duits (Deutsch) weghalen').click();
    await settle(editor);
    expect(draft.languages).toEqual(['nl', 'en']);
    // The default language cannot be removed here: it has no button.
    expect(
      [...deckForm(editor).shadowRoot!.querySelectorAll('button')].some((b) =>
        b.textContent?.includes('Nederlands weghalen'),
      ),
    ).toBe(false);
  });

  it('makes another language the default, in one step that Undo takes back', async () => {
    const draft = defaultDraft();
    const { editor, heard } = await mountEditor({ draft });
    await openDeckView(editor);
    const english = button(editor, 'Maak Engels (English) de standaardtaal');
    english.focus();
    await userEvent.keyboard('{Enter}');
    await settle(editor);
    expect(draft.defaultLanguage).toBe('en');
    expect(draft.languages).toEqual(['en', 'nl']);
    editor.validateNow();
    expect(draft.problems()).toEqual([]);
    await until(() => expect(heard.announced).toContain('Engels (English) is nu de standaardtaal.'));
    // Focus goes to the language that was the default, now one to choose back.
    await until(() =>
      expect(deepActiveElement()?.textContent?.trim()).toBe('Maak Nederlands de standaardtaal'),
    );
    expect($(editor, '[data-path="title/en"]').value).toBe('Discover & Do');
    await expectAccessible(deckForm(editor));
    await editor.undo();
    expect(draft.defaultLanguage).toBe('nl');
  });

  it('adds, edits and removes a theme, with its colour and icon', async () => {
    const draft = defaultDraft();
    const { editor } = await mountEditor({ draft });
    await openDeckView(editor);
    const themes = () =>
      draft.data().themes as { id: string; colour: string; icon: string; title: Record<string, string> }[];
    const count = themes().length;
    button(editor, 'Thema toevoegen').click();
    await settle(editor);
    expect(themes()).toHaveLength(count + 1);
    const at = count;
    $(editor, `[data-path="themes/${at}/title/nl"]`).focus();
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}Sport');
    await change(editor, `[data-path="themes/${at}/id"]`, 'sport');
    await change(editor, `#colour-picker-${at}`, '#aa3300');
    await change(editor, `[data-path="themes/${at}/icon"]`, 'bike');
    expect(themes()[at]).toMatchObject({
      id: 'sport',
      colour: '#aa3300',
      icon: 'bike',
      title: { nl: 'Sport' },
    });
    expect($<HTMLInputElement>(editor, `[data-path="themes/${at}/colour"]`).value).toBe('#aa3300');
    await expectAccessible(deckForm(editor));
    button(editor, `Thema ${at + 1} weghalen`).click();
    await settle(editor);
    expect(themes()).toHaveLength(count);
  });

  it('gives a theme a new code, its cards with it; a code another theme has is refused at the field', async () => {
    const draft = defaultDraft();
    const { editor } = await mountEditor({ draft });
    await openDeckView(editor);
    const mine = draft.cardIds().filter((id) => draft.card(id)!.theme === 'myself');
    await change(editor, '[data-path="themes/0/id"]', 'health');
    expect((draft.data().themes as { id: string }[])[0]!.id).toBe('myself');
    const code = $(editor, '[data-path="themes/0/id"]');
    expect(code.value).toBe('health');
    expect(code.getAttribute('aria-invalid')).toBe('true');
    const message = code
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((ref) => deckForm(editor).shadowRoot!.getElementById(ref)?.textContent ?? '')
      .join(' ');
    expect(message).toContain('Een ander thema heeft de code "health" al');
    await expectAccessible(deckForm(editor));
    await change(editor, '[data-path="themes/0/id"]', 'ikzelf');
    expect((draft.data().themes as { id: string }[])[0]!.id).toBe('ikzelf');
    expect(mine.every((id) => draft.card(id)!.theme === 'ikzelf')).toBe(true);
    expect($(editor, '[data-path="themes/0/id"]').getAttribute('aria-invalid')).toBe('false');
    editor.validateNow();
    expect(draft.problems()).toEqual([]);
  });

  it('shows a problem of a theme at its field, and moves focus there from the problem list', async () => {
    const draft = defaultDraft();
    draft.edit({ type: 'set', path: ['themes', 0, 'colour'], value: 'groen' });
    const { editor } = await mountEditor({ draft });
    editor.validateNow();
    const problem = draft.problems().find((p) => p.path[0] === 'themes' && p.severity === 'error')!;
    expect(problem).toBeDefined();
    editor.shadowRoot!.querySelector<HTMLButtonElement>('#view-problems')!.click();
    await editor.updateComplete;
    const problems = deep(editor, 'ontdek-doe-editor-problems');
    await problems.updateComplete;
    expect(problems.shadowRoot!.textContent).toContain(problem.message.nl);
    await expectAccessible(editor);
    const go = problems.shadowRoot!.querySelector<HTMLButtonElement>('li button')!;
    go.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => expect(deepActiveElement()?.getAttribute('data-path')).toBe('themes/0/colour'));
    expect(deepActiveElement()?.getAttribute('aria-invalid')).toBe('true');
  });
});
