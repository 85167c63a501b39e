/**
 * Cold start of every action bundle: `node dist/index.js` until it exits on missing inputs, beside two peers built
 * the same way with ncc: a bundle that imports only @actions/core (the floor) and one that eagerly imports
 * @actions/artifact and @actions/cache (what upload-artifact and cache load). Target: every Crucible action within
 * 1.3x of the minimal bundle. Runs are interleaved round-robin so that machine noise falls on all alike.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { actionNames, repoRoot } from '../scripts/actions.ts';
import { median, textTable } from './stats.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 21);
const TARGET = 1.3;
const NCC = join(repoRoot, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const peersOut = join(repoRoot, '.bench', 'cold-start');

function buildPeer(name: string): string {
  const out = join(peersOut, name);
  mkdirSync(out, { recursive: true });
  const result = spawnSync(
    process.execPath,
    [NCC, 'build', join('peers', `${name}.ts`), '-o', out, '--target', 'es2022', '--quiet'],
    { cwd: join(repoRoot, 'bench'), encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`ncc could not build the ${name} peer:\n${result.stderr}`);
  return join(out, 'index.js');
}

// No INPUT_* and no runner files: each bundle reads its inputs, finds one missing and exits.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.startsWith('INPUT_') && !key.startsWith('GITHUB_')),
);

function timeOnce(args: string[]): number {
  const start = process.hrtime.bigint();
  spawnSync(process.execPath, args, { env, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

type Subject = { label: string; args: string[]; kind: 'bare' | 'peer' | 'action'; times: number[] };

export function run(): void {
  const subjects: Subject[] = [
    { label: 'node -e 0 (bare node)', args: ['-e', '0'], kind: 'bare', times: [] },
    { label: 'peer: @actions/core only', args: [buildPeer('minimal')], kind: 'peer', times: [] },
    { label: 'peer: eager artifact + cache', args: [buildPeer('eager')], kind: 'peer', times: [] },
    ...actionNames().map((name): Subject => ({
      label: `actions/${name}`,
      args: [join(repoRoot, 'actions', name, 'dist', 'index.js')],
      kind: 'action',
      times: [],
    })),
  ];
  for (const subject of subjects) timeOnce(subject.args); // warm the file cache
  for (let round = 0; round < ROUNDS; round++) for (const subject of subjects) subject.times.push(timeOnce(subject.args));

  const floor = median(subjects[1]?.times ?? []);
  const rows = subjects.map((subject) => {
    const ms = median(subject.times);
    const ratio = ms / floor;
    const verdict = subject.kind === 'action' ? (ratio <= TARGET ? 'ok' : 'OVER') : '';
    return [subject.label, ms.toFixed(1), `${ratio.toFixed(2)}x`, verdict];
  });
  console.log(`Cold start, median of ${ROUNDS} interleaved runs on Node ${process.versions.node} (target: actions <= ${TARGET}x the minimal peer)`);
  console.log(textTable([['bundle', 'ms', 'vs minimal', 'target'], ...rows]));
  const over = rows.filter((row) => row[3] === 'OVER').length;
  console.log(over === 0 ? 'Every action is within the target.' : `${over} action(s) over the target.`);
}
