import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import {
  MAX_GOALS,
  describeAnswer,
  localize,
  type Goal,
  type GoalInput,
  type Helper,
  type Player,
} from '@ontdek-doe/core';
import { OdPhaseElement } from '../base/OdPhaseElement.ts';
import type { MessageKey } from '../i18n/createI18n.ts';
import { confidenceScale } from '../phases/confidenceScale.ts';
import { helpersText } from '../phases/goalText.ts';
import { phaseStyles } from '../styles/phaseStyles.ts';
import { goalsStyles } from './ontdek-doe-goals.styles.ts';

/** The steps of the goal form, one question each. */
export const GOAL_STEPS = ['goal', 'theme', 'step', 'when', 'help', 'need', 'confidence'] as const;
export type GoalStep = (typeof GOAL_STEPS)[number];

/** Below this, a kind word suggests a smaller step. */
const LOW_CONFIDENCE = 5;
const WHEN_CHOICES: MessageKey[] = ['goals.today', 'goals.thisWeek', 'goals.nextWeek'];

/** The goal as it is being written: every field a plain value a form control holds. */
interface Draft {
  text: string;
  fromAnswerId: string | undefined;
  theme: string;
  firstStep: string;
  when: string;
  helpSelf: boolean;
  helpNetwork: boolean;
  networkWho: string;
  helpProfessional: boolean;
  professionalWho: string;
  need: string;
  confidence: number | null;
}

const emptyDraft = (): Draft => ({
  text: '',
  fromAnswerId: undefined,
  theme: '',
  firstStep: '',
  when: '',
  helpSelf: false,
  helpNetwork: false,
  networkWho: '',
  helpProfessional: false,
  professionalWho: '',
  need: '',
  confidence: null,
});

function draftOf(goal: Goal): Draft {
  const helper = (kind: Helper['kind']) => goal.helpers.find((h) => h.kind === kind);
  return {
    text: goal.text,
    fromAnswerId: goal.fromAnswerId,
    theme: goal.theme ?? '',
    firstStep: goal.firstStep,
    when: goal.when ?? '',
    helpSelf: helper('self') !== undefined,
    helpNetwork: helper('network') !== undefined,
    networkWho: helper('network')?.who ?? '',
    helpProfessional: helper('professional') !== undefined,
    professionalWho: helper('professional')?.who ?? '',
    need: goal.need ?? '',
    confidence: goal.confidence,
  };
}

/** The draft as the core's `GoalInput`; empty optional fields are left out (or cleared on an update). */
function inputOf(draft: Draft): GoalInput {
  const helpers: Helper[] = [];
  if (draft.helpSelf) helpers.push({ kind: 'self' });
  if (draft.helpNetwork)
    helpers.push(
      draft.networkWho.trim() ? { kind: 'network', who: draft.networkWho.trim() } : { kind: 'network' },
    );
  if (draft.helpProfessional)
    helpers.push(
      draft.professionalWho.trim()
        ? { kind: 'professional', who: draft.professionalWho.trim() }
        : { kind: 'professional' },
    );
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    text: draft.text.trim(),
    firstStep: draft.firstStep.trim(),
    helpers,
    // A missing number goes to the game as it is: the game explains what is needed.
    confidence: draft.confidence as number,
    theme: optional(draft.theme),
    when: optional(draft.when),
    need: optional(draft.need),
    fromAnswerId: draft.fromAnswerId,
  } as GoalInput;
}

/** Which step shows a refusal of the game, by its code. */
function stepOfRefusal(code: string, draft: Draft): GoalStep | null {
  switch (code) {
    case 'goal-text':
    case 'goal-invalid':
    case 'answer-unknown':
      return 'goal';
    case 'theme-unknown':
      return 'theme';
    case 'goal-step':
      return 'step';
    case 'goal-field':
      return draft.when.length > 200 ? 'when' : 'need';
    case 'goal-helpers':
      return 'help';
    case 'goal-confidence':
      return 'confidence';
    default:
      return null;
  }
}

/** Something the player chose as what matters, offered as a start for a goal. */
interface Suggestion {
  label: string;
  fromAnswerId?: string;
  theme?: string;
}

