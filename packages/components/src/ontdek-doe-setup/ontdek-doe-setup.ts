import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { iconSvg } from '../base/iconSvg.ts';
import {
  MAX_ALIAS,
  MAX_PLAYERS,
  localize,
  type Deck,
  type Depth,
  type GameMode,
  type GameSettings,
  type PlayerSetup,
} from '@ontdek-doe/core';
import { OdElement } from '../base/OdElement.ts';
import { OdScreenElement } from '../base/OdScreenElement.ts';
import { languageName } from '../base/languages.ts';
import type { MessageKey } from '../i18n/createI18n.ts';
import { OdDeckChooseEvent, type SetupDraft } from '../events.ts';
import { controlStyles } from '../styles/controlStyles.ts';
import { setupStyles } from './ontdek-doe-setup.styles.ts';

/** One player row of the form, as typed. */
interface PlayerRow {
  alias: string;
  age: string;
  language: string;
  easy: boolean;
}

/** Where a problem is shown and which control gets focus. */
interface Problem {
  message: string;
  /** The group the message is shown in: `mode`, `player-0`, `players`, `language`, `themes`, `depth`, `cards`, `sensitive` or `form`. */
  group: string;
  /** The id of the control that gets focus and `aria-describedby`. */
  control: string;
}

const MODES: GameMode[] = ['solo', 'led', 'group'];
const DEPTHS: Depth[] = [1, 2, 3];
/** A deck the leader may choose in setup: its id and its title (one text, or one per language). */
export interface DeckChoiceLabel {
  id: string;
  title: string | Readonly<Record<string, string>>;
}

const emptyRow = (): PlayerRow => ({ alias: '', age: '', language: '', easy: false });
const icon = (name: string) => iconSvg(name);

/** A random seed from the browser's crypto (the game's shuffle), never `Math.random`. */
function randomSeed(): number {
  const values = new Uint32Array(1);
  globalThis.crypto.getRandomValues(values);
  return values[0] ?? 1;
}

/**
 * The game leader's setup form: how to play (alone, with a leader, in a group), the players by
 * alias only (with an optional age, the language of their questions and easy reading), the
 * session language, the themes, how deep the questions go, the number of cards per player, and
 * sensitive topics to leave out. Native controls only; Dutch at B1 level by default.
 *
 * Pressing Start sends `session.start` to the game. When the game refuses (two players with the
 * same name, no cards that fit …), the reason is shown next to the control it is about, that
 * control gets `aria-invalid` and `aria-describedby`, and focus moves to it.
 *
 * It takes the game and the UI language from the surrounding `<ontdek-doe-game>` (through
 * `gameContext`), or from its `game` property and the nearest `lang` when used alone.
 *
 * @tagname ontdek-doe-setup
 * @summary The leader's setup form; starts the session.
 *
 * @fires {OdDeckChooseEvent} od-deck-choose - The leader chose another deck in "Kaartenset" (shown with two or more `deckChoices`): `{ deckId, draft }`, the draft being what the form held.
 *
 * @csspart form - The form.
 * @csspart problem - A message about what still has to change.
 * @csspart button - Every button; `button-primary` is Start.
 *
 * @example
 * <ontdek-doe-setup mode="group"></ontdek-doe-setup>
 */
export class OntdekDoeSetup extends OdScreenElement {
  static override styles = [OdElement.styles, controlStyles, setupStyles];

  static override properties: PropertyDeclarations = {
    ...OdScreenElement.properties,
    mode: { type: String },
    seed: { type: Number },
    sessionLanguage: { type: String, attribute: 'session-language' },
    deckChoices: { attribute: false },
    deckChosen: { type: String, attribute: 'deck-chosen' },
    draft: { attribute: false },
    _mode: { state: true, attribute: false },
    _players: { state: true, attribute: false },
    _language: { state: true, attribute: false },
    _themes: { state: true, attribute: false },
    _depth: { state: true, attribute: false },
    _cards: { state: true, attribute: false },
    _exclude: { state: true, attribute: false },
    _problem: { state: true, attribute: false },
  };

