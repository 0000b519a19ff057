/**
 * Icons from the content package's icon set, inlined into the printed page.
 */

/**
 * Markup that could run code or fetch something: scripts, event handlers, embedded documents,
 * links and `url(…)` references to anything but a fragment in the same file.
 */
const UNSAFE =
  /<\s*(script|foreignObject|iframe|object|embed|image|use|style|a)\b|\son[a-z]+\s*=|(?:xlink:)?href\s*=|url\(\s*['"]?(?!#)|@import|javascript:/i;

/**
 * The SVG of an icon, ready to inline: without XML prolog, comments and a fixed size, with
 * `aria-hidden` (the text next to it says what it means) and a class for the print styles.
 * `undefined` when there is no such icon or its markup is not a plain, self-contained SVG (the
 * page then prints without it rather than run or fetch anything).
 *
 * @example
 * ```ts
 * inlineIcon(icons, 'walk', 'option-icon'); // '<svg class="option-icon" aria-hidden="true" …>…</svg>'
 * ```
 */
export function inlineIcon(
  icons: Record<string, string>,
  name: string | undefined,
  className: string,
): string | undefined {
  if (name === undefined || !Object.hasOwn(icons, name)) return undefined;
  const svg = String(icons[name])
    .replace(/<\?xml[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[\s\S]*?>/gi, '')
    .trim();
  if (!/^<svg[\s>]/i.test(svg) || !/<\/svg>$/i.test(svg) || UNSAFE.test(svg)) return undefined;
  return svg.replace(/^<svg([^>]*)>/i, (_, attributes: string) => {
    const kept = attributes.replace(
      /\s(?:width|height|class|aria-hidden|role|focusable)\s*=\s*("[^"]*"|'[^']*')/gi,
      '',
    );
    return `<svg class="${className}" aria-hidden="true" focusable="false"${kept}>`;
  });
}
