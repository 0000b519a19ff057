import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { MAX_GOALS, localize, type Goal, type Player } from '@ontdek-doe/core';
import { OdPhaseElement } from '../base/OdPhaseElement.ts';
import type { MessageKey } from '../i18n/createI18n.ts';
import { confidenceScale } from '../phases/confidenceScale.ts';
import { goalRows } from '../phases/goalText.ts';
import { goalCardStyles } from '../styles/goalCardStyles.ts';
import { readAloudStyles } from '../phases/readAloudButton.ts';
import { phaseStyles } from '../styles/phaseStyles.ts';
import {
  GOAL_STEPS,
  LOW_CONFIDENCE,
  WHEN_CHOICES,
  draftOf,
  emptyDraft,
  inputOf,
  stepOfRefusal,
  suggestionsFor,
  type Draft,
  type Suggestion,
  type GoalStep,
} from './goalDraft.ts';
import { goalsStyles } from './ontdek-doe-goals.styles.ts';
import { textField, type TextFieldOptions } from './textField.ts';

/** What "Lees voor" reads on each step: its question, and the line that explains it. */
const STEP_WORDS: Record<GoalStep, MessageKey[]> = {
  goal: ['goals.goalHeading', 'goals.goalLabel'],
  theme: ['goals.themeHeading'],
  step: ['goals.stepHeading', 'goals.stepExample'],
  when: ['goals.whenHeading'],
  help: ['goals.helpHeading', 'goals.helpLegend'],
  need: ['goals.needHeading'],
  confidence: ['goals.confidenceLegend', 'goals.confidenceEnds'],
};

/**
 * The Doe phase: per player, a calm step-by-step form for a goal — one question per step, each
 * with its own heading, Back and Next, and "Stap 2 van 7" above it: the goal in own words (or
 * taken from what matters), a theme (optional), a first small step (required, with an example),
 * when (free text, with quick choices), who can help, what I need (optional), and how confident
 * I am (1–10, ten radio buttons with the numbers; a low number gets a kind word: make the step
 * smaller?). Each step has "Lees voor" after its heading when the browser can speak. Then the goal cards with Change and Remove, and "Nog een doel" (3 at most, said
 * in words).
 *
 * Sends `goal.set`, `goal.update` and `goal.remove`; when the game refuses, its reason is shown
 * at the field it is about, and focus goes there. "Verder met …" sends `turn.next`; the last
 * player's "Verder" sends `phase.next`. Focus moves to the heading of every new step.
 *
 * @tagname ontdek-doe-goals
 * @summary The Do phase: a goal, a first small step, who helps, how confident — one question at a time.
 *
 * @fires {OdAnnounceEvent} od-announce - Asks the game element to announce a change (saved, changed, removed, a refusal).
 *
 * @csspart panel - The phase's panel.
 * @csspart heading - The main heading.
 * @csspart step-heading - The heading of a step of the form (focused on every step).
 * @csspart progress - "Stap 2 van 7".
 * @csspart field - Every text field.
 * @csspart option - A radio button or checkbox with its label.
 * @csspart error - A message at a field: what is missing, or the game's refusal.
 * @csspart goal - A goal card.
 * @csspart button - Every button; `button-primary` is Next, Save and Verder.
 *
 * @cssproperty --od-color-accent - The chosen options and the primary button.
 * @cssproperty --od-color-error - Messages at a field.
 * @cssproperty --od-target-size - The smallest size of anything you can press (default 44px).
 */
export class OntdekDoeGoals extends OdPhaseElement {
  static override styles = [OdPhaseElement.styles, phaseStyles, goalCardStyles, readAloudStyles, goalsStyles];

  static override properties: PropertyDeclarations = {
    ...OdPhaseElement.properties,
    _mode: { state: true, attribute: false },
    _step: { state: true, attribute: false },
    _draft: { state: true, attribute: false },
    _editing: { state: true, attribute: false },
    _errors: { state: true, attribute: false },
    _listError: { state: true, attribute: false },
    _confirmRemove: { state: true, attribute: false },
  };

