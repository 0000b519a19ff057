/**
 * Pure updates of the session: (session, event) → new session. The machine decides *when* each
 * runs; these decide *what* changes. Nothing here reads a clock or Math.random, so a replay of the
 * same events gives the same session.
 */
import type {
  Card,
  CheckIn,
  EventOfType,
  FollowUpSource,
  GameSettings,
  Goal,
  GoalInput,
  MattersItem,
  Player,
  SessionState,
  TurnRecord,
} from '../types.ts';
import { buildDrawPile, nextCardFor } from './drawPile.ts';
import { jsonCopy } from './jsonCopy.ts';

export type Cards = ReadonlyMap<string, Card>;

/** A fresh session before setup. */
export function emptySession(args: {
  sessionId: string;
  deck: SessionState['deck'];
  startedAt: string;
  followUp?: FollowUpSource | null;
}): SessionState {
  return {
    sessionId: args.sessionId,
    deck: args.deck,
    settings: {
      mode: 'solo',
      players: [],
      language: 'nl',
      themes: [],
      maxDepth: 1,
      cardsPerPlayer: 0,
      excludeSensitivity: [],
      seed: 0,
    },
    players: [],
    turnIndex: 0,
    turn: 0,
    drawPile: [],
    current: null,
    currentAnswerId: null,
    history: [],
    answers: [],
    matters: {},
    goals: [],
    checkIns: [],
    followUp: args.followUp ?? null,
    paused: false,
    nextId: 1,
    startedAt: args.startedAt,
    finishedAt: null,
  };
}

/** Players from the setup; in a follow-up a returning alias keeps its earlier id, so goals stay theirs. */
function makePlayers(settings: GameSettings, followUp: FollowUpSource | null): Player[] {
  const used = new Set<string>();
  const earlier = new Map((followUp?.players ?? []).map((p) => [p.alias.trim().toLowerCase(), p.id]));
  return settings.players.map((setup, i) => {
    let id = earlier.get(setup.alias.trim().toLowerCase());
    if (!id || used.has(id)) {
      let n = i + 1;
      while (used.has(`p${n}`) || [...earlier.values()].includes(`p${n}`)) n++;
      id = `p${n}`;
    }
    used.add(id);
    const player: Player = {
      id,
      alias: setup.alias.trim(),
      language: setup.language ?? settings.language,
      reading: setup.reading ?? 'standard',
      includePrivateInSummary: false,
    };
    if (setup.age !== undefined) player.age = setup.age;
    return player;
  });
}

export function startSession(
  session: SessionState,
  event: EventOfType<'session.start'>,
  deck: Parameters<typeof buildDrawPile>[0],
  isPlayable?: (card: Card) => boolean,
): SessionState {
  const settings = copySettings(event.settings);
  return {
    ...session,
    settings,
    players: makePlayers(settings, session.followUp),
    drawPile: buildDrawPile(deck, settings, isPlayable),
    startedAt: event.at ?? session.startedAt,
  };
}

/** The known fields of the settings, copied (see {@link pickGoal} for why). */
function copySettings(s: GameSettings): GameSettings {
  return {
    mode: s.mode,
    players: Array.from(s.players, (p) => {
      const player: GameSettings['players'][number] = { alias: p.alias };
      if (p.age !== undefined) player.age = p.age;
      if (p.language !== undefined) player.language = p.language;
      if (p.reading !== undefined) player.reading = p.reading;
      return player;
    }),
    language: s.language,
    themes: [...s.themes],
    maxDepth: s.maxDepth,
    cardsPerPlayer: s.cardsPerPlayer,
    excludeSensitivity: [...s.excludeSensitivity],
    seed: s.seed,
  };
}

/** Turns a player has taken in discover: answered or passed cards (skips and redraws never count). */
export function turnsTaken(session: SessionState, playerId: string): number {
  let n = 0;
  for (const h of session.history)
    if (h.playerId === playerId && (h.outcome === 'answered' || h.outcome === 'passed')) n++;
  return n;
}

function needsTurn(session: SessionState, player: Player, cards: Cards): boolean {
  return (
    turnsTaken(session, player.id) < session.settings.cardsPerPlayer &&
    nextCardFor(session.drawPile, player, cards) !== undefined
  );
}

/** True when no player still needs a card that can be drawn for them. */
export function discoverDone(session: SessionState, cards: Cards): boolean {
  return !session.players.some((p) => needsTurn(session, p, cards));
}

