import { mkdtemp, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a report file in place of whatever has its name: the file is
 * written into a new folder of its own beside it (a name no one could
 * have prepared) and then renamed over the name. So a symbolic link
 * left where a report file goes is replaced, never written through to
 * the file it points at, and a reader never sees half a file.
 *
 * @param path - The report file's path.
 * @param write - Writes the file at the path it is given.
 * @returns When the file is in place.
 * @throws The file system's error when the file cannot be written or
 * put in place (`EISDIR` when a folder has its name); nothing is left
 * behind.
 */
export async function replaceFile(
  path: string,
  write: (path: string) => Promise<void>,
): Promise<void> {
  const staging = await mkdtemp(join(dirname(path), '.duibiao-'));
  try {
    const temp = join(staging, basename(path));
    await write(temp);
    await rename(temp, path);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
