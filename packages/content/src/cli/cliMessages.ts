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
packages/content/decks. Een map met een deck.yaml is één kaartenset; een map met mappen van
kaartensets is elke kaartenset daarin. build zonder --out bouwt alleen packages/content/decks,
in packages/content/dist.

Opties:
  --lang nl|en       taal van de meldingen (standaard nl); bij print ook de taal van de kaarten,
                     als de set die taal heeft en --language er niet bij staat
  --json             uitvoer als JSON, voor scripts
  --strict           validate: waarschuwingen tellen ook als fout;
                     print: een kaart waarop de tekst niet past, telt als fout
  --language <code>  print: de taal van de kaarten (standaard --lang, anders de eerste taal van de set)
  --out <bestand>    print: waar het bestand komt (.html of .pdf); build: de map voor de uitvoer
  --new <code>       translations: maak <code>.yaml met alle teksten, om aan een vertaler te geven
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
packages/content/decks. A folder with a deck.yaml is one deck; a folder of deck folders means
every deck in it. build without --out only builds packages/content/decks, into
packages/content/dist.

Options:
  --lang nl|en       language of the messages (default nl); for print also the language of the
                     cards, when the deck has it and --language is not given
  --json             output as JSON, for scripts
  --strict           validate: warnings count as errors too;
                     print: a card whose text does not fit counts as an error
  --language <code>  print: the language of the cards (default: --lang, else the deck's first language)
  --out <file>       print: where the file goes (.html or .pdf); build: the output folder
  --new <code>       translations: write <code>.yaml with every text, to hand to a translator
  --help             this help
  --version          the version of this tool

Exit code: 0 fine, 1 problems found, 2 wrong usage or unreadable input.

Example: ontdek-doe validate packages/content/decks/basis
`,
};

const WRITE_REASONS: Record<ToolLanguage, Record<string, string>> = {
  nl: {
    EACCES: 'je hebt geen toestemming om daar te schrijven',
    EPERM: 'je hebt geen toestemming om daar te schrijven',
    ENOTDIR: 'een deel van die plek is een bestand, geen map',
    EEXIST: 'er staat al een bestand met die naam',
    EISDIR: 'het is een map, geen bestand',
    EROFS: 'daar kan alleen gelezen worden, niet geschreven',
    ENOSPC: 'de schijf is vol',
  },
  en: {
    EACCES: 'you do not have permission to write there',
    EPERM: 'you do not have permission to write there',
    ENOTDIR: 'part of that place is a file, not a folder',
    EEXIST: 'there is a file with that name already',
    EISDIR: 'it is a folder, not a file',
    EROFS: 'that place can only be read, not written',
    ENOSPC: 'the disk is full',
  },
};

/** Why a file or folder cannot be written, in plain words, from the system's error code. */
export function writeReason(code: string, lang: ToolLanguage): string {
  return (
    WRITE_REASONS[lang][code] ?? (lang === 'nl' ? `het systeem meldt ${code}` : `the system reports ${code}`)
  );
}

export const TEXT = {
  unknownCommand: words(
    (command: string, suggestion?: string) =>
      `Onbekende opdracht "${command}".${suggestion ? ` Bedoel je "${suggestion}"?` : ''} Kies uit: validate, translations, stats, readability, print, new, build.`,
    (command: string, suggestion?: string) =>
      `Unknown command "${command}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Choose from: validate, translations, stats, readability, print, new, build.`,
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
    (file: string, code: string) => `${file} kan niet geschreven worden: ${writeReason(code, 'nl')}.`,
    (file: string, code: string) => `${file} cannot be written: ${writeReason(code, 'en')}.`,
  ),
  cannotWriteFolder: words(
    (folder: string, code: string) =>
      `In de map ${folder} kan niets geschreven worden: ${writeReason(code, 'nl')}. Kies met --out een andere plek.`,
    (folder: string, code: string) =>
      `Nothing can be written in the folder ${folder}: ${writeReason(code, 'en')}. Choose another place with --out.`,
  ),
  cardDoesNotFit: words(
    (card: number, id: string) =>
      `Kaart ${card} (id "${id}") past niet op een geprinte kaart, ook niet met de kleinste letters: de teksten lopen over elkaar. Maak de vraag of de keuzes korter, of gebruik minder keuzes.`,
    (card: number, id: string) =>
      `Card ${card} (id "${id}") does not fit on a printed card, not even in the smallest type: the texts overlap. Make the question or the options shorter, or use fewer options.`,
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
  buildNeedsOut: words(
    (folder: string) =>
      `Zonder --out bouwt build alleen de kaartensets van dit pakket (packages/content/decks), in packages/content/dist. Geef voor "${folder}" een map voor de uitvoer, bijvoorbeeld: ontdek-doe build ${folder} --out uitvoer`,
    (folder: string) =>
      `Without --out, build only builds this package's own decks (packages/content/decks), into packages/content/dist. Give an output folder for "${folder}", for example: ontdek-doe build ${folder} --out out`,
  ),
  buildNothing: words(
    (folder: string) => `In "${folder}" staan geen kaartensets. Er is niets gebouwd.`,
    (folder: string) => `There are no decks in "${folder}". Nothing was built.`,
  ),
  buildFailed: words(
    () => 'Er is niets gebouwd: los eerst de fouten op.',
    () => 'Nothing was built: fix the errors first.',
  ),
  typoForCard: words(
    (where: string, id: string, cardId: string) =>
      `      Let op: in ${where} staat de kaart "${id}". Is dat een tikfout voor "${cardId}"?`,
    (where: string, id: string, cardId: string) =>
      `      Note: ${where} has the card "${id}". Is that a typo for "${cardId}"?`,
  ),
  startTranslating: words(
    (folder: string, language: string, file: string | undefined) =>
      file === undefined
        ? `Maak een bestand om te vertalen met: ontdek-doe translations ${folder} --new ${language}`
        : `Vul de vertalingen in ${file} in.`,
    (folder: string, language: string, file: string | undefined) =>
      file === undefined
        ? `Make a file to translate with: ontdek-doe translations ${folder} --new ${language}`
        : `Fill in the translations in ${file}.`,
  ),
  newTranslationOneFolder: words(
    () =>
      'translations --new werkt met één kaartenset. Bijvoorbeeld: ontdek-doe translations packages/content/decks/basis --new de',
    () =>
      'translations --new works with one deck. For example: ontdek-doe translations packages/content/decks/basis --new de',
  ),
  newTranslationBadCode: words(
    (language: string) =>
      `"${language}" is geen taalcode. Gebruik een code zoals de, fr, ar of pt-BR (eerst kleine letters).`,
    (language: string) =>
      `"${language}" is not a language code. Use a code such as de, fr, ar or pt-BR (small letters first).`,
  ),
  newTranslationDefault: words(
    (language: string) =>
      `${languageName(language, 'nl')} is de standaardtaal van deze kaartenset: die teksten staan al in deck.yaml.`,
    (language: string) =>
      `${languageName(language, 'en')} is the default language of this deck: those texts are in deck.yaml already.`,
  ),
  newTranslationExists: words(
    (file: string) =>
      `${file} bestaat al. Een bestaande vertaling wordt nooit overschreven; haal het bestand eerst weg als je opnieuw wilt beginnen.`,
    (file: string) =>
      `${file} already exists. An existing translation is never overwritten; remove the file first if you want to start again.`,
  ),
  newTranslationWritten: words(
    (file: string, count: number, language: string) =>
      `${file} gemaakt, met ${plural(count, 'tekst', 'teksten')} om te vertalen naar het ${languageName(language, 'nl')}. Geef het bestand aan de vertaler: de vertaling komt bij elke tekst achter "${language}:", tussen de aanhalingstekens.`,
    (file: string, count: number, language: string) =>
      `${file} written, with ${plural(count, 'text', 'texts')} to translate into ${languageName(language, 'en')}. Hand the file to the translator: each translation goes after "${language}:", between the quotes.`,
  ),
  newTranslationNotListed: words(
    (language: string) =>
      `Zet "${language}" ook in "languages" in deck.yaml, anders wordt het bestand niet gebruikt.`,
    (language: string) => `Also add "${language}" to "languages" in deck.yaml, or the file is not used.`,
  ),
  crashed: words(
    () =>
      'Er ging iets mis in het gereedschap zelf. Dat is een fout in ontdek-doe, niet in je kaartenset: meld het alstublieft.',
    () =>
      'Something went wrong in the tool itself. This is a fault in ontdek-doe, not in your deck: please report it.',
  ),
} as const;
