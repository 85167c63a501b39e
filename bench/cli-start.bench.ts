/**
 * Start-up of the `crucible` command beside bare Node, both as a user starts them from the repository root:
 * `node_modules/.bin/crucible --help` against `node_modules/.bin/node -e 0`. Commands load only what they use, so
 * the help costs little more than Node itself. Target: within 3x of bare Node. Runs are interleaved round-robin so
 * that machine noise falls on all alike.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../scripts/actions.ts';
import { median, textTable } from './stats.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 21);
const TARGET = 3;
const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);

type Subject = { label: string; command: string; args: string[]; times: number[] };

function timeOnce(subject: Subject): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(subject.command, subject.args, { stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`${subject.label} exited ${result.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function run(): void {
  const subjects: Subject[] = [
    { label: 'node -e 0 (bare node)', command: bin('node'), args: ['-e', '0'], times: [] },
    { label: 'crucible --help', command: bin('crucible'), args: ['--help'], times: [] },
    { label: 'crucible --version', command: bin('crucible'), args: ['--version'], times: [] },
  ];
  for (const subject of subjects) timeOnce(subject); // warm the file cache and the compile cache
  for (let round = 0; round < ROUNDS; round++) for (const subject of subjects) subject.times.push(timeOnce(subject));

  const bare = median(subjects[0]?.times ?? []);
  const rows = subjects.map((subject, i) => {
    const ratio = median(subject.times) / bare;
    return [subject.label, median(subject.times).toFixed(1), `${ratio.toFixed(2)}x`, i === 0 ? '' : ratio <= TARGET ? 'ok' : 'OVER'];
  });
  console.log(`Start-up from the repository root, median of ${ROUNDS} interleaved runs (target: within ${TARGET}x of bare node)`);
  console.log(textTable([['command', 'ms', 'vs bare node', 'target'], ...rows]));
}