  declare private _mode: 'form' | 'list';
  declare private _step: number;
  declare private _draft: Draft;
  /** The id of the goal being changed, or null for a new goal. */
  declare private _editing: string | null;
  declare private _errors: Partial<Record<GoalStep, string>>;
  declare private _listError: string | null;
  declare private _confirmRemove: string | null;

  private playerId: string | null = null;

  constructor() {
    super();
    this._mode = 'form';
    this._step = 0;
    this._draft = emptyDraft();
    this._editing = null;
    this._errors = {};
    this._listError = null;
    this._confirmRemove = null;
  }

  /** Moves focus to the heading of what is on screen: the step, or the goals. */
  override focusHeading(): void {
    const step = this.renderRoot.querySelector<HTMLElement>('#step-heading');
    if (step) step.focus();
    else super.focusHeading();
  }

  protected override willUpdate(): void {
    const player = this.view?.currentPlayer ?? null;
    if ((player?.id ?? null) === this.playerId) return;
    const first = this.playerId === null;
    this.playerId = player?.id ?? null;
    this._mode = player && this.goalsOf(player).length > 0 ? 'list' : 'form';
    this.startDraft(null);
    this._listError = null;
    if (!first) void this.focusHeadingSoon();
  }

  private goalsOf(player: Player): Goal[] {
    return this.view?.session.goals.filter((g) => g.playerId === player.id) ?? [];
  }

  private startDraft(goal: Goal | null) {
    this._draft = goal ? draftOf(goal) : emptyDraft();
    this._editing = goal?.id ?? null;
    this._step = 0;
    this._errors = {};
    this._confirmRemove = null;
  }

  private setDraft(patch: Partial<Draft>) {
    this._draft = { ...this._draft, ...patch };
  }

  private clearError(step: GoalStep) {
    if (this._errors[step]) this._errors = { ...this._errors, [step]: undefined };
  }

  override render() {
    const view = this.view;
    const player = view?.currentPlayer;
    if (!view || !player || !this.deck || view.phase !== 'do') return nothing;
    const multiple = view.session.players.length > 1;
    return html`
      <section part="panel" class="panel" lang=${this.i18n.language} aria-labelledby="heading">
        <div class="stack">
          ${multiple ? html`<p class="player">${this.t('phaseUi.playerTurn', { alias: player.alias })}</p>` : nothing}
          ${this.mainHeading(this.t(this._mode === 'form' && this._editing ? 'goals.editHeading' : 'goals.heading'))}
        </div>
        ${this._mode === 'form' ? this.renderForm(player) : this.renderList(player)}
      </section>
    `;
  }

  // ───────────────────────────── The form ─────────────────────────────

  private renderForm(player: Player) {
    const step = GOAL_STEPS[this._step] ?? 'goal';
    const last = this._step === GOAL_STEPS.length - 1;
    const hasGoals = this.goalsOf(player).length > 0 || this._editing !== null;
    return html`
      <form class="stack" novalidate @submit=${this.onNext}>
        <p part="progress" class="progress">
          ${this.t('goals.stepOf', { step: this._step + 1, total: GOAL_STEPS.length })}
        </p>
        ${this.renderStep(step, player)}
        <div class="actions">
          ${
            this._step > 0
              ? html`<button type="button" part="button" @click=${this.onBack}>
                  ${this.t('goals.back')}
                </button>`
              : html`<button type="button" part="button" class="quiet" @click=${this.toList}>
                  ${this.t(hasGoals ? 'goals.toList' : 'goals.skip')}
                </button>`
          }
          <button type="submit" part="button button-primary" class="primary">
            ${this.t(last ? 'goals.save' : 'goals.next')}
          </button>
        </div>
      </form>
    `;
  }

  /** The step's heading: what a screen reader reads first, and where focus goes on every step. */
  private stepHeading(key: MessageKey) {
    return this.subHeading(this.t(key), { id: 'step-heading', part: 'step-heading', focusable: true });
  }

