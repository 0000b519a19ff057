/**
 * The words of the command-line tool, in Dutch (the default) and English. Problem messages come
 * from the core and from `contentMessages.ts`; these are the headings, counts and usage texts.
 */
import { languageName } from '@ontdek-doe/core/schema';
import type { ToolLanguage } from '../types.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A sentence per language, from the same values. */
type Words<P extends unknown[]> = Record<ToolLanguage, (...params: P) => string>;

function words<P extends unknown[]>(nl: (...p: P) => string, en: (...p: P) => string): Words<P> {
  return { nl, en };
}

export const HELP: Record<ToolLanguage, string> = {
  nl: `ontdek-doe: gereedschap voor de kaartensets van Ontdek & Doe

Gebruik: ontdek-doe <opdracht> [map van een kaartenset …] [opties]

Opdrachten:
  validate       controleer kaartensets: elk probleem met bestand, regel en kolom
  translations   laat per taal zien welke vertalingen ontbreken of verouderd zijn
  stats          tellingen per thema, soort en diepte, met wat er nog mist
  readability    controleer of de Nederlandse teksten makkelijk te lezen zijn (B1)
  print          maak kaarten om te printen (HTML, of PDF met --out kaarten.pdf)
  new            maak een nieuwe kaartenset die meteen klopt
  build          controleer alle kaartensets en maak de JSON voor het spel

Zonder map gebruiken validate, translations, stats en readability alle kaartensets in
packages/content/decks.

Opties:
  --lang nl|en       taal van de meldingen (standaard nl)
  --json             uitvoer als JSON, voor scripts
  --strict           validate: waarschuwingen tellen ook als fout
  --language <code>  print: de taal van de kaarten (standaard de eerste taal van de set)
  --out <bestand>    print: waar het bestand komt (.html of .pdf); build: de map voor de uitvoer
  --help             deze uitleg
  --version          de versie van dit gereedschap

Uitkomst (exit code): 0 in orde, 1 problemen gevonden, 2 verkeerd gebruik of onleesbare invoer.

Voorbeeld: ontdek-doe validate packages/content/decks/basis
`,
  en: `ontdek-doe: tools for the Ontdek & Doe question decks

Usage: ontdek-doe <command> [deck folder …] [options]

Commands:
  validate       check decks: every problem with file, line and column
  translations   show, per language, which translations are missing or outdated
  stats          counts per theme, family and depth, with what is still missing
  readability    check that the Dutch texts are easy to read (B1)
  print          make cards to print (HTML, or PDF with --out cards.pdf)
  new            make a new deck that is valid from the start
  build          check all decks and make the JSON for the game

Without a folder, validate, translations, stats and readability use every deck in
packages/content/decks.

Options:
  --lang nl|en       language of the messages (default nl)
  --json             output as JSON, for scripts
  --strict           validate: warnings count as errors too
  --language <code>  print: the language of the cards (default: the deck's first language)
  --out <file>       print: where the file goes (.html or .pdf); build: the output folder
  --help             this help
  --version          the version of this tool

Exit code: 0 fine, 1 problems found, 2 wrong usage or unreadable input.

Example: ontdek-doe validate packages/content/decks/basis
`,
};

