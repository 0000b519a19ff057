import { css } from 'lit';
import { token } from '../styles/tokens.ts';

/** Styles of `<ontdek-doe-matters>`: themes in two columns when there is room. */
export const mattersStyles = css`
  :host {
    container-type: inline-size;
  }
  @container (min-inline-size: 32rem) {
    .themes {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  .option .question {
    margin-block-end: ${token.spaceXs};
  }
`;
