import { mkdirSync } from 'node:fs';
import * as core from '@actions/core';
import type { RunContext } from '@crucible/action-kit';
import type { Log, RunnerInfo } from '@crucible/core';
import { cachePath, checkpointKeys, fingerprint } from './checkpoint.ts';
import { State } from './outputs.ts';
import type { Checkpoints, Interrupts, RunUploads } from './step.ts';
import { upload, uploadRun } from './uploads.ts';

/**
 * The checkpoint through the Actions cache: restored by this job's key prefix before the run; what post needs to
 * save it afterwards (path, key, fingerprint, size cap) goes to the step's state, since post runs after a failure
 * or a cancel too.
 */
export function cacheCheckpoints(context: RunContext, options: { relativePath: string; key: string; leg: string; maxBytes: number; log: Log }): Checkpoints {
  return {
    async restore(absolute) {
      const path = cachePath(context.workspace, absolute);
      const keys = checkpointKeys(context, process.env, options.key, options.leg);
      let restoredKey: string | null = null;
      const cache = await import('@actions/cache');
      if (!cache.isFeatureAvailable()) {
        options.log.warning('The Actions cache is not available to this job, so checkpoints are neither restored nor saved.', 'No checkpoint cache');
      } else {
        try {
          restoredKey = (await cache.restoreCache([path], keys.key, [keys.prefix])) ?? null;
        } catch (error) {
          options.log.warning(`Could not restore the checkpoint: ${(error as Error).message}. Training starts from scratch.`, 'Checkpoint not restored');
        }
        options.log.info(restoredKey === null ? `No checkpoint saved yet under ${keys.prefix}*: training starts from scratch.` : `Restored the checkpoint ${restoredKey} into ${options.relativePath}.`);
      }
      mkdirSync(absolute, { recursive: true });
      const before = await fingerprint(absolute);
      core.saveState(State.checkpointPath, path);
      core.saveState(State.checkpointKey, keys.key);
      core.saveState(State.checkpointFingerprint, before?.digest ?? '');
      core.saveState(State.checkpointMaxBytes, String(options.maxBytes));
      return { restoredKey };
    },
  };
}

/** Evidence, log and model as artifacts of this run; a cancelled main leaves the upload to post. */
export function artifactUploads(context: RunContext, log: Log): RunUploads {
  return {
    pending: (pending) => core.saveState(State.pendingUpload, JSON.stringify(pending)),
    async run(pending, secrets) {
      await uploadRun(context, pending, secrets);
      core.saveState(State.pendingUpload, '');
    },
    async model(name, paths, cwd) {
      const { modelFiles } = await import('./model-files.ts');
      const files = await modelFiles(cwd, paths, log);
      if (files.length === 0) log.warning(`outputs: no file to upload as the "${name}" artifact (the paths are folders without files, links, or outside the working directory).`);
      else await upload(context, name, files, cwd);
    },
  };
}

/** The runner this job runs on; its labels from the jobs API when the token may read them. */
export async function runnerInfo(token: string | undefined, context: RunContext, log: Log): Promise<RunnerInfo> {
  const env = process.env;
  const info: RunnerInfo = { name: env['RUNNER_NAME'] ?? null, os: env['RUNNER_OS'] ?? null, arch: env['RUNNER_ARCH'] ?? null, environment: env['RUNNER_ENVIRONMENT'] ?? null, labels: null };
  if (token === undefined || token === '' || context.runId === 0 || info.name === null) return info;
  try {
    const [{ githubClient }, { runnerLabels }] = await Promise.all([import('@crucible/action-kit/github'), import('@crucible/github')]);
    const client = await githubClient(token, context);
    const labels = await runnerLabels(client, { owner: context.owner, repo: context.repo }, { runId: context.runId, runAttempt: context.runAttempt, runnerName: info.name });
    if (labels !== undefined) info.labels = labels.slice(0, 100);
  } catch (error) {
    log.debug(`Runner labels not read (the token needs actions: read): ${(error as Error).message}`);
  }
  return info;
}

/** SIGINT and SIGTERM after the command ended are noted, not fatal, until the evidence is written. */
export const processInterrupts: Interrupts = {
  hold() {
    const received: NodeJS.Signals[] = [];
    const keep = (signal: NodeJS.Signals) => received.push(signal);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, keep);
    return {
      cancelled: () => received.length > 0,
      release: () => {
        for (const signal of ['SIGINT', 'SIGTERM'] as const) process.off(signal, keep);
      },
    };
  },
};
