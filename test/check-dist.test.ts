import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/actions.ts';
import { buildActions } from '../scripts/build-actions.ts';
import { compareDist, findMissingModules } from '../scripts/check-dist.ts';

// One action is enough to prove the check: the same code path compares every action.
const ACTION = 'report';
let scratch: string;
let built: string;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'crucible-check-dist-test-'));
  built = (await buildActions([ACTION], join(scratch, 'built'))).get(ACTION) as string;
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function committedCopy(name: string): string {
  const dir = join(scratch, name, ACTION, 'dist');
  cpSync(join(repoRoot, 'actions', ACTION, 'dist'), dir, { recursive: true });
  return dir;
}

describe('check-dist', () => {
  it('accepts the committed bundle, which is what its source builds to', () => {
    expect(compareDist(built, committedCopy('fresh'), 'dist')).toEqual([]);
  });

  it('catches a stale bundle', () => {
    const dir = committedCopy('stale');
    appendFileSync(join(dir, 'index.js'), '\n// edited by hand\n');
    expect(compareDist(built, dir, 'dist')).toEqual(['dist/index.js: differs from what its source builds to.']);
  });

  it('catches a file the build no longer produces and a missing bundle', () => {
    const dir = committedCopy('extra');
    appendFileSync(join(dir, '123.index.js'), 'export {};\n');
    expect(compareDist(built, dir, 'dist')).toEqual(['dist/123.index.js: no longer produced by the build.']);
    expect(compareDist(built, join(scratch, 'nowhere'), 'dist')[0]).toMatch(/no committed bundle/);
  });

  it("catches ncc's webpackMissingModule trap", () => {
    const dir = committedCopy('missing');
    expect(findMissingModules(dir, 'dist')).toEqual([]);
    appendFileSync(join(dir, 'index.js'), '\nthrow webpackMissingModule();\n');
    expect(findMissingModules(dir, 'dist')[0]).toMatch(/^dist\/index\.js: contains webpackMissingModule/);
  });

  it('exits non-zero from the command line when a bundle is stale, naming the file', () => {
    const dir = committedCopy('cli');
    appendFileSync(join(dir, 'index.js'), '\n// stale\n');
    const result = spawnSync(
      process.execPath,
      [join(repoRoot, 'scripts', 'check-dist.ts'), '--committed', join(scratch, 'cli'), ACTION],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`actions/${ACTION}/dist/index.js: differs from what its source builds to.`);
  });
});
