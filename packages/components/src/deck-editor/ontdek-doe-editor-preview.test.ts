/**
 * The preview shows a card exactly as the game does (the core's own `cardView` on the playable
 * deck), in any language and in easy reading, at phone and tablet width, and keeps the card's
 * events to itself.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cardView } from '@ontdek-doe/core';
import { pictureSrc } from '../base/iconSvg.ts';
import { expectAccessible } from '../testing/expectAccessible.ts';
import { defaultDraft } from '../testing/editorDrafts.ts';
import { deep, mountEditor, unmountEditors } from '../testing/mountEditor.ts';
import type { OntdekDoeCard } from '../ontdek-doe-card/ontdek-doe-card.ts';
import type { OntdekDoeDeckEditor } from './ontdek-doe-deck-editor.ts';
import { PREVIEW_WIDTHS } from './ontdek-doe-editor-preview.ts';
import { previewCardView } from './previewView.ts';

afterEach(unmountEditors);

const preview = (editor: OntdekDoeDeckEditor) => deep(editor, 'ontdek-doe-editor-preview');
const shownCard = (editor: OntdekDoeDeckEditor) => deep<OntdekDoeCard>(preview(editor), 'ontdek-doe-card');
const settle = async (editor: OntdekDoeDeckEditor) => {
  await editor.updateComplete;
  await preview(editor).updateComplete;
  await shownCard(editor).updateComplete;
};

describe('<ontdek-doe-editor-preview>', () => {
  it('shows every card of a default deck as the game’s own cardView does, in each language and reading level', async () => {
    let pictures = 0;
    for (const id of ['basis', 'makkelijk']) {
      const draft = defaultDraft(id);
      const deck = draft.playable()!;
      for (const card of deck.cards)
        for (const language of deck.languages)
          for (const reading of ['standard', 'easy'] as const) {
            const game = cardView(deck, card, language, reading);
            // The one difference: a picture of the icon set is drawn from the set, not fetched.
            if (game.picture) {
              game.picture = { ...game.picture, src: pictureSrc(game.picture.src) };
              pictures += 1;
            }
            expect(
              previewCardView(draft.data(), draft.card(card.id), language, reading, draft.defaultLanguage),
            ).toEqual(game);
          }
    }
    expect(pictures).toBeGreaterThan(0);
  });

  it('draws the card in a phone or tablet frame, in another language and in easy reading', async () => {
    const draft = defaultDraft();
    const { editor } = await mountEditor({ draft });
    await settle(editor);
    const card = shownCard(editor);
    const deck = draft.playable()!;
    expect(card.card).toEqual(cardView(deck, deck.cards[0]!, 'nl', 'standard'));
    expect(card.shadowRoot!.querySelector('[part="question"]')?.textContent).toContain(
      deck.cards[0]!.prompt.nl,
    );
    expect(card.querySelector('[slot="theme-icon"] svg')).not.toBeNull();
    const screen = preview(editor).shadowRoot!.querySelector<HTMLElement>('.screen')!;
    expect(screen.getBoundingClientRect().width).toBe(PREVIEW_WIDTHS.phone);
    await expectAccessible(preview(editor));

    const root = preview(editor).shadowRoot!;
    [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('Tablet'))!.click();
    const language = root.querySelector<HTMLSelectElement>('#preview-language')!;
    language.value = 'en';
    language.dispatchEvent(new Event('change'));
    root.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await settle(editor);
    expect(root.querySelector<HTMLElement>('.screen')!.getBoundingClientRect().width).toBe(
      PREVIEW_WIDTHS.tablet,
    );
    expect(shownCard(editor).card).toEqual(cardView(deck, deck.cards[0]!, 'en', 'easy'));
    expect(shownCard(editor).getAttribute('lang')).toBe('en');
    // The card's own words follow the previewed language, as in a game in English.
    expect(shownCard(editor).shadowRoot!.textContent).toContain('Pass');
    await expectAccessible(preview(editor));
  });

  it('follows typing at once, and keeps the card’s answers and passes to itself', async () => {
    const draft = defaultDraft();
    const { editor, heard } = await mountEditor({ draft });
    draft.edit({ type: 'set', path: ['cards', 0, 'prompt', 'nl'], value: 'Een nieuwe vraag?' });
    await settle(editor);
    expect(shownCard(editor).shadowRoot!.querySelector('[part="question"]')?.textContent).toContain(
      'Een nieuwe vraag?',
    );
    let leaked = 0;
    const count = () => (leaked += 1);
    document.addEventListener('od-pass', count);
    shownCard(editor).shadowRoot!.querySelector<HTMLButtonElement>('[part~="button-pass"]')!.click();
    document.removeEventListener('od-pass', count);
    expect(leaked).toBe(0);
    expect(heard.errors).toEqual([]);
  });

  it('keeps working with icon names that are no icons (toString, constructor), in the preview and the deck form', async () => {
    const draft = defaultDraft();
    draft.edit({ type: 'set', path: ['themes', 0, 'icon'], value: 'toString' });
    draft.edit({
      type: 'set',
      path: ['cards', 0, 'answer'],
      value: { kind: 'choice', options: [{ id: 'a', label: { nl: 'A' }, icon: 'constructor' }] },
    });
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const { editor } = await mountEditor({ draft });
      await settle(editor);
      expect(shownCard(editor).shadowRoot!.textContent).toContain('Waar kijk je deze week naar uit?');
      editor.shadowRoot!.querySelector<HTMLButtonElement>('#view-deck')!.click();
      await editor.updateComplete;
      const deckForm = deep(editor, 'ontdek-doe-editor-deck');
      await deckForm.updateComplete;
      expect(deckForm.shadowRoot!.querySelector('#deck-heading')).not.toBeNull();
      expect(errors).toEqual([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('shows a card picture from the icon set without asking the network for it', async () => {
    const draft = defaultDraft();
    draft.edit({
      type: 'set',
      path: ['cards', 0, 'picture'],
      value: { src: 'icons/sun.svg', alt: { nl: 'Een zon' } },
    });
    const { editor } = await mountEditor({ draft });
    await settle(editor);
    const img = shownCard(editor).shadowRoot!.querySelector<HTMLImageElement>('img[part="picture"]')!;
    expect(img.alt).toBe('Een zon');
    expect(img.getAttribute('src')).toMatch(/^data:image\/svg\+xml,/);
    // A picture the host serves stays as written: the game shows it from there too.
    draft.edit({ type: 'set', path: ['cards', 0, 'picture', 'src'], value: 'pictures/buurthuis.jpg' });
    await settle(editor);
    expect(shownCard(editor).shadowRoot!.querySelector('img[part="picture"]')!.getAttribute('src')).toBe(
      'pictures/buurthuis.jpg',
    );
  });

  it('hands the try-out game the icon pictures from the set too', async () => {
    const draft = defaultDraft();
    const { editor } = await mountEditor({ draft });
    expect(editor.playTest()).toBe(true);
    await editor.updateComplete;
    const game = deep<HTMLElement & { deck: { cards: { picture?: { src: string } }[] } }>(
      editor,
      'ontdek-doe-game',
    );
    const srcs = game.deck.cards.flatMap((card) => (card.picture ? [card.picture.src] : []));
    expect(srcs.length).toBeGreaterThan(0);
    expect(srcs.every((src) => src.startsWith('data:image/svg+xml,'))).toBe(true);
    // The draft itself keeps the file name the trainer wrote.
    expect(JSON.stringify(draft.data())).toContain('icons/');
  });

  it('still shows a card of a deck with errors, with the game’s own fallbacks', async () => {
    const draft = defaultDraft();
    draft.edit({ type: 'set', path: ['cards', 0, 'theme'], value: 'weg' });
    draft.edit({ type: 'set', path: ['cards', 0, 'answer'], value: { kind: 'vreemd' } });
    expect(draft.playable()).toBeUndefined();
    const view = previewCardView(draft.data(), draft.card(draft.cardIds()[0]!), 'nl', 'standard', 'nl')!;
    expect(view.theme).toEqual({ id: 'weg', title: 'weg', colour: '#555555', icon: 'circle' });
    expect(view.answer).toEqual({ kind: 'talk' });
  });
});
