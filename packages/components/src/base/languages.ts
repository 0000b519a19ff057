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
  const key = `${code}\u0000${uiLanguage}`;
  let name = names.get(key);
  if (name === undefined) {
    const shown = nameIn(uiLanguage, code);
    const own = nameIn(code, code);
    name = own && own !== code && own.toLowerCase() !== shown.toLowerCase() ? `${shown} (${own})` : shown;
    names.set(key, name);
  }
  return name;
}

// Making an Intl.DisplayNames is slow (tens of milliseconds on a slow phone, and the discover screen
// names every deck language on every render), so each locale gets one, and each name is kept.
const displayNames = new Map<string, Intl.DisplayNames | null>();
const names = new Map<string, string>();

/** `code`'s name in `locale`, or the code itself when the browser cannot name it. */
function nameIn(locale: string, code: string): string {
  let display = displayNames.get(locale);
  if (display === undefined) {
    try {
      display = new Intl.DisplayNames([locale], { type: 'language' });
    } catch {
      display = null;
    }
    displayNames.set(locale, display);
  }
  try {
    return display?.of(code) ?? code;
  } catch {
    return code;
  }
}
