import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ContextProvider } from '@lit/context';
import {
  createGame,
  followUpFrom,
  formatDeckIssues,
  localize,
  openGoals,
  parseSnapshot,
  restoreGame,
  type CreateGameOptions,
  type Deck,
  type FollowUpSource,
  type Game,
  type GameMode,
  type GamePlugin,
  type Goal,
  type InspectionEvent,
  type Phase,
  type StorageAdapter,
} from '@ontdek-doe/core';
import { localStorageAdapter, storagePlugin, StorageError } from '@ontdek-doe/core/plugins';
import { OdElement } from '../base/OdElement.ts';
import { gameContext, type GameContextValue } from '../context/gameContext.ts';
import { GameController } from '../controllers/GameController.ts';
import {
  OdErrorEvent,
  type OdAnnounceEvent,
  type OdDeckChooseEvent,
  type OdErrorDetail,
  type OdFollowUpReadyEvent,
  type SetupDraft,
} from '../events.ts';
import { createI18n, fallbackMessage, type MessageKey, type UiLanguage } from '../i18n/createI18n.ts';
import { readAloudPlugin, type ReadAloudPlugin } from '../plugins/readAloud.ts';
import { controlStyles } from '../styles/controlStyles.ts';
import { domEventsPlugin } from './domEventsPlugin.ts';
import { loadDeck, type DeckProblem } from './loadDeck.ts';
import { gameMessage, journeyPath, type MessageButton } from './gameMessage.ts';
import { gameStyles } from './ontdek-doe-game.styles.ts';

type Status = 'loading' | 'ready' | 'error';

/** A deck the leader may choose in setup (`decks`): its id, its title, and the deck or its URL. */
export interface DeckChoice {
  id: string;
  /** One text, or one per language (`{ nl: 'Basis', en: 'Basic' }`). */
  title: string | Readonly<Record<string, string>>;
  /** The deck object (checked with `parseDeck`). */
  deck?: unknown;
  /** Or the URL of the deck as JSON, fetched when it is chosen. */
  src?: string;
}

/** A message shown above the screen that does not stop the game. */
type Note = { kind: 'restore'; goals: Goal[] } | { kind: 'storage' };

/** What the element shows when it cannot start: a message key and its values, and whether Retry helps. */
interface Failure {
  code: string;
  key: MessageKey;
  values?: Record<string, unknown>;
  retry: boolean;
  /** The deck's problems in words, for the person who maintains the page. */
  details?: string;
}

const MODES: readonly GameMode[] = ['solo', 'led', 'group'];
const DECK_MESSAGES: Record<DeckProblem['code'], MessageKey> = {
  'deck-unreachable': 'game.deckUnreachable',
  'deck-not-found': 'game.deckNotFound',
  'deck-not-json': 'game.deckNotJson',
  'deck-invalid': 'game.deckInvalid',
  'deck-missing': 'game.deckMissing',
};
/** The screens other elements draw, by phase. */
const SCREENS: Partial<Record<Phase, string>> = {
  matters: 'ontdek-doe-matters',
  do: 'ontdek-doe-goals',
  summary: 'ontdek-doe-summary',
  checkIn: 'ontdek-doe-checkin',
};
const STORAGE_CODES = new Set(['storage-quota', 'storage-failed', 'storage-unavailable']);

