/**
 * Loading one run's metrics from whatever the trainer wrote: a file or a folder, in any of the formats in
 * `MetricsFormat`, detected by file name, folder layout and content unless a format is forced.
 *
 * Names: nested keys flatten with "." as DVC does (`{"eval": {"acc": 1}}` is `eval.acc`), keys holding "/" keep
 * it, list items take their index (`acc.0`). Values that are not finite numbers are kept with `value: null` and
 * their text in `raw`; they never stop a load. History points carry the trainer's step (else epoch, else row
 * index) and, where the format records one, a timestamp in milliseconds since the Unix epoch.
 *
 * Every problem a person can fix is a MetricsFileError naming the file and the line, byte offset or key.
 */
import { open, stat } from 'node:fs/promises';
import { posix } from 'node:path';
import { checkReadableFileAsync } from '../fs/safe-file.ts';
import { asReadError, LoadContext, type LoadedUnit } from './loaders/context.ts';
import { MetricsFileError } from './loaders/errors.ts';
import type { KeyedFile } from './loaders/mlflow.ts';
import { kerasLogSeparator } from './loaders/names.ts';
import { listFolder, LOOKED_FOR, lookedForByFormat, planFile, planFolder, type Unit } from './loaders/plan.ts';
import { RunBuilder } from './loaders/run-builder.ts';
import { loadDocumentMetrics, loadDocumentParams, syntaxOfName } from './loaders/structured.ts';
import type { LoadedRun, MetricsFormat, ParamValue } from './types.ts';

export { MetricsFileError } from './loaders/errors.ts';
export type { MetricsFileLocation } from './loaders/errors.ts';
export { MAX_METRICS_FILE_BYTES, MAX_METRICS_PER_RUN } from './loaders/context.ts';

export type LoadRunOptions = {
  /** Read the path as this format only; 'auto' (the default) detects each file's format. */
  format?: MetricsFormat | 'auto';
  /**
   * The workspace root (GITHUB_WORKSPACE, or the CLI's working directory): a file inside it that resolves outside
   * it through a symbolic link is refused, naming the link. Files named outside it stay readable.
   */
  workspace?: string | undefined;
};

/** Files read at once from a folder: enough to overlap I/O, few enough to keep memory and descriptors low. */
const PARALLEL_UNITS = 8;

/**
 * One run's metrics and params from a file or a folder. A folder loads every recognised file below it (hidden
 * folders and node_modules left out) into one run; the same metric from two files is an error naming both.
 */
export async function loadRun(path: string, options: LoadRunOptions = {}): Promise<LoadedRun> {
  const format = options.format === 'auto' ? undefined : options.format;
  const isFolder = await isFolderPath(path);
  const context = new LoadContext(path, isFolder, options.workspace);
  let units: Unit[];
  if (isFolder) {
    units = planFolder(await listFolder(path), format);
    if (units.length === 0) {
      throw MetricsFileError.at(
        { file: path },
        format === undefined
          ? `found no metrics files in the folder. Crucible looked for ${LOOKED_FOR}. ` +
              'Point at the folder or file your trainer writes, or pass a format.'
          : `found no ${format} metrics in the folder; the ${format} format reads ${lookedForByFormat(format)}.`,
      );
    }
  } else {
    try {
      await checkReadableFileAsync(path, { workspace: options.workspace });
    } catch (error) {
      throw asReadError(error, path);
    }
    units = [await planFile(path, format, () => peek(path, options.workspace))];
  }

  // A few units load at once, and are added in their sorted order as they finish: the result (and the first
  // error) do not depend on which file finished first, and the metrics cap stops a huge folder early.
  const builder = new RunBuilder(context);
  const inFlight: Promise<{ loaded: LoadedUnit } | { error: unknown }>[] = [];
  let next = 0;
  const startMore = (): void => {
    while (inFlight.length < PARALLEL_UNITS && next < units.length) {
      inFlight.push(
        loadUnit(context, units[next++] as Unit).then(
          (loaded) => ({ loaded }),
          (error: unknown) => ({ error }),
        ),
      );
    }
  };
  startMore();
  for (let outcome = inFlight.shift(); outcome !== undefined; outcome = inFlight.shift()) {
    const settled = await outcome;
    if ('error' in settled) throw settled.error;
    builder.add(settled.loaded);
    startMore();
  }
  const run = builder.build();
  if (run.metrics.size === 0) {
    const shown = run.files.slice(0, 5).map((file) => context.display(file));
    const read = shown.length === 0 ? 'no metrics file' : shown.join(', ');
    throw MetricsFileError.at(
      { file: path },
      `holds no metrics (read: ${read}${run.files.length > 5 ? ', ...' : ''}). A run must report at least one ` +
        'metric; check that training wrote its metrics there.',
    );
  }
  return run;
}

