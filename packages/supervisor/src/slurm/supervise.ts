/**
 * The train step as a Slurm batch job, supervised from the machine Crucible runs on (a login node): preflight
 * checks that turn the cluster's refusals into one message naming the input, submission with `sbatch --parsable`,
 * the job followed with `scontrol show job` and its output file read back live, the time budget and a forwarded
 * cancellation turned into `scancel` steps, and a result shaped as the local run's.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import { InputError } from '@crucible/core/errors';
import type { SuperviseResult, SupervisorEvent } from '../process.ts';
import { followLog } from '../tail.ts';
import { onPath, runCommand } from './commands.ts';
import { isFinishedState, jobOutcome, parseSbatchJobId, parseScontrolJob, signalName, type SlurmJobInfo } from './job.ts';
import { ACTION_INPUT_NAMES, explainRejection, requestOptions, type SlurmInputNames, type SlurmRequest, validateSlurmRequest } from './options.ts';
import { batchScript, type SlurmLauncher } from './script.ts';

/** What happened to the job, for the log: the local run's events, and the queue's. */
export type SlurmSupervisorEvent =
  | SupervisorEvent
  | { kind: 'submitted'; jobId: string; sbatchOptions: string[] }
  /** Said when the reason changes, and every 30 s while it waits. */
  | { kind: 'pending'; jobId: string; reason: string | null; seconds: number }
  | { kind: 'started'; jobId: string; nodeList: string | null; queueSeconds: number }
  /** The budget ran out, or a cancellation came, while the job still waited: it was cancelled without running. */
  | { kind: 'cancelled-pending'; jobId: string; afterSeconds: number; cause: 'budget' | NodeJS.Signals }
  | { kind: 'finished'; jobId: string; state: string; exitCode: string }
  /** scontrol or scancel failed; the supervisor goes on (the controller may be busy). */
  | { kind: 'slurm-error'; jobId: string; command: string; message: string };

export type SlurmSuperviseOptions = {
  /** The command, as for a local run: `['bash', '-e', 'script.sh']`, `['python', 'train.py']`. */
  argv: readonly string[];
  /** Where the job runs (`--chdir`): on storage the nodes share. */
  cwd: string;
  /** The environment the job gets, exactly (`--export=ALL` from it): private variables already removed. */
  env: NodeJS.ProcessEnv;
  request: SlurmRequest;
  /** How the inputs are named in messages; the action's input names by default. */
  names?: SlurmInputNames | undefined;
  /** The job's name in the queue. */
  jobName: string;
  /** A multi-GPU launcher run on each node, with the node's rank and the master's address worked out in the job. */
  launcher?: SlurmLauncher | undefined;
  /** Counted from submission (queue time included). Pending: plain scancel. Running: SIGINT, grace, SIGTERM, grace, scancel. */
  timeBudgetMs?: number | undefined;
  /** Between the stop steps; 10 s by default. */
  graceMs?: number | undefined;
  stdout?: Writable | undefined;
  /**
   * The job's output file (sbatch `--output`, stderr joined), on shared storage: the batch script is written
   * beside it. Read back live, as a local run's log.
   */
  rawLogPath: string;
  /** How often the job's state is asked for; 1 s by default. The output is read every 200 ms. */
  pollMs?: number | undefined;
  progressIntervalMs?: number | undefined;
  /** Pass this process's SIGINT, SIGTERM, SIGHUP, SIGQUIT on to the job, as a local run does. */
  forwardSignals?: boolean | undefined;
  /** After a forwarded SIGTERM, the job is cancelled outright this long after; 2 s by default (the runner's kill comes at 2.5 s). */
  killAfterTermMs?: number | undefined;
  killAfterTermReason?: string | undefined;
  onEvent?: ((event: SlurmSupervisorEvent) => void) | undefined;
};

export type SlurmJobRecord = {
  jobId: string;
  partition: string | null;
  nodes: number | null;
  nodeList: string | null;
  /** GPUs allocated over all nodes (TRES gres/gpu). */
  gpus: number | null;
  queueSeconds: number | null;
  runSeconds: number | null;
  /** Every option passed to sbatch (the script path aside). */
  sbatchOptions: string[];
  /** The job's last state (COMPLETED, FAILED, CANCELLED, TIMEOUT, ...); PENDING when it was cancelled before it ran. */
  state: string;
  reason: string | null;
};

