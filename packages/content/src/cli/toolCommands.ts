/**
 * `stats`, `readability` and `print`: they need a valid deck and call the analysis and print
 * modules. `new` and `build` write files.
 */
import { constants, existsSync, realpathSync } from 'node:fs';
import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { checkReadability, deckStats, formatReadability, formatStats } from '../analysis/index.ts';
import { buildDecks, readIcons } from '../build/buildDecks.ts';
import { cardsThatDoNotFit, printToPdf, renderPrintHtml } from '../print/index.ts';
import { decksDir, iconsDir, packageRoot } from '../source/packagePaths.ts';
import { scaffoldDeck } from '../source/scaffoldDeck.ts';
import { loadDeckFolder } from '../source/loadDeckFolder.ts';
import { errorCode } from '../source/readSourceFile.ts';
import type { Deck, LoadedDeck } from '../types.ts';
import { TEXT } from './cliMessages.ts';
import { exitFor, loadFolders, reportUnusable } from './checkCommands.ts';
import { EXIT, type CommandContext, type DeckFolder, type ExitCode } from './context.ts';
import { countProblems, formatProblems } from './formatProblems.ts';
import { deckFolderOf, displayPath } from './resolveFolders.ts';

/** Runs `use` for each deck that loads without errors; reports the others. */
function forEachDeck(
  ctx: CommandContext,
  folders: readonly DeckFolder[],
  use: (
    deck: Deck,
    folder: DeckFolder,
    loaded: LoadedDeck,
  ) => { exit: ExitCode; text: string; json: unknown },
): ExitCode {
  let exit: ExitCode = EXIT.ok;
  const json: unknown[] = [];
  for (const item of loadFolders(folders)) {
    const { deck } = item.loaded;
    if (!deck) {
      if (ctx.args.json)
        json.push({ folder: item.folder.display, ok: false, problems: item.loaded.problems });
      else ctx.out(item.folder.display);
      exit = Math.max(
        exit,
        ctx.args.json ? exitFor(item.loaded.problems) : reportUnusable(ctx, item),
      ) as ExitCode;
      continue;
    }
    const result = use(deck, item.folder, item.loaded);
    exit = Math.max(exit, result.exit) as ExitCode;
    if (ctx.args.json) json.push({ folder: item.folder.display, ...(result.json as object) });
    else ctx.out(item.folder.display, result.text, '');
  }
  if (ctx.args.json) ctx.out(JSON.stringify({ decks: json }, null, 2));
  return exit;
}

/** `stats`: counts per theme, family and depth, and the gaps. */
export function statsCommand(ctx: CommandContext, folders: readonly DeckFolder[]): ExitCode {
  return forEachDeck(ctx, folders, (deck) => {
    const stats = deckStats(deck);
    return { exit: EXIT.ok, text: formatStats(stats, ctx.lang).trimEnd(), json: { stats } };
  });
}

/** `readability`: the B1 check; exit 1 when a text is flagged. */
export function readabilityCommand(ctx: CommandContext, folders: readonly DeckFolder[]): ExitCode {
  return forEachDeck(ctx, folders, (deck, _folder, loaded) => {
    const report = checkReadability(deck);
    // Each flagged text with its place in deck.yaml, as in the other commands.
    const located = {
      ...report,
      cards: report.cards.map((entry) => ({ ...entry, ...loaded.locate(entry.path) })),
    };
    return {
      exit: report.passed ? EXIT.ok : EXIT.problems,
      text: formatReadability(report, ctx.lang, loaded.locate).trimEnd(),
      json: { readability: located },
    };
  });
}

/** Makes the folder a file goes into, and checks that it can be written; the error code if not. */
async function prepareFolder(folder: string): Promise<string | undefined> {
  try {
    await mkdir(folder, { recursive: true });
    await access(folder, constants.W_OK);
    return undefined;
  } catch (error) {
    return errorCode(error);
  }
}

