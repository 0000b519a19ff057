/**
 * Every story of the deck editor, rendered and played here as Storybook would, then checked with
 * axe: the states the stories document are real and accessible.
 */
import { render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { expectAccessible } from '../testing/expectAccessible.ts';
import * as stories from './ontdek-doe-deck-editor.stories.ts';
import type { OntdekDoeDeckEditor } from './ontdek-doe-deck-editor.ts';

type Story = {
  args?: object;
  play?: (context: { canvasElement: HTMLElement }) => Promise<unknown> | unknown;
};

const containers: HTMLElement[] = [];
afterEach(() => {
  while (containers.length) containers.pop()?.remove();
});

/** What each story must show, so a story that stops working is noticed. */
const SHOWS: Record<string, (editor: OntdekDoeDeckEditor) => void> = {
  Empty: (e) => expect(e.shadowRoot!.querySelector('ontdek-doe-editor-open')).not.toBeNull(),
  DefaultDeck: (e) => expect(e.shadowRoot!.querySelector('ontdek-doe-editor-card')).not.toBeNull(),
  DefaultDeckEnglish: (e) =>
    expect(e.shadowRoot!.querySelector('#save-button')?.textContent).toContain('Save'),
  WithErrors: (e) => expect(e.shadowRoot!.querySelector('#first-error')).not.toBeNull(),
  DeckView: (e) => expect(e.shadowRoot!.querySelector('ontdek-doe-editor-deck')).not.toBeNull(),
  TranslationView: (e) => expect(e.shadowRoot!.querySelector('ontdek-doe-editor-translate')).not.toBeNull(),
  ProblemsView: (e) =>
    expect(
      e.shadowRoot!.querySelector('ontdek-doe-editor-problems')?.shadowRoot?.querySelector('#group-errors')
        ?.textContent,
    ).toContain('(2)'),
  Preview: (e) =>
    expect(
      e
        .shadowRoot!.querySelector('ontdek-doe-editor-preview')
        ?.shadowRoot?.querySelector('ontdek-doe-card')
        ?.getAttribute('lang'),
    ).toBe('en'),
  ThousandCards: (e) => expect(e.draft?.cardIds()).toHaveLength(1000),
};

describe('stories of ontdek-doe-deck-editor', () => {
  const entries = Object.entries(stories).filter(([key]) => key !== 'default') as [string, Story][];
  it('covers every state the issue names', () =>
    expect(entries.map(([name]) => name).sort()).toEqual(Object.keys(SHOWS).sort()));
  for (const [name, story] of entries)
    it(`${name} renders, plays and is accessible`, async () => {
      const canvas = document.createElement('div');
      containers.push(canvas);
      document.body.append(canvas);
      render(stories.default.render({ ...stories.default.args, ...story.args } as never), canvas);
      const editor = canvas.querySelector('ontdek-doe-deck-editor')!;
      await editor.updateComplete;
      await story.play?.({ canvasElement: canvas });
      await new Promise((resolve) => setTimeout(resolve));
      await editor.updateComplete;
      for (const part of editor.shadowRoot!.querySelectorAll<
        HTMLElement & { updateComplete?: Promise<unknown> }
      >('*'))
        await part.updateComplete;
      SHOWS[name]?.(editor);
      await expectAccessible(editor);
    }, 20_000);
});
