import { type GitInfo, gitInfo } from '@crucible/core';

export { ExitCode } from './exit-code.ts';

/** Where a command writes and what it works from; the bin passes the process's, tests pass their own. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
};

/** The commit evidence is about, as ARCHITECTURE.md says: GITHUB_SHA / GITHUB_REF when set, else the checkout. */
export function gitOf(cwd: string): GitInfo {
  const sha = process.env['GITHUB_SHA'];
  const ref = process.env['GITHUB_REF'];
  return gitInfo({ ...(sha === undefined ? {} : { sha }), ...(ref === undefined ? {} : { ref }) }, cwd);
}
