// Writes schema/deck-source.schema.json and schema/translation.schema.json (the JSON Schemas editors
// use for deck.yaml and <lang>.yaml) from the built `./tools` entry, formatted as the repository's
// Prettier would. Runs in the package build, after rollup; a file is only rewritten when it changed.
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { deckSourceSchema, translationSchema } from '../dist/tools.js';

const schemas = {
  'deck-source.schema.json': deckSourceSchema(),
  'translation.schema.json': translationSchema(),
};

for (const [name, schema] of Object.entries(schemas)) {
  const target = new URL(`../schema/${name}`, import.meta.url);
  const options = (await prettier.resolveConfig(target)) ?? {};
  const text = await prettier.format(JSON.stringify(schema, null, 2), { ...options, parser: 'json' });
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // Not written yet.
  }
  if (current !== text) {
    writeFileSync(target, text);
    console.log(`wrote schema/${name}`);
  }
}
