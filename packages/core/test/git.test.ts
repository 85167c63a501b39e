import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitInfo } from '../src/index.ts';

const sha = (c: string) => c.repeat(40);

function checkout(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'crucible-git-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('gitInfo', () => {
  it('prefers GITHUB_SHA and GITHUB_REF', () => {
    expect(gitInfo({ sha: sha('a'), ref: 'refs/pull/7/merge' }, tmpdir())).toEqual({ sha: sha('a'), ref: 'refs/pull/7/merge' });
  });

  it('reads a branch from a loose ref, or from packed-refs, from a subfolder of the checkout', () => {
    const loose = checkout({ '.git/HEAD': 'ref: refs/heads/main\n', [`.git/refs/heads/main`]: `${sha('b')}\n`, 'src/x': '' });
    expect(gitInfo({}, join(loose, 'src'))).toEqual({ sha: sha('b'), ref: 'refs/heads/main' });
    const packed = checkout({ '.git/HEAD': 'ref: refs/heads/dev\n', '.git/packed-refs': `# pack-refs with: peeled\n${sha('c')} refs/heads/dev\n` });
    expect(gitInfo({}, packed)).toEqual({ sha: sha('c'), ref: 'refs/heads/dev' });
  });

  it('reads a detached HEAD and a worktree whose .git is a file', () => {
    expect(gitInfo({}, checkout({ '.git/HEAD': `${sha('d')}\n` }))).toEqual({ sha: sha('d'), ref: null });
    const main = checkout({ '.git/worktrees/wt/HEAD': 'ref: refs/heads/wt\n', '.git/worktrees/wt/commondir': '../..\n', '.git/refs/heads/wt': `${sha('e')}\n` });
    const worktree = checkout({ '.git': `gitdir: ${join(main, '.git/worktrees/wt')}\n` });
    expect(gitInfo({}, worktree)).toEqual({ sha: sha('e'), ref: 'refs/heads/wt' });
  });

  it('is null outside a checkout and for an unborn branch', () => {
    expect(gitInfo({ sha: 'not-a-sha' }, checkout({}))).toBeNull();
    expect(gitInfo({}, checkout({ '.git/HEAD': 'ref: refs/heads/main\n' }))).toBeNull();
  });
});
