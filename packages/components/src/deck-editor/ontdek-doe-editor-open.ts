import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { token } from '../styles/tokens.ts';
import { EditorPart } from './EditorPart.ts';
import { splitList } from './paths.ts';

/** What the trainer asks to open. */
export type OpenRequest =
  | { kind: 'default'; id: string }
  | { kind: 'files'; files: File[] }
  | { kind: 'pick' }
  | { kind: 'url'; url: string }
  | { kind: 'new'; title: string; languages: string[] };

/** Opens what was asked; resolves with the messages to show when it failed (empty when it worked). */
export type Opener = (request: OpenRequest) => Promise<string[]>;

/**
 * The ways to open a deck: one of the default decks, files from the computer (deck.yaml with its
 * `<lang>.yaml` files, or one JSON file; through the File System Access API where the browser has
 * it, so saving can go back into the same files), a URL, or a new deck. What went wrong shows
 * here, and focus moves to it.
 *
 * @tagname ontdek-doe-editor-open
 * @summary The deck editor's open panel.
 */
export class OntdekDoeEditorOpen extends EditorPart {
  static override styles = [
    ...EditorPart.styles,
    css`
      .ways {
        display: grid;
        gap: ${token.spaceM};
        grid-template-columns: repeat(auto-fit, minmax(min(18rem, 100%), 1fr));
      }
      .way {
        display: grid;
        gap: ${token.spaceS};
        align-content: start;
        padding: ${token.spaceM};
        border: 1px solid ${token.colorBorder};
        border-radius: ${token.radius};
      }
      .failure {
        padding: ${token.spaceS} ${token.spaceM};
        border: 2px solid ${token.colorError};
        border-radius: ${token.radiusControl};
      }
      .failure:focus {
        outline: ${token.focusRingWidth} solid ${token.focusRingColor};
      }
      input[type='file'] {
        display: none;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    ...EditorPart.properties,
    opener: { attribute: false },
    deckIds: { attribute: false },
    unsaved: { type: Boolean },
    canPick: { type: Boolean, attribute: 'can-pick' },
    _busy: { state: true, attribute: false },
    _failure: { state: true, attribute: false },
    _url: { state: true, attribute: false },
    _title: { state: true, attribute: false },
    _languages: { state: true, attribute: false },
  };

  /** Does the opening; set by the editor. */
  declare opener: Opener | null;
  /** The default decks offered (ids of `defaultDeckSources()`). */
  declare deckIds: readonly string[];
  /** The deck now open has changes that are not saved: say so before it is replaced. */
  declare unsaved: boolean;
  /** The browser can pick files to save back into (File System Access API). */
  declare canPick: boolean;
  declare private _busy: boolean;
  declare private _failure: string[];
  declare private _url: string;
  declare private _title: string;
  declare private _languages: string;

  constructor() {
    super();
    this.opener = null;
    this.deckIds = [];
    this.unsaved = false;
    this.canPick = false;
    this._busy = false;
    this._failure = [];
    this._url = '';
    this._title = '';
    this._languages = 'nl, en';
  }

  /** Moves focus to the panel's first control. */
  async focusFirst(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('select, input, button')?.focus();
  }

  private async open(request: OpenRequest) {
    if (!this.opener || this._busy) return;
    this._busy = true;
    this._failure = [];
    try {
      this._failure = await this.opener(request);
    } finally {
      this._busy = false;
    }
    if (this._failure.length > 0) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.failure')?.focus();
    }
  }

  private chooseFiles() {
    if (this.canPick) void this.open({ kind: 'pick' });
    else this.renderRoot.querySelector<HTMLInputElement>('#files')?.click();
  }

  override render() {
    const known = new Set(['basis', 'jong', 'makkelijk']);
    return html`
      <div class="panel">
        <p>${this.t('editor.open.intro')}</p>
        ${this.unsaved ? html`<p class="problem">${this.t('editor.open.replaceWarning')}</p>` : nothing}
        ${this._busy ? html`<p role="status">${this.t('editor.open.loading')}</p>` : nothing}
        ${
          this._failure.length > 0
            ? html`<div class="failure" tabindex="-1" role="group" aria-labelledby="failure-title">
                <p id="failure-title" class="label">${this.t('editor.open.failed')}</p>
                <ul class="problems">
                  ${this._failure.map((message) => html`<li class="error">${message}</li>`)}
                </ul>
              </div>`
            : nothing
        }
        <div class="ways">
          <section class="way" aria-labelledby="open-default">
            <h3 id="open-default">${this.t('editor.open.defaultHeading')}</h3>
            <div class="control">
              <label class="label" for="default-deck">${this.t('editor.open.defaultLabel')}</label>
              <select id="default-deck">
                ${this.deckIds.map(
                  (id) =>
                    html`<option value=${id}>
                      ${known.has(id) ? this.t(`editor.open.deck.${id as 'basis'}`) : id}
                    </option>`,
                )}
              </select>
            </div>
            <button
              type="button"
              id="open-default-button"
              class="primary"
              ?disabled=${this._busy}
              @click=${() =>
                this.open({
                  kind: 'default',
                  id: this.renderRoot.querySelector<HTMLSelectElement>('#default-deck')!.value,
                })}
            >
              ${this.t('editor.open.openDefault')}
            </button>
          </section>
          <section class="way" aria-labelledby="open-file">
            <h3 id="open-file">${this.t('editor.open.fileHeading')}</h3>
            <p class="hint">${this.t('editor.open.fileHint')}</p>
            <button type="button" id="choose-files" ?disabled=${this._busy} @click=${this.chooseFiles}>
              ${this.t('editor.open.chooseFiles')}
            </button>
            <input
              id="files"
              type="file"
              multiple
              accept=".yaml,.yml,.json,application/json"
              aria-label=${this.t('editor.open.fileInput')}
              tabindex="-1"
              @change=${(e: Event) => {
                const input = e.target as HTMLInputElement;
                const files = [...(input.files ?? [])];
                input.value = '';
                void this.open({ kind: 'files', files });
              }}
            />
          </section>
          <section class="way" aria-labelledby="open-url">
            <h3 id="open-url">${this.t('editor.open.urlHeading')}</h3>
            <div class="control">
              <label class="label" for="url">${this.t('editor.open.urlLabel')}</label>
              <input
                id="url"
                class="field"
                type="url"
                autocomplete="url"
                .value=${this._url}
                @input=${(e: Event) => (this._url = (e.target as HTMLInputElement).value)}
                @keydown=${(e: KeyboardEvent) => {
                  if (e.key === 'Enter') void this.open({ kind: 'url', url: this._url });
                }}
              />
            </div>
            <button
              type="button"
              id="open-url-button"
              ?disabled=${this._busy}
              @click=${() => this.open({ kind: 'url', url: this._url })}
            >
              ${this.t('editor.open.openUrl')}
            </button>
          </section>
          <section class="way" aria-labelledby="open-new">
            <h3 id="open-new">${this.t('editor.open.newHeading')}</h3>
            <div class="control">
              <label class="label" for="new-title">${this.t('editor.open.newTitle')}</label>
              <input
                id="new-title"
                class="field"
                autocomplete="off"
                .value=${this._title}
                @input=${(e: Event) => (this._title = (e.target as HTMLInputElement).value)}
              />
            </div>
            <div class="control">
              <label class="label" for="new-languages">${this.t('editor.open.newLanguages')}</label>
              <input
                id="new-languages"
                class="field"
                autocomplete="off"
                aria-describedby="new-languages-hint"
                .value=${this._languages}
                @input=${(e: Event) => (this._languages = (e.target as HTMLInputElement).value)}
              />
              <p class="hint" id="new-languages-hint">${this.t('editor.open.newLanguagesHint')}</p>
            </div>
            <button
              type="button"
              id="new-deck"
              ?disabled=${this._busy}
              @click=${() =>
                this.open({
                  kind: 'new',
                  title: this._title.trim(),
                  languages: splitList(this._languages).map((l) => l.toLowerCase()),
                })}
            >
              ${this.t('editor.open.startNew')}
            </button>
          </section>
        </div>
      </div>
    `;
  }
}
