/**
 * The shared vocabulary of Ontdek & Doe. Every concept file imports its domain words from here,
 * so a word (a card, a turn, a goal) is defined once.
 *
 * Layout of this file: deck → session settings → answers and goals → summary → snapshots →
 * plugins. Runtime values (schemas, machines) live in their own files.
 */

// ───────────────────────────── Deck ─────────────────────────────

/** A language code as used in decks and UI: `nl`, `en`, `ar`, `pt-BR` (BCP 47, lower-case primary tag). */
export type LanguageCode = string;

/** Text in one or more languages, keyed by language code. The deck's default language is required. */
export type LocalizedText = Record<LanguageCode, string>;

/** The schema version this build of the core reads and writes. Older versions migrate forward. */
export const DECK_SCHEMA_VERSION = 2 as const;

/** The card families of the game: the four lenses plus action challenges and life events. */
export const CARD_FAMILIES = ['wish', 'strength', 'doing', 'need', 'action', 'life-event'] as const;
/** A card family: wish (Willen), strength (Kunnen), doing (Doen), need (Nodig), action (Doe-opdracht), life-event. */
export type CardFamily = (typeof CARD_FAMILIES)[number];

/** Depth 1 is light, 3 is deep. The leader sets the maximum a session may reach. */
export type Depth = 1 | 2 | 3;

/** Built-in answer kinds. Plugins may add more (see {@link AnswerKindDefinition}). */
export const BUILT_IN_ANSWER_KINDS = ['talk', 'text', 'faces', 'choice'] as const;
export type BuiltInAnswerKind = (typeof BUILT_IN_ANSWER_KINDS)[number];

/** One option of a choice card. `icon` names an icon shipped with the deck's content package. */
export interface ChoiceOption {
  id: string;
  label: LocalizedText;
  icon?: string;
}

/** How a card is answered. */
export type AnswerSpec =
  | { kind: 'talk' }
  | { kind: 'text'; maxLength?: number }
  | { kind: 'faces' }
  | { kind: 'choice'; options: ChoiceOption[]; multiple?: boolean }
  | PluginAnswerSpec;

/**
 * The name of an answer kind a plugin adds: namespaced with a colon (`traffic-light:scale`), so it
 * can never clash with a built-in kind and TypeScript can still tell the built-in kinds apart.
 */
export type PluginAnswerKind = `${string}:${string}`;

/** An answer kind contributed by a plugin; `config` is free-form data for that plugin. */
export interface PluginAnswerSpec {
  kind: PluginAnswerKind;
  config?: Record<string, unknown>;
}

/** A picture on a card, with a text alternative per language. */
export interface Picture {
  src: string;
  alt: LocalizedText;
}

/** A life domain. A deck defines its own list. */
export interface Theme {
  id: string;
  title: LocalizedText;
  /** `#rgb` or `#rrggbb`. */
  colour: string;
  /** Name of an icon shipped with the content package, e.g. `heart`. */
  icon: string;
}

/** One question card. */
export interface Card {
  id: string;
  family: CardFamily;
  /** A theme id from the deck's `themes`. */
  theme: string;
  depth: Depth;
  /** The question in standard language. */
  prompt: LocalizedText;
  /** The same question in easy language (short sentences, everyday words), per language. */
  easy?: LocalizedText;
  picture?: Picture;
  answer: AnswerSpec;
  /** Coaching hints for the game leader; players never see these. */
  hints?: LocalizedText[];
  /** Follow-up questions the leader may ask; players never see these. */
  followUps?: LocalizedText[];
  /** The card is only drawn for players at least this old (when their age is known). */
  minimumAge?: number;
  /** Free tags for trainers (search, statistics). */
  tags?: string[];
  /** Sensitivity tags such as `loss`, `money-worries`, `trauma`; a leader can exclude them at setup. */
  sensitivity?: string[];
}

/** A validated deck. Produce one with `parseDeck`. */
export interface Deck {
  schemaVersion: typeof DECK_SCHEMA_VERSION;
  id: string;
  version: string;
  title: LocalizedText;
  description: LocalizedText;
  languages: LanguageCode[];
  defaultLanguage: LanguageCode;
  minimumAge: number;
  themes: Theme[];
  cards: Card[];
}

