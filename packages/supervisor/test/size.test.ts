import { InputError } from '@crucible/core/errors';
import { describe, expect, it } from 'vitest';
import { parseSize } from '../src/size.ts';

describe('parseSize', () => {
  const MiB = 1024 ** 2;
  const GiB = 1024 ** 3;
  it.each([
    ['16GB', 16e9],
    ['24576MB', 24_576e6],
    ['80gb', 80e9],
    ['10 G', 10e9],
    ['1.5 TB', 1.5e12],
    ['2PB', 2e15],
    ['4KB', 4000],
    ['4k', 4000],
    ['0.5GB', 0.5e9],
  ])('%j is %d bytes (KB..PB and K..P count in 1000s)', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it.each([
    ['512MiB', 512 * MiB],
    ['24GiB', 24 * GiB],
    [' 2 gib ', 2 * GiB],
    ['1.5 TiB', 1.5 * 1024 ** 4],
    ['4KiB', 4096],
    ['1PiB', 1024 ** 5],
  ])('%j is %d bytes (KiB..PiB count in 1024s)', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it.each([
    ['1073741824', GiB],
    ['100B', 100],
    ['100', 100],
  ])('%j is %d bytes (a bare number, or B, is bytes)', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  // nvidia-smi's memory.total for GPUs sold by these sizes: min-gpu-memory set to the size on the box must pass them.
  it.each([
    ['NVIDIA H100 80GB HBM3', '80GB', 81559],
    ['NVIDIA A10G', '24GB', 23028],
    ['NVIDIA L4', '24GB', 23034],
    ['Tesla T4', '16GB', 15360],
  ])('%s (%s, %d MiB) has at least min-gpu-memory: %s', (_name, size, reportedMiB) => {
    expect(Math.floor(parseSize(size) / MiB)).toBeLessThanOrEqual(reportedMiB);
    expect(parseSize(size)).toBeLessThanOrEqual(reportedMiB * MiB);
  });

  it.each(['', 'abc', '-1GB', '16 XB', '1e3', '16GB extra', 'GB', '16Gi', '16GIB B', '16iB'])('refuses %j, naming it', (text) => {
    expect(() => parseSize(text)).toThrow(InputError);
    expect(() => parseSize(text)).toThrow(`Size ${JSON.stringify(text)} is not a size`);
  });
});
