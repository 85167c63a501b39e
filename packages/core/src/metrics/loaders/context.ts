import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { checkReadableFileAsync, decodeUtf8, readFileSafelyAsync } from '../../fs/safe-file.ts';
import type { MetricValue, MetricsFormat, ParamValue } from '../types.ts';
import { MetricsFileError } from './errors.ts';

/** Metrics files come from pull requests and artifacts: untrusted input, so sizes are bounded before reading. */
export const MAX_METRICS_FILE_BYTES = 256 * 1024 * 1024;
export const MAX_METRICS_PER_RUN = 100_000;

/** What one loader read: one file, or one format's own set of files that it merges itself. */
export type LoadedUnit = {
  format: MetricsFormat;
  files: string[];
  /** By name; a loader refuses (or, within its own files, merges) a name it meets twice. */
  metrics: Map<string, MetricValue>;
  params: ParamValue[];
};

/**
 * The run being loaded: where it is, how to name its files in results (relative to a folder, as given for a
 * file) and in messages (a path a person can open), and how many metrics it holds so far, for the cap.
 */
export class LoadContext {
  readonly root: string;
  readonly isFolder: boolean;
  /** The workspace root: a file inside it that links out of it is refused (see fs/safe-file.ts). */
  readonly workspace: string | undefined;
  metricsSoFar = 0;

  constructor(root: string, isFolder: boolean, workspace?: string) {
    this.root = root;
    this.isFolder = isFolder;
    this.workspace = workspace;
  }

  /** The path of a file for messages: `<folder>/<file>`, or the file as given. */
  display(file: string): string {
    return this.isFolder ? join(this.root, file) : file;
  }

  absolute(file: string): string {
    return this.isFolder ? join(this.root, file) : file;
  }

  /** Refuses a run that would pass the metrics cap once `more` metrics of `file` are added. */
  ensureRoom(file: string, more: number): void {
    if (this.metricsSoFar + more > MAX_METRICS_PER_RUN) {
      throw MetricsFileError.at(
        { file: this.display(file) },
        `the run holds more than ${MAX_METRICS_PER_RUN.toLocaleString('en-US')} metrics, the most Crucible loads ` +
          'for one run; report fewer metrics (summaries rather than per-item values).',
      );
    }
  }

  /**
   * Runs `use` with a reader of the file's bytes, for formats read in chunks (TensorBoard). The size cap holds
   * here too; errors from opening name the file.
   */
  async withFile<T>(
    file: string,
    use: (source: { read(buffer: Uint8Array, at: number, length: number): Promise<number> }) => Promise<T>,
  ): Promise<T> {
    const path = this.absolute(file);
    let handle;
    try {
      await checkReadableFileAsync(path, { workspace: this.workspace, label: this.display(file) });
      handle = await open(path, 'r');
      const info = await handle.stat();
      if (!info.isFile()) throw MetricsFileError.at({ file: this.display(file) }, 'is not a regular file; pass a regular file.');
      if (info.size > MAX_METRICS_FILE_BYTES) throw tooLarge(this.display(file), info.size);
    } catch (error) {
      await handle?.close();
      throw asReadError(error, this.display(file));
    }
    const opened = handle;
    try {
      // The cap counts bytes read, not the size `stat` gave when opened: a file that grows stops at the cap.
      let total = 0;
      return await use({
        read: async (buffer, at, length) => {
          const { bytesRead } = await opened.read(buffer, at, length, null);
          total += bytesRead;
          if (total > MAX_METRICS_FILE_BYTES) throw tooLarge(this.display(file), total);
          return bytesRead;
        },
      });
    } finally {
      await opened.close();
    }
  }

  async readText(file: string): Promise<string> {
    return decodeUtf8(await this.readBytes(file), this.display(file));
  }

  async readBytes(file: string): Promise<Buffer> {
    const path = this.absolute(file);
    try {
      return await readFileSafelyAsync(path, {
        maxBytes: MAX_METRICS_FILE_BYTES,
        workspace: this.workspace,
        label: this.display(file),
        tooLarge,
      });
    } catch (error) {
      throw asReadError(error, this.display(file));
    }
  }
}

function tooLarge(file: string, bytes: number): MetricsFileError {
  const mib = (bytes / 1024 / 1024).toFixed(0);
  return MetricsFileError.at(
    { file },
    `${mib} MiB is over the ${MAX_METRICS_FILE_BYTES / 1024 / 1024} MiB limit for a metrics file; ` +
      'write summary metrics to a smaller file.',
  );
}

/** A file-system error as a message that names the path and says what to do; other errors pass through. */
export function asReadError(error: unknown, path: string): unknown {
  if (error instanceof MetricsFileError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return MetricsFileError.at({ file: path }, 'no such file or folder; check the path.', { cause: error });
    case 'EACCES':
    case 'EPERM':
      return MetricsFileError.at({ file: path }, 'cannot be read (permission denied); check its permissions.', {
        cause: error,
      });
    case 'EISDIR':
      return MetricsFileError.at({ file: path }, 'is a folder where a file was expected.', { cause: error });
    case undefined:
      return error;
    default:
      return MetricsFileError.at({ file: path }, `cannot be read (${code}); check the path.`, { cause: error });
  }
}

/** `items.map(fn)` with at most `limit` calls in flight: a folder of 100,000 metric files must not hit EMFILE. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
