/**
 * The plain-language messages for problems only source files can have: a file that cannot be read,
 * invalid YAML, a translation for a card that does not exist, an unknown icon. One table per
 * language, keyed by code, like the core's deck messages (the core's own problems keep the core's
 * messages). Written for a trainer, not a programmer; the Dutch is kept at B1 level.
 */
import { languageName } from '@ontdek-doe/core/schema';
import type { Message, MessageParams, ToolLanguage } from '../types.ts';

/** Every code a problem from the source files can have. Codes are stable: scripts may match on them. */
export const CONTENT_ISSUE_CODES = [
  // The folder and its files
  'folder-not-found',
  'no-deck-file',
  'file-unreadable',
  'file-too-large',
  'file-binary',
  'file-not-utf8',
  'file-empty',
  'unknown-file',
  'deck-file-extension',
  'translation-file-extension',
  // YAML
  'yaml-syntax',
  'yaml-indentation',
  'yaml-colon-in-text',
  'yaml-missing-colon',
  'yaml-comment-in-text',
  'yaml-duplicate-key',
  'yaml-not-mapping',
  'yaml-unreadable-value',
  // deck.yaml
  'unquoted-colour',
  'invalid-deck-id',
  'folder-name-mismatch',
  'default-language-field',
  'unknown-icon',
  'unknown-sensitivity',
  'too-many-options',
  // Translation files
  'translation-language-mismatch',
  'translation-language-unlisted',
  'translation-default-language',
  'translation-unknown-card',
  'translation-unknown-theme',
  'translation-unknown-option',
  'translation-unknown-field',
  'translation-extra-text',
  'translation-wrong-shape',
  'translation-comma-in-text',
  'translation-not-a-group',
  'translation-not-a-list',
  'translation-without-source',
  'outdated-translation',
  'language-not-translated',
  // The deck editor
  'draft-unreadable',
  'translation-file-not-opened',
] as const;

/** The code of a problem only source files can have, e.g. `yaml-syntax`. */
export type ContentIssueCode = (typeof CONTENT_ISSUE_CODES)[number];

/** The codes that mean "this input cannot be read at all": the CLI exits with 2 for them, not 1. */
export const UNREADABLE_CODES: ReadonlySet<string> = new Set<ContentIssueCode>([
  'folder-not-found',
  'no-deck-file',
  'file-unreadable',
  'file-too-large',
  'file-binary',
  'file-not-utf8',
  'deck-file-extension',
]);

type Table = Record<ContentIssueCode, (p: MessageParams) => string>;

const s = (value: string | number | undefined): string => (value === undefined ? '' : String(value));

/** "Kaart 3 (id "x")", "Thema 2 (id "y")" or "De kaartenset", like the core's messages. */
function placeNl(p: MessageParams): string {
  if (p.card !== undefined)
    return `Kaart ${s(p.card)}${p.cardId !== undefined ? ` (id "${s(p.cardId)}")` : ''}`;
  if (p.theme !== undefined)
    return `Thema ${s(p.theme)}${p.themeId !== undefined ? ` (id "${s(p.themeId)}")` : ''}`;
  return 'De kaartenset';
}

function placeEn(p: MessageParams): string {
  if (p.card !== undefined)
    return `Card ${s(p.card)}${p.cardId !== undefined ? ` (id "${s(p.cardId)}")` : ''}`;
  if (p.theme !== undefined)
    return `Theme ${s(p.theme)}${p.themeId !== undefined ? ` (id "${s(p.themeId)}")` : ''}`;
  return 'The deck';
}

/** Which text of a card, theme or deck, in words. */
export function textNameNl(p: MessageParams): string {
  switch (p.text) {
    case 'title':
      return p.theme !== undefined ? 'naam' : 'titel';
    case 'description':
      return 'beschrijving';
    case 'prompt':
      return 'vraag';
    case 'easy':
      return 'vraag in makkelijke taal';
    case 'hints':
      return `tip ${s(p.item)} voor de spelleider`;
    case 'followUps':
      return `doorvraag ${s(p.item)}`;
    case 'alt':
      return 'beschrijving van de afbeelding';
    case 'options':
      return `tekst bij keuze "${s(p.optionId)}"`;
    default:
      return `tekst "${s(p.text)}"`;
  }
}

