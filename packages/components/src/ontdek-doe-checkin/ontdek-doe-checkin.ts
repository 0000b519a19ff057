import { html, nothing, type PropertyDeclarations } from 'lit';
import type { CheckIn, CheckInStatus, Goal, Player } from '@ontdek-doe/core';
import { OdPhaseElement } from '../base/OdPhaseElement.ts';
import type { MessageKey } from '../i18n/createI18n.ts';
import { celebration, celebrationStyles } from '../phases/celebration.ts';
import { confidenceScale } from '../phases/confidenceScale.ts';
import { readAloudStyles } from '../phases/readAloudButton.ts';
import { phaseStyles } from '../styles/phaseStyles.ts';
import { checkinStyles } from './ontdek-doe-checkin.styles.ts';

const STATUSES: { status: CheckInStatus; key: MessageKey }[] = [
  { status: 'done', key: 'checkin.done' },
  { status: 'partly', key: 'checkin.partly' },
  { status: 'not-yet', key: 'checkin.notYet' },
];

interface Draft {
  status: CheckInStatus | null;
  helped: string;
  obstacles: string;
  nextStep: string;
  confidence: number | null;
}

const emptyDraft = (): Draft => ({ status: null, helped: '', obstacles: '', nextStep: '', confidence: null });

function draftOf(checkIn: CheckIn | undefined): Draft {
  if (!checkIn) return emptyDraft();
  return {
    status: checkIn.status,
    helped: checkIn.helped ?? '',
    obstacles: checkIn.obstacles ?? '',
    nextStep: checkIn.nextStep ?? '',
    confidence: checkIn.confidence ?? null,
  };
}

/**
 * The follow-up check-in (phase `checkIn`): for each earlier goal of the player whose turn it is,
 * one at a time — "Hoe ging het?" with three big native radio buttons (Gelukt / Een beetje /
 * Nog niet), then "Wat hielp?" and/or "Wat zat in de weg?", the next small step (optional) and
 * how confident (optional) — sent as `checkIn.record`. A done goal is celebrated: a "Gelukt!"
 * badge, and a small burst of confetti only when reduced motion is not asked for. A goal that did
 * not work out is met kindly: it may be tried again.
 *
 * The game's refusals are shown at the field they are about. After the last goal, "Verder met …"
 * (`turn.next`) or "Verder" (`phase.next`). Focus moves to the heading of every new step.
 *
 * @tagname ontdek-doe-checkin
 * @summary Follow-up: how did each earlier goal go? Celebrate, name what helped or got in the way, a next step.
 *
 * @fires {OdAnnounceEvent} od-announce - Asks the game element to announce a change (saved, celebrated, a refusal).
 *
 * @csspart panel - The phase's panel.
 * @csspart heading - The main heading.
 * @csspart step-heading - The goal in question (focused on every step).
 * @csspart progress - "Doel 1 van 2".
 * @csspart status - One of the three big choices.
 * @csspart field - Every text field.
 * @csspart option - A radio button with its label.
 * @csspart badge - The "Gelukt!" badge.
 * @csspart error - A refusal of the game, at its field.
 * @csspart button - Every button; `button-primary` is Save and Verder.
 *
 * @cssproperty --od-color-accent - The chosen option and the primary button.
 * @cssproperty --od-target-size - The smallest size of anything you can press (default 44px).
 */
export class OntdekDoeCheckin extends OdPhaseElement {
  static override styles = [
    OdPhaseElement.styles,
    phaseStyles,
    celebrationStyles,
    readAloudStyles,
    checkinStyles,
  ];

  static override properties: PropertyDeclarations = {
    ...OdPhaseElement.properties,
    _index: { state: true, attribute: false },
    _saved: { state: true, attribute: false },
    _draft: { state: true, attribute: false },
    _errors: { state: true, attribute: false },
  };

  /** Which of the player's earlier goals is on screen. */
  declare private _index: number;
  /** True when the goal on screen was just saved (its result shows). */
  declare private _saved: boolean;
  declare private _draft: Draft;
  declare private _errors: { status?: string; other?: string };

  private playerId: string | null = null;

  constructor() {
    super();
    this._index = 0;
    this._saved = false;
    this._draft = emptyDraft();
    this._errors = {};
  }

