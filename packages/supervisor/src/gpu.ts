/**
 * GPU preflight: which GPUs this machine has (nvidia-smi, then rocm-smi), whether another process already holds
 * one, and in words why none is visible when there is none. Nothing here throws for a missing or failing tool: a
 * probe says what it found and what went wrong, and the train action decides what that means for the run.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { statfs } from 'node:fs/promises';
import type { RunEvidence } from '@crucible/core';

export type GpuVendor = 'nvidia' | 'amd';
export type GpuTool = 'nvidia-smi' | 'rocm-smi';

/** One GPU as run@1's `gpus[]` records it, every field filled: null where the tool did not say ("[N/A]"). */
export type ProbedGpu = {
  vendor: GpuVendor;
  index: number;
  name: string;
  uuid: string | null;
  memoryTotalMiB: number | null;
  memoryUsedMiB: number | null;
  driverVersion: string | null;
  cudaVersion: string | null;
};

/**
 * Memory that something other than this job holds on a GPU before the run. `pid` and `processName` are null when
 * the memory is in use but no process is listed, as inside a container whose PID namespace hides the others.
 */
export type BusyGpu = {
  gpuIndex: number;
  pid: number | null;
  processName: string | null;
  usedMemoryMiB: number | null;
};

export type GpuProbe = {
  /** null when no GPU was found. */
  vendor: GpuVendor | null;
  tool: GpuTool | null;
  gpus: ProbedGpu[];
  busy: BusyGpu[];
  /** What failed, one line each, starting with the tool: `nvidia-smi: Failed to initialize NVML: ...`. */
  problems: string[];
  /** Query fields this nvidia-smi rejected as invalid (an older driver); they were left out and read as null. */
  droppedFields: string[];
  /**
   * GPUs nvidia-smi listed that CUDA_VISIBLE_DEVICES hides from this job, left out of `gpus` and `busy`. probeGpus
   * always sets it (0 when nothing is hidden); optional so that a probe written by hand need not.
   */
  hiddenByCudaVisibleDevices?: number;
};

export type ProbeOptions = {
  /** The environment the tools run in; its PATH is where they are looked up. Defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** Per tool invocation; nvidia-smi can take seconds to initialise without persistence mode. Default 20 s. */
  timeoutMs?: number;
};

// ProbedGpu must stay writable as run@1's GpuInfo. Type aliases, not interfaces, so that they fit the loose
// schemas' index signature.
type Assert<T extends true> = T;
type _ProbedGpuIsGpuInfo = Assert<ProbedGpu extends RunEvidence['gpus'][number] ? true : false>;

/** A GPU counts as busy when something else holds more than this share of its memory. */
const BUSY_MEMORY_SHARE = 0.1;
const DEFAULT_TIMEOUT_MS = 20_000;
const GPU_FIELDS = ['index', 'uuid', 'memory.total', 'memory.used', 'driver_version', 'pci.bus_id', 'name'];
// The free-text field goes last: a ", " inside a process name then cannot shift the columns before it.
const APP_FIELDS = ['pid', 'used_gpu_memory', 'gpu_uuid', 'gpu_bus_id', 'process_name'];
const ROCM_PROBE_ARGS = ['--showproductname', '--showmeminfo', 'vram', '--showuse', '--showdriverversion', '--json'];

/**
 * What GPUs this job may use: nvidia-smi first, rocm-smi when nvidia-smi finds none. nvidia-smi lists every GPU on
 * the machine, so the ones CUDA_VISIBLE_DEVICES hides are left out (see cudaVisibleGpus), keeping their
 * nvidia-smi `index`. Every tool is looked up on options.env.PATH and may fail or be missing; the probe then lists
 * the failure in `problems` and goes on.
 */
