/**
 * Drafts for the deck editor's tests, stories and benchmark, made with the editing model itself:
 * a default deck as the trainer opens it, the same with mistakes in it, and a large deck.
 */
import { defaultDeckSources, openJson, openSource, type DeckDraft } from '@ontdek-doe/content/editing';
import { basicDeck } from '@ontdek-doe/content';

/** A default deck (`basis`, `jong`, `makkelijk`) opened from its source files. */
export function defaultDraft(id = 'basis'): DeckDraft {
  const sources = defaultDeckSources()[id];
  if (!sources) throw new Error(`No default deck "${id}"`);
  const { draft, problems } = openSource(sources);
  if (!draft)
    throw new Error(`The default deck "${id}" does not open: ${problems.map((p) => p.message.en).join(' ')}`);
  return draft;
}

/** The basis deck with two mistakes: the first card's Dutch question emptied, the second card's theme unknown. */
export function draftWithErrors(): DeckDraft {
  const draft = defaultDraft();
  draft.edit({ type: 'set', path: ['cards', 0, 'prompt', 'nl'], value: '' });
  draft.edit({ type: 'set', path: ['cards', 1, 'theme'], value: 'mysef' });
  return draft;
}

/**
 * A deck of `count` cards as JSON: the basis deck's cards over and over, each with its own id, so
 * texts, themes and answer kinds are as varied as in a real deck.
 */
export function bigDeckJson(count = 1000): string {
  const cards = Array.from({ length: count }, (_, i) => {
    const card = basicDeck.cards[i % basicDeck.cards.length]!;
    return { ...card, id: `${card.id}-${Math.floor(i / basicDeck.cards.length) + 1}` };
  });
  return JSON.stringify({ ...basicDeck, id: 'groot', cards });
}

/** A draft of `count` cards (see {@link bigDeckJson}). */
export function bigDraft(count = 1000): DeckDraft {
  const { draft, problems } = openJson(bigDeckJson(count), 'groot.json');
  if (!draft) throw new Error(`The big deck does not open: ${problems.map((p) => p.message.en).join(' ')}`);
  return draft;
}
