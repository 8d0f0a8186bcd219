import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';
import { expect, it } from 'vitest';

it('bundles for the browser with no Node-only module', async () => {
  const entry = fileURLToPath(new URL('./index.ts', import.meta.url));
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    metafile: true,
  });
  const inputs = Object.keys(result.metafile.inputs);

  expect(result.errors).toEqual([]);
  expect(inputs.filter((input) => input.startsWith('node:'))).toEqual([]);
  expect(inputs.some((input) => input.includes('json-rules-engine'))).toBe(
    true,
  );
});
