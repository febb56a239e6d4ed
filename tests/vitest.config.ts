import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['architecture/**/*.test.ts', 'e2e/**/*.test.ts', 'drills/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // One suite at a time: the machine has two cores, and the suites start servers, databases
    // and Chromium.
    fileParallelism: false,
  },
});
