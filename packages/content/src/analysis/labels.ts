/**
 * Words for the deck's fixed vocabulary in the trainer's tools and on printed cards: the names of
 * the card families and the answer kinds, in Dutch and English.
 */
import type { CardFamily } from '@ontdek-doe/core/schema';

/** The languages the tools speak. */
export type ToolLanguage = 'nl' | 'en';

/** The card families in words, as players and trainers know them. */
export const FAMILY_NAMES: Record<ToolLanguage, Record<CardFamily, string>> = {
  nl: {
    wish: 'Willen',
    strength: 'Kunnen',
    doing: 'Doen',
    need: 'Nodig',
    action: 'Doe-opdracht',
    'life-event': 'Gebeurtenis',
  },
  en: {
    wish: 'Wish',
    strength: 'Strength',
    doing: 'Doing',
    need: 'Need',
    action: 'Action',
    'life-event': 'Life event',
  },
};

/**
 * The card families in the core's order. Taken from the names above (so this package needs only
 * the core's types): `Record<CardFamily, string>` does not compile when the core adds a family.
 */
export const CARD_FAMILIES = Object.keys(FAMILY_NAMES.en) as readonly CardFamily[];

const ANSWER_KIND_NAMES: Record<ToolLanguage, Record<string, string>> = {
  nl: { talk: 'praten', text: 'tekst', faces: 'gezichtjes', choice: 'keuze' },
  en: { talk: 'talk', text: 'text', faces: 'faces', choice: 'choice' },
};

/** The name of an answer kind; a plugin's kind (`name:kind`) keeps its own name. */
export function answerKindName(kind: string, language: ToolLanguage): string {
  return Object.hasOwn(ANSWER_KIND_NAMES[language], kind) ? ANSWER_KIND_NAMES[language][kind]! : kind;
}
