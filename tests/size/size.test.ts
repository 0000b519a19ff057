import { describe, expect, it } from 'vitest';
import { ENTRIES, measure, packageOf } from './measure-size.mjs';

/**
 * Gzip ceilings in bytes: the measured size plus 10 %. Raising one needs a reason in the commit.
 * Measured 2026-11-23 (esbuild 0.28.2, minified ESM, gzip level 9):
 * - card:      89,470 B minified, 29,182 B gzip (i18next ≈ 55 % of it)
 * - card+core: 249,241 B minified, 81,114 B gzip
 * Raised 2026-11-23 for the phase elements: the one UI message table (nl + en) that every element
 * shares now holds their text too, and the card bundles the whole table (createI18n is synchronous).
 * - card:      33,245 B gzip
 * - phases:    146,645 B minified, 43,330 B gzip (the five phase elements; core ≈ 3 KB of it, no xstate or zod)
 */
const BUDGETS: Record<keyof typeof ENTRIES, number> = {
  phases: 47_663,
  card: 36_527,
  'card+core': 89_226,
};

describe('bundle size budgets (gzip)', () => {
  for (const name of Object.keys(BUDGETS) as (keyof typeof ENTRIES)[])
    it(`${name} stays within ${(BUDGETS[name] / 1024).toFixed(1)} KB`, async () => {
      const { gzip, packages } = await measure(ENTRIES[name]);
      const breakdown = packages.map((p) => `${p.name} ${(p.bytes / 1024).toFixed(1)} KB`).join(', ');
      expect(gzip, `${name}: ${gzip} B gzip (${breakdown})`).toBeLessThanOrEqual(BUDGETS[name]);
    });

  it('the card does not pull the game engine (xstate, zod) into a page that only shows cards', async () => {
    const { packages } = await measure(ENTRIES.card);
    const names = packages.map((p) => p.name);
    expect(names).not.toContain('xstate');
    expect(names).not.toContain('zod');
    expect(names).toContain('lit-html');
  });

  it('the phase elements do not pull the game engine (xstate, zod) in either', async () => {
    const { packages } = await measure(ENTRIES.phases);
    const names = packages.map((p) => p.name);
    expect(names).not.toContain('xstate');
    expect(names).not.toContain('zod');
  });

  it('names the package of every bundled file', () => {
    expect(packageOf('../../node_modules/.pnpm/lit-html@3.3.1/node_modules/lit-html/lit-html.js')).toBe(
      'lit-html',
    );
    expect(packageOf('node_modules/.pnpm/x/node_modules/@lit/context/index.js')).toBe('@lit/context');
    expect(packageOf('../../packages/core/dist/index.js')).toBe('@ontdek-doe/core');
    expect(packageOf('entry.js')).toBe('(entry)');
  });
});
