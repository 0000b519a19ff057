import { css } from 'lit';
import { token } from '../styles/tokens.ts';

/** Styles of `<ontdek-doe-discover>`. The leader's panel is set apart by a dashed frame and its own background. */
export const discoverStyles = css`
  .discover {
    gap: ${token.spaceL};
  }
  .turn {
    font-size: 1.5rem;
  }
  .handover {
    padding: ${token.spaceL};
    background: ${token.colorSurfaceRaised};
    border: 2px solid ${token.colorBorder};
    border-radius: ${token.radius};
    font-size: 1.25rem;
  }
  .player-settings {
    justify-self: start;
    max-inline-size: 100%;
  }
  .player-settings summary {
    min-block-size: ${token.targetSize};
    padding: 0.6rem ${token.spaceS};
    cursor: pointer;
    color: ${token.colorAccent};
    text-decoration: underline;
  }
  .settings-row {
    align-items: end;
    gap: ${token.spaceM};
    padding: ${token.spaceS};
  }
  /* The card sizes what is slotted into it (the theme icon, a choice's picture). */
  .slot-icon {
    display: inline-flex;
  }
  .slot-icon svg {
    inline-size: 100%;
    block-size: 100%;
  }
  .read-aloud {
    flex: none;
  }
  .icon {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    flex: none;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: ${token.spaceS};
  }
  .given-by {
    padding: ${token.spaceS} 0;
  }
  .editing-title {
    font-weight: 700;
  }
  .answered {
    padding: ${token.spaceL};
    background: ${token.colorSurface};
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
  }
  .answered .question {
    color: ${token.colorTextMuted};
  }
  .answer-text {
    font-size: 1.25rem;
    white-space: pre-wrap;
  }
  .reactions {
    padding-block-start: ${token.spaceM};
    border-block-start: 1px solid ${token.colorBorder};
  }
  .reaction-list {
    padding-inline-start: ${token.spaceL};
  }
  .leader {
    padding: ${token.spaceM};
    background: #fff8e6;
    color: #1f1f1f;
    border: 2px dashed #6b4e00;
    border-radius: ${token.radius};
  }
  .leader ul {
    padding-inline-start: ${token.spaceL};
  }
  @media (forced-colors: active) {
    .leader,
    .handover,
    .answered {
      border-color: CanvasText;
    }
  }
`;