  /** The mode chosen when the form opens: `solo` (default), `led` or `group`. */
  declare mode: GameMode;
  /** A fixed seed for the shuffle (tests, demos); a random one from `crypto` when not set. */
  declare seed: number | undefined;
  /** The session language chosen when the form opens; the deck's default when the deck lacks it. */
  declare sessionLanguage: string;
  /**
   * Decks the leader may choose from (id and title), shown as "Kaartenset" at the top of the form
   * when there are two or more; choosing one fires `od-deck-choose`. `<ontdek-doe-game>` fills
   * this from its `decks` property.
   */
  declare deckChoices: readonly DeckChoiceLabel[];
  /** The id of the deck in play among `deckChoices`. */
  declare deckChosen: string;
  /** What the form held before another deck was chosen: filled in again on the new deck's form. */
  declare draft: SetupDraft | null;

  declare private _mode: GameMode;
  declare private _players: PlayerRow[];
  declare private _language: string;
  declare private _themes: ReadonlySet<string> | null;
  declare private _depth: Depth;
  declare private _cards: string;
  declare private _exclude: ReadonlySet<string>;
  declare private _problem: Problem | null;

  private deckSeen: Deck | null = null;

  constructor() {
    super();
    this.mode = 'solo';
    this.seed = undefined;
    this.sessionLanguage = '';
    this.deckChoices = [];
    this.deckChosen = '';
    this.draft = null;
    this._mode = 'solo';
    this._players = [emptyRow()];
    this._language = '';
    this._themes = null;
    this._depth = 2;
    this._cards = '5';
    this._exclude = new Set();
    this._problem = null;
  }

  private get deck(): Deck | null {
    return this.game?.deck ?? null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mode')) this.chooseMode(MODES.includes(this.mode) ? this.mode : 'solo');
    const deck = this.deck;
    if (deck && deck !== this.deckSeen) {
      this.deckSeen = deck;
      this._themes = new Set(deck.themes.map((t) => t.id));
      this._exclude = new Set();
      this._language = '';
      this.fillInEarlierPlayers(deck);
      if (this.draft) this.takeDraft(this.draft);
    }
  }

  /** Fills in what the form held on another deck: mode, players, depth, number of cards. */
  private takeDraft(draft: SetupDraft) {
    this.chooseMode(MODES.includes(draft.mode) ? draft.mode : 'solo');
    if (draft.players.length > 0) this._players = draft.players.map((p) => ({ ...p }));
    if (DEPTHS.includes(draft.depth)) this._depth = draft.depth;
    this._cards = draft.cards;
  }

  private chooseDeck(deckId: string) {
    if (deckId === this.deckChosen) return;
    const draft: SetupDraft = {
      mode: this._mode,
      players: this._players.map((p) => ({ ...p })),
      depth: this._depth,
      cards: this._cards,
    };
    this.dispatchEvent(new OdDeckChooseEvent({ deckId, draft }));
  }

  private renderDeckChoice(ui: string) {
    if (this.deckChoices.length < 2) return nothing;
    return html`<div class="stack">
      <label class="label" for="deck-choice">${this.t('setup.deck')}</label>
      <p id="deck-choice-hint" class="hint">${this.t('setup.deckHint')}</p>
      <select
        id="deck-choice"
        aria-describedby="deck-choice-hint"
        @change=${(e: Event) => this.chooseDeck((e.target as HTMLSelectElement).value)}
      >
        ${this.deckChoices.map(
          (choice) =>
            html`<option value=${choice.id} ?selected=${choice.id === this.deckChosen}>
              ${typeof choice.title === 'string' ? choice.title : localize(choice.title, ui, 'nl')}
            </option>`,
        )}
      </select>
    </div>`;
  }

  /**
   * A follow-up: the players of the earlier session are filled in, as the game finds their goals
   * by alias (a typo would leave a player without a check-in).
   */
  private fillInEarlierPlayers(deck: Deck) {
    const earlier = this.game?.getSession().followUp?.players ?? [];
    if (earlier.length === 0) return;
    this._players = earlier.slice(0, MAX_PLAYERS).map((p) => ({
      alias: p.alias,
      age: p.age === undefined ? '' : String(p.age),
      language: deck.languages.includes(p.language) ? p.language : '',
      easy: p.reading === 'easy',
    }));
    this.chooseMode(earlier.length > 1 ? 'group' : this._mode);
  }

