import { relative, resolve } from 'node:path';
import { type Annotation, type Clock, emptyOutcome, type EvidenceStore, type GitInfo, type Log, type Outcome, renderValidationMarkdown } from '@crucible/core';
import { bundledWorkerScripts, type DataFormat, type DataInput, loadDataSchema, type ProfileEvidence, validateData, type ValidationEvidence } from '@crucible/core/data';
import { Outputs } from './outputs.ts';

export { bundledWorkerScripts };

/**
 * What validate-data does, in one shape for the action and `crucible validate`: check a data file against its
 * schema, profile it, measure drift against a reference profile, write the evidence, and say what to show.
 */

/** The reference profile the base branch left, found through GitHub in the action; none on a laptop. */
export interface ReferenceProfiles {
  baseline(): Promise<{ path: string; label: string } | undefined>;
}

export type ValidatePorts = { references: ReferenceProfiles; evidence: EvidenceStore; log: Log; clock: Clock };

export type ValidateSettings = {
  cwd: string;
  workspace: string;
  data: string;
  /** The data schema file; without one, only the profile and drift are computed (the CLI allows that). */
  schema: string | undefined;
  format: DataFormat | 'auto';
  delimiter: string | undefined;
  /** 'baseline' (the base branch's profile), a profile or data file, or none. */
  reference: string | undefined;
  driftMethod: 'auto' | 'psi' | 'hellinger';
  driftThreshold: number | undefined;
  failOn: 'error' | 'drift' | 'never';
  artifactName: string;
  git: GitInfo;
  /** Worker threads for the scan: how many, and the bundled entry files when the code runs from a bundle. */
  threads?: number;
  workerScripts?: { range: URL; digest: URL } | undefined;
};

export type ValidateResult = { evidence: ValidationEvidence; profile: ProfileEvidence; dataLabel: string };

/** At most this many annotations a step: GitHub shows only the first ones anyway. */
const MAX_ANNOTATIONS = 50;

/** Error annotations at the first offending rows of each failed check, on the data file. */
function annotations(evidence: ValidationEvidence, dataLabel: string, schemaLabel: string): Annotation[] {
  const found: Annotation[] = [];
  for (const check of evidence.checks) {
    if (check.success || found.length >= MAX_ANNOTATIONS) continue;
    const where = check.column === undefined ? check.type : `${check.column}: ${check.type}`;
    const detail = check.reason ?? (check.unexpectedCount === undefined ? '' : `${check.unexpectedCount} unexpected value(s)`);
    const examples = check.examples ?? [];
    if (examples.length === 0) {
      const onData = check.line !== undefined;
      found.push({ level: 'error', message: `${where} failed${detail === '' ? '' : `: ${detail}`}.`, title: 'Data check failed', file: onData ? dataLabel : schemaLabel, ...(onData ? { line: check.line } : {}) });
      continue;
    }
    for (const example of examples.slice(0, Math.min(3, MAX_ANNOTATIONS - found.length))) {
      found.push({ level: 'error', message: `${where}: unexpected ${JSON.stringify(example.value)}${detail === '' ? '' : ` (${detail} in all)`}.`, title: 'Data check failed', file: dataLabel, line: example.line });
    }
  }
  return found;
}

export async function validateStep(settings: ValidateSettings, ports: ValidatePorts): Promise<Outcome<(typeof Outputs)[keyof typeof Outputs], ValidateResult>> {
  const { log } = ports;
  const label = (path: string) => relative(settings.workspace, resolve(settings.cwd, path)) || path;
  const schemaPath = settings.schema === undefined ? undefined : resolve(settings.cwd, settings.schema);
  const schema = schemaPath === undefined ? undefined : loadDataSchema(schemaPath, label(settings.schema as string), { workspace: settings.workspace });
  const data: DataInput = {
    path: resolve(settings.cwd, settings.data),
    label: label(settings.data),
    workspace: settings.workspace,
    ...(settings.format === 'auto' ? {} : { format: settings.format }),
    ...(settings.delimiter === undefined ? {} : { delimiter: settings.delimiter }),
  };
  let reference: DataInput | undefined;
  if (settings.reference === 'baseline') {
    reference = await log.group('Finding the reference profile on the base branch', () => ports.references.baseline());
  } else if (settings.reference !== undefined) {
    reference = { path: resolve(settings.cwd, settings.reference), label: label(settings.reference), workspace: settings.workspace };
  }
  if (schema !== undefined && (settings.driftMethod !== 'auto' || settings.driftThreshold !== undefined)) {
    const { threshold: schemaThreshold, ...drift } = schema.drift ?? {};
    // The schema's threshold is on its own method's scale: another method chosen without a threshold takes its default.
    const threshold = settings.driftThreshold ?? (settings.driftMethod === 'auto' || settings.driftMethod === drift.method ? schemaThreshold : undefined);
    schema.drift = {
      ...drift,
      ...(settings.driftMethod === 'auto' ? {} : { method: settings.driftMethod }),
      ...(threshold === undefined ? {} : { threshold }),
    };
  }

  const dataLabel = data.label ?? settings.data;
  const { evidence, profile } = await log.group(`Checking ${dataLabel}`, () =>
    validateData({
      data,
      ...(schema === undefined ? {} : { schema, schemaFile: { path: schemaPath as string, label: label(settings.schema as string) } }),
      ...(reference === undefined ? {} : { reference }),
      git: settings.git,
      createdAt: ports.clock.now().toISOString(),
      ...(settings.threads === undefined ? {} : { threads: settings.threads }),
      ...(settings.workerScripts === undefined ? {} : { workerScripts: settings.workerScripts }),
    }),
  );
  const outcome = emptyOutcome<(typeof Outputs)[keyof typeof Outputs], ValidateResult>({ evidence, profile, dataLabel });
  const evidencePath = ports.evidence.write('validation.json', () => `${JSON.stringify(evidence, null, 2)}\n`);
  const profilePath = ports.evidence.write('profile.json', () => `${JSON.stringify(profile)}\n`);
  const written = [evidencePath, profilePath].filter((path) => path !== undefined);
  outcome.evidence.push(...written);
  if (written.length > 0) await ports.evidence.publish(settings.artifactName, written);

  const failed = evidence.checks.filter((check) => !check.success).length;
  const drifted = evidence.drift.filter((entry) => entry.drifted).length;
  outcome.outputs = {
    [Outputs.passed]: String(evidence.success),
    [Outputs.failedChecks]: String(failed),
    [Outputs.driftedColumns]: String(drifted),
    [Outputs.rows]: String(evidence.rows),
    [Outputs.evidencePath]: evidencePath ?? '',
    [Outputs.profilePath]: profilePath ?? '',
  };
  outcome.annotations = annotations(evidence, dataLabel, settings.schema === undefined ? dataLabel : label(settings.schema));
  outcome.summary = `## Data checks\n\n${renderValidationMarkdown(evidence)}`;

  const line = `${dataLabel}: ${evidence.rows} rows, ${evidence.checks.length - failed} of ${evidence.checks.length} checks passed, ${drifted} of ${evidence.drift.length} columns drifted.`;
  const fail = (settings.failOn === 'error' && failed > 0) || (settings.failOn === 'drift' && (failed > 0 || drifted > 0));
  if (fail) outcome.failure = { message: line, severity: 'fail' };
  else if (!evidence.success && settings.failOn === 'never') outcome.failure = { message: line, severity: 'warning' };
  else log.info(line);
  if (reference === undefined && settings.reference === 'baseline') log.info('No reference profile: drift was not checked.');
  return outcome;
}
