import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { iconSvg } from '../base/iconSvg.ts';
import {
  describeAnswer,
  leaderCardView,
  type Answer,
  type CardView,
  type GameEvent,
  type GameView,
  type GivenBy,
  type Player,
} from '@ontdek-doe/core';
import { OdElement } from '../base/OdElement.ts';
import { OdScreenElement } from '../base/OdScreenElement.ts';
import { directionOf, languageName } from '../base/languages.ts';
import type { OdAnswerEvent } from '../events.ts';
import type { MessageKey } from '../i18n/createI18n.ts';
import { readAloudButton } from '../phases/readAloudButton.ts';
import { controlStyles } from '../styles/controlStyles.ts';
import { discoverStyles } from './ontdek-doe-discover.styles.ts';

const GIVEN_BY: GivenBy[] = ['self', 'with-help', 'on-behalf'];
const GIVEN_BY_WORDS: Record<GivenBy, MessageKey> = {
  self: 'discover.givenBySelf',
  'with-help': 'discover.givenByHelp',
  'on-behalf': 'discover.givenByBehalf',
};
const icon = (name: string | undefined) => iconSvg(name);

/** Where focus goes once the next screen state is drawn. */
type FocusTarget = 'turn' | 'card' | 'answer';

/**
 * The discover phase: whose turn it is, the card for that player, and what happens after an
 * answer. In a group, each turn starts with a hand-over ("Geef het scherm aan Bo") so nobody sees
 * another player's question by accident.
 *
 * - The card's `od-answer` becomes `player.answer`, `od-pass` becomes `player.pass`. With a
 *   leader, a choice above the card records who gives the answer (the player, the player with
 *   help, or someone on their behalf); it goes with the answer, as the core keeps it per answer.
 * - After answering: the answer shown back, Change (`player.changeAnswer`), Important
 *   (`answer.star`), Only for me (`answer.private`), in a group reactions from other players
 *   (`group.react`), and Next (`turn.next`).
 * - Language and easy reading for the player in turn (`player.language`).
 * - With a leader (led and group modes), a separate part "Alleen voor de spelleider": hints and
 *   follow-up questions, and Skip card, Another card, Pause, End this part.
 * - A read-aloud button on the card when the game has the `od:read-aloud` plugin and the browser
 *   can speak.
 *
 * Refusals from the game are shown in the UI language and announced through the game element's
 * live region (`od-announce`).
 *
 * @tagname ontdek-doe-discover
 * @summary The discover phase: turns, cards, answers, reactions and the leader's panel.
 *
 * @csspart turn - The "Aan de beurt" heading.
 * @csspart handover - The hand-over between players in a group.
 * @csspart answered - The answer shown back, with its buttons.
 * @csspart reactions - Reactions from other players (group).
 * @csspart leader - The leader's panel.
 * @csspart player-settings - Language and easy reading for the player in turn.
 * @csspart problem - Why the game did not take a step.
 * @csspart button - Every button; `button-primary` names the main one.
 *
 * @example
 * <ontdek-doe-discover></ontdek-doe-discover> <!-- inside <ontdek-doe-game> -->
 */
export class OntdekDoeDiscover extends OdScreenElement {
  static override styles = [OdElement.styles, controlStyles, discoverStyles];

  static override properties: PropertyDeclarations = {
    ...OdScreenElement.properties,
    _revealedFor: { state: true, attribute: false },
    _editing: { state: true, attribute: false },
    _givenBy: { state: true, attribute: false },
    _reactWho: { state: true, attribute: false },
    _reactText: { state: true, attribute: false },
    _settingsOpen: { state: true, attribute: false },
  };

  /** In a group: the turn (player and card) that was handed over, so the card may show. */
  declare private _revealedFor: string | null;
  declare private _editing: boolean;
  declare private _givenBy: GivenBy;
  declare private _reactWho: string;
  declare private _reactText: string;
  /** The player settings are drawn only once opened: naming every deck language is slow on a slow phone. */
  declare private _settingsOpen: boolean;

  private cardSeen: string | null = null;

