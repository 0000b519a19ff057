import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { ContextConsumer } from '@lit/context';
import { MAX_TEXT, type AnswerValue, type CardView } from '@ontdek-doe/core';
import { OdElement } from '../base/OdElement.ts';
import { gameContext } from '../context/gameContext.ts';
import { OdAnswerEvent, OdErrorEvent, OdPassEvent } from '../events.ts';
import { createI18n, fallbackMessage, type MessageKey, type OdI18n } from '../i18n/createI18n.ts';
import { face, lock, speech, star } from './faces.ts';
import { cardStyles } from './ontdek-doe-card.styles.ts';

type Face = 1 | 2 | 3 | 4 | 5;
const FACES: readonly Face[] = [1, 2, 3, 4, 5];
const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/**
 * One question card, as the player sees it: the family and theme, the depth, the question, an
 * optional picture, and a way to answer that fits the card (say it out loud, write, pick a face,
 * or choose). Passing is always possible. The card only tells what the player did, through events;
 * the game element sends that on to the game.
 *
 * UI text comes from the surrounding game element (through `gameContext`), or, on its own, from
 * the nearest `lang` (Dutch when there is none; an unknown language falls back to Dutch and fires
 * `od-error` with the code `language-unsupported`). The question is marked with the language it is
 * written in, so a screen reader reads it with the right voice.
 *
 * Focus moves to the question when the card changes to another card (not on the first render),
 * so a screen reader reads the new question and the keyboard starts from the top of the card.
 *
 * @tagname ontdek-doe-card
 * @summary A question card with native controls for every built-in answer kind.
 *
 * @slot theme-icon - An icon for the card's theme (the game element fills it from the content's icon set).
 * @slot read-aloud - A read-aloud button, shown beside the question.
 * @slot answer - The answer control of an answer kind a plugin adds.
 * @slot option-icon-{id} - A picture for the choice option with that id.
 *
 * @fires {OdAnswerEvent} od-answer - The player answered: `detail` is `{ value: AnswerValue, starred, private }`.
 * @fires {OdPassEvent} od-pass - The player passed this card: `detail` is `{ cardId }`.
 * @fires {OdErrorEvent} od-error - The UI language is not available (`code: 'language-unsupported'`).
 *
 * @csspart card - The card itself.
 * @csspart band - The band in the theme's colour, on the inline-start side.
 * @csspart header - Theme icon, family, theme title, depth and easy-language marker.
 * @csspart family - The card family in words.
 * @csspart theme - The theme's title.
 * @csspart depth - The depth dots.
 * @csspart easy - The easy-language marker.
 * @csspart question - The question heading.
 * @csspart picture - The card's picture.
 * @csspart answer - The form with the answer control, the toggles and the buttons.
 * @csspart field - A text field (text answers and notes).
 * @csspart counter - The character counter of a text answer.
 * @csspart option - One face or choice option (its label).
 * @csspart error - The message shown when an answer is still missing.
 * @csspart toggles - The "important" and "only for me" toggles.
 * @csspart actions - The Done and Pass buttons.
 * @csspart button - Every button; `button-primary`, `button-pass` and `toggle` name them apart.
 *
 * @cssproperty --od-color-accent - The Done button and selected options (default #005a9c).
 * @cssproperty --od-color-on-accent - Text on the accent (default #ffffff).
 * @cssproperty --od-color-text - Text (default #1f1f1f).
 * @cssproperty --od-color-text-muted - Family, theme and counter text (default #4a4a4a).
 * @cssproperty --od-color-surface - The card's background (default #ffffff).
 * @cssproperty --od-color-surface-raised - Quiet buttons and options (default #f4f4f2).
 * @cssproperty --od-color-border - Borders of the card, fields and buttons (default #6b6b6b).
 * @cssproperty --od-color-star - A starred card's toggle (default #8a4b00).
 * @cssproperty --od-color-error - The missing-answer message (default #b00020).
 * @cssproperty --od-font-family - The font (default system-ui).
 * @cssproperty --od-font-size - Body text (default 1.125rem).
 * @cssproperty --od-font-size-question - The question (default 1.5rem).
 * @cssproperty --od-radius - The card's corners (default .75rem).
 * @cssproperty --od-target-size - The smallest size of anything you can press (default 44px).
 * @cssproperty --od-focus-ring-color - The focus outline (default #1f1f1f).
 *
 * @example
 * <ontdek-doe-card lang="nl"></ontdek-doe-card>
 * <script type="module">
 *   import '@ontdek-doe/components/define/ontdek-doe-card.js';
 *   const card = document.querySelector('ontdek-doe-card');
 *   card.card = game.view().card;
 *   card.addEventListener('od-answer', (e) => game.send({ type: 'player.answer', ...e.detail }));
 * </script>
 */
