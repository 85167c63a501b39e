import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/actions.ts';

const CRUCIBLE = join(repoRoot, 'node_modules', '.bin', 'crucible');
/** A value in the CLI's environment that must never come out of it. */
const SECRET = 'CRUCIBLE_HOSTILE_SECRET_4c2e9a';
let dir: string;

/** The CLI, stopped after 20 s: a FIFO or /proc path that hangs fails the test instead of the suite. */
function crucible(...args: string[]) {
  return spawnSync(CRUCIBLE, args, { cwd: dir, encoding: 'utf8', timeout: 20_000, env: { ...process.env, CRUCIBLE_TOKEN: SECRET } });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crucible-hostile-cli-'));
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
  write('base.json', '{"acc": 0.90}');
  write('current.json', '{"acc": 0.91}');
  write('data.csv', 'id,x\n1,2\n2,3\n');
  write('schema.yml', 'columns:\n  id: {type: integer}\n  x: {type: number}\n');
  execFileSync('mkfifo', [join(dir, 'fifo.json')]);
  execFileSync('mkfifo', [join(dir, 'fifo.yml')]);
  mkdirSync(join(dir, 'run'));
  write('run/eval.json', '{"acc": 0.92}');
  symlinkSync('/proc/self/environ', join(dir, 'run', 'env.yaml'));
  symlinkSync('/proc/self/environ', join(dir, 'environ.csv'));
  mkdirSync(join(dir, 'a-folder'));
  write('a-file', 'x');
});

/** One line on stderr, no stack trace, and nothing of the environment. */
function expectOneLine(result: ReturnType<typeof crucible>, pattern: RegExp): void {
  expect(result.error).toBeUndefined(); // not killed by the timeout
  expect(result.status).toBe(2);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr + result.stdout).not.toContain(SECRET);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('files the CLI reads', () => {
  it('refuses a FIFO as --current at once instead of hanging', () => {
    expectOneLine(crucible('compare', '--baseline', 'base.json', '--current', 'fifo.json'), /fifo\.json: is a FIFO \(named pipe\), not a regular file/);
  });

  it('refuses a FIFO as --schema and as --config at once', () => {
    expectOneLine(crucible('validate', 'data.csv', '--schema', 'fifo.yml'), /fifo\.yml: is a FIFO \(named pipe\), not a regular file/);
    expectOneLine(crucible('compare', '--baseline', 'base.json', '--current', 'current.json', '--config', 'fifo.yml'), /fifo\.yml: is a FIFO/);
  });

  it('does not print the environment from a metrics folder with env.yaml -> /proc/self/environ', () => {
    expectOneLine(crucible('compare', '--baseline', 'base.json', '--current', 'run'), /run\/env\.yaml: resolves to \/proc\/\S+, a system file under \/proc/);
  });

  it('does not put /proc/self/environ into validation evidence', () => {
    const result = crucible('validate', 'environ.csv', '--schema', 'schema.yml', '--json', 'leak/validation.json', '--markdown', 'leak/validation.md');
    expectOneLine(result, /environ\.csv: resolves to \/proc\/\S+, a system file under \/proc/);
    expect(existsSync(join(dir, 'leak'))).toBe(false);
  });
});

describe('files the CLI writes', () => {
  it.each([
    ['--json under /proc', ['compare', '--baseline', 'base.json', '--current', 'current.json', '--json', '/proc/crucible/x.json'], /^crucible compare: --json \/proc\/crucible\/x\.json: cannot write the file there \(\/proc is a system folder\)/],
    ['--markdown as a folder', ['compare', '--baseline', 'base.json', '--current', 'current.json', '--markdown', 'a-folder'], /--markdown \S+a-folder: cannot write the file there \(it is a folder\)/],
    ['--json below a file', ['compare', '--baseline', 'base.json', '--current', 'current.json', '--json', 'a-file/out.json'], /--json \S+a-file\/out\.json: cannot write the file there \(\S+a-file is a file, not a folder\)/],
    ['--profile-out under /sys', ['validate', 'data.csv', '--schema', 'schema.yml', '--profile-out', '/sys/x/profile.json'], /--profile-out \/sys\/x\/profile\.json: cannot write the file there \(\/sys is a system folder\)/],
    ['--markdown of validate under /proc', ['validate', 'data.csv', '--schema', 'schema.yml', '--json', 'ok/validation.json', '--markdown', '/proc/x.md'], /--markdown \/proc\/x\.md/],
    ['--markdown of report as a folder', ['report', '--evidence', 'a-folder', '--markdown', 'a-folder'], /--markdown \S+a-folder: cannot write the file there \(it is a folder\)/],
  ])('refuses %s with one line and exit 2, writing nothing', (_label, args, pattern) => {
    const before = readdirSync(dir).sort();
    expectOneLine(crucible(...args), pattern);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('refuses --json in a folder without write permission', () => {
    if (process.getuid?.() === 0) return; // root writes anywhere
    mkdirSync(join(dir, 'locked'));
    chmodSync(join(dir, 'locked'), 0o555);
    try {
      expectOneLine(crucible('compare', '--baseline', 'base.json', '--current', 'current.json', '--json', 'locked/sub/c.json'), /--json \S+locked\/sub\/c\.json: cannot write the file there \(permission denied\)/);
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });

  it('refuses train --out under /proc before the command runs', () => {
    const marker = join(dir, 'trained');
    const result = crucible('train', '--out', '/proc/crucible-run', '--gpu', 'none', '--', process.execPath, '-e', `require('node:fs').writeFileSync(${JSON.stringify(marker)}, '')`);
    expectOneLine(result, /--out \/proc\/crucible-run\/run\.json: cannot write the file there \(\/proc is a system folder\)/);
    expect(existsSync(marker)).toBe(false);
  });
});
