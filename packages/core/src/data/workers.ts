import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The engine's worker threads when they are bundled in `folder` (range-worker/index.js and digest-worker/index.js,
 * as the action's and the CLI's builds lay them out), so the runner's cores share the scan. Undefined when the code
 * runs from source, where the engine starts its own worker modules.
 */
export function bundledWorkerScripts(folder: string): { range: URL; digest: URL } | undefined {
  const range = join(folder, 'range-worker', 'index.js');
  const digest = join(folder, 'digest-worker', 'index.js');
  return existsSync(range) && existsSync(digest) ? { range: pathToFileURL(range), digest: pathToFileURL(digest) } : undefined;
}
