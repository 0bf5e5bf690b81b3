import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

// Two projects: `unit` (Node only: engine, formats, CLI, batteries) and `e2e` (the browser tests in
// headless Chromium, which need the built game: their globalSetup builds it once and serves it with
// Vite's preview server). `vitest run` runs both; `--project unit` never builds.
// `vitest run --mode full` (npm run test:full) sets SIM_TEST_FULL=1: the heavy batteries run at full
// size (test/sizing.ts); without it they run smaller, each one still run.
export default defineConfig(({ mode }) => ({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    reporters: ['default'],
    env: mode === 'full' ? { SIM_TEST_FULL: '1' } : {},
    projects: [
      // vitest's default is one worker less than the cores: on 2 cores a single worker, every file
      // after the other. The unit files take at least two; they run first, while the game builds.
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/e2e/**'],
          maxWorkers: Math.max(2, availableParallelism() - 1),
          // The files share each worker's loaded modules instead of importing the engine, zod and the
          // rest again per file: on 2 cores the unit phase goes from 77 s to 61 s. They keep no state
          // between them (spies are restored, the i18n registry only grows); three shuffled orders
          // (--sequence.shuffle.files) passed.
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      // The browser files then run two at a time, each with its Chromium: on an idle 2-core machine
      // that takes the e2e phase from about 190 s to 135 s (on a machine loaded by other jobs, two at
      // once have timed out; the timeouts are far above any test's time when the machine is its own).
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
}));
