import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIconNames } from '../source/iconSet.ts';
import { decksDir } from '../source/packagePaths.ts';
import { defaultDeckSources } from './defaultDeckSources.ts';
import { ICON_NAMES } from './iconNames.ts';

describe('what the editing entry bundles', () => {
  it('is every default deck with every source file, as the files are now', () => {
    const sources = defaultDeckSources();
    const folders = readdirSync(decksDir()).sort();
    expect(Object.keys(sources).sort()).toEqual(folders);
    for (const id of folders) {
      const files = readdirSync(join(decksDir(), id))
        .filter((name) => name.endsWith('.yaml'))
        .sort();
      expect(sources[id]!.map((file) => file.name).sort()).toEqual(files);
      for (const file of sources[id]!)
        expect(file.text).toBe(readFileSync(join(decksDir(), id, file.name), 'utf8'));
    }
  });

  it('has the icon set as the icons folder has it', () => {
    expect(new Set(ICON_NAMES)).toEqual(readIconNames());
    expect(ICON_NAMES.length).toBe(new Set(ICON_NAMES).size);
  });
});
