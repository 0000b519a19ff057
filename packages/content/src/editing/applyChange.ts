/**
 * One change to the merged deck, as a pure function: the deck before in, the deck after out
 * (the same object when nothing changes). Only the objects on the way are new; what each
 * translation was made from travels with its text.
 */
import {
  cardsOf,
  cardTextPaths,
  deckTextPlaces,
  deepFreeze,
  defaultLanguageOf,
  idOf,
  isData,
  languagesOf,
  plainCopy,
  setAt,
  themesOf,
  valueAt,
  type Data,
} from './deckData.ts';
import {
  assumeTranslatedFromCurrent,
  carryTranslatedFrom,
  setTranslatedFrom,
  translatedFrom,
} from './translatedFrom.ts';
import type { DeckChange, IssuePath } from './types.ts';

/**
 * Applies `change` to `data`.
 *
 * @example
 * ```ts
 * const next = applyChange(deck, { type: 'set', path: ['cards', 0, 'depth'], value: 2 });
 * ```
 */
export function applyChange(data: Data, change: DeckChange): Data {
  switch (change.type) {
    case 'set':
      return change.path.length === 1 && change.path[0] === 'languages'
        ? setLanguages(data, change.value)
        : setValue(data, change.path, change.value);
    case 'addCard':
      return addCard(data, change.after, change.card);
    case 'duplicateCard':
      return duplicateCard(data, change.id);
    case 'moveCard':
      return moveCard(data, change.id, change.to);
    case 'deleteCard':
      return deleteItem(data, 'cards', change.id);
    case 'addTheme':
      return addTheme(data, change.theme);
    case 'deleteTheme':
      return deleteItem(data, 'themes', change.id);
    case 'renameTheme':
      return renameTheme(data, change.id, change.to);
    case 'addLanguage':
      return addLanguage(data, change.language);
    case 'removeLanguage':
      return removeLanguage(data, change.language);
    case 'setDefaultLanguage':
      return setDefaultLanguage(data, change.language);
    default:
      return data;
  }
}

/** Sets a value and carries the translation origins of every text it touches. */
function setValue(data: Data, path: IssuePath, value: unknown): Data {
  const copied = value === undefined ? undefined : plainCopy(value);
  if (copied === undefined && value !== undefined) return data; // a function, a symbol: nothing to set
  const next = setAt(data, path, copied) as Data;
  if (next === data) return next;
  carryTexts(data, next, path);
  return next;
}

/** After a change at `path`: every text object that is new gets the origins of the one it replaces. */
function carryTexts(before: Data, after: Data, path: IssuePath): void {
  const language = defaultLanguageOf(after);
  const carry = (textPath: IssuePath) => {
    const text = valueAt(after, textPath);
    const old = valueAt(before, textPath);
    if (isData(text) && text !== old) carryTranslatedFrom(old, text, language);
  };
  const [top, index] = path;
  if (top === 'cards' && typeof index === 'number') {
    for (const textPath of cardTextPaths(valueAt(after, ['cards', index])))
      carry(['cards', index, ...textPath]);
  } else if (top === 'themes' && typeof index === 'number') {
    carry(['themes', index, 'title']);
  } else if ((top === 'title' || top === 'description') && path.length <= 2) {
    carry([top]);
  } else if (path.length <= 1) {
    // A whole list (or the deck, or its default language) replaced: pair texts by place.
    for (const { path: textPath } of deckTextPlaces(after)) carry(textPath);
  }
}

/** A copy of a card or theme whose texts keep their translation origins. */
function copyItem(item: Data, textPaths: IssuePath[]): Data {
  const copy = plainCopy(item) as Data;
  for (const path of textPaths) {
    const text = valueAt(copy, path);
    if (isData(text)) setTranslatedFrom(text, translatedFrom(valueAt(item, path)));
  }
  return deepFreeze(copy);
}

/** `base-1`, `base-2`, …: the first that no card (or theme) uses, starting at `from`. */
export function freshId(base: string, taken: ReadonlySet<string>, from = 1): string {
  const stem = base.replace(/-+$/, '') || 'kaart';
  for (let n = from; ; n++) {
    const id = `${stem}-${n}`;
    if (!taken.has(id)) return id;
  }
}

const idsOf = (list: readonly unknown[]): Set<string> =>
  new Set(list.map(idOf).filter((id): id is string => id !== undefined));

/** The index of the item with `id`, or -1. */
const indexOfId = (list: readonly unknown[], id: string): number =>
  list.findIndex((item) => idOf(item) === id);

function addCard(data: Data, after: string | undefined, given: Record<string, unknown> | undefined): Data {
  const cards = cardsOf(data);
  const language = defaultLanguageOf(data);
  const theme = idOf(themesOf(data)[0]) ?? '';
  const card: Data = {
    id: '',
    family: 'wish',
    theme,
    depth: 1,
    prompt: { [language]: '' },
    answer: { kind: 'talk' },
    ...(isData(given) ? (plainCopy(given) as Data) : {}),
  };
  const taken = idsOf(cards);
  if (typeof card.id !== 'string' || card.id.trim() === '' || taken.has(card.id)) {
    const stem = [card.family, card.theme]
      .filter((part) => typeof part === 'string' && part !== '')
      .join('-');
    card.id = freshId(stem || 'kaart', taken);
  }
  const at = after === undefined ? cards.length : indexOfId(cards, after) + 1 || cards.length;
  for (const path of cardTextPaths(card)) assumeTranslatedFromCurrent(valueAt(card, path) as Data, language);
  return withList(data, 'cards', [...cards.slice(0, at), deepFreeze(card), ...cards.slice(at)]);
}

