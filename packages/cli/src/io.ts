import { readFileSync, statSync } from 'node:fs';
import { type GitInfo, gitInfo } from '@crucible/core';

export { ExitCode } from './exit-code.ts';

/** Where a command writes and what it works from; the bin passes the process's, tests pass their own. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
};

/** GitHub's webhook payloads are at most 25 MB; a bigger file is not an event payload. */
const MAX_EVENT_BYTES = 25 * 1024 * 1024;

/**
 * The pull request's head commit on a pull_request event, from the payload at GITHUB_EVENT_PATH; undefined
 * elsewhere, or when the payload cannot be read (the commit is then recorded as GITHUB_SHA alone, never guessed).
 */
function pullRequestHead(env: NodeJS.ProcessEnv): string | undefined {
  const path = env['GITHUB_EVENT_PATH'];
  if (env['GITHUB_EVENT_NAME'] !== 'pull_request' || path === undefined || path === '') return undefined;
  try {
    const stats = statSync(path);
    if (!stats.isFile() || stats.size > MAX_EVENT_BYTES) return undefined;
    const payload = JSON.parse(readFileSync(path, 'utf8')) as { pull_request?: { head?: { sha?: unknown } } } | null;
    const sha = payload?.pull_request?.head?.sha;
    return typeof sha === 'string' ? sha : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The commit evidence is about, as ARCHITECTURE.md says: GITHUB_SHA / GITHUB_REF when set, else the checkout; on a
 * pull_request event the pull request's head commit beside GITHUB_SHA's merge commit.
 */
export function gitOf(cwd: string, env: NodeJS.ProcessEnv = process.env): GitInfo {
  const sha = env['GITHUB_SHA'];
  const ref = env['GITHUB_REF'];
  const headSha = pullRequestHead(env);
  return gitInfo({ ...(sha === undefined ? {} : { sha }), ...(ref === undefined ? {} : { ref }), ...(headSha === undefined ? {} : { headSha }) }, cwd);
}
