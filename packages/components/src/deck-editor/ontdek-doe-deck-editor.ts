import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  defaultDeckSources,
  restoreDraft,
  type DeckDraft,
  type EditorProblem,
} from '@ontdek-doe/content/editing';
import { localize, localizeIn, type Deck } from '@ontdek-doe/core';
import { OdElement } from '../base/OdElement.ts';
import { OdErrorEvent, type OdAnnounceEvent } from '../events.ts';
import { controlStyles } from '../styles/controlStyles.ts';
import { clearAutosave, localStore, readAutosave, writeAutosave, type AutosaveEntry } from './autosave.ts';
import { OdDeckChangedEvent, OdDeckSavedEvent } from './deckEditorEvents.ts';
import { editorStyles } from './editorStyles.ts';
import { partInputs, type PartInputs } from './partInputs.ts';
import type { EditorView, OdEditorGoEvent } from './editorEvents.ts';
import { createEditorI18n, type EditorI18n, type EditorKey } from './i18n/createEditorI18n.ts';
import { deckEditorStyles } from './ontdek-doe-deck-editor.styles.ts';
import { draftIndex } from './draftIndex.ts';
import type { OntdekDoeEditorCard } from './ontdek-doe-editor-card.ts';
import type { OntdekDoeEditorDeck } from './ontdek-doe-editor-deck.ts';
import type { OpenRequest } from './ontdek-doe-editor-open.ts';
import type { OntdekDoeEditorProblems } from './ontdek-doe-editor-problems.ts';
import type { OntdekDoeEditorTranslate } from './ontdek-doe-editor-translate.ts';
import { openFilePicker } from './openSources.ts';
import { readOpenRequest } from './readOpenRequest.ts';
import { indexProblems, NO_PROBLEMS, type ProblemIndex } from './problemIndex.ts';
import { withIconPictures } from './previewView.ts';
import { saveTargets, writeBack, type OpenedHandles, type SaveTarget } from './saveFiles.ts';

/** How long typing must pause before the deck is checked again. */
export const VALIDATE_DELAY = 300;
/** How long typing must pause before the draft is kept locally (with `autosave`). */
export const AUTOSAVE_DELAY = 1000;

const VIEWS: readonly EditorView[] = ['cards', 'deck', 'translate', 'problems'];

/** What the save dialog shows. */
interface SaveState {
  written: string[];
  failed: boolean;
  downloads: (SaveTarget & { url: string })[];
  playable: boolean;
  /** The draft's revision the files were made from. */
  revision: number;
  /** The downloads the trainer took (clicked). */
  taken: Set<string>;
}

