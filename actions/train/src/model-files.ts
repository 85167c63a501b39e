import { lstat, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Log } from '@crucible/core';

/**
 * The files of the `outputs` paths, for the model artifact, whose root is the working directory: a path outside
 * it is left out with a warning (the artifact keeps paths relative to one root). Links are not followed.
 */
export async function modelFiles(cwd: string, paths: string[], log: Log): Promise<string[]> {
  const files: string[] = [];
  const walk = async (path: string): Promise<void> => {
    const info = await lstat(path);
    if (info.isDirectory()) {
      for (const entry of (await readdir(path)).sort()) await walk(join(path, entry));
    } else if (info.isFile()) files.push(path);
  };
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    if (relative(cwd, absolute).startsWith('..')) {
      log.warning(`outputs: "${path}" is outside the working directory, so it is digested but not uploaded as the model artifact.`);
      continue;
    }
    await walk(absolute);
  }
  return files;
}
