/**
 * Turns the data of a deck.yaml (texts as plain strings in the default language, the answer
 * shorthand) into the core's deck shape (texts as `{ nl: … }`, answers as `{ kind: … }`).
 * Anything unexpected is passed on unchanged, so the core's checks explain it.
 */

type Data = Record<string, unknown>;

const isData = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A text in the default language as the core's translated text. An empty value becomes a text
 * with no default-language entry, so the core reports it as missing. A number or `true` stays
 * what it is, so the core refuses it like the JSON Schema does (`prompt: 42` needs quotes).
 */
function text(value: unknown, language: string): unknown {
  if (value === null) return {};
  return { [language]: value };
}

function withTexts(value: unknown, keys: readonly string[], language: string): unknown {
  if (!isData(value)) return value;
  const out: Data = { ...value };
  for (const key of keys) if (Object.hasOwn(out, key)) out[key] = text(out[key], language);
  return out;
}

function textList(value: unknown, language: string): unknown {
  return Array.isArray(value) ? value.map((item) => text(item, language)) : value;
}

function answer(value: unknown, language: string): unknown {
  if (typeof value === 'string') return { kind: value };
  if (!isData(value)) return value;
  const out: Data = { ...value };
  if (Array.isArray(out.options))
    out.options = out.options.map((option) => withTexts(option, ['label'], language));
  return out;
}

function card(value: unknown, language: string): unknown {
  if (!isData(value)) return value;
  const out = withTexts(value, ['prompt', 'easy'], language) as Data;
  if (Object.hasOwn(out, 'hints')) out.hints = textList(out.hints, language);
  if (Object.hasOwn(out, 'followUps')) out.followUps = textList(out.followUps, language);
  if (Object.hasOwn(out, 'picture')) out.picture = withTexts(out.picture, ['alt'], language);
  if (Object.hasOwn(out, 'answer')) out.answer = answer(out.answer, language);
  return out;
}

/**
 * The default language of a deck source: the first of its `languages`, or `nl` when the list
 * cannot be read (the core then explains what is wrong with it).
 *
 * @example
 * ```ts
 * defaultLanguageOf({ languages: ['nl', 'en'] }); // 'nl'
 * ```
 */
export function defaultLanguageOf(source: Data): string {
  const first: unknown = Array.isArray(source.languages) ? source.languages[0] : undefined;
  return typeof first === 'string' && first !== '' ? first : 'nl';
}

/**
 * Converts deck.yaml data to the core's deck input. Does not check anything itself.
 *
 * @example
 * ```ts
 * toDeckInput({ languages: ['nl'], cards: [{ prompt: 'Hoi', answer: 'text' }] });
 * // { languages: ['nl'], defaultLanguage: 'nl', cards: [{ prompt: { nl: 'Hoi' }, answer: { kind: 'text' } }] }
 * ```
 */
export function toDeckInput(source: Data): Data {
  const language = defaultLanguageOf(source);
  const out = withTexts(source, ['title', 'description'], language) as Data;
  out.defaultLanguage = language;
  if (Array.isArray(out.themes))
    out.themes = out.themes.map((theme) => withTexts(theme, ['title'], language));
  if (Array.isArray(out.cards)) out.cards = out.cards.map((item) => card(item, language));
  return out;
}
