import { describe, expect, it } from 'vitest';
import { snapshotToJSON, toSnapshot } from './serializeSession.ts';
import { parseSnapshot } from './parseSnapshot.ts';
import { sessionFixture } from '../testing/sessionFixture.ts';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from '../types.ts';

describe('toSnapshot', () => {
  it('marks format and version and copies the session deeply', () => {
    const session = sessionFixture();
    const snapshot = toSnapshot('do.goal', session);
    expect(snapshot.format).toBe(SNAPSHOT_FORMAT);
    expect(snapshot.version).toBe(SNAPSHOT_VERSION);
    expect(snapshot.state).toBe('do.goal');
    expect(snapshot.session).toEqual(session);
    session.goals[0]!.helpers.push({ kind: 'self' });
    session.players.pop();
    expect(snapshot.session.goals[0]!.helpers).toHaveLength(1);
    expect(snapshot.session.players).toHaveLength(2);
  });
});

describe('snapshotToJSON', () => {
  it('writes compact JSON with sorted keys, the same whatever the field order', () => {
    const a = toSnapshot('summary', sessionFixture());
    const b = toSnapshot('summary', sessionFixture());
    b.session = Object.fromEntries(Object.entries(b.session).reverse()) as typeof b.session;
    const text = snapshotToJSON(a);
    expect(text).toBe(snapshotToJSON(b));
    expect(text).not.toMatch(/\n|": /);
    expect(text.startsWith('{"format":"ontdek-doe/session","session":{"answers":')).toBe(true);
  });

  it('round-trips: toSnapshot → JSON → parseSnapshot gives the same snapshot', () => {
    const snapshot = toSnapshot('discover.answered', sessionFixture());
    const result = parseSnapshot(snapshotToJSON(snapshot));
    expect(result).toEqual({ ok: true, snapshot });
    if (result.ok) expect(result.snapshot).not.toBe(snapshot);
  });
});
