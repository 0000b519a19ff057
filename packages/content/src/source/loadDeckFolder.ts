/**
 * Loads one deck folder: deck.yaml plus every `<lang>.yaml`, merged into the core's deck shape,
 * checked by the core's `parseDeck` and by the checks only the source files allow. Every problem
 * is placed by file, line and column. Never throws, whatever is in the folder.
 */
import { describeIssue, parseDeck, type DeckIssue } from '@ontdek-doe/core/schema';
import { basename, join } from 'node:path';
import { contentMessage, SOURCE_WORDING, type ContentIssueCode } from '../messages/contentMessages.ts';
import type {
  IssuePath,
  LoadedDeck,
  LocatedProblem,
  MessageParams,
  SourceLocation,
  TranslatedText,
} from '../types.ts';
import { applyTranslation } from './applyTranslation.ts';
import { DeckSourceMap } from './DeckSourceMap.ts';
import { readIconNames } from './iconSet.ts';
import { parseYamlSource, pathKey, type YamlSource } from './parseYamlSource.ts';
import { errorCode, nodeFileSystem, readSourceFile, type SourceFileSystem } from './readSourceFile.ts';
import { suggest } from './suggest.ts';
import { defaultLanguageOf, toDeckInput } from './toDeckInput.ts';

/** The file every deck folder has. */
export const DECK_FILE = 'deck.yaml';

