/**
 * What went wrong with a file or folder, in words a user can act on.
 *
 * @param error - The error a file system call threw.
 * @returns The reason.
 */
export function reasonOf(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'EEXIST' || code === 'ENOTDIR')
    return 'a file is in the way of the folder';
  if (code === 'EISDIR' || code === 'ERR_FS_EISDIR')
    return 'a folder is in the way of a report file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC') return 'the disk is full';

  return error instanceof Error ? error.message : String(error);
}
