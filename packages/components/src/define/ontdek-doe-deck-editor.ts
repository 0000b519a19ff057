/**
 * Registers `<ontdek-doe-deck-editor>` and the elements it is made of (list, card form, deck form,
 * translation view, preview, problems, open panel), and the card and the game it shows in the
 * preview and the try-out. The game's own entry (`define/ontdek-doe-game.js`) never imports the
 * editor, so a page that only plays pays nothing for it. Tags already defined are left alone.
 *
 * @example
 * import '@ontdek-doe/components/define/ontdek-doe-deck-editor.js';
 */
import './ontdek-doe-card.ts';
import './ontdek-doe-game.ts';
import { defineElement } from '../base/defineElement.ts';
import { OntdekDoeDeckEditor } from '../deck-editor/ontdek-doe-deck-editor.ts';
import { OntdekDoeEditorCard } from '../deck-editor/ontdek-doe-editor-card.ts';
import { OntdekDoeEditorDeck } from '../deck-editor/ontdek-doe-editor-deck.ts';
import { OntdekDoeEditorList } from '../deck-editor/ontdek-doe-editor-list.ts';
import { OntdekDoeEditorOpen } from '../deck-editor/ontdek-doe-editor-open.ts';
import { OntdekDoeEditorPreview } from '../deck-editor/ontdek-doe-editor-preview.ts';
import { OntdekDoeEditorProblems } from '../deck-editor/ontdek-doe-editor-problems.ts';
import { OntdekDoeEditorTranslate } from '../deck-editor/ontdek-doe-editor-translate.ts';

defineElement('ontdek-doe-editor-list', OntdekDoeEditorList);
defineElement('ontdek-doe-editor-card', OntdekDoeEditorCard);
defineElement('ontdek-doe-editor-deck', OntdekDoeEditorDeck);
defineElement('ontdek-doe-editor-translate', OntdekDoeEditorTranslate);
defineElement('ontdek-doe-editor-preview', OntdekDoeEditorPreview);
defineElement('ontdek-doe-editor-problems', OntdekDoeEditorProblems);
defineElement('ontdek-doe-editor-open', OntdekDoeEditorOpen);
defineElement('ontdek-doe-deck-editor', OntdekDoeDeckEditor);

declare global {
  interface HTMLElementTagNameMap {
    'ontdek-doe-deck-editor': OntdekDoeDeckEditor;
    'ontdek-doe-editor-list': OntdekDoeEditorList;
    'ontdek-doe-editor-card': OntdekDoeEditorCard;
    'ontdek-doe-editor-deck': OntdekDoeEditorDeck;
    'ontdek-doe-editor-translate': OntdekDoeEditorTranslate;
    'ontdek-doe-editor-preview': OntdekDoeEditorPreview;
    'ontdek-doe-editor-problems': OntdekDoeEditorProblems;
    'ontdek-doe-editor-open': OntdekDoeEditorOpen;
  }
}