  /** "Lees voor" for a step: its question and the line that explains it. */
  private speakStep(step: GoalStep) {
    return this.readAloudButton(STEP_WORDS[step].map((key) => this.t(key)).join(' '));
  }

  private error(step: GoalStep) {
    const message = this._errors[step];
    return html`<p id=${`error-${step}`} part="error" class=${message ? 'error' : 'error visually-hidden'}>
      ${message ?? ''}
    </p>`;
  }

  private renderStep(step: GoalStep, player: Player): TemplateResult {
    const d = this._draft;
    switch (step) {
      case 'goal': {
        const suggestions = this.view ? suggestionsFor(this.view.session, this.deck!, player) : [];
        return html`
          ${this.stepHeading('goals.goalHeading')} ${this.speakStep('goal')}
          ${this.stepField('goal', {
            id: 'goal-text',
            label: this.t('goals.goalLabel'),
            value: d.text,
            maxLength: 300,
            multiline: true,
            onInput: (text) => this.setDraft({ text, fromAnswerId: undefined }),
          })}
          ${this.error('goal')}
          ${
            suggestions.length > 0
              ? html`<div role="group" aria-labelledby="from-matters" class="stack">
                  <p id="from-matters" class="label">${this.t('goals.fromMatters')}</p>
                  <ul class="plain suggestions">
                    ${suggestions.map(
                      (s) =>
                        html`<li>
                          <button
                            type="button"
                            part="button"
                            dir="auto"
                            aria-pressed=${String(d.text === s.label)}
                            @click=${() => this.useSuggestion(s)}
                          >
                            ${s.label}
                          </button>
                        </li>`,
                    )}
                  </ul>
                </div>`
              : nothing
          }
        `;
      }
      case 'theme': {
        const deck = this.deck!;
        const language = this.deckLanguage(player.language);
        return html`
          <fieldset role="radiogroup" aria-describedby="theme-hint error-theme">
            <legend class="legend">${this.stepHeading('goals.themeHeading')}</legend>
            ${this.speakStep('theme')}
            <p id="theme-hint" class="hint">${this.t('phaseUi.optional')}</p>
            <div class="options">
              ${this.radio('theme', '', d.theme, this.t('goals.noTheme'), this.i18n.language)}
              ${deck.themes.map((theme) =>
                this.radio(
                  'theme',
                  theme.id,
                  d.theme,
                  localize(theme.title, player.language, deck.defaultLanguage),
                  language,
                ),
              )}
            </div>
          </fieldset>
          ${this.error('theme')}
        `;
      }
      case 'step':
        return html`
          ${this.stepHeading('goals.stepHeading')} ${this.speakStep('step')}
          ${this.stepField('step', {
            id: 'first-step',
            label: this.t('goals.stepLabel'),
            hint: { id: 'step-example', text: this.t('goals.stepExample') },
            value: d.firstStep,
            maxLength: 300,
            multiline: true,
            onInput: (firstStep) => this.setDraft({ firstStep }),
          })}
          ${this.error('step')}
        `;
      case 'when':
        return html`
          ${this.stepHeading('goals.whenHeading')} ${this.speakStep('when')}
          ${this.stepField('when', {
            id: 'when',
            label: this.t('goals.whenLabel'),
            value: d.when,
            maxLength: 200,
            multiline: false,
            onInput: (when) => this.setDraft({ when }),
          })}
          <div role="group" aria-labelledby="when-quick" class="stack">
            <p id="when-quick" class="label">${this.t('goals.whenQuick')}</p>
            <div class="actions">
              ${WHEN_CHOICES.map((key) => {
                const words = this.t(key);
                return html`<button
                  type="button"
                  part="button"
                  aria-pressed=${String(d.when === words)}
                  @click=${() => this.setDraft({ when: words })}
                >
                  ${words}
                </button>`;
              })}
            </div>
          </div>
          ${this.error('when')}
        `;
      case 'help':
        return html`
          <fieldset aria-describedby="help-hint error-help">
            <legend class="legend">${this.stepHeading('goals.helpHeading')}</legend>
            ${this.speakStep('help')}
            <p id="help-hint" class="hint">${this.t('goals.helpLegend')}</p>
            <div class="options">
              ${this.checkbox('help-self', d.helpSelf, this.t('goals.helpSelf'), (on) =>
                this.setDraft({ helpSelf: on }),
              )}
              ${this.checkbox('help-network', d.helpNetwork, this.t('goals.helpNetwork'), (on) =>
                this.setDraft({ helpNetwork: on }),
              )}
              ${
                d.helpNetwork
                  ? this.whoField('network-who', this.t('goals.helpNetworkWho'), d.networkWho, (v) =>
                      this.setDraft({ networkWho: v }),
                    )
                  : nothing
              }
              ${this.checkbox(
                'help-professional',
                d.helpProfessional,
                this.t('goals.helpProfessional'),
                (on) => this.setDraft({ helpProfessional: on }),
              )}
              ${
                d.helpProfessional
                  ? this.whoField(
                      'professional-who',
                      this.t('goals.helpProfessionalWho'),
                      d.professionalWho,
                      (v) => this.setDraft({ professionalWho: v }),
                    )
                  : nothing
              }
            </div>
          </fieldset>
          ${this.error('help')}
        `;
      case 'need':
        return html`
          ${this.stepHeading('goals.needHeading')} ${this.speakStep('need')}
          ${this.stepField('need', {
            id: 'need',
            label: this.t('goals.needLabel'),
            hint: { id: 'need-hint', text: this.t('phaseUi.optional') },
            value: d.need,
            maxLength: 2000,
            multiline: true,
            onInput: (need) => this.setDraft({ need }),
          })}
          ${this.error('need')}
        `;
      case 'confidence': {
        const low = d.confidence !== null && d.confidence < LOW_CONFIDENCE;
        return html`
          ${confidenceScale({
            name: 'confidence',
            value: d.confidence,
            legend: this.stepHeading('goals.confidenceHeading'),
            describedBy: 'confidence-legend confidence-ends error-confidence',
            invalid: Boolean(this._errors.confidence),
            onChange: (n) => {
              this.setDraft({ confidence: n });
              this.clearError('confidence');
            },
          })}
          ${this.speakStep('confidence')}
          <p id="confidence-legend" class="hint">${this.t('goals.confidenceLegend')}</p>
          <p id="confidence-ends" class="hint">${this.t('goals.confidenceEnds')}</p>
          ${this.error('confidence')}
          ${
            low
              ? html`<div class="note smaller">
                  <p>${this.t('goals.smaller')}</p>
                  <button type="button" part="button" @click=${this.makeSmaller}>
                    ${this.t('goals.smallerButton')}
                  </button>
                </div>`
              : nothing
          }
        `;
      }
    }
  }

