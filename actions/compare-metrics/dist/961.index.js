export const id = 961;
export const ids = [961];
export const modules = {

/***/ 97394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kb: () => (/* binding */ excerpt),
/* harmony export */   Nv: () => (/* binding */ readFileSafelyAsync),
/* harmony export */   TY: () => (/* binding */ checkReadableFileAsync),
/* harmony export */   _0: () => (/* binding */ readTextSafely),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   fJ: () => (/* binding */ readFileSafely)
/* harmony export */ });
/* unused harmony exports UnsafeFileError, isInside, checkReadableFile, EncodingError, foreignEncoding, ensureUtf8 */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29179);
/**
 * The one way Crucible opens a file a user or a pull request named (metrics, evidence, crucible.yml, data schemas,
 * data files). A fork's pull request can commit a symbolic link, and the action runs on that checkout and posts
 * what it read, so before anything is opened:
 * - only a regular file is read: FIFOs (which would block the open), sockets, devices (`/dev/zero` never ends) and
 *   anything under /proc, /sys or /dev (where `environ` holds the step's token) are refused by what `stat` and
 *   `realpath` say;
 * - inside the workspace, a path that resolves outside it through a link is refused, naming the link; a path named
 *   outside the workspace stays allowed (GPU runners keep data on other disks);
 * - the size cap counts bytes actually read, not the `stat` size, so a file that grows while read stops at the cap.
 * Errors name the path and never quote the file's content.
 */




/** A file Crucible refuses to open (not a regular file, a system file, a link out of the workspace, too large). */
class UnsafeFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL {
    constructor(message, options) {
        super(message, options);
        this.name = 'UnsafeFileError';
    }
}
/** Folders of the kernel's own files: reading them leaks the process (environ) or never ends. */
const SYSTEM_FOLDERS = ['/proc', '/sys', '/dev'];
/** `child` is `folder` or below it. */
function isInside(child, folder) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(folder, child);
    return path === '' || (!path.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(path));
}
function kindOf(info) {
    if (info.isFIFO())
        return 'a FIFO (named pipe)';
    if (info.isSocket())
        return 'a socket';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    if (info.isDirectory())
        return 'a folder';
    return 'not a regular file';
}
/** Why a path must not be opened, or undefined when it may be. `real` is its realpath, `info` its stat. */
function refusal(path, real, info, options, workspaceReal) {
    const label = options.label ?? path;
    const system = SYSTEM_FOLDERS.find((folder) => isInside(real, folder));
    if (system !== undefined) {
        return `${label}: resolves to ${real}, a system file under ${system}; Crucible reads only regular files. Pass the file your job wrote.`;
    }
    if (!info.isFile()) {
        return info.isDirectory()
            ? `${label}: is a folder where a file was expected; pass a file.`
            : `${label}: is ${kindOf(info)}, not a regular file; Crucible reads only regular files. Pass a regular file.`;
    }
    if (options.workspace !== undefined) {
        const workspace = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(options.workspace);
        const named = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
        const inWorkspace = isInside(named, workspace) || (workspaceReal !== undefined && isInside(named, workspaceReal));
        const staysInside = isInside(real, workspace) || (workspaceReal !== undefined && isInside(real, workspaceReal));
        if (inWorkspace && !staysInside) {
            return (`${label}: is a symbolic link (or lies below one) that resolves to ${real}, outside the workspace ${workspace}; ` +
                'Crucible does not follow links out of the workspace, since a pull request can commit one. ' +
                'Copy the file into the workspace, or name its real path.');
        }
    }
    return undefined;
}
function realWorkspace(options) {
    if (options.workspace === undefined)
        return undefined;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(options.workspace);
    }
    catch {
        return undefined;
    }
}
async function realWorkspaceAsync(options) {
    if (options.workspace === undefined)
        return undefined;
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(options.workspace).catch(() => undefined);
}
/**
 * Throws UnsafeFileError unless `path` is a regular file that may be read; file-system errors (ENOENT, EACCES)
 * pass through for the caller to word. Opens nothing, so a FIFO cannot block it.
 */
function checkReadableFile(path, options = {}) {
    const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    const problem = refusal(path, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path), info, options, realWorkspace(options));
    if (problem !== undefined)
        throw new UnsafeFileError(problem);
    return info;
}
/** As checkReadableFile, without blocking the event loop. */
async function checkReadableFileAsync(path, options = {}) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
    const problem = refusal(path, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path), info, options, await realWorkspaceAsync(options));
    if (problem !== undefined)
        throw new UnsafeFileError(problem);
    return info;
}
// O_NONBLOCK: should a FIFO replace the checked file in between, the open returns instead of waiting for a writer.
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY ?? 0);
function overCap(label, bytes, options) {
    return (options.tooLarge?.(label, bytes) ??
        new UnsafeFileError(`${label}: ${bytes} bytes is over the ${options.maxBytes}-byte limit for this file; refusing to read it.`));
}
/** Re-checks the opened descriptor, in case the path changed between the check and the open. */
function checkOpened(info, label) {
    if (!info.isFile())
        throw new UnsafeFileError(`${label}: is ${kindOf(info)}, not a regular file; Crucible reads only regular files.`);
}
/**
 * The bytes of one read, in one buffer sized from `fstat` (plus one byte, to see a file that grows) and grown by
 * doubling only when the file outgrows it, so a file is copied once; counting stops past `maxBytes`.
 */
class BoundedBytes {
    #buffer;
    #total = 0;
    #options;
    #label;
    constructor(size, options, label) {
        this.#buffer = Buffer.allocUnsafe(Math.min(Math.max(size, 8192), options.maxBytes) + 1);
        this.#options = options;
        this.#label = label;
    }
    /** Where the next read goes. */
    room() {
        if (this.#total === this.#buffer.length) {
            const grown = Buffer.allocUnsafe(Math.min(this.#buffer.length * 2, this.#options.maxBytes + 1));
            this.#buffer.copy(grown, 0, 0, this.#total);
            this.#buffer = grown;
        }
        return this.#buffer.subarray(this.#total);
    }
    advance(read) {
        this.#total += read;
        if (this.#total > this.#options.maxBytes)
            throw overCap(this.#label, this.#total, this.#options);
    }
    result() {
        return this.#buffer.subarray(0, this.#total);
    }
}
/** A checked file's bytes, at most `maxBytes` of them counted as read (a growing file stops at the cap). */
function readFileSafely(path, options) {
    const label = options.label ?? path;
    // Checked before opening too, so an oversized file is never loaded into memory.
    const { size } = checkReadableFile(path, options);
    if (size > options.maxBytes)
        throw overCap(label, size, options);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, OPEN_FLAGS);
    try {
        const opened = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        checkOpened(opened, label);
        const bytes = new BoundedBytes(opened.size, options, label);
        for (;;) {
            const target = bytes.room();
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, target, 0, target.length, null);
            if (read === 0)
                return bytes.result();
            bytes.advance(read);
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** As readFileSafely, without blocking the event loop. */
async function readFileSafelyAsync(path, options) {
    const label = options.label ?? path;
    const { size } = await checkReadableFileAsync(path, options);
    if (size > options.maxBytes)
        throw overCap(label, size, options);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, OPEN_FLAGS);
    try {
        const opened = await handle.stat();
        checkOpened(opened, label);
        const bytes = new BoundedBytes(opened.size, options, label);
        for (;;) {
            const target = bytes.room();
            const { bytesRead } = await handle.read(target, 0, target.length, null);
            if (bytesRead === 0)
                return bytes.result();
            bytes.advance(bytesRead);
        }
    }
    finally {
        await handle.close();
    }
}
/** A text file that is not UTF-8 (UTF-16 or UTF-32, which Windows tools write): one line saying the encoding. */
class EncodingError extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL {
    constructor(message) {
        super(message);
        this.name = 'EncodingError';
    }
}
/** The encoding of bytes that are UTF-16 or UTF-32 by their byte order mark or their NUL pattern, else undefined. */
function foreignEncoding(bytes) {
    const [a, b, c, d] = bytes;
    if (a === 0xff && b === 0xfe && c === 0 && d === 0)
        return 'UTF-32 little-endian (byte order mark FF FE 00 00)';
    if (a === 0 && b === 0 && c === 0xfe && d === 0xff)
        return 'UTF-32 big-endian (byte order mark 00 00 FE FF)';
    if (a === 0xff && b === 0xfe)
        return 'UTF-16 little-endian (byte order mark FF FE)';
    if (a === 0xfe && b === 0xff)
        return 'UTF-16 big-endian (byte order mark FE FF)';
    // Without a mark: ASCII text in UTF-16 has a NUL in every other byte.
    const pairs = Math.min(64, bytes.length >> 1);
    if (pairs < 2)
        return undefined;
    let evenNul = 0;
    let oddNul = 0;
    for (let i = 0; i < pairs; i++) {
        if (bytes[2 * i] === 0 && bytes[2 * i + 1] !== 0)
            evenNul++;
        if (bytes[2 * i + 1] === 0 && bytes[2 * i] !== 0)
            oddNul++;
    }
    if (oddNul >= pairs * 0.75)
        return 'UTF-16 little-endian (no byte order mark; every other byte is NUL)';
    if (evenNul >= pairs * 0.75)
        return 'UTF-16 big-endian (no byte order mark; every other byte is NUL)';
    return undefined;
}
/** Refuses UTF-16/UTF-32 bytes with one line naming the file and the encoding. */
function ensureUtf8(bytes, label) {
    const encoding = foreignEncoding(bytes);
    if (encoding !== undefined) {
        throw new EncodingError(`${label}: the file is encoded as ${encoding}; Crucible reads UTF-8. ` +
            'Save it as UTF-8 (for example `iconv -f UTF-16 -t UTF-8 in > out`).');
    }
}
/** UTF-8 text of bytes, without a leading byte order mark; UTF-16/UTF-32 are refused, naming the encoding. */
function decodeUtf8(bytes, label) {
    ensureUtf8(bytes, label);
    const text = bytes.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** A checked text file, capped and decoded (see readFileSafely and decodeUtf8). */
function readTextSafely(path, options) {
    return decodeUtf8(readFileSafely(path, options), options.label ?? path);
}
/**
 * A short, escaped excerpt of text from a file, for an error message: never the content itself, which may be a
 * secret a link pointed at.
 */
function excerpt(text, max = 24) {
    const shown = text.length > max ? `${text.slice(0, max)}...` : text;
    return JSON.stringify(shown).replace(/[\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


/***/ }),

/***/ 48961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BaselineInfoSchema: () => (/* reexport */ BaselineInfoSchema),
  CheckResultSchema: () => (/* reexport */ CheckResultSchema),
  ComparisonEvidenceSchema: () => (/* reexport */ ComparisonEvidenceSchema),
  ConfigError: () => (/* reexport */ errors/* ConfigError */.xL),
  CrucibleConfigSchema: () => (/* reexport */ CrucibleConfigSchema),
  CrucibleError: () => (/* reexport */ errors/* CrucibleError */.E0),
  DEFAULT_CONFIG: () => (/* reexport */ DEFAULT_CONFIG),
  DigestSchema: () => (/* reexport */ DigestSchema),
  DriftResultSchema: () => (/* reexport */ DriftResultSchema),
  EVIDENCE_KINDS: () => (/* reexport */ EVIDENCE_KINDS),
  EvidenceError: () => (/* reexport */ EvidenceError),
  GitInfoSchema: () => (/* reexport */ GitInfoSchema),
  GpuInfoSchema: () => (/* reexport */ GpuInfoSchema),
  GpuTelemetrySchema: () => (/* reexport */ GpuTelemetrySchema),
  HISTORY_RUNS: () => (/* reexport */ HISTORY_RUNS),
  InputError: () => (/* reexport */ errors/* InputError */.dz),
  MAX_EVIDENCE_BYTES: () => (/* reexport */ MAX_EVIDENCE_BYTES),
  MAX_METRICS_FILE_BYTES: () => (/* reexport */ loaders_context/* MAX_METRICS_FILE_BYTES */.wU),
  MAX_METRICS_PER_RUN: () => (/* reexport */ loaders_context/* MAX_METRICS_PER_RUN */.pC),
  METRICS_FORMATS: () => (/* reexport */ METRICS_FORMATS),
  MetricsFileError: () => (/* reexport */ loaders_errors/* MetricsFileError */.s),
  NotImplementedError: () => (/* reexport */ errors/* NotImplementedError */.EH),
  ProfileColumnSchema: () => (/* reexport */ ProfileColumnSchema),
  ProfileEvidenceSchema: () => (/* reexport */ ProfileEvidenceSchema),
  RunEvidenceSchema: () => (/* reexport */ RunEvidenceSchema),
  RunnerInfoSchema: () => (/* reexport */ RunnerInfoSchema),
  TelemetrySummarySchema: () => (/* reexport */ TelemetrySummarySchema),
  ValidationEvidenceSchema: () => (/* reexport */ ValidationEvidenceSchema),
  ZERO_TOLERANCE: () => (/* reexport */ ZERO_TOLERANCE),
  benjaminiHochberg: () => (/* reexport */ benjaminiHochberg),
  compareRuns: () => (/* reexport */ compareRuns),
  comparisonEvidence: () => (/* reexport */ comparisonEvidence),
  describeBaseline: () => (/* reexport */ describeBaseline),
  dottedPath: () => (/* reexport */ dottedPath),
  emptyOutcome: () => (/* reexport */ emptyOutcome),
  escapeCode: () => (/* reexport */ escapeCode),
  escapeMarkdown: () => (/* reexport */ escapeMarkdown),
  findEvidence: () => (/* reexport */ findEvidence),
  formatAge: () => (/* reexport */ formatAge),
  formatIssues: () => (/* reexport */ formatIssues),
  formatNumber: () => (/* reexport */ formatNumber),
  formatPercent: () => (/* reexport */ formatPercent),
  formatTolerance: () => (/* reexport */ formatTolerance),
  gitInfo: () => (/* reexport */ gitInfo),
  globMatcher: () => (/* reexport */ globMatcher),
  inferDirection: () => (/* reexport */ inferDirection),
  isCrucibleError: () => (/* reexport */ errors/* isCrucibleError */.KZ),
  isGlob: () => (/* reexport */ isGlob),
  loadConfig: () => (/* reexport */ loadConfig),
  loadParams: () => (/* reexport */ loadParams),
  loadRun: () => (/* reexport */ loadRun),
  mean: () => (/* reexport */ mean),
  noiseHistory: () => (/* reexport */ noiseHistory),
  normalQuantile: () => (/* reexport */ normalQuantile),
  parseConfig: () => (/* reexport */ parseConfig),
  parseEvidence: () => (/* reexport */ parseEvidence),
  parseTolerance: () => (/* reexport */ parseTolerance),
  parseYamlDocument: () => (/* reexport */ parseYamlDocument),
  parseYamlFile: () => (/* reexport */ parseYamlFile),
  pooledSpread: () => (/* reexport */ pooledSpread),
  promotionNeeds: () => (/* reexport */ promotionNeeds),
  readEvidenceFile: () => (/* reexport */ readEvidenceFile),
  recordsCommit: () => (/* reexport */ recordsCommit),
  renderComparisonMarkdown: () => (/* reexport */ renderComparisonMarkdown),
  renderMetricTable: () => (/* reexport */ renderMetricTable),
  renderReport: () => (/* reexport */ renderReport),
  renderRunMarkdown: () => (/* reexport */ renderRunMarkdown),
  renderValidationMarkdown: () => (/* reexport */ renderValidationMarkdown),
  ruleFor: () => (/* reexport */ ruleFor),
  runFromRunEvidence: () => (/* reexport */ runFromRunEvidence),
  runsFromComparisonEvidence: () => (/* reexport */ runsFromComparisonEvidence),
  showInvisible: () => (/* reexport */ showInvisible),
  silentLog: () => (/* reexport */ silentLog),
  standardDeviation: () => (/* reexport */ standardDeviation),
  studentTCdf: () => (/* reexport */ studentTCdf),
  studentTQuantile: () => (/* reexport */ studentTQuantile),
  systemClock: () => (/* reexport */ systemClock),
  terminalText: () => (/* reexport */ terminalText),
  thinHistory: () => (/* reexport */ thinHistory),
  toleranceAmount: () => (/* reexport */ toleranceAmount),
  welchInterval: () => (/* reexport */ welchInterval)
});

// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(29179);
;// CONCATENATED MODULE: ../../packages/core/src/issues.ts
/**
 * Turns zod issues into one line per problem, `path: message`, never raw JSON. `describePath` lets each caller
 * name the path the way its user wrote it: an action input (`Input "tolerance"`), a YAML path
 * (`crucible.yml: metrics.rules[2].tolerance`) or a JSON field.
 */
function formatIssues(issues, describePath = dottedPath) {
    return issues.map((issue) => `${describePath(issue.path)}: ${issue.message}`).join('\n');
}
/** `metrics.rules[2].tolerance`, or `(root)` for the document itself. */
function dottedPath(path) {
    if (path.length === 0)
        return '(root)';
    let out = '';
    for (const key of path) {
        if (typeof key === 'number')
            out += `[${key}]`;
        else
            out += out === '' ? String(key) : `.${String(key)}`;
    }
    return out;
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(88293);
// EXTERNAL MODULE: ../../packages/core/src/fs/safe-file.ts
var safe_file = __webpack_require__(97394);
;// CONCATENATED MODULE: ../../packages/core/src/yaml-file.ts




/**
 * Parses a YAML file a person wrote and validates it with a zod schema. Every problem becomes one line naming the
 * file, the line and the YAML path (`crucible.yml:12: metrics.rules[2].tolerance: ...`), all of them at once.
 */
function parseYamlFile(text, file, schema) {
    return parseYamlDocument(text, file, schema).data;
}
/** As parseYamlFile, and also the line of any YAML path, for annotations that point into the file. */
function parseYamlDocument(text, file, schema) {
    const lines = new dist/* LineCounter */.HN();
    const document = (0,dist.parseDocument)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
    if (document.errors.length > 0) {
        const problems = document.errors.map((error) => {
            const line = error.linePos?.[0]?.line;
            const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
            return `${file}${line === undefined ? '' : `:${line}`}: ${message}`;
        });
        throw new errors/* ConfigError */.xL(`${problems.join('\n')}\nFix the YAML syntax.`);
    }
    const result = schema.safeParse(toPlainData(document, file) ?? {});
    if (result.success)
        return { data: result.data, lineOf: (path) => lineOf(document.contents, path, lines) };
    const problems = result.error.issues.map((issue) => {
        const line = lineOf(document.contents, issue.path, lines);
        return `${file}${line === undefined ? '' : `:${line}`}: ${dottedPath(issue.path)}: ${issue.message}`;
    });
    throw new errors/* ConfigError */.xL(problems.join('\n'));
}
/** The most aliases a file may expand: a config needs a few; "billion laughs" needs millions. */
const MAX_YAML_ALIASES = 100;
/**
 * A parsed document as plain data. An alias bomb (anchors that expand into each other) is one line naming the
 * file, not yaml's ReferenceError with a stack trace.
 */
function toPlainData(document, file) {
    try {
        return document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    }
    catch (error) {
        if (error instanceof ReferenceError || error instanceof RangeError) {
            throw new errors/* ConfigError */.xL(`${file}: the YAML expands aliases (*name) too often (more than ${MAX_YAML_ALIASES} times), as an alias bomb does; ` +
                'write the values out, or use fewer aliases.', { cause: error });
        }
        throw error;
    }
}
/** The line of the deepest node that exists along `path` (a missing key points at its parent mapping). */
function lineOf(root, path, lines) {
    let node = root;
    let found = (0,dist/* isNode */.Ll)(root) ? root : undefined;
    for (const key of path) {
        if (!(0,dist/* isCollection */.P3)(node))
            break;
        const next = node.get(typeof key === 'symbol' ? String(key) : key, true);
        if (!(0,dist/* isNode */.Ll)(next)) {
            // Point at the key itself when the value is missing or a plain scalar without a node.
            break;
        }
        node = next;
        found = next;
    }
    const offset = found?.range?.[0];
    return offset === undefined ? undefined : lines.linePos(offset).line;
}
/** crucible.yml and data schemas are a few KiB; the cap keeps a hostile one (or /dev/zero) from filling memory. */
const MAX_YAML_FILE_BYTES = 4 * 1024 * 1024;
/**
 * The text of a YAML file a person wrote: a regular file (never a FIFO, device or /proc file), no link out of the
 * workspace, at most MAX_YAML_FILE_BYTES, UTF-8. File-system errors become one line naming the file.
 */
function readYamlText(path, label, workspace) {
    try {
        return (0,safe_file/* readTextSafely */._0)(path, {
            maxBytes: MAX_YAML_FILE_BYTES,
            label,
            workspace,
            tooLarge: (name, bytes) => new errors/* ConfigError */.xL(`${name}: ${bytes} bytes is over the ${MAX_YAML_FILE_BYTES}-byte limit for a YAML file; point at the YAML file you wrote.`),
        });
    }
    catch (error) {
        const code = error?.code;
        if (code === undefined)
            throw error;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code;
        throw new errors/* ConfigError */.xL(`${label}: cannot read the file (${why}); check the path.`, { cause: error });
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(46038);
;// CONCATENATED MODULE: ../../packages/core/src/metrics/tolerance.ts

const ZERO_TOLERANCE = { kind: 'absolute', amount: 0 };
/** "0.01" or 0.01 (absolute), "2%" (relative). `where` names the input or YAML path in the error. */
function parseTolerance(value, where) {
    const text = String(value).trim();
    const match = /^(\d+(?:\.\d+)?(?:e[+-]?\d+)?)(%?)$/i.exec(text);
    if (match === null) {
        throw new errors/* ConfigError */.xL(`${where} must be a number or a percentage like "2%", got "${text}".`);
    }
    const amount = Number(match[1]);
    return match[2] === '%' ? { kind: 'relative', fraction: amount / 100 } : { kind: 'absolute', amount };
}
/** The tolerance in the metric's own units, given the baseline value it is relative to. */
function toleranceAmount(tolerance, baseline) {
    return tolerance.kind === 'absolute' ? tolerance.amount : tolerance.fraction * Math.abs(baseline);
}
function formatTolerance(tolerance) {
    return tolerance.kind === 'absolute' ? String(tolerance.amount) : `${+(tolerance.fraction * 100).toPrecision(12)}%`;
}

;// CONCATENATED MODULE: ../../packages/core/src/config.ts





/**
 * crucible.yml: metric rules, and the gate policy per environment. One file for the actions and the CLI.
 * Unknown keys are errors (a typo must not silently disable a rule).
 */
const toleranceText = schemas/* union */.KCZ([schemas/* number */.aig().nonnegative(), schemas/* string */.YjP()]).superRefine((value, ctx) => {
    try {
        parseTolerance(value, 'tolerance');
    }
    catch {
        ctx.addIssue({ code: 'custom', message: `must be a number or a percentage like "2%", got ${JSON.stringify(value)}` });
    }
});
const MetricRuleSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().min(1, 'must name a metric or a glob such as "eval/*"'),
    direction: schemas/* enum */.k5n(['higher', 'lower', 'none']).optional(),
    tolerance: toleranceText.optional(),
    required: schemas/* boolean */.zMY().optional(),
    ignore: schemas/* boolean */.zMY().optional(),
})
    .strict();
const EnvironmentPolicySchema = schemas/* object */.Ikc({
    require: schemas/* object */.Ikc({
        'protected-environment': schemas/* boolean */.zMY().default(true),
        approvals: schemas/* number */.aig().int().nonnegative().default(1),
        evidence: schemas/* array */.YOg(schemas/* enum */.k5n(['validation', 'profile', 'comparison', 'run'])).default(['validation', 'comparison', 'run']),
    })
        .strict()
        .prefault({}),
})
    .strict();
const CrucibleConfigSchema = schemas/* object */.Ikc({
    metrics: schemas/* object */.Ikc({
        rules: schemas/* array */.YOg(MetricRuleSchema).default([]),
        tolerance: toleranceText.default(0),
        confidence: schemas/* number */.aig().gt(0.5).lt(1).default(0.95),
    })
        .strict()
        .prefault({}),
    environments: schemas/* record */.g1P(schemas/* string */.YjP(), EnvironmentPolicySchema).default({}),
})
    .strict();
const DEFAULT_CONFIG = {
    file: null,
    metrics: { rules: [], tolerance: ZERO_TOLERANCE, confidence: 0.95 },
    environments: {},
};
function parseConfig(text, file) {
    const { data: raw, lineOf } = parseYamlDocument(text, file, CrucibleConfigSchema);
    return {
        file,
        metrics: {
            rules: raw.metrics.rules.map((rule, i) => ({
                name: rule.name,
                direction: rule.direction,
                tolerance: rule.tolerance === undefined ? undefined : parseTolerance(rule.tolerance, `${file}: metrics.rules[${i}].tolerance`),
                required: rule.required ?? false,
                ignore: rule.ignore ?? false,
                line: lineOf(['metrics', 'rules', i]),
            })),
            tolerance: parseTolerance(raw.metrics.tolerance, `${file}: metrics.tolerance`),
            confidence: raw.metrics.confidence,
        },
        environments: raw.environments,
    };
}
/**
 * Reads crucible.yml. A path the user named must exist; the default one may be absent, and then the defaults
 * apply (no rules, tolerance 0, confidence 0.95, no environments).
 */
function loadConfig(path, options) {
    if (!(0,external_node_fs_.existsSync)(path)) {
        if (!options.explicit)
            return DEFAULT_CONFIG;
        throw new errors/* ConfigError */.xL(`Config file ${path} does not exist. Create it, or leave the config input empty to use the defaults.`);
    }
    return parseConfig(readYamlText(path, path, options.workspace), path);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ../../packages/core/src/git.ts


const SHA = /^[0-9a-f]{40}$/;
/** The .git folder of the checkout holding `cwd` (following a worktree's `gitdir:` file), or undefined. */
function gitDir(cwd) {
    for (let dir = (0,external_node_path_.resolve)(cwd);; dir = (0,external_node_path_.dirname)(dir)) {
        const candidate = (0,external_node_path_.join)(dir, '.git');
        if ((0,external_node_fs_.existsSync)(candidate)) {
            if ((0,external_node_fs_.statSync)(candidate).isDirectory())
                return candidate;
            const pointer = /^gitdir:\s*(.+)$/m.exec((0,external_node_fs_.readFileSync)(candidate, 'utf8'))?.[1]?.trim();
            return pointer === undefined ? undefined : (0,external_node_path_.resolve)(dir, pointer);
        }
        if ((0,external_node_path_.dirname)(dir) === dir)
            return undefined;
    }
}
/** A ref's sha from its loose file or from packed-refs (a worktree keeps them in the common dir). */
function resolveRef(dir, ref) {
    const common = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'commondir')) ? (0,external_node_path_.resolve)(dir, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'commondir'), 'utf8').trim()) : dir;
    for (const base of [dir, common]) {
        const loose = (0,external_node_path_.join)(base, ref);
        if ((0,external_node_fs_.existsSync)(loose))
            return (0,external_node_fs_.readFileSync)(loose, 'utf8').trim();
        const packed = (0,external_node_path_.join)(base, 'packed-refs');
        if ((0,external_node_fs_.existsSync)(packed)) {
            for (const line of (0,external_node_fs_.readFileSync)(packed, 'utf8').split('\n')) {
                const [sha, name] = line.split(' ');
                if (name === ref && sha !== undefined && SHA.test(sha))
                    return sha;
            }
        }
    }
    return undefined;
}
/**
 * The commit evidence is about (ARCHITECTURE.md): GITHUB_SHA / GITHUB_REF when the caller has them, else the git
 * checkout of the working directory, else null. `headSha` is the pull request's head commit when the caller has one
 * (on pull_request events GITHUB_SHA is the merge commit, which nobody pushed), else the same commit as `sha`.
 * Reads files only; it runs no git command.
 */
function gitInfo(fromEnvironment, cwd) {
    if (fromEnvironment.sha !== undefined && SHA.test(fromEnvironment.sha)) {
        const headSha = fromEnvironment.headSha !== undefined && SHA.test(fromEnvironment.headSha) ? fromEnvironment.headSha : fromEnvironment.sha;
        return { sha: fromEnvironment.sha, ref: fromEnvironment.ref || null, headSha };
    }
    // A pull request's head says nothing about a local checkout: it is the merge commit's only.
    const commit = checkoutCommit(cwd);
    return commit === null ? null : { ...commit, headSha: commit.sha };
}
/** The commit checked out in the folder holding `cwd`, from its HEAD. */
function checkoutCommit(cwd) {
    const dir = gitDir(cwd);
    if (dir === undefined || !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'HEAD')))
        return null;
    const head = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'HEAD'), 'utf8').trim();
    if (SHA.test(head))
        return { sha: head, ref: null };
    const ref = /^ref:\s*(\S+)$/.exec(head)?.[1];
    const sha = ref === undefined ? undefined : resolveRef(dir, ref);
    return sha !== undefined && SHA.test(sha) ? { sha, ref: ref ?? null } : null;
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/index.js
var picomatch = __webpack_require__(46444);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ../../packages/core/src/glob.ts