/**
 * The Ontdek & Doe game, ready to drop into any page: setup, discover, and the later phases (what
 * matters, goals, summary, follow-up check-in), with a visible journey path, one polite live
 * region, and focus on the new screen's heading at every step. Nothing is judged or scored.
 *
 * **Deck.** The `deck` property (an object, e.g. `basicDeck` from `@ontdek-doe/content`) wins;
 * else the JSON at `deck-src` is fetched (the only network request the element ever makes; the
 * content package ships its decks as JSON files for this). No deck is bundled, so a page pays only
 * for the deck it plays. No deck at all, a deck that cannot be fetched or read, or one that is not
 * valid shows a friendly message inside the element (with Retry where that helps) and fires
 * `od-error`; the page around it never breaks.
 *
 * **Storage.** Nothing is stored unless the host asks: `storage="local"` keeps the session in
 * `localStorage` under `session-key` (through the core's `localStorageAdapter` and
 * `storagePlugin`), or give your own adapter in `storageAdapter`. A saved session is resumed with
 * `restoreGame`; when that fails, a note says so, the goals that could still be read are shown,
 * and `od-error` fires.
 *
 * **Shared device.** With `shared-device`, everything of a player is wiped when the session
 * ends (what they want to keep they print or download from the summary first), an unfinished
 * session is only resumed after someone confirms it is theirs (after a reload, and when Back
 * brings the page back from the browser's cache), and no field is ever filled in from an earlier
 * player.
 *
 * Changing `deck`, `deck-src`, `storage`, `session-key`, `storageAdapter`, `plugins`,
 * `shared-device` or `followUp` starts over with a new game (a saved session is resumed; with
 * `followUp` set, only a saved follow-up that is not finished).
 *
 * **Follow-up.** The setup screen offers "Een vervolg beginnen": the leader chooses the summaries
 * players downloaded (`<ontdek-doe-followup-start>`), and a follow-up game starts with their
 * players filled in and a check-in on each goal first. When the session was kept (`storage`, not
 * on a shared device), the screen after Klaar still shows the summary, and offers a follow-up on
 * its goals right there.
 *
 * **Language.** `lang` sets the UI language (Dutch and English; others fall back to Dutch and fire
 * `od-error`) and the session's default language. Changing it while playing re-renders
 * everything, the deck's text included, for every player who had not chosen another language.
 *
 * @tagname ontdek-doe-game
 * @summary The whole game as one element: deck loading, storage, setup, discover and the later phases.
 *
 * @fires {OdSessionStartedEvent} od-session-started - The leader started a session: `{ sessionId, mode, players }` (a count).
 * @fires {OdAnswerGivenEvent} od-answer-given - An answer was given or changed: `{ answer }`.
 * @fires {OdGoalSetEvent} od-goal-set - A goal was set or changed: `{ goal }`.
 * @fires {OdSessionFinishedEvent} od-session-finished - The session finished: `{ sessionId, players, answers, goals }` (counts).
 * @fires {OdErrorEvent} od-error - Something went wrong (deck, storage, restore, language, a plugin): `{ code, message: { nl, en }, … }`.
 *
 * @csspart game - The whole game.
 * @csspart header - The deck title, the journey path and the leader's buttons.
 * @csspart journey - The journey path (a list of phases).
 * @csspart step - One phase on the journey path; the current one has `aria-current="step"`.
 * @csspart leader-bar - Pause and End this part, for the game leader.
 * @csspart note - A message that does not stop the game (a save that failed, a session that could not be resumed).
 * @csspart screen - The screen of the current phase.
 * @csspart message - The loading, error, paused, resume and finished messages.
 * @csspart button - Every button of the element itself; `button-primary` names the main one.
 *
 * @cssproperty --od-color-accent - Buttons and the current step (default #005a9c).
 * @cssproperty --od-color-text - Text (default #1f1f1f).
 * @cssproperty --od-color-surface - Background (default #ffffff).
 * @cssproperty --od-font-size - Body text (default 1.125rem).
 *
 * @example
 * <ontdek-doe-game lang="nl" deck-src="/decks/basis.json" mode="group" storage="local" shared-device></ontdek-doe-game>
 * <script type="module">
 *   import '@ontdek-doe/components/define/ontdek-doe-game.js';
 *   document.querySelector('ontdek-doe-game').addEventListener('od-goal-set', (e) => console.log(e.detail.goal.firstStep));
 * </script>
 */
export class OntdekDoeGame extends OdElement {
  static override styles = [OdElement.styles, controlStyles, gameStyles];

  static override properties: PropertyDeclarations = {
    ...OdElement.properties,
    deckSrc: { type: String, attribute: 'deck-src' },
    deck: { attribute: false },
    decks: { attribute: false },
    mode: { type: String },
    storage: { type: String },
    sharedDevice: { type: Boolean, attribute: 'shared-device' },
    sessionKey: { type: String, attribute: 'session-key' },
    seed: { type: Number },
    plugins: { attribute: false },
    storageAdapter: { attribute: false },
    followUp: { attribute: false },
    _status: { state: true, attribute: false },
    _failure: { state: true, attribute: false },
    _notes: { state: true, attribute: false },
    _resumePrompt: { state: true, attribute: false },
    _finished: { state: true, attribute: false },
    _choosingFollowUp: { state: true, attribute: false },
    _deckChoice: { state: true, attribute: false },
  };

