import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import {
  type Digest,
  type GitInfo,
  type GpuInfo,
  loadParams,
  loadRun,
  type RunEvidence,
  RunEvidenceSchema,
  type RunnerInfo,
  type TelemetrySummary,
  thinHistory,
} from '@crucible/core';
import { CrucibleError, isCrucibleError } from '@crucible/core/errors';
import { digestPath } from './digest.ts';
import { formatSeconds } from './duration.ts';
import { explainMissingGpus, freeDiskBytes, type GpuProbe, type ProbedGpu, probeGpus } from './gpu.ts';
import type { LauncherKind } from './launcher.ts';
import { type SupervisorEvent, supervise, type SuperviseResult } from './process.ts';
import { redactText } from './redact.ts';
import type { SlurmInputNames, SlurmRequest } from './slurm/options.ts';
import type { SlurmLauncher } from './slurm/script.ts';
import { type SlurmJobRecord, type SlurmSupervisorEvent, superviseSlurm } from './slurm/supervise.ts';
import { slurmTelemetryPrefix } from './slurm/telemetry.ts';
import { startTelemetry, type TelemetrySampler } from './telemetry.ts';

/** The preflight refused to start the run: no GPU where one is required, too little memory or disk, a busy GPU. */
export class PreflightError extends CrucibleError {
  constructor(message: string) {
    super(message);
    this.name = 'PreflightError';
  }
}

/** Where train writes what it has to say; the action maps these to workflow commands, the CLI to stderr. */
export type TrainLog = {
  info(message: string): void;
  warning(message: string, title?: string): void;
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
};

export type PreflightOptions = {
  gpu: 'required' | 'optional' | 'none';
  minGpus: number;
  /** Least memory each GPU must have, in MiB. */
  minGpuMemoryMiB?: number | undefined;
  busyGpu: 'warn' | 'fail' | 'ignore';
  /** Least free disk space in `cwd`, in bytes. */
  minFreeDiskBytes?: number | undefined;
  cwd: string;
  env: NodeJS.ProcessEnv;
};

export type Preflight = { probe: GpuProbe; gpus: ProbedGpu[]; freeDiskBytes: number | null };

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function describeGpus(gpus: readonly GpuInfo[]): string {
  if (gpus.length === 0) return 'no GPU';
  const first = gpus[0] as GpuInfo;
  const memory = first.memoryTotalMiB == null ? '' : ` (${Math.round(first.memoryTotalMiB / 1024)} GiB)`;
  const versions = [first.driverVersion == null ? '' : `driver ${first.driverVersion}`, first.cudaVersion == null ? '' : `CUDA ${first.cudaVersion}`].filter(Boolean).join(', ');
  return `${gpus.length} × ${first.name ?? 'GPU'}${memory}${versions === '' ? '' : `, ${versions}`}`;
}

/**
 * Looks at the machine before anything runs: GPUs (count, model, memory, driver, CUDA), other processes holding
 * GPU memory, free disk. Throws PreflightError with the likely causes when a requirement fails.
 */
