/**
 * Turns deck problems into text: a path as `cards[3].prompt.nl`, and a list of problems as
 * `✖ message` / `  → at cards[3].prompt.nl`, the way zod's pretty printer does.
 */
import type { DeckIssue, IssuePath } from '../types.ts';
import type { MessageLanguage } from './deckMessages.ts';

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/**
 * Writes a path the way a reader expects it: keys joined with dots, list positions in brackets
 * (0-based, like the file), odd keys quoted. The empty path (the whole deck) is `''`.
 *
 * @example
 * ```ts
 * formatIssuePath(['cards', 3, 'prompt', 'nl']); // 'cards[3].prompt.nl'
 * formatIssuePath(['cards', 0, 'my key']); // 'cards[0]["my key"]'
 * ```
 */
export function formatIssuePath(path: IssuePath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

const WORDS = {
  en: { at: 'at', root: '(the whole deck)' },
  nl: { at: 'bij', root: '(de hele kaartenset)' },
} as const;

/**
 * Formats problems for a terminal or a log: one `✖` (error) or `⚠` (warning) line with the
 * message in the chosen language, then where it is. Returns `''` for no problems.
 *
 * @example
 * ```ts
 * const result = parseDeck(input);
 * if (!result.ok) console.error(formatDeckIssues([...result.errors, ...result.warnings], 'en'));
 * // ✖ Card 13 (id "c13") has no Dutch question text.
 * //   → at cards[12].prompt.nl
 * ```
 */
export function formatDeckIssues(issues: readonly DeckIssue[], language: MessageLanguage): string {
  const words = WORDS[language];
  return issues
    .map((issue) => {
      const where = issue.path.length === 0 ? words.root : formatIssuePath(issue.path);
      const mark = issue.severity === 'error' ? '✖' : '⚠';
      return `${mark} ${issue.message[language]}\n  → ${words.at} ${where}`;
    })
    .join('\n');
}