export function textNameEn(p: MessageParams): string {
  switch (p.text) {
    case 'title':
      return p.theme !== undefined ? 'name' : 'title';
    case 'description':
      return 'description';
    case 'prompt':
      return 'question';
    case 'easy':
      return 'easy-language question';
    case 'hints':
      return `leader hint ${s(p.item)}`;
    case 'followUps':
      return `follow-up question ${s(p.item)}`;
    case 'alt':
      return 'picture description';
    case 'options':
      return `label of option "${s(p.optionId)}"`;
    default:
      return `text "${s(p.text)}"`;
  }
}

/** "Kaart 3 (id "x"), vraag" / "Card 3 (id "x"), question": which text a translation problem is about. */
export function textPlace(p: MessageParams): Message {
  const nl = placeNl(p);
  const en = placeEn(p);
  return {
    nl: `${nl === 'De kaartenset' ? 'Kaartenset' : nl}, ${textNameNl(p)}`,
    en: `${en === 'The deck' ? 'Deck' : en}, ${textNameEn(p)}`,
  };
}

const inNl = (code: string | number | undefined) => {
  const name = languageName(s(code), 'nl');
  return name === s(code) ? `in taal "${s(code)}"` : `in het ${name}`;
};
const inEn = (code: string | number | undefined) => {
  const name = languageName(s(code), 'en');
  return name === s(code) ? `in language "${s(code)}"` : `in ${name}`;
};
const nameNl = (code: string | number | undefined) => languageName(s(code), 'nl');
const nameEn = (code: string | number | undefined) => languageName(s(code), 'en');
const didYouMeanNl = (p: MessageParams) =>
  p.suggestion !== undefined ? ` Bedoel je "${s(p.suggestion)}"?` : '';
const didYouMeanEn = (p: MessageParams) =>
  p.suggestion !== undefined ? ` Did you mean "${s(p.suggestion)}"?` : '';

/**
 * A trainer's own text as YAML in quotes, to copy: `'…'`, or `"…"` when the text has a `'` in it
 * (and no `"`), so the advice reads naturally.
 */
export function quoteYaml(text: string): string {
  if (!text.includes("'")) return `'${text}'`;
  if (!text.includes('"') && !text.includes('\\')) return `"${text}"`;
  return `'${text.replace(/'/g, "''")}'`;
}

/** The example in the colon message: the trainer's own text when it is known. */
const colonExample = (p: MessageParams, fallback: string) =>
  p.text !== undefined && s(p.text) !== '' ? quoteYaml(s(p.text)) : fallback;

/** "Kaart 3 (id "x"): "picture"", or just ""themes"" for a section of the file. */
function subjectNl(p: MessageParams): string {
  const place = p.card !== undefined || p.theme !== undefined ? placeNl(p) : '';
  if (p.field === undefined) return place;
  return place === '' ? `"${s(p.field)}"` : `${place}: "${s(p.field)}"`;
}

function subjectEn(p: MessageParams): string {
  const place = p.card !== undefined || p.theme !== undefined ? placeEn(p) : '';
  if (p.field === undefined) return place;
  return place === '' ? `"${s(p.field)}"` : `${place}: "${s(p.field)}"`;
}

const UNREADABLE_NL: Record<string, string> = {
  EACCES: 'je hebt geen toestemming om het te lezen',
  EPERM: 'je hebt geen toestemming om het te lezen',
  EISDIR: 'het is een map, geen bestand',
  ENOENT: 'het bestaat niet',
  ELOOP: 'het verwijst naar zichzelf',
};
const UNREADABLE_EN: Record<string, string> = {
  EACCES: 'you do not have permission to read it',
  EPERM: 'you do not have permission to read it',
  EISDIR: 'it is a folder, not a file',
  ENOENT: 'it does not exist',
  ELOOP: 'it refers to itself',
};

