/**
 * Bundles each action with ncc: actions/<name>/src/index.ts -> actions/<name>/dist/index.js (ESM, with
 * dist/package.json saying so).
 *   node scripts/build-actions.ts [--out <root>] [name...]
 * With --out, bundles go to <root>/<name>/ instead of the committed dist/ folders (check-dist uses that).
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { actionNames, mapLimit, repoRoot } from './actions.ts';

const NCC = join(repoRoot, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

/**
 * Worker-thread entries an action ships beside its bundle, from its package.json:
 * `"crucible": {"workers": {"range-worker": "src/range-worker.ts"}}` bundles that file to
 * dist/range-worker/index.js, where the action's code points its Worker.
 */
function workerEntries(actionDir: string): Array<[string, string]> {
  const manifest = JSON.parse(readFileSync(join(actionDir, 'package.json'), 'utf8')) as { crucible?: { workers?: Record<string, string> } };
  return Object.entries(manifest.crucible?.workers ?? {});
}

export async function bundleAction(name: string, outDir: string): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  const actionDir = join(repoRoot, 'actions', name);
  await ncc(actionDir, 'src/index.ts', outDir, `actions/${name}`);
  for (const [worker, entry] of workerEntries(actionDir)) await ncc(actionDir, entry, join(outDir, worker), `actions/${name} (${worker})`);
}

/**
 * One ncc build of `entry` (relative to `cwd`) into `outDir`, as ESM for Node 24 and 20. `extra` holds further ncc
 * flags; `name` says what failed.
 */
export function ncc(cwd: string, entry: string, outDir: string, name: string, extra: string[] = []): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [NCC, 'build', entry, '-o', outDir, '--target', 'es2022', '--quiet', ...extra], {
      cwd,
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done();
      else fail(new Error(`ncc failed for ${name} (exit ${code}):\n${stderr}`));
    });
  });
}

/** Bundles the named actions (all when none are named) into `<outRoot>/<name>`, or into their dist/ folders. */
export async function buildActions(names: string[], outRoot?: string): Promise<Map<string, string>> {
  const targets = names.length > 0 ? names : actionNames();
  const outDirs = new Map(
    targets.map((name) => [name, outRoot === undefined ? join(repoRoot, 'actions', name, 'dist') : join(outRoot, name)]),
  );
  await mapLimit(targets, Math.max(1, availableParallelism()), (name) => bundleAction(name, outDirs.get(name) as string));
  return outDirs;
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
  const unknown = positionals.filter((name) => !actionNames().includes(name));
  if (unknown.length > 0) {
    process.stderr.write(`Unknown action(s): ${unknown.join(', ')}. Known: ${actionNames().join(', ')}.\n`);
    process.exit(2);
  }
  const outDirs = await buildActions(positionals, values.out === undefined ? undefined : resolve(values.out));
  for (const [name, dir] of outDirs) process.stdout.write(`bundled actions/${name} -> ${dir}\n`);
}