/** `print`: self-contained HTML, or a PDF when `--out` ends in `.pdf`. */
export async function printCommand(ctx: CommandContext, folders: readonly DeckFolder[]): Promise<ExitCode> {
  if (folders.length !== 1) {
    ctx.err(ctx.say(TEXT.oneFolder, 'print'));
    return EXIT.usage;
  }
  const folder = folders[0]!;
  const loaded = loadDeckFolder(folder.path, { name: folder.display });
  if (!loaded.deck) {
    ctx.out(folder.display);
    return reportUnusable(ctx, { folder, loaded });
  }
  const deck = loaded.deck;
  // `--lang en` alone prints English cards too, when the deck has English.
  const fromLang = ctx.args.langGiven && deck.languages.includes(ctx.args.lang) ? ctx.args.lang : undefined;
  const language = ctx.args.language ?? fromLang ?? deck.defaultLanguage;
  if (!deck.languages.includes(language)) {
    ctx.err(ctx.say(TEXT.notALanguage, language, deck.languages.join(', ')));
    return EXIT.usage;
  }
  const out = resolve(ctx.io.cwd, ctx.args.out ?? `${deck.id}-${language}.html`);
  const pdf = out.toLowerCase().endsWith('.pdf');
  const htmlFile = pdf ? `${out.slice(0, -'.pdf'.length)}.html` : out;
  const shown = (file: string) => displayPath(ctx.io.cwd, file);
  const folderProblem = await prepareFolder(dirname(out));
  if (folderProblem) {
    ctx.err(ctx.say(TEXT.cannotWriteFolder, shown(dirname(out)), folderProblem));
    return EXIT.usage;
  }
  // A valid deck can still hold more text than a printed card: say which card, and where.
  const overflowing = cardsThatDoNotFit(deck, { language });
  if (overflowing.length > 0) {
    const problems = overflowing.map(({ index, id }) => ({
      severity: 'warning' as const,
      code: 'card-does-not-fit',
      message: { nl: TEXT.cardDoesNotFit.nl(index + 1, id), en: TEXT.cardDoesNotFit.en(index + 1, id) },
      ...loaded.locate(['cards', index]),
      path: ['cards', index],
    }));
    ctx.out(folder.display, ...formatProblems(problems, ctx.lang));
  }
  const done: ExitCode = overflowing.length > 0 && ctx.args.strict ? EXIT.problems : EXIT.ok;
  const html = renderPrintHtml(deck, { language, icons: readIcons(iconsDir()) });
  if (!pdf) {
    try {
      await writeFile(htmlFile, html);
    } catch (error) {
      ctx.err(ctx.say(TEXT.cannotWrite, shown(htmlFile), errorCode(error)));
      return EXIT.usage;
    }
    ctx.out(ctx.say(TEXT.printed, shown(htmlFile)));
    return done;
  }
  const result = await printToPdf(html, out);
  if (result.ok) {
    ctx.out(ctx.say(TEXT.printedPdf, shown(out)));
    return done;
  }
  // No PDF (no browser, or it failed): keep the HTML, so the trainer can still print.
  ctx.err(result.message[ctx.lang]);
  try {
    await writeFile(htmlFile, html);
    ctx.err(ctx.say(TEXT.htmlKept, shown(htmlFile)));
  } catch {
    // The message above already says what to do.
  }
  return EXIT.problems;
}

/** `new`: a new deck folder that validates. */
export function newCommand(ctx: CommandContext): ExitCode {
  if (ctx.args.folders.length !== 1) {
    ctx.err(ctx.say(TEXT.newNeedsFolder));
    return EXIT.usage;
  }
  const given = ctx.args.folders[0]!.replace(/(.)[\\/]+$/, '$1');
  // An empty name would mean the current folder: refuse it before anything is made.
  const result = scaffoldDeck(given.trim() === '' ? '' : resolve(ctx.io.cwd, given), { display: given });
  if (!result.ok) {
    ctx.err(result.message[ctx.lang]);
    return EXIT.usage;
  }
  ctx.out(ctx.say(TEXT.created, result.id, given));
  return EXIT.ok;
}

/** Whether two paths are the same folder (links followed). */
function sameFolder(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

/**
 * `build`: checks every deck and writes the JSON and modules. Without `--out` it only builds this
 * package's own decks into its own dist (what the package exports), so building another folder
 * can never replace them. A folder with a deck.yaml is one deck.
 */
export function buildCommand(ctx: CommandContext): ExitCode {
  if (ctx.args.folders.length > 1) {
    ctx.err(ctx.say(TEXT.oneFolder, 'build'));
    return EXIT.usage;
  }
  const given = ctx.args.folders[0] === undefined ? undefined : deckFolderOf(ctx.args.folders[0], ctx.io.cwd);
  const decks = given === undefined ? decksDir() : resolve(ctx.io.cwd, given);
  const shownDecks = given ?? displayPath(ctx.io.cwd, decks);
  if (!existsSync(decks)) {
    ctx.err(ctx.say(TEXT.noDecks, shownDecks));
    return EXIT.usage;
  }
  if (ctx.args.out === undefined && !sameFolder(decks, decksDir())) {
    ctx.err(ctx.say(TEXT.buildNeedsOut, shownDecks));
    return EXIT.usage;
  }
  const outDir = ctx.args.out === undefined ? join(packageRoot(), 'dist') : resolve(ctx.io.cwd, ctx.args.out);
  const result = buildDecks({ decksDir: decks, outDir, iconsDir: iconsDir() });
  if (result.loaded.length === 0) {
    ctx.err(ctx.say(TEXT.buildNothing, shownDecks));
    return EXIT.problems;
  }
  const problems = result.loaded.flatMap((loaded) => loaded.problems);
  for (const loaded of result.loaded) {
    if (loaded.problems.length === 0) continue;
    ctx.out(displayPath(ctx.io.cwd, loaded.folder), ...formatProblems(loaded.problems, ctx.lang), '');
  }
  if (!result.ok) {
    const { errors, warnings } = countProblems(problems);
    ctx.out(ctx.say(TEXT.summary, errors, warnings, result.loaded.length), ctx.say(TEXT.buildFailed));
    return Math.max(EXIT.problems, exitFor(problems)) as ExitCode;
  }
  ctx.out(ctx.say(TEXT.built, result.ids, displayPath(ctx.io.cwd, outDir)));
  return EXIT.ok;
}
