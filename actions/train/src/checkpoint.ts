import { createHash } from 'node:crypto';
import { lstat, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { RunContext } from '@crucible/action-kit';

/** GitHub's cache keys are at most 512 characters and may not hold commas. */
const MAX_KEY = 512;

function keyPart(text: string): string {
  return text.replace(/[^\w.-]+/g, '_').slice(0, 60);
}

/**
 * The checkpoint's cache keys: a prefix for this workflow, branch, job and matrix leg (each seed resumes its own
 * checkpoint) and checkpoint-key, and a key of its own for this run attempt (cache entries cannot be overwritten).
 * Restoring by the prefix finds the newest save. Parts are joined by "/", which a part never holds, so the prefix
 * of checkpoint-key "bert" does not match "bert-large".
 */
export function checkpointKeys(context: RunContext, env: NodeJS.ProcessEnv, checkpointKey: string, leg: string): { prefix: string; key: string } {
  const workflow = context.workflowFile || env['GITHUB_WORKFLOW'] || 'workflow';
  const branch = env['GITHUB_HEAD_REF'] || env['GITHUB_REF_NAME'] || context.ref.replace(/^refs\/(heads|tags)\//, '') || 'detached';
  const parts = ['crucible-checkpoint', workflow, branch, context.job || 'job', leg || 'leg', checkpointKey].map(keyPart);
  const prefix = `${parts.join('/')}/`;
  return { prefix, key: `${prefix}${context.runId}-${context.runAttempt}`.slice(0, MAX_KEY) };
}

/** The path as @actions/cache wants it: relative to the workspace, so another runner's work folder matches. */
export function cachePath(workspace: string, absolute: string): string {
  const path = relative(workspace, absolute);
  return path === '' ? '.' : path.startsWith('..') ? absolute : path;
}

/**
 * What the checkpoint folder holds, cheaply: relative paths, sizes and modification times. Equal fingerprints
 * after restore and after the run mean training wrote nothing new, so there is nothing to save.
 */
export async function fingerprint(path: string): Promise<{ digest: string; bytes: number; files: number } | undefined> {
  const hash = createHash('sha256');
  let bytes = 0;
  let files = 0;
  const walk = async (current: string): Promise<void> => {
    const info = await lstat(current);
    if (info.isDirectory()) {
      const entries = (await readdir(current)).sort();
      for (const entry of entries) await walk(join(current, entry));
      return;
    }
    files += 1;
    bytes += info.size;
    hash.update(`${relative(path, current)}\0${info.size}\0${info.mtimeMs}\n`);
  };
  try {
    await walk(path);
  } catch {
    return undefined;
  }
  return { digest: hash.digest('hex'), bytes, files };
}