/**
 * Crucible's one glob dialect, for metric rules (`eval/*`, `*loss`) and artifact names (`crucible-run-*`):
 * - `*` matches any run of characters, "/" and "." included (`eval/*` covers `eval/top1/acc`): metric names use
 *   "/" as a separator, not as a directory, so picomatch's bash mode (a single star is a globstar) is used;
 * - `?` matches one character other than "/"; `[abc]`, `[a-z]` and `{a,b}` work as in a shell;
 * - names starting with "." match like any other (`dot`); a leading "!" is literal, not a negation, and `+(a|b)`
 *   style extglobs are off, so a pattern never means "everything but";
 * - a pattern always matches the name it spells exactly, whatever characters that name holds (`acc[0]`).
 * Matching is case-sensitive and the same on every platform (no Windows path rules).
 */
const OPTIONS = { bash: true, dot: true, nonegate: true, noextglob: true, windows: false };
// Rules are matched against every metric of every run: compile each pattern once. Bounded, since the patterns
// come from configuration and inputs and are few; past the bound the oldest is dropped.
const CACHE_LIMIT = 256;
const cache = new Map();
/** A predicate for `pattern` in Crucible's glob dialect (see above). */
function globMatcher(pattern) {
    let matcher = cache.get(pattern);
    if (matcher === undefined) {
        const test = picomatch_default()(pattern, OPTIONS);
        matcher = (name) => name === pattern || test(name);
        if (cache.size >= CACHE_LIMIT)
            cache.delete(cache.keys().next().value);
        cache.set(pattern, matcher);
    }
    return matcher;
}
/** Whether `text` holds glob syntax (`*`, `?`, `[...]`, `{a,b}`), as opposed to naming one thing exactly. */
function isGlob(text) {
    return picomatch_default().scan(text, { nonegate: true }).isGlob;
}

;// CONCATENATED MODULE: ../../packages/core/src/evidence/common.ts

const CommitShaSchema = schemas/* string */.YjP().regex(/^[0-9a-f]{40}$/, 'must be a 40-character commit sha');
/**
 * The commit an evidence document is about: GITHUB_SHA / GITHUB_REF, else the local checkout, else null. `headSha`
 * is the pull request's head commit on pull_request events (where `sha` is the merge commit), else equal to `sha`;
 * optional so that evidence written before it existed still parses.
 */
const GitInfoSchema = schemas/* object */.Ikc({ sha: CommitShaSchema, ref: schemas/* string */.YjP().nullable(), headSha: CommitShaSchema.optional() }).nullable();
/** Whether evidence recorded for `git` is about `sha`: its own commit, or the pull request head it was merged from. */
function recordsCommit(git, sha) {
    return git !== null && (git.sha === sha || git.headSha === sha);
}
const EVIDENCE_KINDS = ['validation', 'profile', 'run', 'comparison', 'promotion'];
/** A metric name as it travels in evidence: any text, bounded so a hostile file cannot balloon a report. */
const MetricNameSchema = schemas/* string */.YjP().min(1).max(512);
/** A history as [step, value] pairs, compact on the wire. */
const HistorySchema = schemas/* array */.YOg(schemas/* tuple */.PVZ([schemas/* number */.aig(), schemas/* number */.aig()])).max(100_000);

;// CONCATENATED MODULE: ../../packages/core/src/evidence/comparison.ts


const number = schemas/* number */.aig().nullable();
const NoiseSchema = schemas/* discriminatedUnion */.gMt('method', [
    schemas/* object */.Ikc({
        method: schemas/* literal */.euz('welch'),
        confidence: schemas/* number */.aig(),
        low: schemas/* number */.aig(),
        high: schemas/* number */.aig(),
        degreesOfFreedom: schemas/* number */.aig().nullable(),
        threshold: schemas/* number */.aig(),
        /** Base-branch runs pooled into the baseline's spread. */
        historyRuns: schemas/* number */.aig().int().optional(),
    }),
    schemas/* object */.Ikc({ method: schemas/* literal */.euz('history'), standardDeviation: schemas/* number */.aig(), runs: schemas/* number */.aig().int(), threshold: schemas/* number */.aig(), degreesOfFreedom: schemas/* number */.aig().nullable().optional() }),
    schemas/* object */.Ikc({ method: schemas/* literal */.euz('tolerance'), threshold: schemas/* number */.aig() }),
    schemas/* object */.Ikc({ method: schemas/* literal */.euz('none') }),
]);
const MetricComparisonSchema = schemas/* object */.Ikc({
    name: MetricNameSchema,
    baseline: number,
    current: number,
    delta: number,
    deltaPercent: number.optional(),
    direction: schemas/* enum */.k5n(['higher', 'lower', 'none']),
    directionSource: schemas/* enum */.k5n(['rule', 'inferred']).optional(),
    status: schemas/* enum */.k5n(['improved', 'regressed', 'unchanged', 'within-noise', 'added', 'removed', 'invalid']),
    required: schemas/* boolean */.zMY().optional(),
    tolerance: schemas/* string */.YjP().max(64).optional(),
    noise: NoiseSchema.optional(),
    baselineRuns: schemas/* array */.YOg(number).max(1000).optional(),
    currentRuns: schemas/* array */.YOg(number).max(1000).optional(),
    reason: schemas/* string */.YjP().max(1000).optional(),
    /** One-sided p-value against the tolerance boundary, before the correction across metrics (t-tested metrics only). */
    pValue: schemas/* number */.aig().min(0).max(1).optional(),
});
/** How the metrics judged by a t test were corrected for their number (Benjamini-Hochberg at false-discovery rate `level`). */
const CorrectionSchema = schemas/* object */.Ikc({ method: schemas/* literal */.euz('benjamini-hochberg'), level: schemas/* number */.aig(), judged: schemas/* number */.aig().int().nonnegative() });
const BaselineInfoSchema = schemas/* object */.Ikc({
    /** artifact: evidence of the base branch's run at the merge-base; ancestor-artifact: at an older commit. */
    source: schemas/* enum */.k5n(['artifact', 'ancestor-artifact', 'git', 'path', 'none']),
    sha: schemas/* string */.YjP().nullable(),
    ref: schemas/* string */.YjP().nullable().optional(),
    runId: schemas/* number */.aig().int().nullable().optional(),
    createdAt: schemas/* string */.YjP().nullable().optional(),
    /** Age of the baseline commit (or run) in days when the comparison was made. */
    ageDays: schemas/* number */.aig().nullable().optional(),
    /** True when it is not the evidence at the merge-base itself. */
    fellBack: schemas/* boolean */.zMY(),
    mergeBase: schemas/* string */.YjP().nullable().optional(),
    note: schemas/* string */.YjP().max(2000).optional(),
});
/** Limits of a comparison document, shared with comparisonEvidence, which keeps what compare writes within them. */
const COMPARISON_LIMITS = { rows: 100_000, paramChars: 10_000, failureChars: 2000 };
const ComparisonEvidenceSchema = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz('crucible/comparison@1'),
    createdAt: schemas/* string */.YjP().optional(),
    git: GitInfoSchema,
    verdict: schemas/* enum */.k5n(['pass', 'fail']),
    metrics: schemas/* array */.YOg(MetricComparisonSchema).max(COMPARISON_LIMITS.rows),
    params: schemas/* array */.YOg(schemas/* object */.Ikc({ name: MetricNameSchema, baseline: schemas/* string */.YjP().max(COMPARISON_LIMITS.paramChars).nullable(), current: schemas/* string */.YjP().max(COMPARISON_LIMITS.paramChars).nullable() }))
        .max(COMPARISON_LIMITS.rows),
    baseline: BaselineInfoSchema.optional(),
    confidence: schemas/* number */.aig().optional(),
    runs: schemas/* object */.Ikc({ baseline: schemas/* number */.aig().int(), current: schemas/* number */.aig().int() }).optional(),
    failures: schemas/* array */.YOg(schemas/* string */.YjP().max(COMPARISON_LIMITS.failureChars)).max(COMPARISON_LIMITS.rows).optional(),
    correction: CorrectionSchema.optional(),
    /** Per-step histories for curves: metric -> first baseline and first current run's points. */
    histories: schemas/* record */.g1P(MetricNameSchema, schemas/* object */.Ikc({ baseline: HistorySchema, current: HistorySchema })).optional(),
});

// EXTERNAL MODULE: ../../packages/core/src/text/json.ts + 1 modules
var json = __webpack_require__(50875);
;// CONCATENATED MODULE: ../../packages/core/src/evidence/profile.ts


/**
 * crucible/profile@1: one pass's statistics of a data file, small (kilobytes, whatever the rows) and mergeable:
 * exact counts, sums and moments, and sketches (KLL quantiles, HyperLogLog distinct count, frequent values) that
 * packages/core/src/data/profile.ts can load back, merge, and use as the drift reference without the data.
 * It may come from another branch's artifact: every field is bounded.
 */
const finite = schemas/* number */.aig().nullable();
const profile_text = schemas/* string */.YjP().max(10_000);
const base64 = schemas/* string */.YjP().max(200_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');
const ColumnTypeSchema = schemas/* enum */.k5n(['integer', 'number', 'string', 'boolean', 'date', 'datetime']);
const ProfileColumnSchema = schemas/* object */.Ikc({
    name: profile_text,
    type: ColumnTypeSchema,
    declared: schemas/* boolean */.zMY(),
    /** Rows, missing values, and values that are not of the column's type. */
    count: schemas/* number */.aig().int().nonnegative(),
    nulls: schemas/* number */.aig().int().nonnegative(),
    invalid: schemas/* number */.aig().int().nonnegative(),
    distinct: schemas/* number */.aig().nonnegative(),
    numeric: schemas/* object */.Ikc({
        /** Finite values. */
        count: schemas/* number */.aig().int().nonnegative(),
        min: finite,
        max: finite,
        mean: finite,
        /** Sample standard deviation (n - 1). */
        std: finite,
        /** Sum of squared deviations from the mean, for exact merges (Chan et al.). */
        m2: schemas/* number */.aig(),
        sum: schemas/* number */.aig(),
        nan: schemas/* number */.aig().int().nonnegative(),
        positiveInfinity: schemas/* number */.aig().int().nonnegative(),
        negativeInfinity: schemas/* number */.aig().int().nonnegative(),
        integer: schemas/* boolean */.zMY(),
        quantiles: schemas/* record */.g1P(schemas/* string */.YjP().max(16), finite),
        histogram: schemas/* object */.Ikc({ edges: schemas/* array */.YOg(schemas/* number */.aig()).max(1001), counts: schemas/* array */.YOg(schemas/* number */.aig()).max(1000) }),
    })
        .optional(),
    boolean: schemas/* object */.Ikc({ trues: schemas/* number */.aig().int().nonnegative(), falses: schemas/* number */.aig().int().nonnegative() }).optional(),
    text: schemas/* object */.Ikc({ minLength: finite, maxLength: finite, meanLength: finite, lengthSum: schemas/* number */.aig().nonnegative() }).optional(),
    frequent: schemas/* object */.Ikc({
        /** True when `items` is the complete distribution of the column's values. */
        exact: schemas/* boolean */.zMY(),
        /** Largest possible undercount of a listed value, and largest count of one not listed. */
        offset: schemas/* number */.aig().nonnegative(),
        n: schemas/* number */.aig().nonnegative(),
        items: schemas/* array */.YOg(schemas/* tuple */.PVZ([schemas/* union */.KCZ([profile_text, schemas/* number */.aig()]), schemas/* number */.aig().nonnegative()])).max(4096),
    })
        .optional(),
    /** Every finite value, when there are at most 1000 of them: a small reference keeps them for exact tests. */
    sample: schemas/* array */.YOg(schemas/* number */.aig()).max(1000).optional(),
    sketches: schemas/* object */.Ikc({
        kll: schemas/* object */.Ikc({ k: schemas/* number */.aig().int().min(8).max(4096), n: schemas/* number */.aig().nonnegative(), min: finite, max: finite, seed: schemas/* number */.aig().int(), levels: schemas/* array */.YOg(base64).max(64) }).optional(),
        hll: base64,
    }),
});
const DataFileInfoSchema = schemas/* object */.Ikc({
    file: profile_text,
    format: schemas/* enum */.k5n(['csv', 'tsv', 'jsonl', 'parquet']),
    gzip: schemas/* boolean */.zMY(),
    bytes: schemas/* number */.aig().nonnegative(),
    sha256: schemas/* string */.YjP().regex(/^([0-9a-f]{64})?$/),
    columns: schemas/* array */.YOg(profile_text).max(10_000),
});
const ProfileEvidenceSchema = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz('crucible/profile@1'),
    createdAt: schemas/* string */.YjP().max(64).optional(),
    git: GitInfoSchema,
    data: DataFileInfoSchema,
    rows: schemas/* number */.aig().int().nonnegative(),
    columns: schemas/* array */.YOg(ProfileColumnSchema).max(10_000),
    timings: schemas/* record */.g1P(schemas/* string */.YjP().max(64), schemas/* number */.aig()).optional(),
})
    .loose();

;// CONCATENATED MODULE: ../../packages/core/src/evidence/run.ts


/** Text that came from a machine or a person (GPU names, labels, paths): bounded so it cannot balloon a report. */
const Text = (max) => schemas/* string */.YjP().max(max);
const Quantity = schemas/* number */.aig().finite().nullable();
/**
 * One GPU as the preflight saw it. Every field is optional on read (the contract names only `gpus[]`, so evidence
 * written by other tools may carry less); Crucible itself writes them all. Numbers a tool printed as "[N/A]" or "[Not Supported]" are null. Memory in MiB,
 * as nvidia-smi reports it (rocm-smi's bytes are converted).
 */
const GpuInfoSchema = schemas/* object */.Ikc({
    vendor: schemas/* enum */.k5n(['nvidia', 'amd']).optional(),
    index: schemas/* number */.aig().int().nonnegative().optional(),
    name: Text(200).optional(),
    uuid: Text(200).nullable().optional(),
    memoryTotalMiB: Quantity.optional(),
    memoryUsedMiB: Quantity.optional(),
    driverVersion: Text(100).nullable().optional(),
    /** CUDA version the driver supports (nvidia-smi -q); null for AMD or when the driver does not say. */
    cudaVersion: Text(100).nullable().optional(),
})
    .loose();
/** One GPU's telemetry over the run. Utilisation in percent, power in watts, temperature in degrees Celsius. */
const GpuTelemetrySchema = schemas/* object */.Ikc({
    index: schemas/* number */.aig().int().nonnegative().optional(),
    samples: schemas/* number */.aig().int().nonnegative().optional(),
    peakMemoryMiB: Quantity.optional(),
    meanMemoryMiB: Quantity.optional(),
    meanUtilizationPercent: Quantity.optional(),
    p95UtilizationPercent: Quantity.optional(),
    meanPowerW: Quantity.optional(),
    peakPowerW: Quantity.optional(),
    maxTemperatureC: Quantity.optional(),
})
    .loose();
/**
 * What the telemetry sampler saw: per GPU, and over all GPUs (peak of peaks, mean of means). GPU-hours are the
 * GPUs sampled times the sampled time, as a cloud bill counts them. `file` names the CSV of every sample, beside
 * the evidence (an artifact on GitHub).
 */
const TelemetrySummarySchema = schemas/* object */.Ikc({
    tool: schemas/* enum */.k5n(['nvidia-smi', 'rocm-smi']).optional(),
    intervalSeconds: schemas/* number */.aig().positive().optional(),
    samples: schemas/* number */.aig().int().nonnegative().optional(),
    durationSeconds: schemas/* number */.aig().nonnegative().optional(),
    gpuHours: schemas/* number */.aig().nonnegative().optional(),
    peakMemoryMiB: Quantity.optional(),
    meanMemoryMiB: Quantity.optional(),
    meanUtilizationPercent: Quantity.optional(),
    p95UtilizationPercent: Quantity.optional(),
    meanPowerW: Quantity.optional(),
    gpus: schemas/* array */.YOg(GpuTelemetrySchema).max(1024).optional(),
    file: Text(1000).nullable().optional(),
})
    .loose();
/** A file or folder digested for the evidence: a folder's digest covers its files' relative paths and digests. */
const DigestSchema = schemas/* object */.Ikc({
    path: Text(4096),
    sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
    bytes: schemas/* number */.aig().int().nonnegative(),
    files: schemas/* number */.aig().int().nonnegative(),
})
    .loose();
const RunnerInfoSchema = schemas/* object */.Ikc({
    name: Text(200).nullable(),
    os: Text(50).nullable(),
    arch: Text(50).nullable(),
    /** github-hosted or self-hosted (RUNNER_ENVIRONMENT). */
    environment: Text(50).nullable(),
    /** The job's runner labels, from the jobs API when the token may read it; null when unknown. */
    labels: schemas/* array */.YOg(Text(200)).max(100).nullable(),
})
    .loose();
/**
 * crucible/run@1: what a training run did. The fields named in ARCHITECTURE.md are the contract (command,
 * exitCode, signal, durationSeconds, timedOut, gpus, telemetry, metrics, git); the rest is what the train action
 * and `crucible train` record beside them. compare-metrics reads `metrics`, `histories` and `params`.
 */
const RunEvidenceSchema = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz('crucible/run@1'),
    command: schemas/* string */.YjP().max(100_000),
    /** The child's exit code; null when a signal ended it. */
    exitCode: schemas/* number */.aig().int().nullable(),
    /** The signal that ended the child (SIGKILL, ...), else null. */
    signal: schemas/* string */.YjP().max(20).nullable(),
    durationSeconds: schemas/* number */.aig().nonnegative(),
    /** The time budget stopped the run. */
    timedOut: schemas/* boolean */.zMY(),
    /** The job was cancelled while the run went on (the runner's SIGINT/SIGTERM, forwarded). */
    cancelled: schemas/* boolean */.zMY().optional(),
    startedAt: schemas/* string */.YjP().max(40).optional(),
    endedAt: schemas/* string */.YjP().max(40).optional(),
    timeBudgetSeconds: schemas/* number */.aig().positive().nullable().optional(),
    /** none, torchrun or accelerate, and the argv that ran. */
    launcher: schemas/* object */.Ikc({ kind: schemas/* enum */.k5n(['none', 'torchrun', 'accelerate']), argv: schemas/* array */.YOg(schemas/* string */.YjP().max(100_000)).max(1000) }).loose().optional(),
    runner: RunnerInfoSchema.nullable().optional(),
    gpus: schemas/* array */.YOg(GpuInfoSchema).max(1024),
    telemetry: TelemetrySummarySchema.nullable(),
    /** Metric name -> final value; null where the run wrote something that is not a finite number. */
    metrics: schemas/* record */.g1P(MetricNameSchema, schemas/* number */.aig().nullable()),
    histories: schemas/* record */.g1P(MetricNameSchema, HistorySchema).optional(),
    params: schemas/* record */.g1P(MetricNameSchema, schemas/* string */.YjP().max(10_000)).optional(),
    data: schemas/* array */.YOg(DigestSchema).max(1000).optional(),
    outputs: schemas/* array */.YOg(DigestSchema).max(1000).optional(),
    checkpoint: schemas/* object */.Ikc({ path: Text(4096), restoredKey: Text(512).nullable(), bytes: schemas/* number */.aig().int().nonnegative().nullable() })
        .loose()
        .nullable()
        .optional(),
    git: GitInfoSchema,
})
    .loose();

;// CONCATENATED MODULE: ../../packages/core/src/evidence/validation.ts



/**
 * crucible/validation@1: the checks of a data file against its schema and the drift against a reference. The
 * contract fields (ARCHITECTURE.md) are `success`, `rows`, `checks[]` of {type, column?, success, unexpectedCount?,
 * observed?} and `drift[]` of {column, statistic, value, threshold, drifted}; each check also carries Great
 * Expectations' result fields, and examples name the line of the data file (the row for Parquet).
 */
const validation_text = schemas/* string */.YjP().max(10_000);
const ExampleSchema = schemas/* object */.Ikc({ value: schemas/* union */.KCZ([schemas/* string */.YjP().max(10_000), schemas/* number */.aig(), schemas/* boolean */.zMY(), schemas/* null */.chJ()]), line: schemas/* number */.aig().int().nonnegative() });
const CheckResultSchema = schemas/* object */.Ikc({
    type: schemas/* string */.YjP().max(64),
    column: validation_text.optional(),
    columns: schemas/* array */.YOg(validation_text).max(100).optional(),
    success: schemas/* boolean */.zMY(),
    elementCount: schemas/* number */.aig().int().nonnegative().optional(),
    missingCount: schemas/* number */.aig().int().nonnegative().optional(),
    missingPercent: schemas/* number */.aig().nullable().optional(),
    unexpectedCount: schemas/* number */.aig().int().nonnegative().optional(),
    unexpectedPercent: schemas/* number */.aig().nullable().optional(),
    examples: schemas/* array */.YOg(ExampleSchema).max(20).optional(),
    observed: schemas/* unknown */.L5J().optional(),
    expected: validation_text.optional(),
    mostly: schemas/* number */.aig().optional(),
    /** Why the check could not decide (say, too many distinct values to check exactly). */
    reason: validation_text.optional(),
    approximate: schemas/* boolean */.zMY().optional(),
    /** Where to point an annotation when there are no examples (the header line, say). */
    line: schemas/* number */.aig().int().nonnegative().optional(),
})
    .loose();
const DriftResultSchema = schemas/* object */.Ikc({
    column: validation_text,
    statistic: schemas/* enum */.k5n(['ks', 'chi-square', 'z', 'wasserstein', 'jensen-shannon', 'psi', 'hellinger']),
    /** A p-value for ks, chi-square and z (drift below the threshold); a distance for the others (drift at or above). */
    value: schemas/* number */.aig().nullable(),
    threshold: schemas/* number */.aig(),
    drifted: schemas/* boolean */.zMY(),
    kind: schemas/* enum */.k5n(['numeric', 'categorical']).optional(),
    /** The test statistic behind a p-value (D for ks, chi-square, z). */
    score: schemas/* number */.aig().nullable().optional(),
    referenceCount: schemas/* number */.aig().nonnegative().optional(),
    currentCount: schemas/* number */.aig().nonnegative().optional(),
    note: validation_text.optional(),
})
    .loose();
const ValidationEvidenceSchema = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz('crucible/validation@1'),
    createdAt: schemas/* string */.YjP().max(64).optional(),
    git: GitInfoSchema,
    success: schemas/* boolean */.zMY(),
    rows: schemas/* number */.aig().int().nonnegative(),
    checks: schemas/* array */.YOg(CheckResultSchema).max(100_000),
    drift: schemas/* array */.YOg(DriftResultSchema).max(100_000),
    data: DataFileInfoSchema.optional(),
    schemaFile: schemas/* object */.Ikc({ file: validation_text, sha256: schemas/* string */.YjP().max(64) }).nullable().optional(),
    reference: schemas/* object */.Ikc({ file: validation_text, kind: schemas/* enum */.k5n(['profile', 'data']), rows: schemas/* number */.aig().int().nonnegative(), sha256: schemas/* string */.YjP().max(64).optional() }).nullable().optional(),
    driftSummary: schemas/* object */.Ikc({ columns: schemas/* number */.aig().int().nonnegative(), drifted: schemas/* number */.aig().int().nonnegative(), share: schemas/* number */.aig(), threshold: schemas/* number */.aig(), datasetDrift: schemas/* boolean */.zMY() })
        .nullable()
        .optional(),
    statistics: schemas/* object */.Ikc({ checks: schemas/* number */.aig().int().nonnegative(), failed: schemas/* number */.aig().int().nonnegative() }).optional(),
    timings: schemas/* record */.g1P(schemas/* string */.YjP().max(64), schemas/* number */.aig()).optional(),
})
    .loose();

;// CONCATENATED MODULE: ../../packages/core/src/evidence/read.ts










/** Evidence may come from a fork's pull request: every document is bounded and parsed with its schema. */
const MAX_EVIDENCE_BYTES = 32 * 1024 * 1024;
const MAX_FILES = 10_000;
/** Folders nested deeper than this are not evidence; without a cap the walk ends in ENAMETOOLONG. */
const MAX_EVIDENCE_DEPTH = 32;
/** An evidence file that is too large, not JSON, or does not fit its kind's schema. */
class EvidenceError extends errors/* CrucibleError */.E0 {
    constructor(message) {
        super(message);
        this.name = 'EvidenceError';
    }
}
const SCHEMAS = {
    'crucible/comparison@1': ['comparison', ComparisonEvidenceSchema],
    'crucible/run@1': ['run', RunEvidenceSchema],
    'crucible/validation@1': ['validation', ValidationEvidenceSchema],
    'crucible/profile@1': ['profile', ProfileEvidenceSchema],
};
const tooLarge = (label, size) => new EvidenceError(`${label}: ${size} bytes is over the ${MAX_EVIDENCE_BYTES}-byte limit for an evidence file; refusing to read it.`);
/** The `schema` field of a JSON text, or undefined when it names no evidence kind Crucible reads. */
function schemaName(document) {
    const name = document?.schema;
    return typeof name === 'string' && name in SCHEMAS ? name : undefined;
}
/**
 * Reads one evidence document: at most MAX_EVIDENCE_BYTES, valid JSON, and valid for the kind its `schema` field
 * names. Returns undefined for JSON that is not evidence (a metrics file beside it, say).
 */
function readEvidenceFile(path, label = path, options = {}) {
    // Only a regular file, no link out of the workspace, and at most MAX_EVIDENCE_BYTES read (fs/safe-file.ts).
    const content = (0,safe_file/* readFileSafely */.fJ)(path, { maxBytes: MAX_EVIDENCE_BYTES, label, workspace: options.workspace, tooLarge: (name, size) => tooLarge(name, size) });
    return parseEvidence(content, path, label);
}
/**
 * Parses evidence held in memory (a file from an artifact that never touched the disk). `path` is what the result
 * records; `label` names it in errors.
 */
function parseEvidence(content, path, label = path) {
    if (content.length > MAX_EVIDENCE_BYTES)
        throw tooLarge(label, content.length);
    let document;
    const text = (0,safe_file/* decodeUtf8 */._6)(content, label);
    try {
        document = JSON.parse(text);
    }
    catch {
        throw new EvidenceError(`${label}: not valid JSON (${jsonProblem(text)}).`);
    }
    const name = schemaName(document);
    if (name === undefined)
        return undefined;
    const [kind, schema] = SCHEMAS[name];
    const result = schema.safeParse(document);
    if (!result.success) {
        throw new EvidenceError(`${label}: not a valid ${name} document:\n${formatIssues(result.error.issues)}`);
    }
    return { path, kind, document: result.data };
}
/**
 * Where and why JSON text fails to parse, without quoting it: V8's own message repeats the start of the text,
 * which may be anything a link pointed at.
 */
function jsonProblem(text) {
    try {
        (0,json/* parseJsonAllowingNonFinite */.lT)(text);
    }
    catch (error) {
        if (error instanceof json/* JsonSyntaxError */.q3)
            return error.message;
    }
    return 'NaN, Infinity or another value JSON does not allow';
}
/**
 * Every evidence document below `dir` (JSON files whose `schema` names a kind), in path order. Links to files are
 * read as the files they name, checked as any file (fs/safe-file.ts); links to folders are not followed.
 */