/** A deck id that is also a safe folder and file name: `basis`, `mijn-set-2`. */
export const DECK_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A translation file name: a language code and `.yaml`, e.g. `en.yaml`, `pt-BR.yaml`. */
const TRANSLATION_FILE = /^([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.yaml$/;

/** The same with the other extension: `en.yml`, which is not read. */
const TRANSLATION_FILE_YML = /^([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.yml$/i;

/**
 * The sensitive topics a game leader can leave out by name. Other words are allowed (a host may
 * know more), but get a warning, since a typo means the card is not left out.
 */
export const SENSITIVITY_TAGS = ['loss', 'money-worries', 'trauma', 'health', 'family', 'migration'] as const;

/** More options than this do not fit on a printed card or a phone screen. */
export const MAX_CHOICE_OPTIONS = 8;

/**
 * Whether `path` (in deck.yaml) is a text the game shows: a title, a question, a hint, a label, ….
 *
 * @example
 * ```ts
 * isDeckTextPath(['cards', 0, 'hints', 1]); // true
 * isDeckTextPath(['cards', 0, 'theme']); // false
 * ```
 */
export function isDeckTextPath(path: IssuePath): boolean {
  const [a, b, c, d, e, f] = path;
  if (path.length === 1) return a === 'title' || a === 'description';
  if (a === 'themes') return path.length === 3 && typeof b === 'number' && c === 'title';
  if (a !== 'cards' || typeof b !== 'number') return false;
  if (path.length === 3) return c === 'prompt' || c === 'easy';
  if (path.length === 4)
    return (
      ((c === 'hints' || c === 'followUps') && typeof d === 'number') || (c === 'picture' && d === 'alt')
    );
  return path.length === 6 && c === 'answer' && d === 'options' && typeof e === 'number' && f === 'label';
}

/** Options for {@link loadDeckFolder}. */
export interface LoadDeckFolderOptions {
  /** The icon names a deck may use; default: read from this package's `icons/` at run time. */
  icons?: ReadonlySet<string>;
  /** Answer kinds added by plugins, passed on to `parseDeck`. */
  answerKinds?: readonly string[];
  /** Check that the folder is named after the deck id (default `true`). */
  checkFolderName?: boolean;
  /** How messages name the folder (default: `folder` as given). */
  name?: string;
  /** The file system to read from (tests simulate failures with it). */
  fs?: SourceFileSystem;
}

type Data = Record<string, unknown>;
const isData = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const FILE_ORDER = (file: string) => (file === DECK_FILE ? '' : file);

/**
 * Loads and checks the deck in `folder`.
 *
 * @example
 * ```ts
 * const loaded = loadDeckFolder('packages/content/decks/basis');
 * for (const p of loaded.problems) console.log(`${p.file}:${p.line}:${p.column}  ${p.message.en}`);
 * if (loaded.deck) startGame(loaded.deck);
 * ```
 */
export function loadDeckFolder(folder: string, options: LoadDeckFolderOptions = {}): LoadedDeck {
  const fs = options.fs ?? nodeFileSystem;
  const name = options.name ?? folder;
  const sourceMap = new DeckSourceMap(DECK_FILE);
  const problems: LocatedProblem[] = [];
  const translations: Record<string, Map<string, TranslatedText>> = {};
  const translationFiles: Record<string, string> = {};
  const result: LoadedDeck = {
    folder,
    problems,
    defaultLanguage: 'nl',
    translationFiles,
    translations,
    locate: (path) => sourceMap.locate(path),
  };
  const fileProblem = (
    code: ContentIssueCode,
    params: MessageParams,
    file = DECK_FILE,
    severity: 'error' | 'warning' = 'error',
  ) => {
    problems.push({
      severity,
      code,
      message: contentMessage(code, params),
      file,
      line: 0,
      column: 0,
      path: [],
      params,
    });
  };

  // ── The folder and its files ──
  let entries: string[];
  try {
    if (!fs.statSync(folder).isDirectory()) {
      fileProblem('folder-not-found', { folder: name }, '');
      return result;
    }
    entries = fs.readdirSync(folder).sort();
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') fileProblem('folder-not-found', { folder: name }, '');
    else fileProblem('file-unreadable', { file: name, reason: code }, '');
    return result;
  }
  if (!entries.includes(DECK_FILE)) {
    const other = entries.find((entry) => /^deck\.ya?ml$/i.test(entry));
    if (other) fileProblem('deck-file-extension', { folder: name, file: other }, other);
    else fileProblem('no-deck-file', { folder: name }, '');
    return result;
  }
  for (const entry of entries) {
    if (entry === DECK_FILE || !/\.ya?ml$/i.test(entry) || TRANSLATION_FILE.test(entry)) continue;
    const yml = TRANSLATION_FILE_YML.exec(entry);
    if (yml && !entries.includes(`${yml[1]}.yaml`))
      fileProblem('translation-file-extension', { file: entry, rename: `${yml[1]}.yaml` }, entry, 'warning');
    else fileProblem('unknown-file', { file: entry }, entry, 'warning');
  }

  const deckSource = readYaml(join(folder, DECK_FILE), DECK_FILE, fs, problems);
  if (!deckSource) return finish(result);
  const data = deckSource.value as Data;
  for (const [key, place] of deckSource.places) sourceMap.set(JSON.parse(key) as IssuePath, place);

  // ── Merge ──
  const deck = toDeckInput(data);
  const defaultLanguage = defaultLanguageOf(data);
  result.defaultLanguage = defaultLanguage;
  const languages = Array.isArray(data.languages)
    ? data.languages.filter((code): code is string => typeof code === 'string')
    : [];
  const unreadableLanguages = new Set<string>();
  const translationSources: Record<string, YamlSource> = {};
  for (const entry of entries) {
    const match = TRANSLATION_FILE.exec(entry);
    if (!match || entry === DECK_FILE) continue;
    const language = match[1]!;
    const source = readYaml(join(folder, entry), entry, fs, problems);
    if (!source) {
      // The file's own problem says it all; every text "missing" in that language would only bury it.
      unreadableLanguages.add(language);
      continue;
    }
    const applied = applyTranslation({ deck, source, language, defaultLanguage, languages, sourceMap });
    problems.push(...applied.problems);
    if (applied.used) {
      translationFiles[language] = entry;
      translations[language] = applied.texts;
      translationSources[language] = source;
    } else {
      unreadableLanguages.add(language);
    }
  }

  // ── Checks only the source can do ──
  const locate = (path: IssuePath) => sourceMap.locate(path);
  const sourceProblem = (
    code: ContentIssueCode,
    path: IssuePath,
    params: MessageParams = {},
    severity: 'error' | 'warning' = 'error',
  ) => {
    problems.push({ severity, code, message: contentMessage(code, params), ...locate(path), path, params });
  };
  if (Object.hasOwn(data, 'defaultLanguage'))
    sourceProblem('default-language-field', ['defaultLanguage'], {}, 'warning');
  if (typeof data.id === 'string') {
    if (!DECK_ID_PATTERN.test(data.id)) sourceProblem('invalid-deck-id', ['id'], { id: data.id });
    const folderName = basename(folder.replace(/[\\/]+$/, ''));
    if (options.checkFolderName !== false && folderName !== data.id && folderName !== '') {
      sourceProblem('folder-name-mismatch', ['id'], { id: data.id, folder: folderName });
    }
  }
  const unquoted = new Set<string>();
  if (Array.isArray(data.themes)) {
    data.themes.forEach((theme: unknown, index) => {
      if (!isData(theme) || theme.colour !== null) return;
      const place = sourceMap.locate(['themes', index, 'colour']);
      if (/^\s*-?\s*colou?r:\s*#/.test(deckSource.lines[place.line - 1] ?? '')) {
        sourceProblem('unquoted-colour', ['themes', index, 'colour']);
        unquoted.add(JSON.stringify(['themes', index, 'colour']));
      }
    });
  }
  checkIcons(deck, options.icons ?? readIconNames(), sourceProblem);

  // A text with a colon or a # in it, that YAML read as something else.
  const explained = new Set<string>();
  for (const [key, { location, text }] of deckSource.colonTexts) {
    const path = JSON.parse(key) as IssuePath;
    if (!isDeckTextPath(path)) continue;
    const params = { text };
    problems.push({
      severity: 'error',
      code: 'yaml-colon-in-text',
      message: contentMessage('yaml-colon-in-text', params),
      ...location,
      path,
      params,
    });
    explained.add(key);
  }
  for (const [key, { location, kept, text }] of deckSource.comments) {
    const path = JSON.parse(key) as IssuePath;
    if (!isDeckTextPath(path)) continue;
    const params = { kept, text };
    problems.push({
      severity: 'warning',
      code: 'yaml-comment-in-text',
      message: contentMessage('yaml-comment-in-text', params),
      ...location,
      path,
      params,
    });
  }
  checkCards(data, sourceProblem);

  // ── The core's checks (a deck.yaml with YAML errors never gets here, duplicate keys aside) ──
  {
    const parsed = parseDeck(deck, options.answerKinds ? { answerKinds: options.answerKinds } : undefined);
    const issues = parsed.ok ? parsed.warnings : [...parsed.errors, ...parsed.warnings];
    // A language with no translation at all is one warning, not one per text.
    const untranslated = languages.filter(
      (language, index) =>
        index > 0 &&
        language !== defaultLanguage &&
        !unreadableLanguages.has(language) &&
        (translations[language]?.size ?? 0) === 0,
    );
    for (const issue of issues) {
      if (unquoted.has(JSON.stringify(issue.path))) continue; // already explained better
      if (issue.path.some((_, n) => explained.has(pathKey(issue.path.slice(0, n + 1))))) continue;
      if (
        issue.code === 'missing-translation' &&
        (unreadableLanguages.has(String(issue.params?.language)) ||
          untranslated.includes(String(issue.params?.language)))
      )
        continue;
      problems.push(locateIssue(issue, defaultLanguage, locate, data));
    }
    for (const language of untranslated) {
      const file = translationFiles[language];
      const params: MessageParams = { language, defaultLanguage, folder: name, ...(file ? { file } : {}) };
      const where = file
        ? (translationSources[language]?.places.get(pathKey(['language'])) ?? { file, line: 1, column: 1 })
        : locate(['languages', languages.indexOf(language)]);
      problems.push({
        severity: 'warning',
        code: 'language-not-translated',
        message: contentMessage('language-not-translated', params),
        ...where,
        path: [],
        params,
      });
    }
    if (parsed.ok && !problems.some((p) => p.severity === 'error')) result.deck = parsed.deck;
  }
  return finish(result);
}

/** Reads and parses one YAML file; `undefined` (with problems added) when it cannot be used at all. */
function readYaml(
  path: string,
  name: string,
  fs: SourceFileSystem,
  problems: LocatedProblem[],
): YamlSource | undefined {
  const read = readSourceFile(path, name, fs);
  if (!read.ok) {
    problems.push({
      severity: 'error',
      code: read.code,
      message: contentMessage(read.code, read.params),
      file: name,
      line: 0,
      column: 0,
      path: [],
      params: read.params,
    });
    return undefined;
  }
  if (read.text.trim() === '') {
    const params = { file: name };
    problems.push({
      severity: 'error',
      code: 'file-empty',
      message: contentMessage('file-empty', params),
      file: name,
      line: 0,
      column: 0,
      path: [],
      params,
    });
    return undefined;
  }
  const source = parseYamlSource(read.text, name);
  problems.push(...source.problems);
  return source.value === undefined ? undefined : source;
}

/** The value at `path` in plain data, or `undefined`. */
function valueAt(data: unknown, path: IssuePath): unknown {
  let current = data;
  for (const segment of path) {
    if (typeof segment === 'number')
      current = Array.isArray(current) ? (current[segment] as unknown) : undefined;
    else current = isData(current) && Object.hasOwn(current, segment) ? current[segment] : undefined;
  }
  return current;
}

/** Places a core problem in the source files, and words it for the source format. */
function locateIssue(
  issue: DeckIssue,
  defaultLanguage: string,
  locate: (path: IssuePath) => SourceLocation,
  source: Data,
): LocatedProblem {
  let message = issue.message;
  const params = issue.params;
  const path = issue.path;
  // In deck.yaml a default-language text is written without its language code: `prompt: …`,
  // not `prompt.nl`. Say "prompt", as the trainer wrote it.
  const suffix = `.${defaultLanguage}`;
  const last = path[path.length - 1];
  if (
    issue.code === 'wrong-type' &&
    params &&
    typeof params.field === 'string' &&
    params.field.endsWith(suffix)
  ) {
    const field = params.field.slice(0, -suffix.length);
    const reworded = { ...params, field };
    const raw = last === defaultLanguage ? valueAt(source, path.slice(0, -1)) : undefined;
    message =
      typeof raw === 'number' || typeof raw === 'boolean'
        ? SOURCE_WORDING.numberAsText({
            ...reworded,
            value: String(raw),
            field: String(path[path.length - 2]),
          })
        : {
            nl: describeIssue({ code: issue.code, params: reworded }, 'nl'),
            en: describeIssue({ code: issue.code, params: reworded }, 'en'),
          };
  }
  // `depth: "2"`: a number in quotes is text.
  const wantsNumber =
    issue.code === 'invalid-depth' ||
    (issue.code === 'wrong-type' && (params?.expected === 'number' || params?.expected === 'int'));
  if (wantsNumber && typeof last === 'string') {
    const raw = valueAt(source, path);
    if (typeof raw === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(raw))
      message = SOURCE_WORDING.quotedNumber({ ...params, field: last, value: raw.trim() });
  }
  // Two cards (or themes) with one id: say where the first one is.
  if (issue.code === 'duplicate-card-id' && params && typeof params.firstCard === 'number') {
    const firstLine = locate(['cards', params.firstCard - 1, 'id']).line;
    message = SOURCE_WORDING.duplicateCardId({ ...params, firstLine });
  }
  if (issue.code === 'duplicate-theme-id' && params && typeof params.firstTheme === 'number') {
    const firstLine = locate(['themes', params.firstTheme - 1, 'id']).line;
    message = SOURCE_WORDING.duplicateThemeId({ ...params, firstLine });
  }
  const place = locate(path);
  return {
    severity: issue.severity,
    code: issue.code,
    message,
    file: place.file,
    line: place.line,
    column: place.column,
    path,
    ...(params ? { params } : {}),
  };
}

/** Sensitive topics that are not known (a typo?), and choice cards with too many options. */
function checkCards(
  deck: Data,
  report: (
    code: ContentIssueCode,
    path: IssuePath,
    params: MessageParams,
    severity: 'error' | 'warning',
  ) => void,
): void {
  if (!Array.isArray(deck.cards)) return;
  const known: readonly string[] = SENSITIVITY_TAGS;
  deck.cards.forEach((card: unknown, index) => {
    if (!isData(card)) return;
    const place = { card: index + 1, ...(typeof card.id === 'string' ? { cardId: card.id } : {}) };
    if (Array.isArray(card.sensitivity)) {
      card.sensitivity.forEach((tag: unknown, item) => {
        if (typeof tag !== 'string' || known.includes(tag)) return;
        const suggestion = suggest(tag, known);
        report(
          'unknown-sensitivity',
          ['cards', index, 'sensitivity', item],
          { ...place, tag, known: known.join(', '), ...(suggestion ? { suggestion } : {}) },
          'warning',
        );
      });
    }
    const answer = card.answer;
    if (isData(answer) && answer.kind === 'choice' && Array.isArray(answer.options)) {
      const count = answer.options.length;
      if (count > MAX_CHOICE_OPTIONS)
        report(
          'too-many-options',
          ['cards', index, 'answer', 'options'],
          { ...place, count, max: MAX_CHOICE_OPTIONS },
          'warning',
        );
    }
  });
}

/** Reports theme, option and picture icons that are not in the icon set. */
function checkIcons(
  deck: Data,
  icons: ReadonlySet<string>,
  report: (code: ContentIssueCode, path: IssuePath, params: MessageParams) => void,
): void {
  if (icons.size === 0) return;
  const check = (name: unknown, path: IssuePath) => {
    if (typeof name !== 'string' || name.trim() === '' || icons.has(name)) return;
    const suggestion = suggest(name, icons);
    report('unknown-icon', path, { icon: name, ...(suggestion ? { suggestion } : {}) });
  };
  if (Array.isArray(deck.themes)) {
    deck.themes.forEach((theme: unknown, index) => {
      if (isData(theme)) check(theme.icon, ['themes', index, 'icon']);
    });
  }
  if (!Array.isArray(deck.cards)) return;
  deck.cards.forEach((card: unknown, index) => {
    if (!isData(card)) return;
    if (isData(card.picture) && typeof card.picture.src === 'string') {
      const match = /^icons\/(.+)\.svg$/.exec(card.picture.src);
      if (match) check(match[1], ['cards', index, 'picture', 'src']);
    }
    const answer = card.answer;
    if (isData(answer) && Array.isArray(answer.options)) {
      answer.options.forEach((option: unknown, optionIndex) => {
        if (isData(option)) check(option.icon, ['cards', index, 'answer', 'options', optionIndex, 'icon']);
      });
    }
  });
}

/** Sorts problems in file order (deck.yaml first), then by line and column. */
function finish(result: LoadedDeck): LoadedDeck {
  result.problems.sort(
    (a, b) => FILE_ORDER(a.file).localeCompare(FILE_ORDER(b.file)) || a.line - b.line || a.column - b.column,
  );
  return result;
}
