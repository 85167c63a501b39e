/**
 * `crucible compare` as a whole process on 10,000 metrics with 10 runs a side (20 JSON files), against the target
 * of 0.5 s here. The files are generated once into .bench/compare/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../scripts/actions.ts';
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

export function run(): void {
  const { baseline, current } = generate(join(repoRoot, '.bench', 'compare'));
  const args = [...baseline.flatMap((path) => ['--baseline', path]), ...current.flatMap((path) => ['--current', path])];
  const crucible = join(repoRoot, 'packages', 'cli', 'bin', 'crucible.js');
  const times: number[] = [];
  let status: number | null = null;
  for (let round = 0; round < ROUNDS + 1; round++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [crucible, 'compare', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    status = result.status;
    if (result.status === 2) throw new Error(`crucible compare failed:\n${result.stderr}`);
    if (round > 0) times.push(ms); // the first run warms the file cache
  }
  const ms = median(times);
  console.log(`crucible compare, ${METRICS} metrics x ${RUNS} runs a side, whole process, median of ${ROUNDS} (exit ${status})`);
  console.log(textTable([['run', 'ms', 'vs 500 ms target'], ['crucible compare', ms.toFixed(0), `${(ms / TARGET_MS).toFixed(2)}x`]]));
}
