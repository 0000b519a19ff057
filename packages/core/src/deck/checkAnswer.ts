/**
 * Internal: checks a card's `answer` against its own kind (built in or from a plugin), so a
 * problem is explained for that kind instead of as "matches none of five shapes".
 */
import * as z from 'zod/mini';
import { BUILT_IN_ANSWER_KINDS, type AnswerSpec, type IssuePath } from '../types.ts';
import { checkId, checkKeys, isObject, type CheckContext } from './checkContext.ts';
import { checkText } from './checkText.ts';
import type { DeckIssueParams } from './deckIssueCodes.ts';
import { DECK_LIMITS } from './deckLimits.ts';
import { answerSchemasByKind, pluginAnswerSchema } from './deckSchema.ts';
import { display } from './issueCollector.ts';
import { reportSchemaIssues } from './reportSchemaIssues.ts';

type BuiltInKind = keyof typeof answerSchemasByKind;

/** The fields each built-in answer kind may have; a plugin answer has `kind` and `config`. */
export const ANSWER_KEYS: Record<BuiltInKind | 'plugin', readonly string[]> = {
  talk: ['kind'],
  text: ['kind', 'maxLength'],
  faces: ['kind'],
  choice: ['kind', 'options', 'multiple'],
  plugin: ['kind', 'config'],
};

/** The fields of a choice option. */
export const OPTION_KEYS: readonly string[] = ['id', 'label', 'icon'];

const isBuiltIn = (kind: string): kind is BuiltInKind =>
  (BUILT_IN_ANSWER_KINDS as readonly string[]).includes(kind);

/**
 * Checks `answer` at `path` (inside `root`, the current deck). Returns the parsed answer when it
 * is valid, else `undefined` (its problems are reported).
 */
export function checkAnswer(
  ctx: CheckContext,
  answer: unknown,
  path: IssuePath,
  root: unknown,
): AnswerSpec | undefined {
  if (!isObject(answer) || typeof answer.kind !== 'string') return undefined; // the deck schema reports these
  const kind = answer.kind;
  if (!isBuiltIn(kind)) {
    if (!ctx.answerKinds.has(kind)) {
      const kinds = [...BUILT_IN_ANSWER_KINDS, ...ctx.answerKinds].join(', ');
      ctx.issues.add('unknown-answer-kind', 'error', [...path, 'kind'], { value: display(kind), kinds });
    }
    checkKeys(ctx, answer, ANSWER_KEYS.plugin, path);
    return finish(ctx, z.safeParse(pluginAnswerSchema, answer), path, root);
  }
  checkKeys(ctx, answer, ANSWER_KEYS[kind], path);
  if (kind === 'choice') checkOptions(ctx, answer.options, [...path, 'options']);
  if (kind === 'text' && typeof answer.maxLength === 'number') {
    const { min, max } = DECK_LIMITS.textAnswerLength;
    const value = answer.maxLength;
    if (!Number.isInteger(value) || value < min || value > max) {
      ctx.issues.add('number-out-of-range', 'error', [...path, 'maxLength'], {
        value: display(value),
        min,
        max,
      });
    }
  }
  return finish(ctx, z.safeParse(answerSchemasByKind[kind], answer), path, root);
}

function finish(
  ctx: CheckContext,
  result: { success: true; data: unknown } | { success: false; error: { issues: z.core.$ZodIssue[] } },
  path: IssuePath,
  root: unknown,
): AnswerSpec | undefined {
  if (result.success) return result.data as AnswerSpec;
  reportSchemaIssues(ctx.issues, result.error.issues, path, root);
  return undefined;
}

function checkOptions(ctx: CheckContext, options: unknown, path: IssuePath): void {
  const min = DECK_LIMITS.minChoiceOptions;
  if (options === undefined || (Array.isArray(options) && options.length < min)) {
    ctx.issues.add('choice-needs-options', 'error', path, {
      count: Array.isArray(options) ? options.length : 0,
      min,
    });
  }
  if (!Array.isArray(options)) return;
  const seen = new Map<string, number>();
  options.forEach((option: unknown, index) => {
    if (!isObject(option)) return;
    const optionPath = [...path, index];
    checkKeys(ctx, option, OPTION_KEYS, optionPath);
    const id = checkId(ctx, option.id, [...optionPath, 'id']);
    const extra: DeckIssueParams =
      id === undefined ? { option: index + 1 } : { option: index + 1, optionId: id.slice(0, 60) };
    if (id !== undefined) {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      else
        ctx.issues.add('duplicate-option-id', 'error', [...optionPath, 'id'], {
          ...extra,
          firstOption: first + 1,
        });
    }
    checkText(ctx, option.label, [...optionPath, 'label'], 'optionLabel', extra);
  });
}
