/**
 * Slurm's answers read as data: sbatch --parsable's job id, `scontrol show job -o`'s key=value line, node lists.
 * Pure functions: the engine (supervise.ts) runs the commands.
 */
import { constants } from 'node:os';

/** What `scontrol show job -o` says about a job, the parts the supervisor uses. */
export type SlurmJobInfo = {
  jobId: string;
  /** JobState: PENDING, RUNNING, COMPLETING, COMPLETED, FAILED, CANCELLED, TIMEOUT, ... */
  state: string;
  /** Why it pends (Resources, Priority, ...) or ended; null for None. */
  reason: string | null;
  partition: string | null;
  nodeList: string | null;
  nodes: number | null;
  /** ExitCode's parts: the batch script's exit code, and the signal that ended it (0: none). */
  exitCode: number | null;
  exitSignal: number | null;
  submitTime: Date | null;
  startTime: Date | null;
  endTime: Date | null;
  /** GPUs allocated over all nodes, from AllocTRES / TRES gres/gpu (or TresPerNode x nodes); null when none. */
  gpus: number | null;
};

/** States after which the job runs no more. */
const FINISHED_STATES = new Set(['COMPLETED', 'FAILED', 'CANCELLED', 'TIMEOUT', 'NODE_FAIL', 'PREEMPTED', 'BOOT_FAIL', 'DEADLINE', 'OUT_OF_MEMORY', 'REVOKED', 'SPECIAL_EXIT']);

export function isFinishedState(state: string): boolean {
  return FINISHED_STATES.has(state);
}

/** The job id in sbatch --parsable's answer: `123`, or `123;cluster` on a federation. */
export function parseSbatchJobId(stdout: string): string | null {
  const line = stdout
    .trim()
    .split('\n')
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .at(-1);
  const match = /^(\d+)(?:;\S+)?$/.exec(line ?? '');
  return match === null ? null : (match[1] as string);
}

/**
 * `scontrol show job -o N`'s one line as key=value pairs. Values hold no spaces except the last few fields
 * (Command, WorkDir, paths with spaces): a key is a word followed by `=` after a space.
 */
export function parseScontrolFields(line: string): Map<string, string> {
  const fields = new Map<string, string>();
  const pattern = /(?:^|\s)([A-Za-z][\w/:]*)=/g;
  const starts: { key: string; at: number; valueAt: number }[] = [];
  for (let match = pattern.exec(line); match !== null; match = pattern.exec(line)) {
    starts.push({ key: match[1] as string, at: match.index, valueAt: match.index + match[0].length });
  }
  starts.forEach((start, index) => {
    const end = index + 1 < starts.length ? (starts[index + 1] as { at: number }).at : line.length;
    if (!fields.has(start.key)) fields.set(start.key, line.slice(start.valueAt, end).trim());
  });
  return fields;
}

export function parseScontrolJob(line: string): SlurmJobInfo {
  const fields = parseScontrolFields(line);
  const text = (key: string): string | null => {
    const value = fields.get(key);
    return value === undefined || value === '' || value === '(null)' || value === 'None' || value === 'N/A' ? null : value;
  };
  const count = (key: string): number | null => {
    const value = text(key);
    return value !== null && /^\d+$/.test(value) ? Number(value) : null;
  };
  const [code, signal] = (text('ExitCode') ?? '').split(':');
  const state = text('JobState') ?? 'UNKNOWN';
  return {
    jobId: text('JobId') ?? '',
    state,
    reason: text('Reason'),
    partition: text('Partition'),
    // A pending job's NodeList is empty (or "(null)"); ReqNodeList is what it asked for, not what it got.
    nodeList: state === 'PENDING' ? null : text('NodeList'),
    nodes: state === 'PENDING' ? null : count('NumNodes'),
    exitCode: code !== undefined && /^\d+$/.test(code) ? Number(code) : null,
    exitSignal: signal !== undefined && /^\d+$/.test(signal) ? Number(signal) : null,
    submitTime: parseSlurmTime(text('SubmitTime')),
    startTime: state === 'PENDING' ? null : parseSlurmTime(text('StartTime')),
    endTime: parseSlurmTime(text('EndTime')),
    gpus: gpusIn(text('AllocTRES') ?? text('TRES')) ?? gpusRequested(text('TresPerNode'), state === 'PENDING' ? null : count('NumNodes')),
  };
}

