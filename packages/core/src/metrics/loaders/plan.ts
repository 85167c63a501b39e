import { lstat, readdir, stat } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import type { MetricsFormat } from '../types.ts';
import { asReadError } from './context.ts';
import type { DelimitedFormat } from './delimited.ts';
import type { DvcLiveFiles } from './dvclive.ts';
import { MetricsFileError } from './errors.ts';
import type { KeyedFile, MlflowFiles } from './mlflow.ts';
import { isEventFile, isHuggingFaceFile, kerasLogSeparator, WANDB_CONFIG, WANDB_SUMMARY } from './names.ts';
import { syntaxOfName, type DocumentSyntax } from './structured.ts';
import type { EventFile } from './tensorboard.ts';

/** What to read, and how: one file, or one format's set of files that it merges itself. */
export type Unit =
  | { kind: 'document'; file: string; syntax: DocumentSyntax }
  | { kind: 'delimited'; file: string; delimiter: string; format?: DelimitedFormat }
  /** A `.log` file that is a Keras CSVLogger file only if its header says so. */
  | { kind: 'keras-log'; file: string }
  | { kind: 'huggingface'; files: string[] }
  | { kind: 'dvclive'; files: DvcLiveFiles }
  | { kind: 'mlflow'; files: MlflowFiles }
  | { kind: 'wandb'; summary: string; config?: string }
  | { kind: 'tensorboard'; files: EventFile[] }
  | { kind: 'params'; file: string; syntax: DocumentSyntax };

export const LOOKED_FOR =
  'JSON, YAML or TOML files (*.json, *.yaml, *.yml, *.toml); CSV or TSV files (*.csv, *.tsv, including ' +
  "Lightning's metrics.csv and Keras' training.log); DVCLive (dvclive/metrics.json, " +
  'dvclive/plots/metrics/**/*.tsv); an MLflow run folder (metrics/<key>, params/<key>); Hugging Face Trainer ' +
  '(trainer_state.json, all_results.json, eval_results.json); W&B (wandb-summary.json); TensorBoard ' +
  '(events.out.tfevents.*)';

/** Folders never searched: tools' caches and version control, which hold no run's metrics. */
const SKIPPED_FOLDERS = new Set(['node_modules', '__pycache__']);

/**
 * Files that tools write beside their metrics and that hold none: model and tokenizer configs (Hugging Face),
 * model metadata (MLflow), pipeline definitions (DVC), run metadata (W&B), project files. Loading them as
 * metrics would flood the comparison with strings reported as invalid values.
 */
const NOT_METRICS = new Set([
  'config.json',
  'generation_config.json',
  'tokenizer.json',
  'tokenizer_config.json',
  'special_tokens_map.json',
  'added_tokens.json',
  'vocab.json',
  'preprocessor_config.json',
  'adapter_config.json',
  'chat_template.json',
  'training_args.json',
  'meta.yaml',
  'conda.yaml',
  'python_env.yaml',
  'input_example.json',
  'serving_input_example.json',
  'dvc.yaml',
  'dvc.lock',
  'wandb-metadata.json',
  'package.json',
  'package-lock.json',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'tsconfig.json',
  'crucible.yml',
  'crucible.yaml',
]);

/** Params files by name: DVC's params.yaml, Lightning's hparams.yaml. In a folder they are params, not metrics. */
const PARAMS_FILES = new Set(['params.yaml', 'params.yml', 'params.json', 'hparams.yaml']);

/** Keras' CSVLogger writes wherever it is told; its documented example, and most code, say training.log. */
const KERAS_LOG = 'training.log';

const CHECKPOINT_FOLDER = /^checkpoint-\d+$/;
const MAX_FOLDER_ENTRIES = 1_000_000;

type Listing = { files: string[]; folders: Set<string> };

/**
 * Every file below a folder, as sorted paths relative to it with "/" separators. Hidden files and folders,
 * node_modules and symbolic links to folders (W&B's `latest-run`) are left out; links to anything else are listed
 * and checked when read.
 */
