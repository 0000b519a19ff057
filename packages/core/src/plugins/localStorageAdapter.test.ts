import { afterEach, describe, expect, it, vi } from 'vitest';
import { localStorageAdapter } from './localStorageAdapter.ts';
import type { WebStorageLike } from './localStorageAdapter.ts';
import { StorageError } from './StorageError.ts';
import { toSnapshot } from '../snapshot/serializeSession.ts';
import { sessionFixture } from '../testing/sessionFixture.ts';

/** A Web Storage fake with the real method semantics, and a way to make setItem fail. */
class FakeStorage implements WebStorageLike {
  readonly data = new Map<string, string>();
  failWith: unknown = null;
  get length(): number {
    return this.data.size;
  }
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWith) throw this.failWith;
    this.data.set(key, String(value));
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
}

describe('localStorageAdapter', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('saves JSON under the default prefix and loads it back', () => {
    const storage = new FakeStorage();
    const adapter = localStorageAdapter({ storage });
    const snapshot = toSnapshot('matters', sessionFixture());
    adapter.save('s1', snapshot);
    expect([...storage.data.keys()]).toEqual(['ontdek-doe:s1']);
    expect(JSON.parse(storage.data.get('ontdek-doe:s1')!)).toEqual(snapshot);
    expect(adapter.load('s1')).toEqual(snapshot);
    expect(adapter.load('nothing')).toBeNull();
  });

  it('returns the raw text when the stored value is not JSON', () => {
    const storage = new FakeStorage();
    storage.data.set('ontdek-doe:s1', '{half a snapshot');
    expect(localStorageAdapter({ storage }).load('s1')).toBe('{half a snapshot');
  });

  it('lists only its own prefixed keys, and removes', () => {
    const storage = new FakeStorage();
    storage.data.set('host-setting', 'dark');
    storage.data.set('other:s9', '{}');
    const adapter = localStorageAdapter({ storage, prefix: 'wijk:' });
    adapter.save('s1', toSnapshot('summary', sessionFixture()));
    adapter.save('s2', toSnapshot('summary', sessionFixture()));
    expect(adapter.keys().sort()).toEqual(['s1', 's2']);
    adapter.remove('s1');
    expect(adapter.keys()).toEqual(['s2']);
    expect(storage.data.has('host-setting')).toBe(true);
  });

  it.each([
    ['a QuotaExceededError DOMException', new DOMException('full', 'QuotaExceededError')],
    ['legacy code 22', Object.assign(new Error('full'), { code: 22 })],
    [
      'Firefox code 1014',
      Object.assign(new Error('full'), { code: 1014, name: 'NS_ERROR_DOM_QUOTA_REACHED' }),
    ],
  ])('turns %s into a StorageError storage-quota', (_label, failure) => {
    const storage = new FakeStorage();
    storage.failWith = failure;
    const adapter = localStorageAdapter({ storage });
    let caught: unknown;
    try {
      adapter.save('s1', toSnapshot('discover.card', sessionFixture()));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StorageError);
    expect(caught).toMatchObject({ code: 'storage-quota', name: 'StorageError', cause: failure });
    expect((caught as StorageError).messages.nl).toBe('Opslaan lukt niet: de opslag is vol.');
  });

  it('turns other failures into storage-failed', () => {
    const storage = new FakeStorage();
    storage.failWith = new DOMException('denied', 'SecurityError');
    const adapter = localStorageAdapter({ storage });
    expect(() => adapter.save('s1', toSnapshot('discover.card', sessionFixture()))).toThrowError(
      expect.objectContaining({ code: 'storage-failed' }) as Error,
    );
  });

  it('throws storage-unavailable when there is no localStorage', () => {
    // Newer Node versions may have a localStorage of their own: take it away for this test.
    vi.stubGlobal('localStorage', undefined);
    expect(() => localStorageAdapter()).toThrowError(
      expect.objectContaining({ code: 'storage-unavailable' }) as Error,
    );
  });

  it('uses globalThis.localStorage by default', () => {
    const storage = new FakeStorage();
    vi.stubGlobal('localStorage', storage);
    localStorageAdapter().save('s1', toSnapshot('setup', sessionFixture()));
    expect(storage.data.has('ontdek-doe:s1')).toBe(true);
  });

  it('treats a localStorage that throws on access (blocked by the browser) as unavailable', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      expect(() => localStorageAdapter()).toThrowError(
        expect.objectContaining({ code: 'storage-unavailable' }) as Error,
      );
    } finally {
      delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});
