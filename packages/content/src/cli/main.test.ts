/**
 * The CLI, run in-process from the package folder. The messages for the deliberately broken decks
 * in test-fixtures/broken/ are checked word for word: they are what a trainer reads.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../source/packagePaths.ts';
import { runCli } from '../testing/runCli.ts';

const temp = mkdtempSync(join(tmpdir(), 'ontdek-doe-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const lines = (...text: string[]) => `${text.join('\n')}\n`;

/** Each broken deck: the exit code and the whole output of `validate`, in Dutch (and in English, for some). */
const BROKEN: Record<string, { code: number; nl: string[]; en?: string[] }> = {
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
      '✖ deck.yaml:26:9  Kaart 2 heeft de id "wish-myself-1". Kaart 1 (regel 17) heeft die id ook. Elke kaart moet een eigen id hebben.',
      '⚠ deck.yaml:30:13  Kaart 2 (id "wish-myself-1") heeft nog geen Engelse vraag. Het spel laat dan de Nederlandse tekst zien.',
      '⚠ deck.yaml:36:18  Kaart 2 (id "wish-myself-1") heeft nog geen Engelse tekst bij keuze "rest". Het spel laat dan de Nederlandse tekst zien.',
      '⚠ deck.yaml:39:18  Kaart 2 (id "wish-myself-1") heeft nog geen Engelse tekst bij keuze "people". Het spel laat dan de Nederlandse tekst zien.',
      '⚠ en.yaml:16:3  Er is geen kaart met de id "wish-myself-2" in deck.yaml. Deze vertaling wordt niet gebruikt. Bedoel je "wish-myself-1"?',
      '',
      '1 fout en 4 waarschuwingen in 1 kaartenset.',
    ],
    en: [
      '✖ deck.yaml:26:9  Card 2 has the id "wish-myself-1", just like card 1 (line 17). Every card needs its own id.',
      '⚠ deck.yaml:30:13  Card 2 (id "wish-myself-1") has no English question text yet. The game shows the Dutch text instead.',
      '⚠ deck.yaml:36:18  Card 2 (id "wish-myself-1") has no English label for option "rest" yet. The game shows the Dutch text instead.',
      '⚠ deck.yaml:39:18  Card 2 (id "wish-myself-1") has no English label for option "people" yet. The game shows the Dutch text instead.',
      '⚠ en.yaml:16:3  There is no card with the id "wish-myself-2" in deck.yaml. This translation is not used. Did you mean "wish-myself-1"?',
      '',
      '1 error and 4 warnings in 1 deck.',
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
    // The trainer's own text, ready to copy, not an example.
    nl: [
      "✖ deck.yaml:21:13  In deze tekst staat een dubbele punt met een spatie erna. Zet de hele tekst tussen aanhalingstekens: 'Denk aan vandaag: waar word je blij van?'.",
      '',
      '1 fout in 1 kaartenset.',
    ],
    en: [
      "✖ deck.yaml:21:13  This text has a colon followed by a space. Put the whole text in quotes: 'Denk aan vandaag: waar word je blij van?'.",
      '',
      '1 error in 1 deck.',
    ],
  },
  'colon-in-translation': {
    // `{ en: Be honest: what …, nl: … }`: the colon, not "a list inside { }".
    code: 1,
    nl: [
      "✖ en.yaml:13:19  In deze tekst staat een dubbele punt met een spatie erna. Zet de hele tekst tussen aanhalingstekens: 'Be honest: what makes you happy?'.",
      '',
      '1 fout in 1 kaartenset.',
    ],
    en: [
      "✖ en.yaml:13:19  This text has a colon followed by a space. Put the whole text in quotes: 'Be honest: what makes you happy?'.",
      '',
      '1 error in 1 deck.',
    ],
  },
  'colon-in-hint': {
    // `- Let op: geef de speler de tijd.` is valid YAML (a group of one field): still the colon.
    code: 1,
    nl: [
      "✖ deck.yaml:24:9  In deze tekst staat een dubbele punt met een spatie erna. Zet de hele tekst tussen aanhalingstekens: 'Let op: geef de speler de tijd.'.",
      '',
      '1 fout in 1 kaartenset.',
    ],
    en: [
      "✖ deck.yaml:24:9  This text has a colon followed by a space. Put the whole text in quotes: 'Let op: geef de speler de tijd.'.",
      '',
      '1 error in 1 deck.',
    ],
  },
  'comment-in-text': {
    // `prompt: Wat is je #1 wens? Noem er een` reads as "Wat is je": a warning where it happens.
    code: 0,
    nl: [
      '⚠ deck.yaml:21:13  Na de # leest YAML de rest van de regel als opmerking. De tekst is nu alleen: "Wat is je". Hoort de # bij de tekst? Zet de hele tekst dan tussen aanhalingstekens: \'Wat is je #1 wens? Noem er een\'. Is het een opmerking? Zet die dan op een eigen regel.',
      '⚠ en.yaml:13:19  Kaart 1 (id "wish-myself-1"), vraag: de vertaling in het Engels is gemaakt van een oudere tekst. Kijk de vertaling na en zet de nieuwe tekst ernaast.',
      '',
      '2 waarschuwingen in 1 kaartenset.',
    ],
    en: [
      '⚠ deck.yaml:21:13  YAML reads the rest of the line after the # as a comment. The text is now only: "Wat is je". Is the # part of the text? Then put the whole text in quotes: \'Wat is je #1 wens? Noem er een\'. Is it a comment? Then put it on a line of its own.',
      '⚠ en.yaml:13:19  Card 1 (id "wish-myself-1"), question: the translation in English was made from an older text. Check the translation and put the new text next to it.',
      '',
      '2 warnings in 1 deck.',
    ],
  },
  'missing-colon': {
    // `theme myself`: placed on that line, not on the next one as an indentation problem.
    code: 1,
    nl: [
      '✖ deck.yaml:19:10  De dubbele punt ontbreekt na "theme". Schrijf een veld als naam: waarde. Hier dus: theme: myself',
      '',
      '1 fout in 1 kaartenset.',
    ],
    en: [
      '✖ deck.yaml:19:10  The colon is missing after "theme". Write a field as name: value. Here: theme: myself',
      '',
      '1 error in 1 deck.',
    ],
  },
  'tab-indent': {
    // One error per line with a tab, and none of the indentation errors that follow from it.
    code: 1,
    nl: [
      '✖ deck.yaml:19:1  Hier springt de regel in met een tab. YAML wil spaties: vervang de tab door spaties.',
      '✖ deck.yaml:20:1  Hier springt de regel in met een tab. YAML wil spaties: vervang de tab door spaties.',
      '',
      '2 fouten in 1 kaartenset.',
    ],
    en: [
      '✖ deck.yaml:19:1  This line is indented with a tab. YAML needs spaces: replace the tab with spaces.',
      '✖ deck.yaml:20:1  This line is indented with a tab. YAML needs spaces: replace the tab with spaces.',
      '',
      '2 errors in 1 deck.',
    ],
  },
  'hints-not-a-list': {
    code: 0,
    nl: [
      '⚠ en.yaml:12:3  Kaart 1 (id "wish-myself-1") heeft nog geen Engelse tekst bij tip 1 voor de spelleider. Het spel laat dan de Nederlandse tekst zien.',
      '⚠ en.yaml:14:5  Kaart 1 (id "wish-myself-1"): "hints" moet een lijst zijn: elke tekst op een eigen regel die begint met een -, zoals in het voorbeeld in FORMAT.md. Het wordt niet gebruikt.',
      '',
      '2 waarschuwingen in 1 kaartenset.',
    ],
    en: [
      '⚠ en.yaml:12:3  Card 1 (id "wish-myself-1") has no English text for leader hint 1 yet. The game shows the Dutch text instead.',
      '⚠ en.yaml:14:5  Card 1 (id "wish-myself-1"): "hints" must be a list: each text on a line of its own that starts with a -, as in the example in FORMAT.md. It is not used.',
      '',
      '2 warnings in 1 deck.',
    ],
  },
  'yml-extension': {
    // en.yml instead of en.yaml: say so, and one warning for the language instead of one per text.
    code: 0,
    nl: [
      '⚠ deck.yaml:7:17  Er is nog niets vertaald in het Engels: er is geen en.yaml. Het spel laat overal de tekst in het Nederlands zien. Maak een bestand om te vertalen met: ontdek-doe translations test-fixtures/broken/yml-extension --new en',
      '⚠ en.yml  Het bestand en.yml wordt niet gebruikt: alleen bestanden die eindigen op .yaml worden gelezen. Geef het de naam en.yaml.',
      '',
      '2 waarschuwingen in 1 kaartenset.',
    ],
    en: [
      '⚠ deck.yaml:7:17  Nothing is translated in English yet: there is no en.yaml. The game shows the text in Dutch everywhere. Make a file to translate with: ontdek-doe translations test-fixtures/broken/yml-extension --new en',
      '⚠ en.yml  The file en.yml is not used: only files that end in .yaml are read. Rename it to en.yaml.',
      '',
      '2 warnings in 1 deck.',
    ],
  },
  'deck-yml': {
    code: 2,
    nl: [
      '✖ deck.yml  In de map "test-fixtures/broken/deck-yml" staat deck.yml, maar geen deck.yaml. Geef het bestand de naam deck.yaml (met .yaml, niet .yml). Dan wordt het gebruikt.',
      '',
      '1 fout in 1 kaartenset.',
    ],
    en: [
      '✖ deck.yml  The folder "test-fixtures/broken/deck-yml" has deck.yml, but no deck.yaml. Rename the file to deck.yaml (.yaml, not .yml). Then it is used.',
      '',
      '1 error in 1 deck.',
    ],
  },
  'no-translation': {
    // No en.yaml at all: one warning, not one per text.
    code: 0,
    nl: [
      '⚠ deck.yaml:7:17  Er is nog niets vertaald in het Engels: er is geen en.yaml. Het spel laat overal de tekst in het Nederlands zien. Maak een bestand om te vertalen met: ontdek-doe translations test-fixtures/broken/no-translation --new en',
      '',
      '1 waarschuwing in 1 kaartenset.',
    ],
    en: [
      '⚠ deck.yaml:7:17  Nothing is translated in English yet: there is no en.yaml. The game shows the text in Dutch everywhere. Make a file to translate with: ontdek-doe translations test-fixtures/broken/no-translation --new en',
      '',
      '1 warning in 1 deck.',
    ],
  },
  'quoted-depth': {
    code: 1,
    nl: [
      '✖ deck.yaml:29:12  Kaart 2 (id "need-myself-2"): "depth" is "2", tussen aanhalingstekens. Dan is het tekst, geen getal. Haal de aanhalingstekens weg: depth: 2',
      '',
      '1 fout in 1 kaartenset.',
    ],
    en: [
      '✖ deck.yaml:29:12  Card 2 (id "need-myself-2"): "depth" is "2", in quotes. That makes it text, not a number. Remove the quotes: depth: 2',
      '',
      '1 error in 1 deck.',
    ],
  },
  'number-as-text': {
    // The loader refuses `prompt: 42` like the JSON Schema does, and says how to write it.
    code: 1,
    nl: [
      '✖ deck.yaml:21:13  Kaart 1 (id "wish-myself-1"): "prompt" moet tekst zijn, maar het is een getal. Is het toch tekst? Zet het dan tussen aanhalingstekens: prompt: \'42\'',
      '',
      '1 fout in 1 kaartenset.',
    ],
    en: [
      '✖ deck.yaml:21:13  Card 1 (id "wish-myself-1"): "prompt" must be text, but it is a number. Is it text after all? Then put it in quotes: prompt: \'42\'',
      '',
      '1 error in 1 deck.',
    ],
  },
  'unknown-sensitivity': {
    code: 0,
    nl: [
      '⚠ deck.yaml:23:19  Kaart 1 (id "wish-myself-1") heeft "los" bij "sensitivity". Dat is geen bekend onderwerp. Bedoel je "loss"? Bekend zijn: loss, money-worries, trauma, health, family, migration. Een eigen woord mag ook, maar kijk of het geen tikfout is.',
      '⚠ deck.yaml:23:32  Kaart 1 (id "wish-myself-1") heeft "money" bij "sensitivity". Dat is geen bekend onderwerp. Bekend zijn: loss, money-worries, trauma, health, family, migration. Een eigen woord mag ook, maar kijk of het geen tikfout is.',
      '',
      '2 waarschuwingen in 1 kaartenset.',
    ],
    en: [
      '⚠ deck.yaml:23:19  Card 1 (id "wish-myself-1") has "los" under "sensitivity". That is not a known topic. Did you mean "loss"? The known topics are: loss, money-worries, trauma, health, family, migration. A word of your own is allowed, but check that it is not a typo.',
      '⚠ deck.yaml:23:32  Card 1 (id "wish-myself-1") has "money" under "sensitivity". That is not a known topic. The known topics are: loss, money-worries, trauma, health, family, migration. A word of your own is allowed, but check that it is not a typo.',
      '',
      '2 warnings in 1 deck.',
    ],
  },
  'too-many-options': {
    code: 0,
    nl: [
      '⚠ deck.yaml:34:7  Kaart 2 (id "need-myself-2") heeft 9 keuzes: te veel keuzes voor één kaart. Op een geprinte kaart en op een telefoon passen er hoogstens 8. Gebruik minder keuzes, of verdeel ze over twee kaarten.',
      '',
      '1 waarschuwing in 1 kaartenset.',
    ],
    en: [
      '⚠ deck.yaml:34:7  Card 2 (id "need-myself-2") has 9 options: too many options for one card. At most 8 fit on a printed card and on a phone. Use fewer, or spread them over two cards.',
      '',
      '1 warning in 1 deck.',
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
      if (expected.en) {
        const english = await runCli(['validate', folder, '--lang', 'en']);
        expect(english.stdout).toBe(lines(folder, ...expected.en));
        expect(english.code).toBe(expected.code);
      }
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

  it('takes the path of a deck.yaml as its folder', async () => {
    const run = await runCli(['validate', 'test-fixtures/valid/voorbeeld/deck.yaml']);
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
        // The card is missing because its id is mistyped in en.yaml: said next to it, once.
        '      Note: en.yaml:16:3 has the card "need-myslef-2". Is that a typo for "need-myself-2"?',
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

  it('a language with nothing translated yet: one line and how to start, not every text', async () => {
    const folder = 'test-fixtures/broken/no-translation';
    const run = await runCli(['translations', folder]);
    expect(run.stdout).toBe(
      lines(
        folder,
        'Engels (geen bestand): 0 van 8 teksten vertaald, 8 ontbreken, 0 verouderd.',
        `Maak een bestand om te vertalen met: ontdek-doe translations ${folder} --new en`,
        '',
      ),
    );
    expect(run.code).toBe(1);
    expect((await runCli(['translations', folder, '--lang', 'en'])).stdout).toBe(
      lines(
        folder,
        'English (no file): 0 of 8 texts translated, 8 missing, 0 outdated.',
        `Make a file to translate with: ontdek-doe translations ${folder} --new en`,
        '',
      ),
    );
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

describe('translations --new', () => {
  /** A copy of the valid deck in a temporary folder, with `languages` as given. */
  function copy(name: string, languages = '[nl, en]'): string {
    const folder = join(temp, name, 'voorbeeld');
    cpSync(join(packageRoot(), 'test-fixtures/valid/voorbeeld'), folder, { recursive: true });
    const deckFile = join(folder, 'deck.yaml');
    writeFileSync(
      deckFile,
      readFileSync(deckFile, 'utf8').replace('languages: [nl, en]', `languages: ${languages}`),
    );
    return folder;
  }

  it('writes <lang>.yaml with every text as a pair to fill in, which the deck then reads', async () => {
    const folder = copy('nieuwe-taal', '[nl, en, de]');
    const run = await runCli(['translations', folder, '--new', 'de']);
    expect(run.stdout).toBe(
      lines(
        `${join(folder, 'de.yaml')} gemaakt, met 8 teksten om te vertalen naar het Duits. Geef het bestand aan de vertaler: de vertaling komt bij elke tekst achter "de:", tussen de aanhalingstekens.`,
      ),
    );
    expect(run.code).toBe(0);
    const text = readFileSync(join(folder, 'de.yaml'), 'utf8');
    expect(text.split('\n').slice(1, 14)).toEqual([
      '# Teksten om te vertalen naar het Duits (de), voor de kaartenset "voorbeeld".',
      '# Zet bij elke tekst de vertaling tussen de aanhalingstekens achter "de:".',
      '# Laat de tekst achter "nl:" staan: zo is later te zien of die tekst is veranderd.',
      'language: de',
      'deck:',
      "  title: { de: '', nl: 'Voorbeeld' }",
      "  description: { de: '', nl: 'Een kleine kaartenset om het gereedschap te testen.' }",
      'themes:',
      '  myself:',
      "    title: { de: '', nl: 'Ikzelf' }",
      'cards:',
      '  wish-myself-1:',
      "    prompt: { de: '', nl: 'Waar word je blij van?' }",
    ]);
    // Not filled in yet: one warning for the language, nothing per text.
    const checked = await runCli(['validate', folder]);
    expect(checked.stdout).toBe(
      lines(
        folder,
        '⚠ de.yaml:5:11  Er is nog niets vertaald in het Duits: de.yaml heeft nog geen vertalingen. Het spel laat overal de tekst in het Nederlands zien. Vul de vertalingen in de.yaml in.',
        '',
        '1 waarschuwing in 1 kaartenset.',
      ),
    );
    // A translator fills in one text: it is used, and the other 7 are listed as missing.
    writeFileSync(
      join(folder, 'de.yaml'),
      text.replace(
        "prompt: { de: '', nl: 'Waar word je blij van?' }",
        "prompt: { de: 'Was macht dich froh?', nl: 'Waar word je blij van?' }",
      ),
    );
    const status = await runCli(['translations', folder, '--json']);
    const report = JSON.parse(status.stdout) as {
      decks: { languages: { language: string; translated: number; missing: unknown[] }[] }[];
    };
    expect(report.decks[0]!.languages.find((l) => l.language === 'de')).toMatchObject({ translated: 1 });
  });

  it('never overwrites a file, and says when the language is not in "languages" yet', async () => {
    const folder = copy('niet-in-de-lijst');
    const first = await runCli(['translations', folder, '--new', 'fr', '--lang', 'en']);
    expect(first.stdout).toBe(
      lines(
        `${join(folder, 'fr.yaml')} written, with 8 texts to translate into French. Hand the file to the translator: each translation goes after "fr:", between the quotes.`,
        'Also add "fr" to "languages" in deck.yaml, or the file is not used.',
      ),
    );
    writeFileSync(join(folder, 'fr.yaml'), '# my work\n');
    const again = await runCli(['translations', folder, '--new', 'fr']);
    expect(again.stderr).toBe(
      lines(
        `${join(folder, 'fr.yaml')} bestaat al. Een bestaande vertaling wordt nooit overschreven; haal het bestand eerst weg als je opnieuw wilt beginnen.`,
      ),
    );
    expect(again.code).toBe(2);
    expect(readFileSync(join(folder, 'fr.yaml'), 'utf8')).toBe('# my work\n');
    expect(existsSync(join(folder, 'en.yaml'))).toBe(true);
    expect((await runCli(['translations', folder, '--new', 'en'])).stderr).toBe(
      lines(
        `${join(folder, 'en.yaml')} bestaat al. Een bestaande vertaling wordt nooit overschreven; haal het bestand eerst weg als je opnieuw wilt beginnen.`,
      ),
    );
  });

  it('refuses the default language and a code that is not a language', async () => {
    const folder = copy('verkeerde-code');
    expect(await runCli(['translations', folder, '--new', 'nl'])).toEqual({
      code: 2,
      stdout: '',
      stderr: lines('Nederlands is de standaardtaal van deze kaartenset: die teksten staan al in deck.yaml.'),
    });
    expect(await runCli(['translations', folder, '--new', 'Duits', '--lang', 'en'])).toEqual({
      code: 2,
      stdout: '',
      stderr: lines(
        '"Duits" is not a language code. Use a code such as de, fr, ar or pt-BR (small letters first).',
      ),
    });
    expect(readdirSync(folder).sort()).toEqual(['deck.yaml', 'en.yaml']);
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

  it('writes its notes for the trainer in Dutch', async () => {
    const folder = join(temp, 'nederlands', 'mijn-set');
    expect((await runCli(['new', folder])).code).toBe(0);
    const comments = (file: string) =>
      readFileSync(join(folder, file), 'utf8')
        .split('\n')
        .filter((line) => line.trimStart().startsWith('#') && !line.includes('yaml-language-server'));
    expect(comments('deck.yaml')).toEqual([
      "# Een nieuwe kaartenset. Pas de teksten aan, voeg thema's en kaarten toe,",
      '# en controleer de kaartenset met: ontdek-doe validate <deze map>',
      '# Hoe alles werkt, staat in packages/content/FORMAT.md.',
      '# Een opmerking zet je op een eigen regel, met een # ervoor.',
      "# De thema's: de levensgebieden van de kaartenset. Een kaart noemt zijn thema bij de id.",
      '# De kaarten. Elke kaart heeft een eigen id. Gebruik een id nooit opnieuw voor een andere vraag.',
    ]);
    expect(comments('en.yaml')).toEqual([
      '# De Engelse teksten van de kaartenset "mijn-set". Elke vertaling staat naast de Nederlandse tekst',
      '# waar hij van gemaakt is (nl). Verandert de Nederlandse tekst, pas dan ook de vertaling aan.',
    ]);
  });

  it('refuses an empty name and a name longer than an id may be, before it makes anything', async () => {
    const parent = join(temp, 'namen');
    mkdirSync(parent);
    const before = readdirSync(packageRoot()).sort();
    expect(await runCli(['new', ''])).toEqual({
      code: 2,
      stdout: '',
      stderr: lines(
        'Geef de nieuwe kaartenset een naam: de naam van de map wordt de id. Bijvoorbeeld: ontdek-doe new packages/content/decks/mijn-set',
      ),
    });
    expect((await runCli(['new', '/', '--lang', 'en'])).stderr).toBe(
      lines(
        "Give the new deck a name: the folder's name becomes the id. For example: ontdek-doe new packages/content/decks/my-deck",
      ),
    );
    expect(readdirSync(packageRoot()).sort()).toEqual(before);
    const long = 'a'.repeat(101);
    expect(await runCli(['new', join(parent, 'sub', long)])).toEqual({
      code: 2,
      stdout: '',
      stderr: lines(
        'De naam "aaaaaaaaaaaaaaaaaaaa…" is te lang voor een id: hij heeft 101 tekens. Een id heeft hoogstens 100 tekens. Kies een kortere naam.',
      ),
    });
    expect((await runCli(['new', join(parent, long), '--lang', 'en'])).stderr).toBe(
      lines(
        'The name "aaaaaaaaaaaaaaaaaaaa…" is too long for an id: it has 101 characters. An id has at most 100 characters. Choose a shorter name.',
      ),
    );
    expect(readdirSync(parent)).toEqual([]);
    // 100 characters is still an id.
    expect((await runCli(['new', join(parent, 'a'.repeat(100))])).code).toBe(0);
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
        'Onbekende opdracht "valideer". Bedoel je "validate"? Kies uit: validate, translations, stats, readability, print, new, build.',
        'Meer uitleg: ontdek-doe --help',
      ),
    });
    expect((await runCli(['tranlsations', '--lang', 'en'])).stderr).toBe(
      lines(
        'Unknown command "tranlsations". Did you mean "translations"? Choose from: validate, translations, stats, readability, print, new, build.',
        'More help: ontdek-doe --help',
      ),
    );
    expect((await runCli(['frobnicate'])).stderr).toBe(
      lines(
        'Onbekende opdracht "frobnicate". Kies uit: validate, translations, stats, readability, print, new, build.',
        'Meer uitleg: ontdek-doe --help',
      ),
    );
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
