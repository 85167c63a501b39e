/* A stand-in for nvidia-smi: answers in the formats of driver 550.54.15 (CUDA 12.4) on a machine with two
 * NVIDIA A100-SXM4-80GB boards, so that tests and benchmarks run the real parsing code without a GPU.
 * Plain CommonJS with no dependencies, for Node 20 and 24. The knobs are described in README.md. */
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, setTimeout */
'use strict';

const { clockTime, formatTimestamp, gpuCount, knobList } = require('./common.cjs');

const DRIVER_VERSION = '550.54.15';
const CUDA_VERSION = '12.4';
const MEMORY_TOTAL_MIB = 81920;
const MEMORY_RESERVED_MIB = 567;
const IDLE_MEMORY_MIB = 1;
const FOREIGN = { pid: 48213, processName: '/usr/bin/python3', usedMiB: 10240 };

const BOARDS = [
  {
    index: 0,
    uuid: 'GPU-4e6f8a1c-2b3d-4f5e-8a7b-9c0d1e2f3a4b',
    busId: '00000000:07:00.0',
    serial: '1323221012345',
    idleTemperature: 31,
    idlePower: 61.37,
  },
  {
    index: 1,
    uuid: 'GPU-a7b9c1d3-e5f7-4a9b-8c1d-3e5f7a9b1c2d',
    busId: '00000000:0F:00.0',
    serial: '1323221012399',
    idleTemperature: 33,
    idlePower: 63.02,
  },
];
const NAME = 'NVIDIA A100-SXM4-80GB';

/** Utilisation over a training run's samples after the first (idle) one: busy, with dips while data loads. */
const UTILISATION = [62, 88, 97, 100, 93, 100, 99, 71, 100, 95, 98, 84];

const env = process.env;
const busy = env.CRUCIBLE_STANDIN_BUSY === '1' || env.CRUCIBLE_STANDIN_BUSY === 'hidden';
const naFields = new Set(knobList(env.CRUCIBLE_STANDIN_NA));
const unsupportedFields = new Set(knobList(env.CRUCIBLE_STANDIN_UNSUPPORTED));
const invalidFields = new Set(knobList(env.CRUCIBLE_STANDIN_INVALID_FIELDS));
const models = knobList(env.CRUCIBLE_STANDIN_MODELS);

/** The board's product name: NAME, or its entry in CRUCIBLE_STANDIN_MODELS for a machine with mixed models. */
function nameOf(board) {
  return models[board.index] || NAME;
}

/**
 * What one board reads at sample `k` of a loop (k = 0 for a single query, which sees an idle machine). The
 * numbers depend on k and the board only, so that a test can recompute them.
 */
function reading(board, k) {
  const foreign = busy && board.index === 0 ? FOREIGN.usedMiB : 0;
  if (k === 0) {
    return {
      memoryUsed: IDLE_MEMORY_MIB + foreign,
      utilization: 0,
      utilizationMemory: 0,
      power: board.idlePower,
      temperature: board.idleTemperature,
      smClock: 210,
      pstate: 'P0',
    };
  }
  const utilization = UTILISATION[(k - 1 + 3 * board.index) % UTILISATION.length];
  const ramp = Math.min(k, 5) * 12000;
  const sawtooth = (k % 4) * 256;
  return {
    memoryUsed: IDLE_MEMORY_MIB + foreign + ramp + sawtooth + board.index * 512,
    utilization,
    utilizationMemory: Math.round(utilization * 0.6),
    power: Math.round((120 + utilization * 2.6 + board.index * 7.5) * 100) / 100,
    temperature: Math.min(board.idleTemperature + 3 * k, 64 + board.index),
    smClock: 1410,
    pstate: 'P0',
  };
}

