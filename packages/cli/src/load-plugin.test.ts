import { pathToFileURL } from 'node:url';

import { describe, expect, it } from 'vitest';

import { pluginSpecifier } from './load-plugin.js';

describe('pluginSpecifier', () => {
  it('gives a path as its file URL, from the working folder', () => {
    expect(pluginSpecifier('./my-plugin.js', '/work/city')).toBe(
      pathToFileURL('/work/city/my-plugin.js').href,
    );
  });

  it('gives a built-in plugin as the file its package resolves to, for worker threads', () => {
    const specifier = pluginSpecifier('shaanxi', process.cwd());
    expect(specifier).toMatch(/^file:.*plugin-shaanxi\//);
  });
});