  /** The URL of a deck as JSON. Fetched only when set and no `deck` is given. */
  declare deckSrc: string;
  /** A deck object (checked with `parseDeck`); wins over `deck-src`. */
  declare deck: unknown;
  /**
   * Decks the leader chooses from in the setup form ("Kaartenset"), each `{ id, title, deck }` or
   * `{ id, title, src }` (`title`: one text or one per language). The first is played until another
   * is chosen; names typed in the form stay. Used when neither `deck` nor `deck-src` is set.
   */
  declare decks: readonly DeckChoice[];
  /** The mode the setup form starts with: `solo` (default), `led` or `group`. */
  declare mode: GameMode;
  /** `none` (default: nothing is stored) or `local` (`localStorage`). */
  declare storage: 'none' | 'local';
  /** Wipe everything of a player at the end, and never show one player's data to the next. */
  declare sharedDevice: boolean;
  /** The storage key of this element's session (default `ontdek-doe`). */
  declare sessionKey: string;
  /** A fixed seed for the shuffle (tests and demos); random when not set. */
  declare seed: number | undefined;
  /** Extra plugins for `createGame` (`false` and `null` entries are skipped). */
  declare plugins: ReadonlyArray<GamePlugin | false | null | undefined>;
  /** A storage adapter of the host's own; wins over `storage`. */
  declare storageAdapter: StorageAdapter | null;
  /** Earlier goals to check in on: a follow-up session (from the core's `followUpFrom`). */
  declare followUp: FollowUpSource | null;

  declare private _status: Status;
  declare private _failure: Failure | null;
  declare private _notes: Note[];
  declare private _resumePrompt: boolean;
  /** The session ended on a shared device: its data is gone, the thank-you screen stays. */
  declare private _finished: boolean;
  /** The leader is choosing downloaded summaries for a follow-up (instead of the setup form). */
  declare private _choosingFollowUp: boolean;
  /** The id of the deck chosen in setup among `decks`; null: the first. */
  declare private _deckChoice: string | null;
  /** What the setup form held when another deck was chosen, for the new deck's form. */
  private setupDraft: SetupDraft | null = null;
  private keepSetupDraft = false;

  private readonly controller = new GameController(this);
  private readonly i18n = createI18n('');
  private readAloud: ReadAloudPlugin | null = null;
  private readonly provider = new ContextProvider(this, {
    context: gameContext,
    initialValue: { game: null, i18n: this.i18n, readAloud: null },
  });
  private loadCount = 0;
  private abort: AbortController | null = null;
  private loadedDeck: Deck | null = null;
  private adapter: StorageAdapter | null = null;
  private lastPhase: Phase | null = null;
  private lastPaused = false;
  private reportedLanguage: string | null = null;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private hasRendered = false;
  /** Focus was in the element when a load began, so it goes to the next screen's heading. */
  private focusWhenReady = false;

  constructor() {
    super();
    this.deckSrc = '';
    this.deck = undefined;
    this.decks = [];
    this._deckChoice = null;
    this.mode = 'solo';
    this.storage = 'none';
    this.sharedDevice = false;
    this.sessionKey = 'ontdek-doe';
    this.seed = undefined;
    this.plugins = [];
    this.storageAdapter = null;
    this.followUp = null;
    this._status = 'loading';
    this._failure = null;
    this._notes = [];
    this._resumePrompt = false;
    this._finished = false;
    this._choosingFollowUp = false;
    this.addEventListener('od-announce', (event: OdAnnounceEvent) => {
      event.stopPropagation();
      this.announce(event.detail.message);
    });
  }

  /** The running game (read only), e.g. to ask for a summary; null while loading or after an error. */
  get game(): Game | null {
    return this.controller.game;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('pagehide', this.onPageShow);
    globalThis.removeEventListener?.('pageshow', this.onPageShow);
    // A load cut off here must not end in a "cannot be reached" message: it starts again on connect.
    if (this._status === 'loading') this.loadCount++;
    this.abort?.abort();
    this.readAloud?.stop();
    clearTimeout(this.announceTimer);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Hidden already when the page goes into the cache, and again when it comes back.
    globalThis.addEventListener?.('pagehide', this.onPageShow);
    globalThis.addEventListener?.('pageshow', this.onPageShow);
    // Moved elsewhere in the page: a load that was cut off starts again.
    if (this.hasRendered && this._status === 'loading') void this.load();
  }

  /**
   * The page came back from the browser's back-forward cache (someone pressed Back): on a shared
   * device, a session that is still open is hidden behind "Is het jouw spel?", as after a reload.
   */
  private readonly onPageShow = (event: PageTransitionEvent) => {
    const phase = this.controller.view?.phase;
    if (!event.persisted || !this.sharedDevice || this._status !== 'ready') return;
    if (phase && phase !== 'setup' && phase !== 'finished') this._resumePrompt = true;
  };

  /** Loads the deck again and starts over (what Retry does). */
  retry(): Promise<void> {
    return this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.followLanguage();
    const inputs = [
      'deck',
      'deckSrc',
      'decks',
      '_deckChoice',
      'storage',
      'sessionKey',
      'plugins',
      'storageAdapter',
      'sharedDevice',
      'followUp',
    ];
    if (!this.hasRendered || inputs.some((name) => changed.has(name as keyof OntdekDoeGame)))
      void this.load();
  }

