/**
 * The quality the model is expected to keep in production: the metrics it was evaluated on, from a metrics file in
 * any format compare-metrics reads, or from Crucible evidence (a run's final metrics, or a comparison's current
 * values, averaged over its runs).
 */

import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { InputError } from '../errors.ts';
import { readFileSafely } from '../fs/safe-file.ts';
import { MAX_EVIDENCE_BYTES, parseEvidence } from '../evidence/read.ts';
import { loadRun, MetricsFileError } from '../metrics/load.ts';

export type ExpectedMetrics = { file: string; sha256: string; metrics: Map<string, number> };

export async function loadExpected(path: string, label: string, workspace?: string): Promise<ExpectedMetrics> {
  let bytes: Buffer;
  try {
    bytes = readFileSafely(path, { maxBytes: MAX_EVIDENCE_BYTES, label, workspace });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === undefined) throw error;
    throw new InputError(`--expected ${label}: cannot read the file (${code === 'ENOENT' ? 'no such file' : code}); pass the metrics file or the run/comparison evidence the model was promoted on.`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const metrics = new Map<string, number>();
  if (extname(path).toLowerCase() === '.json' && /"schema"\s*:\s*"crucible\//.test(bytes.subarray(0, 4096).toString('utf8'))) {
    const found = parseEvidence(bytes, path, label);
    if (found?.kind === 'run') {
      for (const [name, value] of Object.entries(found.document.metrics)) if (value !== null && Number.isFinite(value)) metrics.set(name, value);
    } else if (found?.kind === 'comparison') {
      for (const metric of found.document.metrics) if (typeof metric.current === 'number' && Number.isFinite(metric.current)) metrics.set(metric.name, metric.current);
    } else {
      throw new InputError(`--expected ${label}: ${found === undefined ? 'names no evidence kind Crucible reads' : `is ${found.kind} evidence`}; pass a metrics file or crucible/run@1 or crucible/comparison@1 evidence.`);
    }
  } else {
    try {
      const run = await loadRun(path, { workspace });
      for (const [name, metric] of run.metrics) if (metric.value !== null) metrics.set(name, metric.value);
    } catch (error) {
      if (error instanceof MetricsFileError) throw new InputError(`--expected: ${error.message}`);
      throw error;
    }
  }
  if (metrics.size === 0) throw new InputError(`--expected ${label}: holds no finite metric value to compare live quality with.`);
  return { file: label, sha256, metrics };
}
