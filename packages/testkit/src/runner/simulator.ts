import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { CrucibleError } from '@crucible/core';
import { parse } from 'yaml';
import { pullRequestEvent, pushEvent, workflowDispatchEvent, workflowRunEvent, type GitHubEvent } from './events.ts';
import {
  createFileCommandFiles,
  readFileCommands,
  removeFileCommandFiles,
  type FileCommandPaths,
} from './file-commands.ts';
import {
  addAnnotation,
  createCommandLog,
  createCommandProcessor,
  type Annotation,
  type CommandLog,
  type Phase,
  type PhaseCommandValues,
} from './workflow-commands.ts';

export interface RunActionOptions {
  /** Folder holding the action's action.yml, like `actions/report`. */
  action: string;
  /** The step's `with:`. */
  inputs?: Record<string, string>;
  /**
   * Extra environment: the loopback GitHub's GITHUB_API_URL, GITHUB_REPOSITORY, ACTIONS_RUNTIME_TOKEN and so on,
   * and any workflow `env:`. GITHUB_TOKEN here is also what `${{ github.token }}` evaluates to.
   */
  env?: Record<string, string>;
  /**
   * The event and its payload. Defaults to a payload of env's GITHUB_EVENT_NAME (else workflow_dispatch) for env's
   * GITHUB_REPOSITORY. Its name is GITHUB_EVENT_NAME whatever env says, so that name and payload always agree.
   */
  event?: GitHubEvent;
  /** GITHUB_WORKSPACE; defaults to a fresh temporary folder. A folder you pass is never deleted. */
  workspace?: string;
  /** Working directory of the process; defaults to the workspace, as on the runner. */
  cwd?: string;
  /** Intra-action state present from the start, as if saved by an earlier phase; arrives as STATE_<name>. */
  state?: Record<string, string>;
  /** Limit of each phase, like a step's timeout-minutes; on expiry the process group is killed. */
  timeoutMs?: number;
  /** The node binary; defaults to the one running the tests. */
  node?: string;
  /** Cancels the run the way the runner cancels a job when it aborts. */
  signal?: AbortSignal;
  /** Cancels the run this long after it starts. */
  cancelAfterMs?: number;
  /** How long a cancelled process gets after SIGINT before SIGTERM; the runner waits 7.5 s. */
  sigintTimeoutMs?: number;
  /** How long it gets after SIGTERM before SIGKILL; the runner waits 2.5 s. */
  sigtermTimeoutMs?: number;
  /** Keep RUNNER_TEMP (and a workspace the simulator made) for inspection. */
  keepTemp?: boolean;
  /** The job's matrix leg, for defaults like `${{ toJSON(matrix) }}`; null (no matrix) by default. */
  matrix?: Record<string, unknown> | null;
}

export interface PhaseRun {
  phase: Phase;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  durationMs: number;
}

export interface ActionRun {
  /** What the job would show: cancelled, else failure when any phase failed, else success. */
  conclusion: 'success' | 'failure' | 'cancelled';
  /** Of main, or of pre when main never started. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  cancelled: boolean;
  /** What later steps see as `steps.<id>.outputs`: those main set. */
  outputs: Record<string, string>;
  /** The step summaries of the phases that ran, in order, masked. */
  summary: string;
  annotations: Annotation[];
  /** Every value masked in the log: the tokens given in env, then each add-mask. */
  masks: string[];
  exportedEnv: Record<string, string>;
  addedPath: string[];
  state: Record<string, string>;
  debug: string[];
  groups: string[];
  /** stdout and stderr lines in arrival order, masked, commands rendered as the runner renders them. */
  log: string;
  /** Raw and unmasked, to assert on what the process actually wrote. */
  stdout: string;
  stderr: string;
  phases: PhaseRun[];
  /** Names of the legacy stdout commands used (set-output, save-state), once per use. */
  deprecatedCommands: string[];
  workspace: string;
  runnerTemp: string;
}

/** action.yml is missing, malformed, or asks for something the simulator does not do. */
export class ActionManifestError extends CrucibleError {
  constructor(message: string) {
    super(message);
    this.name = 'ActionManifestError';
  }
}

