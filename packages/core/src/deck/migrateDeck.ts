/**
 * Forward migrations of the deck format, keyed by the schema version they start from. A deck in
 * an older format is brought up to {@link DECK_SCHEMA_VERSION} one step at a time, and problems
 * found afterwards can still point at the places in the deck as it was written.
 */
import { DECK_SCHEMA_VERSION } from '../types.ts';
import type { IssuePath } from '../types.ts';

type JsonObject = Record<string, unknown>;

/** One step in the deck format's history. */
export interface DeckMigration {
  /** The version this step reads. */
  from: number;
  /** The version this step writes. */
  to: number;
  /**
   * Rewrites a deck object, leaving parts that are not what it expects as they are. Also returns
   * how to map a path in the rewritten deck back to the same place before this step.
   */
  migrate(deck: JsonObject): { deck: JsonObject; sourcePath(path: IssuePath): IssuePath };
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Which of a card's fields to map back to their version-1 names: those that were renamed, and
 * those missing in both forms (the version-1 name is the one to add).
 */
interface CardRenames {
  level: boolean;
  question: boolean;
  type: boolean;
}

/**
 * Version 1, the first draft: a card had `level` (1–3) instead of `depth`, `question` instead
 * of `prompt`, and `type` (`talk` | `text` | `faces` | `choice`) plus an optional top-level
 * `options` list instead of `answer`; a theme had `color` instead of `colour`.
 */
const v1ToV2: DeckMigration = {
  from: 1,
  to: 2,
  migrate(deck) {
    const out: JsonObject = { ...deck, schemaVersion: 2 };
    const renamedColours = new Set<number>();
    const renamedCards = new Map<number, CardRenames>();
    if (Array.isArray(deck.themes)) {
      out.themes = deck.themes.map((theme: unknown, index) => {
        if (!isObject(theme) || !Object.hasOwn(theme, 'color')) return theme;
        renamedColours.add(index);
        const { color, ...rest } = theme;
        return { ...rest, colour: color };
      });
    }
    if (Array.isArray(deck.cards)) {
      out.cards = deck.cards.map((card: unknown, index) => {
        if (!isObject(card)) return card;
        const { level, question, type, options, ...rest } = card;
        renamedCards.set(index, {
          level: level !== undefined || !Object.hasOwn(card, 'depth'),
          question: question !== undefined || !Object.hasOwn(card, 'prompt'),
          type: type !== undefined || !Object.hasOwn(card, 'answer'),
        });
        const migrated: JsonObject = { ...rest };
        if (level !== undefined) migrated.depth = level;
        if (question !== undefined) migrated.prompt = question;
        if (type !== undefined)
          migrated.answer = options === undefined ? { kind: type } : { kind: type, options };
        else if (options !== undefined) migrated.options = options; // left in place, so it is reported where it is
        return migrated;
      });
    }
    const sourcePath = (path: IssuePath): IssuePath => {
      const [top, index, key, ...rest] = path;
      if (top === 'cards' && typeof index === 'number') {
        const renames = renamedCards.get(index);
        if (key === 'depth' && (renames?.level ?? true)) return ['cards', index, 'level', ...rest];
        if (key === 'prompt' && (renames?.question ?? true)) return ['cards', index, 'question', ...rest];
        if (key === 'answer' && (renames?.type ?? true)) {
          return rest[0] === 'options'
            ? ['cards', index, 'options', ...rest.slice(1)]
            : ['cards', index, 'type'];
        }
      }
      if (top === 'themes' && typeof index === 'number' && key === 'colour' && renamedColours.has(index)) {
        return ['themes', index, 'color', ...rest];
      }
      return path;
    };
    return { deck: out, sourcePath };
  },
};

/**
 * Every migration, keyed by the version it starts from.
 *
 * @example
 * ```ts
 * DECK_MIGRATIONS[1]?.to; // 2
 * ```
 */
export const DECK_MIGRATIONS: Readonly<Record<number, DeckMigration>> = { 1: v1ToV2 };

/**
 * The deck schema versions this build reads, oldest first.
 *
 * @example
 * ```ts
 * SUPPORTED_DECK_SCHEMA_VERSIONS.join(', '); // '1, 2'
 * ```
 */
export const SUPPORTED_DECK_SCHEMA_VERSIONS: readonly number[] = [
  ...Object.values(DECK_MIGRATIONS).map((migration) => migration.from),
  DECK_SCHEMA_VERSION,
].sort((a, b) => a - b);

/** The outcome of {@link migrateDeck}. */
export type MigrateDeckResult =
  | {
      ok: true;
      /** The deck in the current format (not yet validated). */
      deck: JsonObject;
      /** The version the input had; a deck without `schemaVersion` counts as current. */
      fromVersion: number;
      migrated: boolean;
      /** Maps a path in `deck` back to the input's own shape, e.g. `prompt` → `question`. */
      sourcePath: (path: IssuePath) => IssuePath;
    }
  | {
      ok: false;
      reason: 'not-an-object' | 'unsupported-version' | 'failed';
      /** The `schemaVersion` found, if any. */
      version?: unknown;
    };

const samePath = (path: IssuePath): IssuePath => path;

/**
 * Brings a deck object up to the current schema version. It only renames and reshapes: it does
 * not validate (use `parseDeck`, which calls this). Never throws.
 *
 * @example
 * ```ts
 * const result = migrateDeck({ schemaVersion: 1, cards: [{ id: 'a', level: 2, question: { nl: 'Hoi?' }, type: 'talk' }] });
 * if (result.ok) result.deck.cards; // [{ id: 'a', depth: 2, prompt: { nl: 'Hoi?' }, answer: { kind: 'talk' } }]
 * ```
 */
export function migrateDeck(input: unknown): MigrateDeckResult {
  try {
    if (!isObject(input)) return { ok: false, reason: 'not-an-object' };
    const version = input.schemaVersion;
    if (version === undefined || version === DECK_SCHEMA_VERSION) {
      return {
        ok: true,
        deck: input,
        fromVersion: DECK_SCHEMA_VERSION,
        migrated: false,
        sourcePath: samePath,
      };
    }
    if (typeof version !== 'number' || !Object.hasOwn(DECK_MIGRATIONS, version)) {
      return { ok: false, reason: 'unsupported-version', version };
    }
    let deck = input;
    let current = version;
    const mappers: ((path: IssuePath) => IssuePath)[] = [];
    while (current !== DECK_SCHEMA_VERSION) {
      const step = Object.hasOwn(DECK_MIGRATIONS, current) ? DECK_MIGRATIONS[current] : undefined;
      if (!step || mappers.length > 100) return { ok: false, reason: 'unsupported-version', version };
      const result = step.migrate(deck);
      deck = result.deck;
      mappers.push(result.sourcePath);
      current = step.to;
    }
    const sourcePath = (path: IssuePath) => mappers.reduceRight((p, map) => map(p), path);
    return { ok: true, deck, fromVersion: version, migrated: true, sourcePath };
  } catch {
    return { ok: false, reason: 'failed' };
  }
}
