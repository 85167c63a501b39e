/* A stand-in for rocm-smi (ROCm 6.x): two AMD Instinct MI210 cards when CRUCIBLE_STANDIN_VENDOR=amd, none
 * otherwise. Answers --json in rocm-smi's shape (every value a string, "cardN" keys, a "system" key for the driver),
 * and a plain-text form without --json. Plain CommonJS with no dependencies, for Node 20 and 24. */
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require */
'use strict';

const { gpuCount } = require('./common.cjs');

const DRIVER_VERSION = '6.3.6';
const VRAM_TOTAL_BYTES = 68702699520; // 65520 MiB, what an MI210 reports
const IDLE_VRAM_USED_BYTES = 10960896;
const FOREIGN_BYTES = 10 * 1024 ** 3;
const UTILISATION = [0, 64, 91, 100, 97, 88, 100, 73];

const env = process.env;

function cards() {
  if (env.CRUCIBLE_STANDIN_VENDOR !== 'amd') return [];
  return [0, 1].slice(0, gpuCount(env));
}

/**
 * What card `i` reads now: a 500 ms phase of the wall clock, since each query is a new process. A training job's
 * working set stays under 4 GiB (6% of the card) so that a one-off query never looks like a busy card.
 */
function reading(i) {
  const phase = Math.floor(Date.now() / 500);
  const utilization = UTILISATION[(phase + 3 * i) % UTILISATION.length];
  const foreign = env.CRUCIBLE_STANDIN_BUSY === '1' || env.CRUCIBLE_STANDIN_BUSY === 'hidden' ? (i === 0 ? FOREIGN_BYTES : 0) : 0;
  return {
    used: IDLE_VRAM_USED_BYTES + foreign + Math.round((utilization / 100) * 4 * 1024 ** 3),
    utilization,
    power: (42 + utilization * 2.4 + i * 3).toFixed(1),
    edge: (34 + utilization * 0.3 + i).toFixed(1),
    junction: (38 + utilization * 0.4 + i).toFixed(1),
    memoryTemperature: (45 + utilization * 0.25 + i).toFixed(1),
  };
}

function parseArgs(argv) {
  const shown = new Set();
  let json = false;
  let devices = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '--showproductname') shown.add('product');
    else if (arg === '--showuse' || arg === '-u') shown.add('use');
    else if (arg === '--showdriverversion') shown.add('driver');
    else if (arg === '--showpower' || arg === '-P') shown.add('power');
    else if (arg === '--showtemp' || arg === '-t') shown.add('temp');
    else if (arg === '--showuniqueid') shown.add('uniqueid');
    else if (arg === '--showmeminfo') {
      const kinds = [];
      while (i + 1 < argv.length && !argv[i + 1].startsWith('-')) kinds.push(argv[++i]);
      if (kinds.length === 0) return { error: 'rocm-smi: error: argument --showmeminfo: expected at least one argument' };
      if (kinds.includes('vram') || kinds.includes('all')) shown.add('vram');
    } else if (arg === '-d' || arg === '--device') {
      devices = [];
      while (i + 1 < argv.length && /^\d+$/.test(argv[i + 1])) devices.push(Number(argv[++i]));
    } else return { error: `rocm-smi: error: unrecognized arguments: ${arg}` };
  }
  return { shown, json, devices };
}

function cardFields(i, shown) {
  const r = reading(i);
  const fields = {};
  if (shown.has('uniqueid')) fields['Unique ID'] = i === 0 ? '0x2b1d3c4e5f607182' : '0x9a8b7c6d5e4f3a21';
  if (shown.has('temp')) {
    fields['Temperature (Sensor edge) (C)'] = r.edge;
    fields['Temperature (Sensor junction) (C)'] = r.junction;
    fields['Temperature (Sensor memory) (C)'] = r.memoryTemperature;
  }
  if (shown.has('power')) fields['Average Graphics Package Power (W)'] = r.power;
  if (shown.has('use')) {
    fields['GPU use (%)'] = String(r.utilization);
    fields['GFX Activity'] = String(1141796410 + r.utilization * 1000);
  }
  if (shown.has('vram')) {
    fields['VRAM Total Memory (B)'] = String(VRAM_TOTAL_BYTES);
    fields['VRAM Total Used Memory (B)'] = String(r.used);
  }
  if (shown.has('product')) {
    fields['Card series'] = 'AMD Instinct MI210';
    fields['Card model'] = '0x0c34';
    fields['Card vendor'] = 'Advanced Micro Devices, Inc. [AMD/ATI]';
    fields['Card SKU'] = 'D67301V';
    fields['Subsystem ID'] = '0x0c34';
    fields['Device Rev'] = '0x02';
    fields['Node ID'] = String(2 + i);
    fields['GUID'] = i === 0 ? '11290' : '49415';
    fields['GFX Version'] = 'gfx90a';
  }
  return fields;
}

function main(argv) {
  const args = parseArgs(argv);
  if (args.error !== undefined) {
    process.stderr.write(args.error + '\n');
    process.exitCode = 2;
    return;
  }
  const present = cards();
  if (present.length === 0) {
    // What rocm-smi says on a machine where the amdgpu kernel module is not loaded.
    process.stderr.write('ERROR:root:Driver not initialized (amdgpu not found in modules)\n');
    process.exitCode = 0;
    return;
  }
  const selected = args.devices === null ? present : present.filter((i) => args.devices.includes(i));
  if (args.json) {
    const document = {};
    for (const i of selected) document[`card${i}`] = cardFields(i, args.shown);
    if (args.shown.has('driver')) document.system = { 'Driver version': DRIVER_VERSION };
    process.stdout.write(JSON.stringify(document) + '\n');
    return;
  }
  const rule = '='.repeat(100);
  const lines = [`${'='.repeat(36)} ROCm System Management Interface ${'='.repeat(30)}`];
  if (args.shown.has('driver')) lines.push(`Driver version: ${DRIVER_VERSION}`);
  for (const i of selected) {
    for (const [key, value] of Object.entries(cardFields(i, args.shown))) lines.push(`GPU[${i}]\t\t: ${key}: ${value}`);
  }
  lines.push(rule, `${'='.repeat(42)} End of ROCm SMI Log ${'='.repeat(37)}`, '');
  process.stdout.write(lines.join('\n'));
}

process.stdout.on('error', () => process.exit(0));
main(process.argv.slice(2));
