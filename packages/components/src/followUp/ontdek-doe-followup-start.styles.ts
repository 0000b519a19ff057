import { css } from 'lit';
import { token } from '../styles/tokens.ts';

/** Styles of `<ontdek-doe-followup-start>`. */
export const followUpStartStyles = css`
  /* Out of sight but focusable: its label below is the button everyone sees. */
  .file {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    opacity: 0;
    overflow: hidden;
  }
  .file-button {
    display: inline-flex;
    align-items: center;
    justify-self: start;
    min-block-size: ${token.targetSize};
    min-inline-size: ${token.targetSize};
    padding: ${token.spaceXs} ${token.spaceM};
    background: ${token.colorSurfaceRaised};
    border: 2px solid ${token.colorBorder};
    border-radius: ${token.radiusControl};
    font-weight: 600;
    cursor: pointer;
  }
  .file:focus-visible + .file-button {
    outline: ${token.focusRingWidth} solid ${token.focusRingColor};
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .file-button {
      border-color: ButtonText;
    }
    .file:focus-visible + .file-button {
      outline-color: Highlight;
    }
  }
  .chosen li::before {
    content: '✓ ';
    color: ${token.colorAccent};
  }
`;
