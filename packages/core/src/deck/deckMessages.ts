/**
 * The plain-language messages for deck problems: one table per language, keyed by issue code.
 * They are written for a trainer who edits a deck, not for a programmer. Card and theme numbers
 * in messages count from 1 (paths stay 0-based). Dutch is kept at B1 level: short and plain.
 */
import type { DeckIssueCode, DeckIssueParams } from './deckIssueCodes.ts';

/** The languages deck messages are written in. */
export type MessageLanguage = 'nl' | 'en';

/** One language's messages: a function per issue code that turns params into a sentence. */
export type DeckMessageTable = Record<DeckIssueCode, (params: DeckIssueParams) => string>;

const NAMES: Record<string, { en: string; nl: string; nlAdjective: string }> = {
  nl: { en: 'Dutch', nl: 'Nederlands', nlAdjective: 'Nederlandse' },
  en: { en: 'English', nl: 'Engels', nlAdjective: 'Engelse' },
  ar: { en: 'Arabic', nl: 'Arabisch', nlAdjective: 'Arabische' },
  tr: { en: 'Turkish', nl: 'Turks', nlAdjective: 'Turkse' },
  pl: { en: 'Polish', nl: 'Pools', nlAdjective: 'Poolse' },
  uk: { en: 'Ukrainian', nl: 'Oekraïens', nlAdjective: 'Oekraïense' },
  fr: { en: 'French', nl: 'Frans', nlAdjective: 'Franse' },
  de: { en: 'German', nl: 'Duits', nlAdjective: 'Duitse' },
  es: { en: 'Spanish', nl: 'Spaans', nlAdjective: 'Spaanse' },
};

function known(code: string) {
  return Object.hasOwn(NAMES, code) ? NAMES[code] : undefined;
}

/**
 * The name of a language in words, in Dutch or English; the code itself for languages this table
 * does not know.
 *
 * @example
 * ```ts
 * languageName('nl', 'en'); // 'Dutch'
 * languageName('ar', 'nl'); // 'Arabisch'
 * languageName('so', 'en'); // 'so'
 * ```
 */
export function languageName(code: string, language: MessageLanguage): string {
  return known(code)?.[language] ?? code;
}

const str = (value: string | number | undefined): string => (value === undefined ? '' : String(value));

// ── Places: which card, theme or the deck itself ──

function placeEn(p: DeckIssueParams): string {
  if (p.card !== undefined) return `Card ${p.card}${p.cardId !== undefined ? ` (id "${p.cardId}")` : ''}`;
  if (p.theme !== undefined)
    return `Theme ${p.theme}${p.themeId !== undefined ? ` (id "${p.themeId}")` : ''}`;
  return 'The deck';
}

function placeNl(p: DeckIssueParams): string {
  if (p.card !== undefined) return `Kaart ${p.card}${p.cardId !== undefined ? ` (id "${p.cardId}")` : ''}`;
  if (p.theme !== undefined)
    return `Thema ${p.theme}${p.themeId !== undefined ? ` (id "${p.themeId}")` : ''}`;
  return 'De kaartenset';
}

/** `Card 4: "answer.kind"`, or just `Card 4` when the problem is the card itself. */
const subjectEn = (p: DeckIssueParams) => (p.field ? `${placeEn(p)}: "${p.field}"` : placeEn(p));
const subjectNl = (p: DeckIssueParams) => (p.field ? `${placeNl(p)}: "${p.field}"` : placeNl(p));

// ── Text fields in words ──

function optionName(p: DeckIssueParams, word: string): string {
  return p.optionId !== undefined ? `${word} "${p.optionId}"` : `${word} ${str(p.option)}`;
}

