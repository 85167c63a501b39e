/**
 * Parquet through hyparquet (pure JavaScript), imported only when a .parquet file is read, so every other run
 * starts without it. Row groups are read one at a time: memory is one row group's decoded values. Pages compressed
 * with Snappy are hyparquet's own; GZIP, Brotli and ZSTD pages are decompressed by node:zlib; LZ4 is refused with
 * a clear message. Examples and annotations name the row (1-based) where other formats name the line.
 */

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { brotliDecompressSync, gunzipSync, zstdDecompressSync } from 'node:zlib';
import type { AsyncBuffer, Compressors, FileMetaData, SchemaElement } from 'hyparquet';
import { DataFileError, type Inspected, type SourceInfo } from './source.ts';
import type { TableAccumulator } from './table.ts';
import type { ColumnType } from './values.ts';

const compressors: Compressors = {
  GZIP: (input) => new Uint8Array(gunzipSync(input)),
  BROTLI: (input) => new Uint8Array(brotliDecompressSync(input)),
  ZSTD: (input) => new Uint8Array(zstdDecompressSync(input)),
};

async function open(source: SourceInfo): Promise<{ hyparquet: typeof import('hyparquet'); metadata: FileMetaData; file: AsyncBuffer }> {
  // Under Node, the package's entry is its node.js, which adds asyncBufferFromFile.
  const hyparquet = await import('hyparquet');
  const file = await hyparquet.asyncBufferFromFile(source.path);
  if (file.byteLength === 0) throw new DataFileError(`${source.label}: the file is empty; a Parquet file ends in its footer (PAR1).`);
  try {
    const metadata = await hyparquet.parquetMetadataAsync(file);
    return { hyparquet, metadata, file };
  } catch (error) {
    throw new DataFileError(`${source.label}: not a readable Parquet file (${(error as Error).message}).`);
  }
}

/** The column type a Parquet leaf holds, from its physical and logical types. */
function typeOf(element: SchemaElement): ColumnType {
  const logical = element.logical_type?.type;
  const converted = element.converted_type;
  if (logical === 'DATE' || converted === 'DATE') return 'date';
  if (logical === 'TIMESTAMP' || converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS' || element.type === 'INT96') return 'datetime';
  if (logical === 'DECIMAL' || converted === 'DECIMAL') return 'number';
  switch (element.type) {
    case 'BOOLEAN':
      return 'boolean';
    case 'INT32':
    case 'INT64':
      return 'integer';
    case 'FLOAT':
    case 'DOUBLE':
      return 'number';
    default:
      return 'string';
  }
}

export async function inspectParquet(source: SourceInfo): Promise<Inspected> {
  const { hyparquet, metadata } = await open(source);
  const root = hyparquet.parquetSchema(metadata);
  const names = root.children.map((child) => child.element.name);
  const sourceTypes = root.children.map((child) => (child.children.length > 0 ? 'string' : typeOf(child.element)));
  return { names, sample: [], dataStart: 0, firstLine: 1, sourceTypes, rowCount: Number(metadata.num_rows) };
}

/** Reads every row group into `table`; returns the file's SHA-256 (empty with `digest: false`, for a second reading). */
export async function scanParquet(source: SourceInfo, names: string[], table: TableAccumulator, options: { digest?: boolean } = {}): Promise<string> {
  const { hyparquet, metadata, file } = await open(source);
  const digest =
    options.digest === false
      ? Promise.resolve('')
      : new Promise<string>((resolve, reject) => {
          const hash = createHash('sha256');
          createReadStream(source.path)
            .on('data', (chunk) => hash.update(chunk))
            .on('end', () => resolve(hash.digest('hex')))
            .on('error', reject);
        });
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    let rows: unknown[][] = [];
    try {
      await hyparquet.parquetRead({ file, metadata, rowStart, rowEnd, columns: names, compressors, rowFormat: 'array', onComplete: (result) => (rows = result) });
    } catch (error) {
      const message = (error as Error).message;
      const hint = /LZ4/i.test(message) ? ' LZ4-compressed pages are not supported; write the file with Snappy, ZSTD or GZIP.' : '';
      throw new DataFileError(`${source.label}: cannot read row group at row ${rowStart + 1} (${message}).${hint}`);
    }
    for (let r = 0; r < rows.length; r++) table.addRecord(rows[r] as unknown[], rowStart + r + 1);
    rowStart = rowEnd;
  }
  table.lines = rowStart;
  return digest;
}
