import { css, html, nothing, type TemplateResult } from 'lit';
import { token } from '../styles/tokens.ts';

/**
 * A done goal, celebrated: always a clear badge in words ("Gelukt!"); only when the user did not
 * ask for reduced motion, a few small pieces of confetti burst once around it. The confetti is
 * decoration (`aria-hidden`), so a screen reader hears the words only.
 *
 * @example
 * celebration(this.reducedMotion, this.t('checkin.done'));
 */
export function celebration(reducedMotion: boolean, words: string): TemplateResult {
  return html`<span class="celebration">
    <span part="badge" class="badge">${words}</span>
    ${
      reducedMotion
        ? nothing
        : html`<span class="confetti" aria-hidden="true"
            >${Array.from({ length: 8 }, () => html`<span></span>`)}</span
          >`
    }
  </span>`;
}

/** Styles for {@link celebration}. */
export const celebrationStyles = css`
  .celebration {
    position: relative;
    display: inline-flex;
    align-items: center;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: ${token.spaceXs};
    padding: ${token.spaceXs} ${token.spaceM};
    border: 2px solid #1b6e3a;
    border-radius: 999px;
    background: #e6f4ea;
    color: #14532d;
    font-weight: 700;
  }
  .badge::before {
    content: '✓';
  }
  .confetti {
    position: absolute;
    inset: 50% auto auto 50%;
    pointer-events: none;
  }
  .confetti span {
    position: absolute;
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border-radius: 2px;
    --i: 0;
    background: hsl(calc(var(--i) * 45deg) 70% 45%);
    opacity: 0;
    animation: od-burst 900ms ease-out 1 both;
    --angle: calc(var(--i) * 45deg);
  }
  /* Each piece's place in the burst from CSS, not a style attribute (a strict CSP refuses those). */
  .confetti span:nth-child(2) {
    --i: 1;
  }
  .confetti span:nth-child(3) {
    --i: 2;
  }
  .confetti span:nth-child(4) {
    --i: 3;
  }
  .confetti span:nth-child(5) {
    --i: 4;
  }
  .confetti span:nth-child(6) {
    --i: 5;
  }
  .confetti span:nth-child(7) {
    --i: 6;
  }
  .confetti span:nth-child(8) {
    --i: 7;
  }
  @keyframes od-burst {
    0% {
      opacity: 1;
      transform: rotate(var(--angle)) translateX(0) scale(1);
    }
    100% {
      opacity: 0;
      transform: rotate(var(--angle)) translateX(3rem) scale(0.6);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .confetti {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .confetti {
      display: none;
    }
  }
  @media print {
    .confetti {
      display: none;
    }
  }
`;
