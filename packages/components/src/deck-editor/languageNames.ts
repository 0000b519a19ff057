import { languageName } from '../base/languages.ts';

const names = new Map<string, string>();

/**
 * `languageName` (the language's name for UI readers, with its own name beside it), kept: the
 * editor names the same few languages in every label it draws, and `Intl.DisplayNames` is not free.
 *
 * @example
 * nameOf('de', 'nl'); // 'Duits (Deutsch)'
 */
export function nameOf(code: string, uiLanguage: string): string {
  const key = `${code}\u0000${uiLanguage}`;
  let name = names.get(key);
  if (name === undefined) names.set(key, (name = languageName(code, uiLanguage)));
  return name;
}
