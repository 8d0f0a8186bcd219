// Writes docs/rules/: a page per rule of the final Shaanxi rule set (which
// includes the national rules) and README.md, an index linking them, from
// the built plugins:  npm run docs:rules
// Pages of rules that no longer exist are removed. test/docs-rules.test.ts
// fails when the folder and the rules disagree.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ruleDocs } from '@duibiao/plugin-sdk';
import { shaanxi } from '@duibiao/plugin-shaanxi';

const AS_OF = '2020-09-30';
const folder = fileURLToPath(new URL('../docs/rules/', import.meta.url));

const docs = await ruleDocs(shaanxi, AS_OF);
for (const [path, text] of docs) {
  const target = join(folder, path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
}

const written = await readdir(folder, { recursive: true });
for (const path of written.filter((p) => p.endsWith('.md'))) {
  const key = path.split('\\').join('/');
  if (docs.has(key)) continue;
  await rm(join(folder, path));
  console.log(`removed ${relative(process.cwd(), join(folder, path))}`);
}

console.log(
  `wrote ${docs.size} pages to ${relative(process.cwd(), folder) || '.'}`,
);
