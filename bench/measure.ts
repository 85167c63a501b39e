/** Whole-process measurements shared by the benchmarks: wall time, peak RSS and CPU time of a child process. */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { median } from './stats.ts';

export type Measured = { ms: number; rssMb: number; cpuS: number; status: number | null; output: string };

/**
 * Peak RSS and CPU time of a Node child, printed by a preload at exit. The preload runs in worker threads too, so it
 * prints only on the main thread, whose numbers (getrusage of the whole process) cover its workers.
 */
export const RSS_PRELOAD =
  "data:text/javascript,import{isMainThread}from'node:worker_threads';if(isMainThread)process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nBENCH_MAXRSS_KB='+u.maxRSS+'\\nBENCH_CPU_US='+(u.userCPUTime+u.systemCPUTime)+'\\n')})";

export function measure(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Measured {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const kb = Number(/BENCH_MAXRSS_KB=(\d+)/.exec(result.stderr ?? '')?.[1] ?? Number.NaN);
  const cpuUs = Number(/BENCH_CPU_US=(\d+)/.exec(result.stderr ?? '')?.[1] ?? Number.NaN);
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr}\n${result.stdout}`.slice(0, 4000));
  return { ms, rssMb: kb / 1024, cpuS: cpuUs / 1e6, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

export function rounds(count: number, run: () => Measured): Measured {
  const results: Measured[] = [];
  for (let round = 0; round < count + 1; round++) {
    const result = run();
    if (round > 0) results.push(result); // the first warms the file cache
  }
  const ms = median(results.map((r) => r.ms));
  const middle = results.find((r) => r.ms === ms) ?? results[0];
  return { ms, rssMb: Math.max(...results.map((r) => r.rssMb)), cpuS: middle?.cpuS ?? Number.NaN, status: results[0]?.status ?? null, output: results[0]?.output ?? '' };
}


/** xorshift32: the same generated files on every machine. */
export function random(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

/**
 * Writes a generated CSV once (kept when it exists): the header, then `line(i)` for i = 1..rows, in 1 MiB writes,
 * into a temporary file renamed into place, so an interrupted run leaves no half-written data behind.
 */
export async function writeGenerated(path: string, header: string, rows: number, line: (i: number) => string): Promise<void> {
  if (existsSync(path)) return;
  mkdirSync(dirname(path), { recursive: true });
  const out = createWriteStream(`${path}.tmp`, { highWaterMark: 1 << 20 });
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve())));
  await write(`${header}\n`);
  let batch = '';
  for (let i = 1; i <= rows; i++) {
    batch += `${line(i)}\n`;
    if (batch.length > 1 << 20) {
      await write(batch);
      batch = '';
    }
  }
  await write(batch);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  renameSync(`${path}.tmp`, path);
}
