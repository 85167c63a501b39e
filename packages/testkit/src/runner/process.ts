/**
 * The runner simulator's process half: each phase as the runner starts it. The runner's folders and variables,
 * the environment layered as the runner layers it, fresh file-command files whose results reach later phases,
 * `node <script>` in its own process group with its output read line by line for workflow commands, the step's
 * timeout, and the runner's cancellation ladder (SIGINT, SIGTERM, SIGKILL). What runs, and with which inputs,
 * comes from manifest.ts; simulator.ts puts the two together.
 */

import { spawn } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import {
  createFileCommandFiles,
  readFileCommands,
  removeFileCommandFiles,
  type FileCommandPaths,
} from './file-commands.ts';
import type { ActionManifest, ResolvedInputs } from './manifest.ts';
import {
  addAnnotation,
  createCommandProcessor,
  type CommandLog,
  type Phase,
  type PhaseCommandValues,
} from './workflow-commands.ts';

const DEFAULT_TIMEOUT_MS = 120_000;
const RUNNER_SIGINT_TIMEOUT_MS = 7_500;
const RUNNER_SIGTERM_TIMEOUT_MS = 2_500;
/** After a process exits the runner waits this long for its output pipes to close (a grandchild may hold them). */
const OUTPUT_GRACE_MS = 5_000;

/** How one phase's process ended (ActionRun.phases). */
export interface PhaseRun {
  phase: Phase;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  durationMs: number;
}

// ---------------------------------------------------------------------------------------------------------------
// The runner's folders, and a phase's environment and file commands

export interface RunnerDirectories {
  /** Everything the simulator made, removed at the end unless keepTemp. */
  root: string;
  runnerTemp: string;
  toolCache: string;
  workspace: string;
  eventPath: string;
}

/** RUNNER_TEMP, the tool cache and the workspace (`workspace`, or a fresh one) in a new temporary folder. */
export async function createRunnerDirectories(workspace: string | undefined): Promise<RunnerDirectories> {
  const root = await mkdtemp(join(tmpdir(), 'crucible-runner-'));
  const runnerTemp = join(root, 'temp');
  const directories: RunnerDirectories = {
    root,
    runnerTemp,
    toolCache: join(root, 'tool-cache'),
    workspace: workspace === undefined ? join(root, 'workspace') : resolve(workspace),
    // Where the runner writes the payload before each step.
    eventPath: join(runnerTemp, '_github_workflow', 'event.json'),
  };
  for (const path of [directories.toolCache, directories.workspace, dirname(directories.eventPath)]) {
    await mkdir(path, { recursive: true });
  }
  return directories;
}

/** Everything the phases of one run share and accumulate. */
export interface RunState {
  log: CommandLog;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  exportedEnv: Record<string, string>;
  addedPath: string[];
  state: Record<string, string>;
  phases: PhaseRun[];
  failed: boolean;
  timedOut: boolean;
}

/** What of the caller's options a phase reads: RunActionOptions' fields of these names (simulator.ts). */
export interface PhaseOptions {
  env?: Record<string, string>;
  cwd?: string;
  node?: string;
  timeoutMs?: number;
}

/** What every phase of one run reads. */
export interface RunContext {
  manifest: ActionManifest;
  options: PhaseOptions;
  directories: RunnerDirectories;
  cancellation: Cancellation;
  /** Process groups started, killed at the end of the run. */
  groups: number[];
  runnerEnv: Record<string, string>;
  /** GITHUB_EVENT_NAME and GITHUB_EVENT_PATH, which must describe the payload written, whatever env says. */
  eventEnv: Record<string, string>;
  inputs: ResolvedInputs;
}

/** The variables the runner sets for every step, before the caller's env goes on top. */
export function runnerVariables(manifest: ActionManifest, directories: RunnerDirectories): Record<string, string> {
  return {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'crucible-simulator',
    RUNNER_TEMP: directories.runnerTemp,
    RUNNER_TOOL_CACHE: directories.toolCache,
    GITHUB_WORKSPACE: directories.workspace,
    GITHUB_ACTION_PATH: manifest.directory,
    // The id the runner gives a step that has none.
    GITHUB_ACTION: `__${basename(manifest.directory)}`,
  };
}

/** Runner-owned names: they beat what an earlier phase exported, while a plain workflow variable does not. */
function isContextVariable(name: string): boolean {
  return /^(GITHUB|RUNNER|ACTIONS)_/.test(name) || name === 'CI';
}

/**
 * Layered as the runner layers them: a minimal base (so tests are hermetic), workflow env, what earlier phases
 * exported, STATE_*, INPUT_*, PATH with GITHUB_PATH entries in front (last added first), then the runner's and
 * the caller's context variables, then the event's name and path and the step's own file-command files, which
 * nothing may override.
 */