export async function probeGpus(options: ProbeOptions = {}): Promise<GpuProbe> {
  const env = options.env ?? process.env;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const probe: GpuProbe = { vendor: null, tool: null, gpus: [], busy: [], problems: [], droppedFields: [], hiddenByCudaVisibleDevices: 0 };

  const nvidia = await probeNvidia(env, timeoutMs, probe);
  if (nvidia.length > 0) {
    const visible = cudaVisibleGpus(nvidia.map(({ gpu }) => gpu), env);
    if (visible.problem !== null) probe.problems.push(visible.problem);
    const kept = new Set(visible.gpus.map((gpu) => gpu.index));
    probe.hiddenByCudaVisibleDevices = nvidia.length - kept.size;
    // Hidden GPUs are still on the machine: rocm-smi is not asked, and `vendor` stays null only when all are hidden.
    if (kept.size > 0) {
      probe.vendor = 'nvidia';
      probe.tool = 'nvidia-smi';
      probe.gpus = visible.gpus;
      // Processes are matched against every GPU, so that one on a hidden GPU is not reported as on an unknown one.
      await findNvidiaProcesses(env, timeoutMs, probe, nvidia);
      probe.busy = probe.busy.filter((entry) => kept.has(entry.gpuIndex));
    }
  } else {
    const amd = await probeAmd(env, timeoutMs, probe);
    if (amd.length > 0) {
      probe.vendor = 'amd';
      probe.tool = 'rocm-smi';
      probe.gpus = amd;
    }
  }
  // A process this job cannot see (another container, another PID namespace) still shows in memory.used.
  for (const gpu of probe.gpus) {
    const listed = probe.busy.some((entry) => entry.gpuIndex === gpu.index);
    const { memoryUsedMiB: used, memoryTotalMiB: total } = gpu;
    if (!listed && used !== null && total !== null && total > 0 && used > BUSY_MEMORY_SHARE * total) {
      probe.busy.push({ gpuIndex: gpu.index, pid: null, processName: null, usedMemoryMiB: used });
    }
  }
  probe.busy.sort((a, b) => a.gpuIndex - b.gpuIndex);
  return probe;
}

type NvidiaGpu = { gpu: ProbedGpu; busId: string | null };

/**
 * The GPUs among nvidia-smi's that CUDA_VISIBLE_DEVICES lets CUDA programs see, the way CUDA reads it: entries
 * separated by commas, read up to the first "-1" (or "none", "void", an empty entry), so that "" and "-1" hide every
 * GPU. An entry is an index, a GPU UUID ("GPU-4e6f8a1c-..."), or a unique prefix of one. Indexes count in CUDA's
 * order, which is nvidia-smi's PCI bus order only with CUDA_DEVICE_ORDER=PCI_BUS_ID or when all GPUs are the same
 * model (the default, fastest first, puts a faster model first). When an entry cannot be mapped (a MIG instance, no
 * such GPU, an index in an unknown order), every GPU is kept and `problem` says why: a wrong guess would check and
 * watch GPUs the job does not use.
 */