/**
 * Puts the next card on the table. Fair rotation: the turn goes to a player with the fewest turns
 * taken, the first such player in seating order from `from` (the player in turn, or the one after).
 * Players who are done or have no fitting card left are passed by.
 */
export function drawCard(
  session: SessionState,
  cards: Cards,
  from: number = session.turnIndex,
): SessionState {
  const n = session.players.length;
  let fewest = Infinity;
  for (const p of session.players)
    if (needsTurn(session, p, cards)) fewest = Math.min(fewest, turnsTaken(session, p.id));
  for (let step = 0; step < n && fewest !== Infinity; step++) {
    const index = (from + step) % n;
    const player = session.players[index]!;
    if (!needsTurn(session, player, cards) || turnsTaken(session, player.id) !== fewest) continue;
    const cardId = nextCardFor(session.drawPile, player, cards)!;
    return {
      ...session,
      turnIndex: index,
      drawPile: session.drawPile.filter((id) => id !== cardId),
      current: { cardId, playerId: player.id },
      currentAnswerId: null,
    };
  }
  return { ...session, current: null, currentAnswerId: null };
}

function closeCard(session: SessionState, outcome: TurnRecord['outcome']): SessionState {
  if (!session.current) return session;
  const record: TurnRecord = {
    turn: session.turn,
    playerId: session.current.playerId,
    cardId: session.current.cardId,
    outcome,
  };
  const counts = outcome === 'answered' || outcome === 'passed';
  return {
    ...session,
    history: [...session.history, record],
    turn: counts ? session.turn + 1 : session.turn,
  };
}

export function answerCard(session: SessionState, event: EventOfType<'player.answer'>): SessionState {
  if (!session.current) return session;
  const id = `a${session.nextId}`;
  const closed = closeCard(session, 'answered');
  return {
    ...closed,
    nextId: session.nextId + 1,
    currentAnswerId: id,
    answers: [
      ...session.answers,
      {
        id,
        cardId: session.current.cardId,
        playerId: session.current.playerId,
        value: jsonCopy(event.value),
        starred: event.starred === true,
        private: event.private === true,
        givenBy: event.givenBy ?? 'self',
        reactions: [],
        turn: session.turn,
      },
    ],
  };
}

/** After an answer (or a pass, or a skip) the turn goes to the next player and a card is drawn. */
export function nextTurn(session: SessionState, cards: Cards): SessionState {
  const n = session.players.length;
  return drawCard(
    { ...session, current: null, currentAnswerId: null },
    cards,
    n === 0 ? 0 : (session.turnIndex + 1) % n,
  );
}

export const passCard = (session: SessionState, cards: Cards) =>
  nextTurn(closeCard(session, 'passed'), cards);
export const skipCard = (session: SessionState, cards: Cards) =>
  nextTurn(closeCard(session, 'skipped'), cards);
export const redrawCard = (session: SessionState, cards: Cards) =>
  drawCard(closeCard(session, 'redrawn'), cards, session.turnIndex);

/** Closes the discover phase: an open card nobody answered goes back unplayed (recorded as skipped). */
export function endDiscover(session: SessionState): SessionState {
  const closed = session.current && !session.currentAnswerId ? closeCard(session, 'skipped') : session;
  return { ...closed, current: null, currentAnswerId: null, turnIndex: 0 };
}

export function changeAnswer(session: SessionState, event: EventOfType<'player.changeAnswer'>): SessionState {
  return {
    ...session,
    answers: session.answers.map((a) =>
      a.id === event.answerId ? { ...a, value: jsonCopy(event.value) } : a,
    ),
  };
}

export function markAnswer(
  session: SessionState,
  answerId: string,
  patch: { starred?: boolean; private?: boolean },
): SessionState {
  return { ...session, answers: session.answers.map((a) => (a.id === answerId ? { ...a, ...patch } : a)) };
}

export function addReaction(session: SessionState, event: EventOfType<'group.react'>): SessionState {
  return {
    ...session,
    answers: session.answers.map((a) =>
      a.id === event.answerId
        ? { ...a, reactions: [...a.reactions, { playerId: event.playerId, text: event.text }] }
        : a,
    ),
  };
}

export function setPlayer(session: SessionState, playerId: string, patch: Partial<Player>): SessionState {
  return { ...session, players: session.players.map((p) => (p.id === playerId ? { ...p, ...patch } : p)) };
}

