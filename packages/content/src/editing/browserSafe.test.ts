/**
 * `@ontdek-doe/content/editing` must run in a browser: nothing in its import graph may need Node.
 * esbuild bundles the entry for the browser (only `yaml` and the core stay imports); a `node:*`
 * import anywhere makes the build fail, and the bundle's imports are checked as well.
 */
import { build, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

/** `?raw` imports as text, as the package build and Vite do. */
const rawText: Plugin = {
  name: 'raw-text',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)),
      namespace: 'raw',
    }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, (args) => ({
      contents: readFileSync(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

describe('the editing entry', () => {
  it('bundles for the browser with no node:* import, only yaml and the core', async () => {
    const result = await build({
      entryPoints: [resolve(here, 'index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
      external: ['yaml', '@ontdek-doe/core', '@ontdek-doe/core/*'],
      plugins: [rawText],
    });
    const imports = Object.values(result.metafile.outputs).flatMap((output) =>
      output.imports.map((i) => i.path),
    );
    expect(imports.filter((path) => path.startsWith('node:'))).toEqual([]);
    expect(new Set(imports)).toEqual(new Set(['yaml', '@ontdek-doe/core/schema']));
    // The default decks are in the bundle as text.
    const code = result.outputFiles[0]!.text;
    expect(code).toContain('id: basis');
    expect(code).toContain('id: makkelijk');
  });
});
