import { cardPrompt, localize } from '../deck/localize.ts';
import { openGoals } from './followUpFrom.ts';
import { BUILT_IN_ANSWER_KINDS } from '../types.ts';
import type {
  Answer,
  AnswerKindDefinition,
  AnswerValue,
  Card,
  CardFamily,
  Deck,
  LanguageCode,
  Lens,
  PlayerSummary,
  SessionState,
  SummaryAnswer,
  SummarySection,
} from '../types.ts';

/** Which lens each card family belongs to in the summary. */
export const LENS_OF_FAMILY: Record<CardFamily, Lens> = {
  wish: 'want',
  strength: 'can',
  doing: 'do',
  action: 'do',
  need: 'need',
  'life-event': 'more',
};

const FACE_WORDS: Record<'nl' | 'en', string[]> = {
  nl: ['heel niet fijn', 'niet fijn', 'gaat wel', 'fijn', 'heel fijn'],
  en: ['very unhappy', 'unhappy', 'okay', 'happy', 'very happy'],
};

/** The face words exist in Dutch and English only. */
function faceWordsLanguage(language: LanguageCode): 'nl' | 'en' | undefined {
  const primary = String(language).toLowerCase().split('-')[0];
  return primary === 'nl' || primary === 'en' ? primary : undefined;
}

/**
 * The words for the faces: in the summary's language when that is Dutch or English, else in the
 * deck's default language when that is, else English.
 */
function faceWords(language: LanguageCode, deck: Deck): string[] {
  return FACE_WORDS[faceWordsLanguage(language) ?? faceWordsLanguage(deck.defaultLanguage) ?? 'en'];
}

export interface SummaryOptions {
  /** The summary's language; defaults to the player's. */
  language?: LanguageCode;
  /** Show private answers even if the player did not choose to. */
  includePrivate?: boolean;
  /** Sections contributed by plugins. */
  sections?: SummarySection[];
  /**
   * The answer kinds plugins add, by kind (the game passes `PluginHost.answerKinds()`). Their
   * `toText` turns a plugin answer's value into words; without it only the player's own words show.
   */
  answerKinds?: ReadonlyMap<string, AnswerKindDefinition>;
}

const BUILT_IN = new Set<string>(BUILT_IN_ANSWER_KINDS);

/** A plugin answer that holds a value (a drawing, a traffic light) was not only told out loud. */
function hasPluginValue(value: AnswerValue): boolean {
  return !BUILT_IN.has(value.kind) && (value as { value?: unknown }).value !== undefined;
}

/** A plugin value in words through its kind's `toText`; `''` when there is none or it fails. */
function pluginText(
  value: AnswerValue,
  language: LanguageCode,
  answerKinds: ReadonlyMap<string, AnswerKindDefinition> | undefined,
): string {
  const v = (value as { value?: unknown }).value;
  if (v === undefined) return '';
  let definition: AnswerKindDefinition | undefined;
  try {
    definition = answerKinds?.get(value.kind);
  } catch {
    return '';
  }
  if (!definition || typeof definition.toText !== 'function') return '';
  try {
    const text: unknown = definition.toText(v, language);
    return typeof text === 'string' ? text.trim() : '';
  } catch {
    // A plugin that fails to put its value into words must not break the summary.
    return '';
  }
}

/**
 * Items by id, built once per summary; the first of a repeated id wins, as `Array.find` would.
 * With `wanted`, only those ids are kept (a large deck costs one scan, not a map of every card).
 */
function byFirstId<T extends { id: string }>(
  items: readonly T[],
  wanted?: ReadonlySet<string>,
): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items)
    if ((wanted === undefined || wanted.has(item.id)) && !map.has(item.id)) map.set(item.id, item);
  return map;
}

function describeWithCard(
  answer: Answer,
  card: Card | undefined,
  deck: Deck,
  language: LanguageCode,
  answerKinds: ReadonlyMap<string, AnswerKindDefinition> | undefined,
): Pick<SummaryAnswer, 'answer' | 'face' | 'options'> {
  const own = typeof answer.value.text === 'string' ? answer.value.text.trim() : '';
  const v = answer.value as { kind: string; face?: number; options?: string[] };
  if (v.kind === 'faces' && typeof v.face === 'number') {
    const words = faceWords(language, deck)[v.face - 1] ?? '';
    return { answer: own ? `${words}: ${own}` : words, face: v.face };
  }
  if (
    v.kind === 'choice' &&
    Array.isArray(v.options) &&
    card?.answer.kind === 'choice' &&
    'options' in card.answer
  ) {
    const labels = v.options.map((id) => {
      const option = (
        card.answer as { options: { id: string; label: Record<string, string> }[] }
      ).options.find((o) => o.id === id);
      return option ? localize(option.label, language, deck.defaultLanguage) : id;
    });
    return { answer: [labels.join(', '), own].filter(Boolean).join(': '), options: [...v.options] };
  }
  if (!BUILT_IN.has(v.kind)) {
    return { answer: [pluginText(answer.value, language, answerKinds), own].filter(Boolean).join(': ') };
  }
  return { answer: own };
}

