import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ../../packages/core/src/data/digest-worker.ts
/** A worker thread's entry: the SHA-256 of a file, taken beside the parsing threads. */



const { path } = external_node_worker_threads_namespaceObject.workerData;
const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
const buffer = Buffer.allocUnsafe(1 << 20);
const fd = (0,external_node_fs_namespaceObject.openSync)(path, 'r');
try {
    for (;;) {
        const read = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, 0, buffer.length, null);
        if (read === 0)
            break;
        hash.update(buffer.subarray(0, read));
    }
}
finally {
    (0,external_node_fs_namespaceObject.closeSync)(fd);
}
external_node_worker_threads_namespaceObject.parentPort?.postMessage(hash.digest('hex'));

;// CONCATENATED MODULE: ./src/digest-worker.ts
// Worker-thread entry bundled to dist/digest-worker/index.js: the digest of a compressed batch.


