/**
 * The card form: every field of a card changes the draft, texts show in the default language and
 * a second one, and each problem shows at its field, tied to it for screen readers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectAccessible } from '../testing/expectAccessible.ts';
import { defaultDraft, draftWithErrors } from '../testing/editorDrafts.ts';
import { deepActiveElement } from '../testing/mount.ts';
import { deep, mountEditor, unmountEditors, until } from '../testing/mountEditor.ts';
import { cardControlKeys } from './cardControls.ts';
import type { OntdekDoeDeckEditor } from './ontdek-doe-deck-editor.ts';

afterEach(unmountEditors);

const form = (editor: OntdekDoeDeckEditor) => deep(editor, 'ontdek-doe-editor-card');
const field = <T extends HTMLElement = HTMLInputElement>(editor: OntdekDoeDeckEditor, path: string) => {
  const found = form(editor).shadowRoot!.querySelector<T>(`[data-path="${path}"]`);
  if (!found) throw new Error(`No field ${path}`);
  return found;
};
/** Sets a field's value as the browser does when the trainer leaves it (a change event). */
const change = async (editor: OntdekDoeDeckEditor, path: string, value: string) => {
  const element = field<HTMLInputElement | HTMLSelectElement>(editor, path);
  element.value = value;
  element.dispatchEvent(new Event('change'));
  await settle(editor);
};
const typeInto = async (editor: OntdekDoeDeckEditor, path: string, text: string) => {
  field(editor, path).focus();
  await userEvent.keyboard(`{Control>}a{/Control}{Backspace}${text}`);
  await settle(editor);
};
/** Waits for the editor to pass the change on, and for the form to draw it. */
const settle = async (editor: OntdekDoeDeckEditor) => {
  await editor.updateComplete;
  await form(editor).updateComplete;
};
const drawnPaths = (editor: OntdekDoeDeckEditor) =>
  new Set(
    [...form(editor).shadowRoot!.querySelectorAll('[data-path]')].map((e) => e.getAttribute('data-path')!),
  );