export type SlurmSuperviseResult = SuperviseResult & { slurm: SlurmJobRecord | null };

const DEFAULT_GRACE_MS = 10_000;
const DEFAULT_KILL_AFTER_TERM_MS = 2_000;
const DEFAULT_POLL_MS = 1_000;
const TAIL_MS = 200;
const PENDING_REPEAT_MS = 30_000;
/** How often a plain scancel is repeated while the job it should end is still not over. */
const CANCEL_REPEAT_MS = 5_000;
/** After its state is final, how long the job may stay in the queue (completing) before the supervisor gives up waiting. */
const DRAIN_TIMEOUT_MS = 120_000;
const MAX_TIMER_MS = 2 ** 31 - 1;
/** sbatch input variables that would change the job beyond what the supervisor checks and owns. */
const SUBMIT_VARIABLES_DROPPED = ['SBATCH_WAIT', 'SBATCH_ARRAY_INX', 'SBATCH_OPEN_MODE', 'SBATCH_SIGNAL', 'SBATCH_EXPORT', 'SBATCH_EXPORT_FILE', 'SBATCH_HOLD', 'SBATCH_DEPENDENCY', 'SBATCH_ERROR', 'SBATCH_INPUT', 'SBATCH_OUTPUT'];

export type SlurmPreflightOptions = {
  request: SlurmRequest;
  names?: SlurmInputNames | undefined;
  env: NodeJS.ProcessEnv;
};

/**
 * Checks, before anything runs, that the job can be submitted: the options themselves, sbatch on PATH, the
 * partition among the cluster's, and the whole request through `sbatch --test-only` (account, QOS, GPUs, nodes).
 * Throws one InputError naming the input; returns the cluster's partitions.
 */
export async function preflightSlurm(options: SlurmPreflightOptions): Promise<{ partitions: string[] }> {
  const names = options.names ?? ACTION_INPUT_NAMES;
  validateSlurmRequest(options.request, names);
  if (!onPath('sbatch', options.env)) {
    throw new InputError(
      "sbatch is not on PATH: a Slurm train step submits from a login node of the cluster. Run it on a self-hosted runner there, with Slurm's client commands (sbatch, scontrol, scancel) on the runner's PATH.",
    );
  }
  const partitions = await listPartitions(options.env);
  const partition = options.request.partition;
  if (partition !== undefined && partitions !== null && !partitions.includes(partition)) {
    // sinfo leaves out hidden partitions; scontrol still finds them by name.
    const shown = await runCommand('scontrol', ['show', 'partition', partition], options.env, { timeoutMs: 30_000 });
    if (shown.code !== 0) {
      throw new InputError(`Input "${names.partition}": the cluster has no partition ${JSON.stringify(partition)}. This cluster's partitions: ${partitions.join(', ') || '(none listed)'}.`);
    }
  }
  const test = await runCommand('sbatch', ['--test-only', '--job-name=crucible-preflight', ...requestOptions(options.request)], options.env, {
    input: '#!/bin/sh\ntrue\n',
    timeoutMs: 60_000,
  });
  if (test.error !== null && test.code === null) throw new InputError(`sbatch --test-only did not run: ${test.error}.`);
  if (test.code !== 0) throw explainRejection(test.stderr || test.stdout, options.request, names, partitions);
  return { partitions: partitions ?? [] };
}

async function listPartitions(env: NodeJS.ProcessEnv): Promise<string[] | null> {
  const listed = await runCommand('sinfo', ['-h', '-o', '%R'], env, { timeoutMs: 30_000 });
  if (listed.code !== 0) return null;
  return [...new Set(listed.stdout.split('\n').map((line) => line.trim()).filter((line) => line !== ''))];
}

/**
 * Cancels a job outright (plain scancel), for a post step when the main step was killed. True only when the job
 * was still in the queue (pending, running, completing) and scancel took the request: scancel itself exits 0 for a
 * job that has ended or that the cluster never had. Never throws.
 */
export async function cancelSlurmJob(jobId: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  if (!/^\d+(_\d+)?$/.test(jobId)) return false;
  const queued = await runCommand('squeue', ['-h', '-o', '%i', '-j', jobId], env, { timeoutMs: 30_000 });
  if (queued.code !== 0 || queued.stdout.trim() === '') return false;
  const result = await runCommand('scancel', [jobId], env, { timeoutMs: 30_000 });
  return result.code === 0;
}

