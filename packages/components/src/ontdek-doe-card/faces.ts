import { svg, type SVGTemplateResult } from 'lit';

/** Mouth curves for face 1 (very unhappy) … 5 (very happy): the control point's height. */
const MOUTH_BEND = [-8, -4, 0, 4, 8] as const;

/**
 * A face drawing for the face scale, in `currentColor` (so it follows the text colour, also under
 * forced colours). Decorative: the radio's label says the same in words.
 *
 * @example
 * html`<label><input type="radio" />${face(5)} heel fijn</label>`
 */
export function face(value: 1 | 2 | 3 | 4 | 5): SVGTemplateResult {
  const bend = MOUTH_BEND[value - 1] ?? 0;
  const y = 31 - bend / 2;
  return svg`<svg class="face" viewBox="0 0 48 48" aria-hidden="true" focusable="false" data-face=${value}>
    <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" stroke-width="3" />
    <circle cx="17" cy="19" r="2.5" fill="currentColor" />
    <circle cx="31" cy="19" r="2.5" fill="currentColor" />
    <path d="M14 ${y} Q24 ${y + bend} 34 ${y}" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
  </svg>`;
}

/** A star, outlined or filled, for the "important" toggle. */
export function star(filled: boolean): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d="M12 2.8l2.8 5.8 6.3.9-4.6 4.4 1.1 6.3L12 17.2l-5.6 3 1.1-6.3-4.6-4.4 6.3-.9z"
      fill=${filled ? 'currentColor' : 'none'} stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
  </svg>`;
}

/** A closed lock, for the "only for me" toggle. */
export function lock(): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <rect x="5" y="10.5" width="14" height="10" rx="2" fill="none" stroke="currentColor" stroke-width="2" />
    <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" stroke-width="2" />
  </svg>`;
}

/** A speech bubble, for "tell it out loud". */
export function speech(): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d="M4 5h16v10H10l-5 4v-4H4z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
  </svg>`;
}
