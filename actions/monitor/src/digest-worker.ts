// Worker-thread entry bundled to dist/digest-worker/index.js: the digest of a compressed batch.
import '@crucible/core/data/digest-worker';