function findEvidence(dir, options = {}) {
    const found = [];
    let files = 0;
    const walk = (folder, depth) => {
        if (depth > MAX_EVIDENCE_DEPTH) {
            throw new EvidenceError(`${dir}: folders nest more than ${MAX_EVIDENCE_DEPTH} deep (at ${folder.slice(0, 120)}...); point at the evidence folder itself.`);
        }
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true });
        }
        catch (error) {
            const code = error.code;
            if (code === 'ENAMETOOLONG')
                throw new EvidenceError(`${dir}: folders nest too deep to read (${depth} levels, path too long); point at the evidence folder itself.`);
            throw error;
        }
        for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            const path = (0,external_node_path_.join)(folder, entry.name);
            if (entry.isDirectory())
                walk(path, depth + 1);
            else if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith('.json')) {
                if (entry.isSymbolicLink() && !isLinkToNonFolder(path))
                    continue;
                if (++files > MAX_FILES)
                    throw new EvidenceError(`${dir}: more than ${MAX_FILES} JSON files; point at the evidence folder itself.`);
                const evidence = readEvidenceFile(path, path, options);
                if (evidence !== undefined)
                    found.push(evidence);
            }
        }
    };
    walk(dir, 0);
    return found;
}
/** A link that resolves, and not to a folder (a dangling link or a loop is left out, as a folder link is). */
function isLinkToNonFolder(path) {
    try {
        return !(0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/evidence/index.ts







;// CONCATENATED MODULE: ../../packages/core/src/metrics/direction.ts
const LOWER = new Set(['loss', 'error', 'err', 'mae', 'mse', 'rmse', 'perplexity', 'latency', 'time', 'duration']);
const HIGHER = new Set(['acc', 'accuracy', 'f1', 'auc', 'precision', 'recall', 'bleu', 'rouge', 'map', 'iou', 'r2']);
/**
 * The direction a metric's name implies (ARCHITECTURE.md): split on every non-alphanumeric character, lower-case
 * the tokens, and let the last token that is a known word decide. `eval/acc_top1` is higher (acc), `val_loss` is
 * lower, `onerror_count` is none (no token is a known word: "onerror" is not "error").
 */
function inferDirection(name) {
    const tokens = name.toLowerCase().split(/[^a-z0-9]+/);
    for (let i = tokens.length - 1; i >= 0; i--) {
        const token = tokens[i];
        if (LOWER.has(token))
            return 'lower';
        if (HIGHER.has(token))
            return 'higher';
    }
    return 'none';
}

;// CONCATENATED MODULE: ../../packages/core/src/data/distributions.ts
/**
 * The p-values the drift tests need, written by hand (Numerical Recipes' algorithms): the chi-square survival
 * function through the regularized upper incomplete gamma function, the normal CDF, and Kolmogorov's distribution
 * with Stephens' small-sample correction for the two-sample KS test.
 */
/** ln Γ(x), Lanczos (g = 7, n = 9). */
function logGamma(x) {
    const c = [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
        -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    const shifted = x - 1;
    let sum = c[0];
    for (let i = 1; i < 9; i++)
        sum += c[i] / (shifted + i);
    const t = shifted + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(sum);
}
/** Q(a, x) = Γ(a, x) / Γ(a): series below a + 1, continued fraction above. */
function regularizedGammaQ(a, x) {
    if (x <= 0)
        return 1;
    if (!Number.isFinite(x))
        return 0;
    const front = -x + a * Math.log(x) - logGamma(a);
    if (x < a + 1) {
        let term = 1 / a;
        let sum = term;
        for (let n = 1; n < 10_000; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * 1e-15)
                break;
        }
        return Math.max(0, 1 - sum * Math.exp(front));
    }
    const tiny = 1e-300;
    let b = x + 1 - a;
    let c = 1 / tiny;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 10_000; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const step = d * c;
        h *= step;
        if (Math.abs(step - 1) < 1e-15)
            break;
    }
    return Math.exp(front) * h;
}
/** P(X >= statistic) for chi-square with `dof` degrees of freedom. */
function chiSquareSurvival(statistic, dof) {
    if (dof <= 0)
        return 1;
    return regularizedGammaQ(dof / 2, statistic / 2);
}
/** erfc(x) by its continued fraction / series pair through the incomplete gamma function (accurate to ~1e-15). */
function erfc(x) {
    if (x < 0)
        return 2 - erfc(-x);
    if (x === 0)
        return 1;
    return regularizedGammaQ(0.5, x * x);
}
function normalCdf(z) {
    return 0.5 * erfc(-z / Math.SQRT2);
}
/** Kolmogorov's Q_KS(λ) = 2 Σ (-1)^(j-1) exp(-2 j² λ²). */
function kolmogorovSurvival(lambda) {
    if (lambda < 0.2)
        return 1;
    let sum = 0;
    let previous = 0;
    for (let j = 1; j <= 200; j++) {
        const term = (j % 2 === 1 ? 2 : -2) * Math.exp(-2 * j * j * lambda * lambda);
        sum += term;
        if (Math.abs(term) <= 1e-12 * Math.abs(previous) || Math.abs(term) < 1e-300)
            break;
        previous = term;
    }
    return Math.min(1, Math.max(0, sum));
}
/**
 * The two-sided p-value of the two-sample KS statistic `d` for samples of n and m values: Kolmogorov's limit at the
 * effective size n·m/(n+m) with Stephens' correction λ = (√e + 0.12 + 0.11/√e)·d, within about 1% of scipy's
 * ks_2samp (asymptotic mode) for effective sizes from 100 up.
 */
function ksPValue(d, n, m) {
    const effective = (n * m) / (n + m);
    const root = Math.sqrt(effective);
    return kolmogorovSurvival((root + 0.12 + 0.11 / root) * d);
}

;// CONCATENATED MODULE: ../../packages/core/src/metrics/stats.ts
/**
 * The statistics the verdict needs, written by hand: a mean, a sample standard deviation, and Student's t
 * quantile for Welch's interval. Small enough that a statistics library would add more than it saves. The special
 * functions are shared with the drift tests.
 */

function mean(values) {
    let sum = 0;
    for (const value of values)
        sum += value;
    return values.length === 0 ? Number.NaN : sum / values.length;
}
/** Sample standard deviation (n - 1); 0 for fewer than two values. */
function standardDeviation(values) {
    if (values.length < 2)
        return 0;
    const center = mean(values);
    let squares = 0;
    for (const value of values)
        squares += (value - center) ** 2;
    return Math.sqrt(squares / (values.length - 1));
}
/** Continued fraction for the incomplete beta function (modified Lentz). */
function betaContinuedFraction(a, b, x) {
    const tiny = 1e-300;
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    if (Math.abs(d) < tiny)
        d = tiny;
    d = 1 / d;
    let h = d;
    for (let m = 1; m <= 300; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const step = d * c;
        h *= step;
        if (Math.abs(step - 1) < 1e-15)
            break;
    }
    return h;
}
/** The regularized incomplete beta function I_x(a, b). */
function regularizedBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
    return x < (a + 1) / (a + b + 2) ? (front * betaContinuedFraction(a, b, x)) / a : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}
/** P(T <= t) for Student's t with `df` degrees of freedom (df may be fractional, as Welch's is). */
function studentTCdf(t, df) {
    if (!Number.isFinite(df))
        return normalCdf(t);
    const tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
    return t >= 0 ? 1 - tail : tail;
}
/** The standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). */
function normalQuantile(p) {
    const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
    const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
    const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
    const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
    const poly = (k, x) => k.reduce((sum, coefficient) => sum * x + coefficient, 0);
    const low = 0.02425;
    if (p < low) {
        const q = Math.sqrt(-2 * Math.log(p));
        return poly(c, q) / (poly(d, q) * q + 1);
    }
    if (p > 1 - low)
        return -normalQuantile(1 - p);
    const q = p - 0.5;
    const r = q * q;
    return (poly(a, r) * q) / (poly(b, r) * r + 1);
}
function studentTDensity(t, df) {
    return Math.exp(logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI) - ((df + 1) / 2) * Math.log1p((t * t) / df));
}
/**
 * The t such that P(T <= t) = p: a Cornish-Fisher start from the normal quantile, polished by Newton steps on the
 * CDF, with bisection as the fallback. Comparing 10,000 metrics asks for 10,000 of these, so it must be quick.
 */
function studentTQuantile(p, df) {
    if (!(p > 0 && p < 1))
        throw new RangeError(`studentTQuantile: p must be in (0, 1), got ${p}`);
    const z = normalQuantile(p);
    if (!Number.isFinite(df) || df > 1e7)
        return z;
    let t = z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df * df);
    for (let i = 0; i < 8; i++) {
        const step = (studentTCdf(t, df) - p) / studentTDensity(t, df);
        if (!Number.isFinite(step))
            break;
        t -= step;
        if (Math.abs(step) < 1e-12 * Math.max(1, Math.abs(t)))
            return t;
    }
    let low = -1e6;
    let high = 1e6;
    for (let i = 0; i < 200 && high - low > 1e-12; i++) {
        const middle = (low + high) / 2;
        if (studentTCdf(middle, df) < p)
            low = middle;
        else
            high = middle;
    }
    return (low + high) / 2;
}
/**
 * The interval for mean(current) - mean(baseline) at `confidence` one-sided on each end (0.95 gives the 90%
 * two-sided interval), with Welch's degrees of freedom. Both sides need at least two values.
 */
function welchInterval(baseline, current, confidence) {
    const nb = baseline.length;
    const nc = current.length;
    const vb = standardDeviation(baseline) ** 2 / nb;
    const vc = standardDeviation(current) ** 2 / nc;
    const difference = mean(current) - mean(baseline);
    const standardError = Math.sqrt(vb + vc);
    if (standardError === 0)
        return { difference, low: difference, high: difference, degreesOfFreedom: Number.POSITIVE_INFINITY, standardError };
    const degreesOfFreedom = (vb + vc) ** 2 / (vb ** 2 / (nb - 1) + vc ** 2 / (nc - 1));
    const margin = studentTQuantile(confidence, degreesOfFreedom) * standardError;
    return { difference, low: difference - margin, high: difference + margin, degreesOfFreedom, standardError };
}
/**
 * Pools the spread of several samples of the same kind of run (seeds of one commit, runs of recent commits): the
 * sum of squares about each sample's own mean over the sum of their degrees of freedom. Samples of fewer than two
 * values add nothing; undefined when none has two.
 */
function pooledSpread(samples) {
    let squares = 0;
    let degreesOfFreedom = 0;
    for (const sample of samples) {
        if (sample.length < 2)
            continue;
        squares += standardDeviation(sample) ** 2 * (sample.length - 1);
        degreesOfFreedom += sample.length - 1;
    }
    return degreesOfFreedom === 0 ? undefined : { variance: squares / degreesOfFreedom, degreesOfFreedom };
}
/**
 * The difference of two means with its standard error and Welch-Satterthwaite degrees of freedom, from the spread
 * of one run on each side (each with the degrees of freedom it rests on) and the number of runs averaged. With
 * each side's own sample variance this is Welch's test; a side's spread may be pooled with base-branch history.
 */
function twoSampleTest(difference, baseline, current) {
    const vb = baseline.variance / baseline.runs;
    const vc = current.variance / current.runs;
    const standardError = Math.sqrt(vb + vc);
    if (standardError === 0)
        return { difference, standardError, degreesOfFreedom: Number.POSITIVE_INFINITY };
    const degreesOfFreedom = (vb + vc) ** 2 / (vb ** 2 / baseline.degreesOfFreedom + vc ** 2 / current.degreesOfFreedom);
    return { difference, standardError, degreesOfFreedom };
}
/**
 * One-sided p-values of a change against a tolerance boundary, `gain` being the change with improvements positive:
 * `worse` tests "no worse than -allowed" (small when the change lies beyond the tolerance on the bad side), `better`
 * tests "no better than +allowed". With a standard error of 0 the change is exact: 0 beyond the boundary, else 1.
 */
function toleranceTest(gain, allowed, standardError, degreesOfFreedom) {
    if (standardError === 0 || !(standardError > 0))
        return { worse: gain < -allowed ? 0 : 1, better: gain > allowed ? 0 : 1 };
    return {
        worse: studentTCdf((gain + allowed) / standardError, degreesOfFreedom),
        better: studentTCdf((allowed - gain) / standardError, degreesOfFreedom),
    };
}
/**
 * Benjamini-Hochberg's step-up procedure: which of `pValues` are rejected at false-discovery rate `level` (the
 * largest k with p_(k) <= k * level / m rejects the k smallest), and the cut that decided it (0 when none).
 */
function benjaminiHochberg(pValues, level) {
    const m = pValues.length;
    const order = pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b]);
    let count = 0;
    for (let k = m; k >= 1; k--) {
        if (pValues[order[k - 1]] <= (k * level) / m) {
            count = k;
            break;
        }
    }
    const rejected = new Array(m).fill(false);
    for (let k = 0; k < count; k++)
        rejected[order[k]] = true;
    return { rejected, cut: count === 0 ? 0 : (count * level) / m };
}

;// CONCATENATED MODULE: ../../packages/core/src/metrics/compare.ts




/** Base-branch runs the one-run noise estimate looks at (the baseline's own run included). */
const HISTORY_RUNS = 5;
/**
 * The rule for a metric: an exact name first, then the first glob that matches, in file order. Globs are Crucible's
 * one dialect (core/glob.ts): `*` matches any run of characters, "/" and "." included.
 */
function ruleFor(name, rules) {
    return rules.find((rule) => rule.name === name) ?? rules.find((rule) => isGlob(rule.name) && globMatcher(rule.name)(name));
}
const NO_HISTORY = [];
/** Whether a run lists exactly the names of `order`, in that order. */
function listsInOrder(metrics, order) {
    if (metrics.size !== order.length)
        return false;
    let i = 0;
    for (const name of metrics.keys())
        if (name !== order[i++])
            return false;
    return true;
}
/** A run's metrics as an array aligned with `order` (a hole where the run lacks one). */
function align(metrics, order, position) {
    if (listsInOrder(metrics, order))
        return [...metrics.values()];
    const row = new Array(order.length).fill(undefined);
    for (const metric of metrics.values())
        row[position.get(metric.name)] = metric;
    return row;
}
/** One side's values of a metric (null where not a finite number), the finite ones, and the first history. */
function collect(rows, at) {
    const values = [];
    const finite = [];
    let history = NO_HISTORY;
    for (const row of rows) {
        const metric = row[at];
        if (metric === undefined)
            continue;
        values.push(metric.value);
        if (metric.value !== null)
            finite.push(metric.value);
        if (history.length === 0 && metric.history.length > 0)
            history = metric.history;
    }
    return { values, finite, history };
}
/** Positive when `delta` is an improvement for this direction. */
const gain = (delta, direction) => (direction === 'lower' ? -delta : delta);
/** A p-value in a sentence: two significant digits, or "< 0.0001". */
const formatP = (p) => (p < 1e-4 ? '< 0.0001' : String(Number(p.toPrecision(2))));
function judge(name, baselineValues, currentValues, direction, tolerance, options) {
    const baseline = mean(baselineValues);
    const delta = mean(currentValues) - baseline;
    const allowed = toleranceAmount(tolerance, baseline);
    if (direction === 'none') {
        return { status: delta === 0 ? 'unchanged' : 'within-noise', noise: { method: 'none' }, reason: 'no direction: shown, not judged' };
    }
    const change = gain(delta, direction);
    const nb = baselineValues.length;
    const nc = currentValues.length;
    const history = options.baselineHistory?.get(name)?.slice(0, HISTORY_RUNS).filter(Number.isFinite) ?? [];
    const historySpread = history.length >= 2 ? pooledSpread([history]) : undefined;
    if (nb >= 2 && nc >= 2) {
        // Welch's test; the baseline's spread pooled with the base branch's recent runs where they exist (same code,
        // same noise: more degrees of freedom), the current side's always its own, since a change may alter the noise.
        const baselineSpread = pooledSpread(historySpread === undefined ? [baselineValues] : [baselineValues, history]);
        const currentSpread = pooledSpread([currentValues]);
        const test = twoSampleTest(delta, { ...baselineSpread, runs: nb }, { ...currentSpread, runs: nc });
        const margin = test.standardError === 0 ? 0 : studentTQuantile(options.confidence, test.degreesOfFreedom) * test.standardError;
        const noise = {
            method: 'welch',
            confidence: options.confidence,
            low: delta - margin,
            high: delta + margin,
            degreesOfFreedom: test.degreesOfFreedom,
            threshold: allowed,
            ...(historySpread === undefined ? {} : { historyRuns: history.length }),
        };
        if (delta === 0 && test.standardError === 0)
            return { status: 'unchanged', noise, reason: 'identical in every run' };
        if (test.standardError === 0)
            return exact(change, allowed, noise, 'every run of a side agrees');
        const p = toleranceTest(change, allowed, test.standardError, test.degreesOfFreedom);
        const source = historySpread === undefined ? `Welch, ${nb} and ${nc} runs` : `Welch, ${nb} and ${nc} runs, baseline spread pooled with ${history.length} base-branch runs`;
        return { status: 'within-noise', noise, reason: '', test: { ...p, source } };
    }
    if (historySpread === undefined) {
        const noise = { method: 'tolerance', threshold: allowed };
        if (delta === 0)
            return { status: 'unchanged', noise, reason: 'the same value' };
        if (change < -allowed)
            return { status: 'regressed', noise, reason: 'worse by more than the tolerance' };
        if (change > allowed)
            return { status: 'improved', noise, reason: 'better by more than the tolerance' };
        return { status: 'unchanged', noise, reason: 'within the tolerance' };
    }
    // One run on a side: the run-to-run spread comes from recent base-branch runs, pooled with the seeds of a side
    // that has several.
    const spread = pooledSpread([history, baselineValues, currentValues]);
    // One spread for both sides: its own degrees of freedom, not Welch-Satterthwaite's (which assumes two estimates).
    const test = { standardError: Math.sqrt(spread.variance * (1 / nb + 1 / nc)), degreesOfFreedom: spread.degreesOfFreedom };
    const threshold = allowed + (test.standardError === 0 ? 0 : studentTQuantile(options.confidence, test.degreesOfFreedom) * test.standardError);
    const noise = {
        method: 'history',
        standardDeviation: Math.sqrt(spread.variance),
        runs: history.length,
        threshold,
        degreesOfFreedom: spread.degreesOfFreedom,
    };
    if (delta === 0)
        return { status: 'unchanged', noise, reason: 'the same value' };
    if (test.standardError === 0)
        return exact(change, allowed, noise, 'recent base-branch runs all agree');
    const p = toleranceTest(change, allowed, test.standardError, test.degreesOfFreedom);
    return { status: 'within-noise', noise, reason: '', test: { ...p, source: `t test on the spread of ${history.length} recent base-branch runs` } };
}
/** A change with no noise to allow for: judged against the tolerance alone. */
function exact(change, allowed, noise, why) {
    if (change < -allowed)
        return { status: 'regressed', noise, reason: `worse by more than the tolerance; ${why}` };
    if (change > allowed)
        return { status: 'improved', noise, reason: `better by more than the tolerance; ${why}` };
    return { status: 'within-noise', noise, reason: `within the tolerance; ${why}` };
}
/**
 * Settles the metrics judged by a t test together, so that a pull request with many metrics and no true change
 * fails about as rarely as one with a single metric: Benjamini-Hochberg at level 1 - confidence, over the worse
 * side's p-values (what fails the verdict) and over the better side's, each a family of all the tested metrics.
 */
function settle(tested, level) {
    const m = tested.length;
    const worse = benjaminiHochberg(tested.map(({ test }) => test.worse), level);
    const better = benjaminiHochberg(tested.map(({ test }) => test.better), level);
    tested.forEach(({ entry, test }, i) => {
        if (worse.rejected[i] === true) {
            entry.status = 'regressed';
            entry.pValue = test.worse;
            entry.reason = `worse than the tolerance allows: one-sided p = ${formatP(test.worse)} (${test.source})${m === 1 ? '' : `, under the Benjamini-Hochberg cut ${formatP(worse.cut)} across ${m} metrics`}`;
        }
        else if (better.rejected[i] === true) {
            entry.status = 'improved';
            entry.pValue = test.better;
            entry.reason = `better than the tolerance allows: one-sided p = ${formatP(test.better)} (${test.source})${m === 1 ? '' : `, under the Benjamini-Hochberg cut ${formatP(better.cut)} across ${m} metrics`}`;
        }
        else {
            const p = Math.min(test.worse, test.better);
            const side = test.worse <= test.better ? 'worse' : 'better';
            entry.status = 'within-noise';
            entry.pValue = p;
            entry.reason =
                p <= level && m > 1
                    ? `${side}, one-sided p = ${formatP(p)} (${test.source}), but not significant once ${m} metrics are corrected for (Benjamini-Hochberg at ${formatP(level)})`
                    : `within the noise and the tolerance: one-sided p = ${formatP(p)} that it is ${side} (${test.source})`;
        }
    });
}
/**
 * Compares the current runs with the baseline runs, metric by metric, and gives the verdict: fail when any metric
 * regressed, holds a value that is not a finite number, or is required but missing.
 */
