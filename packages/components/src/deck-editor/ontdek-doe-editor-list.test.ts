/**
 * The card list: search, filters and sorting, one Tab stop with arrow keys, add, copy, move and
 * delete with the keyboard, a problem count per card, and more rows on request.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectAccessible } from '../testing/expectAccessible.ts';
import { bigDraft, defaultDraft, draftWithErrors } from '../testing/editorDrafts.ts';
import { deepActiveElement } from '../testing/mount.ts';
import { deep, mountEditor, unmountEditors, until } from '../testing/mountEditor.ts';
import type { OntdekDoeDeckEditor } from './ontdek-doe-deck-editor.ts';
import { LIST_PAGE } from './ontdek-doe-editor-list.ts';

afterEach(unmountEditors);

const list = (editor: OntdekDoeDeckEditor) => deep(editor, 'ontdek-doe-editor-list');
const rows = (editor: OntdekDoeDeckEditor) =>
  [...list(editor).shadowRoot!.querySelectorAll<HTMLButtonElement>('.cards button')].map(
    (b) => b.dataset.id!,
  );
const select = async (editor: OntdekDoeDeckEditor, id: string, value: string) => {
  const element = list(editor).shadowRoot!.querySelector<HTMLSelectElement>(id)!;
  element.value = value;
  element.dispatchEvent(new Event('change'));
  await list(editor).updateComplete;
};

describe('<ontdek-doe-editor-list>', () => {
  it('finds cards by text while typing, in any language, and says how many', async () => {
    const { editor, heard } = await mountEditor({ draft: defaultDraft() });
    const search = list(editor).shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    search.focus();
    await userEvent.keyboard('looking forward');
    const found = editor.draft!.query({ search: 'looking forward' });
    expect(found).toContain('wish-myself-1');
    await until(() => expect(rows(editor)).toEqual(found));
    expect(list(editor).shadowRoot!.querySelector('#list-count')?.textContent).toContain(
      `${found.length} van`,
    );
    // The live region says it once typing pauses.
    await until(() => expect(heard.announced).toContain(`${found.length} kaarten gevonden.`));
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}zzzz');
    await until(() => expect(list(editor).shadowRoot!.textContent).toContain('Geen kaarten gevonden'));
    await expectAccessible(editor);
  });

  it('names each card’s family, theme and depth in words, the theme by its name in the UI language', async () => {
    const draft = defaultDraft();
    const { editor } = await mountEditor({ draft });
    const meta = () =>
      list(editor).shadowRoot!.querySelector(`button[data-id="${draft.cardIds()[0]}"] .card-meta`)!
        .textContent;
    expect(meta()).toBe('Willen · Ikzelf · diepte 1');
    draft.edit({ type: 'set', path: ['themes', 0, 'title', 'nl'], value: 'Mijzelf' });
    await editor.updateComplete;
    await list(editor).updateComplete;
    expect(meta()).toBe('Willen · Mijzelf · diepte 1');
    editor.lang = 'en';
    await editor.updateComplete;
    await list(editor).updateComplete;
    expect(meta()).toBe('Want · Myself · depth 1');
  });

  it('filters by family, theme, depth and problems, sorts, and puts missing translations first', async () => {
    const draft = defaultDraft();
    const { editor } = await mountEditor({ draft });
    list(editor).shadowRoot!.querySelector('details')!.open = true;
    await select(editor, '#filter-family', 'need');
    await select(editor, '#filter-theme', 'money');
    await select(editor, '#filter-depth', '2');
    const expected = draft.query({ family: 'need', theme: 'money', depth: 2 });
    expect(expected.length).toBeGreaterThan(0);
    expect(rows(editor)).toEqual(expected);
    for (const id of rows(editor))
      expect(draft.card(id)).toMatchObject({ family: 'need', theme: 'money', depth: 2 });
    await select(editor, '#filter-family', '');
    await select(editor, '#filter-theme', '');
    await select(editor, '#filter-depth', '');
    await select(editor, '#sort', 'id');
    const sorted = rows(editor);
    expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b)));

    // A card without its English text comes first when sorting by translation.
    const last = draft.cardIds().at(-1)!;
    draft.edit({
      type: 'set',
      path: ['cards', draft.cardIds().length - 1, 'prompt', 'en'],
      value: undefined,
    });
    await select(editor, '#sort', 'translation');
    await until(() => expect(rows(editor)[0]).toBe(last));
    await select(editor, '#filter-translation', 'missing');
    expect(rows(editor)).toEqual([last]);
    await expectAccessible(editor);
  });

  it('shows a problem count per card, and filters the cards with errors', async () => {
    const { editor } = await mountEditor({ draft: draftWithErrors() });
    editor.validateNow();
    await editor.updateComplete;
    const [first, second] = editor.draft!.cardIds();
    const badge = (id: string) =>
      list(editor).shadowRoot!.querySelector(`button[data-id="${id}"] .badge.error`)?.textContent?.trim();
    await until(() => expect(badge(first!)).toBe('1 fout'));
    expect(badge(second!)).toBe('1 fout');
    list(editor).shadowRoot!.querySelector('details')!.open = true;
    await select(editor, '#filter-problems', 'error');
    expect(rows(editor)).toEqual([first, second]);
  });

  it('is one Tab stop: arrow keys, Home and End move through the cards and select them', async () => {
    const draft = defaultDraft();
    const { editor } = await mountEditor({ draft });
    const ids = draft.cardIds();
    await (list(editor) as unknown as { focusSelected(): Promise<void> }).focusSelected();
    expect(deepActiveElement()?.getAttribute('data-id')).toBe(ids[0]);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await until(() => expect(deepActiveElement()?.getAttribute('data-id')).toBe(ids[2]));
    await until(() =>
      expect(
        deep(editor, 'ontdek-doe-editor-card').shadowRoot!.querySelector('#card-heading')?.textContent,
      ).toContain(ids[2]!),
    );
    expect(list(editor).shadowRoot!.querySelectorAll('.cards button[tabindex="0"]')).toHaveLength(1);
    await userEvent.keyboard('{End}');
    await until(() => expect(deepActiveElement()?.getAttribute('data-id')).toBe(ids[LIST_PAGE - 1]));
    await userEvent.keyboard('{Home}');
    await until(() => expect(deepActiveElement()?.getAttribute('data-id')).toBe(ids[0]));
  });

  it('adds, copies, moves and deletes cards with the keyboard, and undo brings a deleted card back', async () => {
    const draft = defaultDraft();
    const { editor } = await mountEditor({ draft });
    const ids = draft.cardIds();
    const root = list(editor).shadowRoot!;
    const press = async (selector: string) => {
      root.querySelector<HTMLButtonElement>(selector)!.focus();
      await userEvent.keyboard('{Enter}');
      await editor.updateComplete;
    };
    // Copy the first card: the copy comes right after it and is selected.
    await press('.actions button:nth-child(1)');
    const copy = draft.cardIds()[1]!;
    expect(copy).not.toBe(ids[1]);
    expect(draft.card(copy)).toMatchObject({ prompt: draft.card(ids[0]!)!.prompt });
    await until(() =>
      expect(root.querySelector('[aria-current="true"]')?.getAttribute('data-id')).toBe(copy),
    );
    // Down, then up again.
    await press('.actions button:nth-child(3)');
    expect(draft.cardIds()[2]).toBe(copy);
    await press('.actions button:nth-child(2)');
    expect(draft.cardIds()[1]).toBe(copy);
    // Delete it; the next card is selected; undo brings it back.
    await press('.actions button:nth-child(4)');
    expect(draft.cardIds()).toEqual(ids);
    await until(() =>
      expect(root.querySelector('[aria-current="true"]')?.getAttribute('data-id')).toBe(ids[1]),
    );
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(draft.cardIds()).toContain(copy);
    // Add a new card after the selected one: focus goes to its question.
    await press('#add');
    expect(draft.cardIds()).toHaveLength(ids.length + 2);
    await until(() =>
      expect(deepActiveElement()?.getAttribute('data-path')).toMatch(/^cards\/\d+\/prompt\/nl$/),
    );
  });

  it(`draws ${LIST_PAGE} rows of a 1,000-card deck, more on request or when the arrow goes past the last`, async () => {
    const { editor } = await mountEditor({ draft: bigDraft(1000) });
    expect(rows(editor)).toHaveLength(LIST_PAGE);
    const more = list(editor).shadowRoot!.querySelector<HTMLButtonElement>('.panel > button:last-child')!;
    expect(more.textContent).toContain(`${1000 - LIST_PAGE} over`);
    more.click();
    await list(editor).updateComplete;
    expect(rows(editor)).toHaveLength(2 * LIST_PAGE);
    await expectAccessible(list(editor));
    // The arrow past the last row draws the next rows and goes on there.
    const last = list(editor).shadowRoot!.querySelector<HTMLButtonElement>(`.cards li:last-child button`)!;
    last.focus();
    await userEvent.keyboard('{ArrowDown}');
    await until(() => expect(rows(editor)).toHaveLength(3 * LIST_PAGE));
    await until(() =>
      expect(deepActiveElement()?.getAttribute('data-id')).toBe(editor.draft!.cardIds()[2 * LIST_PAGE]),
    );
  });
});
