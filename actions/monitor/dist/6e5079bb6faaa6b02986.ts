/** A worker thread's entry: the SHA-256 of a file, taken beside the parsing threads. */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
const { path } = workerData;
const hash = createHash('sha256');
const buffer = Buffer.allocUnsafe(1 << 20);
const fd = openSync(path, 'r');
try {
    for (;;) {
        const read = readSync(fd, buffer, 0, buffer.length, null);
        if (read === 0)
            break;
        hash.update(buffer.subarray(0, read));
    }
}
finally {
    closeSync(fd);
}
parentPort?.postMessage(hash.digest('hex'));
