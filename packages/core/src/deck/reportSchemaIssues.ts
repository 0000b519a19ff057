/**
 * Internal: turns zod's issues into deck problems. A missing value becomes `missing-field`, a
 * value of the wrong kind `wrong-type`; anything else becomes `invalid-value`, unless the
 * whole-deck checks already explained that exact place with a clearer problem.
 */
import type * as z from 'zod/mini';
import type { IssuePath } from '../types.ts';
import { display, typeOf, type IssueCollector } from './issueCollector.ts';

/** Where a path leads in `root`: the value, and whether it is really there. */
function lookUp(root: unknown, path: IssuePath): { found: boolean; value: unknown; parentIsList: boolean } {
  let current: unknown = root;
  let parentIsList = false;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null)
      return { found: false, value: undefined, parentIsList };
    parentIsList = Array.isArray(current);
    const key = String(segment);
    if (!Object.hasOwn(current, key)) return { found: false, value: undefined, parentIsList };
    current = (current as Record<string, unknown>)[key];
  }
  return { found: current !== undefined, value: current, parentIsList };
}

/** Reports zod issues found under `prefix` (a path in `root`, the current deck). */
export function reportSchemaIssues(
  issues: IssueCollector,
  schemaIssues: readonly z.core.$ZodIssue[],
  prefix: IssuePath,
  root: unknown,
): void {
  for (const issue of schemaIssues) {
    const path: IssuePath = [...prefix, ...(issue.path as IssuePath)];
    if (issues.hasErrorAt(path)) continue;
    const { found, value, parentIsList } = lookUp(root, path);
    if (!found && !parentIsList) {
      issues.add('missing-field', 'error', path);
    } else if (issue.code === 'invalid_type') {
      issues.add('wrong-type', 'error', path, { expected: issue.expected, received: typeOf(value) });
    } else {
      issues.add('invalid-value', 'error', path, { value: display(value) });
    }
  }
}