  /** The session language in effect: chosen, else the one asked for when it is in the deck, else the deck's default. */
  private get language(): string {
    const deck = this.deck;
    if (!deck) return '';
    if (this._language && deck.languages.includes(this._language)) return this._language;
    const wanted = this.sessionLanguage || this.i18n.language;
    const match =
      deck.languages.find((l) => l === wanted) ??
      deck.languages.find((l) => l.split('-')[0] === wanted.split('-')[0]);
    return match ?? deck.defaultLanguage;
  }

  private chooseMode(mode: GameMode) {
    this._mode = mode;
    if (mode === 'group') {
      if (this._players.length < 2) this._players = [...this._players, emptyRow()];
    } else if (this._players.length > 1) {
      this._players = this._players.slice(0, 1);
    }
    this._problem = null;
  }

  private updateRow(index: number, change: Partial<PlayerRow>) {
    this._players = this._players.map((row, i) => (i === index ? { ...row, ...change } : row));
    if (this._problem?.group.startsWith('player')) this._problem = null;
  }

  private async addPlayer() {
    if (this._players.length >= MAX_PLAYERS) return;
    this._players = [...this._players, emptyRow()];
    await this.updateComplete;
    this.focusControl(`alias-${this._players.length - 1}`);
  }

  private async removePlayer(index: number) {
    this._players = this._players.filter((_, i) => i !== index);
    this._problem = null;
    await this.updateComplete;
    this.focusControl(`alias-${Math.max(0, index - 1)}`);
  }

  private focusControl(id: string) {
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  /** Sensitivity tags used by the deck's cards, in the order they first appear. */
  private sensitivityTags(deck: Deck): string[] {
    const tags = new Set<string>();
    for (const card of deck.cards) for (const tag of card.sensitivity ?? []) tags.add(tag);
    return [...tags];
  }

  /** A sensitivity tag in words; a tag we have no words for is shown as it is. */
  private sensitivityName(tag: string): string {
    const key = `sensitivity.${tag}`;
    return this.i18n.i18next.exists(key) ? this.t(key as MessageKey) : tag;
  }

  private settings(deck: Deck): GameSettings {
    const players: PlayerSetup[] = this._players.map((row) => {
      const player: PlayerSetup = { alias: row.alias };
      if (row.age.trim() !== '') player.age = Number(row.age);
      if (row.language) player.language = row.language;
      if (row.easy) player.reading = 'easy';
      return player;
    });
    const themes = [...(this._themes ?? [])];
    return {
      mode: this._mode,
      players,
      language: this.language,
      // Every theme ticked means: every theme (also ones a newer deck adds).
      themes: themes.length === deck.themes.length ? [] : themes,
      maxDepth: this._depth,
      cardsPerPlayer: this._cards.trim() === '' ? Number.NaN : Number(this._cards),
      excludeSensitivity: [...this._exclude],
      seed: this.seed ?? randomSeed(),
    };
  }

  /** Which control a refusal is about, so the message sits next to it and focus goes there. */
  private locate(code: string, deck: Deck): Pick<Problem, 'group' | 'control'> {
    const rows = this._players;
    const firstRow = (test: (row: PlayerRow, index: number) => boolean) => Math.max(0, rows.findIndex(test));
    switch (code) {
      case 'mode-unknown':
        return { group: 'mode', control: `mode-${this._mode}` };
      case 'players-count':
        return { group: 'players', control: rows.length < 2 ? 'add-player' : 'alias-0' };
      case 'alias-missing':
      case 'alias-too-long':
      case 'alias-duplicate': {
        const seen = new Set<string>();
        const i = firstRow((row) => {
          const alias = row.alias.trim().toLowerCase();
          const bad = !alias || alias.length > MAX_ALIAS || seen.has(alias);
          seen.add(alias);
          return bad;
        });
        return { group: `player-${i}`, control: `alias-${i}` };
      }
      case 'age-invalid':
      case 'age-below-deck': {
        const i = firstRow((row) => {
          if (row.age.trim() === '') return false;
          const age = Number(row.age);
          return !Number.isInteger(age) || age < 0 || age > 120 || age < deck.minimumAge;
        });
        return { group: `player-${i}`, control: `age-${i}` };
      }
      case 'reading-unknown':
        return { group: 'player-0', control: 'easy-0' };
      case 'language-unknown':
        return { group: 'language', control: 'language' };
      case 'themes-invalid':
      case 'theme-unknown':
      case 'themes-none':
      case 'no-cards':
        return { group: 'themes', control: `theme-${deck.themes[0]?.id ?? ''}` };
      case 'depth-invalid':
        return { group: 'depth', control: `depth-${this._depth}` };
      case 'cards-invalid':
        return { group: 'cards', control: 'cards' };
      case 'sensitivity-invalid':
        return { group: 'sensitive', control: 'sensitive-0' };
      default:
        return { group: 'form', control: 'start' };
    }
  }

  private async onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const deck = this.deck;
    if (!deck) return;
    if ((this._themes?.size ?? 0) === 0) {
      await this.showProblem({ message: this.t('setup.noThemes'), ...this.locate('themes-none', deck) });
      return;
    }
    const result = this.send({ type: 'session.start', settings: this.settings(deck) });
    if (result.accepted) {
      this._problem = null;
      return;
    }
    // The reason is shown next to its control; the live region would only say it twice.
    this.refusal = null;
    await this.showProblem({
      message: result.reason.message[this.i18n.language],
      ...this.locate(result.reason.code, deck),
    });
  }

