import { main } from '@duibiao/cli';

/** What a run of the command printed and returned. */
export interface MainRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `duibiao` as a user would from a folder, and keeps what it prints.
 *
 * @param cwd - The folder it runs in.
 * @param argv - The arguments after `duibiao`.
 * @returns The exit code and the text on each stream.
 */
export async function runMain(
  cwd: string,
  ...argv: string[]
): Promise<MainRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });

  return { code, stdout, stderr };
}
