/**
 * Whether an error means "the storage is full": a `StorageError` with code `storage-quota`, a
 * `QuotaExceededError` DOMException (any browser), or the legacy numeric codes 22 (WebKit, Chromium)
 * and 1014 (old Firefox, `NS_ERROR_DOM_QUOTA_REACHED`).
 *
 * @example
 * ```ts
 * try { localStorage.setItem(key, value); } catch (error) { if (isQuotaError(error)) warnFull(); }
 * ```
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  if (name === 'StorageError') return code === 'storage-quota';
  return (
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
  );
}
