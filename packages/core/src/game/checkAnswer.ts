import type { AnswerValue, Card } from '../types.ts';
import { MAX_TEXT, reject, type Rejection } from './Rejection.ts';

/** Checks a value of a kind that a plugin added; the plugin host provides it. */
export type AnswerKindValidator = (
  kind: string,
  value: unknown,
) => { ok: true } | { ok: false; message: { nl: string; en: string } };

const tooLong = (text: unknown) => typeof text === 'string' && text.length > MAX_TEXT;

/**
 * Does this value answer this card? The answer kind of the card decides.
 *
 * @example
 * checkAnswer(card, { kind: 'faces', face: 4 }); // null when the card has a face scale
 */
export function checkAnswer(
  card: Card,
  value: AnswerValue,
  validator?: AnswerKindValidator,
): Rejection | null {
  if (!value || typeof value !== 'object' || typeof value.kind !== 'string') {
    return reject('answer-invalid', 'Dit antwoord klopt niet.', 'This answer is not valid.');
  }
  if (value.kind !== card.answer.kind) {
    return reject(
      'answer-kind',
      'Dit antwoord past niet bij deze kaart.',
      'This answer does not fit this card.',
    );
  }
  if (value.text !== undefined && typeof value.text !== 'string') {
    return reject('answer-invalid', 'Dit antwoord klopt niet.', 'This answer is not valid.');
  }
  if (tooLong(value.text)) {
    return reject(
      'answer-too-long',
      `Je antwoord is te lang (meer dan ${MAX_TEXT} tekens).`,
      `The answer is too long (over ${MAX_TEXT} characters).`,
    );
  }
  const spec = card.answer;
  switch (spec.kind) {
    case 'talk':
      return null;
    case 'text': {
      const text = typeof value.text === 'string' ? value.text.trim() : '';
      if (!text)
        return reject(
          'answer-empty',
          'Schrijf iets op, of kies "overslaan".',
          'Write something, or choose "pass".',
        );
      const max = 'maxLength' in spec && typeof spec.maxLength === 'number' ? spec.maxLength : MAX_TEXT;
      if (text.length > max)
        return reject(
          'answer-too-long',
          `Je antwoord is te lang (meer dan ${max} tekens).`,
          `The answer is too long (over ${max} characters).`,
        );
      return null;
    }
    case 'faces': {
      const face = (value as { face?: unknown }).face;
      return typeof face === 'number' && Number.isInteger(face) && face >= 1 && face <= 5
        ? null
        : reject('answer-face', 'Kies een van de gezichtjes.', 'Choose one of the faces.');
    }
    case 'choice': {
      const chosen = (value as { options?: unknown }).options;
      const options = 'options' in spec && Array.isArray(spec.options) ? spec.options : [];
      if (!Array.isArray(chosen) || chosen.length === 0)
        return reject('answer-choice', 'Kies minstens één plaatje.', 'Choose at least one picture.');
      if (chosen.some((id) => !options.some((o) => o.id === id)))
        return reject(
          'answer-choice',
          'Deze keuze staat niet op de kaart.',
          'That choice is not on this card.',
        );
      if (new Set(chosen).size !== chosen.length)
        return reject('answer-choice', 'Je koos iets twee keer.', 'A choice was picked twice.');
      if (!('multiple' in spec && spec.multiple) && chosen.length > 1)
        return reject('answer-choice', 'Kies één plaatje.', 'Choose one picture.');
      return null;
    }
    default: {
      if (!validator)
        return reject(
          'answer-kind-unknown',
          `Het spel kent de antwoordsoort "${spec.kind}" niet.`,
          `The game does not know the answer kind "${spec.kind}".`,
        );
      const result = validator(spec.kind, (value as { value?: unknown }).value);
      return result.ok ? null : { code: 'answer-invalid', message: result.message };
    }
  }
}
