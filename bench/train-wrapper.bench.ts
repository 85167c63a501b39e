/**
 * What the train supervisor costs a chatty training command: a child that writes 1,000,000 lines (about 40 MB),
 * timed from spawn to exit with its output sent straight to a file (the peer), and through `supervise()` (its own
 * process group, the raw log file as its stdout and stderr, that file followed and collapsed into the live log,
 * written to a file as the runner's log would be). Target: at most 1.1x the peer's time. The child runs with
 * the environment as given: where PYTHONUNBUFFERED=1 (common in CI images), it writes every line on its own.
 * Rounds are interleaved so that machine noise falls on both alike; the median is reported.
 * `crucible train` end to end (Node start-up, preflight, evidence) is shown too, for orientation.
 *
 *   pnpm bench train-wrapper        BENCH_ROUNDS=7 by default
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, createWriteStream, mkdirSync, openSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { supervise } from '@crucible/supervisor';
import { repoRoot } from '../scripts/actions.ts';
import { median, textTable } from './stats.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const LINES = 1_000_000;
const TARGET = 1.1;
const folder = join(repoRoot, '.bench', 'train-wrapper');

/** The chatty child: Python's print as a trainer's logging does, else Node when Python is missing. */
function childArgv(): string[] {
  const python = spawnSync('python3', ['-c', 'pass']);
  if (python.status === 0) {
    return ['python3', '-c', `for i in range(${LINES}):\n    print(f"step {i} loss {1 / (i + 1):.6f} acc 0.5000")`];
  }
  return [
    process.execPath,
    '-e',
    `let s='';for(let i=0;i<${LINES};i++){s+='step '+i+' loss '+(1/(i+1)).toFixed(6)+' acc 0.5000\\n';if(s.length>65536){process.stdout.write(s);s='';}}process.stdout.write(s);`,
  ];
}

type Env = NodeJS.ProcessEnv;

async function direct(argv: string[], file: string, env: Env): Promise<number> {
  const fd = openSync(file, 'w');
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(argv[0] as string, argv.slice(1), { stdio: ['ignore', fd, fd], detached: true, env });
    child.once('error', reject);
    child.once('exit', () => resolve());
  });
  const ms = performance.now() - start;
  closeSync(fd);
  return ms;
}

async function wrapped(argv: string[], file: string, raw: string, env: Env): Promise<number> {
  const live = createWriteStream(file, { highWaterMark: 1 << 20 });
  const start = performance.now();
  const result = await supervise({ argv, cwd: folder, env, stdout: live, rawLogPath: raw });
  const ms = performance.now() - start;
  await new Promise<void>((resolve) => live.end(() => resolve()));
  if (result.exitCode !== 0) throw new Error(`the child failed under supervise(): ${JSON.stringify(result)}`);
  return ms;
}

function endToEnd(argv: string[], file: string, env: Env): number {
  const fd = openSync(file, 'w');
  const start = performance.now();
  const result = spawnSync(join(repoRoot, 'node_modules', '.bin', 'crucible'), ['train', '--gpu', 'none', '--out', join(folder, 'cli'), '--', ...argv], {
    cwd: folder,
    env,
    stdio: ['ignore', fd, 'ignore'],
  });
  const ms = performance.now() - start;
  closeSync(fd);
  if (result.status !== 0) throw new Error(`crucible train exited ${result.status}`);
  return ms;
}

export async function run(): Promise<void> {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const argv = childArgv();
  const { PYTHONUNBUFFERED: _unbuffered, ...buffered } = process.env;
  const variants: { label: string; env: Env }[] = [
    { label: 'line by line (PYTHONUNBUFFERED=1)', env: { ...process.env, PYTHONUNBUFFERED: '1' } },
    { label: 'block-buffered', env: buffered },
  ];
  const out = (name: string) => join(folder, name);
  const rows = [['child writes', 'subject', 'median ms', 'ratio', 'target']];
  let bytes = 0;
  for (const variant of variants) {
    const peer: number[] = [];
    const through: number[] = [];
    const cli: number[] = [];
    await direct(argv, out('warm.txt'), variant.env);
    for (let round = 0; round < ROUNDS; round++) {
      peer.push(await direct(argv, out('direct.txt'), variant.env));
      through.push(await wrapped(argv, out('live.txt'), out('raw.txt'), variant.env));
      cli.push(endToEnd(argv, out('cli.txt'), variant.env));
    }
    bytes = statSync(out('direct.txt')).size;
    for (const name of ['live.txt', 'raw.txt', 'cli.txt']) {
      if (statSync(out(name)).size !== bytes) throw new Error(`${name} holds ${statSync(out(name)).size} bytes, the child wrote ${bytes}`);
    }
    const base = median(peer);
    rows.push(
      [variant.label, `${argv[0]} > file (peer)`, base.toFixed(0), '1.00x', ''],
      ['', 'supervise(): live log + raw log', median(through).toFixed(0), `${(median(through) / base).toFixed(2)}x`, `<= ${TARGET}x`],
      ['', 'crucible train end to end (*)', median(cli).toFixed(0), `${(median(cli) / base).toFixed(2)}x`, '(orientation)'],
    );
  }
  console.log(`${LINES} lines, ${(bytes / 1e6).toFixed(1)} MB, ${ROUNDS} rounds, child: ${argv[0]}`);
  console.log(textTable(rows));
  console.log('(*) Node start-up, preflight and evidence included; crucible train sets PYTHONUNBUFFERED=1 when it is unset (a live log), so its child writes line by line in both rows.');
}