export async function listFolder(root: string): Promise<Listing> {
  const files: string[] = [];
  const folders = new Set<string>(['']);
  let entries = 0;
  const visit = async (folder: string): Promise<void> => {
    let children;
    try {
      children = await readdir(folder === '' ? root : join(root, folder), { withFileTypes: true });
    } catch (error) {
      throw asReadError(error, folder === '' ? root : join(root, folder));
    }
    children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    entries += children.length;
    if (entries > MAX_FOLDER_ENTRIES) {
      throw MetricsFileError.at(
        { file: root },
        `holds more than ${MAX_FOLDER_ENTRIES.toLocaleString('en-US')} files; point at the run's own output folder.`,
      );
    }
    for (const child of children) {
      if (child.name.startsWith('.')) continue;
      const path = folder === '' ? child.name : `${folder}/${child.name}`;
      let isFile = child.isFile();
      let isFolder = child.isDirectory();
      if (child.isSymbolicLink()) {
        // A link to anything but a folder is listed, so that reading it refuses a device, a FIFO, a /proc file or
        // a target outside the workspace by name (fs/safe-file.ts) instead of leaving it out unseen.
        const target = await stat(join(root, path)).catch(() => undefined);
        isFile = target !== undefined && !target.isDirectory();
        isFolder = false;
      }
      if (isFile) {
        files.push(path);
      } else if (isFolder && !SKIPPED_FOLDERS.has(child.name)) {
        folders.add(path);
        await visit(path);
      }
    }
  };
  await visit('');
  files.sort();
  return { files, folders };
}

