import { resolve } from 'node:path';
import * as core from '@actions/core';
import { readContext } from '@crucible/action-kit';
import { fingerprint } from './checkpoint.ts';
import { stepSecrets } from './env.ts';
import { State } from './outputs.ts';
import type { PendingUpload } from './step.ts';
import { uploadRun } from './uploads.ts';

/**
 * After the job's steps, also after a failure, a time-budget stop or a cancel: saves the checkpoint through the
 * cache (unless it is missing, unchanged since the restore, or over checkpoint-max-size: GitHub's cache holds
 * 10 GB a repository and evicts entries unused for 7 days), then uploads the evidence and log a cancelled main
 * could not.
 */
export async function post(): Promise<void> {
  const upload = pendingUpload();
  // A Slurm job main did not see end (the runner killed main after a cancel) would run on with nobody watching.
  if (upload?.slurmJobId !== undefined) await cancelJob(upload.slurmJobId);
  // The checkpoint next: it is what the next run needs most, and an upload that fails must not cost it.
  await saveCheckpoint();
  if (upload === undefined) return;
  try {
    await uploadRun(readContext(), upload, stepSecrets(core.getMultilineInput('env')));
  } catch (error) {
    core.warning(`The run's evidence and log were not uploaded: ${(error as Error).message}`, { title: 'Evidence not uploaded' });
  }
}

/** What main left to upload; a state that does not parse costs the upload (said), never the checkpoint. */
function pendingUpload(): PendingUpload | undefined {
  const pending = core.getState(State.pendingUpload);
  if (pending === '') return undefined;
  try {
    return JSON.parse(pending) as PendingUpload;
  } catch (error) {
    core.warning(`The run's evidence and log were not uploaded: the step's state did not parse (${(error as Error).message}).`, { title: 'Evidence not uploaded' });
    return undefined;
  }
}

async function cancelJob(jobId: string): Promise<void> {
  const { cancelSlurmJob } = await import('@crucible/supervisor');
  if (await cancelSlurmJob(jobId, process.env)) core.warning(`Slurm job ${jobId} was still in the queue after the train step; it is cancelled (scancel ${jobId}).`, { title: 'Slurm job cancelled' });
  else core.info(`Slurm job ${jobId} is no longer in the queue.`);
}

async function saveCheckpoint(): Promise<void> {
  const path = core.getState(State.checkpointPath);
  if (path === '') return;
  const key = core.getState(State.checkpointKey);
  const maxBytes = Number(core.getState(State.checkpointMaxBytes));
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
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
    // saveCache answers -1 when it could not reserve the key (another job saved it) and logs that only as info.
    const id = await cache.saveCache([path], key);
    if (id === -1) {
      core.warning(`The checkpoint ${path} was not saved: the cache did not accept the key ${key} (another job may hold it).`, { title: 'Checkpoint not saved' });
      return;
    }
    core.info(`Saved the checkpoint ${path} (${now.files} file(s), ${(now.bytes / 1024 ** 2).toFixed(1)} MiB) as ${key}; the next run of this job on this branch resumes from it.`);
  } catch (error) {
    core.warning(`Could not save the checkpoint ${path}: ${(error as Error).message}.`, { title: 'Checkpoint not saved' });
  }
}
