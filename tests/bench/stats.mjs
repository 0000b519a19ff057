// @ts-check
// The few statistics and the table the speed benchmark prints.

/**
 * The `p`th percentile (0–100) of `values`, by linear interpolation between the closest ranks
 * (the median is `percentile(values, 50)`). NaN for an empty list.
 * @param {readonly number[]} values
 * @param {number} p
 */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (Math.min(Math.max(p, 0), 100) / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const below = /** @type {number} */ (sorted[low]);
  const above = /** @type {number} */ (sorted[high]);
  return below + (above - below) * (rank - low);
}

/**
 * Median, 95th percentile, smallest and largest of `values`.
 * @param {readonly number[]} values
 */
export function summarize(values) {
  return {
    n: values.length,
    median: percentile(values, 50),
    p95: percentile(values, 95),
    min: values.length ? Math.min(...values) : Number.NaN,
    max: values.length ? Math.max(...values) : Number.NaN,
  };
}

/** @param {number} value */
export const ms = (value) => (value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`);

/** Bytes as MB (10⁶), one decimal; the "4 MB" aim. @param {number} bytes */
export const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

/** Bytes as KB (10³), one decimal. @param {number} bytes */
export const kb = (bytes) => `${(bytes / 1e3).toFixed(1)} KB`;

/**
 * A markdown table; cells are escaped so a `|` in them cannot break a row.
 * @param {string[]} head
 * @param {string[][]} rows
 */
export function markdownTable(head, rows) {
  const cell = (/** @type {string} */ text) => text.replaceAll('|', '\\|');
  const line = (/** @type {string[]} */ cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
