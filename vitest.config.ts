// Test settings: tests live in test/, mirroring src/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // tests that run the built CLI start several processes; on a busy 2-core machine that takes time
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
