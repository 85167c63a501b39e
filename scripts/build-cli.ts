/**
 * Bundles the `crucible` CLI for its packed package: packages/cli/bin/packed.js -> packages/cli/dist/index.js
 * (ESM, with every module it imports, so the package needs nothing from npm at run time), and each worker-thread
 * entry named under "crucible.workers" in packages/cli/package.json -> dist/<worker>/index.js, the layout the
 * validate-data action ships, where the data engine's step looks for them.
 *   node scripts/build-cli.ts [--out <dir>]
 * `pnpm pack` in packages/cli runs it first (prepack). The repository's own bin runs the sources and never this
 * bundle; the demo, which needs the repository, is left out of it (see loadDemo in packages/cli/src/main.ts).
 */
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from './actions.ts';
import { ncc } from './build-actions.ts';
import { findMissingModules } from './check-dist.ts';

export const cliDir = join(repoRoot, 'packages', 'cli');

/** The worker entries from package.json, `{"range-worker": "@crucible/core/data/range-worker"}`, as files. */
function workerEntries(): Array<[string, string]> {
  const manifest = JSON.parse(readFileSync(join(cliDir, 'package.json'), 'utf8')) as { crucible?: { workers?: Record<string, string> } };
  const require = createRequire(join(cliDir, 'package.json'));
  return Object.entries(manifest.crucible?.workers ?? {}).map(([name, specifier]) => [name, require.resolve(specifier)]);
}

/** Transpile only: `pnpm lint` type-checks the workspace, and a type error in a test must not stop a pack. */
const NCC_FLAGS = ['--transpile-only'];

/** Builds the bundle into `outDir` (packages/cli/dist by default) and returns that folder. */
export async function buildCli(outDir = join(cliDir, 'dist')): Promise<string> {
  rmSync(outDir, { recursive: true, force: true });
  // One ncc at a time: each takes a core of its own, and the machines this runs on have few.
  await ncc(cliDir, 'bin/packed.js', outDir, 'packages/cli', NCC_FLAGS);
  for (const [name, entry] of workerEntries()) await ncc(cliDir, entry, join(outDir, name), `packages/cli (${name})`, NCC_FLAGS);
  const missing = findMissingModules(outDir, 'packages/cli/dist');
  if (missing.length > 0) throw new Error(missing.join('\n'));
  return outDir;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const outDir = await buildCli(values.out === undefined ? undefined : resolve(values.out));
  process.stdout.write(`bundled packages/cli -> ${outDir}\n`);
}
