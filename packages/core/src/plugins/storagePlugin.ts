import type {
  GamePlugin,
  GameProblem,
  PluginContext,
  SessionSnapshot,
  SessionState,
  StorageAdapter,
} from '../types.ts';
import { isQuotaError } from './isQuotaError.ts';
import { StorageError } from './StorageError.ts';
import { parseSnapshot } from '../snapshot/parseSnapshot.ts';
import type { ParseSnapshotResult } from '../snapshot/parseSnapshot.ts';

/** Options of {@link storagePlugin}. */
export interface StoragePluginOptions {
  /** Where sessions go. */
  adapter: StorageAdapter;
  /** The storage key of a session. Defaults to its `sessionId`. */
  key?: (session: SessionState) => string;
  /**
   * Shared-device mode: when the session ends, remove it from storage (after any pending save),
   * so the next player on this device cannot see the previous player's answers.
   */
  wipeOnEnd?: boolean;
}

/** The storage plugin, with two extra methods for hosts. */
export interface StoragePlugin extends GamePlugin {
  /** Resolves when every pending save (and wipe) has finished. Never rejects: failures are reported. */
  flush(): Promise<void>;
  /** The problem of the last failed save, or `null` when the last save worked. */
  lastError(): GameProblem | null;
}

const PLUGIN = 'od:storage';

const quotaMessage = {
  nl: 'Opslaan lukt niet: de opslag is vol. Je antwoorden staan nog in het spel; download de samenvatting om ze te bewaren.',
  en: 'Saving did not work: the storage is full. Your answers are still in the game; download the summary to keep them.',
};
const failedMessage = {
  nl: 'Opslaan lukt nu niet. Je antwoorden staan nog in het spel. Bij de volgende stap proberen we het opnieuw.',
  en: 'Saving does not work right now. Your answers are still in the game. We will try again at the next step.',
};
const wipeFailedMessage = {
  nl: 'Het wissen van dit spel op dit apparaat lukte niet. Vraag de spelleider om de gegevens te wissen.',
  en: 'This game could not be wiped from this device. Ask the game leader to remove the data.',
};

type Job =
  | { type: 'save'; key: string; snapshot: SessionSnapshot; ctx: PluginContext }
  | { type: 'remove'; key: string; ctx: PluginContext };

/**
 * Built-in plugin `od:storage`: saves the session on every change, through any storage adapter
 * (sync or async). Saves run one at a time; while one is in flight, only the newest snapshot waits,
 * so a slow back end never writes old data over new data. A failed save is reported through
 * `ctx.report` (`storage-quota` or `storage-failed`) and the game goes on; the next change tries
 * again. With `wipeOnEnd` the stored session is removed when the session ends, and not saved again.
 *
 * The adapter is also offered as the plugin's `storage`, so the game can restore from it.
 *
 * @example
 * ```ts
 * const storage = storagePlugin({ adapter: localStorageAdapter(), wipeOnEnd: true });
 * const game = createGame({ deck, plugins: [storage] });
 * // before the page closes:
 * await storage.flush();
 * ```
 */
export function storagePlugin(options: StoragePluginOptions): StoragePlugin {
  const { adapter, wipeOnEnd = false } = options;
  const keyOf = options.key ?? ((session: SessionState) => session.sessionId);
  const queue: Job[] = [];
  const wiped = new Set<string>();
  let running: Promise<void> | null = null;
  let lastError: GameProblem | null = null;

  function report(ctx: PluginContext, problem: Omit<GameProblem, 'plugin'>): void {
    const full: GameProblem = { ...problem, plugin: PLUGIN };
    try {
      ctx.report(full);
    } catch {
      // Reporting must never break the save loop.
    }
  }

  async function runJob(job: Job): Promise<void> {
    if (job.type === 'save') {
      try {
        await adapter.save(job.key, job.snapshot);
        lastError = null;
      } catch (cause) {
        const quota = isQuotaError(cause);
        lastError = {
          code: quota ? 'storage-quota' : 'storage-failed',
          plugin: PLUGIN,
          hook: 'snapshot',
          message: quota ? quotaMessage : failedMessage,
          cause,
        };
        report(job.ctx, lastError);
      }
      return;
    }
    try {
      await adapter.remove(job.key);
    } catch (cause) {
      report(job.ctx, { code: 'storage-failed', hook: 'sessionEnded', message: wipeFailedMessage, cause });
    }
  }

  /** Starts the single worker that runs jobs one at a time, unless it is already running. */
  function pump(): Promise<void> {
    if (running) return running;
    let finished!: () => void;
    // Assigned before the worker starts, so even a worker that ends synchronously leaves `running` right.
    const current = new Promise<void>((resolve) => (finished = resolve));
    running = current;
    void (async () => {
      try {
        for (let job = queue.shift(); job; job = queue.shift()) await runJob(job);
      } finally {
        // Same tick as the last empty-queue check: no job can be queued unseen in between.
        running = null;
        finished();
      }
    })();
    return current;
  }

  return {
    name: PLUGIN,
    storage: adapter,
    snapshot(snapshot, ctx) {
      const key = keyOf(snapshot.session);
      if (wiped.has(key)) return;
      const waiting = queue.find(
        (job): job is Extract<Job, { type: 'save' }> => job.type === 'save' && job.key === key,
      );
      if (waiting) {
        // Only the newest snapshot is worth writing; it takes the waiting one's place.
        waiting.snapshot = snapshot;
        waiting.ctx = ctx;
      } else {
        queue.push({ type: 'save', key, snapshot, ctx });
      }
      void pump();
    },
    sessionEnded(session, ctx) {
      if (!wipeOnEnd) return;
      const key = keyOf(session);
      wiped.add(key);
      // A save still waiting for this session is pointless now; one in flight finishes first.
      for (let i = queue.length - 1; i >= 0; i--) {
        const job = queue[i];
        if (job?.type === 'save' && job.key === key) queue.splice(i, 1);
      }
      queue.push({ type: 'remove', key, ctx });
      void pump();
    },
    async dispose() {
      await (running ?? Promise.resolve());
    },
    flush() {
      return running ?? Promise.resolve();
    },
    lastError() {
      return lastError;
    },
  };
}

/**
 * Loads a stored session and reads it with `parseSnapshot`. A key with nothing stored gives
 * `{ ok: false, error: { code: 'snapshot-missing' } }`. When the adapter itself fails, the promise
 * rejects with a `StorageError` (`storage-failed`), because "nothing stored" would be untrue.
 *
 * @example
 * ```ts
 * const result = await loadSession(adapter, sessionId);
 * if (result.ok) game.restore(result.snapshot);
 * else if (result.error.code !== 'snapshot-missing') showNotice(result.error.message.nl);
 * ```
 */
export async function loadSession(adapter: StorageAdapter, key: string): Promise<ParseSnapshotResult> {
  let stored: unknown;
  try {
    stored = await adapter.load(key);
  } catch (cause) {
    if (cause instanceof StorageError) throw cause;
    throw new StorageError(
      isQuotaError(cause) ? 'storage-quota' : 'storage-failed',
      {
        nl: 'Het bewaarde spel kan nu niet worden geladen. Probeer het later nog eens.',
        en: 'The saved game cannot be loaded right now. Please try again later.',
      },
      { cause },
    );
  }
  return parseSnapshot(stored);
}
