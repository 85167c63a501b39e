export { EVIDENCE_KINDS, type EvidenceKind, type GitInfo, GitInfoSchema, recordsCommit } from './common.ts';
export { type BaselineInfo, BaselineInfoSchema, type ComparisonEvidence, ComparisonEvidenceSchema } from './comparison.ts';
export { EvidenceError, findEvidence, type FoundEvidence, MAX_EVIDENCE_BYTES, parseEvidence, readEvidenceFile, readJsonInput, scanEvidence, type UnreadableEvidence } from './read.ts';
export { GateReasonSchema, type PromotionEvidence, PromotionEvidenceSchema } from './promotion.ts';
export {
  type Digest,
  DigestSchema,
  type GpuInfo,
  GpuInfoSchema,
  type GpuTelemetry,
  GpuTelemetrySchema,
  type RunEvidence,
  RunEvidenceSchema,
  type RunnerInfo,
  RunnerInfoSchema,
  type SlurmRecord,
  SlurmRecordSchema,
  type TelemetrySummary,
  TelemetrySummarySchema,
} from './run.ts';
export { type CheckResult, CheckResultSchema, type DriftResult, DriftResultSchema, type ValidationEvidence, ValidationEvidenceSchema } from './validation.ts';
export { type DataFileInfo, type ProfileColumn, ProfileColumnSchema, type ProfileEvidence, ProfileEvidenceSchema } from './profile.ts';
export {
  type MonitoringBatch,
  MonitoringBatchSchema,
  type MonitoringEvidence,
  MonitoringEvidenceSchema,
  type PerformanceResult,
  PerformanceResultSchema,
} from './monitoring.ts';