/**
 * The Doe phase: per player, a calm step-by-step form for a goal — one question per step, each
 * with its own heading, Back and Next, and "Stap 2 van 7" above it: the goal in own words (or
 * taken from what matters), a theme (optional), a first small step (required, with an example),
 * when (free text, with quick choices), who can help, what I need (optional), and how confident
 * I am (1–10, ten radio buttons with the numbers; a low number gets a kind word: make the step
 * smaller?). Then the goal cards with Change and Remove, and "Nog een doel" (3 at most, said
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
  static override styles = [OdPhaseElement.styles, phaseStyles, goalsStyles];

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

  private error(step: GoalStep) {
    const message = this._errors[step];
    return html`<p id=${`error-${step}`} part="error" class=${message ? 'error' : 'error visually-hidden'}>
      ${message ?? ''}
    </p>`;
  }

  private renderStep(step: GoalStep, player: Player): TemplateResult {
    const d = this._draft;
    const invalid = (s: GoalStep) => (this._errors[s] ? 'true' : nothing);
    switch (step) {
      case 'goal': {
        const suggestions = this.suggestions(player);
        return html`
          ${this.stepHeading('goals.goalHeading')}
          <div>
            <label class="label" for="goal-text">${this.t('goals.goalLabel')}</label>
            <textarea
              id="goal-text"
              part="field"
              class="field"
              rows="3"
              maxlength="300"
              dir="auto"
              aria-describedby="error-goal"
              aria-invalid=${invalid('goal')}
              .value=${d.text}
              @input=${(e: Event) => {
                this.setDraft({ text: (e.target as HTMLTextAreaElement).value, fromAnswerId: undefined });
                this.clearError('goal');
              }}
            ></textarea>
          </div>
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
          ${this.stepHeading('goals.stepHeading')}
          <div>
            <label class="label" for="first-step">${this.t('goals.stepLabel')}</label>
            <p id="step-example" class="hint">${this.t('goals.stepExample')}</p>
            <textarea
              id="first-step"
              part="field"
              class="field"
              rows="3"
              maxlength="300"
              dir="auto"
              aria-describedby="step-example error-step"
              aria-invalid=${invalid('step')}
              .value=${d.firstStep}
              @input=${(e: Event) => {
                this.setDraft({ firstStep: (e.target as HTMLTextAreaElement).value });
                this.clearError('step');
              }}
            ></textarea>
          </div>
          ${this.error('step')}
        `;
      case 'when':
        return html`
          ${this.stepHeading('goals.whenHeading')}
          <div>
            <label class="label" for="when">${this.t('goals.whenLabel')}</label>
            <input
              id="when"
              part="field"
              class="field"
              type="text"
              maxlength="200"
              dir="auto"
              autocomplete="off"
              aria-describedby="error-when"
              aria-invalid=${invalid('when')}
              .value=${d.when}
              @input=${(e: Event) => {
                this.setDraft({ when: (e.target as HTMLInputElement).value });
                this.clearError('when');
              }}
            />
          </div>
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
          ${this.stepHeading('goals.needHeading')}
          <div>
            <label class="label" for="need">${this.t('goals.needLabel')}</label>
            <p id="need-hint" class="hint">${this.t('phaseUi.optional')}</p>
            <textarea
              id="need"
              part="field"
              class="field"
              rows="3"
              maxlength="2000"
              dir="auto"
              aria-describedby="need-hint error-need"
              aria-invalid=${invalid('need')}
              .value=${d.need}
              @input=${(e: Event) => {
                this.setDraft({ need: (e.target as HTMLTextAreaElement).value });
                this.clearError('need');
              }}
            ></textarea>
          </div>
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
    return html`<div class="who">
      <label class="label" for=${id}>${label}</label>
      <input
        id=${id}
        part="field"
        class="field"
        type="text"
        maxlength="200"
        dir="auto"
        autocomplete="off"
        .value=${value}
        @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  /** What the player chose as what matters, as starts for a goal. */
  private suggestions(player: Player): Suggestion[] {
    const deck = this.deck;
    const session = this.view?.session;
    if (!deck || !session) return [];
    const out: Suggestion[] = [];
    for (const item of session.matters[player.id] ?? []) {
      if (item.type === 'own') out.push({ label: item.text });
      else if (item.type === 'theme') {
        const theme = deck.themes.find((t) => t.id === item.themeId);
        if (theme)
          out.push({ label: localize(theme.title, player.language, deck.defaultLanguage), theme: theme.id });
      } else {
        const answer = session.answers.find((a) => a.id === item.answerId);
        const card = answer && deck.cards.find((c) => c.id === answer.cardId);
        const words = answer ? describeAnswer(answer, deck, player.language).answer : '';
        if (answer && card && words) out.push({ label: words, fromAnswerId: answer.id, theme: card.theme });
      }
    }
    return out;
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
    const theme = goal.theme ? deck.themes.find((t) => t.id === goal.theme) : undefined;
    const titleId = `goal-${goal.id}`;
    const rows: [MessageKey, string][] = [
      ...(theme
        ? [
            ['goals.theme', localize(theme.title, player.language, deck.defaultLanguage)] as [
              MessageKey,
              string,
            ],
          ]
        : []),
      ['goals.firstStep', goal.firstStep],
      ...(goal.when ? [['goals.when', goal.when] as [MessageKey, string]] : []),
      ...(goal.helpers.length > 0
        ? [['goals.helpers', helpersText((k, o) => this.t(k, o), goal.helpers)] as [MessageKey, string]]
        : []),
      ...(goal.need ? [['goals.need', goal.need] as [MessageKey, string]] : []),
      ['goals.confidence', this.t('goals.confidenceValue', { value: goal.confidence })],
    ];
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
