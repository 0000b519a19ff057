/**
 * `validate` and `translations`: the checks a trainer runs while writing and translating a deck.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DECK_PATTERNS } from '@ontdek-doe/core/schema';
import { UNREADABLE_CODES } from '../messages/contentMessages.ts';
import { errorCode } from '../source/readSourceFile.ts';
import { loadDeckFolder } from '../source/loadDeckFolder.ts';
import { schemaPath } from '../source/scaffoldDeck.ts';
import { translationTemplate } from '../source/translationTemplate.ts';
import {
  translationStatus,
  type LanguageStatus,
  type TranslationEntry,
} from '../source/translationStatus.ts';
import type { LocatedProblem } from '../types.ts';
import { TEXT } from './cliMessages.ts';
import { EXIT, type CommandContext, type DeckFolder, type ExitCode, type LoadedFolder } from './context.ts';
import { countProblems, formatProblems } from './formatProblems.ts';

/** Loads every folder, in order. */
export function loadFolders(folders: readonly DeckFolder[]): LoadedFolder[] {
  return folders.map((folder) => ({ folder, loaded: loadDeckFolder(folder.path, { name: folder.display }) }));
}

/** The exit code for a set of problems: 2 when something could not be read, 1 for errors. */
export function exitFor(problems: readonly LocatedProblem[], strict = false): ExitCode {
  if (problems.some((p) => UNREADABLE_CODES.has(p.code))) return EXIT.usage;
  if (problems.some((p) => p.severity === 'error' || strict)) return EXIT.problems;
  return EXIT.ok;
}

/** The folder relative names in problems are shown with: as typed. */
function forJson(item: LoadedFolder) {
  return {
    folder: item.folder.display,
    id: item.loaded.deck?.id ?? null,
    ok: item.loaded.deck !== undefined,
    problems: item.loaded.problems,
  };
}

/**
 * `validate`: every problem in every file, then a count line.
 */
export function validateCommand(ctx: CommandContext, folders: readonly DeckFolder[]): ExitCode {
  const items = loadFolders(folders);
  const all = items.flatMap((item) => item.loaded.problems);
  const { errors, warnings } = countProblems(all);
  if (ctx.args.json) {
    ctx.out(JSON.stringify({ decks: items.map(forJson), errors, warnings }, null, 2));
  } else {
    // A clean deck is one line; a deck with problems is a block of its own.
    const lines: string[] = [];
    const gap = () => {
      if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
    };
    for (const { folder, loaded } of items) {
      if (loaded.problems.length === 0) {
        lines.push(`✔ ${folder.display}`);
        continue;
      }
      gap();
      lines.push(folder.display, ...formatProblems(loaded.problems, ctx.lang));
      gap();
    }
    gap();
    ctx.out(...lines, ctx.say(TEXT.summary, errors, warnings, items.length));
  }
  return exitFor(all, ctx.args.strict);
}

/** Shows the problems of decks that have errors, for commands that need a valid deck. */
export function reportUnusable(ctx: CommandContext, item: LoadedFolder): ExitCode {
  const errors = item.loaded.problems.filter((p) => p.severity === 'error');
  ctx.out(...formatProblems(errors, ctx.lang), ctx.say(TEXT.fixErrorsFirst));
  return exitFor(errors);
}

function entryLines(
  ctx: CommandContext,
  entry: TranslationEntry,
  outdated: boolean,
  saidTypo?: Set<string>,
): string[] {
  const where = `${entry.file}:${entry.line}:${entry.column}`;
  const lines = [`  ${where}  ${entry.place[ctx.lang]}`];
  // The card is missing because its id is mistyped in the translation file: say so, once per card.
  if (entry.typo && entry.cardId !== undefined && !saidTypo?.has(entry.cardId)) {
    saidTypo?.add(entry.cardId);
    const { id, file, line, column } = entry.typo;
    lines.push(ctx.say(TEXT.typoForCard, `${file}:${line}:${column}`, id, entry.cardId));
  }
  if (outdated) {
    const now = ctx.say(TEXT.now);
    const was = ctx.say(TEXT.was);
    const width = Math.max(now.length, was.length) + 1;
    lines.push(`      ${now.padEnd(width)}${entry.current}`);
    lines.push(`      ${was.padEnd(width)}${entry.was ?? ctx.say(TEXT.noSource)}`);
  }
  return lines;
}

