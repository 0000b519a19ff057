/**
 * The plugin API of Ontdek & Doe (`@ontdek-doe/core/plugins`): the plugin host the game uses,
 * the built-in plugins `od:storage` and `od:insights`, and storage adapters.
 */
export { PluginHost } from './PluginHost.ts';
export type { AnswerValueCheck, CallableHook, HookArgs } from './PluginHost.ts';
export { storagePlugin, loadSession } from './storagePlugin.ts';
export type { ParseSnapshotResult } from '../snapshot/parseSnapshot.ts';
export type { StoragePlugin, StoragePluginOptions } from './storagePlugin.ts';
export { memoryStorage } from './memoryStorage.ts';
export type { SyncStorageAdapter } from './SyncStorageAdapter.ts';
export { localStorageAdapter } from './localStorageAdapter.ts';
export type { LocalStorageAdapterOptions, WebStorageLike } from './localStorageAdapter.ts';
export { StorageError } from './StorageError.ts';
export type { StorageErrorCode } from './StorageError.ts';
export { isQuotaError } from './isQuotaError.ts';
export { insightsPlugin, countInsights } from './insightsPlugin.ts';
export type { InsightsPluginOptions } from './insightsPlugin.ts';
export { createInsightsStore } from './createInsightsStore.ts';
export type { InsightsExport, InsightsExportOptions, InsightsStore } from './createInsightsStore.ts';
export type {
  AnswerKindDefinition,
  GamePlugin,
  GameProblem,
  InsightCounts,
  InsightsSink,
  PluginContext,
  PluginHook,
  StorageAdapter,
  SummarySection,
  ValueSchema,
} from '../types.ts';
