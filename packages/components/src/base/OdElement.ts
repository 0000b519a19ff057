import { LitElement, css, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import { token } from '../styles/tokens.ts';

/**
 * Styles every Ontdek & Doe element shares: a small reset, the base text style from the tokens,
 * visible focus, and no motion at all when the user asked for reduced motion.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: ${token.colorText};
    font-family: ${token.fontFamily};
    font-size: ${token.fontSize};
    line-height: ${token.lineHeight};
    /* Long words and addresses wrap instead of pushing the layout wider than a 320 px screen. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h1,
  h2,
  h3,
  p,
  fieldset,
  legend {
    margin: 0;
    padding: 0;
  }
  fieldset {
    border: 0;
    min-inline-size: 0;
  }
  button,
  input,
  textarea,
  select {
    font: inherit;
    color: inherit;
  }
  img,
  svg {
    display: block;
    max-inline-size: 100%;
  }
  :focus-visible {
    outline: ${token.focusRingWidth} solid ${token.focusRingColor};
    outline-offset: 2px;
    box-shadow: 0 0 0 2px #ffffff;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    :host,
    *,
    *::before,
    *::after {
      animation-duration: 0s !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0s !important;
      transition-delay: 0s !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
  /* A focus ring is for the screen; on paper it would frame the heading that had focus. */
  @media print {
    :focus,
    :focus-visible {
      outline: none !important;
      box-shadow: none !important;
    }
  }
`;

/** The elements that are connected now, so one observer of `<html lang dir>` can update them all. */
const connected = new Set<OdElement>();
let rootObserver: MutationObserver | undefined;
let motionQuery: MediaQueryList | undefined;

function onMotionChange() {
  for (const element of connected) element.requestUpdate();
}

function watchDocument() {
  if (rootObserver || typeof MutationObserver === 'undefined') return;
  rootObserver = new MutationObserver(() => {
    for (const element of connected) element.requestUpdate();
  });
  rootObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
  motionQuery = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)');
  motionQuery?.addEventListener('change', onMotionChange);
}

function unwatchDocument() {
  rootObserver?.disconnect();
  rootObserver = undefined;
  motionQuery?.removeEventListener('change', onMotionChange);
  motionQuery = undefined;
}

/** The nearest `attribute` on the element or an ancestor, crossing shadow roots up to the document. */
function closestAttribute(start: Element, attribute: string): string | null {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element && node.hasAttribute(attribute)) return node.getAttribute(attribute);
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/**
 * The base class of every Ontdek & Doe element (a LitElement).
 *
 * - Shared reset and token-based base styles (`OdElement.styles`; extend them with
 *   `static styles = [OdElement.styles, myStyles]`).
 * - `dir` and `lang` are ordinary reactive properties reflected to the host; when they are not set,
 *   `effectiveLang` and `effectiveDir` come from the nearest ancestor that sets them, across shadow
 *   roots, and elements re-render when `<html lang dir>` changes.
 * - `reducedMotion` is true when the user asked for reduced motion (for motion made in script; CSS
 *   transitions are already switched off by the base styles).
 *
 * @example
 * class MyThing extends OdElement {
 *   static override styles = [OdElement.styles, css`p { margin: 0 }`];
 *   override render() { return html`<p lang=${this.effectiveLang}>…</p>`; }
 * }
 */
export class OdElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  static override properties: PropertyDeclarations = {
    lang: { type: String, reflect: true },
    dir: { type: String, reflect: true },
  };

  /** The language of this element's UI text; inherited from the page when empty. */
  declare lang: string;
  /** `ltr`, `rtl` or `auto`; inherited from the page when empty. */
  declare dir: string;

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    watchDocument();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    if (connected.size === 0) unwatchDocument();
  }

  /** The language in effect: this element's `lang`, else the nearest ancestor's, else `''`. */
  get effectiveLang(): string {
    return this.lang || closestAttribute(this, 'lang') || '';
  }

  /** The direction in effect, as the browser computes it (`ltr` or `rtl`). */
  get effectiveDir(): 'ltr' | 'rtl' {
    if (this.isConnected) return getComputedStyle(this).direction === 'rtl' ? 'rtl' : 'ltr';
    return (this.dir || closestAttribute(this, 'dir')) === 'rtl' ? 'rtl' : 'ltr';
  }

  /** True when the user asked for reduced motion. */
  get reducedMotion(): boolean {
    return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  }
}