function phaseEnvironment(context: RunContext, run: RunState, files: FileCommandPaths): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of ['PATH', 'HOME', 'LANG', 'TMPDIR']) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  const given = Object.entries(context.options.env ?? {});
  for (const [name, value] of given) if (!isContextVariable(name)) env[name] = value;
  Object.assign(env, run.exportedEnv);
  for (const [name, value] of Object.entries(run.state)) env[`STATE_${name}`] = value;
  Object.assign(env, context.inputs.env);
  if (run.addedPath.length > 0) env['PATH'] = [...run.addedPath].reverse().concat(env['PATH'] ?? []).join(delimiter);
  Object.assign(env, context.runnerEnv);
  for (const [name, value] of given) if (isContextVariable(name)) env[name] = value;
  return Object.assign(env, context.eventEnv, files);
}

/** One phase: fresh file-command files, `node <script>`, then what its commands and files said, added to `run`. */
export async function runPhase(context: RunContext, run: RunState, phase: Phase, script: string): Promise<PhaseOutcome> {
  const { manifest, options, directories } = context;
  if (context.inputs.unexpected.length > 0) {
    // Every phase loads the inputs again, so the runner repeats this warning in pre, main and post.
    const unexpected = context.inputs.unexpected.join("', '");
    const valid = manifest.inputs.map((input) => input.name).join("', '");
    const message = `Unexpected input(s) '${unexpected}', valid inputs are ['${valid}']`;
    addAnnotation(run.log, { level: 'warning', message, phase });
  }
  const files = await createFileCommandFiles(directories.runnerTemp);
  const values: PhaseCommandValues = { outputs: {}, state: {}, failed: false };
  const processLine = createCommandProcessor(phase, directories.workspace, run.log, values);
  const outcome = await startProcess({
    node: options.node ?? process.execPath,
    script,
    cwd: options.cwd ?? directories.workspace,
    env: phaseEnvironment(context, run, files),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    cancellation: context.cancellation,
    groups: context.groups,
    onText: (stream, text) => {
      run[stream] += text;
    },
    onLine: processLine,
  });
  const fileResults = await readFileCommands(files);
  await removeFileCommandFiles(files);

  for (const { message, failsStep } of fileResults.errors) {
    addAnnotation(run.log, { level: 'error', message, phase });
    if (failsStep) values.failed = true;
  }
  applyExports(run, phase, fileResults.env);
  for (const entry of fileResults.path) {
    // The runner moves a directory added again to the front rather than listing it twice.
    run.addedPath = run.addedPath.filter((path) => path !== entry).concat(entry);
  }
  Object.assign(run.state, values.state, fileResults.state);
  if (phase === 'main') run.outputs = { ...values.outputs, ...fileResults.outputs };
  // The runner masks the summary a line at a time before it uploads it.
  run.summary += fileResults.summary
    .split('\n')
    .map((line) => run.log.masker.mask(line))
    .join('\n');

  run.phases.push({ phase, exitCode: outcome.exitCode, signal: outcome.signal, durationMs: outcome.durationMs });
  run.timedOut ||= outcome.timedOut;
  if (outcome.exitCode !== 0 || values.failed) run.failed = true;
  return outcome;
}

