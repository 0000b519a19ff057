/** Types of measure-size.mjs, for the budget test. */
export declare const ENTRIES: Record<'phases' | 'card' | 'card+core' | 'game', string>;
export declare function packageOf(path: string): string;
export declare function measure(source: string): Promise<{
  bytes: number;
  gzip: number;
  packages: { name: string; bytes: number; gzip: number }[];
}>;