/**
 * The deck editor: trainers open, edit, translate, preview, check, save and try out a deck of
 * questions in the browser, without touching YAML.
 *
 * - **Open**: a default deck, files from the computer (deck.yaml with its `<lang>.yaml` files, or
 *   one JSON file; through the File System Access API where the browser has it, so Save writes
 *   back into the same files), a URL (the only network requests the editor makes: the one the
 *   trainer types and, for a deck.yaml, the `<lang>.yaml` files beside it), or a new deck.
 * - **Edit**: the cards as a list to search, filter and sort, with a problem count per card; add,
 *   copy, move and delete cards; a form for every field of a card and of the deck (themes with
 *   colour and icon, languages). Undo and redo with the buttons or Ctrl/Cmd+Z and
 *   Ctrl/Cmd+Shift+Z.
 * - **Translate** side by side, untranslated and outdated texts first.
 * - **Preview** a card exactly as the game shows it (`<ontdek-doe-card>`), in any language of the
 *   deck and in easy reading, at phone (390 px) and tablet (768 px) width.
 * - **Problems** from the core's `parseDeck`, the source files and the readability check show at
 *   the field they belong to, once typing pauses; a deck with errors is marked as not playable,
 *   with its first error one click from its field, and can still be saved as a draft.
 * - **Save** as the source format (comments and order kept where the format allows) and as JSON.
 * - **Try it out**: the game (`<ontdek-doe-game>`) on the deck being edited, in a dialog; closing
 *   it returns to the editor with nothing lost.
 * - **Autosave** (only with the `autosave` attribute): the work is kept in `localStorage` under
 *   `ontdek-doe-editor:<autosave-key>` when typing pauses and when the page is hidden or closed,
 *   and offered back on the next visit. Without it, leaving with unsaved changes asks first.
 *
 * UI text is Dutch (the default) or English, from `lang`.
 *
 * @tagname ontdek-doe-deck-editor
 * @summary Edit, translate, preview, check, save and try out a deck in the browser.
 *
 * @fires {OdDeckChangedEvent} od-deck-changed - The deck changed (an edit, undo, redo, or another deck opened), once typing pauses: `{ revision, deckId, cards, playable, errors, warnings }`.
 * @fires {OdDeckSavedEvent} od-deck-saved - The work is saved: written back into the opened files, or every file to edit further (or the JSON) downloaded; `{ files, how: 'file-system' | 'download', revision, playable }`.
 * @fires {OdErrorEvent} od-error - Something could not be done: `open-failed`, `url-invalid`, `url-unreachable`, `url-status`, `url-too-big`, `save-failed`, `autosave-failed`, `restore-failed`; `{ code, message: { nl, en } }`.
 *
 * @csspart editor - The whole editor.
 * @csspart header - The title, the toolbar and the status.
 * @csspart toolbar - Open, Save, Undo, Redo and Try it out.
 * @csspart status - Playable or not, the counts, the first error.
 * @csspart views - The buttons that switch between cards, deck, translation and problems.
 * @csspart dialog - The open, save and try-out dialogs.
 *
 * @cssproperty --od-color-accent - Buttons and the current view (default #005a9c).
 * @cssproperty --od-color-error - Errors (default #b00020).
 * @cssproperty --od-font-size-small - The editor's text size (default 1rem).
 *
 * @example
 * <ontdek-doe-deck-editor lang="nl" autosave></ontdek-doe-deck-editor>
 * <script type="module">
 *   import '@ontdek-doe/components/define/ontdek-doe-deck-editor.js';
 *   const editor = document.querySelector('ontdek-doe-deck-editor');
 *   editor.addEventListener('od-deck-saved', (e) => console.log(e.detail.files));
 *   await editor.open({ kind: 'default', id: 'basis' });
 * </script>
 */
export class OntdekDoeDeckEditor extends OdElement {
  static override styles = [OdElement.styles, controlStyles, editorStyles, deckEditorStyles];

  static override properties: PropertyDeclarations = {
    ...OdElement.properties,
    autosave: { type: Boolean, reflect: true },
    autosaveKey: { type: String, attribute: 'autosave-key' },
    draft: { attribute: false },
    _view: { state: true, attribute: false },
    _selected: { state: true, attribute: false },
    _problems: { state: true, attribute: false },
    _restore: { state: true, attribute: false },
    _dialog: { state: true, attribute: false },
    _save: { state: true, attribute: false },
    _revision: { state: true, attribute: false },
  };

  /** Keep the work in this browser's localStorage and offer it back after a reload. Off by default. */
  declare autosave: boolean;
  /** The name the work is kept under (`ontdek-doe-editor:<key>`); `draft` by default. */
  declare autosaveKey: string;
  /** The deck being edited (a `DeckDraft` of `@ontdek-doe/content/editing`), or null. */
  declare draft: DeckDraft | null;

  declare private _view: EditorView;
  declare private _selected: string | undefined;
  declare private _problems: ProblemIndex;
  declare private _restore: AutosaveEntry | undefined;
  declare private _dialog: 'open' | 'save' | 'play' | null;
  declare private _save: SaveState | null;
  declare private _revision: number;

  private readonly i18n: EditorI18n = createEditorI18n('nl');
  private unsubscribe: (() => void) | undefined;
  private validateTimer: ReturnType<typeof setTimeout> | undefined;
  private autosaveTimer: ReturnType<typeof setTimeout> | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private savedRevision = -1;
  private adopted: DeckDraft | undefined;
  private handles: OpenedHandles = { sources: new Map() };
  private playDeck: Deck | undefined;
  private lastCounts = '';
  private autosaveFailed = false;
  private checkedAutosave = false;

  constructor() {
    super();
    this.autosave = false;
    this.autosaveKey = 'draft';
    this.draft = null;
    this._view = 'cards';
    this._selected = undefined;
    this._problems = NO_PROBLEMS;
    this._restore = undefined;
    this._dialog = null;
    this._save = null;
    this._revision = 0;
    this.addEventListener('od-announce', (event: OdAnnounceEvent) => {
      // Announcements of the game in the try-out dialog are the game's own.
      if (event.composedPath().some((node) => (node as Element).localName === 'ontdek-doe-game')) return;
      event.stopPropagation();
      this.announce(event.detail.message);
    });
    this.addEventListener('od-editor-go', (event: OdEditorGoEvent) => {
      event.stopPropagation();
      void this.goTo(event.detail);
    });
    this.addEventListener('keydown', (event) => this.onKeydown(event));
  }

