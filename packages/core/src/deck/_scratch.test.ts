import { test } from 'vitest';
import { generateDeck } from '../testing/generateDeck.ts';
import { hashDeck } from './hashDeck.ts';
test('x', () => {
  const d = generateDeck(10000, 1);
  for (let k = 0; k < 6; k++) { const t = performance.now(); hashDeck(d); console.log('hash', (performance.now() - t).toFixed(1)); }
});
