import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { constants } from 'node:os';
import type { Writable } from 'node:stream';
import { followLog } from './tail.ts';

/** What happened while the child ran, for the log: each stop step, each forwarded signal. */
export type SupervisorEvent =
  | { kind: 'budget'; step: 'SIGINT' | 'SIGTERM' | 'SIGKILL'; afterSeconds: number }
  | { kind: 'forwarded'; signal: NodeJS.Signals }
  | { kind: 'escalated'; signal: 'SIGKILL'; reason: string }
  | { kind: 'leftovers'; signal: NodeJS.Signals }
  /** Processes the command started that left its group (setsid, setpgid, a daemon's double fork) and still run. */
  | { kind: 'escaped'; signal: 'SIGTERM' | 'SIGKILL'; processes: EscapedProcess[] };

/** A process that left the command's group, by pid and command line (clipped, controls shown as "?"). */
export type EscapedProcess = { pid: number; command: string };

/**
 * The variable every process the command starts inherits, whatever group or session it moves to: the supervisor
 * finds them by it once the command ends, as the Actions runner finds orphans by RUNNER_TRACKING_ID. A process
 * meant to outlive the run (a server left for a later step) opts out by being started with it set to 0.
 */
export const TRACKING_VARIABLE = 'CRUCIBLE_TRACKING_ID';

export type SuperviseOptions = {
  /** The program and its arguments (no shell: see shell.ts for a `run:`-style command). */
  argv: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Stop the child after this long: SIGINT to its group, `graceMs`, SIGTERM, `graceMs`, SIGKILL. */
  timeBudgetMs?: number;
  /** Between the stop steps; 10 s by default. */
  graceMs?: number;
  /** Where the collapsed output goes, live; the process's own stdout by default. */
  stdout?: Writable;
  /**
   * The file the child writes to: its stdout and stderr, every byte, in the order written (as `2>&1` would).
   * The live output is read back from it.
   */
  rawLogPath: string;
  /** How often the log file is read for new output while the child writes little; 50 ms by default. */
  pollMs?: number;
  /** How often an unfinished progress bar is shown in its latest state; 30 s by default, 0 never. */
  progressIntervalMs?: number;
  /**
   * Forward this process's SIGINT, SIGTERM, SIGHUP and SIGQUIT to the child's group (the runner's cancellation, a
   * Ctrl-C, a closed terminal), and SIGKILL the group `killAfterTermMs` after a SIGTERM. On the GitHub runner that
   * is 2 s, before the runner's own kill (2.5 s after its SIGTERM) leaves the group running unattended; elsewhere
   * (Slurm, Kubernetes, systemd give 30 s) pass the grace the command deserves.
   */
  forwardSignals?: boolean;
  killAfterTermMs?: number;
  /** Why the group is killed after SIGTERM, for the log. */
  killAfterTermReason?: string;
  onEvent?: (event: SupervisorEvent) => void;
};

export type SuperviseResult = {
  /** The child's exit code; null when a signal ended it or it never started. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** The time budget stopped it. */
  timedOut: boolean;
  /** This process was signalled (cancellation) and passed the signal on. */
  cancelled: NodeJS.Signals | null;
  startedAt: Date;
  endedAt: Date;
  durationSeconds: number;
  /** Why the child could not start (the program is missing, not executable, the folder does not exist). */
  spawnError: string | null;
};

const DEFAULT_GRACE_MS = 10_000;
/** The runner kills 2.5 s after its SIGTERM; the group is killed a little before that. */
const DEFAULT_KILL_AFTER_TERM_MS = 2_000;
/** Leftover grandchildren get this long after SIGTERM before SIGKILL once the child itself has ended. */
const LEFTOVER_GRACE_MS = 2_000;
const DEFAULT_POLL_MS = 50;
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Runs a child in its own process group (a new session) and stops the whole group on the time budget, on a
 * forwarded cancellation, and after the child ends (grandchildren do not outlive it). Resolves once the child
 * has ended and its output is written; never rejects for the child's sake (a failed start is `spawnError`).
 *
 * The child's stdout and stderr are the raw log file itself, so a chatty child writes at the speed of a file
 * (no pipe to keep up with: a Python trainer with PYTHONUNBUFFERED=1 writes every line on its own), and the live
 * output is the file read back in large blocks on the other core, through the progress collapser.
 */
