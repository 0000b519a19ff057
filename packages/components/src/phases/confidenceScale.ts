import { html, nothing, type TemplateResult } from 'lit';

/** What {@link confidenceScale} draws. */
export interface ConfidenceScaleOptions {
  /** The radio group's name (unique within the element). */
  name: string;
  /** The chosen number, or null. */
  value: number | null;
  /** The legend's content (text, or a heading). */
  legend: TemplateResult | string;
  /** Ids of the hint and error the group is described by. */
  describedBy: string;
  invalid: boolean;
  onChange: (value: number) => void;
}

/**
 * "How confident am I?" as ten native radio buttons with the numbers visible (arrow keys move
 * between them), in a fieldset with a legend. Used by the goals and the check-in.
 *
 * @example
 * confidenceScale({ name: 'confidence', value: 6, legend: 'Hoe zeker?', describedBy: 'ends', invalid: false, onChange });
 */
export function confidenceScale(options: ConfidenceScaleOptions): TemplateResult {
  const { name, value, legend, describedBy, invalid, onChange } = options;
  return html`
    <fieldset
      role="radiogroup"
      aria-describedby=${describedBy}
      aria-invalid=${invalid ? 'true' : nothing}
      class="confidence"
    >
      <legend class="legend">${legend}</legend>
      <div class="scale options">
        ${Array.from({ length: 10 }, (_, i) => i + 1).map(
          (n) => html`
            <label part="option" class="option">
              <input
                type="radio"
                name=${name}
                .value=${String(n)}
                .checked=${value === n}
                @change=${() => onChange(n)}
              />
              <span>${n}</span>
            </label>
          `,
        )}
      </div>
    </fieldset>
  `;
}
