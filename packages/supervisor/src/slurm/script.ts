/**
 * The batch script Crucible submits, and the words each node's task runs. The command is quoted word by word: the
 * script interprets none of the user's text. For several nodes the launcher's words depend on the allocation
 * (the first host is the master, SLURM_NODEID the node's rank), so they are built inside the job, per task, from
 * the same launcherPrefix the local run uses, with the per-node values left to the shell.
 */
import { type LauncherKind, launcherPrefix } from '../launcher.ts';
import { shellQuote } from '../shell.ts';

export type SlurmLauncher = {
  kind: LauncherKind;
  /** Processes per node (one per GPU). */
  gpusPerNode: number;
  masterPort: number;
};

/** An allocation as the job sees it: its node list (`gpu[01-04]`) expanded, and this task's SLURM_NODEID. */
export type NodeAllocation = { hosts: readonly string[]; nodeId: number };

/**
 * The argv one node's task runs: the launcher's words for this node (rank = SLURM_NODEID, master = first host) and
 * the command. This is what the job's task wrapper computes in the shell; tests compare the two.
 */
export function taskArgv(argv: readonly string[], launcher: SlurmLauncher | undefined, allocation: NodeAllocation): string[] {
  const prefix = launcherPrefix({
    kind: launcher?.kind ?? 'none',
    nodes: allocation.hosts.length,
    gpusPerNode: launcher?.gpusPerNode ?? 1,
    nodeRank: allocation.nodeId,
    masterAddr: allocation.hosts[0] ?? 'localhost',
    masterPort: launcher?.masterPort ?? DEFAULT_MASTER_PORT,
  });
  return [...prefix, ...argv];
}

export const DEFAULT_MASTER_PORT = 29500;

// Stand-ins for the values only the job knows; they cannot occur in a launcher's words otherwise.
const ADDR = '\u0001ADDR\u0001';
const NODES = '7340033';

/**
 * The task's command line as shell text: taskArgv with the node rank, master address and node count left to the
 * shell ($SLURM_NODEID, $MASTER_ADDR, $SLURM_NNODES), every other word quoted.
 */
export function taskCommandLine(argv: readonly string[], launcher: SlurmLauncher | undefined): string {
  const prefix = launcherPrefix({
    kind: launcher?.kind ?? 'none',
    // A node count no real allocation has, replaced below; accelerate multiplies it, so it is worked out in the shell.
    nodes: Number(NODES),
    gpusPerNode: launcher?.gpusPerNode ?? 1,
    nodeRank: -1,
    masterAddr: ADDR,
    masterPort: launcher?.masterPort ?? DEFAULT_MASTER_PORT,
  });
  const gpus = launcher?.gpusPerNode ?? 1;
  const total = String(Number(NODES) * gpus);
  const words = prefix.map((word) => {
    if (word === '-1') return '"$SLURM_NODEID"';
    if (word.includes('=-1')) return `${shellQuote(word.replace('=-1', '='))}"$SLURM_NODEID"`;
    if (word.includes(ADDR)) {
      const head = word.replace(ADDR, '');
      return `${head === '' ? '' : shellQuote(head)}"$MASTER_ADDR"`;
    }
    if (word === NODES) return '"$SLURM_NNODES"';
    if (word.endsWith(`=${NODES}`)) return `${shellQuote(word.slice(0, -NODES.length))}"$SLURM_NNODES"`;
    if (word === total && gpus !== 1) return `"$((SLURM_NNODES * ${gpus}))"`;
    return shellQuote(word);
  });
  return [...words, ...argv.map(shellQuote)].join(' ');
}

export type BatchScriptOptions = {
  argv: readonly string[];
  nodes: number;
  launcher?: SlurmLauncher | undefined;
};

/**
 * The batch script: it works out MASTER_ADDR (the first host of the allocation) and MASTER_PORT and exports them;
 * on one node it becomes the command (exec, so `scancel --signal` reaches it directly); on several it runs the
 * command once per node with srun, each task building its own launcher words from SLURM_NODEID.
 */
export function batchScript(options: BatchScriptOptions): string {
  const port = options.launcher?.masterPort ?? DEFAULT_MASTER_PORT;
  const task = taskCommandLine(options.argv, options.launcher);
  const lines = [
    '#!/bin/bash',
    '# Written by Crucible: runs the training command in this allocation. Options are on sbatch\'s command line.',
    'MASTER_ADDR=$(scontrol show hostnames "$SLURM_JOB_NODELIST" 2>/dev/null | head -n 1)',
    'MASTER_ADDR=${MASTER_ADDR:-$(hostname)}',
    `MASTER_PORT=${port}`,
    'export MASTER_ADDR MASTER_PORT',
  ];
  if (options.nodes <= 1) {
    lines.push(`exec ${task}`);
  } else {
    // One task per node; each expands $SLURM_NODEID itself. CPUs per task are passed on because srun (22.05 and
    // later) no longer reads them from the job's environment.
    lines.push(
      'exec srun --nodes="$SLURM_NNODES" --ntasks="$SLURM_NNODES" --ntasks-per-node=1 --kill-on-bad-exit=1 ${SLURM_CPUS_PER_TASK:+--cpus-per-task="$SLURM_CPUS_PER_TASK"} \\',
      `  /bin/bash -c ${shellQuote(`exec ${task}`)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
