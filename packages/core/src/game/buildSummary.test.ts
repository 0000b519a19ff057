import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { sampleDeck } from '../testing/sampleDeck.ts';
import { sessionFixture } from '../testing/sessionFixture.ts';
import type { Answer, AnswerKindDefinition, Card, Deck, SessionState } from '../types.ts';
import { buildSummary, describeAnswer } from './buildSummary.ts';

const trafficCard: Card = {
  id: 'traffic-1',
  family: 'strength',
  theme: 'myself',
  depth: 1,
  prompt: { nl: 'Hoe gaat het?', en: 'How is it going?' },
  answer: { kind: 'test:traffic' },
};
const deck: Deck = { ...sampleDeck, cards: [...sampleDeck.cards, trafficCard] };

function pluginAnswer(id: string, value: Answer['value']): Answer {
  return {
    id,
    cardId: 'traffic-1',
    playerId: 'p1',
    value,
    starred: false,
    private: false,
    givenBy: 'self',
    reactions: [],
    turn: 9,
  };
}

function withAnswers(...answers: Answer[]): SessionState {
  const session = sessionFixture();
  session.answers = answers;
  return session;
}

const colours: Record<string, Record<string, string>> = {
  nl: { green: 'groen', red: 'rood' },
  en: { green: 'green', red: 'red' },
};
const traffic: AnswerKindDefinition = {
  kind: 'test:traffic',
  schema: z.enum(['red', 'green']),
  toText: (value, language) => colours[language]?.[String(value)] ?? String(value),
};

describe('buildSummary with plugin answer kinds', () => {
  it("puts a plugin value into words with its kind's toText, in the summary's language", () => {
    const session = withAnswers(
      pluginAnswer('x1', { kind: 'test:traffic', value: 'green' }),
      pluginAnswer('x2', { kind: 'test:traffic', value: 'red', text: 'te druk' }),
    );
    const answerKinds = new Map([[traffic.kind, traffic]]);
    const nl = buildSummary(session, deck, 'p1', { answerKinds });
    expect(nl.lenses.can.map((a) => a.answer)).toEqual(['groen', 'rood: te druk']);
    expect(nl.toldAloud).toBe(0);
    const en = buildSummary(session, deck, 'p1', { answerKinds, language: 'en' });
    expect(en.lenses.can.map((a) => a.answer)).toEqual(['green', 'red: te druk']);
    expect(describeAnswer(session.answers[0]!, deck, 'en', answerKinds).answer).toBe('green');
  });

  it('falls back to the own words (or nothing) when toText throws or is missing, without counting it as told aloud', () => {
    const session = withAnswers(
      pluginAnswer('x1', { kind: 'test:traffic', value: { secret: 'json' }, text: 'eigen woorden' }),
      pluginAnswer('x2', { kind: 'test:traffic', value: 'green' }),
      pluginAnswer('x3', { kind: 'test:traffic' }),
    );
    const throwing: AnswerKindDefinition = {
      ...traffic,
      toText: () => {
        throw new Error('broken plugin');
      },
    };
    const summary = buildSummary(session, deck, 'p1', { answerKinds: new Map([[traffic.kind, throwing]]) });
    expect(summary.lenses.can.map((a) => a.answer)).toEqual(['eigen woorden', '', '']);
    expect(JSON.stringify(summary)).not.toContain('json');
    // Only x3 has no value and no words: it was told out loud.
    expect(summary.toldAloud).toBe(1);

    const notText = { ...traffic, toText: () => 42 as unknown as string };
    expect(
      buildSummary(session, deck, 'p1', { answerKinds: new Map([[traffic.kind, notText]]) }).lenses.can.map(
        (a) => a.answer,
      ),
    ).toEqual(['eigen woorden', '', '']);

    const without = buildSummary(session, deck, 'p1');
    expect(without.lenses.can.map((a) => a.answer)).toEqual(['eigen woorden', '', '']);
    expect(without.toldAloud).toBe(1);
  });
});

describe('buildSummary face words', () => {
  const faces = (face: 1 | 2 | 3 | 4 | 5) =>
    withAnswers({ ...pluginAnswer('f1', { kind: 'faces', face }), cardId: 'c02' });

  it("uses the summary's language when it is Dutch or English (any region)", () => {
    expect(buildSummary(faces(4), sampleDeck, 'p1', { language: 'en' }).lenses.do[0]?.answer).toBe('happy');
    expect(buildSummary(faces(4), sampleDeck, 'p1', { language: 'en-GB' }).lenses.do[0]?.answer).toBe(
      'happy',
    );
    expect(buildSummary(faces(4), sampleDeck, 'p1', { language: 'nl' }).lenses.do[0]?.answer).toBe('fijn');
  });

  it("falls back to the deck's default language when that is Dutch or English, else English", () => {
    expect(buildSummary(faces(5), sampleDeck, 'p1', { language: 'ar' }).lenses.do[0]?.answer).toBe(
      'heel fijn',
    );
    const arabicDeck: Deck = { ...sampleDeck, defaultLanguage: 'ar' };
    expect(buildSummary(faces(5), arabicDeck, 'p1', { language: 'tr' }).lenses.do[0]?.answer).toBe(
      'very happy',
    );
    expect(buildSummary(faces(1), sampleDeck, 'p1', { language: 'constructor' }).lenses.do[0]?.answer).toBe(
      'heel niet fijn',
    );
  });
});

describe('buildSummary lookups', () => {
  it('looks cards and themes up once per summary, not once per answer', () => {
    const cards = [...sampleDeck.cards];
    const themes = [...sampleDeck.themes];
    const cardsFind = vi.spyOn(cards, 'find');
    const themesFind = vi.spyOn(themes, 'find');
    const summary = buildSummary(sessionFixture(), { ...sampleDeck, cards, themes }, 'p1', {
      includePrivate: true,
    });
    expect(summary.lenses.can.map((a) => a.themeTitle)).toEqual(['Contact met anderen']);
    expect(cardsFind).not.toHaveBeenCalled();
    expect(themesFind).not.toHaveBeenCalled();
  });

  it('keeps the output of the fixture summary', () => {
    const summary = buildSummary(sessionFixture(), sampleDeck, 'p2');
    expect(summary.toldAloud).toBe(1);
    expect(summary.lenses.do[0]).toEqual({
      answerId: 'a2',
      cardId: 'c02',
      family: 'doing',
      theme: 'home',
      themeTitle: 'Home',
      prompt: 'Question 2 about home?',
      answer: 'unhappy: Mijn trap is te steil geworden',
      face: 2,
      starred: false,
      givenBy: 'with-help',
      reactions: [],
    });
    expect(summary.matters.map((m) => m.label)).toEqual([
      'Dat ik in mijn eigen huis kan blijven wonen',
      'Home',
    ]);
    expect(buildSummary(sessionFixture(), sampleDeck, 'p1').lenses.can[0]?.reactions).toEqual([
      { alias: 'Vlieger', text: 'Mooi plan, Gerda is vast blij' },
    ]);
  });

  it('throws for a player who is not in the session', () => {
    expect(() => buildSummary(sessionFixture(), sampleDeck, 'nobody')).toThrow(/nobody/);
  });
});
