import { css } from 'lit';
import { token } from '../styles/tokens.ts';

/** Styles of `<ontdek-doe-followup-start>`. */
export const followUpStartStyles = css`
  .file {
    padding: ${token.spaceS};
    cursor: pointer;
  }
  .file::file-selector-button {
    min-block-size: ${token.targetSize};
    margin-inline-end: ${token.spaceM};
    padding: ${token.spaceXs} ${token.spaceM};
    background: ${token.colorSurfaceRaised};
    border: 2px solid ${token.colorBorder};
    border-radius: ${token.radiusControl};
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .chosen li::before {
    content: '✓ ';
    color: ${token.colorAccent};
  }
`;
