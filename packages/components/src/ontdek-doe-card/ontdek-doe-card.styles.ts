import { css } from 'lit';
import { buttonStyles, toggleButtonStyles } from '../styles/buttonStyles.ts';
import { optionStyles } from '../styles/optionStyles.ts';
import { token } from '../styles/tokens.ts';

/**
 * Styles of `<ontdek-doe-card>`. Logical properties only (`inline-start`, `block-size` …), so the
 * card mirrors by itself in right-to-left languages.
 */
export const cardStyles = css`
  .card {
    display: grid;
    grid-template-columns: 0.75rem minmax(0, 1fr);
    background: ${token.colorSurface};
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
    overflow: hidden;
  }
  .band {
    background: var(--_od-theme);
  }
  .body {
    display: grid;
    gap: ${token.spaceM};
    padding: ${token.spaceL};
    min-inline-size: 0;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token.spaceS} ${token.spaceM};
    color: ${token.colorTextMuted};
    font-size: ${token.fontSizeSmall};
  }
  .theme-icon {
    display: inline-flex;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    color: var(--_od-theme);
  }
  .theme-icon svg,
  .theme-icon ::slotted(*) {
    inline-size: 100%;
    block-size: 100%;
    fill: currentColor;
  }
  .meta {
    display: inline-flex;
    flex-wrap: wrap;
    gap: ${token.spaceXs};
  }
  .family {
    font-weight: 700;
    color: ${token.colorText};
  }
  .depth {
    display: inline-flex;
    gap: ${token.spaceXs};
  }
  .dot {
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  .dot.on {
    background: currentColor;
  }
  .easy {
    padding: 0 ${token.spaceS};
    border: 1px solid currentColor;
    border-radius: ${token.radiusControl};
  }
  /* On a narrow card the read-aloud button goes under the question instead of squeezing it. */
  .question-row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: ${token.spaceS};
  }
  .question {
    flex: 1 1 12rem;
    min-inline-size: 0;
    font-size: ${token.fontSizeQuestion};
    font-weight: 600;
    line-height: 1.3;
    hyphens: auto;
  }
  .question:focus {
    outline: none;
  }
  .question:focus-visible {
    outline: ${token.focusRingWidth} solid ${token.focusRingColor};
    outline-offset: 4px;
  }
  .picture {
    inline-size: 100%;
    max-block-size: 16rem;
    object-fit: contain;
    border-radius: ${token.radiusControl};
  }
  .answer {
    display: grid;
    gap: ${token.spaceM};
    container-type: inline-size;
  }
  /* UI text may be in another direction than the page (Dutch buttons on an Arabic page): each piece
     of text takes its direction from its own words, while the layout follows the page. */
  .meta,
  .easy,
  .talk,
  .legend,
  .field-label,
  .counter,
  .option-label,
  .error,
  button {
    unicode-bidi: plaintext;
  }
  .talk {
    display: flex;
    align-items: center;
    gap: ${token.spaceS};
    font-weight: 600;
  }
  .icon {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    flex: none;
  }
  .field-label,
  .legend {
    font-weight: 600;
    margin-block-end: ${token.spaceXs};
  }
  .field {
    display: block;
    inline-size: 100%;
    min-block-size: ${token.targetSize};
    padding: ${token.spaceS};
    background: ${token.colorSurface};
    border: 2px solid ${token.colorBorder};
    border-radius: ${token.radiusControl};
    resize: vertical;
  }
  .field[aria-invalid='true'] {
    border-color: ${token.colorError};
  }
  .counter {
    color: ${token.colorTextMuted};
    font-size: ${token.fontSizeSmall};
    text-align: end;
  }
  .options {
    display: grid;
    gap: ${token.spaceS};
    margin-block-start: ${token.spaceS};
  }
  /* Faces: a list on a narrow card, one row of five from 30rem up. */
  @container (min-inline-size: 30rem) {
    .faces-options {
      grid-template-columns: repeat(5, minmax(0, 1fr));
    }
    .face-option {
      flex-direction: column;
      text-align: center;
    }
  }
  ${optionStyles}
  .face {
    inline-size: 2.75rem;
    block-size: 2.75rem;
  }
  /* The picture of a choice: the slotted element itself is sized (":has(::slotted())" matches nothing). */
  .option-icon ::slotted(*) {
    display: inline-flex;
    flex: none;
    inline-size: 2.5rem;
    block-size: 2.5rem;
  }
  .error {
    color: ${token.colorError};
    font-weight: 600;
  }
  .toggles,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token.spaceS};
  }
  ${buttonStyles}
  ${toggleButtonStyles}
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .band,
    .dot.on {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .theme-icon {
      color: CanvasText;
    }
    /* A picture is drawn for a light ground (dark lines, transparent): keep that ground in a dark theme. */
    .picture {
      forced-color-adjust: none;
      background-color: #ffffff;
    }
    button,
    .field,
    .option {
      border-color: ButtonText;
    }
    .option:has(:checked),
    button[aria-pressed='true'] {
      border-color: Highlight;
      border-width: 4px;
    }
  }
`;
