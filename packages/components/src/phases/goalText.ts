import { localize, type Deck, type Goal, type Helper } from '@ontdek-doe/core';
import type { MessageKey } from '../i18n/createI18n.ts';

type Translate = (key: MessageKey, options?: Record<string, unknown>) => string;

const HELPER_KEYS: Record<Helper['kind'], MessageKey> = {
  self: 'goals.helpSelf',
  network: 'goals.helpNetwork',
  professional: 'goals.helpProfessional',
};

/**
 * Who helps with a goal, in words: "Ikzelf; Iemand die ik ken (mijn zus)".
 *
 * @example
 * helpersText(t, [{ kind: 'network', who: 'mijn zus' }]); // 'Iemand die ik ken (mijn zus)'
 */
export function helpersText(t: Translate, helpers: readonly Helper[]): string {
  return helpers
    .map((h) => {
      const kind = t(HELPER_KEYS[h.kind] ?? 'goals.helpSelf');
      const who = h.who?.trim();
      return who ? `${kind} (${who})` : kind;
    })
    .join('; ');
}

/**
 * The lines of a goal card after the goal itself, as label key and value: theme (when chosen),
 * first step, when, who helps, what I need (each when filled in), and how confident.
 */
export function goalRows(goal: Goal, deck: Deck, language: string, t: Translate): [MessageKey, string][] {
  const theme = goal.theme ? deck.themes.find((th) => th.id === goal.theme) : undefined;
  const rows: [MessageKey, string][] = [];
  if (theme) rows.push(['goals.theme', localize(theme.title, language, deck.defaultLanguage)]);
  rows.push(['goals.firstStep', goal.firstStep]);
  if (goal.when) rows.push(['goals.when', goal.when]);
  if (goal.helpers.length > 0) rows.push(['goals.helpers', helpersText(t, goal.helpers)]);
  if (goal.need) rows.push(['goals.need', goal.need]);
  rows.push(['goals.confidence', t('goals.confidenceValue', { value: goal.confidence })]);
  return rows;
}
