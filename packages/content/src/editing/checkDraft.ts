/**
 * Every problem of a draft at one revision, each at the card, field and language it belongs to:
 * the core's `parseDeck`, this package's data checks (icons, sensitive topics, options), the
 * translations made from an older text, the B1 readability check of the Dutch texts, and the
 * problems of the files as they were opened (while the place they point at is unchanged).
 *
 * Fast enough to run on every keystroke of a 1,000-card deck: the problems of a card are
 * remembered per card object (cards are frozen and replaced when they change), with the deck's
 * languages and themes they were found with; a card that only moved gets its paths and card number
 * changed. Only new cards are checked again:
 * `parseDeck` runs on a deck of the deck's own fields and those cards; the one check that spans
 * cards (two cards with one id) is done here, with the core's code and message.
 */
import {
  DECK_ISSUE_CODES,
  DECK_LIMITS,
  DECK_SCHEMA_VERSION,
  describeIssue,
  parseDeck,
  type Deck,
  type DeckIssue,
} from '@ontdek-doe/core/schema';
import { contentMessage, EDITOR_WORDING, type ContentIssueCode } from '../messages/contentMessages.ts';
import { checkCard, checkTheme, type ReportProblem } from '../source/checkDeckData.ts';
import { DECK_ID_PATTERN, isDeckTextPath } from '../source/loadDeckSource.ts';
import type { MessageParams } from '../types.ts';
import {
  cardsOf,
  cardTextPaths,
  defaultLanguageOf,
  idOf,
  isData,
  languagesOf,
  sameData,
  themesOf,
  valueAt,
  type Data,
} from './deckData.ts';
import { cardReadability } from './readabilityProblems.ts';
import { isFilled, translatedFrom, translationStateOf } from './translatedFrom.ts';
import type { EditorProblem, IssuePath } from './types.ts';

/** A problem of the files as they were opened, kept while what it points at is unchanged. */
export interface OpenedProblem {
  problem: EditorProblem;
  /** The card it is about when it was opened (its index may change). */
  cardId?: string;
  /** The value at its path when it was opened. */
  value: unknown;
}

/** What the checks need besides the data. */
export interface CheckOptions {
  /** The icon names a deck may use. */
  icons: ReadonlySet<string>;
  /** Answer kinds added by plugins, passed on to `parseDeck`. */
  answerKinds?: readonly string[];
  /** The problems of the files as opened. */
  opened?: readonly OpenedProblem[];
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

/** What a card's problems were worked out with: the deck's fields other than its cards. */
interface Context {
  themes: unknown;
  languages: unknown;
  defaultLanguage: unknown;
}

/** A card's problems, and the languages it has translations in. */
interface CardCheck {
  context: Context;
  index: number;
  problems: EditorProblem[];
  translated: readonly string[];
}

/** How to word a problem again when its card moves: its params (with `card`), and its wording. */
interface Rewording {
  params: MessageParams;
  word: (params: MessageParams) => EditorProblem['message'];
}
const rewordings = new WeakMap<EditorProblem, Rewording>();

/** `problem`, remembered with what it takes to word it again for another card number. */
function worded(problem: EditorProblem, params: MessageParams, word: Rewording['word']): EditorProblem {
  rewordings.set(problem, { params, word });
  return problem;
}

/** A card's check for the card at another place: paths and card numbers follow it. */
function moveCheck(check: CardCheck, index: number): CardCheck {
  const problems = check.problems.map((problem) => {
    const path = ['cards', index, ...problem.path.slice(2)];
    const rewording = rewordings.get(problem);
    if (!rewording) return { ...problem, path };
    const params = { ...rewording.params, card: index + 1 };
    return worded({ ...problem, path, message: rewording.word(params) }, params, rewording.word);
  });
  return { ...check, index, problems };
}

const describeBoth =
  (code: string) =>
  (params: MessageParams): EditorProblem['message'] => ({
    nl: describeIssue({ code, params }, 'nl'),
    en: describeIssue({ code, params }, 'en'),
  });

/** The deck's fields that every card is checked against. */
const contextOf = (data: Data): Context => ({
  themes: data.themes,
  languages: data.languages,
  defaultLanguage: data.defaultLanguage,
});

const sameContext = (a: Context, b: Context): boolean =>
  a.themes === b.themes && a.languages === b.languages && a.defaultLanguage === b.defaultLanguage;

/** A core problem, placed in the draft. */
function fromIssue(issue: DeckIssue, data: Data): EditorProblem {
  return {
    severity: issue.severity,
    code: issue.code,
    message: issue.message,
    path: issue.path,
    ...placeOf(issue.path, data, issue.params?.language),
    kind: 'deck',
  };
}

/** The core problems of one card at `index`, found at `probeIndex` of a smaller deck. */
function moveIssue(issue: DeckIssue, index: number): DeckIssue {
  const params = { ...issue.params, card: index + 1 };
  return {
    ...issue,
    path: ['cards', index, ...issue.path.slice(2)],
    params,
    message: {
      nl: describeIssue({ code: issue.code, params }, 'nl'),
      en: describeIssue({ code: issue.code, params }, 'en'),
    },
  };
}

/**
 * Works out the problems of a draft's revisions, remembering what it can between them.
 *
 * @example
 * ```ts
 * const checker = new DraftChecker({ icons: new Set(ICON_NAMES) });
 * checker.problems(draft.data());
 * ```
 */
export class DraftChecker {
  readonly #cards = new WeakMap<object, CardCheck>();
  readonly #options: CheckOptions;
  #context: Context | undefined;

