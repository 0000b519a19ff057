import type { DeckDraft } from '@ontdek-doe/content/editing';
import type { FileHandle } from './openSources.ts';

/** One file the editor saves. */
export interface SaveTarget {
  name: string;
  text: string;
  /** `source`: deck.yaml or a `<lang>.yaml`; `json`: the deck for the game. */
  kind: 'source' | 'json';
  type: string;
}

/**
 * The files a save gives: the source format (deck.yaml and one `<lang>.yaml` per extra language)
 * and the JSON, named `<deck id>.json` (or after the JSON file the trainer opened).
 */
export function saveTargets(draft: DeckDraft, jsonName?: string): SaveTarget[] {
  const saved = draft.save();
  const id = typeof draft.data().id === 'string' && draft.data().id !== '' ? String(draft.data().id) : 'deck';
  return [
    ...saved.files.map((file) => ({
      name: file.name,
      text: file.text,
      kind: 'source' as const,
      type: 'text/yaml',
    })),
    { name: jsonName ?? `${id}.json`, text: saved.json, kind: 'json', type: 'application/json' },
  ];
}

/** The files the trainer opened through the File System Access API, to save back into. */
export interface OpenedHandles {
  /** Source files by name (`deck.yaml`, `en.yaml`). */
  sources: Map<string, FileHandle>;
  /** The JSON file, when one was opened. */
  json?: FileHandle;
}

/**
 * Writes each target that has a handle back into its file. Returns what was written, what failed,
 * and the targets without a handle (to offer as downloads). Never throws.
 */
export async function writeBack(
  targets: readonly SaveTarget[],
  handles: OpenedHandles,
): Promise<{ written: string[]; failed: string[]; rest: SaveTarget[] }> {
  const written: string[] = [];
  const failed: string[] = [];
  const rest: SaveTarget[] = [];
  for (const target of targets) {
    const handle = target.kind === 'json' ? handles.json : handles.sources.get(target.name);
    if (!handle?.createWritable) {
      rest.push(target);
      continue;
    }
    try {
      const writable = await handle.createWritable();
      await writable.write(target.text);
      await writable.close();
      written.push(handle.name);
    } catch {
      failed.push(target.name);
      rest.push(target);
    }
  }
  return { written, failed, rest };
}
