/**
 * GPU telemetry for a Slurm job: the sampler (../telemetry.ts) runs nvidia-smi on the job's nodes through an
 * `srun --overlap` step inside the job's allocation, beside the training step, instead of on the login node.
 */

export type SlurmTelemetryTarget = {
  jobId: string;
  /** The job's nodes (SlurmJobRecord.nodes). */
  nodes: number | null;
  /** GPUs allocated over all nodes (SlurmJobRecord.gpus). */
  gpus: number | null;
};

/**
 * The words to put before the GPU tool (TelemetryOptions.prefix) for a running job: one task on each of its nodes,
 * overlapping the training step and asking for the node's GPUs so that device cgroups let it see them. Null when
 * the job holds no GPUs: there is nothing to sample. On several nodes the rows of each node's GPU 0, 1, ... come
 * through the same stream and are summed up as one GPU per index.
 */
export function slurmTelemetryPrefix(target: SlurmTelemetryTarget): string[] | null {
  if (target.gpus === null || target.gpus <= 0) return null;
  const nodes = target.nodes !== null && target.nodes > 0 ? target.nodes : 1;
  const perNode = Math.max(1, Math.floor(target.gpus / nodes));
  return ['srun', '--overlap', `--jobid=${target.jobId}`, `--nodes=${nodes}`, `--ntasks=${nodes}`, '--ntasks-per-node=1', `--gres=gpu:${perNode}`, '--quiet'];
}