  private radio(name: string, value: string, current: string, label: string, lang: string) {
    return html`<label part="option" class="option">
      <input
        type="radio"
        name=${name}
        .value=${value}
        .checked=${current === value}
        @change=${() => {
          this.setDraft({ theme: value });
          this.clearError('theme');
        }}
      />
      <span lang=${lang} dir="auto">${label}</span>
    </label>`;
  }

  private checkbox(id: string, checked: boolean, label: string, onChange: (on: boolean) => void) {
    return html`<label part="option" class="option">
      <input
        id=${id}
        type="checkbox"
        .checked=${checked}
        @change=${(e: Event) => {
          onChange((e.target as HTMLInputElement).checked);
          this.clearError('help');
        }}
      />
      <span>${label}</span>
    </label>`;
  }

  private whoField(id: string, label: string, value: string, onInput: (value: string) => void) {
    return textField({ id, label, value, maxLength: 200, multiline: false, onInput, className: 'who' });
  }

  /** The text field of a step, tied to the step's error line; typing clears the error. */
  private stepField(step: GoalStep, options: Omit<TextFieldOptions, 'errorId' | 'invalid'>) {
    return textField({
      ...options,
      errorId: `error-${step}`,
      invalid: Boolean(this._errors[step]),
      onInput: (value) => {
        options.onInput(value);
        this.clearError(step);
      },
    });
  }