export class OntdekDoeCard extends OdElement {
  static override styles = [OdElement.styles, cardStyles];

  static override properties: PropertyDeclarations = {
    card: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    _text: { state: true, attribute: false },
    _face: { state: true, attribute: false },
    _chosen: { state: true, attribute: false },
    _starred: { state: true, attribute: false },
    _private: { state: true, attribute: false },
    _missing: { state: true, attribute: false },
  };

  /** The card to show (a core `CardView`, e.g. `game.view().card`). Nothing renders when null. */
  declare card: CardView | null;
  /** The level of the question heading, 2 by default; set it to fit the page's outline. */
  declare headingLevel: number;

  declare private _text: string;
  declare private _face: Face | null;
  declare private _chosen: readonly string[];
  declare private _starred: boolean;
  declare private _private: boolean;
  /** The message key of what is still missing, after Done was pressed too soon. */
  declare private _missing: MessageKey | null;

  private readonly context = new ContextConsumer(this, { context: gameContext, subscribe: true });
  private ownI18n: OdI18n | undefined;
  private reportedLanguage: string | undefined;
  private hasRendered = false;

  constructor() {
    super();
    this.card = null;
    this.headingLevel = 2;
    this.reset();
  }

  /** Moves focus to the question, e.g. after the page scrolled elsewhere. */
  focusQuestion(): void {
    this.renderRoot.querySelector<HTMLElement>('[part="question"]')?.focus();
  }

  private reset() {
    this._text = '';
    this._face = null;
    this._chosen = [];
    this._starred = false;
    this._private = false;
    this._missing = null;
  }

  /** The game element's translator, or this card's own when it stands alone. */
  private get i18n(): OdI18n {
    const shared = this.context.value?.i18n;
    if (shared) return shared;
    const wanted = this.effectiveLang;
    if (!this.ownI18n) this.ownI18n = createI18n(wanted);
    else if (this.ownI18n.resolution.requested !== wanted) this.ownI18n.setLanguage(wanted);
    return this.ownI18n;
  }

