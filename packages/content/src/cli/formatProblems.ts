/**
 * Writes located problems for a terminal: `✖ deck.yaml:12:5  message` for an error,
 * `⚠ en.yaml:3:10  message` for a warning, in the chosen language.
 */
import type { LocatedProblem, ToolLanguage } from '../types.ts';

/**
 * One line per problem.
 *
 * @example
 * ```ts
 * formatProblems(loaded.problems, 'en');
 * // ✖ deck.yaml:14:12  Card 1 (id "wish-myself-1") uses the theme "mysef", but …
 * ```
 */
export function formatProblems(problems: readonly LocatedProblem[], lang: ToolLanguage): string[] {
  return problems.map((problem) => {
    const mark = problem.severity === 'error' ? '✖' : '⚠';
    const where =
      problem.file === ''
        ? ''
        : problem.line > 0
          ? `${problem.file}:${problem.line}:${problem.column}`
          : problem.file;
    return where === '' ? `${mark} ${problem.message[lang]}` : `${mark} ${where}  ${problem.message[lang]}`;
  });
}

/** Counts errors and warnings. */
export function countProblems(problems: readonly LocatedProblem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const problem of problems) if (problem.severity === 'error') errors++;
  return { errors, warnings: problems.length - errors };
}
