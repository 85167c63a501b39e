export { ProgressCollapser } from './collapse.ts';
export { digestPath, fileSha256, pathBytes } from './digest.ts';
export { formatSeconds, parseDuration } from './duration.ts';
export {
  type BusyGpu,
  type DeviceFiles,
  explainMissingGpus,
  freeDiskBytes,
  type GpuProbe,
  type GpuTool,
  type GpuVendor,
  type ProbedGpu,
  probeGpus,
  type ProbeOptions,
} from './gpu.ts';
export { type LauncherKind, type LauncherOptions, launcherPrefix } from './launcher.ts';
export { type EscapedProcess, exitCodeOf, supervise, type SuperviseOptions, type SuperviseResult, type SupervisorEvent, TRACKING_VARIABLE } from './process.ts';
export { commandText, shellArgv, shellQuote, splitWords, withoutRunnerPrivates } from './shell.ts';
export { parseSize } from './size.ts';
export { type SampledGpu, type SampledTelemetry, startTelemetry, type TelemetryOptions, type TelemetrySampler } from './telemetry.ts';
export { type Preflight, preflight, PreflightError, type PreflightOptions, type SlurmBackend, train, type TrainLog, type TrainOptions, type TrainResult } from './train.ts';
export { isSecretName, redactFile, redactText, secretForms, secretValues } from './redact.ts';
export * from './slurm/index.ts';
