// Worker-thread entry bundled to dist/range-worker/index.js: reads one byte range of the data file.
import '@crucible/core/data/range-worker';