export async function supervise(options: SuperviseOptions): Promise<SuperviseResult> {
  const graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
  const live = options.stdout ?? process.stdout;
  const emit = options.onEvent ?? (() => {});
  const startedAt = new Date();
  const started = performance.now();

  let child: ChildProcess;
  const logFd = openSync(options.rawLogPath, 'w');
  // Unique per run; a supervised run inside another keeps the outer run's id too, so both can find what it left.
  const trackingId = `crucible-${process.pid}-${randomBytes(6).toString('hex')}`;
  const outer = options.env[TRACKING_VARIABLE];
  const env = { ...options.env, [TRACKING_VARIABLE]: outer === undefined || outer === '' || outer === '0' ? trackingId : `${outer},${trackingId}` };
  try {
    child = spawn(options.argv[0] as string, options.argv.slice(1), {
      cwd: options.cwd,
      env,
      detached: true,
      stdio: ['ignore', logFd, logFd],
    });
  } catch (error) {
    closeSync(logFd);
    return failedStart(startedAt, (error as Error).message);
  }
  // The child holds its own copies of the descriptor.
  closeSync(logFd);

  const group = child.pid;
  let ended = false;
  const signalGroup = (signal: NodeJS.Signals | 0): boolean => signalProcessGroup(group, signal);

  const timers: NodeJS.Timeout[] = [];
  // setTimeout holds at most 2^31-1 ms (24.8 days); a longer budget is waited for in steps.
  const later = (ms: number, action: () => void): void => {
    const step = Math.min(ms, MAX_TIMER_MS);
    timers.push(setTimeout(() => (ms > MAX_TIMER_MS ? later(ms - MAX_TIMER_MS, action) : action()), step));
  };
  let timedOut = false;
  let cancelled: NodeJS.Signals | null = null;

  // Stops: the budget's SIGINT -> grace -> SIGTERM -> grace -> SIGKILL; each step only if the child still runs.
  if (options.timeBudgetMs !== undefined) {
    const budgetMs = options.timeBudgetMs;
    later(budgetMs, () => {
      if (ended) return;
      timedOut = true;
      emit({ kind: 'budget', step: 'SIGINT', afterSeconds: budgetMs / 1000 });
      signalGroup('SIGINT');
      later(graceMs, () => {
        if (ended) return;
        emit({ kind: 'budget', step: 'SIGTERM', afterSeconds: (budgetMs + graceMs) / 1000 });
        signalGroup('SIGTERM');
        later(graceMs, () => {
          if (ended) return;
          emit({ kind: 'budget', step: 'SIGKILL', afterSeconds: (budgetMs + 2 * graceMs) / 1000 });
          signalGroup('SIGKILL');
        });
      });
    });
  }

  const handlers: [NodeJS.Signals, () => void][] = [];
  // Should this process end first (killed, or exiting on an error), the group does not run on unattended.
  const onExit = () => {
    if (!ended) signalGroup('SIGKILL');
  };
  process.on('exit', onExit);
  if (options.forwardSignals === true) {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'] as const) {
      const handler = () => {
        cancelled = signal;
        if (ended) return;
        emit({ kind: 'forwarded', signal });
        signalGroup(signal);
        if (signal === 'SIGTERM') {
          later(options.killAfterTermMs ?? DEFAULT_KILL_AFTER_TERM_MS, () => {
            if (ended) return;
            emit({ kind: 'escalated', signal: 'SIGKILL', reason: options.killAfterTermReason ?? 'the runner kills this step 2.5 s after its SIGTERM' });
            signalGroup('SIGKILL');
          });
        }
      };
      process.on(signal, handler);
      handlers.push([signal, handler]);
    }
  }

  const tail = followLog(options.rawLogPath, live, options.pollMs ?? DEFAULT_POLL_MS, options.progressIntervalMs);

  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; error: string | null }>((resolve) => {
    child.once('error', (error) => resolve({ code: null, signal: null, error: error.message }));
    child.once('exit', (code, signal) => resolve({ code, signal, error: null }));
  });
  ended = true;
  const endedAt = new Date();
  const durationSeconds = (performance.now() - started) / 1000;

  // Members killed with the child take a moment to die: look again for a short while before calling them leftovers.
  if (exit.error === null) await waitForGroupExit(group, 250);
  // Grandchildren do not outlive the child: what is left of its group gets SIGTERM, then SIGKILL.
  if (exit.error === null && groupAlive(group)) {
    emit({ kind: 'leftovers', signal: 'SIGTERM' });
    signalGroup('SIGTERM');
    await waitForGroupExit(group, Math.min(graceMs, LEFTOVER_GRACE_MS));
    if (groupAlive(group)) {
      emit({ kind: 'leftovers', signal: 'SIGKILL' });
      signalGroup('SIGKILL');
    }
  }
  // A descendant that called setsid (or setpgid) is in no group signalled above: found by the tracking variable,
  // said by pid and command, and stopped as the group's leftovers are.
  if (exit.error === null) await stopEscaped(trackingId, group, Math.min(graceMs, LEFTOVER_GRACE_MS), emit);
  await tail.finish();
  for (const timer of timers) clearTimeout(timer);
  for (const [signal, handler] of handlers) process.off(signal, handler);
  process.off('exit', onExit);

  if (exit.error !== null) return { ...failedStart(startedAt, exit.error), endedAt, durationSeconds };
  return { exitCode: exit.code, signal: exit.signal, timedOut, cancelled, startedAt, endedAt, durationSeconds, spawnError: null };
}

function failedStart(startedAt: Date, message: string): SuperviseResult {
  return { exitCode: null, signal: null, timedOut: false, cancelled: null, startedAt, endedAt: new Date(), durationSeconds: 0, spawnError: message };
}

