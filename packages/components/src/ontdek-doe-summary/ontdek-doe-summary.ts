import { html, nothing, type PropertyDeclarations } from 'lit';
import { localize, type CheckInStatus, type Goal, type Lens, type PlayerSummary } from '@ontdek-doe/core';
import { OdPhaseElement } from '../base/OdPhaseElement.ts';
import { OdSummaryTakenEvent } from '../events.ts';
import type { MessageKey } from '../i18n/createI18n.ts';
import { celebration, celebrationStyles } from '../phases/celebration.ts';
import { helpersText } from '../phases/goalText.ts';
import { goalCardStyles } from '../styles/goalCardStyles.ts';
import { phaseStyles } from '../styles/phaseStyles.ts';
import { downloadJson, summaryFileName } from './downloadSummary.ts';
import { summaryStyles } from './ontdek-doe-summary.styles.ts';

const LENSES: { lens: Lens; key: MessageKey }[] = [
  { lens: 'want', key: 'summary.want' },
  { lens: 'can', key: 'summary.can' },
  { lens: 'do', key: 'summary.do' },
  { lens: 'need', key: 'summary.need' },
  { lens: 'more', key: 'summary.more' },
];

const STATUS_KEYS: Record<CheckInStatus, MessageKey> = {
  done: 'checkin.done',
  partly: 'checkin.partly',
  'not-yet': 'checkin.notYet',
};

/**
 * The closing summary, per player: their own words ordered by the four lenses ("Wat wil ik?",
 * "Wat kan ik?", "Wat doe ik al?", "Wat heb ik nodig?", and "Meer" for life events), what matters
 * to them, their goals with the first step, when, who helps and how confident, and — in a
 * follow-up — how their earlier goals went (a done goal is celebrated: a "Gelukt!" badge, with a
 * small burst of confetti only when reduced motion is not asked for).
 *
 * Private answers stay out unless the player turns on "Laat ook mijn privé-antwoorden zien"
 * (`player.includePrivate`). In a group a native select chooses whose summary is shown.
 *
 * Take it home: Print (a print stylesheet shows only this summary, in large type, without
 * buttons), Download (a JSON file of `game.summary(playerId)` named
 * `ontdek-doe-<alias>-<date>.json`, made in the browser: no network), and Klaar
 * (`session.finish`).
 *
 * With `shared-device` (set by `<ontdek-doe-game shared-device>`), Klaar says that it wipes
 * everything, and while a player has not printed or downloaded their summary, Klaar first asks
 * "Alles wissen?" with focus on "Nee, terug".
 *
 * @tagname ontdek-doe-summary
 * @summary The closing summary per player: the four lenses, what matters, goals; print, download, finish.
 *
 * @fires {OdSummaryTakenEvent} od-summary-taken - A player printed (`how: 'print'`) or downloaded (`how: 'download'`) their summary: `{ playerId, how }`.
 * @fires {OdAnnounceEvent} od-announce - Asks the game element to announce a change (downloaded, a refusal).
 *
 * @csspart panel - The summary's panel (the only thing that prints).
 * @csspart heading - The main heading ("Samenvatting van Sam").
 * @csspart lens - The section of one lens.
 * @csspart goal - A goal.
 * @csspart badge - The "Gelukt!" badge of a done goal.
 * @csspart actions - Print, Download and Klaar (never printed).
 * @csspart button - Every button; `button-primary` is Klaar.
 * @csspart error - A refusal of the game.
 *
 * @cssproperty --od-color-accent - The primary button and the goals' edge.
 * @cssproperty --od-target-size - The smallest size of anything you can press (default 44px).
 */
export class OntdekDoeSummary extends OdPhaseElement {
  static override styles = [
    OdPhaseElement.styles,
    phaseStyles,
    celebrationStyles,
    goalCardStyles,
    summaryStyles,
  ];

  static override properties: PropertyDeclarations = {
    ...OdPhaseElement.properties,
    sharedDevice: { type: Boolean, attribute: 'shared-device' },
    _playerId: { state: true, attribute: false },
    _error: { state: true, attribute: false },
    _taken: { state: true, attribute: false },
    _confirming: { state: true, attribute: false },
  };

