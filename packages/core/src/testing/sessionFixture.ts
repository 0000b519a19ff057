/**
 * A realistic session for tests, played with the sample deck: two players, answers (starred,
 * private, with a reaction), choices of what matters, goals and a check-in on an earlier goal.
 * Every call returns a new object. Not exported from the package.
 */
import type { SessionState } from '../types.ts';
import { sampleDeck } from './sampleDeck.ts';

/**
 * @example
 * ```ts
 * const session = sessionFixture({ paused: true });
 * ```
 */
export function sessionFixture(overrides: Partial<SessionState> = {}): SessionState {
  const base: SessionState = {
    sessionId: 's-2026-11-22-001',
    deck: { id: sampleDeck.id, version: sampleDeck.version, hash: 'h-1a2b3c' },
    settings: {
      mode: 'group',
      players: [
        { alias: 'Zonnebloem', age: 67, language: 'nl', reading: 'easy' },
        { alias: 'Vlieger', language: 'en' },
      ],
      language: 'nl',
      themes: ['myself', 'home'],
      maxDepth: 3,
      cardsPerPlayer: 3,
      excludeSensitivity: ['loss'],
      seed: 42,
    },
    players: [
      {
        id: 'p1',
        alias: 'Zonnebloem',
        age: 67,
        language: 'nl',
        reading: 'easy',
        includePrivateInSummary: false,
      },
      { id: 'p2', alias: 'Vlieger', language: 'en', reading: 'standard', includePrivateInSummary: true },
    ],
    turnIndex: 1,
    turn: 7,
    drawPile: ['c07', 'c10', 'c13'],
    current: { cardId: 'c04', playerId: 'p2' },
    currentAnswerId: null,
    history: [
      { turn: 0, playerId: 'p1', cardId: 'c01', outcome: 'answered' },
      { turn: 1, playerId: 'p2', cardId: 'c02', outcome: 'answered' },
      { turn: 2, playerId: 'p1', cardId: 'c09', outcome: 'passed' },
      { turn: 3, playerId: 'p2', cardId: 'c12', outcome: 'redrawn' },
      { turn: 3, playerId: 'p2', cardId: 'c03', outcome: 'answered' },
      { turn: 4, playerId: 'p1', cardId: 'choice-1', outcome: 'answered' },
      { turn: 5, playerId: 'p2', cardId: 'c15', outcome: 'passed' },
      { turn: 6, playerId: 'p1', cardId: 'adult-1', outcome: 'answered' },
    ],
    answers: [
      {
        id: 'a1',
        cardId: 'c01', // strength, contact, text
        playerId: 'p1',
        value: { kind: 'text', text: 'Ik wil weer eens naar de markt met mijn buurvrouw Gerda' },
        starred: true,
        private: false,
        givenBy: 'self',
        reactions: [{ playerId: 'p2', text: 'Mooi plan, Gerda is vast blij' }],
        turn: 0,
      },
      {
        id: 'a2',
        cardId: 'c02', // doing, home, faces
        playerId: 'p2',
        value: { kind: 'faces', face: 2, text: 'Mijn trap is te steil geworden' },
        starred: false,
        private: true,
        givenBy: 'with-help',
        reactions: [],
        turn: 1,
      },
      {
        id: 'a3',
        cardId: 'c03', // need, myself, talk
        playerId: 'p2',
        value: { kind: 'talk' },
        starred: true,
        private: false,
        givenBy: 'self',
        reactions: [],
        turn: 3,
      },
      {
        id: 'a4',
        cardId: 'choice-1',
        playerId: 'p1',
        value: { kind: 'choice', options: ['walk', 'music'] },
        starred: true,
        private: false,
        givenBy: 'on-behalf',
        reactions: [],
        turn: 4,
      },
      {
        id: 'a5',
        cardId: 'adult-1', // need, home, text
        playerId: 'p1',
        value: { kind: 'text', text: 'Een beugel bij het bad, zeg het niet tegen mijn zoon Bram' },
        starred: true,
        private: true,
        givenBy: 'self',
        reactions: [],
        turn: 6,
      },
    ],
    matters: {
      p1: [
        { type: 'answer', answerId: 'a1' },
        { type: 'theme', themeId: 'contact' },
      ],
      p2: [
        { type: 'own', text: 'Dat ik in mijn eigen huis kan blijven wonen' },
        { type: 'theme', themeId: 'home' },
      ],
    },
    goals: [
      {
        id: 'g1',
        playerId: 'p1',
        text: 'Elke week met Gerda naar de markt',
        theme: 'contact',
        firstStep: 'Donderdag Gerda bellen',
        when: 'donderdag',
        helpers: [{ kind: 'network', who: 'Gerda van nummer 12' }],
        confidence: 7,
        fromAnswerId: 'a1',
      },
      {
        id: 'g2',
        playerId: 'p2',
        text: 'Een traplift aanvragen',
        theme: 'home',
        firstStep: 'Het Wmo-loket bellen',
        helpers: [{ kind: 'professional', who: 'de wijkcoach' }, { kind: 'self' }],
        need: 'Iemand die helpt met het formulier',
        confidence: 4,
        continuesGoalId: 'old-g1',
      },
    ],
    checkIns: [
      {
        goalId: 'old-g1',
        playerId: 'p2',
        status: 'partly',
        helped: 'Mijn dochter Samira belde mee',
        obstacles: 'Het formulier was te moeilijk',
        nextStep: 'Samen het formulier invullen',
        confidence: 6,
      },
    ],
    followUp: {
      sessionId: 's-2026-10-01-007',
      deck: { id: sampleDeck.id, version: '0.9.0', hash: 'h-000fff' },
      players: [
        { id: 'p2', alias: 'Vlieger', language: 'en', reading: 'standard', includePrivateInSummary: true },
      ],
      goals: [
        {
          id: 'old-g1',
          playerId: 'p2',
          text: 'Uitzoeken wat een traplift kost',
          theme: 'home',
          firstStep: 'Op internet kijken',
          helpers: [{ kind: 'self' }],
          confidence: 5,
        },
      ],
    },
    paused: false,
    nextId: 12,
    startedAt: '2026-11-22T10:00:00.000Z',
    finishedAt: null,
  };
  return { ...base, ...overrides };
}