/** YAML problems in words, by the `yaml` package's error code. */
const YAML_NL: Record<string, string> = {
  TAB_AS_INDENT: 'Hier springt de regel in met een tab. YAML wil spaties: vervang de tab door spaties.',
  BAD_INDENT:
    'Deze regel springt niet even ver in als de regels die erbij horen. Zet de velden van één kaart of thema precies onder elkaar.',
  MISSING_CHAR:
    'Hier mist een teken: een aanhalingsteken aan het eind van een tekst, een ] of }, of een - voor een nieuw item in een lijst.',
  UNEXPECTED_TOKEN:
    'Hier staat iets wat YAML niet verwacht. Staat er een aanhalingsteken midden in een tekst? Zet de hele tekst dan tussen dubbele aanhalingstekens: "…".',
  BAD_SCALAR_START: "Een tekst mag niet beginnen met @, ` of %. Zet de tekst tussen aanhalingstekens: '…'.",
  MULTIPLE_DOCS: 'Hier staat een regel met ---. Een bestand is één geheel: haal de --- weg.',
  BAD_ALIAS: "Hier staat een * die YAML leest als verwijzing. Zet de tekst tussen aanhalingstekens: '…'.",
  ALIAS_PROPS:
    "Hier staat een & of * die YAML leest als verwijzing. Zet de tekst tussen aanhalingstekens: '…'.",
  MULTIPLE_ANCHORS: "Hier staat twee keer een &. Zet de tekst tussen aanhalingstekens: '…'.",
  BAD_DQ_ESCAPE:
    "In deze tekst tussen dubbele aanhalingstekens staat een \\ die YAML niet kent. Gebruik enkele aanhalingstekens: '…'.",
  BLOCK_IN_FLOW:
    'Binnen { … } of [ … ] kan geen lijst met - of een veld op een nieuwe regel staan. Schrijf het op één regel, of zonder haakjes.',
  KEY_OVER_1024_CHARS: 'Deze veldnaam is te lang. Staat er een dubbele punt in een lange tekst?',
  NON_STRING_KEY: 'Een veldnaam moet een woord zijn, geen lijst of groep.',
  RESOURCE_EXHAUSTION:
    'Hier zitten veel te veel lagen in elkaar (lijsten in lijsten, of groepen in groepen). Een kaartenset heeft maar een paar lagen nodig.',
  MISSING_VALUE:
    'Op deze regel staat een woord zonder dubbele punt erachter. Schrijf een veld als naam: waarde, of kijk of de regel goed inspringt.',
};
const YAML_EN: Record<string, string> = {
  TAB_AS_INDENT: 'This line is indented with a tab. YAML needs spaces: replace the tab with spaces.',
  BAD_INDENT:
    'This line is not indented as far as the lines it belongs with. Put the fields of one card or theme exactly below each other.',
  MISSING_CHAR:
    'Something is missing here: a quote at the end of a text, a ] or }, or a - before a new item in a list.',
  UNEXPECTED_TOKEN:
    'YAML did not expect this here. Is there a quote in the middle of a text? Then put the whole text in double quotes: "…".',
  BAD_SCALAR_START: "A text cannot start with @, ` or %. Put the text in quotes: '…'.",
  MULTIPLE_DOCS: 'There is a line with --- here. A file is one whole: remove the ---.',
  BAD_ALIAS: "There is a * here that YAML reads as a reference. Put the text in quotes: '…'.",
  ALIAS_PROPS: "There is a & or * here that YAML reads as a reference. Put the text in quotes: '…'.",
  MULTIPLE_ANCHORS: "There are two & here. Put the text in quotes: '…'.",
  BAD_DQ_ESCAPE:
    "This text in double quotes has a \\ that YAML does not know. Use single quotes instead: '…'.",
  BLOCK_IN_FLOW:
    'Inside { … } or [ … ] there cannot be a list with - or a field on a new line. Write it on one line, or without brackets.',
  KEY_OVER_1024_CHARS: 'This field name is too long. Is there a colon in a long text?',
  NON_STRING_KEY: 'A field name must be a word, not a list or a group.',
  RESOURCE_EXHAUSTION:
    'Far too many levels are nested here (lists in lists, or groups in groups). A deck needs only a few levels.',
  MISSING_VALUE:
    'This line has a word without a colon after it. Write a field as name: value, or check that the line is indented correctly.',
};

const TYPE_NL: Record<string, string> = {
  array: 'een lijst',
  string: 'een tekst',
  number: 'een getal',
  boolean: 'true of false',
  null: 'leeg',
};
const TYPE_EN: Record<string, string> = {
  array: 'a list',
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
  null: 'empty',
};

