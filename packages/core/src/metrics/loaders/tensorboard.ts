import { posix } from 'node:path';
import type { HistoryPoint, MetricValue } from '../types.ts';
import type { LoadContext, LoadedUnit } from './context.ts';
import { maskedCrc32c } from './crc32c.ts';
import { MetricsFileError } from './errors.ts';
import {
  ProtoReader,
  ProtobufError,
  WIRE_FIXED32,
  WIRE_FIXED64,
  WIRE_LENGTH_DELIMITED,
  WIRE_VARINT,
} from './protobuf.ts';
import { byName, metricOf } from './structured.ts';
import type { Reading } from './values.ts';

/** TensorFlow's DataType values for the two float types a scalar summary is written in. */
const DT_FLOAT = 1;
const DT_DOUBLE = 2;

export type EventScalar = { tag: string; step: number; wallTime: number; value: number };

/**
 * Calls `onScalar` for every scalar in a TensorBoard event file: a TFRecord stream (uint64 length, masked CRC-32C
 * of the length, the bytes, masked CRC-32C of the bytes, all little-endian) of `tensorflow.Event` protos.
 *
 * A scalar is a `Summary.Value` with `simple_value` (PyTorch's SummaryWriter, TF1, tensorboardX) or with a rank-0
 * float or double `tensor` (TF2's `tf.summary.scalar`), unless its metadata names another plugin: the hparams
 * plugin writes rank-0 float tensors that are placeholders, not measurements. Images, histograms, text and graphs
 * are skipped without being decoded.
 *
 * The file is read in chunks, so memory follows the largest record (an image), not the file, which is mostly
 * images and histograms when it is large.
 *
 * A checksum that does not match is an error naming the byte offset of the record. A record cut short at the
 * end of the file is the normal state of a file still being written (or of a writer that was killed), so it is
 * ignored, as TensorBoard ignores it.
 */
export async function readEventScalars(
  source: RecordSource,
  file: string,
  onScalar: (scalar: EventScalar) => void,
): Promise<void> {
  const reader = new ChunkedReader(source);
  let offset = 0; // of the current record in the file
  for (;;) {
    if (!(await reader.ensure(12))) break;
    const { buffer, start } = reader;
    const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    if (maskedCrc32c(buffer, start, start + 8) !== view.getUint32(start + 8, true)) {
      throw corrupt(file, offset, "the record's length does not match its checksum");
    }
    const length = view.getUint32(start + 4, true) * 2 ** 32 + view.getUint32(start, true);
    if (!(await reader.ensure(12 + length + 4))) break; // cut short at the end: see above
    const data = reader.start + 12;
    const dataEnd = data + length;
    const bytes = reader.buffer;
    const footer = new DataView(bytes.buffer, bytes.byteOffset + dataEnd, 4).getUint32(0, true);
    if (maskedCrc32c(bytes, data, dataEnd) !== footer) {
      throw corrupt(file, offset, "the record's data does not match its checksum");
    }
    try {
      readEvent(new ProtoReader(bytes, data, dataEnd), onScalar);
    } catch (error) {
      if (!(error instanceof ProtobufError)) throw error;
      const at = offset + 12 + (error.offset - data);
      throw corrupt(file, at, `the record at byte ${offset} is not a TensorFlow Event (${error.message})`);
    }
    reader.consume(12 + length + 4);
    offset += 12 + length + 4;
  }
}

/** Where record bytes come from: `read(buffer, at, length)` fills from the file's current position. */
export type RecordSource = { read(buffer: Uint8Array, at: number, length: number): Promise<number> };

const CHUNK_BYTES = 1 << 20;

/** A window `[start, end)` over the file that grows to hold the largest record asked for. */
class ChunkedReader {
  private readonly source: RecordSource;
  buffer = new Uint8Array(CHUNK_BYTES);
  start = 0;
  private end = 0;
  private exhausted = false;

  constructor(source: RecordSource) {
    this.source = source;
  }

