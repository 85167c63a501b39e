/**
 * The runner simulator: `runAction` starts an action's bundle the way the GitHub runner starts a JavaScript action
 * (README.md, "The runner simulator"). Its halves are manifest.ts (action.yml, phase conditions, inputs and their
 * default expressions) and process.ts (each phase as a process: environment, file commands, timeouts, signals);
 * this module runs the phases in order and says what a person would see.
 */

import { rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pullRequestEvent, pushEvent, workflowDispatchEvent, workflowRunEvent, type GitHubEvent } from './events.ts';
import { conditionHolds, readActionManifest, resolveInputs, type ActionManifest } from './manifest.ts';
import {
  Cancellation,
  createRunnerDirectories,
  runnerVariables,
  runPhase,
  signalProcess,
  type PhaseOutcome,
  type PhaseRun,
  type RunContext,
  type RunnerDirectories,
  type RunState,
} from './process.ts';
import { createCommandLog, type Annotation, type Phase } from './workflow-commands.ts';

export { ActionManifestError } from './manifest.ts';
export type { PhaseRun } from './process.ts';

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

/** The runner masks these from the start of the job. */
const TOKEN_VARIABLES = ['GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'];

/**
 * Starts the action the way the GitHub runner does: pre (if its pre-if holds), main, then post (if pre or main ran
 * and its post-if holds), each a `node <script>` in its own process group with the runner's environment, and
 * returns what a person would see on github.com plus the raw output.
 */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const manifest = await readActionManifest(resolve(options.action));
  const directories = await createRunnerDirectories(options.workspace);
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
// The run

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
