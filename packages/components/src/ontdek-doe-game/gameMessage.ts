/**
 * The game element's full-screen messages (loading failed, paused, resume a saved session, session
 * finished) and its journey path: each message is a heading that takes focus, some text, and a row
 * of buttons, so they share one template.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Phase } from '@ontdek-doe/core';

export interface MessageButton {
  label: string;
  /** Names the button for styling and tests (`retry`, `resume`, …). */
  className: string;
  /** The main action: styled as such and named `button-primary` as a part. */
  primary?: boolean;
  onClick: () => void;
}

export interface MessageOptions {
  /** The message's class next to `message` (`failure`, `paused`, …). */
  className: string;
  title: string;
  text: string;
  /** More content under the text (details, a second paragraph). */
  extra?: unknown;
  buttons: MessageButton[];
}

export function gameMessage(o: MessageOptions): TemplateResult {
  return html`
    <div part="message" class=${`message ${o.className} stack`}>
      <h2 tabindex="-1">${o.title}</h2>
      <p>${o.text}</p>
      ${o.extra ?? nothing}
      ${
        o.buttons.length > 0
          ? html`<div class="row">
              ${o.buttons.map(
                (b) =>
                  html`<button
                    type="button"
                    part=${b.primary ? 'button button-primary' : 'button'}
                    class=${b.primary ? `primary ${b.className}` : b.className}
                    @click=${b.onClick}
                  >
                    ${b.label}
                  </button>`,
              )}
            </div>`
          : nothing
      }
    </div>
  `;
}

export interface JourneyStep {
  phase: Phase;
  status: 'done' | 'current' | 'todo';
}

/**
 * The journey path: an ordered list of the phases, the current one marked with
 * `aria-current="step"`, the done ones with a check and the words "done" for screen readers.
 */
export function journeyPath(
  steps: readonly JourneyStep[],
  label: string,
  nameOf: (phase: Phase) => string,
  doneWord: string,
): TemplateResult {
  return html`
    <nav part="journey" class="journey" aria-label=${label}>
      <ol>
        ${steps.map(
          ({ phase, status }, i) => html`
            <li
              part=${`step step-${status}`}
              class=${`step ${status}`}
              aria-current=${status === 'current' ? 'step' : nothing}
            >
              <span class="dot" aria-hidden="true">${status === 'done' ? '✓' : String(i + 1)}</span>
              <span class="name">${nameOf(phase)}</span>
              ${status === 'done' ? html`<span class="visually-hidden">${doneWord}</span>` : nothing}
            </li>
          `,
        )}
      </ol>
    </nav>
  `;
}