  constructor(options: CheckOptions) {
    this.#options = options;
  }

  /** Every problem of `data`, deck fields first, then themes, then cards, each in deck order. */
  problems(data: Data): EditorProblem[] {
    const defaultLanguage = defaultLanguageOf(data);
    const allLanguages = languagesOf(data);
    const languages = allLanguages.filter((language) => language !== defaultLanguage);
    const fresh = contextOf(data);
    const context =
      this.#context && sameContext(this.#context, fresh) ? this.#context : (this.#context = fresh);
    const problems: EditorProblem[] = [];
    const report =
      (into: EditorProblem[]): ReportProblem =>
      (code, path, params, severity) =>
        into.push(
          worded(
            {
              severity,
              code,
              message: contentMessage(code, params),
              path,
              ...placeOf(path, data),
              kind: 'deck',
            },
            params,
            (p) => contentMessage(code, p),
          ),
        );

    // ── The files as opened, where still true ──
    const explained: IssuePath[] = [];
    for (const opened of this.#options.opened ?? []) {
      const path = currentPath(opened, data);
      if (path === undefined) continue;
      problems.push({ ...opened.problem, path, ...placeOf(path, data, opened.problem.language) });
      if (path.length > 0) explained.push(path);
    }

    // ── The cards: remembered, or checked now ──
    const cards = cardsOf(data);
    const checks: (CardCheck | undefined)[] = cards.map((card, index) => {
      const check = isData(card) ? this.#cards.get(card) : undefined;
      if (!check || check.context !== context) return undefined;
      if (check.index === index) return check;
      const moved = moveCheck(check, index);
      this.#cards.set(card as Data, moved);
      return moved;
    });
    const stale = cards.map((_, index) => index).filter((index) => checks[index] === undefined);
    const core = this.#core(data, stale);
    for (const index of stale) {
      const card = cards[index];
      const check: CardCheck = { context, index, problems: [], translated: [] };
      for (const issue of core.cards.get(index) ?? [])
        check.problems.push(worded(fromIssue(issue, data), issue.params ?? {}, describeBoth(issue.code)));
      checkCard(card, index, this.#options.icons, report(check.problems));
      if (isData(card)) {
        const translated = new Set<string>();
        for (const path of cardTextPaths(card))
          translationProblems(
            ['cards', index, ...path],
            valueAt(card, path),
            languages,
            defaultLanguage,
            data,
            check.problems,
            translated,
          );
        check.translated = [...translated];
        check.problems.push(...cardReadability(card, index, allLanguages));
        this.#cards.set(card, check);
      }
      checks[index] = check;
    }

    // ── The deck's own fields and its themes ──
    const translated = new Set<string>();
    const deckProblems: EditorProblem[] = [];
    for (const key of ['title', 'description'])
      translationProblems([key], data[key], languages, defaultLanguage, data, deckProblems, translated);
    themesOf(data).forEach((theme, index) => {
      checkTheme(theme, index, this.#options.icons, report(deckProblems));
      if (isData(theme))
        translationProblems(
          ['themes', index, 'title'],
          theme.title,
          languages,
          defaultLanguage,
          data,
          deckProblems,
          translated,
        );
    });
    if (typeof data.id === 'string' && !DECK_ID_PATTERN.test(data.id))
      report(deckProblems)('invalid-deck-id', ['id'], { id: data.id }, 'error');
    for (const issue of core.deck) deckProblems.push(fromIssue(issue, data));
    for (const check of checks) for (const language of check?.translated ?? []) translated.add(language);

    // A language with nothing translated is one warning, not one per text.
    const untranslated = new Set(languages.filter((language) => !translated.has(language)));
    for (const language of untranslated) {
      const params = { language, defaultLanguage };
      deckProblems.push({
        severity: 'warning',
        code: 'language-not-translated',
        message: EDITOR_WORDING['language-not-translated'](params),
        path: ['languages', allLanguages.indexOf(language)],
        field: 'languages',
        language,
        kind: 'deck',
      });
    }

    const keep = (problem: EditorProblem) =>
      !(
        problem.code === 'missing-translation' &&
        problem.language !== undefined &&
        untranslated.has(problem.language)
      ) && !(problem.kind === 'deck' && explained.some((path) => startsWith(problem.path, path)));
    problems.push(...deckProblems.filter(keep));
    for (const problem of duplicateIds(data)) problems.push(problem);
    for (const check of checks)
      for (const problem of check?.problems ?? []) if (keep(problem)) problems.push(problem);
    problems.sort(byPlace);
    return problems;
  }

  /** The core's problems: of the deck's own fields, and of the cards at `stale` by index. */
  #core(data: Data, stale: readonly number[]): { deck: DeckIssue[]; cards: Map<number, DeckIssue[]> } {
    const cards = cardsOf(data);
    const options = this.#options.answerKinds ? { answerKinds: this.#options.answerKinds } : undefined;
    const byCard = new Map<number, DeckIssue[]>();
    const whole =
      !Array.isArray(data.cards) ||
      cards.length === 0 ||
      cards.length > DECK_LIMITS.maxCards ||
      data.schemaVersion !== DECK_SCHEMA_VERSION;
    // A deck of the deck's own fields and the stale cards (or the first card, for the fields alone).
    const probe = whole ? stale : stale.length > 0 ? stale : [0];
    const parsed = parseDeck(whole ? data : { ...data, cards: probe.map((index) => cards[index]) }, options);
    const issues = parsed.ok ? parsed.warnings : [...parsed.errors, ...parsed.warnings];
    const deck: DeckIssue[] = [];
    for (const issue of issues) {
      const [top, at] = issue.path;
      if (top === 'cards' && typeof at === 'number') {
        if (issue.code === 'duplicate-card-id') continue; // worked out over the whole deck
        const index = whole ? at : probe[at];
        if (index === undefined || (!whole && stale.length === 0)) continue;
        const list = byCard.get(index) ?? [];
        list.push(whole || index === at ? issue : moveIssue(issue, index));
        byCard.set(index, list);
      } else if (issue.code !== 'more-issues') deck.push(issue);
    }
    return { deck, cards: byCard };
  }
}

/** Two cards with one id: an error at the second, worded as the core words it. */
function duplicateIds(data: Data): EditorProblem[] {
  const seen = new Map<string, number>();
  const out: EditorProblem[] = [];
  cardsOf(data).forEach((card, index) => {
    const id = idOf(card);
    if (id === undefined || id.trim() === '') return;
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, index);
      return;
    }
    const params = { field: 'id', card: index + 1, cardId: id, firstCard: first + 1 };
    const issue: DeckIssue = {
      code: 'duplicate-card-id',
      severity: 'error',
      path: ['cards', index, 'id'],
      params,
      message: {
        nl: describeIssue({ code: 'duplicate-card-id', params }, 'nl'),
        en: describeIssue({ code: 'duplicate-card-id', params }, 'en'),
      },
    };
    out.push(fromIssue(issue, data));
  });
  return out;
}

