/**
 * `stats`, `readability` and `print`: they need a valid deck and call the analysis and print
 * modules. `new` and `build` write files.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { checkReadability, deckStats, formatReadability, formatStats } from '../analysis/index.ts';
import { buildDecks, readIcons } from '../build/buildDecks.ts';
import { printToPdf, renderPrintHtml } from '../print/index.ts';
import { decksDir, iconsDir, packageRoot } from '../source/packagePaths.ts';
import { scaffoldDeck } from '../source/scaffoldDeck.ts';
import { loadDeckFolder } from '../source/loadDeckFolder.ts';
import { errorCode } from '../source/readSourceFile.ts';
import type { Deck } from '../types.ts';
import { TEXT } from './cliMessages.ts';
import { exitFor, loadFolders, reportUnusable } from './checkCommands.ts';
import { EXIT, type CommandContext, type DeckFolder, type ExitCode } from './context.ts';
import { countProblems, formatProblems } from './formatProblems.ts';
import { displayPath } from './resolveFolders.ts';

/** Runs `use` for each deck that loads without errors; reports the others. */
function forEachDeck(
  ctx: CommandContext,
  folders: readonly DeckFolder[],
  use: (deck: Deck, folder: DeckFolder) => { exit: ExitCode; text: string; json: unknown },
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
    const result = use(deck, item.folder);
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
  return forEachDeck(ctx, folders, (deck) => {
    const report = checkReadability(deck);
    return {
      exit: report.passed ? EXIT.ok : EXIT.problems,
      text: formatReadability(report, ctx.lang).trimEnd(),
      json: { readability: report },
    };
  });
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
  const language = ctx.args.language ?? deck.defaultLanguage;
  if (!deck.languages.includes(language)) {
    ctx.err(ctx.say(TEXT.notALanguage, language, deck.languages.join(', ')));
    return EXIT.usage;
  }
  const out = resolve(ctx.io.cwd, ctx.args.out ?? `${deck.id}-${language}.html`);
  const pdf = out.toLowerCase().endsWith('.pdf');
  const htmlFile = pdf ? `${out.slice(0, -'.pdf'.length)}.html` : out;
  const html = renderPrintHtml(deck, { language, icons: readIcons(iconsDir()) });
  const shown = (file: string) => displayPath(ctx.io.cwd, file);
  if (!pdf) {
    try {
      await writeFile(htmlFile, html);
    } catch (error) {
      ctx.err(ctx.say(TEXT.cannotWrite, shown(htmlFile), errorCode(error)));
      return EXIT.usage;
    }
    ctx.out(ctx.say(TEXT.printed, shown(htmlFile)));
    return EXIT.ok;
  }
  const result = await printToPdf(html, out);
  if (result.ok) {
    ctx.out(ctx.say(TEXT.printedPdf, shown(out)));
    return EXIT.ok;
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
  const result = scaffoldDeck(resolve(ctx.io.cwd, given), { display: given });
  if (!result.ok) {
    ctx.err(result.message[ctx.lang]);
    return EXIT.usage;
  }
  ctx.out(ctx.say(TEXT.created, result.id, given));
  return EXIT.ok;
}

/** `build`: checks every deck and writes the JSON and modules (default: this package's decks into its dist). */
export function buildCommand(ctx: CommandContext): ExitCode {
  if (ctx.args.folders.length > 1) {
    ctx.err(ctx.say(TEXT.oneFolder, 'build'));
    return EXIT.usage;
  }
  const given = ctx.args.folders[0];
  const decks = given === undefined ? decksDir() : resolve(ctx.io.cwd, given);
  const outDir = ctx.args.out === undefined ? join(packageRoot(), 'dist') : resolve(ctx.io.cwd, ctx.args.out);
  if (!existsSync(decks)) {
    ctx.err(ctx.say(TEXT.noDecks, given ?? displayPath(ctx.io.cwd, decks)));
    return EXIT.usage;
  }
  const result = buildDecks({ decksDir: decks, outDir, iconsDir: iconsDir() });
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
