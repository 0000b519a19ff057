/**
 * Changes an opened YAML file into one that holds `data`, touching only what differs.
 * (First version: the file as it was when nothing differs, else written anew under its comments.)
 */
import { parse } from 'yaml';
import { sameData } from './deckData.ts';
import { yamlDocument } from './yamlText.ts';

/** The data of a YAML text, or `undefined` when it cannot be read. */
export function readYaml(text: string): unknown {
  try {
    return parse(text, { logLevel: 'silent', uniqueKeys: false });
  } catch {
    return undefined;
  }
}

/** `text` changed to hold `data`. `kind` says how new parts are written. */
export function patchYaml(text: string, data: unknown, kind: 'deck' | 'translation'): string {
  if (sameData(readYaml(text), data)) return text;
  const comments = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.startsWith('#')) break;
    comments.push(line.replace(/^#\s?/, ''));
  }
  return yamlDocument(data, comments, kind === 'translation');
}