  /** Moves focus to the heading of what is on screen: the goal, or the phase. */
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
    this.show(0, false);
    if (!first) void this.focusHeadingSoon();
  }

  private goalsOf(player: Player): Goal[] {
    return this.view?.session.followUp?.goals.filter((g) => g.playerId === player.id) ?? [];
  }

  private checkInOf(goal: Goal | undefined): CheckIn | undefined {
    return goal ? this.view?.session.checkIns.find((c) => c.goalId === goal.id) : undefined;
  }

  /** Shows goal `index` (its form, or its result when `saved`). */
  private show(index: number, saved: boolean) {
    const player = this.view?.currentPlayer;
    const goal = player ? this.goalsOf(player)[index] : undefined;
    this._index = index;
    this._saved = saved;
    this._draft = draftOf(this.checkInOf(goal));
    this._errors = {};
  }

  override render() {
    const view = this.view;
    const player = view?.currentPlayer;
    if (!view || !player || view.phase !== 'checkIn') return nothing;
    const goals = this.goalsOf(player);
    const goal = goals[this._index];
    return html`
      <section part="panel" class="panel" lang=${this.i18n.language} aria-labelledby="heading">
        <div class="stack">
          ${
            view.session.players.length > 1
              ? html`<p class="player">${this.t('phaseUi.playerTurn', { alias: player.alias })}</p>`
              : nothing
          }
          ${this.mainHeading(this.t('checkin.heading'))}
        </div>
        ${
          !goal
            ? html`<p>${this.t('checkin.noGoals', { alias: player.alias })}</p>
                ${this.renderErrorOther()}
                <div class="actions">${this.continueButton(player)}</div>`
            : this._saved
              ? this.renderSaved(goal, goals.length, player)
              : this.renderForm(goal, goals.length)
        }
      </section>
    `;
  }

  /** The earlier goal and its first step; "Lees voor" reads them, and `question` after them. */
  private goalHeader(goal: Goal, total: number, question?: MessageKey) {
    const spoken = [
      `${this.t('checkin.goal')}: ${goal.text}.`,
      `${this.t('checkin.firstStep')}: ${goal.firstStep}.`,
      question ? this.t(question) : '',
    ];
    return html`
      <p part="progress" class="progress">${this.t('checkin.goalOf', { n: this._index + 1, total })}</p>
      <div class="earlier">
        <p class="muted">${this.t('checkin.goal')}</p>
        ${this.subHeading(goal.text, { id: 'step-heading', part: 'step-heading', focusable: true })}
        <p>
          <span class="muted">${this.t('checkin.firstStep')}:</span> <span dir="auto">${goal.firstStep}</span>
        </p>
        ${this.readAloudButton(spoken.join(' ').trim())}
      </div>
    `;
  }

  private renderForm(goal: Goal, total: number) {
    const d = this._draft;
    const helped = d.status === 'done' || d.status === 'partly';
    const obstacles = d.status === 'partly' || d.status === 'not-yet';
    return html`
      <form class="stack" novalidate @submit=${(e: SubmitEvent) => this.onSave(e, goal)}>
        ${this.goalHeader(goal, total, 'checkin.how')}
        <fieldset
          role="radiogroup"
          aria-describedby="error-status"
          aria-invalid=${this._errors.status ? 'true' : nothing}
          class="statuses"
        >
          <legend class="legend">${this.t('checkin.how')}</legend>
          <div class="options big">
            ${STATUSES.map(
              ({ status, key }) =>
                html`<label part="option status" class="option status ${status}">
                  <input
                    type="radio"
                    name="status"
                    .value=${status}
                    .checked=${d.status === status}
                    @change=${() => this.setDraft({ status })}
                  />
                  <span>${this.t(key)}</span>
                </label>`,
            )}
          </div>
        </fieldset>
        <p id="error-status" part="error" class=${this._errors.status ? 'error' : 'error visually-hidden'}>
          ${this._errors.status ?? ''}
        </p>
        ${helped ? this.textField('helped', this.t('checkin.helped'), d.helped, (v) => this.setDraft({ helped: v })) : nothing}
        ${
          obstacles
            ? this.textField('obstacles', this.t('checkin.obstacles'), d.obstacles, (v) =>
                this.setDraft({ obstacles: v }),
              )
            : nothing
        }
        ${
          d.status
            ? html`${this.textField('next-step', this.t('checkin.nextStep'), d.nextStep, (v) => this.setDraft({ nextStep: v }), true)}
              ${confidenceScale({
                name: 'confidence',
                value: d.confidence,
                legend: this.t('checkin.confidenceLegend'),
                describedBy: 'error-other',
                invalid: false,
                onChange: (n) => this.setDraft({ confidence: n }),
              })}`
            : nothing
        }
        ${this.renderErrorOther()}
        <div class="actions">
          <button type="submit" part="button button-primary" class="primary">
            ${this.t('checkin.save')}
          </button>
        </div>
      </form>
    `;
  }

  private renderErrorOther() {
    return html`<p
      id="error-other"
      part="error"
      class=${this._errors.other ? 'error' : 'error visually-hidden'}
    >
      ${this._errors.other ?? ''}
    </p>`;
  }

  private textField(
    id: string,
    label: string,
    value: string,
    onInput: (v: string) => void,
    optional = false,
  ) {
    return html`<div>
      <label class="label" for=${id}>${label}</label>
      ${optional ? html`<p id=${`${id}-hint`} class="hint">${this.t('phaseUi.optional')}</p>` : nothing}
      <textarea
        id=${id}
        part="field"
        class="field"
        rows="2"
        maxlength="2000"
        dir="auto"
        aria-describedby=${optional ? `${id}-hint` : nothing}
        .value=${value}
        @input=${(e: Event) => onInput((e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>`;
  }

  private renderSaved(goal: Goal, total: number, player: Player) {
    const checkIn = this.checkInOf(goal);
    const status = checkIn?.status ?? 'not-yet';
    const last = this._index >= total - 1;
    return html`
      <div class="stack">
        ${this.goalHeader(goal, total)}
        ${
          status === 'done'
            ? html`<p>${celebration(this.reducedMotion, `${this.t('checkin.done')}!`)}</p>
                <p class="result">${this.t('checkin.celebrate')}</p>`
            : html`<p class="result">
                ${this.t(status === 'partly' ? 'checkin.savedPartly' : 'checkin.savedNotYet')}
              </p>`
        }
        ${last ? html`<p>${this.t('checkin.allDone')}</p>` : nothing} ${this.renderErrorOther()}
        <div class="actions">
          <button type="button" part="button" class="change" @click=${() => this.change()}>
            ${this.t('checkin.change')}
          </button>
          ${
            last
              ? this.continueButton(player)
              : html`<button
                  type="button"
                  part="button button-primary"
                  class="primary"
                  @click=${this.nextGoal}
                >
                  ${this.t('checkin.nextGoal')}
                </button>`
          }
        </div>
      </div>
    `;
  }

  private continueButton(player: Player) {
    const players = this.view?.session.players ?? [];
    const index = players.findIndex((p) => p.id === player.id);
    const next = index >= 0 && index < players.length - 1 ? players[index + 1] : undefined;
    return html`<button type="button" part="button button-primary" class="primary" @click=${this.onContinue}>
      ${next ? this.t('phaseUi.nextPlayer', { alias: next.alias }) : this.t('phaseUi.continue')}
    </button>`;
  }

  private setDraft(patch: Partial<Draft>) {
    this._draft = { ...this._draft, ...patch };
    if (patch.status && this._errors.status) this._errors = { ...this._errors, status: undefined };
  }

  private onSave(event: SubmitEvent, goal: Goal) {
    event.preventDefault();
    const d = this._draft;
    const text = (value: string, shown: boolean) => (shown && value.trim() ? value.trim() : undefined);
    const checkIn: Omit<CheckIn, 'playerId'> = {
      goalId: goal.id,
      // A missing choice goes to the game as it is: the game says what is needed.
      status: d.status as CheckInStatus,
    };
    const helped = text(d.helped, d.status === 'done' || d.status === 'partly');
    const obstacles = text(d.obstacles, d.status === 'partly' || d.status === 'not-yet');
    const nextStep = text(d.nextStep, true);
    if (helped) checkIn.helped = helped;
    if (obstacles) checkIn.obstacles = obstacles;
    if (nextStep) checkIn.nextStep = nextStep;
    if (d.confidence !== null) checkIn.confidence = d.confidence;
    const result = this.send({ type: 'checkIn.record', checkIn });
    if (!result.accepted) {
      const message = this.reasonText(result.reason);
      this.announce(message);
      const atStatus = result.reason.code === 'checkin-status';
      this._errors = atStatus ? { status: message } : { other: message };
      void this.updateComplete.then(() =>
        this.renderRoot
          .querySelector<HTMLElement>(atStatus ? 'input[name="status"]' : 'form textarea, form input')
          ?.focus(),
      );
      return;
    }
    this.announce(
      this.t(
        d.status === 'done'
          ? 'checkin.celebrate'
          : d.status === 'partly'
            ? 'checkin.savedPartly'
            : 'checkin.savedNotYet',
      ),
    );
    this._saved = true;
    this._errors = {};
    void this.focusHeadingSoon();
  }

  private change() {
    this.show(this._index, false);
    void this.focusHeadingSoon();
  }

  private nextGoal() {
    this.show(this._index + 1, false);
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
      this._errors = { other: this.reasonText(result.reason) };
      this.announce(this._errors.other!);
    }
  }
}