function textFieldEn(p: DeckIssueParams): string {
  switch (p.text) {
    case 'title':
      return 'title';
    case 'description':
      return 'description';
    case 'prompt':
      return 'question text';
    case 'easy':
      return 'easy-language question';
    case 'hint':
      return `text for leader hint ${str(p.item)}`;
    case 'followUp':
      return `text for follow-up question ${str(p.item)}`;
    case 'optionLabel':
      return `label for ${optionName(p, 'option')}`;
    case 'themeTitle':
      return 'name';
    case 'pictureAlt':
      return 'picture description';
    default:
      return `text "${str(p.field)}"`;
  }
}

function textFieldNl(p: DeckIssueParams): string {
  switch (p.text) {
    case 'title':
      return 'titel';
    case 'description':
      return 'beschrijving';
    case 'prompt':
      return 'vraag';
    case 'easy':
      return 'vraag in makkelijke taal';
    case 'hint':
      return `tekst bij tip ${str(p.item)} voor de spelleider`;
    case 'followUp':
      return `tekst bij doorvraag ${str(p.item)}`;
    case 'optionLabel':
      return `tekst bij ${optionName(p, 'keuze')}`;
    case 'themeTitle':
      return 'naam';
    case 'pictureAlt':
      return 'beschrijving van de afbeelding';
    default:
      return `tekst "${str(p.field)}"`;
  }
}

/** "Dutch question text" or `question text in language "so"`. */
function inLanguageEn(p: DeckIssueParams, code = str(p.language)): string {
  const name = known(code);
  return name ? `${name.en} ${textFieldEn(p)}` : `${textFieldEn(p)} in language "${code}"`;
}

/** "Nederlandse vraag" or `vraag in taal "so"`. */
function inLanguageNl(p: DeckIssueParams, code = str(p.language)): string {
  const name = known(code);
  return name ? `${name.nlAdjective} ${textFieldNl(p)}` : `${textFieldNl(p)} in taal "${code}"`;
}

function fallbackEn(code: string): string {
  const name = known(code);
  return name ? `the ${name.en} text` : `the text in "${code}"`;
}

function fallbackNl(code: string): string {
  const name = known(code);
  return name ? `de ${name.nlAdjective} tekst` : `de tekst in taal "${code}"`;
}

// ── Kinds of values in words ──

const TYPES_EN: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'a group of fields { … }',
  record: 'a group of fields { … }',
  null: 'empty (null)',
  undefined: 'missing',
  function: 'a function',
  symbol: 'a symbol',
  bigint: 'a big integer',
};
const TYPES_NL: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een heel getal',
  boolean: 'true of false',
  array: 'een lijst [ … ]',
  object: 'een groep velden { … }',
  record: 'een groep velden { … }',
  null: 'leeg (null)',
  undefined: 'leeg',
  function: 'een functie',
  symbol: 'een symbool',
  bigint: 'een groot getal (bigint)',
};
const typeEn = (t: string | number | undefined) => TYPES_EN[str(t)] ?? str(t);
const typeNl = (t: string | number | undefined) => TYPES_NL[str(t)] ?? str(t);

const PLAIN_DATA_EN = 'A deck must be plain data, as in a JSON file.';
const PLAIN_DATA_NL = 'Een kaartenset moet gewone gegevens zijn, zoals in een JSON-bestand.';

