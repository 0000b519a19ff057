import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeckFolder } from './loadDeckFolder.ts';
import { packageRoot } from './packagePaths.ts';
import { scaffoldDeck } from './scaffoldDeck.ts';
import { translationStatus } from './translationStatus.ts';

describe('scaffoldDeck', () => {
  it('writes a deck with one card per family that validates without a warning', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'ontdek-doe-new-')), 'nieuw', 'mijn-set');
    expect(scaffoldDeck(folder)).toEqual({ ok: true, id: 'mijn-set', files: ['deck.yaml', 'en.yaml'] });
    const loaded = loadDeckFolder(folder);
    expect(loaded.problems).toEqual([]);
    expect(loaded.deck!.cards.map((card) => card.family)).toEqual(['wish', 'strength', 'doing', 'need']);
    expect(loaded.deck!.themes).toHaveLength(1);
    const status = translationStatus({ ...loaded, deck: loaded.deck! });
    expect(status.languages[0]).toMatchObject({ missing: [], outdated: [] });
  });

  it('points the editor at the schemas, relative to where the deck is', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'ontdek-doe-new-')), 'set');
    scaffoldDeck(folder);
    const schema = (name: string) =>
      relative(folder, join(packageRoot(), 'schema', name))
        .split(sep)
        .join('/');
    expect(readFileSync(join(folder, 'deck.yaml'), 'utf8').split('\n')[0]).toBe(
      `# yaml-language-server: $schema=${schema('deck-source.schema.json')}`,
    );
    expect(readFileSync(join(folder, 'en.yaml'), 'utf8').split('\n')[0]).toBe(
      `# yaml-language-server: $schema=${schema('translation.schema.json')}`,
    );
  });

  it('refuses an existing folder and a name that is not an id', () => {
    const parent = mkdtempSync(join(tmpdir(), 'ontdek-doe-new-'));
    expect(scaffoldDeck(join(parent, 'Mijn Set'))).toMatchObject({ ok: false, code: 'invalid-deck-id' });
    const folder = join(parent, 'set');
    scaffoldDeck(folder);
    expect(scaffoldDeck(folder)).toMatchObject({ ok: false, code: 'folder-exists' });
  });
});
