/**
 * Reads the command line: `ontdek-doe <command> [folder …] [--lang nl|en] [--json] …`.
 * Returns data or a usage problem; never exits.
 */
import { suggest } from '../source/suggest.ts';
import type { Message, ToolLanguage } from '../types.ts';
import { TEXT } from './cliMessages.ts';

/** The commands of the CLI. */
export const COMMANDS = [
  'validate',
  'translations',
  'stats',
  'readability',
  'print',
  'new',
  'build',
] as const;
export type Command = (typeof COMMANDS)[number];

/** Dutch words a trainer may type for a command: "did you mean …" answers with the command. */
const DUTCH_COMMANDS: Readonly<Record<string, Command>> = {
  valideer: 'validate',
  valideren: 'validate',
  controleer: 'validate',
  controleren: 'validate',
  vertaal: 'translations',
  vertalen: 'translations',
  vertalingen: 'translations',
  statistiek: 'stats',
  statistieken: 'stats',
  leesbaarheid: 'readability',
  printen: 'print',
  afdrukken: 'print',
  nieuw: 'new',
  maak: 'new',
  bouw: 'build',
  bouwen: 'build',
};

/** The command closest to a word that is not one: a typo, or the Dutch word for it. */
export function suggestCommand(word: string): Command | undefined {
  return DUTCH_COMMANDS[word.toLowerCase()] ?? (suggest(word, COMMANDS) as Command | undefined);
}

/** A parsed command line. */
export interface CliArgs {
  command?: Command;
  folders: string[];
  lang: ToolLanguage;
  /** Whether `--lang` was given (`print` then uses it as the card language too). */
  langGiven: boolean;
  json: boolean;
  strict: boolean;
  help: boolean;
  version: boolean;
  out?: string;
  language?: string;
  /** `translations --new <lang>`: write a file to translate into this language. */
  newLanguage?: string;
}

export type ParseArgsResult =
  { ok: true; args: CliArgs } | { ok: false; lang: ToolLanguage; message: Message };

const both = <P extends unknown[]>(
  text: { nl: (...p: P) => string; en: (...p: P) => string },
  ...params: P
): Message => ({
  nl: text.nl(...params),
  en: text.en(...params),
});

/**
 * Parses `argv` (without `node` and the script).
 *
 * @example
 * ```ts
 * parseArgs(['validate', 'decks/basis', '--lang', 'en']);
 * // { ok: true, args: { command: 'validate', folders: ['decks/basis'], lang: 'en', … } }
 * ```
 */
export function parseArgs(argv: readonly string[]): ParseArgsResult {
  const args: CliArgs = {
    folders: [],
    lang: 'nl',
    langGiven: false,
    json: false,
    strict: false,
    help: false,
    version: false,
  };
  // The language of messages is known first, so a usage problem is told in it too.
  const langIndex = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (langIndex >= 0) {
    const arg = argv[langIndex]!;
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[langIndex + 1];
    if (value === 'nl' || value === 'en') args.lang = value;
  }
  const fail = (message: Message): ParseArgsResult => ({ ok: false, lang: args.lang, message });

  let first = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('-') && arg !== '-') {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
      const value = (): string | undefined => {
        if (inline !== undefined) return inline;
        const next = argv[i + 1];
        if (next === undefined || next.startsWith('--')) return undefined;
        i++;
        return next;
      };
      switch (name) {
        case '--help':
        case '-h':
          args.help = true;
          break;
        case '--version':
        case '-v':
          args.version = true;
          break;
        case '--json':
          args.json = true;
          break;
        case '--strict':
          args.strict = true;
          break;
        case '--lang': {
          const lang = value();
          if (lang === undefined) return fail(both(TEXT.missingValue, name));
          if (lang !== 'nl' && lang !== 'en') return fail(both(TEXT.badLang, lang));
          args.lang = lang;
          args.langGiven = true;
          break;
        }
        case '--out':
        case '-o': {
          const out = value();
          if (out === undefined) return fail(both(TEXT.missingValue, name));
          args.out = out;
          break;
        }
        case '--language': {
          const language = value();
          if (language === undefined) return fail(both(TEXT.missingValue, name));
          args.language = language;
          break;
        }
        case '--new': {
          const language = value();
          if (language === undefined) return fail(both(TEXT.missingValue, name));
          args.newLanguage = language;
          break;
        }
        default:
          return fail(both(TEXT.unknownOption, name));
      }
      continue;
    }
    if (first) {
      first = false;
      if (!(COMMANDS as readonly string[]).includes(arg))
        return fail(both(TEXT.unknownCommand, arg, suggestCommand(arg)));
      args.command = arg as Command;
    } else {
      args.folders.push(arg);
    }
  }
  return { ok: true, args };
}
