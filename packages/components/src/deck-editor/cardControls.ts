import { pathKey } from './paths.ts';
import { asList, asRecord } from './paths.ts';

/** The answer kind of a card from draft data: the word form (`talk`) or the block form. */
export function answerKind(answer: unknown): string {
  if (typeof answer === 'string') return answer;
  const kind = asRecord(answer)?.kind;
  return typeof kind === 'string' ? kind : '';
}

/**
 * The path keys of every control the card form draws for a card at `index`, with its texts in
 * `languages`. The form places each problem at one of these (see `placeProblems`); a test checks
 * that the form draws exactly these controls.
 *
 * @example
 * cardControlKeys({ answer: { kind: 'talk' } }, 3, ['nl']).has('cards/3/prompt/nl'); // true
 */
export function cardControlKeys(
  card: Record<string, unknown>,
  index: number,
  languages: readonly string[],
): Set<string> {
  const base = ['cards', index];
  const keys = new Set<string>();
  const add = (...rest: (string | number)[]) => keys.add(pathKey([...base, ...rest]));
  for (const field of [
    'id',
    'family',
    'theme',
    'depth',
    'answer',
    'picture',
    'minimumAge',
    'tags',
    'sensitivity',
  ])
    add(field);
  for (const language of languages) {
    add('prompt', language);
    add('easy', language);
  }
  add('picture', 'src');
  if (asRecord(card.picture)) for (const language of languages) add('picture', 'alt', language);
  const answer = asRecord(card.answer);
  const kind = answerKind(card.answer);
  if (kind === 'text') add('answer', 'maxLength');
  if (kind.includes(':')) add('answer', 'kind');
  if (kind === 'choice') {
    add('answer', 'multiple');
    add('answer', 'options');
    asList(answer?.options).forEach((_, i) => {
      add('answer', 'options', i, 'id');
      add('answer', 'options', i, 'icon');
      for (const language of languages) add('answer', 'options', i, 'label', language);
    });
  }
  for (const list of ['hints', 'followUps']) {
    add(list);
    asList(card[list]).forEach((_, i) => {
      for (const language of languages) add(list, i, language);
    });
  }
  return keys;
}
