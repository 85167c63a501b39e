import { ConfigError } from '../../errors.ts';

/** Where in a metrics file a problem is: a line (text files), a byte offset (binary files) or a key. */
export type MetricsFileLocation = { file: string; line?: number; offset?: number; key?: string };

/**
 * A metrics or params file that cannot be read or does not hold what its format promises. The message names the
 * file, then the line, byte offset or key, then what is wrong and the fix:
 * `metrics/eval.json: line 3: unexpected token "acc"; expected a "key"; fix the JSON.`
 * It is a ConfigError, so the CLI exits 2 with the message alone.
 */
export class MetricsFileError extends ConfigError {
  readonly file: string;
  readonly line: number | undefined;
  readonly offset: number | undefined;
  readonly key: string | undefined;

  constructor(message: string, location: MetricsFileLocation, options?: ErrorOptions) {
    super(message, options);
    this.name = 'MetricsFileError';
    this.file = location.file;
    this.line = location.line;
    this.offset = location.offset;
    this.key = location.key;
  }

  /** `<file>: line <n>: <detail>` (or `byte <n>`, or `key "<k>"`), the usual shape of the message. */
  static at(location: MetricsFileLocation, detail: string, options?: ErrorOptions): MetricsFileError {
    const where: string[] = [location.file];
    if (location.line !== undefined) where.push(`line ${location.line}`);
    if (location.offset !== undefined) where.push(`byte ${location.offset}`);
    if (location.key !== undefined) where.push(`key "${location.key}"`);
    return new MetricsFileError(`${where.join(': ')}: ${detail}`, location, options);
  }
}
