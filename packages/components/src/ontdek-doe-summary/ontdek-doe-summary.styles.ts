import { css } from 'lit';
import { token } from '../styles/tokens.ts';

/**
 * Styles of `<ontdek-doe-summary>`, with its print stylesheet: on paper only this player's
 * summary shows, in large type, without buttons, the select or the privacy switch.
 */
export const summaryStyles = css`
  .items {
    gap: ${token.spaceS};
  }
  .answer {
    display: grid;
    padding-block: ${token.spaceXs};
    border-block-end: 1px solid ${token.colorSurfaceRaised};
  }
  .reactions {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token.spaceS};
    font-size: ${token.fontSizeSmall};
    color: ${token.colorTextMuted};
  }
  .goal {
    break-inside: avoid;
  }
  select.field {
    max-inline-size: 20rem;
  }
  @media print {
    :host {
      font-size: 16pt;
      line-height: 1.5;
      color: #000;
    }
    .no-print,
    button,
    select,
    input {
      display: none !important;
    }
    .panel {
      border: 0;
      padding: 0;
    }
    .heading {
      font-size: 24pt;
    }
    .subheading {
      font-size: 19pt;
      break-after: avoid;
    }
    .lens,
    .goal {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .goal {
      border-color: CanvasText;
    }
  }
`;