function cudaVisibleGpus(gpus: ProbedGpu[], env: NodeJS.ProcessEnv): { gpus: ProbedGpu[]; problem: string | null } {
  const value = env['CUDA_VISIBLE_DEVICES'];
  if (value === undefined) return { gpus, problem: null };
  const all = value.split(',').map((entry) => entry.trim());
  const end = all.findIndex((entry) => ['', '-1', 'none', 'void'].includes(entry.toLowerCase()));
  const entries = end < 0 ? all : all.slice(0, end);
  const pciOrder = env['CUDA_DEVICE_ORDER'] === 'PCI_BUS_ID' || new Set(gpus.map((gpu) => gpu.name)).size <= 1;
  const kept = new Set<number>();
  for (const entry of entries) {
    let reason: string | null = null;
    if (/^MIG-/i.test(entry)) {
      reason = `"${entry}" is a MIG instance, and nvidia-smi --query-gpu lists whole GPUs only`;
    } else if (/^\d+$/.test(entry)) {
      const found = gpus.find((gpu) => gpu.index === Number(entry));
      if (found === undefined) reason = `there is no GPU ${entry} (nvidia-smi lists ${gpus.map((gpu) => gpu.index).join(', ')})`;
      else if (!pciOrder) {
        reason =
          `"${entry}" counts in CUDA's fastest-first order, which need not be nvidia-smi's on a machine with different GPU models ` +
          `(${[...new Set(gpus.map((gpu) => gpu.name))].join(', ')}); set CUDA_DEVICE_ORDER=PCI_BUS_ID or list GPU UUIDs (nvidia-smi -L)`;
      } else kept.add(found.index);
    } else if (/^GPU-/i.test(entry)) {
      const found = gpus.filter((gpu) => gpu.uuid !== null && gpu.uuid.toLowerCase().startsWith(entry.toLowerCase()));
      if (found.length === 1) kept.add((found[0] as ProbedGpu).index);
      else if (found.length === 0) reason = `no GPU has the UUID ${entry}${gpus.some((gpu) => gpu.uuid === null) ? ' (this nvidia-smi did not tell the UUIDs)' : ''}`;
      else reason = `"${entry}" starts the UUIDs of ${found.length} GPUs`;
    } else {
      reason = `"${entry}" is neither a GPU index nor a GPU UUID`;
    }
    if (reason !== null) {
      return {
        gpus,
        problem:
          `CUDA_VISIBLE_DEVICES=${JSON.stringify(value)} could not be mapped to the GPUs nvidia-smi lists: ${reason}. ` +
          `The GPU checks and telemetry cover all ${gpus.length} GPU(s) on this machine; list whole GPUs by index or UUID to limit them to the job's.`,
      };
    }
  }
  return { gpus: gpus.filter((gpu) => kept.has(gpu.index)), problem: null };
}

async function probeNvidia(env: NodeJS.ProcessEnv, timeoutMs: number, probe: GpuProbe): Promise<NvidiaGpu[]> {
  const query = await queryNvidiaSmi('gpu', GPU_FIELDS, { env, timeoutMs });
  probe.droppedFields.push(...query.dropped);
  if (!query.ok) {
    probe.problems.push(query.problem);
    return [];
  }
  if (query.rows.length === 0) {
    probe.problems.push('nvidia-smi: listed no GPU');
    return [];
  }
  const versions = await nvidiaVersions(env, timeoutMs, probe);
  return query.rows.map((row, position) => ({
    gpu: {
      vendor: 'nvidia',
      index: integerOf(row['index']) ?? position,
      name: row['name'] ?? 'unknown',
      uuid: row['uuid'] ?? null,
      memoryTotalMiB: numberOf(row['memory.total']),
      memoryUsedMiB: numberOf(row['memory.used']),
      driverVersion: row['driver_version'] ?? versions.driver,
      cudaVersion: versions.cuda,
    },
    busId: row['pci.bus_id'] ?? null,
  }));
}

/** The CUDA version the driver supports, which only the full report prints: the XML one, else the text one. */
async function nvidiaVersions(env: NodeJS.ProcessEnv, timeoutMs: number, probe: GpuProbe) {
  const xml = await runTool('nvidia-smi', ['-q', '-x'], env, timeoutMs);
  if (xml.code === 0) {
    const cuda = valueOf(/<cuda_version>\s*([^<]*?)\s*<\/cuda_version>/.exec(xml.stdout)?.[1]);
    const driver = valueOf(/<driver_version>\s*([^<]*?)\s*<\/driver_version>/.exec(xml.stdout)?.[1]);
    if (cuda !== null) return { cuda, driver };
  }
  const text = await runTool('nvidia-smi', ['-q'], env, timeoutMs);
  if (text.code === 0) {
    return {
      cuda: valueOf(/^\s*CUDA Version\s*:\s*(.*?)\s*$/m.exec(text.stdout)?.[1]),
      driver: valueOf(/^\s*Driver Version\s*:\s*(.*?)\s*$/m.exec(text.stdout)?.[1]),
    };
  }
  probe.problems.push(`${describeFailure('nvidia-smi', text)} (while reading the CUDA version with -q)`);
  return { cuda: null, driver: null };
}

