// @ts-check
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CARD_FAMILIES, parseDeck } from '@ontdek-doe/core';
import { demoDeck } from './demoDeck.js';
import { readAnswer } from './playInteractive.js';

describe('the demo deck', () => {
  const result = parseDeck(demoDeck);

  it('parses without errors or warnings', () => {
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors, null, 2));
    assert.deepEqual(result.warnings, []);
  });

  it('has about 24 cards over every family, 4 themes and depths 1–3', () => {
    assert.equal(demoDeck.cards.length, 24);
    assert.equal(demoDeck.themes.length, 4);
    assert.deepEqual(new Set(demoDeck.cards.map((c) => c.family)), new Set(CARD_FAMILIES));
    assert.deepEqual(new Set(demoDeck.cards.map((c) => c.depth)), new Set([1, 2, 3]));
    for (const theme of demoDeck.themes)
      assert.ok(
        demoDeck.cards.some((c) => c.theme === theme.id),
        theme.id,
      );
  });

  it('has easy-language variants, a choice card and leader hints on every deep card', () => {
    assert.ok(demoDeck.cards.filter((c) => c.easy).length >= 5);
    assert.ok(demoDeck.cards.some((c) => c.answer.kind === 'choice'));
    assert.ok(demoDeck.cards.filter((c) => c.depth === 3).every((c) => (c.hints?.length ?? 0) > 0));
  });

  it('keeps questions short: at most 80 characters, and Dutch questions end in ? or .', () => {
    for (const card of demoDeck.cards) {
      for (const text of [...Object.values(card.prompt), ...Object.values(card.easy ?? {})]) {
        assert.ok(text.length <= 80, `${card.id}: ${text}`);
        assert.match(text, /[?.]$/, card.id);
      }
    }
  });
});

describe('reading what a player typed', () => {
  /** @type {import('@ontdek-doe/core').CardView} */
  const base = {
    id: 'c',
    family: 'wish',
    depth: 1,
    theme: { id: 't', title: 'T', colour: '#000', icon: 'x' },
    prompt: '?',
    easy: false,
    language: 'nl',
    answer: { kind: 'text' },
  };
  const choice = {
    ...base,
    answer: {
      kind: 'choice',
      multiple: true,
      options: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
    },
  };

  it('reads a pass, a star, a face with words and several options', () => {
    assert.deepEqual(readAnswer(' P ', base), { pass: true });
    assert.deepEqual(readAnswer('Koken *', base), { value: { kind: 'text', text: 'Koken' }, starred: true });
    assert.deepEqual(readAnswer('4 lekker', { ...base, answer: { kind: 'faces' } }), {
      value: { kind: 'faces', face: 4, text: 'lekker' },
      starred: false,
    });
    assert.deepEqual(readAnswer('', { ...base, answer: { kind: 'talk' } }), {
      value: { kind: 'talk' },
      starred: false,
    });
    assert.deepEqual(readAnswer('1, 2*', choice), {
      value: { kind: 'choice', options: ['a', 'b'] },
      starred: true,
    });
  });

  it('says when a face or an option is not one on the card', () => {
    assert.deepEqual(readAnswer('6', { ...base, answer: { kind: 'faces' } }), { problem: 'faces' });
    assert.deepEqual(readAnswer('3', choice), { problem: 'choice' });
    assert.deepEqual(readAnswer('wandelen', choice), { problem: 'choice' });
  });
});
