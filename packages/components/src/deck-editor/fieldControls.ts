import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { EditorProblem } from '@ontdek-doe/content/editing';
import { directionOf, languageName } from '../base/languages.ts';
import { pathKey } from './paths.ts';

/** A control's element id from its path key: `cards/3/prompt/nl` → `f-cards-3-prompt-nl`. */
export function controlId(key: string): string {
  return `f-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** What a form needs to draw a control with its problems. */
export interface ControlContext {
  /** Problems placed at each control, by path key. */
  problemsAt: ReadonlyMap<string, readonly EditorProblem[]>;
  /** The UI language: which of a problem's two messages to show. */
  ui: 'nl' | 'en';
}

/** The problems of one control as a list under it; `nothing` when it has none. */
export function problemList(
  key: string,
  context: ControlContext,
): { template: TemplateResult | typeof nothing; id?: string; invalid: boolean } {
  const problems = context.problemsAt.get(key);
  if (!problems?.length) return { template: nothing, invalid: false };
  const id = `${controlId(key)}-problems`;
  return {
    id,
    invalid: problems.some((p) => p.severity === 'error'),
    template: html`<ul class="problems" id=${id}>
      ${problems.map((p) => html`<li class=${p.severity}>${p.message[context.ui]}</li>`)}
    </ul>`,
  };
}

/**
 * The context with one more error at the control of `path`: a message of the form itself (a code
 * another card has), shown and tied to the field like the deck's own problems.
 */
export function withFieldError(
  context: ControlContext,
  path: readonly (string | number)[],
  code: string,
  message: EditorProblem['message'],
): ControlContext {
  const key = pathKey(path);
  const error: EditorProblem = { severity: 'error', code, message, path: [...path], kind: 'deck' };
  const at = new Map(context.problemsAt);
  at.set(key, [error, ...(at.get(key) ?? [])]);
  return { ...context, problemsAt: at };
}

/** Options of a text control. */
export interface TextControlOptions {
  label: string;
  value: string;
  onInput?: (value: string) => void;
  /** Commit on change (blur or Enter) instead of at every key: for ids, numbers and lists. */
  onChange?: (value: string) => void;
  hint?: string;
  multiline?: boolean;
  /** The language of the text in the field, for screen readers and spell checking. */
  lang?: string;
  type?: 'text' | 'number' | 'url';
  min?: number;
}

/**
 * A labelled text field (or textarea) at a path, with its hint and problems tied to it through
 * `aria-describedby`, `aria-invalid` when one is an error, and `data-path` so the editor can move
 * focus to it from a problem.
 */
export function textControl(
  path: readonly (string | number)[],
  options: TextControlOptions,
  context: ControlContext,
): TemplateResult {
  const key = pathKey(path);
  const id = controlId(key);
  const problems = problemList(key, context);
  const hintId = options.hint ? `${id}-hint` : undefined;
  const described = [hintId, problems.id].filter(Boolean).join(' ') || undefined;
  const dir = options.lang ? directionOf(options.lang) : undefined;
  const onInput = options.onInput
    ? (e: Event) => options.onInput!((e.target as HTMLInputElement | HTMLTextAreaElement).value)
    : undefined;
  const onChange = options.onChange
    ? (e: Event) => options.onChange!((e.target as HTMLInputElement | HTMLTextAreaElement).value)
    : undefined;
  const field = options.multiline
    ? html`<textarea
        id=${id}
        class="field"
        rows="2"
        data-path=${key}
        lang=${ifDefined(options.lang)}
        dir=${ifDefined(dir)}
        aria-describedby=${ifDefined(described)}
        aria-invalid=${problems.invalid ? 'true' : 'false'}
        .value=${live(options.value)}
        @input=${ifDefined(onInput)}
        @change=${ifDefined(onChange)}
      ></textarea>`
    : html`<input
        id=${id}
        class="field"
        type=${options.type ?? 'text'}
        min=${ifDefined(options.min)}
        data-path=${key}
        lang=${ifDefined(options.lang)}
        dir=${ifDefined(dir)}
        autocomplete="off"
        aria-describedby=${ifDefined(described)}
        aria-invalid=${problems.invalid ? 'true' : 'false'}
        .value=${live(options.value)}
        @input=${ifDefined(onInput)}
        @change=${ifDefined(onChange)}
      />`;
  return html`<div class="control">
    <label class="label" for=${id}>${options.label}</label>
    ${field} ${options.hint ? html`<p class="hint" id=${hintId!}>${options.hint}</p>` : nothing}
    ${problems.template}
  </div>`;
}

/** A labelled select at a path, with its problems. */
export function selectControl(
  path: readonly (string | number)[],
  options: {
    label: string;
    value: string;
    choices: readonly (readonly [value: string, text: string])[];
    onChange: (value: string) => void;
    hint?: string;
  },
  context: ControlContext,
): TemplateResult {
  const key = pathKey(path);
  const id = controlId(key);
  const problems = problemList(key, context);
  const hintId = options.hint ? `${id}-hint` : undefined;
  const described = [hintId, problems.id].filter(Boolean).join(' ') || undefined;
  const known = options.choices.some(([value]) => value === options.value);
  return html`<div class="control">
    <label class="label" for=${id}>${options.label}</label>
    <select
      id=${id}
      data-path=${key}
      aria-describedby=${ifDefined(described)}
      aria-invalid=${problems.invalid ? 'true' : 'false'}
      @change=${(e: Event) => options.onChange((e.target as HTMLSelectElement).value)}
    >
      ${known ? nothing : html`<option value=${options.value} selected>${options.value}</option>`}
      ${options.choices.map(
        ([value, text]) => html`<option value=${value} ?selected=${value === options.value}>${text}</option>`,
      )}
    </select>
    ${options.hint ? html`<p class="hint" id=${hintId!}>${options.hint}</p>` : nothing} ${problems.template}
  </div>`;
}

/**
 * A fieldset for a group at a path (options, tips, themes, languages): its legend, the problems
 * that belong to the group as a whole, and its content. `data-path` lets focus move into it.
 */
export function groupControl(
  path: readonly (string | number)[],
  legend: string,
  content: unknown,
  context: ControlContext,
): TemplateResult {
  const key = pathKey(path);
  const problems = problemList(key, context);
  return html`<fieldset
    class="box"
    data-path=${key}
    id=${controlId(key)}
    aria-describedby=${ifDefined(problems.id)}
  >
    <legend>${legend}</legend>
    ${problems.template} ${content}
  </fieldset>`;
}

/**
 * Moves focus to the control at `key` inside `root` (into a group: its first field or button).
 * Returns false when there is none.
 */
export function focusControl(root: ParentNode, key: string): boolean {
  const target = root.querySelector<HTMLElement>(`[data-path="${CSS.escape(key)}"]`);
  if (!target) return false;
  const focusable =
    target instanceof HTMLFieldSetElement
      ? target.querySelector<HTMLElement>('input, select, textarea, button:not([disabled])')
      : target;
  (focusable ?? target).focus();
  (focusable ?? target).scrollIntoView?.({ block: 'center' });
  return true;
}

/**
 * "Teksten in": which second language the card and deck forms show beside the default one (only
 * the default, or the default plus one other). Nothing when the deck has one language.
 */
export function secondLanguageSelect(o: {
  id: string;
  label: string;
  defaultLanguage: string;
  others: readonly string[];
  chosen: string;
  ui: string;
  onChange: (language: string) => void;
}): TemplateResult | typeof nothing {
  if (o.others.length === 0) return nothing;
  const first = languageName(o.defaultLanguage, o.ui);
  return html`<div class="control">
    <label class="label" for=${o.id}>${o.label}</label>
    <select id=${o.id} @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!o.others.includes(o.chosen)}>${first}</option>
      ${o.others.map(
        (code) =>
          html`<option value=${code} ?selected=${code === o.chosen}>
            ${first} + ${languageName(code, o.ui)}
          </option>`,
      )}
    </select>
  </div>`;
}
