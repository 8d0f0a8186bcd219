import { readFolder } from '@duibiao/io';
import { afterAll, describe, expect, it } from 'vitest';

import {
  expectBalanced,
  makeFolder,
  removeFolders,
} from './__fixtures__/folders.js';

afterAll(removeFolders);

// U+20000, a Chinese character outside the Basic Multilingual Plane: two
// UTF-16 code units, one character.
const RARE = '\u{20000}';

describe('readFolder: what a rejection shows', () => {
  it('names a row too long by its first surplus cell with something in it', async () => {
    const wide = ['H2', '贫困户', ...Array<string>(25).fill(''), '多余', 'x'];
    const text = ['户编号,户类型', 'H1,贫困户,,,多余,更多', wide.join(',')];
    const dir = await makeFolder({ 'households.csv': text.join('\n') });

    const result = await readFolder(dir);

    expectBalanced(result);
    // Line 2: cells C and D are empty, E is the first with something.
    // Line 3: 2 + 25 cells reach column AA, so 多余 is in column AB.
    expect(result.rejected).toEqual([
      {
        table: 'households',
        file: 'households.csv',
        line: 2,
        column: '(column E)',
        value: '多余',
        code: 'too-many-cells',
        reason: 'row has 6 cells, the header has 2',
      },
      {
        table: 'households',
        file: 'households.csv',
        line: 3,
        column: '(column AB)',
        value: '多余',
        code: 'too-many-cells',
        reason: 'row has 29 cells, the header has 2',
      },
    ]);
  });

  it('cuts a huge value to 200 characters that say how long it was', async () => {
    const text = [
      '户编号,户类型,脱贫年度',
      `H1,${'x'.repeat(30_000)},${'y'.repeat(1000)}`,
      `H2,${RARE.repeat(200)},2019`,
      `H3,${RARE.repeat(201)},2019`,
    ].join('\n');
    const dir = await makeFolder({ 'households.csv': text });

    const result = await readFolder(dir);

    expectBalanced(result);
    const [huge, exact, over] = result.rejected;
    // Under the 32,767 an Excel cell holds (a longer one is refused
    // whole): '…(30000 characters)' is 19 characters, leaving 181.
    expect(huge?.value).toBe(`${'x'.repeat(181)}…(30000 characters)`);
    // '…(1000 characters)' is 18 characters, leaving 182.
    expect(huge?.reason).toBe(
      `expected one of 贫困户 · 已脱贫户 · 一般农户; also 脱贫年度 "${'y'.repeat(182)}…(1000 characters)": expected a number`,
    );
    // 200 characters in 400 code units are not too long; 201 are, and
    // '…(201 characters)' is 17 characters, leaving 183 whole ones.
    expect(exact?.value).toBe(RARE.repeat(200));
    expect(over?.value).toBe(`${RARE.repeat(183)}…(201 characters)`);
  });

  it('cuts a huge household number in the value and in the reason', async () => {
    const id = 'H'.repeat(300);
    const dir = await makeFolder({
      'households.csv': `户编号\n${id}\n${id}\n`,
      'members.csv': `户编号,证件号码\nZ${id},11010519491231002X\n`,
    });

    const result = await readFolder(dir);

    expectBalanced(result);
    // '…(300 characters)' and '…(301 characters)' are 17 characters.
    const cut = `${'H'.repeat(183)}…(300 characters)`;
    const orphan = `Z${'H'.repeat(182)}…(301 characters)`;
    expect(result.rejected).toMatchObject([
      {
        line: 3,
        value: cut,
        reason: `duplicate 户编号 ${cut}, first on line 2`,
      },
      {
        line: 2,
        value: orphan,
        reason: `户编号 ${orphan} matches no household`,
      },
    ]);
  });
});
