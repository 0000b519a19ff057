/**
 * The decks this package ships: they validate without a single warning, have complete English,
 * the named decks exist, and the built package exports them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listDeckFolders } from './build/buildDecks.ts';
import { NAMED_DECKS } from './build/deckModules.ts';
import { deckSourceSchema, translationSchema } from './schema/sourceSchemas.ts';
import { iconNamesFromMarkdown, readIconNames } from './source/iconSet.ts';
import { loadDeckFolder } from './source/loadDeckFolder.ts';
import { decksDir, iconsDir, packageRoot } from './source/packagePaths.ts';
import { translationStatus } from './source/translationStatus.ts';
import { validateJsonSchema } from './testing/validateJsonSchema.ts';

const folders = listDeckFolders(decksDir());

describe('the default decks', () => {
  it('are basis, jong and makkelijk (exported as basicDeck, youthDeck, easyDeck)', () => {
    expect(folders.map((folder) => basename(folder))).toEqual(
      expect.arrayContaining(Object.keys(NAMED_DECKS)),
    );
  });

  for (const folder of folders) {
    const name = basename(folder);
    describe(name, () => {
      const loaded = loadDeckFolder(folder);

      it('validates without an error or a warning', () => {
        expect(loaded.problems.map((p) => `${p.file}:${p.line}:${p.column}  ${p.message.en}`)).toEqual([]);
        expect(loaded.deck?.id).toBe(name);
      });

      it('has complete, up-to-date English', () => {
        const status = translationStatus({ ...loaded, deck: loaded.deck! });
        expect(status.languages.find((l) => l.language === 'en')).toMatchObject({
          missing: [],
          outdated: [],
        });
      });

      it('points editors at the schemas and matches them', () => {
        const deckText = readFileSync(join(folder, 'deck.yaml'), 'utf8');
        expect(deckText.split('\n')[0]).toBe(
          '# yaml-language-server: $schema=../../schema/deck-source.schema.json',
        );
        expect(validateJsonSchema(deckSourceSchema(), parse(deckText))).toEqual([]);
        for (const [, file] of Object.entries(loaded.translationFiles)) {
          const text = readFileSync(join(folder, file), 'utf8');
          expect(text.split('\n')[0], file).toBe(
            '# yaml-language-server: $schema=../../schema/translation.schema.json',
          );
          expect(validateJsonSchema(translationSchema(), parse(text)), file).toEqual([]);
        }
      });
    });
  }
});

describe('the icons', () => {
  it('ICONS.md and the SVG files name the same icons', () => {
    const listed = iconNamesFromMarkdown(readFileSync(join(iconsDir(), 'ICONS.md'), 'utf8'));
    expect([...readIconNames()].sort()).toEqual([...listed].sort());
  });
});

describe.skipIf(!existsSync(join(packageRoot(), 'dist', 'index.d.ts')))('the built package', () => {
  it('exports basicDeck, youthDeck and easyDeck, typed as the core Deck', async () => {
    const types = readFileSync(join(packageRoot(), 'dist', 'index.d.ts'), 'utf8');
    for (const name of Object.values(NAMED_DECKS))
      expect(types).toContain(`export declare const ${name}: Deck;`);
    const module = (await import(join(packageRoot(), 'dist', 'index.js'))) as Record<string, { id: string }>;
    for (const [id, name] of Object.entries(NAMED_DECKS)) expect(module[name]?.id).toBe(id);
  });
});
