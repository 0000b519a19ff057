/**
 * A file imported as text: `import text from './deck.yaml?raw'`. Vite and Vitest do this by
 * themselves; the package build does it with a small rollup plugin (rollup.config.js).
 */
declare module '*?raw' {
  const text: string;
  export default text;
}
