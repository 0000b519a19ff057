import { html, nothing, type PropertyDeclarations } from 'lit';
import {
  MAX_MATTERS,
  cardText,
  describeAnswer,
  localize,
  type Answer,
  type MattersItem,
  type Player,
} from '@ontdek-doe/core';
import { OdPhaseElement } from '../base/OdPhaseElement.ts';
import { readAloudStyles } from '../phases/readAloudButton.ts';
import { phaseStyles } from '../styles/phaseStyles.ts';
import { mattersStyles } from './ontdek-doe-matters.styles.ts';

/** The longest "own words" the core takes for what matters. */
const MAX_OWN = 300;

/** An answer as the player sees it here: the question small, their own words big. */
interface AnswerChoice {
  id: string;
  question: string;
  questionLanguage: string;
  words: string;
  private: boolean;
}

/**
 * "Wat vind ik belangrijk?" — the player whose turn it is chooses what matters most to them: from
 * the answers they starred (their own words, with the question small above), from the deck's
 * themes, or in their own words. Up to 3: the limit is explained, never silently enforced (a
 * fourth tick stays ticked, a message says to take one away, and the game refuses it with its
 * own words when "Verder" is pressed).
 *
 * A player who starred nothing is told kindly, and sees their other answers instead.
 * In a group each player has a turn: "Verder met …" sends `matters.choose` and `turn.next`;
 * the last player's "Verder" sends `matters.choose` and `phase.next`.
 *
 * Lives inside `<ontdek-doe-game>` (it takes the game and the translator from `gameContext`).
 *
 * @tagname ontdek-doe-matters
 * @summary The "what matters to me" phase: choose up to 3 of your starred answers, themes or own words.
 *
 * @fires {OdAnnounceEvent} od-announce - Asks the game element to announce a change (saved, too many chosen, a refusal).
 *
 * @csspart panel - The phase's panel.
 * @csspart heading - The main heading (focused when the turn goes to the next player).
 * @csspart option - One choice (a native checkbox with its label).
 * @csspart field - The "in your own words" field.
 * @csspart error - The message when too many are chosen or the game refused.
 * @csspart button - Every button; `button-primary` is "Verder".
 *
 * @cssproperty --od-color-accent - The chosen options and the primary button.
 * @cssproperty --od-color-error - The limit and refusal message.
 * @cssproperty --od-target-size - The smallest size of anything you can press (default 44px).
 */
export class OntdekDoeMatters extends OdPhaseElement {
  static override styles = [OdPhaseElement.styles, phaseStyles, readAloudStyles, mattersStyles];

  static override properties: PropertyDeclarations = {
    ...OdPhaseElement.properties,
    _chosen: { state: true, attribute: false },
    _own: { state: true, attribute: false },
    _error: { state: true, attribute: false },
  };

  /** Ticked answers (`a:<id>`) and themes (`t:<id>`), in the order they were ticked. */
  declare private _chosen: readonly string[];
  declare private _own: string;
  /** A refusal of the game, in the UI language. */
  declare private _error: string | null;

  private playerId: string | null = null;
  private wasOver = false;

  constructor() {
    super();
    this._chosen = [];
    this._own = '';
    this._error = null;
  }

  protected override willUpdate(): void {
    const player = this.view?.currentPlayer ?? null;
    if ((player?.id ?? null) === this.playerId) return;
    const first = this.playerId === null;
    this.playerId = player?.id ?? null;
    this.loadChoices(player);
    if (!first) void this.focusHeadingSoon();
  }

  /** Starts a player's turn from what the session already holds for them (a resumed game). */
  private loadChoices(player: Player | null) {
    const items = player ? (this.view?.session.matters[player.id] ?? []) : [];
    this._chosen = items.flatMap((i) =>
      i.type === 'answer' ? [`a:${i.answerId}`] : i.type === 'theme' ? [`t:${i.themeId}`] : [],
    );
    this._own = items.find((i): i is Extract<MattersItem, { type: 'own' }> => i.type === 'own')?.text ?? '';
    this._error = null;
    this.wasOver = false;
  }

  private get count(): number {
    return this._chosen.length + (this._own.trim() ? 1 : 0);
  }

  private choices(player: Player): AnswerChoice[] {
    const deck = this.deck;
    const session = this.view?.session;
    if (!deck || !session) return [];
    const cards = new Map(deck.cards.map((c) => [c.id, c]));
    return session.answers
      .filter((a: Answer) => a.playerId === player.id)
      .flatMap((a) => {
        const card = cards.get(a.cardId);
        if (!card) return [];
        const question = cardText(card, deck, player.language, player.reading);
        return [
          {
            id: a.id,
            question: question.text,
            questionLanguage: question.language,
            words: describeAnswer(a, deck, player.language).answer,
            private: a.private,
          },
        ];
      });
  }

