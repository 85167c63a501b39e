/** Reads one byte range of a data file in a worker thread and posts back its table state (scan.ts). */

import { parentPort, workerData } from 'node:worker_threads';
import { RecordTooLongError } from './records.ts';
import { readRange, type RangeResult, type RangeTask } from './scan.ts';
import { TableAccumulator } from './table.ts';

const task = workerData as RangeTask;
try {
  const table = new TableAccumulator(task.plan, task.expectedRows ?? 0, task.spill);
  const { end } = readRange(task, table);
  table.finishPass(true);
  const state = table.save();
  const result: RangeResult = { state, end, lines: table.lines };
  // Key tables still in memory are the large part; their buffers move rather than copy.
  const transfer = [...state.columns.map((column) => column.keys?.slots), ...state.compound.map((key) => key.keys.slots)].flatMap((slots) => (slots === null || slots === undefined ? [] : [slots.buffer]));
  parentPort?.postMessage({ ok: true, result }, transfer as ArrayBuffer[]);
} catch (error) {
  if (error instanceof RecordTooLongError) parentPort?.postMessage({ ok: false, error: error.message, tooLongAt: error.line });
  else parentPort?.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
