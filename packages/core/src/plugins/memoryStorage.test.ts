import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memoryStorage.ts';
import { toSnapshot } from '../snapshot/serializeSession.ts';
import { sessionFixture } from '../testing/sessionFixture.ts';
import type { SessionSnapshot } from '../types.ts';

describe('memoryStorage', () => {
  it('stores and loads a snapshot, lists and removes keys', async () => {
    const storage = memoryStorage();
    const snapshot = toSnapshot('discover.card', sessionFixture());
    expect(await storage.load('s1')).toBeNull();
    await storage.save('s1', snapshot);
    expect(await storage.load('s1')).toEqual(snapshot);
    expect(storage.keys()).toEqual(['s1']);
    await storage.remove('s1');
    expect(await storage.load('s1')).toBeNull();
    expect(storage.keys()).toEqual([]);
  });

  it('is not changed by mutating a snapshot after saving it, or a loaded copy', async () => {
    const storage = memoryStorage();
    const snapshot = toSnapshot('discover.card', sessionFixture());
    await storage.save('s1', snapshot);
    snapshot.session.goals[0]!.text = 'changed after saving';
    snapshot.session.answers.pop();

    const loaded = (await storage.load('s1')) as SessionSnapshot;
    expect(loaded.session.goals[0]!.text).toBe('Elke week met Gerda naar de markt');
    expect(loaded.session.answers).toHaveLength(5);

    loaded.session.goals[0]!.text = 'changed after loading';
    const again = (await storage.load('s1')) as SessionSnapshot;
    expect(again.session.goals[0]!.text).toBe('Elke week met Gerda naar de markt');
    expect(again).not.toBe(loaded);
  });
});
