import { describe, expect, it } from 'vitest';
import { editorReport, keystrokes, summarizeFinite, type EditorResult } from './editorReport.mjs';

const result = (searchFrames: number[], promptFrames: number[]): EditorResult => ({
  cards: 1000,
  cpuThrottling: 4,
  openMs: 658,
  matchesAfterSearch: '12 kaarten',
  searchKeystroke: keystrokes(
    searchFrames.map((frame) => ({ dom: frame / 3, frame })),
    searchFrames.map((frame) => frame / 5),
  ),
  promptKeystroke: keystrokes(
    promptFrames.map((frame) => ({ dom: frame / 2, frame })),
    promptFrames.map((frame) => frame / 4),
  ),
  checkAfterPause: summarizeFinite([30, 40, 35, 50, 45]),
});

describe('the editor benchmark report', () => {
  it('leaves a key without a DOM time out of that measure only', () => {
    const figures = keystrokes(
      [
        { dom: 20, frame: 60 },
        { dom: Number.NaN, frame: 70 },
        { dom: 30, frame: 80 },
      ],
      [10, 12, 14],
    );
    expect(figures.dom).toMatchObject({ n: 2, median: 25 });
    expect(figures.frame).toMatchObject({ n: 3, median: 70, max: 80 });
    expect(figures.work.median).toBe(12);
  });

  it('prints one row a measure and meets the aim when both medians are within 100 ms', () => {
    const report = editorReport(result([40, 60, 75, 90, 200], [50, 61, 99, 150]));
    expect(report.table.split('\n')[0]).toBe('| measure | median | p95 | max | n |');
    expect(report.table).toContain('| open from URL to drawn | 658 ms | 658 ms | 658 ms | 1 |');
    expect(report.table).toContain('| search key → next frame | 75 ms | 178 ms | 200 ms | 5 |');
    expect(report.table).toContain('| question key → next frame | 80 ms |');
    expect(report.table).toContain('| check after a pause (all cards) | 40 ms |');
    expect(report.table.split('\n')).toHaveLength(10);
    expect(report.worstMedian).toBe(80);
    expect(report.met).toBe(true);
    expect(report.verdict).toContain('80 ms');
  });

  it('misses the aim when either median is over 100 ms, and says by how much', () => {
    const report = editorReport(result([40, 60, 75], [90, 120, 130]));
    expect(report.met).toBe(false);
    expect(report.verdict).toBe('Half the keystrokes took over 120 ms to show: the aim is 100 ms.');
  });

  it('does not pass when no keystroke was measured', () => {
    const report = editorReport(result([], [50]));
    expect(report.met).toBe(false);
    expect(report.verdict).toContain('No keystroke was measured');
    expect(report.table).toContain('| search key → next frame | – | – | – | 0 |');
  });
});