  override render() {
    const view = this.view;
    const player = view?.currentPlayer;
    const deck = this.deck;
    if (!view || !player || !deck || view.phase !== 'matters') return nothing;
    const players = view.session.players;
    const index = players.findIndex((p) => p.id === player.id);
    const next = index >= 0 && index < players.length - 1 ? players[index + 1] : undefined;
    const all = this.choices(player);
    const starredIds = new Set(
      view.session.answers.filter((a) => a.playerId === player.id && a.starred).map((a) => a.id),
    );
    const starred = all.filter((a) => starredIds.has(a.id));
    const shown = starred.length > 0 ? starred : all;
    const over = this.count > MAX_MATTERS;
    const language = this.deckLanguage(player.language);
    return html`
      <section part="panel" class="panel" lang=${this.i18n.language} aria-labelledby="heading">
        <div class="stack">
          ${
            players.length > 1
              ? html`<p class="player">${this.t('phaseUi.playerTurn', { alias: player.alias })}</p>`
              : nothing
          }
          ${this.mainHeading(this.t('matters.heading'))}
          ${this.readAloudButton(`${this.t('matters.heading')} ${this.t('matters.intro')}`)}
          <p id="intro">${this.t('matters.intro')}</p>
        </div>
        <form class="stack" novalidate @submit=${this.onSubmit}>
          ${
            all.length === 0
              ? html`<p class="note">${this.t('matters.noAnswers')}</p>`
              : html`
                  ${starred.length === 0 ? html`<p class="note">${this.t('matters.noStarred')}</p>` : nothing}
                  <fieldset aria-describedby="count limit">
                    <legend class="legend">
                      ${this.t(starred.length > 0 ? 'matters.starredLegend' : 'matters.answersLegend')}
                    </legend>
                    <div class="options">${shown.map((a) => this.renderAnswer(a))}</div>
                  </fieldset>
                `
          }
          <fieldset aria-describedby="count limit">
            <legend class="legend">${this.t('matters.themesLegend')}</legend>
            <div class="options themes">
              ${deck.themes.map((theme) =>
                this.renderOption(
                  `t:${theme.id}`,
                  html`<span class="words" lang=${language} dir="auto"
                    >${localize(theme.title, player.language, deck.defaultLanguage)}</span
                  >`,
                ),
              )}
            </div>
          </fieldset>
          <div>
            <label class="label" for="own">${this.t('matters.own')}</label>
            <input
              id="own"
              part="field"
              class="field"
              type="text"
              maxlength=${MAX_OWN}
              dir="auto"
              autocomplete="off"
              aria-describedby="count limit"
              .value=${this._own}
              @input=${(e: Event) => this.setOwn((e.target as HTMLInputElement).value)}
            />
          </div>
          <p id="count" class="hint">${this.t('matters.count', { count: this.count })}</p>
          <p id="limit" part="error" class=${over || this._error ? 'error' : 'error visually-hidden'}>
            ${this._error ?? (over ? this.t('matters.tooMany', { count: this.count }) : '')}
          </p>
          <div class="actions">
            <button type="submit" part="button button-primary" class="primary">
              ${next ? this.t('phaseUi.nextPlayer', { alias: next.alias }) : this.t('phaseUi.continue')}
            </button>
          </div>
        </form>
      </section>
    `;
  }

  private renderAnswer(answer: AnswerChoice) {
    return this.renderOption(
      `a:${answer.id}`,
      html`
        <span class="question" lang=${answer.questionLanguage} dir="auto">${answer.question}</span>
        <span class="words" dir="auto"
          >${answer.words || this.t('phaseUi.toldAloud')}${
            answer.private ? html`<span class="mark">${this.t('phaseUi.privateMark')}</span>` : nothing
          }</span
        >
      `,
    );
  }

  private renderOption(key: string, label: unknown) {
    return html`
      <label part="option" class="option">
        <input
          type="checkbox"
          .value=${key}
          .checked=${this._chosen.includes(key)}
          @change=${(e: Event) => this.toggle(key, (e.target as HTMLInputElement).checked)}
        />
        <span class="option-text">${label}</span>
      </label>
    `;
  }

  private toggle(key: string, checked: boolean) {
    this._chosen = checked
      ? [...this._chosen.filter((k) => k !== key), key]
      : this._chosen.filter((k) => k !== key);
    this.afterChange();
  }

  private setOwn(value: string) {
    this._own = value;
    this.afterChange();
  }

  /** Clears a refusal once the player changes something, and says so once when too many are chosen. */
  private afterChange() {
    this._error = null;
    const over = this.count > MAX_MATTERS;
    if (over && !this.wasOver) this.announce(this.t('matters.tooMany', { count: this.count }));
    this.wasOver = over;
  }

  private items(): MattersItem[] {
    const items: MattersItem[] = this._chosen.map((key) =>
      key.startsWith('a:')
        ? { type: 'answer', answerId: key.slice(2) }
        : { type: 'theme', themeId: key.slice(2) },
    );
    const own = this._own.trim();
    if (own) items.push({ type: 'own', text: own });
    return items;
  }

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const view = this.view;
    const player = view?.currentPlayer;
    if (!view || !player) return;
    const result = this.send({ type: 'matters.choose', playerId: player.id, items: this.items() });
    if (!result.accepted) {
      this._error = this.reasonText(result.reason);
      this.announce(this._error);
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('input:checked, input')?.focus(),
      );
      return;
    }
    this.announce(this.t('matters.saved', { alias: player.alias }));
    const players = view.session.players;
    const last = players.findIndex((p) => p.id === player.id) >= players.length - 1;
    const moved = this.send(last ? { type: 'phase.next' } : { type: 'turn.next' });
    if (!moved.accepted) {
      this._error = this.reasonText(moved.reason);
      this.announce(this._error);
    }
  }
}
