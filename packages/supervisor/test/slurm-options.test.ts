import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { InputError } from '@crucible/core/errors';
import { standInGpuBin } from '@crucible/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import {
  batchScript,
  expandHostList,
  explainRejection,
  gpusIn,
  jobOutcome,
  parseSbatchJobId,
  parseScontrolJob,
  requestOptions,
  type SlurmInputNames,
  type SlurmLauncher,
  slurmTelemetryPrefix,
  superviseSlurm,
  taskArgv,
  validateSlurmRequest,
} from '../src/slurm/index.ts';
import { startTelemetry } from '../src/telemetry.ts';

const scratch = mkdtempSync(join(tmpdir(), 'crucible-slurm-options-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const CLI_NAMES: SlurmInputNames = {
  partition: '--slurm-partition',
  account: '--slurm-account',
  qos: '--slurm-qos',
  nodes: '--nodes',
  gpusPerNode: '--gpus-per-node',
  cpusPerTask: '--cpus-per-task',
  mem: '--mem',
  extra: '--sbatch-option',
};

function refusal(run: () => void): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('validateSlurmRequest', () => {
  it.each(['--time=01:00:00', '--constraint=a100', '--exclusive', '-t10', '--reservation=maint', '--mail-type=END', '--requeue', '--comment=run 12'])('takes %s', (option) => {
    expect(() => validateSlurmRequest({ extra: [option] })).not.toThrow();
  });

  it.each([
    ['--output=/tmp/x', '--output is not allowed'],
    ['-o/tmp/x', '--output is not allowed'],
    ['--error=e.log', '--error is not allowed'],
    ['-e', '--error is not allowed'],
    ['--input=in', '--input is not allowed'],
    ['--chdir=/', '--chdir is not allowed'],
    ['-D/tmp', '--chdir is not allowed'],
    ['--wrap=rm -rf /', '--wrap is not allowed'],
    ['--array=1-4', '--array is not allowed'],
    ['-a1-4', '--array is not allowed'],
    ['--wait', '--wait is not allowed'],
    ['-W', '--wait is not allowed'],
    ['--parsable', '--parsable is not allowed'],
    ['--hold', '--hold is not allowed'],
    ['-H', '--hold is not allowed'],
    ['--test-only', '--test-only is not allowed'],
    ['--export=NONE', '--export is not allowed'],
    ['--uid=0', '--uid is not allowed'],
    ['--gid=0', '--gid is not allowed'],
    ['--open-mode=append', '--open-mode is not allowed'],
    ['--signal=B:USR1@60', '--signal is not allowed'],
    ['--dependency=afterok:1', '--dependency is not allowed'],
    ['-dafterok:1', '--dependency is not allowed'],
    ['--job-name=x', '--job-name is not allowed'],
    ['-Jx', '--job-name is not allowed'],
    // sbatch takes unambiguous prefixes of long options.
    ['--out=/tmp/x', '--output is not allowed'],
    ['--sig=INT', '--signal is not allowed'],
  ])('refuses %s', (option, said) => {
    const message = refusal(() => validateSlurmRequest({ extra: [option] }));
    expect(message).toContain('Input "sbatch-options"');
    expect(message).toContain(said);
    expect(message).toContain(JSON.stringify(option));
  });

  it.each([
    ['--partition=gpu', 'slurm-partition'],
    ['-pgpu', 'slurm-partition'],
    ['--account=ml', 'slurm-account'],
    ['-Aml', 'slurm-account'],
    ['--qos=high', 'slurm-qos'],
    ['--nodes=2', 'nodes'],
    ['-N2', 'nodes'],
    ['--gres=gpu:2', 'gpus-per-node'],
    ['--gpus=8', 'gpus-per-node'],
    ['--gpus-per-node=8', 'gpus-per-node'],
    ['--cpus-per-task=8', 'cpus-per-task'],
    ['-c8', 'cpus-per-task'],
    ['--mem=64G', 'mem'],
  ])('points %s at its dedicated input', (option, input) => {
    expect(refusal(() => validateSlurmRequest({ extra: [option] }))).toBe(`Input "sbatch-options": ${JSON.stringify(option)} sets what input "${input}" gives; use "${input}" instead.`);
  });

  it('names the CLI flags when given them', () => {
    expect(refusal(() => validateSlurmRequest({ extra: ['-p', 'gpu'] }, CLI_NAMES))).toBe('Input "--sbatch-option": "-p" sets what input "--slurm-partition" gives; use "--slurm-partition" instead.');
    expect(refusal(() => validateSlurmRequest({ nodes: 0 }, CLI_NAMES))).toBe('Input "--nodes" must be a whole number of at least 1, got 0.');
  });

  it.each([
    ['time=01:00:00', 'is not an sbatch option'],
    ['--time 01:00:00', 'holds spaces'],
    ['--time=1\n#SBATCH --output=/etc/x', 'holds a newline or NUL'],
    ['--comment=a\u0000b', 'holds a newline or NUL'],
    ['-', 'is not an sbatch option'],
  ])('refuses the malformed %j', (option, said) => {
    expect(refusal(() => validateSlurmRequest({ extra: [option] }))).toContain(said);
  });

  it.each([
    [{ partition: 'gpu; rm -rf /' }, 'Input "slurm-partition" must be one word'],
    [{ account: '' }, 'Input "slurm-account" must be one word'],
    [{ gpusPerNode: 1.5 }, 'Input "gpus-per-node" must be a whole number of at least 0'],
    [{ cpusPerTask: 0 }, 'Input "cpus-per-task" must be a whole number of at least 1'],
  ])('refuses the field %j', (request, said) => {
    expect(refusal(() => validateSlurmRequest(request))).toContain(said);
  });
});

describe('requestOptions', () => {
  it('puts the dedicated fields first, then the extras as given', () => {
    expect(requestOptions({ partition: 'gpu', account: 'ml', qos: 'high', nodes: 2, gpusPerNode: 8, cpusPerTask: 16, mem: '256G', extra: ['--time=01:00:00', '--exclusive'] })).toEqual([
      '--partition=gpu',
      '--account=ml',
      '--qos=high',
      '--nodes=2',
      '--gres=gpu:8',
      '--cpus-per-task=16',
      '--mem=256G',
      '--time=01:00:00',
      '--exclusive',
    ]);
    expect(requestOptions({})).toEqual(['--nodes=1']);
  });
});

describe('explainRejection', () => {
  const request = { partition: 'gpu', account: 'ml', qos: 'high', nodes: 4, gpusPerNode: 8, extra: ['--constraint=h100'] };
  it.each([
    ['sbatch: error: invalid partition specified: gpu\nsbatch: error: Batch job submission failed: Invalid partition name specified', 'Input "slurm-partition": the cluster has no partition "gpu". This cluster\'s partitions: debug, a100.'],
    ['sbatch: error: Batch job submission failed: Invalid account or account/partition combination specified', 'Input "slurm-account": the cluster refuses account "ml" on partition "gpu"'],
    ['sbatch: error: Batch job submission failed: Invalid qos specification', 'Input "slurm-qos": the cluster refuses QOS "high"'],
    ['sbatch: error: Invalid generic resource (gres) specification', 'Input "gpus-per-node": the cluster cannot give 8 GPU(s) per node on partition "gpu"'],
    ['allocation failure: Requested node configuration is not available', 'No node of partition "gpu" has what the job asks for: lower "nodes" (4), "gpus-per-node" (8) or "sbatch-options"'],
    ["sbatch: unrecognized option '--bogus'\nTry \"sbatch --help\" for more information", 'Input "sbatch-options": sbatch does not take one of ["--constraint=h100"]'],
    ['allocation failure: Invalid feature specification', 'Input "sbatch-options" (or another Slurm input): the cluster refused the job. (sbatch: Invalid feature specification)'],
  ])('reads %j', (stderr, said) => {
    const error = explainRejection(stderr, request, { ...CLI_NAMES, partition: 'slurm-partition', account: 'slurm-account', qos: 'slurm-qos', nodes: 'nodes', gpusPerNode: 'gpus-per-node', extra: 'sbatch-options' }, ['debug', 'a100']);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain(said);
  });
});

describe("Slurm's answers", () => {
  it('reads the job id sbatch --parsable prints, with or without a cluster', () => {
    expect(parseSbatchJobId('123\n')).toBe('123');
    expect(parseSbatchJobId('4567;gpu-cluster\n')).toBe('4567');
    expect(parseSbatchJobId('sbatch: warning: something\n88\n')).toBe('88');
    expect(parseSbatchJobId('Submitted batch job 12\n')).toBeNull();
  });

  it('reads scontrol show job -o', () => {
    const line =
      'JobId=42 JobName=train UserId=ci(1001) GroupId=ci(1001) MCS_label=N/A Priority=1 Nice=0 Account=ml QOS=normal JobState=FAILED Reason=NonZeroExitCode Dependency=(null) ' +
      'Requeue=1 Restarts=0 BatchFlag=1 Reboot=0 ExitCode=3:0 RunTime=00:01:40 TimeLimit=01:00:00 TimeMin=N/A SubmitTime=2026-12-05T10:00:00 EligibleTime=2026-12-05T10:00:00 ' +
      'AccrueTime=2026-12-05T10:00:00 StartTime=2026-12-05T10:00:20 EndTime=2026-12-05T10:02:00 Deadline=N/A Partition=gpu AllocNode:Sid=login1:77 ReqNodeList=(null) ExcNodeList=(null) ' +
      'NodeList=gpu[01-04] BatchHost=gpu01 NumNodes=4 NumCPUs=64 NumTasks=4 CPUs/Task=16 ReqB:S:C:T=0:0:*:* TRES=cpu=64,mem=1T,node=4,billing=64,gres/gpu=32 ' +
      'Command=/shared/my runs/job.sh WorkDir=/shared/my runs StdErr=/shared/my runs/train.log StdOut=/shared/my runs/train.log Power= TresPerNode=gres:gpu:8';
    const info = parseScontrolJob(line);
    expect(info).toMatchObject({ jobId: '42', state: 'FAILED', reason: 'NonZeroExitCode', partition: 'gpu', nodeList: 'gpu[01-04]', nodes: 4, exitCode: 3, exitSignal: 0, gpus: 32 });
    expect((info.startTime?.getTime() ?? 0) - (info.submitTime?.getTime() ?? 0)).toBe(20_000);
    expect((info.endTime?.getTime() ?? 0) - (info.startTime?.getTime() ?? 0)).toBe(100_000);
    // Without gres/gpu among the TRES, what each node asked for.
    expect(parseScontrolJob(line.replace(',gres/gpu=32', '')).gpus).toBe(32);
    expect(parseScontrolJob('JobId=7 JobState=PENDING Reason=Resources NodeList=(null) NumNodes=2-2 StartTime=2027-01-01T00:00:00 ExitCode=0:0').nodes).toBeNull();
    expect(parseScontrolJob('JobId=7 JobState=PENDING Reason=Resources NodeList=(null) NumNodes=2-2 StartTime=2027-01-01T00:00:00 ExitCode=0:0').startTime).toBeNull();
  });

  it.each([
    ['cpu=8,node=1', null],
    ['cpu=8,node=1,gres/gpu=4', 4],
    ['cpu=8,node=1,gres/gpu:a100=2,gres/gpu:h100=2', 4],
  ])('counts GPUs in %s', (tres, gpus) => {
    expect(gpusIn(tres)).toBe(gpus);
  });

  it.each([
    ['gpu[01-04]', ['gpu01', 'gpu02', 'gpu03', 'gpu04']],
    ['node7', ['node7']],
    ['a[1,3-4],b5', ['a1', 'a3', 'a4', 'b5']],
    ['rack[1-2]-n[1-2]', ['rack1-n1', 'rack1-n2', 'rack2-n1', 'rack2-n2']],
  ])('expands the host list %s', (list, hosts) => {
    expect(expandHostList(list)).toEqual(hosts);
  });
});

/** A program that prints, as one JSON line, the name it was called by, its arguments and the master's address. */
function recorder(folder: string, name: string): void {
  writeFileSync(
    join(folder, name),
    `#!/usr/bin/env node\nconsole.log(JSON.stringify({ argv: [${JSON.stringify(name)}, ...process.argv.slice(2)], addr: process.env.MASTER_ADDR, port: process.env.MASTER_PORT, node: process.env.SLURM_NODEID }));\n`,
    { mode: 0o755 },
  );
}

describe("the step's result from the job's end", () => {
  it.each([
    ['a job that completed', 'COMPLETED', 0, null, null, { exitCode: 0, signal: null }],
    ['a job that failed with its own code', 'FAILED', 3, null, null, { exitCode: 3, signal: null }],
    ['a job a signal ended', 'FAILED', 0, 'SIGSEGV', null, { exitCode: null, signal: 'SIGSEGV' }],
    ['a job cancelled after our SIGINT, with no signal recorded', 'CANCELLED', 0, null, 'SIGINT', { exitCode: null, signal: 'SIGINT' }],
    ['a job someone else cancelled', 'CANCELLED', 0, null, null, { exitCode: null, signal: 'SIGTERM' }],
    ['a preempted job that recorded 0:0', 'PREEMPTED', 0, null, null, { exitCode: null, signal: 'SIGKILL' }],
    ['a job whose node failed', 'NODE_FAIL', 0, null, null, { exitCode: null, signal: 'SIGKILL' }],
    ['a job out of memory', 'OUT_OF_MEMORY', 0, null, null, { exitCode: null, signal: 'SIGKILL' }],
    ['a job that never ran', 'PENDING', null, null, 'SIGKILL', { exitCode: null, signal: null }],
  ] as const)('%s', (_what, state, code, signal, sent, expected) => {
    expect(jobOutcome(state, code, signal, sent)).toEqual(expected);
  });
});

describe('the launcher on several nodes', () => {
  const hosts = expandHostList('gpu[01-04]');
  const argv = ['python', 'train.py', '--lr', "it's 1e-4", '$HOME'];

  it('gives each node its rank and the first host as master (torchrun)', () => {
    const launcher: SlurmLauncher = { kind: 'torchrun', gpusPerNode: 8, masterPort: 29400 };
    expect(taskArgv(argv, launcher, { hosts, nodeId: 2 })).toEqual([
      'torchrun',
      '--nnodes=4',
      '--nproc_per_node=8',
      '--node_rank=2',
      '--master_addr=gpu01',
      '--master_port=29400',
      ...argv,
    ]);
  });

  it('counts accelerate processes over every node', () => {
    expect(taskArgv(['train.py'], { kind: 'accelerate', gpusPerNode: 8, masterPort: 29500 }, { hosts, nodeId: 3 })).toEqual([
      'accelerate', 'launch', '--num_machines', '4', '--num_processes', '32', '--machine_rank', '3', '--main_process_ip', 'gpu01', '--main_process_port', '29500', 'train.py',
    ]);
  });

  // The batch script run as the job would run it, with srun and scontrol standing in for a four-node allocation:
  // each node's task must run exactly what taskArgv says.
  it.each<[string, SlurmLauncher]>([
    ['torchrun', { kind: 'torchrun', gpusPerNode: 8, masterPort: 29400 }],
    ['accelerate', { kind: 'accelerate', gpusPerNode: 8, masterPort: 29500 }],
    ['none', { kind: 'none', gpusPerNode: 1, masterPort: 29500 }],
  ])('builds %s words in the job from SLURM_NODEID', (kind, launcher) => {
    const bin = mkdtempSync(join(scratch, 'bin-'));
    writeFileSync(join(bin, 'scontrol'), `#!/bin/sh\nprintf '%s\\n' ${hosts.join(' ')}\n`, { mode: 0o755 });
    // srun: one task per node, each with its SLURM_NODEID; options skipped up to the program.
    writeFileSync(join(bin, 'srun'), '#!/bin/bash\nwhile [[ "$1" == -* ]]; do shift; done\nfor ((i = 0; i < SLURM_NNODES; i++)); do SLURM_NODEID=$i "$@" || exit; done\n', { mode: 0o755 });
    for (const name of ['torchrun', 'accelerate', 'python']) recorder(bin, name);
    const script = join(bin, 'job.sh');
    writeFileSync(script, batchScript({ argv: kind === 'none' ? argv : argv.slice(1), nodes: 4, launcher }), { mode: 0o755 });
    const ran = spawnSync('bash', [script], {
      encoding: 'utf8',
      env: { PATH: `${bin}:${process.env['PATH'] ?? ''}`, HOME: '/home/ci', SLURM_JOB_NODELIST: 'gpu[01-04]', SLURM_NNODES: '4', SLURM_NODEID: '0' },
    });
    expect(ran.stderr).toBe('');
    const tasks = ran.stdout.trim().split('\n').map((line) => JSON.parse(line) as { argv: string[]; addr: string; port: string; node: string });
    const expected = hosts.map((_, nodeId) => taskArgv(kind === 'none' ? argv : argv.slice(1), launcher, { hosts, nodeId }));
    expect(tasks.map((task) => task.argv)).toEqual(expected);
    expect(tasks.map((task) => [task.addr, task.port])).toEqual(hosts.map(() => ['gpu01', String(launcher.masterPort)]));
  });

  it('execs the command itself on one node, with the launcher words for one machine', () => {
    const script = batchScript({ argv: ['python', 'train.py'], nodes: 1, launcher: { kind: 'torchrun', gpusPerNode: 2, masterPort: 29500 } });
    expect(script).toContain('exec torchrun --nnodes="$SLURM_NNODES" --nproc_per_node=2 --node_rank="$SLURM_NODEID" --master_addr="$MASTER_ADDR" --master_port=29500 python train.py\n');
    expect(script).not.toContain('srun');
  });
});

describe('telemetry on the nodes', () => {
  it('runs the sampler through srun --overlap on every node of a job holding GPUs', () => {
    expect(slurmTelemetryPrefix({ jobId: '123', nodes: 2, gpus: 16 })).toEqual(['srun', '--overlap', '--jobid=123', '--nodes=2', '--ntasks=2', '--ntasks-per-node=1', '--gres=gpu:8', '--quiet']);
    expect(slurmTelemetryPrefix({ jobId: '123', nodes: 1, gpus: null })).toBeNull();
    expect(slurmTelemetryPrefix({ jobId: '123', nodes: 1, gpus: 0 })).toBeNull();
  });

  it('starts the GPU tool through the prefix', async () => {
    const bin = mkdtempSync(join(scratch, 'prefix-'));
    const marker = join(bin, 'called');
    // A prefix that says it ran, then runs the tool (as srun would on a node).
    writeFileSync(join(bin, 'on-node'), `#!/bin/sh\necho "$@" > ${marker}\nshift\nexec "$@"\n`, { mode: 0o755 });
    const csvPath = join(bin, 'telemetry.csv');
    const sampler = startTelemetry({
      tool: 'nvidia-smi',
      intervalMs: 100,
      csvPath,
      env: { ...process.env, PATH: `${standInGpuBin()}:${process.env['PATH'] ?? ''}` },
      gpuCount: 2,
      prefix: [join(bin, 'on-node'), '--flag'],
    });
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && (!existsSync(csvPath) || readFileSync(csvPath, 'utf8').split('\n').length < 6)) await delay(50);
    const summary = await sampler.stop();
    expect(sampler.problems).toEqual([]);
    expect(readFileSync(marker, 'utf8')).toMatch(/^--flag nvidia-smi --query-gpu=/);
    expect(summary.samples).toBeGreaterThanOrEqual(2);
    expect(summary.gpus.map((gpu) => gpu.index)).toEqual([0, 1]);
  });
});

describe('superviseSlurm without Slurm', () => {
  it('says sbatch could not start, as a local run says its command could not', async () => {
    const folder = mkdtempSync(join(scratch, 'no-slurm-'));
    const result = await superviseSlurm({
      argv: ['true'],
      cwd: folder,
      env: { PATH: '/nonexistent' },
      request: {},
      jobName: 'crucible-test',
      rawLogPath: join(folder, 'train.log'),
    });
    expect(result).toMatchObject({ exitCode: null, signal: null, timedOut: false, cancelled: null, slurm: null });
    expect(result.spawnError).toContain('ENOENT');
  });
});
