/**
 * The icon set, for the editor's pickers (theme icon, option icon, card picture) and its check
 * of icon names. Read from the set's ICONS.md, which the build bundles as text.
 */
import iconsMarkdown from '../../icons/ICONS.md?raw';
import { iconNamesFromMarkdown } from '../source/iconNamesFromMarkdown.ts';

/**
 * Every icon name a deck may use (without `.svg`), in the order ICONS.md lists them.
 *
 * @example
 * ```ts
 * ICON_NAMES.includes('heart'); // true
 * ```
 */
export const ICON_NAMES: readonly string[] = Object.freeze([...iconNamesFromMarkdown(iconsMarkdown)]);