function under(folder: string, name: string): string {
  return folder === '' ? name : `${folder}/${name}`;
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

const DELIMITED_EXTENSIONS = /\.(?:csv|tsv)$/i;

/** Units for a folder, by file names and folder layouts (`format` undefined), or for one forced format. */
export function planFolder(listing: Listing, format: MetricsFormat | undefined): Unit[] {
  if (format !== undefined && GENERIC_FORMATS.includes(format)) return planGenericFolder(listing.files, format);
  const { files, folders } = listing;
  const fileSet = new Set(files);

  // Layouts that own a folder: every file below it belongs to that tool, and what it does not read is ignored.
  const mlflowRoots = new Set<string>();
  const dvcliveRoots = new Set<string>();
  for (const folder of folders) {
    const base = posix.basename(folder);
    if (
      folders.has(under(folder, 'metrics')) &&
      (folders.has(under(folder, 'params')) || fileSet.has(under(folder, 'meta.yaml')))
    ) {
      mlflowRoots.add(folder);
    }
    const hasSummary = fileSet.has(under(folder, 'metrics.json'));
    const hasPlots = folders.has(under(folder, 'plots/metrics'));
    if ((hasPlots && (hasSummary || base === 'dvclive')) || (base === 'dvclive' && hasSummary)) {
      dvcliveRoots.add(folder);
    }
  }
  // A `metrics/` folder of .json or .csv files beside a `params/` folder is a project's layout, not MLflow's,
  // whose metric files have no extension that Crucible reads (a key may hold a ".", so every file is looked at).
  for (const file of files) {
    if (syntaxOfName(file) === undefined && !DELIMITED_EXTENSIONS.test(file)) continue;
    for (let folder = parentOf(file); folder !== ''; folder = parentOf(folder)) {
      const root = parentOf(folder);
      if (posix.basename(folder) === 'metrics' && mlflowRoots.has(root) && !fileSet.has(under(root, 'meta.yaml'))) {
        mlflowRoots.delete(root);
      }
    }
  }
  if (format === 'mlflow' && mlflowRoots.size === 0 && folders.has('metrics')) mlflowRoots.add('');
  const looksLikeDvcLive = fileSet.has('metrics.json') || folders.has('plots/metrics');
  if (format === 'dvclive' && dvcliveRoots.size === 0 && looksLikeDvcLive) dvcliveRoots.add('');
  const wandbRoots = new Map<string, string>(); // run folder -> summary file
  for (const file of files) {
    if (posix.basename(file) !== WANDB_SUMMARY) continue;
    const folder = parentOf(file);
    wandbRoots.set(posix.basename(folder) === 'files' ? parentOf(folder) : folder, file);
  }

  const units: Unit[] = [];
  const mlflow = new Map<string, MlflowFiles>();
  const dvclive = new Map<string, DvcLiveFiles>();
  const huggingFace: string[] = [];
  const events: string[] = [];

  for (const file of files) {
    const name = posix.basename(file);
    const owner = ownerOf(file, mlflowRoots, dvcliveRoots, wandbRoots);
    if (owner?.kind === 'mlflow') {
      const rest = owner.root === '' ? file : file.slice(owner.root.length + 1);
      let entry = mlflow.get(owner.root);
      if (entry === undefined) {
        entry = { metrics: [], params: [] };
        mlflow.set(owner.root, entry);
      }
      if (rest.startsWith('metrics/')) entry.metrics.push({ file, name: rest.slice('metrics/'.length) });
      else if (rest.startsWith('params/')) entry.params.push({ file, name: rest.slice('params/'.length) });
      continue;
    }
    if (owner?.kind === 'dvclive') {
      const rest = file.slice(owner.root === '' ? 0 : owner.root.length + 1);
      let entry = dvclive.get(owner.root);
      if (entry === undefined) {
        entry = { plots: [] };
        dvclive.set(owner.root, entry);
      }
      if (rest === 'metrics.json') entry.summary = file;
      else if (rest === 'params.yaml') entry.params = file;
      else if (rest.startsWith('plots/metrics/') && rest.endsWith('.tsv')) {
        entry.plots.push({ file, name: rest.slice('plots/metrics/'.length, -'.tsv'.length) });
      }
      continue;
    }
    if (owner?.kind === 'wandb') {
      if (file === owner.summary) {
        const config = under(parentOf(file), WANDB_CONFIG);
        units.push(fileSet.has(config) ? { kind: 'wandb', summary: file, config } : { kind: 'wandb', summary: file });
      }
      continue;
    }
    if (isEventFile(name)) {
      events.push(file);
      continue;
    }
    if (isHuggingFaceFile(name)) {
      huggingFace.push(file);
      continue;
    }
    // A Trainer checkpoint holds the model, the optimizer and a trainer_state.json (taken above); nothing else.
    if (file.split('/').slice(0, -1).some((part) => CHECKPOINT_FOLDER.test(part))) continue;
    if (NOT_METRICS.has(name)) continue;
    const syntax = syntaxOfName(name);
    if (PARAMS_FILES.has(name) && syntax !== undefined) {
      units.push({ kind: 'params', file, syntax });
    } else if (syntax !== undefined) {
      units.push({ kind: 'document', file, syntax });
    } else if (/\.csv$/i.test(name)) {
      units.push({ kind: 'delimited', file, delimiter: ',' });
    } else if (/\.tsv$/i.test(name)) {
      units.push({ kind: 'delimited', file, delimiter: '\t' });
    } else if (name === KERAS_LOG) {
      units.push({ kind: 'keras-log', file });
    }
  }
  for (const entry of mlflow.values()) units.push({ kind: 'mlflow', files: entry });
  for (const entry of dvclive.values()) units.push({ kind: 'dvclive', files: entry });
  if (huggingFace.length > 0) units.push({ kind: 'huggingface', files: huggingFace });
  // The Trainer's TensorBoard callback writes the same metrics under other names (`eval/loss` for `eval_loss`)
  // to <output_dir>/runs/; read as well, they would double every metric of the run.
  const trainerFolders = new Set(
    huggingFace.map(parentOf).filter((folder) => !CHECKPOINT_FOLDER.test(posix.basename(folder))),
  );
  const ownEvents =
    format === undefined ? events.filter((file) => !hasAncestorIn(file, trainerFolders)) : events;
  if (ownEvents.length > 0) units.push({ kind: 'tensorboard', files: prefixEventFiles(ownEvents) });

  const ordered = units.sort((a, b) => {
    const x = firstFile(a);
    const y = firstFile(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return format === undefined ? ordered : ordered.filter((unit) => unit.kind === format);
}

const GENERIC_FORMATS: readonly MetricsFormat[] = ['json', 'yaml', 'toml', 'csv', 'tsv', 'keras', 'lightning'];

/**
 * A forced plain format reads every file of its kind in the folder as that format, whatever tool wrote it (still
 * leaving out the files that hold no metrics, and taking params files as params).
 */
function planGenericFolder(files: string[], format: MetricsFormat): Unit[] {
  const units: Unit[] = [];
  for (const file of files) {
    const name = posix.basename(file);
    if (NOT_METRICS.has(name)) continue;
    const syntax = syntaxOfName(name);
    if (format === 'json' || format === 'yaml' || format === 'toml') {
      if (syntax !== format) continue;
      units.push(PARAMS_FILES.has(name) ? { kind: 'params', file, syntax } : { kind: 'document', file, syntax });
    } else if (isDelimitedFormat(format)) {
      if (/\.tsv$/i.test(name) || format === 'tsv') {
        if (DELIMITED_EXTENSIONS.test(name)) units.push({ kind: 'delimited', file, delimiter: '\t', format });
      } else if (/\.csv$/i.test(name)) {
        units.push({ kind: 'delimited', file, delimiter: ',', format });
      } else if (format === 'keras' && name === KERAS_LOG) {
        units.push({ kind: 'keras-log', file });
      }
    }
  }
  return units;
}

function hasAncestorIn(file: string, folders: Set<string>): boolean {
  for (let folder = parentOf(file); ; folder = parentOf(folder)) {
    if (folders.has(folder)) return true;
    if (folder === '') return false;
  }
}

function ownerOf(
  file: string,
  mlflowRoots: Set<string>,
  dvcliveRoots: Set<string>,
  wandbRoots: Map<string, string>,
):
  | { kind: 'mlflow' | 'dvclive'; root: string }
  | { kind: 'wandb'; root: string; summary: string }
  | undefined {
  // The nearest enclosing layout wins: an MLflow run inside a DVCLive folder is an MLflow run.
  for (let folder = parentOf(file); ; folder = parentOf(folder)) {
    if (mlflowRoots.has(folder)) return { kind: 'mlflow', root: folder };
    if (dvcliveRoots.has(folder)) return { kind: 'dvclive', root: folder };
    const summary = wandbRoots.get(folder);
    if (summary !== undefined) return { kind: 'wandb', root: folder, summary };
    if (folder === '') return undefined;
  }
}

/**
 * Event files in one folder are one TensorBoard run and keep their tags; when they sit in several folders (Keras
 * writes `logs/train/` and `logs/validation/` with the same tags), each tag gets its folder's path relative to
 * the folders' common ancestor (`train/epoch_loss`, `validation/epoch_loss`), as TensorBoard names runs. The
 * names do not depend on which folder above them the user pointed at.
 */
export function prefixEventFiles(files: string[]): EventFile[] {
  const folders = [...new Set(files.map(parentOf))];
  if (folders.length === 1) return files.map((file) => ({ file, prefix: '' }));
  let common = (folders[0] as string).split('/');
  for (const folder of folders) {
    const parts = folder.split('/');
    let i = 0;
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  const base = common.join('/');
  return files.map((file) => {
    const folder = parentOf(file);
    const relative = base === '' ? folder : folder.slice(base.length + 1);
    return { file, prefix: relative === '' ? '' : `${relative}/` };
  });
}

function firstFile(unit: Unit): string {
  switch (unit.kind) {
    case 'huggingface':
      return unit.files[0] ?? '';
    case 'tensorboard':
      return unit.files[0]?.file ?? '';
    case 'mlflow':
      return unit.files.metrics[0]?.file ?? unit.files.params[0]?.file ?? '';
    case 'dvclive':
      return unit.files.summary ?? unit.files.plots[0]?.file ?? unit.files.params ?? '';
    case 'wandb':
      return unit.summary;
    default:
      return unit.file;
  }
}

const DELIMITED_FORMATS: readonly MetricsFormat[] = ['csv', 'tsv', 'keras', 'lightning'];

export function isDelimitedFormat(format: MetricsFormat): format is DelimitedFormat {
  return DELIMITED_FORMATS.includes(format);
}

/** What a forced format looks for in a folder, for the message when it finds nothing. */
export function lookedForByFormat(format: MetricsFormat): string {
  switch (format) {
    case 'json':
      return '*.json files';
    case 'yaml':
      return '*.yaml and *.yml files';
    case 'toml':
      return '*.toml files';
    case 'csv':
    case 'tsv':
    case 'lightning':
      return '*.csv and *.tsv files';
    case 'keras':
      return '*.csv, *.tsv and training.log files';
    case 'dvclive':
      return 'a DVCLive folder (metrics.json, plots/metrics/**/*.tsv)';
    case 'mlflow':
      return 'an MLflow run folder (metrics/<key>, params/<key>)';
    case 'huggingface':
      return 'trainer_state.json, all_results.json and *_results.json';
    case 'wandb':
      return 'wandb-summary.json';
    case 'tensorboard':
      return 'events.out.tfevents.* files';
  }
}

/**
 * The unit for one file given as the run's path: by its format when forced, else by name, place and content.
 * `peek` returns the file's first bytes as text, for content checks.
 */
export async function planFile(
  path: string,
  format: MetricsFormat | undefined,
  peek: () => Promise<string>,
): Promise<Unit> {
  const name = posix.basename(path.replaceAll('\\', '/'));
  const syntax = syntaxOfName(name);
  const delimiter = /\.tsv$/i.test(name) ? '\t' : ',';
  switch (format) {
    case 'json':
    case 'yaml':
    case 'toml':
      return { kind: 'document', file: path, syntax: format };
    case 'csv':
    case 'lightning':
    case 'keras':
      return {
        kind: 'delimited',
        file: path,
        delimiter: format === 'keras' ? (kerasLogSeparator(await peek()) ?? delimiter) : delimiter,
        format,
      };
    case 'tsv':
      return { kind: 'delimited', file: path, delimiter: '\t', format };
    case 'huggingface':
      return { kind: 'huggingface', files: [path] };
    case 'wandb':
      return { kind: 'wandb', summary: path };
    case 'tensorboard':
      return { kind: 'tensorboard', files: [{ file: path, prefix: '' }] };
    case 'dvclive':
      return dvcliveFileUnit(path, name);
    case 'mlflow':
      return { kind: 'mlflow', files: { metrics: [mlflowKey(path)], params: [] } };
    case undefined:
      break;
  }
  if (isEventFile(name)) return { kind: 'tensorboard', files: [{ file: path, prefix: '' }] };
  if (isHuggingFaceFile(name)) return { kind: 'huggingface', files: [path] };
  if (name === WANDB_SUMMARY) return { kind: 'wandb', summary: path };
  if (await isInDvcLiveFolder(path, name)) return dvcliveFileUnit(path, name);
  if (syntax !== undefined) return { kind: 'document', file: path, syntax };
  if (/\.(?:csv|tsv)$/i.test(name)) return { kind: 'delimited', file: path, delimiter };
  const head = await peek();
  const separator = kerasLogSeparator(head);
  if (separator !== undefined) return { kind: 'delimited', file: path, delimiter: separator, format: 'keras' };
  if (!name.includes('.') && MLFLOW_LINE.test(head)) {
    return { kind: 'mlflow', files: { metrics: [mlflowKey(path)], params: [] } };
  }
  if (/^\s*\{/.test(head)) return { kind: 'document', file: path, syntax: 'json' };
  throw MetricsFileError.at(
    { file: path },
    'Crucible cannot tell its format from its name or content; rename it (.json, .yaml, .toml, .csv, .tsv) or ' +
      'pass a format (json, yaml, toml, csv, tsv, dvclive, mlflow, huggingface, lightning, keras, wandb, tensorboard).',
  );
}

const MLFLOW_LINE = /^\d+ \S+( -?\d+)?(?:\r?\n|$)/;

async function isInDvcLiveFolder(path: string, name: string): Promise<boolean> {
  const normal = path.replaceAll('\\', '/');
  if (name.endsWith('.tsv') && normal.includes('/plots/metrics/')) return true;
  if (name !== 'metrics.json') return false;
  const folder = dirname(path);
  if (posix.basename(folder.replaceAll('\\', '/')) === 'dvclive') return true;
  return (await lstat(join(folder, 'plots', 'metrics')).catch(() => undefined))?.isDirectory() ?? false;
}

function dvcliveFileUnit(path: string, name: string): Unit {
  if (!name.endsWith('.tsv')) return { kind: 'dvclive', files: { summary: path, plots: [] } };
  const normal = path.replaceAll('\\', '/');
  const at = normal.lastIndexOf('/plots/metrics/');
  const metric = at === -1 ? name : normal.slice(at + '/plots/metrics/'.length);
  return { kind: 'dvclive', files: { plots: [{ file: path, name: metric.slice(0, -'.tsv'.length) }] } };
}

/** An MLflow metric file's key: its path under the run's `metrics/` folder, else its name. */
function mlflowKey(path: string): KeyedFile {
  const normal = path.replaceAll('\\', '/');
  const at = normal.lastIndexOf('/metrics/');
  return { file: path, name: at === -1 ? posix.basename(normal) : normal.slice(at + '/metrics/'.length) };
}
