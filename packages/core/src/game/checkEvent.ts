import type { Deck, EventOfType, GameEvent, GoalInput, SessionState } from '../types.ts';
import { checkAnswer, type AnswerKindValidator } from './checkAnswer.ts';
import { isIsoDate, isJsonSafe } from './jsonCopy.ts';
import { checkLanguage, checkSettings } from './checkSettings.ts';
import { MAX_GOALS, MAX_MATTERS, MAX_TEXT, reject, type Rejection } from './Rejection.ts';

/** What the checks need besides the session. */
export interface CheckContext {
  deck: Deck;
  cards: ReadonlyMap<string, Deck['cards'][number]>;
  validator?: AnswerKindValidator;
}

const text = (v: unknown, max = MAX_TEXT) => typeof v === 'string' && v.trim().length > 0 && v.length <= max;
const optionalText = (v: unknown, max = MAX_TEXT) =>
  v === undefined || (typeof v === 'string' && v.length <= max);
const optionalFlag = (v: unknown) => v === undefined || typeof v === 'boolean';
const badEvent = () => reject('event-invalid', 'Deze actie klopt niet.', 'This action is not valid.');

/** An answer value must fit the card and be plain data the session can keep as JSON. */
function checkValue(
  card: Parameters<typeof checkAnswer>[0],
  value: unknown,
  ctx: CheckContext,
): Rejection | null {
  const problem = checkAnswer(card, value as Parameters<typeof checkAnswer>[1], ctx.validator);
  if (problem) return problem;
  return isJsonSafe(value)
    ? null
    : reject(
        'answer-too-long',
        'Dit antwoord is te groot om te bewaren.',
        'This answer is too large to keep.',
      );
}

const noPlayer = () =>
  reject('player-unknown', 'Deze speler doet niet mee.', 'This player is not in the game.');
const noAnswer = () =>
  reject('answer-unknown', 'Dit antwoord bestaat niet (meer).', 'This answer does not exist (any more).');

/** Checks a goal as the player wrote it. */
export function checkGoal(
  goal: Partial<GoalInput> | undefined,
  session: SessionState,
  ctx: CheckContext,
  playerId: string,
): Rejection | null {
  if (!goal || typeof goal !== 'object')
    return reject('goal-invalid', 'Dit doel klopt niet.', 'This goal is not valid.');
  if (!text(goal.text, 300))
    return reject(
      'goal-text',
      'Schrijf je doel op in je eigen woorden (korter dan 300 tekens).',
      'Write your goal in your own words (under 300 characters).',
    );
  if (!text(goal.firstStep, 300))
    return reject(
      'goal-step',
      'Schrijf een eerste kleine stap op (korter dan 300 tekens).',
      'Write down a first small step (under 300 characters).',
    );
  if (!optionalText(goal.when, 200) || !optionalText(goal.need, MAX_TEXT)) {
    return reject(
      'goal-field',
      'Een van de velden van je doel is te lang.',
      'One of the goal’s fields is too long.',
    );
  }
  if (
    typeof goal.confidence !== 'number' ||
    !Number.isInteger(goal.confidence) ||
    goal.confidence < 1 ||
    goal.confidence > 10
  ) {
    return reject(
      'goal-confidence',
      'Kies hoe zeker je bent: een cijfer van 1 tot 10.',
      'Choose how confident you are: a number from 1 to 10.',
    );
  }
  if (goal.theme !== undefined && !ctx.deck.themes.some((t) => t.id === goal.theme)) {
    return reject(
      'theme-unknown',
      `Het thema "${goal.theme}" staat niet in dit spel.`,
      `The theme "${goal.theme}" is not in this deck.`,
    );
  }
  if (
    !Array.isArray(goal.helpers) ||
    goal.helpers.some(
      (h) => !h || !['self', 'network', 'professional'].includes(h.kind) || !optionalText(h.who, 200),
    )
  ) {
    return reject(
      'goal-helpers',
      'Kies wie kan helpen: jijzelf, iemand die je kent, of een hulpverlener.',
      'Choose who can help: yourself, someone you know, or a professional.',
    );
  }
  if (
    goal.fromAnswerId !== undefined &&
    !session.answers.some((a) => a.id === goal.fromAnswerId && a.playerId === playerId)
  ) {
    return noAnswer();
  }
  return null;
}

/**
 * Why the game would not accept `event` in this session, or null when the content of the event is fine.
 * Whether the event fits the current phase is the machine's part; this checks what the event says.
 *
 * @example
 * checkEvent(session, { type: 'goal.set', playerId: 'p1', goal }, ctx); // null or a Rejection
 */
