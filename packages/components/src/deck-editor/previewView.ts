import {
  cardView,
  CARD_FAMILIES,
  type AnswerSpec,
  type Card,
  type CardView,
  type Deck,
  type ReadingLevel,
} from '@ontdek-doe/core';
import { pictureSrc } from '../base/iconSvg.ts';
import { asList, asRecord } from './paths.ts';

const texts = (value: unknown): Record<string, string> => {
  const record = asRecord(value) ?? {};
  return Object.fromEntries(Object.entries(record).filter((entry) => typeof entry[1] === 'string')) as Record<
    string,
    string
  >;
};

/** A card's answer from draft data: the word form (`talk`) or the block form, else `talk`. */
function answerOf(value: unknown): AnswerSpec {
  if (typeof value === 'string')
    return value.includes(':') ? ({ kind: value } as AnswerSpec) : answerOf({ kind: value });
  const answer = asRecord(value);
  const kind = answer?.kind;
  if (kind === 'text')
    return typeof answer?.maxLength === 'number' ? { kind, maxLength: answer.maxLength } : { kind };
  if (kind === 'faces' || kind === 'talk') return { kind };
  if (kind === 'choice')
    return {
      kind,
      multiple: answer?.multiple === true,
      options: asList(answer?.options).flatMap((option, index) => {
        const o = asRecord(option);
        if (!o) return [];
        const id = typeof o.id === 'string' && o.id !== '' ? o.id : `option-${index + 1}`;
        return [{ id, label: texts(o.label), ...(typeof o.icon === 'string' ? { icon: o.icon } : {}) }];
      }),
    };
  if (typeof kind === 'string' && kind.includes(':'))
    return {
      kind: kind as `${string}:${string}`,
      ...(asRecord(answer?.config) ? { config: asRecord(answer?.config) } : {}),
    };
  return { kind: 'talk' };
}

/**
 * A card of a draft as a player would see it, through the core's own `cardView` (the function the
 * game uses), so the preview shows exactly what the game shows. A draft may be invalid: what is
 * missing or wrong gets the game's own fallbacks (no theme: grey; unknown answer kind: talk).
 *
 * @example
 * previewCardView(draft.data(), draft.card('wish-1'), 'en', 'easy', draft.defaultLanguage)?.prompt;
 */
export function previewCardView(
  data: Record<string, unknown>,
  raw: Record<string, unknown> | undefined,
  language: string,
  reading: ReadingLevel,
  defaultLanguage: string,
): CardView | null {
  if (!raw) return null;
  const themes = asList(data.themes).flatMap((value) => {
    const theme = asRecord(value);
    if (!theme || typeof theme.id !== 'string') return [];
    return [
      {
        id: theme.id,
        title: texts(theme.title),
        colour: typeof theme.colour === 'string' ? theme.colour : '#555555',
        icon: typeof theme.icon === 'string' ? theme.icon : 'circle',
      },
    ];
  });
  const deck = { defaultLanguage, themes } as unknown as Deck;
  const picture = asRecord(raw.picture);
  const family = CARD_FAMILIES.find((f) => f === raw.family) ?? 'wish';
  const depth = raw.depth === 2 || raw.depth === 3 ? raw.depth : 1;
  const card: Card = {
    id: typeof raw.id === 'string' ? raw.id : '',
    family,
    theme: typeof raw.theme === 'string' ? raw.theme : '',
    depth,
    prompt: texts(raw.prompt),
    ...(asRecord(raw.easy) ? { easy: texts(raw.easy) } : {}),
    ...(picture && typeof picture.src === 'string' && picture.src !== ''
      ? { picture: { src: pictureSrc(picture.src), alt: texts(picture.alt) } }
      : {}),
    answer: answerOf(raw.answer),
  };
  return cardView(deck, card, language, reading);
}

/**
 * The deck for the try-out game, with the pictures of the icon set drawn from the set (as the
 * preview does) instead of fetched from the host.
 *
 * @example
 * const deck = withIconPictures(draft.playable()!);
 */
export function withIconPictures(deck: Deck): Deck {
  return {
    ...deck,
    cards: deck.cards.map((card) =>
      card.picture ? { ...card, picture: { ...card.picture, src: pictureSrc(card.picture.src) } } : card,
    ),
  };
}
