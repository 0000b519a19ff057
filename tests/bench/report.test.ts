import { describe, expect, it } from 'vitest';
import { report, type Run } from './report.mjs';

const run = (first: number, next: number[], heap: number, jsCss = 100_000): Run => ({
  first,
  steps: { script: first / 2, dataAsked: first / 2 + 1, data: first / 2 + 5 },
  next,
  heap,
  jsCss,
  all: jsCss + 10_000,
});
const versions = { core: '2.5.38', ui: '2.5.38' };
const blank = [
  run(Number.NaN, [], 1_000_000),
  run(Number.NaN, [], 1_200_000),
  run(Number.NaN, [], 1_100_000),
];

describe('the benchmark report', () => {
  it('judges the aims on the medians, the heap less a blank page', () => {
    const result = report(
      {
        game: [run(100, [10, 12], 5_000_000), run(120, [14, 40], 5_100_000), run(300, [8, 9], 4_900_000)],
        survey: [run(500, [60, 70], 9e6), run(400, [50, 80], 9e6), run(450, [65, 75], 9e6)],
      },
      blank,
      versions,
    );
    expect(result.first.game.median).toBe(120);
    expect(result.next.game.n).toBe(6);
    expect(result.next.game.median).toBe(11);
    expect(result.blankHeap).toBe(1_100_000);
    expect(result.own.game).toBe(3_900_000);
    expect(result.met).toEqual({ first: true, next: true, heap: true });
    expect(result.table).toContain('SurveyJS 2.5.38');
    expect(result.table).toContain('120 ms (100 ms–300 ms)');
    expect(result.table).not.toContain('missed');
    expect(result.breakdown).toContain('| its data has arrived | 65 ms | 230 ms |');
  });

  it('says which aims are missed', () => {
    const result = report(
      { game: [run(200, [17, 30], 6_000_000)], survey: [run(500, [60], 9e6)] },
      blank,
      versions,
    );
    expect(result.met).toEqual({ first: false, next: false, heap: false });
    expect(result.table.match(/\*\*missed\*\*/g)).toHaveLength(3);
    expect(result.table).toContain('0.40×');
  });
});
