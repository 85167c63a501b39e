/**
 * A real one-node Slurm cluster for tests: munged, slurmctld and slurmd started as root from a temp folder, on free
 * ports, with their own slurm.conf, so the tests submit, watch and cancel real jobs. Nothing is installed here
 * (.ci/run installs slurm-wlm and munge with apt-get); without them, or without root, the start says why it skips.
 *
 * Each call starts its own cluster (its own folder, ports and munge socket), so test files may each start one; they
 * share the machine's CPUs, so a file that fills the node (a pending-job test) should own its cluster.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';

export type SlurmCluster = {
  /** process.env with SLURM_CONF pointing at this cluster: pass it to every Slurm command. */
  env: NodeJS.ProcessEnv;
  /** This cluster's slurm.conf. */
  conf: string;
  /** The node's short host name, as Slurm names it. */
  node: string;
  /** The node's CPUs. */
  cpus: number;
  /** GPUs the node claims (gres/gpu, no devices behind them): jobs may ask for up to this many. */
  gpus: number;
  /** Partitions, the default first. */
  partitions: string[];
  /** The temp folder holding the cluster's state, logs and a `jobs/` folder tests may write into. */
  folder: string;
  /** How long the start took, in seconds. */
  startSeconds: number;
  /** Cancels every job, then stops slurmd, slurmctld and munged by pid and removes the folder. Safe to call twice. */
  stop(): Promise<void>;
};

const PROGRAMS = ['sbatch', 'scontrol', 'scancel', 'squeue', 'sinfo', 'srun', 'slurmctld', 'slurmd', 'munged'];
const READY_TIMEOUT_MS = 60_000;
/** GPUs the node says it has: a count only, for requests and TRES; no device behind them. */
const GPUS = 2;

