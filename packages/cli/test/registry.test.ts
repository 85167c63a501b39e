import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/actions.ts';
import { main } from '../src/main.ts';

const CRUCIBLE = join(repoRoot, 'node_modules', '.bin', 'crucible');
const root = mkdtempSync(join(tmpdir(), 'crucible-registry-'));
const repo = join(root, 'repo');
const home = join(root, 'home');

/** git with no user or system configuration, and the dates given: a tag's tagger date is its committer date. */
function git(args: string[], seconds = 1_700_000_000): string {
  const date = `${seconds} +0000`;
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: home,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Ana',
      GIT_AUTHOR_EMAIL: 'ana@example.com',
      GIT_COMMITTER_NAME: 'Ana',
      GIT_COMMITTER_EMAIL: 'ana@example.com',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  }).trim();
}

function commit(file: string, seconds: number): string {
  writeFileSync(join(repo, file), file);
  git(['add', file], seconds);
  git(['commit', '-q', '-m', `add ${file}`], seconds);
  return git(['rev-parse', 'HEAD']);
}

/** An annotated tag, as GTO and Crucible write them. */
const annotate = (name: string, sha: string, seconds: number) => git(['tag', '-a', '-m', `registry: ${name}`, name, sha], seconds);
/** A lightweight tag: GTO does not read these, and neither does Crucible. */
const lightweight = (name: string, sha: string) => git(['tag', name, sha]);

async function run(args: string[], cwd = repo) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), cwd });
  return { code, stdout, stderr };
}

let A = '';
let B = '';
let C = '';

beforeAll(() => {
  mkdirSync(repo);
  mkdirSync(home);
  git(['init', '-q', '-b', 'main']);
  A = commit('a.txt', 1_700_000_000);
  B = commit('b.txt', 1_700_000_100);
  C = commit('c.txt', 1_700_000_200);
  const t = 1_700_001_000;
  annotate('churn@v1.0.0', A, t);
  annotate('churn@v1.1.0', B, t + 10);
  annotate('churn#production#1', A, t + 20);
  annotate('churn#staging', B, t + 30); // GTO's simple notation
  annotate('churn#production#2', B, t + 40);
  annotate('churn#production!#3', B, t + 50); // unassigned: production falls back to v1.0.0
  annotate('churn@v1.2.0', C, t + 60);
  annotate('churn@v1.2.0!#4', C, t + 70); // deregistered
  annotate('models/fraud=fraud@v0.1.0', A, t + 80); // a model in a folder
  annotate('models/fraud=fraud#dev#1', A, t + 90);
  annotate('old@v0.0.1', A, t + 100);
  annotate('old@deprecated#1', A, t + 110); // deprecated: left out, as `gto show` leaves it out
  annotate('v2.0.0', C, t + 120); // the project's own release tag, outside GTO's grammar
  lightweight('churn@v9.0.0', C);
  lightweight('churn#production#9', C);
});