const nl: Table = {
  'folder-not-found': (p) => `De map "${s(p.folder)}" bestaat niet, of het is geen map.`,
  'no-deck-file': (p) =>
    `In de map "${s(p.folder)}" staat geen deck.yaml. Elke kaartenset heeft een map met een deck.yaml erin.`,
  'file-unreadable': (p) =>
    `${s(p.file)} kan niet gelezen worden: ${UNREADABLE_NL[s(p.reason)] ?? `het systeem meldt ${s(p.reason)}`}.`,
  'file-too-large': (p) =>
    `${s(p.file)} is te groot (${s(p.size).replace('.', ',')} MB). Een bestand mag hoogstens ${s(p.max)} MB zijn. Maak er kleinere kaartensets van.`,
  'file-binary': (p) =>
    `${s(p.file)} is geen tekstbestand. Sla het op als gewone tekst (YAML), bijvoorbeeld met Kladblok of VS Code.`,
  'file-not-utf8': (p) =>
    `${s(p.file)} is niet opgeslagen als UTF-8. Sla het opnieuw op met codering "UTF-8", dan komen letters zoals é en ë goed over.`,
  'file-empty': (p) => `${s(p.file)} is leeg. Er staan geen velden in.`,
  'unknown-file': (p) =>
    `Het bestand ${s(p.file)} wordt niet gebruikt. Een kaartenset heeft deck.yaml en per taal een bestand zoals en.yaml.`,
  'deck-file-extension': (p) =>
    `In de map "${s(p.folder)}" staat ${s(p.file)}, maar geen deck.yaml. Geef het bestand de naam deck.yaml (met .yaml, niet .yml). Dan wordt het gebruikt.`,
  'translation-file-extension': (p) =>
    `Het bestand ${s(p.file)} wordt niet gebruikt: alleen bestanden die eindigen op .yaml worden gelezen. Geef het de naam ${s(p.rename)}.`,
  'yaml-syntax': (p) =>
    `${YAML_NL[s(p.yamlCode)] ?? 'Hier klopt de opbouw van het bestand niet. Kijk het inspringen, de dubbele punten en de aanhalingstekens na.'}`,
  'yaml-indentation': () =>
    'Deze regel springt verder in dan de regel erboven. Zet de velden van één kaart of thema precies onder elkaar.',
  'yaml-colon-in-text': (p) =>
    `In deze tekst staat een dubbele punt met een spatie erna. Zet de hele tekst tussen aanhalingstekens: ${colonExample(p, "'Wat doe je: graag?'")}.`,
  'yaml-missing-colon': (p) =>
    `De dubbele punt ontbreekt na "${s(p.key)}". Schrijf een veld als naam: waarde. Hier dus: ${s(p.fix)}`,
  'yaml-comment-in-text': (p) =>
    `Na de # leest YAML de rest van de regel als opmerking. De tekst is nu alleen: "${s(p.kept)}". Hoort de # bij de tekst? Zet de hele tekst dan tussen aanhalingstekens: ${quoteYaml(s(p.text))}. Is het een opmerking? Zet die dan op een eigen regel.`,
  'yaml-duplicate-key': (p) => `Het veld "${s(p.key)}" staat hier twee keer. Haal er één weg.`,
  'yaml-not-mapping': (p) =>
    `${s(p.file)} moet bestaan uit velden (naam: waarde), maar het is ${TYPE_NL[s(p.received)] ?? s(p.received)}.`,
  'yaml-unreadable-value': () =>
    "Hier staat een * of & die YAML leest als verwijzing, en die verwijzing klopt niet. Zet de tekst tussen aanhalingstekens: '…'.",
  'unquoted-colour': () =>
    "De kleur staat niet tussen aanhalingstekens. Zonder aanhalingstekens leest YAML alles na # als opmerking. Schrijf: colour: '#1b6e5a'.",
  'invalid-deck-id': (p) =>
    `De id "${s(p.id)}" kan niet. Gebruik kleine letters, cijfers en streepjes, zoals "basis" of "mijn-set".`,
  'folder-name-mismatch': (p) =>
    `De id van de kaartenset is "${s(p.id)}", maar de map heet "${s(p.folder)}". Geef de map dezelfde naam als de id.`,
  'default-language-field': () =>
    'Het veld "defaultLanguage" is niet nodig: de eerste taal in "languages" is de standaardtaal. Haal het veld weg.',
  'unknown-icon': (p) =>
    `Het icoon "${s(p.icon)}" bestaat niet.${didYouMeanNl(p)} De iconen staan in packages/content/icons/ICONS.md.`,
  'unknown-sensitivity': (p) =>
    `${placeNl(p)} heeft "${s(p.tag)}" bij "sensitivity". Dat is geen bekend onderwerp.${didYouMeanNl(p)} Bekend zijn: ${s(p.known)}. Een eigen woord mag ook, maar kijk of het geen tikfout is.`,
  'too-many-options': (p) =>
    `${placeNl(p)} heeft ${s(p.count)} keuzes: te veel keuzes voor één kaart. Op een geprinte kaart en op een telefoon passen er hoogstens ${s(p.max)}. Gebruik minder keuzes, of verdeel ze over twee kaarten.`,
  'translation-language-mismatch': (p) =>
    `${s(p.file)} zegt "language: ${s(p.language)}", maar de naam van het bestand hoort bij taal "${s(p.fileLanguage)}". Maak ze gelijk.`,
  'translation-language-unlisted': (p) =>
    `${s(p.file)} is een vertaling ${inNl(p.language)}, maar "${s(p.language)}" staat niet in "languages" in deck.yaml. Zet de taal in die lijst, of haal het bestand weg.`,
  'translation-default-language': (p) =>
    `${s(p.file)} wordt niet gebruikt: ${nameNl(p.language)} is de standaardtaal, en die teksten staan in deck.yaml.`,
  'translation-unknown-card': (p) =>
    `Er is geen kaart met de id "${s(p.cardId)}" in deck.yaml. Deze vertaling wordt niet gebruikt.${didYouMeanNl(p)}`,
  'translation-unknown-theme': (p) =>
    `Er is geen thema met de id "${s(p.themeId)}" in deck.yaml. Deze vertaling wordt niet gebruikt.${didYouMeanNl(p)}`,
  'translation-unknown-option': (p) =>
    `${placeNl(p)} heeft geen keuze met de id "${s(p.optionId)}". Deze vertaling wordt niet gebruikt.${didYouMeanNl(p)}`,
  'translation-unknown-field': (p) =>
    `Het veld "${s(p.field)}" kent het spel hier niet. Het wordt niet gebruikt.${didYouMeanNl(p)}`,
  'translation-extra-text': (p) =>
    `${textPlace(p).nl}: deze tekst staat niet in deck.yaml. De vertaling wordt niet gebruikt.`,
  'translation-wrong-shape': (p) =>
    `${textPlace(p).nl}: schrijf de vertaling en de tekst ${inNl(p.defaultLanguage)} samen, zo: { ${s(p.language)}: …, ${s(p.defaultLanguage)}: … }.`,
  'translation-comma-in-text': (p) =>
    `${textPlace(p).nl}: staat er een komma in de tekst? Tussen { } scheidt een komma de twee teksten. Zet de tekst tussen aanhalingstekens ('…'), of zet de twee teksten op twee regels.`,
  'translation-not-a-group': (p) =>
    `${subjectNl(p)} moet een groep velden zijn (naam: waarde), zoals in het voorbeeld in FORMAT.md. Het wordt niet gebruikt.`,
  'translation-not-a-list': (p) =>
    `${subjectNl(p)} moet een lijst zijn: elke tekst op een eigen regel die begint met een -, zoals in het voorbeeld in FORMAT.md. Het wordt niet gebruikt.`,
  'translation-without-source': (p) =>
    `${textPlace(p).nl}: naast de vertaling staat niet de tekst waar hij van gemaakt is. Schrijf: { ${s(p.language)}: …, ${s(p.defaultLanguage)}: … }, dan ziet het spel wanneer de vertaling verouderd is.`,
  'outdated-translation': (p) =>
    `${textPlace(p).nl}: de vertaling ${inNl(p.language)} is gemaakt van een oudere tekst. Kijk de vertaling na en zet de nieuwe tekst ernaast.`,
  'draft-unreadable': () =>
    'Het bewaarde werk kan niet meer gelezen worden. Het is niet geladen; open de kaartenset opnieuw.',
  'translation-file-not-opened': (p) =>
    `${s(p.file)} is niet geopend. Daarom ontbreken de teksten ${inNl(p.language)}. Heb je ${s(p.file)}? Open het dan samen met deck.yaml.`,
  'language-not-translated': (p) =>
    `Er is nog niets vertaald ${inNl(p.language)}: ${p.file !== undefined ? `${s(p.file)} heeft nog geen vertalingen` : `er is geen ${s(p.language)}.yaml`}. Het spel laat overal de tekst ${inNl(p.defaultLanguage)} zien. ${p.file !== undefined ? `Vul de vertalingen in ${s(p.file)} in.` : `Maak een bestand om te vertalen met: ontdek-doe translations ${s(p.folder)} --new ${s(p.language)}`}`,
};

