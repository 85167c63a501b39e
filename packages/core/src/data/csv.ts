/**
 * Streaming CSV/TSV reader (RFC 4180): fields split by one delimiter byte; a field that starts with a double quote
 * runs to the matching quote and may hold delimiters, line breaks and doubled quotes; rows end in LF or CRLF; a
 * UTF-8 byte order mark is skipped; blank lines are skipped (as pandas does). It works on bytes: a block of rows
 * becomes per-cell byte ranges (no string per cell), which the column accumulators read. Memory is the read buffer
 * (grown only for a single row larger than it) plus one block of offsets, whatever the file's size.
 *
 * Each row keeps the 1-based line it starts on. Problems with the text itself (a row with the wrong number of
 * fields, a quote never closed) are counted with their lines, never thrown: they become failed checks.
 */

import { isUtf8 } from 'node:buffer';
import { type CellBlock, type CsvDialect, fieldTooLong, MAX_FIELD_BYTES, MAX_RECORD_BYTES, newProblems, type RecordParser, recordTooLong, STRICT_DIALECT } from './records.ts';

const QUOTE = 34;
const LF = 10;
const CR = 13;

export const BLOCK_ROWS = 2048;

export class CsvParser implements RecordParser {
  readonly delimiter: number;
  width: number;
  buf: Buffer;
  /** Valid bytes in buf. */
  len = 0;
  /** Where the next record starts in buf. */
  pos = 0;
  /** Absolute offset of buf[0] in the file (or decompressed stream). */
  base = 0;
  /** Line of the next record. */
  line = 1;
  /** Records starting at or past this absolute offset are left to the next range. */
  limit = Number.POSITIVE_INFINITY;
  rowsRead = 0;
  readonly problems = newProblems();
  private readonly block: CellBlock;
  private readonly onBlock: (block: CellBlock) => void;
  private readonly comment: number;
  private readonly shortRowsMissing: boolean;

  constructor(delimiter: number, width: number, onBlock: (block: CellBlock) => void, dialect: CsvDialect = STRICT_DIALECT, bufferSize = 1 << 20) {
    this.delimiter = delimiter;
    this.comment = dialect.comment;
    this.shortRowsMissing = dialect.shortRowsMissing;
    this.width = width;
    this.buf = Buffer.allocUnsafe(bufferSize);
    this.onBlock = onBlock;
    const cells = BLOCK_ROWS * Math.max(width, 1);
    this.block = {
      bytes: this.buf,
      starts: new Int32Array(cells),
      ends: new Int32Array(cells),
      escaped: new Uint8Array(cells),
      lines: new Int32Array(BLOCK_ROWS),
      rows: 0,
      width,
    };
  }

  /** Free space at the end of the buffer after moving unread bytes to the front (grown when a row fills it). */
  makeRoom(): void {
    if (this.pos > 0) {
      this.buf.copy(this.buf, 0, this.pos, this.len);
      this.base += this.pos;
      this.len -= this.pos;
      this.pos = 0;
    }
    if (this.len === this.buf.length) {
      // The buffer is full with one record that has not ended yet.
      if (this.buf.length >= MAX_RECORD_BYTES) throw recordTooLong(this.line);
      const bigger = Buffer.allocUnsafe(Math.min(this.buf.length * 2, MAX_RECORD_BYTES));
      this.buf.copy(bigger, 0, 0, this.len);
      this.buf = bigger;
    }
  }

  /** Appends bytes (from a decompressor). */
  push(chunk: Uint8Array): void {
    let offset = 0;
    while (offset < chunk.length) {
      this.makeRoom();
      const take = Math.min(chunk.length - offset, this.buf.length - this.len);
      this.buf.set(chunk.subarray(offset, offset + take), this.len);
      this.len += take;
      offset += take;
      if (this.len === this.buf.length) this.drain(false);
    }
  }

  /** True once a record boundary at or past `limit` is reached. */
  get done(): boolean {
    return this.base + this.pos >= this.limit;
  }

