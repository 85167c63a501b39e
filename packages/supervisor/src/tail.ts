import { closeSync, fstatSync, openSync, read } from 'node:fs';
import type { Writable } from 'node:stream';
import { ProgressCollapser } from './collapse.ts';

/** The most read from the log at once. */
const READ_BYTES = 4 << 20;
/** More than this new since the last look is a flood, read every FLOOD_POLL_MS. */
const FLOOD_BYTES = 256 * 1024;
const FLOOD_POLL_MS = 250;

export type LogFollower = {
  /** Reads to the end once more, flushes the collapser and closes the file. */
  finish(): Promise<void>;
  /** How much of the file has been read (since it last started over). */
  bytesRead(): number;
};

/**
 * Follows a log file as it is written - a local child's stdout and stderr, or a Slurm job's output file on shared
 * storage - and passes what is new through the progress collapser to the live output, waiting when that output is
 * full. A quiet writer is polled every `pollMs`, so its lines show at once; a flood is read in large, rare blocks
 * (reading a file as it is written slows the writer a little each time). A file that shrinks has started over (a
 * requeued Slurm job writes its output again) and is followed from its new start.
 */
export function followLog(path: string, live: Writable, pollMs: number, progressIntervalMs: number | undefined): LogFollower {
  const collapser = new ProgressCollapser(live, progressIntervalMs);
  const fd = openSync(path, 'r');
  let offset = 0;
  let stopping = false;
  let wake: (() => void) | undefined;

  const readNew = async (): Promise<number> => {
    const size = fstatSync(fd).size;
    if (size < offset) offset = 0;
    let total = 0;
    // Only what is there is read (a buffer as large as that): an idle poll allocates nothing.
    for (let left = size - offset; left > 0; ) {
      const want = Math.min(left, READ_BYTES);
      const buffer = Buffer.allocUnsafe(want);
      const bytesRead = await new Promise<number>((resolve, reject) => read(fd, buffer, 0, want, offset, (error, bytes) => (error ? reject(error) : resolve(bytes))));
      if (bytesRead === 0) break;
      offset += bytesRead;
      total += bytesRead;
      left -= bytesRead;
      // The collapser (and the stream behind it) may keep the chunk: each read gets a buffer of its own.
      collapser.write(buffer.subarray(0, bytesRead));
      if (live.writableNeedDrain) await new Promise((resolve) => live.once('drain', resolve));
    }
    return total;
  };

  const loop = (async () => {
    while (!stopping) {
      const got = await readNew();
      if (stopping) break;
      const wait = got >= FLOOD_BYTES ? Math.max(pollMs, FLOOD_POLL_MS) : pollMs;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
    await readNew();
    collapser.end();
    closeSync(fd);
  })();

  return {
    finish: async () => {
      stopping = true;
      wake?.();
      await loop;
    },
    bytesRead: () => offset,
  };
}
