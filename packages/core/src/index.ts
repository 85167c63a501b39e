export { ConfigError, CrucibleError, InputError, NotImplementedError, isCrucibleError } from './errors.ts';
export { dottedPath, formatIssues } from './issues.ts';
export { parseYamlDocument, parseYamlFile, readYamlText } from './yaml-file.ts';
export { type CrucibleConfig, CrucibleConfigSchema, DEFAULT_CONFIG, DEFAULT_MONITOR, type EnvironmentPolicy, loadConfig, type MetricRule, type MonitorPolicy, parseConfig } from './config.ts';
export { gitInfo } from './git.ts';
export { globMatcher, isGlob } from './glob.ts';
export * from './evidence/index.ts';
export { type Direction, inferDirection } from './metrics/direction.ts';
export { formatTolerance, parseTolerance, type Tolerance, toleranceAmount, ZERO_TOLERANCE } from './metrics/tolerance.ts';
export { benjaminiHochberg, mean, normalQuantile, pooledSpread, type Spread, standardDeviation, studentTCdf, studentTQuantile, welchInterval, type WelchInterval } from './metrics/stats.ts';
export {
  type CompareOptions,
  type Comparison,
  compareRuns,
  type Correction,
  type MetricComparison,
  type MetricStatus,
  type NoiseEvidence,
  HISTORY_RUNS,
  type ParamComparison,
  ruleFor,
} from './metrics/compare.ts';
export { type ComparisonContext, comparisonEvidence, noiseHistory, runFromRunEvidence, runsFromComparisonEvidence, thinHistory } from './metrics/evidence.ts';
export { type HistoryPoint, type LoadedRun, METRICS_FORMATS, type MetricsFormat, type MetricValue, type ParamValue, type Source } from './metrics/types.ts';
export { loadParams, loadRun, type LoadRunOptions, MAX_METRICS_FILE_BYTES, MAX_METRICS_PER_RUN, MetricsFileError } from './metrics/load.ts';
export { escapeCode, escapeMarkdown } from './report/escape.ts';
export { showInvisible, terminalText } from './text/invisible.ts';
export { formatAge, formatNumber, formatPercent } from './report/format.ts';
export { describeBaseline, renderComparisonMarkdown, renderMetricTable } from './report/comparison.ts';
export type { RefusedEvidence, RenderedReport, RenderOptions, ReportInput } from './report/types.ts';
export { renderReport } from './report/render.ts';
export { renderValidationMarkdown } from './report/sections/data.ts';
export { renderMonitoringMarkdown } from './report/sections/monitoring.ts';
export { renderRunMarkdown } from './report/sections/runs.ts';
export { type EnvironmentNeeds, type PromotionNeed, promotionNeeds } from './policy/needs.ts';
export {
  decide,
  environmentPolicyOf,
  findEnvironmentPolicy,
  GATE_RULES,
  type GateContext,
  GateContextSchema,
  type GateDecision,
  type GateInput,
  type GateReason,
  type GateRule,
  type GateSources,
  noPolicyDetail,
  policyDigest,
} from './policy/gate.ts';
export {
  KNOWN_PROTECTION_RULE_TYPES,
  type RestApproval,
  RestApprovalsSchema,
  RestBranchPoliciesSchema,
  type RestEnvironment,
  RestEnvironmentSchema,
} from './policy/github-rest.ts';
export { type Annotation, type Clock, emptyOutcome, type EvidenceStore, type Log, type Outcome, type Severity, silentLog, type StepFailure, systemClock } from './step.ts';
export * from './registry/index.ts';
export { readFileSafely, type SafeReadOptions } from './fs/safe-file.ts';