/** PCI bus ids as nvidia-smi prints them in different places: "00000000:07:00.0" and "0000:07:00.0". */
function sameBus(a: string | null | undefined, b: string | null | undefined): boolean {
  const normal = (id: string | null | undefined) => (id ?? '').toLowerCase().replace(/^0*(?=[0-9a-f]{1,4}:[0-9a-f]{2}:)/, '');
  return a != null && b != null && normal(a) === normal(b);
}

async function findNvidiaProcesses(env: NodeJS.ProcessEnv, timeoutMs: number, probe: GpuProbe, gpus: NvidiaGpu[]): Promise<void> {
  const query = await queryNvidiaSmi('compute-apps', APP_FIELDS, { env, timeoutMs });
  if (!query.ok) {
    probe.problems.push(`${query.problem} (while listing the processes on the GPUs)`);
    return;
  }
  for (const row of query.rows) {
    const found =
      gpus.find(({ gpu }) => row['gpu_uuid'] != null && gpu.uuid === row['gpu_uuid']) ??
      gpus.find(({ busId }) => sameBus(busId, row['gpu_bus_id']));
    const pid = integerOf(row['pid']);
    if (found === undefined) {
      probe.problems.push(`nvidia-smi: process ${pid ?? '?'} holds memory on a GPU it did not list (${row['gpu_uuid'] ?? row['gpu_bus_id'] ?? 'no id'})`);
      continue;
    }
    probe.busy.push({
      gpuIndex: found.gpu.index,
      pid,
      processName: row['process_name'] ?? null,
      usedMemoryMiB: numberOf(row['used_gpu_memory']),
    });
  }
}

async function probeAmd(env: NodeJS.ProcessEnv, timeoutMs: number, probe: GpuProbe): Promise<ProbedGpu[]> {
  const result = await runTool('rocm-smi', ROCM_PROBE_ARGS, env, timeoutMs);
  const document = result.code === 0 ? parseRocmJson(result.stdout) : null;
  const cards = document === null ? [] : rocmCards(document);
  if (cards.length === 0) {
    probe.problems.push(result.code === 0 && !result.missing ? `rocm-smi: ${firstLine(result) || 'listed no GPU'}` : describeFailure('rocm-smi', result));
    return [];
  }
  const system = document?.['system'];
  const driverVersion = isRecord(system) ? stringField(system, /^driver version$/i) : null;
  return cards.map(({ index, fields }) => ({
    vendor: 'amd',
    index,
    name: stringField(fields, /^card series$/i) ?? stringField(fields, /^device name$/i) ?? stringField(fields, /^card model$/i) ?? 'unknown',
    uuid: stringField(fields, /^unique id$/i),
    memoryTotalMiB: mebibytes(stringField(fields, /^vram total memory \(b\)$/i)),
    memoryUsedMiB: mebibytes(stringField(fields, /^vram total used memory \(b\)$/i)),
    driverVersion,
    cudaVersion: null,
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// nvidia-smi and rocm-smi plumbing, shared with telemetry.ts.

export type ToolResult = {
  /** Exit code; null when the tool did not run to an exit (missing, timed out, killed). */
  code: number | null;
  stdout: string;
  stderr: string;
  /** The tool is not on PATH. */
  missing: boolean;
  timedOut: boolean;
  /** Why it did not run, when it did not. */
  error: string | null;
};

/** Runs a tool found on env.PATH and collects its output; never rejects. */
export function runTool(command: string, args: readonly string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<ToolResult> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { env, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 32 * 1024 * 1024, encoding: 'utf8', windowsHide: true },
      (error, stdout, stderr) => {
        if (error === null) return resolve({ code: 0, stdout, stderr, missing: false, timedOut: false, error: null });
        const failure = error as NodeJS.ErrnoException & { code?: string | number; killed?: boolean; signal?: string | null };
        const missing = failure.code === 'ENOENT';
        const timedOut = failure.killed === true && failure.signal === 'SIGKILL';
        const code = typeof failure.code === 'number' ? failure.code : null;
        resolve({ code, stdout, stderr, missing, timedOut, error: code === null ? failure.message : null });
      },
    );
  });
}

/** `tool: what went wrong`, in one line, from a run that failed. */
export function describeFailure(tool: string, result: ToolResult): string {
  if (result.missing) return `${tool}: not found on PATH`;
  if (result.timedOut) return `${tool}: gave no answer within the time limit and was stopped`;
  const said = firstLine(result);
  if (result.code === null) return `${tool}: could not run (${result.error ?? 'unknown error'})`;
  return `${tool}: ${said || `exited with code ${result.code} and printed nothing`}`;
}

function firstLine(result: Pick<ToolResult, 'stdout' | 'stderr'>): string {
  const line = `${result.stdout}\n${result.stderr}`.split('\n').find((text) => text.trim() !== '') ?? '';
  return line.trim().replace(/^ERROR:root:/, '').slice(0, 300);
}

/** The field nvidia-smi rejected, from its `Field "x" is not a valid field to query.` (stdout on real drivers). */
export function invalidFieldIn(output: string): string | null {
  return /Field "([^"]+)" is not a valid field to query/.exec(output)?.[1] ?? null;
}

