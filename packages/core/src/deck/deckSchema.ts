/**
 * The structural schema of a deck, written with `zod/mini` (small and tree-shakable for browsers).
 * It checks shapes and the simple per-field rules. The rules that need the whole deck (duplicate
 * ids, unknown themes, missing translations, …) live in `checkDeck.ts`; `parseDeck` runs both.
 */
import * as z from 'zod/mini';
import { BUILT_IN_ANSWER_KINDS, CARD_FAMILIES, DECK_SCHEMA_VERSION } from '../types.ts';
import type { Deck } from '../types.ts';
import { DECK_LIMITS, DECK_PATTERNS, PLUGIN_KIND } from './deckLimits.ts';

const T = DECK_LIMITS.text;

/** Adds a title and a description, shown by editors that read the JSON Schema. */
function help<S extends z.ZodMiniType>(schema: S, title: string, description: string): S {
  return schema.check(z.meta({ title, description }));
}

function localizedText(max: number, title: string, description: string) {
  return help(
    z.record(z.string(), z.string().check(z.maxLength(max))),
    title,
    `${description} One entry per language code, e.g. {"nl": "…", "en": "…"}. The deck's default language is required; at most ${max} characters each.`,
  );
}

const id = (title: string, description: string) =>
  help(
    z.string().check(z.minLength(1), z.maxLength(DECK_LIMITS.maxIdLength), z.regex(DECK_PATTERNS.id)),
    title,
    description,
  );

const age = (description: string) =>
  help(z.int().check(z.gte(DECK_LIMITS.age.min), z.lte(DECK_LIMITS.age.max)), 'Minimum age', description);

const languageCode = (title: string, description: string) =>
  help(z.string().check(z.regex(DECK_PATTERNS.languageTag)), title, description);

/** One option of a choice card. */
const choiceOptionSchema = z.object({
  id: id('Option id', 'Unique within the card; stored with the answer.'),
  label: localizedText(T.optionLabel, 'Option label', 'The text on the option.'),
  icon: z.optional(help(z.string(), 'Icon', 'Name of an icon shipped with the content package.')),
});

/**
 * The schema of each built-in answer kind, keyed by kind.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.safeParse(answerSchemasByKind.text, { kind: 'text', maxLength: 200 }).success; // true
 * ```
 */
export const answerSchemasByKind = {
  talk: help(z.object({ kind: z.literal('talk') }), 'Talk', 'The player answers out loud; nothing is typed.'),
  text: help(
    z.object({
      kind: z.literal('text'),
      maxLength: z.optional(
        help(
          z.int().check(z.gte(DECK_LIMITS.textAnswerLength.min), z.lte(DECK_LIMITS.textAnswerLength.max)),
          'Maximum answer length',
          'The most characters the player may type.',
        ),
      ),
    }),
    'Open text',
    'The player types an answer in their own words.',
  ),
  faces: help(z.object({ kind: z.literal('faces') }), 'Face scale', 'The player picks one of five faces.'),
  choice: help(
    z.object({
      kind: z.literal('choice'),
      options: help(
        z.array(choiceOptionSchema).check(z.minLength(DECK_LIMITS.minChoiceOptions)),
        'Options',
        `At least ${DECK_LIMITS.minChoiceOptions} options, each with a unique id.`,
      ),
      multiple: z.optional(help(z.boolean(), 'Multiple', 'The player may pick more than one option.')),
    }),
    'Choice',
    'The player picks from options, with pictures if given.',
  ),
} as const;

/**
 * An answer kind added by a plugin: any kind that is not built in, with free-form `config`.
 * The host must name the kind in `parseDeck(input, { answerKinds })`.
 */
export const pluginAnswerSchema = help(
  z
    .object({
      // Plugin kinds are namespaced with a colon ('traffic-light:scale'), so they never clash with a built-in kind.
      kind: z.templateLiteral([z.string(), ':', z.string()]).check(z.regex(PLUGIN_KIND)),
      config: z.optional(
        help(z.record(z.string(), z.unknown()), 'Plugin settings', 'Free-form settings for the plugin.'),
      ),
    })
    .check(
      z.meta({ not: { properties: { kind: { enum: [...BUILT_IN_ANSWER_KINDS] } }, required: ['kind'] } }),
    ),
  'Plugin answer',
  'An answer kind added by a plugin. The host must enable the plugin.',
);

/**
 * How a card is answered: one of the built-in kinds or a plugin kind.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.safeParse(answerSpecSchema, { kind: 'traffic-light', config: { colours: 3 } }).success; // true
 * ```
 */
export const answerSpecSchema = help(
  z.union([
    answerSchemasByKind.talk,
    answerSchemasByKind.text,
    answerSchemasByKind.faces,
    answerSchemasByKind.choice,
    pluginAnswerSchema,
  ]),
  'Answer',
  `How the card is answered: ${BUILT_IN_ANSWER_KINDS.join(', ')}, or a kind added by a plugin.`,
);

/**
 * Builds the deck schema around an answer schema. `parseDeck` uses a loose answer schema and
 * checks each answer against its own kind afterwards, which gives clearer messages than a union.
 */