  private async showProblem(problem: Problem) {
    this._problem = problem;
    await this.updateComplete;
    this.focusControl(problem.control);
  }

  /** `aria-invalid` and `aria-describedby` for a control the problem is about. */
  private invalid(control: string) {
    return this._problem?.control === control;
  }

  private problemIn(group: string): TemplateResult | typeof nothing {
    if (this._problem?.group !== group) return nothing;
    return html`<p id="problem" part="problem" class="problem">${this._problem.message}</p>`;
  }

  override render() {
    const deck = this.deck;
    if (!deck) return nothing;
    const ui = this.i18n.language;
    return html`
      <form part="form" class="stack setup" novalidate @submit=${this.onSubmit}>
        <div class="stack">
          <h2 id="title" tabindex="-1">${this.t('setup.title')}</h2>
          <p>${this.t('setup.intro')}</p>
        </div>
        ${this.renderDeckChoice(ui)} ${this.renderMode()} ${this.renderPlayers(deck, ui)}
        <div class="stack">
          <label class="label" for="language">${this.t('setup.language')}</label>
          <select
            id="language"
            aria-invalid=${this.invalid('language') ? 'true' : nothing}
            aria-describedby=${this.invalid('language') ? 'problem' : nothing}
            @change=${(e: Event) => (this._language = (e.target as HTMLSelectElement).value)}
          >
            ${deck.languages.map(
              (code) =>
                html`<option value=${code} ?selected=${code === this.language}>
                  ${languageName(code, ui)}
                </option>`,
            )}
          </select>
          ${this.problemIn('language')}
        </div>
        ${this.renderThemes(deck, ui)} ${this.renderDepth()}
        <div class="stack">
          <label class="label" for="cards">${this.t('setup.cards')}</label>
          <p id="cards-hint" class="hint">${this.t('setup.cardsHint')}</p>
          <input
            id="cards"
            class="field cards"
            type="number"
            inputmode="numeric"
            min="1"
            max="60"
            step="1"
            .value=${this._cards}
            aria-invalid=${this.invalid('cards') ? 'true' : nothing}
            aria-describedby=${this.invalid('cards') ? 'problem cards-hint' : 'cards-hint'}
            @input=${(e: Event) => {
              this._cards = (e.target as HTMLInputElement).value;
              if (this._problem?.group === 'cards') this._problem = null;
            }}
          />
          ${this.problemIn('cards')}
        </div>
        ${this.renderSensitive(deck)} ${this.problemIn('form')}
        <div class="row">
          <button
            id="start"
            type="submit"
            part="button button-primary"
            class="primary"
            aria-describedby=${this.invalid('start') ? 'problem' : nothing}
          >
            ${this.t('setup.start')}
          </button>
        </div>
      </form>
    `;
  }