  /**
   * Parses every complete record in the buffer (all of them when `final`), handing over blocks of rows. A record
   * that is not complete yet stays for the next call.
   */
  drain(final: boolean): void {
    const buf = this.buf;
    const len = this.len;
    const delimiter = this.delimiter;
    const width = this.width;
    const block = this.block;
    block.bytes = buf;
    const { starts, ends, escaped, lines } = block;
    let pos = this.pos;
    let line = this.line;
    const stop = this.limit - this.base;
    const comment = this.comment;
    let blockStart = pos;
    records: while (pos < len && pos < stop) {
      if (buf[pos] === comment) {
        // A comment line: skipped whole, quotes in it included.
        const end = buf.indexOf(LF, pos);
        if (end === -1 || end >= len) {
          if (!final) break;
          pos = len;
          break;
        }
        pos = end + 1;
        line++;
        continue;
      }
      const recordStart = pos;
      const recordLine = line;
      const base = block.rows * width;
      let field = 0;
      let quotedAny = false;
      let unterminated = false;
      for (;;) {
        let fieldStart: number;
        let fieldEnd: number;
        let fieldEscaped = 0;
        let p = pos;
        if (p < len && buf[p] === QUOTE) {
          quotedAny = true;
          p++;
          fieldStart = p;
          for (;;) {
            if (p >= len) break;
            const c = buf[p];
            if (c === QUOTE) {
              if (p + 1 < len && buf[p + 1] === QUOTE) {
                fieldEscaped = 1;
                p += 2;
                continue;
              }
              if (p + 1 >= len && !final) break;
              break;
            }
            if (c === LF) line++;
            p++;
          }
          if (p >= len || (p + 1 >= len && !final && buf[p] === QUOTE)) {
            if (!final) {
              // The closing quote (or what follows it) is not here yet.
              line = recordLine;
              pos = recordStart;
              break records;
            }
            if (p >= len) {
              unterminated = true;
              fieldEnd = len;
              p = len;
            } else {
              fieldEnd = p;
              p++;
            }
          } else {
            fieldEnd = p;
            p++;
            // Text after the closing quote (`"a"b`) is kept as written, quotes included.
            if (p < len && buf[p] !== delimiter && buf[p] !== LF && !(buf[p] === CR && buf[p + 1] === LF)) {
              fieldStart--;
              while (p < len && buf[p] !== delimiter && buf[p] !== LF) p++;
              fieldEnd = p > fieldStart && buf[p - 1] === CR && buf[p] === LF ? p - 1 : p;
              fieldEscaped = 0;
            }
          }
        } else {
          fieldStart = p;
          while (p < len) {
            const c = buf[p];
            if (c === delimiter || c === LF) break;
            p++;
          }
          fieldEnd = p;
          if (p < len && buf[p] === LF && p > fieldStart && buf[p - 1] === CR) fieldEnd = p - 1;
        }
        if (field < width) {
          starts[base + field] = fieldStart;
          ends[base + field] = fieldEnd;
          escaped[base + field] = fieldEscaped;
        }
        field++;
        if (p >= len) {
          if (!final) {
            line = recordLine;
            pos = recordStart;
            break records;
          }
          if (fieldEnd > fieldStart && buf[fieldEnd - 1] === CR && !unterminated && !quotedAny) ends[base + field - 1] = fieldEnd - 1;
          pos = len;
          break;
        }
        if (buf[p] === delimiter) {
          pos = p + 1;
          continue;
        }
        // A line feed (or CR LF) ends the record.
        if (buf[p] === CR) p++;
        pos = p + 1;
        line++;
        break;
      }
      if (pos - recordStart > MAX_FIELD_BYTES) this.checkFieldSizes(base, Math.min(field, width), recordLine);
      if (unterminated) this.problems.quotes.noteValue(recordLine, 'a quoted field starts on this line and is never closed');
      if (field === 1 && !quotedAny && starts[base] === ends[base]) continue; // blank line
      if (field !== width) {
        const text = `${field} field${field === 1 ? '' : 's'}, the header has ${width}`;
        if (field < width) this.problems.shortRows.noteValue(recordLine, text);
        if (field > width || !this.shortRowsMissing) this.problems.rowWidth.noteValue(recordLine, text);
        for (let f = field; f < width; f++) {
          starts[base + f] = 0;
          ends[base + f] = 0;
          escaped[base + f] = 0;
        }
      }
      lines[block.rows] = recordLine;
      if (++block.rows === BLOCK_ROWS) {
        this.checkUtf8(buf, blockStart, pos);
        this.flush();
        blockStart = pos;
      }
    }
    this.checkUtf8(buf, blockStart, pos);
    this.flush();
    this.pos = pos;
    this.line = line;
  }

  private checkFieldSizes(base: number, fields: number, line: number): void {
    const { starts, ends } = this.block;
    for (let f = 0; f < fields; f++) {
      const bytes = (ends[base + f] as number) - (starts[base + f] as number);
      if (bytes > MAX_FIELD_BYTES) throw fieldTooLong(line, f + 1, bytes);
    }
  }

  private flush(): void {
    if (this.block.rows === 0) return;
    this.rowsRead += this.block.rows;
    this.onBlock(this.block);
    this.block.rows = 0;
  }

  /** Invalid UTF-8 is a data problem: the rows holding it are named, their text decoded with U+FFFD. */
  private checkUtf8(buf: Buffer, start: number, end: number): void {
    if (end <= start || isUtf8(buf.subarray(start, end))) return;
    const { starts, lines, rows, width } = this.block;
    for (let r = 0; r < rows; r++) {
      const rowStart = starts[r * width] as number;
      const rowEnd = r + 1 < rows ? (starts[(r + 1) * width] as number) : end;
      if (rowEnd > rowStart && !isUtf8(buf.subarray(Math.max(rowStart - 1, start), rowEnd))) {
        this.problems.utf8.noteValue(lines[r] as number, buf.toString('utf8', Math.max(rowStart - 1, start), rowEnd).trimEnd().slice(0, 200));
      }
    }
  }
}

/** Splits one record of text into fields (header rows and single lines read back for examples). */
export function splitRecord(text: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field.endsWith('\r') ? field.slice(0, -1) : field);
  return fields;
}
