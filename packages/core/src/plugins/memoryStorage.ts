import type { SessionSnapshot } from '../types.ts';
import type { SyncStorageAdapter } from './SyncStorageAdapter.ts';

/**
 * A storage adapter that keeps sessions in memory (a `Map`), for tests, demos and servers.
 * It stores a JSON copy and hands out a fresh copy on every load, so changing a snapshot after
 * saving it, or changing a loaded snapshot, never changes what is stored.
 *
 * @example
 * ```ts
 * const game = createGame({ deck, plugins: [storagePlugin({ adapter: memoryStorage() })] });
 * ```
 */
export function memoryStorage(): SyncStorageAdapter {
  const store = new Map<string, string>();
  return {
    load(key: string): unknown {
      const stored = store.get(key);
      return stored === undefined ? null : (JSON.parse(stored) as unknown);
    },
    save(key: string, snapshot: SessionSnapshot): void {
      store.set(key, JSON.stringify(snapshot));
    },
    remove(key: string): void {
      store.delete(key);
    },
    keys(): string[] {
      return [...store.keys()];
    },
  };
}
