/**
 * Where each part of a merged deck came from: deck paths (`['cards', 3, 'prompt', 'en']`) to a
 * file, line and column. The default-language layer is deck.yaml; each translation has its own.
 */
import type { IssuePath, SourceLocation } from '../types.ts';
import { pathKey } from './parseYamlSource.ts';

/**
 * A source map for one deck folder.
 *
 * @example
 * ```ts
 * const map = new DeckSourceMap('deck.yaml');
 * map.set(['cards', 0], { file: 'deck.yaml', line: 14, column: 5 });
 * map.locate(['cards', 0, 'prompt', 'nl']); // { file: 'deck.yaml', line: 14, column: 5 }
 * ```
 */
export class DeckSourceMap {
  private readonly layers = new Map<string, Map<string, SourceLocation>>();

  /** `rootFile` is where problems about the whole deck are placed (line 1, column 1). */
  constructor(private readonly rootFile: string) {}

  /**
   * Records where `path` is. `layer` is `''` for deck.yaml, or the language of a translation
   * file: its places are found for paths that end in that language.
   */
  set(path: IssuePath, location: SourceLocation, layer = ''): void {
    let map = this.layers.get(layer);
    if (!map) this.layers.set(layer, (map = new Map()));
    map.set(pathKey(path), location);
  }

  /** Whether a place is recorded for exactly this path. */
  has(path: IssuePath, layer = ''): boolean {
    return this.layers.get(layer)?.has(pathKey(path)) ?? false;
  }

  /**
   * The place of `path`, or of its nearest parent that has one. A path that ends in a translated
   * language (`…, 'prompt', 'en']`) is looked up in that language's file first, as long as the
   * card or theme itself is there; otherwise it falls back to deck.yaml.
   */
  locate(path: IssuePath): SourceLocation {
    const last = path[path.length - 1];
    const layer = typeof last === 'string' ? this.layers.get(last) : undefined;
    if (layer) {
      // In a translation file, the card or theme itself is the coarsest useful place.
      const minimum = path[0] === 'cards' || path[0] === 'themes' ? 2 : 1;
      for (let n = path.length; n >= minimum; n--) {
        const found = layer.get(pathKey(path.slice(0, n)));
        if (found) return found;
      }
    }
    const base = this.layers.get('');
    for (let n = path.length; n >= 1; n--) {
      const found = base?.get(pathKey(path.slice(0, n)));
      if (found) return found;
    }
    return { file: this.rootFile, line: 1, column: 1 };
  }
}
