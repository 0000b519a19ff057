/**
 * `@ontdek-doe/content/tools`: the trainer tooling as functions, for scripts and other tools
 * (Node only). The CLI `ontdek-doe` is built on exactly these.
 *
 * @example
 * ```ts
 * import { loadDeckFolder, translationStatus } from '@ontdek-doe/content/tools';
 * const loaded = loadDeckFolder('decks/basis');
 * for (const p of loaded.problems) console.log(`${p.file}:${p.line}:${p.column}  ${p.message.en}`);
 * ```
 */
export {
  loadDeckFolder,
  DECK_FILE,
  DECK_ID_PATTERN,
  SENSITIVITY_TAGS,
  MAX_CHOICE_OPTIONS,
  type LoadDeckFolderOptions,
} from './source/loadDeckFolder.ts';
export { translationTemplate, type TranslationTemplate } from './source/translationTemplate.ts';
export {
  translationStatus,
  type TranslationStatus,
  type LanguageStatus,
  type TranslationEntry,
} from './source/translationStatus.ts';
export { scaffoldDeck, type ScaffoldResult } from './source/scaffoldDeck.ts';
export {
  buildDecks,
  listDeckFolders,
  readIcons,
  type BuildDecksOptions,
  type BuildDecksResult,
} from './build/buildDecks.ts';
export { deckSourceSchema, translationSchema, type DeckSourceSchemaOptions } from './schema/sourceSchemas.ts';
export { readIconNames, iconNamesFromMarkdown } from './source/iconSet.ts';
export { deckTexts, type DeckText } from './source/deckTexts.ts';
export { MAX_SOURCE_BYTES, type SourceFileSystem } from './source/readSourceFile.ts';
export {
  contentMessage,
  CONTENT_ISSUE_CODES,
  UNREADABLE_CODES,
  type ContentIssueCode,
} from './messages/contentMessages.ts';
export { formatProblems, countProblems } from './cli/formatProblems.ts';
export { main, type CliIo, type ExitCode } from './cli/main.ts';
export type {
  LocatedProblem,
  LoadedDeck,
  SourceLocation,
  TranslatedText,
  Message,
  MessageParams,
  ToolLanguage,
} from './types.ts';
