import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // One browser at a time: the machine has two cores, and the suites start servers and Chromium.
    fileParallelism: false,
  },
});
