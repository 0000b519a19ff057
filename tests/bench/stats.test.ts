import { describe, expect, it } from 'vitest';
import { kb, markdownTable, mb, ms, percentile, summarize } from './stats.mjs';

describe('the benchmark statistics', () => {
  it('median and percentiles interpolate between ranks, in any input order', () => {
    expect(percentile([4, 1, 3, 2], 50)).toBe(2.5);
    expect(percentile([5, 1, 3], 50)).toBe(3);
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1
    expect(percentile(hundred, 95)).toBeCloseTo(95.05, 10);
    expect(percentile(hundred, 0)).toBe(1);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarize gives count, median, p95, smallest and largest, and leaves its input alone', () => {
    const values = [30, 10, 20, 50, 40];
    expect(summarize(values)).toEqual({ n: 5, median: 30, p95: 48, min: 10, max: 50 });
    expect(values).toEqual([30, 10, 20, 50, 40]);
    expect(summarize([]).median).toBeNaN();
  });

  it('formats times and sizes, and escapes pipes in table cells', () => {
    expect(ms(4.26)).toBe('4.3 ms');
    expect(ms(123.6)).toBe('124 ms');
    expect(mb(4_250_000)).toBe('4.3 MB');
    expect(kb(119_046)).toBe('119.0 KB');
    expect(markdownTable(['a', 'b'], [['1', 'x | y']])).toBe('| a | b |\n| --- | --- |\n| 1 | x \\| y |');
  });
});
