/** The action's outputs, named as in action.yml: the step puts them in its outcome, which runAction applies in one place. */
export const Outputs = {
  exitCode: 'exit-code',
  timedOut: 'timed-out',
  resumable: 'resumable',
  durationSeconds: 'duration-seconds',
  gpuCount: 'gpu-count',
  gpuModel: 'gpu-model',
  gpuMemoryMb: 'gpu-memory-mb',
  driverVersion: 'driver-version',
  cudaVersion: 'cuda-version',
  evidencePath: 'evidence-path',
} as const;

/** What main leaves for post (core.saveState names). */
export const State = {
  isPost: 'crucible-train-post',
  checkpointPath: 'checkpoint-path',
  checkpointKey: 'checkpoint-key',
  checkpointFingerprint: 'checkpoint-fingerprint',
  checkpointMaxBytes: 'checkpoint-max-bytes',
  pendingUpload: 'pending-upload',
} as const;