const en: Table = {
  'folder-not-found': (p) => `The folder "${s(p.folder)}" does not exist, or it is not a folder.`,
  'no-deck-file': (p) =>
    `There is no deck.yaml in the folder "${s(p.folder)}". Every deck is a folder with a deck.yaml in it.`,
  'file-unreadable': (p) =>
    `${s(p.file)} cannot be read: ${UNREADABLE_EN[s(p.reason)] ?? `the system reports ${s(p.reason)}`}.`,
  'file-too-large': (p) =>
    `${s(p.file)} is too large (${s(p.size)} MB). A file can be at most ${s(p.max)} MB. Split it into smaller decks.`,
  'file-binary': (p) =>
    `${s(p.file)} is not a text file. Save it as plain text (YAML), for example with Notepad or VS Code.`,
  'file-not-utf8': (p) =>
    `${s(p.file)} is not saved as UTF-8. Save it again with the encoding "UTF-8", so letters such as é and ë come through.`,
  'file-empty': (p) => `${s(p.file)} is empty. It has no fields.`,
  'unknown-file': (p) =>
    `The file ${s(p.file)} is not used. A deck has deck.yaml and one file per language, such as en.yaml.`,
  'deck-file-extension': (p) =>
    `The folder "${s(p.folder)}" has ${s(p.file)}, but no deck.yaml. Rename the file to deck.yaml (.yaml, not .yml). Then it is used.`,
  'translation-file-extension': (p) =>
    `The file ${s(p.file)} is not used: only files that end in .yaml are read. Rename it to ${s(p.rename)}.`,
  'yaml-syntax': (p) =>
    `${YAML_EN[s(p.yamlCode)] ?? 'The structure of the file is not right here. Check the indentation, the colons and the quotes.'}`,
  'yaml-indentation': () =>
    'This line is indented further than the line above it. Put the fields of one card or theme exactly below each other.',
  'yaml-colon-in-text': (p) =>
    `This text has a colon followed by a space. Put the whole text in quotes: ${colonExample(p, "'What do you do: and why?'")}.`,
  'yaml-missing-colon': (p) =>
    `The colon is missing after "${s(p.key)}". Write a field as name: value. Here: ${s(p.fix)}`,
  'yaml-comment-in-text': (p) =>
    `YAML reads the rest of the line after the # as a comment. The text is now only: "${s(p.kept)}". Is the # part of the text? Then put the whole text in quotes: ${quoteYaml(s(p.text))}. Is it a comment? Then put it on a line of its own.`,
  'yaml-duplicate-key': (p) => `The field "${s(p.key)}" is here twice. Remove one.`,
  'yaml-not-mapping': (p) =>
    `${s(p.file)} must consist of fields (name: value), but it is ${TYPE_EN[s(p.received)] ?? s(p.received)}.`,
  'yaml-unreadable-value': () =>
    "There is a * or & here that YAML reads as a reference, and that reference does not work. Put the text in quotes: '…'.",
  'unquoted-colour': () =>
    "The colour is not in quotes. Without quotes, YAML reads everything after # as a comment. Write: colour: '#1b6e5a'.",
  'invalid-deck-id': (p) =>
    `The id "${s(p.id)}" cannot be used. Use small letters, digits and dashes, such as "basis" or "my-deck".`,
  'folder-name-mismatch': (p) =>
    `The deck's id is "${s(p.id)}", but the folder is called "${s(p.folder)}". Give the folder the same name as the id.`,
  'default-language-field': () =>
    'The field "defaultLanguage" is not needed: the first language in "languages" is the default language. Remove the field.',
  'unknown-icon': (p) =>
    `The icon "${s(p.icon)}" does not exist.${didYouMeanEn(p)} The icons are listed in packages/content/icons/ICONS.md.`,
  'unknown-sensitivity': (p) =>
    `${placeEn(p)} has "${s(p.tag)}" under "sensitivity". That is not a known topic.${didYouMeanEn(p)} The known topics are: ${s(p.known)}. A word of your own is allowed, but check that it is not a typo.`,
  'too-many-options': (p) =>
    `${placeEn(p)} has ${s(p.count)} options: too many options for one card. At most ${s(p.max)} fit on a printed card and on a phone. Use fewer, or spread them over two cards.`,
  'translation-language-mismatch': (p) =>
    `${s(p.file)} says "language: ${s(p.language)}", but the file name belongs to language "${s(p.fileLanguage)}". Make them the same.`,
  'translation-language-unlisted': (p) =>
    `${s(p.file)} is a translation ${inEn(p.language)}, but "${s(p.language)}" is not in "languages" in deck.yaml. Add the language to that list, or remove the file.`,
  'translation-default-language': (p) =>
    `${s(p.file)} is not used: ${nameEn(p.language)} is the default language, and those texts are in deck.yaml.`,
  'translation-unknown-card': (p) =>
    `There is no card with the id "${s(p.cardId)}" in deck.yaml. This translation is not used.${didYouMeanEn(p)}`,
  'translation-unknown-theme': (p) =>
    `There is no theme with the id "${s(p.themeId)}" in deck.yaml. This translation is not used.${didYouMeanEn(p)}`,
  'translation-unknown-option': (p) =>
    `${placeEn(p)} has no option with the id "${s(p.optionId)}". This translation is not used.${didYouMeanEn(p)}`,
  'translation-unknown-field': (p) =>
    `The game does not know the field "${s(p.field)}" here. It is not used.${didYouMeanEn(p)}`,
  'translation-extra-text': (p) =>
    `${textPlace(p).en}: this text is not in deck.yaml. The translation is not used.`,
  'translation-wrong-shape': (p) =>
    `${textPlace(p).en}: write the translation and the text ${inEn(p.defaultLanguage)} together, like this: { ${s(p.language)}: …, ${s(p.defaultLanguage)}: … }.`,
  'translation-comma-in-text': (p) =>
    `${textPlace(p).en}: is there a comma in the text? Inside { } a comma separates the two texts. Put the text in quotes ('…'), or write the two texts on two lines.`,
  'translation-not-a-group': (p) =>
    `${subjectEn(p)} must be a group of fields (name: value), as in the example in FORMAT.md. It is not used.`,
  'translation-not-a-list': (p) =>
    `${subjectEn(p)} must be a list: each text on a line of its own that starts with a -, as in the example in FORMAT.md. It is not used.`,
  'translation-without-source': (p) =>
    `${textPlace(p).en}: the text it was translated from is not next to the translation. Write { ${s(p.language)}: …, ${s(p.defaultLanguage)}: … }, so the game can tell when the translation is outdated.`,
  'outdated-translation': (p) =>
    `${textPlace(p).en}: the translation ${inEn(p.language)} was made from an older text. Check the translation and put the new text next to it.`,
  'draft-unreadable': () => 'The saved work can no longer be read. It was not loaded; open the deck again.',
  'translation-file-not-opened': (p) =>
    `${s(p.file)} was not opened, so the texts ${inEn(p.language)} are missing. If you have ${s(p.file)}, open it together with deck.yaml.`,
  'language-not-translated': (p) =>
    `Nothing is translated ${inEn(p.language)} yet: ${p.file !== undefined ? `${s(p.file)} has no translations yet` : `there is no ${s(p.language)}.yaml`}. The game shows the text ${inEn(p.defaultLanguage)} everywhere. ${p.file !== undefined ? `Fill in the translations in ${s(p.file)}.` : `Make a file to translate with: ontdek-doe translations ${s(p.folder)} --new ${s(p.language)}`}`,
};

