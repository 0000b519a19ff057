import type { Helper } from '@ontdek-doe/core';
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
