import type { ParamValue } from '../types.ts';
import type { LoadContext, LoadedUnit } from './context.ts';
import { documentMetrics, documentParams, readDocument } from './structured.ts';
import { isPlainObject } from './values.ts';

/**
 * A W&B run's `files/wandb-summary.json`: the last value of every logged key. W&B's own bookkeeping starts with
 * "_" (`_step`, `_runtime`, `_timestamp`, `_wandb`) and is skipped at every level; so are values that are not
 * scalars, which W&B writes as objects with a `_type` (histograms, tables, images). Plain nested objects flatten
 * with ".". The summary has no history (W&B keeps that in its binary .wandb file).
 *
 * `config` is the run's `files/config.yaml`, where every key is `{desc, value}`; its values are the run's params.
 */
export async function loadWandb(context: LoadContext, summary: string, config?: string): Promise<LoadedUnit> {
  const document = await readDocument(context, summary, 'json');
  const metrics = documentMetrics(
    context,
    summary,
    document,
    (value, path) => '_type' in value || isBookkeeping(path),
    (_name, path) => isBookkeeping(path),
  );
  const files = [summary];
  let params: ParamValue[] = [];
  if (config !== undefined) {
    const raw = await readDocument(context, config, 'yaml');
    const values: Record<string, unknown> = {};
    for (const key of Object.keys(raw)) {
      if (key.startsWith('_') || key === 'wandb_version') continue;
      const entry = raw[key];
      values[key] = isPlainObject(entry) && 'value' in entry ? entry.value : entry;
    }
    params = documentParams(context, config, values);
    files.push(config);
  }
  return { format: 'wandb', files, metrics, params };
}

function isBookkeeping(path: readonly string[]): boolean {
  return path.some((key) => key.startsWith('_'));
}
