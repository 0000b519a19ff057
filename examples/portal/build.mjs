// Builds the portal example into dist/: index.html, styles.css, ONE script (main.js) and the icons.
import { buildExample } from '@ontdek-doe/example-shared/buildExample.mjs';

await buildExample({
  dist: new URL('./dist/', import.meta.url),
  entry: new URL('./src/main.ts', import.meta.url),
  outfile: 'main.js',
  files: [new URL('./index.html', import.meta.url), new URL('./styles.css', import.meta.url)],
});
console.log('portal gebouwd in examples/portal/dist / built in examples/portal/dist');
