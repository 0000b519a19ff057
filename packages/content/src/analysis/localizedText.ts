/**
 * Reading one language out of a deck text. The content package keeps its own small copy of this
 * lookup (the core's `localize` does the same) so the analysis and print code only need the core's
 * types.
 */
import type { LocalizedText } from '@ontdek-doe/core/schema';

/** The text in `language` when it is there and not blank. */
export function textIn(text: LocalizedText | undefined, language: string): string | undefined {
  if (!text || !Object.hasOwn(text, language)) return undefined;
  const value = text[language];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * The text in `language`, else in `fallback`, else in any language, with the language it is in
 * (so a printed page can mark a fallback with its own `lang`). `undefined` when there is no text.
 *
 * @example
 * ```ts
 * localizedText({ nl: 'Hallo' }, 'en', 'nl'); // { text: 'Hallo', language: 'nl' }
 * ```
 */
export function localizedText(
  text: LocalizedText | undefined,
  language: string,
  fallback: string,
): { text: string; language: string } | undefined {
  for (const lang of [language, fallback]) {
    const found = textIn(text, lang);
    if (found !== undefined) return { text: found, language: lang };
  }
  for (const [lang, value] of Object.entries(text ?? {}))
    if (typeof value === 'string' && value.trim() !== '') return { text: value, language: lang };
  return undefined;
}
