import { existsSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { parseArgs } from 'node:util';
import { trainStep } from '@crucible/action-train/step';
import { InputError, type Log, systemClock } from '@crucible/core';
import { exitCodeOf, parseDuration, redactFile, secretValues, type SlurmInputNames, withoutRunnerPrivates } from '@crucible/supervisor';
import { type CliIo, gitOf } from '../io.ts';
import { checkOutputPath } from '../ports.ts';

const GPU_MODES = ['optional', 'required', 'none'] as const;
const BUSY_MODES = ['warn', 'fail', 'ignore'] as const;
const BACKENDS = ['local', 'slurm'] as const;
/** How the Slurm options are named here, for messages. */
const SLURM_FLAGS: SlurmInputNames = {
  partition: '--slurm-partition',
  account: '--slurm-account',
  qos: '--slurm-qos',
  nodes: '--nodes',
  gpusPerNode: '--gpus-per-node',
  cpusPerTask: '--cpus-per-task',
  mem: '--mem',
  extra: '--sbatch-option',
};
/** Flags that only mean something for a Slurm job. */
const SLURM_ONLY = ['slurm-partition', 'slurm-account', 'slurm-qos', 'nodes', 'gpus-per-node', 'cpus-per-task', 'mem', 'sbatch-option'] as const;

function wholeNumber(text: string | undefined, flag: string, least: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < least) throw new InputError(`${flag} must be a whole number of ${least} or more, got "${text}".`);
  return value;
}

/** A Writable over one of the CLI's text outputs, decoding UTF-8 across chunk boundaries. */
function textStream(write: (text: string) => void): Writable {
  const decoder = new StringDecoder('utf8');
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      write(decoder.write(chunk));
      callback();
    },
    final(callback) {
      const rest = decoder.end();
      if (rest !== '') write(rest);
      callback();
    },
  });
}

function seconds(text: string | undefined, flag: string): number | undefined {
  return text === undefined ? undefined : parseDuration(text, flag);
}

/**
 * crucible train [--metrics <path>] [--out <dir>] [--time-budget <seconds>] [--grace <seconds>]
 *                [--gpu optional|required|none] [--backend local|slurm] [--slurm-partition <p>] [--slurm-account <a>]
 *                [--slurm-qos <q>] [--nodes <n>] [--gpus-per-node <g>] [--cpus-per-task <c>] [--mem <size>]
 *                [--sbatch-option <opt>]... -- <command...>
 * Runs the command as the train action does, without cache or artifacts, and writes <out>/run.json (with
 * train.log and, when GPUs were sampled, telemetry.csv). The command's stdout and stderr both come out on
 * crucible's stdout, in the order written (as train.log holds them); crucible's own lines go to stderr. Exits with the command's exit code, 124 when the time
 * budget stopped it, 128+N when signal N killed it, 2 when it could not start. With --backend slurm the command
 * is a batch job submitted from here (a login node), followed until it ends; its job is recorded in run.json.
 */
