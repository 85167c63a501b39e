/** The monitor's public surface: production batches against the model's reference, drift and live quality. */
export { type Batch, expandBatches, MAX_BATCHES } from './batches.ts';
export { monitorData, type MonitorOptions } from './engine.ts';
export { type ExpectedMetrics, loadExpected } from './expected.ts';
export { CLASSIFICATION_METRICS, decideTask, judgeQuality, lastToken, type LiveMetric, type LiveQuality, liveNameOf, liveQuality, REGRESSION_METRICS, type Task } from './quality.ts';
