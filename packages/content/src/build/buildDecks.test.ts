import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDeck } from '@ontdek-doe/core/schema';
import { describe, expect, it } from 'vitest';
import { iconsDir, packageRoot } from '../source/packagePaths.ts';
import { buildDecks } from './buildDecks.ts';

const VALID = join(packageRoot(), 'test-fixtures', 'valid', 'voorbeeld');

/** A decks folder in a temp dir with the valid fixture, under the given ids. */
function decksFolder(ids: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'ontdek-doe-build-'));
  for (const id of ids) {
    cpSync(VALID, join(dir, 'decks', id), { recursive: true });
    const file = join(dir, 'decks', id, 'deck.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('id: voorbeeld', `id: ${id}`));
  }
  return dir;
}

describe('buildDecks', () => {
  it('writes JSON that parseDeck accepts as it is, and the modules around it', async () => {
    const dir = decksFolder(['basis', 'jong', 'makkelijk', 'extra']);
    const outDir = join(dir, 'dist');
    const result = buildDecks({ decksDir: join(dir, 'decks'), outDir, iconsDir: iconsDir() });
    expect(result.ok).toBe(true);
    expect(result.ids).toEqual(['basis', 'extra', 'jong', 'makkelijk']);
    for (const id of result.ids) {
      const parsed = parseDeck(readFileSync(join(outDir, 'decks', `${id}.json`), 'utf8'));
      expect(parsed).toMatchObject({ ok: true, warnings: [] });
    }
    const module = (await import(join(outDir, 'index.js'))) as Record<string, unknown> & {
      decks: Record<string, { id: string }>;
    };
    expect(Object.keys(module.decks)).toEqual(['basis', 'extra', 'jong', 'makkelijk']);
    expect(module.basicDeck).toBe(module.decks.basis);
    expect(module.youthDeck).toBe(module.decks.jong);
    expect(module.easyDeck).toBe(module.decks.makkelijk);
    expect(Object.keys(module.icons as object).length).toBeGreaterThan(0);
    const types = readFileSync(join(outDir, 'index.d.ts'), 'utf8');
    expect(types).toContain("import type { Deck } from '@ontdek-doe/core/schema';");
    expect(types).toContain('export type DeckId = "basis" | "extra" | "jong" | "makkelijk";');
    for (const name of ['basicDeck', 'youthDeck', 'easyDeck'])
      expect(types).toContain(`export declare const ${name}: Deck;`);
    expect(readFileSync(join(outDir, 'icons.d.ts'), 'utf8')).toMatch(
      /export type IconName = "[a-z-]+"( \| "[a-z-]+")*;/,
    );
  });

  it('exports only the decks that exist: the named exports follow the folders', async () => {
    const dir = decksFolder(['jong']);
    const outDir = join(dir, 'dist');
    expect(buildDecks({ decksDir: join(dir, 'decks'), outDir, iconsDir: iconsDir() }).ok).toBe(true);
    const module = (await import(join(outDir, 'index.js'))) as Record<string, unknown>;
    expect(Object.keys(module).sort()).toEqual(['decks', 'icons', 'youthDeck']);
    expect(readFileSync(join(outDir, 'index.d.ts'), 'utf8')).not.toContain('basicDeck');
  });

  it('writes nothing when one deck has an error', () => {
    const dir = decksFolder(['basis', 'jong']);
    const file = join(dir, 'decks', 'jong', 'deck.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('depth: 2', 'depth: 4'));
    const outDir = join(dir, 'dist');
    const result = buildDecks({ decksDir: join(dir, 'decks'), outDir, iconsDir: iconsDir() });
    expect(result.ok).toBe(false);
    expect(
      result.loaded.flatMap((loaded) => loaded.problems.map((p) => `${p.file}:${p.line} ${p.code}`)),
    ).toEqual(['deck.yaml:29 invalid-depth']);
    expect(existsSync(outDir)).toBe(false);
  });
});
