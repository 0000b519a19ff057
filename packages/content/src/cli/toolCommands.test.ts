/**
 * `stats`, `readability`, `print` and `build` through the CLI. The analysis and print modules have
 * their own tests; these check the wiring: which deck, which language, which exit code, which file.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
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

/** A copy of the valid deck in the temp folder, changed by `edit`. */
function copyValid(name: string, edit: (deckYaml: string) => string = (text) => text): string {
  const folder = join(temp, name, 'voorbeeld');
  cpSync(join(packageRoot(), VALID), folder, { recursive: true });
  const file = join(folder, 'deck.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return folder;
}

describe('readability', () => {
  it('prints the B1 check; exit code 0 when every text passes', async () => {
    const report = checkReadability(deck());
    const run = await runCli(['readability', VALID, '--lang', 'en']);
    expect(run.stdout).toBe(`${VALID}\n${formatReadability(report, 'en').trimEnd()}\n\n`);
    expect(run.code).toBe(report.passed ? 0 : 1);
  });

  it('places every flagged text in deck.yaml, by file, line and column', async () => {
    const folder = copyValid('leesbaarheid', (text) =>
      text
        .replace(
          'prompt: Wat heb je nodig om je goed te voelen?',
          'prompt: Welke maatschappelijke participatiemogelijkheden ervaart u als belemmerend?',
        )
        .replace('label: Mensen om me heen', 'label: Ervaringsdeskundigen'),
    );
    const run = await runCli(['readability', folder]);
    expect(run.stdout).toContain(
      '\n✖ deck.yaml:30:13  need-myself-2 · vraag  (score -74.7, 7 woorden per zin)\n  "Welke maatschappelijke participatiemogelijkheden ervaart u als belemmerend?"\n',
    );
    expect(run.stdout).toContain('\n✖ deck.yaml:39:18  need-myself-2 · keuze 2  (1 woorden per zin)\n');
    expect(run.code).toBe(1);
    const english = await runCli(['readability', folder, '--lang', 'en']);
    expect(english.stdout).toContain(
      '\n✖ deck.yaml:30:13  need-myself-2 · question  (score -74.7, 7 words per sentence)\n',
    );
    const json = JSON.parse((await runCli(['readability', folder, '--json'])).stdout) as {
      decks: { readability: { cards: { cardId: string; file: string; line: number; column: number }[] } }[];
    };
    expect(
      json.decks[0]!.readability.cards.map((c) => `${c.cardId} ${c.file}:${c.line}:${c.column}`),
    ).toEqual(['need-myself-2 deck.yaml:30:13', 'need-myself-2 deck.yaml:39:18']);
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

  it('--lang en alone prints the English cards too; --language still decides', async () => {
    const out = join(temp, 'lang-en.html');
    const run = await runCli(['print', VALID, '--lang', 'en', '--out', out]);
    expect(run.stdout).toBe(
      `Cards written to ${out}. Open the file in a browser and choose Print (A4, no margins).\n`,
    );
    expect(readFileSync(out, 'utf8')).toContain('What makes you happy?');
    expect(readFileSync(out, 'utf8')).toMatch(/<html lang="en"/);
    const dutch = join(temp, 'lang-en-language-nl.html');
    expect((await runCli(['print', VALID, '--lang', 'en', '--language', 'nl', '--out', dutch])).code).toBe(0);
    expect(readFileSync(dutch, 'utf8')).toMatch(/<html lang="nl"/);
    const help = await runCli(['--help', '--lang', 'en']);
    expect(help.stdout).toContain(
      '  --lang nl|en       language of the messages (default nl); for print also the language of the\n                     cards, when the deck has it and --language is not given\n',
    );
  });

  it('makes the folder for --out when it is not there; says plainly when it cannot be written', async () => {
    const out = join(temp, 'nieuw', 'map', 'kaarten.html');
    const run = await runCli(['print', VALID, '--out', out]);
    expect(run.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    // A file where a folder should be: for a PDF too, before Chromium is even looked for.
    const file = join(temp, 'een-bestand');
    writeFileSync(file, 'x');
    for (const [lang, message] of [
      [
        'nl',
        `In de map ${join(file, 'sub')} kan niets geschreven worden: een deel van die plek is een bestand, geen map. Kies met --out een andere plek.`,
      ],
      [
        'en',
        `Nothing can be written in the folder ${join(file, 'sub')}: part of that place is a file, not a folder. Choose another place with --out.`,
      ],
    ] as const) {
      expect(await runCli(['print', VALID, '--out', join(file, 'sub', 'x.pdf'), '--lang', lang])).toEqual({
        code: 2,
        stdout: '',
        stderr: `${message}\n`,
      });
    }
  });

  it('a valid card whose texts overlap on paper: a located warning; --strict makes it exit 1', async () => {
    const long = (n: number, word: string) =>
      Array.from({ length: 100 }, () => word)
        .join(' ')
        .slice(0, n);
    const options = Array.from(
      { length: 16 },
      (_, i) => `        - id: o${i}\n          label: ${long(80, 'keuzemogelijkheid')}\n`,
    ).join('');
    const folder = copyValid('te-vol', (text) =>
      text
        .replace('prompt: Wat heb je nodig om je goed te voelen?', `prompt: ${long(299, 'lange')}?`)
        .replace(/ {6}options:\n[\s\S]*$/, `      options:\n${options}`),
    );
    const out = join(temp, 'te-vol.html');
    const run = await runCli(['print', folder, '--out', out, '--language', 'nl']);
    expect(run.stdout).toBe(
      [
        folder,
        '⚠ deck.yaml:26:5  Kaart 2 (id "need-myself-2") past niet op een geprinte kaart, ook niet met de kleinste letters: de teksten lopen over elkaar. Maak de vraag of de keuzes korter, of gebruik minder keuzes.',
        `Kaarten geschreven naar ${out}. Open het bestand in een browser en kies Afdrukken (A4, zonder marges).`,
        '',
      ].join('\n'),
    );
    expect(run.code).toBe(0);
    const strict = await runCli([
      'print',
      folder,
      '--out',
      out,
      '--language',
      'nl',
      '--strict',
      '--lang',
      'en',
    ]);
    expect(strict.stdout).toContain(
      '⚠ deck.yaml:26:5  Card 2 (id "need-myself-2") does not fit on a printed card, not even in the smallest type: the texts overlap. Make the question or the options shorter, or use fewer options.\n',
    );
    expect(strict.code).toBe(1);
    // The valid deck fits: no warning, exit 0 with --strict too.
    expect((await runCli(['print', VALID, '--out', out, '--strict'])).stdout).not.toContain('⚠');
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

  it('builds one deck folder (or its deck.yaml) as one deck', async () => {
    for (const given of [VALID, `${VALID}/deck.yaml`]) {
      const out = join(temp, `one-${given.length}`);
      const run = await runCli(['build', given, '--out', out]);
      expect(run.stdout).toBe(`1 kaartenset gebouwd in ${out}: voorbeeld.\n`);
      expect(run.code).toBe(0);
      expect(existsSync(join(out, 'decks', 'voorbeeld.json'))).toBe(true);
    }
  });

  it("without --out, writes only this package's own decks into its dist, never another folder", async () => {
    const dist = join(packageRoot(), 'dist');
    const before = existsSync(join(dist, 'index.js')) ? statSync(join(dist, 'index.js')).mtimeMs : undefined;
    for (const given of [VALID, 'test-fixtures/valid']) {
      expect(await runCli(['build', given])).toEqual({
        code: 2,
        stdout: '',
        stderr: `Zonder --out bouwt build alleen de kaartensets van dit pakket (packages/content/decks), in packages/content/dist. Geef voor "${given}" een map voor de uitvoer, bijvoorbeeld: ontdek-doe build ${given} --out uitvoer\n`,
      });
    }
    expect((await runCli(['build', VALID, '--lang', 'en'])).stderr).toBe(
      `Without --out, build only builds this package's own decks (packages/content/decks), into packages/content/dist. Give an output folder for "${VALID}", for example: ontdek-doe build ${VALID} --out out\n`,
    );
    const after = existsSync(join(dist, 'index.js')) ? statSync(join(dist, 'index.js')).mtimeMs : undefined;
    expect(after).toBe(before);
  });

  it('a folder without decks: an error, exit 1, and nothing written', async () => {
    const empty = join(temp, 'leeg');
    mkdirSync(empty);
    const out = join(temp, 'leeg-dist');
    expect(await runCli(['build', empty, '--out', out])).toEqual({
      code: 1,
      stdout: '',
      stderr: `In "${empty}" staan geen kaartensets. Er is niets gebouwd.\n`,
    });
    expect((await runCli(['build', empty, '--out', out, '--lang', 'en'])).stderr).toBe(
      `There are no decks in "${empty}". Nothing was built.\n`,
    );
    expect(existsSync(out)).toBe(false);
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
