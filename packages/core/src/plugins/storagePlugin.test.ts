import { describe, expect, it } from 'vitest';
import { loadSession, storagePlugin } from './storagePlugin.ts';
import { memoryStorage } from './memoryStorage.ts';
import { StorageError } from './StorageError.ts';
import { toSnapshot } from '../snapshot/serializeSession.ts';
import { sessionFixture } from '../testing/sessionFixture.ts';
import { sampleDeck } from '../testing/sampleDeck.ts';
import type { GameProblem, PluginContext, SessionSnapshot, StorageAdapter } from '../types.ts';

function context(problems: unknown[]): PluginContext {
  const session = sessionFixture();
  return {
    deck: sampleDeck,
    getSession: () => session,
    getState: () => 'discover.card',
    getSnapshot: () => toSnapshot('discover.card', session),
    send: () => undefined,
    report: (problem) => void problems.push(problem),
  };
}

/** A snapshot whose `nextId` tells which one it is. */
function snapshotNo(n: number, sessionId = 's-1'): SessionSnapshot {
  return toSnapshot('discover.card', sessionFixture({ sessionId, nextId: n }));
}

/**
 * An async adapter whose saves finish only when the test says so, recording what was in flight.
 */
function slowAdapter() {
  const written: { key: string; nextId: number }[] = [];
  const removed: string[] = [];
  const waiting: { finish: () => void; fail: (error: unknown) => void; nextId: number }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const adapter: StorageAdapter = {
    load: () => null,
    save(key, snapshot) {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      return new Promise<void>((resolve, reject) => {
        waiting.push({
          nextId: snapshot.session.nextId,
          finish: () => {
            inFlight--;
            written.push({ key, nextId: snapshot.session.nextId });
            resolve();
          },
          fail: (error) => {
            inFlight--;
            reject(error);
          },
        });
      });
    },
    async remove(key) {
      removed.push(key);
    },
  };
  /** Lets the pending save finish (or fail), then gives the plugin time to start the next. */
  async function settleNext(error?: unknown): Promise<void> {
    const next = waiting.shift();
    if (!next) throw new Error('no save is waiting');
    if (error === undefined) next.finish();
    else next.fail(error);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return {
    adapter,
    written,
    removed,
    waiting,
    settleNext,
    get maxInFlight() {
      return maxInFlight;
    },
  };
}

describe('storagePlugin', () => {
  it('is named od:storage and offers its adapter as storage', () => {
    const adapter = memoryStorage();
    const plugin = storagePlugin({ adapter });
    expect(plugin.name).toBe('od:storage');
    expect(plugin.storage).toBe(adapter);
  });

  it('saves every snapshot under the session id, with a sync adapter', async () => {
    const adapter = memoryStorage();
    const plugin = storagePlugin({ adapter });
    const ctx = context([]);
    plugin.snapshot!(snapshotNo(1), ctx);
    await plugin.flush();
    expect(adapter.keys()).toEqual(['s-1']);
    plugin.snapshot!(snapshotNo(2), ctx);
    await plugin.flush();
    expect(((await adapter.load('s-1')) as SessionSnapshot).session.nextId).toBe(2);
  });

  it('uses the key function', async () => {
    const adapter = memoryStorage();
    const plugin = storagePlugin({ adapter, key: (session) => `device-7/${session.sessionId}` });
    plugin.snapshot!(snapshotNo(1), context([]));
    await plugin.flush();
    expect(adapter.keys()).toEqual(['device-7/s-1']);
  });

  it('keeps one save in flight and writes only the newest waiting snapshot, never stale data after fresh', async () => {
    const slow = slowAdapter();
    const plugin = storagePlugin({ adapter: slow.adapter });
    const ctx = context([]);

    plugin.snapshot!(snapshotNo(1), ctx);
    plugin.snapshot!(snapshotNo(2), ctx);
    plugin.snapshot!(snapshotNo(3), ctx);
    plugin.snapshot!(snapshotNo(4), ctx);
    expect(slow.waiting.map((w) => w.nextId)).toEqual([1]);

    await slow.settleNext();
    expect(slow.waiting.map((w) => w.nextId)).toEqual([4]);
    plugin.snapshot!(snapshotNo(5), ctx);
    plugin.snapshot!(snapshotNo(6), ctx);
    await slow.settleNext();
    expect(slow.waiting.map((w) => w.nextId)).toEqual([6]);
    await slow.settleNext();

    await plugin.flush();
    expect(slow.written.map((w) => w.nextId)).toEqual([1, 4, 6]);
    expect(slow.maxInFlight).toBe(1);
    expect(slow.waiting).toEqual([]);
  });

  it('flush waits for saves queued while it waits', async () => {
    const slow = slowAdapter();
    const plugin = storagePlugin({ adapter: slow.adapter });
    const ctx = context([]);
    plugin.snapshot!(snapshotNo(1), ctx);
    let flushed = false;
    void plugin.flush().then(() => (flushed = true));
    plugin.snapshot!(snapshotNo(2), ctx);
    await slow.settleNext();
    expect(flushed).toBe(false);
    await slow.settleNext();
    expect(flushed).toBe(true);
    expect(slow.written.map((w) => w.nextId)).toEqual([1, 2]);
  });

  it('reports a full storage in plain words, goes on, and retries on the next snapshot', async () => {
    const slow = slowAdapter();
    const problems: GameProblem[] = [];
    const plugin = storagePlugin({ adapter: slow.adapter });
    const ctx = context(problems);

    plugin.snapshot!(snapshotNo(1), ctx);
    const quota = new StorageError('storage-quota');
    await slow.settleNext(quota);
    expect(problems).toEqual([
      {
        code: 'storage-quota',
        plugin: 'od:storage',
        hook: 'snapshot',
        message: {
          nl: 'Opslaan lukt niet: de opslag is vol. Je antwoorden staan nog in het spel; download de samenvatting om ze te bewaren.',
          en: 'Saving did not work: the storage is full. Your answers are still in the game; download the summary to keep them.',
        },
        cause: quota,
      },
    ]);
    expect(plugin.lastError()).toMatchObject({ code: 'storage-quota' });

    plugin.snapshot!(snapshotNo(2), ctx);
    expect(slow.waiting.map((w) => w.nextId)).toEqual([2]);
    await slow.settleNext();
    expect(slow.written.map((w) => w.nextId)).toEqual([2]);
    expect(plugin.lastError()).toBeNull();
    expect(problems).toHaveLength(1);
  });

  it('recognises a raw QuotaExceededError from a custom adapter and reports other failures as storage-failed', async () => {
    const problems: GameProblem[] = [];
    const failures: unknown[] = [
      new DOMException('full', 'QuotaExceededError'),
      new Error('500 from backend'),
    ];
    const plugin = storagePlugin({
      adapter: {
        load: () => null,
        save: () => {
          throw failures.shift();
        },
        remove: () => undefined,
      },
    });
    const ctx = context(problems);
    plugin.snapshot!(snapshotNo(1), ctx);
    await plugin.flush();
    plugin.snapshot!(snapshotNo(2), ctx);
    await plugin.flush();
    expect(problems.map((p) => p.code)).toEqual(['storage-quota', 'storage-failed']);
    expect(problems[1]?.message.nl).toBe(
      'Opslaan lukt nu niet. Je antwoorden staan nog in het spel. Bij de volgende stap proberen we het opnieuw.',
    );
  });

  it('wipes the session on end after the pending save, and does not save it again', async () => {
    const slow = slowAdapter();
    const plugin = storagePlugin({ adapter: slow.adapter, wipeOnEnd: true });
    const ctx = context([]);
    plugin.snapshot!(snapshotNo(1), ctx);
    plugin.snapshot!(snapshotNo(2), ctx); // waiting behind 1: no longer worth writing once ended
    plugin.sessionEnded!(sessionFixture({ sessionId: 's-1' }), ctx);
    expect(slow.removed).toEqual([]);
    plugin.snapshot!(snapshotNo(3), ctx); // the finished state arriving after the end
    await slow.settleNext();
    await plugin.flush();
    expect(slow.written.map((w) => w.nextId)).toEqual([1]);
    expect(slow.removed).toEqual(['s-1']);
    expect(slow.waiting).toEqual([]);

    // A new session on the same device is saved as usual.
    plugin.snapshot!(snapshotNo(1, 's-2'), ctx);
    await slow.settleNext();
    expect(slow.written.at(-1)).toEqual({ key: 's-2', nextId: 1 });
  });

  it('really removes the data from the store when wiping', async () => {
    const adapter = memoryStorage();
    const plugin = storagePlugin({ adapter, wipeOnEnd: true });
    const ctx = context([]);
    plugin.snapshot!(snapshotNo(1), ctx);
    plugin.sessionEnded!(sessionFixture({ sessionId: 's-1' }), ctx);
    await plugin.flush();
    expect(adapter.keys()).toEqual([]);
  });

  it('keeps the session on end without wipeOnEnd', async () => {
    const adapter = memoryStorage();
    const plugin = storagePlugin({ adapter });
    const ctx = context([]);
    plugin.snapshot!(snapshotNo(1), ctx);
    plugin.sessionEnded!(sessionFixture({ sessionId: 's-1' }), ctx);
    await plugin.flush();
    expect(adapter.keys()).toEqual(['s-1']);
  });

  it('reports a failed wipe as storage-failed', async () => {
    const problems: GameProblem[] = [];
    const plugin = storagePlugin({
      adapter: {
        load: () => null,
        save: () => undefined,
        remove: () => Promise.reject(new Error('offline')),
      },
      wipeOnEnd: true,
    });
    plugin.sessionEnded!(sessionFixture(), context(problems));
    await plugin.flush();
    expect(problems).toMatchObject([{ code: 'storage-failed', plugin: 'od:storage', hook: 'sessionEnded' }]);
  });
});

describe('loadSession', () => {
  it('loads and parses a stored session', async () => {
    const adapter = memoryStorage();
    const snapshot = snapshotNo(3);
    adapter.save('s-1', snapshot);
    const result = await loadSession(adapter, 's-1');
    expect(result).toEqual({ ok: true, snapshot });
  });

  it('reports a missing key as snapshot-missing', async () => {
    const result = await loadSession(memoryStorage(), 'nope');
    expect(result).toMatchObject({ ok: false, error: { code: 'snapshot-missing' } });
  });

  it('explains a stored value that is not JSON', async () => {
    const result = await loadSession(
      { load: async () => 'not json {', save: () => undefined, remove: () => undefined },
      'x',
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'snapshot-not-json' } });
  });

  it('rejects with a StorageError when the adapter fails', async () => {
    const adapter: StorageAdapter = {
      load: () => Promise.reject(new Error('offline')),
      save: () => undefined,
      remove: () => undefined,
    };
    await expect(loadSession(adapter, 'x')).rejects.toMatchObject({
      name: 'StorageError',
      code: 'storage-failed',
    });
  });
});
