/**
 * The CLI, run in-process from the package folder. The messages for the deliberately broken decks
 * in test-fixtures/broken/ are checked word for word: they are what a trainer reads.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../source/packagePaths.ts';
import { runCli } from '../testing/runCli.ts';

const temp = mkdtempSync(join(tmpdir(), 'ontdek-doe-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const lines = (...text: string[]) => `${text.join('\n')}\n`;

/** Each broken deck: the exit code and the whole output of `validate`, in Dutch. */
const BROKEN: Record<string, { code: number; nl: string[] }> = {
  'missing-dutch-prompt': {
    code: 1,
    nl: [
      '✖ deck.yaml:21:5  Kaart 1 (id "wish-myself-1") heeft geen Nederlandse vraag.',
      '',
      '1 fout in 1 kaartenset.',
    ],
  },
  'unknown-theme': {
    code: 1,
    nl: [
      '✖ deck.yaml:28:12  Kaart 2 (id "need-myself-2") gebruikt het thema "mysef", maar dat thema staat niet in de kaartenset. De thema\'s zijn: "myself".',
      '',
      '1 fout in 1 kaartenset.',
    ],
  },
  'duplicate-id': {
    code: 1,
    nl: [
      '✖ deck.yaml:26:9  Kaart 2 heeft de id "wish-myself-1". Kaart 1 heeft die id ook. Elke kaart moet een eigen id hebben.',
      '⚠ deck.yaml:30:13  Kaart 2 (id "wish-myself-1") heeft nog geen Engelse vraag. Het spel laat dan de Nederlandse tekst zien.',
      '⚠ deck.yaml:36:18  Kaart 2 (id "wish-myself-1") heeft nog geen Engelse tekst bij keuze "rest". Het spel laat dan de Nederlandse tekst zien.',
      '⚠ deck.yaml:39:18  Kaart 2 (id "wish-myself-1") heeft nog geen Engelse tekst bij keuze "people". Het spel laat dan de Nederlandse tekst zien.',
      '⚠ en.yaml:16:3  Er is geen kaart met de id "wish-myself-2" in deck.yaml. Deze vertaling wordt niet gebruikt. Bedoel je "wish-myself-1"?',
      '',
      '1 fout en 4 waarschuwingen in 1 kaartenset.',
    ],
  },
  'depth-4': {
    code: 1,
    nl: [
      '✖ deck.yaml:29:12  Kaart 2 (id "need-myself-2") heeft diepte 4. De diepte moet 1 (licht), 2 of 3 (diep) zijn.',
      '',
      '1 fout in 1 kaartenset.',
    ],
  },
  'bad-colour': {
    code: 1,
    nl: [
      '✖ deck.yaml:13:13  Thema 1 (id "myself") heeft de kleur "#1b6e5". Schrijf een kleur als # met 3 of 6 tekens (0–9, a–f), zoals #1b6e5a.',
      '',
      '1 fout in 1 kaartenset.',
    ],
  },
  'unquoted-colour': {
    code: 1,
    nl: [
      "✖ deck.yaml:13:5  De kleur staat niet tussen aanhalingstekens. Zonder aanhalingstekens leest YAML alles na # als opmerking. Schrijf: colour: '#1b6e5a'.",
      '',
      '1 fout in 1 kaartenset.',
    ],
  },
  'yaml-indentation': {
    code: 1,
    nl: [
      '✖ deck.yaml:29:7  Deze regel springt verder in dan de regel erboven. Zet de velden van één kaart of thema precies onder elkaar.',
      '',
      '1 fout in 1 kaartenset.',
    ],
  },
  'colon-in-text': {
    code: 1,
    nl: [
      "✖ deck.yaml:21:13  In deze tekst staat een dubbele punt met een spatie erna. Zet de hele tekst tussen aanhalingstekens: 'Wat doe je: graag?'.",
      '',
      '1 fout in 1 kaartenset.',
    ],
  },
  'choice-without-options': {
    code: 1,
    nl: [
      '✖ deck.yaml:31:5  Kaart 2 (id "need-myself-2") is een keuzekaart zonder keuzes. Een keuzekaart heeft minstens 2 keuzes nodig.',
      '',
      '1 fout in 1 kaartenset.',
    ],
  },
  'unknown-card-translation': {
    code: 0,
    nl: [
      '⚠ deck.yaml:30:13  Kaart 2 (id "need-myself-2") heeft nog geen Engelse vraag. Het spel laat dan de Nederlandse tekst zien.',
      '⚠ deck.yaml:36:18  Kaart 2 (id "need-myself-2") heeft nog geen Engelse tekst bij keuze "rest". Het spel laat dan de Nederlandse tekst zien.',
      '⚠ deck.yaml:39:18  Kaart 2 (id "need-myself-2") heeft nog geen Engelse tekst bij keuze "people". Het spel laat dan de Nederlandse tekst zien.',
      '⚠ en.yaml:16:3  Er is geen kaart met de id "need-myslef-2" in deck.yaml. Deze vertaling wordt niet gebruikt. Bedoel je "need-myself-2"?',
      '',
      '4 waarschuwingen in 1 kaartenset.',
    ],
  },
  'outdated-translation': {
    code: 0,
    nl: [
      '⚠ en.yaml:13:19  Kaart 1 (id "wish-myself-1"), vraag: de vertaling in het Engels is gemaakt van een oudere tekst. Kijk de vertaling na en zet de nieuwe tekst ernaast.',
      '',
      '1 waarschuwing in 1 kaartenset.',
    ],
  },
  'comma-in-translation': {
    code: 0,
    nl: [
      '⚠ en.yaml:20:29  Kaart 2 (id "need-myself-2"), tekst bij keuze "people": staat er een komma in de tekst? Tussen { } scheidt een komma de twee teksten. Zet de tekst tussen aanhalingstekens (\'…\'), of zet de twee teksten op twee regels.',
      '',
      '1 waarschuwing in 1 kaartenset.',
    ],
  },
  'unknown-icon': {
    code: 1,
    nl: [
      '✖ deck.yaml:37:17  Het icoon "clam" bestaat niet. Bedoel je "calm"? De iconen staan in packages/content/icons/ICONS.md.',
      '',
      '1 fout in 1 kaartenset.',
    ],
  },
  'folder-name-mismatch': {
    code: 1,
    nl: [
      '✖ deck.yaml:2:5  De id van de kaartenset is "voorbeeld", maar de map heet "folder-name-mismatch". Geef de map dezelfde naam als de id.',
      '',
      '1 fout in 1 kaartenset.',
    ],
  },
  'unlisted-language': {
    code: 0,
    nl: [
      '⚠ fr.yaml:2:11  fr.yaml is een vertaling in het Frans, maar "fr" staat niet in "languages" in deck.yaml. Zet de taal in die lijst, of haal het bestand weg.',
      '',
      '1 waarschuwing in 1 kaartenset.',
    ],
  },
  'not-a-mapping': {
    code: 1,
    nl: [
      '✖ deck.yaml:2:1  deck.yaml moet bestaan uit velden (naam: waarde), maar het is een lijst.',
      '',
      '1 fout in 1 kaartenset.',
    ],
  },
  'binary-deck': {
    code: 2,
    nl: [
      '✖ deck.yaml  deck.yaml is geen tekstbestand. Sla het op als gewone tekst (YAML), bijvoorbeeld met Kladblok of VS Code.',
      '',
      '1 fout in 1 kaartenset.',
    ],
  },
  'not-utf8': {
    code: 2,
    nl: [
      '✖ deck.yaml  deck.yaml is niet opgeslagen als UTF-8. Sla het opnieuw op met codering "UTF-8", dan komen letters zoals é en ë goed over.',
      '',
      '1 fout in 1 kaartenset.',
    ],
  },
  'empty-file': {
    code: 1,
    nl: ['✖ deck.yaml  deck.yaml is leeg. Er staan geen velden in.', '', '1 fout in 1 kaartenset.'],
  },
};