const en: DeckMessageTable = {
  'invalid-json': (p) =>
    `This text is not valid JSON${p.position !== undefined ? ` (near character ${p.position})` : ''}. Check the commas, quotes and brackets.`,
  'not-a-deck': (p) =>
    `This is not a deck: it is ${typeEn(p.received)}. A deck is a group of fields { … } with "id", "themes", "cards" and more.`,
  'cyclic-reference': (p) => `${subjectEn(p)} refers back to itself, in a loop. ${PLAIN_DATA_EN}`,
  'unreadable-value': (p) => `${subjectEn(p)} could not be read. ${PLAIN_DATA_EN}`,
  'unsupported-value': (p) =>
    `${subjectEn(p)} holds ${typeEn(p.type)}, which cannot be in a deck. Use text, numbers, true/false, lists and groups of fields.`,
  'too-deep': (p) =>
    `${subjectEn(p)} is nested more than ${str(p.max)} levels deep. A deck never needs that many.`,
  'too-large': (p) =>
    `This deck is too large to check: it holds more than ${str(p.max)} ${p.unit === 'characters' ? 'characters' : 'values'}.`,
  'too-many-items': (p) =>
    `${placeEn(p)}: the list "${str(p.field)}" has ${str(p.count)} items. The most allowed is ${str(p.max)}.`,
  'too-many-cards': (p) =>
    `The deck has ${str(p.count)} cards. The most allowed is ${str(p.max)}; split it into smaller decks.`,
  'unsupported-schema-version': (p) =>
    `This deck has format version ${str(p.value)}, which this version of the game cannot read. It can read versions ${str(p.supported)}. Update the game, or check "schemaVersion".`,
  'deck-migrated': (p) =>
    `This deck uses an older format (version ${str(p.from)}). It still works, but save it again to update it to version ${str(p.to)}.`,
  'missing-field': (p) => `${placeEn(p)} has no "${str(p.field)}". This field is required.`,
  'wrong-type': (p) => `${subjectEn(p)} should be ${typeEn(p.expected)}, but it is ${typeEn(p.received)}.`,
  'invalid-value': (p) =>
    `${subjectEn(p)} has a value that is not allowed${p.value !== undefined ? `: ${p.value}` : ''}.`,
  'unknown-key': (p) =>
    `${placeEn(p)} has a field "${str(p.field)}" that the game does not know. Is it a typo?${p.suggestion !== undefined ? ` Did you mean "${p.suggestion}"?` : ''}`,
  'missing-text': (p) => `${placeEn(p)} has no ${inLanguageEn(p)}.`,
  'missing-translation': (p) =>
    `${placeEn(p)} has no ${inLanguageEn(p)} yet. The game shows ${fallbackEn(str(p.defaultLanguage))} instead.`,
  'empty-text': (p) =>
    p.language === undefined
      ? `${placeEn(p)}: "${str(p.field)}" is empty.`
      : `${placeEn(p)}: the ${inLanguageEn(p)} is empty.${p.defaultLanguage !== undefined ? ` The game shows ${fallbackEn(str(p.defaultLanguage))} instead.` : ''}`,
  'text-too-long': (p) =>
    `${placeEn(p)}: the ${p.language === undefined ? `text "${str(p.field)}"` : inLanguageEn(p)} is ${str(p.length)} characters long. The limit is ${str(p.max)}; make it shorter.`,
  'unlisted-language': (p) =>
    `${placeEn(p)}: "${str(p.field)}" uses the language code "${str(p.language)}", but the deck's "languages" list does not have it. Add the language to that list, or correct the code.`,
  'invalid-language-code': (p) =>
    `${placeEn(p)}: ${str(p.value)} in "${str(p.field)}" is not a language code. Use a code such as nl, en, ar or pt-BR (small letters first).`,
  'duplicate-language': (p) => {
    const name = known(str(p.language));
    return `${name ? `${name.en} ("${str(p.language)}")` : `The language "${str(p.language)}"`} is in the "languages" list more than once.`;
  },
  'default-language-not-listed': (p) =>
    `The default language, ${languageName(str(p.language), 'en')}, is not in the deck's "languages" list. Add "${str(p.language)}" to that list.`,
  'invalid-id': (p) =>
    `${placeEn(p)}: the id ${str(p.value)} cannot be used. An id must not be empty, must not start or end with a space, and can have at most ${str(p.max)} characters.`,
  'duplicate-card-id': (p) =>
    `Card ${str(p.card)} has the id "${str(p.cardId)}", just like card ${str(p.firstCard)}. Every card needs its own id.`,
  'duplicate-theme-id': (p) =>
    `Theme ${str(p.theme)} has the id "${str(p.themeId)}", just like theme ${str(p.firstTheme)}. Every theme needs its own id.`,
  'duplicate-option-id': (p) =>
    `${placeEn(p)}: option ${str(p.option)} has the id "${str(p.optionId)}", just like option ${str(p.firstOption)}. Every option on a card needs its own id.`,
  'unknown-theme': (p) =>
    `${placeEn(p)} uses the theme "${str(p.themeRef)}", but the deck has no theme with that id. The themes are: ${str(p.themes)}.`,
  'no-cards': () => 'The deck has no cards. Add at least one card.',
  'no-themes': () => 'The deck has no themes. Add at least one theme.',
  'unknown-family': (p) =>
    `${placeEn(p)} has the family ${str(p.value)}, which does not exist. Use one of: ${str(p.families)}.`,
  'invalid-depth': (p) =>
    `${placeEn(p)} has depth ${str(p.value)}. The depth must be 1 (light), 2 or 3 (deep).`,
  'choice-needs-options': (p) =>
    `${placeEn(p)} is a choice card ${p.count === 0 ? 'without options' : `with only ${str(p.count)} option${p.count === 1 ? '' : 's'}`}. A choice card needs at least ${str(p.min)} options.`,
  'unknown-answer-kind': (p) =>
    `${placeEn(p)} has the answer kind ${str(p.value)}, which this game does not know. Known kinds: ${str(p.kinds)}. A kind from a plugin only works when the host turns that plugin on.`,
  'invalid-colour': (p) =>
    `${placeEn(p)} has the colour ${str(p.value)}. Write a colour as # followed by 3 or 6 hex digits (0–9, a–f), such as #1b6e5a.`,
  'age-out-of-range': (p) =>
    `${placeEn(p)} has minimum age ${str(p.value)}. Use a whole number from ${str(p.min)} to ${str(p.max)}.`,
  'number-out-of-range': (p) =>
    `${placeEn(p)}: "${str(p.field)}" is ${str(p.value)}. Use a whole number from ${str(p.min)} to ${str(p.max)}.`,
  'more-issues': (p) =>
    `…and ${str(p.count)} more ${p.severity === 'warning' ? 'warnings' : 'errors'} that are not listed here.`,
  'internal-error': () =>
    'Something went wrong while checking this deck. This is a fault in the game, not in the deck: please report it.',
};