describe('crucible registry show', () => {
  it('prints the contract JSON: versions, latest, and the version each stage holds, as GTO reads the tags', async () => {
    const result = await run(['registry', 'show', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      models: [
        {
          name: 'churn',
          latest: 'v1.1.0',
          versions: [
            { version: 'v1.1.0', sha: B, registered: true },
            { version: 'v1.0.0', sha: A, registered: true },
          ],
          stages: { production: 'v1.0.0', staging: 'v1.1.0' },
        },
        {
          name: 'models/fraud:fraud',
          latest: 'v0.1.0',
          versions: [{ version: 'v0.1.0', sha: A, registered: true }],
          stages: { dev: 'v0.1.0' },
        },
      ],
    });
  });

  it('prints a table like `gto show` by default', async () => {
    const result = await run(['registry', 'show']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'model               latest  #dev    #production  #staging  versions',
        'churn               v1.1.0  -       v1.0.0       v1.1.0    v1.1.0, v1.0.0',
        'models/fraud:fraud  v0.1.0  v0.1.0  -            -         v0.1.0',
        '',
      ].join('\n'),
    );
  });

  it('works from a folder inside the checkout, through the bin, with exit code 0', () => {
    mkdirSync(join(repo, 'deep', 'er'), { recursive: true });
    const result = spawnSync(CRUCIBLE, ['registry', 'show', '--json'], { cwd: join(repo, 'deep', 'er'), encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { models: { name: string }[] }).models.map((model) => model.name)).toEqual(['churn', 'models/fraud:fraud']);
  });

  it('prints an empty registry for a checkout without registry tags', async () => {
    const empty = mkdtempSync(join(root, 'empty-'));
    execFileSync('git', ['init', '-q'], { cwd: empty });
    expect(await run(['registry', 'show', '--json'], empty)).toEqual({ code: 0, stdout: '{\n  "models": []\n}\n', stderr: '' });
    expect((await run(['registry', 'show'], empty)).stdout).toContain('No registry tags in this checkout');
  });

  it('says in one line that it needs a git checkout, exit 2', () => {
    const outside = mkdtempSync(join(tmpdir(), 'crucible-registry-outside-'));
    const result = spawnSync(CRUCIBLE, ['registry', 'show'], { cwd: outside, encoding: 'utf8', env: { ...process.env, GIT_CEILING_DIRECTORIES: tmpdir() } });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `crucible registry: ${outside} is not in a git checkout: run \`crucible registry show\` in a clone of the repository whose tags hold the registry.\n`,
    );
  });

  it('says in one line that it needs git, exit 2', () => {
    const noTools = mkdtempSync(join(root, 'path-'));
    const result = spawnSync(process.execPath, [join(repoRoot, 'packages', 'cli', 'bin', 'crucible.js'), 'registry', 'show'], {
      cwd: repo,
      encoding: 'utf8',
      env: { PATH: noTools, HOME: home },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('crucible registry: git was not found on the PATH: install git, then run `crucible registry show` in a clone of the repository.\n');
  });

  it.each([
    [['registry'], 'crucible registry: name what to do: crucible registry show [--json].\n'],
    [['registry', 'list'], 'crucible registry: unknown subcommand "list": crucible registry show [--json].\n'],
    [['registry', 'show', 'churn'], 'crucible registry: unexpected argument "churn": crucible registry show [--json].\n'],
  ])('refuses %j with one line, exit 2', async (args, stderr) => {
    expect(await run(args)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('refuses an unknown flag with the usage, exit 2', async () => {
    const result = await run(['registry', 'show', '--yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^crucible registry: Unknown option '--yaml'.*Usage: crucible registry show \[--json\] \| deregister/);
  });

  it('is listed in crucible --help', async () => {
    expect((await run(['--help'])).stdout).toMatch(/^ {2}registry\s+list each model's versions/m);
  });

  it('prints its usage with --help', async () => {
    const result = await run(['registry', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: crucible registry show [--json]');
  });
});

describe('crucible registry deregister, unassign, deprecate', () => {
  /** A fresh copy of the fixture's tags in a repository of its own, so the shared one stays as it is. */
  function copy(): string {
    const clone = mkdtempSync(join(root, 'clone-'));
    execFileSync('git', ['clone', '-q', repo, clone], { env: { ...process.env, HOME: home } });
    execFileSync('git', ['fetch', '-q', '--tags'], { cwd: clone, env: { ...process.env, HOME: home } });
    return clone;
  }
  const env = { GIT_COMMITTER_NAME: 'Ana', GIT_COMMITTER_EMAIL: 'ana@example.com', GIT_AUTHOR_NAME: 'Ana', GIT_AUTHOR_EMAIL: 'ana@example.com', HOME: home };

  it('writes GTO tags with the next counter that show then reads: unassign, deregister, deprecate', async () => {
    const clone = copy();
    const cli = (args: string[]) => spawnSync(CRUCIBLE, ['registry', ...args], { cwd: clone, encoding: 'utf8', env: { ...process.env, ...env } });
    // The counter goes one above the highest on any of the model's tags, the lightweight churn#production#9 too.
    const unassign = cli(['unassign', 'churn', 'staging']);
    expect(unassign.status, unassign.stderr).toBe(0);
    expect(unassign.stdout).toMatch(/^Created churn#staging!#10 at [0-9a-f]{7}\. Push it to change the registry: git push origin "refs\/tags\/churn#staging!#10"\n$/);
    expect(cli(['deregister', 'churn', '1.1.0']).stdout).toMatch(/^Created churn@v1\.1\.0!#11 /);
    const state = JSON.parse(cli(['show', '--json']).stdout) as { models: Array<{ name: string; latest: string; stages: Record<string, string> }> };
    expect(state.models.find((model) => model.name === 'churn')).toMatchObject({ latest: 'v1.0.0', stages: { production: 'v1.0.0' } });
    expect(cli(['deprecate', 'models/fraud:fraud']).stdout).toMatch(/^Created models\/fraud=fraud@deprecated#2 /);
    expect((JSON.parse(cli(['show', '--json']).stdout) as { models: Array<{ name: string }> }).models.map((model) => model.name)).toEqual(['churn']);
  });

  it.each([
    [['deregister', 'churn', '7.0.0'], /churn v7\.0\.0 is not registered; registered: v1\.1\.0, v1\.0\.0\./],
    [['deregister', 'churn', '1.0'], /version/],
    [['unassign', 'churn', 'qa'], /no version of churn holds qa; held stages: production, staging\./],
    [['deprecate', 'nobody'], /nobody has no registry tags in this checkout/],
    [['unassign', 'churn'], /registry unassign takes a model and a stage/],
  ])('refuses %j in one line, exit 2', async (args, message) => {
    const result = await run(['registry', ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
