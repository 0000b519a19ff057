/**
 * `@ontdek-doe/core/plugins` — the plugin API and the built-in plugins (`od:storage`, `od:insights`)
 * with their storage adapters.
 *
 * @example
 * import { storagePlugin, localStorageAdapter } from '@ontdek-doe/core/plugins';
 * const game = createGame({ deck, plugins: [storagePlugin({ adapter: localStorageAdapter() })] });
 */
export * from './plugins/index.ts';
