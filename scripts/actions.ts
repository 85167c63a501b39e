import { readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, wherever the script is started from. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every action folder that has an action.yml, in name order. */
export function actionNames(): string[] {
  return readdirSync(join(repoRoot, 'actions'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(repoRoot, 'actions', entry.name, 'action.yml')))
    .map((entry) => entry.name)
    .sort();
}

/** Runs `task` over `items`, at most `limit` at a time, and keeps their order in the result. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
