/**
 * What a Slurm job asks for, as sbatch options: the dedicated fields (partition, account, qos, nodes, GPUs, CPUs,
 * memory) and free-form extra options, checked so that none moves the output, detaches the job or takes over what
 * the supervisor owns (signals, environment, job name).
 */
import { InputError } from '@crucible/core/errors';

export type SlurmRequest = {
  partition?: string | undefined;
  account?: string | undefined;
  qos?: string | undefined;
  /** Machines; 1 by default. */
  nodes?: number | undefined;
  /** GPUs on each node: `--gres=gpu:N`. */
  gpusPerNode?: number | undefined;
  cpusPerTask?: number | undefined;
  /** As sbatch takes it: `64G`, `500M`, `0` (all of the node's memory). */
  mem?: string | undefined;
  /** Free-form sbatch options, one per entry (`--time=01:00:00`, `--constraint=a100`, `--exclusive`). */
  extra?: readonly string[] | undefined;
};

/** The field of a SlurmRequest an input feeds. */
export type SlurmField = 'partition' | 'account' | 'qos' | 'nodes' | 'gpusPerNode' | 'cpusPerTask' | 'mem' | 'extra';

/**
 * How the user gave each field, for messages: the action's input names by default; the CLI passes its flags
 * (`{ extra: '--sbatch-option', partition: '--slurm-partition', ... }`).
 */
export type SlurmInputNames = Record<SlurmField, string>;

export const ACTION_INPUT_NAMES: SlurmInputNames = {
  partition: 'slurm-partition',
  account: 'slurm-account',
  qos: 'slurm-qos',
  nodes: 'nodes',
  gpusPerNode: 'gpus-per-node',
  cpusPerTask: 'cpus-per-task',
  mem: 'mem',
  extra: 'sbatch-options',
};

/** Options the supervisor sets itself or that would take the job out of its hands, with why. */
const REFUSED: { long: string; short?: string; why: string }[] = [
  { long: '--output', short: '-o', why: 'the job writes its output where Crucible reads it live' },
  { long: '--error', short: '-e', why: "the job's stderr joins its stdout in the log Crucible reads" },
  { long: '--input', short: '-i', why: 'the job reads no input' },
  { long: '--chdir', short: '-D', why: 'the job runs in the working directory Crucible is given' },
  { long: '--wrap', why: 'Crucible writes the batch script' },
  { long: '--array', short: '-a', why: 'Crucible supervises one job' },
  { long: '--wait', short: '-W', why: 'Crucible waits for the job itself' },
  { long: '--parsable', why: 'Crucible reads the job id itself' },
  { long: '--hold', short: '-H', why: 'a held job would wait for someone to release it' },
  { long: '--test-only', why: 'Crucible checks the request itself before submitting' },
  { long: '--export', why: 'the job gets exactly the environment of the step (less private variables)' },
  { long: '--export-file', why: 'the job gets exactly the environment of the step (less private variables)' },
  { long: '--uid', why: 'the job runs as the runner user' },
  { long: '--gid', why: 'the job runs as the runner user' },
  { long: '--open-mode', why: 'Crucible reads the log from its start' },
  { long: '--signal', why: 'Crucible sends the stop signals (time budget, cancellation)' },
  { long: '--dependency', short: '-d', why: 'a dependent job would wait on another' },
  { long: '--job-name', short: '-J', why: 'Crucible names the job' },
  { long: '--kill-on-invalid-dep', why: 'a dependent job would wait on another' },
  { long: '--batch', why: 'Crucible writes the batch script' },
];

