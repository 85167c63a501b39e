/* Shared by the nvidia-smi and rocm-smi stand-ins. Plain CommonJS, no dependencies. */
/* global module */
'use strict';

/** CRUCIBLE_STANDIN_GPUS: how many GPUs the machine has (0, 1 or 2; default 2). */
function gpuCount(env) {
  const text = env.CRUCIBLE_STANDIN_GPUS;
  if (text === undefined || text === '') return 2;
  const count = Number(text);
  return Number.isInteger(count) && count >= 0 ? Math.min(count, 2) : 2;
}

/** A comma-separated knob as a list of names. */
function knobList(text) {
  return (text || '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** nvidia-smi's CSV timestamp: local time as "YYYY/MM/DD HH:MM:SS.mmm". */
function formatTimestamp(date) {
  const two = (n) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}/${two(date.getMonth() + 1)}/${two(date.getDate())} ` +
    `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}.${String(date.getMilliseconds()).padStart(3, '0')}`
  );
}

/** The time as nvidia-smi's reports and table print it: "Tue Mar 12 10:15:32 2024". */
function clockTime(date) {
  const [weekday, month, day, year, time] = date.toString().split(' ');
  return `${weekday} ${month} ${day} ${time} ${year}`;
}

module.exports = { clockTime, formatTimestamp, gpuCount, knobList };
