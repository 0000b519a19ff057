/** What went wrong with storage: the store is full, it failed, or there is no store at all. */
export type StorageErrorCode = 'storage-quota' | 'storage-failed' | 'storage-unavailable';

const defaultMessages: Record<StorageErrorCode, { nl: string; en: string }> = {
  'storage-quota': {
    nl: 'Opslaan lukt niet: de opslag is vol.',
    en: 'Saving did not work: the storage is full.',
  },
  'storage-failed': {
    nl: 'De opslag werkt nu niet.',
    en: 'The storage does not work right now.',
  },
  'storage-unavailable': {
    nl: 'Er is geen opslag op dit apparaat of in deze browser.',
    en: 'There is no storage on this device or in this browser.',
  },
};

/**
 * An error thrown by a storage adapter. `code` says what kind of failure it is, `messages` explains
 * it in plain Dutch and English; `message` is the English text (for logs).
 *
 * @example
 * ```ts
 * try {
 *   await adapter.save(key, snapshot);
 * } catch (error) {
 *   if (error instanceof StorageError && error.code === 'storage-quota') showFullStorageNotice(error.messages);
 * }
 * ```
 */
export class StorageError extends Error {
  readonly code: StorageErrorCode;
  readonly messages: { nl: string; en: string };

  constructor(code: StorageErrorCode, messages?: { nl: string; en: string }, options?: { cause?: unknown }) {
    const resolved = messages ?? defaultMessages[code];
    super(resolved.en, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StorageError';
    this.code = code;
    this.messages = resolved;
  }
}