describe('validate: deliberately broken decks, word for word', () => {
  it('has a case for every fixture folder', async () => {
    const { readdirSync } = await import('node:fs');
    const folders = readdirSync(join(packageRoot(), 'test-fixtures', 'broken')).filter(
      (name) => !name.startsWith('.'),
    );
    expect(folders.sort()).toEqual(Object.keys(BROKEN).sort());
  });

  for (const [name, expected] of Object.entries(BROKEN)) {
    it(name, async () => {
      const folder = `test-fixtures/broken/${name}`;
      const run = await runCli(['validate', folder]);
      expect(run.stdout).toBe(lines(folder, ...expected.nl));
      expect(run.stderr).toBe('');
      expect(run.code).toBe(expected.code);
    });
  }

  it('in English too', async () => {
    const run = await runCli([
      'validate',
      'test-fixtures/broken/bad-colour',
      'test-fixtures/broken/yaml-indentation',
      '--lang',
      'en',
    ]);
    expect(run.stdout).toBe(
      lines(
        'test-fixtures/broken/bad-colour',
        '✖ deck.yaml:13:13  Theme 1 (id "myself") has the colour "#1b6e5". Write a colour as # followed by 3 or 6 hex digits (0–9, a–f), such as #1b6e5a.',
        '',
        'test-fixtures/broken/yaml-indentation',
        '✖ deck.yaml:29:7  This line is indented further than the line above it. Put the fields of one card or theme exactly below each other.',
        '',
        '2 errors in 2 decks.',
      ),
    );
    expect(run.code).toBe(1);
  });

  it('in English for a translation problem and a file that is not text', async () => {
    const run = await runCli([
      'validate',
      '--lang=en',
      'test-fixtures/broken/unknown-card-translation',
      'test-fixtures/broken/binary-deck',
    ]);
    expect(run.stdout).toBe(
      lines(
        'test-fixtures/broken/unknown-card-translation',
        '⚠ deck.yaml:30:13  Card 2 (id "need-myself-2") has no English question text yet. The game shows the Dutch text instead.',
        '⚠ deck.yaml:36:18  Card 2 (id "need-myself-2") has no English label for option "rest" yet. The game shows the Dutch text instead.',
        '⚠ deck.yaml:39:18  Card 2 (id "need-myself-2") has no English label for option "people" yet. The game shows the Dutch text instead.',
        '⚠ en.yaml:16:3  There is no card with the id "need-myslef-2" in deck.yaml. This translation is not used. Did you mean "need-myself-2"?',
        '',
        'test-fixtures/broken/binary-deck',
        '✖ deck.yaml  deck.yaml is not a text file. Save it as plain text (YAML), for example with Notepad or VS Code.',
        '',
        '1 error and 4 warnings in 2 decks.',
      ),
    );
    expect(run.code).toBe(2);
  });

  it('a file over 2 MB is refused before it is read', async () => {
    const folder = join(temp, 'groot');
    mkdirSync(folder);
    const card =
      '  - id: c{n}\n    family: wish\n    theme: myself\n    depth: 1\n    prompt: Waar word je blij van?\n    answer: text\n';
    let text = 'id: groot\ncards:\n';
    for (let n = 0; text.length < 3 * 1024 * 1024; n++) text += card.replace('{n}', String(n));
    writeFileSync(join(folder, 'deck.yaml'), text.slice(0, 3 * 1024 * 1024)); // exactly 3 MB
    const run = await runCli(['validate', folder]);
    expect(run.stdout).toBe(
      lines(
        folder,
        '✖ deck.yaml  deck.yaml is te groot (3,0 MB). Een bestand mag hoogstens 2 MB zijn. Maak er kleinere kaartensets van.',
        '',
        '1 fout in 1 kaartenset.',
      ),
    );
    expect(run.code).toBe(2);
    const english = await runCli(['validate', folder, '--lang', 'en']);
    expect(english.stdout).toContain(
      '✖ deck.yaml  deck.yaml is too large (3.0 MB). A file can be at most 2 MB. Split it into smaller decks.',
    );
  });

  it('a deck.yaml that cannot be read (here: a folder) gets a plain message and exit code 2', async () => {
    const folder = join(temp, 'map');
    mkdirSync(join(folder, 'deck.yaml'), { recursive: true });
    const run = await runCli(['validate', folder]);
    expect(run.stdout).toBe(
      lines(
        folder,
        '✖ deck.yaml  deck.yaml kan niet gelezen worden: het is een map, geen bestand.',
        '',
        '1 fout in 1 kaartenset.',
      ),
    );
    expect(run.code).toBe(2);
  });

  it('a folder that does not exist, or has no deck.yaml', async () => {
    const run = await runCli(['validate', 'bestaat-niet', 'test-fixtures']);
    expect(run.stdout).toBe(
      lines(
        'bestaat-niet',
        '✖ De map "bestaat-niet" bestaat niet, of het is geen map.',
        '',
        'test-fixtures',
        `✖ In de map "test-fixtures" staat geen deck.yaml. Elke kaartenset heeft een map met een deck.yaml erin.`,
        '',
        '2 fouten in 2 kaartensets.',
      ),
    );
    expect(run.code).toBe(2);
  });
});