export function buildDeckSchema<A extends z.ZodMiniType>(answer: A) {
  const theme = z.object({
    id: id('Theme id', 'Unique within the deck; cards refer to it.'),
    title: localizedText(T.themeTitle, 'Theme name', 'The name of the life domain.'),
    colour: help(
      z.string().check(z.regex(DECK_PATTERNS.colour)),
      'Colour',
      'A colour as #rgb or #rrggbb, e.g. #1b6e5a.',
    ),
    icon: help(
      z.string().check(z.minLength(1)),
      'Icon',
      'Name of an icon shipped with the content package, e.g. heart.',
    ),
  });
  const card = z.object({
    id: id('Card id', 'Unique within the deck; answers and statistics refer to it.'),
    family: help(
      z.enum(CARD_FAMILIES),
      'Family',
      'wish (Willen), strength (Kunnen), doing (Doen), need (Nodig), action (Doe-opdracht) or life-event.',
    ),
    theme: help(z.string(), 'Theme', "The id of one of the deck's themes."),
    depth: help(
      z.literal([1, 2, 3]),
      'Depth',
      '1 is light, 3 is deep. The leader sets the maximum for a session.',
    ),
    prompt: localizedText(T.prompt, 'Question', 'The question in standard language.'),
    easy: z.optional(
      localizedText(
        T.easy,
        'Easy question',
        'The same question in easy language: short sentences, everyday words.',
      ),
    ),
    picture: z.optional(
      help(
        z.object({
          src: help(z.string().check(z.minLength(1)), 'Picture file', 'Path or URL of the picture.'),
          alt: localizedText(
            T.pictureAlt,
            'Picture description',
            'What the picture shows, for people who cannot see it.',
          ),
        }),
        'Picture',
        'A picture on the card.',
      ),
    ),
    answer,
    hints: z.optional(
      help(
        z.array(localizedText(T.hint, 'Leader hint', 'A coaching hint.')),
        'Leader hints',
        'Coaching hints for the game leader; players never see these.',
      ),
    ),
    followUps: z.optional(
      help(
        z.array(localizedText(T.followUp, 'Follow-up question', 'A question the leader may ask next.')),
        'Follow-up questions',
        'Questions the leader may ask next; players never see these.',
      ),
    ),
    minimumAge: z.optional(
      age('The card is only drawn for players at least this old (when their age is known).'),
    ),
    tags: z.optional(help(z.array(z.string()), 'Tags', 'Free tags for trainers (search, statistics).')),
    sensitivity: z.optional(
      help(
        z.array(z.string()),
        'Sensitivity',
        'Tags such as loss, money-worries or trauma; a leader can leave these cards out.',
      ),
    ),
  });
  return z.object({
    $schema: z.optional(
      help(z.string(), 'JSON Schema', 'Where editors find this schema; ignored by the game.'),
    ),
    schemaVersion: help(
      z.literal(DECK_SCHEMA_VERSION),
      'Schema version',
      `The deck format version. This build writes version ${DECK_SCHEMA_VERSION}.`,
    ),
    id: id('Deck id', 'A stable id for the deck, e.g. ontdek-doe-basis.'),
    version: help(
      z.string().check(z.minLength(1), z.maxLength(T.version)),
      'Deck version',
      'The version of this deck, e.g. 1.2.0.',
    ),
    title: localizedText(T.title, 'Title', 'The name of the deck.'),
    description: localizedText(
      T.description,
      'Description',
      'What the deck is for, for leaders choosing a deck.',
    ),
    languages: help(
      z.array(languageCode('Language', 'A BCP 47 language code.')).check(z.minLength(1)),
      'Languages',
      'Every language the deck is written in, e.g. ["nl", "en"]. Texts missing in one of them fall back to the default language.',
    ),
    defaultLanguage: languageCode(
      'Default language',
      'The language every text must have; one of "languages".',
    ),
    minimumAge: age('The youngest age the deck is meant for.'),
    themes: help(z.array(theme).check(z.minLength(1)), 'Themes', 'The life domains of this deck.'),
    cards: help(
      z.array(card).check(z.minLength(1), z.maxLength(DECK_LIMITS.maxCards)),
      'Cards',
      `The question cards, at most ${DECK_LIMITS.maxCards}.`,
    ),
  });
}

/**
 * The structural schema of a deck (schema version {@link DECK_SCHEMA_VERSION}). Prefer
 * `parseDeck`, which also runs the whole-deck checks, migrates older decks and explains every
 * problem in plain language; use this schema for type inference or with other zod tools.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { deckSchema } from '@ontdek-doe/core';
 * const result = z.safeParse(deckSchema, JSON.parse(text));
 * ```
 */
export const deckSchema = help(
  buildDeckSchema(answerSpecSchema),
  'Ontdek & Doe deck',
  'A deck of question cards for the Ontdek & Doe game.',
);

// Compile-time checks: what the schema produces is a `Deck`, and every `Deck` passes the schema's types.
type DeckSchemaOutput = z.output<typeof deckSchema>;
type IsAssignable<From, To> = [From] extends [To] ? true : false;
true satisfies IsAssignable<DeckSchemaOutput, Deck>;
true satisfies IsAssignable<Deck, z.input<typeof deckSchema>>;
