/**
 * What every command gets: the parsed arguments, where to write, and helpers to say things in the
 * chosen language.
 */
import type { LoadedDeck, ToolLanguage } from '../types.ts';
import type { CliArgs } from './parseArgs.ts';

/** Where the CLI reads and writes; `main` takes one, so tests capture the output in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The folder relative paths are resolved against. */
  cwd: string;
}

/** The exit codes: 0 fine, 1 problems found, 2 wrong usage or unreadable input. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A deck folder as the user named it, and where it is. */
export interface DeckFolder {
  /** How to show it: as the user typed it, or relative to the current folder. */
  display: string;
  /** The absolute path. */
  path: string;
}

/** The context a command runs in. */
export interface CommandContext {
  args: CliArgs;
  io: CliIo;
  lang: ToolLanguage;
  /** Writes lines to standard output. */
  out(...lines: string[]): void;
  /** Writes lines to standard error. */
  err(...lines: string[]): void;
  /** Says a sentence from `TEXT` in the chosen language. */
  say<P extends unknown[]>(text: { nl: (...p: P) => string; en: (...p: P) => string }, ...params: P): string;
}

/** A loaded deck and how its folder is shown. */
export interface LoadedFolder {
  folder: DeckFolder;
  loaded: LoadedDeck;
}