/** Slurm prints local times without a zone (`2026-12-05T11:25:16`); `Unknown`, `None` are no time. */
export function parseSlurmTime(value: string | null): Date | null {
  if (value === null || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** GPUs in a TRES list (`cpu=8,mem=64G,node=2,billing=8,gres/gpu=8,gres/gpu:a100=8`): the untyped count. */
export function gpusIn(tres: string | null): number | null {
  if (tres === null) return null;
  let typed: number | null = null;
  for (const entry of tres.split(',')) {
    const [key, value] = entry.split('=');
    if (value === undefined || !/^\d+$/.test(value)) continue;
    if (key === 'gres/gpu') return Number(value);
    if (key?.startsWith('gres/gpu:')) typed = (typed ?? 0) + Number(value);
  }
  return typed;
}

/**
 * GPUs from what the job asked per node (`TresPerNode=gres:gpu:2`, `gres/gpu:a100:2`) times its nodes: clusters
 * that do not count GPUs among their TRES (AccountingStorageTRES without gres/gpu) say only this.
 */
export function gpusRequested(perNode: string | null, nodes: number | null): number | null {
  if (perNode === null || nodes === null) return null;
  let total: number | null = null;
  for (const entry of perNode.split(',')) {
    const match = /^gres[:/]gpu(?::[^:=]+)?[:=](\d+)$/.exec(entry);
    if (match !== null) total = (total ?? 0) + Number(match[1]);
  }
  return total === null ? null : total * nodes;
}

/** A signal number as Node names it (9 -> SIGKILL); null for 0 or one Node does not know. */
export function signalName(signal: number | null): NodeJS.Signals | null {
  if (signal === null || signal === 0) return null;
  const entry = Object.entries(constants.signals).find(([, number]) => number === signal);
  return entry === undefined ? null : (entry[0] as NodeJS.Signals);
}

/**
 * A Slurm host list expanded as `scontrol show hostnames` does: `gpu[01-04]`, `a[1,3-4],b5`, `rack[1-2]-n[1-2]`,
 * zero padding kept.
 */
export function expandHostList(list: string): string[] {
  const hosts: string[] = [];
  for (const item of splitTopLevel(list)) hosts.push(...expandHost(item));
  return hosts;
}

function splitTopLevel(list: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let item = '';
  for (const char of list) {
    if (char === '[') depth += 1;
    if (char === ']') depth -= 1;
    if (char === ',' && depth === 0) {
      if (item !== '') items.push(item);
      item = '';
    } else item += char;
  }
  if (item !== '') items.push(item);
  return items;
}

function expandHost(item: string): string[] {
  const open = item.indexOf('[');
  if (open < 0) return [item];
  const close = item.indexOf(']', open);
  if (close < 0) return [item];
  const head = item.slice(0, open);
  const rest = expandHost(item.slice(close + 1));
  const names: string[] = [];
  for (const range of item.slice(open + 1, close).split(',')) {
    const [from = '', to = from] = range.split('-');
    const width = from.length;
    for (let number = Number(from); number <= Number(to); number += 1) {
      for (const tail of rest) names.push(`${head}${String(number).padStart(width, '0')}${tail}`);
    }
  }
  return names;
}

/**
 * The step's result from the job's last state and ExitCode (code:signal), as a local run's exit code or signal:
 * a job that never ran has neither; a cancelled job with no signal recorded ended by the one sent (scancel's
 * SIGTERM when someone else cancelled it); a job Slurm ended itself (preempted, node failure, out of memory,
 * deadline) often records 0:0, which is no success, so it counts as killed.
 */
export function jobOutcome(state: string, exitCode: number | null, exitSignal: NodeJS.Signals | null, lastSent: NodeJS.Signals | null): { exitCode: number | null; signal: NodeJS.Signals | null } {
  if (state === 'PENDING' || state === 'UNKNOWN') return { exitCode: null, signal: null };
  if (exitSignal !== null) return { exitCode: null, signal: exitSignal };
  if (state === 'CANCELLED' && (exitCode ?? 0) === 0) return { exitCode: null, signal: lastSent ?? 'SIGTERM' };
  if (state !== 'COMPLETED' && (exitCode ?? 0) === 0) return { exitCode: null, signal: 'SIGKILL' };
  return { exitCode, signal: null };
}
