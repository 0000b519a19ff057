// Builds the demo into dist/: index.html, styles.css, favicon.svg, the deck icons and ONE script
// (main.js), with no inline script or style, so the page works under `default-src 'self'`.
import { copyFile, cp, mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildDeckEditor } from '@ontdek-doe/example-deck-editor/build.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const dist = here('./dist/');

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
await build({
  entryPoints: [here('./src/main.ts')],
  outfile: here('./dist/main.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // rollup leaves bare imports of side-effect-free modules (zod, xstate) in the packages' dist: harmless.
  logOverride: { 'ignored-bare-import': 'silent' },
});
for (const file of ['index.html', 'styles.css', 'favicon.svg']) {
  await copyFile(here(`./${file}`), here(`./dist/${file}`));
}
// Deck pictures are `icons/<name>.svg`, relative to the page: the host serves the content package's icons.
const icons = dirname(fileURLToPath(import.meta.resolve('@ontdek-doe/content/icons/sun.svg')));
await cp(icons, here('./dist/icons/'), { recursive: true, filter: (src) => !src.endsWith('.md') });
// The deck editor for trainers, linked from the page, at deck-editor/ (examples/deck-editor).
await buildDeckEditor(new URL('./dist/deck-editor/', import.meta.url));
console.log('demo gebouwd in examples/demo/dist / demo built in examples/demo/dist');
