import { css } from 'lit';
import { token } from './tokens.ts';

/**
 * A native radio button or checkbox inside its label, as one big target (at least 44 × 44 px)
 * that shows the accent border when chosen: the card's answers and the phase elements' options.
 */
export const optionStyles = css`
  .option {
    display: flex;
    align-items: center;
    gap: ${token.spaceS};
    min-block-size: ${token.targetSize};
    min-inline-size: ${token.targetSize};
    padding: ${token.spaceS};
    background: ${token.colorSurfaceRaised};
    border: 2px solid transparent;
    border-radius: ${token.radiusControl};
    cursor: pointer;
    transition: border-color ${token.duration} ease-out;
  }
  .option:has(:checked) {
    border-color: ${token.colorAccent};
  }
  .option input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    flex: none;
    accent-color: ${token.colorAccent};
  }
`;