describe('validate', () => {
  it('passes a good deck, and a folder of decks means every deck in it', async () => {
    const run = await runCli(['validate', 'test-fixtures/valid']);
    expect(run.stdout).toBe(lines('✔ test-fixtures/valid/voorbeeld', '', 'Geen problemen in 1 kaartenset.'));
    expect(run.code).toBe(0);
  });

  it('--strict counts warnings as problems', async () => {
    expect((await runCli(['validate', 'test-fixtures/broken/outdated-translation'])).code).toBe(0);
    expect((await runCli(['validate', 'test-fixtures/broken/outdated-translation', '--strict'])).code).toBe(
      1,
    );
  });

  it('--json gives every problem as data', async () => {
    const run = await runCli(['validate', 'test-fixtures/broken/depth-4', '--json']);
    const report = JSON.parse(run.stdout) as {
      decks: { folder: string; ok: boolean; problems: unknown[] }[];
      errors: number;
    };
    expect(report.errors).toBe(1);
    expect(report.decks[0]).toMatchObject({ folder: 'test-fixtures/broken/depth-4', ok: false });
    expect(report.decks[0]!.problems[0]).toMatchObject({
      severity: 'error',
      code: 'invalid-depth',
      file: 'deck.yaml',
      line: 29,
      column: 12,
      path: ['cards', 1, 'depth'],
    });
    expect(run.code).toBe(1);
  });
});

