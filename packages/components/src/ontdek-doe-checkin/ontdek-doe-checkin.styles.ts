import { css } from 'lit';
import { token } from '../styles/tokens.ts';

/** Styles of `<ontdek-doe-checkin>`: three big choices, side by side when there is room. */
export const checkinStyles = css`
  :host {
    container-type: inline-size;
  }
  .earlier {
    display: grid;
    gap: ${token.spaceXs};
    padding: ${token.spaceM};
    border-inline-start: 0.5rem solid ${token.colorAccent};
    background: ${token.colorSurfaceRaised};
    border-radius: ${token.radiusControl};
  }
  .big .option {
    min-block-size: 3.5rem;
    font-size: 1.25rem;
    font-weight: 700;
  }
  .big .option input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
  }
  @container (min-inline-size: 32rem) {
    .big {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  .result {
    font-size: 1.25rem;
    font-weight: 600;
  }
`;
