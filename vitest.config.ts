// Test settings: tests live in test/, mirroring src/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // tests that run the built CLI start several processes; on a busy 2-core machine that takes time
    testTimeout: 180_000,
    // one test file at a time: several files start the built CLI with its worker threads, and on a
    // 2-core machine running them side by side starves the test runner's own messages
    fileParallelism: false,
    hookTimeout: 120_000,
    // temporary folders go under one folder for the run, removed at its end
    globalSetup: ['test/support/tmp-root.ts'],
  },
});
