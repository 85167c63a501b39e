import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import type { InputsOf, RunContext } from '@crucible/action-kit';
import { gitInfo, renderRunMarkdown, type RunnerInfo } from '@crucible/core';
import { InputError } from '@crucible/core/errors';
import {
  commandText,
  launcherPrefix,
  parseDuration,
  parseSize,
  pathBytes,
  preflight,
  redactText,
  shellArgv,
  train,
  type TrainLog,
} from '@crucible/supervisor';
import { cachePath, checkpointKeys, fingerprint } from './checkpoint.ts';
import { extraEnv, stepSecrets } from './env.ts';
import { type PendingUpload, upload, uploadRun } from './uploads.ts';
import type { inputs } from './inputs.ts';
import { Outputs, State } from './outputs.ts';

export type TrainConfig = InputsOf<typeof inputs>;

const MIB = 1024 * 1024;

/** Runner variables that belong to this step, not to the training command (least privilege). */
const PRIVATE_VARIABLES = /^(INPUT_|STATE_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_|ACTIONS_RESULTS_URL$|ACTIONS_CACHE_URL$|GITHUB_STATE$)/;

const log: TrainLog = {
  info: (message) => core.info(message),
  warning: (message, title) => core.warning(message, title === undefined ? {} : { title }),
  group: (title, body) => core.group(title, body),
};

/** A size input in bytes; the error names the input. */
function size(text: string, input: string): number {
  try {
    return parseSize(text);
  } catch (error) {
    throw new InputError(`${input}: ${(error as Error).message}`);
  }
}

