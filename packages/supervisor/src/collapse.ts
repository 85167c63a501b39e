import type { Writable } from 'node:stream';

const LF = 0x0a;
const CR = 0x0d;
/** A line longer than this is written out in pieces: a child that never ends a line cannot grow memory. */
const MAX_PENDING = 64 * 1024;
const NEWLINE = Buffer.from('\n');

/**
 * Collapses carriage-return progress bars (tqdm, Keras, pip, curl) to their last state, so a log holds one line
 * per bar instead of thousands, and passes every other byte through unchanged.
 *
 * A line is what ends with "\n"; "\r\n" ends a line too. Within a line, each bare "\r" starts the line over, so
 * only the text after the last one is kept. The unfinished tail of a chunk waits for its end, because a "\r" may
 * still overwrite it; a bar that stays unfinished is shown in its latest state at most every `progressIntervalMs`
 * (the log still shows progress on a long epoch), and at the end.
 *
 * Chunks without "\r" (the common case) are written as slices of the input, without copying or decoding: the
 * collapser costs a byte search per chunk.
 */
export class ProgressCollapser {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private lastProgressAt = 0;
  private lastProgressShown: Buffer | undefined;

  private readonly sink: Writable;
  private readonly progressIntervalMs: number;
  private readonly now: () => number;

  constructor(sink: Writable, progressIntervalMs = 30_000, now: () => number = Date.now) {
    this.sink = sink;
    this.progressIntervalMs = progressIntervalMs;
    this.now = now;
  }

  write(chunk: Buffer): void {
    const lastLf = chunk.lastIndexOf(LF);
    if (lastLf === -1) {
      this.hold(chunk);
      return;
    }
    let start = 0;
    if (this.pendingBytes > 0) {
      // Only the line the held bytes begin is joined; the rest of the chunk is not copied.
      const firstLf = chunk.indexOf(LF);
      const line = Buffer.concat([...this.pending, chunk.subarray(0, firstLf)]);
      this.pending = [];
      this.pendingBytes = 0;
      if (line.indexOf(CR) === -1) this.sink.write(Buffer.concat([line, NEWLINE]));
      else {
        const state = lastState(line);
        if (!(this.lastProgressShown !== undefined && state.equals(this.lastProgressShown))) this.sink.write(Buffer.concat([state, NEWLINE]));
      }
      this.lastProgressShown = undefined;
      start = firstLf + 1;
    }
    const body = chunk.subarray(start, lastLf + 1);
    if (body.length > 0) this.sink.write(body.indexOf(CR) === -1 ? body : collapseLines(body, this.lastProgressShown));
    this.lastProgressShown = undefined;
    const tail = chunk.subarray(lastLf + 1);
    if (tail.length > 0) this.hold(tail);
  }

  /** Writes the unfinished last line, collapsed, with a newline. */
  end(): void {
    if (this.pendingBytes === 0) return;
    const line = lastState(Buffer.concat(this.pending));
    this.pending = [];
    this.pendingBytes = 0;
    if (line.length > 0 && !(this.lastProgressShown !== undefined && line.equals(this.lastProgressShown))) {
      this.sink.write(Buffer.concat([line, Buffer.from('\n')]));
    }
  }

  private hold(piece: Buffer): void {
    // A piece may share memory with a chunk the stream reuses: keep a copy.
    this.pending.push(Buffer.from(piece));
    this.pendingBytes += piece.length;
    if (this.pendingBytes > MAX_PENDING) {
      const line = lastState(Buffer.concat(this.pending));
      this.pending = [];
      this.pendingBytes = 0;
      this.sink.write(Buffer.concat([line, Buffer.from('\n')]));
      return;
    }
    if (piece.indexOf(CR) === -1 || this.progressIntervalMs <= 0) return;
    const at = this.now();
    if (at - this.lastProgressAt < this.progressIntervalMs) return;
    // Keep only the latest state of the bar while it runs; show it now and then.
    const joined = Buffer.concat(this.pending);
    const state = lastState(joined);
    const keepFrom = joined.lastIndexOf(CR);
    this.pending = [joined.subarray(keepFrom)];
    this.pendingBytes = this.pending[0]?.length ?? 0;
    if (state.length === 0 || (this.lastProgressShown !== undefined && state.equals(this.lastProgressShown))) return;
    this.lastProgressAt = at;
    this.lastProgressShown = state;
    this.sink.write(Buffer.concat([state, Buffer.from('\n')]));
  }
}

/** The text after the last carriage return of one line (without its newline); "\r\n" counts as a newline. */
function lastState(line: Buffer): Buffer {
  let end = line.length;
  while (end > 0 && line[end - 1] === CR) end -= 1;
  const start = line.lastIndexOf(CR, end - 1);
  return line.subarray(start + 1, end);
}

/**
 * Collapses every line of a buffer that ends with "\n". A first line whose final state is the one already shown
 * as progress is not written again.
 */
function collapseLines(buffer: Buffer, alreadyShown: Buffer | undefined): Buffer {
  const out: Buffer[] = [];
  let start = 0;
  while (start < buffer.length) {
    const lf = buffer.indexOf(LF, start);
    const end = lf === -1 ? buffer.length : lf;
    const line = buffer.subarray(start, end);
    if (line.indexOf(CR) === -1) out.push(buffer.subarray(start, end + 1));
    else {
      const state = lastState(line);
      if (!(start === 0 && alreadyShown !== undefined && state.equals(alreadyShown))) out.push(state, Buffer.from('\n'));
    }
    start = end + 1;
  }
  return out.length === 1 ? (out[0] as Buffer) : Buffer.concat(out);
}
