import { InputError, readFolder } from '@duibiao/io';
import { afterAll, describe, expect, it } from 'vitest';

import { makeFolder, removeFolders } from './__fixtures__/folders.js';

afterAll(removeFolders);

async function problems(dir: string) {
  const error = await readFolder(dir).catch((thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(InputError);

  return (error as InputError).problems;
}

describe('readFolder: a key column under another name', () => {
  it('says which header may be the key column', async () => {
    const dir = await makeFolder({
      'households.csv': '户编号\nH1\n',
      'members.csv':
        '人员名单\n户编号,身份证号码,姓名\nH1,610102199001011234,张三\n',
    });

    expect(await problems(dir)).toEqual([
      {
        file: 'members.csv',
        column: '证件号码',
        message:
          'no row holds the key column 证件号码 (idNumber); the header row must name it in Chinese or English; 身份证号码 on line 2 may be it: rename it 证件号码',
      },
    ]);
  });
});
