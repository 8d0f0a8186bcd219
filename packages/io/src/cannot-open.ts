/**
 * What the file system's error codes mean, in words a clerk can act on.
 * The code stays in brackets after them, for whoever looks it up.
 */
const IN_WORDS: Readonly<Record<string, string>> = {
  EACCES:
    'permission to read it is denied; ask whoever manages the computer for read permission, or copy the file into a folder of your own',
  EPERM:
    'the system does not permit reading it; copy the file into a folder of your own',
  ELOOP: 'it is a link that leads back to itself, so it leads to no file',
  ENOENT: 'it no longer exists (moved or deleted while the folder was read)',
  EISDIR: 'it is a folder, not a file',
  EBUSY: 'another program is using it; close that program and check again',
  EMFILE: 'too many files are open at once; check again',
  ENFILE: 'too many files are open at once; check again',
};

/**
 * Why a file cannot be opened, from the file system's error: the meaning
 * in words where it is known, then the code in brackets.
 *
 * @param code - The error's code (`EACCES`), or the error as text.
 * @returns The reason, to follow the file's name.
 * @example
 * cannotOpen('EACCES');
 * // 'cannot be opened: permission to read it is denied; … (EACCES)'
 */
export function cannotOpen(code: string): string {
  const words = Object.hasOwn(IN_WORDS, code) ? IN_WORDS[code] : undefined;

  return words
    ? `cannot be opened: ${words} (${code})`
    : `cannot be opened (${code})`;
}
