/** Setup choices for tests. Not exported from the package. */
import type { GameSettings, PlayerSetup } from '../types.ts';

export function settings(overrides: Partial<GameSettings> = {}): GameSettings {
  return {
    mode: 'solo',
    players: [{ alias: 'Sam' }],
    language: 'nl',
    themes: [],
    maxDepth: 3,
    cardsPerPlayer: 4,
    excludeSensitivity: [],
    seed: 7,
    ...overrides,
  };
}

export function group(aliases: string[], overrides: Partial<GameSettings> = {}): GameSettings {
  const players: PlayerSetup[] = aliases.map((alias) => ({ alias }));
  return settings({ mode: 'group', players, ...overrides });
}

/** A fixed clock, so dates in tests do not move. */
export const fixedClock = () => new Date('2026-11-23T10:00:00.000Z');