  protected override updated(): void {
    const first = !this.hasRendered;
    this.hasRendered = true;
    const view = this.controller.view;
    const phase = this._status === 'ready' && view ? view.phase : null;
    const paused = view?.paused ?? false;
    if (phase !== this.lastPhase) {
      const before = this.lastPhase;
      this.lastPhase = phase;
      if (phase && before)
        this.announce(this.t('game.now', { phase: this.t(`journey.${phase}` as MessageKey) }));
      if (phase === 'finished' && this.sharedDevice && !this._finished)
        queueMicrotask(() => void this.wipe());
      // On the first screen of a page, focus stays where the visitor is.
      if (!first && (before || this.hasFocus())) void this.focusScreen();
    } else if (paused !== this.lastPaused) {
      void this.focusScreen();
    }
    this.lastPaused = paused;
  }

  private focusIfWanted() {
    if (this.focusWhenReady || this.hasFocus()) void this.focusScreen();
    this.focusWhenReady = false;
  }

  /** True when focus is inside this element. */
  private hasFocus(): boolean {
    return this.matches(':focus-within');
  }

  private t(key: MessageKey, options?: Record<string, unknown>): string {
    return this.i18n.t(key, options);
  }

  /** Both languages of a message, for `od-error`. */
  private both(key: MessageKey, options?: Record<string, unknown>): { nl: string; en: string } {
    const say = (lng: UiLanguage) => String(this.i18n.i18next.t(key, { ...options, lng }));
    return { nl: say('nl'), en: say('en') };
  }

  private fail(detail: OdErrorDetail): void {
    this.dispatchEvent(new OdErrorEvent(detail));
  }

  // ───────────────────────────── language ─────────────────────────────

  /** The deck language that fits a requested UI language, if the deck has one. */
  private deckLanguage(requested: string): string | null {
    const deck = this.loadedDeck;
    if (!deck || !requested) return null;
    const code = requested.toLowerCase();
    return (
      deck.languages.find((l) => l.toLowerCase() === code) ??
      deck.languages.find((l) => l.toLowerCase().split('-')[0] === code.split('-')[0]) ??
      null
    );
  }

  private followLanguage() {
    const wanted = this.lang || this.effectiveLang;
    const before = this.i18n.resolution.requested;
    if (wanted !== before) {
      this.i18n.setLanguage(wanted);
      this.followDeckLanguage(before, wanted);
      this.provide();
      // What was said is in the old language: a screen reader must not find it there later.
      this.clearAnnouncement();
    }
    const { requested, fellBack } = this.i18n.resolution;
    if (fellBack && this.reportedLanguage !== requested) {
      this.reportedLanguage = requested;
      this.fail({ code: 'language-unsupported', message: fallbackMessage(this.i18n) });
    }
  }

  /** Players who read the questions in the old default language now read them in the new one. */
  private followDeckLanguage(before: string, wanted: string) {
    const game = this.game;
    const from = this.deckLanguage(before) ?? this.loadedDeck?.defaultLanguage;
    const to = this.deckLanguage(wanted);
    if (!game || !to || from === to) return;
    for (const player of game.getSession().players)
      if (player.language === from) game.send({ type: 'player.language', playerId: player.id, language: to });
  }

  private provide() {
    const value: GameContextValue = { game: this.game, i18n: this.i18n, readAloud: this.readAloud };
    this.provider.setValue(value, true);
    this.requestUpdate();
  }

  // ───────────────────────────── live region ─────────────────────────────

  private clearAnnouncement() {
    clearTimeout(this.announceTimer);
    const region = this.renderRoot.querySelector<HTMLElement>('[role="status"]');
    if (region) region.textContent = '';
  }

  /** Says `message` in the polite live region (cleared first, so the same words are said again). */
  private announce(message: string) {
    // Written straight into the region (Lit renders no text there), so announcing never re-renders.
    const region = this.renderRoot.querySelector<HTMLElement>('[role="status"]');
    clearTimeout(this.announceTimer);
    if (!region) return;
    region.textContent = '';
    this.announceTimer = setTimeout(() => (region.textContent = message), 50);
  }

  // ───────────────────────────── focus ─────────────────────────────