/** The artifact names of this leg: crucible-run-<job>[-<matrix values>] unless `artifact-name` says otherwise. */
export function artifactNames(config: Pick<TrainConfig, 'artifactName' | 'matrix'>, job: string): { evidence: string; log: string; model: string } {
  let evidence = config.artifactName;
  if (evidence === undefined) {
    let leg = '';
    if (config.matrix !== undefined && config.matrix !== 'null' && config.matrix.trim() !== '') {
      try {
        const matrix = JSON.parse(config.matrix) as unknown;
        if (matrix !== null && typeof matrix === 'object') {
          leg = Object.entries(matrix as Record<string, unknown>)
            .map(([key, value]) => `${key}-${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
            .join('-');
        }
      } catch {
        throw new InputError(`matrix: "${config.matrix.slice(0, 80)}" is not JSON. Leave the input at its default (\${{ toJSON(matrix) }}).`);
      }
    }
    evidence = `crucible-run-${job || 'train'}${leg === '' ? '' : `-${leg}`}`;
  }
  // Artifact names may not hold " : < > | * ? \ / or line breaks; a long one keeps a hash of the whole, so two
  // legs that differ only at the end still get names of their own.
  evidence = evidence.replace(/["<>|*?:\\/\r\n]+/g, '_');
  if (evidence.length > 200) evidence = `${evidence.slice(0, 187)}-${createHash('sha256').update(evidence).digest('hex').slice(0, 12)}`;
  const suffix = evidence.startsWith('crucible-run-') ? evidence.slice('crucible-run-'.length) : evidence;
  // Not crucible-*: report downloads every crucible-* artifact as evidence, and a model can be gigabytes.
  return { evidence, log: `train-log-${suffix}`, model: `model-${suffix}` };
}

/** The runner this job runs on; its labels from the jobs API when the token may read them. */
async function runnerInfo(config: TrainConfig, context: RunContext): Promise<RunnerInfo> {
  const env = process.env;
  const info: RunnerInfo = {
    name: env['RUNNER_NAME'] ?? null,
    os: env['RUNNER_OS'] ?? null,
    arch: env['RUNNER_ARCH'] ?? null,
    environment: env['RUNNER_ENVIRONMENT'] ?? null,
    labels: null,
  };
  if (config.token === undefined || config.token === '' || context.runId === 0) return info;
  try {
    const { githubClient } = await import('@crucible/action-kit/github');
    const client = await githubClient(config.token, context);
    const jobs = await client.paginate(client.rest.actions.listJobsForWorkflowRunAttempt, {
      owner: context.owner,
      repo: context.repo,
      run_id: context.runId,
      attempt_number: context.runAttempt,
      per_page: 100,
    });
    const job = jobs.find((candidate) => candidate.runner_name === info.name && candidate.status === 'in_progress');
    if (job !== undefined) info.labels = job.labels.slice(0, 100);
  } catch (error) {
    core.debug(`Runner labels not read (the token needs actions: read): ${(error as Error).message}`);
  }
  return info;
}

export async function trainStep(config: TrainConfig, context: RunContext): Promise<void> {
  const cwd = resolve(context.workspace, config.workingDirectory);
  if (!existsSync(cwd)) throw new InputError(`working-directory: "${config.workingDirectory}" does not exist in the workspace (${cwd}).`);
  const timeBudgetSeconds = config.timeBudget === undefined ? undefined : parseDuration(config.timeBudget, 'time-budget');
  const minGpuMemoryMiB = config.minGpuMemory === undefined ? undefined : Math.floor(size(config.minGpuMemory, 'min-gpu-memory') / MIB);
  const minFreeDiskBytes = config.minFreeDisk === undefined ? undefined : size(config.minFreeDisk, 'min-free-disk');
  const checkpointMaxBytes = size(config.checkpointMaxSize, 'checkpoint-max-size');
  if (config.launcher !== 'none') {
    if (config.run.trim().includes('\n')) {
      throw new InputError(`run: with launcher: ${config.launcher}, run is the one command the launcher starts on every GPU (like "train.py --epochs 3"), not a multi-line script.`);
    }
    if (config.nodeRank >= config.nodes) throw new InputError(`node-rank: ${config.nodeRank} is not below nodes (${config.nodes}); ranks count from 0.`);
  }
  const names = artifactNames(config, context.job);
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!PRIVATE_VARIABLES.test(name)) env[name] = value;
  // Python buffers its output when it is not a terminal; the log is live only if it does not.
  env['PYTHONUNBUFFERED'] ??= '1';
  Object.assign(env, extraEnv(config.env));
  const secrets = stepSecrets(config.env);

  const checked = await core.group('Preflight', () =>
    preflight(
      { gpu: config.gpu, minGpus: config.minGpus, minGpuMemoryMiB, busyGpu: config.busyGpu, minFreeDiskBytes, cwd, env },
      log,
    ),
  );
  const first = checked.gpus[0];
  core.setOutput(Outputs.gpuCount, String(checked.gpus.length));
  core.setOutput(Outputs.gpuModel, first?.name ?? '');
  core.setOutput(Outputs.gpuMemoryMb, first?.memoryTotalMiB == null ? '' : String(first.memoryTotalMiB));
  core.setOutput(Outputs.driverVersion, first?.driverVersion ?? '');
  core.setOutput(Outputs.cudaVersion, first?.cudaVersion ?? '');

  // The checkpoint comes back before the run, and post saves it whatever happens next.
  let checkpoint: { path: string; restoredKey: string | null } | undefined;
  if (config.checkpointPath !== undefined) {
    const absolute = resolve(cwd, config.checkpointPath);
    const path = cachePath(context.workspace, absolute);
    const keys = checkpointKeys(context, process.env, config.checkpointKey, names.evidence.replace(/^crucible-run-/, ''));
    let restoredKey: string | null = null;
    await core.group('Restoring the checkpoint', async () => {
      const cache = await import('@actions/cache');
      if (!cache.isFeatureAvailable()) {
        core.warning('The Actions cache is not available to this job, so checkpoints are neither restored nor saved.', { title: 'No checkpoint cache' });
        return;
      }
      try {
        restoredKey = (await cache.restoreCache([path], keys.key, [keys.prefix])) ?? null;
      } catch (error) {
        core.warning(`Could not restore the checkpoint: ${(error as Error).message}. Training starts from scratch.`, { title: 'Checkpoint not restored' });
      }
      core.info(restoredKey === null ? `No checkpoint saved yet under ${keys.prefix}*: training starts from scratch.` : `Restored the checkpoint ${restoredKey} into ${config.checkpointPath}.`);
      mkdirSync(absolute, { recursive: true });
    });
    const before = await fingerprint(absolute);
    core.saveState(State.checkpointPath, path);
    core.saveState(State.checkpointKey, keys.key);
    core.saveState(State.checkpointFingerprint, before?.digest ?? '');
    core.saveState(State.checkpointMaxBytes, String(checkpointMaxBytes));
    checkpoint = { path: config.checkpointPath, restoredKey };
  }

  const prefix = launcherPrefix({
    kind: config.launcher,
    nodes: config.nodes,
    gpusPerNode: config.gpusPerNode ?? Math.max(1, checked.gpus.length),
    nodeRank: config.nodeRank,
    masterAddr: config.masterAddr,
    masterPort: config.masterPort,
  });
  const script = prefix.length === 0 ? config.run : `${commandText(prefix)} ${config.run.trim()}`;
  const folder = join(context.runnerTemp, 'crucible', 'train', names.evidence);
  const argv = shellArgv(script, config.shell, join(context.runnerTemp, 'crucible', 'scripts'));

  // Should the runner cancel the job, main may not live to upload: post uploads whatever is there, from the start.
  const evidencePath = join(folder, 'run.json');
  const pending: PendingUpload = {
    evidence: names.evidence,
    log: config.uploadLog ? names.log : null,
    folder,
    command: redactText(script, secrets).slice(0, 100_000),
    startedAt: new Date().toISOString(),
    secrets: secrets.length,
  };
  core.saveState(State.pendingUpload, JSON.stringify(pending));
  // The supervisor forwards the runner's signals while the command runs; after that, these keep a second signal
  // from ending main before it has written the evidence.
  const cancelledBy: NodeJS.Signals[] = [];
  const keepAlive = (signal: NodeJS.Signals) => cancelledBy.push(signal);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, keepAlive);

  const outcome = await train(
    {
      argv,
      command: script,
      launcher: { kind: config.launcher, argv: prefix },
      cwd,
      env,
      timeBudgetSeconds,
      graceSeconds: config.grace,
      telemetryIntervalSeconds: config.telemetryInterval,
      outDir: folder,
      metricsPath: config.metricsPath,
      paramsPath: config.paramsPath,
      dataPaths: config.dataPaths,
      outputs: config.outputs,
      git: gitInfo({ sha: context.sha, ref: context.ref }, cwd),
      runner: await runnerInfo(config, context),
      preflight: checked,
      forwardSignals: true,
      checkpoint,
    },
    log,
  );
  const { evidence, result } = outcome;
  if (result.spawnError !== null) throw new InputError(`run: the command could not start with shell "${config.shell}": ${result.spawnError}.`);
  evidence.command = redactText(evidence.command, secrets);
  if (cancelledBy.length > 0) evidence.cancelled = true;

  let resumable = false;
  if (checkpoint !== undefined && evidence.checkpoint) {
    const bytes = await pathBytes(resolve(cwd, checkpoint.path));
    evidence.checkpoint.bytes = bytes;
    resumable = (evidence.timedOut || evidence.cancelled === true) && bytes > 0 && bytes <= checkpointMaxBytes;
  }
  writeFileSync(evidencePath, `${JSON.stringify(evidence, null, 2)}\n`);

  core.setOutput(Outputs.exitCode, evidence.exitCode === null ? '' : String(evidence.exitCode));
  core.setOutput(Outputs.timedOut, String(evidence.timedOut));
  core.setOutput(Outputs.resumable, String(resumable));
  core.setOutput(Outputs.durationSeconds, String(evidence.durationSeconds));
  core.setOutput(Outputs.evidencePath, evidencePath);

  if (evidence.cancelled === true) {
    // The runner kills this step seconds after its SIGTERM: post, which runs after a cancel too, uploads.
    core.setFailed(`The job was cancelled; the run stopped (${result.signal ?? `exit ${result.exitCode}`}). Its evidence is uploaded by the post step.`);
    return;
  }
  await uploadRun(context, pending, secrets);
  core.saveState(State.pendingUpload, '');
  if (config.outputs.length > 0 && evidence.outputs !== undefined && evidence.outputs.length > 0) {
    const { modelFiles } = await import('./model-files.ts');
    const files = await modelFiles(cwd, evidence.outputs.map((output) => output.path));
    if (files.length === 0) core.warning(`outputs: no file to upload as the "${names.model}" artifact (the paths are folders without files, links, or outside the working directory).`);
    else await upload(context, names.model, files, cwd);
  }

  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.off(signal, keepAlive);
  await core.summary.addRaw(renderRunMarkdown(evidence), true).write();
  // After a successful run a missing metrics file is an error; after a failed or stopped one it is expected.
  const finished = evidence.exitCode === 0 && !evidence.timedOut;
  for (const problem of outcome.problems) (finished ? core.error : core.warning)(problem, { title: 'train' });

  const stopped = evidence.timedOut
    ? `stopped by the time budget after ${evidence.durationSeconds}s${resumable ? '; the checkpoint is saved in post, and the next run resumes from it' : ''}`
    : evidence.signal !== null
      ? `killed by ${evidence.signal}`
      : `exit code ${evidence.exitCode}`;
  if (evidence.timedOut) core.setFailed(`Training ${stopped}.`);
  else if (evidence.exitCode !== 0) core.setFailed(`Training failed: ${stopped}. The full log is in the "${names.log}" artifact.`);
  else if (outcome.problems.length > 0) core.setFailed(`Training succeeded, but ${outcome.problems.length} problem(s) were found afterwards (see the errors above).`);
  else core.info(`Training succeeded in ${evidence.durationSeconds}s; evidence: ${evidencePath}.`);
}