const TABLES: Record<ToolLanguage, Table> = { nl, en };

/**
 * Writes the message of a source-file problem in both languages.
 *
 * @example
 * ```ts
 * contentMessage('file-empty', { file: 'deck.yaml' });
 * // { nl: 'deck.yaml is leeg. Er staan geen velden in.', en: 'deck.yaml is empty. It has no fields.' }
 * ```
 */
export function contentMessage(code: ContentIssueCode, params: MessageParams = {}): Message {
  return { nl: TABLES.nl[code](params), en: TABLES.en[code](params) };
}

/**
 * Some of the core's messages, worded for the source files: the core only knows the merged deck,
 * the source knows lines and quotes. The problem keeps the core's code.
 */
export const SOURCE_WORDING = {
  /** `duplicate-card-id` with the line of the first card that has the id. */
  duplicateCardId: (p: MessageParams): Message => ({
    nl: `Kaart ${s(p.card)} heeft de id "${s(p.cardId)}". Kaart ${s(p.firstCard)} (regel ${s(p.firstLine)}) heeft die id ook. Elke kaart moet een eigen id hebben.`,
    en: `Card ${s(p.card)} has the id "${s(p.cardId)}", just like card ${s(p.firstCard)} (line ${s(p.firstLine)}). Every card needs its own id.`,
  }),
  /** `duplicate-theme-id` with the line of the first theme that has the id. */
  duplicateThemeId: (p: MessageParams): Message => ({
    nl: `Thema ${s(p.theme)} heeft de id "${s(p.themeId)}". Thema ${s(p.firstTheme)} (regel ${s(p.firstLine)}) heeft die id ook. Elk thema moet een eigen id hebben.`,
    en: `Theme ${s(p.theme)} has the id "${s(p.themeId)}", just like theme ${s(p.firstTheme)} (line ${s(p.firstLine)}). Every theme needs its own id.`,
  }),
  /** A number written in quotes (`depth: "2"`): it is read as text. */
  quotedNumber: (p: MessageParams): Message => ({
    nl: `${placeNl(p)}: "${s(p.field)}" is "${s(p.value)}", tussen aanhalingstekens. Dan is het tekst, geen getal. Haal de aanhalingstekens weg: ${s(p.field)}: ${s(p.value)}`,
    en: `${placeEn(p)}: "${s(p.field)}" is "${s(p.value)}", in quotes. That makes it text, not a number. Remove the quotes: ${s(p.field)}: ${s(p.value)}`,
  }),
  /** A number or true/false where a text belongs (`prompt: 42`). */
  numberAsText: (p: MessageParams): Message => ({
    nl: `${placeNl(p)}: "${s(p.field)}" moet tekst zijn, maar het is ${p.received === 'boolean' ? 'true of false' : 'een getal'}. Is het toch tekst? Zet het dan tussen aanhalingstekens: ${s(p.field)}: '${s(p.value)}'`,
    en: `${placeEn(p)}: "${s(p.field)}" must be text, but it is ${p.received === 'boolean' ? 'true or false' : 'a number'}. Is it text after all? Then put it in quotes: ${s(p.field)}: '${s(p.value)}'`,
  }),
};

