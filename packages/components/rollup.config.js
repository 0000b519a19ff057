// @ts-check
// Library build of @ontdek-doe/components: one ES module per source file in dist/ (preserveModules),
// so `define/*.js` stay the only files with side effects and a host's bundler can drop the rest.
// Unminified, with sourcemaps, plus .d.ts files from the TypeScript compiler. Dependencies (lit,
// @lit/context, i18next, @ontdek-doe/core) stay imports: the host's bundler dedupes them.
import { readFileSync, rmSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { declarations } from '../../scripts/rollupDeclarations.js';

/** @type {{ dependencies?: Record<string, string>, peerDependencies?: Record<string, string> }} */
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const externalNames = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];

/** @param {string} id */
const external = (id) => externalNames.some((name) => id === name || id.startsWith(`${name}/`));

/** @type {import('rollup').RollupOptions} */
export default {
  input: {
    // phase elements (what matters, goals, summary, check-in, follow-up start)
    'define/ontdek-doe-matters': 'src/define/ontdek-doe-matters.ts',
    'define/ontdek-doe-goals': 'src/define/ontdek-doe-goals.ts',
    'define/ontdek-doe-summary': 'src/define/ontdek-doe-summary.ts',
    'define/ontdek-doe-checkin': 'src/define/ontdek-doe-checkin.ts',
    'define/ontdek-doe-followup-start': 'src/define/ontdek-doe-followup-start.ts',
    // the rest
    index: 'src/index.ts',
    'define/ontdek-doe-card': 'src/define/ontdek-doe-card.ts',
    'define/ontdek-doe-setup': 'src/define/ontdek-doe-setup.ts',
    'define/ontdek-doe-discover': 'src/define/ontdek-doe-discover.ts',
    'define/ontdek-doe-game': 'src/define/ontdek-doe-game.ts',
    // the deck editor (never imported by the game's entry)
    'define/ontdek-doe-deck-editor': 'src/define/ontdek-doe-deck-editor.ts',
  },
  external,
  plugins: [
    { name: 'od:clean', buildStart: () => rmSync('dist', { recursive: true, force: true }) },
    nodeResolve({ extensions: ['.ts', '.mjs', '.js', '.json'] }),
    esbuild({ target: 'es2022', minify: false, sourceMap: true, tsconfig: 'tsconfig.build.json' }),
    declarations(),
  ],
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    preserveModules: true,
    preserveModulesRoot: 'src',
    entryFileNames: '[name].js',
  },
};