  private renderMode() {
    const hints: Record<GameMode, MessageKey> = {
      solo: 'setup.modeSoloHint',
      led: 'setup.modeLedHint',
      group: 'setup.modeGroupHint',
    };
    const names: Record<GameMode, MessageKey> = {
      solo: 'setup.modeSolo',
      led: 'setup.modeLed',
      group: 'setup.modeGroup',
    };
    return html`
      <fieldset class="group">
        <legend class="legend">${this.t('setup.mode')}</legend>
        ${MODES.map(
          (mode) => html`
            <label class="check option">
              <input
                id=${`mode-${mode}`}
                type="radio"
                name="mode"
                .value=${mode}
                .checked=${this._mode === mode}
                aria-describedby=${`mode-${mode}-hint`}
                @change=${() => this.chooseMode(mode)}
              />
              <span>
                <span class="option-name">${this.t(names[mode])}</span>
                <span id=${`mode-${mode}-hint`} class="hint option-hint">${this.t(hints[mode])}</span>
              </span>
            </label>
          `,
        )}
        ${this.problemIn('mode')}
      </fieldset>
    `;
  }

  private renderPlayers(deck: Deck, ui: string) {
    const group = this._mode === 'group';
    return html`
      <fieldset class="group">
        <legend class="legend">${this.t('setup.players')}</legend>
        <ol class="players">
          ${this._players.map((row, i) => this.renderPlayer(deck, ui, row, i, group))}
        </ol>
        ${this.problemIn('players')}
        ${
          group && this._players.length < MAX_PLAYERS
            ? html`<div class="row">
                <button id="add-player" type="button" part="button" @click=${this.addPlayer}>
                  ${this.t('setup.addPlayer')}
                </button>
              </div>`
            : nothing
        }
      </fieldset>
    `;
  }

  private renderPlayer(deck: Deck, ui: string, row: PlayerRow, i: number, group: boolean) {
    const n = i + 1;
    const describedBy = (id: string) => (this.invalid(id) ? 'problem' : nothing);
    return html`
      <li class="player">
        <fieldset class="group player-fields">
          <legend class="legend">${this.t('setup.player', { n })}</legend>
          <div class="player-grid">
            <div>
              <label class="label" for=${`alias-${i}`}>${this.t('setup.alias')}</label>
              <input
                id=${`alias-${i}`}
                class="field"
                type="text"
                autocomplete="off"
                spellcheck="false"
                maxlength=${MAX_ALIAS + 10}
                .value=${row.alias}
                aria-invalid=${this.invalid(`alias-${i}`) ? 'true' : nothing}
                aria-describedby=${describedBy(`alias-${i}`)}
                @input=${(e: Event) => this.updateRow(i, { alias: (e.target as HTMLInputElement).value })}
              />
            </div>
            <div>
              <label class="label" for=${`age-${i}`}>${this.t('setup.age')}</label>
              <input
                id=${`age-${i}`}
                class="field age"
                type="number"
                inputmode="numeric"
                autocomplete="off"
                min="0"
                max="120"
                step="1"
                .value=${row.age}
                aria-invalid=${this.invalid(`age-${i}`) ? 'true' : nothing}
                aria-describedby=${describedBy(`age-${i}`)}
                @input=${(e: Event) => this.updateRow(i, { age: (e.target as HTMLInputElement).value })}
              />
            </div>
            <div>
              <label class="label" for=${`lang-${i}`}>${this.t('setup.playerLanguage')}</label>
              <select
                id=${`lang-${i}`}
                @change=${(e: Event) => this.updateRow(i, { language: (e.target as HTMLSelectElement).value })}
              >
                <option value="" ?selected=${row.language === ''}>${this.t('setup.sameLanguage')}</option>
                ${deck.languages.map(
                  (code) =>
                    html`<option value=${code} ?selected=${row.language === code}>
                      ${languageName(code, ui)}
                    </option>`,
                )}
              </select>
            </div>
            <label class="check">
              <input
                id=${`easy-${i}`}
                type="checkbox"
                .checked=${row.easy}
                aria-invalid=${this.invalid(`easy-${i}`) ? 'true' : nothing}
                aria-describedby=${describedBy(`easy-${i}`)}
                @change=${(e: Event) => this.updateRow(i, { easy: (e.target as HTMLInputElement).checked })}
              />
              <span>${this.t('setup.easy')}</span>
            </label>
          </div>
          ${this.problemIn(`player-${i}`)}
          ${
            group && this._players.length > 2
              ? html`<div class="row">
                  <button type="button" part="button" @click=${() => this.removePlayer(i)}>
                    ${this.t('setup.removePlayer', { n })}
                  </button>
                </div>`
              : nothing
          }
        </fieldset>
      </li>
    `;
  }

