// Builds the plain-page example into dist/: index.html, ONE minified ES module (ontdek-doe.js: the
// <ontdek-doe-game> element with every dependency), the basis deck as JSON and the deck icons.
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildExample } from '@ontdek-doe/example-shared/buildExample.mjs';

const dist = new URL('./dist/', import.meta.url);
await buildExample({
  dist,
  entry: new URL(import.meta.resolve('@ontdek-doe/components/define/ontdek-doe-game.js')),
  outfile: 'ontdek-doe.js',
  files: [new URL('./index.html', import.meta.url)],
});
await mkdir(new URL('decks/', dist), { recursive: true });
await copyFile(
  fileURLToPath(import.meta.resolve('@ontdek-doe/content/decks/basis.json')),
  fileURLToPath(new URL('decks/basis.json', dist)),
);
const bundle = await readFile(new URL('ontdek-doe.js', dist));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(
  `embed-html gebouwd / built: dist/ontdek-doe.js ${kb(bundle.length)}, gzip ${kb(gzipSync(bundle, { level: 9 }).length)}`,
);
