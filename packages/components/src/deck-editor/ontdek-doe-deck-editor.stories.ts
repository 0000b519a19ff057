import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { DeckDraft } from '@ontdek-doe/content/editing';
import { bigDraft, defaultDraft, draftWithErrors } from '../testing/editorDrafts.ts';
import type { OntdekDoeDeckEditor } from './ontdek-doe-deck-editor.ts';
import '../define/ontdek-doe-deck-editor.ts';

interface Args {
  deck: 'none' | 'basis' | 'makkelijk' | 'errors' | 'thousand';
  lang: 'nl' | 'en';
  width: string;
}

const DRAFTS: Record<Args['deck'], () => DeckDraft | null> = {
  none: () => null,
  basis: () => defaultDraft('basis'),
  makkelijk: () => defaultDraft('makkelijk'),
  errors: () => draftWithErrors(),
  thousand: () => bigDraft(1000),
};

/** The editor in a story's canvas, after it has drawn. */
async function editorIn(canvas: HTMLElement): Promise<OntdekDoeDeckEditor> {
  const editor = canvas.querySelector('ontdek-doe-deck-editor')!;
  await editor.updateComplete;
  return editor;
}

/** The deck editor as a trainer sees it, with the deck a story opens. */
const meta = {
  title: 'Components/ontdek-doe-deck-editor',
  component: 'ontdek-doe-deck-editor',
  render: ({ deck, lang, width }) =>
    html`<div style="max-inline-size: ${width}">
      <ontdek-doe-deck-editor lang=${lang} .draft=${DRAFTS[deck]()}></ontdek-doe-deck-editor>
    </div>`,
  args: { deck: 'basis', lang: 'nl', width: '1280px' },
  argTypes: {
    deck: { control: 'inline-radio', options: Object.keys(DRAFTS) },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    width: { control: 'text' },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Nothing open yet: a default deck, files, a URL, or a new deck. */
export const Empty: Story = { args: { deck: 'none' } };

/** The basis deck: the card list, the form of the first card and its preview. */
export const DefaultDeck: Story = {};

/** The same in English. */
export const DefaultDeckEnglish: Story = { args: { lang: 'en' } };

/** Two mistakes: not playable, the first error one click from its field, counts in the list. */
export const WithErrors: Story = {
  args: { deck: 'errors' },
  play: async ({ canvasElement }) => (await editorIn(canvasElement)).validateNow(),
};

/** The deck's own fields: title, languages, themes with colour and icon. */
export const DeckView: Story = {
  play: async ({ canvasElement }) => {
    const editor = await editorIn(canvasElement);
    editor.shadowRoot!.querySelector<HTMLButtonElement>('#view-deck')!.click();
  },
};

/** Translating into English, the untranslated and outdated texts first. */
export const TranslationView: Story = {
  play: async ({ canvasElement }) => {
    const editor = await editorIn(canvasElement);
    editor.draft!.edit({ type: 'set', path: ['cards', 4, 'prompt', 'en'], value: undefined });
    editor.draft!.edit({
      type: 'set',
      path: ['cards', 7, 'prompt', 'nl'],
      value: 'Wat is voor jou een goede dag?',
    });
    editor.shadowRoot!.querySelector<HTMLButtonElement>('#view-translate')!.click();
  },
};

/** Every problem of a deck with mistakes, each with a way to its field. */
export const ProblemsView: Story = {
  args: { deck: 'errors' },
  play: async ({ canvasElement }) => {
    const editor = await editorIn(canvasElement);
    editor.validateNow();
    editor.shadowRoot!.querySelector<HTMLButtonElement>('#view-problems')!.click();
  },
};

/** The preview of a choice card with pictures, at tablet width, in English and easy reading. */
export const Preview: Story = {
  args: { deck: 'makkelijk' },
  play: async ({ canvasElement }) => {
    const editor = await editorIn(canvasElement);
    const preview = editor.shadowRoot!.querySelector('ontdek-doe-editor-preview')!;
    await preview.updateComplete;
    [...preview.shadowRoot!.querySelectorAll('button')]
      .find((b) => b.textContent?.includes('Tablet'))
      ?.click();
    const language = preview.shadowRoot!.querySelector<HTMLSelectElement>('#preview-language')!;
    language.value = 'en';
    language.dispatchEvent(new Event('change'));
    preview.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
  },
};

/** A deck of 1,000 cards: 20 rows at a time, typing stays instant. */
export const ThousandCards: Story = { args: { deck: 'thousand' } };