  /** Moves focus to the heading of what is shown now. */
  private async focusScreen() {
    await this.updateComplete;
    const root = this.renderRoot;
    const message = root.querySelector<HTMLElement>('[part~="message"] h2');
    if (message) {
      message.focus();
      return;
    }
    const screen = root.querySelector<HTMLElement>('[part~="screen"] > *');
    if (screen && 'updateComplete' in screen) await (screen as unknown as OdElement).updateComplete;
    const heading = screen?.shadowRoot?.querySelector<HTMLElement>('h1, h2, h3, [role="heading"]');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
      return;
    }
    root.querySelector<HTMLElement>('[part~="screen"]')?.focus();
  }

  // ───────────────────────────── loading ─────────────────────────────

  /** Loads the deck and starts (or resumes) a game. A newer load makes an older one stop. */
  private async load(): Promise<void> {
    const count = ++this.loadCount;
    // What had focus disappears while loading (the Retry button): focus goes to what comes next.
    this.focusWhenReady = this.focusWhenReady || this.hasFocus();
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this._status = 'loading';
    this._failure = null;
    this._notes = [];
    this._resumePrompt = false;
    this._finished = false;
    this._choosingFollowUp = false;
    if (!this.keepSetupDraft) this.setupDraft = null;
    this.keepSetupDraft = false;
    this.setGame(null);
    // Let the attributes of the same task arrive first (a host sets several in a row).
    await Promise.resolve();
    if (count !== this.loadCount) return;
    const choice = this.choosableDecks() ? this.chosenDeck() : undefined;
    const loaded = await loadDeck({
      deck: choice ? choice.deck : this.deck,
      src: choice ? choice.src : this.deckSrc,
      signal: abort.signal,
    });
    if (count !== this.loadCount) return;
    if (!loaded.ok) {
      this.showDeckProblem(loaded.problem);
      return;
    }
    this.loadedDeck = loaded.deck;
    await this.startGame(count, true);
  }

  private showDeckProblem(problem: DeckProblem) {
    const key = DECK_MESSAGES[problem.code];
    const values = problem.status !== undefined ? { status: problem.status } : {};
    this._status = 'error';
    this._failure = {
      code: problem.code,
      key,
      values,
      retry: problem.retry,
      ...(problem.issues ? { details: formatDeckIssues(problem.issues, this.i18n.language) } : {}),
    };
    this.fail({
      code: problem.code,
      message: this.both(key, values),
      ...(problem.status !== undefined ? { status: problem.status } : {}),
      ...(problem.issues ? { issues: problem.issues } : {}),
      ...(problem.cause !== undefined ? { cause: problem.cause } : {}),
    });
    this.focusIfWanted();
  }

  /** The storage adapter to use: the host's own, else localStorage when asked for, else none. */
  private makeAdapter(): StorageAdapter | null {
    if (this.storageAdapter) return this.storageAdapter;
    if (this.storage !== 'local') return null;
    try {
      return localStorageAdapter();
    } catch (cause) {
      const code = cause instanceof StorageError ? cause.code : 'storage-unavailable';
      this._notes = [...this._notes, { kind: 'storage' }];
      this.fail({
        code,
        message: cause instanceof StorageError ? cause.messages : this.both('game.storageProblem'),
        cause,
      });
      return null;
    }
  }

  private gameOptions(adapter: StorageAdapter | null, deck: Deck): Omit<CreateGameOptions, 'snapshot'> {
    this.readAloud = readAloudPlugin();
    const key = this.sessionKey || 'ontdek-doe';
    const storage = adapter ? storagePlugin({ adapter, key: () => key, wipeOnEnd: this.sharedDevice }) : null;
    let extra: ReadonlyArray<GamePlugin | false | null | undefined> = [];
    if (Array.isArray(this.plugins)) extra = this.plugins;
    else if (this.plugins)
      this.fail({
        code: 'plugins-invalid',
        message: {
          nl: 'De eigenschap plugins is geen lijst; het spel speelt zonder extra plugins.',
          en: 'The plugins property is not a list; the game plays without extra plugins.',
        },
      });
    return {
      deck,
      ...(this.followUp ? { followUp: this.followUp } : {}),
      plugins: [domEventsPlugin(this), this.readAloud, storage, ...extra],
      inspect: (event: InspectionEvent) => this.inspect(event),
    };
  }

  private inspect(event: InspectionEvent) {
    if (event.type !== 'od.problem') return;
    const { problem } = event;
    this.fail({ code: problem.code, message: problem.message, problem });
    if (STORAGE_CODES.has(problem.code) && !this._notes.some((n) => n.kind === 'storage'))
      this._notes = [...this._notes, { kind: 'storage' }];
  }

  /** Starts a game on the loaded deck; with `resume`, a saved session is restored first. */
  private async startGame(count: number, resume: boolean): Promise<void> {
    const deck = this.loadedDeck;
    if (!deck) return;
    const adapter = this.makeAdapter();
    this.adapter = adapter;
    let stored: unknown = null;
    if (adapter && resume) {
      try {
        stored = await adapter.load(this.sessionKey || 'ontdek-doe');
      } catch (cause) {
        this._notes = [...this._notes, { kind: 'storage' }];
        this.fail({
          code: cause instanceof StorageError ? cause.code : 'storage-failed',
          message: cause instanceof StorageError ? cause.messages : this.both('game.storageProblem'),
          cause,
        });
      }
      if (count !== this.loadCount) return;
      if (this.followUp && !this.isOpenFollowUp(stored)) stored = null;
    }
    let game: Game;
    try {
      const options = this.gameOptions(adapter, deck);
      if (stored === null || stored === undefined) game = createGame(options);
      else {
        const result = restoreGame(stored, options);
        game = result.game;
        if (!result.restored && result.error) {
          this._notes = [...this._notes, { kind: 'restore', goals: result.salvage?.goals ?? [] }];
          this.fail({ code: result.error.code, message: result.error.message, cause: result.error });
        } else if (this.sharedDevice && !['setup', 'finished'].includes(game.view().phase)) {
          this._resumePrompt = true;
        }
      }
    } catch (cause) {
      this._status = 'error';
      this._failure = { code: 'game-failed', key: 'game.setupFailed', retry: false };
      this.fail({ code: 'game-failed', message: this.both('game.setupFailed'), cause });
      return;
    }
    this.setGame(game);
    this._status = 'ready';
    this.focusIfWanted();
  }

  /** True for a saved session that is a follow-up still being played (so a follow-up resumes it). */
  private isOpenFollowUp(stored: unknown): boolean {
    if (stored === null || stored === undefined) return false;
    const parsed = parseSnapshot(stored);
    // A damaged save is still handed to restoreGame: it reports it and salvages the goals.
    if (!parsed.ok) return true;
    return parsed.snapshot.session.followUp !== null && parsed.snapshot.state !== 'finished';
  }

  private setGame(game: Game | null) {
    const old = this.controller.game;
    if (old === game) return;
    this.controller.game = game;
    this.lastPhase = null;
    this.provide();
    if (old) void old.stop();
  }

  /** Shared device, session over: drop the game (the storage plugin wipes what it saved) and start a clean one. */
  private async wipe() {
    this._finished = true;
    this._notes = [];
    await this.startGame(this.loadCount, false);
    void this.focusScreen();
  }

  private async newGame() {
    this._finished = false;
    this._notes = [];
    await this.startGame(this.loadCount, false);
    void this.focusScreen();
  }

  /** Shows the follow-up chooser (or the setup form again), with focus on its heading. */
  private chooseFollowUp(open: boolean) {
    this._choosingFollowUp = open;
    void this.focusScreen();
  }

  /** The leader chose summaries: a follow-up game on their goals starts (with storage, it replaces the saved setup). */
  private onFollowUpReady(event: OdFollowUpReadyEvent) {
    this.followUp = event.detail.followUp;
  }

  /** A follow-up on the goals of the session that just finished (kept on this device). */
  private followUpOnThis() {
    const game = this.game;
    if (!game) return;
    try {
      this.followUp = followUpFrom(game.getSession());
    } catch (cause) {
      this.fail({ code: 'followup-failed', message: this.both('followup.failed'), cause });
    }
  }

  private continueSaved() {
    this._resumePrompt = false;
    void this.focusScreen();
  }

  private async discardSaved() {
    const key = this.sessionKey || 'ontdek-doe';
    this._resumePrompt = false;
    const old = this.controller.game;
    this.setGame(null);
    await old?.stop();
    try {
      await this.adapter?.remove(key);
    } catch (cause) {
      this.fail({ code: 'storage-failed', message: this.both('game.storageProblem'), cause });
    }
    await this.startGame(this.loadCount, false);
    void this.focusScreen();
  }

  // ───────────────────────────── rendering ─────────────────────────────

  override render() {
    return html`
      <div part="game" class="game stack" lang=${this.i18n.language}>
        ${this.renderBody()}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"></div>
      </div>
    `;
  }

  private renderBody(): TemplateResult {
    if (this._status === 'loading')
      return html`<div part="message" class="message loading"><p>${this.t('game.loading')}</p></div>`;
    if (this._status === 'error' && this._failure) return this.renderFailure(this._failure);
    const view = this.controller.view;
    const deck = this.loadedDeck;
    if (!view || !deck) return html``;
    if (this._resumePrompt) return this.renderResumePrompt();
    if (this._finished) return this.renderFinished(true);
    const leaderBar = this.renderLeaderBar(view.phase);
    return html`
      <header part="header" class="header stack">
        <p class="deck-title" lang=${this.deckTextLanguage(deck.title)}>
          ${localize(deck.title, this.i18n.language, deck.defaultLanguage)}
        </p>
        ${this.renderJourney()} ${leaderBar}
      </header>
      ${this._notes.map((note) => this.renderNote(note))} ${view.paused ? this.renderPaused() : nothing}
      <div
        part="screen"
        class="screen"
        role="region"
        aria-label=${this.t('game.now', { phase: this.t(`journey.${view.phase}` as MessageKey) })}
        tabindex="-1"
        ?inert=${view.paused}
      >
        ${this.renderScreen(view.phase, view.session.sessionId)}
      </div>
    `;
  }

  private deckTextLanguage(text: Record<string, string>): string {
    const ui = this.i18n.language;
    return text[ui]?.trim() ? ui : (this.loadedDeck?.defaultLanguage ?? ui);
  }

  /** The decks of `decks` are in play: neither `deck` nor `deck-src` is set, and `decks` has some. */
  private choosableDecks(): boolean {
    const hasDeck = this.deck !== undefined && this.deck !== null;
    return !hasDeck && !this.deckSrc?.trim() && Array.isArray(this.decks) && this.decks.length > 0;
  }

  private chosenDeck(): DeckChoice | undefined {
    return this.decks.find((d) => d.id === this._deckChoice) ?? this.decks[0];
  }

  private onDeckChoose(event: OdDeckChooseEvent) {
    event.stopPropagation();
    if (!this.decks.some((d) => d.id === event.detail.deckId)) return;
    this.setupDraft = event.detail.draft;
    this.keepSetupDraft = true;
    this.focusWhenReady = true;
    this._deckChoice = event.detail.deckId;
  }

  private renderScreen(phase: Phase, sessionId: string): unknown {
    switch (phase) {
      case 'setup':
        if (this._choosingFollowUp) return this.renderFollowUpChooser();
        // A new element for every session: nothing typed for an earlier game is ever shown again.
        return html`${keyed(
          sessionId,
          html`<ontdek-doe-setup
            .mode=${MODES.includes(this.mode) ? this.mode : 'solo'}
            .seed=${Number.isFinite(this.seed) ? this.seed : undefined}
            session-language=${this.lang || this.effectiveLang}
            .deckChoices=${this.choosableDecks() ? this.decks.map(({ id, title }) => ({ id, title })) : []}
            deck-chosen=${this.chosenDeck()?.id ?? ''}
            .draft=${this.setupDraft}
            @od-deck-choose=${this.onDeckChoose}
          ></ontdek-doe-setup>`,
        )}
        ${this.game?.getSession().followUp ? nothing : this.renderFollowUpOffer()}`;
      case 'discover':
        return html`<ontdek-doe-discover></ontdek-doe-discover>`;
      case 'matters':
        return html`<ontdek-doe-matters></ontdek-doe-matters>`;
      case 'do':
        return html`<ontdek-doe-goals></ontdek-doe-goals>`;
      case 'summary':
        return html`<ontdek-doe-summary ?shared-device=${this.sharedDevice}></ontdek-doe-summary>`;
      case 'checkIn':
        return html`<ontdek-doe-checkin></ontdek-doe-checkin>`;
      case 'finished':
        return this.renderFinished(false);
    }
  }

  private renderFollowUpOffer() {
    return html`<div part="follow-up" class="follow-up stack">
      <p id="follow-up-hint">${this.t('game.followUpHint')}</p>
      <div class="row">
        <button
          type="button"
          part="button"
          class="follow-up-open"
          aria-describedby="follow-up-hint"
          @click=${() => this.chooseFollowUp(true)}
        >
          ${this.t('followup.heading')}
        </button>
      </div>
    </div>`;
  }

  private renderFollowUpChooser() {
    return html`<ontdek-doe-followup-start
        @od-followup-ready=${this.onFollowUpReady}
      ></ontdek-doe-followup-start>
      <div class="row follow-up-back">
        <button type="button" part="button" class="follow-up-back" @click=${() => this.chooseFollowUp(false)}>
          ${this.t('game.followUpBack')}
        </button>
      </div>`;
  }

  private renderJourney() {
    return journeyPath(
      this.controller.view?.progress.phases ?? [],
      this.t('journey.label'),
      (phase) => this.t(`journey.${phase}` as MessageKey),
      this.t('journey.done'),
    );
  }

  private renderLeaderBar(phase: Phase) {
    const game = this.game;
    const mode = this.controller.view?.session.settings.mode;
    // In discover, the leader's panel on the screen has these buttons, next to the card's hints.
    if (!game || (mode !== 'led' && mode !== 'group') || !SCREENS[phase]) return nothing;
    const pause = game.can({ type: 'leader.pause' });
    const end = game.can({ type: 'leader.endPhase' });
    if (!pause && !end) return nothing;
    return html`
      <div part="leader-bar" class="leader-bar row" role="group" aria-label=${this.t('game.leaderBar')}>
        ${
          pause
            ? html`<button
                type="button"
                part="button"
                class="pause"
                @click=${() => this.leader('leader.pause')}
              >
                ${this.t('game.pause')}
              </button>`
            : nothing
        }
        ${
          end
            ? html`<button
                type="button"
                part="button"
                class="end-phase"
                @click=${() => this.leader('leader.endPhase')}
              >
                ${this.t('game.endPhase')}
              </button>`
            : nothing
        }
      </div>
    `;
  }

  private leader(type: 'leader.pause' | 'leader.resume' | 'leader.endPhase') {
    const result = this.controller.send({ type });
    if (!result.accepted) this.announce(result.reason.message[this.i18n.language]);
    else if (type === 'leader.resume') this.announce(this.t('leader.resumed'));
    else if (type === 'leader.pause') this.announce(this.t('leader.paused'));
  }

  private renderPaused() {
    return gameMessage({
      className: 'paused',
      title: this.t('game.pausedTitle'),
      text: this.t('game.pausedText'),
      buttons: [
        {
          label: this.t('game.resume'),
          className: 'resume',
          primary: true,
          onClick: () => this.leader('leader.resume'),
        },
      ],
    });
  }

  private renderNote(note: Note) {
    const close = () => (this._notes = this._notes.filter((n) => n !== note));
    if (note.kind === 'storage')
      return html`<div part="note" class="note row">
        <p>${this.t('game.storageProblem')}</p>
        <button type="button" part="button" @click=${close}>${this.t('game.closeNote')}</button>
      </div>`;
    return html`
      <section part="note" class="note stack" aria-labelledby="restore-title">
        <h2 id="restore-title">${this.t('game.restoreTitle')}</h2>
        <p>${this.t('game.restoreFailed')}</p>
        ${
          note.goals.length > 0
            ? html`<p>${this.t('game.salvagedGoals')}</p>
                <ul class="salvage">
                  ${note.goals.map(
                    (goal) =>
                      html`<li>
                        <strong dir="auto">${goal.text}</strong>
                        <span dir="auto">${this.t('game.salvagedStep', { step: goal.firstStep })}</span>
                      </li>`,
                  )}
                </ul>`
            : nothing
        }
        <div class="row">
          <button type="button" part="button" @click=${close}>${this.t('game.closeNote')}</button>
        </div>
      </section>
    `;
  }

  private renderFailure(failure: Failure) {
    return gameMessage({
      className: 'failure',
      title: this.t('game.errorTitle'),
      text: this.t(failure.key, failure.values),
      extra: failure.details
        ? html`<details class="details">
            <summary>${this.t('game.deckProblems')}</summary>
            <pre>${failure.details}</pre>
          </details>`
        : nothing,
      buttons: failure.retry
        ? [
            {
              label: this.t('game.retry'),
              className: 'retry',
              primary: true,
              onClick: () => void this.retry(),
            },
          ]
        : [],
    });
  }

  private renderResumePrompt() {
    return gameMessage({
      className: 'resume-prompt',
      title: this.t('game.resumeTitle'),
      text: this.t('game.resumeText'),
      buttons: [
        {
          label: this.t('game.resumeContinue'),
          className: 'continue',
          primary: true,
          onClick: () => this.continueSaved(),
        },
        {
          label: this.t('game.resumeDiscard'),
          className: 'discard',
          onClick: () => void this.discardSaved(),
        },
      ],
    });
  }

  private renderFinished(wiped: boolean) {
    const buttons: MessageButton[] = [
      {
        label: this.t('game.newGame'),
        className: 'new-game',
        primary: true,
        onClick: () => void this.newGame(),
      },
    ];
    // On a shared device the session is wiped right after this render: nothing of it is shown.
    const session = wiped || this.sharedDevice ? null : this.game?.getSession();
    // Kept on this device: the summary stays to print or download, and its goals can be followed up.
    if (session && openGoals(session).length > 0)
      buttons.push({
        label: this.t('game.followUpThis'),
        className: 'follow-up-this',
        onClick: () => this.followUpOnThis(),
      });
    const message = gameMessage({
      className: 'finished',
      title: this.t('game.finishedTitle'),
      text: this.t('game.finishedText'),
      extra: wiped ? html`<p>${this.t('game.finishedWiped')}</p>` : nothing,
      buttons,
    });
    return session
      ? html`<div class="stack">${message}<ontdek-doe-summary></ontdek-doe-summary></div>`
      : message;
  }
}
