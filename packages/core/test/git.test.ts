import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitInfoSchema, gitInfo, recordsCommit } from '../src/index.ts';

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
  it('prefers GITHUB_SHA and GITHUB_REF, the head commit the same commit when no pull request names another', () => {
    expect(gitInfo({ sha: sha('a'), ref: 'refs/heads/main' }, tmpdir())).toEqual({ sha: sha('a'), ref: 'refs/heads/main', headSha: sha('a') });
  });

  it("records a pull request's head commit beside GITHUB_SHA's merge commit", () => {
    expect(gitInfo({ sha: sha('a'), ref: 'refs/pull/7/merge', headSha: sha('f') }, tmpdir())).toEqual({ sha: sha('a'), ref: 'refs/pull/7/merge', headSha: sha('f') });
  });

  it.each([
    ['not a sha', 'HEAD~1'],
    ['a short sha', 'f'.repeat(7)],
    ['empty', ''],
  ])('takes a head commit that is %s for none: the merge commit stands alone', (_, headSha) => {
    expect(gitInfo({ sha: sha('a'), ref: 'refs/pull/7/merge', headSha }, tmpdir())).toEqual({ sha: sha('a'), ref: 'refs/pull/7/merge', headSha: sha('a') });
  });

  it("never pins a pull request's head on a local checkout's commit", () => {
    const local = checkout({ '.git/HEAD': `${sha('d')}\n` });
    expect(gitInfo({ headSha: sha('f') }, local)).toEqual({ sha: sha('d'), ref: null, headSha: sha('d') });
  });

  it('reads a branch from a loose ref, or from packed-refs, from a subfolder of the checkout', () => {
    const loose = checkout({ '.git/HEAD': 'ref: refs/heads/main\n', [`.git/refs/heads/main`]: `${sha('b')}\n`, 'src/x': '' });
    expect(gitInfo({}, join(loose, 'src'))).toEqual({ sha: sha('b'), ref: 'refs/heads/main', headSha: sha('b') });
    const packed = checkout({ '.git/HEAD': 'ref: refs/heads/dev\n', '.git/packed-refs': `# pack-refs with: peeled\n${sha('c')} refs/heads/dev\n` });
    expect(gitInfo({}, packed)).toEqual({ sha: sha('c'), ref: 'refs/heads/dev', headSha: sha('c') });
  });

  it('reads a detached HEAD and a worktree whose .git is a file', () => {
    expect(gitInfo({}, checkout({ '.git/HEAD': `${sha('d')}\n` }))).toEqual({ sha: sha('d'), ref: null, headSha: sha('d') });
    const main = checkout({ '.git/worktrees/wt/HEAD': 'ref: refs/heads/wt\n', '.git/worktrees/wt/commondir': '../..\n', '.git/refs/heads/wt': `${sha('e')}\n` });
    const worktree = checkout({ '.git': `gitdir: ${join(main, '.git/worktrees/wt')}\n` });
    expect(gitInfo({}, worktree)).toEqual({ sha: sha('e'), ref: 'refs/heads/wt', headSha: sha('e') });
  });

  it('is null outside a checkout and for an unborn branch', () => {
    expect(gitInfo({ sha: 'not-a-sha' }, checkout({}))).toBeNull();
    expect(gitInfo({}, checkout({ '.git/HEAD': 'ref: refs/heads/main\n' }))).toBeNull();
  });
});

describe('GitInfoSchema', () => {
  it('parses evidence written before headSha existed, and refuses a head that is not a commit sha', () => {
    expect(GitInfoSchema.parse({ sha: sha('a'), ref: null })).toEqual({ sha: sha('a'), ref: null });
    expect(GitInfoSchema.parse({ sha: sha('a'), ref: null, headSha: sha('b') })).toEqual({ sha: sha('a'), ref: null, headSha: sha('b') });
    expect(GitInfoSchema.safeParse({ sha: sha('a'), ref: null, headSha: 'main' }).success).toBe(false);
  });
});

describe('recordsCommit', () => {
  it.each([
    ['its own commit', { sha: sha('a'), ref: null, headSha: sha('a') }, sha('a'), true],
    ['the merge commit of a pull request', { sha: sha('a'), ref: 'refs/pull/7/merge', headSha: sha('f') }, sha('a'), true],
    ['the head commit of a pull request', { sha: sha('a'), ref: 'refs/pull/7/merge', headSha: sha('f') }, sha('f'), true],
    ['evidence older than headSha, its commit', { sha: sha('a'), ref: null }, sha('a'), true],
    ['another commit', { sha: sha('a'), ref: 'refs/pull/7/merge', headSha: sha('f') }, sha('e'), false],
    ['no commit at all', null, sha('a'), false],
  ] as const)('says whether evidence is about %s', (_, git, commit, expected) => {
    expect(recordsCommit(git, commit)).toBe(expected);
  });
});
