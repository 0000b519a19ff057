import { generateDeck } from '@ontdek-doe/core/testing';
import { parseDeck } from '@ontdek-doe/core/schema';
import { describe, expect, it } from 'vitest';
import { DraftChecker } from './checkDraft.ts';
import { defaultDeckSources } from './defaultDeckSources.ts';
import { ICON_NAMES } from './iconNames.ts';
import { openJson } from './openJson.ts';
import { openSource } from './openSource.ts';
import { random, randomChange } from '../testing/randomDeckChange.ts';

const icons = new Set(ICON_NAMES);

describe('the problems of a draft', () => {
  it('are the same, remembered between revisions, as worked out afresh (random edits, undo and redo)', () => {
    for (const seed of [1_234_567, 7_654_321, 99_991]) {
      const next = random(seed);
      const { draft } = openSource(defaultDeckSources().basis!);
      for (let step = 0; step < 30; step++) {
        const roll = next();
        if (roll < 0.1) draft!.undo();
        else if (roll < 0.15) draft!.redo();
        else draft!.edit(randomChange(draft!, next));
        const fresh = new DraftChecker({ icons }).problems(draft!.data());
        expect(draft!.problems()).toEqual(fresh);
      }
    }
  });

  it('hold every problem the core finds in the deck, at the same place', () => {
    const { draft } = openSource(defaultDeckSources().jong!);
    draft!.edit({ type: 'set', path: ['cards', 3, 'depth'], value: 5 });
    draft!.edit({ type: 'set', path: ['cards', 7, 'id'], value: draft!.cardIds()[2]! });
    draft!.edit({ type: 'set', path: ['cards', 9, 'prompt', 'en'], value: undefined });
    draft!.edit({ type: 'moveCard', id: draft!.cardIds()[9]!, to: 1 });
    const parsed = parseDeck(draft!.data());
    const core = parsed.ok ? parsed.warnings : [...parsed.errors, ...parsed.warnings];
    const ours = draft!.problems().filter((problem) => problem.kind === 'deck');
    for (const issue of core)
      expect(ours).toContainEqual(
        expect.objectContaining({ code: issue.code, path: issue.path, message: issue.message }),
      );
  });

  it('are worked out for a 1,000-card deck, and again after one edit, the same as afresh', () => {
    const { draft } = openJson(JSON.stringify(generateDeck(1000, 3)));
    draft!.problems();
    draft!.edit({
      type: 'set',
      path: ['cards', 500, 'prompt', 'nl'],
      value: 'Wat maakt jou blij, ook als het regent en waait en koud is buiten?',
    });
    draft!.edit({ type: 'deleteCard', id: draft!.cardIds()[10]! });
    expect(draft!.problems()).toEqual(new DraftChecker({ icons }).problems(draft!.data()));
    expect(draft!.problems()).toContainEqual(
      expect.objectContaining({
        code: 'readability-long-sentence',
        path: ['cards', 499, 'prompt', 'nl'],
        kind: 'readability',
        field: 'prompt',
        language: 'nl',
      }),
    );
  });

  it('name a card whose id another card has too, with the core wording', () => {
    const { draft } = openSource(defaultDeckSources().basis!);
    const first = draft!.cardIds()[0]!;
    draft!.edit({ type: 'set', path: ['cards', 4, 'id'], value: first });
    const problem = draft!.problems().find((p) => p.code === 'duplicate-card-id')!;
    expect(problem).toMatchObject({
      severity: 'error',
      path: ['cards', 4, 'id'],
      cardId: first,
      field: 'id',
    });
    expect(problem.message.nl).toContain('Kaart 5');
    expect(problem.message.en).toContain('card 1');
    expect(draft!.playable()).toBeUndefined();
  });

  it('show a readability warning at the Dutch question while it is typed', () => {
    const { draft } = openSource(defaultDeckSources().basis!);
    const id = draft!.cardIds()[1]!;
    draft!.edit({
      type: 'set',
      path: ['cards', 1, 'prompt', 'nl'],
      value: 'Wat betekent verantwoordelijkheidsgevoel voor jou?',
    });
    expect(draft!.problems()).toContainEqual(
      expect.objectContaining({
        code: 'readability-long-word',
        cardId: id,
        field: 'prompt',
        language: 'nl',
        kind: 'readability',
        severity: 'warning',
      }),
    );
    expect(draft!.playable()).toBeDefined(); // a warning does not stop play
  });

  it('keep a problem of the opened files until the text it is about is changed', () => {
    const files = defaultDeckSources().basis!;
    const deck = files[0]!.text.replace(
      'prompt: Waar kijk je deze week naar uit?',
      'prompt: Waar kijk je #1 naar uit?',
    );
    const { draft, problems } = openSource([{ name: 'deck.yaml', text: deck }, files[1]!]);
    const comment = problems.find((p) => p.code === 'yaml-comment-in-text')!;
    expect(comment).toMatchObject({
      kind: 'source',
      file: 'deck.yaml',
      cardId: 'wish-myself-1',
      field: 'prompt',
      severity: 'warning',
    });
    expect(comment.line).toBeGreaterThan(0);
    draft!.edit({ type: 'moveCard', id: 'wish-myself-1', to: 3 });
    expect(draft!.problems().find((p) => p.code === 'yaml-comment-in-text')?.path).toEqual([
      'cards',
      3,
      'prompt',
      'nl',
    ]);
    draft!.edit({
      type: 'set',
      path: ['cards', 3, 'prompt', 'nl'],
      value: 'Waar kijk je het meest naar uit?',
    });
    expect(draft!.problems().some((p) => p.code === 'yaml-comment-in-text')).toBe(false);
  });
});
