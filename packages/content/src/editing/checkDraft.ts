/**
 * Every problem of a draft at one revision, each at the card, field and language it belongs to:
 * the core's `parseDeck`, this package's data checks (icons, sensitive topics, options), the
 * translations made from an older text, the B1 readability check of the Dutch texts, and the
 * problems of the files as they were opened (while the place they point at is unchanged).
 */
import { DECK_ISSUE_CODES, parseDeck, type Deck, type DeckIssue } from '@ontdek-doe/core/schema';
import { contentMessage, EDITOR_WORDING, type ContentIssueCode } from '../messages/contentMessages.ts';
import { checkDeckData } from '../source/checkDeckData.ts';
import { DECK_ID_PATTERN, isDeckTextPath } from '../source/loadDeckSource.ts';
import type { MessageParams } from '../types.ts';
import {
  cardsOf,
  deckTextPlaces,
  defaultLanguageOf,
  idOf,
  languagesOf,
  sameData,
  themesOf,
  valueAt,
  type Data,
} from './deckData.ts';
import { readabilityProblems } from './readabilityProblems.ts';
import { isFilled, translationStateOf, translatedFrom } from './translatedFrom.ts';
import type { EditorProblem, IssuePath } from './types.ts';

/** A problem of the files as they were opened, kept while what it points at is unchanged. */
export interface OpenedProblem {
  problem: EditorProblem;
  /** The card it is about when it was opened (its index may change). */
  cardId?: string;
  /** The value at its path when it was opened. */
  value: unknown;
}

/** What {@link checkDraft} needs besides the data. */
export interface CheckContext {
  /** The icon names a deck may use. */
  icons: ReadonlySet<string>;
  /** Answer kinds added by plugins, passed on to `parseDeck`. */
  answerKinds?: readonly string[];
  /** The problems of the files as opened. */
  opened: readonly OpenedProblem[];
}

/** What {@link checkDraft} gives back. */
export interface DraftCheck {
  problems: EditorProblem[];
  /** The deck, when it has no errors. */
  deck?: Deck;
}

/** The codes the editor works out again at every revision; all other problems come from the files. */
const LIVE_CODES: ReadonlySet<string> = new Set<string>([
  ...DECK_ISSUE_CODES,
  'unknown-icon',
  'unknown-sensitivity',
  'too-many-options',
  'invalid-deck-id',
  'folder-name-mismatch',
  'outdated-translation',
  'translation-without-source',
  'language-not-translated',
]);

/** Whether a problem of the opened files is worked out again by the editor (so not kept from the files). */
export const isLiveCode = (code: string): boolean => LIVE_CODES.has(code);

/**
 * Where a problem at `path` shows: the card, the top-level field and the language.
 *
 * @example
 * ```ts
 * placeOf(['cards', 3, 'prompt', 'en'], deck); // { cardId: 'wish-myself-4', field: 'prompt', language: 'en' }
 * ```
 */
export function placeOf(
  path: IssuePath,
  data: Data,
  language?: unknown,
): Pick<EditorProblem, 'cardId' | 'field' | 'language'> {
  const out: Pick<EditorProblem, 'cardId' | 'field' | 'language'> = {};
  const [top, index, field] = path;
  if ((top === 'cards' || top === 'themes') && typeof index === 'number') {
    if (top === 'cards') {
      const id = idOf(cardsOf(data)[index]);
      if (id !== undefined) out.cardId = id;
    }
    if (typeof field === 'string') out.field = field;
  } else if (typeof top === 'string') out.field = top;
  const last = path[path.length - 1];
  if (path.length > 1 && typeof last === 'string' && isDeckTextPath(path.slice(0, -1))) out.language = last;
  else if (typeof language === 'string') out.language = language;
  return out;
}

/** The params that name a text in messages (`card`, `cardId`, `text`, `item`, `optionId`, `theme`, …). */
export function textParams(path: IssuePath, data: Data): MessageParams {
  const [top, index, field, item] = path;
  if (top === 'themes' && typeof index === 'number') {
    const themeId = idOf(themesOf(data)[index]);
    return { theme: index + 1, ...(themeId !== undefined ? { themeId } : {}), text: 'title' };
  }
  if (top !== 'cards' || typeof index !== 'number') return { text: String(top) };
  const cardId = idOf(cardsOf(data)[index]);
  const card = { card: index + 1, ...(cardId !== undefined ? { cardId } : {}) };
  if (field === 'hints' || field === 'followUps') return { ...card, text: field, item: Number(item) + 1 };
  if (field === 'picture') return { ...card, text: 'alt' };
  if (field === 'answer') {
    const optionId = idOf(valueAt(data, path.slice(0, 5)));
    return { ...card, text: 'options', ...(optionId !== undefined ? { optionId } : {}) };
  }
  return { ...card, text: String(field) };
}

