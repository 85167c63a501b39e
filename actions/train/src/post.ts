import * as core from '@actions/core';
import { readContext } from '@crucible/action-kit';
import { uploadEvidence } from '@crucible/action-kit/artifacts';
import { fingerprint } from './checkpoint.ts';
import { State } from './outputs.ts';

type PendingUpload = { evidence: string; evidenceFiles: string[]; log: string; logFiles: string[]; root: string };

/**
 * After the job's steps, also after a failure, a time-budget stop or a cancel: uploads the evidence a cancelled
 * main could not, then saves the checkpoint through the cache, unless it is missing, unchanged since the restore,
 * or over checkpoint-max-size (GitHub's cache holds 10 GB a repository and evicts entries unused for 7 days).
 */
export async function post(): Promise<void> {
  const pending = core.getState(State.pendingUpload);
  if (pending !== '') {
    const uploads = JSON.parse(pending) as PendingUpload;
    const context = readContext();
    await uploadEvidence(context, uploads.evidence, uploads.evidenceFiles, uploads.root);
    await uploadEvidence(context, uploads.log, uploads.logFiles, uploads.root);
  }

  const path = core.getState(State.checkpointPath);
  if (path === '') return;
  const key = core.getState(State.checkpointKey);
  const maxBytes = Number(core.getState(State.checkpointMaxBytes));
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
  const { resolve } = await import('node:path');
  const now = await fingerprint(resolve(workspace, path));
  if (now === undefined || now.files === 0) {
    core.info(`No checkpoint at ${path}: nothing to save.`);
    return;
  }
  if (now.digest === core.getState(State.checkpointFingerprint)) {
    core.info(`The checkpoint at ${path} is unchanged since it was restored: not saving it again.`);
    return;
  }
  if (now.bytes > maxBytes) {
    core.warning(
      `Not saving the checkpoint: ${path} holds ${(now.bytes / 1024 ** 3).toFixed(2)} GiB, over checkpoint-max-size (${(maxBytes / 1024 ** 3).toFixed(2)} GiB). ` +
        "GitHub's cache holds 10 GB per repository and evicts what is unused for 7 days; keep only the latest checkpoint in the folder, or raise checkpoint-max-size.",
      { title: 'Checkpoint not saved' },
    );
    return;
  }
  const cache = await import('@actions/cache');
  if (!cache.isFeatureAvailable()) {
    core.warning('The Actions cache is not available to this job: the checkpoint is not saved.', { title: 'Checkpoint not saved' });
    return;
  }
  try {
    await cache.saveCache([path], key);
    core.info(`Saved the checkpoint ${path} (${now.files} file(s), ${(now.bytes / 1024 ** 2).toFixed(1)} MiB) as ${key}; the next run of this workflow on this branch resumes from it.`);
  } catch (error) {
    core.warning(`Could not save the checkpoint ${path}: ${(error as Error).message}.`, { title: 'Checkpoint not saved' });
  }
}