/** Options a dedicated field gives, and which. */
const DEDICATED: { long: string; short?: string; field: SlurmField }[] = [
  { long: '--partition', short: '-p', field: 'partition' },
  { long: '--account', short: '-A', field: 'account' },
  { long: '--qos', short: '-q', field: 'qos' },
  { long: '--nodes', short: '-N', field: 'nodes' },
  { long: '--gres', field: 'gpusPerNode' },
  { long: '--gpus', short: '-G', field: 'gpusPerNode' },
  { long: '--gpus-per-node', field: 'gpusPerNode' },
  { long: '--gpus-per-task', field: 'gpusPerNode' },
  { long: '--gpus-per-socket', field: 'gpusPerNode' },
  { long: '--cpus-per-task', short: '-c', field: 'cpusPerTask' },
  { long: '--mem', field: 'mem' },
];

/** The option an extra entry sets: its long name, or its short one (`-p`), whatever value follows. */
function optionName(entry: string): string {
  if (entry.startsWith('--')) return entry.split('=')[0] as string;
  return entry.slice(0, 2);
}

/**
 * Checks every field, throwing one InputError naming the input and the fix. Extra options must each be one
 * option (`--time=01:00:00`, value joined by `=`; a short one as `-t01:00:00`), begin with `-`, and not be one the
 * supervisor owns or a dedicated input gives.
 */
export function validateSlurmRequest(request: SlurmRequest, names: SlurmInputNames = ACTION_INPUT_NAMES): void {
  for (const field of ['partition', 'account', 'qos', 'mem'] as const) {
    const value = request[field];
    if (value === undefined) continue;
    if (!/^[\w.@%+:-]+$/.test(value)) {
      throw new InputError(`Input "${names[field]}" must be one word of letters, digits and ._-@%+:, got ${JSON.stringify(value)}.`);
    }
  }
  for (const field of ['nodes', 'gpusPerNode', 'cpusPerTask'] as const) {
    const value = request[field];
    if (value === undefined) continue;
    const least = field === 'gpusPerNode' ? 0 : 1;
    if (!Number.isInteger(value) || value < least) {
      throw new InputError(`Input "${names[field]}" must be a whole number of at least ${least}, got ${JSON.stringify(value)}.`);
    }
  }
  const extraName = names.extra;
  for (const entry of request.extra ?? []) {
    const shown = JSON.stringify(entry);
    // eslint-disable-next-line no-control-regex -- a newline or NUL would end the option inside sbatch's argv or a #SBATCH line
    if (/[\u0000\n\r]/.test(entry)) throw new InputError(`Input "${extraName}": ${shown} holds a newline or NUL; give one sbatch option per entry, like "--time=01:00:00".`);
    if (!entry.startsWith('-') || entry === '-' || entry === '--') {
      throw new InputError(`Input "${extraName}": ${shown} is not an sbatch option; give one option per entry, each starting with "-", with its value after "=" (like "--time=01:00:00").`);
    }
    if (entry.startsWith('--') && /\s/.test(entry.split('=')[0] as string)) {
      throw new InputError(`Input "${extraName}": ${shown} holds spaces; give one sbatch option per entry, with its value after "=" (like "--constraint=a100").`);
    }
    const name = optionName(entry);
    const refused = REFUSED.find((option) => matches(option, name));
    if (refused !== undefined) {
      throw new InputError(`Input "${extraName}": ${refused.long} is not allowed (${refused.why}); remove ${shown}.`);
    }
    const dedicated = DEDICATED.find((option) => matches(option, name));
    if (dedicated !== undefined) {
      throw new InputError(`Input "${extraName}": ${shown} sets what input "${names[dedicated.field]}" gives; use "${names[dedicated.field]}" instead.`);
    }
  }
}

function matches(option: { long: string; short?: string }, name: string): boolean {
  // sbatch accepts any unambiguous prefix of a long option (--out for --output): refuse those too.
  if (name.startsWith('--') && name.length > 3 && option.long.startsWith(name)) return true;
  return name === option.long || (option.short !== undefined && name === option.short);
}

