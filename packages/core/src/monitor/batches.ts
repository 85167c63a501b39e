/**
 * The production batches `--data` names: files, folders (every data file below them) and globs, in a stable order
 * (each argument's files sorted by path, arguments in the order given), each file once.
 */

import { lstatSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { InputError } from '../errors.ts';
import { isGlob } from '../glob.ts';

/** More batch files than this is a mistake in the pattern (a whole disk), not a day of logs. */
export const MAX_BATCHES = 10_000;
/** Data files by name: CSV, TSV, JSON Lines, Parquet, each optionally gzip-compressed. */
const DATA_FILE = /\.(csv|tsv|txt|jsonl|ndjson|parquet)(\.gz)?$/i;

export type Batch = { path: string; label: string };

function walk(folder: string, found: string[]): void {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    // Links are not followed: a folder of logs that links elsewhere is read only where it points inside itself.
    if (entry.isDirectory()) walk(path, found);
    else if (entry.isFile() && DATA_FILE.test(entry.name)) found.push(path);
    if (found.length > MAX_BATCHES) throw new InputError(`--data: more than ${MAX_BATCHES} data files under ${folder}; point at the batches to check.`);
  }
}

/** The folder a glob's matches are under: its segments before the first one with glob syntax. */
function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (isGlob(part)) break;
    fixed.push(part);
  }
  const base = fixed.join('/');
  return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}

/**
 * Expands `--data` arguments relative to `cwd`. Each argument must name something: a missing file, an empty folder
 * or a glob that matches nothing is an error naming it, since a monitor that checked nothing must not say healthy.
 */
export function expandBatches(args: readonly string[], cwd: string, labelBase: string = cwd): Batch[] {
  if (args.length === 0) throw new InputError('--data: name at least one production batch (a file, a folder or a glob).');
  const seen = new Set<string>();
  const batches: Batch[] = [];
  const add = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    batches.push({ path, label: relative(labelBase, path) || path });
  };
  for (const arg of args) {
    const normalized = arg.split(sep).join('/');
    if (isGlob(normalized)) {
      const base = resolve(cwd, globBase(normalized));
      const matcher = picomatch(resolve(cwd, normalized).split(sep).join('/'), { dot: false, windows: false });
      const files: string[] = [];
      walk(base, files);
      const matched = files.filter((file) => matcher(file.split(sep).join('/')));
      if (matched.length === 0) throw new InputError(`--data ${arg}: the glob matches no data file (CSV, TSV, JSON Lines or Parquet, optionally .gz). Check the pattern and that the batches were downloaded.`);
      for (const file of matched) add(file);
      continue;
    }
    const path = resolve(cwd, arg);
    let stat: import('node:fs').Stats;
    try {
      stat = statSync(path);
    } catch {
      throw new InputError(`--data ${arg}: no such file or folder.`);
    }
    if (stat.isDirectory()) {
      const files: string[] = [];
      walk(path, files);
      if (files.length === 0) throw new InputError(`--data ${arg}: the folder holds no data file (CSV, TSV, JSON Lines or Parquet, optionally .gz).`);
      for (const file of files) add(file);
    } else if (lstatSync(path).isFile() || stat.isFile()) add(path);
    else throw new InputError(`--data ${arg}: not a file or a folder.`);
  }
  if (batches.length > MAX_BATCHES) throw new InputError(`--data: ${batches.length} batch files, more than the ${MAX_BATCHES} one check reads; name fewer.`);
  return batches;
}
