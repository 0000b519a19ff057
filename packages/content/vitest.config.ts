import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'content',
    // The trainer tooling runs in Node: files, a CLI, no DOM.
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // The CLI tests build decks and write temporary folders; give slow machines room.
    testTimeout: 20_000,
  },
});
