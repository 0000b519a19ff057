/**
 * Cards for tests and stories, made the way the game makes them: a small deck run through the
 * core's own `cardView`, so the components see exactly what a real game gives them.
 */
import { cardView, type Card, type CardView, type Deck, type ReadingLevel } from '@ontdek-doe/core';

/** A small picture as a data URL: a sun over a line, so no network is needed. */
const SUN =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 90"><rect width="160" height="90" fill="#e8f1f8"/>' +
      '<circle cx="80" cy="45" r="22" fill="#f2b705"/><path d="M0 75h160" stroke="#1b6e5a" stroke-width="6"/></svg>',
  );

const cards: Card[] = [
  {
    id: 'talk-learn',
    family: 'wish',
    theme: 'myself',
    depth: 1,
    prompt: {
      nl: 'Wat zou je graag willen leren?',
      en: 'What would you like to learn?',
      ar: 'ما الذي تود أن تتعلمه؟',
    },
    easy: { nl: 'Wat wil je leren?', en: 'What do you want to learn?' },
    answer: { kind: 'talk' },
  },
  {
    id: 'text-good-at',
    family: 'strength',
    theme: 'contact',
    depth: 2,
    prompt: {
      nl: 'Waar ben je goed in als het om andere mensen gaat?',
      en: 'What are you good at when it comes to other people?',
    },
    answer: { kind: 'text', maxLength: 200 },
  },
  {
    id: 'faces-home',
    family: 'doing',
    theme: 'home',
    depth: 1,
    prompt: { nl: 'Hoe gaat het met je thuis?', en: 'How are things at home?', ar: 'كيف الحال في البيت؟' },
    answer: { kind: 'faces' },
  },
  {
    id: 'choice-free-time',
    family: 'need',
    theme: 'free-time',
    depth: 2,
    prompt: {
      nl: 'Wat heb je nodig om je vrije tijd fijn te maken?',
      en: 'What do you need to enjoy your free time?',
    },
    answer: {
      kind: 'choice',
      multiple: true,
      options: [
        { id: 'walk', label: { nl: 'Naar buiten gaan', en: 'Going outside' }, icon: 'walk' },
        { id: 'cook', label: { nl: 'Samen koken', en: 'Cooking together' }, icon: 'cook' },
        { id: 'music', label: { nl: 'Muziek', en: 'Music' }, icon: 'music' },
        { id: 'company', label: { nl: 'Iemand om mee te praten', en: 'Someone to talk to' }, icon: 'people' },
      ],
    },
  },
  {
    id: 'choice-this-week',
    family: 'action',
    theme: 'free-time',
    depth: 1,
    prompt: { nl: 'Welke kleine stap zet je deze week?', en: 'Which small step will you take this week?' },
    answer: {
      kind: 'choice',
      options: [
        { id: 'call', label: { nl: 'Iemand bellen', en: 'Call someone' } },
        { id: 'walk', label: { nl: 'Een stukje lopen', en: 'Go for a short walk' } },
        { id: 'ask', label: { nl: 'Om hulp vragen', en: 'Ask for help' } },
      ],
    },
  },
  {
    id: 'picture-moment',
    family: 'life-event',
    theme: 'myself',
    depth: 3,
    prompt: {
      nl: 'Denk aan een moment dat veel voor je veranderde. Wat gebeurde er?',
      en: 'Think of a moment that changed a lot for you. What happened?',
    },
    picture: { src: SUN, alt: { nl: 'Een zon boven de horizon', en: 'A sun above the horizon' } },
    answer: { kind: 'talk' },
  },
  {
    id: 'html-looking',
    family: 'wish',
    theme: 'myself',
    depth: 1,
    prompt: {
      nl: '<img src=x onerror="window.__odInjected=1"><b>Vet</b> & meer?',
      en: '<img src=x onerror="window.__odInjected=1"><b>Bold</b> & more?',
    },
    answer: {
      kind: 'choice',
      options: [{ id: 'x', label: { nl: '<script>window.__odInjected=1</script>', en: '<i>x</i>' } }],
    },
  },
  {
    id: 'long-text',
    family: 'need',
    theme: 'contact',
    depth: 3,
    prompt: {
      nl: 'Als je terugdenkt aan de afgelopen maanden, bij welke dingen in je dagelijks leven had je graag wat meer hulp gehad van mensen om je heen, van de buurt of van de gemeente, en wat zou die hulp voor jou hebben veranderd? Denk ook aan de arbeidsongeschiktheidsverzekeringsmaatschappijformulieren en https://www.voorbeeld-gemeente.nl/zorg-en-ondersteuning/aanvragen/wmo-maatwerkvoorziening.',
      en: 'When you think back on the last few months, with which things in your daily life would you have liked a bit more help from people around you, from the neighbourhood or from the council, and what would that help have changed for you? Think also of the incapacity-insurance-company-application-forms and https://www.example-council.org/care-and-support/apply/social-support-custom-provision.',
    },
    easy: { nl: 'Waarbij wil je meer hulp?', en: 'What do you want more help with?' },
    answer: { kind: 'text' },
  },
];

/** The deck the fixtures come from (typed, not parsed: it only feeds `cardView`). */
export const fixtureDeck: Deck = {
  schemaVersion: 2,
  id: 'fixtures',
  version: '1.0.0',
  title: { nl: 'Voorbeelden', en: 'Examples' },
  description: { nl: 'Kaarten voor tests en Storybook.', en: 'Cards for tests and Storybook.' },
  languages: ['nl', 'en', 'ar'],
  defaultLanguage: 'nl',
  minimumAge: 12,
  themes: [
    { id: 'myself', title: { nl: 'Ikzelf', en: 'Myself', ar: 'أنا' }, colour: '#1b6e5a', icon: 'person' },
    {
      id: 'contact',
      title: { nl: 'Contact met anderen', en: 'Contact with others' },
      colour: '#7a3e9d',
      icon: 'people',
    },
    { id: 'home', title: { nl: 'Wonen', en: 'Home', ar: 'البيت' }, colour: '#a34a00', icon: 'house' },
    { id: 'free-time', title: { nl: 'Vrije tijd', en: 'Free time' }, colour: '#005a9c', icon: 'sun' },
  ],
  cards,
};

/** The ids of the fixture cards. */
export type FixtureId =
  | 'talk-learn'
  | 'text-good-at'
  | 'faces-home'
  | 'choice-free-time'
  | 'choice-this-week'
  | 'picture-moment'
  | 'html-looking'
  | 'long-text';

/**
 * A fixture card as a player with this language and reading level sees it.
 *
 * @example
 * cardFixture('faces-home', 'en').prompt; // 'How are things at home?'
 */
export function cardFixture(id: FixtureId, language = 'nl', reading: ReadingLevel = 'standard'): CardView {
  const card = cards.find((c) => c.id === id);
  if (!card) throw new Error(`No fixture card ${id}`);
  return cardView(fixtureDeck, card, language, reading);
}
