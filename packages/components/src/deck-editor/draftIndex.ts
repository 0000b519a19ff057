import type { DeckDraft } from '@ontdek-doe/content/editing';
import { asList, asRecord } from './paths.ts';

/** A draft's cards by id, with their place, for one revision. */
export interface DraftIndex {
  readonly revision: number;
  readonly ids: readonly string[];
  readonly cards: ReadonlyMap<string, { card: Record<string, unknown>; index: number }>;
}

const memo = new WeakMap<DeckDraft, DraftIndex>();

/**
 * The draft's cards by id and place, made once per revision and shared by every part of the
 * editor: a list of 1,000 cards then looks each card up in constant time while it renders.
 *
 * @example
 * const { cards } = draftIndex(draft);
 * cards.get('wish-1')?.index; // 0
 */
export function draftIndex(draft: DeckDraft): DraftIndex {
  const known = memo.get(draft);
  if (known?.revision === draft.revision) return known;
  const cards = new Map<string, { card: Record<string, unknown>; index: number }>();
  const ids: string[] = [];
  asList(draft.data().cards).forEach((value, index) => {
    const card = asRecord(value);
    if (!card || typeof card.id !== 'string') return;
    ids.push(card.id);
    if (!cards.has(card.id)) cards.set(card.id, { card, index });
  });
  const index: DraftIndex = { revision: draft.revision, ids, cards };
  memo.set(draft, index);
  return index;
}
