import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  version: string;
};

/**
 * One build for every package: run from a package folder, it bundles
 * `src/index.ts` (and `src/bin.ts` or `src/partition-worker.ts` when
 * present) to ESM and CJS with
 * declarations. Workspace packages and dependencies stay external.
 */
export default defineConfig({
  entry: ['src/index.ts', 'src/bin.ts', 'src/partition-worker.ts'].filter(
    (path) => existsSync(path),
  ),
  format: ['esm', 'cjs'],
  dts: { entry: 'src/index.ts' },
  tsconfig: 'tsconfig.json',
  clean: true,
  sourcemap: true,
  target: 'node20',
  splitting: false,
  silent: true,
  define: { __VERSION__: JSON.stringify(pkg.version) },
});