/** What a session remembers of the deck it was played with, so a follow-up knows when it changed. */
export interface DeckRef {
  id: string;
  version: string;
  /** A content hash of the deck (not a security hash; it detects change). */
  hash: string;
}

// ──────────────────────── Deck problems ────────────────────────

/** How bad a deck problem is: an error makes the deck unplayable, a warning does not. */
export type Severity = 'error' | 'warning';

/** A path into the deck, e.g. `['cards', 12, 'prompt', 'en']`. */
export type IssuePath = (string | number)[];

/**
 * One problem found in a deck: data, not text. `message` holds the plain-language
 * explanation in Dutch and English; `params` holds the values that went into it.
 */
export interface DeckIssue {
  code: string;
  severity: Severity;
  path: IssuePath;
  message: { nl: string; en: string };
  params?: Record<string, string | number>;
}

/** The result of `parseDeck`: a deck (maybe with warnings), or every problem at once. */
export type ParseDeckResult =
  { ok: true; deck: Deck; warnings: DeckIssue[] } | { ok: false; errors: DeckIssue[]; warnings: DeckIssue[] };

// ─────────────────────────── Session ───────────────────────────

/** solo: one player alone; led: one player with a leader; group: 2–8 players with a leader. */
export type GameMode = 'solo' | 'led' | 'group';

/** Standard text or easy language. */
export type ReadingLevel = 'standard' | 'easy';

/** A player as given at setup: an alias only, never a real name needed. */
export interface PlayerSetup {
  alias: string;
  /** Used only to leave out cards above the player's age. */
  age?: number;
  /** Defaults to the session language. */
  language?: LanguageCode;
  /** Defaults to `standard`. */
  reading?: ReadingLevel;
}

/** A player in a running session. */
export interface Player {
  id: string;
  alias: string;
  age?: number;
  language: LanguageCode;
  reading: ReadingLevel;
  /** The player chose to show their private answers in their own summary. */
  includePrivateInSummary: boolean;
}

/** What the leader chooses at setup. */
export interface GameSettings {
  mode: GameMode;
  players: PlayerSetup[];
  /** The session (and leader) language. */
  language: LanguageCode;
  /** Theme ids to draw from; empty means every theme. */
  themes: string[];
  maxDepth: Depth;
  /** How many cards each player gets in the discover phase. */
  cardsPerPlayer: number;
  /** Sensitivity tags to leave out, e.g. `['loss']`. */
  excludeSensitivity: string[];
  /** Same seed + same events = same game. */
  seed: number;
}

/** Who put the answer into words. */
export type GivenBy = 'self' | 'with-help' | 'on-behalf';

/** What a player answered; every kind may carry the player's own words in `text`. */
export type AnswerValue =
  | { kind: 'talk'; text?: string }
  | { kind: 'text'; text: string }
  | { kind: 'faces'; face: 1 | 2 | 3 | 4 | 5; text?: string }
  | { kind: 'choice'; options: string[]; text?: string }
  | { kind: PluginAnswerKind; value?: unknown; text?: string };

/** A reaction another player adds to an answer in a group. */
export interface Reaction {
  playerId: string;
  text: string;
}

/** One answered card. */
export interface Answer {
  id: string;
  cardId: string;
  playerId: string;
  value: AnswerValue;
  starred: boolean;
  private: boolean;
  givenBy: GivenBy;
  reactions: Reaction[];
  /** The turn number in which it was given (0-based), for ordering. */
  turn: number;
}

/** A card that was drawn and what became of it. Passed and skipped cards never count against anyone. */
export interface TurnRecord {
  turn: number;
  playerId: string;
  cardId: string;
  outcome: 'answered' | 'passed' | 'skipped' | 'redrawn';
}

/** Something a player chose as what matters most. */
export type MattersItem =
  { type: 'answer'; answerId: string } | { type: 'theme'; themeId: string } | { type: 'own'; text: string };

