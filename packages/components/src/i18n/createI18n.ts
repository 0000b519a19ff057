import { createInstance, type i18n as I18next, type TOptions } from 'i18next';
import { en } from './locales/en.ts';
import { nl } from './locales/nl.ts';

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape of one language's UI text: the Dutch messages, with any string allowed. */
export type Messages = Widen<typeof nl>;

/** The languages the UI text exists in. Decks may have more: their text comes from the deck. */
export const UI_LANGUAGES = ['nl', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The language used when the asked one has no UI text. */
export const DEFAULT_UI_LANGUAGE: UiLanguage = 'nl';

type Join<K, P> = K extends string ? (P extends string ? `${K}.${P}` : never) : never;
type Keys<T> = { [K in keyof T]: T[K] extends string ? K & string : Join<K, Keys<T[K]>> }[keyof T];
/** Every message key, e.g. `card.answer` or `family.wish`. */
export type MessageKey = Keys<Messages>;

/** How a requested language was resolved. `fellBack` is true when it had no UI text. */
export interface LanguageResolution {
  /** What was asked, as given (may be empty). */
  requested: string;
  /** The UI language in use. */
  language: UiLanguage;
  /** True when `requested` was not empty and has no UI text, so `language` is the fallback. */
  fellBack: boolean;
}

/**
 * Picks the UI language for a BCP 47 code: `en-GB` → `en`, `NL` → `nl`; an empty code gives the
 * default without a fallback report; anything else falls back to Dutch, and says so.
 *
 * @example
 * resolveUiLanguage('en-GB'); // { requested: 'en-GB', language: 'en', fellBack: false }
 * resolveUiLanguage('ar');    // { requested: 'ar', language: 'nl', fellBack: true }
 */
export function resolveUiLanguage(requested: string | null | undefined): LanguageResolution {
  const asked = typeof requested === 'string' ? requested.trim() : '';
  const primary = asked.toLowerCase().split(/[-_]/)[0] ?? '';
  const found = UI_LANGUAGES.find((l) => l === primary);
  return { requested: asked, language: found ?? DEFAULT_UI_LANGUAGE, fellBack: asked !== '' && !found };
}

/** A game element's own translator: never i18next's global instance. */
export interface OdI18n {
  /** The underlying i18next instance, owned by one element. */
  readonly i18next: I18next;
  /** How the last requested language was resolved. */
  readonly resolution: LanguageResolution;
  /** The UI language in use. */
  readonly language: UiLanguage;
  /** A message in the current language; `options` fill `{{placeholders}}`. */
  t(key: MessageKey, options?: TOptions): string;
  /** Switch language. Never throws: an unknown language falls back to Dutch and says so. */
  setLanguage(requested: string | null | undefined): LanguageResolution;
}

/** Extra or changed messages per language, e.g. a host's own wording. Deep-merged over ours. */
export type MessageOverrides = Partial<Record<UiLanguage, Record<string, unknown>>>;

/**
 * Creates an i18next instance for one game element, with Dutch (the default, at B1 level) and
 * English, falling back to Dutch. Synchronous: the messages are bundled.
 *
 * @example
 * const i18n = createI18n('en-GB');
 * i18n.t('card.pass');            // 'Pass'
 * i18n.setLanguage('ar').fellBack; // true: no Arabic UI text yet, Dutch is used
 */
export function createI18n(requested?: string | null, overrides: MessageOverrides = {}): OdI18n {
  let resolution = resolveUiLanguage(requested);
  const instance = createInstance();
  void instance.init({
    lng: resolution.language,
    fallbackLng: DEFAULT_UI_LANGUAGE,
    supportedLngs: [...UI_LANGUAGES],
    resources: { nl: { translation: nl }, en: { translation: en } },
    initAsync: false,
    // Lit escapes every value it renders; escaping here as well would show `&amp;` to the player.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  for (const language of UI_LANGUAGES) {
    const extra = overrides[language];
    if (extra) instance.addResourceBundle(language, 'translation', extra, true, true);
  }
  return {
    i18next: instance,
    get resolution() {
      return resolution;
    },
    get language() {
      return resolution.language;
    },
    t: (key, options) => String(instance.t(key, options)),
    setLanguage(next) {
      resolution = resolveUiLanguage(next);
      if (instance.language !== resolution.language) void instance.changeLanguage(resolution.language);
      return resolution;
    },
  };
}

/**
 * Why the UI is not in the language that was asked, in Dutch and English (for an `od-error` event
 * or a log). Empty strings when it is.
 *
 * @example
 * fallbackMessage(createI18n('ar')).en; // 'The language "ar" is not there yet for buttons and help. We use Dutch.'
 */
export function fallbackMessage(i18n: OdI18n): { nl: string; en: string } {
  const { requested, language, fellBack } = i18n.resolution;
  if (!fellBack) return { nl: '', en: '' };
  const say = (lng: UiLanguage) =>
    String(
      i18n.i18next.t('error.languageUnsupported', {
        lng,
        requested,
        used: i18n.i18next.t(`language.${language}`, { lng }),
      }),
    );
  return { nl: say('nl'), en: say('en') };
}