/**
 * Reads one unit. Loaders other than the plain-document one load on first use: under Node's type stripping each
 * module costs compile time at start-up, and most runs need one format.
 */
async function loadUnit(context: LoadContext, unit: Unit): Promise<LoadedUnit> {
  switch (unit.kind) {
    case 'document':
      return loadDocumentMetrics(context, unit.file, unit.syntax);
    case 'params':
      return {
        format: unit.syntax,
        files: [unit.file],
        metrics: new Map(),
        params: await loadDocumentParams(context, unit.file, unit.syntax),
      };
    case 'delimited': {
      const { loadDelimitedMetrics } = await import('./loaders/delimited.ts');
      return loadDelimitedMetrics(
        context,
        unit.file,
        unit.format === undefined ? { delimiter: unit.delimiter } : { delimiter: unit.delimiter, format: unit.format },
      );
    }
    case 'keras-log': {
      const { delimitedMetrics } = await import('./loaders/delimited.ts');
      const text = await context.readText(unit.file);
      const delimiter = kerasLogSeparator(text);
      if (delimiter === undefined) return { format: 'keras', files: [], metrics: new Map(), params: [] };
      return delimitedMetrics(context, unit.file, text, { delimiter, format: 'keras' });
    }
    case 'huggingface':
      return (await import('./loaders/huggingface.ts')).loadHuggingFace(context, unit.files);
    case 'dvclive':
      return (await import('./loaders/dvclive.ts')).loadDvcLive(context, unit.files);
    case 'mlflow':
      return (await import('./loaders/mlflow.ts')).loadMlflow(context, unit.files);
    case 'wandb':
      return (await import('./loaders/wandb.ts')).loadWandb(context, unit.summary, unit.config);
    case 'tensorboard':
      return (await import('./loaders/tensorboard.ts')).loadTensorBoard(context, unit.files);
  }
}

async function isFolderPath(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch (error) {
    throw asReadError(error, path);
  }
}

/** The first bytes of a file as text, for telling its format from its content. */
async function peek(path: string, workspace: string | undefined): Promise<string> {
  try {
    // Checked before opening: a FIFO would block the open, /proc/self/environ would be read.
    await checkReadableFileAsync(path, { workspace });
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(512);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw asReadError(error, path);
  }
}

/**
 * Params from a YAML, JSON or TOML file (flattened like metrics, values kept as text), or from an MLflow params
 * folder (one file per key, a key with "/" as nested folders; an MLflow run folder reads its `params/`).
 */
export async function loadParams(path: string, options: { workspace?: string | undefined } = {}): Promise<Map<string, ParamValue>> {
  const isFolder = await isFolderPath(path);
  const context = new LoadContext(path, isFolder, options.workspace);
  let params: ParamValue[];
  if (isFolder) {
    const listing = await listFolder(path);
    const isRun = listing.folders.has('params') && listing.folders.has('metrics');
    const files: KeyedFile[] = [];
    for (const file of listing.files) {
      if (!isRun) files.push({ file, name: file });
      else if (file.startsWith('params/')) files.push({ file, name: file.slice('params/'.length) });
    }
    const { loadMlflow } = await import('./loaders/mlflow.ts');
    params = (await loadMlflow(context, { metrics: [], params: files })).params;
  } else {
    // YAML reads JSON too, so a params file of another name is read as YAML.
    params = await loadDocumentParams(context, path, syntaxOfName(posix.basename(path)) ?? 'yaml');
  }
  const byName = new Map<string, ParamValue>();
  for (const param of params) byName.set(param.name, param);
  return byName;
}