/** Starts a cluster, or says why it cannot here (for `it.skipIf`). */
export async function startSlurmCluster(): Promise<SlurmCluster | { skip: string }> {
  if (process.platform !== 'linux') return { skip: 'Slurm tests run on Linux only.' };
  const missing = PROGRAMS.filter((program) => !onPath(program));
  if (missing.length > 0) return { skip: `${missing.join(', ')} not on PATH: install slurm-wlm and munge (apt-get install slurm-wlm munge; .ci/run does).` };
  if (process.getuid?.() !== 0) return { skip: 'starting a test Slurm cluster needs root (munged, slurmd).' };

  const began = performance.now();
  const folder = mkdtempSync(join(tmpdir(), 'crucible-slurm-'));
  const node = hostname().split('.')[0] || 'localhost';
  const cpus = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || 1;
  const [ctldPort, nodePort] = await freePorts(2);
  const path = (name: string) => join(folder, name);
  for (const sub of ['state', 'spool', 'jobs']) mkdirSync(path(sub));
  chmodSync(path('jobs'), 0o777);

  const children: ChildProcess[] = [];
  let stopped = false;
  const killAll = (signal: NodeJS.Signals) => {
    for (const child of [...children].reverse()) {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          child.kill(signal);
        } catch {
          // Already gone.
        }
      }
    }
  };
  // Should the test process end without stop() (a crash, a forgotten afterAll), the daemons do not outlive it.
  const onExit = () => {
    if (stopped) return;
    stopped = true;
    watchdog?.kill('SIGKILL');
    // Running jobs' processes at once, then the pending ones (a signal does not cancel a job that waits).
    spawnSync('scancel', ['--user=root', '--full', '--signal=KILL'], { env: clusterEnv, stdio: 'ignore', timeout: 5000 });
    spawnSync('scancel', ['--user=root'], { env: clusterEnv, stdio: 'ignore', timeout: 5000 });
    killAll('SIGKILL');
    rmSync(folder, { recursive: true, force: true });
  };
  process.on('exit', onExit);

  const start = (program: string, args: string[], log: string) => {
    const fd = openSync(path(log), 'a');
    const child = spawn(program, args, { env: clusterEnv, stdio: ['ignore', fd, fd] });
    closeSync(fd);
    children.push(child);
    return child;
  };

  const key = path('munge.key');
  writeFileSync(key, randomBytes(1024), { mode: 0o400 });
  const socket = path('munge.socket');
  const conf = path('slurm.conf');
  const clusterEnv: NodeJS.ProcessEnv = { ...process.env, SLURM_CONF: conf };
  writeFileSync(
    conf,
    [
      `ClusterName=crucible${ctldPort}`,
      `SlurmctldHost=${node}(127.0.0.1)`,
      `SlurmctldPort=${ctldPort}`,
      `SlurmdPort=${nodePort}`,
      'AuthType=auth/munge',
      'CredType=cred/munge',
      `AuthInfo=socket=${socket}`,
      'SlurmUser=root',
      'SlurmdUser=root',
      `StateSaveLocation=${path('state')}`,
      `SlurmdSpoolDir=${path('spool')}`,
      `SlurmctldPidFile=${path('slurmctld.pid')}`,
      `SlurmdPidFile=${path('slurmd.pid')}`,
      `SlurmctldLogFile=${path('slurmctld.log')}`,
      `SlurmdLogFile=${path('slurmd.log')}`,
      'SlurmctldDebug=info',
      'SlurmdDebug=info',
      'ProctrackType=proctrack/linuxproc',
      'TaskPlugin=task/none',
      'SelectType=select/cons_tres',
      'SelectTypeParameters=CR_CPU',
      'SchedulerType=sched/backfill',
      'MpiDefault=none',
      'ReturnToService=2',
      'JobAcctGatherType=jobacct_gather/none',
      'AccountingStorageType=accounting_storage/none',
      // Finished jobs stay visible to scontrol for 5 minutes; a stopped job's steps get 5 s between TERM and KILL.
      'MinJobAge=300',
      'KillWait=5',
      'InactiveLimit=0',
      'SlurmctldTimeout=30',
      'SlurmdTimeout=60',
      // Two GPUs in name only (no device files): jobs may ask for --gres=gpu:N and Slurm counts them in TRES.
      'GresTypes=gpu',
      `NodeName=${node} NodeAddr=127.0.0.1 CPUs=${cpus} Gres=gpu:${GPUS} State=UNKNOWN`,
      `PartitionName=debug Nodes=${node} Default=YES MaxTime=INFINITE State=UP`,
      `PartitionName=gpu Nodes=${node} MaxTime=INFINITE State=UP`,
      '',
    ].join('\n'),
  );

  writeFileSync(path('gres.conf'), `AutoDetect=off\n${['/dev/null', '/dev/zero'].map((file) => `NodeName=${node} Name=gpu File=${file}\n`).join('')}`);

  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    process.off('exit', onExit);
    watchdog?.kill('SIGKILL');
    // Job steps detach from slurmd: cancel every job and wait for the queue to empty before stopping the daemons.
    spawnSync('scancel', ['--user=root'], { env: clusterEnv, stdio: 'ignore', timeout: 10_000 });
    const deadline = performance.now() + 15_000;
    while (performance.now() < deadline) {
      const queue = spawnSync('squeue', ['-h', '-t', 'PENDING,RUNNING,SUSPENDED,COMPLETING,CONFIGURING', '-o', '%i'], { env: clusterEnv, encoding: 'utf8', timeout: 5000 });
      if (queue.status !== 0 || queue.stdout.trim() === '') break;
      await delay(200);
    }
    killAll('SIGTERM');
    const exitDeadline = performance.now() + 5000;
    while (children.some((child) => child.exitCode === null && child.signalCode === null) && performance.now() < exitDeadline) await delay(50);
    killAll('SIGKILL');
    rmSync(folder, { recursive: true, force: true });
  };

  // Should the test process be killed outright (no 'exit' event: a worker torn down on a test timeout, a SIGKILL),
  // a watchdog outside it cancels the jobs, stops the daemons and removes the folder once it is gone.
  let watchdog: ChildProcess | null = null;
  const watch = () => {
    const pids = children.map((child) => child.pid).filter((pid) => pid !== undefined).join(' ');
    watchdog = spawn(
      'bash',
      [
        '-c',
        'while kill -0 "$1" 2>/dev/null; do sleep 1; done; scancel --user=root --full --signal=KILL; scancel --user=root; sleep 1; kill $3 2>/dev/null; sleep 2; kill -9 $3 2>/dev/null; rm -rf "$2"',
        'crucible-slurm-watchdog',
        String(process.pid),
        folder,
        pids,
      ],
      { env: clusterEnv, detached: true, stdio: 'ignore' },
    );
    watchdog.unref();
  };

  try {
    const munged = start(
      'munged',
      ['--foreground', `--key-file=${key}`, `--socket=${socket}`, `--pid-file=${path('munged.pid')}`, `--log-file=${path('munged.log')}`, `--seed-file=${path('munged.seed')}`, '--force'],
      'munged.out',
    );
    await waitFor(() => existsSync(socket) || munged.exitCode !== null, 10_000);
    if (munged.exitCode !== null || !existsSync(socket)) throw new Error(`munged did not start: ${tailOf(path('munged.log'))} ${tailOf(path('munged.out'))}`);
    const ctld = start('slurmctld', ['-D', '-i', '-f', conf], 'slurmctld.out');
    const slurmd = start('slurmd', ['-D', '-f', conf, '-N', node], 'slurmd.out');
    let state = '';
    const ready = await waitFor(() => {
      if (ctld.exitCode !== null || slurmd.exitCode !== null) return true;
      state = spawnSync('sinfo', ['-h', '-o', '%t'], { env: clusterEnv, encoding: 'utf8', timeout: 5000 }).stdout?.trim() ?? '';
      // A node the controller finds invalid (its configuration refused) stays so: no use waiting.
      return state.split('\n').every((line) => line === 'idle') || state.includes('inval');
    }, READY_TIMEOUT_MS);
    if (!ready || ctld.exitCode !== null || slurmd.exitCode !== null) {
      throw new Error(
        `the test Slurm cluster did not become idle (sinfo: "${state}"); slurmctld: ${tailOf(path('slurmctld.log'))} ${tailOf(path('slurmctld.out'))}; ` +
          `slurmd: ${tailOf(path('slurmd.log'))} ${tailOf(path('slurmd.out'))}`,
      );
    }
    watch();
  } catch (error) {
    await stop();
    throw error;
  }

  return { env: clusterEnv, conf, node, cpus, gpus: GPUS, partitions: ['debug', 'gpu'], folder, startSeconds: (performance.now() - began) / 1000, stop };
}

function onPath(program: string): boolean {
  return spawnSync('sh', ['-c', 'command -v "$1"', 'sh', program], { stdio: 'ignore' }).status === 0;
}

function tailOf(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim().split('\n').slice(-5).join(' | ');
  } catch {
    return '(no log)';
  }
}

async function waitFor(ready: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (ready()) return true;
    await delay(200);
  }
  return false;
}

/** Ports nothing listens on now: each taken from the system by listening on port 0, then released. */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve(server));
    })),
  );
  const ports = servers.map((server) => {
    const address = server.address();
    return typeof address === 'object' && address !== null ? address.port : 0;
  });
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}