  /** Whether `length` bytes from `start` are in the buffer, reading more as needed; false at the end of file. */
  async ensure(length: number): Promise<boolean> {
    if (this.end - this.start >= length) return true;
    while (this.end - this.start < length && !this.exhausted) {
      if (this.start > 0) {
        this.buffer.copyWithin(0, this.start, this.end);
        this.end -= this.start;
        this.start = 0;
      }
      if (this.buffer.length < length) {
        const larger = new Uint8Array(Math.max(length, this.buffer.length * 2));
        larger.set(this.buffer.subarray(0, this.end));
        this.buffer = larger;
      }
      const read = await this.source.read(this.buffer, this.end, this.buffer.length - this.end);
      if (read === 0) this.exhausted = true;
      this.end += read;
    }
    return this.end - this.start >= length;
  }

  consume(length: number): void {
    this.start += length;
  }
}

function corrupt(file: string, offset: number, what: string): MetricsFileError {
  return MetricsFileError.at(
    { file, offset },
    `${what}; the event file is corrupt. Re-run the training or remove the file.`,
  );
}

function readEvent(reader: ProtoReader, onScalar: (scalar: EventScalar) => void): void {
  let wallTime = 0;
  let step = 0;
  const summaries: { start: number; end: number }[] = [];
  while (!reader.done()) {
    const { field, wire } = reader.key();
    if (field === 1 && wire === WIRE_FIXED64) wallTime = reader.double();
    else if (field === 2 && wire === WIRE_VARINT) step = reader.int64();
    else if (field === 5 && wire === WIRE_LENGTH_DELIMITED) summaries.push(reader.span());
    else reader.skip(wire);
  }
  for (const summary of summaries) {
    const values = new ProtoReader(reader.bytes, summary.start, summary.end);
    while (!values.done()) {
      const { field, wire } = values.key();
      if (field === 1 && wire === WIRE_LENGTH_DELIMITED) {
        const { start, end } = values.span();
        const scalar = readValue(new ProtoReader(reader.bytes, start, end));
        if (scalar !== undefined) onScalar({ tag: scalar.tag, step, wallTime, value: scalar.value });
      } else {
        values.skip(wire);
      }
    }
  }
}

/** A `Summary.Value` if it holds a scalar. */
function readValue(reader: ProtoReader): { tag: string; value: number } | undefined {
  let tag = '';
  let simple: number | undefined;
  let tensor: { start: number; end: number } | undefined;
  let plugin = '';
  while (!reader.done()) {
    const { field, wire } = reader.key();
    if (field === 1 && wire === WIRE_LENGTH_DELIMITED) tag = reader.string();
    else if (field === 2 && wire === WIRE_FIXED32) simple = reader.float();
    else if (field === 8 && wire === WIRE_LENGTH_DELIMITED) tensor = reader.span();
    else if (field === 9 && wire === WIRE_LENGTH_DELIMITED) plugin = readPluginName(reader);
    else reader.skip(wire);
  }
  if (simple !== undefined) return { tag, value: simple };
  if (tensor === undefined || (plugin !== '' && plugin !== 'scalars')) return undefined;
  const value = readScalarTensor(new ProtoReader(reader.bytes, tensor.start, tensor.end));
  return value === undefined ? undefined : { tag, value };
}

/** `SummaryMetadata.plugin_data.plugin_name`, or '' when there is none. */
function readPluginName(reader: ProtoReader): string {
  const { start, end } = reader.span();
  const metadata = new ProtoReader(reader.bytes, start, end);
  let name = '';
  while (!metadata.done()) {
    const { field, wire } = metadata.key();
    if (field === 1 && wire === WIRE_LENGTH_DELIMITED) {
      const data = metadata.span();
      const pluginData = new ProtoReader(reader.bytes, data.start, data.end);
      while (!pluginData.done()) {
        const inner = pluginData.key();
        if (inner.field === 1 && inner.wire === WIRE_LENGTH_DELIMITED) name = pluginData.string();
        else pluginData.skip(inner.wire);
      }
    } else {
      metadata.skip(wire);
    }
  }
  return name;
}