function compareRuns(baselineRuns, currentRuns, options) {
    // Every metric name in first-seen order, with its position. Runs written by the same code list their metrics in
    // the same order, so most runs are checked against the order without a single hash lookup.
    const order = [];
    const position = new Map();
    const addName = (name) => {
        if (!position.has(name)) {
            position.set(name, order.length);
            order.push(name);
        }
    };
    for (const run of [...baselineRuns, ...currentRuns]) {
        if (!listsInOrder(run.metrics, order))
            for (const name of run.metrics.keys())
                addName(name);
    }
    for (const rule of options.rules)
        if (rule.required && !/[*?]/.test(rule.name))
            addName(rule.name);
    const baselineRows = baselineRuns.map((run) => align(run.metrics, order, position));
    const currentRows = currentRuns.map((run) => align(run.metrics, order, position));
    const byName = order.map((_, i) => i).sort((a, b) => (order[a] < order[b] ? -1 : 1));
    const metrics = [];
    const tested = [];
    for (const at of byName) {
        const name = order[at];
        const rule = options.rules.length === 0 ? undefined : ruleFor(name, options.rules);
        if (rule?.ignore === true)
            continue;
        const direction = rule?.direction ?? inferDirection(name);
        const tolerance = rule?.tolerance ?? options.tolerance;
        const required = rule?.required ?? false;
        const baselineSide = collect(baselineRows, at);
        const currentSide = collect(currentRows, at);
        const baselineValues = baselineSide.values;
        const currentValues = currentSide.values;
        const base = baselineSide.finite;
        const cur = currentSide.finite;
        const baseline = base.length > 0 ? mean(base) : null;
        const current = cur.length > 0 ? mean(cur) : null;
        const delta = baseline !== null && current !== null ? current - baseline : null;
        const entry = {
            name,
            baseline,
            current,
            delta,
            deltaPercent: delta !== null && baseline !== null && baseline !== 0 ? (delta / Math.abs(baseline)) * 100 : null,
            direction,
            directionSource: rule?.direction === undefined ? 'inferred' : 'rule',
            status: 'unchanged',
            required,
            tolerance: formatTolerance(tolerance),
            noise: { method: 'none' },
            baselineRuns: baselineValues,
            currentRuns: currentValues,
            reason: '',
            history: { baseline: baselineSide.history, current: currentSide.history },
        };
        if (base.length < baselineValues.length || cur.length < currentValues.length) {
            const raw = [...baselineRuns, ...currentRuns].map((run) => run.metrics.get(name)).find((value) => value !== undefined && value.value === null);
            entry.status = 'invalid';
            entry.reason = `a value is not a finite number (${JSON.stringify(raw?.raw ?? null)} in ${raw?.source.file ?? 'a run'})`;
        }
        else if (currentValues.length === 0) {
            entry.status = 'removed';
            entry.reason = baselineValues.length === 0 ? 'required but reported by neither side' : 'reported by the baseline only';
        }
        else if (baselineValues.length === 0) {
            entry.status = 'added';
            entry.reason = 'new in this change: no baseline to compare with';
        }
        else {
            const verdict = judge(name, base, cur, direction, tolerance, options);
            entry.status = verdict.status;
            entry.noise = verdict.noise;
            entry.reason = verdict.reason;
            if (verdict.test !== undefined)
                tested.push({ entry, test: verdict.test });
        }
        metrics.push(entry);
    }
    const level = Number((1 - options.confidence).toPrecision(12));
    settle(tested, level);
    const failures = [];
    for (const entry of metrics) {
        if (entry.status === 'invalid')
            failures.push(`${entry.name}: ${entry.reason}`);
        else if (entry.status === 'removed' && entry.required)
            failures.push(`${entry.name}: required, but the current run does not report it`);
        else if (entry.status === 'regressed')
            failures.push(`${entry.name}: regressed (${entry.reason})`);
    }
    const params = new Map();
    for (const [side, runs] of [['baseline', baselineRuns], ['current', currentRuns]]) {
        for (const [name, param] of runs[0]?.params ?? []) {
            const entry = params.get(name) ?? { name, baseline: null, current: null };
            entry[side] = param.value;
            params.set(name, entry);
        }
    }
    return {
        verdict: failures.length > 0 ? 'fail' : 'pass',
        metrics,
        params: [...params.values()].sort((a, b) => a.name.localeCompare(b.name)),
        failures,
        correction: { method: 'benjamini-hochberg', level, judged: tested.length },
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ../../packages/core/src/metrics/evidence-bounds.ts



// The limits are the schema's own, read from it, so that what compare writes and what report accepts cannot drift.
const NAME_CHARS = MetricNameSchema.maxLength ?? 512;
const REASON_CHARS = MetricComparisonSchema.shape.reason.unwrap().maxLength ?? 1000;
const TOLERANCE_CHARS = MetricComparisonSchema.shape.tolerance.unwrap().maxLength ?? 64;
const NOTE_CHARS = BaselineInfoSchema.shape.note.unwrap().maxLength ?? 2000;
const PARAM_CHARS = COMPARISON_LIMITS.paramChars;
const FAILURE_CHARS = COMPARISON_LIMITS.failureChars;
const MAX_ROWS = COMPARISON_LIMITS.rows;
/** `text` in at most `max` characters, its end replaced by how long it was. */
function boundText(text, max) {
    if (text.length <= max)
        return text;
    const tail = `… (${text.length} characters)`;
    return `${text.slice(0, Math.max(0, max - tail.length))}${tail}`;
}
/**
 * A name in at most the schema's characters, unchanged when it fits. A longer one keeps its start and ends in a
 * digest of the whole, so two long names that share a start stay two metrics (and two history keys), and the same
 * name always comes out the same.
 */
function boundName(name) {
    if (name.length <= NAME_CHARS)
        return name;
    const tail = `… #${(0,external_node_crypto_.createHash)('sha256').update(name).digest('hex').slice(0, 12)}`;
    return `${name.slice(0, NAME_CHARS - tail.length)}${tail}`;
}
/** Metric statuses by how much a reader needs them, for the rare document with more rows than the schema takes. */
const IMPORTANCE = {
    regressed: 0,
    invalid: 1,
    removed: 2,
    improved: 3,
    added: 4,
    'within-noise': 5,
    unchanged: 6,
};
/** The most important `MAX_ROWS` metrics, in their order: what needs attention is never what is left out. */
function keepImportant(metrics) {
    if (metrics.length <= MAX_ROWS)
        return metrics;
    const kept = new Set(metrics
        .map((metric, index) => ({ rank: IMPORTANCE[metric.status], index }))
        .sort((a, b) => a.rank - b.rank || a.index - b.index)
        .slice(0, MAX_ROWS)
        .map((entry) => entry.index));
    return metrics.filter((_, index) => kept.has(index));
}
/**
 * The comparison document cut to what its schema accepts: names, reasons, params and failures are made from what
 * metric files hold (any key, any text), and a document the report refuses would leave the pull request with no
 * verdict at all. A string that fits is left as it is.
 */
function fitComparisonEvidence(document) {
    const metrics = keepImportant(document.metrics).map((metric) => ({
        ...metric,
        name: boundName(metric.name),
        ...(metric.reason === undefined ? {} : { reason: boundText(metric.reason, REASON_CHARS) }),
        ...(metric.tolerance === undefined ? {} : { tolerance: boundText(metric.tolerance, TOLERANCE_CHARS) }),
    }));
    const shown = new Set(metrics.map((metric) => metric.name));
    const histories = {};
    for (const [name, history] of Object.entries(document.histories ?? {})) {
        const bounded = boundName(name);
        if (shown.has(bounded))
            histories[bounded] = history;
    }
    const value = (text) => (text === null ? null : boundText(text, PARAM_CHARS));
    return {
        ...document,
        metrics,
        params: document.params.slice(0, MAX_ROWS).map((param) => ({ name: boundName(param.name), baseline: value(param.baseline), current: value(param.current) })),
        ...(document.failures === undefined ? {} : { failures: document.failures.slice(0, MAX_ROWS).map((failure) => boundText(failure, FAILURE_CHARS)) }),
        ...(document.baseline?.note === undefined ? {} : { baseline: { ...document.baseline, note: boundText(document.baseline.note, NOTE_CHARS) } }),
        ...(document.histories === undefined ? {} : { histories }),
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/metrics/evidence.ts


/** Points kept per history in evidence: enough for a curve, bounded so evidence stays small. */
const HISTORY_POINTS = 500;
/** Thins a history to at most `limit` points, keeping the first and the last. */
function thinHistory(points, limit = HISTORY_POINTS) {
    if (points.length <= limit)
        return points.map((point) => [point.step, point.value]);
    const stride = (points.length - 1) / (limit - 1);
    return Array.from({ length: limit }, (_, i) => {
        const point = points[Math.round(i * stride)];
        return [point.step, point.value];
    });
}
/** The crucible/comparison@1 document for a comparison, within its schema's limits whatever the metric files held. */
function comparisonEvidence(comparison, context) {
    const histories = {};
    for (const metric of comparison.metrics) {
        if (metric.history.baseline.length > 1 || metric.history.current.length > 1) {
            histories[metric.name] = { baseline: thinHistory(metric.history.baseline), current: thinHistory(metric.history.current) };
        }
    }
    return fitComparisonEvidence({
        schema: 'crucible/comparison@1',
        createdAt: context.createdAt,
        git: context.git,
        verdict: comparison.verdict,
        baseline: context.baseline,
        confidence: context.confidence,
        runs: context.runs,
        metrics: comparison.metrics.map(({ history: _history, ...metric }) => metric),
        params: comparison.params,
        failures: comparison.failures,
        ...(comparison.correction === undefined ? {} : { correction: comparison.correction }),
        histories,
    });
}
const fromPairs = (pairs) => (pairs ?? []).map(([step, value]) => ({ step, value }));
/**
 * The runs a base-branch comparison measured, rebuilt from its evidence: its current side is this comparison's
 * baseline. Each run keeps its own value per metric; the first run carries the histories and params.
 */
function runsFromComparisonEvidence(evidence, label) {
    const count = Math.max(1, evidence.runs?.current ?? 1);
    const runs = Array.from({ length: count }, (_, i) => ({
        path: `${label}#${i + 1}`,
        formats: [],
        files: [label],
        metrics: new Map(),
        params: new Map(),
    }));
    for (const metric of evidence.metrics) {
        if (metric.status === 'removed')
            continue;
        const values = metric.currentRuns ?? [metric.current];
        values.forEach((value, i) => {
            const history = i === 0 ? fromPairs(evidence.histories?.[metric.name]?.current) : [];
            runs[i]?.metrics.set(metric.name, { name: metric.name, value, ...(value === null ? { raw: 'null' } : {}), history, source: { file: label, key: metric.name } });
        });
    }
    for (const param of evidence.params) {
        if (param.current !== null)
            runs[0]?.params.set(param.name, { name: param.name, value: param.current, source: { file: label, key: param.name } });
    }
    return runs.filter((run) => run.metrics.size > 0);
}
/** One run from train's crucible/run@1 evidence. */
function runFromRunEvidence(evidence, label) {
    const metrics = new Map();
    for (const [name, value] of Object.entries(evidence.metrics)) {
        metrics.set(name, { name, value, ...(value === null ? { raw: 'null' } : {}), history: fromPairs(evidence.histories?.[name]), source: { file: label, key: name } });
    }
    const params = new Map();
    for (const [name, value] of Object.entries(evidence.params ?? {}))
        params.set(name, { name, value, source: { file: label, key: name } });
    return { path: label, formats: [], files: [label], metrics, params };
}
/**
 * The final value of each metric in recent base-branch comparisons (newest first), for the one-run noise estimate:
 * the spread of what the base branch measured run after run. Only the first `HISTORY_RUNS` documents count.
 */
function noiseHistory(documents) {
    const history = new Map();
    for (const evidence of documents.slice(0, HISTORY_RUNS)) {
        for (const metric of evidence.metrics) {
            if (metric.current === null)
                continue;
            const values = history.get(metric.name);
            if (values === undefined)
                history.set(metric.name, [metric.current]);
            else
                values.push(metric.current);
        }
    }
    return history;
}

;// CONCATENATED MODULE: ../../packages/core/src/metrics/types.ts
/**
 * What a metrics loader produces for one run (one seed, one matrix leg): every metric's final value, its per-step
 * history where the format keeps one, and the params the run used. Loaders never judge; comparison does.
 */
/** Every metrics format the loaders read, in the order auto-detection documents them. */
const METRICS_FORMATS = [
    'json',
    'yaml',
    'toml',
    'csv',
    'tsv',
    'dvclive',
    'mlflow',
    'huggingface',
    'lightning',
    'keras',
    'wandb',
    'tensorboard',
];

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ../../packages/core/src/metrics/loaders/context.ts
var loaders_context = __webpack_require__(89584);
// EXTERNAL MODULE: ../../packages/core/src/metrics/loaders/errors.ts
var loaders_errors = __webpack_require__(14296);
// EXTERNAL MODULE: ../../packages/core/src/metrics/loaders/names.ts
var names = __webpack_require__(37363);
// EXTERNAL MODULE: ../../packages/core/src/metrics/loaders/structured.ts
var structured = __webpack_require__(42528);
;// CONCATENATED MODULE: ../../packages/core/src/metrics/loaders/plan.ts






const LOOKED_FOR = 'JSON, YAML or TOML files (*.json, *.yaml, *.yml, *.toml); CSV or TSV files (*.csv, *.tsv, including ' +
    "Lightning's metrics.csv and Keras' training.log); DVCLive (dvclive/metrics.json, " +
    'dvclive/plots/metrics/**/*.tsv); an MLflow run folder (metrics/<key>, params/<key>); Hugging Face Trainer ' +
    '(trainer_state.json, all_results.json, eval_results.json); W&B (wandb-summary.json); TensorBoard ' +
    '(events.out.tfevents.*)';
/** Folders never searched: tools' caches and version control, which hold no run's metrics. */
const SKIPPED_FOLDERS = new Set(['node_modules', '__pycache__']);
/**
 * Files that tools write beside their metrics and that hold none: model and tokenizer configs (Hugging Face),
 * model metadata (MLflow), pipeline definitions (DVC), run metadata (W&B), project files. Loading them as
 * metrics would flood the comparison with strings reported as invalid values.
 */
const NOT_METRICS = new Set([
    'config.json',
    'generation_config.json',
    'tokenizer.json',
    'tokenizer_config.json',
    'special_tokens_map.json',
    'added_tokens.json',
    'vocab.json',
    'preprocessor_config.json',
    'adapter_config.json',
    'chat_template.json',
    'training_args.json',
    'meta.yaml',
    'conda.yaml',
    'python_env.yaml',
    'input_example.json',
    'serving_input_example.json',
    'dvc.yaml',
    'dvc.lock',
    'wandb-metadata.json',
    'package.json',
    'package-lock.json',
    'pnpm-lock.yaml',
    'pnpm-workspace.yaml',
    'tsconfig.json',
    'crucible.yml',
    'crucible.yaml',
]);
/** Params files by name: DVC's params.yaml, Lightning's hparams.yaml. In a folder they are params, not metrics. */
const PARAMS_FILES = new Set(['params.yaml', 'params.yml', 'params.json', 'hparams.yaml']);
/** Keras' CSVLogger writes wherever it is told; its documented example, and most code, say training.log. */
const KERAS_LOG = 'training.log';
const CHECKPOINT_FOLDER = /^checkpoint-\d+$/;
const MAX_FOLDER_ENTRIES = 1_000_000;
/**
 * Every file below a folder, as sorted paths relative to it with "/" separators. Hidden files and folders,
 * node_modules and symbolic links to folders (W&B's `latest-run`) are left out; links to anything else are listed
 * and checked when read.
 */
async function listFolder(root) {
    const files = [];
    const folders = new Set(['']);
    let entries = 0;
    const visit = async (folder) => {
        let children;
        try {
            children = await (0,promises_.readdir)(folder === '' ? root : (0,external_node_path_.join)(root, folder), { withFileTypes: true });
        }
        catch (error) {
            throw (0,loaders_context/* asReadError */.nn)(error, folder === '' ? root : (0,external_node_path_.join)(root, folder));
        }
        children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        entries += children.length;
        if (entries > MAX_FOLDER_ENTRIES) {
            throw loaders_errors/* MetricsFileError */.s.at({ file: root }, `holds more than ${MAX_FOLDER_ENTRIES.toLocaleString('en-US')} files; point at the run's own output folder.`);
        }
        for (const child of children) {
            if (child.name.startsWith('.'))
                continue;
            const path = folder === '' ? child.name : `${folder}/${child.name}`;
            let isFile = child.isFile();
            let isFolder = child.isDirectory();
            if (child.isSymbolicLink()) {
                // A link to anything but a folder is listed, so that reading it refuses a device, a FIFO, a /proc file or
                // a target outside the workspace by name (fs/safe-file.ts) instead of leaving it out unseen.
                const target = await (0,promises_.stat)((0,external_node_path_.join)(root, path)).catch(() => undefined);
                isFile = target !== undefined && !target.isDirectory();
                isFolder = false;
            }
            if (isFile) {
                files.push(path);
            }
            else if (isFolder && !SKIPPED_FOLDERS.has(child.name)) {
                folders.add(path);
                await visit(path);
            }
        }
    };
    await visit('');
    files.sort();
    return { files, folders };
}
function under(folder, name) {
    return folder === '' ? name : `${folder}/${name}`;
}
function parentOf(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
const DELIMITED_EXTENSIONS = /\.(?:csv|tsv)$/i;
/** Units for a folder, by file names and folder layouts (`format` undefined), or for one forced format. */
function planFolder(listing, format) {
    if (format !== undefined && GENERIC_FORMATS.includes(format))
        return planGenericFolder(listing.files, format);
    const { files, folders } = listing;
    const fileSet = new Set(files);
    // Layouts that own a folder: every file below it belongs to that tool, and what it does not read is ignored.
    const mlflowRoots = new Set();
    const dvcliveRoots = new Set();
    for (const folder of folders) {
        const base = external_node_path_.posix.basename(folder);
        if (folders.has(under(folder, 'metrics')) &&
            (folders.has(under(folder, 'params')) || fileSet.has(under(folder, 'meta.yaml')))) {
            mlflowRoots.add(folder);
        }
        const hasSummary = fileSet.has(under(folder, 'metrics.json'));
        const hasPlots = folders.has(under(folder, 'plots/metrics'));
        if ((hasPlots && (hasSummary || base === 'dvclive')) || (base === 'dvclive' && hasSummary)) {
            dvcliveRoots.add(folder);
        }
    }
    // A `metrics/` folder of .json or .csv files beside a `params/` folder is a project's layout, not MLflow's,
    // whose metric files have no extension that Crucible reads (a key may hold a ".", so every file is looked at).
    for (const file of files) {
        if ((0,structured/* syntaxOfName */.WC)(file) === undefined && !DELIMITED_EXTENSIONS.test(file))
            continue;
        for (let folder = parentOf(file); folder !== ''; folder = parentOf(folder)) {
            const root = parentOf(folder);
            if (external_node_path_.posix.basename(folder) === 'metrics' && mlflowRoots.has(root) && !fileSet.has(under(root, 'meta.yaml'))) {
                mlflowRoots.delete(root);
            }
        }
    }
    if (format === 'mlflow' && mlflowRoots.size === 0 && folders.has('metrics'))
        mlflowRoots.add('');
    const looksLikeDvcLive = fileSet.has('metrics.json') || folders.has('plots/metrics');
    if (format === 'dvclive' && dvcliveRoots.size === 0 && looksLikeDvcLive)
        dvcliveRoots.add('');
    const wandbRoots = new Map(); // run folder -> summary file
    for (const file of files) {
        if (external_node_path_.posix.basename(file) !== names/* WANDB_SUMMARY */.iS)
            continue;
        const folder = parentOf(file);
        wandbRoots.set(external_node_path_.posix.basename(folder) === 'files' ? parentOf(folder) : folder, file);
    }
    const units = [];
    const mlflow = new Map();
    const dvclive = new Map();
    const huggingFace = [];
    const events = [];
    for (const file of files) {
        const name = external_node_path_.posix.basename(file);
        const owner = ownerOf(file, mlflowRoots, dvcliveRoots, wandbRoots);
        if (owner?.kind === 'mlflow') {
            const rest = owner.root === '' ? file : file.slice(owner.root.length + 1);
            let entry = mlflow.get(owner.root);
            if (entry === undefined) {
                entry = { metrics: [], params: [] };
                mlflow.set(owner.root, entry);
            }
            if (rest.startsWith('metrics/'))
                entry.metrics.push({ file, name: rest.slice('metrics/'.length) });
            else if (rest.startsWith('params/'))
                entry.params.push({ file, name: rest.slice('params/'.length) });
            continue;
        }
        if (owner?.kind === 'dvclive') {
            const rest = file.slice(owner.root === '' ? 0 : owner.root.length + 1);
            let entry = dvclive.get(owner.root);
            if (entry === undefined) {
                entry = { plots: [] };
                dvclive.set(owner.root, entry);
            }
            if (rest === 'metrics.json')
                entry.summary = file;
            else if (rest === 'params.yaml')
                entry.params = file;
            else if (rest.startsWith('plots/metrics/') && rest.endsWith('.tsv')) {
                entry.plots.push({ file, name: rest.slice('plots/metrics/'.length, -'.tsv'.length) });
            }
            continue;
        }
        if (owner?.kind === 'wandb') {
            if (file === owner.summary) {
                const config = under(parentOf(file), names/* WANDB_CONFIG */.sO);
                units.push(fileSet.has(config) ? { kind: 'wandb', summary: file, config } : { kind: 'wandb', summary: file });
            }
            continue;
        }
        if ((0,names/* isEventFile */.P3)(name)) {
            events.push(file);
            continue;
        }
        if ((0,names/* isHuggingFaceFile */.Rj)(name)) {
            huggingFace.push(file);
            continue;
        }
        // A Trainer checkpoint holds the model, the optimizer and a trainer_state.json (taken above); nothing else.
        if (file.split('/').slice(0, -1).some((part) => CHECKPOINT_FOLDER.test(part)))
            continue;
        if (NOT_METRICS.has(name))
            continue;
        const syntax = (0,structured/* syntaxOfName */.WC)(name);
        if (PARAMS_FILES.has(name) && syntax !== undefined) {
            units.push({ kind: 'params', file, syntax });
        }
        else if (syntax !== undefined) {
            units.push({ kind: 'document', file, syntax });
        }
        else if (/\.csv$/i.test(name)) {
            units.push({ kind: 'delimited', file, delimiter: ',' });
        }
        else if (/\.tsv$/i.test(name)) {
            units.push({ kind: 'delimited', file, delimiter: '\t' });
        }
        else if (name === KERAS_LOG) {
            units.push({ kind: 'keras-log', file });
        }
    }
    for (const entry of mlflow.values())
        units.push({ kind: 'mlflow', files: entry });
    for (const entry of dvclive.values())
        units.push({ kind: 'dvclive', files: entry });
    if (huggingFace.length > 0)
        units.push({ kind: 'huggingface', files: huggingFace });
    // The Trainer's TensorBoard callback writes the same metrics under other names (`eval/loss` for `eval_loss`)
    // to <output_dir>/runs/; read as well, they would double every metric of the run.
    const trainerFolders = new Set(huggingFace.map(parentOf).filter((folder) => !CHECKPOINT_FOLDER.test(external_node_path_.posix.basename(folder))));
    const ownEvents = format === undefined ? events.filter((file) => !hasAncestorIn(file, trainerFolders)) : events;
    if (ownEvents.length > 0)
        units.push({ kind: 'tensorboard', files: prefixEventFiles(ownEvents) });
    const ordered = units.sort((a, b) => {
        const x = firstFile(a);
        const y = firstFile(b);
        return x < y ? -1 : x > y ? 1 : 0;
    });
    return format === undefined ? ordered : ordered.filter((unit) => unit.kind === format);
}
const GENERIC_FORMATS = ['json', 'yaml', 'toml', 'csv', 'tsv', 'keras', 'lightning'];
/**
 * A forced plain format reads every file of its kind in the folder as that format, whatever tool wrote it (still
 * leaving out the files that hold no metrics, and taking params files as params).
 */
function planGenericFolder(files, format) {
    const units = [];
    for (const file of files) {
        const name = external_node_path_.posix.basename(file);
        if (NOT_METRICS.has(name))
            continue;
        const syntax = (0,structured/* syntaxOfName */.WC)(name);
        if (format === 'json' || format === 'yaml' || format === 'toml') {
            if (syntax !== format)
                continue;
            units.push(PARAMS_FILES.has(name) ? { kind: 'params', file, syntax } : { kind: 'document', file, syntax });
        }
        else if (isDelimitedFormat(format)) {
            if (/\.tsv$/i.test(name) || format === 'tsv') {
                if (DELIMITED_EXTENSIONS.test(name))
                    units.push({ kind: 'delimited', file, delimiter: '\t', format });
            }
            else if (/\.csv$/i.test(name)) {
                units.push({ kind: 'delimited', file, delimiter: ',', format });
            }
            else if (format === 'keras' && name === KERAS_LOG) {
                units.push({ kind: 'keras-log', file });
            }
        }
    }
    return units;
}
function hasAncestorIn(file, folders) {
    for (let folder = parentOf(file);; folder = parentOf(folder)) {
        if (folders.has(folder))
            return true;
        if (folder === '')
            return false;
    }
}
function ownerOf(file, mlflowRoots, dvcliveRoots, wandbRoots) {
    // The nearest enclosing layout wins: an MLflow run inside a DVCLive folder is an MLflow run.
    for (let folder = parentOf(file);; folder = parentOf(folder)) {
        if (mlflowRoots.has(folder))
            return { kind: 'mlflow', root: folder };
        if (dvcliveRoots.has(folder))
            return { kind: 'dvclive', root: folder };
        const summary = wandbRoots.get(folder);
        if (summary !== undefined)
            return { kind: 'wandb', root: folder, summary };
        if (folder === '')
            return undefined;
    }
}
/**
 * Event files in one folder are one TensorBoard run and keep their tags; when they sit in several folders (Keras
 * writes `logs/train/` and `logs/validation/` with the same tags), each tag gets its folder's path relative to
 * the folders' common ancestor (`train/epoch_loss`, `validation/epoch_loss`), as TensorBoard names runs. The
 * names do not depend on which folder above them the user pointed at.
 */
function prefixEventFiles(files) {
    const folders = [...new Set(files.map(parentOf))];
    if (folders.length === 1)
        return files.map((file) => ({ file, prefix: '' }));
    let common = folders[0].split('/');
    for (const folder of folders) {
        const parts = folder.split('/');
        let i = 0;
        while (i < common.length && i < parts.length && common[i] === parts[i])
            i++;
        common = common.slice(0, i);
    }
    const base = common.join('/');
    return files.map((file) => {
        const folder = parentOf(file);
        const relative = base === '' ? folder : folder.slice(base.length + 1);
        return { file, prefix: relative === '' ? '' : `${relative}/` };
    });
}
function firstFile(unit) {
    switch (unit.kind) {
        case 'huggingface':
            return unit.files[0] ?? '';
        case 'tensorboard':
            return unit.files[0]?.file ?? '';
        case 'mlflow':
            return unit.files.metrics[0]?.file ?? unit.files.params[0]?.file ?? '';
        case 'dvclive':
            return unit.files.summary ?? unit.files.plots[0]?.file ?? unit.files.params ?? '';
        case 'wandb':
            return unit.summary;
        default:
            return unit.file;
    }
}
const DELIMITED_FORMATS = ['csv', 'tsv', 'keras', 'lightning'];
function isDelimitedFormat(format) {
    return DELIMITED_FORMATS.includes(format);
}
/** What a forced format looks for in a folder, for the message when it finds nothing. */
function lookedForByFormat(format) {
    switch (format) {
        case 'json':
            return '*.json files';
        case 'yaml':
            return '*.yaml and *.yml files';
        case 'toml':
            return '*.toml files';
        case 'csv':
        case 'tsv':
        case 'lightning':
            return '*.csv and *.tsv files';
        case 'keras':
            return '*.csv, *.tsv and training.log files';
        case 'dvclive':
            return 'a DVCLive folder (metrics.json, plots/metrics/**/*.tsv)';
        case 'mlflow':
            return 'an MLflow run folder (metrics/<key>, params/<key>)';
        case 'huggingface':
            return 'trainer_state.json, all_results.json and *_results.json';
        case 'wandb':
            return 'wandb-summary.json';
        case 'tensorboard':
            return 'events.out.tfevents.* files';
    }
}
/**
 * The unit for one file given as the run's path: by its format when forced, else by name, place and content.
 * `peek` returns the file's first bytes as text, for content checks.
 */
async function planFile(path, format, peek) {
    const name = external_node_path_.posix.basename(path.replaceAll('\\', '/'));
    const syntax = (0,structured/* syntaxOfName */.WC)(name);
    const delimiter = /\.tsv$/i.test(name) ? '\t' : ',';
    switch (format) {
        case 'json':
        case 'yaml':
        case 'toml':
            return { kind: 'document', file: path, syntax: format };
        case 'csv':
        case 'lightning':
        case 'keras':
            return {
                kind: 'delimited',
                file: path,
                delimiter: format === 'keras' ? ((0,names/* kerasLogSeparator */._g)(await peek()) ?? delimiter) : delimiter,
                format,
            };
        case 'tsv':
            return { kind: 'delimited', file: path, delimiter: '\t', format };
        case 'huggingface':
            return { kind: 'huggingface', files: [path] };
        case 'wandb':
            return { kind: 'wandb', summary: path };
        case 'tensorboard':
            return { kind: 'tensorboard', files: [{ file: path, prefix: '' }] };
        case 'dvclive':
            return dvcliveFileUnit(path, name);
        case 'mlflow':
            return { kind: 'mlflow', files: { metrics: [mlflowKey(path)], params: [] } };
        case undefined:
            break;
    }
    if ((0,names/* isEventFile */.P3)(name))
        return { kind: 'tensorboard', files: [{ file: path, prefix: '' }] };
    if ((0,names/* isHuggingFaceFile */.Rj)(name))
        return { kind: 'huggingface', files: [path] };
    if (name === names/* WANDB_SUMMARY */.iS)
        return { kind: 'wandb', summary: path };
    if (await isInDvcLiveFolder(path, name))
        return dvcliveFileUnit(path, name);
    if (syntax !== undefined)
        return { kind: 'document', file: path, syntax };
    if (/\.(?:csv|tsv)$/i.test(name))
        return { kind: 'delimited', file: path, delimiter };
    const head = await peek();
    const separator = (0,names/* kerasLogSeparator */._g)(head);
    if (separator !== undefined)
        return { kind: 'delimited', file: path, delimiter: separator, format: 'keras' };
    if (!name.includes('.') && MLFLOW_LINE.test(head)) {
        return { kind: 'mlflow', files: { metrics: [mlflowKey(path)], params: [] } };
    }
    if (/^\s*\{/.test(head))
        return { kind: 'document', file: path, syntax: 'json' };
    throw loaders_errors/* MetricsFileError */.s.at({ file: path }, 'Crucible cannot tell its format from its name or content; rename it (.json, .yaml, .toml, .csv, .tsv) or ' +
        'pass a format (json, yaml, toml, csv, tsv, dvclive, mlflow, huggingface, lightning, keras, wandb, tensorboard).');
}
const MLFLOW_LINE = /^\d+ \S+( -?\d+)?(?:\r?\n|$)/;
async function isInDvcLiveFolder(path, name) {
    const normal = path.replaceAll('\\', '/');
    if (name.endsWith('.tsv') && normal.includes('/plots/metrics/'))
        return true;
    if (name !== 'metrics.json')
        return false;
    const folder = (0,external_node_path_.dirname)(path);
    if (external_node_path_.posix.basename(folder.replaceAll('\\', '/')) === 'dvclive')
        return true;
    return (await (0,promises_.lstat)((0,external_node_path_.join)(folder, 'plots', 'metrics')).catch(() => undefined))?.isDirectory() ?? false;
}
function dvcliveFileUnit(path, name) {
    if (!name.endsWith('.tsv'))
        return { kind: 'dvclive', files: { summary: path, plots: [] } };
    const normal = path.replaceAll('\\', '/');
    const at = normal.lastIndexOf('/plots/metrics/');
    const metric = at === -1 ? name : normal.slice(at + '/plots/metrics/'.length);
    return { kind: 'dvclive', files: { plots: [{ file: path, name: metric.slice(0, -'.tsv'.length) }] } };
}
/** An MLflow metric file's key: its path under the run's `metrics/` folder, else its name. */
function mlflowKey(path) {
    const normal = path.replaceAll('\\', '/');
    const at = normal.lastIndexOf('/metrics/');
    return { file: path, name: at === -1 ? external_node_path_.posix.basename(normal) : normal.slice(at + '/metrics/'.length) };
}

;// CONCATENATED MODULE: ../../packages/core/src/metrics/loaders/run-builder.ts


/**
 * Puts the units of one run together. A format that repeats keys across its own files has merged them already
 * (inside its unit); the same metric from two units is an error naming both files, because the run would
 * otherwise report whichever happened to be read last.
 */
class RunBuilder {
    context;
    formats = [];
    files = [];
    metrics = new Map();
    params = new Map();
    constructor(context) {
        this.context = context;
    }
    add(unit) {
        const context = this.context;
        // A params file (hparams.yaml beside Lightning's metrics.csv) is part of the run, not a source of metrics.
        if (unit.metrics.size > 0 && !this.formats.includes(unit.format))
            this.formats.push(unit.format);
        for (const file of unit.files)
            this.files.push(file);
        context.ensureRoom(unit.files[0] ?? '', unit.metrics.size);
        if (this.metrics.size === 0) {
            // The usual run is one unit: its map becomes the run's, without copying 10,000 entries.
            this.metrics = unit.metrics;
        }
        else {
            for (const metric of unit.metrics.values())
                this.addMetric(metric);
        }
        context.metricsSoFar = this.metrics.size;
        for (const param of unit.params)
            this.addParam(param);
    }
    addMetric(metric) {
        const earlier = this.metrics.get(metric.name);
        if (earlier !== undefined) {
            const first = this.context.display(earlier.source.file);
            const second = this.context.display(metric.source.file);
            throw new loaders_errors/* MetricsFileError */.s(`Metric "${metric.name}" appears in both ${first} and ${second}; a run must report each metric once. ` +
                'Point at one of the files, or pass a format to load only one kind.', { file: second, key: metric.name });
        }
        this.metrics.set(metric.name, metric);
    }
    addParam(param) {
        const earlier = this.params.get(param.name);
        if (earlier === undefined) {
            this.params.set(param.name, param);
        }
        else if (earlier.value !== param.value) {
            const first = this.context.display(earlier.source.file);
            const second = this.context.display(param.source.file);
            throw new loaders_errors/* MetricsFileError */.s(`Param "${param.name}" is ${(0,safe_file/* excerpt */.Kb)(earlier.value, 60)} in ${first} but ${(0,safe_file/* excerpt */.Kb)(param.value, 60)} ` +
                `in ${second}; a run must record each param once. Point at one run's files.`, { file: second, key: param.name });
        }
    }
    build() {
        return {
            path: this.context.root,
            formats: this.formats,
            files: this.files,
            metrics: this.metrics,
            params: this.params,
        };
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/metrics/load.ts
/**
 * Loading one run's metrics from whatever the trainer wrote: a file or a folder, in any of the formats in
 * `MetricsFormat`, detected by file name, folder layout and content unless a format is forced.
 *
 * Names: nested keys flatten with "." as DVC does (`{"eval": {"acc": 1}}` is `eval.acc`), keys holding "/" keep
 * it, list items take their index (`acc.0`). Values that are not finite numbers are kept with `value: null` and
 * their text in `raw`; they never stop a load. History points carry the trainer's step (else epoch, else row
 * index) and, where the format records one, a timestamp in milliseconds since the Unix epoch.
 *
 * Every problem a person can fix is a MetricsFileError naming the file and the line, byte offset or key.
 */











/** Files read at once from a folder: enough to overlap I/O, few enough to keep memory and descriptors low. */
const PARALLEL_UNITS = 8;
/**
 * One run's metrics and params from a file or a folder. A folder loads every recognised file below it (hidden
 * folders and node_modules left out) into one run; the same metric from two files is an error naming both.
 */
async function loadRun(path, options = {}) {
    const format = options.format === 'auto' ? undefined : options.format;
    const isFolder = await isFolderPath(path);
    const context = new loaders_context/* LoadContext */.ID(path, isFolder, options.workspace);
    let units;
    if (isFolder) {
        units = planFolder(await listFolder(path), format);
        if (units.length === 0) {
            throw loaders_errors/* MetricsFileError */.s.at({ file: path }, format === undefined
                ? `found no metrics files in the folder. Crucible looked for ${LOOKED_FOR}. ` +
                    'Point at the folder or file your trainer writes, or pass a format.'
                : `found no ${format} metrics in the folder; the ${format} format reads ${lookedForByFormat(format)}.`);
        }
    }
    else {
        try {
            await (0,safe_file/* checkReadableFileAsync */.TY)(path, { workspace: options.workspace });
        }
        catch (error) {
            throw (0,loaders_context/* asReadError */.nn)(error, path);
        }
        units = [await planFile(path, format, () => peek(path, options.workspace))];
    }
    // A few units load at once, and are added in their sorted order as they finish: the result (and the first
    // error) do not depend on which file finished first, and the metrics cap stops a huge folder early.
    const builder = new RunBuilder(context);
    const inFlight = [];
    let next = 0;
    const startMore = () => {
        while (inFlight.length < PARALLEL_UNITS && next < units.length) {
            inFlight.push(loadUnit(context, units[next++]).then((loaded) => ({ loaded }), (error) => ({ error })));
        }
    };
    startMore();
    for (let outcome = inFlight.shift(); outcome !== undefined; outcome = inFlight.shift()) {
        const settled = await outcome;
        if ('error' in settled)
            throw settled.error;
        builder.add(settled.loaded);
        startMore();
    }
    const run = builder.build();
    if (run.metrics.size === 0) {
        const shown = run.files.slice(0, 5).map((file) => context.display(file));
        const read = shown.length === 0 ? 'no metrics file' : shown.join(', ');
        throw loaders_errors/* MetricsFileError */.s.at({ file: path }, `holds no metrics (read: ${read}${run.files.length > 5 ? ', ...' : ''}). A run must report at least one ` +
            'metric; check that training wrote its metrics there.');
    }
    return run;
}
/**
 * Reads one unit. Loaders other than the plain-document one load on first use: under Node's type stripping each
 * module costs compile time at start-up, and most runs need one format.
 */
async function loadUnit(context, unit) {
    switch (unit.kind) {
        case 'document':
            return (0,structured/* loadDocumentMetrics */.Rg)(context, unit.file, unit.syntax);
        case 'params':
            return {
                format: unit.syntax,
                files: [unit.file],
                metrics: new Map(),
                params: await (0,structured/* loadDocumentParams */.aB)(context, unit.file, unit.syntax),
            };
        case 'delimited': {
            const { loadDelimitedMetrics } = await __webpack_require__.e(/* import() */ 976).then(__webpack_require__.bind(__webpack_require__, 83976));
            return loadDelimitedMetrics(context, unit.file, unit.format === undefined ? { delimiter: unit.delimiter } : { delimiter: unit.delimiter, format: unit.format });
        }
        case 'keras-log': {
            const { delimitedMetrics } = await __webpack_require__.e(/* import() */ 976).then(__webpack_require__.bind(__webpack_require__, 83976));
            const text = await context.readText(unit.file);
            const delimiter = (0,names/* kerasLogSeparator */._g)(text);
            if (delimiter === undefined)
                return { format: 'keras', files: [], metrics: new Map(), params: [] };
            return delimitedMetrics(context, unit.file, text, { delimiter, format: 'keras' });
        }
        case 'huggingface':
            return (await __webpack_require__.e(/* import() */ 597).then(__webpack_require__.bind(__webpack_require__, 59597))).loadHuggingFace(context, unit.files);
        case 'dvclive':
            return (await __webpack_require__.e(/* import() */ 458).then(__webpack_require__.bind(__webpack_require__, 66458))).loadDvcLive(context, unit.files);
        case 'mlflow':
            return (await __webpack_require__.e(/* import() */ 210).then(__webpack_require__.bind(__webpack_require__, 74210))).loadMlflow(context, unit.files);
        case 'wandb':
            return (await __webpack_require__.e(/* import() */ 995).then(__webpack_require__.bind(__webpack_require__, 12995))).loadWandb(context, unit.summary, unit.config);
        case 'tensorboard':
            return (await __webpack_require__.e(/* import() */ 543).then(__webpack_require__.bind(__webpack_require__, 26543))).loadTensorBoard(context, unit.files);
    }
}
async function isFolderPath(path) {
    try {
        return (await (0,promises_.stat)(path)).isDirectory();
    }
    catch (error) {
        throw (0,loaders_context/* asReadError */.nn)(error, path);
    }
}
/** The first bytes of a file as text, for telling its format from its content. */
async function peek(path, workspace) {
    try {
        // Checked before opening: a FIFO would block the open, /proc/self/environ would be read.
        await (0,safe_file/* checkReadableFileAsync */.TY)(path, { workspace });
        const handle = await (0,promises_.open)(path, 'r');
        try {
            const buffer = Buffer.alloc(512);
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
            return buffer.subarray(0, bytesRead).toString('utf8');
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        throw (0,loaders_context/* asReadError */.nn)(error, path);
    }
}
/**
 * Params from a YAML, JSON or TOML file (flattened like metrics, values kept as text), or from an MLflow params
 * folder (one file per key, a key with "/" as nested folders; an MLflow run folder reads its `params/`).
 */
async function loadParams(path, options = {}) {
    const isFolder = await isFolderPath(path);
    const context = new loaders_context/* LoadContext */.ID(path, isFolder, options.workspace);
    let params;
    if (isFolder) {
        const listing = await listFolder(path);
        const isRun = listing.folders.has('params') && listing.folders.has('metrics');
        const files = [];
        for (const file of listing.files) {
            if (!isRun)
                files.push({ file, name: file });
            else if (file.startsWith('params/'))
                files.push({ file, name: file.slice('params/'.length) });
        }
        const { loadMlflow } = await __webpack_require__.e(/* import() */ 210).then(__webpack_require__.bind(__webpack_require__, 74210));
        params = (await loadMlflow(context, { metrics: [], params: files })).params;
    }
    else {
        // YAML reads JSON too, so a params file of another name is read as YAML.
        params = await (0,structured/* loadDocumentParams */.aB)(context, path, (0,structured/* syntaxOfName */.WC)(external_node_path_.posix.basename(path)) ?? 'yaml');
    }
    const byName = new Map();
    for (const param of params)
        byName.set(param.name, param);
    return byName;
}

;// CONCATENATED MODULE: ../../packages/core/src/text/invisible.ts
/**
 * Characters that change how the text around them reads without being seen: bidi overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) that reorder a name so it reads as another, zero-width spaces and joiners
 * (U+200B–U+200F, U+2060, U+FEFF) that make two different names look alike, the soft hyphen, the tag characters
 * that smuggle ASCII, and every other format character (Unicode category Cf); line and paragraph separators
 * (U+2028, U+2029) that break a line where no line break shows; and the Hangul fillers that render as blanks.
 *
 * An emoji written with joiners (👩‍👩‍👧) or a subdivision flag (🏴 with tags) keeps them: there they draw one picture.
 */
const PICTOGRAPH = String.raw `\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?`;
const EMOJI_SEQUENCE = String.raw `${PICTOGRAPH}(?:\u200D${PICTOGRAPH})+|\u{1F3F4}[\u{E0061}-\u{E007A}]{2,6}\u{E007F}`;
const INVISIBLE = new RegExp(String.raw `(${EMOJI_SEQUENCE})|[\p{Cf}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0]`, 'gu');
/** The character as `\u{202E}`: visible, and naming what was there. */
function codePointText(char) {
    return `\\u{${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}}`;
}
/** Text with every invisible format character shown as its code point (`\u{202E}`), so nothing hides in a name. */
function showInvisible(text) {
    return text.replace(INVISIBLE, (char, emoji) => (emoji !== undefined ? emoji : codePointText(char)));
}
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/**
 * Untrusted text (names, values, paths) for a terminal: C0 and C1 controls and DEL, which would move the cursor,
 * colour the screen or start an escape sequence, as "?"; invisible format characters as their code points.
 */
function terminalText(text) {
    return showInvisible(text.replace(TERMINAL_CONTROL, '?'));
}

;// CONCATENATED MODULE: ../../packages/core/src/report/escape.ts

/**
 * Untrusted text (metric and column names, values, file names, messages) made inert for GitHub-flavoured
 * markdown and HTML: it renders as the characters written, never as markup, a mention, an issue link, an image or
 * a live URL, and it cannot break a table row or close a <details>.
 *
 * Two layers, because GitHub works in two passes. cmark-gfm parses the markdown (tables, emphasis, links, HTML,
 * bare URLs); every character that could start a construct there becomes a numeric character reference, which
 * the parser never reads as syntax. GitHub then links @mentions, #123 and GH-123 in the text of the HTML it
 * produced, after those references were decoded, skipping text inside <code>: so untrusted text either goes inside
 * <code> (escapeCode, escapeName) or has an invisible word joiner put after the `@`, `#` or `GH` (escapeMarkdown).
 */
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '|': '&#124;',
    '`': '&#96;',
    '@': '&#64;',
    '#': '&#35;',
    '[': '&#91;',
    ']': '&#93;',
    '(': '&#40;',
    ')': '&#41;',
    '!': '&#33;',
    '*': '&#42;',
    _: '&#95;',
    '~': '&#126;',
    '\\': '&#92;',
    ':': '&#58;',
    '$': '&#36;',
    '^': '&#94;',
};
/** A word joiner (U+2060): invisible, and no mention or reference pattern matches across it. */
const JOINER = '\u2060';
/** Lone surrogates cannot be written as UTF-8; they become U+FFFD as any UTF-8 writer would make them. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * C0 controls and DEL as their Unicode control pictures (U+2400 block): HTML cannot carry most of them (a
 * reference to U+0001 decodes to U+FFFD), and a newline or a tab shown as a blank would hide that it is there.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;
const showControl = (char) => String.fromCodePoint(char === '\u007f' ? 0x2421 : 0x2400 + char.codePointAt(0));
// eslint-disable-next-line no-control-regex -- line breaks in a message read as spaces
const LINE_BREAKS = /[\r\n\t\u000b\u000c\u2028\u2029]+/g;
/** The first `maxLength` code points of `text`, with an ellipsis when some were cut. */
function clip(text, maxLength) {
    if (text.length <= maxLength)
        return text;
    const points = [...text];
    return points.length > maxLength ? `${points.slice(0, Math.max(0, maxLength - 1)).join('')}…` : text;
}
/**
 * Every markdown-active character as a character reference. `.` only matters inside a bare domain
 * (evil.example becomes a link), so it is escaped where a letter or digit follows.
 */
function escapeCharacters(text) {
    return text
        .replace(/[&<>"'|`@#[\]()!*_~\\:$^]/g, (char) => ENTITIES[char])
        .replace(/\.(?=[\p{L}\p{N}])/gu, '&#46;');
}
/**
 * Exact text inside <code>: controls shown as pictures, bidi overrides, zero-width and other invisible format
 * characters as their code points (a name reversed by U+202E must not read as another), everything else as written.
 */
function inert(text) {
    return escapeCharacters(showInvisible(text.replace(LONE_SURROGATE, '\uFFFD')).replace(CONTROL, showControl));
}
/** A message on one line: line breaks read as one space. */
function flatten(text, maxLength) {
    return clip(text.replace(LINE_BREAKS, ' '), maxLength);
}
/**
 * Escapes text for a markdown table cell or a line of prose; line breaks become spaces, long text is clipped.
 * Mentions and references are broken with an invisible word joiner, so the text reads the same.
 */
function escapeMarkdown(text, maxLength = 200) {
    const escaped = inert(flatten(text, maxLength))
        .replace(/&#64;(?=[\p{L}\p{N}])|&#35;(?=\p{N})/gu, (reference) => `${reference}${JOINER}`)
        .replace(/\bGH(?=-\d)/gi, (prefix) => `${prefix}${JOINER}`);
    // A list item, a setext underline or an indented code block starts at the beginning of a line ("1. " too).
    return escaped.replace(/^[-+=\s]/u, (char) => `&#${char.codePointAt(0)};`).replace(/^(\d+)\./, '$1&#46;');
}
/** Text shown as inline code, for values and messages that read better monospaced: escaped, never a code span. */
function escapeCode(text, maxLength = 200) {
    return `<code>${inert(flatten(text, maxLength))}</code>`;
}
/**
 * A name (metric, param, column, file) exactly as written, monospaced: never clipped (schemas bound names), line
 * breaks and other controls shown as control pictures, so the rendered text is the name itself.
 */
function escapeName(name) {
    return `<code>${inert(name)}</code>`;
}

;// CONCATENATED MODULE: ../../packages/core/src/report/format.ts
/** Numbers for people: up to 4 significant digits, no exponent for everyday magnitudes, a sign where asked. */
function formatNumber(value, options = {}) {
    if (value === null || value === undefined)
        return '—';
    if (!Number.isFinite(value))
        return String(value);
    const sign = options.sign === true && value > 0 ? '+' : '';
    const magnitude = Math.abs(value);
    if (magnitude !== 0 && (magnitude < 1e-4 || magnitude >= 1e9))
        return `${sign}${value.toExponential(3)}`;
    return `${sign}${Number(value.toPrecision(4))}`;
}
function formatPercent(value) {
    if (value === null || value === undefined || !Number.isFinite(value))
        return '—';
    return `${value > 0 ? '+' : ''}${Number(value.toPrecision(3))}%`;
}
/** "3 days", "5 hours", "just now" for an age in days. */
function formatAge(days) {
    if (days === null || days === undefined)
        return 'unknown age';
    if (days >= 2)
        return `${Math.round(days)} days old`;
    const hours = days * 24;
    if (hours >= 2)
        return `${Math.round(hours)} hours old`;
    return 'less than 2 hours old';
}
/** "850 ms", "42.5 s", "3 min 20 s", "2 h 05 min" for a duration in seconds. */
function formatDuration(seconds) {
    if (!Number.isFinite(seconds) || seconds < 0)
        return '—';
    if (seconds < 1)
        return `${Math.round(seconds * 1000)} ms`;
    if (seconds < 60)
        return `${Number(seconds.toPrecision(3))} s`;
    const whole = Math.round(seconds);
    if (whole < 3600)
        return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
    return `${Math.floor(whole / 3600)} h ${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')} min`;
}
/** "512 MiB", "79.6 GiB" for memory in MiB, as nvidia-smi counts it: three significant digits from 1 GiB up. */
function formatMemory(mib) {
    if (!Number.isFinite(mib) || mib < 0)
        return '—';
    if (mib < 1024)
        return `${Math.round(mib)} MiB`;
    return `${formatNumber(Number((mib / 1024).toPrecision(3)))} GiB`;
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ../../packages/core/src/report/budget.ts

/** Characters as GitHub counts them: code points, so an emoji written as a surrogate pair counts once. */
function countCodePoints(text) {
    let count = text.length;
    for (let i = 0; i < text.length - 1; i++) {
        const unit = text.charCodeAt(i);
        if (unit >= 0xd800 && unit <= 0xdbff) {
            const next = text.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff) {
                count--;
                i++;
            }
        }
    }
    return count;
}
function measure(text, budget) {
    return { chars: countCodePoints(text), bytes: budget.maxBytes === undefined ? 0 : external_node_buffer_.Buffer.byteLength(text, 'utf8') };
}
const SEPARATOR = '\n\n';
function layoutOf(texts, budget) {
    return { texts, sizes: texts.map((text) => measure(text, budget)) };
}
/** The same layout with some parts' texts replaced. */
function replaced(layout, replacements, budget) {
    const texts = [...layout.texts];
    const sizes = [...layout.sizes];
    for (const [index, text] of replacements) {
        texts[index] = text;
        sizes[index] = measure(text, budget);
    }
    return { texts, sizes };
}
/** Whether the joined text fits: the sum of the non-empty parts plus a separator between each two. */
function layoutFits(layout, budget) {
    let chars = 0;
    let bytes = 0;
    let parts = 0;
    layout.texts.forEach((text, i) => {
        if (text === '')
            return;
        parts++;
        chars += layout.sizes[i].chars;
        bytes += layout.sizes[i].bytes;
    });
    const separators = Math.max(0, parts - 1) * SEPARATOR.length;
    return chars + separators <= budget.maxChars && (budget.maxBytes === undefined || bytes + separators <= budget.maxBytes);
}
const joined = (layout) => layout.texts.filter((text) => text !== '').join(SEPARATOR);
/**
 * Renders every part with every lever at its total; while the result is over the budget, turns the levers down in
 * the order given (least important first) to the largest count that fits, or to zero and on to the next lever.
 * `fits` is false when even every lever at zero is too long: the caller falls back to something smaller.
 */
function fitParts(parts, levers, budget) {
    const shown = Object.fromEntries(levers.map((lever) => [lever.name, lever.total]));
    let layout = layoutOf(parts.map((part) => part.render(shown)), budget);
    for (const lever of levers) {
        if (layoutFits(layout, budget))
            break;
        const affected = parts.flatMap((part, index) => (part.levers.includes(lever.name) ? [index] : []));
        const at = (count) => {
            const next = { ...shown, [lever.name]: count };
            return replaced(layout, new Map(affected.map((index) => [index, parts[index].render(next)])), budget);
        };
        // Invariant: `low` fits (or is zero), `high` does not; the count shown now (the total) does not fit.
        let low = 0;
        let best = at(0);
        let high = lever.total;
        if (layoutFits(best, budget)) {
            while (high - low > 1) {
                const middle = Math.floor((low + high) / 2);
                const candidate = at(middle);
                if (layoutFits(candidate, budget))
                    [low, best] = [middle, candidate];
                else
                    high = middle;
            }
        }
        shown[lever.name] = low;
        layout = best;
    }
    return { markdown: joined(layout), shown, fits: layoutFits(layout, budget) };
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/markdown-table@3.1.0/node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(9214);
;// CONCATENATED MODULE: ../../packages/core/src/report/markdown.ts


/**
 * A GFM table. Cells are not padded to a common width: a column of long names would pad every row to the longest,
 * which costs characters the budget needs for rows.
 */
function table(header, rows, align) {
    return (0,markdown_table/* markdownTable */.Q)([header, ...rows], { alignDelimiters: false, ...(align === undefined ? {} : { align }) });
}
/**
 * A folded block. The blank lines around the body let GitHub parse markdown inside it; `summary` is inline HTML
 * text, so it must not contain markdown that needs parsing.
 */
function details(summary, body, open = false) {
    return [`<details${open ? ' open' : ''}><summary>${summary}</summary>`, '', body, '', '</details>'].join('\n');
}
/** An http(s) URL made safe for a markdown link target, or undefined for anything else (javascript:, data:). */
function safeUrl(url) {
    if (url === undefined)
        return undefined;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return undefined;
    // URL.href percent-encodes spaces and quotes; brackets and parentheses would end the link target early.
    return parsed.href.replace(/[()<>[\]]/g, (char) => `%${char.codePointAt(0).toString(16).toUpperCase()}`);
}
/** A markdown link, or the label alone when the URL is not a safe http(s) URL. */
function markdown_link(label, url) {
    const target = safeUrl(url);
    return target === undefined ? label : `[${label}](${target})`;
}
/** A commit sha as short code, linked to the commit when it is a real sha and the repository is known. */
function commitLink(sha, repository) {
    if (!/^[0-9a-f]{7,40}$/i.test(sha))
        return escapeCode(sha, 40);
    const label = `<code>${sha.slice(0, 7)}</code>`;
    if (!/^[\w.-]+\/[\w.-]+$/.test(repository.repository))
        return label;
    return markdown_link(label, `${repository.serverUrl.replace(/\/+$/, '')}/${repository.repository}/commit/${sha}`);
}
/** "1 metric", "3 metrics". */
function plural(count, noun, nouns = `${noun}s`) {
    return `${count.toLocaleString('en-US')} ${count === 1 ? noun : nouns}`;
}

;// CONCATENATED MODULE: ../../packages/core/src/report/comparison.ts




const STATUS = {
    improved: '🟢 improved',
    regressed: '🔴 regressed',
    unchanged: '⚪ unchanged',
    'within-noise': '🟡 within noise',
    added: '🆕 added',
    removed: '➖ removed',
    invalid: '⛔ invalid',
};
/** Regressions and invalid values first, then improvements, then the rest: the order rows are shown and kept. */
const STATUS_ORDER = { invalid: 0, regressed: 1, removed: 2, improved: 3, added: 4, 'within-noise': 5, unchanged: 6 };
/** Statuses a reviewer must see: the report keeps these rows longest when it has to leave rows out. */
const ATTENTION = new Set(['invalid', 'regressed', 'removed']);
/** In importance order, by name within a status. */
function sortMetrics(metrics) {
    return [...metrics].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** "3 improved, 400 unchanged", in importance order; statuses with no metric are left out. */
function describeStatuses(metrics) {
    const counts = new Map();
    for (const metric of metrics)
        counts.set(metric.status, (counts.get(metric.status) ?? 0) + 1);
    return [...counts]
        .sort((a, b) => STATUS_ORDER[a[0]] - STATUS_ORDER[b[0]])
        .map(([status, count]) => `${count.toLocaleString('en-US')} ${status === 'within-noise' ? 'within noise' : status}`)
        .join(', ');
}
/** What decided the status: Welch's interval, the spread of recent base-branch runs, or the tolerance. */
function noiseNote(metric) {
    const noise = metric.noise;
    if (noise === undefined || noise.method === 'none')
        return metric.direction === 'none' ? 'not judged' : '';
    if (noise.method === 'welch') {
        const level = Math.round((2 * noise.confidence - 1) * 100);
        return `${level}% CI [${formatNumber(noise.low, { sign: true })}, ${formatNumber(noise.high, { sign: true })}]`;
    }
    if (noise.method === 'history')
        return `±${formatNumber(noise.threshold)} (t test, ${noise.runs} base runs)`;
    if (noise.threshold <= 0)
        return '';
    return `tolerance ${metric.tolerance === undefined ? formatNumber(noise.threshold) : escapeMarkdown(metric.tolerance, 64)}`;
}
function direction(metric) {
    const arrow = metric.direction === 'higher' ? '↑' : metric.direction === 'lower' ? '↓' : '·';
    return metric.directionSource === 'inferred' && metric.direction !== 'none' ? `${arrow}*` : arrow;
}
function comparison_status(metric) {
    const required = metric.required === true && metric.status === 'removed' ? 'required' : '';
    return [STATUS[metric.status], required, noiseNote(metric)].filter((part) => part !== '').join(' · ');
}
/** The baseline column's heading: which commit, how old. */
function baselineHeading(evidence) {
    const baseline = evidence.baseline;
    if (baseline?.sha === undefined || baseline.sha === null || !/^[0-9a-f]{7,40}$/i.test(baseline.sha))
        return 'Baseline';
    const age = baseline.ageDays === undefined || baseline.ageDays === null ? '' : `, ${formatAge(baseline.ageDays)}`;
    return `Baseline <code>${baseline.sha.slice(0, 7)}</code>${age}`;
}
/** The metric table's heading row; `trend` adds the column of the PR's sparklines. */
function metricHeader(evidence, trend) {
    const header = ['Metric', 'Better', baselineHeading(evidence), 'This PR', 'Δ', 'Δ %', 'Status'];
    const align = ['l', 'c', 'r', 'r', 'r', 'r', 'l'];
    return trend ? { header: [...header, 'PR trend'], align: [...align, 'l'] } : { header, align };
}
/** One metric's row: the name exactly as written, escaped; `trend` is its sparkline when the table has the column. */
function metricRow(metric, trend) {
    const row = [
        escapeName(metric.name),
        direction(metric),
        formatNumber(metric.baseline),
        formatNumber(metric.current),
        formatNumber(metric.delta, { sign: true }),
        formatPercent(metric.deltaPercent),
        comparison_status(metric),
    ];
    return trend === undefined ? row : [...row, trend];
}
const METRIC_LEGEND = '↑ higher is better, ↓ lower is better, · not judged; * direction inferred from the name (set it in crucible.yml).';
/** The metric table: one row per metric, names escaped, the most important rows first. */
function renderMetricTable(evidence, limit = Number.POSITIVE_INFINITY) {
    const sorted = sortMetrics(evidence.metrics);
    const shown = sorted.slice(0, limit);
    const { header, align } = metricHeader(evidence, false);
    return { table: table(header, shown.map((metric) => metricRow(metric)), align), dropped: sorted.length - shown.length };
}
const BASELINE_SOURCE = {
    artifact: 'the base branch run at the merge-base',
    'ancestor-artifact': 'the nearest ancestor of the merge-base with results',
    git: 'the metrics file in git at the merge-base',
    path: 'the baseline-path given',
    none: '',
};
/**
 * What the baseline was, in one line: source, commit, age, and whether it fell back. With the repository, the
 * commit links to GitHub.
 */
function describeBaseline(evidence, repository = { serverUrl: '', repository: '' }) {
    const baseline = evidence.baseline;
    if (baseline === undefined || baseline.source === 'none')
        return 'No baseline was found: every metric is new.';
    const commit = baseline.sha === null ? 'an unknown commit' : commitLink(baseline.sha, repository);
    const note = baseline.note === undefined || baseline.note === '' ? '' : ` ${escapeMarkdown(baseline.note, 300)}`;
    return `Baseline: ${BASELINE_SOURCE[baseline.source]}, ${commit} (${formatAge(baseline.ageDays)})${baseline.fellBack ? ', a fallback' : ''}.${note}`;
}
/** "Runs compared: 3 baseline, 3 current." and the correction across metrics when there was one, or ''. */
function describeRuns(evidence) {
    const runs = evidence.runs === undefined ? '' : `Runs compared: ${evidence.runs.baseline} baseline, ${evidence.runs.current} current.`;
    return [runs, describeCorrection(evidence)].filter((part) => part !== '').join(' ');
}
/** "Regressions are called at a 5% false-discovery rate across the 20 metrics judged by a t test (Benjamini-Hochberg)." */
function describeCorrection(evidence) {
    const correction = evidence.correction;
    if (correction === undefined || correction.judged < 2)
        return '';
    const level = `${Number((correction.level * 100).toPrecision(3))}%`;
    return `Regressions and improvements are called at a ${level} false-discovery rate across the ${correction.judged.toLocaleString('en-US')} metrics judged by a t test (Benjamini-Hochberg).`;
}
/** The verdict of one comparison in a line: what failed, or how many improved. */
function comparisonVerdict(evidence) {
    const count = (wanted) => evidence.metrics.filter(wanted).length;
    const regressed = count((metric) => metric.status === 'regressed');
    const invalid = count((metric) => metric.status === 'invalid');
    const missing = count((metric) => metric.status === 'removed' && metric.required === true);
    if (evidence.verdict === 'pass')
        return `✅ **Metrics pass**: ${count((metric) => metric.status === 'improved')} improved, no regressions.`;
    const parts = [
        regressed > 0 ? `${plural(regressed, 'metric')} regressed` : '',
        invalid > 0 ? `${plural(invalid, 'value')} not a number` : '',
        missing > 0 ? `${plural(missing, 'required metric')} missing` : '',
    ].filter((part) => part !== '');
    return `❌ **Metrics fail**: ${parts.length > 0 ? parts.join(', ') : 'see the failures below'}.`;
}
/** The step summary takes 1 MiB; a little is kept for the heading the caller adds. */
const SUMMARY_BUDGET = { maxChars: 1024 * 1024 - 1024, maxBytes: 1024 * 1024 - 1024 };
/**
 * A compact markdown summary of a comparison: verdict, baseline, table, and what the marks mean. Within `budget`
 * (by default a step summary's): when the table is too long, its least important rows are left out, and it says so.
 */
function renderComparisonMarkdown(evidence, budget = SUMMARY_BUDGET) {
    const runs = describeRuns(evidence);
    const head = `${comparisonVerdict(evidence)}\n\n${describeBaseline(evidence)}${runs === '' ? '' : ` ${runs}`}`;
    const rows = {
        levers: ['rows'],
        render: ({ rows: limit }) => {
            const { table, dropped } = renderMetricTable(evidence, limit);
            return dropped === 0 ? table : `${limit === 0 ? '' : `${table}\n\n`}✂️ ${plural(dropped, 'metric')} not shown to fit the size limit.`;
        },
    };
    const fitted = fitParts([{ levers: [], render: () => head }, rows, { levers: [], render: () => `<sub>${METRIC_LEGEND}</sub>` }], [{ name: 'rows', total: evidence.metrics.length }], budget);
    return `${fitted.markdown}\n`;
}

;// CONCATENATED MODULE: ../../packages/core/src/policy/needs.ts
/** A run that did not finish on its own with exit code 0, in words; undefined for a clean run. */
function runFailure(evidence) {
    const run = evidence.document;
    if (run.timedOut)
        return 'was stopped by its time budget';
    if (run.exitCode === 0)
        return undefined;
    if (run.exitCode === null)
        return run.signal === null ? 'did not report an exit code' : `was killed by ${run.signal}`;
    return `exited with code ${run.exitCode}`;
}
/** Failures of the required evidence kinds that the evidence itself shows: a failing comparison, a failed run. */
function failures(required, evidence) {
    const needs = [];
    if (required.has('comparison')) {
        const failing = evidence.filter((found) => found.kind === 'comparison' && found.document.verdict !== 'pass').length;
        if (failing > 0)
            needs.push({ rule: 'comparison', detail: failing === 1 ? 'the metric comparison fails' : `${failing} metric comparisons fail` });
    }
    if (required.has('run')) {
        const runs = evidence.filter((found) => found.kind === 'run');
        const reasons = runs.map(runFailure).filter((reason) => reason !== undefined);
        if (reasons.length === 1)
            needs.push({ rule: 'run', detail: `the training run ${reasons[0]}` });
        else if (reasons.length > 1)
            needs.push({ rule: 'run', detail: `${reasons.length} of ${runs.length} training runs failed (${[...new Set(reasons)].join('; ')})` });
    }
    return needs;
}
function needsOf(environment, policy, evidence) {
    const present = new Set(evidence.map((found) => found.kind));
    const required = new Set(policy.require.evidence);
    const missing = [...required].filter((kind) => !present.has(kind));
    const approvals = policy.require.approvals;
    return {
        environment,
        unmet: [...missing.map((kind) => ({ rule: 'evidence', detail: `no ${kind} evidence` })), ...failures(required, evidence)],
        checkedWhenPromoting: [
            ...(approvals > 0
                ? [{ rule: 'approvals', detail: `${approvals} approval${approvals === 1 ? '' : 's'} from someone other than the actor who promotes` }]
                : []),
            ...(policy.require['protected-environment']
                ? [{ rule: 'protected-environment', detail: 'required reviewers on the GitHub environment' }]
                : []),
        ],
    };
}
/**
 * For each environment of crucible.yml, in file order, the rules not met by the evidence at hand (required kinds
 * missing, a failing comparison, a run that failed or hit its time budget) and the rules that are only checked
 * when promoting. Plain data: the report renders it, the gate decides for itself.
 */
function promotionNeeds(environments, evidence) {
    return Object.entries(environments).map(([environment, policy]) => needsOf(environment, policy, evidence));
}

;// CONCATENATED MODULE: ../../packages/core/src/report/section.ts

/**
 * The order levers are turned down when the report is too long: the runs' own curves (a comparison's say more),
 * then baseline-against-PR curves, then params, then metrics that need no attention, then drift rows (stable
 * columns first); failed data checks and regressed, invalid and removed metrics only after everything else.
 */
const DROP_ORDER = ['runCharts', 'charts', 'params', 'otherMetrics', 'drift', 'runs', 'needs', 'checks', 'refused', 'attentionMetrics'];
/** The line a section shows where it left rows out, linking the full report when there is one. */
function omissionNote(sentence, context) {
    const where = context.fullReportUrl === undefined ? '' : `; see the ${markdown_link('full report', context.fullReportUrl)}`;
    return `✂️ ${sentence} to fit the size limit${where}.`;
}
/** A section's markdown: its heading, its body, and a note per omission, blank lines between. */
function sectionMarkdown(heading, body, omissions, context) {
    return [`#### ${heading}`, ...body, ...omissions.map((omission) => omissionNote(omission.sentence, context))].filter((block) => block !== '').join('\n\n');
}
/**
 * Shares a count of rows among groups (one per evidence document) by importance across all of them: each row has
 * a rank (lower is more important), each group's rows are sorted by it, and the first `count` rows of the merged
 * order are shown. Returns how many of each group's rows that is; each group shows a prefix of its rows.
 */
function allotter(ranks) {
    const merged = ranks
        .flatMap((group, index) => group.map((rank, row) => ({ rank, index, row })))
        .sort((a, b) => a.rank - b.rank || a.index - b.index || a.row - b.row)
        .map((entry) => entry.index);
    return (count) => {
        const counts = ranks.map(() => 0);
        for (const index of merged.slice(0, count))
            counts[index] = counts[index] + 1;
        return counts;
    };
}
/**
 * Short labels for evidence files: their paths without the folder they all share, so two runs read as
 * `seed-1/run.json` and `seed-2/run.json` rather than two long temp paths.
 */
function evidenceLabels(paths) {
    const split = paths.map((path) => path.split(/[\\/]+/));
    let common = 0;
    const first = split[0] ?? [];
    while (common < first.length - 1 && split.every((parts) => parts.length - 1 > common && parts[common] === first[common]))
        common++;
    return new Map(paths.map((path, i) => [path, split[i].slice(common).join('/')]));
}

;// CONCATENATED MODULE: ../../packages/core/src/report/chart.ts
/**
 * Training curves for the report: Mermaid xychart-beta line charts of baseline against PR or of a line per run,
 * and Unicode sparklines for clients that show Mermaid as code. GitHub shows a chart that does not parse as an
 * error box, so the text emitted here keeps to what the xychart grammar accepts: plain decimals (no exponent),
 * titles in a safe alphabet.
 */
/** Finite points in step order, one per step (the last logged wins, as when a trainer logs a step again). */
function clean(history) {
    const byStep = new Map();
    for (const [step, value] of history)
        if (Number.isFinite(step) && Number.isFinite(value))
            byStep.set(step, value);
    return [...byStep].sort((a, b) => a[0] - b[0]);
}
/** `count` evenly spaced steps from `from` to `to`. */
function stepGrid(from, to, count) {
    return Array.from({ length: count }, (_, i) => (i === count - 1 ? to : from + ((to - from) * i) / (count - 1)));
}
/** A series' values at each grid step: linear between its points, held flat beyond its first and last. */
function resample(points, grid) {
    let at = 0;
    return grid.map((step) => {
        while (at < points.length - 1 && points[at + 1][0] <= step)
            at++;
        const [x0, y0] = points[at];
        const next = points[at + 1];
        if (step <= x0 || next === undefined)
            return y0;
        const [x1, y1] = next;
        return y0 + ((y1 - y0) * (step - x0)) / (x1 - x0);
    });
}
const LEVELS = '▁▂▃▄▅▆▇█';
/** A history as a line of block characters, resampled to at most `width`; '' with fewer than two points. */
function sparkline(history, width = 16) {
    const points = clean(history);
    if (points.length < 2)
        return '';
    const values = resample(points, stepGrid(points[0][0], points.at(-1)[0], Math.min(width, points.length)));
    const low = Math.min(...values);
    const span = Math.max(...values) - low;
    const top = LEVELS.length - 1;
    // A flat history (or one whose span overflows) sits mid-height rather than at the floor.
    const level = (value) => (span > 0 && Number.isFinite(span) ? Math.round(((value - low) / span) * top) : Math.floor(top / 2));
    return values.map((value) => LEVELS[level(value)]).join('');
}
/**
 * Text for a chart title or axis label: letters, digits and a few marks only, so no quote, directive, entity or
 * markup can reach Mermaid. The report shows the exact name next to the chart.
 */
function mermaidLabel(text, maxLength = 60) {
    const safe = text.replace(/[^A-Za-z0-9 _./()+-]+/g, '_').replace(/\s+/g, ' ').trim().slice(0, maxLength);
    return safe === '' || /^_+$/.test(safe) ? 'metric' : safe;
}
/**
 * Plain decimals, since the grammar has no exponent: extreme magnitudes are divided by a power of ten first (the
 * axis label says which), and the decimals give about four significant digits of the values' range.
 */
function axisNumbers(values) {
    const magnitude = Math.max(...values.map(Math.abs));
    // Clamped so that the divisor of a subnormal stays a number above zero.
    const exponent = magnitude === 0 ? 0 : Math.max(-300, Math.floor(Math.log10(magnitude)));
    const scaled = exponent >= 12 || exponent <= -7;
    const divisor = scaled ? 10 ** exponent : 1;
    const range = (Math.max(...values) - Math.min(...values)) / divisor;
    const decimals = Math.min(15, Math.max(0, 3 - Math.floor(Math.log10(range > 0 ? range : magnitude / divisor || 1))));
    const format = (value) => {
        const text = (value / divisor).toFixed(decimals).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
        return text === '-0' ? '0' : text;
    };
    return { format, suffix: scaled ? ` (x 1e${exponent})` : '' };
}
/** Baseline first, PR second; xychart-beta has no legend, so the caption names the colours. */
const BASELINE_COLOUR = { hex: '#f28e2b', label: '🟠 orange' };
const CURRENT_COLOUR = { hex: '#4e79a7', label: '🔵 blue' };
/**
 * Colours for one line per run (seeds): Tableau 10, in an order whose emoji circles are told apart at a glance.
 * Eight, since there are no more distinct circles; a chart draws at most this many runs.
 */
const RUN_COLOURS = [
    CURRENT_COLOUR,
    BASELINE_COLOUR,
    { hex: '#59a14f', label: '🟢 green' },
    { hex: '#e15759', label: '🔴 red' },
    { hex: '#b07aa1', label: '🟣 purple' },
    { hex: '#edc948', label: '🟡 yellow' },
    { hex: '#9c755f', label: '🟤 brown' },
    { hex: '#4d4d4d', label: '⚫ black' },
];
const MAX_RUN_LINES = RUN_COLOURS.length;
const MAX_POINTS = 40;
/**
 * A line chart of some series (each with at least one point), resampled onto one evenly spaced step grid: their
 * steps differ (other logging intervals, other lengths). Undefined when none has two points or the values cannot
 * be drawn.
 */
function lineChart(name, series) {
    if (!series.some((entry) => entry.points.length >= 2))
        return undefined;
    const from = Math.min(...series.map((entry) => entry.points[0][0]));
    const to = Math.max(...series.map((entry) => entry.points.at(-1)[0]));
    if (!(to > from) || !Number.isFinite(to - from))
        return undefined;
    const grid = stepGrid(from, to, Math.min(MAX_POINTS, Math.max(...series.map((entry) => entry.points.length))));
    const lines = series.map((entry) => resample(entry.points, grid));
    const values = lines.flat();
    const low = Math.min(...values);
    const high = Math.max(...values);
    const pad = high > low ? (high - low) * 0.05 : Math.abs(high) * 0.05 || 1;
    // Values near the largest doubles overflow the padded axis; such a chart could not be drawn anyway.
    if (!Number.isFinite(high + pad - (low - pad)))
        return undefined;
    const y = axisNumbers([low - pad, high + pad, ...values]);
    const x = axisNumbers([from, to]);
    const palette = series.map((entry) => entry.colour.hex).join(', ');
    const mermaid = [
        '```mermaid',
        `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
        'xychart-beta',
        `  title "${mermaidLabel(name)}"`,
        `  x-axis "${mermaidLabel(`step${x.suffix}`)}" ${x.format(from)} --> ${x.format(to)}`,
        `  y-axis "${mermaidLabel(`value${y.suffix}`)}" ${y.format(low - pad)} --> ${y.format(high + pad)}`,
        ...lines.map((line) => `  line [${line.map(y.format).join(', ')}]`),
        '```',
    ].join('\n');
    const partial = (points) => {
        const [first, last] = [points[0][0], points.at(-1)[0]];
        return first <= from && last >= to ? undefined : `steps ${x.format(first)} to ${x.format(last)}${x.suffix}`;
    };
    return { mermaid, partial };
}
/**
 * A line chart of a metric's baseline and PR histories, both resampled onto one evenly spaced step grid (their
 * steps differ: other logging intervals, other lengths). Undefined when neither side has two points.
 */
function curveChart(name, baseline, current) {
    const sides = [
        { side: 'baseline', points: clean(baseline), colour: BASELINE_COLOUR },
        { side: 'current', points: clean(current), colour: CURRENT_COLOUR },
    ].filter((entry) => entry.points.length > 0);
    const chart = lineChart(name, sides);
    if (chart === undefined)
        return undefined;
    const notes = sides.flatMap((entry) => {
        const steps = chart.partial(entry.points);
        if (steps === undefined)
            return [];
        return [`${entry.side === 'baseline' ? 'the baseline' : 'this PR'} logged ${steps} only; its line is flat outside them`];
    });
    return { mermaid: chart.mermaid, colours: sides.map((entry) => ({ label: entry.colour.label, side: entry.side })), notes };
}
/**
 * A line chart of one metric with a line per run (seeds of one training), the first MAX_RUN_LINES runs that logged
 * it. Undefined when no run has two points.
 */
function runsChart(name, histories) {
    const logged = histories.map((history, run) => ({ run, points: clean(history) })).filter((entry) => entry.points.length > 0);
    const runs = logged.slice(0, MAX_RUN_LINES).map((entry, i) => ({ ...entry, colour: RUN_COLOURS[i] }));
    const chart = lineChart(name, runs);
    if (chart === undefined)
        return undefined;
    return {
        mermaid: chart.mermaid,
        more: logged.length - runs.length,
        lines: runs.map((entry) => {
            const partial = chart.partial(entry.points);
            return { run: entry.run, colour: entry.colour.label, ...(partial === undefined ? {} : { partial }) };
        }),
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/report/sections/curves.ts





/** More charts than this is more than a reviewer reads, and each one is work for the browser. */
const MAX_CHARTS = 20;
/** Up to this many charts show unfolded. */
const OPEN_CHARTS = 2;
function chartMarkdown({ name, chart }) {
    const colours = chart.colours.map((colour) => `${colour.label}: ${colour.side === 'baseline' ? 'baseline' : 'this PR'}`).join(', ');
    const notes = chart.notes.map((note) => ` ${note.charAt(0).toUpperCase()}${note.slice(1)}.`).join('');
    return `${chart.mermaid}\n\n<sub>${escapeName(name)}: ${colours}.${notes}</sub>`;
}
/** Every compared metric with a history, in the order of the comparisons and of their metrics. */
function candidatesOf(comparisons) {
    const candidates = [];
    for (const { evidence } of comparisons) {
        const histories = new Map(Object.entries(evidence.histories ?? {}));
        for (const metric of evidence.metrics) {
            const history = histories.get(metric.name);
            if (history !== undefined)
                candidates.push({ metric, history });
        }
    }
    return candidates;
}
/**
 * The metrics whose curves are this section's to draw: those a comparison holds a history for. The runs section
 * leaves them to it, so that no curve is drawn twice, whether or not the budget or the cap keeps the chart here.
 */
function comparedCurveNames(comparisons) {
    return new Set(candidatesOf(comparisons).map((candidate) => candidate.metric.name));
}
/**
 * The metrics with a history, most important first (the metric table's order, across comparisons), and the first
 * MAX_CHARTS of them drawn; drawing stops there, so thousands of histories cost no more than twenty.
 */
function drawCharts(comparisons) {
    const candidates = candidatesOf(comparisons);
    // A stable sort keeps comparison order, then name order, within a status.
    candidates.sort((a, b) => STATUS_ORDER[a.metric.status] - STATUS_ORDER[b.metric.status]);
    const drawn = [];
    for (const { metric, history } of candidates) {
        if (drawn.length === MAX_CHARTS)
            break;
        const chart = curveChart(metric.name, history.baseline, history.current);
        if (chart !== undefined)
            drawn.push({ name: metric.name, chart });
    }
    return { drawn, withHistory: candidates.length };
}
/** Training curves of baseline against PR, as Mermaid charts; one lever, the number of charts. */
function curvesSection(comparisons, context) {
    const { drawn, withHistory } = drawCharts(comparisons);
    const omitted = (shown) => shown.charts < drawn.length ? [{ lever: 'charts', sentence: `${plural(drawn.length - shown.charts, 'training curve')} ${drawn.length - shown.charts === 1 ? 'is' : 'are'} not drawn` }] : [];
    return {
        levers: [{ name: 'charts', total: drawn.length }],
        omitted,
        render: (shown) => {
            if (drawn.length === 0)
                return '';
            const charts = drawn.slice(0, shown.charts).map(chartMarkdown).join('\n\n');
            const capped = drawn.length === MAX_CHARTS && withHistory > MAX_CHARTS ? `Curves are drawn for the ${MAX_CHARTS} most important of the ${withHistory.toLocaleString('en-US')} metrics with a history.` : '';
            const body = charts === '' ? '' : drawn.length > OPEN_CHARTS ? details(`${plural(shown.charts, 'chart')}: baseline against this PR`, charts) : charts;
            return sectionMarkdown('Training curves', [body, capped], omitted(shown), context);
        },
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/report/sections/data.ts




/** Examples shown per failed check: enough to see the pattern, few enough to keep rows short. */
const EXAMPLES = 3;
/** "`abc` (line 12), `-3` (line 40)": unexpected values as written, each with the line to look at. */
function examples(check) {
    return (check.examples ?? [])
        .slice(0, EXAMPLES)
        .map((example) => `${escapeCode(example.value === null ? 'null' : String(example.value), 60)} (line ${example.line})`)
        .join(', ');
}
function observed(check) {
    if (check.reason !== undefined)
        return escapeMarkdown(check.reason, 200);
    if (check.observed === undefined || check.observed === null)
        return '';
    if (typeof check.observed === 'number')
        return formatNumber(check.observed);
    return escapeMarkdown(typeof check.observed === 'string' ? check.observed : JSON.stringify(check.observed), 120);
}
function checkRow(check) {
    const unexpected = check.unexpectedCount === undefined ? '' : `${check.unexpectedCount.toLocaleString('en-US')}${check.unexpectedPercent === undefined || check.unexpectedPercent === null ? '' : ` (${formatPercent(check.unexpectedPercent).replace('+', '')})`}`;
    const column = check.column !== undefined ? escapeName(check.column) : (check.columns ?? []).map((name) => escapeName(name)).join(', ') || 'table';
    return [column, escapeMarkdown(check.type, 64), unexpected, examples(check), observed(check)];
}
function statisticName(entry) {
    return { ks: 'KS p-value', 'chi-square': 'χ² p-value', z: 'Z-test p-value', wasserstein: 'Wasserstein / std', 'jensen-shannon': 'Jensen-Shannon', psi: 'PSI', hellinger: 'Hellinger' }[entry.statistic];
}
function driftRow(entry) {
    const pValue = entry.statistic === 'ks' || entry.statistic === 'chi-square' || entry.statistic === 'z';
    return [escapeName(entry.column), statisticName(entry), formatNumber(entry.value), `${pValue ? '<' : '≥'} ${formatNumber(entry.threshold)}`, entry.drifted ? '🔴 drifted' : '🟢 stable'];
}
/** One line per data file: what was checked against what, and how it went. */
function headline(validation) {
    const evidence = validation.evidence;
    const failed = evidence.checks.filter((check) => !check.success).length;
    const drifted = evidence.drift.filter((entry) => entry.drifted).length;
    const file = escapeName(evidence.data?.file ?? validation.label);
    const schemaFile = evidence.schemaFile === undefined || evidence.schemaFile === null ? '' : ` against ${escapeName(evidence.schemaFile.file)}`;
    const reference = evidence.reference === undefined || evidence.reference === null ? '' : `; drift against ${escapeName(evidence.reference.file)} (${plural(evidence.reference.rows, 'row')})`;
    const verdict = failed > 0 ? `❌ ${failed} of ${plural(evidence.checks.length, 'check')} failed` : `✅ ${plural(evidence.checks.length, 'check')} passed`;
    const drift = evidence.drift.length === 0 ? '' : `, ${drifted} of ${plural(evidence.drift.length, 'column')} drifted${evidence.driftSummary?.datasetDrift === true ? ' (dataset drift)' : ''}`;
    return `${file}${schemaFile}: ${plural(evidence.rows, 'row')}; ${verdict}${drift}${reference}.`;
}
/**
 * Data checks and drift from validate-data's evidence: a line per file, the failed checks with example values and
 * their lines, and the drift table, drifted columns first. Two levers: failed-check rows and drift rows.
 */
function dataSection(validations, context) {
    const failedChecks = validations.map((validation) => validation.evidence.checks.filter((check) => !check.success));
    const driftRows = validations.map((validation) => [...validation.evidence.drift].sort((a, b) => Number(b.drifted) - Number(a.drifted)));
    const checksFor = allotter(failedChecks.map((checks) => checks.map(() => 0)));
    const driftFor = allotter(driftRows.map((rows) => rows.map((entry) => (entry.drifted ? 0 : 1))));
    const totalChecks = failedChecks.reduce((sum, checks) => sum + checks.length, 0);
    const totalDrift = driftRows.reduce((sum, rows) => sum + rows.length, 0);
    const omitted = (shown) => [
        ...(shown.checks < totalChecks ? [{ lever: 'checks', sentence: `${plural(totalChecks - shown.checks, 'failed check')} ${totalChecks - shown.checks === 1 ? 'is' : 'are'} not shown` }] : []),
        ...(shown.drift < totalDrift ? [{ lever: 'drift', sentence: `${plural(totalDrift - shown.drift, 'drift row')} ${totalDrift - shown.drift === 1 ? 'is' : 'are'} not shown` }] : []),
    ];
    return {
        levers: [
            { name: 'checks', total: totalChecks },
            { name: 'drift', total: totalDrift },
        ],
        omitted,
        render: (shown) => {
            if (validations.length === 0)
                return '';
            const checkCounts = checksFor(shown.checks);
            const driftCounts = driftFor(shown.drift);
            const body = validations.flatMap((validation, i) => {
                const checks = (failedChecks[i] ?? []).slice(0, checkCounts[i]);
                const drift = (driftRows[i] ?? []).slice(0, driftCounts[i]);
                const driftTable = drift.length === 0 ? '' : table(['Column', 'Statistic', 'Value', 'Drift when', 'Result'], drift.map(driftRow), ['l', 'l', 'r', 'r', 'l']);
                return [
                    headline(validation),
                    checks.length === 0 ? '' : table(['Column', 'Check', 'Unexpected', 'Examples', 'Observed'], checks.map(checkRow), ['l', 'l', 'r', 'l', 'l']),
                    driftTable === '' ? '' : drift.some((entry) => entry.drifted) ? driftTable : details(`Drift: ${plural(drift.length, 'column')}, none drifted`, driftTable),
                ];
            });
            return sectionMarkdown('Data checks', body, omitted(shown), context);
        },
    };
}
/** The data-checks section on its own, every row shown: validate-data's job summary. */
function renderValidationMarkdown(evidence, label = 'data') {
    const section = dataSection([{ evidence, label }], { repository: '', sha: null, serverUrl: '' });
    const everything = Object.fromEntries(DROP_ORDER.map((name) => [name, Number.MAX_SAFE_INTEGER]));
    return section.render(everything);
}

;// CONCATENATED MODULE: ../../packages/core/src/report/sections/metrics.ts





/** Up to this many rows, a comparison is one table; beyond, the metrics that need no attention fold away. */
const FOLD_AT = 12;
function group(source) {
    const histories = new Map(Object.entries(source.evidence.histories ?? {}));
    const trends = new Map(source.evidence.metrics.map((metric) => [metric.name, sparkline(histories.get(metric.name)?.current ?? [])]));
    const trend = [...trends.values()].some((line) => line !== '');
    const rows = sortMetrics(source.evidence.metrics).map((metric) => ({ metric, row: metricRow(metric, trend ? trends.get(metric.name) : undefined) }));
    return {
        source,
        attention: rows.filter((entry) => ATTENTION.has(entry.metric.status)),
        other: rows.filter((entry) => !ATTENTION.has(entry.metric.status)),
        trend,
    };
}
function groupMarkdown(entry, attention, other, labelled, context) {
    const evidence = entry.source.evidence;
    const { header, align } = metricHeader(evidence, entry.trend);
    const runs = describeRuns(evidence);
    const blocks = [labelled ? `**${escapeName(entry.source.label)}**` : '', `${describeBaseline(evidence, context)}${runs === '' ? '' : ` ${runs}`}`];
    const rows = (list, count) => list.slice(0, count).map((item) => item.row);
    if (evidence.metrics.length === 0)
        return [...blocks, 'No metrics were compared.'].filter((block) => block !== '').join('\n\n');
    if (evidence.metrics.length <= FOLD_AT) {
        const shown = [...rows(entry.attention, attention), ...rows(entry.other, other)];
        if (shown.length > 0)
            blocks.push(table(header, shown, align));
    }
    else {
        if (attention > 0)
            blocks.push(table(header, rows(entry.attention, attention), align));
        if (other > 0) {
            const others = entry.other.map((item) => item.metric);
            blocks.push(details(`${plural(others.length, 'other metric')}: ${describeStatuses(others)}`, table(header, rows(entry.other, other), align)));
        }
    }
    blocks.push(`<sub>${METRIC_LEGEND}${entry.trend ? ' PR trend: the history of the first PR run.' : ''}</sub>`);
    return blocks.filter((block) => block !== '').join('\n\n');
}
/** "412 metrics are not shown (400 unchanged, 12 within noise)" for the rows a count leaves out. */
function omittedRows(lever, groups, counts, pick) {
    const left = groups.flatMap((entry, i) => pick(entry).slice(counts[i]).map((item) => item.metric));
    if (left.length === 0)
        return [];
    return [{ lever, sentence: `${plural(left.length, 'metric')} ${left.length === 1 ? 'is' : 'are'} not shown (${describeStatuses(left)})` }];
}
/**
 * The metric tables, one per comparison: baseline and runs, then the rows. Two levers: metrics that need attention
 * (invalid, regressed, removed) and the others, so the others go first when the report must shrink.
 */
function metricsSection(comparisons, context) {
    const groups = comparisons.map(group);
    const rank = (list) => list.map((item) => STATUS_ORDER[item.metric.status]);
    const allotAttention = allotter(groups.map((entry) => rank(entry.attention)));
    const allotOther = allotter(groups.map((entry) => rank(entry.other)));
    const omitted = (shown) => [
        ...omittedRows('otherMetrics', groups, allotOther(shown.otherMetrics), (entry) => entry.other),
        ...omittedRows('attentionMetrics', groups, allotAttention(shown.attentionMetrics), (entry) => entry.attention),
    ];
    return {
        levers: [
            { name: 'attentionMetrics', total: groups.reduce((sum, entry) => sum + entry.attention.length, 0) },
            { name: 'otherMetrics', total: groups.reduce((sum, entry) => sum + entry.other.length, 0) },
        ],
        omitted,
        render: (shown) => {
            if (groups.length === 0)
                return '';
            const attention = allotAttention(shown.attentionMetrics);
            const other = allotOther(shown.otherMetrics);
            const body = groups.map((entry, i) => groupMarkdown(entry, attention[i], other[i], groups.length > 1, context));
            return sectionMarkdown('Metrics', body, omitted(shown), context);
        },
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/report/sections/params.ts



/** Changed params first: they are what a reviewer looks for, and the last to go when rows must be left out. */
const CHANGE_ORDER = { changed: 0, added: 1, removed: 2, same: 3 };
const CHANGE_LABEL = { changed: 'changed', added: 'new', removed: 'removed', same: '' };
/** Values can be long (a list, a path); the name is shown in full, the value up to this many characters. */
const VALUE_LENGTH = 120;
/** Up to this many params, the table shows unfolded. */
const OPEN_ROWS = 5;
function changeOf(param) {
    if (param.baseline === param.current)
        return 'same';
    if (param.baseline === null)
        return 'added';
    return param.current === null ? 'removed' : 'changed';
}
function rowsOf(evidence) {
    const value = (text) => (text === null ? '—' : escapeCode(text, VALUE_LENGTH));
    return evidence.params
        .map((param) => ({ param, change: changeOf(param) }))
        .sort((a, b) => CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] || (a.param.name < b.param.name ? -1 : a.param.name > b.param.name ? 1 : 0))
        .map(({ param, change }) => ({ change, cells: [escapeName(param.name), value(param.baseline), value(param.current), CHANGE_LABEL[change]] }));
}
/** "2 changed, 1 new, 14 the same". */
function describeChanges(rows) {
    const count = (change) => rows.filter((row) => row.change === change).length;
    return ['changed', 'added', 'removed', 'same']
        .filter((change) => count(change) > 0)
        .map((change) => `${count(change).toLocaleString('en-US')} ${change === 'same' ? 'the same' : CHANGE_LABEL[change]}`)
        .join(', ');
}
/** The params diff of each comparison: baseline against PR, changed first; one lever, the number of rows. */
function paramsSection(comparisons, context) {
    const groups = comparisons.map((source) => ({ source, rows: rowsOf(source.evidence) })).filter((entry) => entry.rows.length > 0);
    const allot = allotter(groups.map((entry) => entry.rows.map((row) => CHANGE_ORDER[row.change])));
    const total = groups.reduce((sum, entry) => sum + entry.rows.length, 0);
    const omitted = (shown) => {
        const counts = allot(shown.params);
        const left = groups.flatMap((entry, i) => entry.rows.slice(counts[i]));
        return left.length === 0 ? [] : [{ lever: 'params', sentence: `${plural(left.length, 'param')} ${left.length === 1 ? 'is' : 'are'} not shown (${describeChanges(left)})` }];
    };
    return {
        levers: [{ name: 'params', total }],
        omitted,
        render: (shown) => {
            if (total === 0)
                return '';
            const counts = allot(shown.params);
            const body = groups.map((entry, i) => {
                const rows = entry.rows.slice(0, counts[i]).map((row) => row.cells);
                const label = groups.length > 1 ? `${escapeName(entry.source.label)}: ` : '';
                const summary = `${label}${plural(entry.rows.length, 'param')}: ${describeChanges(entry.rows)}`;
                if (rows.length === 0)
                    return summary;
                const rendered = table(['Param', 'Baseline', 'This PR', 'Change'], rows);
                return entry.rows.length <= OPEN_ROWS ? `${summary}\n\n${rendered}` : details(summary, rendered);
            });
            return sectionMarkdown('Params', body, omitted(shown), context);
        },
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/report/sections/promotion.ts



const list = (needs) => needs.map((need) => escapeMarkdown(need.detail, 300)).join('; ');
/**
 * "What promotion still needs": per environment of crucible.yml, the rules this evidence does not meet and the
 * rules checked only when promoting. Omitted when crucible.yml names no environment. One lever, the rows.
 */
function promotionSection(needs, context) {
    const rows = needs.map((environment) => [
        escapeName(environment.environment),
        environment.unmet.length === 0 ? '✅ nothing' : `❌ ${list(environment.unmet)}`,
        environment.checkedWhenPromoting.length === 0 ? '—' : list(environment.checkedWhenPromoting),
    ]);
    const omitted = (shown) => shown.needs < rows.length ? [{ lever: 'needs', sentence: `${plural(rows.length - shown.needs, 'environment')} ${rows.length - shown.needs === 1 ? 'is' : 'are'} not shown` }] : [];
    return {
        levers: [{ name: 'needs', total: rows.length }],
        omitted,
        render: (shown) => {
            if (rows.length === 0)
                return '';
            const shownRows = rows.slice(0, shown.needs);
            const body = shownRows.length === 0 ? '' : table(['Environment', 'Not met by this evidence', 'Checked when promoting'], shownRows);
            return sectionMarkdown('What promotion still needs', [body], omitted(shown), context);
        },
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/report/sections/provenance.ts


/** Listing every other commit could be thousands of lines; a few show the problem. */
const MAX_OTHER_COMMITS = 3;
/** "1 comparison, 3 runs". */
function describeKinds(evidence) {
    const counts = new Map();
    for (const found of evidence)
        counts.set(found.kind, (counts.get(found.kind) ?? 0) + 1);
    return [...counts].map(([kind, count]) => plural(count, kind)).join(', ');
}
/**
 * Evidence recorded for no commit or for another commit than the one reported on: the gate will refuse it. On a
 * pull request the report is about the head commit while the jobs ran on the merge commit, so evidence is about
 * this commit when either its `sha` or its `headSha` is; another commit is named by its head, the one people push.
 */
function otherCommits(evidence, context) {
    const none = evidence.filter((found) => found.document.git === null).length;
    const reported = context.sha;
    const others = [
        ...new Set(evidence.flatMap(({ document: { git } }) => (git === null || reported === null || recordsCommit(git, reported) ? [] : [git.headSha ?? git.sha]))),
    ];
    const lines = [];
    if (none > 0)
        lines.push(`⚠️ ${plural(none, 'evidence document')} ${none === 1 ? 'records' : 'record'} no commit.`);
    if (context.sha !== null && others.length > 0) {
        const shown = others.slice(0, MAX_OTHER_COMMITS).map((sha) => commitLink(sha, context));
        const more = others.length > MAX_OTHER_COMMITS ? ` and ${others.length - MAX_OTHER_COMMITS} more` : '';
        lines.push(`⚠️ Evidence records other commits than this one: ${shown.join(', ')}${more}.`);
    }
    return lines;
}
/** Where the report comes from: the commit, each baseline, the workflow run, the full report. Always short. */
function provenanceSection(evidence, context) {
    const baselines = [
        ...new Set(evidence.flatMap((found) => (found.kind === 'comparison' && typeof found.document.baseline?.sha === 'string' ? [found.document.baseline.sha] : []))),
    ];
    const items = [
        `Commit: ${context.sha === null ? 'unknown' : commitLink(context.sha, context)}`,
        baselines.length === 0 ? '' : `Baseline: ${baselines.slice(0, MAX_OTHER_COMMITS).map((sha) => commitLink(sha, context)).join(', ')}`,
        evidence.length === 0 ? '' : `Evidence: ${describeKinds(evidence)}`,
        context.runUrl === undefined ? '' : `Workflow run: ${markdown_link('this run', context.runUrl)}`,
        context.fullReportUrl === undefined ? '' : `Full report: ${markdown_link('markdown and JSON', context.fullReportUrl)}`,
    ].filter((item) => item !== '');
    const markdown = ['#### Provenance', items.map((item) => `- ${item}`).join('\n'), ...otherCommits(evidence, context)].join('\n\n');
    return { levers: [], omitted: () => [], render: () => markdown };
}

;// CONCATENATED MODULE: ../../packages/core/src/report/sections/refused.ts



/** A reason names the problem and the fix; beyond this it is noise (a zod dump of a hostile file). */
const REASON_LENGTH = 300;
/** Evidence that was offered but not used, and why: the report must not look complete when it is not. */
function refusedSection(refused, context) {
    const rows = refused.map((entry) => [escapeName(entry.source), escapeMarkdown(entry.reason, REASON_LENGTH)]);
    const omitted = (shown) => shown.refused < rows.length ? [{ lever: 'refused', sentence: `${plural(rows.length - shown.refused, 'more refused file')} ${rows.length - shown.refused === 1 ? 'is' : 'are'} not listed` }] : [];
    return {
        levers: [{ name: 'refused', total: rows.length }],
        omitted,
        render: (shown) => {
            if (rows.length === 0)
                return '';
            const intro = `⚠️ ${plural(rows.length, 'file was', 'files were')} refused and left out of this report:`;
            const shownRows = rows.slice(0, shown.refused);
            return sectionMarkdown('Refused evidence', [intro, shownRows.length === 0 ? '' : table(['File', 'Why'], shownRows)], omitted(shown), context);
        },
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/report/sections/runs.ts






/** A command can be a whole script; the table shows its start. */
const COMMAND_LENGTH = 160;
/** Up to this many runs, the table shows unfolded. */
const runs_OPEN_ROWS = 5;
/** Text a machine reported (a GPU's name, a runner's): the schema allows 200 characters, a cell shows fewer. */
const MACHINE_TEXT = 120;
/** GPU models a hardware line lists; a box of more kinds is rare, and the rest are counted. */
const MAX_GPU_MODELS = 3;
/** Runner labels listed; a runner can have a hundred. */
const MAX_LABELS = 6;
/** Below this mean utilisation the GPUs were idle most of the time: they waited for something, usually input. */
const LOW_UTILISATION_PERCENT = 30;
/** A shorter run spends much of its time starting (imports, loading, compiling), so its mean says little. */
const MIN_UTILISATION_SECONDS = 300;
/** Hints of one kind listed; the rest are counted, so forty stopped seeds cost one line more than three. */
const MAX_HINTS = 3;
/** The runs' own curves: a few metrics, each a line per run; a comparison's curves carry the rest. */
const MAX_RUN_CHARTS = 4;
/** Up to this many run charts show unfolded. */
const runs_OPEN_CHARTS = 2;
/** How the run ended, for people: the exit code, the signal, the time budget (and what it was), or a cancel. */
function runOutcome(run) {
    if (run.timedOut) {
        const budget = known(run.timeBudgetSeconds) ? ` after ${formatDuration(run.timeBudgetSeconds)}` : '';
        return { ok: false, ending: 'time-budget', text: `⏱️ stopped by the time budget${budget}${run.exitCode === null ? '' : ` (exit ${run.exitCode})`}` };
    }
    if (run.cancelled === true)
        return { ok: false, ending: 'cancelled', text: '⏹️ cancelled' };
    if (run.exitCode === 0)
        return { ok: true, ending: 'finished', text: '✅ exit 0' };
    if (run.exitCode === null)
        return { ok: false, ending: 'failed', text: run.signal === null ? '❌ no exit code' : `❌ killed by ${escapeCode(run.signal, 20)}` };
    return { ok: false, ending: 'failed', text: `❌ exit ${run.exitCode}` };
}
const ENDINGS = { failed: 'failed', 'time-budget': 'stopped by the time budget', cancelled: 'cancelled', finished: 'finished' };
/** "1 failed, 2 stopped by the time budget, 9 finished": problems first, endings with no run left out. */
function describeEndings(runs) {
    const counts = new Map();
    for (const run of runs) {
        const ending = runOutcome(run.evidence).ending;
        counts.set(ending, (counts.get(ending) ?? 0) + 1);
    }
    return Object.keys(ENDINGS)
        .filter((ending) => counts.has(ending))
        .map((ending) => `${counts.get(ending).toLocaleString('en-US')} ${ENDINGS[ending]}`)
        .join(', ');
}
function known(value) {
    return typeof value === 'number' && Number.isFinite(value);
}
function given(value) {
    return typeof value === 'string' && value.trim() !== '';
}
function gpuModel(gpu) {
    if (given(gpu.name))
        return escapeMarkdown(gpu.name, MACHINE_TEXT);
    return gpu.vendor === 'nvidia' ? 'NVIDIA GPU' : gpu.vendor === 'amd' ? 'AMD GPU' : 'GPU';
}
/** "550.54.15", or both where GPUs disagree; '' when no GPU says. */
function versions(gpus, pick) {
    const distinct = [...new Set(gpus.map(pick).filter(given))];
    const listed = distinct.slice(0, 2).map((version) => escapeMarkdown(version, 40));
    return distinct.length > 2 ? `${listed.join(' / ')} / …` : listed.join(' / ');
}
/** "2 × NVIDIA A100-SXM4-80GB (80 GiB), driver 550.54.15, CUDA 12.4"; what the evidence leaves out is left out. */
function describeHardware(gpus) {
    if (gpus.length === 0)
        return 'no GPU';
    const models = new Map();
    for (const gpu of gpus) {
        const memory = known(gpu.memoryTotalMiB) && gpu.memoryTotalMiB > 0 ? ` (${formatMemory(gpu.memoryTotalMiB)})` : '';
        const model = `${gpuModel(gpu)}${memory}`;
        models.set(model, (models.get(model) ?? 0) + 1);
    }
    const listed = [...models].slice(0, MAX_GPU_MODELS);
    const others = gpus.length - listed.reduce((sum, [, count]) => sum + count, 0);
    const driver = versions(gpus, (gpu) => gpu.driverVersion);
    const cuda = versions(gpus, (gpu) => gpu.cudaVersion);
    return [
        [...listed.map(([model, count]) => `${count} × ${model}`), ...(others > 0 ? [plural(others, 'other GPU')] : [])].join(' + '),
        driver === '' ? '' : `driver ${driver}`,
        cuda === '' ? '' : `CUDA ${cuda}`,
    ]
        .filter((part) => part !== '')
        .join(', ');
}
/** "`gpu-box-1` (self-hosted, Linux X64), labels `self-hosted`, `a100`"; '' when the evidence names no runner. */
function describeRunner(runner) {
    if (runner === null || runner === undefined)
        return '';
    const platform = [runner.os, runner.arch].filter(given).map((text) => escapeMarkdown(text, 50)).join(' ');
    const kind = [given(runner.environment) ? escapeMarkdown(runner.environment, 50) : '', platform].filter((part) => part !== '').join(', ');
    const name = [given(runner.name) ? escapeCode(runner.name, MACHINE_TEXT) : '', kind === '' ? '' : `(${kind})`].filter((part) => part !== '').join(' ');
    const labels = runner.labels ?? [];
    const more = labels.length > MAX_LABELS ? ` and ${labels.length - MAX_LABELS} more` : '';
    const listed = labels.length === 0 ? '' : `labels ${labels.slice(0, MAX_LABELS).map((label) => escapeCode(label, 60)).join(', ')}${more}`;
    return [name, listed].filter((part) => part !== '').join(', ');
}
const percent = (value) => (known(value) ? `${formatNumber(Math.round(value))}%` : '—');
const watts = (value) => (known(value) ? `${formatNumber(Math.round(value))} W` : '—');
/** "71.3 GiB (89%)": a peak and the share of its GPU's memory, when that GPU's size is known. */
function memoryCell(peak, total) {
    if (!known(peak))
        return '—';
    const share = total === undefined ? Number.NaN : Math.round((peak / total) * 100);
    return `${formatMemory(peak)}${Number.isFinite(share) ? ` (${formatNumber(share)}%)` : ''}`;
}
function utilisationCell(mean, p95) {
    return known(mean) || known(p95) ? `${percent(mean)} / ${percent(p95)}` : '—';
}
/** Memory of each GPU by its index, where the preflight saw both. */
function memoryByIndex(gpus) {
    return new Map(gpus.flatMap((gpu) => (gpu.index !== undefined && known(gpu.memoryTotalMiB) && gpu.memoryTotalMiB > 0 ? [[gpu.index, gpu.memoryTotalMiB]] : [])));
}
/**
 * The memory of the GPU that reached the run's peak: found by index through the per-GPU telemetry, else the size
 * every GPU shares; undefined when neither says (then no percentage is shown rather than a guess).
 */
function memoryAtPeak(run, peak) {
    const totals = memoryByIndex(run.gpus);
    const atPeak = run.telemetry?.gpus?.find((gpu) => gpu.peakMemoryMiB === peak && gpu.index !== undefined && totals.has(gpu.index));
    if (atPeak?.index !== undefined)
        return totals.get(atPeak.index);
    const sizes = [...new Set(run.gpus.map((gpu) => gpu.memoryTotalMiB))];
    const only = sizes[0];
    return sizes.length === 1 && known(only) && only > 0 ? only : undefined;
}
const TELEMETRY_COLUMNS = [
    {
        header: 'Peak GPU memory',
        align: 'r',
        cell: ({ evidence }) => {
            const peak = evidence.telemetry?.peakMemoryMiB;
            return memoryCell(peak, known(peak) ? memoryAtPeak(evidence, peak) : undefined);
        },
    },
    { header: 'GPU util. mean / p95', align: 'r', cell: ({ evidence }) => utilisationCell(evidence.telemetry?.meanUtilizationPercent, evidence.telemetry?.p95UtilizationPercent) },
    { header: 'Mean power / GPU', align: 'r', cell: ({ evidence }) => watts(evidence.telemetry?.meanPowerW) },
    { header: 'GPU-hours', align: 'r', cell: ({ evidence }) => (known(evidence.telemetry?.gpuHours) ? formatNumber(Number(evidence.telemetry.gpuHours.toPrecision(3))) : '—') },
];
/** A fact every run shares goes in a line above the table; one that differs is a column. */
function sharedOrColumn(runs, header, describe) {
    const texts = new Map(runs.map((run) => [run, describe(run)]));
    const distinct = new Set(texts.values());
    if (distinct.size <= 1)
        return { line: [...distinct][0] ?? '' };
    return { line: '', column: { header, align: 'l', cell: (run) => texts.get(run) || '—' } };
}
function budgetHint(run, who) {
    const evidence = run.evidence;
    const after = known(evidence.timeBudgetSeconds) ? ` after ${formatDuration(evidence.timeBudgetSeconds)}` : '';
    const stopped = `⏱️ The time budget stopped ${who(run)}${after}`;
    const checkpoint = evidence.checkpoint;
    if (checkpoint === null || checkpoint === undefined)
        return `${stopped}, and no checkpoint was recorded to resume from.`;
    const size = known(checkpoint.bytes) ? ` (${formatMemory(checkpoint.bytes / 1024 ** 2)})` : '';
    return `${stopped}; it can resume from its checkpoint ${escapeCode(checkpoint.path, 200)}${size} when run again.`;
}
function utilisationHint(run, single) {
    const telemetry = run.evidence.telemetry;
    const p95 = known(telemetry?.p95UtilizationPercent) ? ` (p95 ${percent(telemetry.p95UtilizationPercent)})` : '';
    const of = single ? '' : ` of ${escapeName(run.label)}`;
    return `🐢 GPU utilisation${of} averaged ${percent(telemetry?.meanUtilizationPercent)}${p95}: the GPUs were mostly idle, so it is probably input-bound (data loading or preprocessing).`;
}
/** A run that used its GPUs little: long enough for the mean to mean something, and not one that failed early. */
function lowUtilisation(run) {
    const mean = run.evidence.telemetry?.meanUtilizationPercent;
    const ending = runOutcome(run.evidence).ending;
    return known(mean) && mean < LOW_UTILISATION_PERCENT && run.evidence.durationSeconds >= MIN_UTILISATION_SECONDS && (ending === 'finished' || ending === 'time-budget');
}
/** The first hints of a kind, and a count of the rest. */
function capped(hints, rest) {
    return hints.length <= MAX_HINTS ? [...hints] : [...hints.slice(0, MAX_HINTS), `… and ${rest(hints.length - MAX_HINTS)}.`];
}
/**
 * What a person can act on, in a line each: a run the time budget stopped (it can resume from its checkpoint) and a
 * run that kept its GPUs mostly idle. Stopped runs without a checkpoint field are old evidence: nothing to add.
 */
function hintsOf(runs) {
    const single = runs.length === 1;
    const who = (run) => (single ? 'the run' : escapeName(run.label));
    const stopped = runs.filter((run) => run.evidence.timedOut && run.evidence.checkpoint !== undefined);
    const idle = runs.filter(lowUtilisation);
    return [
        ...capped(stopped.map((run) => budgetHint(run, who)), (count) => `${plural(count, 'more run')} stopped by the time budget`),
        ...capped(idle.map((run) => utilisationHint(run, single)), (count) => `${plural(count, 'more run')} with GPU utilisation under ${LOW_UTILISATION_PERCENT}%`),
    ];
}
/**
 * The runs' own curves, for metrics no comparison draws: metrics with a direction (loss, accuracy) before the rest
 * (learning rate, epoch), then those more runs logged, then by name; the first MAX_RUN_CHARTS that can be drawn.
 */
function drawRunCurves(runs, compared) {
    // Maps, not the records themselves: a metric named __proto__ must not read the prototype.
    const histories = runs.map((run) => new Map(Object.entries(run.evidence.histories ?? {})));
    const logged = new Map();
    for (const byName of histories)
        for (const [name, history] of byName)
            if (!compared.has(name) && history.length > 0)
                logged.set(name, (logged.get(name) ?? 0) + 1);
    const undirected = (name) => (inferDirection(name) === 'none' ? 1 : 0);
    const order = [...logged].sort((a, b) => undirected(a[0]) - undirected(b[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const drawn = [];
    for (const [name] of order) {
        if (drawn.length === MAX_RUN_CHARTS)
            break;
        const chart = runsChart(name, histories.map((byName) => byName.get(name) ?? []));
        if (chart !== undefined)
            drawn.push({ name, chart });
    }
    return { drawn, withHistory: logged.size };
}
function runCurveMarkdown({ name, chart }, runs) {
    const label = (index) => escapeName(runs[index].label);
    const colours = runs.length === 1 ? '' : `: ${chart.lines.map((line) => `${line.colour}: ${label(line.run)}`).join(', ')}`;
    const notes = chart.lines.flatMap((line) => (line.partial === undefined ? [] : [` ${runs.length === 1 ? 'The run' : label(line.run)} logged ${line.partial} only; its line is flat outside them.`]));
    const more = chart.more === 0 ? '' : ` ${plural(chart.more, 'more run')} logged it; a chart draws ${chart.lines.length}.`;
    const caption = `${escapeName(name)}${colours}${colours === '' && notes.length === 0 && more === '' ? '' : '.'}${notes.join('')}${more}`;
    return `${chart.mermaid}\n\n<sub>${caption}</sub>`;
}
/** Per GPU of one run, folded: memory, utilisation, power and temperature, to see one GPU lag the others. */
function perGpuMarkdown(run) {
    const telemetry = run.telemetry?.gpus ?? [];
    if (telemetry.length < 2)
        return '';
    const totals = memoryByIndex(run.gpus);
    const models = new Map(run.gpus.flatMap((gpu) => (gpu.index === undefined ? [] : [[gpu.index, gpuModel(gpu)]])));
    const rows = telemetry.map((gpu) => {
        const index = gpu.index;
        return [
            index === undefined ? '—' : String(index),
            (index === undefined ? undefined : models.get(index)) ?? '—',
            memoryCell(gpu.peakMemoryMiB, index === undefined ? undefined : totals.get(index)),
            utilisationCell(gpu.meanUtilizationPercent, gpu.p95UtilizationPercent),
            watts(gpu.meanPowerW),
            watts(gpu.peakPowerW),
            known(gpu.maxTemperatureC) ? `${formatNumber(Math.round(gpu.maxTemperatureC))} °C` : '—',
        ];
    });
    const header = ['GPU', 'Model', 'Peak memory', 'Util. mean / p95', 'Mean power', 'Peak power', 'Max temperature'];
    return details(`Per GPU: ${plural(rows.length, 'GPU')}`, table(header, rows, ['r', 'l', 'r', 'r', 'r', 'r', 'r']));
}
/**
 * The training runs: hardware and runner (in a line when every run shares them), then a row per run with its
 * command, how it ended, how long it took and what the telemetry saw, failed runs first; hints for a run the time
 * budget stopped or one that left its GPUs idle; then curves from the runs' histories for metrics no comparison
 * draws, a line per run. Old evidence shows what it has. Two levers: the rows, and the charts.
 */
function runsSection(runs, context, options = {}) {
    const hardware = sharedOrColumn(runs, 'Hardware', (run) => describeHardware(run.evidence.gpus));
    const runner = sharedOrColumn(runs, 'Runner', (run) => describeRunner(run.evidence.runner));
    const telemetry = TELEMETRY_COLUMNS.filter((column) => runs.some((run) => column.cell(run) !== '—'));
    const columns = [
        ...(options.standalone === true ? [] : [{ header: 'Run', align: 'l', cell: (run) => escapeName(run.label) }]),
        { header: 'Command', align: 'l', cell: (run) => escapeCode(run.evidence.command, COMMAND_LENGTH) },
        { header: 'Result', align: 'l', cell: (run) => runOutcome(run.evidence).text },
        { header: 'Duration', align: 'r', cell: (run) => formatDuration(run.evidence.durationSeconds) },
        ...(hardware.column === undefined ? [] : [hardware.column]),
        ...(runner.column === undefined ? [] : [runner.column]),
        ...telemetry,
    ];
    const rows = runs
        .map((run) => ({ run, ok: runOutcome(run.evidence).ok }))
        .sort((a, b) => Number(a.ok) - Number(b.ok))
        .map(({ run }) => columns.map((column) => column.cell(run)));
    const gpuHours = runs.flatMap((run) => (known(run.evidence.telemetry?.gpuHours) ? [run.evidence.telemetry.gpuHours] : []));
    const facts = [
        hardware.line === '' ? '' : `Hardware: ${hardware.line}`,
        runner.line === '' ? '' : `Runner: ${runner.line}`,
        runs.length > 1 && gpuHours.length > 0 ? `GPU-hours: ${formatNumber(Number(gpuHours.reduce((sum, hours) => sum + hours, 0).toPrecision(3)))} in all` : '',
    ].filter((fact) => fact !== '');
    const hints = hintsOf(runs);
    const perGpu = options.standalone === true && runs.length === 1 ? perGpuMarkdown(runs[0].evidence) : '';
    const { drawn, withHistory } = drawRunCurves(runs, options.compared ?? new Set());
    const omitted = (shown) => {
        const left = [];
        if (shown.runs < rows.length)
            left.push({ lever: 'runs', sentence: `${plural(rows.length - shown.runs, 'training run')} ${rows.length - shown.runs === 1 ? 'is' : 'are'} not shown` });
        if (shown.runCharts < drawn.length)
            left.push({ lever: 'runCharts', sentence: `${plural(drawn.length - shown.runCharts, 'run curve')} ${drawn.length - shown.runCharts === 1 ? 'is' : 'are'} not drawn` });
        return left;
    };
    return {
        levers: [
            { name: 'runs', total: rows.length },
            { name: 'runCharts', total: drawn.length },
        ],
        omitted,
        render: (shown) => {
            if (rows.length === 0)
                return '';
            const shownRows = rows.slice(0, shown.runs);
            const rendered = shownRows.length === 0 ? '' : table(columns.map((column) => column.header), shownRows, columns.map((column) => column.align));
            const summary = `${plural(runs.length, 'training run')}: ${describeEndings(runs)}`;
            const charts = drawn.slice(0, shown.runCharts).map((curve) => runCurveMarkdown(curve, runs)).join('\n\n');
            const cappedCharts = drawn.length === MAX_RUN_CHARTS && withHistory > MAX_RUN_CHARTS ? `Run curves are drawn for ${MAX_RUN_CHARTS} of the ${withHistory.toLocaleString('en-US')} metrics the runs logged a history of.` : '';
            const body = [
                facts.map((fact) => `- ${fact}`).join('\n'),
                rows.length <= runs_OPEN_ROWS || rendered === '' ? rendered : details(summary, rendered),
                perGpu,
                hints.map((hint) => `- ${hint}`).join('\n'),
                charts === '' ? '' : drawn.length > runs_OPEN_CHARTS ? details(runs.length === 1 ? plural(Math.min(shown.runCharts, drawn.length), 'curve') : `${plural(Math.min(shown.runCharts, drawn.length), 'chart')}: a line per run`, charts) : charts,
                charts === '' ? '' : cappedCharts,
            ];
            return sectionMarkdown(runs.length === 1 ? 'Training run' : 'Training runs', body, omitted(shown), context);
        },
    };
}
/** One run's section on its own, every row and chart shown: the train action's job summary. */
function renderRunMarkdown(evidence) {
    const section = runsSection([{ evidence, label: 'run' }], { repository: '', sha: null, serverUrl: '' }, { standalone: true });
    const everything = Object.fromEntries(DROP_ORDER.map((name) => [name, Number.MAX_SAFE_INTEGER]));
    return section.render(everything);
}

;// CONCATENATED MODULE: ../../packages/core/src/report/render.ts













const TITLE = '### Model report';
function labelled(evidence) {
    const labels = evidenceLabels(evidence.map((found) => found.path));
    const label = (found) => labels.get(found.path);
    return {
        comparisons: evidence.flatMap((found) => (found.kind === 'comparison' ? [{ evidence: found.document, label: label(found) }] : [])),
        runs: evidence.flatMap((found) => (found.kind === 'run' ? [{ evidence: found.document, label: label(found) }] : [])),
        validations: evidence.flatMap((found) => (found.kind === 'validation' ? [{ evidence: found.document, label: label(found) }] : [])),
    };
}
/** The report's verdict: fail on a failing comparison, a failed run or refused evidence; none without either. */
function verdictOf(input, evidence) {
    const failing = input.refused.length > 0 ||
        evidence.comparisons.some((comparison) => comparison.evidence.verdict === 'fail') ||
        evidence.runs.some((run) => !runOutcome(run.evidence).ok) ||
        evidence.validations.some((validation) => !validation.evidence.success);
    if (failing)
        return 'fail';
    return evidence.comparisons.length > 0 ? 'pass' : 'none';
}
/** The reasons of a fail verdict, as short phrases. */
function failureReasons(input, evidence) {
    const metrics = evidence.comparisons.flatMap((comparison) => comparison.evidence.metrics);
    const count = (status) => metrics.filter((metric) => metric.status === status).length;
    const missing = metrics.filter((metric) => metric.status === 'removed' && metric.required === true).length;
    const endings = evidence.runs.map((run) => runOutcome(run.evidence).ending);
    const runsThat = (ending, what) => {
        const count = endings.filter((each) => each === ending).length;
        return count > 0 ? `${plural(count, 'training run')} ${what}` : '';
    };
    const failedChecks = evidence.validations.reduce((sum, validation) => sum + validation.evidence.checks.filter((check) => !check.success).length, 0);
    const reasons = [
        count('regressed') > 0 ? `${plural(count('regressed'), 'metric')} regressed` : '',
        count('invalid') > 0 ? `${plural(count('invalid'), 'metric')} not a number` : '',
        missing > 0 ? `${plural(missing, 'required metric')} missing` : '',
        runsThat('failed', 'failed'),
        runsThat('time-budget', 'stopped by the time budget'),
        runsThat('cancelled', 'cancelled'),
        failedChecks > 0 ? `${plural(failedChecks, 'data check')} failed` : '',
        input.refused.length > 0 ? `${plural(input.refused.length, 'evidence file')} refused` : '',
    ].filter((reason) => reason !== '');
    // A comparison can fail on a rule with no metric row of its own; say so rather than nothing.
    return reasons.length > 0 ? reasons : ['the metric comparison fails'];
}
/** One line a reviewer can stop at: pass, fail and why, or that there was nothing to compare. */
function verdictLine(input, evidence, verdict) {
    if (verdict === 'fail')
        return `❌ **Fail**: ${failureReasons(input, evidence).join(', ')}.`;
    if (verdict === 'pass') {
        const metrics = evidence.comparisons.flatMap((comparison) => comparison.evidence.metrics);
        return `✅ **Pass**: no metric regressed${metrics.length > 0 ? ` (${describeStatuses(metrics)})` : ''}.`;
    }
    const runs = evidence.runs.length > 0 ? `; ${plural(evidence.runs.length, 'training run')} finished` : '';
    return `⚪ **No metric comparison** in the evidence${runs}.`;
}
/** The title and verdict; once anything is left out, a line saying so, linking the full report. */
function headerPart(line, levers, context) {
    return {
        levers: [...levers.keys()],
        render: (shown) => {
            const trimmed = [...levers].some(([name, total]) => shown[name] < total);
            const full = context.fullReportUrl === undefined ? '' : ` The ${markdown_link('full report', context.fullReportUrl)} has everything.`;
            return [TITLE, line, trimmed ? `✂️ Shortened to fit GitHub's size limit; the notes below say what is left out.${full}` : ''].filter((block) => block !== '').join('\n\n');
        },
    };
}
/** The sections, top to bottom. Data checks and drift (validate-data) go between the metrics and the runs. */
function sections(input, evidence) {
    const { context } = input;
    return [
        metricsSection(evidence.comparisons, context),
        dataSection(evidence.validations, context),
        runsSection(evidence.runs, context, { compared: comparedCurveNames(evidence.comparisons) }),
        curvesSection(evidence.comparisons, context),
        paramsSection(evidence.comparisons, context),
        provenanceSection(input.evidence, context),
        promotionSection(promotionNeeds(input.environments, input.evidence), context),
        refusedSection(input.refused, context),
    ];
}
/**
 * What is left when even the verdict with every section at its minimum is too long (a limit of a few hundred
 * characters): the verdict and the link.
 */
function minimalReport(line, context, maxChars) {
    const full = context.fullReportUrl === undefined ? '' : ` See the ${markdown_link('full report', context.fullReportUrl)}.`;
    return `${TITLE}\n\n${line}\n\nThe report does not fit in ${maxChars.toLocaleString('en-US')} characters.${full}`;
}
const utf8Length = (codePoint) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);
/** The longest start of `text` within the budget, cut between code points. */
function cut(text, budget) {
    let chars = 0;
    let bytes = 0;
    let end = 0;
    for (const char of text) {
        bytes += utf8Length(char.codePointAt(0));
        if (++chars > budget.maxChars || (budget.maxBytes !== undefined && bytes > budget.maxBytes))
            break;
        end += char.length;
    }
    return text.slice(0, end);
}
/**
 * Renders the model report from evidence: a verdict line, then the metrics, training runs, curves, params,
 * provenance, what promotion still needs and refused evidence. Everything untrusted is escaped. When the markdown
 * would be longer than `maxChars` (or `maxBytes`), the least important content is left out first (curves, params,
 * unchanged and other metrics, ...; regressed, invalid and removed metrics last) and the report says what.
 */
function renderReport(input, options) {
    const evidence = labelled(input.evidence);
    const verdict = verdictOf(input, evidence);
    const line = verdictLine(input, evidence, verdict);
    const parts = sections(input, evidence);
    const totals = new Map(parts.flatMap((section) => section.levers).map((lever) => [lever.name, lever.total]));
    const levers = DROP_ORDER.filter((name) => totals.has(name)).map((name) => ({ name, total: totals.get(name) }));
    const body = parts.map((section) => ({ levers: section.levers.map((lever) => lever.name), render: section.render }));
    const fitted = fitParts([headerPart(line, totals, input.context), ...body], levers, options);
    const omissions = parts.flatMap((section) => section.omitted(fitted.shown));
    const dropped = DROP_ORDER.flatMap((name) => omissions.filter((omission) => omission.lever === name).map((omission) => omission.sentence));
    if (fitted.fits)
        return { markdown: fitted.markdown, dropped, verdict };
    const markdown = cut(minimalReport(line, input.context, options.maxChars), options);
    return { markdown, dropped: [`every section: even at their shortest they do not fit in ${options.maxChars} characters`], verdict };
}

;// CONCATENATED MODULE: ../../packages/core/src/step.ts
/**
 * The one shape of every Crucible step: `(settings, ports) -> outcome`. A step is the whole job of an action
 * (compare-metrics, report, validate-data, train) written once; the action runs it with ports over the runner and
 * GitHub, the CLI with ports over local files, and tests with fakes. The outcome is plain data: the action-kit
 * applies it to the runner in one place, the CLI prints it. Nothing here touches the runner, the network or the
 * environment.
 */
const systemClock = { now: () => new Date() };
/** A log that drops everything: for steps run where nobody reads progress. */
const silentLog = { info: () => { }, debug: () => { }, warning: () => { }, group: (_title, body) => body() };
/** An outcome with nothing in it yet; steps fill it in. */
function emptyOutcome(result) {
    return { outputs: {}, summary: '', annotations: [], evidence: [], result };
}

;// CONCATENATED MODULE: ../../packages/core/src/index.ts

























/***/ }),

/***/ 89584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ID: () => (/* binding */ LoadContext),
/* harmony export */   bB: () => (/* binding */ mapLimited),
/* harmony export */   nn: () => (/* binding */ asReadError),
/* harmony export */   pC: () => (/* binding */ MAX_METRICS_PER_RUN),
/* harmony export */   wU: () => (/* binding */ MAX_METRICS_FILE_BYTES)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _fs_safe_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97394);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14296);




/** Metrics files come from pull requests and artifacts: untrusted input, so sizes are bounded before reading. */
const MAX_METRICS_FILE_BYTES = 256 * 1024 * 1024;
const MAX_METRICS_PER_RUN = 100_000;
/**
 * The run being loaded: where it is, how to name its files in results (relative to a folder, as given for a
 * file) and in messages (a path a person can open), and how many metrics it holds so far, for the cap.
 */
class LoadContext {
    root;
    isFolder;
    /** The workspace root: a file inside it that links out of it is refused (see fs/safe-file.ts). */
    workspace;
    metricsSoFar = 0;
    constructor(root, isFolder, workspace) {
        this.root = root;
        this.isFolder = isFolder;
        this.workspace = workspace;
    }
    /** The path of a file for messages: `<folder>/<file>`, or the file as given. */
    display(file) {
        return this.isFolder ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, file) : file;
    }
    absolute(file) {
        return this.isFolder ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, file) : file;
    }
    /** Refuses a run that would pass the metrics cap once `more` metrics of `file` are added. */
    ensureRoom(file, more) {
        if (this.metricsSoFar + more > MAX_METRICS_PER_RUN) {
            throw _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MetricsFileError */ .s.at({ file: this.display(file) }, `the run holds more than ${MAX_METRICS_PER_RUN.toLocaleString('en-US')} metrics, the most Crucible loads ` +
                'for one run; report fewer metrics (summaries rather than per-item values).');
        }
    }
    /**
     * Runs `use` with a reader of the file's bytes, for formats read in chunks (TensorBoard). The size cap holds
     * here too; errors from opening name the file.
     */
    async withFile(file, use) {
        const path = this.absolute(file);
        let handle;
        try {
            await (0,_fs_safe_file_js__WEBPACK_IMPORTED_MODULE_2__/* .checkReadableFileAsync */ .TY)(path, { workspace: this.workspace, label: this.display(file) });
            handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
            const info = await handle.stat();
            if (!info.isFile())
                throw _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MetricsFileError */ .s.at({ file: this.display(file) }, 'is not a regular file; pass a regular file.');
            if (info.size > MAX_METRICS_FILE_BYTES)
                throw tooLarge(this.display(file), info.size);
        }
        catch (error) {
            await handle?.close();
            throw asReadError(error, this.display(file));
        }
        const opened = handle;
        try {
            // The cap counts bytes read, not the size `stat` gave when opened: a file that grows stops at the cap.
            let total = 0;
            return await use({
                read: async (buffer, at, length) => {
                    const { bytesRead } = await opened.read(buffer, at, length, null);
                    total += bytesRead;
                    if (total > MAX_METRICS_FILE_BYTES)
                        throw tooLarge(this.display(file), total);
                    return bytesRead;
                },
            });
        }
        finally {
            await opened.close();
        }
    }
    async readText(file) {
        return (0,_fs_safe_file_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeUtf8 */ ._6)(await this.readBytes(file), this.display(file));
    }
    async readBytes(file) {
        const path = this.absolute(file);
        try {
            return await (0,_fs_safe_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readFileSafelyAsync */ .Nv)(path, {
                maxBytes: MAX_METRICS_FILE_BYTES,
                workspace: this.workspace,
                label: this.display(file),
                tooLarge,
            });
        }
        catch (error) {
            throw asReadError(error, this.display(file));
        }
    }
}
function tooLarge(file, bytes) {
    const mib = (bytes / 1024 / 1024).toFixed(0);
    return _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MetricsFileError */ .s.at({ file }, `${mib} MiB is over the ${MAX_METRICS_FILE_BYTES / 1024 / 1024} MiB limit for a metrics file; ` +
        'write summary metrics to a smaller file.');
}
/** A file-system error as a message that names the path and says what to do; other errors pass through. */
function asReadError(error, path) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MetricsFileError */ .s)
        return error;
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MetricsFileError */ .s.at({ file: path }, 'no such file or folder; check the path.', { cause: error });
        case 'EACCES':
        case 'EPERM':
            return _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MetricsFileError */ .s.at({ file: path }, 'cannot be read (permission denied); check its permissions.', {
                cause: error,
            });
        case 'EISDIR':
            return _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MetricsFileError */ .s.at({ file: path }, 'is a folder where a file was expected.', { cause: error });
        case undefined:
            return error;
        default:
            return _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MetricsFileError */ .s.at({ file: path }, `cannot be read (${code}); check the path.`, { cause: error });
    }
}
/** `items.map(fn)` with at most `limit` calls in flight: a folder of 100,000 metric files must not hit EMFILE. */
async function mapLimited(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}


/***/ }),

/***/ 14296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ MetricsFileError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29179);

/**
 * A metrics or params file that cannot be read or does not hold what its format promises. The message names the
 * file, then the line, byte offset or key, then what is wrong and the fix:
 * `metrics/eval.json: line 3: unexpected token "acc"; expected a "key"; fix the JSON.`
 * It is a ConfigError, so the CLI exits 2 with the message alone.
 */
class MetricsFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL {
    file;
    line;
    offset;
    key;
    constructor(message, location, options) {
        super(message, options);
        this.name = 'MetricsFileError';
        this.file = location.file;
        this.line = location.line;
        this.offset = location.offset;
        this.key = location.key;
    }
    /** `<file>: line <n>: <detail>` (or `byte <n>`, or `key "<k>"`), the usual shape of the message. */
    static at(location, detail, options) {
        const where = [location.file];
        if (location.line !== undefined)
            where.push(`line ${location.line}`);
        if (location.offset !== undefined)
            where.push(`byte ${location.offset}`);
        if (location.key !== undefined)
            where.push(`key "${location.key}"`);
        return new MetricsFileError(`${where.join(': ')}: ${detail}`, location, options);
    }
}


/***/ }),

/***/ 37363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P3: () => (/* binding */ isEventFile),
/* harmony export */   Rj: () => (/* binding */ isHuggingFaceFile),
/* harmony export */   _g: () => (/* binding */ kerasLogSeparator),
/* harmony export */   iS: () => (/* binding */ WANDB_SUMMARY),
/* harmony export */   o3: () => (/* binding */ TRAINER_STATE),
/* harmony export */   sO: () => (/* binding */ WANDB_CONFIG)
/* harmony export */ });
/**
 * The file names that say which tool wrote a file. Kept apart from the loaders so that telling formats apart
 * does not load (and, under Node's type stripping, compile) every loader.
 */
/** Hugging Face's Trainer: its state (with the log history) and `save_metrics` summaries. */
const TRAINER_STATE = 'trainer_state.json';
const TRAINER_SUMMARY = /^(?:all|train|eval|test|predict)_results\.json$/;
function isHuggingFaceFile(name) {
    return name === TRAINER_STATE || TRAINER_SUMMARY.test(name);
}
/** TensorBoard event files: `events.out.tfevents.<time>.<host>[.<pid>.<n>][.v2]`. */
function isEventFile(name) {
    return name.startsWith('events.out.tfevents.');
}
/** The separator of a Keras CSVLogger file (`epoch` then the separator starts it), or undefined. */
function kerasLogSeparator(text) {
    return /^\uFEFF?epoch([,;\t])/.exec(text)?.[1];
}
/** A W&B run's `files/` folder. */
const WANDB_SUMMARY = 'wandb-summary.json';
const WANDB_CONFIG = 'config.yaml';


/***/ }),

/***/ 42528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Df: () => (/* binding */ documentMetrics),
/* harmony export */   QA: () => (/* binding */ documentParams),
/* harmony export */   Rg: () => (/* binding */ loadDocumentMetrics),
/* harmony export */   WC: () => (/* binding */ syntaxOfName),
/* harmony export */   aB: () => (/* binding */ loadDocumentParams),
/* harmony export */   ak: () => (/* binding */ metricOf),
/* harmony export */   nG: () => (/* binding */ byName),
/* harmony export */   u0: () => (/* binding */ readDocument)
/* harmony export */ });
/* harmony import */ var _text_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50875);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14296);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91285);



const SYNTAX_NAME = { json: 'JSON', yaml: 'YAML', toml: 'TOML' };
/** The syntax a file name implies, if any. */
function syntaxOfName(name) {
    const lower = name.toLowerCase();
    if (lower.endsWith('.json'))
        return 'json';
    if (lower.endsWith('.yaml') || lower.endsWith('.yml'))
        return 'yaml';
    if (lower.endsWith('.toml'))
        return 'toml';
    return undefined;
}
/**
 * Reads a JSON, YAML or TOML file whose top level is a mapping. A malformed file is a MetricsFileError naming the
 * line; an empty YAML file is an empty mapping. yaml and smol-toml load on first use only: most runs never need
 * them, and start-up time counts in every workflow step.
 */
async function readDocument(context, file, syntax) {
    const text = await context.readText(file);
    const display = context.display(file);
    const fix = `fix the ${SYNTAX_NAME[syntax]}.`;
    let document;
    switch (syntax) {
        case 'json':
            try {
                document = (0,_text_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonAllowingNonFinite */ .lT)(text);
            }
            catch (error) {
                if (!(error instanceof _text_json_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonSyntaxError */ .q3))
                    throw error;
                throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsFileError */ .s.at({ file: display, line: error.line }, `${error.message}; ${fix}`, { cause: error });
            }
            break;
        case 'yaml': {
            const { parseDocument } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 88293, 19));
            const parsed = parseDocument(text);
            const problem = parsed.errors[0];
            if (problem !== undefined) {
                const line = problem.linePos?.[0].line;
                throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsFileError */ .s.at({ file: display, line }, `${firstLine(problem.message)}; ${fix}`, { cause: problem });
            }
            try {
                // Bounded aliases keep a "billion laughs" document from expanding without end.
                document = parsed.toJS({ maxAliasCount: 100 });
            }
            catch (error) {
                throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsFileError */ .s.at({ file: display }, `${error.message}; ${fix}`, { cause: error });
            }
            break;
        }
        case 'toml': {
            const { parse, TomlError } = await __webpack_require__.e(/* import() */ 69).then(__webpack_require__.bind(__webpack_require__, 83069));
            try {
                document = parse(text);
            }
            catch (error) {
                if (!(error instanceof TomlError))
                    throw error;
                const message = firstLine(error.message).replace(/^Invalid TOML document: /, '');
                throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsFileError */ .s.at({ file: display, line: error.line }, `${message}; ${fix}`, { cause: error });
            }
            break;
        }
    }
    if (document === null || document === undefined)
        return {};
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(document)) {
        // Only the kind of value: its text may be anything a link pointed at (a YAML read of /proc/self/environ is one
        // long string), so it never goes into the message.
        const found = Array.isArray(document) ? 'a list' : `a single ${typeof document === 'string' ? `string of ${document.length} characters` : 'value'}`;
        throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsFileError */ .s.at({ file: display, line: 1 }, `the top level is ${found}; expected a mapping of metric names to values, like {"accuracy": 0.93}.`);
    }
    return document;
}
function firstLine(message) {
    const line = message.split('\n', 1)[0] ?? message;
    // yaml appends " at line N, column M:"; the line is already in the message's prefix.
    return line.replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '');
}
/** A run's summary metrics from one JSON, YAML or TOML file, flattened as DVC does. */
async function loadDocumentMetrics(context, file, syntax) {
    const document = await readDocument(context, file, syntax);
    return { format: syntax, files: [file], metrics: documentMetrics(context, file, document), params: [] };
}
/**
 * A document's metrics by name. Metrics of one file share one `source` object (`{file}`: the key is the name),
 * which keeps a run of 10,000 metrics from allocating 10,000 more objects.
 */
