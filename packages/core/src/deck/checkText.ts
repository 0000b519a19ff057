/**
 * Internal: checks one translated text (`{ nl: '…', en: '…' }`) against the deck's languages.
 */
import type { IssuePath } from '../types.ts';
import type { DeckIssueParams } from './deckIssueCodes.ts';
import { DECK_LIMITS } from './deckLimits.ts';
import { isObject, type CheckContext } from './checkContext.ts';

/** The kinds of translated text a deck has; each has its own length limit. */
export type TextKind = Exclude<keyof typeof DECK_LIMITS.text, 'version'>;

/**
 * Reports, for one translated text: a missing default-language text (error), missing
 * translations (warning), blank texts (error in the default language, else warning), texts over
 * the limit (error) and languages the deck does not list (warning). Wrong value types are left
 * to the schema.
 */
export function checkText(
  ctx: CheckContext,
  value: unknown,
  path: IssuePath,
  text: TextKind,
  extra: DeckIssueParams = {},
): void {
  if (!isObject(value)) return;
  const { issues, defaultLanguage, languageSet } = ctx;
  const max = DECK_LIMITS.text[text];
  for (const language of Object.keys(value)) {
    const content = value[language];
    if (typeof content !== 'string') continue;
    const isDefault = language === defaultLanguage;
    if (content.trim() === '') {
      const params: DeckIssueParams = { ...extra, text, language };
      if (!isDefault && defaultLanguage !== undefined) params.defaultLanguage = defaultLanguage;
      issues.add('empty-text', isDefault ? 'error' : 'warning', [...path, language], params);
    } else if (content.length > max) {
      issues.add('text-too-long', 'error', [...path, language], {
        ...extra,
        text,
        language,
        length: content.length,
        max,
      });
    }
    if (languageSet !== undefined && !isDefault && !languageSet.has(language)) {
      issues.add('unlisted-language', 'warning', [...path, language], { ...extra, text, language });
    }
  }
  if (defaultLanguage === undefined) return;
  if (!Object.hasOwn(value, defaultLanguage)) {
    issues.add('missing-text', 'error', [...path, defaultLanguage], {
      ...extra,
      text,
      language: defaultLanguage,
    });
  }
  for (const language of ctx.languages) {
    if (language !== defaultLanguage && !Object.hasOwn(value, language)) {
      issues.add('missing-translation', 'warning', [...path, language], {
        ...extra,
        text,
        language,
        defaultLanguage,
      });
    }
  }
}
