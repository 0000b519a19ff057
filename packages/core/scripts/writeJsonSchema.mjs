// Writes dist/deck.schema.json (for editors) from the built `./schema` entry point. Runs after the build.
import { writeFileSync } from 'node:fs';
import { deckJsonSchema } from '../dist/schema.js';

const target = new URL('../dist/deck.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(deckJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