/** Shared by every metric without a history; frozen, so a loader that wants one must make its own array. */
const NO_HISTORY = Object.freeze([]);
function documentMetrics(context, file, document, skipObject, skipKey) {
    const metrics = new Map();
    const display = context.display(file);
    const source = { file };
    (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .flattenDocument */ .eA)(document, display, (name, value, path) => {
        if (skipKey?.(name, path) === true)
            return;
        const size = metrics.size;
        if ((size & 1023) === 0)
            context.ensureRoom(file, size + 1);
        // The common case, a finite number, allocates nothing but the metric itself.
        if (typeof value === 'number' && Number.isFinite(value)) {
            metrics.set(name, { name, value, history: NO_HISTORY, source });
        }
        else {
            const reading = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .readScalar */ .$t)(value);
            if (reading === undefined)
                return;
            metrics.set(name, reading.value === null ? { name, value: null, raw: reading.raw, history: NO_HISTORY, source } : { name, value: reading.value, history: NO_HISTORY, source });
        }
        // One hash lookup instead of has() then set(): a name seen before leaves the size unchanged.
        if (metrics.size === size)
            throw (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .flattenedTwiceError */ .g8)(display, name);
    }, skipObject);
    context.ensureRoom(file, metrics.size);
    return metrics;
}
/** Params from one YAML, JSON or TOML file, flattened like metrics and kept as text. */
async function loadDocumentParams(context, file, syntax) {
    const document = await readDocument(context, file, syntax);
    return documentParams(context, file, document);
}
function documentParams(context, file, document) {
    const params = [];
    const seen = new Set();
    const display = context.display(file);
    (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .flattenDocument */ .eA)(document, display, (name, value) => {
        if (seen.has(name))
            throw (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .flattenedTwiceError */ .g8)(display, name);
        seen.add(name);
        params.push({ name, value: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .paramText */ .$X)(value), source: { file, key: name } });
    });
    return params;
}
/** Metrics whose names are distinct by construction (columns, files, series), by name. */
function byName(metrics) {
    const map = new Map();
    for (const metric of metrics)
        map.set(metric.name, metric);
    return map;
}
function metricOf(name, reading, history, source) {
    return reading.value === null
        ? { name, value: null, raw: reading.raw ?? '', history, source }
        : { name, value: reading.value, history, source };
}


