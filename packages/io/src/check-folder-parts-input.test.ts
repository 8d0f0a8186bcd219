import { checkFolder, InputError } from '@duibiao/io';
import { afterAll, describe, expect, it } from 'vitest';

import { makeFolder, removeFolders } from './__fixtures__/folders.js';

afterAll(removeFolders);

const OPTIONS = { plugins: [], asOf: '2020-09-30' as const };

/** The problems of the InputError a check of the folder ends with. */
async function problemsOf(
  dir: string,
  options: Partial<Parameters<typeof checkFolder>[1]>,
) {
  const error = await checkFolder(dir, { ...OPTIONS, ...options }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(InputError);

  return (error as InputError).problems;
}

describe('checkFolder in parts: unusable input', () => {
  it('names the row of a quote never closed in a members file too large to read whole', async () => {
    // 20,000 members of H1, each row 50 bytes or more: over the mebibyte
    // in which the header is looked for. The row on line 19,000 opens a
    // quote in 姓名 that nothing closes.
    const rows = Array.from({ length: 20_000 }, (_, i) => {
      const name = i === 18_998 ? '"王大' : '王大';
      return `H1,6101241980${String(i).padStart(8, '0')},${name},户主,男,1980-01-01`;
    });
    const dir = await makeFolder({
      '户信息.csv': '户编号,行政区划代码\nH1,610124102230\n',
      '人员信息.csv': `户编号,证件号码,姓名,与户主关系,性别,出生日期\n${rows.join('\n')}\n`,
    });

    // Read whole, the file is over the limit; read in parts, it is not
    // bound by it, and the quote is what makes it unusable.
    const problems = await problemsOf(dir, {
      parts: 2,
      limits: { maxTextBytes: 1024 },
    });

    expect(problems).toEqual([
      {
        file: '人员信息.csv',
        message:
          'cannot be parsed as CSV: a cell in row 19000 opens a double quote (") that is never closed',
      },
    ]);
  });
});