  private renderThemes(deck: Deck, ui: string) {
    const chosen = this._themes ?? new Set<string>();
    return html`
      <fieldset class="group" aria-describedby="themes-hint">
        <legend class="legend">${this.t('setup.themes')}</legend>
        <p id="themes-hint" class="hint">${this.t('setup.themesHint')}</p>
        <div class="choices">
          ${deck.themes.map((theme) => {
            const svg = icon(theme.icon);
            const id = `theme-${theme.id}`;
            return html`
              <label class="check">
                <input
                  id=${id}
                  type="checkbox"
                  .checked=${chosen.has(theme.id)}
                  aria-invalid=${this.invalid(id) ? 'true' : nothing}
                  aria-describedby=${this.invalid(id) ? 'problem' : nothing}
                  @change=${(e: Event) => {
                    const next = new Set(chosen);
                    if ((e.target as HTMLInputElement).checked) next.add(theme.id);
                    else next.delete(theme.id);
                    this._themes = next;
                    if (this._problem?.group === 'themes') this._problem = null;
                  }}
                />
                ${svg ? html`<span class="icon" aria-hidden="true">${unsafeSVG(svg)}</span>` : nothing}
                <span lang=${this.deckTextLanguage(deck, theme.title, ui)}
                  >${localize(theme.title, ui, deck.defaultLanguage)}</span
                >
              </label>
            `;
          })}
        </div>
        ${this.problemIn('themes')}
      </fieldset>
    `;
  }

  /** The language a piece of deck text is shown in: the UI language when the deck has it, else the deck's default. */
  private deckTextLanguage(deck: Deck, text: Record<string, string>, ui: string): string {
    return text[ui]?.trim() ? ui : deck.defaultLanguage;
  }

  private renderDepth() {
    const words: Record<Depth, MessageKey> = { 1: 'setup.depth1', 2: 'setup.depth2', 3: 'setup.depth3' };
    return html`
      <fieldset class="group">
        <legend class="legend">${this.t('setup.depth')}</legend>
        ${DEPTHS.map(
          (depth) => html`
            <label class="check">
              <input
                id=${`depth-${depth}`}
                type="radio"
                name="depth"
                .value=${String(depth)}
                .checked=${this._depth === depth}
                @change=${() => (this._depth = depth)}
              />
              <span>${this.t(words[depth])}</span>
            </label>
          `,
        )}
        ${this.problemIn('depth')}
      </fieldset>
    `;
  }

  private renderSensitive(deck: Deck) {
    const tags = this.sensitivityTags(deck);
    if (tags.length === 0) return nothing;
    return html`
      <fieldset class="group" aria-describedby="sensitive-hint">
        <legend class="legend">${this.t('setup.sensitive')}</legend>
        <p id="sensitive-hint" class="hint">${this.t('setup.sensitiveHint')}</p>
        <div class="choices">
          ${tags.map(
            (tag, i) => html`
              <label class="check">
                <input
                  id=${`sensitive-${i}`}
                  type="checkbox"
                  .value=${tag}
                  .checked=${this._exclude.has(tag)}
                  @change=${(e: Event) => {
                    const next = new Set(this._exclude);
                    if ((e.target as HTMLInputElement).checked) next.add(tag);
                    else next.delete(tag);
                    this._exclude = next;
                  }}
                />
                <span>${this.sensitivityName(tag)}</span>
              </label>
            `,
          )}
        </div>
        ${this.problemIn('sensitive')}
      </fieldset>
    `;
  }
}
