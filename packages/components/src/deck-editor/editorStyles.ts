import { css } from 'lit';
import { token } from '../styles/tokens.ts';

/**
 * What the deck editor's parts share on top of `controlStyles`: a denser type size for a laptop
 * screen (never below the browser's default), problems under a field, state badges, and
 * two-column rows that stack on a narrow screen.
 */
export const editorStyles = css`
  :host {
    font-size: ${token.fontSizeSmall};
  }
  h2 {
    font-size: 1.375rem;
  }
  h3 {
    font-size: 1.125rem;
  }
  h4 {
    font-size: 1rem;
    margin: 0;
  }
  .field,
  select {
    min-block-size: 2.5rem;
    padding: ${token.spaceXs} ${token.spaceS};
  }
  textarea.field {
    min-block-size: 4.5rem;
  }
  button {
    min-block-size: 2.75rem;
    padding-inline: ${token.spaceS};
  }
  /* A button with nothing to do keeps focus (aria-disabled, not disabled) and says why when pressed. */
  button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: not-allowed;
  }
  .control {
    display: grid;
    gap: ${token.spaceXs};
  }
  .control > .label {
    margin: 0;
  }
  .problems {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: ${token.spaceXs};
  }
  .problems .error {
    color: ${token.colorError};
    font-weight: 600;
    padding-inline-start: ${token.spaceS};
    border-inline-start: 4px solid currentColor;
  }
  .problems .warning {
    color: ${token.colorStar};
    padding-inline-start: ${token.spaceS};
    border-inline-start: 4px dashed currentColor;
  }
  .badge {
    display: inline-block;
    padding: 0 ${token.spaceXs};
    border: 1px solid currentColor;
    border-radius: ${token.radiusControl};
    font-size: 0.875em;
    line-height: 1.6;
    white-space: nowrap;
  }
  .badge.error {
    color: ${token.colorError};
  }
  .badge.warning,
  .badge.outdated {
    color: ${token.colorStar};
  }
  .badge.missing {
    color: ${token.colorError};
  }
  .badge.done {
    color: ${token.colorTextMuted};
  }
  .pair {
    display: grid;
    gap: ${token.spaceM};
    grid-template-columns: repeat(auto-fit, minmax(min(16rem, 100%), 1fr));
    align-items: start;
  }
  .panel {
    display: grid;
    gap: ${token.spaceM};
    align-content: start;
  }
  fieldset.box {
    display: grid;
    gap: ${token.spaceS};
    padding: ${token.spaceS} ${token.spaceM} ${token.spaceM};
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radiusControl};
  }
  fieldset.box > legend {
    padding-inline: ${token.spaceXs};
    font-weight: 600;
  }
  .quiet {
    background: transparent;
  }
  [lang] {
    unicode-bidi: isolate;
  }
`;
