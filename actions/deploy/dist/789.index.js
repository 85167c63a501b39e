export const id = 789;
export const ids = [789];
export const modules = {

/***/ 92789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GV: () => (/* reexport */ digest_digestPath),
  E9: () => (/* reexport */ parseDuration),
  $K: () => (/* reexport */ shellArgv),
  zD: () => (/* reexport */ process_supervise)
});

// UNUSED EXPORTS: ACTION_INPUT_NAMES, DEFAULT_MASTER_PORT, PreflightError, ProgressCollapser, TRACKING_VARIABLE, batchScript, cancelSlurmJob, commandText, exitCodeOf, expandHostList, explainMissingGpus, explainRejection, fileSha256, formatSeconds, freeDiskBytes, gpusIn, gpusRequested, isFinishedState, isSecretName, jobOutcome, launcherPrefix, parseSbatchJobId, parseScontrolJob, parseSize, pathBytes, preflight, preflightSlurm, probeGpus, redactFile, redactText, requestOptions, secretForms, secretValues, shellQuote, signalName, slurmTelemetryPrefix, splitWords, startTelemetry, superviseSlurm, taskArgv, taskCommandLine, train, validateSlurmRequest, withoutRunnerPrivates

;// CONCATENATED MODULE: ../../packages/supervisor/src/collapse.ts
const LF = 0x0a;
const CR = 0x0d;
/** A line longer than this is written out in pieces: a child that never ends a line cannot grow memory. */
const MAX_PENDING = 64 * 1024;
const NEWLINE = Buffer.from('\n');
/**
 * Collapses carriage-return progress bars (tqdm, Keras, pip, curl) to their last state, so a log holds one line
 * per bar instead of thousands, and passes every other byte through unchanged.
 *
 * A line is what ends with "\n"; "\r\n" ends a line too. Within a line, each bare "\r" starts the line over, so
 * only the text after the last one is kept. The unfinished tail of a chunk waits for its end, because a "\r" may
 * still overwrite it; a bar that stays unfinished is shown in its latest state at most every `progressIntervalMs`
 * (the log still shows progress on a long epoch), and at the end.
 *
 * Chunks without "\r" (the common case) are written as slices of the input, without copying or decoding: the
 * collapser costs a byte search per chunk.
 */
class ProgressCollapser {
    pending = [];
    pendingBytes = 0;
    lastProgressAt = 0;
    lastProgressShown;
    sink;
    progressIntervalMs;
    now;
    constructor(sink, progressIntervalMs = 30_000, now = Date.now) {
        this.sink = sink;
        this.progressIntervalMs = progressIntervalMs;
        this.now = now;
    }
    write(chunk) {
        const lastLf = chunk.lastIndexOf(LF);
        if (lastLf === -1) {
            this.hold(chunk);
            return;
        }
        let start = 0;
        if (this.pendingBytes > 0) {
            // Only the line the held bytes begin is joined; the rest of the chunk is not copied.
            const firstLf = chunk.indexOf(LF);
            const line = Buffer.concat([...this.pending, chunk.subarray(0, firstLf)]);
            this.pending = [];
            this.pendingBytes = 0;
            if (line.indexOf(CR) === -1)
                this.sink.write(Buffer.concat([line, NEWLINE]));
            else {
                const state = lastState(line);
                if (!(this.lastProgressShown !== undefined && state.equals(this.lastProgressShown)))
                    this.sink.write(Buffer.concat([state, NEWLINE]));
            }
            this.lastProgressShown = undefined;
            start = firstLf + 1;
        }
        const body = chunk.subarray(start, lastLf + 1);
        if (body.length > 0)
            this.sink.write(body.indexOf(CR) === -1 ? body : collapseLines(body, this.lastProgressShown));
        this.lastProgressShown = undefined;
        const tail = chunk.subarray(lastLf + 1);
        if (tail.length > 0)
            this.hold(tail);
    }
    /** Writes the unfinished last line, collapsed, with a newline. */
    end() {
        if (this.pendingBytes === 0)
            return;
        const line = lastState(Buffer.concat(this.pending));
        this.pending = [];
        this.pendingBytes = 0;
        if (line.length > 0 && !(this.lastProgressShown !== undefined && line.equals(this.lastProgressShown))) {
            this.sink.write(Buffer.concat([line, Buffer.from('\n')]));
        }
    }
    hold(piece) {
        // A piece may share memory with a chunk the stream reuses: keep a copy.
        this.pending.push(Buffer.from(piece));
        this.pendingBytes += piece.length;
        if (this.pendingBytes > MAX_PENDING) {
            const line = lastState(Buffer.concat(this.pending));
            this.pending = [];
            this.pendingBytes = 0;
            this.sink.write(Buffer.concat([line, Buffer.from('\n')]));
            return;
        }
        if (piece.indexOf(CR) === -1 || this.progressIntervalMs <= 0)
            return;
        const at = this.now();
        if (at - this.lastProgressAt < this.progressIntervalMs)
            return;
        // Keep only the latest state of the bar while it runs; show it now and then.
        const joined = Buffer.concat(this.pending);
        const state = lastState(joined);
        const keepFrom = joined.lastIndexOf(CR);
        this.pending = [joined.subarray(keepFrom)];
        this.pendingBytes = this.pending[0]?.length ?? 0;
        if (state.length === 0 || (this.lastProgressShown !== undefined && state.equals(this.lastProgressShown)))
            return;
        this.lastProgressAt = at;
        this.lastProgressShown = state;
        this.sink.write(Buffer.concat([state, Buffer.from('\n')]));
    }
}
/** The text after the last carriage return of one line (without its newline); "\r\n" counts as a newline. */
function lastState(line) {
    let end = line.length;
    while (end > 0 && line[end - 1] === CR)
        end -= 1;
    const start = line.lastIndexOf(CR, end - 1);
    return line.subarray(start + 1, end);
}
/**
 * Collapses every line of a buffer that ends with "\n". A first line whose final state is the one already shown
 * as progress is not written again.
 */
function collapseLines(buffer, alreadyShown) {
    const out = [];
    let start = 0;
    while (start < buffer.length) {
        const lf = buffer.indexOf(LF, start);
        const end = lf === -1 ? buffer.length : lf;
        const line = buffer.subarray(start, end);
        if (line.indexOf(CR) === -1)
            out.push(buffer.subarray(start, end + 1));
        else {
            const state = lastState(line);
            if (!(start === 0 && alreadyShown !== undefined && state.equals(alreadyShown)))
                out.push(state, Buffer.from('\n'));
        }
        start = end + 1;
    }
    return out.length === 1 ? out[0] : Buffer.concat(out);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(29179);
;// CONCATENATED MODULE: ../../packages/supervisor/src/digest.ts





/** Files in one folder digest, at most: a folder of millions of shards is named, not walked forever. */
const MAX_FILES = 100_000;
/**
 * sha256 of a file, or of a folder: the digest of its files' lines `<relative path>\0<sha256>\n` in path order,
 * so the same content under the same names gives the same digest wherever it lies. The path the user named is
 * followed if it is a link (DVC checks data out as links); links inside a folder are recorded by their target
 * text, not followed, so a link cannot pull a file from outside the folder in, yet pointing it elsewhere changes
 * the digest. `label` is the path as the user wrote it, kept in the evidence.
 */
async function digest_digestPath(path, label, what) {
    let info;
    try {
        info = await (0,promises_.stat)(path);
    }
    catch {
        throw new errors/* InputError */.dz(`${what}: "${label}" does not exist (resolved to ${path}). Fix the path, or drop the line.`);
    }
    if (info.isFile())
        return { path: label, sha256: await fileSha256(path), bytes: info.size, files: 1 };
    if (!info.isDirectory())
        throw new errors/* InputError */.dz(`${what}: "${label}" is neither a file nor a folder.`);
    const files = await listFiles(path, label, what);
    const folderHash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    for (const file of files) {
        const fileInfo = await (0,promises_.lstat)(file);
        const name = (0,external_node_path_.relative)(path, file).split(external_node_path_.sep).join('/');
        const digest = fileInfo.isSymbolicLink() ? (0,external_node_crypto_.createHash)('sha256').update(`link:${await (0,promises_.readlink)(file)}`).digest('hex') : await fileSha256(file);
        bytes += fileInfo.isSymbolicLink() ? 0 : fileInfo.size;
        folderHash.update(`${name}\0${digest}\n`);
    }
    return { path: label, sha256: folderHash.digest('hex'), bytes, files: files.length };
}
function fileSha256(path) {
    return new Promise((resolve, reject) => {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 })
            .on('data', (chunk) => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}
async function listFiles(root, label, what) {
    const found = [];
    const walk = async (folder) => {
        const entries = await (0,promises_.readdir)(folder, { withFileTypes: true });
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const full = (0,external_node_path_.join)(folder, entry.name);
            if (entry.isDirectory())
                await walk(full);
            else if (entry.isFile() || entry.isSymbolicLink()) {
                found.push(full);
                if (found.length > MAX_FILES)
                    throw new errors/* InputError */.dz(`${what}: "${label}" holds more than ${MAX_FILES} files; point at the files that matter, or at an archive of them.`);
            }
        }
    };
    await walk(root);
    return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/** Bytes under a path (a file's size, or a folder's files added up), without following links; 0 when absent. */
async function pathBytes(path) {
    let info;
    try {
        info = await lstat(path);
    }
    catch {
        return 0;
    }
    if (!info.isDirectory())
        return info.isFile() ? info.size : 0;
    let total = 0;
    for (const entry of await readdir(path, { withFileTypes: true }))
        total += await pathBytes(join(path, entry.name));
    return total;
}

;// CONCATENATED MODULE: ../../packages/supervisor/src/duration.ts

const UNITS = { d: 86_400, h: 3_600, m: 60, s: 1, ms: 0.001 };
/**
 * Seconds from a time budget as people write it: a bare number of seconds ("3600", "90.5"), or a duration of
 * units d, h, m, s and ms in decreasing order ("5h30m", "1h 30m", "45m", "1.5h", "2d"). `what` names the input in
 * the error.
 */
function parseDuration(text, what) {
    const trimmed = text.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return positive(Number(trimmed), text, what);
    const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)\s*(ms|d|h|m|s)\s*/gy)];
    const consumed = parts.reduce((sum, part) => sum + part[0].length, 0);
    const order = parts.map((part) => Object.keys(UNITS).indexOf(part[2]));
    const ordered = order.every((index, i) => i === 0 || index > order[i - 1]);
    if (parts.length === 0 || consumed !== trimmed.length || !ordered) {
        throw new errors/* InputError */.dz(`${what}: "${text}" is not a duration. Write seconds ("3600") or units in decreasing order: d, h, m, s, ms ("5h30m", "45m", "1.5h").`);
    }
    return positive(parts.reduce((sum, part) => sum + Number(part[1]) * UNITS[part[2]], 0), text, what);
}
function positive(seconds, text, what) {
    if (!(seconds > 0) || !Number.isFinite(seconds))
        throw new errors/* InputError */.dz(`${what}: "${text}" must be more than zero seconds.`);
    return seconds;
}
/** "5h30m", "12m 5s", "3.2s": how long something took, for logs. */
function duration_formatSeconds(seconds) {
    if (seconds < 60)
        return `${Number(seconds.toFixed(1))}s`;
    const whole = Math.round(seconds);
    const h = Math.floor(whole / 3600);
    const m = Math.floor((whole % 3600) / 60);
    const s = whole % 60;
    return [h > 0 ? `${h}h` : '', m > 0 ? `${m}m` : '', s > 0 && h === 0 ? `${s}s` : ''].join('') || '0s';
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ../../packages/supervisor/src/gpu.ts
/**
 * GPU preflight: which GPUs this machine has (nvidia-smi, then rocm-smi), whether another process already holds
 * one, and in words why none is visible when there is none. Nothing here throws for a missing or failing tool: a
 * probe says what it found and what went wrong, and the train action decides what that means for the run.
 */



/** A GPU counts as busy when something else holds more than this share of its memory. */
const BUSY_MEMORY_SHARE = 0.1;
const DEFAULT_TIMEOUT_MS = 20_000;
const GPU_FIELDS = (/* unused pure expression or super */ null && (['index', 'uuid', 'memory.total', 'memory.used', 'driver_version', 'pci.bus_id', 'name']));
// The free-text field goes last: a ", " inside a process name then cannot shift the columns before it.
const APP_FIELDS = (/* unused pure expression or super */ null && (['pid', 'used_gpu_memory', 'gpu_uuid', 'gpu_bus_id', 'process_name']));
const ROCM_PROBE_ARGS = (/* unused pure expression or super */ null && (['--showproductname', '--showmeminfo', 'vram', '--showuse', '--showdriverversion', '--json']));
/**
 * What GPUs this job may use: nvidia-smi first, rocm-smi when nvidia-smi finds none. nvidia-smi lists every GPU on
 * the machine, so the ones CUDA_VISIBLE_DEVICES hides are left out (see cudaVisibleGpus), keeping their
 * nvidia-smi `index`. Every tool is looked up on options.env.PATH and may fail or be missing; the probe then lists
 * the failure in `problems` and goes on.
 */
async function gpu_probeGpus(options = {}) {
    const env = options.env ?? process.env;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const probe = { vendor: null, tool: null, gpus: [], busy: [], problems: [], droppedFields: [], hiddenByCudaVisibleDevices: 0 };
    const nvidia = await probeNvidia(env, timeoutMs, probe);
    if (nvidia.length > 0) {
        const visible = cudaVisibleGpus(nvidia.map(({ gpu }) => gpu), env);
        if (visible.problem !== null)
            probe.problems.push(visible.problem);
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
    }
    else {
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
/**
 * The GPUs among nvidia-smi's that CUDA_VISIBLE_DEVICES lets CUDA programs see, the way CUDA reads it: entries
 * separated by commas, read up to the first "-1" (or "none", "void", an empty entry), so that "" and "-1" hide every
 * GPU. An entry is an index, a GPU UUID ("GPU-4e6f8a1c-..."), or a unique prefix of one. Indexes count in CUDA's
 * order, which is nvidia-smi's PCI bus order only with CUDA_DEVICE_ORDER=PCI_BUS_ID or when all GPUs are the same
 * model (the default, fastest first, puts a faster model first). When an entry cannot be mapped (a MIG instance, no
 * such GPU, an index in an unknown order), every GPU is kept and `problem` says why: a wrong guess would check and
 * watch GPUs the job does not use.
 */
function cudaVisibleGpus(gpus, env) {
    const value = env['CUDA_VISIBLE_DEVICES'];
    if (value === undefined)
        return { gpus, problem: null };
    const all = value.split(',').map((entry) => entry.trim());
    const end = all.findIndex((entry) => ['', '-1', 'none', 'void'].includes(entry.toLowerCase()));
    const entries = end < 0 ? all : all.slice(0, end);
    const pciOrder = env['CUDA_DEVICE_ORDER'] === 'PCI_BUS_ID' || new Set(gpus.map((gpu) => gpu.name)).size <= 1;
    const kept = new Set();
    for (const entry of entries) {
        let reason = null;
        if (/^MIG-/i.test(entry)) {
            reason = `"${entry}" is a MIG instance, and nvidia-smi --query-gpu lists whole GPUs only`;
        }
        else if (/^\d+$/.test(entry)) {
            const found = gpus.find((gpu) => gpu.index === Number(entry));
            if (found === undefined)
                reason = `there is no GPU ${entry} (nvidia-smi lists ${gpus.map((gpu) => gpu.index).join(', ')})`;
            else if (!pciOrder) {
                reason =
                    `"${entry}" counts in CUDA's fastest-first order, which need not be nvidia-smi's on a machine with different GPU models ` +
                        `(${[...new Set(gpus.map((gpu) => gpu.name))].join(', ')}); set CUDA_DEVICE_ORDER=PCI_BUS_ID or list GPU UUIDs (nvidia-smi -L)`;
            }
            else
                kept.add(found.index);
        }
        else if (/^GPU-/i.test(entry)) {
            const found = gpus.filter((gpu) => gpu.uuid !== null && gpu.uuid.toLowerCase().startsWith(entry.toLowerCase()));
            if (found.length === 1)
                kept.add(found[0].index);
            else if (found.length === 0)
                reason = `no GPU has the UUID ${entry}${gpus.some((gpu) => gpu.uuid === null) ? ' (this nvidia-smi did not tell the UUIDs)' : ''}`;
            else
                reason = `"${entry}" starts the UUIDs of ${found.length} GPUs`;
        }
        else {
            reason = `"${entry}" is neither a GPU index nor a GPU UUID`;
        }
        if (reason !== null) {
            return {
                gpus,
                problem: `CUDA_VISIBLE_DEVICES=${JSON.stringify(value)} could not be mapped to the GPUs nvidia-smi lists: ${reason}. ` +
                    `The GPU checks and telemetry cover all ${gpus.length} GPU(s) on this machine; list whole GPUs by index or UUID to limit them to the job's.`,
            };
        }
    }
    return { gpus: gpus.filter((gpu) => kept.has(gpu.index)), problem: null };
}
async function probeNvidia(env, timeoutMs, probe) {
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
            memoryTotalMiB: gpu_numberOf(row['memory.total']),
            memoryUsedMiB: gpu_numberOf(row['memory.used']),
            driverVersion: row['driver_version'] ?? versions.driver,
            cudaVersion: versions.cuda,
        },
        busId: row['pci.bus_id'] ?? null,
    }));
}
/** The CUDA version the driver supports, which only the full report prints: the XML one, else the text one. */
async function nvidiaVersions(env, timeoutMs, probe) {
    const xml = await runTool('nvidia-smi', ['-q', '-x'], env, timeoutMs);
    if (xml.code === 0) {
        const cuda = gpu_valueOf(/<cuda_version>\s*([^<]*?)\s*<\/cuda_version>/.exec(xml.stdout)?.[1]);
        const driver = gpu_valueOf(/<driver_version>\s*([^<]*?)\s*<\/driver_version>/.exec(xml.stdout)?.[1]);
        if (cuda !== null)
            return { cuda, driver };
    }
    const text = await runTool('nvidia-smi', ['-q'], env, timeoutMs);
    if (text.code === 0) {
        return {
            cuda: gpu_valueOf(/^\s*CUDA Version\s*:\s*(.*?)\s*$/m.exec(text.stdout)?.[1]),
            driver: gpu_valueOf(/^\s*Driver Version\s*:\s*(.*?)\s*$/m.exec(text.stdout)?.[1]),
        };
    }
    probe.problems.push(`${describeFailure('nvidia-smi', text)} (while reading the CUDA version with -q)`);
    return { cuda: null, driver: null };
}
/** PCI bus ids as nvidia-smi prints them in different places: "00000000:07:00.0" and "0000:07:00.0". */
function sameBus(a, b) {
    const normal = (id) => (id ?? '').toLowerCase().replace(/^0*(?=[0-9a-f]{1,4}:[0-9a-f]{2}:)/, '');
    return a != null && b != null && normal(a) === normal(b);
}
async function findNvidiaProcesses(env, timeoutMs, probe, gpus) {
    const query = await queryNvidiaSmi('compute-apps', APP_FIELDS, { env, timeoutMs });
    if (!query.ok) {
        probe.problems.push(`${query.problem} (while listing the processes on the GPUs)`);
        return;
    }
    for (const row of query.rows) {
        const found = gpus.find(({ gpu }) => row['gpu_uuid'] != null && gpu.uuid === row['gpu_uuid']) ??
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
            usedMemoryMiB: gpu_numberOf(row['used_gpu_memory']),
        });
    }
}
async function probeAmd(env, timeoutMs, probe) {
    const result = await runTool('rocm-smi', ROCM_PROBE_ARGS, env, timeoutMs);
    const document = result.code === 0 ? gpu_parseRocmJson(result.stdout) : null;
    const cards = document === null ? [] : gpu_rocmCards(document);
    if (cards.length === 0) {
        probe.problems.push(result.code === 0 && !result.missing ? `rocm-smi: ${firstLine(result) || 'listed no GPU'}` : describeFailure('rocm-smi', result));
        return [];
    }
    const system = document?.['system'];
    const driverVersion = isRecord(system) ? gpu_stringField(system, /^driver version$/i) : null;
    return cards.map(({ index, fields }) => ({
        vendor: 'amd',
        index,
        name: gpu_stringField(fields, /^card series$/i) ?? gpu_stringField(fields, /^device name$/i) ?? gpu_stringField(fields, /^card model$/i) ?? 'unknown',
        uuid: gpu_stringField(fields, /^unique id$/i),
        memoryTotalMiB: mebibytes(gpu_stringField(fields, /^vram total memory \(b\)$/i)),
        memoryUsedMiB: mebibytes(gpu_stringField(fields, /^vram total used memory \(b\)$/i)),
        driverVersion,
        cudaVersion: null,
    }));
}
/** Runs a tool found on env.PATH and collects its output; never rejects. */
function runTool(command, args, env, timeoutMs) {
    return new Promise((resolve) => {
        execFile(command, args, { env, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 32 * 1024 * 1024, encoding: 'utf8', windowsHide: true }, (error, stdout, stderr) => {
            if (error === null)
                return resolve({ code: 0, stdout, stderr, missing: false, timedOut: false, error: null });
            const failure = error;
            const missing = failure.code === 'ENOENT';
            const timedOut = failure.killed === true && failure.signal === 'SIGKILL';
            const code = typeof failure.code === 'number' ? failure.code : null;
            resolve({ code, stdout, stderr, missing, timedOut, error: code === null ? failure.message : null });
        });
    });
}
/** `tool: what went wrong`, in one line, from a run that failed. */
function describeFailure(tool, result) {
    if (result.missing)
        return `${tool}: not found on PATH`;
    if (result.timedOut)
        return `${tool}: gave no answer within the time limit and was stopped`;
    const said = firstLine(result);
    if (result.code === null)
        return `${tool}: could not run (${result.error ?? 'unknown error'})`;
    return `${tool}: ${said || `exited with code ${result.code} and printed nothing`}`;
}
function firstLine(result) {
    const line = `${result.stdout}\n${result.stderr}`.split('\n').find((text) => text.trim() !== '') ?? '';
    return line.trim().replace(/^ERROR:root:/, '').slice(0, 300);
}
/** The field nvidia-smi rejected, from its `Field "x" is not a valid field to query.` (stdout on real drivers). */
function gpu_invalidFieldIn(output) {
    return /Field "([^"]+)" is not a valid field to query/.exec(output)?.[1] ?? null;
}
/**
 * `nvidia-smi --query-<kind>=<fields> --format=csv,nounits`, read by the header's field names. A field this driver
 * rejects as invalid is dropped and the query asked again, so that an older driver still answers the rest.
 */