/** The value of a rank-0 DT_FLOAT or DT_DOUBLE `TensorProto`, else undefined. */
function readScalarTensor(reader: ProtoReader): number | undefined {
  let dtype = 0;
  let rank = 0;
  let content: { start: number; end: number } | undefined;
  const floats: number[] = [];
  const doubles: number[] = [];
  while (!reader.done()) {
    const { field, wire } = reader.key();
    if (field === 1 && wire === WIRE_VARINT) {
      dtype = reader.varint();
    } else if (field === 2 && wire === WIRE_LENGTH_DELIMITED) {
      rank = readRank(reader);
    } else if (field === 4 && wire === WIRE_LENGTH_DELIMITED) {
      content = reader.span();
    } else if (field === 5 && wire === WIRE_FIXED32) {
      floats.push(reader.float());
    } else if (field === 5 && wire === WIRE_LENGTH_DELIMITED) {
      const { start, end } = reader.span();
      const packed = new ProtoReader(reader.bytes, start, end);
      while (!packed.done()) floats.push(packed.float());
    } else if (field === 6 && wire === WIRE_FIXED64) {
      doubles.push(reader.double());
    } else if (field === 6 && wire === WIRE_LENGTH_DELIMITED) {
      const { start, end } = reader.span();
      const packed = new ProtoReader(reader.bytes, start, end);
      while (!packed.done()) doubles.push(packed.double());
    } else {
      reader.skip(wire);
    }
  }
  if (rank !== 0) return undefined;
  const bytes = reader.bytes;
  if (dtype === DT_FLOAT) {
    if (content !== undefined && content.end - content.start === 4) {
      return new DataView(bytes.buffer, bytes.byteOffset + content.start, 4).getFloat32(0, true);
    }
    return floats.length === 1 ? floats[0] : undefined;
  }
  if (dtype === DT_DOUBLE) {
    if (content !== undefined && content.end - content.start === 8) {
      return new DataView(bytes.buffer, bytes.byteOffset + content.start, 8).getFloat64(0, true);
    }
    return doubles.length === 1 ? doubles[0] : undefined;
  }
  return undefined;
}

/** The number of dimensions of a `TensorShapeProto`; -1 for an unknown rank. */
function readRank(reader: ProtoReader): number {
  const { start, end } = reader.span();
  const shape = new ProtoReader(reader.bytes, start, end);
  let rank = 0;
  while (!shape.done()) {
    const { field, wire } = shape.key();
    if (field === 2 && wire === WIRE_LENGTH_DELIMITED) {
      shape.skip(wire);
      rank++;
    } else if (field === 3 && wire === WIRE_VARINT) {
      if (shape.varint() !== 0) return -1;
    } else {
      shape.skip(wire);
    }
  }
  return rank;
}

export type EventFile = {
  file: string;
  /** Put before every tag: the file's folder relative to the other event files' common folder, or ''. */
  prefix: string;
};

type Series = { history: HistoryPoint[]; final: { reading: Reading; file: string }; folder: string };

/**
 * Every scalar series in a set of event files. Files in one folder are one TensorBoard run (a restarted writer
 * adds a file) and merge, read in name order, which is creation order; the last value written is the final one.
 * Files in different folders (Keras writes `train/` and `validation/` with the same tags) keep apart by prefix.
 */
export async function loadTensorBoard(context: LoadContext, files: EventFile[]): Promise<LoadedUnit> {
  const series = new Map<string, Series>();
  const ordered = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const { file, prefix } of ordered) {
    const folder = posix.dirname(file);
    const record = ({ tag, step, wallTime, value }: EventScalar): void => {
      const name = prefix + tag;
      const reading: Reading = Number.isFinite(value) ? { value } : { value: null, raw: String(value) };
      let entry = series.get(name);
      if (entry === undefined) {
        context.ensureRoom(file, series.size + 1);
        entry = { history: [], final: { reading, file }, folder };
        series.set(name, entry);
      } else if (entry.folder !== folder) {
        throw new MetricsFileError(
          `Metric "${name}" appears in both ${context.display(entry.final.file)} and ${context.display(file)}; ` +
            'a run must report each metric once. Point at one of the folders.',
          { file: context.display(file), key: name },
        );
      }
      if (reading.value !== null) entry.history.push({ step, value: reading.value, timestamp: wallTime * 1000 });
      entry.final = { reading, file };
    };
    await context.withFile(file, (source) => readEventScalars(source, context.display(file), record));
  }
  const metrics: MetricValue[] = [];
  for (const [name, { history, final }] of series) {
    metrics.push(metricOf(name, final.reading, history, { file: final.file, key: name }));
  }
  return { format: 'tensorboard', files: ordered.map(({ file }) => file), metrics: byName(metrics), params: [] };
}
