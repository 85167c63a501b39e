import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { standInGpuBin } from '@crucible/testkit';
import { type DeviceFiles, explainMissingGpus, freeDiskBytes, type GpuProbe, parseNvidiaCsv, probeGpus } from '../src/gpu.ts';

const scratch = mkdtempSync(join(tmpdir(), 'crucible-gpu-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The environment a job would have on a machine with the stand-in tools, plus the knobs; the host's GPU selection is not inherited. */
function machine(knobs: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { CUDA_VISIBLE_DEVICES: _visible, CUDA_DEVICE_ORDER: _order, ...host } = process.env;
  return { ...host, PATH: `${standInGpuBin()}:${process.env['PATH'] ?? ''}`, ...knobs };
}

/** A machine where neither tool is on PATH, but node still is for anything else. */
function bareMachine(): NodeJS.ProcessEnv {
  return { ...process.env, PATH: scratch };
}

const A100 = {
  vendor: 'nvidia',
  name: 'NVIDIA A100-SXM4-80GB',
  memoryTotalMiB: 81920,
  memoryUsedMiB: 1,
  driverVersion: '550.54.15',
  cudaVersion: '12.4',
};

describe('probeGpus with nvidia-smi', () => {
  it('finds two GPUs with every field filled', async () => {
    const probe = await probeGpus({ env: machine() });
    expect(probe).toEqual({
      vendor: 'nvidia',
      tool: 'nvidia-smi',
      gpus: [
        { ...A100, index: 0, uuid: 'GPU-4e6f8a1c-2b3d-4f5e-8a7b-9c0d1e2f3a4b' },
        { ...A100, index: 1, uuid: 'GPU-a7b9c1d3-e5f7-4a9b-8c1d-3e5f7a9b1c2d' },
      ],
      busy: [],
      problems: [],
      droppedFields: [],
      hiddenByCudaVisibleDevices: 0,
    });
  });

  it('finds one GPU on a one-GPU machine', async () => {
    const probe = await probeGpus({ env: machine({ CRUCIBLE_STANDIN_GPUS: '1' }) });
    expect(probe.gpus.map((gpu) => gpu.index)).toEqual([0]);
  });

  it('reports no GPU, with what each tool said, when the driver sees none', async () => {
    const probe = await probeGpus({ env: machine({ CRUCIBLE_STANDIN_GPUS: '0' }) });
    expect(probe).toMatchObject({ vendor: null, tool: null, gpus: [], busy: [] });
    expect(probe.problems).toEqual([
      'nvidia-smi: No devices were found',
      'rocm-smi: Driver not initialized (amdgpu not found in modules)',
    ]);
  });

  it('reports a driver/library mismatch instead of throwing', async () => {
    const probe = await probeGpus({ env: machine({ CRUCIBLE_STANDIN_FAIL: '1' }) });
    expect(probe.gpus).toEqual([]);
    expect(probe.problems[0]).toBe('nvidia-smi: Failed to initialize NVML: Driver/library version mismatch');
  });

  it('says the tools are missing, without throwing, when neither is on PATH', async () => {
    const probe = await probeGpus({ env: bareMachine() });
    expect(probe).toMatchObject({ vendor: null, gpus: [], problems: ['nvidia-smi: not found on PATH', 'rocm-smi: not found on PATH'] });
  });

  it('names the process that already holds memory on a GPU', async () => {
    const probe = await probeGpus({ env: machine({ CRUCIBLE_STANDIN_BUSY: '1' }) });
    expect(probe.busy).toEqual([{ gpuIndex: 0, pid: 48213, processName: '/usr/bin/python3', usedMemoryMiB: 10240 }]);
    expect(probe.gpus[0]?.memoryUsedMiB).toBe(10241);
  });

  it('counts a GPU as busy from its memory alone when no process is listed (another PID namespace)', async () => {
    const probe = await probeGpus({ env: machine({ CRUCIBLE_STANDIN_BUSY: 'hidden' }) });
    expect(probe.busy).toEqual([{ gpuIndex: 0, pid: null, processName: null, usedMemoryMiB: 10241 }]);
  });

  it('drops the fields an older driver rejects and still answers the rest', async () => {
    const probe = await probeGpus({ env: machine({ CRUCIBLE_STANDIN_INVALID_FIELDS: 'uuid,driver_version' }) });
    expect(probe.droppedFields).toEqual(['uuid', 'driver_version']);
    expect(probe.problems).toEqual([]);
    // The driver version then comes from `nvidia-smi -q -x`, beside the CUDA version.
    expect(probe.gpus).toEqual([
      { ...A100, index: 0, uuid: null },
      { ...A100, index: 1, uuid: null },
    ]);
  });

  it('still maps a busy process to its GPU by bus id when the uuid field is rejected', async () => {
    const probe = await probeGpus({ env: machine({ CRUCIBLE_STANDIN_INVALID_FIELDS: 'uuid', CRUCIBLE_STANDIN_BUSY: '1' }) });
    expect(probe.busy).toEqual([{ gpuIndex: 0, pid: 48213, processName: '/usr/bin/python3', usedMemoryMiB: 10240 }]);
  });

  it('reads "[N/A]" and "[Not Supported]" as null', async () => {
    const probe = await probeGpus({ env: machine({ CRUCIBLE_STANDIN_NA: 'memory.used', CRUCIBLE_STANDIN_UNSUPPORTED: 'memory.total' }) });
    expect(probe.gpus.map((gpu) => [gpu.memoryUsedMiB, gpu.memoryTotalMiB])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(probe.busy).toEqual([]);
  });
});

describe('probeGpus with CUDA_VISIBLE_DEVICES', () => {
  const GPU0 = 'GPU-4e6f8a1c-2b3d-4f5e-8a7b-9c0d1e2f3a4b';
  const GPU1 = 'GPU-a7b9c1d3-e5f7-4a9b-8c1d-3e5f7a9b1c2d';

  it.each([
    ['1', [1]],
    ['0,1', [0, 1]],
    [' 1 , 0 ', [0, 1]],
    [GPU1, [1]],
    ['GPU-a7b9', [1]],
    [`${GPU0},1`, [0, 1]],
    // CUDA reads up to the first -1.
    ['1,-1,0', [1]],
  ])('%j leaves the job the GPUs %j, with their nvidia-smi indexes', async (value, indexes) => {
    const probe = await probeGpus({ env: machine({ CUDA_VISIBLE_DEVICES: value }) });
    expect(probe.problems).toEqual([]);
    expect(probe.gpus.map((gpu) => [gpu.index, gpu.uuid])).toEqual(indexes.map((index) => [index, index === 0 ? GPU0 : GPU1]));
    expect(probe.hiddenByCudaVisibleDevices).toBe(2 - indexes.length);
    expect(probe).toMatchObject({ vendor: 'nvidia', tool: 'nvidia-smi' });
  });

  it.each(['', '-1', 'none'])('%j hides every GPU, without asking rocm-smi, and explainMissingGpus names it', async (value) => {
    const probe = await probeGpus({ env: machine({ CUDA_VISIBLE_DEVICES: value }) });
    expect(probe).toMatchObject({ vendor: null, tool: null, gpus: [], busy: [], problems: [], hiddenByCudaVisibleDevices: 2 });
    expect(explainMissingGpus(probe, { CUDA_VISIBLE_DEVICES: value }, { exists: () => false, list: () => [] })).toContain(
      `CUDA_VISIBLE_DEVICES=${JSON.stringify(value)} hides every GPU from CUDA programs`,
    );
  });

  it.each([
    ['MIG-5c89a2b1-1d2e-5f3a-9b4c-6d7e8f9a0b1c', 'is a MIG instance'],
    ['0,MIG-5c89a2b1-1d2e-5f3a-9b4c-6d7e8f9a0b1c', 'is a MIG instance'],
    ['3', 'there is no GPU 3 (nvidia-smi lists 0, 1)'],
    ['GPU-ffff', 'no GPU has the UUID GPU-ffff'],
    ['GPU-', 'starts the UUIDs of 2 GPUs'],
    ['gpu0', 'is neither a GPU index nor a GPU UUID'],
  ])('%j cannot be mapped: every GPU stays, and the problem says why', async (value, reason) => {
    const probe = await probeGpus({ env: machine({ CUDA_VISIBLE_DEVICES: value, CRUCIBLE_STANDIN_BUSY: '1' }) });
    expect(probe.gpus.map((gpu) => gpu.index)).toEqual([0, 1]);
    expect(probe.hiddenByCudaVisibleDevices).toBe(0);
    expect(probe.busy.map((entry) => entry.gpuIndex)).toEqual([0]);
    expect(probe.problems).toHaveLength(1);
    expect(probe.problems[0]).toMatch(new RegExp(`^CUDA_VISIBLE_DEVICES=${JSON.stringify(value)} could not be mapped to the GPUs nvidia-smi lists: `));
    expect(probe.problems[0]).toContain(reason);
    expect(probe.problems[0]).toContain('cover all 2 GPU(s) on this machine');
  });

  it('maps an index only where CUDA numbers GPUs as nvidia-smi does (one model, or CUDA_DEVICE_ORDER=PCI_BUS_ID)', async () => {
    const mixed = { CRUCIBLE_STANDIN_MODELS: 'NVIDIA GeForce RTX 3060,NVIDIA GeForce RTX 4090', CUDA_VISIBLE_DEVICES: '1' };
    const guessed = await probeGpus({ env: machine(mixed) });
    expect(guessed.gpus.map((gpu) => gpu.name)).toEqual(['NVIDIA GeForce RTX 3060', 'NVIDIA GeForce RTX 4090']);
    expect(guessed.problems[0]).toContain("counts in CUDA's fastest-first order");
    expect(guessed.problems[0]).toContain('set CUDA_DEVICE_ORDER=PCI_BUS_ID or list GPU UUIDs');

    const ordered = await probeGpus({ env: machine({ ...mixed, CUDA_DEVICE_ORDER: 'PCI_BUS_ID' }) });
    expect(ordered).toMatchObject({ problems: [], hiddenByCudaVisibleDevices: 1 });
    expect(ordered.gpus.map((gpu) => [gpu.index, gpu.name])).toEqual([[1, 'NVIDIA GeForce RTX 4090']]);

    const byUuid = await probeGpus({ env: machine({ ...mixed, CUDA_VISIBLE_DEVICES: GPU1 }) });
    expect(byUuid.gpus.map((gpu) => gpu.index)).toEqual([1]);
    expect(byUuid.problems).toEqual([]);
  });

  it('does not report a process on a GPU the job cannot see', async () => {
    const probe = await probeGpus({ env: machine({ CUDA_VISIBLE_DEVICES: '1', CRUCIBLE_STANDIN_BUSY: '1' }) });
    expect(probe.busy).toEqual([]);
    expect(probe.problems).toEqual([]);
    expect(probe.gpus.map((gpu) => gpu.index)).toEqual([1]);
  });

  it('does not count a hidden GPU as busy from its memory either', async () => {
    const probe = await probeGpus({ env: machine({ CUDA_VISIBLE_DEVICES: GPU1, CRUCIBLE_STANDIN_BUSY: 'hidden' }) });
    expect(probe.busy).toEqual([]);
  });

  it('still reports a process on the GPU the job uses', async () => {
    const probe = await probeGpus({ env: machine({ CUDA_VISIBLE_DEVICES: '0', CRUCIBLE_STANDIN_BUSY: '1' }) });
    expect(probe.busy).toEqual([{ gpuIndex: 0, pid: 48213, processName: '/usr/bin/python3', usedMemoryMiB: 10240 }]);
  });

  it('leaves NVIDIA_VISIBLE_DEVICES to the container runtime', async () => {
    const probe = await probeGpus({ env: machine({ NVIDIA_VISIBLE_DEVICES: '1' }) });
    expect(probe.gpus.map((gpu) => gpu.index)).toEqual([0, 1]);
    expect(probe.problems).toEqual([]);
  });
});

describe('probeGpus with rocm-smi', () => {
  it('falls back to rocm-smi when there is no NVIDIA GPU and converts bytes to MiB', async () => {
    const probe = await probeGpus({ env: machine({ CRUCIBLE_STANDIN_VENDOR: 'amd' }) });
    expect(probe).toMatchObject({ vendor: 'amd', tool: 'rocm-smi', busy: [] });
    expect(probe.problems).toEqual([
      "nvidia-smi: NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.",
    ]);
    expect(probe.gpus.map(({ memoryUsedMiB: _used, ...gpu }) => gpu)).toEqual(
      [0, 1].map((index) => ({
        vendor: 'amd',
        index,
        name: 'AMD Instinct MI210',
        uuid: null,
        memoryTotalMiB: 65520,
        driverVersion: '6.3.6',
        cudaVersion: null,
      })),
    );
    for (const gpu of probe.gpus) expect(gpu.memoryUsedMiB).toBeGreaterThan(0);
  });

  it('counts an AMD GPU as busy from its memory', async () => {
    const probe = await probeGpus({ env: machine({ CRUCIBLE_STANDIN_VENDOR: 'amd', CRUCIBLE_STANDIN_BUSY: '1' }) });
    expect(probe.busy).toHaveLength(1);
    expect(probe.busy[0]).toMatchObject({ gpuIndex: 0, pid: null, processName: null });
    expect(probe.busy[0]?.usedMemoryMiB).toBeGreaterThan(10240);
  });
});

describe('parseNvidiaCsv', () => {
  it('reads columns by the header names, whatever their order, with units stripped', () => {
    const rows = parseNvidiaCsv('memory.total [MiB], index, name\n81920, 0, NVIDIA A100-SXM4-80GB\n[N/A], 1, Tesla T4\n', ['index', 'name', 'memory.total']);
    expect(rows).toEqual([
      { 'memory.total': '81920', index: '0', name: 'NVIDIA A100-SXM4-80GB' },
      { 'memory.total': null, index: '1', name: 'Tesla T4' },
    ]);
  });

  it('keeps a ", " inside the last column', () => {
    expect(parseNvidiaCsv('pid, process_name\n12, python train.py --tags a, b\n', ['pid', 'process_name'])).toEqual([
      { pid: '12', process_name: 'python train.py --tags a, b' },
    ]);
  });
});

describe('freeDiskBytes', () => {
  it('tells the free space of the file system that holds a folder', async () => {
    const free = await freeDiskBytes(scratch);
    expect(Number.isSafeInteger(free)).toBe(true);
    expect(free).toBeGreaterThan(0);
  });

  it('rejects for a path that does not exist', async () => {
    await expect(freeDiskBytes(join(scratch, 'missing'))).rejects.toThrow(/ENOENT/);
  });
});

describe('explainMissingGpus', () => {
  function files(paths: string[]): DeviceFiles {
    return {
      exists: (path) => paths.includes(path),
      list: (folder) => paths.filter((path) => path.startsWith(`${folder}/`)).map((path) => path.slice(folder.length + 1)),
    };
  }
  const none = (...problems: string[]): GpuProbe => ({ vendor: null, tool: null, gpus: [], busy: [], problems, droppedFields: [] });
  const notInstalled = none('nvidia-smi: not found on PATH', 'rocm-smi: not found on PATH');

  it('on a machine without a driver, says so and ends with the runner label', () => {
    const text = explainMissingGpus(notInstalled, { PATH: '/usr/bin' }, files([]));
    const lines = text.split('\n');
    expect(lines[0]).toBe('No GPU is visible to this job. Likely causes, most likely first:');
    expect(lines[1]).toMatch(/^- nvidia-smi is not on PATH and \/dev\/nvidia0 does not exist: no NVIDIA driver is loaded/);
    expect(lines[2]).toContain('`runs-on: [self-hosted, linux, gpu]`');
    expect(lines[2]).toContain("scale set's name");
    expect(lines[3]).toBe('What the tools said: nvidia-smi: not found on PATH; rocm-smi: not found on PATH.');
  });

  it.each(['/.dockerenv', '/run/.containerenv'])('in a container (%s) without /dev/nvidia*, asks for --gpus all', (marker) => {
    const text = explainMissingGpus(notInstalled, {}, files([marker, '/dev/null']));
    expect(text).toContain(`This job runs in a container (${marker} exists) that has no /dev/nvidia* device`);
    expect(text).toContain('--gpus all');
    expect(text).not.toContain('no NVIDIA driver is loaded');
  });

  it('when the driver is loaded but nvidia-smi is not on PATH, says which', () => {
    const text = explainMissingGpus(notInstalled, { PATH: '/usr/local/bin:/usr/bin' }, files(['/dev/nvidia0', '/dev/nvidiactl', '/.dockerenv']));
    expect(text).toContain('/dev/nvidia0 exists, so the driver is loaded, but nvidia-smi is not on PATH (/usr/local/bin:/usr/bin)');
    expect(text).toContain('NVIDIA_DRIVER_CAPABILITIES=compute,utility');
    expect(text).not.toContain('started without GPUs');
  });

  it.each(['void', 'none', ''])('names NVIDIA_VISIBLE_DEVICES=%j', (value) => {
    const text = explainMissingGpus(none('nvidia-smi: No devices were found'), { NVIDIA_VISIBLE_DEVICES: value }, files(['/.dockerenv']));
    expect(text).toContain(`NVIDIA_VISIBLE_DEVICES=${JSON.stringify(value)} tells the NVIDIA container runtime to give this container no GPU`);
    expect(text).toContain('nvidia-smi runs but finds no GPU');
  });

  it.each(['', '-1'])('names CUDA_VISIBLE_DEVICES=%j', (value) => {
    const text = explainMissingGpus(notInstalled, { CUDA_VISIBLE_DEVICES: value }, files([]));
    expect(text).toContain(`CUDA_VISIBLE_DEVICES=${JSON.stringify(value)} hides every GPU from CUDA programs`);
  });

  it('leaves a CUDA_VISIBLE_DEVICES that lists GPUs alone', () => {
    expect(explainMissingGpus(notInstalled, { CUDA_VISIBLE_DEVICES: '0,1' }, files([]))).not.toContain('CUDA_VISIBLE_DEVICES');
  });

  it('puts a driver/library mismatch first, with the fix', () => {
    const text = explainMissingGpus(none('nvidia-smi: Failed to initialize NVML: Driver/library version mismatch'), {}, files(['/dev/nvidia0']));
    expect(text.split('\n')[1]).toMatch(/^- The NVIDIA kernel module and the driver library differ in version .* reboot the runner machine/);
  });

  it('names a driver that nvidia-smi cannot reach', () => {
    const probe = none("nvidia-smi: NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.");
    expect(explainMissingGpus(probe, {}, files([]))).toContain('the kernel module is not loaded');
  });

  it('on a GitHub-hosted runner, says it has no GPU', () => {
    const text = explainMissingGpus(notInstalled, { RUNNER_ENVIRONMENT: 'github-hosted' }, files([]));
    expect(text).toContain('This job runs on a GitHub-hosted runner (RUNNER_ENVIRONMENT=github-hosted)');
  });

  it('names an AMD driver without rocm-smi', () => {
    expect(explainMissingGpus(notInstalled, {}, files(['/dev/kfd', '/dev/dri']))).toContain('/dev/kfd exists');
  });

  it('explains a real probe of a machine with no GPU', async () => {
    const probe = await probeGpus({ env: machine({ CRUCIBLE_STANDIN_GPUS: '0' }) });
    const text = explainMissingGpus(probe, {}, files(['/dev/nvidiactl']));
    expect(text).toContain('nvidia-smi runs but finds no GPU');
    expect(text).toContain('What the tools said: nvidia-smi: No devices were found; rocm-smi: Driver not initialized');
  });
});
