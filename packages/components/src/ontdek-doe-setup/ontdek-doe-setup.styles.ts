import { css } from 'lit';
import { token } from '../styles/tokens.ts';

/** Styles of `<ontdek-doe-setup>`: one calm column; player fields side by side when there is room. */
export const setupStyles = css`
  .setup {
    gap: ${token.spaceL};
    container-type: inline-size;
  }
  .option {
    align-items: flex-start;
    padding-block: ${token.spaceS};
  }
  .option input {
    margin-block-start: 0.2rem;
  }
  .option-name {
    display: block;
    font-weight: 600;
  }
  .option-hint {
    display: block;
  }
  .players {
    display: grid;
    gap: ${token.spaceM};
    padding: 0;
    list-style: none;
  }
  .player-fields {
    padding: ${token.spaceM};
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
  }
  .player-fields > .legend {
    float: inline-start;
    inline-size: 100%;
  }
  .player-grid {
    display: grid;
    gap: ${token.spaceS} ${token.spaceM};
    align-items: end;
  }
  /* Name and age side by side, then language and easy reading, once there is room. */
  @container (min-inline-size: 30rem) {
    .player-grid {
      grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
    }
  }
  .age,
  .cards {
    max-inline-size: 8rem;
  }
  .choices {
    display: grid;
    gap: ${token.spaceS};
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
  }
`;