describe('translations', () => {
  it('lists outdated translations with the old and the new text', async () => {
    const run = await runCli(['translations', 'test-fixtures/broken/outdated-translation']);
    expect(run.stdout).toBe(
      lines(
        'test-fixtures/broken/outdated-translation',
        'Engels (en.yaml): 8 van 8 teksten vertaald, 0 ontbreken, 1 verouderd.',
        'Verouderd:',
        '  en.yaml:13:19  Kaart 1 (id "wish-myself-1"), vraag',
        '      nu:           Waar word jij blij van?',
        '      vertaald van: Waar word je blij van?',
        '',
      ),
    );
    expect(run.code).toBe(1);
  });

  it('lists missing translations by card, in English too', async () => {
    const run = await runCli([
      'translations',
      'test-fixtures/broken/unknown-card-translation',
      '--lang',
      'en',
    ]);
    expect(run.stdout).toBe(
      lines(
        'test-fixtures/broken/unknown-card-translation',
        'English (en.yaml): 5 of 8 texts translated, 3 missing, 0 outdated.',
        'Missing:',
        '  deck.yaml:30:13  Card 2 (id "need-myself-2"), question',
        '  deck.yaml:36:18  Card 2 (id "need-myself-2"), label of option "rest"',
        '  deck.yaml:39:18  Card 2 (id "need-myself-2"), label of option "people"',
        '',
      ),
    );
    expect(run.code).toBe(1);
  });

  it('says when everything is translated', async () => {
    const run = await runCli(['translations', 'test-fixtures/valid/voorbeeld']);
    expect(run.stdout).toBe(
      lines('test-fixtures/valid/voorbeeld', 'Engels (en.yaml): alle 8 teksten vertaald en bijgewerkt.', ''),
    );
    expect(run.code).toBe(0);
  });

  it('asks to fix errors first', async () => {
    const run = await runCli(['translations', 'test-fixtures/broken/depth-4']);
    expect(run.stdout).toBe(
      lines(
        'test-fixtures/broken/depth-4',
        '✖ deck.yaml:29:12  Kaart 2 (id "need-myself-2") heeft diepte 4. De diepte moet 1 (licht), 2 of 3 (diep) zijn.',
        'Los eerst de fouten op. Controleer met: ontdek-doe validate',
      ),
    );
    expect(run.code).toBe(1);
  });
});