function applyExports(run: RunState, phase: Phase, exported: Record<string, string>): void {
  for (const [name, value] of Object.entries(exported)) {
    // The runner refuses this one: it would let a step inject code into every later node process.
    if (name.toUpperCase() === 'NODE_OPTIONS') {
      const message = "Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.";
      addAnnotation(run.log, { level: 'error', message, phase });
      continue;
    }
    run.exportedEnv[name] = value;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Processes, timeouts and cancellation

/** How a run is cancelled: RunActionOptions' fields of these names (simulator.ts). */
export interface CancellationOptions {
  signal?: AbortSignal;
  cancelAfterMs?: number;
  sigintTimeoutMs?: number;
  sigtermTimeoutMs?: number;
}

/**
 * A job's cancellation: requested once, by the caller's signal or after cancelAfterMs. Only the phase running at
 * that moment is signalled; phases after it run unsignalled when their condition allows, like `always()` posts.
 */
export class Cancellation {
  readonly sigintTimeoutMs: number;
  readonly sigtermTimeoutMs: number;
  #requested = false;
  #onRequest: (() => void) | undefined;
  readonly #timer: NodeJS.Timeout | undefined;
  readonly #signal: AbortSignal | undefined;
  readonly #abort = () => this.request();

  constructor(options: CancellationOptions) {
    this.sigintTimeoutMs = options.sigintTimeoutMs ?? RUNNER_SIGINT_TIMEOUT_MS;
    this.sigtermTimeoutMs = options.sigtermTimeoutMs ?? RUNNER_SIGTERM_TIMEOUT_MS;
    this.#signal = options.signal;
    if (this.#signal?.aborted === true) this.#requested = true;
    this.#signal?.addEventListener('abort', this.#abort, { once: true });
    if (options.cancelAfterMs !== undefined) this.#timer = setTimeout(this.#abort, options.cancelAfterMs);
  }

  get requested(): boolean {
    return this.#requested;
  }

  request(): void {
    if (this.#requested) return;
    this.#requested = true;
    this.#onRequest?.();
  }

  /** Calls `listener` if cancellation is requested before `release`. */
  watch(listener: () => void): void {
    this.#onRequest = listener;
  }

  release(): void {
    this.#onRequest = undefined;
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#signal?.removeEventListener('abort', this.#abort);
  }
}

interface ProcessSpec {
  node: string;
  script: string;
  cwd: string;
  env: Record<string, string>;
  timeoutMs: number;
  cancellation: Cancellation;
  groups: number[];
  onText: (stream: 'stdout' | 'stderr', text: string) => void;
  onLine: (line: string) => void;
}

export interface PhaseOutcome {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  durationMs: number;
  timedOut: boolean;
}

async function startProcess(spec: ProcessSpec): Promise<PhaseOutcome> {
  const started = performance.now();
  // Its own process group (detached), so that a timeout can take down everything the action started.
  const child = spawn(spec.node, [spec.script], {
    cwd: spec.cwd,
    env: spec.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit, rejectExit) => {
    child.once('exit', (code, signal) => resolveExit({ code, signal }));
    child.once('error', (error) => {
      rejectExit(new Error(`Could not start ${spec.node} ${spec.script}: ${error.message}`));
    });
  });
  const output = Promise.all([
    readLines(child.stdout, (text) => spec.onText('stdout', text), spec.onLine),
    readLines(child.stderr, (text) => spec.onText('stderr', text), spec.onLine),
  ]);
  const pid = child.pid;
  if (pid === undefined) {
    await exited;
    throw new Error(`Could not start ${spec.node} ${spec.script}.`);
  }
  spec.groups.push(pid);

  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    signalProcess(-pid, 'SIGKILL');
  }, spec.timeoutMs);
  if (!spec.cancellation.requested) {
    spec.cancellation.watch(() => void cancelLikeTheRunner(pid, exited, spec.cancellation));
  }
  try {
    const { code, signal } = await exited;
    if (!(await settlesWithin(output, OUTPUT_GRACE_MS))) {
      child.stdout.destroy();
      child.stderr.destroy();
      await output;
    }
    return { exitCode: code, signal, durationMs: Math.round(performance.now() - started), timedOut };
  } finally {
    clearTimeout(timer);
    spec.cancellation.release();
  }
}

/**
 * The runner's ladder for a cancelled step: SIGINT to the step's process (not its group), SIGTERM if it is still
 * there after the first wait, SIGKILL after the second. A child that is not forwarded the signal keeps running.
 */
async function cancelLikeTheRunner(pid: number, exited: Promise<unknown>, cancellation: Cancellation): Promise<void> {
  const ladder: Array<[NodeJS.Signals, number]> = [
    ['SIGINT', cancellation.sigintTimeoutMs],
    ['SIGTERM', cancellation.sigtermTimeoutMs],
  ];
  for (const [signal, waitMs] of ladder) {
    signalProcess(pid, signal);
    if (await settlesWithin(exited, waitMs)) return;
  }
  signalProcess(pid, 'SIGKILL');
}

/** A negative pid signals the process group. A process already gone (or a pid since reused) is not an error. */
export function signalProcess(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ESRCH' && code !== 'EPERM') throw error;
  }
}

function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolveWait) => {
    const timer = setTimeout(() => resolveWait(false), ms);
    void promise.then(() => {
      clearTimeout(timer);
      resolveWait(true);
    });
  });
}

/**
 * Decodes a stream and hands out whole lines the way .NET's ReadLine splits them (LF, CR or CRLF), which is how
 * the runner reads a step's output; a last line without a newline still counts.
 */
function readLines(stream: Readable, onText: (text: string) => void, onLine: (line: string) => void): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  const take = (text: string) => {
    onText(text);
    pending += text;
    // A trailing CR may be the first half of a CRLF still in the pipe.
    const held = pending.endsWith('\r') ? '\r' : '';
    const lines = pending.slice(0, pending.length - held.length).split(/\r\n|\r|\n/);
    pending = (lines.pop() ?? '') + held;
    for (const line of lines) onLine(line);
  };
  return new Promise((resolveRead) => {
    stream.on('data', (chunk: Buffer) => take(decoder.write(chunk)));
    stream.once('close', () => {
      const rest = decoder.end();
      if (rest !== '') take(rest);
      if (pending !== '') onLine(pending.replace(/\r$/, ''));
      resolveRead();
    });
  });
}
