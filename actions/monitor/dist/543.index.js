export const id = 543;
export const ids = [543];
export const modules = {

/***/ 26543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadTensorBoard: () => (/* binding */ loadTensorBoard),
  readEventScalars: () => (/* binding */ readEventScalars)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ../../packages/core/src/metrics/loaders/crc32c.ts
/**
 * CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), the checksum of TFRecord framing, with TFRecord's mask
 * (the same as LevelDB's: a checksum of data that holds checksums is weak, so it is rotated and offset).
 */
const TABLE = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
})();
function crc32c(bytes, start = 0, end = bytes.length) {
    let crc = 0xffffffff;
    for (let i = start; i < end; i++)
        crc = TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}
const MASK_DELTA = 0xa282ead8;
function maskCrc(crc) {
    return ((((crc >>> 15) | (crc << 17)) >>> 0) + MASK_DELTA) >>> 0;
}
function maskedCrc32c(bytes, start = 0, end = bytes.length) {
    return maskCrc(crc32c(bytes, start, end));
}

// EXTERNAL MODULE: ../../packages/core/src/metrics/loaders/errors.ts
var errors = __webpack_require__(14296);
;// CONCATENATED MODULE: ../../packages/core/src/metrics/loaders/protobuf.ts
/**
 * The few protobuf wire-format rules needed to read TensorFlow's Event records: varints, the four wire types
 * still in use, and skipping what is not read. Hand-written because a protobuf library would be the largest
 * dependency of packages/core for six message fields.
 */
const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_LENGTH_DELIMITED = 2;
const WIRE_FIXED32 = 5;
const UTF8 = new TextDecoder();
class ProtobufError extends Error {
    /** Offset in the buffer the reader was given. */
    offset;
    constructor(offset, message) {
        super(message);
        this.name = 'ProtobufError';
        this.offset = offset;
    }
}
/** A cursor over one message's bytes, `[pos, end)` of `bytes`. */
class ProtoReader {
    bytes;
    view;
    pos;
    end;
    constructor(bytes, start = 0, end = bytes.length) {
        this.bytes = bytes;
        this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        this.pos = start;
        this.end = end;
    }
    done() {
        return this.pos >= this.end;
    }
    /** A field key: field number and wire type. */
    key() {
        const at = this.pos;
        const key = this.varint();
        const field = Math.floor(key / 8);
        if (field === 0)
            throw new ProtobufError(at, 'field number 0');
        return { field, wire: key % 8 };
    }
    /**
     * An unsigned varint as a number. Values above 2^53 lose precision, which is harmless for steps and lengths;
     * a negative int64 (ten bytes) comes out as a large positive number.
     */
    varint() {
        const bytes = this.bytes;
        let result = 0;
        let scale = 1;
        for (let i = 0; i < 10; i++) {
            if (this.pos >= this.end)
                throw new ProtobufError(this.pos, 'a varint runs past the end of its message');
            const byte = bytes[this.pos++];
            result += (byte & 0x7f) * scale;
            if (byte < 0x80)
                return result;
            scale *= 128;
        }
        throw new ProtobufError(this.pos, 'a varint is longer than 10 bytes');
    }
    /** An int64 field, with the two's complement of a negative value undone. */
    int64() {
        const value = this.varint();
        return value >= 2 ** 63 ? value - 2 ** 64 : value;
    }
    double() {
        this.need(8);
        const value = this.view.getFloat64(this.pos, true);
        this.pos += 8;
        return value;
    }
    float() {
        this.need(4);
        const value = this.view.getFloat32(this.pos, true);
        this.pos += 4;
        return value;
    }
    /** The bounds of a length-delimited field's bytes; the cursor moves past them. */
    span() {
        const length = this.varint();
        this.need(length);
        const start = this.pos;
        this.pos += length;
        return { start, end: this.pos };
    }
    string() {
        const { start, end } = this.span();
        return UTF8.decode(this.bytes.subarray(start, end));
    }
    skip(wire) {
        switch (wire) {
            case WIRE_VARINT:
                this.varint();
                return;
            case WIRE_FIXED64:
                this.need(8);
                this.pos += 8;
                return;
            case WIRE_LENGTH_DELIMITED:
                this.span();
                return;
            case WIRE_FIXED32:
                this.need(4);
                this.pos += 4;
                return;
            default:
                throw new ProtobufError(this.pos, `unsupported wire type ${wire}`);
        }
    }
    need(length) {
        if (this.pos + length > this.end) {
            throw new ProtobufError(this.pos, `a field of ${length} bytes runs past the end of its message`);
        }
    }
}

