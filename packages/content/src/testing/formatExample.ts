/**
 * Test helper: the example deck in FORMAT.md (the first `yaml` block after "## deck.yaml" and the
 * one after "## en.yaml"), so the documentation is checked by the tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../source/packagePaths.ts';

function blockAfter(markdown: string, heading: string): string {
  const start = markdown.indexOf(heading);
  if (start < 0) throw new Error(`FORMAT.md has no heading "${heading}"`);
  const match = /```yaml\n([\s\S]*?)```/.exec(markdown.slice(start));
  if (!match?.[1]) throw new Error(`FORMAT.md has no yaml block after "${heading}"`);
  return match[1];
}

/** The `deck.yaml` and `en.yaml` examples of FORMAT.md, as text. */
export function formatExample(): { deck: string; en: string } {
  const markdown = readFileSync(join(packageRoot(), 'FORMAT.md'), 'utf8');
  return { deck: blockAfter(markdown, '## deck.yaml'), en: blockAfter(markdown, '## en.yaml') };
}