/** The request as sbatch options, dedicated fields first, then the extras as given. Validate first. */
export function requestOptions(request: SlurmRequest): string[] {
  const options: string[] = [];
  if (request.partition !== undefined) options.push(`--partition=${request.partition}`);
  if (request.account !== undefined) options.push(`--account=${request.account}`);
  if (request.qos !== undefined) options.push(`--qos=${request.qos}`);
  options.push(`--nodes=${request.nodes ?? 1}`);
  if (request.gpusPerNode !== undefined && request.gpusPerNode > 0) options.push(`--gres=gpu:${request.gpusPerNode}`);
  if (request.cpusPerTask !== undefined) options.push(`--cpus-per-task=${request.cpusPerTask}`);
  if (request.mem !== undefined) options.push(`--mem=${request.mem}`);
  options.push(...(request.extra ?? []));
  return options;
}

/**
 * What sbatch's rejection of the request means, as one message naming the input: its words matched against the
 * errors Slurm gives for a bad partition, account, QOS, GRES, node count or option; anything else is the cluster's
 * own words under the extra options' input.
 */
export function explainRejection(stderr: string, request: SlurmRequest, names: SlurmInputNames, partitions: readonly string[] | null): InputError {
  const words = stderr
    .split('\n')
    .map((line) => line.replace(/^(sbatch|allocation failure):\s*(error:\s*)?/i, '').trim())
    .filter((line) => line !== '' && !/^Try "sbatch --help"/.test(line))
    .join('; ');
  const cluster = `(sbatch: ${words || 'no message'})`;
  const known = partitions === null || partitions.length === 0 ? '' : ` This cluster's partitions: ${partitions.join(', ')}.`;
  if (/invalid partition/i.test(stderr)) {
    return new InputError(`Input "${names.partition}": the cluster has no partition ${JSON.stringify(request.partition ?? '(default)')}.${known} ${cluster}`);
  }
  if (/invalid account/i.test(stderr)) {
    return new InputError(
      `Input "${names.account}": the cluster refuses account ${JSON.stringify(request.account ?? '(default)')}${request.partition === undefined ? '' : ` on partition "${request.partition}"`}; ` +
        `use an account you belong to (sacctmgr show associations user=$USER). ${cluster}`,
    );
  }
  if (/invalid qos/i.test(stderr)) {
    return new InputError(`Input "${names.qos}": the cluster refuses QOS ${JSON.stringify(request.qos ?? '(default)')}; use one your account may use (sacctmgr show qos). ${cluster}`);
  }
  if (/generic resource|gres/i.test(stderr)) {
    return new InputError(
      `Input "${names.gpusPerNode}": the cluster cannot give ${request.gpusPerNode ?? 0} GPU(s) per node${request.partition === undefined ? '' : ` on partition "${request.partition}"`}; ` +
        `ask for fewer, or pick a partition with GPUs. ${cluster}`,
    );
  }
  if (/node count specification/i.test(stderr)) {
    return new InputError(`Input "${names.nodes}": the partition cannot give ${request.nodes ?? 1} node(s); ask for fewer. ${cluster}`);
  }
  if (/unrecognized option|invalid option|unknown option|invalid argument|requires an argument/i.test(stderr)) {
    return new InputError(`Input "${names.extra}": sbatch does not take one of ${JSON.stringify(request.extra ?? [])}; check each against \`sbatch --help\`. ${cluster}`);
  }
  if (/requested node configuration is not available/i.test(stderr)) {
    const asked = (['nodes', 'gpusPerNode', 'cpusPerTask', 'mem'] as const)
      .filter((field) => request[field] !== undefined)
      .map((field) => `"${names[field]}" (${request[field]})`);
    const extra = (request.extra ?? []).length > 0 ? ` or "${names.extra}"` : '';
    return new InputError(
      `No node${request.partition === undefined ? '' : ` of partition "${request.partition}"`} has what the job asks for: ` +
        `lower ${asked.length > 0 ? asked.join(', ') : 'the request'}${extra}, or pick another partition with "${names.partition}".${known} ${cluster}`,
    );
  }
  return new InputError(`Input "${names.extra}" (or another Slurm input): the cluster refused the job. ${cluster}`);
}