export type NvidiaQueryResult =
  | { ok: true; fields: string[]; dropped: string[]; rows: Array<Record<string, string | null>> }
  | { ok: false; fields: string[]; dropped: string[]; problem: string; missing: boolean };

/**
 * `nvidia-smi --query-<kind>=<fields> --format=csv,nounits`, read by the header's field names. A field this driver
 * rejects as invalid is dropped and the query asked again, so that an older driver still answers the rest.
 */
export async function queryNvidiaSmi(
  kind: 'gpu' | 'compute-apps',
  wanted: readonly string[],
  options: { env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<NvidiaQueryResult> {
  const fields = [...wanted];
  const dropped: string[] = [];
  for (;;) {
    const result = await runTool('nvidia-smi', [`--query-${kind}=${fields.join(',')}`, '--format=csv,nounits'], options.env, options.timeoutMs);
    if (result.code === 0) return { ok: true, fields, dropped, rows: parseNvidiaCsv(result.stdout, fields) };
    const invalid = invalidFieldIn(`${result.stdout}\n${result.stderr}`);
    const position = invalid === null ? -1 : fields.indexOf(invalid);
    if (position < 0 || fields.length === 1) {
      return { ok: false, fields, dropped, problem: describeFailure('nvidia-smi', result), missing: result.missing };
    }
    fields.splice(position, 1);
    dropped.push(invalid as string);
  }
}

/**
 * Rows of nvidia-smi's CSV (`a, b [MiB]` header, ", " between values) keyed by field name, "[N/A]" and the like
 * as null. Columns are matched by the header's names, not by position; an unknown header name (an alias) takes
 * the requested name at its position.
 */
export function parseNvidiaCsv(text: string, requested: readonly string[]): Array<Record<string, string | null>> {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = (lines.shift() ?? '').split(',').map((name, i) => {
    const bare = name.trim().replace(/\s*\[[^\]]*\]$/, '');
    return requested.includes(bare) ? bare : (requested[i] ?? bare);
  });
  return lines.map((line) => {
    const cells = line.split(', ');
    // A ", " inside the last field (a process or GPU name) would add cells: they belong to the last column.
    if (cells.length > header.length && header.length > 0) cells.push(cells.splice(header.length - 1).join(', '));
    const row: Record<string, string | null> = {};
    header.forEach((name, i) => (row[name] = valueOf(cells[i])));
    return row;
  });
}

/** A tool's value with "[N/A]", "[Not Supported]", "N/A" and empty as null. */
export function valueOf(text: string | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '' || /^\[.*\]$/.test(trimmed) || /^n\/a$/i.test(trimmed)) return null;
  return trimmed;
}

