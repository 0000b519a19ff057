// @ts-check
// Library build of @ontdek-doe/core: one ES module per public entry point in dist/, unminified, with
// sourcemaps, plus the .d.ts files. esbuild only strips types (fast); the declarations come from the
// TypeScript compiler with tsconfig.build.json (see `declarations()` in scripts/rollupDeclarations.js for why not plain `tsc`).
import { readFileSync, rmSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { declarations } from '../../scripts/rollupDeclarations.js';

/** @type {{ dependencies?: Record<string, string>, peerDependencies?: Record<string, string> }} */
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// Every dependency and peer dependency stays an import, and so do their subpaths (`zod/mini`,
// `xstate/actors`, ...): the host's bundler dedupes them, and we never ship a copy.
const externalNames = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];

/** @param {string} id */
const external = (id) => externalNames.some((name) => id === name || id.startsWith(`${name}/`));

/** @type {import('rollup').RollupOptions} */
export default {
  input: {
    index: 'src/index.ts',
    schema: 'src/schema.ts',
    plugins: 'src/plugins.ts',
    testing: 'src/testing.ts',
  },
  external,
  plugins: [
    // A renamed or deleted module must not linger in dist/ (and in the published package).
    { name: 'od:clean', buildStart: () => rmSync('dist', { recursive: true, force: true }) },
    nodeResolve({ extensions: ['.ts', '.mjs', '.js', '.json'] }),
    esbuild({ target: 'es2022', minify: false, sourceMap: true, tsconfig: 'tsconfig.build.json' }),
    declarations(),
  ],
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    // Code shared by several entry points lands in one chunk, so `.` and `./schema` share the schema.
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
};