// EXTERNAL MODULE: ../../packages/core/src/metrics/loaders/structured.ts
var structured = __webpack_require__(42528);
;// CONCATENATED MODULE: ../../packages/core/src/metrics/loaders/tensorboard.ts





/** TensorFlow's DataType values for the two float types a scalar summary is written in. */
const DT_FLOAT = 1;
const DT_DOUBLE = 2;
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
async function readEventScalars(source, file, onScalar) {
    const reader = new ChunkedReader(source);
    let offset = 0; // of the current record in the file
    for (;;) {
        if (!(await reader.ensure(12)))
            break;
        const { buffer, start } = reader;
        const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
        if (maskedCrc32c(buffer, start, start + 8) !== view.getUint32(start + 8, true)) {
            throw corrupt(file, offset, "the record's length does not match its checksum");
        }
        const length = view.getUint32(start + 4, true) * 2 ** 32 + view.getUint32(start, true);
        if (!(await reader.ensure(12 + length + 4)))
            break; // cut short at the end: see above
        const data = reader.start + 12;
        const dataEnd = data + length;
        const bytes = reader.buffer;
        const footer = new DataView(bytes.buffer, bytes.byteOffset + dataEnd, 4).getUint32(0, true);
        if (maskedCrc32c(bytes, data, dataEnd) !== footer) {
            throw corrupt(file, offset, "the record's data does not match its checksum");
        }
        try {
            readEvent(new ProtoReader(bytes, data, dataEnd), onScalar);
        }
        catch (error) {
            if (!(error instanceof ProtobufError))
                throw error;
            const at = offset + 12 + (error.offset - data);
            throw corrupt(file, at, `the record at byte ${offset} is not a TensorFlow Event (${error.message})`);
        }
        reader.consume(12 + length + 4);
        offset += 12 + length + 4;
    }
}
const CHUNK_BYTES = 1 << 20;
/** A window `[start, end)` over the file that grows to hold the largest record asked for. */
class ChunkedReader {
    source;
    buffer = new Uint8Array(CHUNK_BYTES);
    start = 0;
    end = 0;
    exhausted = false;
    constructor(source) {
        this.source = source;
    }
    /** Whether `length` bytes from `start` are in the buffer, reading more as needed; false at the end of file. */
    async ensure(length) {
        if (this.end - this.start >= length)
            return true;
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
            if (read === 0)
                this.exhausted = true;
            this.end += read;
        }
        return this.end - this.start >= length;
    }
    consume(length) {
        this.start += length;
    }
}
function corrupt(file, offset, what) {
    return errors/* MetricsFileError */.s.at({ file, offset }, `${what}; the event file is corrupt. Re-run the training or remove the file.`);
}
function readEvent(reader, onScalar) {
    let wallTime = 0;
    let step = 0;
    const summaries = [];
    while (!reader.done()) {
        const { field, wire } = reader.key();
        if (field === 1 && wire === WIRE_FIXED64)
            wallTime = reader.double();
        else if (field === 2 && wire === WIRE_VARINT)
            step = reader.int64();
        else if (field === 5 && wire === WIRE_LENGTH_DELIMITED)
            summaries.push(reader.span());
        else
            reader.skip(wire);
    }
    for (const summary of summaries) {
        const values = new ProtoReader(reader.bytes, summary.start, summary.end);
        while (!values.done()) {
            const { field, wire } = values.key();
            if (field === 1 && wire === WIRE_LENGTH_DELIMITED) {
                const { start, end } = values.span();
                const scalar = readValue(new ProtoReader(reader.bytes, start, end));
                if (scalar !== undefined)
                    onScalar({ tag: scalar.tag, step, wallTime, value: scalar.value });
            }
            else {
                values.skip(wire);
            }
        }
    }
}
/** A `Summary.Value` if it holds a scalar. */
function readValue(reader) {
    let tag = '';
    let simple;
    let tensor;
    let plugin = '';
    while (!reader.done()) {
        const { field, wire } = reader.key();
        if (field === 1 && wire === WIRE_LENGTH_DELIMITED)
            tag = reader.string();
        else if (field === 2 && wire === WIRE_FIXED32)
            simple = reader.float();
        else if (field === 8 && wire === WIRE_LENGTH_DELIMITED)
            tensor = reader.span();
        else if (field === 9 && wire === WIRE_LENGTH_DELIMITED)
            plugin = readPluginName(reader);
        else
            reader.skip(wire);
    }
    if (simple !== undefined)
        return { tag, value: simple };
    if (tensor === undefined || (plugin !== '' && plugin !== 'scalars'))
        return undefined;
    const value = readScalarTensor(new ProtoReader(reader.bytes, tensor.start, tensor.end));
    return value === undefined ? undefined : { tag, value };
}
/** `SummaryMetadata.plugin_data.plugin_name`, or '' when there is none. */
function readPluginName(reader) {
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
                if (inner.field === 1 && inner.wire === WIRE_LENGTH_DELIMITED)
                    name = pluginData.string();
                else
                    pluginData.skip(inner.wire);
            }
        }
        else {
            metadata.skip(wire);
        }
    }
    return name;
}
/** The value of a rank-0 DT_FLOAT or DT_DOUBLE `TensorProto`, else undefined. */
function readScalarTensor(reader) {
    let dtype = 0;
    let rank = 0;
    let content;
    const floats = [];
    const doubles = [];
    while (!reader.done()) {
        const { field, wire } = reader.key();
        if (field === 1 && wire === WIRE_VARINT) {
            dtype = reader.varint();
        }
        else if (field === 2 && wire === WIRE_LENGTH_DELIMITED) {
            rank = readRank(reader);
        }
        else if (field === 4 && wire === WIRE_LENGTH_DELIMITED) {
            content = reader.span();
        }
        else if (field === 5 && wire === WIRE_FIXED32) {
            floats.push(reader.float());
        }
        else if (field === 5 && wire === WIRE_LENGTH_DELIMITED) {
            const { start, end } = reader.span();
            const packed = new ProtoReader(reader.bytes, start, end);
            while (!packed.done())
                floats.push(packed.float());
        }
        else if (field === 6 && wire === WIRE_FIXED64) {
            doubles.push(reader.double());
        }
        else if (field === 6 && wire === WIRE_LENGTH_DELIMITED) {
            const { start, end } = reader.span();
            const packed = new ProtoReader(reader.bytes, start, end);
            while (!packed.done())
                doubles.push(packed.double());
        }
        else {
            reader.skip(wire);
        }
    }
    if (rank !== 0)
        return undefined;
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
function readRank(reader) {
    const { start, end } = reader.span();
    const shape = new ProtoReader(reader.bytes, start, end);
    let rank = 0;
    while (!shape.done()) {
        const { field, wire } = shape.key();
        if (field === 2 && wire === WIRE_LENGTH_DELIMITED) {
            shape.skip(wire);
            rank++;
        }
        else if (field === 3 && wire === WIRE_VARINT) {
            if (shape.varint() !== 0)
                return -1;
        }
        else {
            shape.skip(wire);
        }
    }
    return rank;
}
/**
 * Every scalar series in a set of event files. Files in one folder are one TensorBoard run (a restarted writer
 * adds a file) and merge, read in name order, which is creation order; the last value written is the final one.
 * Files in different folders (Keras writes `train/` and `validation/` with the same tags) keep apart by prefix.
 */
async function loadTensorBoard(context, files) {
    const series = new Map();
    const ordered = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    for (const { file, prefix } of ordered) {
        const folder = external_node_path_.posix.dirname(file);
        const record = ({ tag, step, wallTime, value }) => {
            const name = prefix + tag;
            const reading = Number.isFinite(value) ? { value } : { value: null, raw: String(value) };
            let entry = series.get(name);
            if (entry === undefined) {
                context.ensureRoom(file, series.size + 1);
                entry = { history: [], final: { reading, file }, folder };
                series.set(name, entry);
            }
            else if (entry.folder !== folder) {
                throw new errors/* MetricsFileError */.s(`Metric "${name}" appears in both ${context.display(entry.final.file)} and ${context.display(file)}; ` +
                    'a run must report each metric once. Point at one of the folders.', { file: context.display(file), key: name });
            }
            if (reading.value !== null)
                entry.history.push({ step, value: reading.value, timestamp: wallTime * 1000 });
            entry.final = { reading, file };
        };
        await context.withFile(file, (source) => readEventScalars(source, context.display(file), record));
    }
    const metrics = [];
    for (const [name, { history, final }] of series) {
        metrics.push((0,structured/* metricOf */.ak)(name, final.reading, history, { file: final.file, key: name }));
    }
    return { format: 'tensorboard', files: ordered.map(({ file }) => file), metrics: (0,structured/* byName */.nG)(metrics), params: [] };
}


/***/ })

};
