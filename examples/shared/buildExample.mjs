// The build step the browser examples share: a clean dist/, ONE minified ES module bundled by
// esbuild (every dependency inside), the page's static files, and the deck icons.
import { copyFile, cp, mkdir, rm } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Builds an example into `dist` (a file: URL with a trailing slash): `entry` is bundled to
 * `dist/<outfile>`, each of `files` (file: URLs) is copied into dist/, and the content package's
 * icons go to `dist/icons/` (deck pictures are `icons/<name>.svg`, relative to the page).
 */
export async function buildExample({ dist, entry, outfile, files = [] }) {
  const out = fileURLToPath(dist);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const result = await build({
    entryPoints: [fileURLToPath(entry)],
    outfile: fileURLToPath(new URL(outfile, dist)),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
    // rollup leaves bare imports of side-effect-free modules (zod, xstate) in the packages' dist: harmless.
    logOverride: { 'ignored-bare-import': 'silent' },
  });
  for (const file of files) {
    const path = fileURLToPath(file);
    await copyFile(path, fileURLToPath(new URL(basename(path), dist)));
  }
  const icons = dirname(fileURLToPath(import.meta.resolve('@ontdek-doe/content/icons/sun.svg')));
  await cp(icons, fileURLToPath(new URL('icons/', dist)), {
    recursive: true,
    filter: (src) => !src.endsWith('.md'),
  });
  return result;
}
