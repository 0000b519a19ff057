/**
 * Design tokens: the `--od-*` custom properties a host page sets to theme Ontdek & Doe.
 *
 * Every token is read with its default as a fallback (`var(--od-color-text, #1f1f1f)`), and no
 * component ever *declares* one. So a value the host sets on any ancestor (the page, the game
 * element) inherits into every nested shadow root, and a nested element never resets it.
 *
 * | token                        | default        | note                                                      |
 * | ---------------------------- | -------------- | --------------------------------------------------------- |
 * | `--od-font-family`           | system-ui      | a calm, familiar sans-serif                               |
 * | `--od-font-size`             | 1.125rem       | body text (18 px at the browser default): large and calm  |
 * | `--od-font-size-small`       | 1rem           | never smaller than the browser's default                  |
 * | `--od-font-size-question`    | 1.5rem         | the question on a card                                    |
 * | `--od-line-height`           | 1.5            |                                                           |
 * | `--od-color-text`            | #1f1f1f        | 16.5:1 on the surface                                     |
 * | `--od-color-text-muted`      | #4a4a4a        | 8.9:1 on the surface                                      |
 * | `--od-color-surface`         | #ffffff        | card background                                           |
 * | `--od-color-surface-raised`  | #f4f4f2        | fields, quiet buttons (text on it ≥ 8:1)                  |
 * | `--od-color-border`          | #6b6b6b        | 5.3:1 on the surface (non-text needs 3:1)                 |
 * | `--od-color-accent`          | #005a9c        | primary button; 7.1:1 with `--od-color-on-accent`         |
 * | `--od-color-on-accent`       | #ffffff        | text on the accent                                        |
 * | `--od-color-star`            | #8a4b00        | a starred answer (6.8:1 on the surface)                   |
 * | `--od-color-error`           | #b00020        | 7.3:1 on the surface                                      |
 * | `--od-focus-ring-color`      | #1f1f1f        | with a white inner ring, visible on any theme colour      |
 * | `--od-focus-ring-width`      | 3px            |                                                           |
 * | `--od-space-xs` … `-xl`      | .25rem … 2rem  | spacing scale                                             |
 * | `--od-radius`                | .75rem         | cards; `--od-radius-control` (.5rem) for buttons, fields  |
 * | `--od-target-size`           | 44px           | minimum width and height of anything you can press        |
 * | `--od-duration`              | 150ms          | transitions; 0 under `prefers-reduced-motion: reduce`     |
 *
 * Under `forced-colors: active` components use system colours and keep visible borders; under
 * `prefers-reduced-motion: reduce` every transition and animation is switched off (see `OdElement`).
 *
 * @example
 * // In a component's styles:
 * css`button { color: ${token.colorText}; min-block-size: ${token.targetSize}; }`
 * // In the host page:
 * // ontdek-doe-game { --od-color-accent: #6a1b9a; --od-font-size: 1.25rem; }
 */
import { unsafeCSS, type CSSResult } from 'lit';

/** The tokens and their defaults; the CSS name is `--od-` plus the kebab-cased key. */
export const TOKEN_DEFAULTS = {
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  fontSize: '1.125rem',
  fontSizeSmall: '1rem',
  fontSizeQuestion: '1.5rem',
  lineHeight: '1.5',
  colorText: '#1f1f1f',
  colorTextMuted: '#4a4a4a',
  colorSurface: '#ffffff',
  colorSurfaceRaised: '#f4f4f2',
  colorBorder: '#6b6b6b',
  colorAccent: '#005a9c',
  colorOnAccent: '#ffffff',
  colorStar: '#8a4b00',
  colorError: '#b00020',
  focusRingColor: '#1f1f1f',
  focusRingWidth: '3px',
  spaceXs: '0.25rem',
  spaceS: '0.5rem',
  spaceM: '1rem',
  spaceL: '1.5rem',
  spaceXl: '2rem',
  radius: '0.75rem',
  radiusControl: '0.5rem',
  targetSize: '44px',
  duration: '150ms',
} as const;

export type TokenName = keyof typeof TOKEN_DEFAULTS;

/** `colorText` → `--od-color-text`. */
export function tokenProperty(name: TokenName): `--od-${string}` {
  return `--od-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** Each token as `var(--od-…, default)`, ready to interpolate into a `css` template. */
export const token = Object.fromEntries(
  Object.entries(TOKEN_DEFAULTS).map(([name, value]) => [
    name,
    unsafeCSS(`var(${tokenProperty(name as TokenName)}, ${value})`),
  ]),
) as Record<TokenName, CSSResult>;
