/**
 * Fails when a committed bundle is not what its source builds to, or when any bundle holds
 * `webpackMissingModule` (ncc's silent trap: a module it could not resolve becomes a throw at run time).
 *   node scripts/check-dist.ts [--committed <root>] [name...]
 * --committed compares against <root>/<name>/dist instead of actions/<name>/dist (the tests use it).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { actionNames, repoRoot } from './actions.ts';
import { buildActions } from './build-actions.ts';

function listFiles(dir: string, base = dir): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path, base) : [relative(base, path)];
  });
}

/** Problems found between a fresh build and a committed dist/ folder; empty when they are identical. */
export function compareDist(builtDir: string, committedDir: string, label: string): string[] {
  const built = new Set(listFiles(builtDir));
  const committed = new Set(listFiles(committedDir));
  const problems: string[] = [];
  if (committed.size === 0) return [`${label}: no committed bundle; run \`pnpm build\` and commit it.`];
  for (const file of built) {
    if (!committed.has(file)) problems.push(`${label}/${file}: missing from the committed bundle.`);
    else if (!readFileSync(join(builtDir, file)).equals(readFileSync(join(committedDir, file))))
      problems.push(`${label}/${file}: differs from what its source builds to.`);
  }
  for (const file of committed) if (!built.has(file)) problems.push(`${label}/${file}: no longer produced by the build.`);
  return problems;
}

/** Every file of a bundle that embeds ncc's `webpackMissingModule` stand-in. */
export function findMissingModules(dir: string, label: string): string[] {
  return listFiles(dir)
    .filter((file) => file.endsWith('.js') && statSync(join(dir, file)).isFile())
    .filter((file) => readFileSync(join(dir, file), 'utf8').includes('webpackMissingModule'))
    .map((file) => `${label}/${file}: contains webpackMissingModule (a module ncc could not resolve; check the ESM settings).`);
}

export async function checkDist(names: string[], committedRoot?: string): Promise<string[]> {
  const targets = names.length > 0 ? names : actionNames();
  const scratch = mkdtempSync(join(tmpdir(), 'crucible-check-dist-'));
  try {
    const built = await buildActions(targets, scratch);
    return targets.flatMap((name) => {
      const committed =
        committedRoot === undefined ? join(repoRoot, 'actions', name, 'dist') : join(committedRoot, name, 'dist');
      const label = `actions/${name}/dist`;
      return [...compareDist(built.get(name) as string, committed, label), ...findMissingModules(committed, label)];
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ options: { committed: { type: 'string' } }, allowPositionals: true });
  const problems = await checkDist(positionals, values.committed === undefined ? undefined : resolve(values.committed));
  if (problems.length > 0) {
    process.stderr.write(`check-dist: ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
    process.stderr.write('Rebuild with `pnpm build` and commit the dist/ folders.\n');
    process.exit(1);
  }
  process.stdout.write('check-dist: every committed bundle matches its source.\n');
}
