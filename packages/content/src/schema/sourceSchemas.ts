/**
 * JSON Schemas for the source files, so an editor completes and checks a deck while a trainer
 * types: `deck-source.schema.json` for deck.yaml (derived from the core's deck schema: texts are
 * plain strings in the default language, `answer` may be a single word) and
 * `translation.schema.json` for `<lang>.yaml`. Titles and descriptions are in Dutch and English.
 */
import { DECK_PATTERNS, deckJsonSchema } from '@ontdek-doe/core/schema';
import { readIconNames } from '../source/iconSet.ts';
import { SENSITIVITY_TAGS } from '../source/checkDeckData.ts';
import { DECK_ID_PATTERN } from '../source/loadDeckSource.ts';

/**
 * The JSON Schema draft both schemas declare. They use only draft-07 keywords, and editor
 * extensions that are a few years old (the YAML extension of VS Code, JetBrains IDEs) refuse a
 * 2020-12 schema outright, so draft-07 works in the most editors.
 */
export const SCHEMA_DRAFT = 'http://json-schema.org/draft-07/schema#';

/** A text with at least one character that is not a space, as the loader requires. */
const NOT_BLANK = '\\S';

type Schema = Record<string, unknown>;

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Dutch title and description per English title of the core's schema. */
const DUTCH: Record<string, [title: string, description: string]> = {
  'Ontdek & Doe deck': ['Kaartenset', 'Een kaartenset voor het spel Ontdek & Doe.'],
  'JSON Schema': ['JSON Schema', 'Waar editors dit schema vinden; het spel gebruikt het niet.'],
  'Schema version': ['Formaatversie', 'De versie van het formaat. Laat dit staan.'],
  'Deck id': ['Id van de kaartenset', 'Kleine letters, cijfers en streepjes. De map heeft dezelfde naam.'],
  'Deck version': [
    'Versie',
    'De versie van deze kaartenset, zoals 1.2.0. Verhoog hem als je iets verandert.',
  ],
  Title: ['Titel', 'De naam van de kaartenset.'],
  Description: ['Beschrijving', 'Waar de kaartenset voor is, voor spelleiders die een set kiezen.'],
  Languages: [
    'Talen',
    'De talen van de kaartenset, zoals [nl, en]. De eerste is de standaardtaal: alle teksten in dit bestand zijn in die taal.',
  ],
  Language: ['Taal', 'Een taalcode, zoals nl, en, ar of pt-BR.'],
  'Minimum age': ['Minimumleeftijd', 'De jongste leeftijd waarvoor dit bedoeld is.'],
  Themes: ["Thema's", 'De levensgebieden van deze kaartenset.'],
  'Theme id': ['Id van het thema', 'Uniek in de kaartenset; kaarten verwijzen ernaar.'],
  'Theme name': ['Naam van het thema', 'De naam van het levensgebied.'],
  Colour: ['Kleur', "Een kleur als '#rgb' of '#rrggbb', tussen aanhalingstekens, zoals '#1b6e5a'."],
  Icon: ['Icoon', 'De naam van een icoon uit packages/content/icons, zonder .svg, zoals heart.'],
  Cards: ['Kaarten', 'De vraagkaarten.'],
  'Card id': [
    'Id van de kaart',
    'Uniek in de kaartenset. Gebruik een id nooit opnieuw voor een andere vraag.',
  ],
  Family: [
    'Soort',
    'wish (Willen), strength (Kunnen), doing (Doen), need (Nodig), action (Doe-opdracht) of life-event (gebeurtenis).',
  ],
  Theme: ['Thema', "De id van een van de thema's van de kaartenset."],
  Depth: ['Diepte', '1 is licht, 2 is midden, 3 is diep. De spelleider kiest hoe diep een spel mag gaan.'],
  Question: ['Vraag', 'De vraag in gewone taal.'],
  'Easy question': ['Makkelijke vraag', 'Dezelfde vraag in makkelijke taal: korte zinnen, gewone woorden.'],
  Picture: ['Afbeelding', 'Een afbeelding op de kaart.'],
  'Picture file': [
    'Bestand',
    'icons/<naam>.svg voor een icoon uit de set, of een afbeelding die de website levert.',
  ],
  'Picture description': [
    'Beschrijving van de afbeelding',
    'Wat er op de afbeelding staat, voor wie hem niet kan zien.',
  ],
  Answer: ['Antwoord', 'Hoe de speler antwoordt: talk, text, faces, of een blok voor een keuze.'],
  'Simple answer': [
    'Eenvoudig antwoord',
    'talk (praten), text (eigen woorden typen) of faces (een gezichtje kiezen).',
  ],
  Talk: ['Praten', 'De speler antwoordt hardop; er wordt niets getypt.'],
  'Open text': ['Eigen woorden', 'De speler typt een antwoord in eigen woorden.'],
  'Maximum answer length': ['Hoogstens zoveel tekens', 'Het grootste aantal tekens dat de speler mag typen.'],
  'Face scale': ['Gezichtjes', 'De speler kiest een van vijf gezichtjes.'],
  Choice: ['Keuze', 'De speler kiest uit keuzes, met plaatjes als die er zijn.'],
  Options: ['Keuzes', 'Minstens 2 keuzes, elk met een eigen id.'],
  'Option id': ['Id van de keuze', 'Uniek op de kaart; wordt bij het antwoord bewaard.'],
  'Option label': ['Tekst van de keuze', 'De tekst op de keuze.'],
  Multiple: ['Meer keuzes', 'De speler mag meer dan één keuze kiezen.'],
  'Plugin answer': [
    'Antwoord uit een plug-in',
    'Een antwoordtype van een plug-in (naam:soort). De website moet de plug-in aanzetten.',
  ],
  'Plugin settings': ['Instellingen', 'Vrije instellingen voor de plug-in.'],
  'Leader hints': ['Tips voor de spelleider', 'Alleen de spelleider ziet deze tips.'],
  'Leader hint': ['Tip', 'Een tip voor de spelleider.'],
  'Follow-up questions': ['Doorvragen', 'Vragen die de spelleider daarna kan stellen. Spelers zien ze niet.'],
  'Follow-up question': ['Doorvraag', 'Een vraag die de spelleider daarna kan stellen.'],
  Tags: ['Labels', 'Vrije woorden om kaarten te zoeken en te tellen.'],
  Sensitivity: ['Gevoelig', 'Zoals loss, money-worries of trauma. Een spelleider kan deze kaarten weglaten.'],
};

