// Custom-elements manifest (custom-elements.json): generated from the classes' JSDoc by
// `cem analyze` as part of `pnpm build`. Editors, Storybook and linters read it.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/testing/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The analyzer also lists each `dispatchEvent(new OdXEvent(…))` as an event without a name;
      // the class's `@fires` tags already name them all.
      name: 'od:named-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules ?? [])
          for (const declaration of module.declarations ?? [])
            if (Array.isArray(declaration.events))
              declaration.events = declaration.events.filter((event) => event.name);
      },
    },
  ],
};
