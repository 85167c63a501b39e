export { expandHostList, gpusIn, gpusRequested, isFinishedState, jobOutcome, parseSbatchJobId, parseScontrolJob, signalName, type SlurmJobInfo } from './job.ts';
export { ACTION_INPUT_NAMES, explainRejection, requestOptions, type SlurmField, type SlurmInputNames, type SlurmRequest, validateSlurmRequest } from './options.ts';
export { batchScript, DEFAULT_MASTER_PORT, type NodeAllocation, type SlurmLauncher, taskArgv, taskCommandLine } from './script.ts';
export {
  cancelSlurmJob,
  preflightSlurm,
  type SlurmJobRecord,
  type SlurmPreflightOptions,
  type SlurmSuperviseOptions,
  type SlurmSuperviseResult,
  type SlurmSupervisorEvent,
  superviseSlurm,
} from './supervise.ts';
export { type SlurmTelemetryTarget, slurmTelemetryPrefix } from './telemetry.ts';
