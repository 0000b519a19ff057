#!/usr/bin/env node
// @ts-check
// Measures what Ontdek & Doe costs a host page: bundles an entry (the card, or the card with the core)
// with esbuild into one minified ES module, as a host's bundler would, and reports its gzip size and
// each dependency's share (from esbuild's metafile). Reads the built packages: run `pnpm build` first.
//
//   node tests/size/measure-size.mjs          # a table
//   node tests/size/measure-size.mjs --json   # the numbers
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));

/** What a host imports, per bundle we track. */
export const ENTRIES = {
  /** The phase elements after discover (what matters, goals, summary, check-in, follow-up start) with the core they use. */
  phases: [
    `import '@ontdek-doe/components/define/ontdek-doe-matters.js';`,
    `import '@ontdek-doe/components/define/ontdek-doe-goals.js';`,
    `import '@ontdek-doe/components/define/ontdek-doe-summary.js';`,
    `import '@ontdek-doe/components/define/ontdek-doe-checkin.js';`,
    `import '@ontdek-doe/components/define/ontdek-doe-followup-start.js';`,
  ].join('\n'),
  /** `<ontdek-doe-card>` on its own: lit, @lit/context, i18next and what the card takes from the core. */
  card: `import '@ontdek-doe/components/define/ontdek-doe-card.js';`,
  /** The card plus the core a game page needs (createGame, parseDeck): close to the full embed. */
  'card+core': [
    `import '@ontdek-doe/components/define/ontdek-doe-card.js';`,
    `export { createGame, parseDeck, restoreGame } from '@ontdek-doe/core';`,
  ].join('\n'),
  /** `<ontdek-doe-game>` with everything it registers (setup, discover, card, the phase elements), the core and the icons; no deck. */
  game: `import '@ontdek-doe/components/define/ontdek-doe-game.js';`,
};

/**
 * The package an input file belongs to: `node_modules/.pnpm/x/node_modules/@lit/context/…` →
 * `@lit/context`; `packages/core/dist/…` → `@ontdek-doe/core`.
 * @param {string} path
 */
export function packageOf(path) {
  const modules = path.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const [scope, name] = path.slice(modules + 'node_modules/'.length).split('/');
    return scope?.startsWith('@') ? `${scope}/${name}` : String(scope);
  }
  const workspace = /(?:^|\/)packages\/([^/]+)\//.exec(path);
  return workspace ? `@ontdek-doe/${workspace[1]}` : '(entry)';
}

/**
 * Bundles one entry and measures it.
 * @param {string} source the entry's code
 * @returns {Promise<{ bytes: number, gzip: number, packages: { name: string, bytes: number, gzip: number }[] }>}
 */
export async function measure(source) {
  const dist = fileURLToPath(new URL('../../packages/components/dist/index.js', import.meta.url));
  if (!existsSync(dist)) throw new Error('The components are not built: run `pnpm build` first.');
  const result = await build({
    stdin: { contents: source, resolveDir: here, loader: 'js', sourcefile: 'entry.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const gzip = gzipSync(code, { level: 9 }).length;
  const output = Object.values(result.metafile.outputs)[0];
  /** @type {Map<string, number>} */
  const byPackage = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(output?.inputs ?? {}))
    byPackage.set(packageOf(path), (byPackage.get(packageOf(path)) ?? 0) + bytesInOutput);
  const counted = [...byPackage.values()].reduce((a, b) => a + b, 0) || 1;
  const packages = [...byPackage]
    .map(([name, bytes]) => ({ name, bytes, gzip: Math.round((gzip * bytes) / counted) }))
    .sort((a, b) => b.bytes - a.bytes);
  return { bytes: code.length, gzip, packages };
}

/** @param {number} bytes */
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(6);

async function main() {
  /** @type {Record<string, Awaited<ReturnType<typeof measure>>>} */
  const results = {};
  for (const [name, source] of Object.entries(ENTRIES)) results[name] = await measure(source);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(results, null, 2));
    return;
  }
  for (const [name, { bytes, gzip, packages }] of Object.entries(results)) {
    console.log(`\n${name}: ${kb(bytes).trim()} KB minified, ${kb(gzip).trim()} KB gzip`);
    console.log('  package                    min KB   ≈gzip KB (share of the whole)');
    for (const p of packages) console.log(`  ${p.name.padEnd(24)} ${kb(p.bytes)}   ${kb(p.gzip)}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
