export type LauncherKind = 'none' | 'torchrun' | 'accelerate';

export type LauncherOptions = {
  kind: LauncherKind;
  /** Machines taking part. */
  nodes: number;
  /** Processes on this machine (one per GPU). */
  gpusPerNode: number;
  /** This machine's rank, 0 for the one at `masterAddr`. */
  nodeRank: number;
  masterAddr: string;
  masterPort: number;
};

/**
 * The words put before the training command for a multi-GPU launcher. torchrun counts processes per machine;
 * accelerate's --num_processes counts them over all machines, so it is nodes x gpus-per-node.
 */
export function launcherPrefix(options: LauncherOptions): string[] {
  const { nodes, gpusPerNode, nodeRank, masterAddr, masterPort } = options;
  switch (options.kind) {
    case 'none':
      return [];
    case 'torchrun':
      return [
        'torchrun',
        `--nnodes=${nodes}`,
        `--nproc_per_node=${gpusPerNode}`,
        `--node_rank=${nodeRank}`,
        `--master_addr=${masterAddr}`,
        `--master_port=${masterPort}`,
      ];
    case 'accelerate':
      return [
        'accelerate',
        'launch',
        '--num_machines',
        String(nodes),
        '--num_processes',
        String(nodes * gpusPerNode),
        '--machine_rank',
        String(nodeRank),
        '--main_process_ip',
        masterAddr,
        '--main_process_port',
        String(masterPort),
      ];
  }
}