  private useSuggestion(s: Suggestion) {
    this.setDraft({
      text: s.label,
      fromAnswerId: s.fromAnswerId,
      ...(s.theme && !this._draft.theme ? { theme: s.theme } : {}),
    });
    this.clearError('goal');
  }

  private async goToStep(index: number, focus: 'heading' | 'field' = 'heading') {
    this._step = Math.max(0, Math.min(GOAL_STEPS.length - 1, index));
    await this.updateComplete;
    if (focus === 'field') {
      const field = this.renderRoot.querySelector<HTMLElement>(
        'form [aria-invalid="true"] input:checked, form [aria-invalid="true"] input, form textarea[aria-invalid="true"], form input[aria-invalid="true"], form input, form textarea',
      );
      if (field) {
        field.focus();
        return;
      }
    }
    this.focusHeading();
  }

  private onBack() {
    void this.goToStep(this._step - 1);
  }

  private makeSmaller() {
    void this.goToStep(GOAL_STEPS.indexOf('step'), 'field');
  }

  private toList() {
    this._mode = 'list';
    this.startDraft(null);
    void this.focusHeadingSoon();
  }

  private onNext(event: SubmitEvent) {
    event.preventDefault();
    const step = GOAL_STEPS[this._step];
    if (step === 'goal' && !this._draft.text.trim()) return this.missing('goal', 'goals.needGoal');
    if (step === 'step' && !this._draft.firstStep.trim()) return this.missing('step', 'goals.needStep');
    if (this._step < GOAL_STEPS.length - 1) {
      void this.goToStep(this._step + 1);
      return;
    }
    this.save();
  }

  private missing(step: GoalStep, key: MessageKey) {
    this._errors = { ...this._errors, [step]: this.t(key) };
    this.announce(this.t(key));
    void this.goToStep(GOAL_STEPS.indexOf(step), 'field');
  }

  private save() {
    const player = this.view?.currentPlayer;
    if (!player) return;
    const goal = inputOf(this._draft);
    const editing = this._editing;
    const result = editing
      ? this.send({ type: 'goal.update', goalId: editing, goal })
      : this.send({ type: 'goal.set', playerId: player.id, goal });
    if (!result.accepted) {
      const message = this.reasonText(result.reason);
      const step = stepOfRefusal(result.reason.code, this._draft);
      this.announce(message);
      if (step === null) {
        // Not about one field (e.g. already 3 goals, or the game is paused): shown with the goals.
        this._listError = message;
        this._mode = 'list';
        this.startDraft(null);
        void this.focusHeadingSoon();
        return;
      }
      this._errors = { ...this._errors, [step]: message };
      void this.goToStep(GOAL_STEPS.indexOf(step), 'field');
      return;
    }
    this.announce(this.t(editing ? 'goals.updated' : 'goals.saved'));
    this._listError = null;
    this._mode = 'list';
    this.startDraft(null);
    void this.focusHeadingSoon();
  }

  // ───────────────────────────── The goal cards ─────────────────────────────

  private renderList(player: Player) {
    const view = this.view!;
    const goals = this.goalsOf(player);
    const players = view.session.players;
    const index = players.findIndex((p) => p.id === player.id);
    const next = index >= 0 && index < players.length - 1 ? players[index + 1] : undefined;
    const full = goals.length >= MAX_GOALS;
    return html`
      <div class="stack">
        ${this.subHeading(this.t('goals.listHeading'), { id: 'list-heading' })}
        ${
          goals.length === 0
            ? html`<p>${this.t('goals.none')}</p>`
            : html`<ul class="plain goals">
                ${goals.map((goal, i) => html`<li>${this.renderGoal(goal, i, player)}</li>`)}
              </ul>`
        }
        ${
          this._listError
            ? html`<p id="list-error" part="error" class="error">${this._listError}</p>`
            : nothing
        }
        ${
          full
            ? html`<p class="note">${this.t('goals.max')}</p>`
            : html`<div class="stack">
                <p id="max-hint" class="hint">${this.t('goals.maxHint')}</p>
                <div class="actions">
                  <button type="button" part="button" aria-describedby="max-hint" @click=${this.newGoal}>
                    ${this.t(goals.length === 0 ? 'goals.make' : 'goals.another')}
                  </button>
                </div>
              </div>`
        }
        <div class="actions">
          <button type="button" part="button button-primary" class="primary" @click=${this.onContinue}>
            ${next ? this.t('phaseUi.nextPlayer', { alias: next.alias }) : this.t('phaseUi.continue')}
          </button>
        </div>
      </div>
    `;
  }