/* The fields of --query-gpu: canonical name, aliases, unit shown as " [unit]" in the header and after the value. */
const GPU_FIELDS = [
  { name: 'timestamp', value: () => formatTimestamp(new Date()) },
  { name: 'driver_version', value: () => DRIVER_VERSION },
  { name: 'count', value: () => String(visibleBoards().length) },
  { name: 'name', aliases: ['gpu_name'], value: (b) => nameOf(b) },
  { name: 'serial', aliases: ['gpu_serial'], value: (b) => b.serial },
  { name: 'uuid', aliases: ['gpu_uuid'], value: (b) => b.uuid },
  { name: 'pci.bus_id', aliases: ['gpu_bus_id'], value: (b) => b.busId },
  { name: 'pci.domain', value: () => '0x0000' },
  { name: 'pci.bus', value: (b) => '0x' + b.busId.slice(9, 11) },
  { name: 'pci.device_id', value: () => '0x20B210DE' },
  { name: 'index', value: (b) => String(b.index) },
  { name: 'minor_number', value: (b) => String(b.index) },
  { name: 'vbios_version', value: () => '92.00.45.00.06' },
  { name: 'display_mode', value: () => 'Disabled' },
  { name: 'display_active', value: () => 'Disabled' },
  { name: 'persistence_mode', value: () => 'Enabled' },
  { name: 'compute_mode', value: () => 'Default' },
  { name: 'compute_cap', value: () => '8.0' },
  { name: 'pstate', value: (b, r) => r.pstate },
  { name: 'fan.speed', unit: '%', value: () => null },
  { name: 'memory.total', unit: 'MiB', value: () => String(MEMORY_TOTAL_MIB) },
  { name: 'memory.reserved', unit: 'MiB', value: () => String(MEMORY_RESERVED_MIB) },
  { name: 'memory.used', unit: 'MiB', value: (b, r) => String(r.memoryUsed) },
  { name: 'memory.free', unit: 'MiB', value: (b, r) => String(MEMORY_TOTAL_MIB - MEMORY_RESERVED_MIB - r.memoryUsed) },
  { name: 'utilization.gpu', unit: '%', value: (b, r) => String(r.utilization) },
  { name: 'utilization.memory', unit: '%', value: (b, r) => String(r.utilizationMemory) },
  { name: 'temperature.gpu', value: (b, r) => String(r.temperature) },
  { name: 'temperature.memory', value: (b, r) => String(r.temperature + 4) },
  { name: 'power.management', value: () => 'Enabled' },
  { name: 'power.draw', unit: 'W', value: (b, r) => r.power.toFixed(2) },
  { name: 'power.draw.average', unit: 'W', value: (b, r) => r.power.toFixed(2) },
  { name: 'power.draw.instant', unit: 'W', value: (b, r) => r.power.toFixed(2) },
  { name: 'power.limit', unit: 'W', value: () => '400.00' },
  { name: 'enforced.power.limit', unit: 'W', value: () => '400.00' },
  { name: 'power.max_limit', unit: 'W', value: () => '400.00' },
  { name: 'clocks.current.sm', aliases: ['clocks.sm'], unit: 'MHz', value: (b, r) => String(r.smClock) },
  { name: 'clocks.current.memory', aliases: ['clocks.mem'], unit: 'MHz', value: () => '1593' },
  { name: 'clocks.max.sm', aliases: ['clocks.max.sm'], unit: 'MHz', value: () => '1410' },
  { name: 'ecc.mode.current', value: () => 'Enabled' },
  { name: 'mig.mode.current', value: () => 'Disabled' },
];

const APP_FIELDS = [
  { name: 'timestamp', value: () => formatTimestamp(new Date()) },
  { name: 'gpu_name', value: (b) => nameOf(b) },
  { name: 'gpu_bus_id', value: (b) => b.busId },
  { name: 'gpu_serial', value: (b) => b.serial },
  { name: 'gpu_uuid', value: (b) => b.uuid },
  { name: 'pid', value: (b, p) => String(p.pid) },
  { name: 'process_name', aliases: ['name'], value: (b, p) => p.processName },
  { name: 'used_gpu_memory', aliases: ['used_memory'], unit: 'MiB', value: (b, p) => String(p.usedMiB) },
];

