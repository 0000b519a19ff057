// @ts-check
// The SurveyJS side of the speed benchmark: the same cards as a SurveyJS survey JSON, one question
// per page, in the order the game draws them. Property names from survey-core's own JSON guide
// (survey-core/llms/survey-json-authoring.md, version 2.5.38).
import { localize } from '@ontdek-doe/core';

/** The card's own words for a talk card ("tell it out loud", and the optional note). */
const TALK = {
  nl: 'Vertel het hardop. Wil je iets opschrijven? Dat hoeft niet.',
  en: 'Say it out loud. Would you like to write something down? You don’t have to.',
};

/**
 * The SurveyJS question for one card, as close to the game's answer kind as SurveyJS allows:
 * text → `comment` (a text area), faces → `rating` with five smileys, choice → `checkbox` (or
 * `radiogroup` when only one option may be picked), talk → `comment` with the card's "say it out
 * loud" words as its description (the game's talk card has an optional note field too).
 * @param {import('@ontdek-doe/core').Card} card
 * @param {string} lang
 * @param {string} fallback
 * @returns {Record<string, unknown>}
 */
export function questionFor(card, lang, fallback) {
  const base = { name: card.id, title: localize(card.prompt, lang, fallback) };
  const answer = card.answer;
  switch (answer.kind) {
    case 'text':
      return { ...base, type: 'comment', maxLength: 2000 };
    case 'faces':
      return { ...base, type: 'rating', rateType: 'smileys', rateCount: 5, rateMin: 1, rateMax: 5 };
    case 'choice': {
      const options = /** @type {{ id: string, label: Record<string, string> }[]} */ (
        'options' in answer ? answer.options : []
      );
      const multiple = 'multiple' in answer && answer.multiple === true;
      return {
        ...base,
        type: multiple ? 'checkbox' : 'radiogroup',
        choices: options.map((option) => ({
          value: option.id,
          text: localize(option.label, lang, fallback),
        })),
      };
    }
    case 'talk':
      return { ...base, type: 'comment', description: lang === 'en' ? TALK.en : TALK.nl, maxLength: 2000 };
    default:
      throw new Error(`The benchmark has no SurveyJS question for the answer kind "${answer.kind}".`);
  }
}

/**
 * A SurveyJS survey JSON that asks the cards of `deck` with these ids, one per page, in that order,
 * in `lang`: no question numbers, no title, the Next button at the bottom (SurveyJS's defaults
 * otherwise). Throws on an id the deck does not have.
 * @param {import('@ontdek-doe/core').Deck} deck
 * @param {string[]} order
 * @param {string} [lang]
 */
export function deckToSurvey(deck, order, lang = deck.defaultLanguage) {
  const byId = new Map(deck.cards.map((card) => [card.id, card]));
  return {
    locale: lang,
    showQuestionNumbers: 'off',
    pages: order.map((id, i) => {
      const card = byId.get(id);
      if (!card) throw new Error(`The deck "${deck.id}" has no card "${id}".`);
      return { name: `page-${i + 1}`, elements: [questionFor(card, lang, deck.defaultLanguage)] };
    }),
  };
}