describe('new', () => {
  it('makes a deck folder that validates, with complete English', async () => {
    const folder = join(temp, 'decks', 'mijn-set');
    const made = await runCli(['new', folder]);
    expect(made.stdout).toBe(
      lines(
        `Nieuwe kaartenset "mijn-set" gemaakt in ${folder}: deck.yaml en en.yaml.`,
        `Pas de teksten aan en controleer ze met: ontdek-doe validate ${folder}`,
      ),
    );
    expect(made.code).toBe(0);
    const checked = await runCli(['validate', folder, '--strict']);
    expect(checked.stdout).toBe(lines(`✔ ${folder}`, '', 'Geen problemen in 1 kaartenset.'));
    expect(checked.code).toBe(0);
    expect((await runCli(['translations', folder])).code).toBe(0);
  });

  it('never overwrites a folder', async () => {
    const folder = join(temp, 'bestaand');
    mkdirSync(folder);
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    const run = await runCli(['new', folder, '--lang', 'en']);
    expect(run.stderr).toBe(
      lines(
        `The folder "${folder}" already exists. Choose another name; an existing deck is never overwritten.`,
      ),
    );
    expect(run.code).toBe(2);
    expect(readFileSync(join(folder, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('refuses a name that cannot be a deck id', async () => {
    const run = await runCli(['new', join(temp, 'Mijn Set')]);
    expect(run.stderr).toBe(
      lines(
        'De id "Mijn Set" kan niet. Gebruik kleine letters, cijfers en streepjes, zoals "basis" of "mijn-set".',
      ),
    );
    expect(run.code).toBe(2);
    expect(existsSync(join(temp, 'Mijn Set'))).toBe(false);
  });
});

describe('usage', () => {
  it('--help explains the commands, in Dutch or English', async () => {
    const nl = await runCli(['--help']);
    expect(nl.stdout).toMatch(/^ontdek-doe: gereedschap voor de kaartensets van Ontdek & Doe\n/);
    for (const command of ['validate', 'translations', 'stats', 'readability', 'print', 'new', 'build']) {
      expect(nl.stdout).toContain(`\n  ${command} `);
    }
    expect(nl.code).toBe(0);
    expect((await runCli(['validate', '--help', '--lang', 'en'])).stdout).toMatch(/^ontdek-doe: tools for/);
  });

  it('--version prints the package version', async () => {
    const version = (
      JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }
    ).version;
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('an unknown command, an unknown option or a bad --lang: a message and exit code 2', async () => {
    expect(await runCli(['valideer'])).toEqual({
      code: 2,
      stdout: '',
      stderr: lines(
        'Onbekende opdracht "valideer". Kies uit: validate, translations, stats, readability, print, new, build.',
        'Meer uitleg: ontdek-doe --help',
      ),
    });
    expect(await runCli(['validate', '--verbose', '--lang', 'en'])).toEqual({
      code: 2,
      stdout: '',
      stderr: lines('Unknown option "--verbose".', 'More help: ontdek-doe --help'),
    });
    expect((await runCli(['validate', '--lang', 'de'])).stderr).toBe(
      lines('--lang kan nl of en zijn, niet "de".', 'Meer uitleg: ontdek-doe --help'),
    );
    expect(await runCli([])).toEqual({
      code: 2,
      stdout: '',
      stderr: lines(
        'Geef een opdracht, bijvoorbeeld: ontdek-doe validate packages/content/decks/basis',
        'Meer uitleg: ontdek-doe --help',
      ),
    });
  });
});