const DEFAULT_TIMEOUT_MS = 120_000;
const RUNNER_SIGINT_TIMEOUT_MS = 7_500;
const RUNNER_SIGTERM_TIMEOUT_MS = 2_500;
/** After a process exits the runner waits this long for its output pipes to close (a grandchild may hold them). */
const OUTPUT_GRACE_MS = 5_000;
/** The runner masks these from the start of the job. */
const TOKEN_VARIABLES = ['GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'];

/**
 * Starts the action the way the GitHub runner does: pre (if its pre-if holds), main, then post (if pre or main ran
 * and its post-if holds), each a `node <script>` in its own process group with the runner's environment, and
 * returns what a person would see on github.com plus the raw output.
 */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const manifest = await readActionManifest(resolve(options.action));
  const directories = await createRunnerDirectories(options);
  const cancellation = new Cancellation(options);
  const groups: number[] = [];
  try {
    return await runPhases(manifest, options, directories, cancellation, groups);
  } finally {
    cancellation.dispose();
    // Like the runner's orphan-process cleanup at the end of a job: whatever a phase left behind dies now.
    for (const pid of groups) signalProcess(-pid, 'SIGKILL');
    if (options.keepTemp !== true) await rm(directories.root, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// action.yml

type StatusCondition = 'always' | 'success' | 'failure' | 'cancelled';

interface ActionManifest {
  file: string;
  directory: string;
  inputs: Array<{ name: string; default: string | undefined }>;
  main: string;
  pre: string | undefined;
  post: string | undefined;
  preIf: StatusCondition;
  postIf: StatusCondition;
}

async function readActionManifest(directory: string): Promise<ActionManifest> {
  // The runner accepts either name and prefers action.yml.
  const file = ['action.yml', 'action.yaml'].map((name) => join(directory, name)).find((path) => existsSync(path));
  if (file === undefined) {
    throw new ActionManifestError(
      `${join(directory, 'action.yml')} does not exist. Pass as "action" the folder that holds the action's ` +
        'action.yml (like actions/report), not its bundle.',
    );
  }
  const document = parseYaml(file, await readFile(file, 'utf8'));
  const runs = document['runs'];
  if (!isRecord(runs)) {
    throw new ActionManifestError(
      `${file}: "runs" is missing. A JavaScript action needs runs.using (node20 or node24) and runs.main.`,
    );
  }
  const using = runs['using'];
  if (using !== 'node20' && using !== 'node24') {
    throw new ActionManifestError(
      `${file}: runs.using is ${JSON.stringify(using ?? null)}; the runner simulator starts JavaScript actions only, ` +
        'so set it to node20 or node24.',
    );
  }
  return {
    file,
    directory,
    inputs: readInputs(file, document['inputs']),
    main: readScript(file, directory, runs, 'main'),
    pre: runs['pre'] === undefined ? undefined : readScript(file, directory, runs, 'pre'),
    post: runs['post'] === undefined ? undefined : readScript(file, directory, runs, 'post'),
    preIf: readCondition(file, runs, 'pre-if'),
    postIf: readCondition(file, runs, 'post-if'),
  };
}

function parseYaml(file: string, text: string): Record<string, unknown> {
  let document: unknown;
  try {
    // The failsafe schema keeps every scalar as written, as the runner reads `default: 1.10` as "1.10".
    document = parse(text, { schema: 'failsafe' });
  } catch (error) {
    throw new ActionManifestError(`${file} is not valid YAML: ${(error as Error).message}`);
  }
  if (!isRecord(document)) {
    throw new ActionManifestError(`${file} must be a YAML mapping with "name", "inputs" and "runs"; fix the file.`);
  }
  return document;
}

function readInputs(file: string, inputs: unknown): ActionManifest['inputs'] {
  if (inputs === undefined || inputs === '') return [];
  if (!isRecord(inputs)) {
    throw new ActionManifestError(`${file}: "inputs" must map each input name to its description and default.`);
  }
  return Object.entries(inputs).map(([name, spec]) => {
    const value = isRecord(spec) ? spec['default'] : undefined;
    if (value !== undefined && typeof value !== 'string') {
      throw new ActionManifestError(`${file}: inputs.${name}.default must be a single value, not a list or a mapping.`);
    }
    return { name, default: value };
  });
}

function readScript(
  file: string,
  directory: string,
  runs: Record<string, unknown>,
  key: 'main' | 'pre' | 'post',
): string {
  const value = runs[key];
  if (typeof value !== 'string' || value === '') {
    throw new ActionManifestError(`${file}: runs.${key} must name the script to start, like dist/index.js.`);
  }
  const script = resolve(directory, value);
  if (!existsSync(script)) {
    throw new ActionManifestError(
      `${file}: runs.${key} is "${value}", but ${script} does not exist. ` +
        'Build the action (pnpm run build) or fix the path.',
    );
  }
  return script;
}

function readCondition(file: string, runs: Record<string, unknown>, key: 'pre-if' | 'post-if'): StatusCondition {
  const value = runs[key];
  if (value === undefined) return 'always';
  const match = /^(?:\$\{\{\s*)?(always|success|failure|cancelled)\(\)(?:\s*\}\})?$/.exec(String(value).trim());
  if (typeof value !== 'string' || match?.[1] === undefined) {
    throw new ActionManifestError(
      `${file}: runs.${key} is ${JSON.stringify(value)}; the runner simulator understands only always(), success(), ` +
        'failure() and cancelled(). Use one of them, or test this condition on a real runner.',
    );
  }
  return match[1] as StatusCondition;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------------------------------------------
// Inputs and the expressions their defaults may hold

/** github.* properties the runner exports as GITHUB_<NAME>, so a default can be evaluated from the environment. */
const GITHUB_PROPERTIES = new Set([
  'action', 'action_path', 'action_ref', 'action_repository', 'actor', 'actor_id', 'api_url', 'base_ref',
  'event_name', 'event_path', 'graphql_url', 'head_ref', 'job', 'ref', 'ref_name', 'ref_protected', 'ref_type',
  'repository', 'repository_id', 'repository_owner', 'repository_owner_id', 'retention_days', 'run_attempt',
  'run_id', 'run_number', 'server_url', 'sha', 'token', 'triggering_actor', 'workflow', 'workflow_ref',
  'workflow_sha', 'workspace',
]);
const RUNNER_PROPERTIES = new Set(['name', 'os', 'arch', 'temp', 'tool_cache', 'debug', 'environment']);

interface ExpressionContext {
  /** Runner variables with options.env on top, where github.* and runner.* values come from. */
  env: Record<string, string>;
  event: GitHubEvent;
  matrix: Record<string, unknown> | null;
}

/** The runner's environment name for an input: upper-cased, spaces to `_`, hyphens kept. */
function inputVariable(name: string): string {
  return `INPUT_${name.replaceAll(' ', '_').toUpperCase()}`;
}

/**
 * INPUT_* for every declared input (given value, else evaluated default, else empty) and for every given one,
 * declared or not, plus the names given that action.yml does not declare.
 */
function resolveInputs(
  manifest: ActionManifest,
  given: Record<string, string>,
  context: ExpressionContext,
): { env: Record<string, string>; unexpected: string[] } {
  const env: Record<string, string> = {};
  for (const input of manifest.inputs) {
    env[inputVariable(input.name)] = evaluateDefault(manifest.file, input.name, input.default ?? '', context);
  }
  for (const [name, value] of Object.entries(given)) env[inputVariable(name)] = value;
  const declared = new Set(manifest.inputs.map((input) => input.name.toLowerCase()));
  return { env, unexpected: Object.keys(given).filter((name) => !declared.has(name.toLowerCase())) };
}

function evaluateDefault(file: string, input: string, template: string, context: ExpressionContext): string {
  return template.replace(/\$\{\{(.*?)\}\}/gs, (_, expression: string) => {
    const value = evaluateReference(expression.trim(), context);
    if (value === undefined) {
      throw new ActionManifestError(
        `${file}: the default of input "${input}" is "${template}", and the runner simulator cannot evaluate ` +
          `"${expression.trim()}". It knows github.<property>, github.event.<path> and runner.<property>; pass the ` +
          'input in "inputs" instead.',
      );
    }
    return value;
  });
}

/** A plain context reference evaluated as the runner would, or undefined when it is anything else. */
function evaluateReference(expression: string, context: ExpressionContext): string | undefined {
  // The runner's toJSON(matrix) is pretty-printed JSON, and "null" outside a matrix job.
  if (/^toJSON\(\s*matrix\s*\)$/i.test(expression)) return JSON.stringify(context.matrix, null, 2);
  const match = /^(github|runner)((?:\.[A-Za-z_][\w-]*)+)$/i.exec(expression);
  if (match === null) return undefined;
  const scope = (match[1] ?? '').toLowerCase();
  const [property = '', ...path] = (match[2] ?? '').slice(1).split('.');
  const name = property.toLowerCase();
  if (scope === 'github' && name === 'event') return stringifyValue(lookupPath(context.event.payload, path));
  if (path.length > 0) return undefined;
  if (scope === 'github' && GITHUB_PROPERTIES.has(name)) return context.env[`GITHUB_${name.toUpperCase()}`] ?? '';
  if (scope === 'runner' && RUNNER_PROPERTIES.has(name)) return context.env[`RUNNER_${name.toUpperCase()}`] ?? '';
  return undefined;
}

/** Context lookups in the runner ignore case. */
function lookupPath(value: unknown, path: string[]): unknown {
  let current = value;
  for (const segment of path) {
    if (!isRecord(current)) return undefined;
    const key = Object.keys(current).find((candidate) => candidate.toLowerCase() === segment.toLowerCase());
    current = key === undefined ? undefined : current[key];
  }
  return current;
}

function stringifyValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

// ---------------------------------------------------------------------------------------------------------------
// The run

interface RunnerDirectories {
  /** Everything the simulator made, removed at the end unless keepTemp. */
  root: string;
  runnerTemp: string;
  toolCache: string;
  workspace: string;
  eventPath: string;
}

async function createRunnerDirectories(options: RunActionOptions): Promise<RunnerDirectories> {
  const root = await mkdtemp(join(tmpdir(), 'crucible-runner-'));
  const runnerTemp = join(root, 'temp');
  const directories: RunnerDirectories = {
    root,
    runnerTemp,
    toolCache: join(root, 'tool-cache'),
    workspace: options.workspace === undefined ? join(root, 'workspace') : resolve(options.workspace),
    // Where the runner writes the payload before each step.
    eventPath: join(runnerTemp, '_github_workflow', 'event.json'),
  };
  for (const path of [directories.toolCache, directories.workspace, dirname(directories.eventPath)]) {
    await mkdir(path, { recursive: true });
  }
  return directories;
}

/** Everything the phases of one run share and accumulate. */
interface RunState {
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

interface RunContext {
  manifest: ActionManifest;
  options: RunActionOptions;
  directories: RunnerDirectories;
  cancellation: Cancellation;
  /** Process groups started, killed at the end of the run. */
  groups: number[];
  runnerEnv: Record<string, string>;
  /** GITHUB_EVENT_NAME and GITHUB_EVENT_PATH, which must describe the payload written, whatever env says. */
  eventEnv: Record<string, string>;
  inputs: { env: Record<string, string>; unexpected: string[] };
}

const EVENT_BUILDERS: Record<string, (options: { repository?: string }) => GitHubEvent> = {
  pull_request: pullRequestEvent,
  push: pushEvent,
  workflow_dispatch: workflowDispatchEvent,
  workflow_run: workflowRunEvent,
};

/** A payload that agrees with the env the caller gives (the loopback GitHub names the event and repository). */
function defaultEvent(env: Record<string, string>): GitHubEvent {
  const name = env['GITHUB_EVENT_NAME'] ?? 'workflow_dispatch';
  const build = EVENT_BUILDERS[name];
  if (build === undefined) return { name, payload: {} };
  return build(env['GITHUB_REPOSITORY'] === undefined ? {} : { repository: env['GITHUB_REPOSITORY'] });
}

async function runPhases(
  manifest: ActionManifest,
  options: RunActionOptions,
  directories: RunnerDirectories,
  cancellation: Cancellation,
  groups: number[],
): Promise<ActionRun> {
  const event = options.event ?? defaultEvent(options.env ?? {});
  await writeFile(directories.eventPath, JSON.stringify(event.payload, null, 2));
  const runnerEnv = runnerVariables(manifest, directories);
  const eventEnv = { GITHUB_EVENT_NAME: event.name, GITHUB_EVENT_PATH: directories.eventPath };
  const expressionEnv = { ...runnerEnv, ...options.env, ...eventEnv };
  const inputs = resolveInputs(manifest, options.inputs ?? {}, { env: expressionEnv, event, matrix: options.matrix ?? null });
  const context: RunContext = { manifest, options, directories, cancellation, groups, runnerEnv, eventEnv, inputs };
  const run = createRunState(options);

  const outcomes: Partial<Record<Phase, PhaseOutcome>> = {};
  const status = () => ({ failed: run.failed, cancelled: cancellation.requested });
  if (manifest.pre !== undefined && conditionHolds(manifest.preIf, status())) {
    outcomes.pre = await runPhase(context, run, 'pre', manifest.pre);
  }
  if (!run.failed && !cancellation.requested) outcomes.main = await runPhase(context, run, 'main', manifest.main);
  // The runner registers post when pre or main runs, so a failed pre still gets its cleanup.
  const started = outcomes.pre !== undefined || outcomes.main !== undefined;
  if (manifest.post !== undefined && started && conditionHolds(manifest.postIf, status())) {
    outcomes.post = await runPhase(context, run, 'post', manifest.post);
  }
  return toActionRun(run, outcomes.main ?? outcomes.pre, cancellation.requested, directories);
}

function createRunState(options: RunActionOptions): RunState {
  const log = createCommandLog();
  for (const name of TOKEN_VARIABLES) {
    const token = options.env?.[name];
    if (token !== undefined) log.masker.add(token);
  }
  return {
    log,
    stdout: '',
    stderr: '',
    outputs: {},
    summary: '',
    exportedEnv: {},
    addedPath: [],
    state: { ...options.state },
    phases: [],
    failed: false,
    timedOut: false,
  };
}

function conditionHolds(
  condition: StatusCondition,
  { failed, cancelled }: { failed: boolean; cancelled: boolean },
): boolean {
  switch (condition) {
    case 'always':
      return true;
    case 'success':
      return !failed && !cancelled;
    case 'failure':
      return failed && !cancelled;
    case 'cancelled':
      return cancelled;
  }
}

/** The variables the runner sets for every step, before the caller's env goes on top. */
function runnerVariables(manifest: ActionManifest, directories: RunnerDirectories): Record<string, string> {
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

async function runPhase(context: RunContext, run: RunState, phase: Phase, script: string): Promise<PhaseOutcome> {
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

function toActionRun(
  run: RunState,
  step: PhaseOutcome | undefined,
  cancelled: boolean,
  directories: RunnerDirectories,
): ActionRun {
  return {
    conclusion: cancelled ? 'cancelled' : run.failed ? 'failure' : 'success',
    exitCode: step?.exitCode ?? null,
    signal: step?.signal ?? null,
    timedOut: run.timedOut,
    cancelled,
    outputs: run.outputs,
    summary: run.summary,
    annotations: run.log.annotations,
    masks: run.log.masker.values,
    exportedEnv: run.exportedEnv,
    addedPath: run.addedPath,
    state: run.state,
    debug: run.log.debug,
    groups: run.log.groups,
    log: run.log.lines.join('\n'),
    stdout: run.stdout,
    stderr: run.stderr,
    phases: run.phases,
    deprecatedCommands: run.log.deprecatedCommands,
    workspace: directories.workspace,
    runnerTemp: directories.runnerTemp,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Processes, timeouts and cancellation

/**
 * A job's cancellation: requested once, by the caller's signal or after cancelAfterMs. Only the phase running at
 * that moment is signalled; phases after it run unsignalled when their condition allows, like `always()` posts.
 */
class Cancellation {
  readonly sigintTimeoutMs: number;
  readonly sigtermTimeoutMs: number;
  #requested = false;
  #onRequest: (() => void) | undefined;
  readonly #timer: NodeJS.Timeout | undefined;
  readonly #signal: AbortSignal | undefined;
  readonly #abort = () => this.request();

  constructor(options: RunActionOptions) {
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

interface PhaseOutcome {
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
function signalProcess(pid: number, signal: NodeJS.Signals): void {
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
