// @ts-check
// The deck the editor benchmark opens: as many cards as asked, made from a real deck's cards.

/**
 * A deck of `count` cards: the cards of `source` over and over, each copy with its own id (the
 * source id and the pass through the source: `wens-1-1`, …, `wens-1-2`, …), with the id `groot`.
 * @param {import('@ontdek-doe/core').Deck} source
 * @param {number} count
 * @returns {import('@ontdek-doe/core').Deck}
 */
export function bigDeck(source, count) {
  const size = source.cards.length;
  if (size === 0) throw new Error(`The deck "${source.id}" has no cards to repeat.`);
  const cards = Array.from({ length: count }, (_, i) => {
    const card = /** @type {import('@ontdek-doe/core').Card} */ (source.cards[i % size]);
    return { ...card, id: `${card.id}-${Math.floor(i / size) + 1}` };
  });
  return { ...source, id: 'groot', cards };
}