  /** A shared device: Klaar wipes everything, so it warns, and asks again while a summary was not taken. */
  declare sharedDevice: boolean;
  /** The player whose summary is shown; the current player when null. */
  declare private _playerId: string | null;
  declare private _error: string | null;
  /** Players who printed or downloaded their summary. */
  declare private _taken: ReadonlySet<string>;
  /** Klaar was pressed on a shared device while someone had not taken their summary. */
  declare private _confirming: boolean;

  constructor() {
    super();
    this.sharedDevice = false;
    this._playerId = null;
    this._error = null;
    this._taken = new Set();
    this._confirming = false;
  }

  /** The id of the player whose summary is shown. */
  get playerId(): string | null {
    const players = this.view?.session.players ?? [];
    if (this._playerId && players.some((p) => p.id === this._playerId)) return this._playerId;
    return this.view?.currentPlayer?.id ?? players[0]?.id ?? null;
  }

  override render() {
    const view = this.view;
    const game = this.game;
    const playerId = this.playerId;
    if (!view || !game || !playerId || (view.phase !== 'summary' && view.phase !== 'finished'))
      return nothing;
    const summary = game.summary(playerId);
    if (!summary) return nothing;
    const players = view.session.players;
    const language = this.deckLanguage(summary.language);
    return html`
      <section part="panel" class="panel summary" lang=${this.i18n.language} aria-labelledby="heading">
        ${
          players.length > 1
            ? html`<div class="no-print">
                <label class="label" for="player">${this.t('summary.choosePlayer')}</label>
                <select id="player" class="field" @change=${this.onChoosePlayer}>
                  ${players.map((p) => html`<option .value=${p.id} ?selected=${p.id === playerId}>${p.alias}</option>`)}
                </select>
              </div>`
            : nothing
        }
        <div class="stack">
          ${this.mainHeading(this.t('summary.heading', { alias: summary.player.alias }))}
          ${this.renderDate(summary.date)}
        </div>
        <div class="no-print stack">
          <label part="option" class="option">
            <input
              id="include-private"
              type="checkbox"
              .checked=${summary.player.includePrivateInSummary}
              @change=${(e: Event) => this.onIncludePrivate((e.target as HTMLInputElement).checked)}
            />
            <span>${this.t('summary.includePrivate')}</span>
          </label>
          ${this._error ? html`<p part="error" class="error">${this._error}</p>` : nothing}
        </div>
        ${summary.checkIns.length > 0 ? this.renderCheckIns(summary) : nothing}
        ${LENSES.filter(({ lens }) => lens !== 'more' || summary.lenses.more.length > 0).map(
          ({ lens, key }) => this.renderLens(summary, lens, key, language),
        )}
        <section class="stack" aria-labelledby="matters-heading">
          ${this.subHeading(this.t('summary.matters'), { id: 'matters-heading' })}
          ${
            summary.matters.length > 0
              ? html`<ul class="plain items">
                  ${summary.matters.map((m) => html`<li class="words" dir="auto">${m.label}</li>`)}
                </ul>`
              : html`<p class="muted">${this.t('summary.emptyLens')}</p>`
          }
        </section>
        <section class="stack" aria-labelledby="goals-heading">
          ${this.subHeading(this.t('summary.goals'), { id: 'goals-heading' })}
          ${
            summary.goals.length > 0
              ? html`<ul class="plain goals">
                  ${summary.goals.map((g) => html`<li>${this.renderGoal(g, summary)}</li>`)}
                </ul>`
              : html`<p class="muted">${this.t('summary.noGoals')}</p>`
          }
        </section>
        ${summary.sections.map(
          (section) =>
            html`<section class="stack" aria-labelledby=${`section-${section.id}`}>
              ${this.subHeading(section.title, { id: `section-${section.id}` })}
              <ul class="plain items">
                ${section.items.map((item) => html`<li dir="auto">${item}</li>`)}
              </ul>
            </section>`,
        )}
        <div part="actions" class="actions no-print">
          <button type="button" part="button" class="print" @click=${() => this.onPrint(summary)}>
            ${this.t('summary.print')}
          </button>
          <button
            type="button"
            part="button"
            class="download"
            aria-describedby="download-hint"
            @click=${() => this.onDownload(summary)}
          >
            ${this.t('summary.download')}
          </button>
          ${
            view.phase === 'summary'
              ? html`<button
                  type="button"
                  part="button button-primary"
                  class="primary"
                  aria-describedby=${this.sharedDevice ? 'shared-hint' : nothing}
                  @click=${this.onFinish}
                >
                  ${this.t('summary.finish')}
                </button>`
              : nothing
          }
        </div>
        <p id="download-hint" class="hint no-print">${this.t('summary.downloadHint')}</p>
        ${
          this.sharedDevice && view.phase === 'summary'
            ? html`<p id="shared-hint" class="note no-print">${this.t('summary.sharedHint')}</p>`
            : nothing
        }
        ${this._confirming && view.phase === 'summary' ? this.renderConfirm(players) : nothing}
      </section>
    `;
  }

