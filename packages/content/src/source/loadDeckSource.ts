/**
 * The heart of the deck loader, shared by the CLI (files on disk, see `loadDeckFolder`) and the
 * deck editor (files a trainer picks in the browser): deck.yaml plus every `<lang>.yaml`, merged
 * into the core's deck shape, checked by the core's `parseDeck` and by the checks only the source
 * files allow. Every problem is placed by file, line and column. No file system, no `node:*`
 * imports: the caller reads the files. Never throws.
 */
import { describeIssue, parseDeck, type DeckIssue } from '@ontdek-doe/core/schema';
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
import { checkCards, checkIcons } from './checkDeckData.ts';
import { DeckSourceMap } from './DeckSourceMap.ts';
import { parseYamlSource, pathKey, type YamlSource } from './parseYamlSource.ts';
import { defaultLanguageOf, toDeckInput } from './toDeckInput.ts';
import { valueAt } from './valueAt.ts';

/** The file every deck folder has. */
export const DECK_FILE = 'deck.yaml';

/** A deck id that is also a safe folder and file name: `basis`, `mijn-set-2`. */
export const DECK_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A translation file name: a language code and `.yaml`, e.g. `en.yaml`, `pt-BR.yaml`. */
export const TRANSLATION_FILE = /^([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.yaml$/;

/** The same with the other extension: `en.yml`, which is not read. */
const TRANSLATION_FILE_YML = /^([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.yml$/i;

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

/** One file read for the loader: its text, or why it cannot be read. */
export type ReadSource =
  { ok: true; text: string } | { ok: false; code: ContentIssueCode; params: MessageParams };

/** Options for {@link loadDeckSource}. */
export interface LoadDeckSourceOptions {
  /** How messages name the deck (its folder). */
  name: string;
  /** The deck's folder as given, for {@link LoadedDeck.folder}. Default: `name`. */
  folder?: string;
  /** When given, the deck id must be this (the folder's own name). */
  folderName?: string;
  /** The icon names a deck may use; none given: icons are not checked. */
  icons?: ReadonlySet<string>;
  /** Answer kinds added by plugins, passed on to `parseDeck`. */
  answerKinds?: readonly string[];
}

/** What {@link loadDeckSource} gives back: the loaded deck, and what the editor needs besides. */
export interface LoadedDeckSource extends LoadedDeck {
  /** The merged deck as it went into `parseDeck` (every text `{ nl, en, … }`), when deck.yaml could be read. */
  input?: Record<string, unknown>;
  /** Every YAML file that could be parsed, by file name. */
  sources: Record<string, YamlSource>;
}

type Data = Record<string, unknown>;
const isData = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const FILE_ORDER = (file: string) => (file === DECK_FILE ? '' : file);

/**
 * Loads and checks a deck from the names of the files in its folder, and a way to read each.
 * Only deck.yaml and the `<lang>.yaml` files are read.
 *
 * @example
 * ```ts
 * const files = { 'deck.yaml': deckText, 'en.yaml': enText };
 * const loaded = loadDeckSource(Object.keys(files), (name) => ({ ok: true, text: files[name] }), { name: 'basis' });
 * for (const p of loaded.problems) console.log(`${p.file}:${p.line}:${p.column}  ${p.message.en}`);
 * ```
 */
export function loadDeckSource(
  names: readonly string[],
  read: (name: string) => ReadSource,
  options: LoadDeckSourceOptions,
): LoadedDeckSource {
  const name = options.name;
  const sourceMap = new DeckSourceMap(DECK_FILE);
  const problems: LocatedProblem[] = [];
  const translations: Record<string, Map<string, TranslatedText>> = {};
  const translationFiles: Record<string, string> = {};
  const sources: Record<string, YamlSource> = {};
  const result: LoadedDeckSource = {
    folder: options.folder ?? name,
    problems,
    defaultLanguage: 'nl',
    translationFiles,
    translations,
    locate: (path) => sourceMap.locate(path),
    sources,
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

  // ── The files ──
  const entries = [...names].sort();
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

  const deckSource = readYaml(DECK_FILE, read, problems);
  if (!deckSource) return finish(result);
  sources[DECK_FILE] = deckSource;
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
    const source = readYaml(entry, read, problems);
    if (!source) {
      // The file's own problem says it all; every text "missing" in that language would only bury it.
      unreadableLanguages.add(language);
      continue;
    }
    const applied = applyTranslation({ deck, source, language, defaultLanguage, languages, sourceMap });
    problems.push(...applied.problems);
    sources[entry] = source;
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
    const folderName = options.folderName;
    if (folderName !== undefined && folderName !== data.id && folderName !== '') {
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
  checkIcons(deck, options.icons ?? new Set(), sourceProblem);

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
  result.input = deck;

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
  name: string,
  read: (name: string) => ReadSource,
  problems: LocatedProblem[],
): YamlSource | undefined {
  const file = read(name);
  if (!file.ok) {
    problems.push({
      severity: 'error',
      code: file.code,
      message: contentMessage(file.code, file.params),
      file: name,
      line: 0,
      column: 0,
      path: [],
      params: file.params,
    });
    return undefined;
  }
  if (file.text.trim() === '') {
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
  const source = parseYamlSource(file.text, name);
  problems.push(...source.problems);
  return source.value === undefined ? undefined : source;
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

/** Sorts problems in file order (deck.yaml first), then by line and column. */
function finish<T extends LoadedDeck>(result: T): T {
  result.problems.sort(
    (a, b) => FILE_ORDER(a.file).localeCompare(FILE_ORDER(b.file)) || a.line - b.line || a.column - b.column,
  );
  return result;
}