  constructor() {
    super();
    this._revealedFor = null;
    this._editing = false;
    this._givenBy = 'self';
    this._reactWho = '';
    this._reactText = '';
    this._settingsOpen = false;
  }

  private get view(): GameView | null {
    return this.controller.view;
  }

  private get withLeader(): boolean {
    const mode = this.view?.session.settings.mode;
    return mode === 'led' || mode === 'group';
  }

  /** Who the screen was handed to: in a group, the same player on a new card needs no new hand-over. */
  private turnKey(view: GameView): string {
    return view.currentPlayer?.id ?? '';
  }

  private needsHandOver(view: GameView): boolean {
    return view.session.settings.mode === 'group' && this._revealedFor !== this.turnKey(view);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const key = this.view?.session.current ? `${this.view.session.current.cardId}` : null;
    if (key !== this.cardSeen) {
      this.cardSeen = key;
      this._editing = false;
      this._givenBy = 'self';
      this._reactText = '';
    }
  }

  private async focusSoon(target: FocusTarget) {
    await this.updateComplete;
    if (target === 'card') {
      const card = this.renderRoot.querySelector('ontdek-doe-card');
      if (card) {
        await card.updateComplete;
        card.focusQuestion();
        return;
      }
      target = 'turn';
    }
    this.renderRoot.querySelector<HTMLElement>(target === 'answer' ? '#answer-title' : '#turn')?.focus();
  }

  /** Sends a step that puts a new card (or player) on the table, and moves focus there. */
  private sendAndMove(event: GameEvent, message?: MessageKey) {
    const result = this.send(event);
    if (!result.accepted) return;
    if (message) this.announce(this.t(message));
    const view = this.view;
    if (view?.phase !== 'discover') return;
    void this.focusSoon(this.needsHandOver(view) ? 'turn' : 'card');
  }

  private onAnswer(event: OdAnswerEvent) {
    event.stopPropagation();
    const view = this.view;
    const { value, starred } = event.detail;
    if (this._editing && view?.currentAnswer) {
      const answer = view.currentAnswer;
      const result = this.send({ type: 'player.changeAnswer', answerId: answer.id, value });
      if (!result.accepted) return;
      // The card starts without a star; changing the words never takes a star or privacy away.
      if (starred && !answer.starred) this.send({ type: 'answer.star', answerId: answer.id, starred: true });
      if (event.detail.private && !answer.private)
        this.send({ type: 'answer.private', answerId: answer.id, private: true });
      this._editing = false;
      this.announce(this.t('discover.changed'));
      void this.focusSoon('answer');
      return;
    }
    const result = this.send({
      type: 'player.answer',
      value,
      starred,
      private: event.detail.private,
      givenBy: this._givenBy,
    });
    if (!result.accepted) return;
    this.announce(this.t('discover.answered'));
    void this.focusSoon('answer');
  }

  private onPass(event: Event) {
    event.stopPropagation();
    this.sendAndMove({ type: 'player.pass' }, 'discover.passed');
  }

  private reveal(view: GameView) {
    this._revealedFor = this.turnKey(view);
    void this.focusSoon('card');
  }

  private next() {
    this.sendAndMove({ type: 'turn.next' });
  }

