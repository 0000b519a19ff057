import { icons } from '@ontdek-doe/content';

/**
 * The SVG text of an icon of the set, or undefined. A deck names icons as free text, so a name
 * like `toString` or `constructor` must not reach the object's prototype.
 *
 * @example
 * iconSvg('sun'); // '<svg …>'
 * iconSvg('toString'); // undefined
 */
export function iconSvg(name: unknown): string | undefined {
  if (typeof name !== 'string' || !Object.hasOwn(icons, name)) return undefined;
  const svg = (icons as Record<string, unknown>)[name];
  return typeof svg === 'string' ? svg : undefined;
}

/** `icons/sun.svg` (how decks name a picture from the set) → `sun`; anything else → undefined. */
const ICON_PICTURE = /^(?:\.\/)?icons\/([a-z0-9-]+)\.svg$/;

/**
 * A picture's `src` as a page can show it without a request when it is an icon of the set (a
 * `data:` URL of its SVG); any other picture stays as written (the host serves it).
 *
 * @example
 * pictureSrc('icons/sun.svg'); // 'data:image/svg+xml,…'
 * pictureSrc('pictures/park.jpg'); // 'pictures/park.jpg'
 */
export function pictureSrc(src: string): string {
  const svg = iconSvg(ICON_PICTURE.exec(src)?.[1]);
  return svg ? `data:image/svg+xml,${encodeURIComponent(svg)}` : src;
}
