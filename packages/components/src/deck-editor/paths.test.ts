import { describe, expect, it } from 'vitest';
import { asList, asRecord, asText, pathKey, splitList, valueAt } from './paths.ts';

describe('paths', () => {
  it('reads values at a path and never throws on a missing step', () => {
    const data = { cards: [{ prompt: { nl: 'Hoi' } }] };
    expect(valueAt(data, ['cards', 0, 'prompt', 'nl'])).toBe('Hoi');
    expect(valueAt(data, ['cards', 4, 'prompt', 'nl'])).toBeUndefined();
    expect(valueAt('text', ['length'])).toBeUndefined();
    expect(pathKey(['themes', 0, 'colour'])).toBe('themes/0/colour');
  });

  it('turns draft values into field text and back', () => {
    expect(asText(12)).toBe('12');
    expect(asText(Number.NaN)).toBe('');
    expect(asText({ nl: 'x' })).toBe('');
    expect(asRecord([1])).toBeUndefined();
    expect(asList('x')).toEqual([]);
    expect(splitList(' loss, ,money-worries ,')).toEqual(['loss', 'money-worries']);
  });
});