function languageLines(ctx: CommandContext, status: LanguageStatus, folder: DeckFolder): string[] {
  const { language, file, translated, total, missing, outdated } = status;
  if (missing.length === 0 && outdated.length === 0)
    return [ctx.say(TEXT.languageComplete, language, file, total)];
  const lines = [
    ctx.say(TEXT.languageLine, language, file, translated, total, missing.length, outdated.length),
  ];
  // Nothing translated yet: every text of the deck is missing, and a list of them helps nobody.
  if (translated === 0) return [...lines, ctx.say(TEXT.startTranslating, folder.display, language, file)];
  if (missing.length > 0) {
    lines.push(ctx.say(TEXT.missingHeading));
    const saidTypo = new Set<string>();
    for (const entry of missing) lines.push(...entryLines(ctx, entry, false, saidTypo));
  }
  if (outdated.length > 0) {
    lines.push(ctx.say(TEXT.outdatedHeading));
    for (const entry of outdated) lines.push(...entryLines(ctx, entry, true));
  }
  return lines;
}

/**
 * `translations`: per deck and language, the missing and outdated translations with their place.
 */
export function translationsCommand(ctx: CommandContext, folders: readonly DeckFolder[]): ExitCode {
  if (ctx.args.newLanguage !== undefined) return newTranslationCommand(ctx, folders, ctx.args.newLanguage);
  let exit: ExitCode = EXIT.ok;
  const json: unknown[] = [];
  for (const item of loadFolders(folders)) {
    const { folder, loaded } = item;
    if (!loaded.deck) {
      if (ctx.args.json) json.push(forJson(item));
      else ctx.out(folder.display);
      if (!ctx.args.json) exit = Math.max(exit, reportUnusable(ctx, item)) as ExitCode;
      else exit = Math.max(exit, exitFor(loaded.problems)) as ExitCode;
      continue;
    }
    const status = translationStatus({ ...loaded, deck: loaded.deck });
    const incomplete = status.languages.some((l) => l.missing.length > 0 || l.outdated.length > 0);
    if (incomplete) exit = Math.max(exit, EXIT.problems) as ExitCode;
    if (ctx.args.json) {
      json.push({ folder: folder.display, ...status });
      continue;
    }
    ctx.out(folder.display);
    if (status.languages.length === 0) ctx.out(ctx.say(TEXT.onlyDefault));
    for (const language of status.languages) ctx.out(...languageLines(ctx, language, folder));
    ctx.out('');
  }
  if (ctx.args.json) ctx.out(JSON.stringify({ decks: json }, null, 2));
  return exit;
}

/**
 * `translations <folder> --new <lang>`: writes `<lang>.yaml` with every text of the deck as a pair
 * `{ <lang>: '', nl: <Dutch> }`, to hand to a translator. Never overwrites a file.
 */
function newTranslationCommand(
  ctx: CommandContext,
  folders: readonly DeckFolder[],
  language: string,
): ExitCode {
  if (folders.length !== 1) {
    ctx.err(ctx.say(TEXT.newTranslationOneFolder));
    return EXIT.usage;
  }
  if (!DECK_PATTERNS.languageTag.test(language)) {
    ctx.err(ctx.say(TEXT.newTranslationBadCode, language));
    return EXIT.usage;
  }
  const folder = folders[0]!;
  const name = `${language}.yaml`;
  const shown = join(folder.display, name);
  // A translator's work is never touched, and never read first (it may be half done).
  if (existsSync(join(folder.path, name))) {
    ctx.err(ctx.say(TEXT.newTranslationExists, shown));
    return EXIT.usage;
  }
  const item = loadFolders([folder])[0]!;
  const { loaded } = item;
  if (!loaded.deck) {
    ctx.out(folder.display);
    return reportUnusable(ctx, item);
  }
  const deck = loaded.deck;
  if (language === deck.defaultLanguage) {
    ctx.err(ctx.say(TEXT.newTranslationDefault, language));
    return EXIT.usage;
  }
  const { text, count } = translationTemplate(
    deck,
    language,
    schemaPath(folder.path, 'translation.schema.json'),
  );
  try {
    writeFileSync(join(folder.path, name), text, { flag: 'wx' });
  } catch (error) {
    const code = errorCode(error);
    ctx.err(
      code === 'EEXIST' ? ctx.say(TEXT.newTranslationExists, shown) : ctx.say(TEXT.cannotWrite, shown, code),
    );
    return EXIT.usage;
  }
  ctx.out(ctx.say(TEXT.newTranslationWritten, shown, count, language));
  if (!deck.languages.includes(language)) ctx.out(ctx.say(TEXT.newTranslationNotListed, language));
  return EXIT.ok;
}
