import { css } from 'lit';
import { token } from '../styles/tokens.ts';

/** Styles of `<ontdek-doe-game>`: the shell around the screens (journey path, notes, messages). */
export const gameStyles = css`
  :host {
    container-type: inline-size;
  }
  .game {
    gap: ${token.spaceL};
  }
  .header {
    gap: ${token.spaceS};
  }
  .deck-title {
    color: ${token.colorTextMuted};
    font-size: ${token.fontSizeSmall};
    font-weight: 600;
  }
  .journey ol {
    display: flex;
    flex-wrap: wrap;
    gap: ${token.spaceXs} ${token.spaceM};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step {
    display: inline-flex;
    align-items: center;
    gap: ${token.spaceXs};
    color: ${token.colorTextMuted};
    font-size: ${token.fontSizeSmall};
  }
  .step .dot {
    display: inline-grid;
    place-items: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border: 2px solid currentColor;
    border-radius: 50%;
    font-weight: 700;
    font-size: 0.875rem;
  }
  .step.done {
    color: ${token.colorText};
  }
  .step.current {
    color: ${token.colorAccent};
    font-weight: 700;
  }
  .step.current .dot {
    background: ${token.colorAccent};
    border-color: ${token.colorAccent};
    color: ${token.colorOnAccent};
  }
  .screen:focus {
    outline: none;
  }
  .follow-up {
    margin-block-start: ${token.spaceL};
    padding-block-start: ${token.spaceL};
    border-block-start: 1px solid ${token.colorBorder};
  }
  .follow-up-back {
    margin-block-start: ${token.spaceM};
  }
  .message,
  .note {
    padding: ${token.spaceL};
    background: ${token.colorSurfaceRaised};
    border: 2px solid ${token.colorBorder};
    border-radius: ${token.radius};
  }
  .note {
    padding: ${token.spaceM};
    justify-content: space-between;
  }
  .failure {
    border-inline-start: 0.5rem solid ${token.colorError};
  }
  .paused {
    border-color: ${token.colorAccent};
  }
  .details summary {
    min-block-size: ${token.targetSize};
    padding-block: 0.6rem;
    cursor: pointer;
  }
  .details pre {
    margin: 0;
    padding: ${token.spaceS};
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: ${token.fontSizeSmall};
    background: ${token.colorSurface};
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radiusControl};
  }
  .salvage {
    display: grid;
    gap: ${token.spaceS};
    padding-inline-start: ${token.spaceL};
  }
  .salvage li span {
    display: block;
  }
  /* On paper only the screen (the summary) shows: not the deck title, the journey, or any button. */
  @media print {
    .header,
    .note,
    .follow-up,
    button {
      display: none !important;
    }
  }
  @media (forced-colors: active) {
    .message,
    .note {
      border-color: CanvasText;
    }
    .step.current .dot {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
`;
