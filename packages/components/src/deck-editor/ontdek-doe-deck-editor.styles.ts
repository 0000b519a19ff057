import { css } from 'lit';
import { token } from '../styles/tokens.ts';

/** Styles of `<ontdek-doe-deck-editor>`: a header with the toolbar and status, the views, the dialogs. */
export const deckEditorStyles = css`
  :host {
    font-size: ${token.fontSizeSmall};
  }
  .editor {
    display: grid;
    gap: ${token.spaceM};
  }
  /* Not a <header>: inside a page it would be a second banner landmark. */
  .head {
    display: grid;
    gap: ${token.spaceS};
    padding-block-end: ${token.spaceS};
    border-block-end: 2px solid ${token.colorBorder};
  }
  h2 {
    font-size: 1.5rem;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: ${token.focusRingWidth} solid ${token.focusRingColor};
  }
  .toolbar button {
    min-block-size: 2.75rem;
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token.spaceS};
    margin: 0;
  }
  .state {
    font-weight: 700;
    padding: 0 ${token.spaceS};
    border: 2px solid currentColor;
    border-radius: ${token.radiusControl};
  }
  .state.playable {
    color: #1b6e3a;
  }
  .state.not-playable {
    color: ${token.colorError};
  }
  .first-error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token.spaceS};
    margin: 0;
    color: ${token.colorError};
  }
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: ${token.spaceXs};
  }
  /* The current view shows at once: no colour transition for a screen reader or axe to catch halfway. */
  .views button {
    transition: none;
  }
  .views button[aria-pressed='true'] {
    background: ${token.colorAccent};
    border-color: ${token.colorAccent};
    color: ${token.colorOnAccent};
  }
  .cards-view {
    display: grid;
    gap: ${token.spaceL};
    grid-template-columns: minmax(15rem, 21rem) minmax(0, 1fr);
    align-items: start;
  }
  .cards-view ontdek-doe-editor-preview {
    grid-column: 1 / -1;
  }
  /* On a laptop and wider, the list and the preview stay in view while the form scrolls. */
  @media (min-width: 70em) {
    .cards-view {
      grid-template-columns: minmax(15rem, 20rem) minmax(0, 1fr) auto;
    }
    .cards-view ontdek-doe-editor-preview {
      grid-column: auto;
      inline-size: min(28rem, 32vw);
    }
    .cards-view ontdek-doe-editor-list,
    .cards-view ontdek-doe-editor-preview {
      position: sticky;
      inset-block-start: 0;
      max-block-size: 100vh;
      overflow: auto;
    }
  }
  @media (max-width: 40em) {
    .cards-view {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .banner {
    display: grid;
    gap: ${token.spaceS};
    padding: ${token.spaceM};
    background: ${token.colorSurfaceRaised};
    border: 2px solid ${token.colorAccent};
    border-radius: ${token.radius};
  }
  .banner:focus {
    outline: ${token.focusRingWidth} solid ${token.focusRingColor};
  }
  dialog {
    inline-size: min(72rem, 100vw - 2rem);
    max-block-size: calc(100vh - 2rem);
    padding: ${token.spaceL};
    color: inherit;
    background: ${token.colorSurface};
    border: 2px solid ${token.colorBorder};
    border-radius: ${token.radius};
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${token.spaceS};
    margin-block-end: ${token.spaceM};
  }
  .downloads {
    display: grid;
    gap: ${token.spaceS};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .downloads a {
    display: inline-flex;
    align-items: center;
    min-block-size: ${token.targetSize};
    color: ${token.colorAccent};
    font-weight: 600;
  }
`;
