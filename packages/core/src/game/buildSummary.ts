import { cardPrompt, localize } from '../deck/localize.ts';
import type {
  Answer,
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

export interface SummaryOptions {
  /** The summary's language; defaults to the player's. */
  language?: LanguageCode;
  /** Show private answers even if the player did not choose to. */
  includePrivate?: boolean;
  /** Sections contributed by plugins. */
  sections?: SummarySection[];
}

/**
 * One answer as words in a language: the player's own words, the chosen options' labels, or the
 * face in words ("happy: …"). Empty when the answer was only told out loud.
 *
 * @example
 * describeAnswer(answer, deck, 'en').answer; // 'happy: we went to the market'
 */
export function describeAnswer(
  answer: Answer,
  deck: Deck,
  language: LanguageCode,
): Pick<SummaryAnswer, 'answer' | 'face' | 'options'> {
  const card = deck.cards.find((c) => c.id === answer.cardId);
  const own = typeof answer.value.text === 'string' ? answer.value.text.trim() : '';
  const v = answer.value as { kind: string; face?: number; options?: string[] };
  if (v.kind === 'faces' && typeof v.face === 'number') {
    const words = (FACE_WORDS[language as 'nl' | 'en'] ?? FACE_WORDS.en)[v.face - 1] ?? '';
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
  return { answer: own };
}

/**
 * A player's summary: their own words ordered by the four lenses (want, can, already do, need),
 * what matters, their goals and steps. Private answers stay out unless the player chose otherwise.
 * Plain data, ready to render, print or download.
 *
 * @example
 * const summary = buildSummary(session, deck, 'p1');
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
  const alias = (id: string) => session.players.find((p) => p.id === id)?.alias ?? '';
  const themeTitle = (id: string) => {
    const theme = deck.themes.find((t) => t.id === id);
    return theme ? localize(theme.title, language, deck.defaultLanguage) : id;
  };
  const visible = session.answers.filter((a) => a.playerId === playerId && (showPrivate || !a.private));

  const lenses: PlayerSummary['lenses'] = { want: [], can: [], do: [], need: [], more: [] };
  const byId = new Map<string, SummaryAnswer>();
  let toldAloud = 0;
  for (const a of visible) {
    const card = deck.cards.find((c) => c.id === a.cardId);
    if (!card) continue;
    const entry: SummaryAnswer = {
      answerId: a.id,
      cardId: a.cardId,
      family: card.family,
      theme: card.theme,
      themeTitle: themeTitle(card.theme),
      prompt: cardPrompt(card, deck, language, player.reading),
      ...describeAnswer(a, deck, language),
      starred: a.starred,
      givenBy: a.givenBy,
      reactions: a.reactions.map((r) => ({ alias: alias(r.playerId), text: r.text })),
    };
    if (!entry.answer) toldAloud++;
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
    goals: session.goals
      .filter((g) => g.playerId === playerId)
      .map((g) => ({ ...g, helpers: g.helpers.map((h) => ({ ...h })) })),
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
