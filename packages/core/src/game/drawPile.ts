import type { Card, CardFamily, Deck, GameSettings, Player } from '../types.ts';
import { shuffle } from './random.ts';

/** Is this card allowed in this session at all (theme, depth, sensitivity)? */
export function cardFitsSettings(card: Card, settings: GameSettings): boolean {
  if (settings.themes.length > 0 && !settings.themes.includes(card.theme)) return false;
  if (card.depth > settings.maxDepth) return false;
  if (card.sensitivity?.some((tag) => settings.excludeSensitivity.includes(tag))) return false;
  return true;
}

/** May this card be shown to this player? Only a known age can leave a card out. */
export function cardFitsPlayer(card: Card, player: Player): boolean {
  return card.minimumAge === undefined || player.age === undefined || player.age >= card.minimumAge;
}

const familyOrder: CardFamily[] = ['wish', 'strength', 'doing', 'need', 'action', 'life-event'];

/**
 * The order cards will be drawn in: only cards that fit the settings, shuffled by the seed,
 * then arranged light to deep (depth 1 first) with the families taking turns within a depth,
 * so each player meets want, can, do and need early and the game deepens slowly. Cards the game
 * cannot play (an answer kind whose plugin is not installed) are left out.
 *
 * @example
 * buildDrawPile(deck, settings); // ['c04', 'c11', ...]
 */
export function buildDrawPile(
  deck: Deck,
  settings: GameSettings,
  isPlayable: (card: Card) => boolean = () => true,
): string[] {
  const fitting = shuffle(
    deck.cards.filter((card) => cardFitsSettings(card, settings) && isPlayable(card)),
    settings.seed,
  );
  const pile: string[] = [];
  for (const depth of [1, 2, 3] as const) {
    const byFamily = familyOrder.map((family) =>
      fitting.filter((card) => card.depth === depth && card.family === family),
    );
    // Rotate the families so the first family is seeded too, not always 'wish'.
    const start = Math.abs(settings.seed) % familyOrder.length;
    let added = true;
    for (let round = 0; added; round++) {
      added = false;
      for (let f = 0; f < byFamily.length; f++) {
        const card = byFamily[(f + start) % byFamily.length]![round];
        if (card) {
          pile.push(card.id);
          added = true;
        }
      }
    }
  }
  return pile;
}

/** The first card in the pile that this player may get, or undefined. */
export function nextCardFor(
  pile: readonly string[],
  player: Player,
  cards: ReadonlyMap<string, Card>,
): string | undefined {
  return pile.find((id) => {
    const card = cards.get(id);
    return card !== undefined && cardFitsPlayer(card, player);
  });
}
