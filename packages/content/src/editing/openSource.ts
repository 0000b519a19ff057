/**
 * Opening a deck in the source format (deck.yaml plus `<lang>.yaml` files) as a draft, with the
 * loader the CLI uses: the same merge, the same checks, the same messages. Never throws.
 */
import { DECK_FILE, loadDeckSource, TRANSLATION_FILE, type ReadSource } from '../source/loadDeckSource.ts';
import { contentMessage } from '../messages/contentMessages.ts';
import { checkSourceText } from '../source/sourceText.ts';
import { isLiveCode, type OpenedProblem } from './checkDraft.ts';
import { createDraft } from './createDraft.ts';
import {
  deepFreeze,
  defaultLanguageOf,
  isData,
  languagesOf,
  plainCopy,
  valueAt,
  type Data,
} from './deckData.ts';
import { ICON_NAMES } from './iconNames.ts';
import { openJson } from './openJson.ts';
import type { DraftSource } from './saveDraft.ts';
import { setTranslatedFrom } from './translatedFrom.ts';
import { editorProblem, fileProblem } from './editorProblem.ts';
import type { OpenOptions, OpenResult, SourceFile } from './types.ts';

/** The last part of a path (`decks/basis/deck.yaml` → `deck.yaml`). */
const baseName = (name: string): string => name.split(/[\\/]/).pop() ?? name;

/**
 * Opens deck.yaml and its translation files. Problems come back in Dutch and English, placed by
 * file, line and column; a draft comes back whenever deck.yaml can be read (also with errors: it
 * can be saved as a draft, but is not playable). A single `.json` file is opened as JSON.
 *
 * @example
 * ```ts
 * const files = await Promise.all([...input.files].map(async (f) => ({ name: f.name, text: await f.text() })));
 * const { draft, problems } = openSource(files);
 * ```
 */
export function openSource(files: SourceFile[], options: OpenOptions = {}): OpenResult {
  const given = (Array.isArray(files) ? files : []).filter(
    (file): file is SourceFile =>
      isData(file) && typeof file.name === 'string' && typeof file.text === 'string',
  );
  if (given.length === 1 && /\.json$/i.test(given[0]!.name))
    return openJson(given[0]!.text, given[0]!.name, options);
  const texts = new Map<string, string>();
  for (const file of given) {
    const name = baseName(file.name);
    if (!texts.has(name))
      texts.set(name, file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text);
  }
  if (!texts.has(DECK_FILE) && ![...texts.keys()].some((name) => /^deck\.ya?ml$/i.test(name)))
    return { problems: [fileProblem('no-deck-file', {})] };

  const read = (name: string): ReadSource => {
    const text = texts.get(name) ?? '';
    const problem = checkSourceText(text, name);
    return problem ? { ok: false, ...problem } : { ok: true, text };
  };
  const loaded = loadDeckSource([...texts.keys()], read, {
    name: 'deck',
    icons: new Set(ICON_NAMES),
    ...(options.answerKinds ? { answerKinds: options.answerKinds } : {}),
  });
  const input = loaded.input;
  if (!input) return { problems: loaded.problems.map((problem) => editorProblem(problem, undefined)) };

  // The merged deck, and what each translation was made from.
  const data = plainCopy(input) as Data;
  const origins = new Map<object, Record<string, string | null>>();
  for (const [language, texts] of Object.entries(loaded.translations)) {
    for (const { path, was } of texts.values()) {
      const text = valueAt(data, path);
      if (!isData(text)) continue;
      const from = origins.get(text) ?? {};
      from[language] = was ?? null;
      origins.set(text, from);
    }
  }
  for (const [text, from] of origins) setTranslatedFrom(text, from);
  deepFreeze(data);

  const opened: OpenedProblem[] = [];
  for (const problem of loaded.problems) {
    if (isLiveCode(problem.code)) continue;
    const editor = editorProblem(problem, data);
    opened.push({
      problem: editor,
      ...(editor.cardId !== undefined ? { cardId: editor.cardId } : {}),
      value: valueAt(data, editor.path),
    });
  }
  // A language of the deck without its file among those opened: the trainer picked deck.yaml
  // alone. Saving would offer an empty <lang>.yaml, so say which file to open with it.
  const openedLanguages = new Set([...texts.keys()].map((name) => TRANSLATION_FILE.exec(name)?.[1]));
  languagesOf(data).forEach((language, index) => {
    if (language === defaultLanguageOf(data) || openedLanguages.has(language)) return;
    const file = `${language}.yaml`;
    opened.push({
      problem: {
        severity: 'warning',
        code: 'translation-file-not-opened',
        message: contentMessage('translation-file-not-opened', { language, file }),
        path: ['languages', index],
        field: 'languages',
        language,
        kind: 'source',
        file,
      },
      value: language,
    });
  });

  // A translation file of the deck that could not be read is given back as it was when saving.
  const languages = new Set(languagesOf(data));
  const keep = [...texts.keys()].filter((name) => {
    const language = TRANSLATION_FILE.exec(name)?.[1];
    return language !== undefined && languages.has(language) && loaded.translationFiles[language] !== name;
  });
  const source: DraftSource = {
    kind: 'source',
    name: typeof data.id === 'string' ? data.id : 'deck',
    files: [...texts]
      .filter(([name]) => name === DECK_FILE || TRANSLATION_FILE.test(name))
      .map(([name, text]) => ({ name, text })),
    keep,
  };
  const draft = createDraft({
    data,
    source,
    opened,
    ...(options.answerKinds ? { answerKinds: options.answerKinds } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  return { draft, problems: draft.problems() };
}
