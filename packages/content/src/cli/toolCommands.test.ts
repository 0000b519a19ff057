/**
 * `stats`, `readability`, `print` and `build` through the CLI. The analysis and print modules have
 * their own tests; these check the wiring: which deck, which language, which exit code, which file.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDeck } from '@ontdek-doe/core/schema';
import { afterAll, describe, expect, it } from 'vitest';
import { checkReadability, deckStats, formatReadability, formatStats } from '../analysis/index.ts';
import { findChromium } from '../print/index.ts';
import { loadDeckFolder } from '../source/loadDeckFolder.ts';
import { packageRoot } from '../source/packagePaths.ts';
import { runCli } from '../testing/runCli.ts';

const temp = mkdtempSync(join(tmpdir(), 'ontdek-doe-tools-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const VALID = 'test-fixtures/valid/voorbeeld';
const deck = () => loadDeckFolder(join(packageRoot(), VALID)).deck!;

describe('stats', () => {
  it('prints the analysis of the deck, in the chosen language', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const run = await runCli(['stats', VALID, '--lang', lang]);
      expect(run.stdout).toBe(`${VALID}\n${formatStats(deckStats(deck()), lang).trimEnd()}\n\n`);
      expect(run.code).toBe(0);
    }
  });

  it('a deck with errors: the errors, and exit code 1', async () => {
    const run = await runCli(['stats', 'test-fixtures/broken/unknown-theme']);
    expect(run.stdout).toContain(
      '✖ deck.yaml:28:12  Kaart 2 (id "need-myself-2") gebruikt het thema "mysef"',
    );
    expect(run.code).toBe(1);
  });

  it('--json gives the numbers as data', async () => {
    const run = await runCli(['stats', VALID, '--json']);
    expect(JSON.parse(run.stdout)).toEqual({
      decks: [{ folder: VALID, stats: JSON.parse(JSON.stringify(deckStats(deck()))) }],
    });
  });
});

describe('readability', () => {
  it('prints the B1 check; exit code 0 when every text passes', async () => {
    const report = checkReadability(deck());
    const run = await runCli(['readability', VALID, '--lang', 'en']);
    expect(run.stdout).toBe(`${VALID}\n${formatReadability(report, 'en').trimEnd()}\n\n`);
    expect(run.code).toBe(report.passed ? 0 : 1);
  });
});

describe('print', () => {
  it('writes self-contained HTML cards', async () => {
    const out = join(temp, 'kaarten.html');
    const run = await runCli(['print', VALID, '--out', out]);
    expect(run.stdout).toBe(
      `Kaarten geschreven naar ${out}. Open het bestand in een browser en kies Afdrukken (A4, zonder marges).\n`,
    );
    expect(run.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html.toLowerCase()).toMatch(/^<!doctype html>/);
    expect(html).toContain('Waar word je blij van?');
  });

  it('prints another language of the deck with --language', async () => {
    const out = join(temp, 'cards-en.html');
    expect((await runCli(['print', VALID, '--language', 'en', '--out', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('What makes you happy?');
  });

  it('refuses a language the deck does not have, and more than one folder', async () => {
    const wrong = await runCli(['print', VALID, '--language', 'fr', '--lang', 'en']);
    expect(wrong).toEqual({
      code: 2,
      stdout: '',
      stderr: 'The deck has no language "fr". Its languages are: nl, en.\n',
    });
    expect((await runCli(['print', VALID, VALID])).code).toBe(2);
  });

  it.skipIf(!findChromium())(
    'writes a PDF when --out ends in .pdf',
    async () => {
      const out = join(temp, 'kaarten.pdf');
      const run = await runCli(['print', VALID, '--out', out]);
      expect(run.stdout).toBe(`PDF geschreven naar ${out}.\n`);
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    },
    60_000,
  );
});

describe('build', () => {
  it('writes JSON that parseDeck accepts, and modules that export the decks', async () => {
    const out = join(temp, 'dist');
    const run = await runCli(['build', 'test-fixtures/valid', '--out', out]);
    expect(run.stdout).toBe(`1 kaartenset gebouwd in ${out}: voorbeeld.\n`);
    expect(run.code).toBe(0);
    const parsed = parseDeck(readFileSync(join(out, 'decks', 'voorbeeld.json'), 'utf8'));
    expect(parsed).toMatchObject({ ok: true, warnings: [] });
    const module = (await import(join(out, 'index.js'))) as {
      decks: Record<string, unknown>;
      icons: Record<string, string>;
    };
    expect(module.decks.voorbeeld).toEqual(parsed.ok ? parsed.deck : undefined);
    expect(module.icons.heart).toMatch(/^<svg/);
  });

  it('stops with located problems and writes nothing when a deck has an error', async () => {
    const out = join(temp, 'broken-dist');
    const run = await runCli(['build', 'test-fixtures/broken', '--out', out]);
    expect(run.stdout).toContain(
      'test-fixtures/broken/depth-4\n✖ deck.yaml:29:12  Kaart 2 (id "need-myself-2") heeft diepte 4.',
    );
    expect(run.stdout).toMatch(/Er is niets gebouwd: los eerst de fouten op\.\n$/);
    expect(run.code).toBe(2); // some fixtures cannot be read at all
    expect(existsSync(out)).toBe(false);
  });
});