async function queryNvidiaSmi(kind, wanted, options) {
    const fields = [...wanted];
    const dropped = [];
    for (;;) {
        const result = await runTool('nvidia-smi', [`--query-${kind}=${fields.join(',')}`, '--format=csv,nounits'], options.env, options.timeoutMs);
        if (result.code === 0)
            return { ok: true, fields, dropped, rows: parseNvidiaCsv(result.stdout, fields) };
        const invalid = gpu_invalidFieldIn(`${result.stdout}\n${result.stderr}`);
        const position = invalid === null ? -1 : fields.indexOf(invalid);
        if (position < 0 || fields.length === 1) {
            return { ok: false, fields, dropped, problem: describeFailure('nvidia-smi', result), missing: result.missing };
        }
        fields.splice(position, 1);
        dropped.push(invalid);
    }
}
/**
 * Rows of nvidia-smi's CSV (`a, b [MiB]` header, ", " between values) keyed by field name, "[N/A]" and the like
 * as null. Columns are matched by the header's names, not by position; an unknown header name (an alias) takes
 * the requested name at its position.
 */
function parseNvidiaCsv(text, requested) {
    const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
    const header = (lines.shift() ?? '').split(',').map((name, i) => {
        const bare = name.trim().replace(/\s*\[[^\]]*\]$/, '');
        return requested.includes(bare) ? bare : (requested[i] ?? bare);
    });
    return lines.map((line) => {
        const cells = line.split(', ');
        // A ", " inside the last field (a process or GPU name) would add cells: they belong to the last column.
        if (cells.length > header.length && header.length > 0)
            cells.push(cells.splice(header.length - 1).join(', '));
        const row = {};
        header.forEach((name, i) => (row[name] = gpu_valueOf(cells[i])));
        return row;
    });
}
/** A tool's value with "[N/A]", "[Not Supported]", "N/A" and empty as null. */
function gpu_valueOf(text) {
    const trimmed = text?.trim() ?? '';
    if (trimmed === '' || /^\[.*\]$/.test(trimmed) || /^n\/a$/i.test(trimmed))
        return null;
    return trimmed;
}
/** The leading number of a value ("81920", "81920 MiB", "61.37"), else null. */
function gpu_numberOf(text) {
    const match = /^-?\d+(?:\.\d+)?/.exec(text?.trim() ?? '');
    return match === null ? null : Number(match[0]);
}
function integerOf(text) {
    const value = gpu_numberOf(text);
    return value !== null && Number.isInteger(value) ? value : null;
}
function mebibytes(bytes) {
    const value = gpu_numberOf(bytes);
    return value === null ? null : Math.round(value / 1024 / 1024);
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** rocm-smi --json's document; some versions print warnings before it. */
function gpu_parseRocmJson(text) {
    const start = text.indexOf('{');
    const end = text.lastIndexOf('}');
    if (start < 0 || end < start)
        return null;
    try {
        const parsed = JSON.parse(text.slice(start, end + 1));
        return isRecord(parsed) ? parsed : null;
    }
    catch {
        return null;
    }
}
/** The `cardN` entries of a rocm-smi document, by N. */
function gpu_rocmCards(document) {
    return Object.entries(document)
        .flatMap(([key, fields]) => {
        const index = /^card(\d+)$/.exec(key)?.[1];
        return index !== undefined && isRecord(fields) ? [{ index: Number(index), fields }] : [];
    })
        .sort((a, b) => a.index - b.index);
}
/** A rocm-smi value by key pattern (key spellings and case vary across ROCm releases), "N/A" as null. */
function gpu_stringField(fields, key) {
    for (const [name, value] of Object.entries(fields)) {
        if (key.test(name.trim()) && (typeof value === 'string' || typeof value === 'number'))
            return gpu_valueOf(String(value));
    }
    return null;
}
const hostDeviceFiles = {
    exists: (path) => (0,external_node_fs_.existsSync)(path),
    list: (path) => {
        try {
            return (0,external_node_fs_.readdirSync)(path);
        }
        catch {
            return [];
        }
    },
};
/**
 * The likely reasons, most specific first, why a probe found no GPU: a sentence a person can act on for each,
 * then what the tools said. Always ends with the runner label, the cause no machine can detect from inside.
 */
function gpu_explainMissingGpus(probe, env, files = hostDeviceFiles) {
    const said = probe.problems.join('\n');
    const devices = files.list('/dev');
    const nvidiaDevices = devices.filter((name) => /^nvidia\d+$/.test(name));
    const containerMarker = ['/.dockerenv', '/run/.containerenv'].find((path) => files.exists(path)) ?? null;
    const nvidiaSmiMissing = /^nvidia-smi: not found on PATH/m.test(said);
    const rocmSmiMissing = /^rocm-smi: not found on PATH/m.test(said);
    const causes = [];
    if (/version mismatch/i.test(said)) {
        causes.push('The NVIDIA kernel module and the driver library differ in version ("Driver/library version mismatch"), which ' +
            'happens after a driver upgrade without a reboot: reboot the runner machine, or unload and reload the nvidia kernel modules.');
    }
    const visible = env['NVIDIA_VISIBLE_DEVICES'];
    if (visible !== undefined && ['void', 'none', ''].includes(visible.trim().toLowerCase())) {
        causes.push(`NVIDIA_VISIBLE_DEVICES=${JSON.stringify(visible)} tells the NVIDIA container runtime to give this container no GPU: ` +
            'set it to "all" (or the GPU indexes or UUIDs) where the container or the runner pod is defined.');
    }
    if (containerMarker !== null && nvidiaDevices.length === 0) {
        causes.push(`This job runs in a container (${containerMarker} exists) that has no /dev/nvidia* device: it was started without GPUs. ` +
            'Start it with `--gpus all` (for a job container: `container: { image: ..., options: --gpus all }`) or with the NVIDIA ' +
            'container runtime and NVIDIA_VISIBLE_DEVICES=all; on Kubernetes, request `nvidia.com/gpu` in the pod template.');
    }
    if (nvidiaSmiMissing && nvidiaDevices.length === 0 && containerMarker === null) {
        causes.push('nvidia-smi is not on PATH and /dev/nvidia0 does not exist: no NVIDIA driver is loaded on this machine (or it has ' +
            'no NVIDIA GPU). Install the NVIDIA driver, which brings nvidia-smi, or run the job on a GPU machine.');
    }
    if (nvidiaSmiMissing && nvidiaDevices.length > 0) {
        causes.push(`/dev/${nvidiaDevices[0]} exists, so the driver is loaded, but nvidia-smi is not on PATH (${env['PATH'] ?? 'PATH is not set'}): ` +
            'install the driver utilities or add their folder to the runner\'s PATH' +
            (containerMarker !== null ? '; in a container, set NVIDIA_DRIVER_CAPABILITIES=compute,utility so that the runtime mounts nvidia-smi.' : '.'));
    }
    if (/couldn't communicate with the NVIDIA driver/i.test(said)) {
        causes.push('nvidia-smi is installed but cannot reach the NVIDIA driver: the kernel module is not loaded, often after a kernel ' +
            'upgrade without a matching driver build (check `lsmod | grep nvidia` and `dmesg`).');
    }
    if (/No devices were found/i.test(said)) {
        causes.push('nvidia-smi runs but finds no GPU: the driver sees no device (check `lspci | grep -i nvidia`), or this container or ' +
            'cgroup was given none.');
    }
    if (rocmSmiMissing && devices.includes('kfd')) {
        causes.push('/dev/kfd exists, so an AMD GPU driver is loaded, but rocm-smi is not on PATH: install rocm-smi or add it to PATH.');
    }
    const cuda = env['CUDA_VISIBLE_DEVICES'];
    // CUDA reads the list up to the first "-1" (or other invalid entry): one at the start hides every GPU.
    if (cuda !== undefined && ['', '-1', 'none', 'void'].includes((cuda.split(',')[0] ?? '').trim().toLowerCase())) {
        causes.push(`CUDA_VISIBLE_DEVICES=${JSON.stringify(cuda)} hides every GPU from CUDA programs: unset it, or list the GPUs the job may use (like 0,1).`);
    }
    const hosted = env['RUNNER_ENVIRONMENT'] === 'github-hosted';
    causes.push((hosted
        ? 'This job runs on a GitHub-hosted runner (RUNNER_ENVIRONMENT=github-hosted), which has no GPU unless it is a GPU larger runner. '
        : 'The job may have landed on a runner without GPUs. ') +
        '`runs-on` must name labels that only GPU machines carry, like `runs-on: [self-hosted, linux, gpu]`; with ' +
        'actions-runner-controller it is the scale set\'s name, and the GPUs come from that scale set\'s pod template ' +
        '(`nvidia.com/gpu` limits, nodeSelector, tolerations).');
    const lines = ['No GPU is visible to this job. Likely causes, most likely first:', ...causes.map((cause) => `- ${cause}`)];
    if (probe.problems.length > 0)
        lines.push(`What the tools said: ${probe.problems.join('; ')}.`);
    return lines.join('\n');
}
// ---------------------------------------------------------------------------------------------------------------
// Disk space.
/** Bytes free for an unprivileged user on the file system that holds `path`. */
async function gpu_freeDiskBytes(path) {
    const stats = await statfs(path);
    return Number(stats.bavail) * Number(stats.bsize);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ../../packages/supervisor/src/tail.ts


/** The most read from the log at once. */
const READ_BYTES = 4 << 20;
/** More than this new since the last look is a flood, read every FLOOD_POLL_MS. */
const FLOOD_BYTES = 256 * 1024;
const FLOOD_POLL_MS = 250;
/**
 * Follows a log file as it is written - a local child's stdout and stderr, or a Slurm job's output file on shared
 * storage - and passes what is new through the progress collapser to the live output, waiting when that output is
 * full. A quiet writer is polled every `pollMs`, so its lines show at once; a flood is read in large, rare blocks
 * (reading a file as it is written slows the writer a little each time). A file that shrinks has started over (a
 * requeued Slurm job writes its output again) and is followed from its new start.
 */
function tail_followLog(path, live, pollMs, progressIntervalMs) {
    const collapser = new ProgressCollapser(live, progressIntervalMs);
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    let offset = 0;
    let stopping = false;
    let wake;
    const readNew = async () => {
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        if (size < offset)
            offset = 0;
        let total = 0;
        // Only what is there is read (a buffer as large as that): an idle poll allocates nothing.
        for (let left = size - offset; left > 0;) {
            const want = Math.min(left, READ_BYTES);
            const buffer = Buffer.allocUnsafe(want);
            const bytesRead = await new Promise((resolve, reject) => (0,external_node_fs_.read)(fd, buffer, 0, want, offset, (error, bytes) => (error ? reject(error) : resolve(bytes))));
            if (bytesRead === 0)
                break;
            offset += bytesRead;
            total += bytesRead;
            left -= bytesRead;
            // The collapser (and the stream behind it) may keep the chunk: each read gets a buffer of its own.
            collapser.write(buffer.subarray(0, bytesRead));
            if (live.writableNeedDrain)
                await new Promise((resolve) => live.once('drain', resolve));
        }
        return total;
    };
    const loop = (async () => {
        while (!stopping) {
            const got = await readNew();
            if (stopping)
                break;
            const wait = got >= FLOOD_BYTES ? Math.max(pollMs, FLOOD_POLL_MS) : pollMs;
            await new Promise((resolve) => {
                const timer = setTimeout(resolve, wait);
                wake = () => {
                    clearTimeout(timer);
                    resolve();
                };
            });
            wake = undefined;
        }
        await readNew();
        collapser.end();
        (0,external_node_fs_.closeSync)(fd);
    })();
    return {
        finish: async () => {
            stopping = true;
            wake?.();
            await loop;
        },
        bytesRead: () => offset,
    };
}

;// CONCATENATED MODULE: ../../packages/supervisor/src/process.ts





/**
 * The variable every process the command starts inherits, whatever group or session it moves to: the supervisor
 * finds them by it once the command ends, as the Actions runner finds orphans by RUNNER_TRACKING_ID. A process
 * meant to outlive the run (a server left for a later step) opts out by being started with it set to 0.
 */
const TRACKING_VARIABLE = 'CRUCIBLE_TRACKING_ID';
const DEFAULT_GRACE_MS = 10_000;
/** The runner kills 2.5 s after its SIGTERM; the group is killed a little before that. */
const DEFAULT_KILL_AFTER_TERM_MS = 2_000;
/** Leftover grandchildren get this long after SIGTERM before SIGKILL once the child itself has ended. */
const LEFTOVER_GRACE_MS = 2_000;
const DEFAULT_POLL_MS = 50;
const MAX_TIMER_MS = 2 ** 31 - 1;
/**
 * Runs a child in its own process group (a new session) and stops the whole group on the time budget, on a
 * forwarded cancellation, and after the child ends (grandchildren do not outlive it). Resolves once the child
 * has ended and its output is written; never rejects for the child's sake (a failed start is `spawnError`).
 *
 * The child's stdout and stderr are the raw log file itself, so a chatty child writes at the speed of a file
 * (no pipe to keep up with: a Python trainer with PYTHONUNBUFFERED=1 writes every line on its own), and the live
 * output is the file read back in large blocks on the other core, through the progress collapser.
 */
async function process_supervise(options) {
    const graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
    const live = options.stdout ?? process.stdout;
    const emit = options.onEvent ?? (() => { });
    const startedAt = new Date();
    const started = performance.now();
    let child;
    const logFd = (0,external_node_fs_.openSync)(options.rawLogPath, 'w');
    // Unique per run; a supervised run inside another keeps the outer run's id too, so both can find what it left.
    const trackingId = `crucible-${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    const outer = options.env[TRACKING_VARIABLE];
    const env = { ...options.env, [TRACKING_VARIABLE]: outer === undefined || outer === '' || outer === '0' ? trackingId : `${outer},${trackingId}` };
    try {
        child = (0,external_node_child_process_.spawn)(options.argv[0], options.argv.slice(1), {
            cwd: options.cwd,
            env,
            detached: true,
            stdio: ['ignore', logFd, logFd],
        });
    }
    catch (error) {
        (0,external_node_fs_.closeSync)(logFd);
        return failedStart(startedAt, error.message);
    }
    // The child holds its own copies of the descriptor.
    (0,external_node_fs_.closeSync)(logFd);
    const group = child.pid;
    let ended = false;
    const signalGroup = (signal) => signalProcessGroup(group, signal);
    const timers = [];
    // setTimeout holds at most 2^31-1 ms (24.8 days); a longer budget is waited for in steps.
    const later = (ms, action) => {
        const step = Math.min(ms, MAX_TIMER_MS);
        timers.push(setTimeout(() => (ms > MAX_TIMER_MS ? later(ms - MAX_TIMER_MS, action) : action()), step));
    };
    let timedOut = false;
    let cancelled = null;
    // Stops: the budget's SIGINT -> grace -> SIGTERM -> grace -> SIGKILL; each step only if the child still runs.
    if (options.timeBudgetMs !== undefined) {
        const budgetMs = options.timeBudgetMs;
        later(budgetMs, () => {
            if (ended)
                return;
            timedOut = true;
            emit({ kind: 'budget', step: 'SIGINT', afterSeconds: budgetMs / 1000 });
            signalGroup('SIGINT');
            later(graceMs, () => {
                if (ended)
                    return;
                emit({ kind: 'budget', step: 'SIGTERM', afterSeconds: (budgetMs + graceMs) / 1000 });
                signalGroup('SIGTERM');
                later(graceMs, () => {
                    if (ended)
                        return;
                    emit({ kind: 'budget', step: 'SIGKILL', afterSeconds: (budgetMs + 2 * graceMs) / 1000 });
                    signalGroup('SIGKILL');
                });
            });
        });
    }
    const handlers = [];
    // Should this process end first (killed, or exiting on an error), the group does not run on unattended.
    const onExit = () => {
        if (!ended)
            signalGroup('SIGKILL');
    };
    process.on('exit', onExit);
    if (options.forwardSignals === true) {
        for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT']) {
            const handler = () => {
                cancelled = signal;
                if (ended)
                    return;
                emit({ kind: 'forwarded', signal });
                signalGroup(signal);
                if (signal === 'SIGTERM') {
                    later(options.killAfterTermMs ?? DEFAULT_KILL_AFTER_TERM_MS, () => {
                        if (ended)
                            return;
                        emit({ kind: 'escalated', signal: 'SIGKILL', reason: options.killAfterTermReason ?? 'the runner kills this step 2.5 s after its SIGTERM' });
                        signalGroup('SIGKILL');
                    });
                }
            };
            process.on(signal, handler);
            handlers.push([signal, handler]);
        }
    }
    const tail = tail_followLog(options.rawLogPath, live, options.pollMs ?? DEFAULT_POLL_MS, options.progressIntervalMs);
    const exit = await new Promise((resolve) => {
        child.once('error', (error) => resolve({ code: null, signal: null, error: error.message }));
        child.once('exit', (code, signal) => resolve({ code, signal, error: null }));
    });
    ended = true;
    const endedAt = new Date();
    const durationSeconds = (performance.now() - started) / 1000;
    // Members killed with the child take a moment to die: look again for a short while before calling them leftovers.
    if (exit.error === null)
        await waitForGroupExit(group, 250);
    // Grandchildren do not outlive the child: what is left of its group gets SIGTERM, then SIGKILL.
    if (exit.error === null && groupAlive(group)) {
        emit({ kind: 'leftovers', signal: 'SIGTERM' });
        signalGroup('SIGTERM');
        await waitForGroupExit(group, Math.min(graceMs, LEFTOVER_GRACE_MS));
        if (groupAlive(group)) {
            emit({ kind: 'leftovers', signal: 'SIGKILL' });
            signalGroup('SIGKILL');
        }
    }
    // A descendant that called setsid (or setpgid) is in no group signalled above: found by the tracking variable,
    // said by pid and command, and stopped as the group's leftovers are.
    if (exit.error === null)
        await stopEscaped(trackingId, group, Math.min(graceMs, LEFTOVER_GRACE_MS), emit);
    await tail.finish();
    for (const timer of timers)
        clearTimeout(timer);
    for (const [signal, handler] of handlers)
        process.off(signal, handler);
    process.off('exit', onExit);
    if (exit.error !== null)
        return { ...failedStart(startedAt, exit.error), endedAt, durationSeconds };
    return { exitCode: exit.code, signal: exit.signal, timedOut, cancelled, startedAt, endedAt, durationSeconds, spawnError: null };
}
function failedStart(startedAt, message) {
    return { exitCode: null, signal: null, timedOut: false, cancelled: null, startedAt, endedAt: new Date(), durationSeconds: 0, spawnError: message };
}
/** Sends `signal` (0: only asks whether any member is alive) to a process group. */
function signalProcessGroup(group, signal) {
    if (group === undefined)
        return false;
    try {
        process.kill(-group, signal);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Whether a process of the group still runs. A killed member stays a zombie until its new parent reaps it, and
 * in a container that parent (PID 1) may never do so: on Linux, zombies are told apart through /proc.
 */
function groupAlive(group) {
    if (!signalProcessGroup(group, 0))
        return false;
    if (process.platform !== 'linux')
        return true;
    try {
        for (const entry of (0,external_node_fs_.readdirSync)('/proc')) {
            if (!/^\d+$/.test(entry))
                continue;
            let stat;
            try {
                stat = (0,external_node_fs_.readFileSync)(`/proc/${entry}/stat`, 'utf8');
            }
            catch {
                continue;
            }
            // pid (comm) state ppid pgrp ...: comm may hold spaces and parentheses, so read after the last ')'.
            const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            if (Number(fields[2]) === group && fields[0] !== 'Z' && fields[0] !== 'X')
                return true;
        }
        return false;
    }
    catch {
        return true;
    }
}
/** The processes /proc shows (Linux), with state and group; empty elsewhere or when /proc cannot be read. */
function listProcesses() {
    if (process.platform !== 'linux')
        return [];
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return [];
    }
    const found = [];
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        try {
            const stat = (0,external_node_fs_.readFileSync)(`/proc/${entry}/stat`, 'utf8');
            // pid (comm) state ppid pgrp ...: comm may hold spaces and parentheses, so read after the last ')'.
            const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            found.push({ pid: Number(entry), state: fields[0] ?? '', pgrp: Number(fields[2]) });
        }
        catch {
            // Gone since the listing.
        }
    }
    return found;
}
/** Whether the process's environment (as it was started) carries this run's tracking id. */
function isTracked(pid, trackingId) {
    let environ;
    try {
        // Another user's process cannot be read, and was not started by this run.
        environ = (0,external_node_fs_.readFileSync)(`/proc/${pid}/environ`, 'latin1');
    }
    catch {
        return false;
    }
    for (const entry of environ.split('\0')) {
        if (entry.startsWith(`${TRACKING_VARIABLE}=`))
            return entry.slice(TRACKING_VARIABLE.length + 1).split(',').includes(trackingId);
    }
    return false;
}
function commandOf(pid) {
    try {
        const words = (0,external_node_fs_.readFileSync)(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter((word) => word !== '');
        // eslint-disable-next-line no-control-regex -- a command line is shown in the log, never its controls
        const text = words.join(' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
        return text.length > 200 ? `${text.slice(0, 199)}…` : text || '?';
    }
    catch {
        return '?';
    }
}
/** Live processes of this run outside its group: what signalling the group cannot reach. */
function escapedProcesses(trackingId, group) {
    return listProcesses()
        .filter((entry) => entry.pid !== process.pid && entry.pgrp !== group && entry.state !== 'Z' && entry.state !== 'X' && isTracked(entry.pid, trackingId))
        .map((entry) => ({ pid: entry.pid, command: commandOf(entry.pid) }));
}
/**
 * Says which processes escaped the group and stops them: SIGTERM, then SIGKILL after `graceMs` for those still
 * running. Each is checked again right before each signal, so a pid the system has since given to another process
 * is never signalled.
 */
async function stopEscaped(trackingId, group, graceMs, emit) {
    const escaped = escapedProcesses(trackingId, group);
    if (escaped.length === 0)
        return;
    emit({ kind: 'escaped', signal: 'SIGTERM', processes: escaped });
    const signal = (signal) => {
        for (const { pid } of escapedProcesses(trackingId, group)) {
            try {
                process.kill(pid, signal);
            }
            catch {
                // Ended meanwhile.
            }
        }
    };
    signal('SIGTERM');
    const deadline = performance.now() + graceMs;
    while (escapedProcesses(trackingId, group).length > 0 && performance.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
    const left = escapedProcesses(trackingId, group);
    if (left.length === 0)
        return;
    emit({ kind: 'escaped', signal: 'SIGKILL', processes: left });
    signal('SIGKILL');
    // SIGKILL cannot be refused, but a loaded machine takes a moment to end the process: wait for it (briefly), so
    // that when the run is reported over, nothing it started is still running.
    const killDeadline = performance.now() + 2000;
    while (escapedProcesses(trackingId, group).length > 0 && performance.now() < killDeadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
}
async function waitForGroupExit(group, ms) {
    const deadline = performance.now() + ms;
    while (groupAlive(group) && performance.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
}
/**
 * The exit code `crucible train` exits with, as ARCHITECTURE.md says: the child's own, 124 when the time budget
 * stopped it, 128+N when signal N killed it (or N cancelled it: 130 after a Ctrl-C), 2 when it could not start.
 */
function exitCodeOf(result) {
    if (result.spawnError !== null)
        return 2;
    if (result.timedOut)
        return 124;
    // Cancelled (Ctrl-C, a cancelled job) is not a success even when the command saved and exited 0.
    if (result.cancelled !== null)
        return 128 + (constants.signals[result.cancelled] ?? 0);
    if (result.exitCode !== null)
        return result.exitCode;
    if (result.signal !== null)
        return 128 + (constants.signals[result.signal] ?? 0);
    return 1;
}

;// CONCATENATED MODULE: ../../packages/supervisor/src/shell.ts



/**
 * The runner's shells for a `run:` step, so `run` behaves as it would there: the script goes into a file and the
 * shell runs the file. Anything else is a template with `{0}` for the file, as `shell:` allows.
 */
const SHELLS = {
    bash: { template: 'bash --noprofile --norc -eo pipefail {0}', extension: '.sh' },
    sh: { template: 'sh -e {0}', extension: '.sh' },
    python: { template: 'python {0}', extension: '.py' },
    pwsh: { template: "pwsh -command . '{0}'", extension: '.ps1' },
};
/** The argv that runs `script` with `shell`, after writing the script to a file in `folder`. */
function shellArgv(script, shell, folder) {
    const known = SHELLS[shell];
    const template = known?.template ?? shell;
    if (!template.includes('{0}')) {
        throw new errors/* InputError */.dz(`shell: "${shell}" is not one of ${Object.keys(SHELLS).join(', ')} and has no {0} for the script file (like "bash -e {0}").`);
    }
    const words = splitWords(template.trim());
    (0,external_node_fs_.mkdirSync)(folder, { recursive: true });
    const file = (0,external_node_path_.join)(folder, `crucible-train-${process.pid}-${Date.now()}${known?.extension ?? ''}`);
    (0,external_node_fs_.writeFileSync)(file, script.endsWith('\n') ? script : `${script}\n`, { mode: 0o700 });
    return words.map((word) => word.replaceAll('{0}', file));
}
/**
 * Splits a `shell:` template into words as the runner does on Linux: on whitespace, with '...' and "..." keeping
 * theirs (`bash -c "source env.sh && exec python {0}"` is three words).
 */
function splitWords(text) {
    const words = [];
    let word = '';
    let quote = null;
    let started = false;
    for (const char of text) {
        if (quote !== null) {
            if (char === quote)
                quote = null;
            else
                word += char;
        }
        else if (char === '"' || char === "'") {
            quote = char;
            started = true;
        }
        else if (/\s/.test(char)) {
            if (started || word !== '')
                words.push(word);
            word = '';
            started = false;
        }
        else
            word += char;
    }
    if (quote !== null)
        throw new errors/* InputError */.dz(`shell: "${text}" has an unclosed ${quote}.`);
    if (started || word !== '')
        words.push(word);
    return words;
}
/** Quotes one argument for a POSIX shell, only when it needs it. */
function shell_shellQuote(word) {
    return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}
/** How a command is shown in logs and evidence. */
function commandText(argv) {
    return argv.map(shell_shellQuote).join(' ');
}
/**
 * Runner variables that belong to the step, not to the training command (least privilege): the action's inputs and
 * state, the runtime token, the cache and results services, the OIDC token request. A Slurm job stores its
 * environment with the job, where the cluster's administrators can read it: these never go there.
 */
const RUNNER_PRIVATE_VARIABLES = /^(INPUT_|STATE_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_|ACTIONS_RESULTS_URL$|ACTIONS_CACHE_URL$|GITHUB_STATE$)/;
/** The environment less the runner's private variables. */
function withoutRunnerPrivates(env) {
    const kept = {};
    for (const [name, value] of Object.entries(env))
        if (!RUNNER_PRIVATE_VARIABLES.test(name))
            kept[name] = value;
    return kept;
}

;// CONCATENATED MODULE: ../../packages/supervisor/src/size.ts

const SIZE_POWERS = { k: 1, m: 2, g: 3, t: 4, p: 5 };
/**
 * Bytes in a size like "16GB", "24GiB", "1.5 TB", "512MiB" or "1073741824" (a bare number is bytes). KB, MB, GB,
 * TB and PB (and K, M, G, T, P) count in 1000s, as vendors label GPUs and disks; KiB, MiB, GiB, TiB and PiB count in
 * 1024s, as nvidia-smi's MiB do. So the size a GPU is sold as passes it: "80GB" (76294 MiB) for an H100 80GB that
 * reports 81559 MiB, "24GB" for an A10G's 23028 MiB, "16GB" for a T4's 15360 MiB, where 1024s would refuse all
 * three. Case and a space before the unit do not matter. Throws InputError naming the text otherwise.
 */
function parseSize(text) {
    const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(?:([kmgtp])(?:(i)b|b)?|b)?\s*$/i.exec(text);
    if (match === null) {
        throw new InputError(`Size ${JSON.stringify(text)} is not a size: write a number with a unit, like 16GB, 24GiB, 512MiB or 1.5TB ` +
            '(KB, MB, GB and TB count in 1000s, KiB, MiB, GiB and TiB in 1024s), or a bare number of bytes.');
    }
    const power = SIZE_POWERS[(match[2] ?? '').toLowerCase()] ?? 0;
    return Math.round(Number(match[1]) * (match[3] === undefined ? 1000 : 1024) ** power);
}

;// CONCATENATED MODULE: ../../packages/supervisor/src/telemetry.ts
/**
 * GPU telemetry beside a training run: one long-lived `nvidia-smi -lms` (or a rocm-smi poll), every sample
 * appended to a CSV, and per-GPU running aggregates that take the same memory after a week as after a minute.
 * A sampler that fails or dies costs the run nothing but telemetry: stop() returns what was gathered, and
 * `problems` says what went wrong, for the caller to log.
 */




/** What the sampler asks nvidia-smi for; a field this driver rejects is dropped and the sampler restarted. */
const NVIDIA_FIELDS = (/* unused pure expression or super */ null && (['timestamp', 'index', 'memory.used', 'memory.total', 'utilization.gpu', 'power.draw', 'temperature.gpu']));
const ROCM_ARGS = (/* unused pure expression or super */ null && (['--showuse', '--showmeminfo', 'vram', '--showpower', '--showtemp', '--json']));
const CSV_HEADER = 'timestamp,gpu_index,memory_used_mib,memory_total_mib,utilization_gpu_percent,power_draw_w,temperature_gpu_c\n';
const STOP_GRACE_MS = 2000;
/** Failed rocm-smi polls in a row after which sampling gives up. */
const ROCM_FAILURE_LIMIT = 3;
/** Running figures for one GPU in constant memory: sums, peaks and a histogram of whole percents for the p95. */
class GpuAggregate {
    index;
    samples = 0;
    memorySum = 0;
    memoryCount = 0;
    memoryPeak = null;
    utilizationSum = 0;
    utilizationCount = 0;
    utilizationHistogram = new Uint32Array(101);
    powerSum = 0;
    powerCount = 0;
    powerPeak = null;
    temperatureMax = null;
    constructor(index) {
        this.index = index;
    }
    add(reading) {
        this.samples += 1;
        if (reading.memoryUsed !== null) {
            this.memorySum += reading.memoryUsed;
            this.memoryCount += 1;
            this.memoryPeak = Math.max(this.memoryPeak ?? reading.memoryUsed, reading.memoryUsed);
        }
        if (reading.utilization !== null) {
            this.utilizationSum += reading.utilization;
            this.utilizationCount += 1;
            const bucket = Math.min(100, Math.max(0, Math.round(reading.utilization)));
            this.utilizationHistogram[bucket] = (this.utilizationHistogram[bucket] ?? 0) + 1;
        }
        if (reading.power !== null) {
            this.powerSum += reading.power;
            this.powerCount += 1;
            this.powerPeak = Math.max(this.powerPeak ?? reading.power, reading.power);
        }
        if (reading.temperature !== null)
            this.temperatureMax = Math.max(this.temperatureMax ?? reading.temperature, reading.temperature);
    }
    summary() {
        return {
            index: this.index,
            samples: this.samples,
            peakMemoryMiB: this.memoryPeak,
            meanMemoryMiB: mean(this.memorySum, this.memoryCount),
            meanUtilizationPercent: mean(this.utilizationSum, this.utilizationCount),
            p95UtilizationPercent: percentile95(this.utilizationHistogram),
            meanPowerW: mean(this.powerSum, this.powerCount),
            peakPowerW: this.powerPeak,
            maxTemperatureC: this.temperatureMax,
        };
    }
}
function mean(sum, count) {
    return count === 0 ? null : round(sum / count, 2);
}
function round(value, digits) {
    const scale = 10 ** digits;
    return Math.round(value * scale) / scale;
}
/** The nearest-rank 95th percentile of whole percents: exact, from the histogram. */
function percentile95(histogram) {
    let total = 0;
    for (const count of histogram)
        total += count;
    if (total === 0)
        return null;
    const rank = Math.ceil(0.95 * total);
    let seen = 0;
    for (let percent = 0; percent < histogram.length; percent++) {
        seen += histogram[percent] ?? 0;
        if (seen >= rank)
            return percent;
    }
    return 100;
}
function meanOf(values) {
    const present = values.filter((value) => value !== null);
    return present.length === 0 ? null : round(present.reduce((sum, value) => sum + value, 0) / present.length, 2);
}
function maxOf(values) {
    const present = values.filter((value) => value !== null);
    return present.length === 0 ? null : Math.max(...present);
}
/** nvidia-smi's local "2024/03/12 10:15:32.123" as ISO 8601 UTC; null when it is not that. */
function isoFromNvidia(text) {
    const match = text === null ? null : /^(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?$/.exec(text);
    if (match === null)
        return null;
    const [, year, month, day, hour, minute, second, millis] = match.map(Number);
    const date = new Date(year, month - 1, day, hour, minute, second, Number.isNaN(millis) ? 0 : millis);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
function csvCell(value) {
    return value === null ? '' : String(value);
}
/** Ends a sampler child and everything it started: it leads its own process group. */
function killGroup(child, signal) {
    if (child.pid === undefined)
        return;
    try {
        process.kill(-child.pid, signal);
    }
    catch {
        // Already gone.
    }
}
function running(child) {
    return child !== null && child.exitCode === null && child.signalCode === null;
}
function telemetry_startTelemetry(options) {
    const env = options.env ?? process.env;
    const intervalMs = Math.max(1, Math.round(options.intervalMs));
    const problems = [];
    const aggregates = new Map();
    const only = options.gpuIndexes === undefined ? null : new Set(options.gpuIndexes);
    const listed = only !== null ? [...only] : Array.from({ length: options.gpuCount }, (_, index) => index);
    for (const index of listed)
        aggregates.set(index, new GpuAggregate(index));
    let firstSampleAt = null;
    let lastSampleAt = null;
    let endedAt = null;
    let stopping = false;
    let csv = null;
    try {
        mkdirSync(dirname(options.csvPath), { recursive: true });
        csv = createWriteStream(options.csvPath, { flags: 'w' });
        csv.on('error', (error) => {
            problems.push(`telemetry CSV ${options.csvPath}: ${error.message}`);
            csv = null;
        });
        csv.write(CSV_HEADER);
    }
    catch (error) {
        problems.push(`telemetry CSV ${options.csvPath}: ${error.message}`);
    }
    function record(all) {
        const readings = only === null ? all : all.filter((reading) => only.has(reading.index));
        if (readings.length === 0)
            return;
        const now = Date.now();
        firstSampleAt ??= now;
        lastSampleAt = now;
        let rows = '';
        for (const reading of readings) {
            let aggregate = aggregates.get(reading.index);
            if (aggregate === undefined) {
                aggregate = new GpuAggregate(reading.index);
                aggregates.set(reading.index, aggregate);
            }
            aggregate.add(reading);
            rows +=
                `${reading.timestamp},${reading.index},${csvCell(reading.memoryUsed)},${csvCell(reading.memoryTotal)},` +
                    `${csvCell(reading.utilization)},${csvCell(reading.power)},${csvCell(reading.temperature)}\n`;
        }
        csv?.write(rows);
    }
    const prefix = options.prefix ?? [];
    // In its own group, so stopping it stops what a prefix started too.
    const spawnTool = (tool, args) => prefix.length === 0
        ? spawn(tool, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
        : spawn(prefix[0], [...prefix.slice(1), tool, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const sampler = only?.size === 0 ? { halt: () => Promise.resolve() } : options.tool === 'nvidia-smi' ? sampleNvidia() : sampleRocm();
    /** One `nvidia-smi --query-gpu=... -lms N`, read line by line by the field names it was asked for. */
    function sampleNvidia() {
        let fields = [...NVIDIA_FIELDS];
        let child = null;
        let closed = Promise.resolve();
        const launch = () => {
            const started = spawnTool('nvidia-smi', [
                `--query-gpu=${fields.join(',')}`,
                '--format=csv,noheader,nounits',
                ...(only === null ? [] : [`--id=${[...only].join(',')}`]),
                '-lms',
                String(intervalMs),
            ]);
            child = started;
            let partial = '';
            let said = '';
            let readingsSeen = 0;
            started.stdout?.setEncoding('utf8');
            started.stderr?.setEncoding('utf8');
            started.stdout?.on('data', (chunk) => {
                const lines = (partial + chunk).split('\n');
                partial = lines.pop() ?? '';
                const readings = [];
                for (const line of lines) {
                    const reading = parseNvidiaLine(line, fields);
                    if (reading !== null)
                        readings.push(reading);
                    else if (line.trim() !== '')
                        said = line.trim().slice(0, 300);
                }
                readingsSeen += readings.length;
                record(readings);
            });
            started.stderr?.on('data', (chunk) => {
                const text = chunk.trim();
                if (text !== '')
                    said = text.split('\n')[0]?.slice(0, 300) ?? said;
            });
            closed = new Promise((resolve) => {
                let failedToStart = false;
                started.on('error', (error) => {
                    failedToStart = true;
                    problems.push(error.code === 'ENOENT' ? 'nvidia-smi: not found on PATH; no GPU telemetry was sampled' : `nvidia-smi: could not start the sampler (${error.message})`);
                    endedAt ??= Date.now();
                    resolve();
                });
                started.on('close', (code, signal) => {
                    if (started !== child || stopping || failedToStart)
                        return resolve();
                    const invalid = invalidFieldIn(said);
                    if (code === 2 && invalid !== null && invalid !== 'index' && fields.includes(invalid) && readingsSeen === 0) {
                        fields = fields.filter((field) => field !== invalid);
                        problems.push(`nvidia-smi: this driver does not know the field "${invalid}"; telemetry goes on without it`);
                        launch();
                        return resolve(closed);
                    }
                    endedAt = Date.now();
                    const how = signal !== null ? `was killed by ${signal}` : `exited with code ${code}`;
                    const samples = Math.max(0, ...[...aggregates.values()].map((aggregate) => aggregate.samples));
                    problems.push(`nvidia-smi: the telemetry sampler ${how} after ${samples} sample(s)${said === '' ? '' : `: ${said}`}; ` +
                        'the run went on, and the summary covers the samples taken before');
                    resolve();
                });
            });
        };
        launch();
        return {
            async halt() {
                const current = child;
                if (running(current)) {
                    killGroup(current, 'SIGTERM');
                    const exited = await Promise.race([closed.then(() => true), telemetry_delay(STOP_GRACE_MS).then(() => false)]);
                    if (!exited) {
                        killGroup(current, 'SIGKILL');
                        await Promise.race([closed, telemetry_delay(STOP_GRACE_MS)]);
                    }
                }
            },
        };
    }
    /** rocm-smi has no loop option: one short-lived process per sample, never two at a time. */
    function sampleRocm() {
        const start = Date.now();
        let round = 0;
        let failures = 0;
        let timer = null;
        let child = null;
        let polled = Promise.resolve();
        const schedule = () => {
            if (stopping)
                return;
            round += 1;
            timer = setTimeout(poll, Math.max(0, start + round * intervalMs - Date.now()));
        };
        const give = (problem) => {
            problems.push(problem);
            endedAt = Date.now();
        };
        const poll = () => {
            timer = null;
            if (stopping)
                return;
            let stdout = '';
            let stderr = '';
            const started = spawnTool('rocm-smi', ROCM_ARGS);
            child = started;
            started.stdout?.setEncoding('utf8');
            started.stderr?.setEncoding('utf8');
            started.stdout?.on('data', (chunk) => (stdout += chunk));
            started.stderr?.on('data', (chunk) => (stderr += chunk));
            polled = new Promise((resolve) => {
                let failedToStart = false;
                started.on('error', (error) => {
                    failedToStart = true;
                    give(error.code === 'ENOENT' ? 'rocm-smi: not found on PATH; no GPU telemetry was sampled' : `rocm-smi: could not start (${error.message})`);
                    resolve();
                });
                started.on('close', (code) => {
                    child = null;
                    if (stopping || failedToStart)
                        return resolve();
                    const readings = code === 0 ? parseRocmSample(stdout) : [];
                    if (readings.length > 0) {
                        failures = 0;
                        record(readings);
                        schedule();
                    }
                    else if (++failures >= ROCM_FAILURE_LIMIT) {
                        const said = (stderr.trim() || stdout.trim()).split('\n')[0]?.slice(0, 300) ?? '';
                        give(`rocm-smi: ${ROCM_FAILURE_LIMIT} samples in a row failed (exit code ${code}${said === '' ? '' : `: ${said}`}); ` +
                            'telemetry stopped there and the run went on');
                    }
                    else
                        schedule();
                    resolve();
                });
            });
        };
        poll();
        return {
            async halt() {
                if (timer !== null)
                    clearTimeout(timer);
                const current = child;
                if (running(current))
                    killGroup(current, 'SIGKILL');
                await Promise.race([polled, telemetry_delay(STOP_GRACE_MS)]);
            },
        };
    }
    let stopped = null;
    const stop = async () => {
        stopping = true;
        const stopAt = Date.now();
        await sampler.halt();
        endedAt ??= stopAt;
        const stream = csv;
        if (stream !== null)
            await new Promise((resolve) => stream.end(resolve));
        const gpus = [...aggregates.values()].sort((a, b) => a.index - b.index).map((aggregate) => aggregate.summary());
        const overall = new Uint32Array(101);
        for (const aggregate of aggregates.values())
            aggregate.utilizationHistogram.forEach((count, bucket) => (overall[bucket] = (overall[bucket] ?? 0) + count));
        // Each sample stands for the interval after it, up to the stop (or the sampler's end).
        const durationMs = firstSampleAt === null || lastSampleAt === null ? 0 : Math.min(endedAt, lastSampleAt + intervalMs) - firstSampleAt;
        const durationSeconds = round(Math.max(0, durationMs) / 1000, 3);
        const sampledGpus = gpus.filter((gpu) => gpu.samples > 0).length;
        return {
            tool: options.tool,
            intervalSeconds: intervalMs / 1000,
            samples: Math.max(0, ...gpus.map((gpu) => gpu.samples)),
            durationSeconds,
            gpuHours: round((sampledGpus * durationSeconds) / 3600, 6),
            peakMemoryMiB: maxOf(gpus.map((gpu) => gpu.peakMemoryMiB)),
            meanMemoryMiB: meanOf(gpus.map((gpu) => gpu.meanMemoryMiB)),
            meanUtilizationPercent: meanOf(gpus.map((gpu) => gpu.meanUtilizationPercent)),
            p95UtilizationPercent: percentile95(overall),
            meanPowerW: meanOf(gpus.map((gpu) => gpu.meanPowerW)),
            gpus,
            file: csv === null && problems.some((problem) => problem.startsWith('telemetry CSV')) ? null : basename(options.csvPath),
        };
    };
    return {
        stop: () => (stopped ??= stop()),
        problems,
    };
}
function telemetry_delay(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
/** One line of `--format=csv,noheader,nounits`, by the names of the fields asked for; null when it is not data. */
function parseNvidiaLine(line, fields) {
    const cells = line.split(',');
    if (cells.length !== fields.length)
        return null;
    const at = (name) => {
        const position = fields.indexOf(name);
        return position < 0 ? null : valueOf(cells[position]);
    };
    const index = numberOf(at('index'));
    if (index === null || !Number.isInteger(index))
        return null;
    return {
        index,
        timestamp: isoFromNvidia(at('timestamp')) ?? new Date().toISOString(),
        memoryUsed: numberOf(at('memory.used')),
        memoryTotal: numberOf(at('memory.total')),
        utilization: numberOf(at('utilization.gpu')),
        power: numberOf(at('power.draw')),
        temperature: numberOf(at('temperature.gpu')),
    };
}
/** One rocm-smi --json sample: bytes to MiB; the edge temperature, else the junction one. */
function parseRocmSample(text) {
    const document = parseRocmJson(text);
    if (document === null)
        return [];
    const timestamp = new Date().toISOString();
    const mebibytes = (bytes) => (bytes === null ? null : Math.round(bytes / 1024 / 1024));
    return rocmCards(document).map(({ index, fields }) => ({
        index,
        timestamp,
        memoryUsed: mebibytes(numberOf(stringField(fields, /^vram total used memory \(b\)$/i))),
        memoryTotal: mebibytes(numberOf(stringField(fields, /^vram total memory \(b\)$/i))),
        utilization: numberOf(stringField(fields, /^gpu use \(%\)$/i)),
        power: numberOf(stringField(fields, /^(average|current socket) graphics package power \(w\)$/i)),
        temperature: numberOf(stringField(fields, /^temperature \(sensor edge\) \(c\)$/i)) ?? numberOf(stringField(fields, /^temperature \(sensor junction\) \(c\)$/i)),
    }));
}

// EXTERNAL MODULE: ../../packages/core/src/index.ts + 55 modules
var src = __webpack_require__(39573);
;// CONCATENATED MODULE: ../../packages/supervisor/src/redact.ts

/**
 * Words that make a variable secret when one of its name's words (split on `_`, and between a lower-case letter
 * and a capital) is one of them: KAGGLE_KEY, OPENAI_KEY, GH_PAT, DB_PASS, SMTP_PWD, AWS_SECRET_ACCESS_KEY,
 * HF_TOKEN. Whole words only, so GIT_AUTHOR_NAME (AUTHOR is not AUTH) and KEYBOARD_LAYOUT do not count.
 */
const SECRET_WORDS = new Set([
    'TOKEN',
    'TOKENS',
    'SECRET',
    'SECRETS',
    'PASSWORD',
    'PASSWD',
    'PASS',
    'PWD',
    'PASSPHRASE',
    'KEY',
    'KEYS',
    'APIKEY',
    'ACCESSKEY',
    'SECRETKEY',
    'PRIVATEKEY',
    'AUTHKEY',
    'AUTHTOKEN',
    'ACCESSTOKEN',
    'PAT',
    'CREDENTIAL',
    'CREDENTIALS',
    'CREDS',
    'AUTH',
    'JWT',
    'COOKIE',
    'DSN',
]);
/**
 * A last word that says the value is about the secret, not the secret: HF_TOKEN_PATH, SECRET_NAME, KEY_FILE,
 * DB_PASS_USER, SSH_AUTH_SOCK, ACTIONS_ID_TOKEN_REQUEST_URL.
 */
const DESCRIBING_WORDS = new Set(['NAME', 'NAMES', 'USER', 'USERNAME', 'PATH', 'FILE', 'DIR', 'HOME', 'URL', 'HOST', 'PORT', 'TYPE', 'MODE', 'SOCK', 'LENGTH', 'SIZE', 'ENABLED', 'REGION']);
/** The shell's own variables that look like secret words: PWD is the working folder. */
const NOT_SECRET_NAMES = new Set(['PWD', 'OLDPWD', 'GIT_ASKPASS', 'SSH_ASKPASS', 'SUDO_ASKPASS']);
/** Shorter values would redact ordinary words and numbers everywhere (a "1" would mask every digit). */
const MIN_SECRET_LENGTH = 6;
/** Values that are settings, not secrets, however the variable is named (HF_TOKEN_DISABLED=true, GIT_AUTH=none). */
const NOT_SECRET_VALUES = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'none', 'null', 'undefined', 'enabled', 'disabled', 'default']);
const MASK = '***';
/** Whether a variable of this name holds a secret, judged by the words of its name. */
function isSecretName(name) {
    if (NOT_SECRET_NAMES.has(name.toUpperCase()))
        return false;
    const words = name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toUpperCase()
        .split(/[^A-Z0-9]+/)
        .filter((word) => word !== '');
    const last = words.at(-1);
    if (last === undefined || DESCRIBING_WORDS.has(last))
        return false;
    return words.some((word) => SECRET_WORDS.has(word));
}
function isSecretValue(value) {
    return value.trim().length >= MIN_SECRET_LENGTH && !NOT_SECRET_VALUES.has(value.trim().toLowerCase());
}
/**
 * The values to keep out of artifacts and evidence: those of environment variables whose names look secret
 * (HF_TOKEN, WANDB_API_KEY, KAGGLE_KEY, GH_PAT, DB_PASS, ...). The runner masks the job's secrets in its own log,
 * but an artifact (the raw log) and the evidence (the command, the params) are files it never sees. The action's
 * train step and `crucible train` both take them from here.
 */
function secretValues(env) {
    const values = new Set();
    for (const [name, value] of Object.entries(env)) {
        if (value !== undefined && isSecretName(name) && isSecretValue(value))
            values.add(value);
    }
    // Longest first: the order redaction looks for them in.
    return [...values].sort((a, b) => b.length - a.length);
}
/**
 * The base64 characters that depend on `bytes` alone when they start `shift` bytes into a longer encoded text
 * (a secret inside `user:token` of a Basic header encodes differently at each of the three offsets).
 */
function base64Inner(bytes, shift) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
    return encoded.slice(Math.ceil((8 * shift) / 6), Math.floor((8 * (shift + bytes.length)) / 6));
}
/**
 * Every form a secret is likely to be written in: as is, base64 (standard and URL-safe, whole and at any
 * offset inside a longer encoding), URL-encoded (upper- and lower-case hex, `+` for spaces) and JSON-escaped.
 */
function secretForms(secrets) {
    const forms = new Set();
    for (const secret of secrets) {
        if (secret === '')
            continue;
        forms.add(secret);
        const bytes = Buffer.from(secret);
        const base64 = [bytes.toString('base64'), ...[0, 1, 2].map((shift) => base64Inner(bytes, shift))];
        for (const encoded of base64) {
            forms.add(encoded);
            forms.add(encoded.replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, ''));
        }
        const url = encodeURIComponent(secret);
        const strict = url.replace(/[!'()*]/g, (char) => `%${char.codePointAt(0).toString(16).toUpperCase()}`);
        for (const encoded of [url, strict]) {
            forms.add(encoded);
            forms.add(encoded.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()));
            forms.add(encoded.replaceAll('%20', '+'));
        }
        forms.add(JSON.stringify(secret).slice(1, -1));
    }
    // Forms shorter than a secret may be would mask ordinary text (a 2-byte secret's base64 core is 2 characters).
    return [...forms].filter((form) => form.length >= Math.min(MIN_SECRET_LENGTH, ...secrets.map((secret) => secret.length))).sort((a, b) => b.length - a.length);
}
/**
 * Where any pattern occurs in the haystack, overlapping occurrences merged into one span, so that two secrets
 * that share characters are hidden together and no part of either shows.
 */
function maskedSpans(haystack, patterns, lengthOf) {
    const spans = [];
    for (const pattern of patterns) {
        const length = lengthOf(pattern);
        if (length === 0)
            continue;
        for (let at = haystack.indexOf(pattern, 0); at !== -1; at = haystack.indexOf(pattern, at + 1))
            spans.push([at, at + length]);
    }
    spans.sort((a, b) => a[0] - b[0]);
    const merged = [];
    for (const span of spans) {
        const last = merged.at(-1);
        if (last !== undefined && span[0] <= last[1])
            last[1] = Math.max(last[1], span[1]);
        else
            merged.push([span[0], span[1]]);
    }
    return merged;
}
/** The text with every secret, in each of its likely encodings, replaced by ***. */
function redact_redactText(text, secrets) {
    const spans = maskedSpans(text, secretForms(secrets), (form) => form.length);
    let out = '';
    let from = 0;
    for (const [start, end] of spans) {
        out += text.slice(from, start) + MASK;
        from = end;
    }
    return out + text.slice(from);
}
/**
 * Copies a file with every secret (in each of its likely encodings) replaced by ***, in blocks, keeping the bytes
 * that could start a secret split across two blocks until the next one. Returns how many were replaced.
 */
function redactFile(source, target, secrets) {
    const patterns = secretForms(secrets).map((form) => Buffer.from(form));
    const keep = Math.max(0, ...patterns.map((pattern) => pattern.length - 1));
    const mask = Buffer.from(MASK);
    const input = openSync(source, 'r');
    const output = openSync(target, 'w');
    let replaced = 0;
    try {
        let carry = Buffer.alloc(0);
        const block = Buffer.allocUnsafe(1 << 20);
        for (;;) {
            const read = readSync(input, block, 0, block.length, null);
            const data = Buffer.concat([carry, block.subarray(0, read)]);
            const spans = patterns.length === 0 ? [] : maskedSpans(data, patterns, (pattern) => pattern.length);
            // Every match that starts before `cut` lies whole in this block; one still open at the cut waits, whole,
            // for the next block, where whatever overlaps it is found too.
            let cut = read === 0 ? data.length : Math.max(0, data.length - keep);
            const straddling = spans.find(([start, end]) => start < cut && end > cut);
            if (straddling !== undefined)
                cut = straddling[0];
            const parts = [];
            let from = 0;
            for (const [start, end] of spans) {
                if (start >= cut)
                    break;
                parts.push(data.subarray(from, start), mask);
                replaced += 1;
                from = end;
            }
            parts.push(data.subarray(from, cut));
            writeSync(output, Buffer.concat(parts));
            if (read === 0)
                break;
            carry = Buffer.from(data.subarray(cut));
        }
    }
    finally {
        closeSync(input);
        closeSync(output);
    }
    return replaced;
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ../../packages/supervisor/src/slurm/commands.ts
/** Slurm's client commands run as child processes, with their output gathered; never rejects. */

const commands_DEFAULT_TIMEOUT_MS = 60_000;
function commands_runCommand(program, args, env, options = {}) {
    return new Promise((resolve) => {
        let stdout = '';
        let stderr = '';
        let error = null;
        let child;
        try {
            child = spawn(program, args, {
                env,
                cwd: options.cwd,
                // A detached scancel finishes even when the runner kills this process's group right after sending it.
                detached: options.detached === true,
                stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            });
        }
        catch (caught) {
            resolve({ code: null, stdout, stderr, error: caught.message });
            return;
        }
        const timer = setTimeout(() => {
            error = `${program} did not answer within ${Math.round((options.timeoutMs ?? commands_DEFAULT_TIMEOUT_MS) / 1000)} s`;
            child.kill('SIGKILL');
        }, options.timeoutMs ?? commands_DEFAULT_TIMEOUT_MS);
        child.stdout?.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
        child.stderr?.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
        child.stdin?.on('error', () => { });
        if (options.input !== undefined)
            child.stdin?.end(options.input);
        child.once('error', (caught) => {
            clearTimeout(timer);
            resolve({ code: null, stdout, stderr, error: caught.message });
        });
        child.once('close', (code) => {
            clearTimeout(timer);
            resolve({ code, stdout, stderr, error });
        });
    });
}
/** Whether `program` is on the PATH of `env`. */
function commands_onPath(program, env) {
    return spawnSync('sh', ['-c', 'command -v "$1"', 'sh', program], { env, stdio: 'ignore' }).status === 0;
}

;// CONCATENATED MODULE: ../../packages/supervisor/src/slurm/job.ts
/**
 * Slurm's answers read as data: sbatch --parsable's job id, `scontrol show job -o`'s key=value line, node lists.
 * Pure functions: the engine (supervise.ts) runs the commands.
 */

/** States after which the job runs no more. */
const FINISHED_STATES = new Set(['COMPLETED', 'FAILED', 'CANCELLED', 'TIMEOUT', 'NODE_FAIL', 'PREEMPTED', 'BOOT_FAIL', 'DEADLINE', 'OUT_OF_MEMORY', 'REVOKED', 'SPECIAL_EXIT']);
function job_isFinishedState(state) {
    return FINISHED_STATES.has(state);
}
/** The job id in sbatch --parsable's answer: `123`, or `123;cluster` on a federation. */
function job_parseSbatchJobId(stdout) {
    const line = stdout
        .trim()
        .split('\n')
        .map((text) => text.trim())
        .filter((text) => text !== '')
        .at(-1);
    const match = /^(\d+)(?:;\S+)?$/.exec(line ?? '');
    return match === null ? null : match[1];
}
/**
 * `scontrol show job -o N`'s one line as key=value pairs. Values hold no spaces except the last few fields
 * (Command, WorkDir, paths with spaces): a key is a word followed by `=` after a space.
 */
function parseScontrolFields(line) {
    const fields = new Map();
    const pattern = /(?:^|\s)([A-Za-z][\w/:]*)=/g;
    const starts = [];
    for (let match = pattern.exec(line); match !== null; match = pattern.exec(line)) {
        starts.push({ key: match[1], at: match.index, valueAt: match.index + match[0].length });
    }
    starts.forEach((start, index) => {
        const end = index + 1 < starts.length ? starts[index + 1].at : line.length;
        if (!fields.has(start.key))
            fields.set(start.key, line.slice(start.valueAt, end).trim());
    });
    return fields;
}
function job_parseScontrolJob(line) {
    const fields = parseScontrolFields(line);
    const text = (key) => {
        const value = fields.get(key);
        return value === undefined || value === '' || value === '(null)' || value === 'None' || value === 'N/A' ? null : value;
    };
    const count = (key) => {
        const value = text(key);
        return value !== null && /^\d+$/.test(value) ? Number(value) : null;
    };
    const [code, signal] = (text('ExitCode') ?? '').split(':');
    const state = text('JobState') ?? 'UNKNOWN';
    return {
        jobId: text('JobId') ?? '',
        state,
        reason: text('Reason'),
        partition: text('Partition'),
        // A pending job's NodeList is empty (or "(null)"); ReqNodeList is what it asked for, not what it got.
        nodeList: state === 'PENDING' ? null : text('NodeList'),
        nodes: state === 'PENDING' ? null : count('NumNodes'),
        exitCode: code !== undefined && /^\d+$/.test(code) ? Number(code) : null,
        exitSignal: signal !== undefined && /^\d+$/.test(signal) ? Number(signal) : null,
        submitTime: parseSlurmTime(text('SubmitTime')),
        startTime: state === 'PENDING' ? null : parseSlurmTime(text('StartTime')),
        endTime: parseSlurmTime(text('EndTime')),
        gpus: gpusIn(text('AllocTRES') ?? text('TRES')) ?? gpusRequested(text('TresPerNode'), state === 'PENDING' ? null : count('NumNodes')),
    };
}
/** Slurm prints local times without a zone (`2026-12-05T11:25:16`); `Unknown`, `None` are no time. */
function parseSlurmTime(value) {
    if (value === null || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/.test(value))
        return null;
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date;
}
/** GPUs in a TRES list (`cpu=8,mem=64G,node=2,billing=8,gres/gpu=8,gres/gpu:a100=8`): the untyped count. */
function gpusIn(tres) {
    if (tres === null)
        return null;
    let typed = null;
    for (const entry of tres.split(',')) {
        const [key, value] = entry.split('=');
        if (value === undefined || !/^\d+$/.test(value))
            continue;
        if (key === 'gres/gpu')
            return Number(value);
        if (key?.startsWith('gres/gpu:'))
            typed = (typed ?? 0) + Number(value);
    }
    return typed;
}
/**
 * GPUs from what the job asked per node (`TresPerNode=gres:gpu:2`, `gres/gpu:a100:2`) times its nodes: clusters
 * that do not count GPUs among their TRES (AccountingStorageTRES without gres/gpu) say only this.
 */
function gpusRequested(perNode, nodes) {
    if (perNode === null || nodes === null)
        return null;
    let total = null;
    for (const entry of perNode.split(',')) {
        const match = /^gres[:/]gpu(?::[^:=]+)?[:=](\d+)$/.exec(entry);
        if (match !== null)
            total = (total ?? 0) + Number(match[1]);
    }
    return total === null ? null : total * nodes;
}
/** A signal number as Node names it (9 -> SIGKILL); null for 0 or one Node does not know. */
function job_signalName(signal) {
    if (signal === null || signal === 0)
        return null;
    const entry = Object.entries(constants.signals).find(([, number]) => number === signal);
    return entry === undefined ? null : entry[0];
}
/**
 * A Slurm host list expanded as `scontrol show hostnames` does: `gpu[01-04]`, `a[1,3-4],b5`, `rack[1-2]-n[1-2]`,
 * zero padding kept.
 */
function expandHostList(list) {
    const hosts = [];
    for (const item of splitTopLevel(list))
        hosts.push(...expandHost(item));
    return hosts;
}
function splitTopLevel(list) {
    const items = [];
    let depth = 0;
    let item = '';
    for (const char of list) {
        if (char === '[')
            depth += 1;
        if (char === ']')
            depth -= 1;
        if (char === ',' && depth === 0) {
            if (item !== '')
                items.push(item);
            item = '';
        }
        else
            item += char;
    }
    if (item !== '')
        items.push(item);
    return items;
}
function expandHost(item) {
    const open = item.indexOf('[');
    if (open < 0)
        return [item];
    const close = item.indexOf(']', open);
    if (close < 0)
        return [item];
    const head = item.slice(0, open);
    const rest = expandHost(item.slice(close + 1));
    const names = [];
    for (const range of item.slice(open + 1, close).split(',')) {
        const [from = '', to = from] = range.split('-');
        const width = from.length;
        for (let number = Number(from); number <= Number(to); number += 1) {
            for (const tail of rest)
                names.push(`${head}${String(number).padStart(width, '0')}${tail}`);
        }
    }
    return names;
}
/**
 * The step's result from the job's last state and ExitCode (code:signal), as a local run's exit code or signal:
 * a job that never ran has neither; a cancelled job with no signal recorded ended by the one sent (scancel's
 * SIGTERM when someone else cancelled it); a job Slurm ended itself (preempted, node failure, out of memory,
 * deadline) often records 0:0, which is no success, so it counts as killed.
 */
function job_jobOutcome(state, exitCode, exitSignal, lastSent) {
    if (state === 'PENDING' || state === 'UNKNOWN')
        return { exitCode: null, signal: null };
    if (exitSignal !== null)
        return { exitCode: null, signal: exitSignal };
    if (state === 'CANCELLED' && (exitCode ?? 0) === 0)
        return { exitCode: null, signal: lastSent ?? 'SIGTERM' };
    if (state !== 'COMPLETED' && (exitCode ?? 0) === 0)
        return { exitCode: null, signal: 'SIGKILL' };
    return { exitCode, signal: null };
}

;// CONCATENATED MODULE: ../../packages/supervisor/src/slurm/options.ts
/**
 * What a Slurm job asks for, as sbatch options: the dedicated fields (partition, account, qos, nodes, GPUs, CPUs,
 * memory) and free-form extra options, checked so that none moves the output, detaches the job or takes over what
 * the supervisor owns (signals, environment, job name).
 */

const options_ACTION_INPUT_NAMES = {
    partition: 'slurm-partition',
    account: 'slurm-account',
    qos: 'slurm-qos',
    nodes: 'nodes',
    gpusPerNode: 'gpus-per-node',
    cpusPerTask: 'cpus-per-task',
    mem: 'mem',
    extra: 'sbatch-options',
};
/** Options the supervisor sets itself or that would take the job out of its hands, with why. */
const REFUSED = [
    { long: '--output', short: '-o', why: 'the job writes its output where Crucible reads it live' },
    { long: '--error', short: '-e', why: "the job's stderr joins its stdout in the log Crucible reads" },
    { long: '--input', short: '-i', why: 'the job reads no input' },
    { long: '--chdir', short: '-D', why: 'the job runs in the working directory Crucible is given' },
    { long: '--wrap', why: 'Crucible writes the batch script' },
    { long: '--array', short: '-a', why: 'Crucible supervises one job' },
    { long: '--wait', short: '-W', why: 'Crucible waits for the job itself' },
    { long: '--parsable', why: 'Crucible reads the job id itself' },
    { long: '--hold', short: '-H', why: 'a held job would wait for someone to release it' },
    { long: '--test-only', why: 'Crucible checks the request itself before submitting' },
    { long: '--export', why: 'the job gets exactly the environment of the step (less private variables)' },
    { long: '--export-file', why: 'the job gets exactly the environment of the step (less private variables)' },
    { long: '--uid', why: 'the job runs as the runner user' },
    { long: '--gid', why: 'the job runs as the runner user' },
    { long: '--open-mode', why: 'Crucible reads the log from its start' },
    { long: '--signal', why: 'Crucible sends the stop signals (time budget, cancellation)' },
    { long: '--dependency', short: '-d', why: 'a dependent job would wait on another' },
    { long: '--job-name', short: '-J', why: 'Crucible names the job' },
    { long: '--kill-on-invalid-dep', why: 'a dependent job would wait on another' },
    { long: '--batch', why: 'Crucible writes the batch script' },
];
/** Options a dedicated field gives, and which. */
const DEDICATED = [
    { long: '--partition', short: '-p', field: 'partition' },
    { long: '--account', short: '-A', field: 'account' },
    { long: '--qos', short: '-q', field: 'qos' },
    { long: '--nodes', short: '-N', field: 'nodes' },
    { long: '--gres', field: 'gpusPerNode' },
    { long: '--gpus', short: '-G', field: 'gpusPerNode' },
    { long: '--gpus-per-node', field: 'gpusPerNode' },
    { long: '--gpus-per-task', field: 'gpusPerNode' },
    { long: '--gpus-per-socket', field: 'gpusPerNode' },
    { long: '--cpus-per-task', short: '-c', field: 'cpusPerTask' },
    { long: '--mem', field: 'mem' },
];
/** The option an extra entry sets: its long name, or its short one (`-p`), whatever value follows. */
function optionName(entry) {
    if (entry.startsWith('--'))
        return entry.split('=')[0];
    return entry.slice(0, 2);
}
/**
 * Checks every field, throwing one InputError naming the input and the fix. Extra options must each be one
 * option (`--time=01:00:00`, value joined by `=`; a short one as `-t01:00:00`), begin with `-`, and not be one the
 * supervisor owns or a dedicated input gives.
 */
function options_validateSlurmRequest(request, names = options_ACTION_INPUT_NAMES) {
    for (const field of ['partition', 'account', 'qos', 'mem']) {
        const value = request[field];
        if (value === undefined)
            continue;
        if (!/^[\w.@%+:-]+$/.test(value)) {
            throw new InputError(`Input "${names[field]}" must be one word of letters, digits and ._-@%+:, got ${JSON.stringify(value)}.`);
        }
    }
    for (const field of ['nodes', 'gpusPerNode', 'cpusPerTask']) {
        const value = request[field];
        if (value === undefined)
            continue;
        const least = field === 'gpusPerNode' ? 0 : 1;
        if (!Number.isInteger(value) || value < least) {
            throw new InputError(`Input "${names[field]}" must be a whole number of at least ${least}, got ${JSON.stringify(value)}.`);
        }
    }
    const extraName = names.extra;
    for (const entry of request.extra ?? []) {
        const shown = JSON.stringify(entry);
        // eslint-disable-next-line no-control-regex -- a newline or NUL would end the option inside sbatch's argv or a #SBATCH line
        if (/[\u0000\n\r]/.test(entry))
            throw new InputError(`Input "${extraName}": ${shown} holds a newline or NUL; give one sbatch option per entry, like "--time=01:00:00".`);
        if (!entry.startsWith('-') || entry === '-' || entry === '--') {
            throw new InputError(`Input "${extraName}": ${shown} is not an sbatch option; give one option per entry, each starting with "-", with its value after "=" (like "--time=01:00:00").`);
        }
        if (entry.startsWith('--') && /\s/.test(entry.split('=')[0])) {
            throw new InputError(`Input "${extraName}": ${shown} holds spaces; give one sbatch option per entry, with its value after "=" (like "--constraint=a100").`);
        }
        const name = optionName(entry);
        const refused = REFUSED.find((option) => matches(option, name));
        if (refused !== undefined) {
            throw new InputError(`Input "${extraName}": ${refused.long} is not allowed (${refused.why}); remove ${shown}.`);
        }
        const dedicated = DEDICATED.find((option) => matches(option, name));
        if (dedicated !== undefined) {
            throw new InputError(`Input "${extraName}": ${shown} sets what input "${names[dedicated.field]}" gives; use "${names[dedicated.field]}" instead.`);
        }
    }
}
function matches(option, name) {
    // sbatch accepts any unambiguous prefix of a long option (--out for --output): refuse those too.
    if (name.startsWith('--') && name.length > 3 && option.long.startsWith(name))
        return true;
    return name === option.long || (option.short !== undefined && name === option.short);
}
/** The request as sbatch options, dedicated fields first, then the extras as given. Validate first. */
function options_requestOptions(request) {
    const options = [];
    if (request.partition !== undefined)
        options.push(`--partition=${request.partition}`);
    if (request.account !== undefined)
        options.push(`--account=${request.account}`);
    if (request.qos !== undefined)
        options.push(`--qos=${request.qos}`);
    options.push(`--nodes=${request.nodes ?? 1}`);
    if (request.gpusPerNode !== undefined && request.gpusPerNode > 0)
        options.push(`--gres=gpu:${request.gpusPerNode}`);
    if (request.cpusPerTask !== undefined)
        options.push(`--cpus-per-task=${request.cpusPerTask}`);
    if (request.mem !== undefined)
        options.push(`--mem=${request.mem}`);
    options.push(...(request.extra ?? []));
    return options;
}
/**
 * What sbatch's rejection of the request means, as one message naming the input: its words matched against the
 * errors Slurm gives for a bad partition, account, QOS, GRES, node count or option; anything else is the cluster's
 * own words under the extra options' input.
 */
function options_explainRejection(stderr, request, names, partitions) {
    const words = stderr
        .split('\n')
        .map((line) => line.replace(/^(sbatch|allocation failure):\s*(error:\s*)?/i, '').trim())
        .filter((line) => line !== '' && !/^Try "sbatch --help"/.test(line))
        .join('; ');
    const cluster = `(sbatch: ${words || 'no message'})`;
    const known = partitions === null || partitions.length === 0 ? '' : ` This cluster's partitions: ${partitions.join(', ')}.`;
    if (/invalid partition/i.test(stderr)) {
        return new InputError(`Input "${names.partition}": the cluster has no partition ${JSON.stringify(request.partition ?? '(default)')}.${known} ${cluster}`);
    }
    if (/invalid account/i.test(stderr)) {
        return new InputError(`Input "${names.account}": the cluster refuses account ${JSON.stringify(request.account ?? '(default)')}${request.partition === undefined ? '' : ` on partition "${request.partition}"`}; ` +
            `use an account you belong to (sacctmgr show associations user=$USER). ${cluster}`);
    }
    if (/invalid qos/i.test(stderr)) {
        return new InputError(`Input "${names.qos}": the cluster refuses QOS ${JSON.stringify(request.qos ?? '(default)')}; use one your account may use (sacctmgr show qos). ${cluster}`);
    }
    if (/generic resource|gres/i.test(stderr)) {
        return new InputError(`Input "${names.gpusPerNode}": the cluster cannot give ${request.gpusPerNode ?? 0} GPU(s) per node${request.partition === undefined ? '' : ` on partition "${request.partition}"`}; ` +
            `ask for fewer, or pick a partition with GPUs. ${cluster}`);
    }
    if (/node count specification/i.test(stderr)) {
        return new InputError(`Input "${names.nodes}": the partition cannot give ${request.nodes ?? 1} node(s); ask for fewer. ${cluster}`);
    }
    if (/unrecognized option|invalid option|unknown option|invalid argument|requires an argument/i.test(stderr)) {
        return new InputError(`Input "${names.extra}": sbatch does not take one of ${JSON.stringify(request.extra ?? [])}; check each against \`sbatch --help\`. ${cluster}`);
    }
    if (/requested node configuration is not available/i.test(stderr)) {
        const asked = ['nodes', 'gpusPerNode', 'cpusPerTask', 'mem']
            .filter((field) => request[field] !== undefined)
            .map((field) => `"${names[field]}" (${request[field]})`);
        const extra = (request.extra ?? []).length > 0 ? ` or "${names.extra}"` : '';
        return new InputError(`No node${request.partition === undefined ? '' : ` of partition "${request.partition}"`} has what the job asks for: ` +
            `lower ${asked.length > 0 ? asked.join(', ') : 'the request'}${extra}, or pick another partition with "${names.partition}".${known} ${cluster}`);
    }
    return new InputError(`Input "${names.extra}" (or another Slurm input): the cluster refused the job. ${cluster}`);
}

;// CONCATENATED MODULE: ../../packages/supervisor/src/slurm/script.ts
/**
 * The batch script Crucible submits, and the words each node's task runs. The command is quoted word by word: the
 * script interprets none of the user's text. For several nodes the launcher's words depend on the allocation
 * (the first host is the master, SLURM_NODEID the node's rank), so they are built inside the job, per task, from
 * the same launcherPrefix the local run uses, with the per-node values left to the shell.
 */


/**
 * The argv one node's task runs: the launcher's words for this node (rank = SLURM_NODEID, master = first host) and
 * the command. This is what the job's task wrapper computes in the shell; tests compare the two.
 */
function taskArgv(argv, launcher, allocation) {
    const prefix = launcherPrefix({
        kind: launcher?.kind ?? 'none',
        nodes: allocation.hosts.length,
        gpusPerNode: launcher?.gpusPerNode ?? 1,
        nodeRank: allocation.nodeId,
        masterAddr: allocation.hosts[0] ?? 'localhost',
        masterPort: launcher?.masterPort ?? DEFAULT_MASTER_PORT,
    });
    return [...prefix, ...argv];
}
const DEFAULT_MASTER_PORT = 29500;
// Stand-ins for the values only the job knows; they cannot occur in a launcher's words otherwise.
const ADDR = '\u0001ADDR\u0001';
const NODES = '7340033';
/**
 * The task's command line as shell text: taskArgv with the node rank, master address and node count left to the
 * shell ($SLURM_NODEID, $MASTER_ADDR, $SLURM_NNODES), every other word quoted.
 */
function taskCommandLine(argv, launcher) {
    const prefix = launcherPrefix({
        kind: launcher?.kind ?? 'none',
        // A node count no real allocation has, replaced below; accelerate multiplies it, so it is worked out in the shell.
        nodes: Number(NODES),
        gpusPerNode: launcher?.gpusPerNode ?? 1,
        nodeRank: -1,
        masterAddr: ADDR,
        masterPort: launcher?.masterPort ?? DEFAULT_MASTER_PORT,
    });
    const gpus = launcher?.gpusPerNode ?? 1;
    const total = String(Number(NODES) * gpus);
    const words = prefix.map((word) => {
        if (word === '-1')
            return '"$SLURM_NODEID"';
        if (word.includes('=-1'))
            return `${shellQuote(word.replace('=-1', '='))}"$SLURM_NODEID"`;
        if (word.includes(ADDR)) {
            const head = word.replace(ADDR, '');
            return `${head === '' ? '' : shellQuote(head)}"$MASTER_ADDR"`;
        }
        if (word === NODES)
            return '"$SLURM_NNODES"';
        if (word.endsWith(`=${NODES}`))
            return `${shellQuote(word.slice(0, -NODES.length))}"$SLURM_NNODES"`;
        if (word === total && gpus !== 1)
            return `"$((SLURM_NNODES * ${gpus}))"`;
        return shellQuote(word);
    });
    return [...words, ...argv.map(shellQuote)].join(' ');
}
/**
 * The batch script: it works out MASTER_ADDR (the first host of the allocation) and MASTER_PORT and exports them;
 * on one node it becomes the command (exec, so `scancel --signal` reaches it directly); on several it runs the
 * command once per node with srun, each task building its own launcher words from SLURM_NODEID.
 */
function script_batchScript(options) {
    const port = options.launcher?.masterPort ?? DEFAULT_MASTER_PORT;
    const task = taskCommandLine(options.argv, options.launcher);
    const lines = [
        '#!/bin/bash',
        '# Written by Crucible: runs the training command in this allocation. Options are on sbatch\'s command line.',
        'MASTER_ADDR=$(scontrol show hostnames "$SLURM_JOB_NODELIST" 2>/dev/null | head -n 1)',
        'MASTER_ADDR=${MASTER_ADDR:-$(hostname)}',
        `MASTER_PORT=${port}`,
        'export MASTER_ADDR MASTER_PORT',
    ];
    if (options.nodes <= 1) {
        lines.push(`exec ${task}`);
    }
    else {
        // One task per node; each expands $SLURM_NODEID itself. CPUs per task are passed on because srun (22.05 and
        // later) no longer reads them from the job's environment.
        lines.push('exec srun --nodes="$SLURM_NNODES" --ntasks="$SLURM_NNODES" --ntasks-per-node=1 --kill-on-bad-exit=1 ${SLURM_CPUS_PER_TASK:+--cpus-per-task="$SLURM_CPUS_PER_TASK"} \\', `  /bin/bash -c ${shellQuote(`exec ${task}`)}`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ../../packages/supervisor/src/slurm/supervise.ts
/**
 * The train step as a Slurm batch job, supervised from the machine Crucible runs on (a login node): preflight
 * checks that turn the cluster's refusals into one message naming the input, submission with `sbatch --parsable`,
 * the job followed with `scontrol show job` and its output file read back live, the time budget and a forwarded
 * cancellation turned into `scancel` steps, and a result shaped as the local run's.
 */










const supervise_DEFAULT_GRACE_MS = 10_000;
const supervise_DEFAULT_KILL_AFTER_TERM_MS = 2_000;
const supervise_DEFAULT_POLL_MS = 1_000;
const TAIL_MS = 200;
const PENDING_REPEAT_MS = 30_000;
/** How often a plain scancel is repeated while the job it should end is still not over. */
const CANCEL_REPEAT_MS = 5_000;
/** After its state is final, how long the job may stay in the queue (completing) before the supervisor gives up waiting. */
const DRAIN_TIMEOUT_MS = 120_000;
const supervise_MAX_TIMER_MS = (/* unused pure expression or super */ null && (2 ** 31 - 1));
/** sbatch input variables that would change the job beyond what the supervisor checks and owns. */
const SUBMIT_VARIABLES_DROPPED = (/* unused pure expression or super */ null && (['SBATCH_WAIT', 'SBATCH_ARRAY_INX', 'SBATCH_OPEN_MODE', 'SBATCH_SIGNAL', 'SBATCH_EXPORT', 'SBATCH_EXPORT_FILE', 'SBATCH_HOLD', 'SBATCH_DEPENDENCY', 'SBATCH_ERROR', 'SBATCH_INPUT', 'SBATCH_OUTPUT']));
/**
 * Checks, before anything runs, that the job can be submitted: the options themselves, sbatch on PATH, the
 * partition among the cluster's, and the whole request through `sbatch --test-only` (account, QOS, GPUs, nodes).
 * Throws one InputError naming the input; returns the cluster's partitions.
 */
async function preflightSlurm(options) {
    const names = options.names ?? ACTION_INPUT_NAMES;
    validateSlurmRequest(options.request, names);
    if (!onPath('sbatch', options.env)) {
        throw new InputError("sbatch is not on PATH: a Slurm train step submits from a login node of the cluster. Run it on a self-hosted runner there, with Slurm's client commands (sbatch, scontrol, scancel) on the runner's PATH.");
    }
    const partitions = await listPartitions(options.env);
    const partition = options.request.partition;
    if (partition !== undefined && partitions !== null && !partitions.includes(partition)) {
        // sinfo leaves out hidden partitions; scontrol still finds them by name.
        const shown = await runCommand('scontrol', ['show', 'partition', partition], options.env, { timeoutMs: 30_000 });
        if (shown.code !== 0) {
            throw new InputError(`Input "${names.partition}": the cluster has no partition ${JSON.stringify(partition)}. This cluster's partitions: ${partitions.join(', ') || '(none listed)'}.`);
        }
    }
    const test = await runCommand('sbatch', ['--test-only', '--job-name=crucible-preflight', ...requestOptions(options.request)], options.env, {
        input: '#!/bin/sh\ntrue\n',
        timeoutMs: 60_000,
    });
    if (test.error !== null && test.code === null)
        throw new InputError(`sbatch --test-only did not run: ${test.error}.`);
    if (test.code !== 0)
        throw explainRejection(test.stderr || test.stdout, options.request, names, partitions);
    return { partitions: partitions ?? [] };
}
async function listPartitions(env) {
    const listed = await runCommand('sinfo', ['-h', '-o', '%R'], env, { timeoutMs: 30_000 });
    if (listed.code !== 0)
        return null;
    return [...new Set(listed.stdout.split('\n').map((line) => line.trim()).filter((line) => line !== ''))];
}
/**
 * Cancels a job outright (plain scancel), for a post step when the main step was killed. True only when the job
 * was still in the queue (pending, running, completing) and scancel took the request: scancel itself exits 0 for a
 * job that has ended or that the cluster never had. Never throws.
 */
async function cancelSlurmJob(jobId, env) {
    if (!/^\d+(_\d+)?$/.test(jobId))
        return false;
    const queued = await runCommand('squeue', ['-h', '-o', '%i', '-j', jobId], env, { timeoutMs: 30_000 });
    if (queued.code !== 0 || queued.stdout.trim() === '')
        return false;
    const result = await runCommand('scancel', [jobId], env, { timeoutMs: 30_000 });
    return result.code === 0;
}
/**
 * Submits the command as a batch job and follows it to its end, as supervise() follows a local child: output
 * live, the budget's and a cancellation's stop steps, nothing of the job left in the queue afterwards. Throws an
 * InputError for options the checks or sbatch refuse; sbatch failing to start is `spawnError`.
 */
async function supervise_superviseSlurm(options) {
    const names = options.names ?? ACTION_INPUT_NAMES;
    validateSlurmRequest(options.request, names);
    if (options.rawLogPath.includes('%')) {
        throw new InputError(`The job's log path ${JSON.stringify(options.rawLogPath)} holds "%", which sbatch --output reads as a pattern; use a path without it.`);
    }
    const graceMs = options.graceMs ?? supervise_DEFAULT_GRACE_MS;
    const pollMs = options.pollMs ?? supervise_DEFAULT_POLL_MS;
    const emit = options.onEvent ?? (() => { });
    const env = submitEnvironment(options.env);
    const nodes = options.request.nodes ?? 1;
    const folder = dirname(options.rawLogPath);
    mkdirSync(folder, { recursive: true });
    const scriptPath = join(folder, `${basename(options.rawLogPath)}.sbatch.sh`);
    writeFileSync(scriptPath, batchScript({ argv: options.argv, nodes, launcher: options.launcher }), { mode: 0o700 });
    // Made empty now, so it can be followed from the start; the job's first write lands at its beginning.
    writeFileSync(options.rawLogPath, '');
    const sbatchOptions = [
        `--job-name=${options.jobName}`,
        `--chdir=${options.cwd}`,
        `--output=${options.rawLogPath}`,
        '--export=ALL',
        ...requestOptions(options.request),
    ];
    const startedAt = new Date();
    const started = performance.now();
    const submitted = await runCommand('sbatch', ['--parsable', ...sbatchOptions, scriptPath], env, { cwd: options.cwd, timeoutMs: 120_000 });
    if (submitted.code === null)
        return supervise_failedStart(startedAt, started, submitted.error ?? `sbatch was killed: ${submitted.stderr.trim()}`);
    if (submitted.code !== 0) {
        const partitions = /invalid partition/i.test(submitted.stderr) ? await listPartitions(env) : null;
        throw explainRejection(submitted.stderr || submitted.stdout, options.request, names, partitions);
    }
    const jobId = parseSbatchJobId(submitted.stdout);
    if (jobId === null)
        return supervise_failedStart(startedAt, started, `sbatch answered without a job id: ${JSON.stringify(submitted.stdout.trim())}`);
    emit({ kind: 'submitted', jobId, sbatchOptions });
    const tail = followLog(options.rawLogPath, options.stdout ?? process.stdout, TAIL_MS, options.progressIntervalMs);
    let ended = false;
    let info = null;
    let timedOut = false;
    let cancelled = null;
    let cancelledPending = false;
    let lastSent = null;
    const timers = [];
    const later = (ms, action) => {
        const step = Math.min(ms, supervise_MAX_TIMER_MS);
        timers.push(setTimeout(() => void (ms > supervise_MAX_TIMER_MS ? later(ms - supervise_MAX_TIMER_MS, action) : action()), step));
    };
    const elapsedSeconds = () => (performance.now() - started) / 1000;
    // The last poll may be up to pollMs old, and the job may have started since: a stop asks again (a job is only
    // cancelled outright when it has not started), and output in the log means it runs whatever the poll said.
    // A job whose state is final (or that ended since the last poll) is past stopping: no budget, no cancel.
    let finished = false;
    const stateNow = async (timeoutMs) => {
        const shown = await runCommand('scontrol', ['show', 'job', '-o', jobId], env, { timeoutMs });
        const fresh = shown.code === 0 && shown.stdout.trim() !== '' ? parseScontrolJob(shown.stdout.trim().split('\n')[0]) : info;
        if (finished || (fresh !== null && isFinishedState(fresh.state)))
            return 'finished';
        return tail.bytesRead() === 0 && (fresh === null || fresh.state === 'PENDING') ? 'pending' : 'running';
    };
    // Once the job is to end outright, the poll repeats the plain scancel until the state is final: a controller too
    // busy to answer the first must not leave the job running (or starting later) past its budget.
    let cancelAsked = 0;
    const scancel = (signal) => {
        const args = signal === null ? [jobId] : ['--full', `--signal=${signal.slice(3)}`, jobId];
        lastSent = signal ?? 'SIGKILL';
        if (signal === null)
            cancelAsked = performance.now();
        void runCommand('scancel', args, env, { detached: true, timeoutMs: 30_000 }).then((result) => {
            if (result.code !== 0 && !ended)
                emit({ kind: 'slurm-error', jobId, command: `scancel ${args.join(' ')}`, message: (result.error ?? result.stderr.trim()) || `exit code ${result.code}` });
        });
    };
    const cancelPending = (cause) => {
        cancelledPending = true;
        emit({ kind: 'cancelled-pending', jobId, afterSeconds: elapsedSeconds(), cause });
        scancel(null);
    };
    if (options.timeBudgetMs !== undefined) {
        const budgetMs = options.timeBudgetMs;
        later(budgetMs, async () => {
            if (ended || finished)
                return;
            const now = await stateNow(5000);
            if (now === 'finished' || ended)
                return;
            timedOut = true;
            if (now === 'pending')
                return cancelPending('budget');
            emit({ kind: 'budget', step: 'SIGINT', afterSeconds: budgetMs / 1000 });
            scancel('SIGINT');
            later(graceMs, () => {
                if (ended)
                    return;
                emit({ kind: 'budget', step: 'SIGTERM', afterSeconds: (budgetMs + graceMs) / 1000 });
                scancel('SIGTERM');
                later(graceMs, () => {
                    if (ended)
                        return;
                    emit({ kind: 'budget', step: 'SIGKILL', afterSeconds: (budgetMs + 2 * graceMs) / 1000 });
                    scancel(null);
                });
            });
        });
    }
    const handlers = [];
    // Should this process end first, the job does not run on unattended.
    const onExit = () => {
        if (!ended)
            spawnSync('scancel', [jobId], { env, stdio: 'ignore', timeout: 5000 });
    };
    process.on('exit', onExit);
    if (options.forwardSignals === true) {
        for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT']) {
            const handler = async () => {
                const received = performance.now();
                cancelled = signal;
                if (ended || finished)
                    return;
                // After a SIGTERM the runner kills this process 2.5 s on: little time to ask.
                const now = await stateNow(signal === 'SIGTERM' ? 500 : 5000);
                if (now === 'finished' || ended)
                    return;
                if (now === 'pending')
                    return cancelPending(signal);
                emit({ kind: 'forwarded', signal });
                scancel(signal);
                if (signal === 'SIGTERM') {
                    later(Math.max(0, (options.killAfterTermMs ?? supervise_DEFAULT_KILL_AFTER_TERM_MS) - (performance.now() - received)), () => {
                        if (ended)
                            return;
                        emit({ kind: 'escalated', signal: 'SIGKILL', reason: options.killAfterTermReason ?? 'the runner kills this step 2.5 s after its SIGTERM' });
                        scancel(null);
                    });
                }
                else {
                    later(graceMs, () => {
                        if (ended)
                            return;
                        scancel('SIGTERM');
                        later(graceMs, () => {
                            if (ended)
                                return;
                            emit({ kind: 'escalated', signal: 'SIGKILL', reason: `the job still ran ${(2 * graceMs) / 1000} s after the forwarded ${signal}` });
                            scancel(null);
                        });
                    });
                }
            };
            process.on(signal, handler);
            handlers.push([signal, handler]);
        }
    }
    // Follow the job until its state is final.
    let lastPendingReason;
    let lastPendingSaid = 0;
    let lastError = 0;
    let gone = false;
    for (;;) {
        const shown = await runCommand('scontrol', ['show', 'job', '-o', jobId], env, { timeoutMs: 60_000 });
        if (shown.code === 0 && shown.stdout.trim() !== '') {
            const previous = info;
            info = parseScontrolJob(shown.stdout.trim().split('\n')[0]);
            if (info.state === 'PENDING') {
                const now = performance.now();
                if (info.reason !== lastPendingReason || now - lastPendingSaid >= PENDING_REPEAT_MS) {
                    lastPendingReason = info.reason;
                    lastPendingSaid = now;
                    emit({ kind: 'pending', jobId, reason: info.reason, seconds: Math.round(elapsedSeconds()) });
                }
            }
            else if (previous === null || previous.state === 'PENDING') {
                if (!cancelledPending)
                    emit({ kind: 'started', jobId, nodeList: info.nodeList, queueSeconds: queueSecondsOf(info) ?? Math.round(elapsedSeconds()) });
            }
            if (isFinishedState(info.state)) {
                finished = true;
                break;
            }
            if (cancelAsked > 0 && performance.now() - cancelAsked >= CANCEL_REPEAT_MS)
                scancel(null);
        }
        else if (/invalid job id/i.test(shown.stderr)) {
            // The controller has forgotten the job (MinJobAge passed): it is over.
            gone = true;
            finished = true;
            break;
        }
        else if (performance.now() - lastError >= PENDING_REPEAT_MS) {
            lastError = performance.now();
            emit({ kind: 'slurm-error', jobId, command: `scontrol show job -o ${jobId}`, message: (shown.error ?? shown.stderr.trim()) || `exit code ${shown.code}` });
        }
        await delay(pollMs);
    }
    // A finished job may still be completing on its nodes; the queue is clear once squeue no longer lists it.
    const drainDeadline = performance.now() + DRAIN_TIMEOUT_MS;
    while (performance.now() < drainDeadline) {
        const queued = await runCommand('squeue', ['-h', '-o', '%i', '-j', jobId], env, { timeoutMs: 30_000 });
        if (queued.code !== 0 || queued.stdout.trim() === '')
            break;
        await delay(Math.min(pollMs, 500));
    }
    ended = true;
    const endedAt = new Date();
    const durationSeconds = (performance.now() - started) / 1000;
    for (const timer of timers)
        clearTimeout(timer);
    for (const [signal, handler] of handlers)
        process.off(signal, handler);
    process.off('exit', onExit);
    await tail.finish();
    const final = info;
    const state = cancelledPending && (final === null || final.nodeList === null) ? 'PENDING' : gone || final === null ? 'UNKNOWN' : final.state;
    const exitCode = final?.exitCode ?? null;
    const exitSignal = signalName(final?.exitSignal ?? null);
    emit({ kind: 'finished', jobId, state, exitCode: `${exitCode ?? '?'}:${final?.exitSignal ?? '?'}` });
    const result = jobOutcome(state, exitCode, exitSignal, lastSent);
    const ran = final !== null && state !== 'PENDING' && final.startTime !== null;
    return {
        ...result,
        // Slurm's own time limit (--time) is a budget too.
        timedOut: timedOut || state === 'TIMEOUT',
        cancelled,
        startedAt,
        endedAt,
        durationSeconds,
        spawnError: null,
        slurm: {
            jobId,
            partition: final?.partition ?? null,
            nodes: ran ? final.nodes : null,
            nodeList: ran ? final.nodeList : null,
            gpus: ran ? final.gpus : null,
            queueSeconds: ran ? queueSecondsOf(final) : null,
            runSeconds: ran && final.endTime !== null && final.startTime !== null ? Math.max(0, (final.endTime.getTime() - final.startTime.getTime()) / 1000) : null,
            // As run@1 keeps them: 200 options of up to 4096 characters (a path in --chdir or --output can be long).
            sbatchOptions: sbatchOptions.slice(0, 200).map((option) => option.slice(0, 4096)),
            state,
            reason: final?.reason ?? null,
        },
    };
}
function queueSecondsOf(info) {
    if (info.submitTime === null || info.startTime === null)
        return null;
    return Math.max(0, (info.startTime.getTime() - info.submitTime.getTime()) / 1000);
}
function supervise_failedStart(startedAt, started, message) {
    return {
        exitCode: null,
        signal: null,
        timedOut: false,
        cancelled: null,
        startedAt,
        endedAt: new Date(),
        durationSeconds: (performance.now() - started) / 1000,
        spawnError: message,
        slurm: null,
    };
}
/** The environment sbatch runs in (and, through --export=ALL, the job): the given one less sbatch's own inputs that would override ours. */
function submitEnvironment(env) {
    const copy = { ...env };
    for (const name of SUBMIT_VARIABLES_DROPPED)
        delete copy[name];
    return copy;
}

;// CONCATENATED MODULE: ../../packages/supervisor/src/train.ts












/** The preflight refused to start the run: no GPU where one is required, too little memory or disk, a busy GPU. */
class PreflightError extends errors/* CrucibleError */.E0 {
    constructor(message) {
        super(message);
        this.name = 'PreflightError';
    }
}
function lowerFirst(text) {
    return text.charAt(0).toLowerCase() + text.slice(1);
}
function describeGpus(gpus) {
    if (gpus.length === 0)
        return 'no GPU';
    const first = gpus[0];
    const memory = first.memoryTotalMiB == null ? '' : ` (${Math.round(first.memoryTotalMiB / 1024)} GiB)`;
    const versions = [first.driverVersion == null ? '' : `driver ${first.driverVersion}`, first.cudaVersion == null ? '' : `CUDA ${first.cudaVersion}`].filter(Boolean).join(', ');
    return `${gpus.length} × ${first.name ?? 'GPU'}${memory}${versions === '' ? '' : `, ${versions}`}`;
}
/**
 * Looks at the machine before anything runs: GPUs (count, model, memory, driver, CUDA), other processes holding
 * GPU memory, free disk. Throws PreflightError with the likely causes when a requirement fails.
 */
async function preflight(options, log) {
    const probe = options.gpu === 'none' ? { vendor: null, tool: null, gpus: [], busy: [], problems: [], droppedFields: [] } : await probeGpus({ env: options.env });
    const gpus = probe.gpus;
    if (options.gpu !== 'none')
        log.info(`GPUs: ${describeGpus(gpus)}${probe.tool === null ? '' : ` (${probe.tool})`}.`);
    for (const problem of probe.problems)
        log.info(problem);
    if ((probe.hiddenByCudaVisibleDevices ?? 0) > 0)
        log.info(`${probe.hiddenByCudaVisibleDevices} GPU(s) of this machine are hidden from the job by CUDA_VISIBLE_DEVICES.`);
    if (options.gpu === 'required' && gpus.length < Math.max(1, options.minGpus)) {
        const wanted = Math.max(1, options.minGpus);
        if (gpus.length === 0)
            throw new PreflightError(`gpu: required, and ${lowerFirst(explainMissingGpus(probe, options.env))}`);
        throw new PreflightError(`min-gpus: ${wanted}, and only ${gpus.length} GPU(s) are visible (${describeGpus(gpus)}). Pick a runner label whose machines have ${wanted} GPUs, or lower min-gpus.`);
    }
    if (options.gpu === 'optional' && gpus.length === 0)
        log.info('No GPU is visible; training runs on the CPU (gpu: optional).');
    else if (options.gpu === 'optional' && gpus.length < options.minGpus) {
        log.warning(`min-gpus is ${options.minGpus} but ${gpus.length} GPU(s) are visible; with gpu: optional the run goes on. Set gpu: required to refuse such a runner.`);
    }
    if (options.minGpuMemoryMiB !== undefined) {
        const small = gpus.filter((gpu) => gpu.memoryTotalMiB != null && gpu.memoryTotalMiB < options.minGpuMemoryMiB);
        if (small.length > 0) {
            throw new PreflightError(`min-gpu-memory: GPU ${small.map((gpu) => `${gpu.index} (${gpu.name}, ${gpu.memoryTotalMiB} MiB)`).join(', ')} has less than ${options.minGpuMemoryMiB} MiB. Pick a runner label with larger GPUs, or lower min-gpu-memory.`);
        }
    }
    if (probe.busy.length > 0 && options.busyGpu !== 'ignore') {
        const holders = probe.busy
            .map((busy) => `GPU ${busy.gpuIndex}: ${busy.pid === null ? 'memory in use by a process this container cannot see' : `pid ${busy.pid}${busy.processName === null ? '' : ` (${busy.processName})`}`}${busy.usedMemoryMiB === null ? '' : `, ${busy.usedMemoryMiB} MiB`}`)
            .join('; ');
        const message = `Other processes already hold GPU memory (${holders}). A job that ran before on this runner may have left a process behind; training may run out of memory.`;
        if (options.busyGpu === 'fail')
            throw new PreflightError(`busy-gpu: fail. ${message} Stop those processes or use another runner.`);
        log.warning(`${message} Set busy-gpu: fail to refuse such a runner.`, 'GPU memory already in use');
    }
    let free = null;
    try {
        free = await freeDiskBytes(options.cwd);
    }
    catch {
        free = null;
    }
    if (free !== null)
        log.info(`Free disk in ${options.cwd}: ${(free / 1024 ** 3).toFixed(1)} GiB.`);
    if (options.minFreeDiskBytes !== undefined && free !== null && free < options.minFreeDiskBytes) {
        throw new PreflightError(`min-free-disk: ${(free / 1024 ** 3).toFixed(1)} GiB free in ${options.cwd}, less than ${(options.minFreeDiskBytes / 1024 ** 3).toFixed(1)} GiB. Clean the runner's work folder (old checkouts, caches, checkpoints) or use a runner with more disk.`);
    }
    return { probe, gpus, freeDiskBytes: free };
}
function describeEvent(event, graceSeconds, target = 'the training process group') {
    switch (event.kind) {
        case 'submitted':
            return `Submitted Slurm job ${event.jobId} (sbatch ${event.sbatchOptions.join(' ')}).`;
        case 'pending':
            return `Slurm job ${event.jobId} is pending${event.reason === null ? '' : ` (${event.reason})`} after ${formatSeconds(event.seconds)} in the queue.`;
        case 'started':
            return `Slurm job ${event.jobId} started on ${event.nodeList ?? 'its nodes'} after ${formatSeconds(event.queueSeconds)} in the queue.`;
        case 'cancelled-pending':
            return `Slurm job ${event.jobId} was still pending after ${formatSeconds(event.afterSeconds)}; it was cancelled before it ran (${event.cause === 'budget' ? 'time budget reached' : `${event.cause} received`}).`;
        case 'finished':
            return `Slurm job ${event.jobId} ended: ${event.state}, exit code ${event.exitCode}.`;
        case 'slurm-error':
            return `Slurm job ${event.jobId}: ${event.command} failed (${event.message}); following the job goes on.`;
        case 'budget':
            return event.step === 'SIGINT'
                ? `Time budget of ${formatSeconds(event.afterSeconds)} reached: sending SIGINT to ${target} so it can save; SIGTERM follows in ${graceSeconds}s, SIGKILL ${graceSeconds}s after that.`
                : `Still running at ${formatSeconds(event.afterSeconds)}: sending ${event.step} to ${target}.`;
        case 'forwarded':
            return `Received ${event.signal} (the job is being cancelled): forwarded it to ${target}.`;
        case 'escalated':
            return `Still running: sending SIGKILL to ${target}, because ${event.reason}.`;
        case 'leftovers':
            return `The command has ended but processes it started are still running: sending ${event.signal} to its group.`;
        case 'escaped': {
            const list = event.processes.map((entry) => `pid ${entry.pid} (${entry.command})`).join(', ');
            return event.signal === 'SIGKILL'
                ? `Still running after SIGTERM, outside the command's process group: ${list}; sending SIGKILL.`
                : `The command has ended but ${event.processes.length} process(es) it started left its process group (setsid, or a daemon) and are still running: ${list}. Sending SIGTERM; start a process meant to outlive the run with CRUCIBLE_TRACKING_ID=0.`;
        }
    }
}
/** What the user gave, relative to the working directory. */
const at = (cwd, path) => resolve(cwd, path);
/**
 * Runs the training command and turns what happened into crucible/run@1 evidence: digests of the data first, the
 * command under the supervisor with the telemetry sampler beside it, then metrics, params and output digests.
 */
async function train(options, log) {
    mkdirSync(options.outDir, { recursive: true });
    const secrets = options.secrets ?? [];
    const hide = (text) => (secrets.length === 0 ? text : redactText(text, secrets));
    const command = hide(options.command);
    const problems = [];
    const data = [];
    if (options.dataPaths.length > 0) {
        await log.group('Digesting data', async () => {
            for (const path of options.dataPaths) {
                const digest = await digestPath(at(options.cwd, path), path, 'data-paths');
                log.info(`${path}: sha256 ${digest.sha256} (${digest.files} file(s), ${digest.bytes} bytes)`);
                data.push(digest);
            }
        });
    }
    const { gpus, probe } = options.preflight;
    const rawLogPath = join(options.outDir, 'train.log');
    const slurm = options.slurm;
    const telemetryCsv = join(options.outDir, 'telemetry.csv');
    let telemetryPath = null;
    let sampler;
    if (slurm === undefined && probe.tool !== null && gpus.length > 0) {
        telemetryPath = telemetryCsv;
        sampler = startTelemetry({
            tool: probe.tool,
            intervalMs: options.telemetryIntervalSeconds * 1000,
            csvPath: telemetryPath,
            env: options.env,
            gpuCount: gpus.length,
            // Only the GPUs this job may use (CUDA_VISIBLE_DEVICES), by their physical index.
            gpuIndexes: gpus.map((gpu) => gpu.index),
        });
    }
    log.info(`Running: ${command}${options.timeBudgetSeconds === undefined ? '' : ` (time budget ${formatSeconds(options.timeBudgetSeconds)})`}`);
    const warn = (event, target) => log.warning(describeEvent(event, options.graceSeconds, target), event.kind === 'budget' ? 'Time budget reached' : event.kind === 'escaped' ? 'Processes left the run' : undefined);
    // What both backends take alike: the command, the budget and its grace, the log, the signals.
    const common = {
        argv: options.argv,
        cwd: options.cwd,
        env: options.env,
        ...(options.timeBudgetSeconds === undefined ? {} : { timeBudgetMs: options.timeBudgetSeconds * 1000 }),
        graceMs: options.graceSeconds * 1000,
        rawLogPath,
        forwardSignals: options.forwardSignals,
        ...(options.killAfterTermMs === undefined ? {} : { killAfterTermMs: options.killAfterTermMs }),
        ...(options.killAfterTermReason === undefined ? {} : { killAfterTermReason: options.killAfterTermReason }),
        ...(options.stdout === undefined ? {} : { stdout: options.stdout }),
    };
    let slurmRecord = null;
    let jobId = '';
    let result;
    if (slurm === undefined) {
        result = await log.group('Training', () => supervise({ ...common, onEvent: (event) => warn(event) }));
    }
    else {
        const ran = await log.group('Training (Slurm)', () => superviseSlurm({
            ...common,
            request: slurm.request,
            names: slurm.names,
            jobName: slurm.jobName,
            launcher: slurm.launcher,
            onEvent: (event) => {
                switch (event.kind) {
                    case 'submitted':
                        jobId = event.jobId;
                        slurm.onSubmitted?.(event.jobId);
                        log.info(describeEvent(event, options.graceSeconds));
                        return;
                    case 'started': {
                        log.info(describeEvent(event, options.graceSeconds));
                        // GPUs are sampled where they are: an srun --overlap step on each of the job's nodes.
                        const nodes = slurm.request.nodes ?? 1;
                        const prefix = slurmTelemetryPrefix({ jobId: event.jobId, nodes, gpus: nodes * (slurm.request.gpusPerNode ?? 0) });
                        if (slurm.sampleGpus && prefix !== null && sampler === undefined) {
                            telemetryPath = telemetryCsv;
                            sampler = startTelemetry({ tool: 'nvidia-smi', intervalMs: options.telemetryIntervalSeconds * 1000, csvPath: telemetryPath, env: options.env, gpuCount: slurm.request.gpusPerNode ?? 0, prefix });
                        }
                        return;
                    }
                    case 'pending':
                    case 'finished':
                        log.info(describeEvent(event, options.graceSeconds));
                        return;
                    default:
                        warn(event, `Slurm job ${jobId}`);
                }
            },
        }));
        slurmRecord = ran.slurm;
        result = ran;
    }
    let telemetry = null;
    if (sampler !== undefined) {
        telemetry = await sampler.stop();
        // In a Slurm job the sampler is a job step: it ends with the job (and with the budget's or a cancel's signal,
        // which reaches every step), usually before it is stopped here. Once it has sampled, that end is no problem.
        const problems = slurm !== undefined && (telemetry?.samples ?? 0) > 0 ? [] : sampler.problems;
        // A sampler that failed costs only telemetry: said as a warning, never a failed run.
        for (const problem of problems)
            log.warning(`GPU telemetry: ${problem}`, 'GPU telemetry incomplete');
    }
    const ended = result.spawnError !== null
        ? `could not start: ${result.spawnError}`
        : slurmRecord?.state === 'PENDING'
            ? `Slurm job ${slurmRecord.jobId} never left the queue`
            : result.signal !== null
                ? `killed by ${result.signal}`
                : `exit code ${result.exitCode}`;
    log.info(`Training ended after ${formatSeconds(result.durationSeconds)}: ${ended}${result.timedOut ? ' (stopped by the time budget)' : ''}${result.cancelled === null ? '' : ' (cancelled)'}.`);
    const succeeded = result.exitCode === 0 && !result.timedOut && result.cancelled === null;
    const metrics = {};
    const histories = {};
    if (options.metricsPath !== undefined) {
        try {
            const run = await loadRun(at(options.cwd, options.metricsPath));
            for (const [name, metric] of run.metrics) {
                // Evidence keeps names of up to 512 characters (a hostile or broken file cannot balloon a report).
                if (name.length > 512) {
                    problems.push(`metrics-path: a metric name of ${name.length} characters ("${name.slice(0, 40)}...") is longer than 512; it is left out.`);
                    continue;
                }
                metrics[name] = metric.value;
                if (metric.history.length > 0)
                    histories[name] = thinHistory(metric.history);
            }
            log.info(`Metrics: ${run.metrics.size} from ${options.metricsPath} (${run.formats.join(', ') || 'no format'}).`);
        }
        catch (error) {
            problems.push(`metrics-path: ${describe(error)}`);
        }
    }
    let params;
    if (options.paramsPath !== undefined) {
        try {
            params = {};
            for (const [name, param] of await loadParams(at(options.cwd, options.paramsPath))) {
                // The evidence bounds names (512) and values (10,000): a prompt template as a param is cut, said so.
                if (name.length === 0 || name.length > 512) {
                    problems.push(`params-path: a param name of ${name.length} characters is left out (names are 1 to 512 characters).`);
                    continue;
                }
                // A param file may hold a key or a URL with credentials in it (a config dumped whole), as the command may.
                const value = hide(param.value);
                if (value.length > 10_000)
                    problems.push(`params-path: the value of "${name.slice(0, 80)}" is ${value.length} characters; the evidence keeps its first 10,000.`);
                params[name] = value.length > 10_000 ? `${value.slice(0, 9_999)}…` : value;
            }
        }
        catch (error) {
            problems.push(`params-path: ${describe(error)}`);
        }
    }
    const outputs = [];
    // A cancelled run has seconds left before the runner's kill: outputs are digested only when there is time.
    if (result.cancelled === null) {
        for (const path of options.outputs) {
            try {
                outputs.push(await digestPath(at(options.cwd, path), path, 'outputs'));
            }
            catch (error) {
                if (succeeded)
                    problems.push(describe(error));
            }
        }
    }
    const evidence = {
        schema: 'crucible/run@1',
        command: command.slice(0, 100_000),
        exitCode: result.exitCode,
        signal: result.signal,
        durationSeconds: Number(result.durationSeconds.toFixed(3)),
        timedOut: result.timedOut,
        cancelled: result.cancelled !== null,
        startedAt: result.startedAt.toISOString(),
        endedAt: result.endedAt.toISOString(),
        timeBudgetSeconds: options.timeBudgetSeconds ?? null,
        launcher: options.launcher,
        runner: options.runner,
        backend: slurm === undefined ? 'local' : 'slurm',
        ...(slurm === undefined ? {} : { slurm: slurmRecord }),
        gpus,
        telemetry,
        metrics,
        ...(Object.keys(histories).length > 0 ? { histories } : {}),
        ...(params === undefined ? {} : { params }),
        data,
        outputs,
        checkpoint: options.checkpoint === undefined ? null : { path: options.checkpoint.path, restoredKey: options.checkpoint.restoredKey, bytes: null },
        git: options.git,
    };
    // What is written must read back: a document its own schema refuses would be refused by report and gate.
    const checked = RunEvidenceSchema.safeParse(evidence);
    if (!checked.success) {
        const issue = checked.error.issues[0];
        throw new CrucibleError(`The run evidence does not fit crucible/run@1 at ${issue?.path.join('.') || '(root)'}: ${issue?.message}. This is a bug in Crucible; report it with the command's metrics and params files.`);
    }
    return { evidence, result, rawLogPath, telemetryPath, problems: problems.map(hide) };
}
function describe(error) {
    return isCrucibleError(error) || error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ../../packages/supervisor/src/slurm/index.ts






;// CONCATENATED MODULE: ../../packages/supervisor/src/index.ts














/***/ })

};
