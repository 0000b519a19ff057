import { describe, expect, it } from 'vitest';
import { nextRandom, shuffle } from './random.ts';

describe('seeded randomness', () => {
  it('gives the same order for the same seed and another for another seed', () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    expect(shuffle(items, 5)).toEqual(shuffle(items, 5));
    expect(shuffle(items, 5)).not.toEqual(shuffle(items, 6));
    expect([...shuffle(items, 5)].sort((a, b) => a - b)).toEqual(items);
    expect(items[0]).toBe(0); // the input is left alone
  });

  it('stays in [0, 1)', () => {
    let state = 123;
    for (let i = 0; i < 10_000; i++) {
      const [value, next] = nextRandom(state);
      expect(value >= 0 && value < 1).toBe(true);
      state = next;
    }
  });
});
