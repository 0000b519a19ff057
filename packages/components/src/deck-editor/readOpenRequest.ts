/**
 * What the trainer asked to open (a default deck, files, the file picker, a URL, a new deck),
 * read into a draft with its problems, the files that could not be read, and the file handles to
 * save back into. Nothing here shows or announces anything: `<ontdek-doe-deck-editor>` does.
 */
import {
  defaultDeckSources,
  newDraft,
  openSource,
  type DeckDraft,
  type EditorProblem,
} from '@ontdek-doe/content/editing';
import { DECK_PATTERNS } from '@ontdek-doe/core/schema';
import type { EditorKey } from './i18n/createEditorI18n.ts';
import type { OpenRequest } from './ontdek-doe-editor-open.ts';
import {
  fetchSource,
  fetchTranslations,
  openFilePicker,
  openSources,
  PICKER_OPTIONS,
  readFiles,
  type FileFailure,
  type UrlFailure,
} from './openSources.ts';
import type { OpenedHandles } from './saveFiles.ts';

export type OpenOutcome =
  /** Read: a draft when the sources make one, else its problems. */
  | {
      kind: 'read';
      result: { draft?: DeckDraft; problems: EditorProblem[] };
      failures: FileFailure[];
      handles: OpenedHandles;
    }
  /** The trainer closed the picker, or the browser has none: nothing to say. */
  | { kind: 'cancelled' }
  /** No files were given. */
  | { kind: 'no-files' }
  /** Could not be read at all: a message to show, and an `od-error` with `code`. */
  | { kind: 'failed'; code: string; key: EditorKey; options?: Record<string, unknown>; cause?: unknown };

/** The message for a URL that gave no deck. */
function urlMessage(failure: UrlFailure): { key: EditorKey; options?: Record<string, unknown> } {
  switch (failure.code) {
    case 'url-empty':
      return { key: 'editor.open.urlEmpty' };
    case 'url-invalid':
      return { key: 'editor.open.urlInvalid' };
    case 'url-unreachable':
      return { key: 'editor.open.urlUnreachable' };
    case 'url-too-big':
      return { key: 'editor.open.urlTooBig' };
    case 'url-status':
      return { key: 'editor.open.urlStatus', options: { status: failure.status } };
  }
}

/**
 * Reads what was asked. `untitled` is the title of a new deck when none was typed; `baseUrl`
 * resolves a relative URL. Never throws.
 */
export async function readOpenRequest(
  request: OpenRequest,
  untitled: string,
  baseUrl: string,
): Promise<OpenOutcome> {
  const read = (result: { draft?: DeckDraft; problems: EditorProblem[] }, failures: FileFailure[] = []) =>
    ({ kind: 'read', result, failures, handles: { sources: new Map() } }) as const;
  switch (request.kind) {
    case 'default': {
      const sources = defaultDeckSources()[request.id];
      return read(sources ? openSource(sources) : { problems: [] });
    }
    case 'new': {
      const languages = request.languages.filter((l) => DECK_PATTERNS.languageTag.test(l.toLowerCase()));
      const draft = newDraft({
        title: request.title || untitled,
        ...(languages.length > 0 ? { languages } : {}),
      });
      return read({ draft, problems: [] });
    }
    case 'url': {
      const fetched = await fetchSource(request.url, baseUrl);
      if ('failure' in fetched)
        return { kind: 'failed', code: fetched.failure.code, ...urlMessage(fetched.failure) };
      let result = openSources([fetched.source]);
      // A deck.yaml comes with its translation files: the <lang>.yaml files beside it.
      const draft = result.draft;
      if (draft && /\.ya?ml$/i.test(fetched.source.name)) {
        const others = draft.languages.filter((language) => language !== draft.defaultLanguage);
        const translations = await fetchTranslations(fetched.url, others);
        if (translations.length > 0) result = openSources([fetched.source, ...translations]);
      }
      return read(result);
    }
    case 'files':
    case 'pick': {
      let files: File[];
      const handles: OpenedHandles = { sources: new Map() };
      if (request.kind === 'pick') {
        const picker = openFilePicker();
        if (!picker) return { kind: 'cancelled' };
        try {
          const picked = await picker(PICKER_OPTIONS);
          files = await Promise.all(picked.map((h) => h.getFile()));
          for (const handle of picked)
            if (/\.json$/i.test(handle.name)) handles.json = handle;
            else handles.sources.set(handle.name, handle);
        } catch (error) {
          // The trainer closed the picker: nothing to say.
          if ((error as { name?: string })?.name === 'AbortError') return { kind: 'cancelled' };
          return { kind: 'failed', code: 'open-failed', key: 'editor.open.noFiles', cause: error };
        }
      } else files = request.files;
      if (files.length === 0) return { kind: 'no-files' };
      const sources = await readFiles(files);
      const result = sources.sources.length > 0 ? openSources(sources.sources) : { problems: [] };
      if (!(sources.sources.length === 1 && /\.json$/i.test(sources.sources[0]!.name)))
        handles.json = undefined;
      // Only files the browser's picker gave can be written back to.
      return {
        kind: 'read',
        result,
        failures: sources.failures,
        handles: request.kind === 'pick' ? handles : { sources: new Map() },
      };
    }
  }
}
