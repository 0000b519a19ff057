import { css } from 'lit';
import { token } from '../styles/tokens.ts';

/** Styles of `<ontdek-doe-goals>`: the suggestions (the goal cards are in `goalCardStyles`). */
export const goalsStyles = css`
  .suggestions button {
    text-align: start;
    justify-content: flex-start;
    inline-size: 100%;
  }
  button[aria-pressed='true'] {
    border-color: ${token.colorAccent};
    font-weight: 700;
  }
  .who {
    padding-inline-start: ${token.spaceL};
  }
  .smaller {
    display: grid;
    gap: ${token.spaceS};
    justify-items: start;
  }
  @media (forced-colors: active) {
    .goal {
      border-color: CanvasText;
    }
    button[aria-pressed='true'] {
      border-color: Highlight;
      border-width: 4px;
    }
  }
`;
