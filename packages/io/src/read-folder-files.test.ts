import { execFileSync } from 'node:child_process';
import { chmod, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { InputError, readFolder } from '@duibiao/io';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';

import { makeFolder, removeFolders } from './__fixtures__/folders.js';

afterAll(removeFolders);

const HOUSEHOLDS = '户编号\nH1\n';

async function problemsOf(dir: string): Promise<InputError['problems']> {
  const error = await readFolder(dir).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(InputError);

  return (error as InputError).problems;
}

// A name as GBK bytes, as a zip made on Chinese Windows leaves it.
const gbkName = (dir: string, name: string) =>
  Buffer.concat([Buffer.from(`${dir}/`), iconv.encode(name, 'gbk')]);

describe('readFolder: table files that cannot be opened', () => {
  it.each(['households.csv', 'members.csv', '村信息.json'])(
    'refuses %s as a link to nothing, whichever table it names',
    async (name) => {
      const others: Record<string, string> =
        name === 'households.csv' ? {} : { 'households.csv': HOUSEHOLDS };
      const dir = await makeFolder(others);
      await symlink('gone.csv', join(dir, name));

      const problems = await problemsOf(dir);

      // Only the file: a broken households file does not also make the
      // households table "missing".
      expect(problems).toEqual([
        {
          file: name,
          message:
            'cannot be opened: it is a link to a file that does not exist (ENOENT)',
        },
      ]);
    },
  );

  it('refuses a link that points at itself, with the system code', async () => {
    const dir = await makeFolder({ 'households.csv': HOUSEHOLDS });
    await symlink('villages.csv', join(dir, 'villages.csv'));

    const problems = await problemsOf(dir);

    expect(problems).toEqual([
      {
        file: 'villages.csv',
        message: expect.stringMatching(/leads back to itself.*\(ELOOP\)$/),
      },
    ]);
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a pipe named after a table without waiting on it',
    async () => {
      const dir = await makeFolder({ 'households.csv': HOUSEHOLDS });
      execFileSync('mkfifo', [join(dir, 'members.csv')]);

      const problems = await problemsOf(dir);

      expect(problems).toEqual([
        {
          file: 'members.csv',
          message:
            'is not a regular file (a pipe, socket or device), so it cannot be read',
        },
      ]);
    },
  );

  // Root reads a file whatever its mode, so this runs for other users.
  it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')(
    'refuses a table file without read permission',
    async () => {
      const dir = await makeFolder({
        'households.csv': HOUSEHOLDS,
        'members.csv': '户编号,证件号码\n',
      });
      await chmod(join(dir, 'members.csv'), 0o000);

      const problems = await problemsOf(dir);

      expect(problems).toEqual([
        {
          file: 'members.csv',
          message: expect.stringMatching(/permission.*denied.*\(EACCES\)$/),
        },
      ]);
    },
  );

  it('skips a link to nothing that names no table, saying why', async () => {
    const dir = await makeFolder({ 'households.csv': HOUSEHOLDS });
    await symlink('gone.txt', join(dir, 'notes.txt'));

    const result = await readFolder(dir);

    expect(result.skipped).toEqual([
      {
        file: 'notes.txt',
        reason:
          'cannot be opened: it is a link to a file that does not exist (ENOENT)',
      },
    ]);
  });
});

describe('readFolder: file names that are not UTF-8', () => {
  it('lists the file as not read, saying how its name reads as GBK', async (context) => {
    const dir = await makeFolder({ 'households.csv': HOUSEHOLDS });
    const made = await writeFile(gbkName(dir, '人员信息.csv'), 'x').then(
      () => true,
      () => false,
    );
    // Some file systems (APFS) refuse such names.
    if (!made) context.skip();

    const result = await readFolder(dir);

    // 人 员 信 息 are C8CB D4B1 D0C5 CFA2 in GBK. As UTF-8, C8, CB, D0
    // and C5 each start a two-byte character that the next byte does not
    // end (U+FFFD each); D4 B1 is U+0531 and CF A2 is U+03E2.
    expect(result.skipped).toEqual([
      {
        file: '\uFFFD\uFFFD\u0531\uFFFD\uFFFD\u03E2.csv',
        reason:
          'its name is not valid UTF-8, so it is not read; read as GBK it is 人员信息.csv: rename the file',
      },
    ]);
  });

  it('says such a file may be the households table when there is none', async (context) => {
    const dir = await makeFolder({});
    const made = await writeFile(gbkName(dir, '户信息.csv'), HOUSEHOLDS).then(
      () => true,
      () => false,
    );
    if (!made) context.skip();

    const problems = await problemsOf(dir);

    // 户 is BB A7 and 信 D0 C5: no UTF-8 character starts with BB or
    // A7, and D0 and C5 start none that the next byte ends; CF A2 (息)
    // is U+03E2.
    expect(problems).toEqual([
      {
        file: null,
        message:
          'there is no households table: add households.csv, households.xlsx or households.json (or 户信息 with one of those extensions); the name of \uFFFD\uFFFD\uFFFD\uFFFD\u03E2.csv is not valid UTF-8, so any of them may be the households table: rename them',
      },
    ]);
  });
});
