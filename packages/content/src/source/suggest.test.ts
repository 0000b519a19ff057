import { describe, expect, it } from 'vitest';
import { iconNamesFromMarkdown, readIconNames } from './iconSet.ts';
import { suggest } from './suggest.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('suggest', () => {
  it('finds typos: a letter wrong, missing, extra or swapped', () => {
    const known = ['wish-myself-1', 'need-home-2', 'calm', 'walk', 'music'];
    expect(suggest('wish-myslef-1', known)).toBe('wish-myself-1');
    expect(suggest('clam', known)).toBe('calm');
    expect(suggest('wlak', known)).toBe('walk');
    expect(suggest('Music', known)).toBe('music');
  });

  it('suggests nothing that is not close', () => {
    expect(suggest('banana', ['wish-myself-1', 'calm'])).toBeUndefined();
    expect(suggest('x', [])).toBeUndefined();
  });
});

describe('the icon set', () => {
  it('is read from the SVG files present', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ontdek-doe-icons-'));
    writeFileSync(join(dir, 'heart.svg'), '<svg/>');
    writeFileSync(join(dir, 'ICONS.md'), '| group | names |\n|---|---|\n| x | star |\n');
    expect(readIconNames(dir)).toEqual(new Set(['heart']));
  });

  it('falls back to the names in ICONS.md while no icon is drawn', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ontdek-doe-icons-'));
    writeFileSync(
      join(dir, 'ICONS.md'),
      '# Icons\n\n| group | names |\n|---|---|\n| themes | person, health |\n| feelings | heart, star |\n',
    );
    expect(readIconNames(dir)).toEqual(new Set(['person', 'health', 'heart', 'star']));
    expect(readIconNames(join(dir, 'missing'))).toEqual(new Set());
  });

  it('reads only the rows below the header of the table in ICONS.md', () => {
    const names = iconNamesFromMarkdown(
      'Intro | not a table\n\n| group | icon names |\n|---|---|\n| themes | person, free-time |',
    );
    expect([...names]).toEqual(['person', 'free-time']);
  });
});