  private react(event: SubmitEvent, answer: Answer, others: Player[]) {
    event.preventDefault();
    const playerId =
      this._reactWho && others.some((p) => p.id === this._reactWho) ? this._reactWho : others[0]?.id;
    if (!playerId) return;
    const result = this.send({ type: 'group.react', answerId: answer.id, playerId, text: this._reactText });
    if (!result.accepted) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#react-text')?.focus());
      return;
    }
    this._reactText = '';
    this.announce(this.t('discover.reacted'));
  }

  override render() {
    const view = this.view;
    const player = view?.currentPlayer;
    if (!view || view.phase !== 'discover' || !player) return nothing;
    const handOver = this.needsHandOver(view);
    return html`
      <section class="discover stack" aria-labelledby="turn">
        <h2 id="turn" part="turn" tabindex="-1" class="turn">
          ${this.t(handOver ? 'discover.handOverTitle' : 'discover.turn', { alias: player.alias })}
        </h2>
        ${
          handOver
            ? this.renderHandOver(view, player)
            : html`
                ${this.renderPlayerSettings(view, player)} ${this.renderProblem()}
                ${
                  view.state === 'discover.answered' && view.currentAnswer && !this._editing
                    ? this.renderAnswered(view, view.currentAnswer)
                    : this.renderCard(view)
                }
              `
        }
        ${this.withLeader ? this.renderLeader(view) : nothing}
      </section>
    `;
  }

  private renderProblem() {
    return this.refusal ? html`<p part="problem" class="problem" id="refusal">${this.refusal}</p>` : nothing;
  }

  private renderHandOver(view: GameView, player: Player) {
    return html`
      <div part="handover" class="handover stack">
        <p>${this.t('discover.handOverText', { alias: player.alias })}</p>
        <div class="row">
          <button
            type="button"
            part="button button-primary"
            class="primary"
            @click=${() => this.reveal(view)}
          >
            ${this.t('discover.handOverButton', { alias: player.alias })}
          </button>
        </div>
      </div>
    `;
  }

  private renderPlayerSettings(view: GameView, player: Player) {
    const deck = this.game?.deck;
    if (!deck) return nothing;
    const ui = this.i18n.language;
    return html`
      <details
        part="player-settings"
        class="player-settings"
        @toggle=${(e: Event) => (this._settingsOpen = (e.target as HTMLDetailsElement).open)}
      >
        <summary>${this.t('discover.settings')}</summary>
        ${this._settingsOpen ? this.renderSettingsRow(player, deck.languages, ui) : nothing}
      </details>
    `;
  }

  private renderSettingsRow(player: Player, languages: readonly string[], ui: string) {
    return html`
      <div class="row settings-row">
        <div>
          <label class="label" for="player-language">${this.t('discover.language')}</label>
          <select
            id="player-language"
            @change=${(e: Event) =>
              this.send({
                type: 'player.language',
                playerId: player.id,
                language: (e.target as HTMLSelectElement).value,
              })}
          >
            ${languages.map(
              (code) =>
                html`<option value=${code} ?selected=${code === player.language}>
                  ${languageName(code, ui)}
                </option>`,
            )}
          </select>
        </div>
        <label class="check">
          <input
            id="player-easy"
            type="checkbox"
            .checked=${player.reading === 'easy'}
            @change=${(e: Event) =>
              this.send({
                type: 'player.language',
                playerId: player.id,
                reading: (e.target as HTMLInputElement).checked ? 'easy' : 'standard',
              })}
          />
          <span>${this.t('discover.easy')}</span>
        </label>
      </div>
    `;
  }

  private renderCard(view: GameView) {
    const card = view.card;
    if (!card) return nothing;
    const readAloud = this.shared?.readAloud;
    const themeIcon = icon(card.theme.icon);
    return html`
      ${this._editing || !this.withLeader ? nothing : this.renderGivenBy()}
      ${
        this._editing
          ? html`<div class="row editing">
              <p class="editing-title">${this.t('discover.changeTitle')}</p>
              <button type="button" part="button" @click=${this.cancelEdit}>
                ${this.t('discover.cancelChange')}
              </button>
            </div>`
          : nothing
      }
      <ontdek-doe-card
        .card=${card}
        lang=${card.language}
        dir=${directionOf(card.language)}
        heading-level="3"
        @od-answer=${this.onAnswer}
        @od-pass=${this.onPass}
      >
        ${themeIcon ? html`<span slot="theme-icon" class="slot-icon">${unsafeSVG(themeIcon)}</span>` : nothing}
        ${this.renderOptionIcons(card)}
        ${
          readAloud?.supported
            ? readAloudButton({
                slot: 'read-aloud',
                label: this.t('readAloud.button'),
                lang: this.i18n.language,
                onClick: () => readAloud.speak(),
              })
            : nothing
        }
      </ontdek-doe-card>
    `;
  }

  private renderOptionIcons(card: CardView) {
    if (card.answer.kind !== 'choice' || !('options' in card.answer)) return nothing;
    return card.answer.options.map((option) => {
      const svg = icon(option.icon);
      return svg
        ? html`<span slot=${`option-icon-${option.id}`} class="slot-icon">${unsafeSVG(svg)}</span>`
        : nothing;
    });
  }

  private async cancelEdit() {
    this._editing = false;
    await this.focusSoon('answer');
  }

  private renderGivenBy() {
    return html`
      <fieldset class="group given-by">
        <legend class="legend">${this.t('discover.givenBy')}</legend>
        <div class="choices">
          ${GIVEN_BY.map(
            (who) => html`
              <label class="check">
                <input
                  type="radio"
                  name="given-by"
                  .value=${who}
                  .checked=${this._givenBy === who}
                  @change=${() => (this._givenBy = who)}
                />
                <span>${this.t(GIVEN_BY_WORDS[who])}</span>
              </label>
            `,
          )}
        </div>
      </fieldset>
    `;
  }

  private renderAnswered(view: GameView, answer: Answer) {
    const deck = this.game?.deck;
    const card = view.card;
    if (!deck || !card) return nothing;
    const words = describeAnswer(answer, deck, card.language).answer;
    return html`
      <div part="answered" class="answered stack">
        <p class="question" lang=${card.language} dir="auto">${card.prompt}</p>
        <h3 id="answer-title" tabindex="-1">${this.t('discover.yourAnswer')}</h3>
        ${
          words
            ? html`<p class="answer-text" lang=${card.language} dir="auto">${words}</p>`
            : html`<p class="answer-text">${this.t('discover.toldAloud')}</p>`
        }
        ${
          answer.givenBy !== 'self'
            ? html`<p class="hint">
                ${this.t('discover.givenByShown', { who: this.t(GIVEN_BY_WORDS[answer.givenBy]) })}
              </p>`
            : nothing
        }
        <div class="row">
          <button
            type="button"
            part="button"
            class="change"
            @click=${async () => {
              this._editing = true;
              await this.focusSoon('card');
            }}
          >
            ${this.t('discover.change')}
          </button>
          <button
            type="button"
            part="button"
            class="star"
            aria-pressed=${String(answer.starred)}
            @click=${() => this.send({ type: 'answer.star', answerId: answer.id, starred: !answer.starred })}
          >
            ${this.t('discover.star')}
          </button>
          <button
            type="button"
            part="button"
            class="private"
            aria-pressed=${String(answer.private)}
            @click=${() =>
              this.send({ type: 'answer.private', answerId: answer.id, private: !answer.private })}
          >
            ${this.t('discover.private')}
          </button>
        </div>
        ${view.session.settings.mode === 'group' ? this.renderReactions(view, answer) : nothing}
        <div class="row">
          <button type="button" part="button button-primary" class="primary next" @click=${this.next}>
            ${this.t('discover.next')}
          </button>
        </div>
      </div>
    `;
  }

  private renderReactions(view: GameView, answer: Answer) {
    const others = view.session.players.filter((p) => p.id !== answer.playerId);
    if (others.length === 0) return nothing;
    const alias = (id: string) => view.session.players.find((p) => p.id === id)?.alias ?? '';
    const who = others.some((p) => p.id === this._reactWho) ? this._reactWho : (others[0]?.id ?? '');
    return html`
      <section part="reactions" class="reactions stack" aria-labelledby="reactions-title">
        <h3 id="reactions-title">${this.t('discover.reactions')}</h3>
        ${
          answer.reactions.length > 0
            ? html`<ul class="reaction-list">
                ${answer.reactions.map(
                  (r) =>
                    html`<li><strong>${alias(r.playerId)}:</strong> <span dir="auto">${r.text}</span></li>`,
                )}
              </ul>`
            : nothing
        }
        <form class="stack" novalidate @submit=${(e: SubmitEvent) => this.react(e, answer, others)}>
          <p class="legend">${this.t('discover.reactTitle')}</p>
          <div>
            <label class="label" for="react-who">${this.t('discover.reactWho')}</label>
            <select
              id="react-who"
              @change=${(e: Event) => (this._reactWho = (e.target as HTMLSelectElement).value)}
            >
              ${others.map((p) => html`<option value=${p.id} ?selected=${p.id === who}>${p.alias}</option>`)}
            </select>
          </div>
          <div>
            <label class="label" for="react-text">${this.t('discover.reactText')}</label>
            <textarea
              id="react-text"
              class="field"
              rows="2"
              maxlength="500"
              dir="auto"
              .value=${this._reactText}
              aria-describedby=${this.refusal ? 'refusal' : nothing}
              @input=${(e: Event) => (this._reactText = (e.target as HTMLTextAreaElement).value)}
            ></textarea>
          </div>
          <div class="row">
            <button type="submit" part="button" class="react">${this.t('discover.reactAdd')}</button>
          </div>
        </form>
      </section>
    `;
  }

  private renderLeader(view: GameView) {
    const game = this.game;
    if (!game) return nothing;
    const raw = view.card ? game.deck.cards.find((c) => c.id === view.card?.id) : undefined;
    const leader = raw ? leaderCardView(game.deck, raw, this.i18n.language) : null;
    const can = (type: 'leader.skip' | 'leader.redraw' | 'leader.pause' | 'leader.endPhase') =>
      game.can({ type });
    const topics = (leader?.sensitivity ?? []).map((tag) => {
      const key = `sensitivity.${tag}`;
      return this.i18n.i18next.exists(key) ? this.t(key as MessageKey) : tag;
    });
    return html`
      <section part="leader" class="leader stack" aria-labelledby="leader-title">
        <h3 id="leader-title">${this.t('leader.title')}</h3>
        ${
          leader && (leader.hints.length > 0 || leader.followUps.length > 0)
            ? html`
                ${
                  leader.hints.length > 0
                    ? html`<div>
                        <p class="legend">${this.t('leader.hints')}</p>
                        <ul>
                          ${leader.hints.map((h) => html`<li dir="auto">${h}</li>`)}
                        </ul>
                      </div>`
                    : nothing
                }
                ${
                  leader.followUps.length > 0
                    ? html`<div>
                        <p class="legend">${this.t('leader.followUps')}</p>
                        <ul>
                          ${leader.followUps.map((f) => html`<li dir="auto">${f}</li>`)}
                        </ul>
                      </div>`
                    : nothing
                }
              `
            : html`<p class="hint">${this.t('leader.none')}</p>`
        }
        ${topics.length > 0 ? html`<p>${this.t('leader.sensitivity', { topics: topics.join(', ') })}</p>` : nothing}
        <div class="row">
          ${
            can('leader.skip')
              ? html`<button
                  type="button"
                  part="button"
                  class="skip"
                  @click=${() => this.sendAndMove({ type: 'leader.skip' }, 'leader.skipped')}
                >
                  ${this.t('leader.skip')}
                </button>`
              : nothing
          }
          ${
            can('leader.redraw')
              ? html`<button
                  type="button"
                  part="button"
                  class="redraw"
                  @click=${() => this.sendAndMove({ type: 'leader.redraw' }, 'leader.redrawn')}
                >
                  ${this.t('leader.redraw')}
                </button>`
              : nothing
          }
          ${
            can('leader.pause')
              ? html`<button
                  type="button"
                  part="button"
                  class="pause"
                  @click=${() => {
                    if (this.send({ type: 'leader.pause' }).accepted) this.announce(this.t('leader.paused'));
                  }}
                >
                  ${this.t('game.pause')}
                </button>`
              : nothing
          }
          ${
            can('leader.endPhase')
              ? html`<button
                  type="button"
                  part="button"
                  class="end-phase"
                  @click=${() => {
                    if (this.send({ type: 'leader.endPhase' }).accepted)
                      this.announce(this.t('leader.ended'));
                  }}
                >
                  ${this.t('game.endPhase')}
                </button>`
              : nothing
          }
        </div>
      </section>
    `;
  }
}