export function checkEvent(session: SessionState, event: GameEvent, ctx: CheckContext): Rejection | null {
  const player = (id: string) => session.players.find((p) => p.id === id);
  const answer = (id: string) => session.answers.find((a) => a.id === id);
  switch (event.type) {
    case 'session.start': {
      if (event.at !== undefined && !isIsoDate(event.at)) return badEvent();
      const problems = checkSettings(event.settings, ctx.deck, { followUp: session.followUp !== null });
      return problems[0] ?? null;
    }
    case 'session.finish':
      return event.at !== undefined && !isIsoDate(event.at) ? badEvent() : null;
    case 'player.answer': {
      const card = session.current && ctx.cards.get(session.current.cardId);
      if (!card) return reject('no-card', 'Er ligt nu geen kaart.', 'There is no card in play.');
      if (event.givenBy !== undefined && !['self', 'with-help', 'on-behalf'].includes(event.givenBy)) {
        return reject('answer-invalid', 'Dit antwoord klopt niet.', 'This answer is not valid.');
      }
      if (!optionalFlag(event.private) || !optionalFlag(event.starred)) return badEvent();
      return checkValue(card, event.value, ctx);
    }
    case 'player.changeAnswer': {
      const a = answer(event.answerId);
      const card = a && ctx.cards.get(a.cardId);
      if (!a || !card) return noAnswer();
      return checkValue(card, event.value, ctx);
    }
    case 'answer.star':
      if (typeof event.starred !== 'boolean') return badEvent();
      return answer(event.answerId) ? null : noAnswer();
    case 'answer.private':
      if (typeof event.private !== 'boolean') return badEvent();
      return answer(event.answerId) ? null : noAnswer();
    case 'group.react': {
      const a = answer(event.answerId);
      if (!a) return noAnswer();
      if (!player(event.playerId)) return noPlayer();
      if (a.playerId === event.playerId)
        return reject(
          'react-own',
          'Op je eigen antwoord reageer je niet; je kunt het wel veranderen.',
          'You don’t react to your own answer; you can change it.',
        );
      if (!text(event.text, 500))
        return reject(
          'react-text',
          'Schrijf een korte reactie (korter dan 500 tekens).',
          'Write a short reaction (under 500 characters).',
        );
      return null;
    }
    case 'player.language': {
      if (!player(event.playerId)) return noPlayer();
      if (event.language !== undefined) {
        const bad = checkLanguage(event.language, ctx.deck);
        if (bad) return bad;
      }
      if (event.reading !== undefined && event.reading !== 'standard' && event.reading !== 'easy') {
        return reject('reading-unknown', 'Kies gewone of makkelijke tekst.', 'Choose standard or easy text.');
      }
      return null;
    }
    case 'player.includePrivate':
      return player(event.playerId) ? null : noPlayer();
    case 'matters.choose':
      return checkMatters(session, event, ctx);
    case 'goal.set': {
      if (!player(event.playerId)) return noPlayer();
      if (session.goals.filter((g) => g.playerId === event.playerId).length >= MAX_GOALS) {
        return reject(
          'goals-full',
          `Je hebt al ${MAX_GOALS} doelen. Kleine stappen zijn genoeg!`,
          `You already have ${MAX_GOALS} goals. Small steps are enough!`,
        );
      }
      return checkGoal(event.goal, session, ctx, event.playerId);
    }
    case 'goal.update': {
      const goal = session.goals.find((g) => g.id === event.goalId);
      if (!goal)
        return reject(
          'goal-unknown',
          'Dit doel bestaat niet (meer).',
          'This goal does not exist (any more).',
        );
      if (!event.goal || typeof event.goal !== 'object' || Array.isArray(event.goal)) return badEvent();
      return checkGoal({ ...goal, ...event.goal }, session, ctx, goal.playerId);
    }
    case 'goal.remove':
      return session.goals.some((g) => g.id === event.goalId)
        ? null
        : reject('goal-unknown', 'Dit doel bestaat niet (meer).', 'This goal does not exist (any more).');
    case 'checkIn.record': {
      const c = event.checkIn;
      const earlier = c && session.followUp?.goals.find((g) => g.id === c.goalId);
      if (!earlier)
        return reject(
          'goal-unknown',
          'Dit doel bestaat niet (meer).',
          'This goal does not exist (any more).',
        );
      // A goal is checked in by its own player: someone who came back under the same alias.
      if (!player(earlier.playerId)) return noPlayer();
      if (!['done', 'partly', 'not-yet'].includes(c.status))
        return reject(
          'checkin-status',
          'Kies: gelukt, een beetje, of nog niet.',
          'Choose: done, partly, or not yet.',
        );
      if (
        c.confidence !== undefined &&
        (!Number.isInteger(c.confidence) || c.confidence < 1 || c.confidence > 10)
      ) {
        return reject(
          'goal-confidence',
          'Kies hoe zeker je bent: een cijfer van 1 tot 10.',
          'Choose how confident you are: a number from 1 to 10.',
        );
      }
      if (![c.helped, c.obstacles, c.nextStep, c.when].every((t) => optionalText(t))) {
        return reject('goal-field', 'Een van de velden is te lang.', 'One of the fields is too long.');
      }
      return null;
    }
    default:
      return null;
  }
}

function checkMatters(
  session: SessionState,
  event: EventOfType<'matters.choose'>,
  ctx: CheckContext,
): Rejection | null {
  if (!session.players.some((p) => p.id === event.playerId)) return noPlayer();
  if (!Array.isArray(event.items) || event.items.length > MAX_MATTERS) {
    return reject(
      'matters-count',
      `Kies hoogstens ${MAX_MATTERS} dingen die je belangrijk vindt.`,
      `Choose at most ${MAX_MATTERS} things that matter to you.`,
    );
  }
  for (const item of event.items) {
    if (item?.type === 'answer') {
      if (!session.answers.some((a) => a.id === item.answerId && a.playerId === event.playerId))
        return noAnswer();
    } else if (item?.type === 'theme') {
      if (!ctx.deck.themes.some((t) => t.id === item.themeId))
        return reject('theme-unknown', 'Dit thema staat niet in het spel.', 'This theme is not in the deck.');
    } else if (item?.type === 'own') {
      if (!text(item.text, 300))
        return reject(
          'matters-text',
          'Schrijf kort op wat je belangrijk vindt (korter dan 300 tekens).',
          'Write briefly what matters to you (under 300 characters).',
        );
    } else {
      return reject('matters-invalid', 'Deze keuze klopt niet.', 'This choice is not valid.');
    }
  }
  return null;
}