  /** "Alles wissen?" on a shared device, naming who has not taken their summary home. */
  private renderConfirm(players: readonly { id: string; alias: string }[]) {
    const missing = players.filter((p) => !this._taken.has(p.id)).map((p) => p.alias);
    return html`<div class="note confirm-finish no-print stack" role="group" aria-labelledby="confirm-title">
      <p id="confirm-title"><strong>${this.t('summary.confirmTitle')}</strong></p>
      <p>${this.t('summary.notTaken', { aliases: missing.join(', ') })}</p>
      <div class="actions">
        <button type="button" part="button" class="keep" @click=${this.onKeep}>
          ${this.t('summary.keep')}
        </button>
        <button type="button" part="button" class="danger wipe" @click=${this.finish}>
          ${this.t('summary.wipe')}
        </button>
      </div>
    </div>`;
  }

  private renderDate(iso: string) {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return nothing;
    const formatted = new Intl.DateTimeFormat(this.i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
      dateStyle: 'long',
    }).format(date);
    return html`<p class="muted">${this.t('summary.date', { date: formatted })}</p>`;
  }

  private renderLens(summary: PlayerSummary, lens: Lens, key: MessageKey, language: string) {
    const answers = summary.lenses[lens];
    const id = `lens-${lens}`;
    return html`<section part="lens" class="stack lens" aria-labelledby=${id}>
      ${this.subHeading(this.t(key), { id })}
      ${
        answers.length === 0
          ? html`<p class="muted">${this.t('summary.emptyLens')}</p>`
          : html`<ul class="plain items">
              ${answers.map(
                (a) =>
                  html`<li class="answer">
                    <span class="question" lang=${language} dir="auto">${a.prompt}</span>
                    <span class="words" dir="auto"
                      >${a.answer || this.t('phaseUi.toldAloud')}${
                        a.starred
                          ? html`<span class="mark star">${this.t('phaseUi.starredMark')}</span>`
                          : nothing
                      }</span
                    >
                    ${
                      a.reactions.length > 0
                        ? html`<span class="reactions"
                            >${this.t('summary.reactions')}:
                            ${a.reactions.map((r) => html`<span class="reaction" dir="auto">${r.alias}: ${r.text}</span>`)}</span
                          >`
                        : nothing
                    }
                  </li>`,
              )}
            </ul>`
      }
    </section>`;
  }

  private renderGoal(goal: Goal, summary: PlayerSummary) {
    const deck = this.deck!;
    const theme = goal.theme ? deck.themes.find((t) => t.id === goal.theme) : undefined;
    const rows: [MessageKey, string][] = [];
    if (theme) rows.push(['goals.theme', localize(theme.title, summary.language, deck.defaultLanguage)]);
    rows.push(['goals.firstStep', goal.firstStep]);
    if (goal.when) rows.push(['goals.when', goal.when]);
    if (goal.helpers.length > 0)
      rows.push(['goals.helpers', helpersText((k, o) => this.t(k, o), goal.helpers)]);
    if (goal.need) rows.push(['goals.need', goal.need]);
    rows.push(['goals.confidence', this.t('goals.confidenceValue', { value: goal.confidence })]);
    return html`<article part="goal" class="goal" aria-labelledby=${`goal-${goal.id}`}>
      <p id=${`goal-${goal.id}`} class="goal-text" dir="auto">${goal.text}</p>
      <dl>
        ${rows.map(
          ([key, value]) =>
            html`<div>
              <dt>${this.t(key)}</dt>
              <dd dir="auto">${value}</dd>
            </div>`,
        )}
      </dl>
    </article>`;
  }

  private renderCheckIns(summary: PlayerSummary) {
    return html`<section class="stack" aria-labelledby="checkins-heading">
      ${this.subHeading(this.t('summary.checkIns'), { id: 'checkins-heading' })}
      <ul class="plain goals">
        ${summary.checkIns.map(
          (c) =>
            html`<li>
              <article part="goal" class="goal checkin" aria-labelledby=${`checkin-${c.goalId}`}>
                <p id=${`checkin-${c.goalId}`} class="goal-text" dir="auto">${c.goal.text}</p>
                ${
                  c.status === 'done'
                    ? html`<p>${celebration(this.reducedMotion, `${this.t('checkin.done')}!`)}</p>`
                    : html`<p>${this.t('checkin.status', { status: this.t(STATUS_KEYS[c.status]) })}</p>`
                }
                <dl>
                  ${
                    c.helped
                      ? html`<div>
                          <dt>${this.t('summary.helped')}</dt>
                          <dd dir="auto">${c.helped}</dd>
                        </div>`
                      : nothing
                  }
                  ${
                    c.obstacles
                      ? html`<div>
                          <dt>${this.t('summary.obstacles')}</dt>
                          <dd dir="auto">${c.obstacles}</dd>
                        </div>`
                      : nothing
                  }
                  ${
                    c.nextStep
                      ? html`<div>
                          <dt>${this.t('summary.nextStep')}</dt>
                          <dd dir="auto">${c.nextStep}</dd>
                        </div>`
                      : nothing
                  }
                </dl>
              </article>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private onChoosePlayer(event: Event) {
    this._playerId = (event.target as HTMLSelectElement).value;
    this._error = null;
  }

  private onIncludePrivate(include: boolean) {
    const playerId = this.playerId;
    if (!playerId) return;
    const result = this.send({ type: 'player.includePrivate', playerId, include });
    this._error = result.accepted ? null : this.reasonText(result.reason);
    if (!result.accepted) {
      this.announce(this._error!);
      this.requestUpdate();
    }
  }

  private markTaken(playerId: string) {
    this._taken = new Set([...this._taken, playerId]);
  }

  private onPrint(summary: PlayerSummary) {
    this.markTaken(summary.player.id);
    this.dispatchEvent(new OdSummaryTakenEvent({ playerId: summary.player.id, how: 'print' }));
    globalThis.print?.();
  }

  private onDownload(summary: PlayerSummary) {
    const name = summaryFileName(summary);
    downloadJson(name, summary, this.renderRoot);
    this.markTaken(summary.player.id);
    this.dispatchEvent(new OdSummaryTakenEvent({ playerId: summary.player.id, how: 'download' }));
    this.announce(this.t('summary.downloaded', { name }));
  }

  private async onFinish() {
    const players = this.view?.session.players ?? [];
    if (this.sharedDevice && players.some((p) => !this._taken.has(p.id))) {
      this._confirming = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.confirm-finish button.keep')?.focus();
      return;
    }
    this.finish();
  }

  private async onKeep() {
    this._confirming = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('button.primary')?.focus();
  }

  private finish() {
    this._confirming = false;
    const result = this.send({ type: 'session.finish' });
    if (!result.accepted) {
      this._error = this.reasonText(result.reason);
      this.announce(this._error);
    }
  }
}
