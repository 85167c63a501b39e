/** Reads one byte range of a data file in a worker thread and posts back its table state (scan.ts). */

import { parentPort, workerData } from 'node:worker_threads';
import { readRange, type RangeResult, type RangeTask } from './scan.ts';
import { TableAccumulator } from './table.ts';

const task = workerData as RangeTask;
try {
  const table = new TableAccumulator(task.plan, task.expectedRows ?? 0);
  const { end } = readRange(task, table);
  const state = table.save();
  const result: RangeResult = { state, end, lines: table.lines };
  // The key counters are the large part; their buffers move rather than copy.
  const transfer = [...state.columns.flatMap((column) => (column.keys === null ? [] : [column.keys.slots.buffer])), ...state.compound.map((key) => key.keys.slots.buffer)];
  parentPort?.postMessage({ ok: true, result }, transfer as ArrayBuffer[]);
} catch (error) {
  parentPort?.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