function visibleBoards(selector) {
  const boards = BOARDS.slice(0, gpuCount(env));
  if (selector === undefined) return boards;
  // -i takes a comma-separated list of indexes, UUIDs or PCI bus ids.
  const wanted = selector.split(',').map((id) => id.trim());
  return boards.filter((b) => wanted.includes(String(b.index)) || wanted.includes(b.uuid) || wanted.includes(b.busId));
}

function out(text) {
  process.stdout.write(text);
}

function finish(code) {
  // Exit once stdout has drained: a pipe reader must see every byte before the exit code.
  process.exitCode = code;
}

/* Parses nvidia-smi's argument forms: `--opt=value`, `--opt value`, and the short flags. */
function parseArgs(argv) {
  const args = { flags: new Set() };
  const valued = {
    '--query-gpu': 'queryGpu',
    '--query-compute-apps': 'queryApps',
    '--format': 'format',
    '-i': 'id',
    '--id': 'id',
    '-l': 'loopSeconds',
    '--loop': 'loopSeconds',
    '-lms': 'loopMs',
    '--loop-ms': 'loopMs',
    '-f': 'file',
    '--filename': 'file',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const key = eq > 0 ? arg.slice(0, eq) : arg;
    if (key in valued) {
      if (eq > 0) args[valued[key]] = arg.slice(eq + 1);
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('-')) args[valued[key]] = argv[++i];
      else if (key === '-l' || key === '--loop') args[valued[key]] = '5';
      else return { invalid: true };
      continue;
    }
    const flag = {
      '-L': 'list',
      '--list-gpus': 'list',
      '-q': 'query',
      '--query': 'query',
      '-x': 'xml',
      '--xml-format': 'xml',
      '-h': 'help',
      '--help': 'help',
      '--version': 'version',
    }[arg];
    if (flag === undefined) return { invalid: true };
    args.flags.add(flag);
  }
  return args;
}

function resolveFields(list, table) {
  const fields = [];
  for (const requested of list.split(',').map((f) => f.trim())) {
    const field = table.find((f) => f.name === requested || (f.aliases || []).includes(requested));
    if (field === undefined || invalidFields.has(requested) || invalidFields.has(field.name)) {
      return { invalid: requested };
    }
    fields.push(field);
  }
  return { fields };
}

function parseFormat(text) {
  const parts = (text || '').split(',').map((p) => p.trim());
  if (!parts.includes('csv')) return null;
  return { header: !parts.includes('noheader'), units: !parts.includes('nounits') };
}

function headerLine(fields) {
  return fields.map((f) => (f.unit ? `${f.name} [${f.unit}]` : f.name)).join(', ') + '\n';
}

function cell(field, raw, format) {
  if (naFields.has(field.name)) return '[N/A]';
  if (unsupportedFields.has(field.name)) return '[Not Supported]';
  if (raw === null) return '[N/A]';
  return format.units && field.unit ? `${raw} ${field.unit}` : raw;
}

function gpuRows(fields, format, boards, k) {
  return boards
    .map((board) => {
      const r = reading(board, k);
      return fields.map((f) => cell(f, f.value(board, r), format)).join(', ') + '\n';
    })
    .join('');
}

function foreignProcesses(boards) {
  if (env.CRUCIBLE_STANDIN_BUSY !== '1') return [];
  return boards.filter((b) => b.index === 0).map((board) => ({ board, process: FOREIGN }));
}

function listGpus(boards) {
  out(boards.map((b) => `GPU ${b.index}: ${nameOf(b)} (UUID: ${b.uuid})\n`).join(''));
}