const nl: DeckMessageTable = {
  'invalid-json': (p) =>
    `Deze tekst is geen geldige JSON${p.position !== undefined ? ` (rond teken ${p.position})` : ''}. Kijk de komma's, aanhalingstekens en haakjes na.`,
  'not-a-deck': (p) =>
    `Dit is geen kaartenset: het is ${typeNl(p.received)}. Een kaartenset is een groep velden { … } met "id", "themes", "cards" en meer.`,
  'cyclic-reference': (p) => `${subjectNl(p)} verwijst naar zichzelf, in een kring. ${PLAIN_DATA_NL}`,
  'unreadable-value': (p) => `${subjectNl(p)} kon niet gelezen worden. ${PLAIN_DATA_NL}`,
  'unsupported-value': (p) =>
    `${subjectNl(p)} bevat ${typeNl(p.type)}. Dat kan niet in een kaartenset. Gebruik tekst, getallen, true/false, lijsten en groepen velden.`,
  'too-deep': (p) =>
    `${subjectNl(p)} zit meer dan ${str(p.max)} lagen diep. Zo diep hoeft een kaartenset nooit te gaan.`,
  'too-large': (p) =>
    `Deze kaartenset is te groot om te controleren: er staan meer dan ${str(p.max)} ${p.unit === 'characters' ? 'tekens' : 'waarden'} in.`,
  'too-many-items': (p) =>
    `${placeNl(p)}: de lijst "${str(p.field)}" heeft ${str(p.count)} items. Het maximum is ${str(p.max)}.`,
  'too-many-cards': (p) =>
    `De kaartenset heeft ${str(p.count)} kaarten. Het maximum is ${str(p.max)}. Maak er kleinere kaartensets van.`,
  'unsupported-schema-version': (p) =>
    `Deze kaartenset heeft formaatversie ${str(p.value)}. Deze versie van het spel kan die niet lezen. Het spel kan deze versies lezen: ${str(p.supported)}. Werk het spel bij, of kijk "schemaVersion" na.`,
  'deck-migrated': (p) =>
    `Deze kaartenset gebruikt een ouder formaat (versie ${str(p.from)}). Hij werkt nog. Sla hem opnieuw op om hem bij te werken naar versie ${str(p.to)}.`,
  'missing-field': (p) => `${placeNl(p)} heeft geen "${str(p.field)}". Dit veld is verplicht.`,
  'wrong-type': (p) => `${subjectNl(p)} moet ${typeNl(p.expected)} zijn, maar het is ${typeNl(p.received)}.`,
  'invalid-value': (p) =>
    `${subjectNl(p)} heeft een waarde die niet mag${p.value !== undefined ? `: ${p.value}` : ''}.`,
  'unknown-key': (p) =>
    `${placeNl(p)} heeft een veld "${str(p.field)}" dat het spel niet kent. Is het een tikfout?${p.suggestion !== undefined ? ` Bedoel je "${p.suggestion}"?` : ''}`,
  'missing-text': (p) => `${placeNl(p)} heeft geen ${inLanguageNl(p)}.`,
  'missing-translation': (p) =>
    `${placeNl(p)} heeft nog geen ${inLanguageNl(p)}. Het spel laat dan ${fallbackNl(str(p.defaultLanguage))} zien.`,
  'empty-text': (p) =>
    p.language === undefined
      ? `${placeNl(p)}: "${str(p.field)}" is leeg.`
      : `${placeNl(p)}: de ${inLanguageNl(p)} is leeg.${p.defaultLanguage !== undefined ? ` Het spel laat dan ${fallbackNl(str(p.defaultLanguage))} zien.` : ''}`,
  'text-too-long': (p) =>
    `${placeNl(p)}: de ${p.language === undefined ? `tekst "${str(p.field)}"` : inLanguageNl(p)} is ${str(p.length)} tekens lang. Het maximum is ${str(p.max)}. Maak de tekst korter.`,
  'unlisted-language': (p) =>
    `${placeNl(p)}: "${str(p.field)}" gebruikt de taalcode "${str(p.language)}", maar die staat niet in de lijst "languages". Zet de taal in die lijst, of verbeter de code.`,
  'invalid-language-code': (p) =>
    `${placeNl(p)}: ${str(p.value)} in "${str(p.field)}" is geen taalcode. Gebruik een code zoals nl, en, ar of pt-BR (eerst kleine letters).`,
  'duplicate-language': (p) => {
    const name = known(str(p.language));
    return `${name ? `${name.nl} ("${str(p.language)}")` : `De taal "${str(p.language)}"`} staat meer dan één keer in de lijst "languages".`;
  },
  'default-language-not-listed': (p) =>
    `De standaardtaal (${languageName(str(p.language), 'nl')}) staat niet in de lijst "languages". Zet "${str(p.language)}" in die lijst.`,
  'invalid-id': (p) =>
    `${placeNl(p)}: de id ${str(p.value)} kan niet. Een id mag niet leeg zijn en niet beginnen of eindigen met een spatie. Een id heeft maximaal ${str(p.max)} tekens.`,
  'duplicate-card-id': (p) =>
    `Kaart ${str(p.card)} heeft de id "${str(p.cardId)}". Kaart ${str(p.firstCard)} heeft die id ook. Elke kaart moet een eigen id hebben.`,
  'duplicate-theme-id': (p) =>
    `Thema ${str(p.theme)} heeft de id "${str(p.themeId)}". Thema ${str(p.firstTheme)} heeft die id ook. Elk thema moet een eigen id hebben.`,
  'duplicate-option-id': (p) =>
    `${placeNl(p)}: keuze ${str(p.option)} heeft de id "${str(p.optionId)}". Keuze ${str(p.firstOption)} heeft die id ook. Elke keuze op een kaart moet een eigen id hebben.`,
  'unknown-theme': (p) =>
    `${placeNl(p)} gebruikt het thema "${str(p.themeRef)}", maar dat thema staat niet in de kaartenset. De thema's zijn: ${str(p.themes)}.`,
  'no-cards': () => 'De kaartenset heeft geen kaarten. Voeg minstens één kaart toe.',
  'no-themes': () => "De kaartenset heeft geen thema's. Voeg minstens één thema toe.",
  'unknown-family': (p) =>
    `${placeNl(p)} heeft de soort ${str(p.value)}. Die soort bestaat niet. Kies uit: ${str(p.families)}.`,
  'invalid-depth': (p) =>
    `${placeNl(p)} heeft diepte ${str(p.value)}. De diepte moet 1 (licht), 2 of 3 (diep) zijn.`,
  'choice-needs-options': (p) =>
    `${placeNl(p)} is een keuzekaart ${p.count === 0 ? 'zonder keuzes' : `met maar ${str(p.count)} ${p.count === 1 ? 'keuze' : 'keuzes'}`}. Een keuzekaart heeft minstens ${str(p.min)} keuzes nodig.`,
  'unknown-answer-kind': (p) =>
    `${placeNl(p)} heeft het antwoordtype ${str(p.value)}. Dat type kent het spel niet. Bekende types: ${str(p.kinds)}. Een type uit een plug-in werkt alleen als die plug-in aan staat.`,
  'invalid-colour': (p) =>
    `${placeNl(p)} heeft de kleur ${str(p.value)}. Schrijf een kleur als # met 3 of 6 tekens (0–9, a–f), zoals #1b6e5a.`,
  'age-out-of-range': (p) =>
    `${placeNl(p)} heeft minimumleeftijd ${str(p.value)}. Gebruik een heel getal van ${str(p.min)} tot en met ${str(p.max)}.`,
  'number-out-of-range': (p) =>
    `${placeNl(p)}: "${str(p.field)}" is ${str(p.value)}. Gebruik een heel getal van ${str(p.min)} tot en met ${str(p.max)}.`,
  'more-issues': (p) =>
    `…en nog ${str(p.count)} ${p.severity === 'warning' ? 'waarschuwingen' : 'fouten'} die hier niet staan.`,
  'internal-error': () =>
    'Er ging iets mis bij het controleren van deze kaartenset. Dat is een fout in het spel, niet in de kaartenset. Meld dit probleem alstublieft.',
};

/**
 * The message tables, one per language, keyed by issue code.
 *
 * @example
 * ```ts
 * deckMessages.en['no-cards']({}); // 'The deck has no cards. Add at least one card.'
 * ```
 */
export const deckMessages: Readonly<Record<MessageLanguage, DeckMessageTable>> = { nl, en };

/**
 * Writes a problem's message in one language from its code and params; for codes this build
 * does not know, the code itself.
 *
 * @example
 * ```ts
 * describeIssue({ code: 'missing-text', params: { card: 13, cardId: 'c13', text: 'prompt', language: 'nl' } }, 'en');
 * // 'Card 13 (id "c13") has no Dutch question text.'
 * ```
 */
export function describeIssue(
  issue: { code: string; params?: DeckIssueParams },
  language: MessageLanguage,
): string {
  const table = deckMessages[language];
  const write = Object.hasOwn(table, issue.code) ? table[issue.code as DeckIssueCode] : undefined;
  return write ? write(issue.params ?? {}) : issue.code;
}
