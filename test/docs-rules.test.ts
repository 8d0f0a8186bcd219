import { readdir, readFile } from 'node:fs/promises';

import { ruleCatalogue, ruleDocs } from '@duibiao/plugin-sdk';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { beforeAll, describe, expect, it } from 'vitest';

const AS_OF = '2020-09-30';
const FOLDER = new URL('../docs/rules/', import.meta.url);

/** Every Markdown file under docs/rules, by path relative to it. */
async function written(): Promise<Map<string, string>> {
  const paths = await readdir(FOLDER, { recursive: true }).catch(() => []);
  const files = new Map<string, string>();
  for (const path of paths.filter((p) => p.endsWith('.md')).sort()) {
    const key = path.split('\\').join('/');
    files.set(key, await readFile(new URL(key, FOLDER), 'utf8'));
  }

  return files;
}

describe('docs/rules', () => {
  let docs: Map<string, string>;
  beforeAll(async () => {
    docs = await ruleDocs(shaanxi, AS_OF);
  });

  it('holds a current page for every rule and no other (run npm run docs:rules)', async () => {
    const files = await written();
    const problems: string[] = [];
    for (const [path, text] of docs) {
      const found = files.get(path);
      if (found === undefined) problems.push(`docs/rules/${path} is missing`);
      else if (found !== text) problems.push(`docs/rules/${path} is stale`);
    }
    for (const path of files.keys()) {
      if (!docs.has(path))
        problems.push(`docs/rules/${path} belongs to no rule`);
    }

    expect(problems, 'run `npm run docs:rules` to rewrite them').toEqual([]);
  });

  it('has one page per rule of the final rule set, and the index', () => {
    const { rules } = ruleCatalogue(shaanxi, AS_OF);
    const pages = rules.map((rule) => `${rule.id}.md`).sort();

    expect([...docs.keys()].sort()).toEqual(['README.md', ...pages].sort());
    expect(pages).toContain('national/dropout.md');
    expect(pages).toContain('shaanxi/no-liaison.md');
  });

  it('links every page from the index', () => {
    const index = docs.get('README.md') ?? '';
    for (const path of docs.keys()) {
      if (path === 'README.md') continue;
      const id = path.slice(0, -'.md'.length);
      expect(index).toContain(`[\`${id}\`](${path})`);
    }
  });

  it('shows the message the first invalid case gives, with the value in force', () => {
    // national/dropout's first invalid case is a girl born 2010-05-20,
    // so 10 on the reference date, recorded 失学辍学, with the blank
    // (空) reason not to attend of the member fixture.
    const page = docs.get('national/dropout.md') ?? '';

    expect(page).toContain(
      '- case “a child of 10 recorded as 失学辍学”, with the finding:\n  - 10 周岁，处于义务教育阶段，在校生状况为「失学辍学」，未上学原因为「空」\n',
    );
    expect(page).toContain(
      '| `compulsorySchoolAge` | always | `{"min":6,"max":15}` | 周岁 | @duibiao/plugin-national | yes |',
    );
  });
});