/***/ }),

/***/ 91285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ paramText),
/* harmony export */   $t: () => (/* binding */ readScalar),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   eA: () => (/* binding */ flattenDocument),
/* harmony export */   g8: () => (/* binding */ flattenedTwiceError),
/* harmony export */   lx: () => (/* binding */ readNumberText)
/* harmony export */ });
/* unused harmony exports MAX_RAW_CHARS, MAX_PARAM_CHARS, boundText */
/* harmony import */ var _text_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50875);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14296);


/**
 * The most characters of a value that is not a metric (or of a param) kept for evidence and messages. Such text
 * is whatever the file held, possibly a whole secrets file a link pointed at: it is cut where it is read, so the
 * evidence written from it always fits its schema and the report never carries more than a glimpse of it.
 */
const MAX_RAW_CHARS = 200;
const MAX_PARAM_CHARS = 1000;
/** `text` cut to `max` characters, saying how long it was. */
function boundText(text, max) {
    return text.length <= max ? text : `${text.slice(0, max)}... (${text.length} characters)`;
}
/** Nested deeper than this is not a metrics file; the cap keeps flattening off the end of the stack. */
const MAX_DEPTH = 100;
/** A reading for a scalar, or undefined for an object or a list (which flattening walks into). */
function readScalar(value) {
    switch (typeof value) {
        case 'number':
            return Number.isFinite(value) ? { value } : { value: null, raw: String(value) };
        case 'string':
            // A number written as a string ("0.93") stays invalid, as in DVC: the file should hold a number.
            return { value: null, raw: (0,_text_json_js__WEBPACK_IMPORTED_MODULE_0__/* .nonFiniteToken */ .Gi)(value) ?? boundText(value, MAX_RAW_CHARS) };
        case 'boolean':
            return { value: null, raw: String(value) };
        case 'bigint': {
            const number = Number(value);
            return Number.isSafeInteger(number) ? { value: number } : { value: null, raw: String(value) };
        }
        case 'object':
            if (value === null)
                return { value: null, raw: 'null' };
            if (value instanceof Date)
                return { value: null, raw: dateText(value) };
            return undefined;
        default:
            return { value: null, raw: String(value) };
    }
}
function dateText(date) {
    // TOML dates subclass Date and print themselves as written ("1979-05-27" stays a local date).
    return Number.isNaN(date.getTime()) ? 'Invalid Date' : date.toISOString();
}
/**
 * A number from text as trainers write it ("0.93", "-1e-05", " 42 "), or null with the text for anything else:
 * "nan", "inf", "Infinity", "n/a", "0x10". `Number()` alone would take "" and " " as 0 and "0x10" as 16.
 */
