import { renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { type Annotation, type Clock, emptyOutcome, type GitInfo, InputError, type Log, type Outcome, renderRunMarkdown, type RunEvidence, type RunnerInfo } from '@crucible/core';
import {
  commandText,
  launcherPrefix,
  type LauncherKind,
  pathBytes,
  preflight,
  type PreflightOptions,
  preflightSlurm,
  redactText,
  shellArgv,
  type SlurmBackend,
  type SlurmInputNames,
  type SlurmLauncher,
  type SlurmRequest,
  taskCommandLine,
  train,
  type TrainResult,
} from '@crucible/supervisor';
import { Outputs } from './outputs.ts';

/**
 * What train does, in one shape for the action and `crucible train`: check the machine (GPUs, disk), bring the
 * checkpoint back, run the command under the supervisor (its own process group, signals forwarded, time budget,
 * telemetry), write crucible/run@1 evidence, hand the evidence, the log and the model to later jobs, and say what
 * to show.
 */

/** What the run left for later jobs, saved before the command starts so that a cancelled job's post step can send it. */
export type PendingUpload = {
  evidence: string;
  /** The log artifact's name; null when upload-log is false. */
  log: string | null;
  folder: string;
  /** The command, secrets redacted, for a run.json post has to write itself. */
  command: string;
  startedAt: string;
  secrets: number;
  /** The Slurm job running the command, once submitted: post cancels it should main be killed before it ended. */
  slurmJobId?: string | undefined;
};

/** The Actions cache for the checkpoint folder; none in the CLI. */
export interface Checkpoints {
  /** Brings back the newest checkpoint for this job into `absolute` (creating it), and says which key it was. */
  restore(absolute: string): Promise<{ restoredKey: string | null }>;
}

/** Where the run's evidence, log and model go after the run: artifacts in the action; nowhere in the CLI. */
export interface RunUploads {
  /** Says, before the command starts, what to upload should the job be cancelled before main can. */
  pending(pending: PendingUpload): void;
  /** Uploads the evidence and the (redacted) log, and clears the pending upload. */
  run(pending: PendingUpload, secrets: readonly string[]): Promise<void>;
  /** Uploads the model files of the `outputs` paths. */
  model(name: string, paths: string[], cwd: string): Promise<void>;
}

/** A second cancel signal must not end the step before it has written the evidence. */
export interface Interrupts {
  hold(): { cancelled(): boolean; release(): void };
}

export type TrainPorts = {
  checkpoints: Checkpoints | undefined;
  uploads: RunUploads | undefined;
  /** The runner this job runs on (labels through the API where the token may read them); null off a runner. */
  runner: () => Promise<RunnerInfo | null>;
  interrupts: Interrupts;
  log: Log;
  clock: Clock;
};

export type TrainSettings = {
  cwd: string;
  /** The command: a `run:` script through a shell as the runner has it, or argv as typed (the CLI). */
  command: { kind: 'script'; script: string; shell: string; scriptsDir: string } | { kind: 'argv'; argv: string[] };
  /** The command's environment, the step's private variables already left out. */
  env: NodeJS.ProcessEnv;
  /** Values kept out of the log artifact and the evidence. */
  secrets: string[];
  /** GPU and disk requirements, checked before anything runs. */
  preflight: Omit<PreflightOptions, 'cwd' | 'env'>;
  timeBudgetSeconds: number | undefined;
  graceSeconds: number;
  /** After a forwarded SIGTERM, SIGKILL the group this long after; the runner's 2 s when unset. */
  killAfterTerm?: { ms: number; reason: string };
  telemetryIntervalSeconds: number;
  launcher: { kind: LauncherKind; nodes: number; gpusPerNode: number | undefined; nodeRank: number; masterAddr: string; masterPort: number };
  /** The checkpoint folder, relative to cwd, and the most the cache should keep. */
  checkpoint: { path: string; maxBytes: number } | undefined;
  metricsPath: string | undefined;
  paramsPath: string | undefined;
  dataPaths: string[];
  outputs: string[];
  /** run.json, train.log and telemetry.csv go here. */
  outDir: string;
  /** Artifact names of this leg (evidence, log, model); the log is uploaded only with uploadLog. */
  artifacts: { evidence: string; log: string; model: string };
  uploadLog: boolean;
  git: GitInfo;
  /** Where the command's output goes live; process.stdout when unset. */
  stdout?: Writable;
  /**
   * Where the command runs: here (local, the default), or as a Slurm batch job submitted from here. The request's
   * nodes and GPUs per node are the launcher's; `names` says how the user gave each field, for messages.
   */
  backend?: { kind: 'local' } | { kind: 'slurm'; request: SlurmRequest; names: SlurmInputNames; jobName: string };
};

export type TrainStepResult = TrainResult & { evidencePath: string };

type TrainOutput = (typeof Outputs)[keyof typeof Outputs];

/**
 * The command line of a Slurm job: each node's launcher words are built in the job (its rank from SLURM_NODEID, the
 * master from the allocation's first host), so a `run:` script gets them as shell words before its one line, and
 * argv as typed gets them from the job script.
 */
function slurmCommandLine(settings: TrainSettings, request: SlurmRequest): { argv: string[]; text: string; prefix: string[]; launcher: SlurmLauncher | undefined } {
  const { launcher } = settings;
  const slurmLauncher = launcher.kind === 'none' ? undefined : { kind: launcher.kind, gpusPerNode: launcher.gpusPerNode ?? request.gpusPerNode ?? 1, masterPort: launcher.masterPort };
  const words = slurmLauncher === undefined ? '' : taskCommandLine([], slurmLauncher);
  const prefix = words === '' ? [] : [words];
  if (settings.command.kind === 'argv') return { argv: settings.command.argv, text: [words, commandText(settings.command.argv)].filter(Boolean).join(' '), prefix, launcher: slurmLauncher };
  const { script, shell, scriptsDir } = settings.command;
  const text = words === '' ? script : `${words} ${script.trim()}`;
  // The words are in the script; the job script still exports MASTER_PORT, so it is given the port alone.
  return { argv: shellArgv(text, shell, scriptsDir), text, prefix, launcher: slurmLauncher === undefined ? undefined : { ...slurmLauncher, kind: 'none' } };
}

/** What the command line is: the launcher's words, then the script through its shell, or the argv as typed. */
function commandLine(settings: TrainSettings, gpus: number): { argv: string[]; text: string; prefix: string[] } {
  const { launcher } = settings;
  const prefix = launcherPrefix({ kind: launcher.kind, nodes: launcher.nodes, gpusPerNode: launcher.gpusPerNode ?? Math.max(1, gpus), nodeRank: launcher.nodeRank, masterAddr: launcher.masterAddr, masterPort: launcher.masterPort });
  if (settings.command.kind === 'argv') return { argv: [...prefix, ...settings.command.argv], text: commandText([...prefix, ...settings.command.argv]), prefix };
  const { script, shell, scriptsDir } = settings.command;
  const text = prefix.length === 0 ? script : `${commandText(prefix)} ${script.trim()}`;
  return { argv: shellArgv(text, shell, scriptsDir), text, prefix };
}

function stoppedBy(evidence: RunEvidence, resumable: boolean): string {
  if (evidence.timedOut) return `stopped by the time budget after ${evidence.durationSeconds}s${resumable ? '; the checkpoint is saved in post, and the next run resumes from it' : ''}`;
  return evidence.signal !== null ? `killed by ${evidence.signal}` : `exit code ${evidence.exitCode}`;
}

/** Writes run.json whole or not at all: a temporary file beside it, renamed into place. */
function writeEvidence(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function writeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return 'no space left on the disk';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission denied';
  if (code === 'EISDIR') return 'a folder is in its place';
  if (code === 'ENOENT') return 'its folder was removed';
  return code ?? (error as Error).message;
}

/** What a run leaves in its out folder: evidence, telemetry and log, each about that run only. */
const RUN_FILES = ['run.json', 'telemetry.csv', 'train.log'];

/**
 * Removes what an earlier run left in the out folder before anything can fail: a run that cannot start (a bad
 * launcher, a failed preflight, a command that is not there) writes no run.json, and an earlier one left beside it
 * would be read by report as this run's, a success. A link is removed, never what it points to.
 */
function clearEarlierRun(outDir: string): void {
  for (const name of RUN_FILES) {
    const path = join(outDir, name);
    try {
      unlinkSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') continue;
      throw new InputError(`Cannot remove ${path} left by an earlier run (${code ?? (error as Error).message}): remove it, or write this run's evidence to another folder.`);
    }
  }
}

export async function trainStep(settings: TrainSettings, ports: TrainPorts): Promise<Outcome<TrainOutput, TrainStepResult>> {
  const { log } = ports;
  clearEarlierRun(settings.outDir);
  if (settings.launcher.kind !== 'none') {
    if (settings.command.kind === 'script' && settings.command.script.trim().includes('\n')) {
      throw new InputError(`run: with launcher: ${settings.launcher.kind}, run is the one command the launcher starts on every GPU (like "train.py --epochs 3"), not a multi-line script.`);
    }
    if (settings.launcher.nodeRank >= settings.launcher.nodes) throw new InputError(`node-rank: ${settings.launcher.nodeRank} is not below nodes (${settings.launcher.nodes}); ranks count from 0.`);
  }
  const slurm = settings.backend?.kind === 'slurm' ? settings.backend : undefined;
  if (slurm !== undefined && settings.launcher.nodeRank !== 0) {
    throw new InputError(`node-rank: with backend: slurm each node's rank comes from the job (SLURM_NODEID); leave node-rank at 0.`);
  }
  // sbatch reads % in --output as a pattern and drops \: the job would write its log where nobody follows it.
  if (slurm !== undefined && /[%\\]/.test(settings.outDir)) {
    throw new InputError(
      `The run's folder ${settings.outDir} holds "%" or "\\", which sbatch reads as a pattern in the job's --output: give the run a name without them (artifact-name or the matrix values in the action, --out in crucible train).`,
    );
  }
  const checked = await log.group('Preflight', async () => {
    if (slurm === undefined) return preflight({ ...settings.preflight, cwd: settings.cwd, env: settings.env }, log);
    slurmGpuCheck(settings, slurm.request, slurm.names);
    // The GPUs are on the cluster's nodes, not here: only the disk the job shares with this machine is looked at.
    const local = await preflight({ ...settings.preflight, gpu: 'none', cwd: settings.cwd, env: settings.env }, log);
    const { partitions } = await preflightSlurm({ request: slurm.request, names: slurm.names, env: settings.env });
    log.info(`Slurm: the cluster accepts the job (sbatch --test-only)${partitions.length === 0 ? '' : `; partitions: ${partitions.join(', ')}`}.`);
    return local;
  });
  const first = checked.gpus[0];
  const outputs: Partial<Record<TrainOutput, string>> = {
    [Outputs.gpuCount]: String(checked.gpus.length),
    [Outputs.gpuModel]: first?.name ?? '',
    [Outputs.gpuMemoryMb]: first?.memoryTotalMiB == null ? '' : String(first.memoryTotalMiB),
    [Outputs.driverVersion]: first?.driverVersion ?? '',
    [Outputs.cudaVersion]: first?.cudaVersion ?? '',
  };

  // The checkpoint comes back before the run, and post saves it whatever happens next.
  let checkpoint: { path: string; restoredKey: string | null } | undefined;
  if (settings.checkpoint !== undefined && ports.checkpoints !== undefined) {
    const absolute = resolve(settings.cwd, settings.checkpoint.path);
    const { restoredKey } = await log.group('Restoring the checkpoint', () => (ports.checkpoints as Checkpoints).restore(absolute));
    checkpoint = { path: settings.checkpoint.path, restoredKey };
  }

  const command = slurm === undefined ? { ...commandLine(settings, checked.gpus.length), launcher: undefined } : slurmCommandLine(settings, slurm.request);
  const evidencePath = resolve(settings.outDir, 'run.json');
  const pending: PendingUpload = {
    evidence: settings.artifacts.evidence,
    log: settings.uploadLog ? settings.artifacts.log : null,
    folder: settings.outDir,
    command: redactText(command.text, settings.secrets).slice(0, 100_000),
    startedAt: ports.clock.now().toISOString(),
    secrets: settings.secrets.length,
  };
  // Should the runner cancel the job, main may not live to upload: post uploads whatever is there, from the start.
  // A Slurm run has something to upload once the job is submitted (a refusal at submission is no cancelled run).
  if (slurm === undefined) ports.uploads?.pending(pending);
  // The supervisor forwards the runner's signals while the command runs; after that, a second signal must not end
  // the step before it has written the evidence.
  const interrupts = ports.interrupts.hold();
  const backend: SlurmBackend | undefined =
    slurm === undefined
      ? undefined
      : {
          request: slurm.request,
          names: slurm.names,
          jobName: slurm.jobName,
          launcher: command.launcher,
          sampleGpus: settings.preflight.gpu !== 'none',
          onSubmitted: (jobId) => ports.uploads?.pending({ ...pending, slurmJobId: jobId }),
        };
  const ran = await train(
    {
      argv: command.argv,
      command: command.text,
      launcher: { kind: settings.launcher.kind, argv: command.prefix },
      cwd: settings.cwd,
      env: settings.env,
      timeBudgetSeconds: settings.timeBudgetSeconds,
      graceSeconds: settings.graceSeconds,
      telemetryIntervalSeconds: settings.telemetryIntervalSeconds,
      outDir: settings.outDir,
      metricsPath: settings.metricsPath,
      paramsPath: settings.paramsPath,
      dataPaths: settings.dataPaths,
      outputs: settings.outputs,
      git: settings.git,
      runner: await ports.runner(),
      preflight: checked,
      forwardSignals: true,
      ...(settings.killAfterTerm === undefined ? {} : { killAfterTermMs: settings.killAfterTerm.ms, killAfterTermReason: settings.killAfterTerm.reason }),
      checkpoint,
      ...(settings.stdout === undefined ? {} : { stdout: settings.stdout }),
      secrets: settings.secrets,
      slurm: backend,
    },
    log,
  );
  const { evidence, result } = ran;
  const outcome = emptyOutcome<TrainOutput, TrainStepResult>({ ...ran, evidencePath });
  // A Slurm job's GPUs are the allocation's; their model and driver are not seen from the login node.
  if (evidence.slurm?.gpus != null) outputs[Outputs.gpuCount] = String(evidence.slurm.gpus);
  outcome.outputs = outputs;
  if (result.spawnError !== null) {
    interrupts.release();
    if (slurm !== undefined) throw new InputError(`sbatch could not submit the job: ${result.spawnError}. Check that sbatch works from this machine as the runner's user.`);
    throw new InputError(
      settings.command.kind === 'script'
        ? `run: the command could not start with shell "${settings.command.shell}": ${result.spawnError}.`
        : `"${settings.command.argv[0]}" could not start: ${result.spawnError}. Check the command and that it is on PATH.`,
    );
  }
  if (interrupts.cancelled()) evidence.cancelled = true;

  let resumable = false;
  if (checkpoint !== undefined && evidence.checkpoint && settings.checkpoint !== undefined) {
    const bytes = await pathBytes(resolve(settings.cwd, checkpoint.path));
    evidence.checkpoint.bytes = bytes;
    resumable = (evidence.timedOut || evidence.cancelled === true) && bytes > 0 && bytes <= settings.checkpoint.maxBytes;
  }
  try {
    writeEvidence(evidencePath, `${JSON.stringify(evidence, null, 2)}\n`);
  } catch (error) {
    interrupts.release();
    throw new InputError(
      `Training finished (${stoppedBy(evidence, false)}, after ${evidence.durationSeconds}s), but its evidence could not be written to ${evidencePath} (${writeFailure(error)}), so nothing can vouch for this run. Free space or fix the folder, and run again.`,
    );
  }
  outcome.evidence.push(evidencePath);
  Object.assign(outcome.outputs, {
    [Outputs.exitCode]: evidence.exitCode === null ? '' : String(evidence.exitCode),
    [Outputs.timedOut]: String(evidence.timedOut),
    [Outputs.resumable]: String(resumable),
    [Outputs.durationSeconds]: String(evidence.durationSeconds),
    [Outputs.evidencePath]: evidencePath,
  });

  if (evidence.cancelled === true) {
    // The runner kills this step seconds after its SIGTERM: post, which runs after a cancel too, uploads.
    outcome.failure = { message: `The job was cancelled; the run stopped (${result.signal ?? `exit ${result.exitCode}`}). Its evidence is uploaded by the post step.`, severity: 'fail' };
    return outcome;
  }
  if (ports.uploads !== undefined) {
    await ports.uploads.run(pending, settings.secrets);
    if (settings.outputs.length > 0 && evidence.outputs !== undefined && evidence.outputs.length > 0) {
      await ports.uploads.model(settings.artifacts.model, evidence.outputs.map((output) => output.path), settings.cwd);
    }
  }
  interrupts.release();
  outcome.summary = renderRunMarkdown(evidence);
  // After a successful run a missing metrics file is an error; after a failed or stopped one it is expected.
  const finished = evidence.exitCode === 0 && !evidence.timedOut;
  outcome.annotations = ran.problems.map((problem): Annotation => ({ level: finished ? 'error' : 'warning', message: problem, title: 'train' }));

  const stopped = stoppedBy(evidence, resumable);
  if (evidence.timedOut) outcome.failure = { message: `Training ${stopped}.`, severity: 'fail' };
  else if (evidence.exitCode !== 0) outcome.failure = { message: `Training failed: ${stopped}.${settings.uploadLog && ports.uploads !== undefined ? ` The full log is in the "${settings.artifacts.log}" artifact.` : ''}`, severity: 'fail' };
  else if (ran.problems.length > 0) outcome.failure = { message: `Training succeeded, but ${ran.problems.length} problem(s) were found afterwards (see the errors above).`, severity: 'fail' };
  else log.info(`Training succeeded in ${evidence.durationSeconds}s; evidence: ${evidencePath}.`);
  return outcome;
}

/**
 * gpu: required with backend: slurm asks the job for GPUs: the allocation must hold at least min-gpus of them
 * (gpus-per-node x nodes), since the login node's own GPUs, if any, are not the job's.
 */
function slurmGpuCheck(settings: TrainSettings, request: SlurmRequest, names: SlurmInputNames): void {
  if (settings.preflight.gpu !== 'required') return;
  const nodes = request.nodes ?? 1;
  const allocated = nodes * (request.gpusPerNode ?? 0);
  const wanted = Math.max(1, settings.preflight.minGpus);
  if (allocated >= wanted) return;
  throw new InputError(
    allocated === 0
      ? `gpu: required, but the Slurm job asks for no GPU: set ${names.gpusPerNode} (it becomes --gres=gpu:N on each node), or set gpu to optional or none for a CPU job.`
      : `min-gpus: ${wanted}, but the Slurm job asks for ${allocated} GPU(s) (${names.gpusPerNode} ${request.gpusPerNode} on ${nodes} node(s)): raise ${names.gpusPerNode} or ${names.nodes}, or lower min-gpus.`,
  );
}