/** Text schemas in the core's shape: `{ "nl": "…", "en": "…" }`, with an English description. */
function isLocalizedText(node: Schema): boolean {
  return (
    node.type === 'object' &&
    isSchema(node.propertyNames) &&
    isSchema(node.additionalProperties) &&
    node.additionalProperties.type === 'string'
  );
}

/** Adds the Dutch to a node's title and description: "Vraag (Question)", Dutch first, then English. */
function bilingual(node: Schema): void {
  if (typeof node.title !== 'string') return;
  const dutch = DUTCH[node.title];
  if (!dutch) return;
  const english = typeof node.description === 'string' ? node.description : '';
  node.title = dutch[0] === node.title ? node.title : `${dutch[0]} (${node.title})`;
  node.description = english ? `${dutch[1]}\n\n${english}` : dutch[1];
}

/** Rewrites the core's schema node by node into the source shape. */
function toSource(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toSource);
  if (!isSchema(node)) return node;
  if (isLocalizedText(node)) {
    const value = node.additionalProperties as Schema;
    const description =
      typeof node.description === 'string'
        ? node.description.split(' One entry per language code')[0]
        : undefined;
    const text: Schema = { type: 'string', minLength: 1, pattern: NOT_BLANK };
    if (typeof value.maxLength === 'number') text.maxLength = value.maxLength;
    if (node.title !== undefined) text.title = node.title;
    if (description !== undefined)
      text.description = `${description} In the default language (the first of "languages").`;
    bilingual(text);
    return text;
  }
  const out: Schema = {};
  for (const [key, value] of Object.entries(node))
    out[key] = key === 'properties' && isSchema(value) ? mapValues(value, toSource) : toSource(value);
  bilingual(out);
  return out;
}

function mapValues(object: Schema, map: (value: unknown) => unknown): Schema {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, map(value)]));
}

function at(schema: Schema, ...path: string[]): Schema {
  let node: unknown = schema;
  for (const key of path) node = isSchema(node) ? node[key] : undefined;
  if (!isSchema(node)) throw new Error(`The core's deck schema has no ${path.join('.')}`);
  return node;
}

/** Options of {@link deckSourceSchema}. */
export interface DeckSourceSchemaOptions {
  /** The icon names a deck may use; default: this package's `icons/*.svg`, read now. */
  icons?: Iterable<string>;
}

/**
 * The JSON Schema (draft-07) of a deck.yaml, derived from the core's `deckJsonSchema()`, with
 * the icon names of the set (read when the package is built) for theme and option icons.
 *
 * @example
 * ```ts
 * writeFileSync('schema/deck-source.schema.json', JSON.stringify(deckSourceSchema(), null, 2));
 * // In deck.yaml: # yaml-language-server: $schema=../../schema/deck-source.schema.json
 * ```
 */
