import { describe, expect, it } from 'vitest';
import { defaultDeckSources } from './defaultDeckSources.ts';
import { openSource } from './openSource.ts';
import type { DeckDraft } from './types.ts';

/** The basis deck as a draft, with a clock the test moves. */
function basis(): { draft: DeckDraft; clock: { now: number } } {
  const clock = { now: 1_000_000 };
  const { draft } = openSource(defaultDeckSources().basis!, { now: () => clock.now });
  if (!draft) throw new Error('basis did not open');
  return { draft, clock };
}

const prompt = (draft: DeckDraft, index = 0) =>
  ((draft.data().cards as Record<string, unknown>[])[index]!.prompt as Record<string, string>).nl;

describe('a draft', () => {
  it('changes one text, and only the card it is in', () => {
    const { draft } = basis();
    const before = draft.data();
    draft.edit({ type: 'set', path: ['cards', 0, 'prompt', 'nl'], value: 'Waar word je blij van?' });
    expect(prompt(draft)).toBe('Waar word je blij van?');
    expect(draft.revision).toBe(1);
    const [first, second] = draft.data().cards as unknown[];
    expect(first).not.toBe((before.cards as unknown[])[0]);
    expect(second).toBe((before.cards as unknown[])[1]);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('undoes and redoes, and merges typing into one field within a second into one step', () => {
    const { draft, clock } = basis();
    const original = prompt(draft);
    const path = ['cards', 0, 'prompt', 'nl'];
    for (const value of ['W', 'Wa', 'Waa']) {
      draft.edit({ type: 'set', path, value });
      clock.now += 300;
    }
    clock.now += 1500;
    draft.edit({ type: 'set', path, value: 'Waar?' });
    expect(draft.revision).toBe(4);
    expect(draft.undo()).toBe(true);
    expect(prompt(draft)).toBe('Waa');
    expect(draft.undo()).toBe(true);
    expect(prompt(draft)).toBe(original);
    expect(draft.canUndo).toBe(false);
    expect(draft.undo()).toBe(false);
    expect(draft.redo()).toBe(true);
    expect(prompt(draft)).toBe('Waa');
    expect(draft.redo()).toBe(true);
    expect(prompt(draft)).toBe('Waar?');
    expect(draft.canRedo).toBe(false);
    expect(draft.revision).toBe(8);
  });

  it('tells listeners after every change, undo and redo, until they stop listening', () => {
    const { draft } = basis();
    let calls = 0;
    const stop = draft.subscribe(() => calls++);
    draft.edit({ type: 'set', path: ['cards', 0, 'depth'], value: 2 });
    draft.undo();
    draft.redo();
    stop();
    draft.undo();
    expect(calls).toBe(3);
  });

  it('places problems at their card, field and language', () => {
    const { draft } = basis();
    const id = draft.cardIds()[2]!;
    draft.edit({ type: 'set', path: ['cards', 2, 'prompt', 'en'], value: undefined });
    draft.edit({ type: 'set', path: ['cards', 2, 'theme'], value: 'nergens' });
    const problems = draft.problems().filter((problem) => problem.cardId === id);
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: 'missing-translation',
        field: 'prompt',
        language: 'en',
        kind: 'deck',
        severity: 'warning',
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'unknown-theme', field: 'theme', severity: 'error' }),
    );
    expect(draft.playable()).toBeUndefined();
    draft.undo();
    expect(draft.playable()).toBeDefined();
  });
});