export async function preflight(options: PreflightOptions, log: TrainLog): Promise<Preflight> {
  const probe: GpuProbe = options.gpu === 'none' ? { vendor: null, tool: null, gpus: [], busy: [], problems: [], droppedFields: [] } : await probeGpus({ env: options.env });
  const gpus = probe.gpus;
  if (options.gpu !== 'none') log.info(`GPUs: ${describeGpus(gpus)}${probe.tool === null ? '' : ` (${probe.tool})`}.`);
  for (const problem of probe.problems) log.info(problem);
  if ((probe.hiddenByCudaVisibleDevices ?? 0) > 0) log.info(`${probe.hiddenByCudaVisibleDevices} GPU(s) of this machine are hidden from the job by CUDA_VISIBLE_DEVICES.`);

  if (options.gpu === 'required' && gpus.length < Math.max(1, options.minGpus)) {
    const wanted = Math.max(1, options.minGpus);
    if (gpus.length === 0) throw new PreflightError(`gpu: required, and ${lowerFirst(explainMissingGpus(probe, options.env))}`);
    throw new PreflightError(
      `min-gpus: ${wanted}, and only ${gpus.length} GPU(s) are visible (${describeGpus(gpus)}). Pick a runner label whose machines have ${wanted} GPUs, or lower min-gpus.`,
    );
  }
  if (options.gpu === 'optional' && gpus.length === 0) log.info('No GPU is visible; training runs on the CPU (gpu: optional).');
  else if (options.gpu === 'optional' && gpus.length < options.minGpus) {
    log.warning(`min-gpus is ${options.minGpus} but ${gpus.length} GPU(s) are visible; with gpu: optional the run goes on. Set gpu: required to refuse such a runner.`);
  }
  if (options.minGpuMemoryMiB !== undefined) {
    const small = gpus.filter((gpu) => gpu.memoryTotalMiB != null && gpu.memoryTotalMiB < (options.minGpuMemoryMiB as number));
    if (small.length > 0) {
      throw new PreflightError(
        `min-gpu-memory: GPU ${small.map((gpu) => `${gpu.index} (${gpu.name}, ${gpu.memoryTotalMiB} MiB)`).join(', ')} has less than ${options.minGpuMemoryMiB} MiB. Pick a runner label with larger GPUs, or lower min-gpu-memory.`,
      );
    }
  }
  if (probe.busy.length > 0 && options.busyGpu !== 'ignore') {
    const holders = probe.busy
      .map((busy) => `GPU ${busy.gpuIndex}: ${busy.pid === null ? 'memory in use by a process this container cannot see' : `pid ${busy.pid}${busy.processName === null ? '' : ` (${busy.processName})`}`}${busy.usedMemoryMiB === null ? '' : `, ${busy.usedMemoryMiB} MiB`}`)
      .join('; ');
    const message = `Other processes already hold GPU memory (${holders}). A job that ran before on this runner may have left a process behind; training may run out of memory.`;
    if (options.busyGpu === 'fail') throw new PreflightError(`busy-gpu: fail. ${message} Stop those processes or use another runner.`);
    log.warning(`${message} Set busy-gpu: fail to refuse such a runner.`, 'GPU memory already in use');
  }
  let free: number | null = null;
  try {
    free = await freeDiskBytes(options.cwd);
  } catch {
    free = null;
  }
  if (free !== null) log.info(`Free disk in ${options.cwd}: ${(free / 1024 ** 3).toFixed(1)} GiB.`);
  if (options.minFreeDiskBytes !== undefined && free !== null && free < options.minFreeDiskBytes) {
    throw new PreflightError(
      `min-free-disk: ${(free / 1024 ** 3).toFixed(1)} GiB free in ${options.cwd}, less than ${(options.minFreeDiskBytes / 1024 ** 3).toFixed(1)} GiB. Clean the runner's work folder (old checkouts, caches, checkpoints) or use a runner with more disk.`,
    );
  }
  return { probe, gpus, freeDiskBytes: free };
}

export type TrainOptions = {
  /** The full argv (shell and script file, or the command, with the launcher's words before it). */
  argv: string[];
  /** The command as the user wrote it, for the evidence and the report. */
  command: string;
  launcher: { kind: LauncherKind; argv: string[] };
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeBudgetSeconds?: number | undefined;
  graceSeconds: number;
  telemetryIntervalSeconds: number;
  /** train.log and telemetry.csv go here. */
  outDir: string;
  metricsPath?: string | undefined;
  paramsPath?: string | undefined;
  dataPaths: string[];
  outputs: string[];
  git: GitInfo;
  runner: RunnerInfo | null;
  preflight: Preflight;
  forwardSignals: boolean;
  /** After a forwarded SIGTERM, SIGKILL the group this long after (the runner's 2 s by default). */
  killAfterTermMs?: number | undefined;
  killAfterTermReason?: string | undefined;
  checkpoint?: { path: string; restoredKey: string | null } | undefined;
  /** Where the command's output goes live (stdout and stderr together, as written); process.stdout by default. */
  stdout?: Writable;
  /** Values (see secretValues) replaced by *** in the evidence: the command, the params, the problems found. */
  secrets?: readonly string[] | undefined;
  /** Run the command as a Slurm batch job from here (a login node) instead of as a child of this process. */
  slurm?: SlurmBackend | undefined;
};

/** The Slurm backend's settings: what the job asks for, how the inputs are named, and GPU sampling in the job. */
export type SlurmBackend = {
  request: SlurmRequest;
  names: SlurmInputNames;
  jobName: string;
  /** A launcher whose per-node words the job builds from its allocation; absent when `argv` already holds them. */
  launcher?: SlurmLauncher | undefined;
  /** Sample the job's GPUs with nvidia-smi through `srun --overlap` once it runs (when it holds GPUs). */
  sampleGpus: boolean;
  /** Told the job id as soon as sbatch gives it, so a post step can cancel a job its main step did not see end. */
  onSubmitted?: ((jobId: string) => void) | undefined;
};

