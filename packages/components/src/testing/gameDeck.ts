/**
 * A small deck for the game's tests and stories: three themes, every answer kind in the theme
 * "Ikzelf" (so a session on that theme alone meets them all), leader hints, sensitive topics (one
 * the UI has no words for), pictures for choice options, and Arabic text on a few cards for
 * right-to-left tests.
 */
import type { Card, Deck } from '@ontdek-doe/core';

const cards: Card[] = [
  {
    id: 'me-talk',
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
    hints: [{ nl: 'Geef de tijd. Stilte is goed.', en: 'Give it time. Silence is fine.' }],
    followUps: [{ nl: 'Wat zou je als eerste doen?', en: 'What would you do first?' }],
  },
  {
    id: 'me-text',
    family: 'strength',
    theme: 'myself',
    depth: 1,
    prompt: { nl: 'Waar ben je goed in?', en: 'What are you good at?', ar: 'ما الذي تجيده؟' },
    answer: { kind: 'text', maxLength: 300 },
  },
  {
    id: 'me-faces',
    family: 'doing',
    theme: 'myself',
    depth: 1,
    prompt: { nl: 'Hoe gaat het met je gezondheid?', en: 'How is your health?', ar: 'كيف صحتك؟' },
    answer: { kind: 'faces' },
    sensitivity: ['health'],
  },
  {
    id: 'me-choice-one',
    family: 'action',
    theme: 'myself',
    depth: 2,
    prompt: { nl: 'Welke kleine stap zet je deze week?', en: 'Which small step will you take this week?' },
    answer: {
      kind: 'choice',
      options: [
        { id: 'call', label: { nl: 'Iemand bellen', en: 'Call someone' }, icon: 'phone' },
        { id: 'walk', label: { nl: 'Een stukje lopen', en: 'Go for a short walk' }, icon: 'walk' },
        { id: 'ask', label: { nl: 'Om hulp vragen', en: 'Ask for help' }, icon: 'hand' },
      ],
    },
  },
  {
    id: 'me-choice-many',
    family: 'need',
    theme: 'myself',
    depth: 2,
    prompt: { nl: 'Wat heb je nodig om je goed te voelen?', en: 'What do you need to feel good?' },
    answer: {
      kind: 'choice',
      multiple: true,
      options: [
        { id: 'rest', label: { nl: 'Rust', en: 'Rest' }, icon: 'sleep' },
        { id: 'people', label: { nl: 'Mensen om me heen', en: 'People around me' }, icon: 'people' },
        { id: 'music', label: { nl: 'Muziek', en: 'Music' }, icon: 'music' },
      ],
    },
  },
  {
    id: 'contact-talk',
    family: 'doing',
    theme: 'contact',
    depth: 1,
    prompt: { nl: 'Met wie praat je graag?', en: 'Who do you like to talk to?' },
    answer: { kind: 'talk' },
  },
  {
    id: 'contact-text',
    family: 'strength',
    theme: 'contact',
    depth: 2,
    prompt: { nl: 'Waarmee help je anderen?', en: 'How do you help others?' },
    answer: { kind: 'text' },
    hints: [{ nl: 'Kleine dingen tellen ook.', en: 'Small things count too.' }],
  },
  {
    id: 'contact-faces',
    family: 'doing',
    theme: 'contact',
    depth: 1,
    prompt: { nl: 'Hoe vaak zie je vrienden?', en: 'How often do you see friends?' },
    answer: { kind: 'faces' },
  },
  {
    id: 'contact-loss',
    family: 'life-event',
    theme: 'contact',
    depth: 3,
    prompt: { nl: 'Wie mis je?', en: 'Who do you miss?' },
    answer: { kind: 'talk' },
    sensitivity: ['loss'],
  },
  {
    id: 'home-talk',
    family: 'wish',
    theme: 'home',
    depth: 1,
    prompt: { nl: 'Wat maakt je huis fijn?', en: 'What makes your home nice?' },
    answer: { kind: 'talk' },
  },
  {
    id: 'home-choice',
    family: 'need',
    theme: 'home',
    depth: 1,
    prompt: { nl: 'Wat heb je nodig in huis?', en: 'What do you need at home?' },
    answer: {
      kind: 'choice',
      options: [
        { id: 'help', label: { nl: 'Hulp bij klussen', en: 'Help with jobs' } },
        { id: 'quiet', label: { nl: 'Rust', en: 'Quiet' } },
      ],
    },
  },
  {
    id: 'home-money',
    family: 'need',
    theme: 'home',
    depth: 2,
    prompt: { nl: 'Lukt het om de rekeningen te betalen?', en: 'Can you pay the bills?' },
    answer: { kind: 'text' },
    sensitivity: ['money-worries', 'pets'],
  },
];

/** The test deck (valid for `parseDeck`). */
export const gameDeck: Deck = {
  schemaVersion: 2,
  id: 'game-test',
  version: '1.0.0',
  title: { nl: 'Testspel', en: 'Test deck' },
  description: { nl: 'Kaarten om het spel mee te testen.', en: 'Cards to test the game with.' },
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
    { id: 'home', title: { nl: 'Wonen', en: 'Home' }, colour: '#a34a00', icon: 'house' },
  ],
  cards,
};