function xmlReport(boards) {
  const lines = [
    '<?xml version="1.0" ?>',
    '<!DOCTYPE nvidia_smi_log SYSTEM "nvsmi_device_v12.dtd">',
    '<nvidia_smi_log>',
    `\t<timestamp>${clockTime(new Date())}</timestamp>`,
    `\t<driver_version>${DRIVER_VERSION}</driver_version>`,
    `\t<cuda_version>${CUDA_VERSION}</cuda_version>`,
    `\t<attached_gpus>${boards.length}</attached_gpus>`,
  ];
  for (const board of boards) {
    const r = reading(board, 0);
    const apps = foreignProcesses([board]);
    lines.push(
      `\t<gpu id="${board.busId}">`,
      `\t\t<product_name>${nameOf(board)}</product_name>`,
      '\t\t<product_brand>NVIDIA</product_brand>',
      '\t\t<product_architecture>Ampere</product_architecture>',
      '\t\t<persistence_mode>Enabled</persistence_mode>',
      `\t\t<serial>${board.serial}</serial>`,
      `\t\t<uuid>${board.uuid}</uuid>`,
      `\t\t<minor_number>${board.index}</minor_number>`,
      '\t\t<vbios_version>92.00.45.00.06</vbios_version>',
      '\t\t<fb_memory_usage>',
      `\t\t\t<total>${MEMORY_TOTAL_MIB} MiB</total>`,
      `\t\t\t<reserved>${MEMORY_RESERVED_MIB} MiB</reserved>`,
      `\t\t\t<used>${r.memoryUsed} MiB</used>`,
      `\t\t\t<free>${MEMORY_TOTAL_MIB - MEMORY_RESERVED_MIB - r.memoryUsed} MiB</free>`,
      '\t\t</fb_memory_usage>',
      '\t\t<compute_mode>Default</compute_mode>',
      '\t\t<utilization>',
      `\t\t\t<gpu_util>${r.utilization} %</gpu_util>`,
      `\t\t\t<memory_util>${r.utilizationMemory} %</memory_util>`,
      '\t\t</utilization>',
      '\t\t<temperature>',
      `\t\t\t<gpu_temp>${r.temperature} C</gpu_temp>`,
      '\t\t</temperature>',
      '\t\t<gpu_power_readings>',
      `\t\t\t<power_draw>${naFields.has('power.draw') ? 'N/A' : r.power.toFixed(2) + ' W'}</power_draw>`,
      '\t\t\t<current_power_limit>400.00 W</current_power_limit>',
      '\t\t</gpu_power_readings>',
      '\t\t<processes>',
      ...apps.flatMap(({ process: p }) => [
        '\t\t\t<process_info>',
        '\t\t\t\t<gpu_instance_id>N/A</gpu_instance_id>',
        '\t\t\t\t<compute_instance_id>N/A</compute_instance_id>',
        `\t\t\t\t<pid>${p.pid}</pid>`,
        '\t\t\t\t<type>C</type>',
        `\t\t\t\t<process_name>${p.processName}</process_name>`,
        `\t\t\t\t<used_memory>${p.usedMiB} MiB</used_memory>`,
        '\t\t\t</process_info>',
      ]),
      '\t\t</processes>',
      '\t</gpu>',
    );
  }
  lines.push('</nvidia_smi_log>', '');
  out(lines.join('\n'));
}