export const TEXT = {
  unknownCommand: words(
    (command: string) =>
      `Onbekende opdracht "${command}". Kies uit: validate, translations, stats, readability, print, new, build.`,
    (command: string) =>
      `Unknown command "${command}". Choose from: validate, translations, stats, readability, print, new, build.`,
  ),
  noCommand: words(
    () => 'Geef een opdracht, bijvoorbeeld: ontdek-doe validate packages/content/decks/basis',
    () => 'Give a command, for example: ontdek-doe validate packages/content/decks/basis',
  ),
  unknownOption: words(
    (option: string) => `Onbekende optie "${option}".`,
    (option: string) => `Unknown option "${option}".`,
  ),
  missingValue: words(
    (option: string) => `Na ${option} hoort een waarde.`,
    (option: string) => `${option} needs a value.`,
  ),
  badLang: words(
    (value: string) => `--lang kan nl of en zijn, niet "${value}".`,
    (value: string) => `--lang can be nl or en, not "${value}".`,
  ),
  seeHelp: words(
    () => 'Meer uitleg: ontdek-doe --help',
    () => 'More help: ontdek-doe --help',
  ),
  oneFolder: words(
    (command: string) =>
      `${command} werkt met één map. Bijvoorbeeld: ontdek-doe ${command} packages/content/decks/basis`,
    (command: string) =>
      `${command} works with one folder. For example: ontdek-doe ${command} packages/content/decks/basis`,
  ),
  noDecks: words(
    (folder: string) => `In "${folder}" staan geen kaartensets.`,
    (folder: string) => `There are no decks in "${folder}".`,
  ),
  summary: words(
    (errors: number, warnings: number, decks: number) => {
      const parts = [
        errors > 0 ? plural(errors, 'fout', 'fouten') : '',
        warnings > 0 ? plural(warnings, 'waarschuwing', 'waarschuwingen') : '',
      ].filter(Boolean);
      const where = plural(decks, 'kaartenset', 'kaartensets');
      return parts.length === 0 ? `Geen problemen in ${where}.` : `${parts.join(' en ')} in ${where}.`;
    },
    (errors: number, warnings: number, decks: number) => {
      const parts = [
        errors > 0 ? plural(errors, 'error', 'errors') : '',
        warnings > 0 ? plural(warnings, 'warning', 'warnings') : '',
      ].filter(Boolean);
      const where = plural(decks, 'deck', 'decks');
      return parts.length === 0 ? `No problems in ${where}.` : `${parts.join(' and ')} in ${where}.`;
    },
  ),
  fixErrorsFirst: words(
    () => 'Los eerst de fouten op. Controleer met: ontdek-doe validate',
    () => 'Fix the errors first. Check with: ontdek-doe validate',
  ),
  languageLine: words(
    (
      language: string,
      file: string | undefined,
      translated: number,
      total: number,
      missing: number,
      outdated: number,
    ) =>
      `${languageName(language, 'nl')} (${file ?? 'geen bestand'}): ${translated} van ${total} teksten vertaald, ${missing} ${missing === 1 ? 'ontbreekt' : 'ontbreken'}, ${outdated} verouderd.`,
    (
      language: string,
      file: string | undefined,
      translated: number,
      total: number,
      missing: number,
      outdated: number,
    ) =>
      `${languageName(language, 'en')} (${file ?? 'no file'}): ${translated} of ${total} texts translated, ${missing} missing, ${outdated} outdated.`,
  ),
  languageComplete: words(
    (language: string, file: string | undefined, total: number) =>
      `${languageName(language, 'nl')} (${file ?? 'geen bestand'}): alle ${total} teksten vertaald en bijgewerkt.`,
    (language: string, file: string | undefined, total: number) =>
      `${languageName(language, 'en')} (${file ?? 'no file'}): all ${total} texts translated and up to date.`,
  ),
  onlyDefault: words(
    () => 'Deze kaartenset heeft maar één taal; er is niets te vertalen.',
    () => 'This deck has only one language; there is nothing to translate.',
  ),
  missingHeading: words(
    () => 'Ontbreekt:',
    () => 'Missing:',
  ),
  outdatedHeading: words(
    () => 'Verouderd:',
    () => 'Outdated:',
  ),
  now: words(
    () => 'nu:',
    () => 'now:',
  ),
  was: words(
    () => 'vertaald van:',
    () => 'translated from:',
  ),
  noSource: words(
    () => '(geen tekst ernaast)',
    () => '(no text next to it)',
  ),
  notALanguage: words(
    (language: string, languages: string) =>
      `De kaartenset heeft geen taal "${language}". De talen zijn: ${languages}.`,
    (language: string, languages: string) =>
      `The deck has no language "${language}". Its languages are: ${languages}.`,
  ),
  printed: words(
    (file: string) =>
      `Kaarten geschreven naar ${file}. Open het bestand in een browser en kies Afdrukken (A4, zonder marges).`,
    (file: string) =>
      `Cards written to ${file}. Open the file in a browser and choose Print (A4, no margins).`,
  ),
  printedPdf: words(
    (file: string) => `PDF geschreven naar ${file}.`,
    (file: string) => `PDF written to ${file}.`,
  ),
  htmlKept: words(
    (file: string) => `De kaarten als HTML staan in ${file}.`,
    (file: string) => `The cards as HTML are in ${file}.`,
  ),
  cannotWrite: words(
    (file: string, reason: string) => `${file} kan niet geschreven worden (${reason}).`,
    (file: string, reason: string) => `${file} cannot be written (${reason}).`,
  ),
  created: words(
    (id: string, folder: string) =>
      `Nieuwe kaartenset "${id}" gemaakt in ${folder}: deck.yaml en en.yaml.\nPas de teksten aan en controleer ze met: ontdek-doe validate ${folder}`,
    (id: string, folder: string) =>
      `New deck "${id}" made in ${folder}: deck.yaml and en.yaml.\nChange the texts and check them with: ontdek-doe validate ${folder}`,
  ),
  newNeedsFolder: words(
    () =>
      'Geef de map voor de nieuwe kaartenset, bijvoorbeeld: ontdek-doe new packages/content/decks/mijn-set',
    () => 'Give the folder for the new deck, for example: ontdek-doe new packages/content/decks/my-deck',
  ),
  built: words(
    (ids: string[], folder: string) =>
      `${plural(ids.length, 'kaartenset', 'kaartensets')} gebouwd in ${folder}: ${ids.join(', ')}.`,
    (ids: string[], folder: string) =>
      `${plural(ids.length, 'deck', 'decks')} built in ${folder}: ${ids.join(', ')}.`,
  ),
  buildFailed: words(
    () => 'Er is niets gebouwd: los eerst de fouten op.',
    () => 'Nothing was built: fix the errors first.',
  ),
  crashed: words(
    () =>
      'Er ging iets mis in het gereedschap zelf. Dat is een fout in ontdek-doe, niet in je kaartenset: meld het alstublieft.',
    () =>
      'Something went wrong in the tool itself. This is a fault in ontdek-doe, not in your deck: please report it.',
  ),
} as const;
