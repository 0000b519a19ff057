import { css } from 'lit';
import { token } from './tokens.ts';

/** A goal as a card with its details as a list of label: value lines (goals phase and summary). */
export const goalCardStyles = css`
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
`;
