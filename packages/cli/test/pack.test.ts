import { spawnSync, type SpawnSyncOptions, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/actions.ts';

// The CLI as a user gets it: `pnpm pack` in packages/cli (its prepack bundles it), then `npm install` of the tarball
// into an empty folder with no registry to fall back on, run on the machine's own Node (20 here) with nothing of
// this repository on the PATH.
const machine: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^(npm|pnpm)_/i.test(key) && key !== 'NODE_OPTIONS' && key !== 'NODE_PATH'),
);
machine['PATH'] = (process.env['PATH'] ?? '').split(delimiter).filter((entry) => !entry.includes('node_modules')).join(delimiter);

let home: string;
let crucible: (args: string[], cwd?: string) => SpawnSyncReturns<string>;
let installed: string;

function run(command: string, args: string[], options: SpawnSyncOptions & { cwd: string }) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 600_000, ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${String(result.stdout)}\n${String(result.stderr)}`);
  return result;
}

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'crucible-pack-'));
  const tarballs = join(home, 'tarballs');
  run('npx', ['--yes', 'pnpm@10.34.9', 'pack', '--pack-destination', tarballs], { cwd: join(repoRoot, 'packages', 'cli') });
  const tarball = readdirSync(tarballs).find((name) => name.endsWith('.tgz'));
  if (tarball === undefined) throw new Error(`pnpm pack left no tarball in ${tarballs}`);
  const project = join(home, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), '{"private": true}\n');
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(tarballs, tarball)], { cwd: project, env: machine });
  installed = join(project, 'node_modules', '@crucible', 'cli');
  const bin = join(project, 'node_modules', '.bin', 'crucible');
  crucible = (args, cwd = project) => spawnSync(bin, args, { cwd, encoding: 'utf8', env: machine, timeout: 120_000 });
}, 900_000);

describe('the packed crucible CLI', () => {
  it('is installed from the tarball alone: no dependencies to fetch, the bundle as its bin', () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest['dependencies'] ?? {}).toEqual({});
    expect(manifest['bin']).toEqual({ crucible: expect.stringMatching(/^(\.\/)?dist\/index\.js$/) });
    expect(readdirSync(installed).sort()).toEqual(['README.md', 'dist', 'package.json']);
    // The data engine's worker threads ship beside the bundle, where validate looks for them.
    expect(existsSync(join(installed, 'dist', 'range-worker', 'index.js'))).toBe(true);
    expect(existsSync(join(installed, 'dist', 'digest-worker', 'index.js'))).toBe(true);
  });

  it('runs on the machine\'s Node, prints the version and the help', () => {
    expect(spawnSync('node', ['--version'], { encoding: 'utf8', env: machine }).stdout).toMatch(/^v(2\d|[3-9]\d)\./);
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'packages', 'cli', 'package.json'), 'utf8')) as { version: string };
    expect(crucible(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
    const help = crucible(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['validate', 'compare', 'report', 'train', 'gate', 'demo']) expect(help.stdout).toMatch(new RegExp(`^  ${command}\\s+\\S`, 'm'));
  });

  it('compares two metric files', () => {
    const dir = mkdtempSync(join(home, 'compare-'));
    writeFileSync(join(dir, 'base.json'), '{"eval": {"acc": 0.90}, "loss": 0.30}\n');
    writeFileSync(join(dir, 'current.json'), '{"eval": {"acc": 0.93}, "loss": 0.25}\n');
    const result = crucible(['compare', '--baseline', 'base.json', '--current', 'current.json', '--json', 'out/comparison.json'], dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^eval\.acc\s+0\.9\s+0\.93\s+\+0\.03\s+\+3\.33%\s+improved/m);
    expect(result.stdout).toContain('verdict: pass');
    expect(JSON.parse(readFileSync(join(dir, 'out', 'comparison.json'), 'utf8'))).toMatchObject({ schema: 'crucible/comparison@1', verdict: 'pass' });
  });

  it('validates a large file on every core, with the worker threads it ships', () => {
    const dir = mkdtempSync(join(home, 'validate-'));
    // Over the 8 MiB below which the engine reads on one thread.
    const rows = Array.from({ length: 800_000 }, (_, i) => `${i},${(i * 7919) % 1000},${['US', 'DE', 'FR'][i % 3]}`);
    writeFileSync(join(dir, 'data.csv'), `id,score,country\n${rows.join('\n')}\n`);
    writeFileSync(join(dir, 'schema.yml'), 'columns:\n  id: {type: integer, unique: true}\n  score: {type: integer, min: 0}\n  country: {type: string, in: [US, DE, FR]}\n');
    const result = crucible(['validate', 'data.csv', '--schema', 'schema.yml', '--json', 'validation.json'], dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const evidence = JSON.parse(readFileSync(join(dir, 'validation.json'), 'utf8')) as { rows: number; timings: { threads: number } };
    expect(evidence.rows).toBe(800_000);
    expect(evidence.timings.threads).toBe(Math.min(availableParallelism(), 4));
  });

  it('says in one line that the demo runs from a clone of the repository', () => {
    const result = crucible(['demo']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^crucible demo: the demo runs from a clone of the Crucible repository[^\n]*\n$/);
  });
});
