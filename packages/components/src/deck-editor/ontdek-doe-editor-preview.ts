import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { ContextProvider } from '@lit/context';
import type { ReadingLevel } from '@ontdek-doe/core';
import { iconSvg } from '../base/iconSvg.ts';
import { directionOf } from '../base/languages.ts';
import { languageName as nameOf } from '../base/languages.ts';
import { gameContext } from '../context/gameContext.ts';
import { createI18n, resolveUiLanguage, type OdI18n } from '../i18n/createI18n.ts';
import { token } from '../styles/tokens.ts';
import { draftIndex } from './draftIndex.ts';
import { EditorPart } from './EditorPart.ts';
import { previewCardView } from './previewView.ts';

/** The preview frames: a phone and a tablet, in CSS pixels. */
export const PREVIEW_WIDTHS = { phone: 390, tablet: 768 } as const;
export type PreviewWidth = keyof typeof PREVIEW_WIDTHS;

/**
 * A card of the draft exactly as the game shows it: `<ontdek-doe-card>` with the view the core's
 * `cardView` makes (the game's own function), the theme icon and option pictures the game adds,
 * in a phone (390 px) or tablet (768 px) wide frame, in any language of the deck and in easy
 * reading. The card's buttons speak the previewed language when the UI has it (as in a game
 * in that language), else the editor's. What the card fires stays inside the preview.
 *
 * @tagname ontdek-doe-editor-preview
 * @summary The deck editor's card preview.
 */
export class OntdekDoeEditorPreview extends EditorPart {
  static override styles = [
    ...EditorPart.styles,
    css`
      .frame {
        overflow-x: auto;
        padding: ${token.spaceS};
        background: ${token.colorSurfaceRaised};
        border: 1px solid ${token.colorBorder};
        border-radius: ${token.radius};
      }
      .screen {
        margin-inline: auto;
        padding: ${token.spaceS};
        background: ${token.colorSurface};
        font-size: ${token.fontSize};
      }
      /* Widths as classes, not a style attribute: pages with a strict CSP refuse inline styles. */
      .screen.phone {
        inline-size: ${PREVIEW_WIDTHS.phone}px;
      }
      .screen.tablet {
        inline-size: ${PREVIEW_WIDTHS.tablet}px;
      }
      .slot-icon {
        display: inline-flex;
        inline-size: 100%;
        block-size: 100%;
      }
      .slot-icon svg {
        inline-size: 100%;
        block-size: 100%;
      }
      .settings {
        align-items: end;
        gap: ${token.spaceM};
      }
      .settings fieldset {
        display: flex;
        gap: ${token.spaceXs};
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    ...EditorPart.properties,
    cardId: { attribute: false },
    width: { type: String },
    previewLanguage: { attribute: false },
    easy: { type: Boolean },
  };

  /** The card to show. */
  declare cardId: string | undefined;
  /** `phone` (390 px) or `tablet` (768 px). */
  declare width: PreviewWidth;
  /** The language to show the card in; the deck's default when empty. */
  declare previewLanguage: string;
  /** Easy reading: the easy-language question where there is one. */
  declare easy: boolean;

  private cardI18n: OdI18n | undefined;
  private readonly provider = new ContextProvider(this, {
    context: gameContext,
    initialValue: { game: null, i18n: createI18n('nl') },
  });

  constructor() {
    super();
    this.cardId = undefined;
    this.width = 'phone';
    this.previewLanguage = '';
    this.easy = false;
    // A card in the preview answers nobody: its events stop here.
    for (const type of ['od-answer', 'od-pass', 'od-error'] as const)
      this.addEventListener(type, (event) => event.stopPropagation());
  }

  private get language(): string {
    const languages = this.draft?.languages ?? [];
    return languages.includes(this.previewLanguage)
      ? this.previewLanguage
      : (this.draft?.defaultLanguage ?? 'nl');
  }

  /** The card's UI words: in the previewed language when there is UI text for it, else the editor's. */
  private syncCardI18n() {
    const preview = resolveUiLanguage(this.language);
    const wanted = preview.fellBack ? this.translator.language : preview.language;
    if (this.cardI18n?.language === wanted) return;
    this.cardI18n = createI18n(wanted);
    this.provider.setValue({ game: null, i18n: this.cardI18n });
  }

  override render() {
    const draft = this.draft;
    const ui = this.translator.language;
    this.syncCardI18n();
    const view =
      draft && this.cardId
        ? previewCardView(
            draft.data(),
            draftIndex(draft).cards.get(this.cardId)?.card,
            this.language,
            (this.easy ? 'easy' : 'standard') as ReadingLevel,
            draft.defaultLanguage,
          )
        : null;
    const px = PREVIEW_WIDTHS[this.width];
    const widthName = `${this.t(this.width === 'phone' ? 'editor.preview.phone' : 'editor.preview.tablet')} (${px} px)`;
    return html`
      <section class="panel" aria-labelledby="preview-heading">
        <h3 id="preview-heading">${this.t('editor.preview.heading')}</h3>
        <div class="row settings">
          <fieldset>
            <legend class="label">${this.t('editor.preview.width')}</legend>
            ${(['phone', 'tablet'] as const).map(
              (width) =>
                html`<button
                  type="button"
                  aria-pressed=${this.width === width ? 'true' : 'false'}
                  @click=${() => (this.width = width)}
                >
                  ${this.t(width === 'phone' ? 'editor.preview.phone' : 'editor.preview.tablet')}
                </button>`,
            )}
          </fieldset>
          <div class="control">
            <label class="label" for="preview-language">${this.t('editor.preview.language')}</label>
            <select
              id="preview-language"
              @change=${(e: Event) => (this.previewLanguage = (e.target as HTMLSelectElement).value)}
            >
              ${(draft?.languages ?? []).map(
                (code) =>
                  html`<option value=${code} ?selected=${code === this.language}>
                    ${nameOf(code, ui)}
                  </option>`,
              )}
            </select>
          </div>
          <label class="check">
            <input
              type="checkbox"
              .checked=${this.easy}
              @change=${(e: Event) => (this.easy = (e.target as HTMLInputElement).checked)}
            />
            <span>${this.t('editor.preview.easy')}</span>
          </label>
        </div>
        ${
          view
            ? html`<div
                class="frame"
                role="group"
                tabindex="0"
                aria-label=${this.t('editor.preview.frame', { id: view.id, width: widthName })}
              >
                <div class=${`screen ${this.width}`}>
                  ${keyed(
                    // A new card element per card: the card moves focus to its question when it
                    // changes to another card (right in a game); the preview must not take focus.
                    view.id,
                    html`<ontdek-doe-card
                      .card=${view}
                      lang=${view.language}
                      dir=${directionOf(view.language)}
                      heading-level="4"
                    >
                      ${this.renderIcons(view)}
                    </ontdek-doe-card>`,
                  )}
                </div>
              </div>`
            : html`<p class="hint">${this.t('editor.preview.none')}</p>`
        }
      </section>
    `;
  }

  private renderIcons(view: NonNullable<ReturnType<typeof previewCardView>>) {
    const themeIcon = iconSvg(view.theme.icon);
    const options =
      view.answer.kind === 'choice' && 'options' in view.answer
        ? view.answer.options.map((option) => {
            const svg = iconSvg(option.icon);
            return svg
              ? html`<span slot=${`option-icon-${option.id}`} class="slot-icon">${unsafeSVG(svg)}</span>`
              : nothing;
          })
        : nothing;
    return html`${themeIcon ? html`<span slot="theme-icon" class="slot-icon">${unsafeSVG(themeIcon)}</span>` : nothing}${options}`;
  }
}
