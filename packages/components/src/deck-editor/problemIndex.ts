import type { EditorProblem } from '@ontdek-doe/content/editing';
import { pathKey } from './paths.ts';

/** The draft's problems, sorted once per validation so every view can look them up cheaply. */
export interface ProblemIndex {
  readonly all: readonly EditorProblem[];
  readonly errors: number;
  readonly warnings: number;
  /** Problems of one card, by card id. */
  readonly byCard: ReadonlyMap<string, readonly EditorProblem[]>;
  /** Problems of the deck itself (title, languages, themes, files): not of one card. */
  readonly deck: readonly EditorProblem[];
  /** The first error in deck order (deck fields first, then cards in order), if any. */
  readonly firstError: EditorProblem | undefined;
}

/** An index with no problems: before the first validation, or when there is no draft. */
export const NO_PROBLEMS: ProblemIndex = {
  all: [],
  errors: 0,
  warnings: 0,
  byCard: new Map(),
  deck: [],
  firstError: undefined,
};

/**
 * Groups problems by card and counts them. `cardOrder` (card ids in deck order) decides which
 * error is the first one.
 *
 * @example
 * const index = indexProblems(draft.problems(), draft.cardIds());
 * index.byCard.get('wish-1')?.length; // 2
 */
export function indexProblems(
  problems: readonly EditorProblem[],
  cardOrder: readonly string[],
): ProblemIndex {
  const byCard = new Map<string, EditorProblem[]>();
  const deck: EditorProblem[] = [];
  let errors = 0;
  for (const problem of problems) {
    if (problem.severity === 'error') errors += 1;
    if (problem.cardId !== undefined) {
      const list = byCard.get(problem.cardId);
      if (list) list.push(problem);
      else byCard.set(problem.cardId, [problem]);
    } else deck.push(problem);
  }
  let firstError = deck.find((p) => p.severity === 'error');
  if (!firstError)
    for (const id of cardOrder) {
      firstError = byCard.get(id)?.find((p) => p.severity === 'error');
      if (firstError) break;
    }
  firstError ??= problems.find((p) => p.severity === 'error');
  return { all: problems, errors, warnings: problems.length - errors, byCard, deck, firstError };
}

/** Errors and warnings among some problems. */
export function countProblems(problems: readonly EditorProblem[] | undefined): {
  errors: number;
  warnings: number;
} {
  let errors = 0;
  for (const p of problems ?? []) if (p.severity === 'error') errors += 1;
  return { errors, warnings: (problems?.length ?? 0) - errors };
}

/**
 * Which field control a problem belongs to, among the controls a form shows (their paths as
 * `pathKey`s): the control at the problem's own path; else the one for its language under that
 * path (a missing `prompt` belongs to the prompt field in the default language); else the nearest
 * control above it. `undefined` when no control fits: the form shows it for the card as a whole.
 *
 * `path` is the problem's path as it holds now: the caller maps a card problem to the card's
 * current place, so problems found before a card moved still find their field.
 *
 * @example
 * placeProblem(['cards', 3, 'prompt'], 'nl', new Set(['cards/3/prompt/nl'])); // 'cards/3/prompt/nl'
 */
export function placeProblem(
  path: readonly (string | number)[],
  language: string,
  controls: ReadonlySet<string>,
  stopAt = 0,
): string | undefined {
  const own = pathKey(path);
  if (controls.has(own)) return own;
  const inLanguage = pathKey([...path, language]);
  if (controls.has(inLanguage)) return inLanguage;
  for (let length = path.length - 1; length > stopAt; length--) {
    const key = pathKey(path.slice(0, length));
    if (controls.has(key)) return key;
  }
  return undefined;
}

/**
 * Places every problem at a control: a map from control key to its problems, and the problems no
 * control takes. See {@link placeProblem}.
 */
export function placeProblems(
  problems: readonly { problem: EditorProblem; path: readonly (string | number)[] }[],
  defaultLanguage: string,
  controls: ReadonlySet<string>,
  stopAt = 0,
): { at: Map<string, EditorProblem[]>; rest: EditorProblem[] } {
  const at = new Map<string, EditorProblem[]>();
  const rest: EditorProblem[] = [];
  for (const { problem, path } of problems) {
    const key = placeProblem(path, problem.language ?? defaultLanguage, controls, stopAt);
    if (key === undefined) rest.push(problem);
    else {
      const list = at.get(key);
      if (list) list.push(problem);
      else at.set(key, [problem]);
    }
  }
  return { at, rest };
}
