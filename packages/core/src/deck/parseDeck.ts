/**
 * The deck loader: turns any input into a valid deck, or into every problem at once, each with
 * its place and a plain-language message in Dutch and English.
 */
import * as z from 'zod/mini';
import { DECK_SCHEMA_VERSION, type Deck, type DeckIssue, type ParseDeckResult } from '../types.ts';
import { checkDeck } from './checkDeck.ts';
import { DECK_LIMITS } from './deckLimits.ts';
import { describeIssue } from './deckMessages.ts';
import { buildDeckSchema } from './deckSchema.ts';
import { display, IssueCollector, typeOf } from './issueCollector.ts';
import { migrateDeck, SUPPORTED_DECK_SCHEMA_VERSIONS } from './migrateDeck.ts';
import { reportSchemaIssues } from './reportSchemaIssues.ts';
import { toPlainData } from './toPlainData.ts';

/** Options for {@link parseDeck}. */
export interface ParseDeckOptions {
  /** Answer kinds added by the host's plugins, e.g. `['traffic-light']`. Other unknown kinds are errors. */
  answerKinds?: readonly string[];
}

/**
 * The deck schema `parseDeck` runs: the same as `deckSchema`, except that an answer is only
 * checked for a text `kind` here and then against the schema of its own kind (clearer messages).
 */
const loaderSchema = buildDeckSchema(z.looseObject({ kind: z.string() }));

/**
 * Checks a deck and returns it typed, or returns every problem found. Accepts a deck object or
 * its JSON text. Decks in an older format are migrated first (with a `deck-migrated` warning).
 * Never throws, whatever the input: loops, getters that throw, proxies, huge lists and
 * `__proto__` keys all become problems with a place.
 *
 * Errors make a deck unplayable; warnings (a missing translation, an unknown key that is
 * probably a typo) do not. Each problem has a stable `code`, a `path` into the input as written
 * (e.g. `['cards', 12, 'prompt', 'en']`), `params` and a `message` in Dutch and English.
 *
 * @example
 * ```ts
 * const result = parseDeck(await response.text(), { answerKinds: ['traffic-light'] });
 * if (result.ok) startGame(result.deck);
 * else console.error(formatDeckIssues(result.errors, 'en'));
 * ```
 */
export function parseDeck(input: unknown, options?: ParseDeckOptions): ParseDeckResult {
  try {
    return parse(input, options);
  } catch {
    // Not expected to happen: every step guards itself. Kept so the promise "never throws" holds.
    return { ok: false, errors: [internalError()], warnings: [] };
  }
}

function parse(input: unknown, options: ParseDeckOptions | undefined): ParseDeckResult {
  const issues = new IssueCollector();
  const fail = (data: unknown): ParseDeckResult => ({
    ok: false,
    errors: issues.finish('error', data),
    warnings: issues.finish('warning', data),
  });

  let source = input;
  if (typeof input === 'string') {
    if (input.length > DECK_LIMITS.maxJsonLength) {
      issues.add('too-large', 'error', [], { max: DECK_LIMITS.maxJsonLength, unit: 'characters' });
      return fail(undefined);
    }
    try {
      source = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    } catch (error) {
      const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
      issues.add('invalid-json', 'error', [], position === undefined ? {} : { position: Number(position) });
      return fail(undefined);
    }
  }

  const plain = toPlainData(source, issues);
  if (plain.aborted) return fail(undefined);
  const data = plain.value;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    issues.add('not-a-deck', 'error', [], { received: typeOf(data) });
    return fail(data);
  }

  const root = data as Record<string, unknown>;
  if (!Object.hasOwn(root, 'schemaVersion')) issues.add('missing-field', 'error', ['schemaVersion']);
  const migration = migrateDeck(root);
  if (!migration.ok) {
    issues.add('unsupported-schema-version', 'error', ['schemaVersion'], {
      value: display(root.schemaVersion),
      supported: SUPPORTED_DECK_SCHEMA_VERSIONS.join(', '),
    });
    return fail(root);
  }
  const deck = migration.deck;
  if (migration.migrated) {
    issues.add('deck-migrated', 'warning', ['schemaVersion'], {
      from: migration.fromVersion,
      to: DECK_SCHEMA_VERSION,
    });
    issues.mapPath = migration.sourcePath;
  }

  const answerKinds = new Set(
    Array.isArray(options?.answerKinds) ? options.answerKinds.filter((k) => typeof k === 'string') : [],
  );
  const answers = checkDeck(deck, issues, answerKinds);
  const result = z.safeParse(loaderSchema, deck);
  if (!result.success) reportSchemaIssues(issues, result.error.issues, [], deck);
  if (issues.errorCount > 0) return fail(deck);
  if (!result.success) {
    issues.add('internal-error', 'error', []);
    return fail(deck);
  }

  const { $schema: _ignored, ...parsed } = result.data;
  if (answers.length !== parsed.cards.length || answers.includes(undefined)) {
    issues.add('internal-error', 'error', []);
    return fail(deck);
  }
  const cards = parsed.cards.map((card, index) => ({ ...card, answer: answers[index]! }));
  const valid: Deck = { ...parsed, cards };
  return { ok: true, deck: valid, warnings: issues.finish('warning', deck) };
}

function internalError(): DeckIssue {
  return {
    code: 'internal-error',
    severity: 'error',
    path: [],
    message: {
      nl: describeIssue({ code: 'internal-error' }, 'nl'),
      en: describeIssue({ code: 'internal-error' }, 'en'),
    },
    params: {},
  };
}
