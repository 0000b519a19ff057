/**
 * The goal being written in the goal form, as plain values the form controls hold, and how it maps
 * to and from the core's goals: the logic of the form without its markup.
 */
import {
  describeAnswer,
  localize,
  type Deck,
  type Goal,
  type GoalInput,
  type Helper,
  type Player,
  type SessionState,
} from '@ontdek-doe/core';
import type { MessageKey } from '../i18n/createI18n.ts';

/** The steps of the goal form, one question each. */
export const GOAL_STEPS = ['goal', 'theme', 'step', 'when', 'help', 'need', 'confidence'] as const;
export type GoalStep = (typeof GOAL_STEPS)[number];

/** Below this, a kind word suggests a smaller step. */
export const LOW_CONFIDENCE = 5;
export const WHEN_CHOICES: MessageKey[] = ['goals.today', 'goals.thisWeek', 'goals.nextWeek'];

/** The goal as it is being written: every field a plain value a form control holds. */
export interface Draft {
  text: string;
  fromAnswerId: string | undefined;
  theme: string;
  firstStep: string;
  when: string;
  helpSelf: boolean;
  helpNetwork: boolean;
  networkWho: string;
  helpProfessional: boolean;
  professionalWho: string;
  need: string;
  confidence: number | null;
}

export const emptyDraft = (): Draft => ({
  text: '',
  fromAnswerId: undefined,
  theme: '',
  firstStep: '',
  when: '',
  helpSelf: false,
  helpNetwork: false,
  networkWho: '',
  helpProfessional: false,
  professionalWho: '',
  need: '',
  confidence: null,
});

export function draftOf(goal: Goal): Draft {
  const helper = (kind: Helper['kind']) => goal.helpers.find((h) => h.kind === kind);
  return {
    text: goal.text,
    fromAnswerId: goal.fromAnswerId,
    theme: goal.theme ?? '',
    firstStep: goal.firstStep,
    when: goal.when ?? '',
    helpSelf: helper('self') !== undefined,
    helpNetwork: helper('network') !== undefined,
    networkWho: helper('network')?.who ?? '',
    helpProfessional: helper('professional') !== undefined,
    professionalWho: helper('professional')?.who ?? '',
    need: goal.need ?? '',
    confidence: goal.confidence,
  };
}

/** The draft as the core's `GoalInput`; empty optional fields are left out (or cleared on an update). */
export function inputOf(draft: Draft): GoalInput {
  const helpers: Helper[] = [];
  if (draft.helpSelf) helpers.push({ kind: 'self' });
  if (draft.helpNetwork)
    helpers.push(
      draft.networkWho.trim() ? { kind: 'network', who: draft.networkWho.trim() } : { kind: 'network' },
    );
  if (draft.helpProfessional)
    helpers.push(
      draft.professionalWho.trim()
        ? { kind: 'professional', who: draft.professionalWho.trim() }
        : { kind: 'professional' },
    );
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    text: draft.text.trim(),
    firstStep: draft.firstStep.trim(),
    helpers,
    // A missing number goes to the game as it is: the game explains what is needed.
    confidence: draft.confidence as number,
    theme: optional(draft.theme),
    when: optional(draft.when),
    need: optional(draft.need),
    fromAnswerId: draft.fromAnswerId,
  } as GoalInput;
}

/** Which step shows a refusal of the game, by its code. */
export function stepOfRefusal(code: string, draft: Draft): GoalStep | null {
  switch (code) {
    case 'goal-text':
    case 'goal-invalid':
    case 'answer-unknown':
      return 'goal';
    case 'theme-unknown':
      return 'theme';
    case 'goal-step':
      return 'step';
    case 'goal-field':
      return draft.when.length > 200 ? 'when' : 'need';
    case 'goal-helpers':
      return 'help';
    case 'goal-confidence':
      return 'confidence';
    default:
      return null;
  }
}

/** Something the player chose as what matters, offered as a start for a goal. */
export interface Suggestion {
  label: string;
  fromAnswerId?: string;
  theme?: string;
}

/** What the player chose as what matters (own words, a theme, an answer), as starts for a goal. */
export function suggestionsFor(session: SessionState, deck: Deck, player: Player): Suggestion[] {
  const out: Suggestion[] = [];
  for (const item of session.matters[player.id] ?? []) {
    if (item.type === 'own') out.push({ label: item.text });
    else if (item.type === 'theme') {
      const theme = deck.themes.find((t) => t.id === item.themeId);
      if (theme)
        out.push({ label: localize(theme.title, player.language, deck.defaultLanguage), theme: theme.id });
    } else {
      const answer = session.answers.find((a) => a.id === item.answerId);
      const card = answer && deck.cards.find((c) => c.id === answer.cardId);
      const words = answer ? describeAnswer(answer, deck, player.language).answer : '';
      if (answer && card && words) out.push({ label: words, fromAnswerId: answer.id, theme: card.theme });
    }
  }
  return out;
}
