/**
 * One labelled text field of the goal form (a text area, or a one-line input): label, optional hint,
 * and the ids that tie the field to its hint and its error message for screen readers. The goal
 * form has five of them; they differ only in these options.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface TextFieldOptions {
  id: string;
  label: string;
  value: string;
  maxLength: number;
  /** A text area of three rows; otherwise a one-line input. */
  multiline: boolean;
  onInput: (value: string) => void;
  /** A line under the label (an example, "optional"), read with the field. */
  hint?: { id: string; text: string };
  /** The id of the field's error line, read with the field. */
  errorId?: string;
  invalid?: boolean;
  /** A class for the wrapper, e.g. `who` for the indented "who?" fields. */
  className?: string;
}

export function textField(o: TextFieldOptions): TemplateResult {
  const describedBy = [o.hint?.id, o.errorId].filter(Boolean).join(' ') || nothing;
  const invalid = o.invalid ? 'true' : nothing;
  const onInput = (e: Event) => o.onInput((e.target as HTMLInputElement | HTMLTextAreaElement).value);
  return html`<div class=${o.className ?? nothing}>
    <label class="label" for=${o.id}>${o.label}</label>
    ${o.hint ? html`<p id=${o.hint.id} class="hint">${o.hint.text}</p>` : nothing}
    ${
      o.multiline
        ? html`<textarea
            id=${o.id}
            part="field"
            class="field"
            rows="3"
            maxlength=${o.maxLength}
            dir="auto"
            aria-describedby=${describedBy}
            aria-invalid=${invalid}
            .value=${o.value}
            @input=${onInput}
          ></textarea>`
        : html`<input
            id=${o.id}
            part="field"
            class="field"
            type="text"
            maxlength=${o.maxLength}
            dir="auto"
            autocomplete="off"
            aria-describedby=${describedBy}
            aria-invalid=${invalid}
            .value=${o.value}
            @input=${onInput}
          />`
    }
  </div>`;
}
