import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Database tests share one PostgreSQL database per worker (see test/db.ts); two workers match the machine.
    maxWorkers: 2,
    env: { TZ: 'UTC' },
  },
});
