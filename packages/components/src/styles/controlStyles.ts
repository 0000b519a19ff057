import { css } from 'lit';
import { buttonStyles, toggleButtonStyles } from './buttonStyles.ts';
import { token } from './tokens.ts';

/**
 * Native controls as every Ontdek & Doe screen shows them: buttons, fields, selects, checkboxes
 * and radios in labelled rows, fieldsets with a legend, hints and problems. Targets are at least
 * `--od-target-size` (44 px); logical properties only; visible borders in forced-colours mode.
 *
 * @example
 * static override styles = [OdElement.styles, controlStyles, css`…`];
 */
export const controlStyles = css`
  .stack {
    display: grid;
    gap: ${token.spaceM};
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token.spaceS};
  }
  h2,
  h3 {
    line-height: 1.3;
  }
  h2 {
    font-size: 1.5rem;
  }
  h3 {
    font-size: 1.25rem;
  }
  h2:focus,
  h3:focus {
    outline: none;
  }
  h2:focus-visible,
  h3:focus-visible {
    outline: ${token.focusRingWidth} solid ${token.focusRingColor};
    outline-offset: 4px;
  }
  p,
  ul,
  ol {
    margin: 0;
  }
  .hint {
    color: ${token.colorTextMuted};
    font-size: ${token.fontSizeSmall};
  }
  .problem {
    color: ${token.colorError};
    font-weight: 600;
    padding-inline-start: ${token.spaceS};
    border-inline-start: 4px solid currentColor;
  }
  .legend,
  .label {
    display: block;
    font-weight: 600;
    margin-block-end: ${token.spaceXs};
  }
  fieldset.group {
    display: grid;
    gap: ${token.spaceS};
  }
  .field,
  select {
    display: block;
    inline-size: 100%;
    max-inline-size: 100%;
    min-block-size: ${token.targetSize};
    padding: ${token.spaceS};
    background: ${token.colorSurface};
    border: 2px solid ${token.colorBorder};
    border-radius: ${token.radiusControl};
  }
  textarea.field {
    resize: vertical;
  }
  .field[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: ${token.colorError};
  }
  .check {
    display: flex;
    align-items: center;
    gap: ${token.spaceS};
    min-block-size: ${token.targetSize};
    padding-inline: ${token.spaceS};
    background: ${token.colorSurfaceRaised};
    border: 2px solid transparent;
    border-radius: ${token.radiusControl};
    cursor: pointer;
  }
  .check:has(:checked) {
    border-color: ${token.colorAccent};
  }
  .check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    flex: none;
    accent-color: ${token.colorAccent};
  }
  .check input[aria-invalid='true'] {
    outline: 2px solid ${token.colorError};
  }
  .check .icon {
    display: inline-flex;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    flex: none;
  }
  .check .icon svg {
    inline-size: 100%;
    block-size: 100%;
  }
  ${buttonStyles}
  ${toggleButtonStyles}
  button {
    text-align: center;
  }
  /* UI text may run in another direction than the layout (Dutch help on an Arabic page): each
     piece of text takes its direction from its own words, while the layout follows the page. */
  p,
  h2,
  h3,
  li,
  legend,
  summary,
  .legend,
  .label,
  .hint,
  .problem,
  .check > span,
  button {
    unicode-bidi: plaintext;
  }
  @media (forced-colors: active) {
    button,
    .field,
    select,
    .check {
      border-color: ButtonText;
    }
    .check:has(:checked),
    button[aria-pressed='true'] {
      border-color: Highlight;
      border-width: 4px;
    }
  }
`;