function readNumberText(text) {
    const trimmed = text.trim();
    if (DECIMAL.test(trimmed)) {
        const value = Number(trimmed);
        if (Number.isFinite(value))
            return { value };
    }
    return { value: null, raw: boundText(trimmed, MAX_RAW_CHARS) };
}
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** A param's value as text: strings as written, numbers and booleans as JSON would print them. */
function paramText(value) {
    if (typeof value === 'string')
        return (0,_text_json_js__WEBPACK_IMPORTED_MODULE_0__/* .nonFiniteToken */ .Gi)(value) ?? boundText(value, MAX_PARAM_CHARS);
    if (value instanceof Date)
        return dateText(value);
    return boundText(String(value), MAX_PARAM_CHARS);
}
const NAME_CACHE_LIMIT = 250_000;
let nameRoot = { name: '', children: undefined };
let cachedNames = 0;
function childName(node, key) {
    let children = node.children;
    if (children === undefined) {
        children = new Map();
        node.children = children;
    }
    let child = children.get(key);
    if (child === undefined) {
        child = { name: node.name === '' ? key : `${node.name}.${key}`, children: undefined };
        children.set(key, child);
        cachedNames++;
    }
    return child;
}
/**
 * Walks a parsed document and calls `visit` for every scalar, named as DVC names them: nested keys joined with "."
 * (`{"eval": {"acc": 1}}` is `eval.acc`), keys that hold "/" kept as they are (`eval/acc`), and list items by
 * index (`{"acc": [1, 2]}` is `acc.0`, `acc.1`). Lists of objects (or of lists) are tables or media, not metrics:
 * their items are skipped. `path` is the key path (valid during the call only), for formats that match names by
 * path. Two keys can flatten to one name (`{"a.b": 1, "a": {"b": 2}}`): the visitor, which keeps the names,
 * refuses that with `flattenedTwiceError`.
 */