  private renderGoal(goal: Goal, i: number, player: Player) {
    const deck = this.deck!;
    const titleId = `goal-${goal.id}`;
    const rows = goalRows(goal, deck, player.language, (k, o) => this.t(k, o));
    const confirming = this._confirmRemove === goal.id;
    return html`
      <article part="goal" class="goal" aria-labelledby=${titleId}>
        <p class="muted">${this.t('goals.goalN', { n: i + 1 })}</p>
        <p id=${titleId} class="goal-text" dir="auto">${goal.text}</p>
        <dl>
          ${rows.map(
            ([key, value]) =>
              html`<div>
                <dt>${this.t(key)}</dt>
                <dd dir="auto">${value}</dd>
              </div>`,
          )}
        </dl>
        ${
          confirming
            ? html`<div class="note" role="group" aria-labelledby=${`confirm-${goal.id}`}>
                <p id=${`confirm-${goal.id}`}>${this.t('goals.confirmRemove')}</p>
                <div class="actions">
                  <button type="button" part="button" class="danger" @click=${() => this.removeGoal(goal)}>
                    ${this.t('goals.yesRemove')}
                  </button>
                  <button type="button" part="button" class="keep" @click=${() => this.keep(goal)}>
                    ${this.t('goals.noKeep')}
                  </button>
                </div>
              </div>`
            : html`<div class="actions">
                <button type="button" part="button" class="edit" @click=${() => this.edit(goal)}>
                  ${this.t('goals.edit')}<span class="visually-hidden">: ${goal.text}</span>
                </button>
                <button type="button" part="button" class="remove" @click=${() => this.askRemove(goal)}>
                  ${this.t('goals.remove')}<span class="visually-hidden">: ${goal.text}</span>
                </button>
              </div>`
        }
      </article>
    `;
  }

  private newGoal() {
    this.startDraft(null);
    this._listError = null;
    this._mode = 'form';
    void this.focusHeadingSoon();
  }

  private edit(goal: Goal) {
    this.startDraft(goal);
    this._listError = null;
    this._mode = 'form';
    void this.focusHeadingSoon();
  }

  private async askRemove(goal: Goal) {
    this._confirmRemove = goal.id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('button.keep')?.focus();
  }

  private async keep(goal: Goal) {
    this._confirmRemove = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[aria-labelledby="goal-${goal.id}"] button.remove`)?.focus();
  }

  private removeGoal(goal: Goal) {
    const result = this.send({ type: 'goal.remove', goalId: goal.id });
    this._confirmRemove = null;
    if (!result.accepted) {
      this._listError = this.reasonText(result.reason);
      this.announce(this._listError);
      return;
    }
    this._listError = null;
    this.announce(this.t('goals.removed'));
    void this.focusHeadingSoon();
  }

  private onContinue() {
    const view = this.view;
    const player = view?.currentPlayer;
    if (!view || !player) return;
    const players = view.session.players;
    const last = players.findIndex((p) => p.id === player.id) >= players.length - 1;
    const result = this.send(last ? { type: 'phase.next' } : { type: 'turn.next' });
    if (!result.accepted) {
      this._listError = this.reasonText(result.reason);
      this.announce(this._listError);
    }
  }
}