/**
 * Some translation messages, worded for the deck editor: there the trainer fixes a translation in
 * the text box next to it, not by writing the Dutch into a file. The problem keeps its code.
 */
export const EDITOR_WORDING = {
  'outdated-translation': (p: MessageParams): Message => ({
    nl: `${textPlace(p).nl}: de vertaling ${inNl(p.language)} is gemaakt van een oudere tekst. Kijk de vertaling na.`,
    en: `${textPlace(p).en}: the translation ${inEn(p.language)} was made from an older text. Check the translation.`,
  }),
  'translation-without-source': (p: MessageParams): Message => ({
    nl: `${textPlace(p).nl}: het is niet bekend van welke tekst de vertaling ${inNl(p.language)} gemaakt is. Kijk de vertaling na.`,
    en: `${textPlace(p).en}: it is not known which text the translation ${inEn(p.language)} was made from. Check the translation.`,
  }),
  'no-deck-file': (): Message => ({
    nl: 'Er zit geen deck.yaml bij de gekozen bestanden. Kies deck.yaml, en per taal een bestand zoals en.yaml.',
    en: 'There is no deck.yaml among the chosen files. Choose deck.yaml, and a file per language such as en.yaml.',
  }),
  'language-not-translated': (p: MessageParams): Message => ({
    nl: `Er is nog niets vertaald ${inNl(p.language)}. Het spel laat overal de tekst ${inNl(p.defaultLanguage)} zien.`,
    en: `Nothing is translated ${inEn(p.language)} yet. The game shows the text ${inEn(p.defaultLanguage)} everywhere.`,
  }),
} satisfies Partial<Record<ContentIssueCode, (p: MessageParams) => Message>>;
