/**
 * The default decks' source files, bundled as text by the build (no file system needed), so the
 * editor can open one of them in a browser.
 */
import basisDeck from '../../decks/basis/deck.yaml?raw';
import basisEn from '../../decks/basis/en.yaml?raw';
import jongDeck from '../../decks/jong/deck.yaml?raw';
import jongEn from '../../decks/jong/en.yaml?raw';
import makkelijkDeck from '../../decks/makkelijk/deck.yaml?raw';
import makkelijkEn from '../../decks/makkelijk/en.yaml?raw';
import type { SourceFile } from './types.ts';

/**
 * The default decks (basis, jong, makkelijk) as their source files, by deck id. Each call gives
 * new lists, so a caller may change them.
 *
 * @example
 * ```ts
 * const { draft } = openSource(defaultDeckSources().basis!);
 * ```
 */
export function defaultDeckSources(): Record<string, SourceFile[]> {
  return {
    basis: [
      { name: 'deck.yaml', text: basisDeck },
      { name: 'en.yaml', text: basisEn },
    ],
    jong: [
      { name: 'deck.yaml', text: jongDeck },
      { name: 'en.yaml', text: jongEn },
    ],
    makkelijk: [
      { name: 'deck.yaml', text: makkelijkDeck },
      { name: 'en.yaml', text: makkelijkEn },
    ],
  };
}