export function chooseMatters(session: SessionState, event: EventOfType<'matters.choose'>): SessionState {
  const items: MattersItem[] = event.items.map((i) =>
    i.type === 'answer'
      ? { type: 'answer', answerId: i.answerId }
      : i.type === 'theme'
        ? { type: 'theme', themeId: i.themeId }
        : { type: 'own', text: i.text },
  );
  return { ...session, matters: { ...session.matters, [event.playerId]: items } };
}

/**
 * The known fields of a goal, copied: a host's form object may carry more, and may be reused for
 * the next goal, so nothing of it is kept by reference.
 */
export function pickGoal(input: GoalInput): GoalInput {
  const goal: GoalInput = {
    text: input.text,
    firstStep: input.firstStep,
    helpers: input.helpers.map((h) =>
      h.who !== undefined ? { kind: h.kind, who: h.who } : { kind: h.kind },
    ),
    confidence: input.confidence,
  };
  if (input.theme !== undefined) goal.theme = input.theme;
  if (input.when !== undefined) goal.when = input.when;
  if (input.need !== undefined) goal.need = input.need;
  if (input.fromAnswerId !== undefined) goal.fromAnswerId = input.fromAnswerId;
  return goal;
}

export function setGoal(session: SessionState, event: EventOfType<'goal.set'>): SessionState {
  const goal: Goal = { ...pickGoal(event.goal), id: `g${session.nextId}`, playerId: event.playerId };
  return { ...session, nextId: session.nextId + 1, goals: [...session.goals, goal] };
}

export function updateGoal(session: SessionState, event: EventOfType<'goal.update'>): SessionState {
  return {
    ...session,
    goals: session.goals.map((g) => {
      if (g.id !== event.goalId) return g;
      const goal: Goal = { ...pickGoal({ ...g, ...event.goal }), id: g.id, playerId: g.playerId };
      if (g.continuesGoalId !== undefined) goal.continuesGoalId = g.continuesGoalId;
      return goal;
    }),
  };
}

export function removeGoal(session: SessionState, goalId: string): SessionState {
  return { ...session, goals: session.goals.filter((g) => g.id !== goalId) };
}

/**
 * Records how an earlier goal went. A next step turns into a goal of this session that continues
 * the earlier one, so it shows up in the new summary and the next follow-up.
 */
export function recordCheckIn(session: SessionState, event: EventOfType<'checkIn.record'>): SessionState {
  const earlier = session.followUp?.goals.find((g) => g.id === event.checkIn.goalId);
  if (!earlier) return session;
  const c = event.checkIn;
  const checkIn: CheckIn = { goalId: earlier.id, playerId: earlier.playerId, status: c.status };
  for (const key of ['helped', 'obstacles', 'nextStep', 'when'] as const)
    if (c[key] !== undefined) checkIn[key] = c[key];
  if (c.confidence !== undefined) checkIn.confidence = c.confidence;
  const checkIns = [...session.checkIns.filter((x) => x.goalId !== checkIn.goalId), checkIn];

  // A recorded again check-in updates its continuing goal in place (same id), so plugins and
  // screens that hold the id keep pointing at the right goal.
  const existing = session.goals.find((g) => g.continuesGoalId === earlier.id);
  const step = checkIn.nextStep?.trim();
  if (!step) return { ...session, checkIns, goals: session.goals.filter((g) => g !== existing) };
  const goal: Goal = {
    id: existing?.id ?? `g${session.nextId}`,
    playerId: earlier.playerId,
    text: earlier.text,
    firstStep: step,
    helpers: earlier.helpers.map((h) => ({ ...h })),
    confidence: checkIn.confidence ?? earlier.confidence,
    continuesGoalId: earlier.id,
  };
  if (earlier.theme !== undefined) goal.theme = earlier.theme;
  if (earlier.need !== undefined) goal.need = earlier.need;
  if (checkIn.when !== undefined) goal.when = checkIn.when;
  return {
    ...session,
    checkIns,
    goals: existing ? session.goals.map((g) => (g === existing ? goal : g)) : [...session.goals, goal],
    nextId: existing ? session.nextId : session.nextId + 1,
  };
}

/** Moves the focus to the next player (matters, do and check-in phases go player by player). */
export function focusNext(session: SessionState): SessionState {
  const n = session.players.length;
  return { ...session, turnIndex: n === 0 ? 0 : (session.turnIndex + 1) % n };
}
