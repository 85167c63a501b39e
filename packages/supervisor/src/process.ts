import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync, type WriteStream } from 'node:fs';
import { constants } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { ProgressCollapser } from './collapse.ts';

/** What happened while the child ran, for the log: each stop step, each forwarded signal. */
export type SupervisorEvent =
  | { kind: 'budget'; step: 'SIGINT' | 'SIGTERM' | 'SIGKILL'; afterSeconds: number }
  | { kind: 'forwarded'; signal: NodeJS.Signals }
  | { kind: 'escalated'; signal: 'SIGKILL'; reason: string }
  | { kind: 'leftovers'; signal: NodeJS.Signals };

export type SuperviseOptions = {
  /** The program and its arguments (no shell: see shell.ts for a `run:`-style command). */
  argv: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Stop the child after this long: SIGINT to its group, `graceMs`, SIGTERM, `graceMs`, SIGKILL. */
  timeBudgetMs?: number;
  /** Between the stop steps; 10 s by default. */
  graceMs?: number;
  /** Where the collapsed output goes, live; the process's own stdout and stderr by default. */
  stdout?: Writable;
  stderr?: Writable;
  /** Every byte the child wrote, uncollapsed, stdout and stderr in arrival order. */
  rawLogPath?: string;
  /** How often an unfinished progress bar is shown in its latest state; 30 s by default, 0 never. */
  progressIntervalMs?: number;
  /**
   * Forward this process's SIGINT and SIGTERM to the child's group (the runner's cancellation), and SIGKILL the
   * group `killAfterTermMs` after a SIGTERM, before the runner's own kill (2.5 s after its SIGTERM) leaves the
   * group running unattended.
   */
  forwardSignals?: boolean;
  killAfterTermMs?: number;
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
/** A daemon that left the group may hold the pipes open; stop waiting for them after this long. */
const PIPE_DRAIN_MS = 5_000;

/**
 * Runs a child in its own process group (a new session), streams its output live through the progress collapser,
 * keeps the raw output in a file, and stops the whole group on the time budget, on a forwarded cancellation, and
 * after the child ends (grandchildren do not outlive it). Resolves once the child has ended and its output is
 * written; never rejects for the child's sake (a failed start is `spawnError`).
 */
export async function supervise(options: SuperviseOptions): Promise<SuperviseResult> {
  const graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const raw = options.rawLogPath === undefined ? undefined : createWriteStream(options.rawLogPath, { highWaterMark: 1 << 20 });
  const emit = options.onEvent ?? (() => {});
  const startedAt = new Date();
  const started = performance.now();

  let child: ChildProcess;
  try {
    child = spawn(options.argv[0] as string, options.argv.slice(1), {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    await closeRaw(raw);
    return failedStart(startedAt, (error as Error).message);
  }

  const group = child.pid;
  let ended = false;
  const signalGroup = (signal: NodeJS.Signals | 0): boolean => signalProcessGroup(group, signal);

  const timers: NodeJS.Timeout[] = [];
  const later = (ms: number, action: () => void) => timers.push(setTimeout(action, ms));
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
  if (options.forwardSignals === true) {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const handler = () => {
        cancelled = signal;
        if (ended) return;
        emit({ kind: 'forwarded', signal });
        signalGroup(signal);
        if (signal === 'SIGTERM') {
          later(options.killAfterTermMs ?? DEFAULT_KILL_AFTER_TERM_MS, () => {
            if (ended) return;
            emit({ kind: 'escalated', signal: 'SIGKILL', reason: 'the runner kills this step 2.5 s after its SIGTERM' });
            signalGroup('SIGKILL');
          });
        }
      };
      process.on(signal, handler);
      handlers.push([signal, handler]);
    }
  }

  const drained = Promise.all([
    pump(child.stdout as Readable, stdout, raw, options.progressIntervalMs),
    pump(child.stderr as Readable, stderr, raw, options.progressIntervalMs),
  ]);

  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; error: string | null }>((resolve) => {
    child.once('error', (error) => resolve({ code: null, signal: null, error: error.message }));
    child.once('exit', (code, signal) => resolve({ code, signal, error: null }));
  });
  ended = true;
  const endedAt = new Date();
  const durationSeconds = (performance.now() - started) / 1000;

  // Grandchildren do not outlive the child: what is left of its group gets SIGTERM, then SIGKILL.
  // Members killed with the child take a moment to die: look again for a short while before calling them leftovers.
  if (exit.error === null) await waitForGroupExit(group, 250);
  if (exit.error === null && groupAlive(group)) {
    emit({ kind: 'leftovers', signal: 'SIGTERM' });
    signalGroup('SIGTERM');
    await waitForGroupExit(group, Math.min(graceMs, LEFTOVER_GRACE_MS));
    if (groupAlive(group)) {
      emit({ kind: 'leftovers', signal: 'SIGKILL' });
      signalGroup('SIGKILL');
    }
  }
  await Promise.race([drained, new Promise((resolve) => later(PIPE_DRAIN_MS, () => resolve(undefined)))]);
  child.stdout?.destroy();
  child.stderr?.destroy();
  for (const timer of timers) clearTimeout(timer);
  for (const [signal, handler] of handlers) process.off(signal, handler);
  await closeRaw(raw);

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

async function waitForGroupExit(group: number | undefined, ms: number): Promise<void> {
  const deadline = performance.now() + ms;
  while (groupAlive(group) && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Copies a child's stream to the raw log as is and to the live output collapsed, honouring backpressure. */
function pump(source: Readable, live: Writable, raw: WriteStream | undefined, progressIntervalMs: number | undefined): Promise<void> {
  const collapser = new ProgressCollapser(live, progressIntervalMs);
  return new Promise((resolve) => {
    source.on('data', (chunk: Buffer) => {
      const rawFull = raw !== undefined && !raw.write(chunk);
      collapser.write(chunk);
      const liveFull = live.writableNeedDrain;
      if (rawFull || liveFull) {
        source.pause();
        let waiting = Number(rawFull) + Number(liveFull);
        const resume = () => {
          waiting -= 1;
          if (waiting === 0) source.resume();
        };
        if (rawFull) raw.once('drain', resume);
        if (liveFull) live.once('drain', resume);
      }
    });
    const done = () => {
      collapser.end();
      resolve();
    };
    source.once('end', done);
    source.once('close', done);
    source.once('error', done);
  });
}

function closeRaw(raw: WriteStream | undefined): Promise<void> {
  if (raw === undefined) return Promise.resolve();
  return new Promise((resolve) => raw.end(() => resolve()));
}

/**
 * The exit code `crucible train` exits with, as ARCHITECTURE.md says: the child's own, 124 when the time budget
 * stopped it, 128+N when signal N killed it, 2 when it could not start.
 */
export function exitCodeOf(result: SuperviseResult): number {
  if (result.spawnError !== null) return 2;
  if (result.timedOut) return 124;
  if (result.exitCode !== null) return result.exitCode;
  if (result.signal !== null) return 128 + (constants.signals[result.signal] ?? 0);
  return 1;
}
