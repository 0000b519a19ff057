/**
 * Derived views: what a screen needs, computed from the session and the deck. Nothing here is stored.
 */
import { cardText, localize, localizeIn } from '../deck/localize.ts';
import type {
  AnswerSpec,
  Card,
  PluginAnswerKind,
  Deck,
  LanguageCode,
  Phase,
  Player,
  ReadingLevel,
  SessionState,
  Theme,
} from '../types.ts';
import { turnsTaken } from './sessionUpdates.ts';

/** A card as one player sees it: text in their language and reading level, leader material left out. */
export interface CardView {
  id: string;
  family: Card['family'];
  depth: Card['depth'];
  theme: { id: string; title: string; colour: string; icon: string };
  prompt: string;
  /** True when the easy-language text is shown. */
  easy: boolean;
  /** The language the prompt is actually in (the deck's default when the player's is missing). */
  language: LanguageCode;
  picture?: { src: string; alt: string };
  answer:
    | { kind: 'talk' }
    | { kind: 'text'; maxLength?: number }
    | { kind: 'faces' }
    | { kind: 'choice'; multiple: boolean; options: { id: string; label: string; icon?: string }[] }
    | { kind: PluginAnswerKind; config?: Record<string, unknown> };
}

/** What only the leader sees for a card. */
export interface LeaderCardView {
  hints: string[];
  followUps: string[];
  sensitivity: string[];
}

/** The journey through the phases, for a visible path. */
export interface ProgressView {
  phases: { phase: Phase; status: 'done' | 'current' | 'todo' }[];
  /** Cards answered or passed so far, and the number planned, in discover. */
  cardsDone: number;
  cardsPlanned: number;
}

function themeView(deck: Deck, themeId: string, language: LanguageCode): CardView['theme'] {
  const theme: Theme | undefined = deck.themes.find((t) => t.id === themeId);
  return {
    id: themeId,
    title: theme ? localize(theme.title, language, deck.defaultLanguage) : themeId,
    colour: theme?.colour ?? '#555555',
    icon: theme?.icon ?? 'circle',
  };
}

/**
 * The order of languages for the words around the question (option labels, picture text): the
 * player's language, then the language the question is actually shown in, then the deck's default.
 */
function languagesFor(deck: Deck, language: LanguageCode, shown: LanguageCode): LanguageCode[] {
  return [language, shown, deck.defaultLanguage];
}

function answerView(spec: AnswerSpec, languages: readonly LanguageCode[]): CardView['answer'] {
  if (spec.kind === 'choice' && 'options' in spec && Array.isArray(spec.options)) {
    return {
      kind: 'choice',
      multiple: spec.multiple === true,
      options: spec.options.map((o) => ({
        id: o.id,
        label: localizeIn(o.label, languages),
        ...(o.icon !== undefined ? { icon: o.icon } : {}),
      })),
    };
  }
  return { ...spec } as CardView['answer'];
}

/**
 * A card in one language and reading level, with fallback to the deck's default language (see
 * `cardText` for the order). `language` and `easy` tell what the prompt is really in; option
 * labels and the picture's text follow the player's language, else the prompt's.
 *
 * @example
 * cardView(deck, card, 'en', 'easy').prompt; // 'Easy question 5?'
 */
export function cardView(deck: Deck, card: Card, language: LanguageCode, reading: ReadingLevel): CardView {
  const shown = cardText(card, deck, language, reading);
  const languages = languagesFor(deck, language, shown.language);
  const view: CardView = {
    id: card.id,
    family: card.family,
    depth: card.depth,
    theme: themeView(deck, card.theme, language),
    prompt: shown.text,
    easy: shown.easy,
    language: shown.language,
    answer: answerView(card.answer, languages),
  };
  if (card.picture) view.picture = { src: card.picture.src, alt: localizeIn(card.picture.alt, languages) };
  return view;
}

/** The leader's extra view of a card, in the leader's language. */
export function leaderCardView(deck: Deck, card: Card, language: LanguageCode): LeaderCardView {
  return {
    hints: (card.hints ?? []).map((h) => localize(h, language, deck.defaultLanguage)),
    followUps: (card.followUps ?? []).map((f) => localize(f, language, deck.defaultLanguage)),
    sensitivity: [...(card.sensitivity ?? [])],
  };
}

const journey: Phase[] = ['setup', 'discover', 'matters', 'do', 'summary', 'finished'];
const followUpJourney: Phase[] = ['setup', 'checkIn', 'discover', 'matters', 'do', 'summary', 'finished'];

/** Where the session is on its journey. */
export function progressView(session: SessionState, phase: Phase): ProgressView {
  let phases = session.followUp ? followUpJourney : journey;
  if (session.followUp && session.settings.cardsPerPlayer === 0)
    phases = phases.filter((p) => p !== 'discover' && p !== 'matters');
  const at = phases.indexOf(phase);
  return {
    phases: phases.map((p, i) => ({ phase: p, status: i < at ? 'done' : i === at ? 'current' : 'todo' })),
    cardsDone: session.players.reduce((n, p) => n + turnsTaken(session, p.id), 0),
    cardsPlanned: session.players.length * session.settings.cardsPerPlayer,
  };
}

/** The player whose turn (or focus) it is. */
export function currentPlayer(session: SessionState): Player | null {
  if (session.current) return session.players.find((p) => p.id === session.current?.playerId) ?? null;
  return session.players[session.turnIndex] ?? null;
}
