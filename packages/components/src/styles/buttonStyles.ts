import { css } from 'lit';
import { token } from './tokens.ts';

/**
 * The button every Ontdek & Doe screen uses: at least `--od-target-size` (44 px) each way, a calm
 * raised look, and `.primary` for the one main step. Shared by the card, the screens built on
 * `controlStyles` and the phase elements, so a change of look happens in one place.
 *
 * @example
 * export const myStyles = css`${buttonStyles} button.quiet { background: transparent; }`;
 */
export const buttonStyles = css`
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: ${token.spaceS};
    min-block-size: ${token.targetSize};
    min-inline-size: ${token.targetSize};
    padding: ${token.spaceXs} ${token.spaceM};
    background: ${token.colorSurfaceRaised};
    border: 2px solid ${token.colorBorder};
    border-radius: ${token.radiusControl};
    cursor: pointer;
    transition:
      background-color ${token.duration} ease-out,
      border-color ${token.duration} ease-out;
  }
  button.primary {
    background: ${token.colorAccent};
    border-color: ${token.colorAccent};
    color: ${token.colorOnAccent};
    font-weight: 700;
  }
`;

/** Toggle buttons (`aria-pressed`), and the star that marks an answer as important. */
export const toggleButtonStyles = css`
  button[aria-pressed='true'] {
    border-color: currentColor;
    font-weight: 700;
  }
  button.star[aria-pressed='true'] {
    color: ${token.colorStar};
  }
`;