export async function trainCommand(args: string[], io: CliIo): Promise<number> {
  const split = args.indexOf('--');
  const command = split === -1 ? [] : args.slice(split + 1);
  const { values, positionals } = parseArgs({
    args: split === -1 ? args : args.slice(0, split),
    options: {
      metrics: { type: 'string' },
      params: { type: 'string' },
      out: { type: 'string', default: 'crucible-run' },
      'time-budget': { type: 'string' },
      grace: { type: 'string', default: '10' },
      gpu: { type: 'string', default: 'optional' },
      'min-gpus': { type: 'string', default: '1' },
      'busy-gpu': { type: 'string', default: 'warn' },
      data: { type: 'string', multiple: true },
      output: { type: 'string', multiple: true },
      'telemetry-interval': { type: 'string', default: '5' },
      backend: { type: 'string', default: 'local' },
      'slurm-partition': { type: 'string' },
      'slurm-account': { type: 'string' },
      'slurm-qos': { type: 'string' },
      nodes: { type: 'string' },
      'gpus-per-node': { type: 'string' },
      'cpus-per-task': { type: 'string' },
      mem: { type: 'string' },
      'sbatch-option': { type: 'string', multiple: true },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 0) throw new InputError(`Unexpected argument "${positionals[0]}": put the training command after "--", like: crucible train -- python train.py.`);
  if (command.length === 0) throw new InputError('No command to run: put it after "--", like: crucible train --metrics metrics.json -- python train.py.');
  const gpu = values.gpu as (typeof GPU_MODES)[number];
  if (!GPU_MODES.includes(gpu)) throw new InputError(`--gpu must be one of ${GPU_MODES.join(', ')}, got "${values.gpu}".`);
  const busyGpu = values['busy-gpu'] as (typeof BUSY_MODES)[number];
  if (!BUSY_MODES.includes(busyGpu)) throw new InputError(`--busy-gpu must be one of ${BUSY_MODES.join(', ')}, got "${values['busy-gpu']}".`);
  const grace = Number(values.grace);
  if (!Number.isFinite(grace) || grace < 0) throw new InputError(`--grace must be a number of seconds (0 or more), got "${values.grace}".`);
  const minGpus = Number(values['min-gpus']);
  if (!Number.isInteger(minGpus) || minGpus < 0) throw new InputError(`--min-gpus must be a whole number, got "${values['min-gpus']}".`);
  const interval = seconds(values['telemetry-interval'], '--telemetry-interval') as number;
  const timeBudgetSeconds = seconds(values['time-budget'], '--time-budget');
  const backend = values.backend as (typeof BACKENDS)[number];
  if (!BACKENDS.includes(backend)) throw new InputError(`--backend must be one of ${BACKENDS.join(', ')}, got "${values.backend}".`);
  if (backend === 'local') {
    const given = SLURM_ONLY.find((flag) => values[flag] !== undefined);
    if (given !== undefined) throw new InputError(`--${given} is for a Slurm job: add --backend slurm, or leave --${given} out.`);
  }
  const nodes = wholeNumber(values.nodes, '--nodes', 1) ?? 1;
  const gpusPerNode = wholeNumber(values['gpus-per-node'], '--gpus-per-node', 0);

  // crucible's own lines go to stderr: stdout carries the command's output.
  const log: Log = {
    info: (message) => io.stderr(`crucible train: ${message}\n`),
    debug: () => {},
    warning: (message) => io.stderr(`crucible train: warning: ${message}\n`),
    group: (_title, body) => body(),
  };
  // On the GitHub runner the step is killed 2.5 s after its SIGTERM; elsewhere the command gets its grace.
  const onRunner = process.env['GITHUB_ACTIONS'] === 'true';
  const outDir = resolve(io.cwd, values.out);
  // Before the command runs: hours of training must not end in an --out folder that cannot hold run.json.
  checkOutputPath({ path: join(outDir, 'run.json'), flag: '--out' });
  const stdout = textStream(io.stdout);
  // Python buffers its output when it is not a terminal; the output is live only if it does not.
  // A Slurm job stores its environment with the job: a runner's private variables (crucible train in a run: step)
  // stay out of it, as the action keeps them out; a local command gets the environment as it is.
  const env = { ...(backend === 'slurm' ? withoutRunnerPrivates(process.env) : process.env), PYTHONUNBUFFERED: process.env['PYTHONUNBUFFERED'] ?? '1' };
  // As the action does: what the environment holds under secret-looking names stays out of run.json and train.log
  // (the --out folder is what gets uploaded); the terminal shows the command's output as written.
  const secrets = secretValues(env);
  try {
    const outcome = await trainStep(
      {
        cwd: io.cwd,
        command: { kind: 'argv', argv: command },
        env,
        secrets,
        preflight: { gpu, minGpus, busyGpu },
        timeBudgetSeconds,
        graceSeconds: grace,
        ...(onRunner ? {} : { killAfterTerm: { ms: grace * 1000, reason: `--grace is ${grace}s` } }),
        telemetryIntervalSeconds: interval,
        launcher: { kind: 'none', nodes, gpusPerNode, nodeRank: 0, masterAddr: '127.0.0.1', masterPort: 29500 },
        checkpoint: undefined,
        metricsPath: values.metrics,
        paramsPath: values.params,
        dataPaths: values.data ?? [],
        outputs: values.output ?? [],
        outDir,
        artifacts: { evidence: 'crucible-run', log: 'train-log', model: 'model' },
        uploadLog: false,
        git: gitOf(io.cwd),
        stdout,
        backend:
          backend === 'local'
            ? { kind: 'local' }
            : {
                kind: 'slurm',
                request: {
                  partition: values['slurm-partition'],
                  account: values['slurm-account'],
                  qos: values['slurm-qos'],
                  nodes,
                  gpusPerNode: gpusPerNode === 0 ? undefined : gpusPerNode,
                  cpusPerTask: wholeNumber(values['cpus-per-task'], '--cpus-per-task', 1),
                  mem: values.mem,
                  extra: values['sbatch-option'] ?? [],
                },
                names: SLURM_FLAGS,
                jobName: 'crucible-train',
              },
      },
      // No cache, no artifacts, no runner: the evidence stays in --out.
      { checkpoints: undefined, uploads: undefined, runner: async () => null, interrupts: { hold: () => ({ cancelled: () => false, release: () => {} }) }, log, clock: systemClock },
    );
    const rawLog = outcome.result.rawLogPath;
    if (secrets.length > 0 && existsSync(rawLog)) {
      redactFile(rawLog, `${rawLog}.redacted`, secrets);
      renameSync(`${rawLog}.redacted`, rawLog);
    }
    for (const annotation of outcome.annotations) io.stderr(`crucible train: ${annotation.message}\n`);
    io.stderr(`crucible train: wrote ${outcome.result.evidencePath}\n`);
    return exitCodeOf(outcome.result.result);
  } finally {
    stdout.end();
  }
}
