// Worker-thread entry bundled to dist/digest-worker/index.js: the SHA-256 of the data file.
import '@crucible/core/data/digest-worker';
