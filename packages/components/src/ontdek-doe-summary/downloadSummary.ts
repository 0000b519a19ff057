import type { PlayerSummary } from '@ontdek-doe/core';

/** An alias as a safe piece of a file name: "José María" → "jose-maria"; "speler" when nothing is left. */
export function fileSlug(alias: string): string {
  const slug = alias
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'speler';
}

/**
 * The name of a downloaded summary: `ontdek-doe-<alias>-<date>.json`, the date of the session
 * as `YYYY-MM-DD`.
 *
 * @example
 * summaryFileName(summary); // 'ontdek-doe-sam-2026-11-23.json'
 */
export function summaryFileName(summary: PlayerSummary): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(summary.date)?.[0] ?? new Date().toISOString().slice(0, 10);
  return `ontdek-doe-${fileSlug(summary.player.alias)}-${date}.json`;
}

/**
 * Saves `data` as a JSON file on the player's device, through a Blob and an object URL: nothing
 * goes over the network. The link is put in `root` for the click and removed right after.
 *
 * @example
 * downloadJson(summaryFileName(summary), summary, this.renderRoot);
 */
export function downloadJson(name: string, data: unknown, root: Node & ParentNode): void {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  root.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The browser has the file once the click is handled; free the memory a little later.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
