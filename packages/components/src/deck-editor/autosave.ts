/**
 * The editor's local autosave: only when the host opts in (`autosave` on the element). One entry
 * per key in `localStorage`, written when typing pauses and when the page is hidden or closed, so
 * a closed tab loses nothing. Decks hold no personal data; still, nothing is stored unless asked.
 */

/** What is kept: the draft as `DeckDraft.serialize()` gives it, and whether it was saved as a file. */
export interface AutosaveEntry {
  version: 1;
  /** When it was kept (ISO 8601). */
  savedAt: string;
  /** The deck's title in its default language, to name it in "restore unsaved work". */
  title: string;
  draft: string;
  /** True when the work has changes that were not saved as files. */
  unsaved: boolean;
}

/** The localStorage key for an editor's `autosave-key`. */
export function autosaveStorageKey(key: string): string {
  return `ontdek-doe-editor:${key || 'draft'}`;
}

/** The browser's localStorage, or undefined where it is blocked (private mode, sandboxed frames). */
export function localStore(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The kept entry, or undefined when there is none or it cannot be read. Never throws. */
export function readAutosave(storage: Storage | undefined, key: string): AutosaveEntry | undefined {
  try {
    const text = storage?.getItem(autosaveStorageKey(key));
    if (!text) return undefined;
    const entry = JSON.parse(text) as Partial<AutosaveEntry>;
    if (entry?.version !== 1 || typeof entry.draft !== 'string') return undefined;
    return {
      version: 1,
      savedAt: typeof entry.savedAt === 'string' ? entry.savedAt : '',
      title: typeof entry.title === 'string' ? entry.title : '',
      draft: entry.draft,
      unsaved: entry.unsaved === true,
    };
  } catch {
    return undefined;
  }
}

/** Keeps an entry; false when the browser refused (full, blocked). Never throws. */
export function writeAutosave(storage: Storage | undefined, key: string, entry: AutosaveEntry): boolean {
  if (!storage) return false;
  try {
    storage.setItem(autosaveStorageKey(key), JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the kept entry. Never throws. */
export function clearAutosave(storage: Storage | undefined, key: string): void {
  try {
    storage?.removeItem(autosaveStorageKey(key));
  } catch {
    // Nothing to do: a storage that cannot be written holds nothing of ours either.
  }
}
