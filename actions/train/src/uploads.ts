import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commitOf, type RunContext } from '@crucible/action-kit';
import { uploadEvidence } from '@crucible/action-kit/artifacts';
import { gitInfo, type RunEvidence } from '@crucible/core';
import { CrucibleError } from '@crucible/core/errors';
import { redactFile } from '@crucible/supervisor';
import type { PendingUpload } from './step.ts';


/** Uploads an artifact; a failure says which artifact and the likely fix, not "a bug in Crucible". */
export async function upload(context: RunContext, name: string, files: string[], root: string): Promise<void> {
  try {
    await uploadEvidence(context, name, files, root);
  } catch (error) {
    throw new CrucibleError(
      `Could not upload the "${name}" artifact: ${(error as Error).message}. An artifact name is used once per workflow run: ` +
        'two train steps in one job, or matrix legs with the same name, need their own artifact-name.',
    );
  }
}

/**
 * The run's artifacts: run.json and telemetry.csv as the evidence artifact, train.log (secrets replaced by ***)
 * as the log artifact. When main was stopped before it wrote run.json, a document that says so is written first:
 * the run was cancelled, and nothing else about it is known.
 */
export async function uploadRun(context: RunContext, pending: PendingUpload, secrets: readonly string[]): Promise<void> {
  const evidencePath = join(pending.folder, 'run.json');
  mkdirSync(pending.folder, { recursive: true });
  if (!existsSync(evidencePath)) {
    const ended = new Date();
    const evidence: RunEvidence = {
      schema: 'crucible/run@1',
      command: pending.command,
      exitCode: null,
      signal: null,
      durationSeconds: Math.max(0, (ended.getTime() - Date.parse(pending.startedAt)) / 1000),
      timedOut: false,
      cancelled: true,
      startedAt: pending.startedAt,
      endedAt: ended.toISOString(),
      gpus: [],
      telemetry: null,
      metrics: {},
      git: gitInfo(commitOf(context), context.workspace),
      // The Slurm job it submitted, by id (the rest was main's to learn).
      ...(pending.slurmJobId === undefined
        ? {}
        : { backend: 'slurm' as const, slurm: { jobId: pending.slurmJobId, partition: null, nodes: null, nodeList: null, gpus: null, queueSeconds: null, runSeconds: null, sbatchOptions: [] } }),
      note: 'The job was cancelled before the train step recorded the run; its post step wrote this.',
    };
    writeFileSync(evidencePath, `${JSON.stringify(evidence, null, 2)}\n`);
  }
  const telemetry = join(pending.folder, 'telemetry.csv');
  await upload(context, pending.evidence, [evidencePath, ...(existsSync(telemetry) ? [telemetry] : [])], pending.folder);
  const raw = join(pending.folder, 'train.log');
  if (pending.log !== null && existsSync(raw)) {
    const logFolder = join(pending.folder, 'log');
    mkdirSync(logFolder, { recursive: true });
    redactFile(raw, join(logFolder, 'train.log'), secrets);
    await upload(context, pending.log, [join(logFolder, 'train.log')], logFolder);
  }
}
