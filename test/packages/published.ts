import { fileURLToPath } from 'node:url';

/**
 * The packages published to npm, by folder under packages/: the API docs
 * cover them, and publint and arethetypeswrong check them. The synthetic
 * province and the examples are not among them.
 */
export const PUBLISHED = [
  'core',
  'io',
  'plugin-national',
  'plugin-shaanxi',
  'plugin-sdk',
  'cli',
  'sql',
  'ledger',
] as const;

/** The repository's root folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A published package's folder.
 *
 * @param folder - Its folder under packages/, e.g. `core`.
 * @returns The absolute path.
 */
export function packageDir(folder: string): string {
  return fileURLToPath(new URL(`../../packages/${folder}/`, import.meta.url));
}
