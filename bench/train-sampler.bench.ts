/**
 * CPU cost of the GPU telemetry sampler (packages/supervisor's startTelemetry) against the stand-in nvidia-smi, at
 * the train action's default 5 s interval and at 1 s, for BENCH_SAMPLER_SECONDS (default 60) seconds. Each
 * sampler runs alone in its own child Node process, which reports its own process.cpuUsage() from just before
 * startTelemetry to just after stop(): the nvidia-smi it reads from is another process (on a real machine, the
 * driver's tool) and is not counted. The peer polls instead, one `nvidia-smi --query-gpu` per sample, as a
 * sampler without a long-lived child would. Target: the sampler under 1% of one core. All four run at once, so the
 * whole benchmark takes BENCH_SAMPLER_SECONDS.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { standInGpuBin } from '@crucible/testkit';
import { textTable } from './stats.ts';

const SECONDS = Number(process.env['BENCH_SAMPLER_SECONDS'] ?? 60);
const TARGET_PERCENT = 1;
const CHILD_FLAG = '--train-sampler-child';
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '.bench', 'train-sampler');

type Mode = 'sampler' | 'poll';
type Measurement = { cpuMs: number; wallMs: number; samples: number; problems: string[] };

/** In the child: run one sampler for `seconds` and print what it cost this process. */
async function measure(mode: Mode, intervalMs: number, seconds: number, csvPath: string): Promise<Measurement> {
  const { startTelemetry } = await import('../packages/supervisor/src/telemetry.ts');
  const { parseNvidiaCsv, runTool } = await import('../packages/supervisor/src/gpu.ts');
  const fields = ['timestamp', 'index', 'memory.used', 'memory.total', 'utilization.gpu', 'power.draw', 'temperature.gpu'];
  const before = process.cpuUsage();
  const started = performance.now();
  let samples = 0;
  let problems: string[] = [];
  if (mode === 'sampler') {
    const sampler = startTelemetry({ tool: 'nvidia-smi', intervalMs, csvPath, env: process.env, gpuCount: 2 });
    await delay(seconds * 1000);
    samples = (await sampler.stop()).samples;
    problems = [...sampler.problems];
  } else {
    const rounds = Math.round((seconds * 1000) / intervalMs);
    for (let round = 0; round < rounds; round++) {
      const result = await runTool('nvidia-smi', [`--query-gpu=${fields.join(',')}`, '--format=csv,nounits'], process.env, 10_000);
      if (result.code === 0 && parseNvidiaCsv(result.stdout, fields).length > 0) samples += 1;
      await delay(Math.max(0, started + (round + 1) * intervalMs - performance.now()));
    }
  }
  const used = process.cpuUsage(before);
  return { cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - started, samples, problems };
}

if (process.argv[2] === CHILD_FLAG) {
  const [mode, intervalMs, seconds, csvPath] = process.argv.slice(3);
  const result = await measure(mode as Mode, Number(intervalMs), Number(seconds), csvPath as string);
  process.stdout.write(JSON.stringify(result));
}

function runChild(mode: Mode, intervalMs: number): Promise<Measurement> {
  const csvPath = join(out, `${mode}-${intervalMs}ms.csv`);
  const env = { ...process.env, PATH: `${standInGpuBin()}:${process.env['PATH'] ?? ''}` };
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), CHILD_FLAG, mode, String(intervalMs), String(SECONDS), csvPath], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`the ${mode} child at ${intervalMs} ms exited with code ${code}`));
      resolve(JSON.parse(stdout) as Measurement);
    });
  });
}

export async function run(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const subjects = [
    { label: 'startTelemetry (one nvidia-smi -lms)', mode: 'sampler' as const, intervalMs: 5000 },
    { label: 'startTelemetry (one nvidia-smi -lms)', mode: 'sampler' as const, intervalMs: 1000 },
    { label: 'peer: one nvidia-smi per sample', mode: 'poll' as const, intervalMs: 5000 },
    { label: 'peer: one nvidia-smi per sample', mode: 'poll' as const, intervalMs: 1000 },
  ];
  const results = await Promise.all(subjects.map((subject) => runChild(subject.mode, subject.intervalMs)));
  const rows = subjects.map((subject, i) => {
    const result = results[i] as Measurement;
    const percent = (result.cpuMs / result.wallMs) * 100;
    const peer = results[subjects.findIndex((other) => other.mode === 'poll' && other.intervalMs === subject.intervalMs)] as Measurement;
    const verdict = subject.mode === 'sampler' ? (percent < TARGET_PERCENT ? 'ok' : 'OVER') : '';
    return [
      subject.label,
      `${subject.intervalMs / 1000} s`,
      (result.wallMs / 1000).toFixed(1),
      String(result.samples),
      result.cpuMs.toFixed(1),
      `${percent.toFixed(3)}%`,
      subject.mode === 'sampler' ? `${(result.cpuMs / peer.cpuMs).toFixed(2)}x` : '1.00x',
      subject.mode === 'sampler' ? `< ${TARGET_PERCENT}%` : '',
      verdict,
    ];
  });
  console.log(
    `GPU telemetry sampler CPU, ${SECONDS} s per run against the stand-in nvidia-smi (2 GPUs), Node ${process.versions.node}; ` +
      'CPU of the sampling process only, the nvidia-smi it reads excluded',
  );
  console.log(textTable([['sampler', 'interval', 'seconds', 'samples', 'CPU ms', '% of one core', 'vs peer', 'target', 'verdict'], ...rows]));
  const problems = results.flatMap((result) => result.problems);
  if (problems.length > 0) console.log(`Sampler problems: ${problems.join('; ')}`);
  const over = rows.filter((row) => row[8] === 'OVER').length;
  console.log(over === 0 ? 'The sampler is within the target at both intervals.' : `${over} sampler run(s) over the target.`);
}
