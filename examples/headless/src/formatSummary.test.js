// @ts-check
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatSummary } from './formatSummary.js';

/** @typedef {import('@ontdek-doe/core').PlayerSummary} PlayerSummary */
/** @typedef {import('@ontdek-doe/core').SummaryAnswer} SummaryAnswer */

/**
 * @param {Partial<SummaryAnswer> & Pick<SummaryAnswer, 'family' | 'prompt' | 'answer'>} a
 * @returns {SummaryAnswer}
 */
const answer = (a) => ({
  answerId: 'a',
  cardId: 'c',
  theme: 'myself',
  starred: false,
  givenBy: 'self',
  reactions: [],
  ...a,
});

/**
 * A summary written by hand: the lenses are filled in reverse order, so order in the text comes
 * from formatSummary, not from the object.
 * @param {Partial<PlayerSummary>} [overrides]
 * @returns {PlayerSummary}
 */
function summary(overrides = {}) {
  return {
    sessionId: 's1',
    deck: { id: 'd', version: '1', hash: 'h' },
    language: 'nl',
    player: {
      id: 'p1',
      alias: 'Zonnebloem',
      language: 'nl',
      reading: 'standard',
      includePrivateInSummary: false,
    },
    date: '2026-11-23T10:00:00.000Z',
    lenses: {
      more: [],
      need: [answer({ family: 'need', prompt: 'Wat heb je nodig?', answer: 'Rust' })],
      do: [answer({ family: 'doing', prompt: 'Wat doe je al?', answer: '' })],
      can: [
        answer({
          family: 'strength',
          prompt: 'Wat kun je goed?',
          answer: 'Luisteren',
          starred: true,
          reactions: [{ alias: 'Merel', text: 'Klopt!' }],
        }),
      ],
      want: [answer({ family: 'wish', prompt: 'Wat wil je?', answer: 'Naar de markt' })],
    },
    starred: [],
    toldAloud: 1,
    matters: [{ label: 'Mijn kleinkinderen', item: { type: 'own', text: 'Mijn kleinkinderen' } }],
    goals: [
      {
        id: 'g1',
        playerId: 'p1',
        text: 'Elke week naar de markt',
        firstStep: 'Gerda bellen',
        when: 'donderdag',
        helpers: [{ kind: 'network', who: 'Gerda' }, { kind: 'self' }],
        need: 'Een rollator',
        confidence: 7,
      },
    ],
    checkIns: [],
    sections: [],
    ...overrides,
  };
}

describe('formatSummary', () => {
  it('orders the lenses want → can → already do → need', () => {
    const text = formatSummary(summary());
    const at = ['Wat ik wil', 'Wat ik kan', 'Wat ik al doe', 'Wat ik nodig heb'].map((h) =>
      text.indexOf(`\n${h}\n`),
    );
    assert.ok(
      at.every((i) => i > 0),
      `a heading is missing:\n${text}`,
    );
    assert.deepEqual(
      [...at].sort((a, b) => a - b),
      at,
    );
    assert.ok(text.indexOf('Naar de markt') < text.indexOf('Luisteren'));
    assert.ok(text.indexOf('Luisteren') < text.indexOf('Rust'));
  });

  it('writes "(told out loud)" for talk-only answers, stars and reactions', () => {
    const nl = formatSummary(summary());
    assert.ok(nl.includes('→ (hardop verteld)'));
    assert.ok(nl.includes('→ Luisteren ★'));
    assert.ok(nl.includes('↳ Merel: Klopt!'));
    const en = formatSummary(summary({ language: 'en' }));
    assert.ok(en.includes('→ (told out loud)'));
    assert.ok(en.startsWith('═'));
    assert.ok(en.includes('Summary for Zonnebloem'));
  });

  it('shows what matters and each goal with its first step, when, who helps and confidence', () => {
    const text = formatSummary(summary());
    assert.ok(text.includes('Wat ik belangrijk vind\n  • Mijn kleinkinderen'));
    assert.ok(
      text.includes(
        [
          'Mijn doel',
          '  • Elke week naar de markt',
          '    Eerste stap: Gerda bellen',
          '    Wanneer: donderdag',
          '    Wie helpt: iemand die ik ken (Gerda), ikzelf',
          '    Wat ik nodig heb: Een rollator',
          '    Hoe zeker: 7 van 10',
        ].join('\n'),
      ),
      text,
    );
  });

  it('names the earlier goal of each check-in in a follow-up, and leaves out empty lenses', () => {
    const followUp = summary({
      lenses: { want: [], can: [], do: [], need: [], more: [] },
      matters: [],
      goals: [
        {
          id: 'g9',
          playerId: 'p1',
          text: 'Naar de markt',
          firstStep: 'Samen met Bo',
          helpers: [],
          confidence: 8,
          continuesGoalId: 'g1',
        },
      ],
      checkIns: [
        { goalId: 'g1', playerId: 'p1', status: 'partly', obstacles: 'Regen', nextStep: 'Samen met Bo' },
        { goalId: 'g2', playerId: 'p1', status: 'done', helped: 'Mijn hond' },
      ],
    });
    const earlierGoals = [
      {
        id: 'g2',
        playerId: 'p1',
        text: 'Elke dag wandelen',
        firstStep: 'Schoenen',
        helpers: [],
        confidence: 5,
      },
    ];
    const text = formatSummary(followUp, { earlierGoals });
    assert.ok(
      text.includes('Hoe ging het?\n  • Naar de markt: een beetje gelukt\n    Wat zat in de weg: Regen'),
    );
    assert.ok(text.includes('  • Elke dag wandelen: gelukt\n    Wat hielp: Mijn hond'));
    assert.ok(text.includes('  • Naar de markt (gaat verder met een eerder doel)'));
    assert.ok(!text.includes('Wat ik wil'));
  });

  it('is pure: the same summary gives the same text and is not changed', () => {
    const s = summary();
    const copy = structuredClone(s);
    assert.equal(formatSummary(s), formatSummary(s));
    assert.deepEqual(s, copy);
  });
});