  private t(key: MessageKey, options?: Record<string, unknown>): string {
    return this.i18n.t(key, options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = changed.get('card') as CardView | null | undefined;
    if (changed.has('card') && before?.id !== this.card?.id) this.reset();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Focus follows a change to another card, but not the first render: that must not steal focus from the page.
    const before = changed.get('card') as CardView | null | undefined;
    if (this.hasRendered && changed.has('card') && this.card && before?.id !== this.card.id)
      this.focusQuestion();
    this.hasRendered = true;
    this.applyThemeColour();
    this.reportLanguage();
  }

  /**
   * The theme's colour as `--_od-theme`, set through the CSSOM: a `style` attribute (as `styleMap`
   * writes on its first render) is refused by a strict CSP (`style-src 'self'`), the CSSOM is not.
   */
  private applyThemeColour() {
    const colour = this.card && HEX_COLOUR.test(this.card.theme.colour) ? this.card.theme.colour : '#555555';
    const article = this.renderRoot.querySelector<HTMLElement>('article.card');
    // Only when it changes: setting it on every update (every keystroke in an answer) makes the
    // browser recompute the card's style each time.
    if (!article || (article === this.themed?.article && colour === this.themed.colour)) return;
    article.style.setProperty('--_od-theme', colour);
    this.themed = { article, colour };
  }

  /** The card element and the theme colour last set on it. */
  private themed: { article: HTMLElement; colour: string } | null = null;

  /** A standalone card whose language has no UI text says so once per language; it never throws. */
  private reportLanguage() {
    const own = this.ownI18n;
    if (this.context.value?.i18n || !own) return;
    const { requested, fellBack } = own.resolution;
    if (!fellBack || this.reportedLanguage === requested) return;
    this.reportedLanguage = requested;
    this.dispatchEvent(new OdErrorEvent({ code: 'language-unsupported', message: fallbackMessage(own) }));
  }

  override render() {
    const card = this.card;
    if (!card) return nothing;
    return html`
      <article part="card" class="card" lang=${this.i18n.language} aria-labelledby="question">
        <div part="band" class="band"></div>
        <div class="body">
          <div part="header" class="header">
            <span class="theme-icon">
              <slot name="theme-icon">
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                  <circle cx="12" cy="12" r="9" />
                </svg>
              </slot>
            </span>
            <span class="meta">
              <span part="family" class="family">${this.t(`family.${card.family}` as MessageKey)}</span>
              <span aria-hidden="true" class="sep">·</span>
              <span part="theme" class="theme" lang=${card.language}>${card.theme.title}</span>
            </span>
            ${this.renderDepth(card.depth)}
            ${card.easy ? html`<span part="easy" class="easy">${this.t('card.easy')}</span>` : nothing}
          </div>
          <div class="question-row">
            ${this.renderQuestion(card)}
            <slot name="read-aloud"></slot>
          </div>
          ${
            card.picture
              ? html`<img
                  part="picture"
                  class="picture"
                  src=${card.picture.src}
                  alt=${card.picture.alt}
                  lang=${card.language}
                  loading="lazy"
                />`
              : nothing
          }
          <form part="answer" class="answer" novalidate @submit=${this.onSubmit}>
            ${this.renderControl(card)}
            <p
              id="missing"
              part="error"
              class=${this._missing ? 'error' : 'error visually-hidden'}
              aria-live="polite"
            >
              ${this._missing ? this.t(this._missing) : ''}
            </p>
            <div part="toggles" class="toggles">
              <button
                type="button"
                part="button toggle"
                class="toggle star"
                aria-pressed=${String(this._starred)}
                @click=${() => (this._starred = !this._starred)}
              >
                ${star(this._starred)}<span>${this.t('card.star')}</span>
              </button>
              <button
                type="button"
                part="button toggle"
                class="toggle private"
                aria-pressed=${String(this._private)}
                @click=${() => (this._private = !this._private)}
              >
                ${lock()}<span>${this.t('card.private')}</span>
              </button>
            </div>
            <div part="actions" class="actions">
              <button type="submit" part="button button-primary" class="primary">
                ${this.t('card.answer')}
              </button>
              <button type="button" part="button button-pass" class="pass" @click=${this.onPass}>
                ${this.t('card.pass')}
              </button>
            </div>
          </form>
        </div>
      </article>
    `;
  }

  /** The question as a real `h1`–`h6` (not `aria-level`, which not every screen reader follows on a native heading). */
  private renderQuestion(card: CardView) {
    const level = Math.min(6, Math.max(1, Math.round(Number(this.headingLevel) || 2)));
    const tag = HEADINGS[level - 1] ?? HEADINGS[1];
    return staticHtml`<${tag} id="question" part="question" class="question" tabindex="-1" lang=${card.language} dir="auto">${card.prompt}</${tag}>`;
  }

  private renderDepth(depth: number) {
    return html`<span part="depth" class="depth" role="img" aria-label=${this.t('card.depth', { depth })}>
      ${[1, 2, 3].map((n) => html`<span class=${n <= depth ? 'dot on' : 'dot'}></span>`)}
    </span>`;
  }

  private renderControl(card: CardView): TemplateResult {
    const answer = card.answer;
    switch (answer.kind) {
      case 'talk':
        return html`
          <p class="talk">${speech()}<span>${this.t('card.talk')}</span></p>
          ${this.renderField('note', this.t('card.talkNote'), MAX_TEXT, false)}
        `;
      case 'text':
        return this.renderField('text', this.t('card.text'), answer.maxLength ?? MAX_TEXT, true);
      case 'faces':
        return this.renderFaces();
      case 'choice':
        return this.renderChoice(card.language, answer.options, answer.multiple);
      default:
        return html`<slot name="answer"
          ><p class="talk">${speech()}<span>${this.t('card.unknownKind')}</span></p></slot
        >`;
    }
  }

  private renderField(id: string, label: string, max: number, counted: boolean) {
    const invalid = counted && this._missing === 'card.needText';
    return html`
      <label class="field-label" for=${id}>${label}</label>
      <textarea
        id=${id}
        part="field"
        class="field"
        rows=${counted ? 4 : 2}
        maxlength=${max}
        dir="auto"
        aria-describedby=${counted ? 'counter missing' : nothing}
        aria-invalid=${invalid ? 'true' : nothing}
        .value=${this._text}
        @input=${(e: Event) => {
          this._text = (e.target as HTMLTextAreaElement).value;
          if (this._missing === 'card.needText' && this._text.trim()) this._missing = null;
        }}
      ></textarea>
      ${
        counted
          ? html`<p id="counter" part="counter" class="counter">
              ${this.t('card.counter', { count: this._text.length, max })}
            </p>`
          : nothing
      }
    `;
  }

  private renderFaces() {
    return html`
      <fieldset class="faces" role="radiogroup" aria-describedby="missing">
        <legend class="legend">${this.t('card.faces')}</legend>
        <div class="options faces-options">
          ${FACES.map(
            (value) => html`
              <label part="option" class="option face-option">
                <input
                  type="radio"
                  name="face"
                  .value=${String(value)}
                  .checked=${this._face === value}
                  @change=${() => {
                    this._face = value;
                    if (this._missing === 'card.needFace') this._missing = null;
                  }}
                />
                ${face(value)}
                <span class="option-label">${this.t(`card.face${value}` as MessageKey)}</span>
              </label>
            `,
          )}
        </div>
      </fieldset>
    `;
  }

  private renderChoice(language: string, options: { id: string; label: string }[], multiple: boolean) {
    return html`
      <fieldset class="choice" role=${multiple ? nothing : 'radiogroup'} aria-describedby="missing">
        <legend class="legend">${this.t(multiple ? 'card.chooseMany' : 'card.chooseOne')}</legend>
        <div class="options choice-options">
          ${options.map(
            (option) => html`
              <label part="option" class="option choice-option">
                <input
                  type=${multiple ? 'checkbox' : 'radio'}
                  name="choice"
                  .value=${option.id}
                  .checked=${this._chosen.includes(option.id)}
                  @change=${(e: Event) => this.onChoose(option.id, (e.target as HTMLInputElement).checked)}
                />
                <span class="option-icon"><slot name=${`option-icon-${option.id}`}></slot></span>
                <span class="option-label" lang=${language} dir="auto">${option.label}</span>
              </label>
            `,
          )}
        </div>
      </fieldset>
    `;
  }

  private onChoose(id: string, checked: boolean) {
    const multiple = this.card?.answer.kind === 'choice' && this.card.answer.multiple;
    if (!multiple) this._chosen = checked ? [id] : [];
    else this._chosen = checked ? [...this._chosen, id] : this._chosen.filter((c) => c !== id);
    if (this._chosen.length > 0 && this._missing === 'card.needChoice') this._missing = null;
  }

  /** The answer as the core's `AnswerValue`, or what is still missing. */
  private answerValue(card: CardView): AnswerValue | MessageKey {
    const text = this._text.trim();
    const own = text ? { text } : {};
    const answer = card.answer;
    switch (answer.kind) {
      case 'talk':
        return { kind: 'talk', ...own };
      case 'text':
        return text ? { kind: 'text', text } : 'card.needText';
      case 'faces':
        return this._face ? { kind: 'faces', face: this._face } : 'card.needFace';
      case 'choice': {
        // In the card's order, whatever order they were ticked in.
        const options = answer.options.map((o) => o.id).filter((id) => this._chosen.includes(id));
        return options.length > 0 ? { kind: 'choice', options } : 'card.needChoice';
      }
      default:
        return { kind: answer.kind };
    }
  }

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const card = this.card;
    if (!card) return;
    const value = this.answerValue(card);
    if (typeof value === 'string') {
      this._missing = value;
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('textarea, input:checked, input')?.focus(),
      );
      return;
    }
    this._missing = null;
    this.dispatchEvent(new OdAnswerEvent({ value, starred: this._starred, private: this._private }));
  }

  private onPass() {
    if (this.card) this.dispatchEvent(new OdPassEvent({ cardId: this.card.id }));
  }
}
