// Worker-thread entry bundled to dist/range-worker/index.js: reads one byte range of a batch.
import '@crucible/core/data/range-worker';