/**
 * Submits the command as a batch job and follows it to its end, as supervise() follows a local child: output
 * live, the budget's and a cancellation's stop steps, nothing of the job left in the queue afterwards. Throws an
 * InputError for options the checks or sbatch refuse; sbatch failing to start is `spawnError`.
 */
export async function superviseSlurm(options: SlurmSuperviseOptions): Promise<SlurmSuperviseResult> {
  const names = options.names ?? ACTION_INPUT_NAMES;
  validateSlurmRequest(options.request, names);
  if (options.rawLogPath.includes('%')) {
    throw new InputError(`The job's log path ${JSON.stringify(options.rawLogPath)} holds "%", which sbatch --output reads as a pattern; use a path without it.`);
  }
  const graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
  const pollMs = options.pollMs ?? DEFAULT_POLL_MS;
  const emit = options.onEvent ?? (() => {});
  const env = submitEnvironment(options.env);
  const nodes = options.request.nodes ?? 1;

  const folder = dirname(options.rawLogPath);
  mkdirSync(folder, { recursive: true });
  const scriptPath = join(folder, `${basename(options.rawLogPath)}.sbatch.sh`);
  writeFileSync(scriptPath, batchScript({ argv: options.argv, nodes, launcher: options.launcher }), { mode: 0o700 });
  // Made empty now, so it can be followed from the start; the job's first write lands at its beginning.
  writeFileSync(options.rawLogPath, '');

  const sbatchOptions = [
    `--job-name=${options.jobName}`,
    `--chdir=${options.cwd}`,
    `--output=${options.rawLogPath}`,
    '--export=ALL',
    ...requestOptions(options.request),
  ];
  const startedAt = new Date();
  const started = performance.now();
  const submitted = await runCommand('sbatch', ['--parsable', ...sbatchOptions, scriptPath], env, { cwd: options.cwd, timeoutMs: 120_000 });
  if (submitted.code === null) return failedStart(startedAt, started, submitted.error ?? `sbatch was killed: ${submitted.stderr.trim()}`);
  if (submitted.code !== 0) {
    const partitions = /invalid partition/i.test(submitted.stderr) ? await listPartitions(env) : null;
    throw explainRejection(submitted.stderr || submitted.stdout, options.request, names, partitions);
  }
  const jobId = parseSbatchJobId(submitted.stdout);
  if (jobId === null) return failedStart(startedAt, started, `sbatch answered without a job id: ${JSON.stringify(submitted.stdout.trim())}`);
  emit({ kind: 'submitted', jobId, sbatchOptions });

  const tail = followLog(options.rawLogPath, options.stdout ?? process.stdout, TAIL_MS, options.progressIntervalMs);
  let ended = false;
  let info: SlurmJobInfo | null = null;
  let timedOut = false;
  let cancelled: NodeJS.Signals | null = null;
  let cancelledPending = false;
  let lastSent: NodeJS.Signals | null = null;
  const timers: NodeJS.Timeout[] = [];
  const later = (ms: number, action: () => void | Promise<void>): void => {
    const step = Math.min(ms, MAX_TIMER_MS);
    timers.push(setTimeout(() => void (ms > MAX_TIMER_MS ? later(ms - MAX_TIMER_MS, action) : action()), step));
  };
  const elapsedSeconds = () => (performance.now() - started) / 1000;
  // The last poll may be up to pollMs old, and the job may have started since: a stop asks again (a job is only
  // cancelled outright when it has not started), and output in the log means it runs whatever the poll said.
  // A job whose state is final (or that ended since the last poll) is past stopping: no budget, no cancel.
  let finished = false;
  const stateNow = async (timeoutMs: number): Promise<'pending' | 'running' | 'finished'> => {
    const shown = await runCommand('scontrol', ['show', 'job', '-o', jobId], env, { timeoutMs });
    const fresh = shown.code === 0 && shown.stdout.trim() !== '' ? parseScontrolJob(shown.stdout.trim().split('\n')[0] as string) : info;
    if (finished || (fresh !== null && isFinishedState(fresh.state))) return 'finished';
    return tail.bytesRead() === 0 && (fresh === null || fresh.state === 'PENDING') ? 'pending' : 'running';
  };

  // Once the job is to end outright, the poll repeats the plain scancel until the state is final: a controller too
  // busy to answer the first must not leave the job running (or starting later) past its budget.
  let cancelAsked = 0;
  const scancel = (signal: 'SIGINT' | 'SIGTERM' | 'SIGHUP' | 'SIGQUIT' | null): void => {
    const args = signal === null ? [jobId] : ['--full', `--signal=${signal.slice(3)}`, jobId];
    lastSent = signal ?? 'SIGKILL';
    if (signal === null) cancelAsked = performance.now();
    void runCommand('scancel', args, env, { detached: true, timeoutMs: 30_000 }).then((result) => {
      if (result.code !== 0 && !ended) emit({ kind: 'slurm-error', jobId, command: `scancel ${args.join(' ')}`, message: (result.error ?? result.stderr.trim()) || `exit code ${result.code}` });
    });
  };
  const cancelPending = (cause: 'budget' | NodeJS.Signals): void => {
    cancelledPending = true;
    emit({ kind: 'cancelled-pending', jobId, afterSeconds: elapsedSeconds(), cause });
    scancel(null);
  };

  if (options.timeBudgetMs !== undefined) {
    const budgetMs = options.timeBudgetMs;
    later(budgetMs, async () => {
      if (ended || finished) return;
      const now = await stateNow(5000);
      if (now === 'finished' || ended) return;
      timedOut = true;
      if (now === 'pending') return cancelPending('budget');
      emit({ kind: 'budget', step: 'SIGINT', afterSeconds: budgetMs / 1000 });
      scancel('SIGINT');
      later(graceMs, () => {
        if (ended) return;
        emit({ kind: 'budget', step: 'SIGTERM', afterSeconds: (budgetMs + graceMs) / 1000 });
        scancel('SIGTERM');
        later(graceMs, () => {
          if (ended) return;
          emit({ kind: 'budget', step: 'SIGKILL', afterSeconds: (budgetMs + 2 * graceMs) / 1000 });
          scancel(null);
        });
      });
    });
  }

  const handlers: [NodeJS.Signals, () => void][] = [];
  // Should this process end first, the job does not run on unattended.
  const onExit = () => {
    if (!ended) spawnSync('scancel', [jobId], { env, stdio: 'ignore', timeout: 5000 });
  };
  process.on('exit', onExit);
  if (options.forwardSignals === true) {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'] as const) {
      const handler = async () => {
        const received = performance.now();
        cancelled = signal;
        if (ended || finished) return;
        // After a SIGTERM the runner kills this process 2.5 s on: little time to ask.
        const now = await stateNow(signal === 'SIGTERM' ? 500 : 5000);
        if (now === 'finished' || ended) return;
        if (now === 'pending') return cancelPending(signal);
        emit({ kind: 'forwarded', signal });
        scancel(signal);
        if (signal === 'SIGTERM') {
          later(Math.max(0, (options.killAfterTermMs ?? DEFAULT_KILL_AFTER_TERM_MS) - (performance.now() - received)), () => {
            if (ended) return;
            emit({ kind: 'escalated', signal: 'SIGKILL', reason: options.killAfterTermReason ?? 'the runner kills this step 2.5 s after its SIGTERM' });
            scancel(null);
          });
        } else {
          later(graceMs, () => {
            if (ended) return;
            scancel('SIGTERM');
            later(graceMs, () => {
              if (ended) return;
              emit({ kind: 'escalated', signal: 'SIGKILL', reason: `the job still ran ${(2 * graceMs) / 1000} s after the forwarded ${signal}` });
              scancel(null);
            });
          });
        }
      };
      process.on(signal, handler);
      handlers.push([signal, handler]);
    }
  }

  // Follow the job until its state is final.
  let lastPendingReason: string | null | undefined;
  let lastPendingSaid = 0;
  let lastError = 0;
  let gone = false;
  for (;;) {
    const shown = await runCommand('scontrol', ['show', 'job', '-o', jobId], env, { timeoutMs: 60_000 });
    if (shown.code === 0 && shown.stdout.trim() !== '') {
      const previous = info;
      info = parseScontrolJob(shown.stdout.trim().split('\n')[0] as string);
      if (info.state === 'PENDING') {
        const now = performance.now();
        if (info.reason !== lastPendingReason || now - lastPendingSaid >= PENDING_REPEAT_MS) {
          lastPendingReason = info.reason;
          lastPendingSaid = now;
          emit({ kind: 'pending', jobId, reason: info.reason, seconds: Math.round(elapsedSeconds()) });
        }
      } else if (previous === null || previous.state === 'PENDING') {
        if (!cancelledPending) emit({ kind: 'started', jobId, nodeList: info.nodeList, queueSeconds: queueSecondsOf(info) ?? Math.round(elapsedSeconds()) });
      }
      if (isFinishedState(info.state)) {
        finished = true;
        break;
      }
      if (cancelAsked > 0 && performance.now() - cancelAsked >= CANCEL_REPEAT_MS) scancel(null);
    } else if (/invalid job id/i.test(shown.stderr)) {
      // The controller has forgotten the job (MinJobAge passed): it is over.
      gone = true;
      finished = true;
      break;
    } else if (performance.now() - lastError >= PENDING_REPEAT_MS) {
      lastError = performance.now();
      emit({ kind: 'slurm-error', jobId, command: `scontrol show job -o ${jobId}`, message: (shown.error ?? shown.stderr.trim()) || `exit code ${shown.code}` });
    }
    await delay(pollMs);
  }
  // A finished job may still be completing on its nodes; the queue is clear once squeue no longer lists it.
  const drainDeadline = performance.now() + DRAIN_TIMEOUT_MS;
  while (performance.now() < drainDeadline) {
    const queued = await runCommand('squeue', ['-h', '-o', '%i', '-j', jobId], env, { timeoutMs: 30_000 });
    if (queued.code !== 0 || queued.stdout.trim() === '') break;
    await delay(Math.min(pollMs, 500));
  }
  ended = true;
  const endedAt = new Date();
  const durationSeconds = (performance.now() - started) / 1000;
  for (const timer of timers) clearTimeout(timer);
  for (const [signal, handler] of handlers) process.off(signal, handler);
  process.off('exit', onExit);
  await tail.finish();

  const final = info;
  const state = cancelledPending && (final === null || final.nodeList === null) ? 'PENDING' : gone || final === null ? 'UNKNOWN' : final.state;
  const exitCode = final?.exitCode ?? null;
  const exitSignal = signalName(final?.exitSignal ?? null);
  emit({ kind: 'finished', jobId, state, exitCode: `${exitCode ?? '?'}:${final?.exitSignal ?? '?'}` });
  const result = jobOutcome(state, exitCode, exitSignal, lastSent);

  const ran = final !== null && state !== 'PENDING' && final.startTime !== null;
  return {
    ...result,
    // Slurm's own time limit (--time) is a budget too.
    timedOut: timedOut || state === 'TIMEOUT',
    cancelled,
    startedAt,
    endedAt,
    durationSeconds,
    spawnError: null,
    slurm: {
      jobId,
      partition: final?.partition ?? null,
      nodes: ran ? final.nodes : null,
      nodeList: ran ? final.nodeList : null,
      gpus: ran ? final.gpus : null,
      queueSeconds: ran ? queueSecondsOf(final) : null,
      runSeconds: ran && final.endTime !== null && final.startTime !== null ? Math.max(0, (final.endTime.getTime() - final.startTime.getTime()) / 1000) : null,
      // As run@1 keeps them: 200 options of up to 4096 characters (a path in --chdir or --output can be long).
      sbatchOptions: sbatchOptions.slice(0, 200).map((option) => option.slice(0, 4096)),
      state,
      reason: final?.reason ?? null,
    },
  };
}

function queueSecondsOf(info: SlurmJobInfo): number | null {
  if (info.submitTime === null || info.startTime === null) return null;
  return Math.max(0, (info.startTime.getTime() - info.submitTime.getTime()) / 1000);
}

function failedStart(startedAt: Date, started: number, message: string): SlurmSuperviseResult {
  return {
    exitCode: null,
    signal: null,
    timedOut: false,
    cancelled: null,
    startedAt,
    endedAt: new Date(),
    durationSeconds: (performance.now() - started) / 1000,
    spawnError: message,
    slurm: null,
  };
}

/** The environment sbatch runs in (and, through --export=ALL, the job): the given one less sbatch's own inputs that would override ours. */
function submitEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const name of SUBMIT_VARIABLES_DROPPED) delete copy[name];
  return copy;
}
