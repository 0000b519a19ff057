import type { SessionSnapshot } from '../types.ts';
import type { SyncStorageAdapter } from './SyncStorageAdapter.ts';
import { StorageError } from './StorageError.ts';
import { isQuotaError } from './isQuotaError.ts';
import { snapshotToJSON } from '../snapshot/serializeSession.ts';

/**
 * The part of the Web Storage API the adapter uses (`localStorage`, `sessionStorage` or a fake).
 * Declared here because the core is built without the DOM library; it matches
 * `Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>`.
 */
export interface WebStorageLike {
  readonly length: number;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
}

/** Options of {@link localStorageAdapter}. */
export interface LocalStorageAdapterOptions {
  /** Defaults to `globalThis.localStorage`. */
  storage?: WebStorageLike;
  /** Put before every key, so the game's keys never mix with the host's. Defaults to `ontdek-doe:`. */
  prefix?: string;
}

function defaultStorage(): WebStorageLike | undefined {
  try {
    // Reading `localStorage` itself throws a SecurityError in some sandboxed frames.
    return (globalThis as { localStorage?: WebStorageLike }).localStorage;
  } catch {
    return undefined;
  }
}

/**
 * A storage adapter on top of Web Storage (`localStorage` by default). Snapshots are stored as
 * JSON under `prefix + key`. `load` returns the parsed JSON, or the raw text when it is not JSON
 * (give it to `parseSnapshot`, which explains the problem). A full storage is thrown as a
 * `StorageError` with code `storage-quota`; other failures as `storage-failed`.
 *
 * Throws a `StorageError` with code `storage-unavailable` straight away when there is no storage
 * (for example in Node, or when the browser blocks it): create it only where it can work.
 *
 * @example
 * ```ts
 * const adapter = localStorageAdapter({ prefix: 'wijkcentrum:' });
 * const game = createGame({ deck, plugins: [storagePlugin({ adapter, wipeOnEnd: true })] });
 * ```
 */
export function localStorageAdapter(options: LocalStorageAdapterOptions = {}): SyncStorageAdapter {
  const storage = options.storage ?? defaultStorage();
  if (!storage) {
    throw new StorageError('storage-unavailable', {
      nl: 'Er is geen localStorage in deze omgeving. Geef zelf een opslag mee, of kies een andere manier van opslaan.',
      en: 'There is no localStorage in this environment. Pass a storage yourself, or choose another way to store sessions.',
    });
  }
  const prefix = options.prefix ?? 'ontdek-doe:';

  return {
    load(key: string): unknown {
      let raw: string | null;
      try {
        raw = storage.getItem(prefix + key);
      } catch (cause) {
        throw new StorageError('storage-failed', undefined, { cause });
      }
      if (raw === null) return null;
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        return raw;
      }
    },
    save(key: string, snapshot: SessionSnapshot): void {
      const text = snapshotToJSON(snapshot);
      try {
        storage.setItem(prefix + key, text);
      } catch (cause) {
        throw new StorageError(isQuotaError(cause) ? 'storage-quota' : 'storage-failed', undefined, {
          cause,
        });
      }
    },
    remove(key: string): void {
      try {
        storage.removeItem(prefix + key);
      } catch (cause) {
        throw new StorageError('storage-failed', undefined, { cause });
      }
    },
    keys(): string[] {
      const found: string[] = [];
      try {
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          if (key !== null && key.startsWith(prefix)) found.push(key.slice(prefix.length));
        }
      } catch (cause) {
        throw new StorageError('storage-failed', undefined, { cause });
      }
      return found;
    },
  };
}
