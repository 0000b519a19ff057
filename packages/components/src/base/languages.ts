/** Primary language tags that are written right to left. */
const RTL = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'ha-arab',
  'he',
  'iw',
  'ks',
  'ku-arab',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

/**
 * The writing direction of a language: `rtl` for Arabic, Hebrew, Persian, Urdu and the like.
 *
 * @example
 * directionOf('ar'); // 'rtl'
 * directionOf('nl'); // 'ltr'
 */
export function directionOf(language: string): 'ltr' | 'rtl' {
  const code = language.toLowerCase();
  return RTL.has(code) || RTL.has(code.split('-')[0] ?? code) ? 'rtl' : 'ltr';
}

/**
 * A language's name for people who read `uiLanguage`, with its own name beside it when that
 * differs, so a newcomer finds their language: `Arabisch (العربية)`. Falls back to the code.
 *
 * @example
 * languageName('ar', 'nl'); // 'Arabisch (العربية)'
 * languageName('nl', 'nl'); // 'Nederlands'
 */
export function languageName(code: string, uiLanguage: string): string {
  const name = (locale: string) => {
    try {
      return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  const shown = name(uiLanguage);
  const own = name(code);
  return own && own !== code && own.toLowerCase() !== shown.toLowerCase() ? `${shown} (${own})` : shown;
}
