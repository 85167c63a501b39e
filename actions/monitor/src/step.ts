import { relative, resolve } from 'node:path';
import { type Clock, type CrucibleConfig, DEFAULT_MONITOR, type EvidenceStore, type GitInfo, InputError, type Log, type MonitoringEvidence, type Outcome, emptyOutcome, loadConfig, renderMonitoringMarkdown } from '@crucible/core';
import { bundledWorkerScripts, type DataFormat, loadDataSchema } from '@crucible/core/data';
import { expandBatches, loadExpected, monitorData } from '@crucible/core/monitor';
import { Outputs } from './outputs.ts';

export { bundledWorkerScripts };

/**
 * What monitor does, in one shape for the action and `crucible monitor`: production batches against the model's
 * reference, drift per batch and overall, live quality against the expected metrics, and a verdict (healthy, alert,
 * not judged) with its evidence. Finding the reference and acting on the verdict through GitHub (the alert issue,
 * the retraining dispatch) are the action's own (run.ts).
 */

export type MonitorSettings = {
  cwd: string;
  workspace: string;
  /** A crucible/profile@1 JSON file or a data file. */
  reference: string;
  /** How messages and evidence name the reference (the release asset it came from, say); default its path. */
  referenceLabel?: string;
  /** Files, folders or globs of production batches, relative to cwd. */
  data: string[];
  schema: string | undefined;
  /** crucible.yml (its monitor: and metrics: sections); a missing file means the defaults unless it was named. */
  config: { path: string; explicit: boolean };
  target: string | undefined;
  prediction: string | undefined;
  expected: string | undefined;
  expectedLabel?: string;
  format?: DataFormat | undefined;
  git: GitInfo;
  model?: MonitoringEvidence['model'];
  artifactName: string;
  threads?: number;
  workerScripts?: { range: URL; digest: URL } | undefined;
};

export type MonitorPorts = { evidence: EvidenceStore; log: Log; clock: Clock };

export type MonitorResult = { evidence: MonitoringEvidence; config: CrucibleConfig };

/** One line for the log and the step's failure message. */
export function verdictLine(evidence: MonitoringEvidence): string {
  const drifted = evidence.drift.filter((entry) => entry.drifted).length;
  const head = `${evidence.rows} rows in ${evidence.batches.length} batch(es): ${drifted} of ${evidence.drift.length} columns drifted`;
  const degraded = (evidence.performance ?? []).filter((entry) => entry.status === 'degraded').length;
  const quality = evidence.performance === undefined ? '' : `, ${degraded} of ${evidence.performance.length} metrics degraded`;
  const status = evidence.status === 'healthy' ? 'healthy' : evidence.status === 'alert' ? 'ALERT' : 'not judged';
  return `${head}${quality}: ${status}${evidence.reasons !== undefined && evidence.reasons.length > 0 ? ` (${evidence.reasons[0]})` : ''}`;
}

export async function monitorStep(settings: MonitorSettings, ports: MonitorPorts): Promise<Outcome<(typeof Outputs)[keyof typeof Outputs], MonitorResult>> {
  const { log } = ports;
  const label = (path: string) => relative(settings.workspace, resolve(settings.cwd, path)) || path;
  if (settings.expected !== undefined && (settings.target === undefined || settings.prediction === undefined)) {
    throw new InputError('--expected needs --target and --prediction: live quality is measured from the target and prediction columns of the batches.');
  }
  const config = loadConfig(resolve(settings.cwd, settings.config.path), { explicit: settings.config.explicit, workspace: settings.workspace });
  const schemaPath = settings.schema === undefined ? undefined : resolve(settings.cwd, settings.schema);
  const schema = schemaPath === undefined ? undefined : loadDataSchema(schemaPath, label(settings.schema as string), { workspace: settings.workspace });
  const batches = expandBatches(settings.data, settings.cwd, settings.workspace).map((batch) => ({ ...batch, workspace: settings.workspace, ...(settings.format === undefined ? {} : { format: settings.format }) }));
  const expected = settings.expected === undefined ? undefined : await loadExpected(resolve(settings.cwd, settings.expected), settings.expectedLabel ?? label(settings.expected), settings.workspace);
  const evidence = await log.group(`Checking ${batches.length} batch(es) against ${settings.referenceLabel ?? label(settings.reference)}`, () =>
    monitorData({
      git: settings.git,
      createdAt: ports.clock.now().toISOString(),
      reference: { path: resolve(settings.cwd, settings.reference), label: settings.referenceLabel ?? label(settings.reference), workspace: settings.workspace },
      batches,
      ...(schema === undefined ? {} : { schema, schemaFile: { path: schemaPath as string, label: label(settings.schema as string) } }),
      policy: config.monitor ?? DEFAULT_MONITOR,
      metrics: config.metrics,
      ...(settings.target === undefined ? {} : { target: settings.target }),
      ...(settings.prediction === undefined ? {} : { prediction: settings.prediction }),
      ...(expected === undefined ? {} : { expected }),
      ...(settings.model === undefined ? {} : { model: settings.model }),
      ...(settings.threads === undefined ? {} : { threads: settings.threads }),
      ...(settings.workerScripts === undefined ? {} : { workerScripts: settings.workerScripts }),
      onBatch: (batch, index, total) => log.info(`[${index + 1}/${total}] ${batch.source}: ${batch.rows} rows, ${batch.drifted?.length ?? 0} column(s) drifted (share ${+batch.driftedShare.toFixed(3)})`),
    }),
  );
  const outcome = emptyOutcome<(typeof Outputs)[keyof typeof Outputs], MonitorResult>({ evidence, config });
  const evidencePath = ports.evidence.write('monitoring.json', () => `${JSON.stringify(evidence, null, 2)}\n`);
  if (evidencePath !== undefined) {
    outcome.evidence.push(evidencePath);
    await ports.evidence.publish(settings.artifactName, [evidencePath]);
  }
  outcome.outputs = {
    [Outputs.status]: evidence.status ?? (evidence.healthy ? 'healthy' : 'alert'),
    [Outputs.healthy]: String(evidence.healthy),
    [Outputs.driftedColumns]: String(evidence.drift.filter((entry) => entry.drifted).length),
    [Outputs.rows]: String(evidence.rows),
    [Outputs.evidencePath]: evidencePath ?? '',
  };
  // The job summary holds 1 MiB.
  outcome.summary = renderMonitoringMarkdown(evidence, { ...(settings.model === undefined ? {} : { label: settings.model.name }), budget: { maxChars: 1_000_000, maxBytes: 1_000_000 } });
  const line = verdictLine(evidence);
  if (evidence.status === 'healthy') log.info(line);
  else outcome.failure = { message: line, severity: 'fail' };
  return outcome;
}
