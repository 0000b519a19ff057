import { describe, expect, it } from 'vitest';
import { migrateSnapshot, snapshotMigrations } from './migrateSnapshot.ts';
import type { RawSnapshot, SnapshotMigrations } from './migrateSnapshot.ts';
import { parseSnapshot } from './parseSnapshot.ts';
import { snapshotToJSON, toSnapshot } from './serializeSession.ts';
import { sessionFixture } from '../testing/sessionFixture.ts';
import { SNAPSHOT_VERSION } from '../types.ts';

/**
 * A made-up version 0, only for these tests: players were called `participants` and the machine
 * state was `phase`. The fake migration below turns it into version 1.
 */
function versionZero(): RawSnapshot {
  const current = JSON.parse(snapshotToJSON(toSnapshot('discover.card', sessionFixture()))) as RawSnapshot;
  const { players, ...session } = current['session'] as Record<string, unknown>;
  return {
    format: current['format'],
    version: 0,
    phase: current['state'],
    session: { ...session, participants: players },
  };
}

const fakeMigrations: SnapshotMigrations = {
  0: ({ phase, session, ...rest }) => {
    const { participants, ...others } = session as Record<string, unknown>;
    return { ...rest, state: phase, session: { ...others, players: participants } };
  },
};

describe('snapshotMigrations', () => {
  it('has no migrations while version 1 is the only version', () => {
    expect(SNAPSHOT_VERSION).toBe(1);
    expect(Object.keys(snapshotMigrations)).toEqual([]);
  });
});

describe('migrateSnapshot', () => {
  it('runs each step from the old version to the current one and sets the version', () => {
    const old = versionZero();
    const result = migrateSnapshot(old, 0, fakeMigrations);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.snapshot['version']).toBe(1);
      expect(result.snapshot['state']).toBe('discover.card');
    }
    expect(old['version']).toBe(0); // the input is not changed
  });

  it('chains several steps in order', () => {
    const seen: number[] = [];
    const chain: SnapshotMigrations = {
      0: (s) => (seen.push(s['version'] as number), s),
      1: (s) => (seen.push(s['version'] as number), s),
      2: (s) => (seen.push(s['version'] as number), { ...s, added: true }),
    };
    const result = migrateSnapshot({ version: 0 }, 0, chain, 3);
    expect(seen).toEqual([0, 1, 2]);
    expect(result).toEqual({ ok: true, snapshot: { version: 3, added: true } });
  });

  it('says which step is missing, and catches a migration that throws', () => {
    expect(migrateSnapshot({ version: 0 }, 0, {})).toEqual({ ok: false, reason: 'no-migration', from: 0 });
    const error = new Error('cannot');
    const result = migrateSnapshot({ version: 0 }, 0, {
      0: () => {
        throw error;
      },
    });
    expect(result).toEqual({ ok: false, reason: 'migration-failed', from: 0, cause: error });
  });
});

describe('parseSnapshot with migrations', () => {
  it('migrates an older snapshot and says from which version', () => {
    const result = parseSnapshot(versionZero(), { migrations: fakeMigrations });
    expect(result).toEqual({
      ok: true,
      snapshot: toSnapshot('discover.card', sessionFixture()),
      migratedFrom: 0,
    });
  });

  it('explains an old version it has no migration for, keeping the goals', () => {
    const result = parseSnapshot(versionZero());
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'snapshot-unknown-format',
        message: {
          nl: 'Dit spel is bewaard met een oude versie van Ontdek & Doe. Die kunnen we niet meer openen.',
        },
      },
    });
    if (!result.ok) expect(result.salvage?.goals.map((goal) => goal.id)).toEqual(['g1', 'g2', 'old-g1']);
  });

  it('reports a migration that throws as corrupt', () => {
    const result = parseSnapshot(versionZero(), {
      migrations: {
        0: () => {
          throw new Error('unexpected shape');
        },
      },
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'snapshot-corrupt',
        details: expect.arrayContaining([expect.stringMatching(/unexpected shape/)]) as string[],
      },
    });
  });

  it('checks the migrated result with the schema', () => {
    const result = parseSnapshot(versionZero(), { migrations: { 0: (s) => s } });
    expect(result).toMatchObject({ ok: false, error: { code: 'snapshot-corrupt' } });
    if (!result.ok)
      expect(result.error.details).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^state:/),
          expect.stringMatching(/^session\.players:/),
        ]),
      );
  });
});
