/**
 * The portal's own storage for Ontdek & Doe sessions: IndexedDB in this browser, nothing over the
 * network. It implements the core's `StorageAdapter` (every method async) and is given to the
 * game element as its `storageAdapter` property; the element's storage plugin saves through it
 * on every change and restores from it on load.
 */
import { snapshotToJSON, type SessionSnapshot } from '@ontdek-doe/core';
import { StorageError, type StorageAdapter } from '@ontdek-doe/core/plugins';

/** Options of {@link portalStorage}. */
export interface PortalStorageOptions {
  /** The IndexedDB database. Defaults to `portal-ontdek-doe`. */
  database?: string;
  /** The object store in it. Defaults to `sessions`. */
  store?: string;
  /** Defaults to `globalThis.indexedDB`. */
  indexedDB?: IDBFactory;
}

/** Resolves with the result of an IndexedDB request, rejects with its error. */
function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** A failure of IndexedDB as the game's storage error (a full disk is `storage-quota`). */
function storageError(cause: unknown): StorageError {
  const quota = cause instanceof DOMException && cause.name === 'QuotaExceededError';
  return new StorageError(quota ? 'storage-quota' : 'storage-failed', undefined, { cause });
}

/**
 * A `StorageAdapter` that keeps each session as JSON (the core's `snapshotToJSON`) under its key
 * in one IndexedDB object store. The database opens on first use; if IndexedDB is not there or is
 * blocked, each call rejects with a `StorageError` and the game goes on without saving.
 */
export function portalStorage(options: PortalStorageOptions = {}): StorageAdapter {
  const name = options.database ?? 'portal-ontdek-doe';
  const storeName = options.store ?? 'sessions';
  let opening: Promise<IDBDatabase> | null = null;

  function open(): Promise<IDBDatabase> {
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const factory = options.indexedDB ?? globalThis.indexedDB;
      if (!factory) throw new StorageError('storage-unavailable');
      const request = factory.open(name, 1);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(storeName)) request.result.createObjectStore(storeName);
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
      request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    }).catch((cause: unknown) => {
      opening = null; // try again next time
      throw cause instanceof StorageError ? cause : storageError(cause);
    });
    return opening;
  }

  /** Runs `use` on the object store in one transaction and resolves when it has committed. */
  async function withStore<T>(mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest<T>) {
    const db = await open();
    try {
      const transaction = db.transaction(storeName, mode);
      const committed = new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
      });
      const result = await done(use(transaction.objectStore(storeName)));
      await committed;
      return result;
    } catch (cause) {
      throw storageError(cause);
    }
  }

  return {
    async load(key: string): Promise<unknown> {
      const text: unknown = await withStore('readonly', (store) => store.get(key));
      if (text === undefined) return null;
      if (typeof text !== 'string') return text;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text; // the game's restore explains what is wrong with it
      }
    },
    async save(key: string, snapshot: SessionSnapshot): Promise<void> {
      await withStore('readwrite', (store) => store.put(snapshotToJSON(snapshot), key));
    },
    async remove(key: string): Promise<void> {
      await withStore('readwrite', (store) => store.delete(key));
    },
    async keys(): Promise<string[]> {
      const keys = await withStore('readonly', (store) => store.getAllKeys());
      return keys.filter((key): key is string => typeof key === 'string');
    },
  };
}
