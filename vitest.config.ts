import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['specs/**/*.test.ts'],
    // Compiles the programs specs run as child processes once, so each starts on plain node.
    globalSetup: ['specs/support/globalSetup.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
