/**
 * The deck format as JSON Schema, for editors (VS Code and others show help and flag mistakes
 * while a trainer types). Generated from the same zod schema the loader uses.
 */
import * as z from 'zod/mini';
import { deckSchema } from './deckSchema.ts';

/**
 * Returns the JSON Schema (draft 2020-12) of a deck, with a title and description on each field.
 * It describes the shape and the simple rules; the whole-deck rules (duplicate ids, unknown
 * themes, missing translations) are only checked by `parseDeck`. Unknown keys are flagged
 * (`additionalProperties: false`), and a deck may name its schema in `$schema`.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('deck.schema.json', JSON.stringify(deckJsonSchema(), null, 2));
 * // In a deck file: { "$schema": "./deck.schema.json", "schemaVersion": 2, … }
 * ```
 */
export function deckJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(deckSchema, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
}
