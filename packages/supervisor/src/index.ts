export { ProgressCollapser } from './collapse.ts';
export { digestPath, fileSha256, pathBytes } from './digest.ts';
export { formatSeconds, parseDuration } from './duration.ts';
export { explainMissingGpus, freeDiskBytes, type GpuProbe, parseSize, probeGpus } from './gpu.ts';
export { type LauncherKind, type LauncherOptions, launcherPrefix } from './launcher.ts';
export { exitCodeOf, supervise, type SuperviseOptions, type SuperviseResult, type SupervisorEvent } from './process.ts';
export { commandText, shellArgv, shellQuote } from './shell.ts';
export { startTelemetry } from './telemetry.ts';
export { type Preflight, preflight, PreflightError, type PreflightOptions, train, type TrainLog, type TrainOptions, type TrainResult } from './train.ts';
