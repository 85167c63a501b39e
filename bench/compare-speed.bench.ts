/**
 * `crucible compare` as a whole process on 10,000 metrics with 10 runs a side (20 JSON files), beside its peer:
 * what a user would write by hand for the same job, a plain Python script (json + statistics) that reads the 20
 * files, averages each metric per side and prints the difference table (peers/compare-metrics.py). Target: 0.5 s.
 * Crucible runs twice: as the repository's bin runs it (the TypeScript sources, on the project's Node) and as the
 * packed package runs it (the ncc bundle, built here into .bench/cli/). Runs are interleaved round-robin so that
 * machine noise falls on all alike. The files are generated once into .bench/compare/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../scripts/actions.ts';
import { buildCli } from '../scripts/build-cli.ts';
import { median, textTable } from './stats.ts';

const METRICS = 10_000;
const RUNS = 10;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const TARGET_MS = 500;

function generate(folder: string): { baseline: string[]; current: string[] } {
  mkdirSync(folder, { recursive: true });
  const files = (side: string) =>
    Array.from({ length: RUNS }, (_, run) => {
      const path = join(folder, `${side}-${run}.json`);
      if (!existsSync(path)) {
        const metrics: Record<string, Record<string, number>> = {};
        for (let i = 0; i < METRICS; i++) {
          const group = `layer_${Math.floor(i / 100)}`;
          metrics[group] ??= {};
          metrics[group][`acc_${i % 100}`] = 0.8 + Math.sin(i * 7 + run) * 0.01 + (side === 'current' ? 0.001 : 0);
        }
        writeFileSync(path, JSON.stringify({ eval: metrics }));
      }
      return path;
    });
  return { baseline: files('baseline'), current: files('current') };
}

type Subject = { label: string; command: string; args: string[]; peer?: true; times: number[] };

function timeOnce(subject: Subject): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(subject.command, subject.args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // Exit 1 is a verdict (a regression); anything else, or a table short of rows, is not the job done.
  const rows = result.stdout?.split('\n').filter((line) => line.startsWith('eval.')).length ?? 0;
  if ((result.status !== 0 && result.status !== 1) || rows !== METRICS) {
    throw new Error(`${subject.label} failed (exit ${result.status}, ${rows} rows):\n${result.stderr ?? result.error}`);
  }
  return ms;
}

export async function run(): Promise<void> {
  const { baseline, current } = generate(join(repoRoot, '.bench', 'compare'));
  const args = [...baseline.flatMap((path) => ['--baseline', path]), ...current.flatMap((path) => ['--current', path])];
  const bundle = await buildCli(join(repoRoot, '.bench', 'cli'));
  // The interpreter itself, not a version manager's shim in front of it (pyenv's takes 0.4 s a start).
  const python = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).stdout.trim();
  if (python === '') throw new Error('python3 is not on the PATH: the peer needs it.');
  const subjects: Subject[] = [
    { label: 'peer: python3 json + statistics', command: python, args: [join(repoRoot, 'bench', 'peers', 'compare-metrics.py'), ...args], peer: true, times: [] },
    { label: 'crucible compare (repository bin, sources)', command: join(repoRoot, 'node_modules', '.bin', 'crucible'), args: ['compare', ...args], times: [] },
    { label: 'crucible compare (packed bundle)', command: process.execPath, args: [join(bundle, 'index.js'), 'compare', ...args], times: [] },
  ];
  for (const subject of subjects) timeOnce(subject); // warm the file cache and the compile cache
  for (let round = 0; round < ROUNDS; round++) for (const subject of subjects) subject.times.push(timeOnce(subject));

  const peer = median(subjects.find((subject) => subject.peer)?.times ?? []);
  const rows = subjects.map((subject) => {
    const ms = median(subject.times);
    return [subject.label, ms.toFixed(0), `${(ms / peer).toFixed(2)}x`, `${(ms / TARGET_MS).toFixed(2)}x`];
  });
  console.log(`compare, ${METRICS} metrics x ${RUNS} runs a side, whole process, median of ${ROUNDS} interleaved runs on Node ${process.versions.node}`);
  console.log(textTable([['run', 'ms', 'vs peer', `vs ${TARGET_MS} ms target`], ...rows]));
}
