import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (name: string) =>
  fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

/**
 * Tests import each package through its public entry, as a user would; the
 * aliases point those entries at the sources so that tests need no build.
 */
export default defineConfig({
  resolve: {
    alias: {
      '@duibiao/core': source('core'),
      '@duibiao/io': source('io'),
      '@duibiao/plugin-sdk': source('plugin-sdk'),
      '@duibiao/plugin-national': source('plugin-national'),
      '@duibiao/plugin-shaanxi': source('plugin-shaanxi'),
      '@duibiao/sql': source('sql'),
      '@duibiao/ledger': source('ledger'),
      '@duibiao/synthetic': source('synthetic'),
      '@duibiao/cli': source('cli'),
      '@duibiao-examples/plugin-xian': fileURLToPath(
        new URL('./examples/city-plugin/src/index.ts', import.meta.url),
      ),
    },
  },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'examples/*/src/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default, one fewer than the cores, is one on the 2-core CI
    // machine: every file in turn. Much of the suite waits on child
    // processes (the CLI, PostgreSQL, Chromium), so two at once use the
    // cores better.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