export type TrainResult = {
  evidence: RunEvidence;
  result: SuperviseResult;
  rawLogPath: string;
  telemetryPath: string | null;
  /** Problems after the run (metrics or outputs not found) that the caller reports; none stop the evidence. */
  problems: string[];
};

function describeEvent(event: SupervisorEvent | SlurmSupervisorEvent, graceSeconds: number, target = 'the training process group'): string {
  switch (event.kind) {
    case 'submitted':
      return `Submitted Slurm job ${event.jobId} (sbatch ${event.sbatchOptions.join(' ')}).`;
    case 'pending':
      return `Slurm job ${event.jobId} is pending${event.reason === null ? '' : ` (${event.reason})`} after ${formatSeconds(event.seconds)} in the queue.`;
    case 'started':
      return `Slurm job ${event.jobId} started on ${event.nodeList ?? 'its nodes'} after ${formatSeconds(event.queueSeconds)} in the queue.`;
    case 'cancelled-pending':
      return `Slurm job ${event.jobId} was still pending after ${formatSeconds(event.afterSeconds)}; it was cancelled before it ran (${event.cause === 'budget' ? 'time budget reached' : `${event.cause} received`}).`;
    case 'finished':
      return `Slurm job ${event.jobId} ended: ${event.state}, exit code ${event.exitCode}.`;
    case 'slurm-error':
      return `Slurm job ${event.jobId}: ${event.command} failed (${event.message}); following the job goes on.`;
    case 'budget':
      return event.step === 'SIGINT'
        ? `Time budget of ${formatSeconds(event.afterSeconds)} reached: sending SIGINT to ${target} so it can save; SIGTERM follows in ${graceSeconds}s, SIGKILL ${graceSeconds}s after that.`
        : `Still running at ${formatSeconds(event.afterSeconds)}: sending ${event.step} to ${target}.`;
    case 'forwarded':
      return `Received ${event.signal} (the job is being cancelled): forwarded it to ${target}.`;
    case 'escalated':
      return `Still running: sending SIGKILL to ${target}, because ${event.reason}.`;
    case 'leftovers':
      return `The command has ended but processes it started are still running: sending ${event.signal} to its group.`;
    case 'escaped': {
      const list = event.processes.map((entry) => `pid ${entry.pid} (${entry.command})`).join(', ');
      return event.signal === 'SIGKILL'
        ? `Still running after SIGTERM, outside the command's process group: ${list}; sending SIGKILL.`
        : `The command has ended but ${event.processes.length} process(es) it started left its process group (setsid, or a daemon) and are still running: ${list}. Sending SIGTERM; start a process meant to outlive the run with CRUCIBLE_TRACKING_ID=0.`;
    }
  }
}

/** What the user gave, relative to the working directory. */
const at = (cwd: string, path: string) => resolve(cwd, path);

/**
 * Runs the training command and turns what happened into crucible/run@1 evidence: digests of the data first, the
 * command under the supervisor with the telemetry sampler beside it, then metrics, params and output digests.
 */