/** Sends `signal` (0: only asks whether any member is alive) to a process group. */
function signalProcessGroup(group: number | undefined, signal: NodeJS.Signals | 0): boolean {
  if (group === undefined) return false;
  try {
    process.kill(-group, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a process of the group still runs. A killed member stays a zombie until its new parent reaps it, and
 * in a container that parent (PID 1) may never do so: on Linux, zombies are told apart through /proc.
 */
function groupAlive(group: number | undefined): boolean {
  if (!signalProcessGroup(group, 0)) return false;
  if (process.platform !== 'linux') return true;
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        continue;
      }
      // pid (comm) state ppid pgrp ...: comm may hold spaces and parentheses, so read after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === group && fields[0] !== 'Z' && fields[0] !== 'X') return true;
    }
    return false;
  } catch {
    return true;
  }
}

type ProcessStat = { pid: number; state: string; pgrp: number };

/** The processes /proc shows (Linux), with state and group; empty elsewhere or when /proc cannot be read. */
function listProcesses(): ProcessStat[] {
  if (process.platform !== 'linux') return [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const found: ProcessStat[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid pgrp ...: comm may hold spaces and parentheses, so read after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      found.push({ pid: Number(entry), state: fields[0] ?? '', pgrp: Number(fields[2]) });
    } catch {
      // Gone since the listing.
    }
  }
  return found;
}

/** Whether the process's environment (as it was started) carries this run's tracking id. */
function isTracked(pid: number, trackingId: string): boolean {
  let environ: string;
  try {
    // Another user's process cannot be read, and was not started by this run.
    environ = readFileSync(`/proc/${pid}/environ`, 'latin1');
  } catch {
    return false;
  }
  for (const entry of environ.split('\0')) {
    if (entry.startsWith(`${TRACKING_VARIABLE}=`)) return entry.slice(TRACKING_VARIABLE.length + 1).split(',').includes(trackingId);
  }
  return false;
}

function commandOf(pid: number): string {
  try {
    const words = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter((word) => word !== '');
    // eslint-disable-next-line no-control-regex -- a command line is shown in the log, never its controls
    const text = words.join(' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
    return text.length > 200 ? `${text.slice(0, 199)}…` : text || '?';
  } catch {
    return '?';
  }
}

/** Live processes of this run outside its group: what signalling the group cannot reach. */
function escapedProcesses(trackingId: string, group: number | undefined): EscapedProcess[] {
  return listProcesses()
    .filter((entry) => entry.pid !== process.pid && entry.pgrp !== group && entry.state !== 'Z' && entry.state !== 'X' && isTracked(entry.pid, trackingId))
    .map((entry) => ({ pid: entry.pid, command: commandOf(entry.pid) }));
}

/**
 * Says which processes escaped the group and stops them: SIGTERM, then SIGKILL after `graceMs` for those still
 * running. Each is checked again right before each signal, so a pid the system has since given to another process
 * is never signalled.
 */
async function stopEscaped(trackingId: string, group: number | undefined, graceMs: number, emit: (event: SupervisorEvent) => void): Promise<void> {
  const escaped = escapedProcesses(trackingId, group);
  if (escaped.length === 0) return;
  emit({ kind: 'escaped', signal: 'SIGTERM', processes: escaped });
  const signal = (signal: NodeJS.Signals): void => {
    for (const { pid } of escapedProcesses(trackingId, group)) {
      try {
        process.kill(pid, signal);
      } catch {
        // Ended meanwhile.
      }
    }
  };
  signal('SIGTERM');
  const deadline = performance.now() + graceMs;
  while (escapedProcesses(trackingId, group).length > 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  const left = escapedProcesses(trackingId, group);
  if (left.length === 0) return;
  emit({ kind: 'escaped', signal: 'SIGKILL', processes: left });
  signal('SIGKILL');
  // SIGKILL cannot be refused, but a loaded machine takes a moment to end the process: wait for it (briefly), so
  // that when the run is reported over, nothing it started is still running.
  const killDeadline = performance.now() + 2000;
  while (escapedProcesses(trackingId, group).length > 0 && performance.now() < killDeadline) await new Promise((resolve) => setTimeout(resolve, 20));
}

async function waitForGroupExit(group: number | undefined, ms: number): Promise<void> {
  const deadline = performance.now() + ms;
  while (groupAlive(group) && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}

/**
 * The exit code `crucible train` exits with, as ARCHITECTURE.md says: the child's own, 124 when the time budget
 * stopped it, 128+N when signal N killed it (or N cancelled it: 130 after a Ctrl-C), 2 when it could not start.
 */
export function exitCodeOf(result: SuperviseResult): number {
  if (result.spawnError !== null) return 2;
  if (result.timedOut) return 124;
  // Cancelled (Ctrl-C, a cancelled job) is not a success even when the command saved and exited 0.
  if (result.cancelled !== null) return 128 + (constants.signals[result.cancelled] ?? 0);
  if (result.exitCode !== null) return result.exitCode;
  if (result.signal !== null) return 128 + (constants.signals[result.signal] ?? 0);
  return 1;
}
