import axe from 'axe-core';

/** Rules that only make sense for a whole page, not for one element on a bare test page. */
const PAGE_RULES = ['region', 'landmark-one-main', 'page-has-heading-one', 'document-title', 'html-has-lang'];

/**
 * Runs axe-core on one element (with its open shadow roots) against WCAG 2.0–2.2 A and AA and
 * best practices, and fails with a readable list of what is wrong, where, and how to fix it.
 *
 * @example
 * await expectAccessible(card);
 * // Error: 1 accessibility problem in <ontdek-doe-card>:
 * //   ✖ color-contrast (serious): Elements must meet minimum color contrast ratio thresholds
 * //     → ontdek-doe-card >>> .counter
 * //       Fix any of the following: Element has insufficient color contrast of 3.1 …
 */
export async function expectAccessible(
  element: Element,
  options: { disable?: string[] } = {},
): Promise<void> {
  const results = await axe.run(element, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'],
    },
    rules: Object.fromEntries(
      [...PAGE_RULES, ...(options.disable ?? [])].map((id) => [id, { enabled: false }]),
    ),
    resultTypes: ['violations'],
  });
  if (results.violations.length === 0) return;
  const lines = results.violations.flatMap((violation) => [
    `  ✖ ${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}`,
    ...violation.nodes.flatMap((node) => [
      `    → ${node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' ')}`,
      ...(node.failureSummary ?? '').split('\n').map((line) => `      ${line.trim()}`),
    ]),
    `    ${violation.helpUrl}`,
  ]);
  const count = results.violations.length;
  throw new Error(
    `${count} accessibility problem${count === 1 ? '' : 's'} in <${element.localName}>:\n${lines.join('\n')}`,
  );
}
