import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestPath } from '../src/digest.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crucible-digest-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('digestPath', () => {
  it('digests a file, and a folder by its names and contents wherever it lies', async () => {
    for (const root of ['a', 'b']) {
      mkdirSync(join(dir, root, 'sub'), { recursive: true });
      writeFileSync(join(dir, root, 'x.csv'), '1,2\n');
      writeFileSync(join(dir, root, 'sub', 'y.csv'), '3,4\n');
    }
    const a = await digestPath(join(dir, 'a'), 'a', 'data-paths');
    const b = await digestPath(join(dir, 'b'), 'b', 'data-paths');
    expect(a).toMatchObject({ path: 'a', files: 2, bytes: 8 });
    expect(a.sha256).toBe(b.sha256);
    writeFileSync(join(dir, 'b', 'sub', 'y.csv'), '3,5\n');
    expect((await digestPath(join(dir, 'b'), 'b', 'data-paths')).sha256).not.toBe(a.sha256);
    const file = await digestPath(join(dir, 'a', 'x.csv'), 'a/x.csv', 'data-paths');
    expect(file).toMatchObject({ files: 1, bytes: 4, sha256: createHash('sha256').update('1,2\n').digest('hex') });
  });

  it('follows a named link, and tells links inside a folder apart by their targets', async () => {
    writeFileSync(join(dir, 'v1.csv'), 'old\n');
    writeFileSync(join(dir, 'v2.csv'), 'new\n');
    mkdirSync(join(dir, 'one'));
    mkdirSync(join(dir, 'two'));
    symlinkSync(join(dir, 'v1.csv'), join(dir, 'one', 'train.csv'));
    symlinkSync(join(dir, 'v2.csv'), join(dir, 'two', 'train.csv'));
    const one = await digestPath(join(dir, 'one'), 'one', 'data-paths');
    const two = await digestPath(join(dir, 'two'), 'two', 'data-paths');
    expect(one.sha256).not.toBe(two.sha256);
    symlinkSync(join(dir, 'v1.csv'), join(dir, 'linked.csv'));
    expect(await digestPath(join(dir, 'linked.csv'), 'linked.csv', 'data-paths')).toMatchObject({ files: 1, bytes: 4 });
  });

  it('names the input and the path that does not exist', async () => {
    await expect(digestPath(join(dir, 'nope'), 'nope', 'data-paths')).rejects.toThrow(/^data-paths: "nope" does not exist/);
  });
});
