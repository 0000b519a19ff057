/**
 * The "Lees voor" button, the same on a card and on every step of the later phases: a speaker
 * and the word, so it is found by people who do not read well. The element decides what is read
 * (the card's question through `speak()`, a step's question through `say()`).
 */
import { css, html, nothing, type TemplateResult } from 'lit';

/** A speaker, drawn with the current text colour. */
export const speakerIcon = html`<svg
  class="icon"
  viewBox="0 0 24 24"
  fill="none"
  stroke="currentColor"
  stroke-width="2"
  stroke-linecap="round"
  stroke-linejoin="round"
  aria-hidden="true"
  focusable="false"
>
  <path d="M4 9h4l5-4v14l-5-4H4z" />
  <path d="M16.5 8.5a5 5 0 0 1 0 7" />
  <path d="M19 6a8.5 8.5 0 0 1 0 12" />
</svg>`;

export interface ReadAloudButtonOptions {
  label: string;
  /** The language of the label (the UI language). */
  lang: string;
  onClick: () => void;
  /** The card's `read-aloud` slot, when the button goes into a card. */
  slot?: string;
}

export function readAloudButton(o: ReadAloudButtonOptions): TemplateResult {
  return html`<button
    slot=${o.slot ?? nothing}
    type="button"
    part="button read-aloud"
    class="read-aloud"
    lang=${o.lang}
    @click=${o.onClick}
  >
    ${speakerIcon}<span>${o.label}</span>
  </button>`;
}

/** Keeps the button as wide as its word and the speaker at text size. */
export const readAloudStyles = css`
  .read-aloud {
    flex: none;
    justify-self: start;
  }
  .read-aloud .icon {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    flex: none;
  }
`;
