/**
 * Saving a draft in the source format: deck.yaml plus one `<lang>.yaml` per extra language. A file
 * that was opened is changed only where the deck changed (see `patchYaml`), so its comments, key
 * order and card order stay; a new file (a new deck, a new language) is written the way FORMAT.md
 * shows it.
 */
import { translationHeader } from '../source/translationTemplate.ts';
import { DECK_FILE } from '../source/loadDeckSource.ts';
import { defaultLanguageOf, valueAt, type Data } from './deckData.ts';
import { patchYaml, readYaml } from './patchYaml.ts';
import { extraLanguages, toDeckYamlData, toTranslationData } from './toSourceData.ts';
import type { IssuePath, SourceFile } from './types.ts';
import { yamlDocument } from './yamlText.ts';

/** Where a draft came from. */
export interface DraftSource {
  /** How the deck was opened: from source files, from JSON, or new. */
  kind: 'source' | 'json' | 'new';
  /** The file name it was opened from (JSON), or the deck's folder name. */
  name: string;
  /** The source files as opened (deck.yaml and `<lang>.yaml`); empty for JSON. */
  files: readonly SourceFile[];
  /** Files given back as they were: translation files that could not be read when opened. */
  keep: readonly string[];
}

/** The schema line of a deck.yaml, pointed at the translation schema. */
function translationSchemaOf(deckText: string | undefined): string | undefined {
  const match = /^#\s*yaml-language-server:\s*\$schema=(\S+)/.exec(deckText ?? '');
  return match?.[1]?.replace(/deck-source\.schema\.json$/, 'translation.schema.json');
}

/**
 * The source files for `data`. Files of languages that are no longer in the deck are left out;
 * a file that could not be read when it was opened is given back as it was.
 *
 * @example
 * ```ts
 * const files = saveSourceFiles(draft.data(), source); // [{ name: 'deck.yaml', text }, { name: 'en.yaml', text }]
 * ```
 */
export function saveSourceFiles(data: Data, source: DraftSource): SourceFile[] {
  const unreadable = new Set(source.keep);
  const opened = new Map(source.files.map((file) => [file.name, file.text]));
  const files: SourceFile[] = [];
  const deckText = opened.get(DECK_FILE);
  const deckData = toDeckYamlData(data);
  files.push({
    name: DECK_FILE,
    text: deckText !== undefined ? patchYaml(deckText, deckData, 'deck') : yamlDocument(deckData),
  });
  const deckId = typeof data.id === 'string' ? data.id : '';
  for (const language of extraLanguages(data)) {
    const name = `${language}.yaml`;
    const text = opened.get(name);
    if (text !== undefined && unreadable.has(name)) {
      files.push({ name, text });
      continue;
    }
    if (text !== undefined) {
      // A text the file already had a place for (`{ de: '', nl: … }`) keeps it while not translated.
      const before = readYaml(text);
      const empty = (filePath: IssuePath) => valueAt(before, filePath) !== undefined;
      files.push({
        name,
        text: patchYaml(text, toTranslationData(data, language, { empty }), 'translation'),
      });
      continue;
    }
    const header = translationHeader(
      deckId,
      language,
      defaultLanguageOf(data),
      translationSchemaOf(deckText),
    );
    files.push({
      name,
      text: yamlDocument(toTranslationData(data, language, { empty: true }), header, true),
    });
  }
  return files;
}