function textReport(boards) {
  const row = (label, value, indent = 0) => `${' '.repeat(indent)}${label.padEnd(42 - indent)}: ${value}`;
  const lines = [
    '',
    '==============NVSMI LOG==============',
    '',
    row('Timestamp', clockTime(new Date())),
    row('Driver Version', DRIVER_VERSION),
    row('CUDA Version', CUDA_VERSION),
    '',
    row('Attached GPUs', String(boards.length)),
  ];
  for (const board of boards) {
    const r = reading(board, 0);
    lines.push(
      `GPU ${board.busId}`,
      row('Product Name', nameOf(board), 4),
      row('Product Brand', 'NVIDIA', 4),
      row('Persistence Mode', 'Enabled', 4),
      row('Serial Number', board.serial, 4),
      row('GPU UUID', board.uuid, 4),
      row('Minor Number', String(board.index), 4),
      '    FB Memory Usage',
      row('Total', `${MEMORY_TOTAL_MIB} MiB`, 8),
      row('Reserved', `${MEMORY_RESERVED_MIB} MiB`, 8),
      row('Used', `${r.memoryUsed} MiB`, 8),
      row('Free', `${MEMORY_TOTAL_MIB - MEMORY_RESERVED_MIB - r.memoryUsed} MiB`, 8),
      row('Compute Mode', 'Default', 4),
      '    Utilization',
      row('Gpu', `${r.utilization} %`, 8),
      row('Memory', `${r.utilizationMemory} %`, 8),
      '    Temperature',
      row('GPU Current Temp', `${r.temperature} C`, 8),
      '    GPU Power Readings',
      row('Power Draw', naFields.has('power.draw') ? 'N/A' : `${r.power.toFixed(2)} W`, 8),
      row('Current Power Limit', '400.00 W', 8),
      '    Processes',
    );
    const apps = foreignProcesses([board]);
    if (apps.length === 0) lines.push('        None');
    for (const { process: p } of apps) {
      lines.push(
        row('GPU instance ID', 'N/A', 8),
        row('Compute instance ID', 'N/A', 8),
        row('Process ID', String(p.pid), 8),
        row('Type', 'C', 12),
        row('Name', p.processName, 12),
        row('Used GPU Memory', `${p.usedMiB} MiB`, 12),
      );
    }
    lines.push('');
  }
  out(lines.join('\n') + '\n');
}

function summaryTable(boards) {
  const bar = '+-----------------------------------------+------------------------+----------------------+';
  const lines = [
    clockTime(new Date()) + '       ',
    '+-----------------------------------------------------------------------------------------+',
    `| NVIDIA-SMI ${DRIVER_VERSION}              Driver Version: ${DRIVER_VERSION}      CUDA Version: ${CUDA_VERSION}     |`,
    '|-----------------------------------------+------------------------+----------------------+',
    '| GPU  Name                 Persistence-M | Bus-Id          Disp.A | Volatile Uncorr. ECC |',
    '| Fan  Temp   Perf          Pwr:Usage/Cap |           Memory-Usage | GPU-Util  Compute M. |',
    '|                                         |                        |               MIG M. |',
    '|=========================================+========================+======================|',
  ];
  for (const board of boards) {
    const r = reading(board, 0);
    const power = naFields.has('power.draw') ? 'N/A' : `${Math.round(r.power)}W`;
    const left = ` N/A   ${r.temperature}C    ${r.pstate}`;
    lines.push(
      `| ${String(board.index).padStart(3)}  ${nameOf(board).padEnd(29)}  On  |   ${board.busId} Off |                    0 |`,
      `|${left}${`${power} /  400W `.padStart(41 - left.length)}|${`${r.memoryUsed}MiB /  ${MEMORY_TOTAL_MIB}MiB `.padStart(24)}|${`${r.utilization}%      Default `.padStart(22)}|`,
      '|                                         |                        |             Disabled |',
      bar,
    );
  }
  lines.push(
    '',
    '+-----------------------------------------------------------------------------------------+',
    '| Processes:                                                                              |',
    '|  GPU   GI   CI        PID   Type   Process name                              GPU Memory |',
    '|        ID   ID                                                               Usage      |',
    '|=========================================================================================|',
  );
  const apps = foreignProcesses(boards);
  if (apps.length === 0) {
    lines.push('|  No running processes found                                                             |');
  }
  for (const { board, process: p } of apps) {
    lines.push(
      `|  ${String(board.index).padStart(3)}   N/A  N/A  ${String(p.pid).padStart(9)}      C   ${p.processName.padEnd(40)} ${`${p.usedMiB}MiB`.padStart(9)} |`,
    );
  }
  lines.push('+-----------------------------------------------------------------------------------------+', '');
  out(lines.join('\n'));
}