function flattenDocument(document, file, visit, skipObject) {
    if (cachedNames > NAME_CACHE_LIMIT) {
        nameRoot = { name: '', children: undefined };
        cachedNames = 0;
    }
    const path = [];
    const walk = (object, node) => {
        if (path.length > MAX_DEPTH) {
            throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsFileError */ .s.at({ file, key: node.name }, `nested deeper than ${MAX_DEPTH} levels; flatten the file.`);
        }
        for (const key of Object.keys(object)) {
            const value = object[key];
            const child = childName(node, key);
            path.push(key);
            if (typeof value !== 'object' || value === null || value instanceof Date) {
                visit(child.name, value, path);
            }
            else if (Array.isArray(value)) {
                for (let i = 0; i < value.length; i++) {
                    const item = value[i];
                    if (readScalar(item) === undefined)
                        continue;
                    const index = String(i);
                    path.push(index);
                    visit(childName(child, index).name, item, path);
                    path.pop();
                }
            }
            else if (skipObject === undefined || !skipObject(value, path)) {
                walk(value, child);
            }
            path.pop();
        }
    };
    walk(document, nameRoot);
}
function flattenedTwiceError(file, name) {
    return _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsFileError */ .s.at({ file, key: name }, `two keys flatten to "${name}" (a key with a "." and a nested key); rename one of them.`);
}
function isPlainObject(value) {
    return (typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        !(value instanceof Date));
}


/***/ }),

/***/ 50875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q3: () => (/* binding */ JsonSyntaxError),
  Gi: () => (/* binding */ nonFiniteToken),
  lT: () => (/* binding */ parseJsonAllowingNonFinite)
});

;// CONCATENATED MODULE: ../../packages/core/src/text/lines.ts
/** Small helpers for pointing at a place in a text file, the way a person reads it (1-based lines). */
/** Drops a leading UTF-8 byte order mark, which editors on Windows and some Python writers add. */
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** The 1-based line and column of a character offset. Linear in the offset: meant for error messages only. */
function lineAndColumnAt(text, offset) {
    const end = Math.max(0, Math.min(offset, text.length));
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: end - lineStart + 1 };
}

;// CONCATENATED MODULE: ../../packages/core/src/text/json.ts

/**
 * JSON as Python writes it. `json.dump` writes bare `NaN`, `Infinity` and `-Infinity` for floats that are not
 * finite (allow_nan defaults to True), which `JSON.parse` rejects; a training run that diverged writes exactly
 * those. Here they parse to a marked string (see `nonFiniteToken`), so a caller can report the value instead of
 * failing on the file.
 *
 * `JSON.parse` does the parsing (it is several times faster than anything written in JavaScript): first on the
 * text as it is, then, if that fails, with the three tokens outside strings replaced by marked strings. Only when
 * both fail does the hand-written parser below run, to report the line and column of the first error, which
 * `JSON.parse` only sometimes says.
 */
/** Marks a non-finite token in parsed output; no real string in a metrics file starts with a NUL character. */
const MARK = '\u0000';
/** `NaN`, `Infinity` or `-Infinity` if `value` is what one of those tokens parsed to, else undefined. */
function nonFiniteToken(value) {
    if (typeof value !== 'string' || value.charCodeAt(0) !== 0)
        return undefined;
    const token = value.slice(1);
    return token === 'NaN' || token === 'Infinity' || token === '-Infinity' ? token : undefined;
}
class JsonSyntaxError extends Error {
    line;
    column;
    constructor(line, column, message) {
        super(message);
        this.name = 'JsonSyntaxError';
        this.line = line;
        this.column = column;
    }
}
/** Deeper than any metrics file; keeps the recursive parser off the end of the stack on hostile input. */
const MAX_DEPTH = 1000;
function parseJsonAllowingNonFinite(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        // Strings are matched whole so that a "NaN" inside one stays as it is.
        let replaced = false;
        const marked = text.replace(TOKENS, (match) => {
            if (match.charCodeAt(0) === 34)
                return match;
            replaced = true;
            return `"\\u0000${match}"`;
        });
        if (replaced) {
            try {
                return JSON.parse(marked);
            }
            catch {
                // fall through to the parser that says where the error is
            }
        }
        return new LenientJsonParser(text).parseDocument();
    }
}
const TOKENS = /"[^"\\]*(?:\\.[^"\\]*)*"|-?Infinity|NaN/g;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
class LenientJsonParser {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    parseDocument() {
        this.skipSpace();
        const value = this.parseValue(0);
        this.skipSpace();
        if (this.pos < this.text.length)
            this.fail(`unexpected ${this.describeHere()} after the JSON value`);
        return value;
    }
    parseValue(depth) {
        if (depth > MAX_DEPTH)
            this.fail(`nested deeper than ${MAX_DEPTH} levels`);
        const text = this.text;
        const code = text.charCodeAt(this.pos);
        switch (code) {
            case 123: // {
                return this.parseObject(depth);
            case 91: // [
                return this.parseArray(depth);
            case 34: // "
                return this.parseString();
            case 116: // t
                return this.parseWord('true', true);
            case 102: // f
                return this.parseWord('false', false);
            case 110: // n
                return this.parseWord('null', null);
            case 78: // N
                return this.parseWord('NaN', `${MARK}NaN`);
            case 73: // I
                return this.parseWord('Infinity', `${MARK}Infinity`);
            default:
                if (code === 45 && text.startsWith('-Infinity', this.pos)) {
                    this.pos += '-Infinity'.length;
                    return `${MARK}-Infinity`;
                }
                if (code === 45 || (code >= 48 && code <= 57))
                    return this.parseNumber();
                return this.fail(`unexpected ${this.describeHere()}; expected a value`);
        }
    }
    parseObject(depth) {
        const object = {};
        this.pos++; // {
        this.skipSpace();
        if (this.text.charCodeAt(this.pos) === 125) {
            this.pos++;
            return object;
        }
        for (;;) {
            if (this.text.charCodeAt(this.pos) !== 34)
                this.fail(`unexpected ${this.describeHere()}; expected a "key"`);
            const key = this.parseString();
            this.skipSpace();
            if (this.text.charCodeAt(this.pos) !== 58) {
                this.fail(`unexpected ${this.describeHere()}; expected ':' after the key`);
            }
            this.pos++;
            this.skipSpace();
            const value = this.parseValue(depth + 1);
            // Like JSON.parse: a later duplicate key wins, and "__proto__" is an ordinary own key.
            Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
            this.skipSpace();
            const next = this.text.charCodeAt(this.pos);
            if (next === 44) {
                this.pos++;
                this.skipSpace();
                if (this.text.charCodeAt(this.pos) === 125)
                    this.fail("trailing comma before '}'");
                continue;
            }
            if (next === 125) {
                this.pos++;
                return object;
            }
            this.fail(`unexpected ${this.describeHere()}; expected ',' or '}' after a value`);
        }
    }
    parseArray(depth) {
        const array = [];
        this.pos++; // [
        this.skipSpace();
        if (this.text.charCodeAt(this.pos) === 93) {
            this.pos++;
            return array;
        }
        for (;;) {
            array.push(this.parseValue(depth + 1));
            this.skipSpace();
            const next = this.text.charCodeAt(this.pos);
            if (next === 44) {
                this.pos++;
                this.skipSpace();
                if (this.text.charCodeAt(this.pos) === 93)
                    this.fail("trailing comma before ']'");
                continue;
            }
            if (next === 93) {
                this.pos++;
                return array;
            }
            this.fail(`unexpected ${this.describeHere()}; expected ',' or ']' after a value`);
        }
    }
    parseString() {
        const text = this.text;
        const start = this.pos;
        let i = start + 1;
        for (;;) {
            const quote = text.indexOf('"', i);
            if (quote === -1) {
                this.pos = start;
                return this.fail('a string is never closed');
            }
            // The quote closes the string unless an odd number of backslashes escapes it.
            let backslashes = 0;
            for (let j = quote - 1; j > start && text.charCodeAt(j) === 92; j--)
                backslashes++;
            if (backslashes % 2 === 0) {
                i = quote;
                break;
            }
            i = quote + 1;
        }
        const literal = text.slice(start, i + 1);
        try {
            // JSON.parse knows every escape and rejects raw control characters; the string alone is small.
            const value = JSON.parse(literal);
            this.pos = i + 1;
            return value;
        }
        catch {
            this.pos = start;
            return this.fail('a string holds a bad escape or a raw control character (a tab or line break must be escaped)');
        }
    }
    parseNumber() {
        NUMBER.lastIndex = this.pos;
        const match = NUMBER.exec(this.text);
        if (match === null)
            return this.fail(`unexpected ${this.describeHere()}; expected a number`);
        this.pos += match[0].length;
        return Number(match[0]);
    }
    parseWord(word, value) {
        if (!this.text.startsWith(word, this.pos))
            this.fail(`unexpected ${this.describeHere()}; expected a value`);
        this.pos += word.length;
        return value;
    }
    skipSpace() {
        const text = this.text;
        let pos = this.pos;
        for (;;) {
            const code = text.charCodeAt(pos);
            if (code === 32 || code === 10 || code === 13 || code === 9)
                pos++;
            else
                break;
        }
        this.pos = pos;
    }
    describeHere() {
        if (this.pos >= this.text.length)
            return 'end of file';
        // A short excerpt only: the text may be a secret a link pointed at.
        const token = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.pos, this.pos + 40));
        if (token === null)
            return `character ${JSON.stringify(this.text[this.pos])}`;
        return `token "${token[0].length > 16 ? `${token[0].slice(0, 12)}...` : token[0]}"`;
    }
    fail(message) {
        const { line, column } = lineAndColumnAt(this.text, this.pos);
        throw new JsonSyntaxError(line, column, message);
    }
}


/***/ })

};
