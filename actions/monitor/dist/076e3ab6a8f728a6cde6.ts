/**
 * A worker thread's entry. Node's compile cache is per thread, so it is switched on here before the range reader
 * and its imports load: a warm start then takes tens of milliseconds instead of a couple of hundred.
 */
import { enableCompileCache } from 'node:module';
enableCompileCache?.();
await import("./range-worker.js");