/* Repeats a query every `ms` on a fixed schedule until killed, as `-l` and `-lms` do. */
function loop(ms, format, fields, boards) {
  const limit = Number(env.CRUCIBLE_STANDIN_LOOP_LIMIT || Infinity);
  const start = Date.now();
  let k = 0;
  if (format.header) out(headerLine(fields));
  const tick = () => {
    if (k >= limit) {
      out(`Unable to determine the device handle for GPU ${boards[0].busId}: GPU is lost.  Reboot the system to recover this GPU\n`);
      finish(15);
      return;
    }
    out(gpuRows(fields, format, boards, k));
    k += 1;
    setTimeout(tick, Math.max(0, start + k * ms - Date.now()));
  };
  tick();
}

function main(argv) {
  const args = parseArgs(argv);
  if (args.invalid) {
    out("Invalid combination of input arguments. Please run 'nvidia-smi -h' for help.\n\n");
    return finish(2);
  }
  if (args.flags.has('help')) {
    out('NVIDIA System Management Interface -- v' + DRIVER_VERSION + '\n\n(stand-in: see packages/testkit/gpu/README.md)\n');
    return finish(0);
  }
  if (args.flags.has('version')) {
    out(
      `NVIDIA-SMI version  : ${DRIVER_VERSION}\nNVML version        : ${DRIVER_VERSION.split('.').slice(0, 2).join('.')}\n` +
        `DRIVER version      : ${DRIVER_VERSION}\nCUDA Version        : ${CUDA_VERSION}\n`,
    );
    return finish(0);
  }
  // Field names are checked before the driver is asked, as the real tool does.
  let fields;
  let table = null;
  if (args.queryGpu !== undefined || args.queryApps !== undefined) {
    table = args.queryGpu !== undefined ? GPU_FIELDS : APP_FIELDS;
    const resolved = resolveFields(args.queryGpu !== undefined ? args.queryGpu : args.queryApps, table);
    if (resolved.invalid !== undefined) {
      out(`Field "${resolved.invalid}" is not a valid field to query.\n\n`);
      return finish(2);
    }
    fields = resolved.fields;
  }
  if (env.CRUCIBLE_STANDIN_VENDOR === 'amd') {
    out(
      "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. " +
        'Make sure that the latest NVIDIA driver is installed and running.\n\n',
    );
    return finish(9);
  }
  if (env.CRUCIBLE_STANDIN_FAIL === '1') {
    out('Failed to initialize NVML: Driver/library version mismatch\nNVML library version: 550.90\n');
    return finish(18);
  }
  const boards = visibleBoards(args.id);
  if (gpuCount(env) === 0) {
    out('No devices were found\n');
    return finish(6);
  }
  if (boards.length === 0) {
    out(`No devices were found\n`);
    return finish(6);
  }
  if (table !== null) {
    const format = parseFormat(args.format);
    if (format === null) {
      out('"--format" must include "csv" when querying with "--query-gpu" or "--query-compute-apps".\n\n');
      return finish(2);
    }
    if (table === APP_FIELDS) {
      const rows = foreignProcesses(boards).map(
        ({ board, process: p }) => fields.map((f) => cell(f, f.value(board, p), format)).join(', ') + '\n',
      );
      out((format.header ? headerLine(fields) : '') + rows.join(''));
      return finish(0);
    }
    const ms = args.loopMs !== undefined ? Number(args.loopMs) : args.loopSeconds !== undefined ? Number(args.loopSeconds) * 1000 : null;
    if (ms !== null) {
      if (!Number.isInteger(ms) || ms <= 0) {
        out("Invalid combination of input arguments. Please run 'nvidia-smi -h' for help.\n\n");
        return finish(2);
      }
      return loop(ms, format, fields, boards);
    }
    out((format.header ? headerLine(fields) : '') + gpuRows(fields, format, boards, 0));
    return finish(0);
  }
  if (args.flags.has('list')) return listGpus(boards);
  if (args.flags.has('query')) return args.flags.has('xml') ? xmlReport(boards) : textReport(boards);
  return summaryTable(boards);
}

// A reader that goes away (head, a killed parent) ends the stand-in, as SIGPIPE ends the real one.
process.stdout.on('error', () => process.exit(0));
main(process.argv.slice(2));
