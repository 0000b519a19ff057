import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { DeckChange, DeckDraft } from '@ontdek-doe/content/editing';
import { OdElement } from '../base/OdElement.ts';
import { OdAnnounceEvent } from '../events.ts';
import { controlStyles } from '../styles/controlStyles.ts';
import { editorStyles } from './editorStyles.ts';
import { OdEditorGoEvent, type EditorGoDetail } from './editorEvents.ts';
import { createEditorI18n, type EditorI18n, type EditorKey } from './i18n/createEditorI18n.ts';
import { NO_PROBLEMS, type ProblemIndex } from './problemIndex.ts';

const caches = new WeakMap<EditorI18n, { language: string; texts: Map<string, string> }>();

/** The messages without values a translator gave, for its current language. */
function cached(translator: EditorI18n): Map<string, string> {
  let cache = caches.get(translator);
  if (cache?.language !== translator.language) {
    cache = { language: translator.language, texts: new Map() };
    caches.set(translator, cache);
  }
  return cache.texts;
}

/**
 * The base of the deck editor's parts (list, card form, deck form, translation view, preview,
 * problems). `<ontdek-doe-deck-editor>` hands each part the draft, its revision (so a part
 * re-renders on every change), the problems as last validated, and its translator.
 *
 * A part changes the deck only through `edit()` (one undoable step of the draft), asks the editor
 * to announce something with `announce()` (the editor owns the one live region), and to go
 * somewhere with `go()`.
 *
 * @fires {OdAnnounceEvent} od-announce - Internal: asks the editor to say something in its live region.
 * @fires {OdEditorGoEvent} od-editor-go - Internal: asks the editor to show a view, a card or a problem's field.
 *
 * @example
 * class MyPart extends EditorPart {
 *   override render() { return html`<p>${this.t('editor.list.heading')}</p>`; }
 * }
 */
export class EditorPart extends OdElement {
  static override styles = [OdElement.styles, controlStyles, editorStyles];

  static override properties: PropertyDeclarations = {
    ...OdElement.properties,
    draft: { attribute: false },
    revision: { attribute: false },
    problems: { attribute: false },
    i18n: { attribute: false },
  };

  /** The deck being edited, or null. */
  declare draft: DeckDraft | null;
  /** The draft's revision: a new value re-renders the part. */
  declare revision: number;
  /** The problems as last validated (validation waits until typing pauses). */
  declare problems: ProblemIndex;
  /** The editor's translator; a part on its own makes one from the nearest `lang`. */
  declare i18n: EditorI18n | null;

  private ownI18n: EditorI18n | undefined;
  private pendingFocus: { revision: number; find: () => HTMLElement | null | undefined } | undefined;

  constructor() {
    super();
    this.draft = null;
    this.revision = 0;
    this.problems = NO_PROBLEMS;
    this.i18n = null;
  }

  /** The translator in use. */
  protected get translator(): EditorI18n {
    if (this.i18n) return this.i18n;
    const wanted = this.effectiveLang;
    if (!this.ownI18n) this.ownI18n = createEditorI18n(wanted);
    else if (this.ownI18n.resolution.requested !== wanted) this.ownI18n.setLanguage(wanted);
    return this.ownI18n;
  }

  /**
   * A message in the UI language. Messages without values are kept per language: a form of 1,000
   * cards asks for the same labels at every key the trainer types, and i18next is not free.
   */
  protected t(key: EditorKey, options?: Record<string, unknown>): string {
    const translator = this.translator;
    if (options) return translator.t(key, options);
    const cache = cached(translator);
    let text = cache.get(key);
    if (text === undefined) cache.set(key, (text = translator.t(key)));
    return text;
  }

  /** One undoable change of the draft. */
  protected edit(change: DeckChange): void {
    this.draft?.edit(change);
  }

  /**
   * Moves focus to what `find` gives once the part has drawn the draft as it is now: a change
   * reaches the part through the editor, one update later. For a removed item, so focus goes to
   * its neighbour and not to the page.
   */
  protected focusWhenDrawn(find: () => HTMLElement | null | undefined): void {
    this.pendingFocus = { revision: this.draft?.revision ?? 0, find };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const pending = this.pendingFocus;
    if (pending && this.revision >= pending.revision) {
      this.pendingFocus = undefined;
      pending.find()?.focus();
    }
  }

  protected announce(message: string): void {
    this.dispatchEvent(new OdAnnounceEvent({ message }));
  }

  protected go(detail: EditorGoDetail): void {
    this.dispatchEvent(new OdEditorGoEvent({ ...detail }));
  }
}
