import { DECK_PATTERNS } from '@ontdek-doe/core/schema';
import {
  openJson,
  openSource,
  type DeckDraft,
  type EditorProblem,
  type SourceFile,
} from '@ontdek-doe/content/editing';

/** The largest file the editor reads, as the content tools do: 2 MB. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** A file that could not be read, and why. */
export interface FileFailure {
  file: string;
  code: 'too-big' | 'unreadable';
}

/** What opening gives: a draft when the input could be read, its problems, and the files that failed. */
export interface Opened {
  draft?: DeckDraft;
  problems: EditorProblem[];
  failures: FileFailure[];
}

/** The minimal File System Access handle the editor uses (Chromium's `FileSystemFileHandle`). */
export interface FileHandle {
  readonly name: string;
  getFile(): Promise<File>;
  createWritable?(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}

/** `window.showOpenFilePicker`, where the browser has it. */
export type OpenFilePicker = (options?: unknown) => Promise<FileHandle[]>;

/** The browser's file picker that can save back, or undefined (Firefox, Safari, insecure pages). */
export function openFilePicker(): OpenFilePicker | undefined {
  const picker = (globalThis as { showOpenFilePicker?: OpenFilePicker }).showOpenFilePicker;
  return typeof picker === 'function' ? picker.bind(globalThis) : undefined;
}

/** The options for `showOpenFilePicker`: deck files (YAML and JSON), several at once. */
export const PICKER_OPTIONS = {
  multiple: true,
  types: [
    {
      description: 'Ontdek & Doe',
      accept: { 'application/json': ['.json'], 'text/yaml': ['.yaml', '.yml'] },
    },
  ],
};

/**
 * Reads files as text; a file over {@link MAX_FILE_BYTES} or one that cannot be read is a failure
 * (with its name), never an exception.
 */
export async function readFiles(
  files: readonly File[],
): Promise<{ sources: SourceFile[]; failures: FileFailure[] }> {
  const sources: SourceFile[] = [];
  const failures: FileFailure[] = [];
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      failures.push({ file: file.name, code: 'too-big' });
      continue;
    }
    try {
      sources.push({ name: file.name, text: await file.text() });
    } catch {
      failures.push({ file: file.name, code: 'unreadable' });
    }
  }
  return { sources, failures };
}

const isJson = (source: SourceFile) => /\.json$/i.test(source.name) || /^\s*\{/.test(source.text);

/**
 * Opens files as a draft: one JSON file with `openJson`, else the source format (deck.yaml and
 * `<lang>.yaml` together) with `openSource`. Never throws.
 *
 * @example
 * const { draft, problems } = openSources([{ name: 'basis.json', text }]);
 */
export function openSources(sources: readonly SourceFile[]): {
  draft?: DeckDraft;
  problems: EditorProblem[];
} {
  const json = sources.filter(isJson);
  if (json.length === 1 && sources.length === 1) return openJson(json[0]!.text, json[0]!.name);
  return openSource([...sources]);
}

/** Why a URL could not be opened. */
export type UrlFailure =
  | { code: 'url-empty' | 'url-invalid' | 'url-unreachable' | 'url-too-big' }
  | { code: 'url-status'; status: number };

/**
 * Fetches the one URL the trainer typed (relative to the page, http or https only) and returns it
 * as a source file named after the URL's last part, with the address it came from. With the
 * translation files beside a deck.yaml (see {@link fetchTranslations}), the only network requests
 * of the editor.
 */
export async function fetchSource(
  typed: string,
  base: string,
  fetcher: typeof fetch = fetch,
): Promise<{ source: SourceFile; url: string } | { failure: UrlFailure }> {
  const text = typed.trim();
  if (text === '') return { failure: { code: 'url-empty' } };
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return { failure: { code: 'url-invalid' } };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { failure: { code: 'url-invalid' } };
  let response: Response;
  try {
    response = await fetcher(url.href, { credentials: 'omit' });
  } catch {
    return { failure: { code: 'url-unreachable' } };
  }
  if (!response.ok) return { failure: { code: 'url-status', status: response.status } };
  try {
    const body = await response.text();
    if (body.length > MAX_FILE_BYTES) return { failure: { code: 'url-too-big' } };
    const name = decodeURIComponent(url.pathname.split('/').pop() ?? '') || 'deck.json';
    return { source: { name, text: body }, url: url.href };
  } catch {
    return { failure: { code: 'url-unreachable' } };
  }
}

/**
 * The translation files beside a deck.yaml opened from `deckUrl`: `<lang>.yaml` for each of the
 * deck's other languages, from the same folder. Files that cannot be fetched are left out (the
 * draft then says which file was not opened).
 *
 * @example
 * const extra = await fetchTranslations('https://example.org/decks/buurt/deck.yaml', ['en', 'ar']);
 */
export async function fetchTranslations(
  deckUrl: string,
  languages: readonly string[],
  fetcher: typeof fetch = fetch,
): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  for (const language of languages) {
    // Only a language code the deck format allows (letters, digits, dashes): never a path.
    if (!DECK_PATTERNS.languageTag.test(language)) continue;
    const fetched = await fetchSource(`${language}.yaml`, deckUrl, fetcher);
    if ('source' in fetched) files.push(fetched.source);
  }
  return files;
}
