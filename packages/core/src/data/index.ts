/** The data engine's public surface (README.md beside this file). */
export { type CheckContext, evaluateChecks } from './checks.ts';
export { compileDateFormat } from './date-format.ts';
export { computeDrift, DEFAULT_DRIFT_SHARE, DEFAULT_THRESHOLDS, type DriftReport, hellingerDistance, jensenShannonDistance, populationStabilityIndex } from './drift.ts';
export { chiSquareSurvival, ksPValue, normalCdf } from './distributions.ts';
export { DEFAULT_MAX_DISTINCT, sniffType } from './plan.ts';
export { accumulatorFromProfile, mergeProfiles, profileColumn, profileEvidence, PROFILE_QUANTILES } from './profile.ts';
export { MIN_SPLIT_BYTES, type ScanOptions } from './scan.ts';
export { bundledWorkerScripts } from './workers.ts';
export {
  type ColumnSchema,
  type DataSchema,
  DataSchemaSchema,
  DRIFT_METHODS,
  type DriftMethod,
  EMPTY_SCHEMA,
  loadDataSchema,
  parseDataSchema,
} from './schema.ts';
export { FrequentItems } from './sketch/frequent.ts';
export { HyperLogLog } from './sketch/hll.ts';
export { KllSketch } from './sketch/kll.ts';
export { DATA_FORMATS, type DataFormat, DataFileError } from './source.ts';
export {
  type DataInput,
  type EngineOptions,
  inferSchema,
  loadReference,
  profileData,
  validateData,
  type ValidateOptions,
  type ValidateResult,
} from './validate.ts';
export { COLUMN_TYPES, type ColumnType } from './values.ts';
export { type CheckResult, CheckResultSchema, type DriftResult, DriftResultSchema, type ValidationEvidence, ValidationEvidenceSchema } from '../evidence/validation.ts';
export { type DataFileInfo, type ProfileColumn, ProfileColumnSchema, type ProfileEvidence, ProfileEvidenceSchema } from '../evidence/profile.ts';
