/**
 * Plain-text tables for terminal reports: columns padded to the widest cell, numbers aligned right.
 */

/** How a column lines up. */
export type Align = 'left' | 'right';

/** The width of a text in terminal columns (characters; combining marks take none). */
export function textWidth(text: string): number {
  return [...text.normalize('NFC')].filter((ch) => !/\p{M}/u.test(ch)).length;
}

/**
 * The rows as lines of aligned columns, two spaces apart, with a line under the header.
 *
 * @example
 * ```ts
 * formatTable(['Thema', 'Kaarten'], [['Ikzelf', '12']], ['left', 'right']);
 * // Thema   Kaarten
 * // ──────  ───────
 * // Ikzelf       12
 * ```
 */
export function formatTable(header: string[], rows: string[][], align: Align[] = []): string {
  const widths = header.map((cell, col) =>
    Math.max(textWidth(cell), ...rows.map((row) => textWidth(row[col] ?? ''))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, col) => {
        const pad = ' '.repeat(Math.max(0, widths[col]! - textWidth(cell)));
        return align[col] === 'right' ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
