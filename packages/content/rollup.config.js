// @ts-check
// Build of @ontdek-doe/content's code: the `ontdek-doe` CLI (dist/cli.js, with its shebang), the
// `./tools` entry (Node) and the `./editing` entry (browsers and Node), as ES modules with
// sourcemaps, plus .d.ts files. Same approach as the core: esbuild strips types, the TypeScript compiler writes declarations. The decks themselves
// (dist/decks/*.json, dist/index.js, dist/icons.js) are written afterwards by `node dist/cli.js build`.
import { chmodSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { declarations } from '../../scripts/rollupDeclarations.js';

/** @type {{ dependencies?: Record<string, string>, peerDependencies?: Record<string, string> }} */
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// Dependencies stay imports (with their subpaths, e.g. `@ontdek-doe/core/schema`), and so does Node.
const externalNames = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const builtins = new Set(builtinModules);

/** @param {string} id */
const external = (id) =>
  id.startsWith('node:') ||
  builtins.has(id) ||
  externalNames.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * `import text from './deck.yaml?raw'`: the file's text as the module's default export, as Vite
 * and Vitest do it. The editing entry bundles the default decks and the icon list this way, so it
 * needs no file system in a browser.
 * @type {import('rollup').Plugin}
 */
const rawText = {
  name: 'od:raw-text',
  resolveId(source, importer) {
    if (!source.endsWith('?raw') || !importer) return null;
    return `\0raw:${resolve(dirname(importer), source.slice(0, -'?raw'.length))}`;
  },
  load(id) {
    if (!id.startsWith('\0raw:')) return null;
    const file = id.slice('\0raw:'.length);
    this.addWatchFile(file);
    return `export default ${JSON.stringify(readFileSync(file, 'utf8'))};`;
  },
};

/** @type {import('rollup').RollupOptions} */
export default {
  input: {
    cli: 'src/cli.ts',
    tools: 'src/tools.ts',
    // Browser-safe (no node:* anywhere in its graph; src/editing/browserSafe.test.ts checks it).
    editing: 'src/editing/index.ts',
  },
  external,
  plugins: [
    // A renamed or deleted module must not linger in dist/ (and in the published package).
    { name: 'od:clean', buildStart: () => rmSync('dist', { recursive: true, force: true }) },
    rawText,
    nodeResolve({ extensions: ['.ts', '.mjs', '.js', '.json'], preferBuiltins: true }),
    esbuild({ target: 'node20', minify: false, sourceMap: true, tsconfig: 'tsconfig.build.json' }),
    declarations(),
    // `pnpm` links the bin and sets its mode on install; this keeps `./dist/cli.js` runnable directly too.
    { name: 'od:executable', writeBundle: () => chmodSync('dist/cli.js', 0o755) },
  ],
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    banner: (chunk) => (chunk.isEntry && chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
  },
};
