import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'content',
    // The trainer tooling runs in Node: files, a CLI, no DOM.
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // `pnpm bench`: the editing model on a 1,000-card deck.
    benchmark: { include: ['src/**/*.bench.ts'] },
    // The CLI tests build decks and write temporary folders; give slow machines room.
    testTimeout: 20_000,
  },
});