/** Who can help with a goal. */
export interface Helper {
  kind: 'self' | 'network' | 'professional';
  /** In the player's own words: "my sister", "the library". */
  who?: string;
}

/** What a player writes down in the Do phase. */
export interface GoalInput {
  text: string;
  theme?: string;
  firstStep: string;
  when?: string;
  helpers: Helper[];
  /** What the player needs, in their own words: never mapped to a catalogue of services. */
  need?: string;
  /** 1–10. */
  confidence: number;
  /** The answer this goal grew from, if any. */
  fromAnswerId?: string;
}

/** A goal in a session. */
export interface Goal extends GoalInput {
  id: string;
  playerId: string;
  /** Set when this goal continues a goal from an earlier session. */
  continuesGoalId?: string;
}

/** How a goal went, told at a follow-up. */
export type CheckInStatus = 'done' | 'partly' | 'not-yet';

/** One follow-up check-in on an earlier goal. */
export interface CheckIn {
  goalId: string;
  playerId: string;
  status: CheckInStatus;
  helped?: string;
  obstacles?: string;
  nextStep?: string;
  when?: string;
  confidence?: number;
}

/** The phases of the game, in order. `checkIn` only occurs in a follow-up session. */
export const PHASES = ['setup', 'checkIn', 'discover', 'matters', 'do', 'summary', 'finished'] as const;
export type Phase = (typeof PHASES)[number];

/** An earlier session's goals that a follow-up session starts from. */
export interface FollowUpSource {
  /** The earlier session's id. */
  sessionId: string;
  deck: DeckRef;
  players: Player[];
  goals: Goal[];
}

/** Everything a session holds. It is plain JSON. */
export interface SessionState {
  sessionId: string;
  deck: DeckRef;
  settings: GameSettings;
  players: Player[];
  /** Index into `players` of whose turn it is. */
  turnIndex: number;
  /** Count of finished turns in discover (answered or passed), for fair rotation. */
  turn: number;
  /** Card ids in the order they will be drawn (already filtered and shuffled). */
  drawPile: string[];
  /** The card in play, if any. */
  current: { cardId: string; playerId: string } | null;
  /** The answer given to the current card, while the card is still on screen. */
  currentAnswerId: string | null;
  history: TurnRecord[];
  answers: Answer[];
  matters: Record<string, MattersItem[]>;
  goals: Goal[];
  checkIns: CheckIn[];
  followUp: FollowUpSource | null;
  paused: boolean;
  /** Counter for deterministic ids. */
  nextId: number;
  /** ISO date the session started (from the game's clock). */
  startedAt: string;
  /** ISO date the session finished. */
  finishedAt: string | null;
}

// ─────────────────────────── Summary ───────────────────────────

/** The four lenses a summary is ordered by, plus what did not fit them. */
export type Lens = 'want' | 'can' | 'do' | 'need' | 'more';

export interface SummaryAnswer {
  answerId: string;
  cardId: string;
  family: CardFamily;
  theme: string;
  /** The theme's title in the summary's language. */
  themeTitle: string;
  /** The card's question in the player's language and reading level. */
  prompt: string;
  /** The player's own words, the chosen options' labels or the face, as text; '' when only told out loud. */
  answer: string;
  /** The face chosen on a face scale (1 very unhappy … 5 very happy). */
  face?: number;
  /** Ids of the chosen options on a choice card. */
  options?: string[];
  starred: boolean;
  givenBy: GivenBy;
  reactions: { alias: string; text: string }[];
}

/** A player's summary: ready to render, print or download. */
export interface PlayerSummary {
  sessionId: string;
  deck: DeckRef;
  language: LanguageCode;
  player: Player;
  date: string;
  lenses: Record<Lens, SummaryAnswer[]>;
  /** The answers the player starred as important, in the order they were given. */
  starred: SummaryAnswer[];
  /** Answers that were told out loud only, without words written down. */
  toldAloud: number;
  matters: { label: string; item: MattersItem }[];
  goals: Goal[];
  /** Follow-up check-ins, each with the earlier goal it is about. */
  checkIns: (CheckIn & { goal: Goal })[];
  /** Sections contributed by plugins. */
  sections: { id: string; title: string; items: string[] }[];
}

