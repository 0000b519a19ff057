import type { SessionSnapshot, StorageAdapter } from '../types.ts';

/**
 * A storage adapter whose methods answer at once (no promises) and that can list its keys,
 * such as {@link memoryStorage} and {@link localStorageAdapter}. Usable wherever a
 * `StorageAdapter` is expected.
 *
 * @example
 * ```ts
 * const adapter: SyncStorageAdapter = memoryStorage();
 * adapter.save('s1', snapshot);
 * adapter.keys(); // ['s1']
 * ```
 */
export interface SyncStorageAdapter extends StorageAdapter {
  /** The stored value (parsed JSON, or raw text when it is not JSON), or `null` when there is none. */
  load(key: string): unknown;
  save(key: string, snapshot: SessionSnapshot): void;
  remove(key: string): void;
  keys(): string[];
}