/** The leading number of a value ("81920", "81920 MiB", "61.37"), else null. */
export function numberOf(text: string | null | undefined): number | null {
  const match = /^-?\d+(?:\.\d+)?/.exec(text?.trim() ?? '');
  return match === null ? null : Number(match[0]);
}

function integerOf(text: string | null | undefined): number | null {
  const value = numberOf(text);
  return value !== null && Number.isInteger(value) ? value : null;
}

function mebibytes(bytes: string | null): number | null {
  const value = numberOf(bytes);
  return value === null ? null : Math.round(value / 1024 / 1024);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** rocm-smi --json's document; some versions print warnings before it. */
export function parseRocmJson(text: string): Record<string, unknown> | null {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end < start) return null;
  try {
    const parsed: unknown = JSON.parse(text.slice(start, end + 1));
    return isRecord(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** The `cardN` entries of a rocm-smi document, by N. */
export function rocmCards(document: Record<string, unknown>): Array<{ index: number; fields: Record<string, unknown> }> {
  return Object.entries(document)
    .flatMap(([key, fields]) => {
      const index = /^card(\d+)$/.exec(key)?.[1];
      return index !== undefined && isRecord(fields) ? [{ index: Number(index), fields }] : [];
    })
    .sort((a, b) => a.index - b.index);
}

/** A rocm-smi value by key pattern (key spellings and case vary across ROCm releases), "N/A" as null. */
export function stringField(fields: Record<string, unknown>, key: RegExp): string | null {
  for (const [name, value] of Object.entries(fields)) {
    if (key.test(name.trim()) && (typeof value === 'string' || typeof value === 'number')) return valueOf(String(value));
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Why no GPU is visible.

/** How explainMissingGpus looks at device files; tests pass a fake machine. */
export type DeviceFiles = {
  exists(path: string): boolean;
  /** The names in a folder, or [] when it cannot be read. */
  list(path: string): string[];
};

export const hostDeviceFiles: DeviceFiles = {
  exists: (path) => existsSync(path),
  list: (path) => {
    try {
      return readdirSync(path);
    } catch {
      return [];
    }
  },
};

/**
 * The likely reasons, most specific first, why a probe found no GPU: a sentence a person can act on for each,
 * then what the tools said. Always ends with the runner label, the cause no machine can detect from inside.
 */
export function explainMissingGpus(probe: GpuProbe, env: NodeJS.ProcessEnv, files: DeviceFiles = hostDeviceFiles): string {
  const said = probe.problems.join('\n');
  const devices = files.list('/dev');
  const nvidiaDevices = devices.filter((name) => /^nvidia\d+$/.test(name));
  const containerMarker = ['/.dockerenv', '/run/.containerenv'].find((path) => files.exists(path)) ?? null;
  const nvidiaSmiMissing = /^nvidia-smi: not found on PATH/m.test(said);
  const rocmSmiMissing = /^rocm-smi: not found on PATH/m.test(said);
  const causes: string[] = [];

  if (/version mismatch/i.test(said)) {
    causes.push(
      'The NVIDIA kernel module and the driver library differ in version ("Driver/library version mismatch"), which ' +
        'happens after a driver upgrade without a reboot: reboot the runner machine, or unload and reload the nvidia kernel modules.',
    );
  }
  const visible = env['NVIDIA_VISIBLE_DEVICES'];
  if (visible !== undefined && ['void', 'none', ''].includes(visible.trim().toLowerCase())) {
    causes.push(
      `NVIDIA_VISIBLE_DEVICES=${JSON.stringify(visible)} tells the NVIDIA container runtime to give this container no GPU: ` +
        'set it to "all" (or the GPU indexes or UUIDs) where the container or the runner pod is defined.',
    );
  }
  if (containerMarker !== null && nvidiaDevices.length === 0) {
    causes.push(
      `This job runs in a container (${containerMarker} exists) that has no /dev/nvidia* device: it was started without GPUs. ` +
        'Start it with `--gpus all` (for a job container: `container: { image: ..., options: --gpus all }`) or with the NVIDIA ' +
        'container runtime and NVIDIA_VISIBLE_DEVICES=all; on Kubernetes, request `nvidia.com/gpu` in the pod template.',
    );
  }
  if (nvidiaSmiMissing && nvidiaDevices.length === 0 && containerMarker === null) {
    causes.push(
      'nvidia-smi is not on PATH and /dev/nvidia0 does not exist: no NVIDIA driver is loaded on this machine (or it has ' +
        'no NVIDIA GPU). Install the NVIDIA driver, which brings nvidia-smi, or run the job on a GPU machine.',
    );
  }
  if (nvidiaSmiMissing && nvidiaDevices.length > 0) {
    causes.push(
      `/dev/${nvidiaDevices[0]} exists, so the driver is loaded, but nvidia-smi is not on PATH (${env['PATH'] ?? 'PATH is not set'}): ` +
        'install the driver utilities or add their folder to the runner\'s PATH' +
        (containerMarker !== null ? '; in a container, set NVIDIA_DRIVER_CAPABILITIES=compute,utility so that the runtime mounts nvidia-smi.' : '.'),
    );
  }
  if (/couldn't communicate with the NVIDIA driver/i.test(said)) {
    causes.push(
      'nvidia-smi is installed but cannot reach the NVIDIA driver: the kernel module is not loaded, often after a kernel ' +
        'upgrade without a matching driver build (check `lsmod | grep nvidia` and `dmesg`).',
    );
  }
  if (/No devices were found/i.test(said)) {
    causes.push(
      'nvidia-smi runs but finds no GPU: the driver sees no device (check `lspci | grep -i nvidia`), or this container or ' +
        'cgroup was given none.',
    );
  }
  if (rocmSmiMissing && devices.includes('kfd')) {
    causes.push('/dev/kfd exists, so an AMD GPU driver is loaded, but rocm-smi is not on PATH: install rocm-smi or add it to PATH.');
  }
  const cuda = env['CUDA_VISIBLE_DEVICES'];
  // CUDA reads the list up to the first "-1" (or other invalid entry): one at the start hides every GPU.
  if (cuda !== undefined && ['', '-1', 'none', 'void'].includes((cuda.split(',')[0] ?? '').trim().toLowerCase())) {
    causes.push(
      `CUDA_VISIBLE_DEVICES=${JSON.stringify(cuda)} hides every GPU from CUDA programs: unset it, or list the GPUs the job may use (like 0,1).`,
    );
  }
  const hosted = env['RUNNER_ENVIRONMENT'] === 'github-hosted';
  causes.push(
    (hosted
      ? 'This job runs on a GitHub-hosted runner (RUNNER_ENVIRONMENT=github-hosted), which has no GPU unless it is a GPU larger runner. '
      : 'The job may have landed on a runner without GPUs. ') +
      '`runs-on` must name labels that only GPU machines carry, like `runs-on: [self-hosted, linux, gpu]`; with ' +
      'actions-runner-controller it is the scale set\'s name, and the GPUs come from that scale set\'s pod template ' +
      '(`nvidia.com/gpu` limits, nodeSelector, tolerations).',
  );

  const lines = ['No GPU is visible to this job. Likely causes, most likely first:', ...causes.map((cause) => `- ${cause}`)];
  if (probe.problems.length > 0) lines.push(`What the tools said: ${probe.problems.join('; ')}.`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Disk space.

/** Bytes free for an unprivileged user on the file system that holds `path`. */
export async function freeDiskBytes(path: string): Promise<number> {
  const stats = await statfs(path);
  return Number(stats.bavail) * Number(stats.bsize);
}
