/**
 * Streaming JSON Lines reader: one JSON object per line (LF or CRLF), blank lines skipped. Columns are the keys of
 * the objects; a key an object lacks is a missing value. A line that is not a JSON object is a data problem
 * (the `json` check), never a crash.
 */

import { isUtf8 } from 'node:buffer';
import { MAX_RECORD_BYTES, newProblems, type RecordParser, recordTooLong, type TextProblems } from './records.ts';

export class JsonlParser implements RecordParser {
  buf: Buffer;
  len = 0;
  pos = 0;
  base = 0;
  line = 1;
  limit = Number.POSITIVE_INFINITY;
  rowsRead = 0;
  readonly problems: TextProblems = newProblems();
  private readonly names: string[];
  private readonly onRecord: (values: unknown[], line: number) => void;

  constructor(names: string[], onRecord: (values: unknown[], line: number) => void, bufferSize = 1 << 20) {
    this.names = names;
    this.onRecord = onRecord;
    this.buf = Buffer.allocUnsafe(bufferSize);
  }

  get done(): boolean {
    return this.base + this.pos >= this.limit;
  }

  makeRoom(): void {
    if (this.pos > 0) {
      this.buf.copy(this.buf, 0, this.pos, this.len);
      this.base += this.pos;
      this.len -= this.pos;
      this.pos = 0;
    }
    if (this.len === this.buf.length) {
      if (this.buf.length >= MAX_RECORD_BYTES) throw recordTooLong(this.line);
      const bigger = Buffer.allocUnsafe(Math.min(this.buf.length * 2, MAX_RECORD_BYTES));
      this.buf.copy(bigger, 0, 0, this.len);
      this.buf = bigger;
    }
  }

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

  drain(final: boolean): void {
    const buf = this.buf;
    const stop = this.limit - this.base;
    const names = this.names;
    while (this.pos < this.len && this.pos < stop) {
      let end = buf.indexOf(10, this.pos);
      if (end === -1 || end >= this.len) {
        if (!final) return;
        end = this.len;
      }
      const line = this.line;
      let textEnd = end;
      if (textEnd > this.pos && buf[textEnd - 1] === 13) textEnd--;
      const start = this.pos;
      this.pos = end + 1;
      this.line++;
      if (textEnd === start) continue;
      if (!isUtf8(buf.subarray(start, textEnd))) this.problems.utf8.noteValue(line, buf.toString('utf8', start, textEnd).slice(0, 200));
      const text = buf.toString('utf8', start, textEnd);
      if (text.trim() === '') continue;
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch (error) {
        this.problems.json.noteValue(line, `not JSON: ${(error as Error).message}`.slice(0, 200));
        continue;
      }
      if (record === null || typeof record !== 'object' || Array.isArray(record)) {
        this.problems.json.noteValue(line, `not a JSON object: ${text.slice(0, 100)}`);
        continue;
      }
      const values = new Array<unknown>(names.length);
      for (let c = 0; c < names.length; c++) values[c] = (record as Record<string, unknown>)[names[c] as string];
      this.rowsRead++;
      this.onRecord(values, line);
    }
    if (this.pos > this.len) this.pos = this.len;
  }
}

/** Column names from the first records: every key, in the order first seen. */
export function jsonlHeader(head: Buffer, complete: boolean): { names: string[]; sample: unknown[][] } {
  let text = head.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split('\n');
  if (!complete) lines.pop();
  const records: Record<string, unknown>[] = [];
  for (const line of lines) {
    if (records.length >= 1000) break;
    if (line.trim() === '') continue;
    try {
      const record = JSON.parse(line) as unknown;
      if (record !== null && typeof record === 'object' && !Array.isArray(record)) records.push(record as Record<string, unknown>);
    } catch {
      // counted as a problem during the pass
    }
  }
  const names: string[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    for (const key of Object.keys(record)) {
      if (!seen.has(key)) {
        seen.add(key);
        names.push(key);
      }
    }
  }
  return { names, sample: records.map((record) => names.map((name) => record[name])) };
}