export function deckSourceSchema(options: DeckSourceSchemaOptions = {}): Schema {
  const core = deckJsonSchema();
  const schema = toSource(core) as Schema;
  schema.$schema = SCHEMA_DRAFT;
  schema.title = 'Kaartenset, deck.yaml (Ontdek & Doe deck source)';
  schema.description =
    "Een kaartenset in de standaardtaal: instellingen, thema's en kaarten. Zie packages/content/FORMAT.md.\n\nA deck in its default language: settings, themes and cards. See packages/content/FORMAT.md.";
  const properties = at(schema, 'properties');
  delete properties.defaultLanguage;
  if (Array.isArray(schema.required))
    schema.required = schema.required.filter((key) => key !== 'defaultLanguage');
  const id = at(properties, 'id');
  id.pattern = DECK_ID_PATTERN.source;
  id.description =
    'Kleine letters, cijfers en streepjes. De map heeft dezelfde naam.\n\nSmall letters, digits and dashes. The folder has the same name.';
  at(properties, 'languages').uniqueItems = true;
  const card = at(properties, 'cards', 'items', 'properties');
  const answer = at(card, 'answer');
  const kinds = (Array.isArray(answer.anyOf) ? answer.anyOf : []) as unknown[];
  const simple: Schema = { type: 'string', enum: ['talk', 'text', 'faces'], title: 'Simple answer' };
  bilingual(simple);
  card.answer = { ...answer, anyOf: [simple, ...kinds] };

  // Icons: the names of the set, so an editor completes them and flags a typo.
  const icons = [...(options.icons ?? readIconNames())].sort();
  if (icons.length > 0) {
    at(properties, 'themes', 'items', 'properties', 'icon').enum = icons;
    for (const kind of kinds) {
      if (!isSchema(kind) || !isSchema(kind.properties) || !isSchema(kind.properties.options)) continue;
      const option = kind.properties.options.items;
      if (isSchema(option) && isSchema(option.properties) && isSchema(option.properties.icon))
        option.properties.icon.enum = icons;
    }
  }

  // Sensitive topics: the known ones to pick from, and still any word (the loader warns).
  const sensitivity = at(card, 'sensitivity', 'items');
  sensitivity.anyOf = [{ enum: [...SENSITIVITY_TAGS] }, { type: 'string' }];
  sensitivity.examples = [...SENSITIVITY_TAGS];
  return schema;
}

/**
 * The JSON Schema (draft-07) of a translation file (`en.yaml`).
 *
 * @example
 * ```ts
 * writeFileSync('schema/translation.schema.json', JSON.stringify(translationSchema(), null, 2));
 * // In en.yaml: # yaml-language-server: $schema=../../schema/translation.schema.json
 * ```
 */
export function translationSchema(): Schema {
  const pair = { $ref: '#/definitions/pair' };
  const group = (properties: Schema, title: string, description: string): Schema => ({
    type: 'object',
    properties,
    additionalProperties: false,
    title,
    description,
  });
  return {
    $schema: SCHEMA_DRAFT,
    title: 'Vertaling van een kaartenset (Ontdek & Doe deck translation)',
    description:
      'De teksten in één taal, elk naast de tekst waar ze van vertaald zijn. Zie packages/content/FORMAT.md.\n\nThe texts in one language, each next to the text it was translated from. See packages/content/FORMAT.md.',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      language: {
        type: 'string',
        pattern: DECK_PATTERNS.languageTag.source,
        title: 'Taal (Language)',
        description:
          'De taal van dit bestand; hetzelfde als de naam van het bestand (en voor en.yaml).\n\nThe language of this file; the same as the file name (en for en.yaml).',
      },
      deck: group(
        { title: pair, description: pair },
        'Kaartenset (Deck)',
        'De titel en beschrijving.\n\nThe title and description.',
      ),
      themes: {
        type: 'object',
        title: "Thema's (Themes)",
        description: 'Per thema-id de naam.\n\nThe name, per theme id.',
        additionalProperties: group(
          { title: pair },
          'Thema (Theme)',
          'De naam van het thema.\n\nThe name of the theme.',
        ),
      },
      cards: {
        type: 'object',
        title: 'Kaarten (Cards)',
        description: 'Per kaart-id de teksten van de kaart.\n\nThe texts of each card, per card id.',
        additionalProperties: group(
          {
            prompt: pair,
            easy: pair,
            hints: {
              type: 'array',
              items: pair,
              title: 'Tips (Leader hints)',
              description: 'Op dezelfde volgorde als in deck.yaml.\n\nIn the same order as in deck.yaml.',
            },
            followUps: {
              type: 'array',
              items: pair,
              title: 'Doorvragen (Follow-up questions)',
              description: 'Op dezelfde volgorde als in deck.yaml.\n\nIn the same order as in deck.yaml.',
            },
            picture: group(
              { alt: pair },
              'Afbeelding (Picture)',
              'De beschrijving van de afbeelding.\n\nThe picture description.',
            ),
            options: {
              type: 'object',
              additionalProperties: pair,
              title: 'Keuzes (Options)',
              description: 'Per keuze-id de tekst.\n\nThe label, per option id.',
            },
          },
          'Kaart (Card)',
          'De teksten van een kaart.\n\nThe texts of a card.',
        ),
      },
    },
    additionalProperties: false,
    definitions: {
      pair: {
        type: 'object',
        minProperties: 1,
        additionalProperties: { type: 'string' },
        title: 'Vertaling (Translation)',
        description:
          'De vertaling en de tekst waar hij van gemaakt is: { en: …, nl: … }.\n\nThe translation and the text it was made from: { en: …, nl: … }.',
      },
    },
  };
}
