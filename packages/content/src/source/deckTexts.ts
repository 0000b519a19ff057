/**
 * Every translatable text of a deck, in reading order: the deck's title and description, each
 * theme's name, and per card its question, easy question, hints, follow-ups, picture description
 * and option labels.
 */
import type { Deck, LocalizedText } from '@ontdek-doe/core/schema';
import type { IssuePath, MessageParams } from '../types.ts';

/** One translatable text and where it is. */
export interface DeckText {
  /** The text's path in the deck, without the language: `['cards', 3, 'prompt']`. */
  path: IssuePath;
  /** The values that name its place in messages (`card`, `cardId`, `text`, `item`, `optionId`, …). */
  params: MessageParams;
  /** The card it belongs to, if any. */
  cardId?: string;
  text: LocalizedText;
}

/**
 * Lists the translatable texts of `deck`.
 *
 * @example
 * ```ts
 * for (const { path, text } of deckTexts(deck)) if (!text.en) console.log(path.join('.'));
 * ```
 */
export function deckTexts(deck: Deck): DeckText[] {
  const out: DeckText[] = [
    { path: ['title'], params: { text: 'title' }, text: deck.title },
    { path: ['description'], params: { text: 'description' }, text: deck.description },
  ];
  deck.themes.forEach((theme, index) => {
    out.push({
      path: ['themes', index, 'title'],
      params: { theme: index + 1, themeId: theme.id, text: 'title' },
      text: theme.title,
    });
  });
  deck.cards.forEach((card, index) => {
    const base = { card: index + 1, cardId: card.id };
    const add = (path: IssuePath, params: MessageParams, text: LocalizedText) =>
      out.push({ path: ['cards', index, ...path], params: { ...base, ...params }, cardId: card.id, text });
    add(['prompt'], { text: 'prompt' }, card.prompt);
    if (card.easy) add(['easy'], { text: 'easy' }, card.easy);
    card.hints?.forEach((hint, item) => add(['hints', item], { text: 'hints', item: item + 1 }, hint));
    card.followUps?.forEach((followUp, item) =>
      add(['followUps', item], { text: 'followUps', item: item + 1 }, followUp),
    );
    if (card.picture) add(['picture', 'alt'], { text: 'alt' }, card.picture.alt);
    if (card.answer.kind === 'choice' && 'options' in card.answer) {
      card.answer.options.forEach((option, optionIndex) =>
        add(
          ['answer', 'options', optionIndex, 'label'],
          { text: 'options', optionId: option.id },
          option.label,
        ),
      );
    }
  });
  return out;
}