function duplicateCard(data: Data, id: string): Data {
  const cards = cardsOf(data);
  const index = indexOfId(cards, id);
  const card = cards[index];
  if (!isData(card)) return data;
  const copy = copyItem(card, cardTextPaths(card));
  const stem = id.replace(/-\d+$/, '');
  const fresh = Object.freeze({ ...copy, id: freshId(stem, idsOf(cards), 2) });
  return withList(data, 'cards', [...cards.slice(0, index + 1), fresh, ...cards.slice(index + 1)]);
}

function moveCard(data: Data, id: string, to: number): Data {
  const cards = cardsOf(data);
  const from = indexOfId(cards, id);
  if (from < 0 || !Number.isInteger(to)) return data;
  const target = Math.max(0, Math.min(cards.length - 1, to));
  if (target === from) return data;
  const list = [...cards];
  const [card] = list.splice(from, 1);
  list.splice(target, 0, card);
  return withList(data, 'cards', list);
}

function deleteItem(data: Data, key: 'cards' | 'themes', id: string): Data {
  const list = key === 'cards' ? cardsOf(data) : themesOf(data);
  const index = indexOfId(list, id);
  if (index < 0) return data;
  return withList(data, key, [...list.slice(0, index), ...list.slice(index + 1)]);
}

function addTheme(data: Data, given: Record<string, unknown> | undefined): Data {
  const themes = themesOf(data);
  const language = defaultLanguageOf(data);
  const theme: Data = {
    id: '',
    title: { [language]: '' },
    colour: '#1b6e5a',
    icon: 'person',
    ...(isData(given) ? (plainCopy(given) as Data) : {}),
  };
  const taken = idsOf(themes);
  if (typeof theme.id !== 'string' || theme.id.trim() === '' || taken.has(theme.id)) {
    theme.id = freshId('thema', taken);
  }
  if (isData(theme.title)) assumeTranslatedFromCurrent(theme.title, language);
  return withList(data, 'themes', [...themes, deepFreeze(theme)]);
}

/** A theme's new code, and every card of the theme with it. Never a code another theme has. */
function renameTheme(data: Data, id: string, to: string): Data {
  const themes = themesOf(data);
  const index = indexOfId(themes, id);
  const code = typeof to === 'string' ? to.trim() : '';
  if (index < 0 || code === '' || code === id || idsOf(themes).has(code)) return data;
  let next = setAt(data, ['themes', index, 'id'], code) as Data;
  cardsOf(next).forEach((card, at) => {
    if (isData(card) && card.theme === id) next = setAt(next, ['cards', at, 'theme'], code) as Data;
  });
  return next;
}

/**
 * `languages` set as a whole works like the changes one at a time, so no text is left in a language
 * the deck no longer has (it would not be saved): new codes are added, a new first code becomes the
 * default, and the texts of codes left out are removed. Not a list of codes: set as it is, so the
 * problems say what is wrong with it.
 */
function setLanguages(data: Data, value: unknown): Data {
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string'))
    return setValue(data, ['languages'], value);
  const wanted = [...new Set(value.map((code) => code.trim()).filter(Boolean))];
  let next = data;
  for (const code of wanted) next = addLanguage(next, code);
  if (wanted[0] !== undefined) next = setDefaultLanguage(next, wanted[0]);
  for (const code of languagesOf(next)) if (!wanted.includes(code)) next = removeLanguage(next, code);
  const order = Array.isArray(next.languages) ? next.languages : [];
  return order.join('\u0000') === wanted.join('\u0000') ? next : (setAt(next, ['languages'], wanted) as Data);
}

function addLanguage(data: Data, language: string): Data {
  const code = typeof language === 'string' ? language.trim() : '';
  const languages = languagesOf(data);
  if (code === '' || languages.includes(code)) return data;
  const list = Array.isArray(data.languages) ? data.languages : [];
  return setAt(data, ['languages'], [...list, code]) as Data;
}

function removeLanguage(data: Data, language: string): Data {
  if (language === defaultLanguageOf(data) || !languagesOf(data).includes(language)) return data;
  const list = Array.isArray(data.languages) ? data.languages : [];
  let next = setAt(
    data,
    ['languages'],
    list.filter((code) => code !== language),
  ) as Data;
  for (const { path, text } of deckTextPlaces(data)) {
    if (!Object.hasOwn(text, language)) continue;
    const { [language]: _removed, ...rest } = text;
    const { [language]: _from, ...from } = translatedFrom(text);
    const copy = Object.freeze(rest);
    setTranslatedFrom(copy, from);
    next = setAt(next, path, copy) as Data;
  }
  return next;
}

/**
 * Makes a language of the deck its default (first in `languages`). Every text stays as it is; each
 * translation now counts as made from today's text in the new default language, so a change of
 * that text makes them outdated. The texts are copied, so an undo gives back their old origins.
 */
function setDefaultLanguage(data: Data, language: string): Data {
  if (language === defaultLanguageOf(data) || !languagesOf(data).includes(language)) return data;
  const list = Array.isArray(data.languages) ? data.languages : [];
  let next = setAt(data, ['defaultLanguage'], language) as Data;
  next = setAt(next, ['languages'], [language, ...list.filter((code) => code !== language)]) as Data;
  for (const { path, text } of deckTextPlaces(next)) {
    const copy = Object.freeze({ ...text });
    setTranslatedFrom(copy, {});
    assumeTranslatedFromCurrent(copy, language);
    next = setAt(next, path, copy) as Data;
  }
  return next;
}

function withList(data: Data, key: 'cards' | 'themes', list: unknown[]): Data {
  return Object.freeze({ ...data, [key]: Object.freeze(list) });
}