/**
 * Checks `data` (the merged deck of a draft).
 *
 * @example
 * ```ts
 * const { problems, deck } = checkDraft(data, { icons: new Set(ICON_NAMES), opened: [] });
 * ```
 */
export function checkDraft(data: Data, context: CheckContext): DraftCheck {
  const problems: EditorProblem[] = [];
  const defaultLanguage = defaultLanguageOf(data);
  const languages = languagesOf(data).filter((language) => language !== defaultLanguage);

  // ── The files as opened, where still true ──
  const explained: IssuePath[] = [];
  for (const opened of context.opened) {
    const path = currentPath(opened, data);
    if (path === undefined) continue;
    problems.push({ ...opened.problem, path, ...placeOf(path, data, opened.problem.language) });
    if (path.length > 0) explained.push(path);
  }

  // ── Translations: made from an older text, and languages with nothing translated ──
  const translated = new Set<string>();
  for (const { path, text } of deckTextPlaces(data)) {
    for (const language of languages) {
      if (!isFilled(text[language])) continue;
      translated.add(language);
      if (translationStateOf(text, language, defaultLanguage) !== 'outdated') continue;
      const code =
        translatedFrom(text)[language] === null ? 'translation-without-source' : 'outdated-translation';
      const params = { ...textParams(path, data), language, defaultLanguage };
      problems.push({
        severity: 'warning',
        code,
        message: EDITOR_WORDING[code](params),
        path: [...path, language],
        ...placeOf([...path, language], data),
        kind: 'deck',
      });
    }
  }
  const untranslated = new Set(languages.filter((language) => !translated.has(language)));
  for (const language of untranslated) {
    const params = { language, defaultLanguage };
    problems.push({
      severity: 'warning',
      code: 'language-not-translated',
      message: EDITOR_WORDING['language-not-translated'](params),
      path: ['languages', languagesOf(data).indexOf(language)],
      field: 'languages',
      language,
      kind: 'deck',
    });
  }

  // ── This package's checks of the data ──
  const report = (
    code: ContentIssueCode,
    path: IssuePath,
    params: MessageParams,
    severity: 'error' | 'warning',
  ) =>
    problems.push({
      severity,
      code,
      message: contentMessage(code, params),
      path,
      ...placeOf(path, data),
      kind: 'deck',
    });
  if (typeof data.id === 'string' && !DECK_ID_PATTERN.test(data.id))
    report('invalid-deck-id', ['id'], { id: data.id }, 'error');
  checkDeckData(data, context.icons, report);

  // ── The core ──
  const parsed = parseDeck(data, context.answerKinds ? { answerKinds: context.answerKinds } : undefined);
  const issues: DeckIssue[] = parsed.ok ? parsed.warnings : [...parsed.errors, ...parsed.warnings];
  for (const issue of issues) {
    if (explained.some((path) => startsWith(issue.path, path))) continue;
    if (issue.code === 'missing-translation' && untranslated.has(String(issue.params?.language))) continue;
    problems.push({
      severity: issue.severity,
      code: issue.code,
      message: issue.message,
      path: issue.path,
      ...placeOf(issue.path, data, issue.params?.language),
      kind: 'deck',
    });
  }

  // ── Readability of the Dutch texts ──
  problems.push(...readabilityProblems(data));

  problems.sort(byPlace);
  const playable = parsed.ok && !problems.some((problem) => problem.severity === 'error');
  return playable ? { problems, deck: parsed.deck } : { problems };
}

/** Where an opened problem is now, or `undefined` when what it pointed at has changed. */
function currentPath(opened: OpenedProblem, data: Data): IssuePath | undefined {
  const path = opened.problem.path;
  if (path.length === 0) return path;
  let now = path;
  if (path[0] === 'cards' && opened.cardId !== undefined) {
    const index = cardsOf(data).findIndex((card) => idOf(card) === opened.cardId);
    if (index < 0) return undefined;
    now = ['cards', index, ...path.slice(2)];
  }
  return sameData(valueAt(data, now), opened.value) ? now : undefined;
}

const startsWith = (path: IssuePath, prefix: IssuePath): boolean =>
  prefix.length <= path.length && prefix.every((segment, index) => path[index] === segment);

/** The deck's own fields first, then the themes, then the cards, each in deck order. */
function rank(path: IssuePath): [number, number] {
  const [top, index] = path;
  const at = typeof index === 'number' ? index : -1;
  if (top === 'themes') return [1, at];
  if (top === 'cards') return [2, at];
  return [0, 0];
}

function byPlace(a: EditorProblem, b: EditorProblem): number {
  const [sa, ia] = rank(a.path);
  const [sb, ib] = rank(b.path);
  return sa - sb || ia - ib;
}
