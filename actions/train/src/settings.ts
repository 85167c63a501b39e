import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { commitOf, type InputsOf, type RunContext } from '@crucible/action-kit';
import { gitInfo } from '@crucible/core';
import { InputError } from '@crucible/core/errors';
import { ACTION_INPUT_NAMES, parseDuration, parseSize, withoutRunnerPrivates } from '@crucible/supervisor';
import { artifactNames } from './artifact-names.ts';
import { extraEnv, stepSecrets } from './env.ts';
import type { inputs } from './inputs.ts';
import type { TrainSettings } from './step.ts';

export type TrainInputs = InputsOf<typeof inputs>;

const MIB = 1024 * 1024;


/** A size input in bytes; the error names the input. */
function size(text: string, input: string): number {
  try {
    return parseSize(text);
  } catch (error) {
    throw new InputError(`${input}: ${(error as Error).message}`);
  }
}

/** The train step's settings from the action's inputs and the runner's context. */
export function trainSettings(config: TrainInputs, context: RunContext, processEnv: NodeJS.ProcessEnv): TrainSettings {
  const cwd = resolve(context.workspace, config.workingDirectory);
  if (!existsSync(cwd)) throw new InputError(`working-directory: "${config.workingDirectory}" does not exist in the workspace (${cwd}).`);
  // The step's private variables stay with the step (least privilege).
  const env = withoutRunnerPrivates(processEnv);
  // Python buffers its output when it is not a terminal; the log is live only if it does not.
  env['PYTHONUNBUFFERED'] ??= '1';
  Object.assign(env, extraEnv(config.env));
  const artifacts = artifactNames(config, context.job);
  if (config.backend === 'local') {
    const slurmOnly: [string, unknown][] = [
      ['slurm-partition', config.slurmPartition],
      ['slurm-account', config.slurmAccount],
      ['slurm-qos', config.slurmQos],
      ['cpus-per-task', config.cpusPerTask],
      ['mem', config.mem],
      ['sbatch-options', config.sbatchOptions.length === 0 ? undefined : config.sbatchOptions],
    ];
    const given = slurmOnly.find(([, value]) => value !== undefined);
    if (given !== undefined) throw new InputError(`${given[0]}: is for a Slurm job; set backend: slurm, or leave ${given[0]} out.`);
  }
  return {
    cwd,
    command: { kind: 'script', script: config.run, shell: config.shell, scriptsDir: join(context.runnerTemp, 'crucible', 'scripts') },
    env,
    secrets: stepSecrets(config.env),
    preflight: {
      gpu: config.gpu,
      minGpus: config.minGpus,
      minGpuMemoryMiB: config.minGpuMemory === undefined ? undefined : Math.floor(size(config.minGpuMemory, 'min-gpu-memory') / MIB),
      busyGpu: config.busyGpu,
      minFreeDiskBytes: config.minFreeDisk === undefined ? undefined : size(config.minFreeDisk, 'min-free-disk'),
    },
    timeBudgetSeconds: config.timeBudget === undefined ? undefined : parseDuration(config.timeBudget, 'time-budget'),
    graceSeconds: config.grace,
    telemetryIntervalSeconds: config.telemetryInterval,
    launcher: { kind: config.launcher, nodes: config.nodes, gpusPerNode: config.gpusPerNode, nodeRank: config.nodeRank, masterAddr: config.masterAddr, masterPort: config.masterPort },
    checkpoint: config.checkpointPath === undefined ? undefined : { path: config.checkpointPath, maxBytes: size(config.checkpointMaxSize, 'checkpoint-max-size') },
    metricsPath: config.metricsPath,
    paramsPath: config.paramsPath,
    dataPaths: config.dataPaths,
    outputs: config.outputs,
    outDir: join(context.runnerTemp, 'crucible', 'train', artifacts.evidence),
    artifacts,
    uploadLog: config.uploadLog,
    git: gitInfo(commitOf(context), cwd),
    backend:
      config.backend === 'local'
        ? { kind: 'local' }
        : {
            kind: 'slurm',
            request: {
              partition: config.slurmPartition,
              account: config.slurmAccount,
              qos: config.slurmQos,
              nodes: config.nodes,
              gpusPerNode: config.gpusPerNode,
              cpusPerTask: config.cpusPerTask,
              mem: config.mem,
              extra: config.sbatchOptions,
            },
            names: ACTION_INPUT_NAMES,
            // In squeue, next to the cluster's other jobs: which workflow leg this is.
            jobName: `crucible-${artifacts.evidence.replace(/^crucible-run-/, '')}`.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 100),
          },
  };
}
