/** A valid answer for any card of the sample deck, for tests that play through. Not exported. */
import type { AnswerValue, Card } from '../types.ts';

export function answerFor(card: Card, text = `my answer to ${card.id}`): AnswerValue {
  switch (card.answer.kind) {
    case 'text':
      return { kind: 'text', text };
    case 'faces':
      return { kind: 'faces', face: 4, text };
    case 'choice':
      return {
        kind: 'choice',
        options: 'options' in card.answer && card.answer.options[0] ? [card.answer.options[0].id] : [],
      };
    default:
      return { kind: card.answer.kind, text };
  }
}
