/**
 * Escaping deck text for HTML: a deck text such as `<b>` prints literally, never as markup.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * The text with `& < > " '` replaced by entities, safe in element content and quoted attributes.
 *
 * @example
 * ```ts
 * escapeHtml('<b>Jij & ik</b>'); // '&lt;b&gt;Jij &amp; ik&lt;/b&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}
