import { css } from 'lit';
import { buttonStyles } from './buttonStyles.ts';
import { optionStyles } from './optionStyles.ts';
import { token } from './tokens.ts';

/**
 * Styles the phase elements share (what matters, goals, summary, check-in, follow-up start):
 * a calm panel, headings, fields, big native options, buttons of at least 44 × 44 px, messages.
 * Logical properties only, so everything mirrors in right-to-left languages.
 */
export const phaseStyles = css`
  .panel {
    display: grid;
    gap: ${token.spaceL};
    padding: ${token.spaceL};
    background: ${token.colorSurface};
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
    min-inline-size: 0;
  }
  .stack {
    display: grid;
    gap: ${token.spaceM};
    min-inline-size: 0;
  }
  .heading {
    font-size: ${token.fontSizeQuestion};
    line-height: 1.3;
    font-weight: 700;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: ${token.focusRingWidth} solid ${token.focusRingColor};
    outline-offset: 4px;
  }
  .subheading {
    font-size: 1.25rem;
    line-height: 1.3;
    font-weight: 700;
  }
  .muted,
  .hint,
  .progress {
    color: ${token.colorTextMuted};
  }
  .player {
    font-weight: 600;
  }
  .progress {
    font-size: ${token.fontSizeSmall};
    font-weight: 600;
  }
  .hint {
    font-size: ${token.fontSizeSmall};
  }
  p,
  ul,
  ol {
    margin: 0;
  }
  ul.plain {
    list-style: none;
    padding: 0;
    display: grid;
    gap: ${token.spaceS};
  }
  .legend,
  .label {
    display: block;
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
  }
  textarea.field {
    resize: vertical;
  }
  .field[aria-invalid='true'] {
    border-color: ${token.colorError};
  }
  .options {
    display: grid;
    gap: ${token.spaceS};
    margin-block-start: ${token.spaceS};
  }
  ${optionStyles}
  .option {
    padding: ${token.spaceS} ${token.spaceM};
  }
  .option-text {
    display: grid;
    min-inline-size: 0;
  }
  .question {
    font-size: ${token.fontSizeSmall};
    color: ${token.colorTextMuted};
  }
  .words {
    font-weight: 600;
  }
  .mark {
    display: inline-block;
    margin-inline-start: ${token.spaceS};
    padding: 0 ${token.spaceXs};
    border: 1px solid currentColor;
    border-radius: ${token.radiusControl};
    font-size: ${token.fontSizeSmall};
    font-weight: 400;
  }
  .mark.star {
    color: ${token.colorStar};
  }
  /* Ten numbers in a row when there is room, else wrapping rows: never a 320 px overflow. */
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: ${token.spaceXs};
  }
  .scale .option {
    flex-direction: column;
    justify-content: center;
    gap: 0;
    padding: ${token.spaceXs};
    inline-size: 3rem;
    font-weight: 700;
  }
  .error {
    color: ${token.colorError};
    font-weight: 600;
  }
  .note {
    padding: ${token.spaceM};
    background: ${token.colorSurfaceRaised};
    border-inline-start: 4px solid ${token.colorAccent};
    border-radius: ${token.radiusControl};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token.spaceS};
    align-items: center;
  }
  ${buttonStyles}
  button.quiet {
    background: transparent;
  }
  .heading,
  .subheading,
  .legend,
  .label,
  .hint,
  .progress,
  .error,
  .note,
  button {
    unicode-bidi: plaintext;
  }
  @media (forced-colors: active) {
    .panel,
    button,
    .field,
    .option {
      border-color: ButtonText;
    }
    .option:has(:checked) {
      border-color: Highlight;
      border-width: 4px;
    }
    .note {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
  }
`;