  // ───────────────────────────── lifecycle ─────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.keepNow);
    document.addEventListener('visibilitychange', this.onVisibility);
    window.addEventListener('beforeunload', this.onBeforeUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.keepNow);
    document.removeEventListener('visibilitychange', this.onVisibility);
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    this.keepNow();
    clearTimeout(this.validateTimer);
    clearTimeout(this.autosaveTimer);
    clearTimeout(this.announceTimer);
    for (const file of this._save?.downloads ?? []) URL.revokeObjectURL(file.url);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Its own `lang`, or the page's when it has none (which may change at any time).
    if (this.i18n.resolution.requested !== this.effectiveLang) this.i18n.setLanguage(this.effectiveLang);
    if (changed.has('draft')) this.follow(changed.get('draft') as DeckDraft | null | undefined);
    if ((changed.has('autosave') || changed.has('autosaveKey')) && this.autosave && !this.checkedAutosave) {
      this.checkedAutosave = true;
      const entry = readAutosave(localStore(), this.autosaveKey);
      if (entry?.unsaved) this._restore = entry;
    }
    if (this.draft) {
      const { ids, cards } = draftIndex(this.draft);
      if (this._selected === undefined || !cards.has(this._selected)) this._selected = ids[0];
    } else this._selected = undefined;
  }

  /** Subscribes to a new draft (and lets go of the old one). */
  private follow(previous: DeckDraft | null | undefined) {
    if (previous === this.draft) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    const draft = this.draft;
    this._problems = NO_PROBLEMS;
    this.lastCounts = '';
    if (!draft) return;
    this._revision = draft.revision;
    // A draft the host hands over counts as saved as it is; one the editor opened says itself.
    if (this.adopted !== draft) this.savedRevision = draft.revision;
    this.adopted = undefined;
    this.unsubscribe = draft.subscribe(() => this.onDraftChange());
    this.validate();
    // The model builds its search index at the first search: build it while nobody types.
    const warm = () => {
      if (this.draft === draft) draft.query({ search: 'a' });
    };
    if ('requestIdleCallback' in globalThis) requestIdleCallback(warm, { timeout: 2000 });
    else setTimeout(warm, 500);
  }

  private onDraftChange() {
    const draft = this.draft;
    if (!draft) return;
    this._revision = draft.revision;
    clearTimeout(this.validateTimer);
    this.validateTimer = setTimeout(() => this.validate(), VALIDATE_DELAY);
    if (this.autosave) {
      clearTimeout(this.autosaveTimer);
      this.autosaveTimer = setTimeout(this.keepNow, AUTOSAVE_DELAY);
    }
  }

  /** Checks the deck now: problems at their fields, counts announced, `od-deck-changed`. */
  private validate() {
    clearTimeout(this.validateTimer);
    const draft = this.draft;
    if (!draft) return;
    this._problems = indexProblems(draft.problems(), draft.cardIds());
    const counts = this.countWords(this._problems);
    if (this.lastCounts !== '' && counts !== this.lastCounts) this.announce(counts);
    this.lastCounts = counts;
    this.dispatchEvent(
      new OdDeckChangedEvent({
        revision: draft.revision,
        deckId: typeof draft.data().id === 'string' ? String(draft.data().id) : '',
        cards: draft.cardIds().length,
        playable: this._problems.errors === 0,
        errors: this._problems.errors,
        warnings: this._problems.warnings,
      }),
    );
  }

  /** Problems are checked once typing pauses; this checks them now (tests, before saving). */
  validateNow(): void {
    this.validate();
  }

  private countWords(problems: ProblemIndex): string {
    return this.t('editor.status.counts', {
      errors: this.t('editor.status.errors', { count: problems.errors }),
      warnings: this.t('editor.status.warnings', { count: problems.warnings }),
    });
  }

  private t(key: EditorKey, options?: Record<string, unknown>): string {
    return this.i18n.t(key, options);
  }

  // ───────────────────────────── announcing and errors ─────────────────────────────

  private announce(message: string) {
    const region = this.renderRoot.querySelector<HTMLElement>('#live');
    if (!region) return;
    region.textContent = '';
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => (region.textContent = message), 50);
  }

  private fail(code: string, key: EditorKey, options?: Record<string, unknown>, cause?: unknown) {
    const say = (lng: 'nl' | 'en') => String(this.i18n.i18next.t(key, { ...options, lng }));
    this.dispatchEvent(
      new OdErrorEvent({ code, message: { nl: say('nl'), en: say('en') }, ...(cause ? { cause } : {}) }),
    );
  }

  // ───────────────────────────── autosave ─────────────────────────────

  private get unsaved(): boolean {
    return this.draft !== null && this.draft.revision !== this.savedRevision;
  }

  /** Keeps the work now (with `autosave`): on a pause in typing, and when the page is hidden or left. */
  private readonly keepNow = () => {
    clearTimeout(this.autosaveTimer);
    const draft = this.draft;
    // Work offered back and not answered yet stays as it is kept until the trainer chooses.
    if (!this.autosave || !draft || this._restore) return;
    const title = localizeIn(draft.data().title as Record<string, string> | undefined, [
      draft.defaultLanguage,
    ]);
    let text: string;
    try {
      text = draft.serialize();
    } catch {
      return;
    }
    const kept = writeAutosave(localStore(), this.autosaveKey, {
      version: 1,
      savedAt: new Date().toISOString(),
      title,
      draft: text,
      unsaved: this.unsaved,
    });
    if (!kept && !this.autosaveFailed) {
      this.announce(this.t('editor.error.autosave'));
      this.fail('autosave-failed', 'editor.error.autosave');
    }
    // While the browser refuses, closing the tab asks first (see onBeforeUnload).
    this.autosaveFailed = !kept;
  };

  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') this.keepNow();
  };

  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    // With autosave the work is kept on leaving, unless the browser refuses or kept work is on offer.
    if ((this.autosave && !this._restore && !this.autosaveFailed) || !this.unsaved) return;
    event.preventDefault();
    // Older browsers show the prompt only with a returnValue.
    event.returnValue = '';
  };

  private restore() {
    const entry = this._restore;
    if (!entry) return;
    this._restore = undefined;
    const result = restoreDraft(entry.draft);
    if (!result.draft) {
      this.announce(this.t('editor.restore.failed'));
      this.fail('restore-failed', 'editor.restore.failed');
      clearAutosave(localStore(), this.autosaveKey);
      return;
    }
    this.adopt(result.draft, { sources: new Map() }, false);
    this.announce(this.t('editor.restore.restored'));
  }

  private async discardRestore() {
    this._restore = undefined;
    clearAutosave(localStore(), this.autosaveKey);
    // Its button is gone: focus goes on to what comes next, the ways to open a deck (or the deck).
    await this.updateComplete;
    const open = this.child<HTMLElement & { focusFirst(): Promise<void> }>('ontdek-doe-editor-open');
    if (open) await open.focusFirst();
    else this.renderRoot.querySelector<HTMLElement>('#editor-heading')?.focus();
  }

  // ───────────────────────────── opening ─────────────────────────────

  /**
   * Opens a deck: a default deck (`{ kind: 'default', id: 'basis' }`), files (`{ kind: 'files',
   * files }`), the browser's file picker (`{ kind: 'pick' }`), a URL (`{ kind: 'url', url }`), or a
   * new deck (`{ kind: 'new', title, languages }`). Resolves with the messages to show when it
   * could not (empty when it worked); the deck that was open stays open then.
   */
  async open(request: OpenRequest): Promise<string[]> {
    const ui = this.i18n.language;
    const outcome = await readOpenRequest(request, this.t('editor.untitled'), document.baseURI);
    switch (outcome.kind) {
      case 'cancelled':
        return [];
      case 'no-files':
        return [this.t('editor.open.noFiles')];
      case 'failed':
        this.fail(outcome.code, outcome.key, outcome.options, outcome.cause);
        return [this.t(outcome.key, outcome.options)];
    }
    const { result, failures, handles } = outcome;
    if (!result.draft) {
      const messages = [
        ...failures.map((f) =>
          this.t(f.code === 'too-big' ? 'editor.open.tooBig' : 'editor.open.unreadable', { file: f.file }),
        ),
        ...result.problems
          .filter((p) => p.severity === 'error')
          .map((p) => `${p.file ? `${p.file}${p.line ? `:${p.line}` : ''}: ` : ''}${p.message[ui]}`),
      ];
      if (messages.length === 0) messages.push(this.t('editor.open.noFiles'));
      this.dispatchEvent(
        new OdErrorEvent({
          code: 'open-failed',
          message: {
            nl:
              result.problems.map((p) => p.message.nl).join(' ') ||
              String(this.i18n.i18next.t('editor.open.failed', { lng: 'nl' })),
            en:
              result.problems.map((p) => p.message.en).join(' ') ||
              String(this.i18n.i18next.t('editor.open.failed', { lng: 'en' })),
          },
        }),
      );
      return messages;
    }
    this.adopt(result.draft, handles, true);
    return [];
  }

  /** Makes `draft` the one being edited; `saved` when it is as the files are (just opened). */
  private adopt(draft: DeckDraft, handles: OpenedHandles, saved: boolean) {
    this.handles = handles;
    this.adopted = draft;
    this.draft = draft;
    this.savedRevision = saved ? draft.revision : -1;
    this._view = 'cards';
    this._selected = draft.cardIds()[0];
    this._dialog = null;
    this.closeDialogs();
    const title = localizeIn(draft.data().title as Record<string, string> | undefined, [
      this.i18n.language,
      draft.defaultLanguage,
    ]);
    this.announce(this.t('editor.open.opened', { title, count: draft.cardIds().length }));
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('#editor-heading')?.focus(),
    );
  }

  // ───────────────────────────── going places ─────────────────────────────

  private async goTo(detail: OdEditorGoEvent['detail']) {
    if (detail.problem) return this.goToProblem(detail.problem);
    if (detail.cardId !== undefined) {
      this._selected = detail.cardId;
      this._view = 'cards';
    }
    if (detail.view) this._view = detail.view;
    if (detail.focusField) {
      await this.updateComplete;
      await this.child<OntdekDoeEditorCard>('ontdek-doe-editor-card')?.focusField(detail.focusField);
    }
  }

  /** Shows the field a problem belongs to and moves focus there. */
  async goToProblem(problem: EditorProblem): Promise<void> {
    if (problem.cardId !== undefined && this.draft && draftIndex(this.draft).cards.has(problem.cardId)) {
      this._selected = problem.cardId;
      this._view = 'cards';
      await this.updateComplete;
      if (await this.child<OntdekDoeEditorCard>('ontdek-doe-editor-card')?.focusProblem(problem)) return;
    } else if (problem.path.length > 0 || problem.field) {
      this._view = 'deck';
      await this.updateComplete;
      if (await this.child<OntdekDoeEditorDeck>('ontdek-doe-editor-deck')?.focusProblem(problem)) return;
    }
    this._view = 'problems';
    await this.updateComplete;
    await this.child<OntdekDoeEditorProblems>('ontdek-doe-editor-problems')?.focusHeading();
  }

  private child<T extends HTMLElement>(tag: string): T | null {
    return this.renderRoot.querySelector<T>(tag);
  }

  private async showView(view: EditorView) {
    this._view = view;
    await this.updateComplete;
    if (view === 'translate') this.child<OntdekDoeEditorTranslate>('ontdek-doe-editor-translate')?.resort();
  }

  // ───────────────────────────── undo, redo, keys ─────────────────────────────

  /** Undoes the last change; false when there was none. */
  undo(): boolean {
    const done = this.draft?.undo() ?? false;
    this.announce(this.t(done ? 'editor.toolbar.undone' : 'editor.toolbar.nothingToUndo'));
    return done;
  }

  /** Does the last undone change again; false when there was none. */
  redo(): boolean {
    const done = this.draft?.redo() ?? false;
    this.announce(this.t(done ? 'editor.toolbar.redone' : 'editor.toolbar.nothingToRedo'));
    return done;
  }

  private onKeydown(event: KeyboardEvent) {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || !this.draft || this._dialog) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      this.undo();
    } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) {
      event.preventDefault();
      this.redo();
    }
  }

  // ───────────────────────────── saving ─────────────────────────────

  /**
   * Saves: back into the files the trainer opened (File System Access API) where it can, and
   * offers the rest (or all, without that API) as downloads in the save dialog.
   */
  async save(): Promise<void> {
    const draft = this.draft;
    if (!draft) return;
    this.validate();
    const playable = this._problems.errors === 0;
    let targets: SaveTarget[];
    try {
      targets = saveTargets(draft, this.handles.json?.name);
    } catch (error) {
      this.fail('save-failed', 'editor.save.failed', undefined, error);
      return;
    }
    const revision = draft.revision;
    const back = await writeBack(targets, this.handles);
    if (back.written.length > 0) {
      // Saved when no file to edit further is left to download (a new language's file may be).
      if (back.failed.length === 0 && back.rest.every((target) => target.kind !== 'source'))
        this.markSaved(revision, back.written, 'file-system', playable);
      this.announce(this.t('editor.save.savedToFiles', { files: back.written.join(', ') }));
    }
    if (back.failed.length > 0) this.fail('save-failed', 'editor.save.failed');
    if (back.rest.length === 0 && back.failed.length === 0) return;
    for (const file of this._save?.downloads ?? []) URL.revokeObjectURL(file.url);
    this._save = {
      written: back.written,
      failed: back.failed.length > 0,
      playable,
      revision,
      taken: new Set(),
      downloads: back.rest.map((target) => ({
        ...target,
        url: URL.createObjectURL(new Blob([target.text], { type: `${target.type};charset=utf-8` })),
      })),
    };
    this.openDialog('save');
    if (back.written.length === 0) this.announce(this.t('editor.save.ready'));
  }

  /**
   * A download link was clicked. The work counts as saved once the deck is whole in what was
   * taken: every source file (deck.yaml and each language) that was not written back, or the JSON.
   * One file alone (en.yaml without the changed deck.yaml) is not.
   */
  private takeDownload(save: SaveState, name: string) {
    if (save.taken.has(name)) return;
    save.taken.add(name);
    const sources = save.downloads.filter((d) => d.kind === 'source').map((d) => d.name);
    const json = save.downloads.find((d) => d.kind === 'json')?.name;
    const whole =
      (sources.length > 0 && sources.every((file) => save.taken.has(file))) ||
      (json !== undefined && name === json);
    if (whole && this.savedRevision !== save.revision)
      this.markSaved(save.revision, [...save.written, ...save.taken], 'download', save.playable);
  }

  private markSaved(revision: number, files: string[], how: 'file-system' | 'download', playable: boolean) {
    this.savedRevision = revision;
    this.requestUpdate();
    this.keepNow();
    this.dispatchEvent(new OdDeckSavedEvent({ files, how, revision, playable }));
  }

  // ───────────────────────────── dialogs ─────────────────────────────

  private openDialog(which: 'open' | 'save' | 'play') {
    this._dialog = which;
    void this.updateComplete.then(() => {
      const dialog = this.renderRoot.querySelector<HTMLDialogElement>(`#${which}-dialog`);
      if (dialog && !dialog.open) dialog.showModal();
      if (which === 'open')
        void this.renderRoot
          .querySelector<HTMLElement & { focusFirst(): Promise<void> }>('#open-dialog ontdek-doe-editor-open')
          ?.focusFirst();
    });
  }

  private closeDialogs() {
    for (const dialog of this.renderRoot.querySelectorAll('dialog')) if (dialog.open) dialog.close();
  }

  private onDialogClose(which: 'open' | 'save' | 'play') {
    if (this._dialog !== which) return;
    this._dialog = null;
    if (which === 'play') this.playDeck = undefined;
    if (which === 'save') {
      for (const file of this._save?.downloads ?? []) setTimeout(() => URL.revokeObjectURL(file.url), 10_000);
      this._save = null;
    }
    const button = { open: '#open-button', save: '#save-button', play: '#play-button' }[which];
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(button)?.focus());
  }

  /** Starts the game on the deck as it is now, in the try-out dialog. Nothing when it has errors. */
  playTest(): boolean {
    const deck = this.draft?.playable();
    if (!deck) {
      this.announce(this.t('editor.toolbar.playDisabled'));
      return false;
    }
    this.playDeck = withIconPictures(deck);
    this.openDialog('play');
    return true;
  }

  // ───────────────────────────── rendering ─────────────────────────────

  override render() {
    const draft = this.draft;
    const ui = this.i18n.language;
    const title = draft
      ? localizeIn(draft.data().title as Record<string, string> | undefined, [ui, draft.defaultLanguage]) ||
        this.t('editor.untitled')
      : '';
    return html`
      <div class="editor" part="editor">
        <div class="head" part="header">
          <h2 id="editor-heading" tabindex="-1">
            ${draft ? this.t('editor.deckHeading', { title }) : this.t('editor.title')}
          </h2>
          ${draft ? this.renderToolbar() : nothing} ${draft ? this.renderStatus() : nothing}
        </div>
        ${this._restore ? this.renderRestore() : nothing}
        ${
          draft
            ? html`${this.renderViews()} ${this.renderView(draft)}`
            : this._restore
              ? nothing
              : html`<ontdek-doe-editor-open
                  lang=${ui}
                  .i18n=${this.i18n}
                  .opener=${(request: OpenRequest) => this.open(request)}
                  .deckIds=${Object.keys(defaultDeckSources())}
                  ?can-pick=${openFilePicker() !== undefined}
                ></ontdek-doe-editor-open>`
        }
        ${this.renderDialogs(title)}
        <div id="live" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"></div>
      </div>
    `;
  }

  private renderToolbar() {
    const draft = this.draft!;
    const playable = this._problems.errors === 0 && this._problems !== NO_PROBLEMS;
    return html`<div
      class="row toolbar"
      part="toolbar"
      role="group"
      aria-label=${this.t('editor.toolbar.label')}
    >
      <button type="button" id="open-button" @click=${() => this.openDialog('open')}>
        ${this.t('editor.toolbar.open')}
      </button>
      <button type="button" id="save-button" class="primary" @click=${() => void this.save()}>
        ${this.t('editor.toolbar.save')}
      </button>
      <button
        type="button"
        id="undo-button"
        aria-keyshortcuts="Control+Z Meta+Z"
        aria-disabled=${draft.canUndo ? 'false' : 'true'}
        @click=${() => this.undo()}
      >
        ${this.t('editor.toolbar.undo')}
      </button>
      <button
        type="button"
        id="redo-button"
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
        aria-disabled=${draft.canRedo ? 'false' : 'true'}
        @click=${() => this.redo()}
      >
        ${this.t('editor.toolbar.redo')}
      </button>
      <button
        type="button"
        id="play-button"
        aria-disabled=${playable ? 'false' : 'true'}
        aria-describedby=${playable ? nothing : 'play-hint'}
        @click=${() => this.playTest()}
      >
        ${this.t('editor.toolbar.play')}
      </button>
      ${playable ? nothing : html`<span class="hint" id="play-hint">${this.t('editor.toolbar.playDisabled')}</span>`}
    </div>`;
  }

  private renderStatus() {
    const problems = this._problems;
    const playable = problems.errors === 0;
    const first = problems.firstError;
    return html`<div part="status">
      <p class="status">
        <span class=${`state ${playable ? 'playable' : 'not-playable'}`}>
          ${this.t(playable ? 'editor.status.playable' : 'editor.status.notPlayable')}
        </span>
        <span>${this.countWords(problems)}</span>
        <span>${this.t(this.unsaved ? 'editor.status.unsaved' : 'editor.status.saved')}</span>
      </p>
      ${
        first
          ? html`<p class="first-error">
              <span
                >${this.t('editor.status.firstError', { message: first.message[this.i18n.language] })}</span
              >
              <button type="button" id="first-error" @click=${() => void this.goToProblem(first)}>
                ${this.t('editor.status.goToField')}
              </button>
            </p>`
          : nothing
      }
    </div>`;
  }

  private renderRestore() {
    const entry = this._restore!;
    const when = entry.savedAt ? new Date(entry.savedAt).toLocaleString(this.i18n.language) : '';
    return html`<section class="banner" aria-labelledby="restore-title">
      <h3 id="restore-title">${this.t('editor.restore.title')}</h3>
      <p>${this.t('editor.restore.text', { title: entry.title || this.t('editor.untitled'), when })}</p>
      <div class="row">
        <button type="button" class="primary" id="restore" @click=${this.restore}>
          ${this.t('editor.restore.restore')}
        </button>
        <button type="button" id="discard" @click=${this.discardRestore}>
          ${this.t('editor.restore.discard')}
        </button>
      </div>
    </section>`;
  }

  private renderViews() {
    return html`<nav class="views" part="views" aria-label=${this.t('editor.views.label')}>
      ${VIEWS.map(
        (view) =>
          html`<button
            type="button"
            id=${`view-${view}`}
            aria-pressed=${this._view === view ? 'true' : 'false'}
            @click=${() => void this.showView(view)}
          >
            ${
              view === 'problems'
                ? this.t('editor.views.problems', { count: this._problems.all.length })
                : this.t(`editor.views.${view}`)
            }
          </button>`,
      )}
    </nav>`;
  }

  private renderView(draft: DeckDraft) {
    const ui = this.i18n.language;
    const common: PartInputs = { draft, revision: this._revision, problems: this._problems, i18n: this.i18n };
    switch (this._view) {
      case 'cards':
        return html`<div class="cards-view">
          <ontdek-doe-editor-list
            lang=${ui}
            ${partInputs(common)}
            .selected=${this._selected}
          ></ontdek-doe-editor-list>
          <ontdek-doe-editor-card
            lang=${ui}
            ${partInputs(common)}
            .cardId=${this._selected}
          ></ontdek-doe-editor-card>
          <ontdek-doe-editor-preview
            lang=${ui}
            ${partInputs(common)}
            .cardId=${this._selected}
          ></ontdek-doe-editor-preview>
        </div>`;
      case 'deck':
        return html`<ontdek-doe-editor-deck lang=${ui} ${partInputs(common)}></ontdek-doe-editor-deck>`;
      case 'translate':
        return html`<ontdek-doe-editor-translate
          lang=${ui}
          ${partInputs(common)}
        ></ontdek-doe-editor-translate>`;
      case 'problems':
        return html`<ontdek-doe-editor-problems
          lang=${ui}
          ${partInputs(common)}
        ></ontdek-doe-editor-problems>`;
    }
  }

  private renderDialogs(title: string) {
    const ui = this.i18n.language;
    const save = this._save;
    return html`
      <dialog
        id="open-dialog"
        part="dialog"
        aria-labelledby="open-title"
        @close=${() => this.onDialogClose('open')}
      >
        ${
          this._dialog === 'open'
            ? html`<div class="dialog-head">
                  <h2 id="open-title">${this.t('editor.open.heading')}</h2>
                  <button type="button" @click=${this.closeDialogs}>${this.t('editor.open.close')}</button>
                </div>
                <ontdek-doe-editor-open
                  lang=${ui}
                  .i18n=${this.i18n}
                  .opener=${(request: OpenRequest) => this.open(request)}
                  .deckIds=${Object.keys(defaultDeckSources())}
                  ?unsaved=${this.unsaved}
                  ?can-pick=${openFilePicker() !== undefined}
                ></ontdek-doe-editor-open>`
            : nothing
        }
      </dialog>
      <dialog
        id="save-dialog"
        part="dialog"
        aria-labelledby="save-title"
        @close=${() => this.onDialogClose('save')}
      >
        ${
          this._dialog === 'save' && save
            ? html`<div class="dialog-head">
                  <h2 id="save-title">${this.t('editor.save.heading')}</h2>
                  <button type="button" @click=${this.closeDialogs}>${this.t('editor.save.close')}</button>
                </div>
                <div class="stack">
                  ${save.playable ? nothing : html`<p class="problem">${this.t('editor.save.draftWarning')}</p>`}
                  ${
                    save.written.length > 0
                      ? html`<p>${this.t('editor.save.savedToFiles', { files: save.written.join(', ') })}</p>`
                      : nothing
                  }
                  ${save.failed ? html`<p class="problem">${this.t('editor.save.failed')}</p>` : nothing}
                  <p>${this.t('editor.save.downloadIntro')}</p>
                  ${this.renderDownloads(
                    this.t('editor.save.sourceFiles'),
                    save.downloads.filter((d) => d.kind === 'source'),
                  )}
                  ${this.renderDownloads(
                    this.t('editor.save.jsonFile'),
                    save.downloads.filter((d) => d.kind === 'json'),
                  )}
                </div>`
            : nothing
        }
      </dialog>
      <dialog
        id="play-dialog"
        part="dialog"
        aria-labelledby="play-title"
        @close=${() => this.onDialogClose('play')}
      >
        ${
          this._dialog === 'play' && this.playDeck
            ? html`<div class="dialog-head">
                  <h2 id="play-title">
                    ${this.t('editor.play.heading', {
                      title: localize(this.playDeck.title, ui, this.playDeck.defaultLanguage) || title,
                    })}
                  </h2>
                  <button type="button" id="play-close" @click=${this.closeDialogs}>
                    ${this.t('editor.play.close')}
                  </button>
                </div>
                <p class="hint">${this.t('editor.play.intro')}</p>
                <ontdek-doe-game lang=${ui} .deck=${this.playDeck}></ontdek-doe-game>`
            : nothing
        }
      </dialog>
    `;
  }

  private renderDownloads(heading: string, files: SaveState['downloads']) {
    if (files.length === 0) return nothing;
    const save = this._save!;
    return html`<section aria-label=${heading}>
      <h3>${heading}</h3>
      <ul class="downloads">
        ${files.map(
          (file) =>
            html`<li>
              <a href=${file.url} download=${file.name} @click=${() => this.takeDownload(save, file.name)}
                >${this.t('editor.save.download', { name: file.name })}</a
              >
            </li>`,
        )}
      </ul>
    </section>`;
  }
}