export async function train(options: TrainOptions, log: TrainLog): Promise<TrainResult> {
  mkdirSync(options.outDir, { recursive: true });
  const secrets = options.secrets ?? [];
  const hide = (text: string) => (secrets.length === 0 ? text : redactText(text, secrets));
  const command = hide(options.command);
  const problems: string[] = [];
  const data: Digest[] = [];
  if (options.dataPaths.length > 0) {
    await log.group('Digesting data', async () => {
      for (const path of options.dataPaths) {
        const digest = await digestPath(at(options.cwd, path), path, 'data-paths');
        log.info(`${path}: sha256 ${digest.sha256} (${digest.files} file(s), ${digest.bytes} bytes)`);
        data.push(digest);
      }
    });
  }

  const { gpus, probe } = options.preflight;
  const rawLogPath = join(options.outDir, 'train.log');
  const slurm = options.slurm;
  const telemetryCsv = join(options.outDir, 'telemetry.csv');
  let telemetryPath: string | null = null;
  let sampler: TelemetrySampler | undefined;
  if (slurm === undefined && probe.tool !== null && gpus.length > 0) {
    telemetryPath = telemetryCsv;
    sampler = startTelemetry({
      tool: probe.tool,
      intervalMs: options.telemetryIntervalSeconds * 1000,
      csvPath: telemetryPath,
      env: options.env,
      gpuCount: gpus.length,
      // Only the GPUs this job may use (CUDA_VISIBLE_DEVICES), by their physical index.
      gpuIndexes: gpus.map((gpu) => gpu.index),
    });
  }

  log.info(`Running: ${command}${options.timeBudgetSeconds === undefined ? '' : ` (time budget ${formatSeconds(options.timeBudgetSeconds)})`}`);
  const warn = (event: SupervisorEvent | SlurmSupervisorEvent, target?: string) =>
    log.warning(describeEvent(event, options.graceSeconds, target), event.kind === 'budget' ? 'Time budget reached' : event.kind === 'escaped' ? 'Processes left the run' : undefined);
  // What both backends take alike: the command, the budget and its grace, the log, the signals.
  const common = {
    argv: options.argv,
    cwd: options.cwd,
    env: options.env,
    ...(options.timeBudgetSeconds === undefined ? {} : { timeBudgetMs: options.timeBudgetSeconds * 1000 }),
    graceMs: options.graceSeconds * 1000,
    rawLogPath,
    forwardSignals: options.forwardSignals,
    ...(options.killAfterTermMs === undefined ? {} : { killAfterTermMs: options.killAfterTermMs }),
    ...(options.killAfterTermReason === undefined ? {} : { killAfterTermReason: options.killAfterTermReason }),
    ...(options.stdout === undefined ? {} : { stdout: options.stdout }),
  };
  let slurmRecord: SlurmJobRecord | null = null;
  let jobId = '';
  let result: SuperviseResult;
  if (slurm === undefined) {
    result = await log.group('Training', () =>
      supervise({ ...common, onEvent: (event) => warn(event) }),
    );
  } else {
    const ran = await log.group('Training (Slurm)', () =>
      superviseSlurm({
        ...common,
        request: slurm.request,
        names: slurm.names,
        jobName: slurm.jobName,
        launcher: slurm.launcher,
        onEvent: (event) => {
          switch (event.kind) {
            case 'submitted':
              jobId = event.jobId;
              slurm.onSubmitted?.(event.jobId);
              log.info(describeEvent(event, options.graceSeconds));
              return;
            case 'started': {
              log.info(describeEvent(event, options.graceSeconds));
              // GPUs are sampled where they are: an srun --overlap step on each of the job's nodes.
              const nodes = slurm.request.nodes ?? 1;
              const prefix = slurmTelemetryPrefix({ jobId: event.jobId, nodes, gpus: nodes * (slurm.request.gpusPerNode ?? 0) });
              if (slurm.sampleGpus && prefix !== null && sampler === undefined) {
                telemetryPath = telemetryCsv;
                sampler = startTelemetry({ tool: 'nvidia-smi', intervalMs: options.telemetryIntervalSeconds * 1000, csvPath: telemetryPath, env: options.env, gpuCount: slurm.request.gpusPerNode ?? 0, prefix });
              }
              return;
            }
            case 'pending':
            case 'finished':
              log.info(describeEvent(event, options.graceSeconds));
              return;
            default:
              warn(event, `Slurm job ${jobId}`);
          }
        },
      }),
    );
    slurmRecord = ran.slurm;
    result = ran;
  }
  let telemetry: TelemetrySummary | null = null;
  if (sampler !== undefined) {
    telemetry = await sampler.stop();
    // In a Slurm job the sampler is a job step: it ends with the job (and with the budget's or a cancel's signal,
    // which reaches every step), usually before it is stopped here. Once it has sampled, that end is no problem.
    const problems = slurm !== undefined && (telemetry?.samples ?? 0) > 0 ? [] : sampler.problems;
    // A sampler that failed costs only telemetry: said as a warning, never a failed run.
    for (const problem of problems) log.warning(`GPU telemetry: ${problem}`, 'GPU telemetry incomplete');
  }
  const ended =
    result.spawnError !== null
      ? `could not start: ${result.spawnError}`
      : slurmRecord?.state === 'PENDING'
        ? `Slurm job ${slurmRecord.jobId} never left the queue`
        : result.signal !== null
          ? `killed by ${result.signal}`
          : `exit code ${result.exitCode}`;
  log.info(`Training ended after ${formatSeconds(result.durationSeconds)}: ${ended}${result.timedOut ? ' (stopped by the time budget)' : ''}${result.cancelled === null ? '' : ' (cancelled)'}.`);

  const succeeded = result.exitCode === 0 && !result.timedOut && result.cancelled === null;
  const metrics: RunEvidence['metrics'] = {};
  const histories: NonNullable<RunEvidence['histories']> = {};
  if (options.metricsPath !== undefined) {
    try {
      const run = await loadRun(at(options.cwd, options.metricsPath));
      for (const [name, metric] of run.metrics) {
        // Evidence keeps names of up to 512 characters (a hostile or broken file cannot balloon a report).
        if (name.length > 512) {
          problems.push(`metrics-path: a metric name of ${name.length} characters ("${name.slice(0, 40)}...") is longer than 512; it is left out.`);
          continue;
        }
        metrics[name] = metric.value;
        if (metric.history.length > 0) histories[name] = thinHistory(metric.history);
      }
      log.info(`Metrics: ${run.metrics.size} from ${options.metricsPath} (${run.formats.join(', ') || 'no format'}).`);
    } catch (error) {
      problems.push(`metrics-path: ${describe(error)}`);
    }
  }
  let params: Record<string, string> | undefined;
  if (options.paramsPath !== undefined) {
    try {
      params = {};
      for (const [name, param] of await loadParams(at(options.cwd, options.paramsPath))) {
        // The evidence bounds names (512) and values (10,000): a prompt template as a param is cut, said so.
        if (name.length === 0 || name.length > 512) {
          problems.push(`params-path: a param name of ${name.length} characters is left out (names are 1 to 512 characters).`);
          continue;
        }
        // A param file may hold a key or a URL with credentials in it (a config dumped whole), as the command may.
        const value = hide(param.value);
        if (value.length > 10_000) problems.push(`params-path: the value of "${name.slice(0, 80)}" is ${value.length} characters; the evidence keeps its first 10,000.`);
        params[name] = value.length > 10_000 ? `${value.slice(0, 9_999)}…` : value;
      }
    } catch (error) {
      problems.push(`params-path: ${describe(error)}`);
    }
  }
  const outputs: Digest[] = [];
  // A cancelled run has seconds left before the runner's kill: outputs are digested only when there is time.
  if (result.cancelled === null) {
    for (const path of options.outputs) {
      try {
        outputs.push(await digestPath(at(options.cwd, path), path, 'outputs'));
      } catch (error) {
        if (succeeded) problems.push(describe(error));
      }
    }
  }

  const evidence: RunEvidence = {
    schema: 'crucible/run@1',
    command: command.slice(0, 100_000),
    exitCode: result.exitCode,
    signal: result.signal,
    durationSeconds: Number(result.durationSeconds.toFixed(3)),
    timedOut: result.timedOut,
    cancelled: result.cancelled !== null,
    startedAt: result.startedAt.toISOString(),
    endedAt: result.endedAt.toISOString(),
    timeBudgetSeconds: options.timeBudgetSeconds ?? null,
    launcher: options.launcher,
    runner: options.runner,
    backend: slurm === undefined ? 'local' : 'slurm',
    ...(slurm === undefined ? {} : { slurm: slurmRecord }),
    gpus,
    telemetry,
    metrics,
    ...(Object.keys(histories).length > 0 ? { histories } : {}),
    ...(params === undefined ? {} : { params }),
    data,
    outputs,
    checkpoint: options.checkpoint === undefined ? null : { path: options.checkpoint.path, restoredKey: options.checkpoint.restoredKey, bytes: null },
    git: options.git,
  };
  // What is written must read back: a document its own schema refuses would be refused by report and gate.
  const checked = RunEvidenceSchema.safeParse(evidence);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new CrucibleError(`The run evidence does not fit crucible/run@1 at ${issue?.path.join('.') || '(root)'}: ${issue?.message}. This is a bug in Crucible; report it with the command's metrics and params files.`);
  }
  return { evidence, result, rawLogPath, telemetryPath, problems: problems.map(hide) };
}

function describe(error: unknown): string {
  return isCrucibleError(error) || error instanceof Error ? error.message : String(error);
}
