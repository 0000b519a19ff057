/**
 * `ontdek-doe translations <folder> --new <lang>`: a translation file to hand to a translator,
 * with every text of the deck as a pair `{ <lang>: '', nl: <Dutch> }`. The translator fills in
 * the empty texts; the Dutch next to them tells the tools later when the Dutch has changed.
 */
import { languageName, type Deck, type LocalizedText } from '@ontdek-doe/core/schema';

/** A text as a YAML value that is safe whatever it holds (`:`, `#`, `,`, quotes, line breaks). */
function quoted(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\n\r\t\u0000-\u001f\u007f\u2028\u2029]/.test(text)) return JSON.stringify(text);
  return `'${text.replace(/'/g, "''")}'`;
}

/** An id as a YAML key: as it is when that is safe, else in quotes. */
function key(id: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(id) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(id)
    ? id
    : JSON.stringify(id);
}

/**
 * The comment lines (without `#`) at the top of a new translation file: the line for editors when
 * `schema` is given, and what the translator does.
 *
 * @example
 * ```ts
 * translationHeader('basis', 'de', 'nl')[0]; // 'Teksten om te vertalen naar het Duits (de), voor de kaartenset "basis".'
 * ```
 */
export function translationHeader(
  deckId: string,
  language: string,
  defaultLanguage: string,
  schema?: string,
): string[] {
  return [
    ...(schema !== undefined ? [`yaml-language-server: $schema=${schema}`] : []),
    `Teksten om te vertalen naar het ${languageName(language, 'nl')} (${language}), voor de kaartenset "${deckId}".`,
    `Zet bij elke tekst de vertaling tussen de aanhalingstekens achter "${language}:".`,
    `Laat de tekst achter "${defaultLanguage}:" staan: zo is later te zien of die tekst is veranderd.`,
  ];
}

/** What {@link translationTemplate} gives back. */
export interface TranslationTemplate {
  /** The file's text. */
  text: string;
  /** How many texts it holds. */
  count: number;
}

/**
 * The text of `<language>.yaml` for `deck`: every translatable text (title, description, theme
 * names, and per card its question, easy question, hints, follow-ups, picture description and
 * option labels) as `{ <language>: '', <default>: <text> }`. `schema` is the path to
 * translation.schema.json as seen from the deck folder, for the editor line at the top.
 *
 * @example
 * ```ts
 * const { text } = translationTemplate(deck, 'de', '../../schema/translation.schema.json');
 * // …
 * // cards:
 * //   wish-myself-1:
 * //     prompt: { de: '', nl: 'Waar word je blij van?' }
 * ```
 */
export function translationTemplate(deck: Deck, language: string, schema: string): TranslationTemplate {
  const source = deck.defaultLanguage;
  let count = 0;
  const pair = (text: LocalizedText | undefined): string => {
    count++;
    return `{ ${key(language)}: '', ${key(source)}: ${quoted(text?.[source] ?? '')} }`;
  };
  const lines = [
    ...translationHeader(deck.id, language, source, schema).map((line) => `# ${line}`),
    `language: ${key(language)}`,
    'deck:',
    `  title: ${pair(deck.title)}`,
    `  description: ${pair(deck.description)}`,
  ];
  if (deck.themes.length > 0) {
    lines.push('themes:');
    for (const theme of deck.themes) lines.push(`  ${key(theme.id)}:`, `    title: ${pair(theme.title)}`);
  }
  if (deck.cards.length > 0) lines.push('cards:');
  for (const card of deck.cards) {
    lines.push(`  ${key(card.id)}:`, `    prompt: ${pair(card.prompt)}`);
    if (card.easy) lines.push(`    easy: ${pair(card.easy)}`);
    for (const field of ['hints', 'followUps'] as const) {
      const list = card[field];
      if (!list || list.length === 0) continue;
      lines.push(`    ${field}:`);
      for (const text of list) lines.push(`      - ${pair(text)}`);
    }
    if (card.picture) lines.push('    picture:', `      alt: ${pair(card.picture.alt)}`);
    if (card.answer.kind === 'choice' && 'options' in card.answer && card.answer.options.length > 0) {
      lines.push('    options:');
      for (const option of card.answer.options) lines.push(`      ${key(option.id)}: ${pair(option.label)}`);
    }
  }
  return { text: `${lines.join('\n')}\n`, count };
}