// ────────────────────────── Snapshots ──────────────────────────

/** The format marker of a saved session. */
export const SNAPSHOT_FORMAT = 'ontdek-doe/session' as const;
/** The snapshot version this build writes. Older versions migrate forward. */
export const SNAPSHOT_VERSION = 1 as const;

/** A saved session: plain JSON, versioned. Restoring it resumes exactly where play stopped. */
export interface SessionSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  /** The machine state, e.g. `discover.answered`. */
  state: string;
  session: SessionState;
}

// ─────────────────────────── Plugins ───────────────────────────

/** A storage back end. Every method may be async. Keys are session ids. */
export interface StorageAdapter {
  load(key: string): SessionSnapshot | unknown | null | Promise<SessionSnapshot | unknown | null>;
  save(key: string, snapshot: SessionSnapshot): void | Promise<void>;
  remove(key: string): void | Promise<void>;
  /** Keys of stored sessions, if the adapter can list them. */
  keys?(): string[] | Promise<string[]>;
}

/** Anonymous, aggregated insight: counts only, never free text or aliases. */
export interface InsightCounts {
  sessions: number;
  themesChosen: Record<string, number>;
  needsByTheme: Record<string, number>;
  cardsPassed: Record<string, number>;
  cardsStarred: Record<string, number>;
  goalsByTheme: Record<string, number>;
}

/** Where the insights plugin sends its counts (a host's endpoint, a file, memory). */
export interface InsightsSink {
  record(counts: InsightCounts): void | Promise<void>;
}

// ──────────────────────────── Events ───────────────────────────
// Machine events are dot-namespaced so a log reads like a story.

export type GameEvent =
  // setup
  | {
      type: 'session.start';
      settings: GameSettings;
      /** ISO date; the facade fills it from its clock. */ at?: string;
    }
  // discover: the player in turn
  | { type: 'player.answer'; value: AnswerValue; givenBy?: GivenBy; private?: boolean; starred?: boolean }
  | { type: 'player.pass' }
  | { type: 'player.changeAnswer'; answerId: string; value: AnswerValue }
  | { type: 'answer.star'; answerId: string; starred: boolean }
  | { type: 'answer.private'; answerId: string; private: boolean }
  | { type: 'group.react'; answerId: string; playerId: string; text: string }
  | { type: 'turn.next' }
  // settings a player may change at any time
  | { type: 'player.language'; playerId: string; language?: LanguageCode; reading?: ReadingLevel }
  | { type: 'player.includePrivate'; playerId: string; include: boolean }
  // the leader
  | { type: 'leader.skip' }
  | { type: 'leader.redraw' }
  | { type: 'leader.pause' }
  | { type: 'leader.resume' }
  | { type: 'leader.endPhase' }
  // what matters
  | { type: 'matters.choose'; playerId: string; items: MattersItem[] }
  // do
  | { type: 'goal.set'; playerId: string; goal: GoalInput }
  | { type: 'goal.update'; goalId: string; goal: Partial<GoalInput> }
  | { type: 'goal.remove'; goalId: string }
  // follow-up
  | { type: 'checkIn.record'; checkIn: Omit<CheckIn, 'playerId'> }
  // moving on
  | { type: 'phase.next' }
  | { type: 'session.finish'; /** ISO date; the facade fills it from its clock. */ at?: string };

/** The `type` of every game event. */
export type GameEventType = GameEvent['type'];
/** The event of one type, e.g. `EventOfType<'goal.set'>`. */
export type EventOfType<T extends GameEventType> = Extract<GameEvent, { type: T }>;

// ─────────────────────────── Plugins ───────────────────────────

/**
 * The smallest schema contract an answer kind needs: the Standard Schema interface that zod,
 * zod/mini, valibot and arktype all implement. Validation must be synchronous.
 */
export interface ValueSchema<T = unknown> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    validate(value: unknown): StandardResult<T> | Promise<StandardResult<T>>;
  };
}
export type StandardResult<T> =
  | { readonly value: T; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<{ readonly message: string }> };