/** Translations made from an older text (or from an unknown one) of the text at `path`. */
function translationProblems(
  path: IssuePath,
  text: unknown,
  languages: readonly string[],
  defaultLanguage: string,
  data: Data,
  into: EditorProblem[],
  translated: Set<string>,
): void {
  if (!isData(text)) return;
  for (const language of languages) {
    if (!isFilled(text[language])) continue;
    translated.add(language);
    if (translationStateOf(text, language, defaultLanguage) !== 'outdated') continue;
    const code: ContentIssueCode & keyof typeof EDITOR_WORDING =
      translatedFrom(text)[language] === null ? 'translation-without-source' : 'outdated-translation';
    const params = { ...textParams(path, data), language, defaultLanguage };
    const problem: EditorProblem = {
      severity: 'warning',
      code,
      message: EDITOR_WORDING[code](params),
      path: [...path, language],
      ...placeOf([...path, language], data),
      kind: 'deck',
    };
    into.push(worded(problem, params, EDITOR_WORDING[code]));
  }
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

/** The deck ready to play, by the core's full `parseDeck` (only when `problems` has no error). */
export function playableDeck(
  data: Data,
  problems: readonly EditorProblem[],
  answerKinds?: readonly string[],
): Deck | undefined {
  if (problems.some((problem) => problem.severity === 'error')) return undefined;
  const parsed = parseDeck(data, answerKinds ? { answerKinds } : undefined);
  return parsed.ok ? parsed.deck : undefined;
}
