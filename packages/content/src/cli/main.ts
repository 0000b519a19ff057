/**
 * The `ontdek-doe` command line, as a function: `main(argv, io)` returns the exit code and writes
 * through `io`, so tests run it in-process. `src/cli.ts` connects it to the real process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../source/packagePaths.ts';
import type { ToolLanguage } from '../types.ts';
import { HELP, TEXT } from './cliMessages.ts';
import { translationsCommand, validateCommand } from './checkCommands.ts';
import { EXIT, type CliIo, type CommandContext, type ExitCode } from './context.ts';
import { parseArgs } from './parseArgs.ts';
import { resolveFolders } from './resolveFolders.ts';
import { buildCommand, newCommand, printCommand, readabilityCommand, statsCommand } from './toolCommands.ts';

export type { CliIo, ExitCode };

function version(): string {
  try {
    return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return 'unknown';
  }
}

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code:
 * 0 fine, 1 problems found, 2 wrong usage or unreadable input. Never throws.
 *
 * @example
 * ```ts
 * const out: string[] = [];
 * const code = await main(['validate', 'decks/basis', '--lang', 'en'], {
 *   stdout: (t) => out.push(t), stderr: (t) => out.push(t), cwd: process.cwd(),
 * });
 * ```
 */
export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let lang: ToolLanguage = 'nl';
  try {
    const parsed = parseArgs(argv);
    if (!parsed.ok) {
      io.stderr(`${parsed.message[parsed.lang]}\n${TEXT.seeHelp[parsed.lang]()}\n`);
      return EXIT.usage;
    }
    const { args } = parsed;
    lang = args.lang;
    const ctx: CommandContext = {
      args,
      io,
      lang,
      out: (...lines) => io.stdout(`${lines.join('\n')}\n`),
      err: (...lines) => io.stderr(`${lines.join('\n')}\n`),
      say: (text, ...params) => text[lang](...params),
    };
    if (args.version) {
      ctx.out(version());
      return EXIT.ok;
    }
    if (args.help) {
      ctx.out(HELP[lang].trimEnd());
      return EXIT.ok;
    }
    if (!args.command) {
      ctx.err(ctx.say(TEXT.noCommand), ctx.say(TEXT.seeHelp));
      return EXIT.usage;
    }
    switch (args.command) {
      case 'new':
        return newCommand(ctx);
      case 'build':
        return buildCommand(ctx);
      default:
        break;
    }
    const folders = resolveFolders(args.folders, io.cwd);
    if (folders.length === 0) {
      ctx.err(ctx.say(TEXT.noDecks, args.folders[0] ?? 'packages/content/decks'));
      return EXIT.usage;
    }
    switch (args.command) {
      case 'validate':
        return validateCommand(ctx, folders);
      case 'translations':
        return translationsCommand(ctx, folders);
      case 'stats':
        return statsCommand(ctx, folders);
      case 'readability':
        return readabilityCommand(ctx, folders);
      case 'print':
        return await printCommand(ctx, folders);
    }
  } catch (error) {
    // Every expected failure is a message above; this is a fault in the tool itself.
    io.stderr(`${TEXT.crashed[lang]()}\n`);
    if (process.env.ONTDEK_DOE_DEBUG)
      io.stderr(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.usage;
  }
}