/** An answer kind a plugin adds, e.g. a drawing or a 'traffic light'. */
export interface AnswerKindDefinition {
  kind: PluginAnswerKind;
  /** Checks `AnswerValue.value` for this kind. */
  schema: ValueSchema;
  /** Turns a value into words for the summary. */
  toText?(value: unknown, language: LanguageCode): string;
}

/** A section a plugin adds to each player's summary. */
export interface SummarySection {
  id: string;
  title: LocalizedText;
  build(session: SessionState, playerId: string, deck: Deck): string[];
}

/** What a plugin may see and do. It never reaches into the machine itself. */
export interface PluginContext {
  readonly deck: Deck;
  /** The session as it is now. */
  getSession(): SessionState;
  /** The machine state, e.g. `discover.card`. */
  getState(): string;
  /** A versioned JSON snapshot of the session. */
  getSnapshot(): SessionSnapshot;
  /** Send an event into the game, as a player or leader would. */
  send(event: GameEvent): void;
  /** Report a problem (shown to the host through `inspect` and `game.problems`) without stopping the game. */
  report(problem: Omit<GameProblem, 'plugin'> & { plugin?: string }): void;
}

/**
 * A plugin is a plain object, made by a factory function. Hooks run in registration order
 * (`enforce: 'pre'` plugins first, `'post'` last), one after the other; a hook that throws or
 * rejects is reported and the game goes on. Hooks are not awaited: the game never waits for a plugin.
 */
export interface GamePlugin {
  /** Unique name; built-in plugins are named `od:*`. */
  name: string;
  enforce?: 'pre' | 'post';
  /** Runs once when the game is created, before any other hook. */
  setup?(ctx: PluginContext): void | Promise<void>;
  /** The deck the game plays with. */
  deckLoaded?(deck: Deck, ctx: PluginContext): void | Promise<void>;
  /** The leader started the session (after setup). */
  sessionStarted?(session: SessionState, ctx: PluginContext): void | Promise<void>;
  /** A card was drawn for a player. */
  cardShown?(info: { card: Card; player: Player }, ctx: PluginContext): void | Promise<void>;
  /** A player answered (or changed an answer). */
  answerGiven?(
    info: { answer: Answer; card: Card; player: Player },
    ctx: PluginContext,
  ): void | Promise<void>;
  /** A goal was set or changed. */
  goalSet?(info: { goal: Goal; player: Player }, ctx: PluginContext): void | Promise<void>;
  /** The session finished. */
  sessionEnded?(session: SessionState, ctx: PluginContext): void | Promise<void>;
  /** Every event the game accepted, after it was applied. */
  event?(event: GameEvent, ctx: PluginContext): void | Promise<void>;
  /** The session changed; `snapshot` is ready to store. */
  snapshot?(snapshot: SessionSnapshot, ctx: PluginContext): void | Promise<void>;
  /** The game is stopped; release what the plugin holds. */
  dispose?(): void | Promise<void>;
  answerKinds?: AnswerKindDefinition[];
  summarySections?: SummarySection[];
  storage?: StorageAdapter;
  insights?: InsightsSink;
}

/** The names of the hooks a plugin can have. */
export type PluginHook =
  | 'setup'
  | 'deckLoaded'
  | 'sessionStarted'
  | 'cardShown'
  | 'answerGiven'
  | 'goalSet'
  | 'sessionEnded'
  | 'event'
  | 'snapshot'
  | 'dispose';

/** A problem the game met and went on from: a plugin that threw, storage that failed. */
export interface GameProblem {
  /** Stable code, e.g. `plugin-failed`, `storage-quota`, `storage-failed`. */
  code: string;
  /** The plugin it came from. */
  plugin: string;
  /** The hook it happened in, if any. */
  hook?: PluginHook;
  /** Plain language, Dutch and English. */
  message: { nl: string; en: string };
  cause?: unknown;
}

/** What the `inspect` option receives: one typed stream instead of many callbacks. */
export type InspectionEvent =
  | { type: 'od.event'; event: GameEvent; accepted: boolean; state: string }
  | { type: 'od.problem'; problem: GameProblem };
