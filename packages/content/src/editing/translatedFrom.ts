/**
 * Which default-language text each translation was made from, so the editor knows when a
 * translation is outdated (the default text changed after it was translated), like the `nl` next
 * to each text in `en.yaml`.
 *
 * It is kept beside the data, per text object: texts are frozen and replaced on every change, so a
 * text object and what its translations were made from never disagree, and an undo brings back
 * both at once.
 */
import { isData, type Data } from './deckData.ts';
import type { TranslationState } from './types.ts';

/**
 * Per language: the default-language text the translation was made from, or `null` when the
 * translation was written without it (a plain `prompt: Hello` in en.yaml). A language with no
 * entry has a translation of unknown origin (a JSON deck): it counts as done.
 */
export type TranslatedFrom = Readonly<Record<string, string | null>>;

const sources = new WeakMap<object, TranslatedFrom>();

/** What the translations in `text` were made from (an empty record when nothing is known). */
export function translatedFrom(text: unknown): TranslatedFrom {
  return (isData(text) ? sources.get(text) : undefined) ?? {};
}

/** Records what the translations in `text` were made from. */
export function setTranslatedFrom(text: object, from: TranslatedFrom): void {
  if (Object.keys(from).length > 0) sources.set(text, Object.freeze({ ...from }));
  else sources.delete(text);
}

/** Normalizes white space, so a re-wrapped line does not count as a changed text. */
const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Whether `value` is a text that is filled in. */
export const isFilled = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * The state of one text in one (non-default) language.
 *
 * @example
 * ```ts
 * translationStateOf({ nl: 'Hoi', en: 'Hi' }, 'en', 'nl'); // 'done' (or 'outdated' if made from another text)
 * ```
 */
export function translationStateOf(
  text: unknown,
  language: string,
  defaultLanguage: string,
): TranslationState {
  if (!isData(text) || !isFilled(text[language])) return 'missing';
  const from = translatedFrom(text);
  if (!Object.hasOwn(from, language)) return 'done';
  const was = from[language];
  const current = text[defaultLanguage];
  if (was === null || was === undefined) return 'outdated';
  return typeof current === 'string' && normalize(current) !== normalize(was) ? 'outdated' : 'done';
}

/**
 * Carries what a text's translations were made from over to its new version: a translation that
 * stays the same keeps its origin; a translation that is new or changed was made from the new
 * default-language text; a removed one is forgotten. A changed default-language text changes no
 * origin (so its translations become outdated).
 */
export function carryTranslatedFrom(before: unknown, after: Data, defaultLanguage: string): void {
  const previous = translatedFrom(before);
  const old = isData(before) ? before : {};
  const next: Record<string, string | null> = {};
  const base = after[defaultLanguage];
  for (const language of Object.keys(after)) {
    if (language === defaultLanguage || !isFilled(after[language])) continue;
    if (after[language] === old[language]) {
      if (Object.hasOwn(previous, language)) next[language] = previous[language] ?? null;
    } else next[language] = typeof base === 'string' ? base : '';
  }
  setTranslatedFrom(after, next);
}

/**
 * Marks every translation in `text` as made from its current default-language text (a deck from
 * JSON, a new card given with its translations): from now on a change of that text makes them
 * outdated.
 */
export function assumeTranslatedFromCurrent(text: Data, defaultLanguage: string): void {
  const base = text[defaultLanguage];
  const from: Record<string, string | null> = { ...translatedFrom(text) };
  for (const language of Object.keys(text))
    if (language !== defaultLanguage && isFilled(text[language]) && !Object.hasOwn(from, language))
      from[language] = typeof base === 'string' ? base : '';
  setTranslatedFrom(text, from);
}
