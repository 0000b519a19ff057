// Builds the deck editor page into dist/ (or into the folder given, e.g. the demo's
// dist/deck-editor/): index.html, styles.css, ONE script (main.js), the deck icons, and the
// default decks as JSON under decks/ (to try "open from a URL" on the same host).
import { copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildExample } from '@ontdek-doe/example-shared/buildExample.mjs';

const DECKS = ['basis', 'jong', 'makkelijk'];

/** Builds the page into `dist` (a file: URL with a trailing slash). */
export async function buildDeckEditor(dist = new URL('./dist/', import.meta.url)) {
  await buildExample({
    dist,
    entry: new URL('./src/main.ts', import.meta.url),
    outfile: 'main.js',
    files: [new URL('./index.html', import.meta.url), new URL('./styles.css', import.meta.url)],
  });
  await mkdir(new URL('decks/', dist), { recursive: true });
  for (const id of DECKS)
    await copyFile(
      fileURLToPath(import.meta.resolve(`@ontdek-doe/content/decks/${id}.json`)),
      fileURLToPath(new URL(`decks/${id}.json`, dist)),
    );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildDeckEditor();
  console.log('deck-editor gebouwd in examples/deck-editor/dist / built in examples/deck-editor/dist');
}
