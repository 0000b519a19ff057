import { css } from 'lit';
import { token } from '../styles/tokens.ts';

/** Styles of `<ontdek-doe-goals>`: the goal cards and the suggestions. */
export const goalsStyles = css`
  .goals {
    gap: ${token.spaceM};
  }
  .goal {
    display: grid;
    gap: ${token.spaceS};
    padding: ${token.spaceM};
    border: 2px solid ${token.colorBorder};
    border-inline-start: 0.5rem solid ${token.colorAccent};
    border-radius: ${token.radiusControl};
  }
  .goal-text {
    font-size: 1.25rem;
    font-weight: 700;
  }
  dl {
    display: grid;
    gap: ${token.spaceXs};
    margin: 0;
  }
  dl div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token.spaceS};
  }
  dt {
    font-weight: 600;
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
    min-inline-size: 0;
  }
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
