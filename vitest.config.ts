import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Both cores: a test file's process mostly waits on its HiGHS worker thread, so two files
    // at a time keep the machine busy (vitest's default, cores − 1, runs one file at a time here).
    maxWorkers: 2,
  },
});
