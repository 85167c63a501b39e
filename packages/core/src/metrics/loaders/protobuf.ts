/**
 * The few protobuf wire-format rules needed to read TensorFlow's Event records: varints, the four wire types
 * still in use, and skipping what is not read. Hand-written because a protobuf library would be the largest
 * dependency of packages/core for six message fields.
 */

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_LENGTH_DELIMITED = 2;
export const WIRE_FIXED32 = 5;

const UTF8 = new TextDecoder();

export class ProtobufError extends Error {
  /** Offset in the buffer the reader was given. */
  readonly offset: number;
  constructor(offset: number, message: string) {
    super(message);
    this.name = 'ProtobufError';
    this.offset = offset;
  }
}

/** A cursor over one message's bytes, `[pos, end)` of `bytes`. */
export class ProtoReader {
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  pos: number;
  readonly end: number;

  constructor(bytes: Uint8Array, start = 0, end = bytes.length) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.pos = start;
    this.end = end;
  }

  done(): boolean {
    return this.pos >= this.end;
  }

  /** A field key: field number and wire type. */
  key(): { field: number; wire: number } {
    const at = this.pos;
    const key = this.varint();
    const field = Math.floor(key / 8);
    if (field === 0) throw new ProtobufError(at, 'field number 0');
    return { field, wire: key % 8 };
  }

  /**
   * An unsigned varint as a number. Values above 2^53 lose precision, which is harmless for steps and lengths;
   * a negative int64 (ten bytes) comes out as a large positive number.
   */
  varint(): number {
    const bytes = this.bytes;
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new ProtobufError(this.pos, 'a varint runs past the end of its message');
      const byte = bytes[this.pos++] as number;
      result += (byte & 0x7f) * scale;
      if (byte < 0x80) return result;
      scale *= 128;
    }
    throw new ProtobufError(this.pos, 'a varint is longer than 10 bytes');
  }

  /** An int64 field, with the two's complement of a negative value undone. */
  int64(): number {
    const value = this.varint();
    return value >= 2 ** 63 ? value - 2 ** 64 : value;
  }

  double(): number {
    this.need(8);
    const value = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return value;
  }

  float(): number {
    this.need(4);
    const value = this.view.getFloat32(this.pos, true);
    this.pos += 4;
    return value;
  }

  /** The bounds of a length-delimited field's bytes; the cursor moves past them. */
  span(): { start: number; end: number } {
    const length = this.varint();
    this.need(length);
    const start = this.pos;
    this.pos += length;
    return { start, end: this.pos };
  }

  string(): string {
    const { start, end } = this.span();
    return UTF8.decode(this.bytes.subarray(start, end));
  }

  skip(wire: number): void {
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

  private need(length: number): void {
    if (this.pos + length > this.end) {
      throw new ProtobufError(this.pos, `a field of ${length} bytes runs past the end of its message`);
    }
  }
}
