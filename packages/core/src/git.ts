import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { GitInfo } from './evidence/common.ts';

const SHA = /^[0-9a-f]{40}$/;

/** The .git folder of the checkout holding `cwd` (following a worktree's `gitdir:` file), or undefined. */
function gitDir(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, '.git');
    if (existsSync(candidate)) {
      if (statSync(candidate).isDirectory()) return candidate;
      const pointer = /^gitdir:\s*(.+)$/m.exec(readFileSync(candidate, 'utf8'))?.[1]?.trim();
      return pointer === undefined ? undefined : resolve(dir, pointer);
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** A ref's sha from its loose file or from packed-refs (a worktree keeps them in the common dir). */
function resolveRef(dir: string, ref: string): string | undefined {
  const common = existsSync(join(dir, 'commondir')) ? resolve(dir, readFileSync(join(dir, 'commondir'), 'utf8').trim()) : dir;
  for (const base of [dir, common]) {
    const loose = join(base, ref);
    if (existsSync(loose)) return readFileSync(loose, 'utf8').trim();
    const packed = join(base, 'packed-refs');
    if (existsSync(packed)) {
      for (const line of readFileSync(packed, 'utf8').split('\n')) {
        const [sha, name] = line.split(' ');
        if (name === ref && sha !== undefined && SHA.test(sha)) return sha;
      }
    }
  }
  return undefined;
}

/**
 * The commit evidence is about (ARCHITECTURE.md): GITHUB_SHA / GITHUB_REF when the caller has them, else the git
 * checkout of the working directory, else null. `headSha` is the pull request's head commit when the caller has one
 * (on pull_request events GITHUB_SHA is the merge commit, which nobody pushed), else the same commit as `sha`.
 * Reads files only; it runs no git command.
 */
export function gitInfo(fromEnvironment: { sha?: string; ref?: string; headSha?: string }, cwd: string): GitInfo {
  if (fromEnvironment.sha !== undefined && SHA.test(fromEnvironment.sha)) {
    const headSha = fromEnvironment.headSha !== undefined && SHA.test(fromEnvironment.headSha) ? fromEnvironment.headSha : fromEnvironment.sha;
    return { sha: fromEnvironment.sha, ref: fromEnvironment.ref || null, headSha };
  }
  // A pull request's head says nothing about a local checkout: it is the merge commit's only.
  const commit = checkoutCommit(cwd);
  return commit === null ? null : { ...commit, headSha: commit.sha };
}

/** The commit checked out in the folder holding `cwd`, from its HEAD. */
function checkoutCommit(cwd: string): { sha: string; ref: string | null } | null {
  const dir = gitDir(cwd);
  if (dir === undefined || !existsSync(join(dir, 'HEAD'))) return null;
  const head = readFileSync(join(dir, 'HEAD'), 'utf8').trim();
  if (SHA.test(head)) return { sha: head, ref: null };
  const ref = /^ref:\s*(\S+)$/.exec(head)?.[1];
  const sha = ref === undefined ? undefined : resolveRef(dir, ref);
  return sha !== undefined && SHA.test(sha) ? { sha, ref: ref ?? null } : null;
}