/**
 * One answer as words in a language: the player's own words, the chosen options' labels, the
 * face in words ("happy: …"), or a plugin value in words (through its kind's `toText`, when
 * `answerKinds` is given). Empty when the answer was only told out loud, or when a plugin value
 * cannot be put into words and the player wrote none.
 *
 * @example
 * describeAnswer(answer, deck, 'en').answer; // 'happy: we went to the market'
 * describeAnswer(trafficAnswer, deck, 'en', host.answerKinds()).answer; // 'green: it goes well'
 */
export function describeAnswer(
  answer: Answer,
  deck: Deck,
  language: LanguageCode,
  answerKinds?: ReadonlyMap<string, AnswerKindDefinition>,
): Pick<SummaryAnswer, 'answer' | 'face' | 'options'> {
  const card = deck.cards.find((c) => c.id === answer.cardId);
  return describeWithCard(answer, card, deck, language, answerKinds);
}

/**
 * A player's summary: their own words ordered by the four lenses (want, can, already do, need),
 * what matters, their goals and steps. Private answers stay out unless the player chose otherwise.
 * Plain data, ready to render, print or download.
 *
 * An answer counts as `toldAloud` when it has no words: no own text, face, chosen option or
 * plugin value. A plugin value that cannot be put into words still shows (as its own words, or
 * `''`) but is not counted as told out loud.
 *
 * @throws Error when `playerId` is not a player of the session.
 * @example
 * const summary = buildSummary(session, deck, 'p1', { answerKinds: host.answerKinds() });
 * summary.lenses.can.map((a) => a.answer); // the player's strengths in their own words
 */
export function buildSummary(
  session: SessionState,
  deck: Deck,
  playerId: string,
  options: SummaryOptions = {},
): PlayerSummary {
  const player = session.players.find((p) => p.id === playerId);
  if (!player) throw new Error(`No player with id "${playerId}" in this session.`);
  const language = options.language ?? player.language;
  const showPrivate = options.includePrivate ?? player.includePrivateInSummary;
  const players = byFirstId(session.players);
  const themes = byFirstId(deck.themes);
  const themeTitle = (id: string) => {
    const theme = themes.get(id);
    return theme ? localize(theme.title, language, deck.defaultLanguage) : id;
  };
  const visible = session.answers.filter((a) => a.playerId === playerId && (showPrivate || !a.private));
  const cards = byFirstId(deck.cards, new Set(visible.map((a) => a.cardId)));

  const lenses: PlayerSummary['lenses'] = { want: [], can: [], do: [], need: [], more: [] };
  const byId = new Map<string, SummaryAnswer>();
  let toldAloud = 0;
  for (const a of visible) {
    const card = cards.get(a.cardId);
    if (!card) continue;
    const entry: SummaryAnswer = {
      answerId: a.id,
      cardId: a.cardId,
      family: card.family,
      theme: card.theme,
      themeTitle: themeTitle(card.theme),
      prompt: cardPrompt(card, deck, language, player.reading),
      ...describeWithCard(a, card, deck, language, options.answerKinds),
      starred: a.starred,
      givenBy: a.givenBy,
      reactions: a.reactions.map((r) => ({ alias: players.get(r.playerId)?.alias ?? '', text: r.text })),
    };
    if (!entry.answer && !hasPluginValue(a.value)) toldAloud++;
    lenses[LENS_OF_FAMILY[card.family]].push(entry);
    byId.set(a.id, entry);
  }

  const matters: PlayerSummary['matters'] = [];
  for (const item of session.matters[playerId] ?? []) {
    if (item.type === 'own') matters.push({ label: item.text, item });
    else if (item.type === 'theme') matters.push({ label: themeTitle(item.themeId), item });
    else {
      const entry = byId.get(item.answerId);
      if (entry) matters.push({ label: entry.answer || entry.prompt, item });
    }
  }

  return {
    sessionId: session.sessionId,
    deck: { ...session.deck },
    language,
    player: { ...player },
    date: session.finishedAt ?? session.startedAt,
    lenses,
    starred: visible.filter((a) => a.starred).flatMap((a) => byId.get(a.id) ?? []),
    toldAloud,
    matters,
    // every goal the player still has: this session's, and earlier ones not yet done (follow-ups)
    goals: openGoals(session).filter((g) => g.playerId === playerId),
    checkIns: session.checkIns
      .filter((c) => c.playerId === playerId)
      .flatMap((c) => {
        const goal = session.followUp?.goals.find((g) => g.id === c.goalId);
        return goal ? [{ ...c, goal: { ...goal, helpers: goal.helpers.map((h) => ({ ...h })) } }] : [];
      }),
    sections: (options.sections ?? []).map((s) => ({
      id: s.id,
      title: localize(s.title, language, deck.defaultLanguage),
      items: s.build(session, playerId, deck),
    })),
  };
}