describe('<ontdek-doe-editor-card>', () => {
  it('draws exactly the controls problems are placed at, for a talk and a choice card, in one and two languages', async () => {
    const draft = defaultDraft();
    const { editor } = await mountEditor({ draft });
    const choice = draft
      .cardIds()
      .find((id) => (draft.card(id)!.answer as { kind: string }).kind === 'choice')!;
    for (const id of [draft.cardIds()[0]!, choice]) {
      deep(editor, 'ontdek-doe-editor-list')
        .shadowRoot!.querySelector<HTMLButtonElement>(`button[data-id="${id}"]`)!
        .click();
      await editor.updateComplete;
      await settle(editor);
      const index = draft.cardIds().indexOf(id);
      const first = form(editor).shadowRoot!.querySelector<HTMLSelectElement>('#second-language')!;
      first.value = '';
      first.dispatchEvent(new Event('change'));
      await settle(editor);
      expect(drawnPaths(editor)).toEqual(cardControlKeys(draft.card(id)!, index, ['nl']));
      const second = form(editor).shadowRoot!.querySelector<HTMLSelectElement>('#second-language')!;
      second.value = 'en';
      second.dispatchEvent(new Event('change'));
      await settle(editor);
      expect(drawnPaths(editor)).toEqual(cardControlKeys(draft.card(id)!, index, ['nl', 'en']));
      await expectAccessible(form(editor));
    }
  });

  it('changes every field of a card', async () => {
    const draft = defaultDraft();
    const { editor } = await mountEditor({ draft });
    const id = draft.cardIds()[0]!;
    const card = () => draft.card(id)!;
    await change(editor, 'cards/0/family', 'need');
    await change(editor, 'cards/0/theme', 'money');
    form(editor).shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="depth"]')[2]!.click();
    expect(card()).toMatchObject({ family: 'need', theme: 'money', depth: 3 });

    await typeInto(editor, 'cards/0/prompt/nl', 'Wat doe je graag?');
    await typeInto(editor, 'cards/0/easy/nl', 'Wat vind je leuk?');
    expect(card().prompt).toMatchObject({ nl: 'Wat doe je graag?' });
    expect(card().easy).toMatchObject({ nl: 'Wat vind je leuk?' });
    // Emptying the easy question in every language takes it out: no empty text is left behind.
    draft.edit({ type: 'set', path: ['cards', 0, 'easy', 'en'], value: undefined });
    await typeInto(editor, 'cards/0/easy/nl', '');
    expect(card().easy).toBeUndefined();

    // A choice with two options, one with an icon; then one option removed.
    await change(editor, 'cards/0/answer', 'choice');
    expect(card().answer).toMatchObject({ kind: 'choice', options: [{ id: 'option-1' }] });
    await typeInto(editor, 'cards/0/answer/options/0/label/nl', 'Wandelen');
    await change(editor, 'cards/0/answer/options/0/icon', 'walk');
    form(editor)
      .shadowRoot!.querySelector<HTMLInputElement>('[data-path="cards/0/answer/multiple"]')!
      .click();
    const addOption = [...form(editor).shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Optie toevoegen'),
    )!;
    addOption.click();
    await settle(editor);
    await typeInto(editor, 'cards/0/answer/options/1/label/nl', 'Fietsen');
    await change(editor, 'cards/0/answer/options/1/id', 'bike');
    expect(card().answer).toEqual({
      kind: 'choice',
      multiple: true,
      options: [
        { id: 'option-1', label: { nl: 'Wandelen' }, icon: 'walk' },
        { id: 'bike', label: { nl: 'Fietsen' } },
      ],
    });
    [...form(editor).shadowRoot!.querySelectorAll('button')]
      .find((b) => b.textContent?.includes('Optie 1 weghalen'))!
      .click();
    await settle(editor);
    expect((card().answer as { options: unknown[] }).options).toEqual([
      { id: 'bike', label: { nl: 'Fietsen' } },
    ]);
    await change(editor, 'cards/0/answer', 'text');
    await change(editor, 'cards/0/answer/maxLength', '200');
    expect(card().answer).toEqual({ kind: 'text', maxLength: 200 });

    // Tips for the leader: add one, write it, take it out again.
    [...form(editor).shadowRoot!.querySelectorAll('button')]
      .find((b) => b.textContent?.includes('Tip toevoegen'))!
      .click();
    await settle(editor);
    await typeInto(editor, 'cards/0/hints/0/nl', 'Vraag door.');
    expect(card().hints).toEqual([{ nl: 'Vraag door.' }]);
    [...form(editor).shadowRoot!.querySelectorAll('button')]
      .find((b) => b.textContent?.includes('Tip 1 weghalen'))!
      .click();
    await settle(editor);
    expect(card().hints).toBeUndefined();

    // A picture with its description; minimum age, tags, sensitive topics.
    await change(editor, 'cards/0/picture/src', 'icons/sun.svg');
    await typeInto(editor, 'cards/0/picture/alt/nl', 'Een zon');
    expect(card().picture).toEqual({ src: 'icons/sun.svg', alt: { nl: 'Een zon' } });
    await change(editor, 'cards/0/minimumAge', '16');
    await change(editor, 'cards/0/tags', 'blij, buiten ,');
    await change(editor, 'cards/0/sensitivity', 'loss');
    expect(card()).toMatchObject({ minimumAge: 16, tags: ['blij', 'buiten'], sensitivity: ['loss'] });
    await change(editor, 'cards/0/picture/src', '');
    await change(editor, 'cards/0/tags', '');
    expect(card().picture).toBeUndefined();
    expect(card().tags).toBeUndefined();

    // A new code: the card stays selected under its new code.
    await change(editor, 'cards/0/id', 'mijn-kaart');
    expect(draft.cardIds()[0]).toBe('mijn-kaart');
    await until(() =>
      expect(form(editor).shadowRoot!.querySelector('#card-heading')?.textContent).toContain('mijn-kaart'),
    );
  });

  it('shows each problem at its field with aria-invalid and aria-describedby, and moves focus there', async () => {
    const draft = draftWithErrors();
    const { editor } = await mountEditor({ draft });
    editor.validateNow();
    await editor.updateComplete;
    const prompt = field<HTMLTextAreaElement>(editor, 'cards/0/prompt/nl');
    await until(() => expect(prompt.getAttribute('aria-invalid')).toBe('true'));
    const described = prompt.getAttribute('aria-describedby')!.split(' ');
    const messages = described
      .map((id) => form(editor).shadowRoot!.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(messages).toContain('de Nederlandse vraag is leeg');
    await expectAccessible(form(editor));

    // The second card's unknown theme, at the theme field.
    const problem = editor.draft!.problems().find((p) => p.code === 'unknown-theme')!;
    await editor.goToProblem(problem);
    const theme = field<HTMLSelectElement>(editor, 'cards/1/theme');
    expect(deepActiveElement()).toBe(theme);
    expect(theme.getAttribute('aria-invalid')).toBe('true');
    expect(theme.value).toBe('mysef');
    await change(editor, 'cards/1/theme', 'myself');
    editor.validateNow();
    await editor.updateComplete;
    expect(editor.draft!.problems().some((p) => p.code === 'unknown-theme')).toBe(false);
    expect(field(editor, 'cards/1/theme').getAttribute('aria-invalid')).toBe('false');
  });

  it('keeps a card’s code when another card has it already, says so at the field, and keeps what was typed', async () => {
    const draft = defaultDraft();
    const { editor } = await mountEditor({ draft });
    const [first, second] = draft.cardIds() as [string, string];
    const english = draft.card(first)!.prompt;
    await change(editor, 'cards/0/id', second);
    // Two cards with one code would lose a card's translations when saved: the code stays.
    expect(draft.cardIds().slice(0, 2)).toEqual([first, second]);
    expect(draft.canUndo).toBe(false);
    const id = field(editor, 'cards/0/id');
    expect(id.value).toBe(second);
    expect(id.getAttribute('aria-invalid')).toBe('true');
    const message = id
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((ref) => form(editor).shadowRoot!.getElementById(ref)?.textContent ?? '')
      .join(' ');
    expect(message).toContain(`Een andere kaart heeft de code "${second}" al`);
    await expectAccessible(form(editor));
    // A free code goes through, and the message goes.
    await change(editor, 'cards/0/id', 'mijn-kaart');
    expect(draft.cardIds()[0]).toBe('mijn-kaart');
    expect(draft.card('mijn-kaart')!.prompt).toEqual(english);
    await until(() => expect(field(editor, 'cards/0/id').getAttribute('aria-invalid')).toBe('false'));
  });

  it('shows a problem of another language beside the default one when focus goes to it', async () => {
    const draft = defaultDraft();
    draft.edit({ type: 'set', path: ['cards', 2, 'prompt', 'en'], value: '' });
    const { editor } = await mountEditor({ draft });
    editor.validateNow();
    const problem = draft.problems().find((p) => p.language === 'en' && p.cardId === draft.cardIds()[2])!;
    expect(problem).toBeDefined();
    await editor.goToProblem(problem);
    await until(() => expect(deepActiveElement()?.getAttribute('data-path')).toBe('cards/2/prompt/en'));
    expect(deepActiveElement()?.getAttribute('lang')).toBe('en');
  });
});
