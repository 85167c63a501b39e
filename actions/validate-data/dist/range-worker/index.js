import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 782:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ Tally),
/* harmony export */   N: () => (/* binding */ MAX_EXAMPLES)
/* harmony export */ });
/** What one check has seen so far: how many values failed it and the first few of them, with their lines. */
const MAX_EXAMPLES = 20;
class Tally {
    unexpected = 0;
    examples = [];
    /** Counts one unexpected value; `value` is only called for the first MAX_EXAMPLES. */
    note(line, value) {
        if (++this.unexpected <= MAX_EXAMPLES)
            this.examples.push({ value: value(), line });
    }
    noteValue(line, value) {
        if (++this.unexpected <= MAX_EXAMPLES)
            this.examples.push({ value, line });
    }
    /** Adds a later part of the file (its lines shifted by `lineOffset`). */
    merge(other, lineOffset) {
        this.unexpected += other.unexpected;
        for (const example of other.examples) {
            if (this.examples.length >= MAX_EXAMPLES)
                break;
            this.examples.push({ value: example.value, line: example.line + lineOffset });
        }
    }
    save() {
        return { unexpected: this.unexpected, examples: this.examples };
    }
    static load(state) {
        const tally = new Tally();
        tally.unexpected = state.unexpected;
        tally.examples = state.examples.map((example) => ({ ...example }));
        return tally;
    }
}


/***/ }),

/***/ 435:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ CsvParser)
/* harmony export */ });
/* unused harmony exports BLOCK_ROWS, splitRecord */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(717);
/**
 * Streaming CSV/TSV reader (RFC 4180): fields split by one delimiter byte; a field that starts with a double quote
 * runs to the matching quote and may hold delimiters, line breaks and doubled quotes; rows end in LF or CRLF; a
 * UTF-8 byte order mark is skipped; blank lines are skipped (as pandas does). It works on bytes: a block of rows
 * becomes per-cell byte ranges (no string per cell), which the column accumulators read. Memory is the read buffer
 * (grown only for a single row larger than it) plus one block of offsets, whatever the file's size.
 *
 * Each row keeps the 1-based line it starts on. Problems with the text itself (a row with the wrong number of
 * fields, a quote never closed) are counted with their lines, never thrown: they become failed checks.
 */


const QUOTE = 34;
const LF = 10;
const CR = 13;
const BLOCK_ROWS = 2048;
class CsvParser {
    delimiter;
    width;
    buf;
    /** Valid bytes in buf. */
    len = 0;
    /** Where the next record starts in buf. */
    pos = 0;
    /** Absolute offset of buf[0] in the file (or decompressed stream). */
    base = 0;
    /** Line of the next record. */
    line = 1;
    /** Records starting at or past this absolute offset are left to the next range. */
    limit = Number.POSITIVE_INFINITY;
    rowsRead = 0;
    problems = (0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .newProblems */ .Dv)();
    block;
    onBlock;
    comment;
    shortRowsMissing;
    constructor(delimiter, width, onBlock, dialect = _records_js__WEBPACK_IMPORTED_MODULE_1__/* .STRICT_DIALECT */ .dS, bufferSize = 1 << 20) {
        this.delimiter = delimiter;
        this.comment = dialect.comment;
        this.shortRowsMissing = dialect.shortRowsMissing;
        this.width = width;
        this.buf = Buffer.allocUnsafe(bufferSize);
        this.onBlock = onBlock;
        const cells = BLOCK_ROWS * Math.max(width, 1);
        this.block = {
            bytes: this.buf,
            starts: new Int32Array(cells),
            ends: new Int32Array(cells),
            escaped: new Uint8Array(cells),
            lines: new Int32Array(BLOCK_ROWS),
            rows: 0,
            width,
        };
    }
    /** Free space at the end of the buffer after moving unread bytes to the front (grown when a row fills it). */
    makeRoom() {
        if (this.pos > 0) {
            this.buf.copy(this.buf, 0, this.pos, this.len);
            this.base += this.pos;
            this.len -= this.pos;
            this.pos = 0;
        }
        if (this.len === this.buf.length) {
            // The buffer is full with one record that has not ended yet.
            if (this.buf.length >= _records_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_RECORD_BYTES */ .xR)
                throw (0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .recordTooLong */ .oV)(this.line);
            const bigger = Buffer.allocUnsafe(Math.min(this.buf.length * 2, _records_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_RECORD_BYTES */ .xR));
            this.buf.copy(bigger, 0, 0, this.len);
            this.buf = bigger;
        }
    }
    /** Appends bytes (from a decompressor). */
    push(chunk) {
        let offset = 0;
        while (offset < chunk.length) {
            this.makeRoom();
            const take = Math.min(chunk.length - offset, this.buf.length - this.len);
            this.buf.set(chunk.subarray(offset, offset + take), this.len);
            this.len += take;
            offset += take;
            if (this.len === this.buf.length)
                this.drain(false);
        }
    }
    /** True once a record boundary at or past `limit` is reached. */
    get done() {
        return this.base + this.pos >= this.limit;
    }
    /**
     * Parses every complete record in the buffer (all of them when `final`), handing over blocks of rows. A record
     * that is not complete yet stays for the next call.
     */
    drain(final) {
        const buf = this.buf;
        const len = this.len;
        const delimiter = this.delimiter;
        const width = this.width;
        const block = this.block;
        block.bytes = buf;
        const { starts, ends, escaped, lines } = block;
        let pos = this.pos;
        let line = this.line;
        const stop = this.limit - this.base;
        const comment = this.comment;
        let blockStart = pos;
        records: while (pos < len && pos < stop) {
            if (buf[pos] === comment) {
                // A comment line: skipped whole, quotes in it included.
                const end = buf.indexOf(LF, pos);
                if (end === -1 || end >= len) {
                    if (!final)
                        break;
                    pos = len;
                    break;
                }
                pos = end + 1;
                line++;
                continue;
            }
            const recordStart = pos;
            const recordLine = line;
            const base = block.rows * width;
            let field = 0;
            let quotedAny = false;
            let unterminated = false;
            for (;;) {
                let fieldStart;
                let fieldEnd;
                let fieldEscaped = 0;
                let p = pos;
                if (p < len && buf[p] === QUOTE) {
                    quotedAny = true;
                    p++;
                    fieldStart = p;
                    for (;;) {
                        if (p >= len)
                            break;
                        const c = buf[p];
                        if (c === QUOTE) {
                            if (p + 1 < len && buf[p + 1] === QUOTE) {
                                fieldEscaped = 1;
                                p += 2;
                                continue;
                            }
                            if (p + 1 >= len && !final)
                                break;
                            break;
                        }
                        if (c === LF)
                            line++;
                        p++;
                    }
                    if (p >= len || (p + 1 >= len && !final && buf[p] === QUOTE)) {
                        if (!final) {
                            // The closing quote (or what follows it) is not here yet.
                            line = recordLine;
                            pos = recordStart;
                            break records;
                        }
                        if (p >= len) {
                            unterminated = true;
                            fieldEnd = len;
                            p = len;
                        }
                        else {
                            fieldEnd = p;
                            p++;
                        }
                    }
                    else {
                        fieldEnd = p;
                        p++;
                        // Text after the closing quote (`"a"b`) is kept as written, quotes included.
                        if (p < len && buf[p] !== delimiter && buf[p] !== LF && !(buf[p] === CR && buf[p + 1] === LF)) {
                            fieldStart--;
                            while (p < len && buf[p] !== delimiter && buf[p] !== LF)
                                p++;
                            fieldEnd = p > fieldStart && buf[p - 1] === CR && buf[p] === LF ? p - 1 : p;
                            fieldEscaped = 0;
                        }
                    }
                }
                else {
                    fieldStart = p;
                    while (p < len) {
                        const c = buf[p];
                        if (c === delimiter || c === LF)
                            break;
                        p++;
                    }
                    fieldEnd = p;
                    if (p < len && buf[p] === LF && p > fieldStart && buf[p - 1] === CR)
                        fieldEnd = p - 1;
                }
                if (field < width) {
                    starts[base + field] = fieldStart;
                    ends[base + field] = fieldEnd;
                    escaped[base + field] = fieldEscaped;
                }
                field++;
                if (p >= len) {
                    if (!final) {
                        line = recordLine;
                        pos = recordStart;
                        break records;
                    }
                    if (fieldEnd > fieldStart && buf[fieldEnd - 1] === CR && !unterminated && !quotedAny)
                        ends[base + field - 1] = fieldEnd - 1;
                    pos = len;
                    break;
                }
                if (buf[p] === delimiter) {
                    pos = p + 1;
                    continue;
                }
                // A line feed (or CR LF) ends the record.
                if (buf[p] === CR)
                    p++;
                pos = p + 1;
                line++;
                break;
            }
            if (pos - recordStart > _records_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_FIELD_BYTES */ .SD)
                this.checkFieldSizes(base, Math.min(field, width), recordLine);
            if (unterminated)
                this.problems.quotes.noteValue(recordLine, 'a quoted field starts on this line and is never closed');
            if (field === 1 && !quotedAny && starts[base] === ends[base])
                continue; // blank line
            if (field !== width) {
                const text = `${field} field${field === 1 ? '' : 's'}, the header has ${width}`;
                if (field < width)
                    this.problems.shortRows.noteValue(recordLine, text);
                if (field > width || !this.shortRowsMissing)
                    this.problems.rowWidth.noteValue(recordLine, text);
                for (let f = field; f < width; f++) {
                    starts[base + f] = 0;
                    ends[base + f] = 0;
                    escaped[base + f] = 0;
                }
            }
            lines[block.rows] = recordLine;
            if (++block.rows === BLOCK_ROWS) {
                this.checkUtf8(buf, blockStart, pos);
                this.flush();
                blockStart = pos;
            }
        }
        this.checkUtf8(buf, blockStart, pos);
        this.flush();
        this.pos = pos;
        this.line = line;
    }
    checkFieldSizes(base, fields, line) {
        const { starts, ends } = this.block;
        for (let f = 0; f < fields; f++) {
            const bytes = ends[base + f] - starts[base + f];
            if (bytes > _records_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_FIELD_BYTES */ .SD)
                throw (0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldTooLong */ .l0)(line, f + 1, bytes);
        }
    }
    flush() {
        if (this.block.rows === 0)
            return;
        this.rowsRead += this.block.rows;
        this.onBlock(this.block);
        this.block.rows = 0;
    }
    /** Invalid UTF-8 is a data problem: the rows holding it are named, their text decoded with U+FFFD. */
    checkUtf8(buf, start, end) {
        if (end <= start || (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf.subarray(start, end)))
            return;
        const { starts, lines, rows, width } = this.block;
        for (let r = 0; r < rows; r++) {
            const rowStart = starts[r * width];
            const rowEnd = r + 1 < rows ? starts[(r + 1) * width] : end;
            if (rowEnd > rowStart && !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf.subarray(Math.max(rowStart - 1, start), rowEnd))) {
                this.problems.utf8.noteValue(lines[r], buf.toString('utf8', Math.max(rowStart - 1, start), rowEnd).trimEnd().slice(0, 200));
            }
        }
    }
}
/** Splits one record of text into fields (header rows and single lines read back for examples). */
function splitRecord(text, delimiter) {
    const fields = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (quoted) {
            if (char === '"') {
                if (text[i + 1] === '"') {
                    field += '"';
                    i++;
                }
                else
                    quoted = false;
            }
            else
                field += char;
        }
        else if (char === '"' && field === '')
            quoted = true;
        else if (char === delimiter) {
            fields.push(field);
            field = '';
        }
        else
            field += char;
    }
    fields.push(field.endsWith('\r') ? field.slice(0, -1) : field);
    return fields;
}


/***/ }),

/***/ 717:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dv: () => (/* binding */ newProblems),
/* harmony export */   SD: () => (/* binding */ MAX_FIELD_BYTES),
/* harmony export */   dS: () => (/* binding */ STRICT_DIALECT),
/* harmony export */   l0: () => (/* binding */ fieldTooLong),
/* harmony export */   m9: () => (/* binding */ RecordTooLongError),
/* harmony export */   me: () => (/* binding */ PROBLEM_KINDS),
/* harmony export */   oV: () => (/* binding */ recordTooLong),
/* harmony export */   xR: () => (/* binding */ MAX_RECORD_BYTES)
/* harmony export */ });
/* harmony import */ var _checks_state_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(782);
/**
 * What the readers (csv.ts, jsonl.ts) hand on and what the range reader (scan.ts) needs of them: a block of CSV
 * cells as byte ranges, the tallies of problems with the text itself, and the parser contract. A leaf module: it
 * imports nothing from this folder but checks-state.ts, so the readers and the accumulators they feed (column.ts,
 * table.ts) can both import it without importing each other.
 */

const PROBLEM_KINDS = ['rowWidth', 'quotes', 'utf8', 'json', 'shortRows'];
function newProblems() {
    return { rowWidth: new _checks_state_js__WEBPACK_IMPORTED_MODULE_0__/* .Tally */ .F(), quotes: new _checks_state_js__WEBPACK_IMPORTED_MODULE_0__/* .Tally */ .F(), utf8: new _checks_state_js__WEBPACK_IMPORTED_MODULE_0__/* .Tally */ .F(), json: new _checks_state_js__WEBPACK_IMPORTED_MODULE_0__/* .Tally */ .F(), shortRows: new _checks_state_js__WEBPACK_IMPORTED_MODULE_0__/* .Tally */ .F() };
}
const STRICT_DIALECT = { comment: -1, skipRows: 0, shortRowsMissing: false };
/**
 * The longest record (row or JSON line) and the longest CSV field the readers take. Without a cap a quote that is
 * never closed, or one 2 GB row inside a small gzip, grows the read buffer until memory runs out. A row this long is
 * not something a check can say anything useful about, so the file fails with the line, naming the limit.
 */
const MAX_RECORD_BYTES = 32 * 1024 * 1024;
const MAX_FIELD_BYTES = 16 * 1024 * 1024;
/** A record or field past the caps above; scan.ts adds the file's name. */
class RecordTooLongError extends Error {
    line;
    constructor(line, message) {
        super(message);
        this.name = 'RecordTooLongError';
        this.line = line;
    }
}
const QUOTE_HINT = 'A quote that is never closed makes the rest of the file one field: check the quotes from this line on.';
function recordTooLong(line) {
    return new RecordTooLongError(line, `a row longer than ${MAX_RECORD_BYTES / (1024 * 1024)} MiB starts here, more than a row may hold. ${QUOTE_HINT}`);
}
function fieldTooLong(line, field, bytes) {
    return new RecordTooLongError(line, `field ${field} holds ${Math.ceil(bytes / (1024 * 1024))} MiB, more than the ${MAX_FIELD_BYTES / (1024 * 1024)} MiB a field may hold. ${QUOTE_HINT}`);
}


/***/ }),

/***/ 404:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  t1: () => (/* binding */ DataFileError)
});

// UNUSED EXPORTS: DATA_FORMATS, MAX_INFLATION, MIN_INFLATED_BYTES, describeSource, readChunks, readCsvHeader, uniqueNames

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(522);
;// CONCATENATED MODULE: ../../packages/core/src/errors.ts
/**
 * Errors a person can act on. Each names what failed, the bad value and the fix; the edges (actions, CLI) print
 * the message alone, without a stack trace, and map the class to a severity or an exit code.
 */
class CrucibleError extends Error {
    /** How much it matters to the job: the action fails the step, or only annotates it. Classes set their own. */
    severity = 'fail';
    constructor(message, options) {
        super(message, options);
        this.name = 'CrucibleError';
    }
}
/** A user-supplied value (action input, CLI flag) is missing or malformed. */
class InputError extends CrucibleError {
    constructor(message, options) {
        super(message, options);
        this.name = 'InputError';
    }
}
/** A file the user wrote (crucible.yml, a schema, a metrics file) does not fit its schema. */
class ConfigError extends CrucibleError {
    constructor(message, options) {
        super(message, options);
        this.name = 'ConfigError';
    }
}
/** A capability that is declared (action.yml, CLI help) but has not been built yet. */
class NotImplementedError extends CrucibleError {
    constructor(what) {
        super(`${what} is not implemented yet in this version of Crucible. ` +
            'Pin a release whose CHANGELOG lists it, or remove the step for now.');
        this.name = 'NotImplementedError';
    }
}
function isCrucibleError(error) {
    return error instanceof CrucibleError;
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ../../packages/core/src/fs/safe-file.ts
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
class safe_file_UnsafeFileError extends ConfigError {
    constructor(message, options) {
        super(message, options);
        this.name = 'UnsafeFileError';
    }
}
/** Folders of the kernel's own files: reading them leaks the process (environ) or never ends. */
const SYSTEM_FOLDERS = (/* unused pure expression or super */ null && (['/proc', '/sys', '/dev']));
/** `child` is `folder` or below it. */
function isInside(child, folder) {
    const path = relative(folder, child);
    return path === '' || (!path.startsWith('..') && !isAbsolute(path));
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
        const workspace = resolve(options.workspace);
        const named = resolve(path);
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
        return realpathSync(options.workspace);
    }
    catch {
        return undefined;
    }
}
async function realWorkspaceAsync(options) {
    if (options.workspace === undefined)
        return undefined;
    return realpath(options.workspace).catch(() => undefined);
}
/**
 * Throws UnsafeFileError unless `path` is a regular file that may be read; file-system errors (ENOENT, EACCES)
 * pass through for the caller to word. Opens nothing, so a FIFO cannot block it.
 */
function safe_file_checkReadableFile(path, options = {}) {
    const info = statSync(path);
    const problem = refusal(path, realpathSync(path), info, options, realWorkspace(options));
    if (problem !== undefined)
        throw new safe_file_UnsafeFileError(problem);
    return info;
}
/** As checkReadableFile, without blocking the event loop. */
async function checkReadableFileAsync(path, options = {}) {
    const info = await stat(path);
    const problem = refusal(path, await realpath(path), info, options, await realWorkspaceAsync(options));
    if (problem !== undefined)
        throw new safe_file_UnsafeFileError(problem);
    return info;
}
// O_NONBLOCK: should a FIFO replace the checked file in between, the open returns instead of waiting for a writer.
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0) | (external_node_fs_.constants.O_NOCTTY ?? 0);
function overCap(label, bytes, options) {
    return (options.tooLarge?.(label, bytes) ??
        new safe_file_UnsafeFileError(`${label}: ${bytes} bytes is over the ${options.maxBytes}-byte limit for this file; refusing to read it.`));
}
/** Re-checks the opened descriptor, in case the path changed between the check and the open. */
function checkOpened(info, label) {
    if (!info.isFile())
        throw new safe_file_UnsafeFileError(`${label}: is ${kindOf(info)}, not a regular file; Crucible reads only regular files.`);
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
    const { size } = safe_file_checkReadableFile(path, options);
    if (size > options.maxBytes)
        throw overCap(label, size, options);
    const fd = openSync(path, OPEN_FLAGS);
    try {
        const opened = fstatSync(fd);
        checkOpened(opened, label);
        const bytes = new BoundedBytes(opened.size, options, label);
        for (;;) {
            const target = bytes.room();
            const read = readSync(fd, target, 0, target.length, null);
            if (read === 0)
                return bytes.result();
            bytes.advance(read);
        }
    }
    finally {
        closeSync(fd);
    }
}
/** As readFileSafely, without blocking the event loop. */
async function readFileSafelyAsync(path, options) {
    const label = options.label ?? path;
    const { size } = await checkReadableFileAsync(path, options);
    if (size > options.maxBytes)
        throw overCap(label, size, options);
    const handle = await open(path, OPEN_FLAGS);
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
class EncodingError extends ConfigError {
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
function safe_file_ensureUtf8(bytes, label) {
    const encoding = foreignEncoding(bytes);
    if (encoding !== undefined) {
        throw new EncodingError(`${label}: the file is encoded as ${encoding}; Crucible reads UTF-8. ` +
            'Save it as UTF-8 (for example `iconv -f UTF-16 -t UTF-8 in > out`).');
    }
}
/** UTF-8 text of bytes, without a leading byte order mark; UTF-16/UTF-32 are refused, naming the encoding. */
function decodeUtf8(bytes, label) {
    safe_file_ensureUtf8(bytes, label);
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

// EXTERNAL MODULE: ../../packages/core/src/data/csv.ts
var csv = __nccwpck_require__(435);
// EXTERNAL MODULE: ../../packages/core/src/data/records.ts
var records = __nccwpck_require__(717);
;// CONCATENATED MODULE: ../../packages/core/src/data/source.ts
/**
 * Which reader a data file needs, and its header: format from the extension (or the schema), gzip by the `.gz`
 * suffix or the gzip magic bytes, and for CSV/TSV the header row and a sample of rows to sniff column types from.
 */








const DATA_FORMATS = (/* unused pure expression or super */ null && (['csv', 'tsv', 'jsonl', 'parquet']));
/** A data file that cannot be read at all (missing, empty, not the format it claims): exit 2, naming the file. */
class DataFileError extends InputError {
    constructor(message) {
        super(message);
        this.name = 'DataFileError';
    }
}
function describeSource(path, label, options) {
    let bytes;
    try {
        // Before anything opens it: a regular file only (a FIFO would hang the open, /proc/self/environ would end up
        // in the evidence), and no link out of the workspace (fs/safe-file.ts). The scan re-opens only this path.
        bytes = checkReadableFile(path, { label, workspace: options.workspace }).size;
    }
    catch (error) {
        if (error instanceof UnsafeFileError)
            throw new DataFileError(`${error.message.replace(/ Pass a regular file\.$/, '')} Pass a CSV, TSV, JSON Lines or Parquet file.`);
        throw new DataFileError(`${label}: cannot read the data file (${error.code === 'ENOENT' ? 'no such file' : error.message}).`);
    }
    const name = basename(path).toLowerCase();
    let gzip = name.endsWith('.gz') || name.endsWith('.gzip');
    let head = Buffer.alloc(0);
    if (bytes >= 2) {
        const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
        try {
            head = Buffer.alloc(Math.min(128, bytes));
            head = head.subarray(0, readSync(fd, head, 0, head.length, 0));
        }
        finally {
            closeSync(fd);
        }
        gzip ||= head[0] === 0x1f && head[1] === 0x8b;
    }
    const inner = name.replace(/\.(gz|gzip)$/, '');
    const byExtension = /\.(tsv|tab)$/.test(inner)
        ? 'tsv'
        : /\.(jsonl|ndjson|json)$/.test(inner)
            ? 'jsonl'
            : /\.(parquet|pq)$/.test(inner)
                ? 'parquet'
                : /\.(csv|txt)$/.test(inner)
                    ? 'csv'
                    : undefined;
    const format = options.format ?? byExtension ?? 'csv';
    if (!gzip && format !== 'parquet') {
        try {
            ensureUtf8(head, label);
        }
        catch (error) {
            throw new DataFileError(error.message);
        }
    }
    if (format === 'parquet' && gzip)
        throw new DataFileError(`${label}: a gzipped Parquet file; Parquet compresses its own pages, so pass the .parquet file itself.`);
    const delimiter = options.delimiter ?? (format === 'tsv' ? '\t' : ',');
    const dialect = {
        comment: options.comment === undefined ? STRICT_DIALECT.comment : options.comment.charCodeAt(0),
        skipRows: options.skipRows ?? STRICT_DIALECT.skipRows,
        shortRowsMissing: options.shortRows === 'missing',
    };
    return { path, label, format, gzip, bytes, delimiter, dialect };
}
/**
 * How far a gzip may inflate: past MIN_INFLATED_BYTES, no more than MAX_INFLATION times its compressed size. Real
 * CSV compresses 3-20 times, very repetitive columns some tens of times; deflate's limit is about 1,000, which is
 * what a gzip bomb uses to turn a few megabytes into tens of gigabytes of work.
 */
const MAX_INFLATION = 250;
const MIN_INFLATED_BYTES = (/* unused pure expression or super */ null && (256 * 1024 * 1024));
/** Bytes of a file as a stream of chunks, decompressed when gzipped. */
async function* readChunks(source) {
    const stream = createReadStream(source.path, { highWaterMark: 1 << 20 });
    if (!source.gzip) {
        for await (const chunk of stream)
            yield chunk;
        return;
    }
    const gunzip = createGunzip({ chunkSize: 1 << 18 });
    stream.pipe(gunzip);
    stream.on('error', (error) => gunzip.destroy(error));
    const cap = Math.max(MIN_INFLATED_BYTES, source.bytes * MAX_INFLATION);
    let inflated = 0;
    try {
        for await (const chunk of gunzip) {
            inflated += chunk.length;
            if (inflated > cap) {
                gunzip.destroy();
                stream.destroy();
                throw new DataFileError(`${source.label}: inflates to more than ${MAX_INFLATION} times its compressed size (${source.bytes} bytes) past ${MIN_INFLATED_BYTES / (1024 * 1024)} MiB, as a gzip bomb does. If it is real data, decompress it yourself and pass the plain file.`);
            }
            yield chunk;
        }
    }
    catch (error) {
        if (error instanceof DataFileError)
            throw error;
        if (error.code?.startsWith('Z_') === true) {
            throw new DataFileError(`${source.label}: not a valid gzip file (${error.message}). Pass the file uncompressed, or re-compress it with gzip.`);
        }
        throw error;
    }
}
const SAMPLE_ROWS = 1000;
/** Column names as pandas makes them usable: blanks become `column_N`, repeats get `.1`, `.2`. */
function uniqueNames(raw) {
    const seen = new Map();
    return raw.map((name, i) => {
        let result = name.trim() === '' ? `column_${i + 1}` : name;
        const count = seen.get(result) ?? 0;
        seen.set(result, count + 1);
        if (count > 0)
            result = `${result}.${count}`;
        return result;
    });
}
/**
 * Reads the header record and up to SAMPLE_ROWS rows from the start of a CSV/TSV text (the first chunks of the
 * file, decompressed). Throws DataFileError for an empty file.
 */
function readCsvHeader(head, complete, source) {
    let start = 0;
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
        start = 3;
    // Title lines (`skip-rows`), then comment lines and blank lines, come before the header.
    let headerLine = 1;
    const { skipRows, comment } = source.dialect;
    for (;;) {
        const skip = headerLine <= skipRows || head[start] === comment || head[start] === 10 || (head[start] === 13 && head[start + 1] === 10);
        if (!skip)
            break;
        const end = head.indexOf(10, start);
        if (end === -1) {
            if (!complete)
                throw new DataFileError(`${source.label}:${headerLine}: a line before the header is longer than 1 MiB; check skip-rows and comment in the schema.`);
            start = head.length;
            break;
        }
        start = end + 1;
        headerLine++;
    }
    if (head.length <= start || head.subarray(start).toString('utf8').trim() === '') {
        const skipped = headerLine > 1 && (skipRows > 0 || comment >= 0) ? ` after the ${headerLine - 1} line${headerLine === 2 ? '' : 's'} skipped before the header` : '';
        throw new DataFileError(`${source.label}: the file is empty${skipped}; a ${source.format.toUpperCase()} file needs a header row naming its columns.`);
    }
    // The header record: up to the first line feed outside quotes.
    let quoted = false;
    let end = -1;
    let lines = headerLine;
    for (let i = start; i < head.length; i++) {
        const c = head[i];
        if (c === 34)
            quoted = !quoted;
        else if (c === 10) {
            if (!quoted) {
                end = i;
                break;
            }
            lines++;
        }
    }
    if (end === -1) {
        if (!complete)
            throw new DataFileError(`${source.label}:1: the header row is longer than 1 MiB or has a quote that is never closed.`);
        end = head.length;
    }
    const text = head.toString('utf8', start, end);
    const names = uniqueNames(splitRecord(text, source.delimiter));
    const sample = [];
    const dataStart = Math.min(end + 1, head.length);
    const parser = new CsvParser(source.delimiter.charCodeAt(0), names.length, (block) => {
        for (let r = 0; r < block.rows && sample.length < SAMPLE_ROWS; r++) {
            const row = [];
            for (let c = 0; c < names.length; c++) {
                const i = r * block.width + c;
                let cell = block.bytes.toString('utf8', block.starts[i], block.ends[i]);
                if (block.escaped[i] === 1)
                    cell = cell.replaceAll('""', '"');
                row.push(cell);
            }
            sample.push(row);
        }
    }, source.dialect);
    const rest = head.subarray(dataStart);
    parser.push(rest);
    parser.drain(complete);
    const consumed = parser.base + parser.pos;
    return { names, dataStart, headerLine, firstLine: lines + 1, sample, rowsPerByte: consumed > 0 ? parser.rowsRead / consumed : 0 };
}


/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
// EXTERNAL MODULE: ../../packages/core/src/data/records.ts
var records = __nccwpck_require__(717);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: ../../packages/core/src/data/csv.ts
var csv = __nccwpck_require__(435);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(573);
;// CONCATENATED MODULE: ../../packages/core/src/data/jsonl.ts
/**
 * Streaming JSON Lines reader: one JSON object per line (LF or CRLF), blank lines skipped. Columns are the keys of
 * the objects; a key an object lacks is a missing value. A line that is not a JSON object is a data problem
 * (the `json` check), never a crash.
 */


class JsonlParser {
    buf;
    len = 0;
    pos = 0;
    base = 0;
    line = 1;
    limit = Number.POSITIVE_INFINITY;
    rowsRead = 0;
    problems = (0,records/* newProblems */.Dv)();
    names;
    onRecord;
    constructor(names, onRecord, bufferSize = 1 << 20) {
        this.names = names;
        this.onRecord = onRecord;
        this.buf = Buffer.allocUnsafe(bufferSize);
    }
    get done() {
        return this.base + this.pos >= this.limit;
    }
    makeRoom() {
        if (this.pos > 0) {
            this.buf.copy(this.buf, 0, this.pos, this.len);
            this.base += this.pos;
            this.len -= this.pos;
            this.pos = 0;
        }
        if (this.len === this.buf.length) {
            if (this.buf.length >= records/* MAX_RECORD_BYTES */.xR)
                throw (0,records/* recordTooLong */.oV)(this.line);
            const bigger = Buffer.allocUnsafe(Math.min(this.buf.length * 2, records/* MAX_RECORD_BYTES */.xR));
            this.buf.copy(bigger, 0, 0, this.len);
            this.buf = bigger;
        }
    }
    push(chunk) {
        let offset = 0;
        while (offset < chunk.length) {
            this.makeRoom();
            const take = Math.min(chunk.length - offset, this.buf.length - this.len);
            this.buf.set(chunk.subarray(offset, offset + take), this.len);
            this.len += take;
            offset += take;
            if (this.len === this.buf.length)
                this.drain(false);
        }
    }
    drain(final) {
        const buf = this.buf;
        const stop = this.limit - this.base;
        const names = this.names;
        while (this.pos < this.len && this.pos < stop) {
            let end = buf.indexOf(10, this.pos);
            if (end === -1 || end >= this.len) {
                if (!final)
                    return;
                end = this.len;
            }
            const line = this.line;
            let textEnd = end;
            if (textEnd > this.pos && buf[textEnd - 1] === 13)
                textEnd--;
            const start = this.pos;
            this.pos = end + 1;
            this.line++;
            if (textEnd === start)
                continue;
            if (!(0,external_node_buffer_.isUtf8)(buf.subarray(start, textEnd)))
                this.problems.utf8.noteValue(line, buf.toString('utf8', start, textEnd).slice(0, 200));
            const text = buf.toString('utf8', start, textEnd);
            if (text.trim() === '')
                continue;
            let record;
            try {
                record = JSON.parse(text);
            }
            catch (error) {
                this.problems.json.noteValue(line, `not JSON: ${error.message}`.slice(0, 200));
                continue;
            }
            if (record === null || typeof record !== 'object' || Array.isArray(record)) {
                this.problems.json.noteValue(line, `not a JSON object: ${text.slice(0, 100)}`);
                continue;
            }
            const values = new Array(names.length);
            for (let c = 0; c < names.length; c++)
                values[c] = record[names[c]];
            this.rowsRead++;
            this.onRecord(values, line);
        }
        if (this.pos > this.len)
            this.pos = this.len;
    }
}
/** Column names from the first records: every key, in the order first seen. */
function jsonl_jsonlHeader(head, complete) {
    let text = head.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const lines = text.split('\n');
    if (!complete)
        lines.pop();
    const records = [];
    for (const line of lines) {
        if (records.length >= 1000)
            break;
        if (line.trim() === '')
            continue;
        try {
            const record = JSON.parse(line);
            if (record !== null && typeof record === 'object' && !Array.isArray(record))
                records.push(record);
        }
        catch {
            // counted as a problem during the pass
        }
    }
    const names = [];
    const seen = new Set();
    for (const record of records) {
        for (const key of Object.keys(record)) {
            if (!seen.has(key)) {
                seen.add(key);
                names.push(key);
            }
        }
    }
    return { names, sample: records.map((record) => names.map((name) => record[name])) };
}

// EXTERNAL MODULE: ../../packages/core/src/data/checks-state.ts
var checks_state = __nccwpck_require__(782);
;// CONCATENATED MODULE: ../../packages/core/src/data/key-count.ts
/**
 * What the accumulators share with the exact key counting of key-confirm.ts: the count a column or compound key
 * ends with (`KeyCount`), the unambiguous text of a compound key's cells, and the `KeyConfirmer` that a confirming
 * pass offers the rows of repeated text keys to. A leaf module: it imports nothing from this folder but
 * checks-state.ts, so column.ts and table.ts use it without importing key-confirm.ts, which reads them.
 */

/**
 * Rows of repeated keys kept as examples per reading, before the ones that turn out to be collisions are dropped:
 * the first 20 repeated rows survive unless more than 20 of these are collisions, which only shortens the list.
 */
const EXAMPLE_ROWS = 2 * checks_state/* MAX_EXAMPLES */.N;
/** The text of a compound key's cells, unambiguous: each cell's length (4 bytes) and bytes. */
function tupleBytes(cells) {
    let length = 0;
    for (const cell of cells)
        length += 4 + cell.length;
    const tuple = Buffer.allocUnsafe(length);
    let at = 0;
    for (const cell of cells) {
        tuple.writeUInt32LE(cell.length, at);
        tuple.set(cell, at + 4);
        at += 4 + cell.length;
    }
    return tuple;
}
/** A compound key's text as the examples show it: its cells joined by ", ". */
function key_count_showTuple(bytes, start, end) {
    const cells = [];
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let at = start; at < end;) {
        const length = buffer.readUInt32LE(at);
        cells.push(buffer.toString('utf8', at + 4, at + 4 + length));
        at += 4 + length;
    }
    return cells.join(', ');
}
function showText(bytes, start, end) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', start, end);
}
/**
 * Groups the rows of some repeated text keys by their exact text: the first text of each key is kept, and a row
 * with another text under the same key (a hash collision) starts a group of its own.
 */
class key_count_KeyConfirmer {
    /** Rows offered: with the counts the pass found, a check that the file did not change in between. */
    seen = 0;
    mask;
    index;
    keys;
    firstStart;
    firstLength;
    sameAsFirst;
    arena = new Uint8Array(1 << 16);
    arenaUsed = 0;
    /** Groups of rows whose text differs from their key's first text, by key index and text. */
    others = new Map();
    rows = [];
    show;
    /** `keys`: h1, h2 of each key to confirm. */
    constructor(keys, show = showText) {
        const n = keys.length / 2;
        this.keys = keys;
        this.show = show;
        const capacity = 2 ** Math.max(4, Math.ceil(Math.log2((n + 1) / 0.5)));
        this.mask = capacity - 1;
        this.index = new Int32Array(capacity).fill(-1);
        for (let k = 0; k < n; k++) {
            let i = this.home(keys[k * 2], keys[k * 2 + 1]);
            while (this.index[i] !== -1)
                i = (i + 1) & this.mask;
            this.index[i] = k;
        }
        this.firstStart = new Int32Array(n);
        this.firstLength = new Int32Array(n).fill(-1);
        this.sameAsFirst = new Float64Array(n);
    }
    home(h1, h2) {
        return (Math.imul(h1, 0x9e3779b1) ^ h2) & this.mask;
    }
    find(h1, h2) {
        for (let i = this.home(h1, h2);; i = (i + 1) & this.mask) {
            const k = this.index[i];
            if (k === -1)
                return -1;
            if (this.keys[k * 2] === h1 && this.keys[k * 2 + 1] === h2)
                return k;
        }
    }
    /** Whether rows with this key are to be offered. */
    wants(h1, h2) {
        return this.find(h1, h2) !== -1;
    }
    offer(h1, h2, bytes, start, end, line) {
        const k = this.find(h1, h2);
        if (k === -1)
            return;
        this.seen++;
        const length = end - start;
        let group = k;
        if (this.firstLength[k] === -1) {
            if (this.arenaUsed + length > this.arena.length) {
                const bigger = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + length));
                bigger.set(this.arena.subarray(0, this.arenaUsed));
                this.arena = bigger;
            }
            this.arena.set(bytes.subarray(start, end), this.arenaUsed);
            this.firstStart[k] = this.arenaUsed;
            this.firstLength[k] = length;
            this.arenaUsed += length;
            this.sameAsFirst[k] = 1;
        }
        else if (this.isFirst(k, bytes, start, end)) {
            this.sameAsFirst[k] = this.sameAsFirst[k] + 1;
        }
        else {
            group = `${k}:${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', start, end)}`;
            this.others.set(group, (this.others.get(group) ?? 0) + 1);
        }
        if (this.rows.length < EXAMPLE_ROWS)
            this.rows.push({ line, group, value: this.show(bytes, start, end) });
    }
    isFirst(k, bytes, start, end) {
        if (this.firstLength[k] !== end - start)
            return false;
        const arena = this.arena;
        const at = this.firstStart[k] - start;
        for (let j = start; j < end; j++)
            if (arena[at + j] !== bytes[j])
                return false;
        return true;
    }
    /** Rows of repeated texts, distinct texts beyond one per key, and the first repeated rows. */
    result() {
        let duplicateRows = 0;
        for (const count of this.sameAsFirst)
            if (count >= 2)
                duplicateRows += count;
        for (const count of this.others.values())
            if (count >= 2)
                duplicateRows += count;
        const countOf = (group) => (typeof group === 'number' ? this.sameAsFirst[group] : (this.others.get(group) ?? 0));
        const examples = this.rows.filter((row) => countOf(row.group) >= 2).map((row) => ({ value: row.value, line: row.line }));
        return { duplicateRows, extraDistinct: this.others.size, examples };
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/data/sketch/hash.ts
/**
 * 64-bit keys for values, as two 32-bit halves written to `hashed`: bytes of text (FNV-1a and a second
 * multiplicative hash, both finished with MurmurHash3's fmix32), and numbers (a two-round Feistel mix of the IEEE 754
 * bits, which is a bijection: two numbers share a key only when they are the same number, so numeric uniqueness is
 * exact). Results go to a shared object, not a new array, because this runs once per cell.
 */
const hashed = { h1: 0, h2: 0, chars: 0 };
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h | 0;
}
/**
 * Also counts the text's characters (`hashed.chars`: UTF-8 bytes that are not continuation bytes) in the same
 * pass, off the hash's chain of multiplies, so a text cell's bytes are read once.
 */
function hashBytes(bytes, start, end) {
    let a = 0x811c9dc5 | 0;
    let b = 0x27d4eb2f ^ (end - start);
    let continuations = 0;
    for (let i = start; i < end; i++) {
        const c = bytes[i];
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
        b ^= b >>> 15;
        continuations += (c & 0xc0) === 0x80 ? 1 : 0;
    }
    hashed.h1 = fmix32(a ^ (end - start));
    hashed.h2 = fmix32(b);
    hashed.chars = end - start - continuations;
}
const hash_float = new Float64Array(1);
const words = new Int32Array(hash_float.buffer);
function hashNumber(value) {
    hash_float[0] = value === 0 ? 0 : value; // -0 and 0 are one value
    let lo = words[0];
    let hi = words[1];
    lo ^= fmix32(hi ^ 0x9e3779b9);
    hi ^= fmix32(lo ^ 0x7f4a7c15);
    hashed.h1 = fmix32(lo);
    hashed.h2 = fmix32(hi);
}
/** fmix32 backwards: each of its steps is a bijection (xor-shifts, products with odd constants). */
function unfmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x7ed1b41d); // the inverse of 0xc2b2ae35 modulo 2^32
    h ^= (h >>> 13) ^ (h >>> 26);
    h = Math.imul(h, 0xa5cb9243); // the inverse of 0x85ebca6b
    h ^= h >>> 16;
    return h | 0;
}
/** The number whose hashNumber is (h1, h2): a numeric key names its value, so no value need be kept beside it. */
function hash_unhashNumber(h1, h2) {
    const lo = unfmix32(h1);
    const hi = unfmix32(h2) ^ fmix32(lo ^ 0x7f4a7c15);
    words[0] = lo ^ fmix32(hi ^ 0x9e3779b9);
    words[1] = hi;
    return hash_float[0];
}
const encoder = new TextEncoder();
function hashText(text) {
    const bytes = encoder.encode(text);
    hashBytes(bytes, 0, bytes.length);
}

;// CONCATENATED MODULE: ../../packages/core/src/data/sketch/key-counter.ts
/**
 * Exact counts per distinct key (uniqueness of a column or a compound key, exact distinct counts) in memory that
 * does not grow with the data. A key is a value's 64-bit hash (sketch/hash.ts) as two 32-bit halves.
 *
 * Each thread counts into a table of 16-byte slots (the two halves, a count, the first line) at most 60% full, kept
 * in the order of the keys' top bits (linear probing with each run of slots sorted by home slot). When the table
 * reaches its memory budget it is written to a temporary file as it stands, already sorted, and emptied: a run.
 * At the end the counts of every thread's table and runs are added up one group of key pages at a time, each group
 * small enough for a few megabytes: distinct keys, rows whose key occurs more than once, and where those rows are.
 *
 * A numeric key is the number itself (hashNumber is a bijection), so its counts are exact. Two texts can share a
 * hash; the caller confirms text keys seen more than once against the text itself (data/key-confirm.ts).
 */

const STRIDE = 4;
/** Keys are ordered by their top PAGE_BITS bits in every table and run; the final count reads them a page range at a time. */
const PAGE_BITS = 10;
const PAGES = 1 << PAGE_BITS;
const PAGE_SHIFT = 32 - PAGE_BITS;
const MAX_LOAD = 0.6;
/** Rows whose key the table had already seen, kept for examples (line, h1, h2 each). */
const MAX_REPEATS = 20;
/** Entries counted at once at the end: 1 MB of entries and a 2 MB table. */
const key_counter_GROUP_ENTRIES = (/* unused pure expression or super */ null && (1 << 16));
const SLOT_BYTES = STRIDE * 4;
/** The smallest table: one slot per page, so that the table's order is the pages' order. */
const MIN_KEY_BITS = PAGE_BITS;
class key_counter_SpillError extends Error {
    constructor(path, cause) {
        super(`cannot write the temporary file ${path} of an exact uniqueness count (${cause.message})`);
        this.name = 'SpillError';
    }
}
function bitsFor(keys) {
    return Math.max(MIN_KEY_BITS, Math.ceil(Math.log2((keys + 1) / MAX_LOAD)));
}
function tailOf(bits) {
    return ((1 << bits) >>> 3) + 64;
}
class KeyCounter {
    /** Keys in the table (not in runs). */
    size = 0;
    runs = [];
    /** line, h1, h2 of the first rows whose key the table already held. */
    repeats = [];
    /** Parts of the file counted by other threads, merged in: their counters and how far their lines are shifted. */
    others = [];
    bits;
    shift;
    slots;
    /** Slots in the table: 2^bits and the tail that probing may run into. */
    end;
    limit;
    maxBits;
    path;
    fd = -1;
    written = 0;
    constructor(options) {
        this.maxBits = Math.max(MIN_KEY_BITS, options.maxBits);
        this.path = options.spillPath ?? null;
        this.bits = Math.min(this.maxBits, bitsFor(options.expected ?? 0));
        this.shift = 32 - this.bits;
        this.end = (1 << this.bits) + tailOf(this.bits);
        this.limit = Math.floor((1 << this.bits) * MAX_LOAD);
        this.slots = new Int32Array(this.end * STRIDE);
    }
    /** Counts one row's key. */
    add(h1, h2, line) {
        const slots = this.slots;
        const shift = this.shift;
        const home = h1 >>> shift;
        const end = this.end;
        let i = home;
        for (; i < end; i++) {
            const at = i * STRIDE;
            const count = slots[at + 2];
            if (count === 0)
                break;
            const k1 = slots[at];
            if (k1 === h1 && slots[at + 1] === h2) {
                slots[at + 2] = count + 1;
                if (this.repeats.length < MAX_REPEATS * 3)
                    this.repeats.push(line, h1, h2);
                return;
            }
            // The run is sorted by home slot: past the keys that belong here, this one is not in the table.
            if (k1 >>> shift > home)
                break;
        }
        if (this.size >= this.limit || !this.place(slots, i, end, h1, h2, 1, line)) {
            this.makeRoom();
            this.add(h1, h2, line);
            return;
        }
        this.size++;
    }
    /** Puts an entry at slot i, moving the rest of the run up by one; false when the run would pass the table's end. */
    place(slots, i, end, h1, h2, count, line) {
        let empty = i;
        while (empty < end && slots[empty * STRIDE + 2] !== 0)
            empty++;
        if (empty === end)
            return false;
        if (empty > i)
            slots.copyWithin((i + 1) * STRIDE, i * STRIDE, empty * STRIDE);
        const at = i * STRIDE;
        slots[at] = h1;
        slots[at + 1] = h2;
        slots[at + 2] = count;
        slots[at + 3] = line;
        return true;
    }
    makeRoom() {
        if ((this.bits < this.maxBits || this.path === null) && this.grow())
            return;
        if (this.path !== null)
            this.spill();
        // No file to spill to and the keys crowd the table's end: a larger tail.
        else
            this.resize(this.bits, this.end + tailOf(this.bits));
    }
    grow() {
        return this.resize(this.bits + 1, (1 << (this.bits + 1)) + tailOf(this.bits + 1));
    }
    /** Re-sorts the entries into a table of 2^bits slots; false (and no change) when they do not fit. */
    resize(bits, end) {
        const slots = new Int32Array(end * STRIDE);
        const shift = 32 - bits;
        const old = this.slots;
        for (let j = 0; j < old.length; j += STRIDE) {
            if (old[j + 2] === 0)
                continue;
            const h1 = old[j];
            const home = h1 >>> shift;
            let i = home;
            while (i < end && slots[i * STRIDE + 2] !== 0 && slots[i * STRIDE] >>> shift <= home)
                i++;
            if (!this.place(slots, i, end, h1, old[j + 1], old[j + 2], old[j + 3]))
                return false;
        }
        this.slots = slots;
        this.bits = bits;
        this.shift = shift;
        this.end = end;
        this.limit = Math.floor((1 << bits) * MAX_LOAD);
        return true;
    }
    /** Writes the table, in order, as one run of the spill file and empties it. */
    spill() {
        const slots = this.slots;
        let w = 0;
        for (let r = 0; r < slots.length; r += STRIDE) {
            if (slots[r + 2] === 0)
                continue;
            if (r !== w) {
                slots[w] = slots[r];
                slots[w + 1] = slots[r + 1];
                slots[w + 2] = slots[r + 2];
                slots[w + 3] = slots[r + 3];
            }
            w += STRIDE;
        }
        const entries = w / STRIDE;
        const pages = new Int32Array(PAGES + 1);
        for (let e = 0; e < entries; e++) {
            const q = (slots[e * STRIDE] >>> PAGE_SHIFT) + 1;
            pages[q] = pages[q] + 1;
        }
        for (let q = 1; q <= PAGES; q++)
            pages[q] = pages[q] + pages[q - 1];
        const path = this.path;
        try {
            if (this.fd === -1)
                this.fd = (0,external_node_fs_.openSync)(path, 'w');
            const bytes = new Uint8Array(slots.buffer, slots.byteOffset, w * 4);
            for (let done = 0; done < bytes.length;)
                done += (0,external_node_fs_.writeSync)(this.fd, bytes, done, bytes.length - done, this.written + done);
        }
        catch (error) {
            throw new key_counter_SpillError(path, error);
        }
        this.runs.push({ offset: this.written, pages });
        this.written += w * 4;
        slots.fill(0);
        this.size = 0;
    }
    /**
     * The pass is over. `toFile`: a table that has spilled before goes to the file too, so that it need not travel to
     * the thread that adds up the counts (which then holds only its own table in memory).
     */
    finishPass(toFile) {
        if (toFile && this.runs.length > 0 && this.size > 0)
            this.spill();
        if (this.fd !== -1)
            (0,external_node_fs_.closeSync)(this.fd);
        this.fd = -1;
    }
    /** Takes in the counter of the part of the file that follows (its lines shifted by `lineOffset`). */
    merge(other, lineOffset) {
        this.others.push({ counter: other, lineOffset });
        for (const part of other.others.splice(0))
            this.others.push({ counter: part.counter, lineOffset: part.lineOffset + lineOffset });
    }
    /** This counter and the ones merged into it. */
    parts() {
        return [{ counter: this, lineOffset: 0 }, ...this.others];
    }
    /** The table's entries, sorted by page (h1, h2, count, line per slot; count 0 is an empty slot). */
    table() {
        return this.slots;
    }
    save() {
        return { bits: this.bits, size: this.size, slots: this.size > 0 ? this.slots : null, path: this.path, runs: this.runs, repeats: this.repeats };
    }
    /** The spill file (runs are read back from it). */
    get file() {
        return this.path;
    }
    static load(state) {
        const counter = new KeyCounter({ maxBits: state.bits, spillPath: state.path });
        counter.bits = state.bits;
        counter.shift = 32 - state.bits;
        counter.size = state.size;
        if (state.slots !== null) {
            counter.slots = state.slots;
            counter.end = state.slots.length / STRIDE;
        }
        counter.limit = Math.floor((1 << state.bits) * MAX_LOAD);
        counter.runs.push(...state.runs);
        counter.repeats.push(...state.repeats);
        return counter;
    }
}
/** The first `limit` lines offered, in line order. */
class FirstLines {
    lines = [];
    limit;
    constructor(limit = MAX_REPEATS) {
        this.limit = limit;
    }
    offer(line, h1, h2) {
        const lines = this.lines;
        if (lines.length >= this.limit && line >= lines[lines.length - 1].line)
            return;
        let at = lines.length;
        while (at > 0 && lines[at - 1].line > line)
            at--;
        lines.splice(at, 0, { line, h1, h2 });
        if (lines.length > this.limit)
            lines.pop();
    }
}
/**
 * Adds up a counter's parts (every thread's table and runs), one group of pages at a time. `next` counts the next
 * group and hands each key seen more than once to `onRepeated`; it returns false when all are counted.
 */
class key_counter_KeyCountPass {
    distinct = 0;
    /** Rows whose key occurs more than once (exact for numeric keys; text keys are confirmed by the caller). */
    duplicateRows = 0;
    /** The first lines, in file order, of rows whose key occurs more than once. */
    firstLines = new FirstLines();
    parts;
    groups = [];
    group = 0;
    entries;
    table;
    /** `groupEntries`: entries counted at once, at most (a page with more is a group alone). */
    constructor(counter, groupEntries = key_counter_GROUP_ENTRIES) {
        this.parts = counter.parts().map((part) => ({ ...part, cursor: 0, fd: -1 }));
        const perPage = new Float64Array(PAGES);
        for (const { counter: part } of this.parts) {
            const slots = part.table();
            if (part.size > 0) {
                for (let j = 0; j < slots.length; j += STRIDE) {
                    if (slots[j + 2] === 0)
                        continue;
                    const q = slots[j] >>> PAGE_SHIFT;
                    perPage[q] = perPage[q] + 1;
                }
            }
            for (const run of part.runs)
                for (let q = 0; q < PAGES; q++)
                    perPage[q] = perPage[q] + run.pages[q + 1] - run.pages[q];
        }
        let largest = 0;
        let inGroup = 0;
        for (let q = 0; q < PAGES; q++) {
            const count = perPage[q];
            if (inGroup > 0 && inGroup + count > groupEntries) {
                this.groups.push(q);
                largest = Math.max(largest, inGroup);
                inGroup = 0;
            }
            inGroup += count;
        }
        this.groups.push(PAGES);
        largest = Math.max(largest, inGroup);
        this.entries = new Int32Array(Math.max(1, largest) * STRIDE);
        this.table = new CountTable(largest);
        for (const { counter: part, lineOffset } of this.parts) {
            for (let j = 0; j < part.repeats.length; j += 3)
                this.firstLines.offer(part.repeats[j] + lineOffset, part.repeats[j + 1], part.repeats[j + 2]);
        }
    }
    next(onRepeated) {
        if (this.group >= this.groups.length) {
            this.close();
            return false;
        }
        const from = this.group === 0 ? 0 : this.groups[this.group - 1];
        const to = this.groups[this.group++];
        const entries = this.entries;
        let n = 0;
        for (const part of this.parts) {
            const { counter, lineOffset } = part;
            const slots = counter.table();
            if (counter.size > 0) {
                let j = part.cursor;
                for (; j < slots.length; j += STRIDE) {
                    if (slots[j + 2] === 0)
                        continue;
                    if (slots[j] >>> PAGE_SHIFT >= to)
                        break;
                    const at = n * STRIDE;
                    entries[at] = slots[j];
                    entries[at + 1] = slots[j + 1];
                    entries[at + 2] = slots[j + 2];
                    entries[at + 3] = slots[j + 3] + lineOffset;
                    n++;
                }
                part.cursor = j;
            }
            for (const run of counter.runs) {
                const first = run.pages[from];
                const count = run.pages[to] - first;
                if (count === 0)
                    continue;
                if (part.fd === -1)
                    part.fd = openSync(counter.file, 'r');
                const bytes = new Uint8Array(entries.buffer, n * SLOT_BYTES, count * SLOT_BYTES);
                for (let done = 0; done < bytes.length;) {
                    const read = readSync(part.fd, bytes, done, bytes.length - done, run.offset + first * SLOT_BYTES + done);
                    if (read === 0)
                        throw new Error(`${counter.file}: the key file ended early`);
                    done += read;
                }
                if (lineOffset !== 0)
                    for (let e = n; e < n + count; e++)
                        entries[e * STRIDE + 3] = entries[e * STRIDE + 3] + lineOffset;
                n += count;
            }
        }
        const table = this.table;
        table.clear();
        for (let e = 0; e < n; e++) {
            const at = e * STRIDE;
            table.add(entries[at], entries[at + 1], entries[at + 2]);
        }
        this.distinct += table.size;
        const repeated = table.repeated();
        if (repeated > 0) {
            this.duplicateRows += repeated;
            table.forEachRepeated((h1, h2, count) => onRepeated?.(h1, h2, count));
            // The first row of a repeated key in each table or run (the later ones in a table are among its repeats).
            for (let e = 0; e < n; e++) {
                const at = e * STRIDE;
                const line = entries[at + 3];
                if (table.count(entries[at], entries[at + 1]) >= 2)
                    this.firstLines.offer(line, entries[at], entries[at + 1]);
            }
        }
        return true;
    }
    /** Counts everything; for keys that are exact (numeric). */
    run() {
        while (this.next())
            ;
        return this;
    }
    close() {
        for (const part of this.parts) {
            if (part.fd !== -1)
                closeSync(part.fd);
            part.fd = -1;
        }
    }
}
/**
 * Counts per key for one group of pages: open addressing on h2 (h1's top bits are the pages, nearly all alike here),
 * h1, h2 and the count side by side so that a probe touches one cache line. A count past 2^31 - 1 goes on in `large`.
 */
class CountTable {
    size = 0;
    /** The counts added up. */
    rows = 0;
    mask;
    slots;
    large = new Map();
    constructor(keys) {
        const capacity = 2 ** Math.max(4, Math.ceil(Math.log2((keys + 1) / MAX_LOAD)));
        this.mask = capacity - 1;
        this.slots = new Int32Array(capacity * 4);
    }
    clear() {
        if (this.size > 0)
            this.slots.fill(0);
        this.size = 0;
        this.rows = 0;
        this.large.clear();
    }
    add(h1, h2, count) {
        this.rows += count;
        const slots = this.slots;
        const mask = this.mask;
        let i = (h2 ^ (h1 << 13)) & mask;
        for (;;) {
            const at = i * 4;
            const c = slots[at + 2];
            if (c === 0) {
                slots[at] = h1;
                slots[at + 1] = h2;
                slots[at + 2] = count;
                this.size++;
                return;
            }
            if (slots[at] === h1 && slots[at + 1] === h2) {
                const sum = c + count;
                if (sum <= 0x7fffffff)
                    slots[at + 2] = sum;
                else
                    this.large.set(i, (this.large.get(i) ?? c) + count);
                return;
            }
            i = (i + 1) & mask;
        }
    }
    count(h1, h2) {
        const slots = this.slots;
        const mask = this.mask;
        let i = (h2 ^ (h1 << 13)) & mask;
        for (;;) {
            const at = i * 4;
            const c = slots[at + 2];
            if (c === 0)
                return 0;
            if (slots[at] === h1 && slots[at + 1] === h2)
                return this.large.get(i) ?? c;
            i = (i + 1) & mask;
        }
    }
    /** Rows of keys counted more than once (none, without looking, when there are as many keys as rows). */
    repeated() {
        if (this.rows === this.size)
            return 0;
        const slots = this.slots;
        let repeated = 0;
        for (let at = 0; at < slots.length; at += 4) {
            const c = slots[at + 2];
            if (c > 1)
                repeated += this.large.get(at / 4) ?? c;
        }
        return repeated;
    }
    forEachRepeated(visit) {
        const slots = this.slots;
        for (let at = 0; at < slots.length; at += 4) {
            const c = slots[at + 2];
            if (c > 1)
                visit(slots[at], slots[at + 1], this.large.get(at / 4) ?? c);
        }
    }
}
/** A small set of keys held whole in memory (the values of `in:` and `not-in:`). */
class KeySet {
    mask;
    keys;
    used;
    constructor(capacity) {
        const size = 2 ** Math.max(4, Math.ceil(Math.log2((capacity + 1) / MAX_LOAD)));
        this.mask = size - 1;
        this.keys = new Int32Array(size * 2);
        this.used = new Uint8Array(size);
    }
    add(h1, h2) {
        let i = (h1 ^ (h2 >>> 11)) & this.mask;
        while (this.used[i] === 1) {
            if (this.keys[i * 2] === h1 && this.keys[i * 2 + 1] === h2)
                return;
            i = (i + 1) & this.mask;
        }
        this.used[i] = 1;
        this.keys[i * 2] = h1;
        this.keys[i * 2 + 1] = h2;
    }
    has(h1, h2) {
        let i = (h1 ^ (h2 >>> 11)) & this.mask;
        while (this.used[i] === 1) {
            if (this.keys[i * 2] === h1 && this.keys[i * 2 + 1] === h2)
                return true;
            i = (i + 1) & this.mask;
        }
        return false;
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/data/values.ts
/**
 * How a cell's text becomes a typed value (README.md, "Type parsing rules"). Each parser works on the bytes of the
 * cell, so that a million numeric cells never become a million strings, and returns NaN when the text is not of
 * the type (a real "NaN" is recognised separately by `isNanToken`).
 */
const COLUMN_TYPES = (/* unused pure expression or super */ null && (['integer', 'number', 'string', 'boolean', 'date', 'datetime']));
/** Types whose values are held as numbers: integers, numbers, dates (days since 1970-01-01), datetimes (epoch ms). */
function isNumericType(type) {
    return type === 'integer' || type === 'number' || type === 'date' || type === 'datetime';
}
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
/** Set by parseNumberBytes: whether the text had a fraction or an exponent (so "1.0" is not an integer literal). */
const lastNumber = { fraction: false };
const SPACE = 32;
const TAB = 9;
function latin1(bytes, start, end) {
    let text = '';
    for (let i = start; i < end; i++)
        text += String.fromCharCode(bytes[i]);
    return text;
}
/**
 * A decimal number: optional sign, digits with an optional fraction, an optional exponent (`-1.5e3`, `.5`, `1.`).
 * Spaces and tabs around it are ignored. No thousands separators, no hex, no `Infinity` (see isNanToken / infinity).
 * Up to 15 significant digits and |exponent| <= 22 take the exact fast path (one correctly rounded multiply or
 * divide); longer ones are converted by the engine's own `Number()`, also correctly rounded.
 */
function parseNumberBytes(bytes, start, end) {
    while (start < end && (bytes[start] === SPACE || bytes[start] === TAB))
        start++;
    while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB))
        end--;
    let i = start;
    let negative = false;
    const c = bytes[i];
    if (c === 45) {
        negative = true;
        i++;
    }
    else if (c === 43)
        i++;
    let mantissa = 0;
    let significant = 0;
    let digits = 0;
    let exponent = 0;
    let fraction = false;
    for (; i < end; i++) {
        const d = bytes[i] - 48;
        if (d < 0 || d > 9)
            break;
        digits++;
        if (significant > 0 || d !== 0) {
            if (significant < 19)
                mantissa = mantissa * 10 + d;
            else
                exponent++;
            significant++;
        }
    }
    if (i < end && bytes[i] === 46) {
        fraction = true;
        i++;
        for (; i < end; i++) {
            const d = bytes[i] - 48;
            if (d < 0 || d > 9)
                break;
            digits++;
            if (significant > 0 || d !== 0) {
                if (significant < 19) {
                    mantissa = mantissa * 10 + d;
                    exponent--;
                }
                significant++;
            }
            else
                exponent--;
        }
    }
    if (digits === 0)
        return Number.NaN;
    if (i < end && (bytes[i] === 101 || bytes[i] === 69)) {
        fraction = true;
        i++;
        let expNegative = false;
        if (bytes[i] === 45) {
            expNegative = true;
            i++;
        }
        else if (bytes[i] === 43)
            i++;
        let written = 0;
        let expDigits = 0;
        for (; i < end; i++) {
            const d = bytes[i] - 48;
            if (d < 0 || d > 9)
                break;
            if (written < 100000)
                written = written * 10 + d;
            expDigits++;
        }
        if (expDigits === 0)
            return Number.NaN;
        exponent += expNegative ? -written : written;
    }
    if (i !== end)
        return Number.NaN;
    lastNumber.fraction = fraction;
    if (significant <= 15 && exponent >= -22 && exponent <= 22) {
        const value = exponent < 0 ? mantissa / POW10[-exponent] : exponent === 0 ? mantissa : mantissa * POW10[exponent];
        return negative ? -value : value;
    }
    // The syntax is already known to be a plain decimal, so Number() sees nothing it would read differently.
    return Number(latin1(bytes, start, end));
}
/** An integer literal: optional sign and digits only (`-12`, `+7`), spaces around ignored. */
function parseIntegerBytes(bytes, start, end) {
    while (start < end && (bytes[start] === SPACE || bytes[start] === TAB))
        start++;
    while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB))
        end--;
    let i = start;
    let negative = false;
    const c = bytes[i];
    if (c === 45) {
        negative = true;
        i++;
    }
    else if (c === 43)
        i++;
    if (i >= end)
        return Number.NaN;
    let value = 0;
    const first = i;
    for (; i < end; i++) {
        const d = bytes[i] - 48;
        if (d < 0 || d > 9)
            return Number.NaN;
        value = value * 10 + d;
    }
    if (end - first > 15)
        value = Number(latin1(bytes, first, end));
    return negative ? -value : value;
}
/** NaN spelled as data: `nan`, `NaN`, `NAN` (any letter case), optionally signed. */
function isNanToken(bytes, start, end) {
    while (start < end && (bytes[start] === SPACE || bytes[start] === TAB))
        start++;
    while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB))
        end--;
    if (bytes[start] === 45 || bytes[start] === 43)
        start++;
    return end - start === 3 && (bytes[start] | 32) === 110 && (bytes[start + 1] | 32) === 97 && (bytes[start + 2] | 32) === 110;
}
/** +1 or -1 for `inf`, `infinity` (any letter case, optional sign), 0 otherwise. */
function infinitySign(bytes, start, end) {
    while (start < end && (bytes[start] === SPACE || bytes[start] === TAB))
        start++;
    while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB))
        end--;
    let sign = 1;
    if (bytes[start] === 45) {
        sign = -1;
        start++;
    }
    else if (bytes[start] === 43)
        start++;
    const word = latin1(bytes, start, end).toLowerCase();
    return word === 'inf' || word === 'infinity' ? sign : 0;
}
/** `true`/`false` in any letter case, and `1`/`0`: 1 for true, 0 for false, NaN otherwise. */
function parseBooleanBytes(bytes, start, end) {
    while (start < end && (bytes[start] === SPACE || bytes[start] === TAB))
        start++;
    while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB))
        end--;
    const length = end - start;
    if (length === 1) {
        if (bytes[start] === 49)
            return 1;
        if (bytes[start] === 48)
            return 0;
        return Number.NaN;
    }
    const lower = (i) => bytes[start + i] | 32;
    if (length === 4 && lower(0) === 116 && lower(1) === 114 && lower(2) === 117 && lower(3) === 101)
        return 1;
    if (length === 5 && lower(0) === 102 && lower(1) === 97 && lower(2) === 108 && lower(3) === 115 && lower(4) === 101)
        return 0;
    return Number.NaN;
}
/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
function daysInMonth(year, month) {
    if (month === 2)
        return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
function digitsAt(bytes, at, count) {
    let value = 0;
    for (let i = 0; i < count; i++) {
        const d = bytes[at + i] - 48;
        if (d < 0 || d > 9)
            return -1;
        value = value * 10 + d;
    }
    return value;
}
/** An ISO 8601 calendar date `YYYY-MM-DD` that exists (no 2023-02-29) -> days since 1970-01-01. */
function parseDateBytes(bytes, start, end) {
    while (start < end && (bytes[start] === SPACE || bytes[start] === TAB))
        start++;
    while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB))
        end--;
    if (end - start !== 10)
        return Number.NaN;
    return dateAt(bytes, start);
}
function dateAt(bytes, at) {
    if (bytes[at + 4] !== 45 || bytes[at + 7] !== 45)
        return Number.NaN;
    const year = digitsAt(bytes, at, 4);
    const month = digitsAt(bytes, at + 5, 2);
    const day = digitsAt(bytes, at + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return Number.NaN;
    return daysFromCivil(year, month, day);
}
/**
 * An ISO 8601 date and time -> milliseconds since 1970-01-01T00:00:00Z: `YYYY-MM-DD`, then optionally `T` or a
 * space, `HH:MM`, optionally `:SS` and a fraction of any length, then optionally `Z` or an offset `+HH:MM` / `+HHMM`
 * / `+HH`. Without an offset the time is taken as UTC. A date alone is midnight.
 */
function parseDatetimeBytes(bytes, start, end) {
    while (start < end && (bytes[start] === SPACE || bytes[start] === TAB))
        start++;
    while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB))
        end--;
    if (end - start < 10)
        return Number.NaN;
    const days = dateAt(bytes, start);
    if (Number.isNaN(days))
        return days;
    let i = start + 10;
    if (i === end)
        return days * 86_400_000;
    if (bytes[i] !== 84 && bytes[i] !== 116 && bytes[i] !== SPACE)
        return Number.NaN;
    i++;
    const hour = digitsAt(bytes, i, 2);
    if (bytes[i + 2] !== 58)
        return Number.NaN;
    const minute = digitsAt(bytes, i + 3, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || i + 5 > end)
        return Number.NaN;
    i += 5;
    let second = 0;
    let millis = 0;
    if (i < end && bytes[i] === 58) {
        second = digitsAt(bytes, i + 1, 2);
        if (second < 0 || second > 60 || i + 3 > end)
            return Number.NaN;
        i += 3;
        if (i < end && (bytes[i] === 46 || bytes[i] === 44)) {
            i++;
            let scale = 100;
            const first = i;
            for (; i < end; i++) {
                const d = bytes[i] - 48;
                if (d < 0 || d > 9)
                    break;
                millis += d * scale;
                scale /= 10;
            }
            if (i === first)
                return Number.NaN;
        }
    }
    let offsetMinutes = 0;
    if (i < end) {
        const c = bytes[i];
        if ((c === 90 || c === 122) && i + 1 === end)
            i++;
        else if (c === 43 || c === 45) {
            const oh = digitsAt(bytes, i + 1, 2);
            let om = 0;
            let next = i + 3;
            if (next < end) {
                if (bytes[next] === 58)
                    next++;
                om = digitsAt(bytes, next, 2);
                next += 2;
            }
            if (oh < 0 || oh > 23 || om < 0 || om > 59 || next !== end)
                return Number.NaN;
            offsetMinutes = (c === 45 ? -1 : 1) * (oh * 60 + om);
            i = end;
        }
        else
            return Number.NaN;
    }
    if (i !== end)
        return Number.NaN;
    return days * 86_400_000 + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millis;
}
const values_encoder = new TextEncoder();
/** The same rules for a value that arrived as JavaScript text (JSON Lines, Parquet, YAML bounds). */
function parseTypedText(type, text) {
    const bytes = values_encoder.encode(text);
    return parseTypedBytes(type, bytes, 0, bytes.length);
}
function parseTypedBytes(type, bytes, start, end) {
    switch (type) {
        case 'integer':
            return parseIntegerBytes(bytes, start, end);
        case 'number': {
            const value = parseNumberBytes(bytes, start, end);
            if (!Number.isNaN(value))
                return value;
            const infinity = infinitySign(bytes, start, end);
            return infinity === 0 ? Number.NaN : infinity * Number.POSITIVE_INFINITY;
        }
        case 'boolean':
            return parseBooleanBytes(bytes, start, end);
        case 'date':
            return parseDateBytes(bytes, start, end);
        case 'datetime':
            return parseDatetimeBytes(bytes, start, end);
        default:
            return Number.NaN;
    }
}
/** A numeric value of a column back in the form a person wrote it: dates as YYYY-MM-DD, datetimes as ISO 8601. */
function values_formatTypedValue(type, value) {
    if (!Number.isFinite(value))
        return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
    if (type === 'date')
        return new Date(Math.round(value) * 86_400_000).toISOString().slice(0, 10);
    if (type === 'datetime')
        return new Date(value).toISOString();
    if (type === 'boolean')
        return value === 1 ? 'true' : 'false';
    return value;
}
/** Counts characters (code points) of UTF-8 bytes: every byte that is not a continuation byte starts one. */
function utf8Length(bytes, start, end) {
    let count = 0;
    for (let i = start; i < end; i++)
        if ((bytes[i] & 0xc0) !== 0x80)
            count++;
    return count;
}

;// CONCATENATED MODULE: ../../packages/core/src/data/key-confirm.ts
/**
 * Exact key counts from every part of the file, once the pass is over (scan.ts calls `settleKeys`).
 *
 * Numeric keys are the numbers themselves (hashNumber is a bijection): their counts are exact as counted, and an
 * example's value is read back from its key. A text key is a 64-bit hash, and two texts may share one. That can
 * only make values look repeated, never hide a repeat, so a text key counted once is a unique value, and only keys
 * counted more than once are confirmed: either the column's few values were all compared as text during the pass
 * (FrequentItems with `verify`), or the file is read again for the rows holding those keys, and their text is
 * grouped exactly. Either way a collision changes neither a count nor a verdict. The second read happens when a
 * text column or compound key really has repeated values (a failing `unique`) or has more than 1024 distinct values
 * under a `distinct` check; it holds about `roundKeys` repeated keys (at most twice as many) and their texts at a
 * time, one reading each.
 */





// The confirmer lives in the leaf key-count.ts, which the accumulators import; confirming is still read from here.

/** Thrown when the file read again does not hold the rows the pass counted. */
class key_confirm_ChangedFileError extends Error {
    constructor() {
        super('the data file changed while it was being validated (a second reading found other rows); validate it again once it is written');
        this.name = 'ChangedFileError';
    }
}
function shownNumber(column, h1, h2) {
    const value = unhashNumber(h1, h2);
    return column.plan.type === 'boolean' ? value === 1 : formatTypedValue(column.plan.type, value);
}
function firstExamples(lines, value) {
    return lines.lines.map(({ line, h1, h2 }) => ({ value: value(h1, h2), line }));
}
/**
 * Counts every exact key counter of a merged table (and of the parts merged into it) and sets each column's and
 * compound key's `KeyCount`. `rescan` reads the file again, for text keys that need confirming.
 */
async function key_confirm_settleKeys(table, rescan, roundKeys) {
    const pending = [];
    const validUtf8 = table.problems.utf8.unexpected === 0;
    table.columns.forEach((column, c) => {
        const counter = column.keys;
        if (counter === null)
            return;
        const maxDistinct = column.plan.maxDistinct;
        const set = (count) => {
            column.keyCount = count;
        };
        if (column.plan.type !== 'string') {
            const pass = new KeyCountPass(counter).run();
            set({ distinct: pass.distinct, duplicateRows: pass.duplicateRows, examples: firstExamples(pass.firstLines, (h1, h2) => shownNumber(column, h1, h2)), overflowed: pass.distinct > maxDistinct });
            return;
        }
        const frequent = column.frequent;
        // Every distinct text was kept and compared as text (and survived merging as it was): one key per text.
        if (frequent !== null && frequent.verify && frequent.offset === 0 && !frequent.collided && validUtf8) {
            const pass = new KeyCountPass(counter).run();
            set({ distinct: pass.distinct, duplicateRows: pass.duplicateRows, examples: firstExamples(pass.firstLines, (h1, h2) => frequent.textOf(h1, h2) ?? null), overflowed: pass.distinct > maxDistinct });
            return;
        }
        pending.push({ counter, distinct: 0, maxDistinct, set, column: c, keys: [], expectedRows: 0, duplicateRows: 0, extraDistinct: 0, examples: [] });
    });
    table.compound.forEach((key, k) => {
        pending.push({
            counter: key.keys,
            distinct: 0,
            maxDistinct: table.plan.maxDistinct,
            set: (count) => {
                key.count = count;
            },
            compound: k,
            show: showTuple,
            keys: [],
            expectedRows: 0,
            duplicateRows: 0,
            extraDistinct: 0,
            examples: [],
        });
    });
    let held = 0;
    const confirm = async () => {
        const columns = new Map();
        const compound = new Map();
        const confirmers = new Map();
        for (const entry of pending) {
            if (entry.keys.length === 0)
                continue;
            const confirmer = new KeyConfirmer(Int32Array.from(entry.keys), entry.show);
            confirmers.set(entry, confirmer);
            if (entry.column !== undefined)
                columns.set(entry.column, confirmer);
            if (entry.compound !== undefined)
                compound.set(entry.compound, confirmer);
        }
        await rescan(columns, compound);
        for (const [entry, confirmer] of confirmers) {
            if (confirmer.seen !== entry.expectedRows)
                throw new key_confirm_ChangedFileError();
            const result = confirmer.result();
            entry.duplicateRows += result.duplicateRows;
            entry.extraDistinct += result.extraDistinct;
            entry.examples = [...entry.examples, ...result.examples].sort((a, b) => a.line - b.line).slice(0, MAX_EXAMPLES);
            entry.keys = [];
            entry.expectedRows = 0;
        }
        held = 0;
    };
    for (const entry of pending) {
        const onRepeated = (h1, h2, count) => {
            entry.keys.push(h1, h2);
            entry.expectedRows += count;
            held++;
        };
        // One pass at a time: each holds a group's entries and counts (a few MB). Groups no larger than a round keep
        // the keys held for one reading near `roundKeys`.
        const pass = new KeyCountPass(entry.counter, Math.min(GROUP_ENTRIES, roundKeys));
        while (pass.next(onRepeated))
            if (held >= roundKeys)
                await confirm();
        entry.distinct = pass.distinct;
    }
    if (held > 0)
        await confirm();
    for (const entry of pending) {
        const distinct = entry.distinct + entry.extraDistinct;
        entry.set({ distinct, duplicateRows: entry.duplicateRows, examples: entry.examples, overflowed: distinct > entry.maxDistinct });
    }
}

// EXTERNAL MODULE: ../../packages/core/src/data/source.ts + 3 modules
var source = __nccwpck_require__(404);
;// CONCATENATED MODULE: ../../packages/core/src/data/date-format.ts
/**
 * `format:` of a column: a strftime pattern as Python's strptime reads it (what Great Expectations'
 * expect_column_values_to_match_strftime_format uses). Supported directives: %Y %y %m %d %H %I %M %S %f %p %b %B
 * %a %A %j %z %Z %%; any other character matches itself. Numeric fields take one or two digits as strptime does
 * (%Y four, %f one to six, %j one to three), and the date must exist (no 31 April, no 29 February 2023).
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const DIRECTIVES = {
    Y: { pattern: '(\\d{4})', field: 'year' },
    y: { pattern: '(\\d{2})', field: 'year2' },
    m: { pattern: '(1[0-2]|0?[1-9])', field: 'month' },
    d: { pattern: '(3[01]|[12]\\d|0?[1-9])', field: 'day' },
    H: { pattern: '(?:2[0-3]|[01]?\\d)' },
    I: { pattern: '(?:1[0-2]|0?[1-9])' },
    M: { pattern: '(?:[0-5]?\\d)' },
    S: { pattern: '(?:6[01]|[0-5]?\\d)' },
    f: { pattern: '(?:\\d{1,6})' },
    p: { pattern: '(?:[AaPp][Mm])' },
    b: { pattern: `(${MONTHS.map((m) => m.slice(0, 3)).join('|')})`, field: 'monthName' },
    B: { pattern: `(${MONTHS.join('|')})`, field: 'monthName' },
    a: { pattern: `(?:${DAYS.map((d) => d.slice(0, 3)).join('|')})` },
    A: { pattern: `(?:${DAYS.join('|')})` },
    j: { pattern: '(?:36[0-6]|3[0-5]\\d|[12]\\d\\d|0?[1-9]\\d|0{0,2}[1-9])' },
    z: { pattern: '(?:Z|[+-]\\d{2}:?\\d{2}(?::?\\d{2})?)' },
    Z: { pattern: '(?:[A-Za-z]{1,5})?' },
    '%': { pattern: '%' },
};
/** Throws an Error naming the directive when the pattern uses one that is not supported. */
function compileDateFormat(format) {
    let source = '';
    const fields = [];
    for (let i = 0; i < format.length; i++) {
        const char = format[i];
        if (char !== '%') {
            source += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
            continue;
        }
        const code = format[++i];
        const directive = code === undefined ? undefined : DIRECTIVES[code];
        if (directive === undefined)
            throw new Error(`unsupported directive %${code ?? ''} (supported: ${Object.keys(DIRECTIVES).map((d) => `%${d}`).join(' ')})`);
        source += directive.pattern;
        if (directive.field !== undefined)
            fields.push(directive.field);
    }
    const pattern = new RegExp(`^${source}$`, 'i');
    return (text) => {
        const match = pattern.exec(text);
        if (match === null)
            return false;
        let year = 2000;
        let month = 1;
        let day = 1;
        fields.forEach((field, i) => {
            const value = match[i + 1];
            if (field === 'year')
                year = Number(value);
            else if (field === 'year2')
                year = Number(value) + (Number(value) < 69 ? 2000 : 1900);
            else if (field === 'month')
                month = Number(value);
            else if (field === 'monthName')
                month = MONTHS.findIndex((name) => name.startsWith(value.toLowerCase().slice(0, 3))) + 1;
            else
                day = Number(value);
        });
        if (!fields.includes('day'))
            return true;
        const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
        const limit = month === 2 ? (leap || !fields.some((f) => f === 'year' || f === 'year2') ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
        return day <= limit;
    };
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/re2js@2.10.0/node_modules/re2js/build/index.js
/*!
* re2js
* RE2JS is the JavaScript port of RE2, a regular expression engine that provides linear time matching
*
* @version v2.10.0
* @author Oleksii Vasyliev
* @homepage https://github.com/le0pard/re2js#readme
* @repository [object Object]
* @license MIT
*/
// src/RE2Flags.js
var RE2Flags = class RE2Flags {
	static FOLD_CASE = 1;
	static LITERAL = 2;
	static CLASS_NL = 4;
	static DOT_NL = 8;
	static ONE_LINE = 16;
	static NON_GREEDY = 32;
	static PERL_X = 64;
	static UNICODE_GROUPS = 128;
	static WAS_DOLLAR = 256;
	static LOOKBEHIND = 512;
	static MATCH_NL = RE2Flags.CLASS_NL | RE2Flags.DOT_NL;
	static PERL = RE2Flags.CLASS_NL | RE2Flags.ONE_LINE | RE2Flags.PERL_X | RE2Flags.UNICODE_GROUPS;
	static POSIX = 0;
	static UNANCHORED = 0;
	static ANCHOR_START = 1;
	static ANCHOR_BOTH = 2;
};
// src/PublicFlags.js
/**
* Public flags for RE2JS and RE2Set compilation.
*/
const PublicFlags = {
	CASE_INSENSITIVE: 1,
	DOTALL: 2,
	MULTILINE: 4,
	DISABLE_UNICODE_GROUPS: 8,
	LONGEST_MATCH: 16,
	LOOKBEHINDS: 512
};
// src/Codepoint.js
/**
* Various constants and helper for unicode codepoints.
*/
const ASCII_SIZE = 128;
const ASCII_TO_UPPER = new Int32Array(ASCII_SIZE);
const ASCII_TO_LOWER = new Int32Array(ASCII_SIZE);
const MAX_BMP = 65535;
for (let i = 0; i < ASCII_SIZE; i++) {
	if (i >= 97 && i <= 122) ASCII_TO_UPPER[i] = i - 32;
	else ASCII_TO_UPPER[i] = i;
	if (i >= 65 && i <= 90) ASCII_TO_LOWER[i] = i + 32;
	else ASCII_TO_LOWER[i] = i;
}
var Codepoint = class {
	static CODES = Object.freeze({
		"\x07": 7,
		"\b": 8,
		"	": 9,
		"\n": 10,
		"\v": 11,
		"\f": 12,
		"\r": 13,
		" ": 32,
		"\"": 34,
		$: 36,
		"&": 38,
		"'": 39,
		"(": 40,
		")": 41,
		"*": 42,
		"+": 43,
		"-": 45,
		".": 46,
		0: 48,
		1: 49,
		2: 50,
		3: 51,
		4: 52,
		5: 53,
		6: 54,
		7: 55,
		8: 56,
		9: 57,
		":": 58,
		"<": 60,
		">": 62,
		"?": 63,
		A: 65,
		B: 66,
		C: 67,
		F: 70,
		P: 80,
		Q: 81,
		U: 85,
		Z: 90,
		"[": 91,
		"\\": 92,
		"]": 93,
		"^": 94,
		_: 95,
		"`": 96,
		a: 97,
		b: 98,
		f: 102,
		i: 105,
		m: 109,
		n: 110,
		r: 114,
		s: 115,
		t: 116,
		v: 118,
		x: 120,
		z: 122,
		"{": 123,
		"|": 124,
		"}": 125
	});
	static toUpperCase(codepoint) {
		if (codepoint < ASCII_SIZE) return ASCII_TO_UPPER[codepoint];
		const s = String.fromCodePoint(codepoint).toUpperCase();
		const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
		if (s.length > expectedLen) return codepoint;
		const sOrigin = String.fromCodePoint(s.codePointAt(0)).toLowerCase();
		const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
		if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
		return s.codePointAt(0);
	}
	static toLowerCase(codepoint) {
		if (codepoint < ASCII_SIZE) return ASCII_TO_LOWER[codepoint];
		const s = String.fromCodePoint(codepoint).toLowerCase();
		const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
		if (s.length > expectedLen) return codepoint;
		const sOrigin = String.fromCodePoint(s.codePointAt(0)).toUpperCase();
		const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
		if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
		return s.codePointAt(0);
	}
};
// src/UnicodeRangeTable.js
var UnicodeRangeTable = class {
	/**
	* @param {Uint32Array | number[]} data
	* @param {boolean} isStride1
	*/
	constructor(data, isStride1 = false) {
		this.data = data;
		this.isStride1 = isStride1;
		this.SIZE = isStride1 ? 2 : 3;
	}
	getLo(index) {
		return this.data[index * this.SIZE];
	}
	getHi(index) {
		return this.data[index * this.SIZE + 1];
	}
	getStride(index) {
		return this.isStride1 ? 1 : this.data[index * this.SIZE + 2];
	}
	get length() {
		return this.data.length / this.SIZE;
	}
};
// src/UnicodeTables.js
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";
const B64_MAP = /* @__PURE__ */ new Uint8Array(256);
for (let i = 0; i < 64; i++) B64_MAP[B64.charCodeAt(i)] = i;
const decodeVLQ = (str) => {
	const res = [];
	let value = 0;
	let shift = 0;
	for (let i = 0; i < str.length; i++) {
		const digit = B64_MAP[str.charCodeAt(i)];
		value |= (digit & 31) << shift;
		if ((digit & 32) === 0) {
			res.push(value);
			value = 0;
			shift = 0;
		} else shift += 5;
	}
	return res;
};
const decodeRanges = (str, isStride1) => {
	const res = decodeVLQ(str);
	const numRanges = isStride1 ? res.length / 2 : res.length / 3;
	const out = new Uint32Array(numRanges * 3);
	let current = 0;
	let resIdx = 0;
	for (let i = 0; i < numRanges; i++) {
		current += res[resIdx++];
		out[i * 3] = current;
		current += res[resIdx++];
		out[i * 3 + 1] = current;
		out[i * 3 + 2] = isStride1 ? 1 : res[resIdx++];
	}
	return out;
};
const decodeOrbit = (str) => {
	const res = decodeVLQ(str);
	const map = /* @__PURE__ */ new Map();
	let currentKey = 0;
	for (let i = 0; i < res.length; i += 2) {
		currentKey += res[i];
		const zz = res[i + 1];
		const delta = zz >>> 1 ^ -(zz & 1);
		map.set(currentKey, currentKey + delta);
	}
	return map;
};
var LazyMap = class {
	constructor(initializer) {
		this.initializer = initializer;
		this.cache = /* @__PURE__ */ new Map();
	}
	has(key) {
		return Object.hasOwn(this.initializer, key);
	}
	get(key) {
		if (this.cache.has(key)) return this.cache.get(key);
		const val = this.has(key) ? this.initializer[key]() : null;
		this.cache.set(key, val);
		return val;
	}
};
var UnicodeTables = class {
	static _CASE_ORBIT = null;
	static get CASE_ORBIT() {
		if (!this._CASE_ORBIT) this._CASE_ORBIT = decodeOrbit("rCgCIgCY+rQI4QiCuuBLgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCCgCBgCBgCBgCBgCBgCBgCB+7OB-BB-BB-BB-BB-BBskQB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BC-BB-BB-BB-BB-BB-BB-BByHBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBxHBCBBBCBBBCBBB3SBmMBkNBCBBBCBBB8MBCBBB6MB6MBCBBC+EB0MB2MBCBBB6MB+MBiGBmNBiNBCBBBmKBikzCBmNBqNBkIBsNBCBBBCBBBCBBB0NBCBBB0NDCBBB0NBCBBByNByNBCBBBCBBB2NBCBBDCBBCwDFCBCBDBCBCBDBCBCBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB9EBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBCBDBCBBBhGBvDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBjICCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBH2iVBCBBBlKBwiVB+jVB+jVBCBBBlMBqEBuEBCBBBCBBBCBBBCBBBCBBB+hVB4hVB8hVBjNB7MC5MB5MCzMC1MB+0yCE5MB20yCC9MBu2yCBwyyCBo0yCChNBlNBo0yCBu-UBi0yCDlNC6-UBpNDrNIu+UDzNCm0yCBzNE0yyCBzNBpEBxNBxNBtEG1NLqxyCBkxyCnFoFrBCBBBCBBDCBBEkIBkIBkICoHHsCCqCBqCBqCCgEC+DB+DBmkOBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCC+BBgCBgCBgCBgCBgCBgCBgCBgCBrCBpCBpCBpCBmjOB-BB8BB-BB-BBgEB-BB-BByBBqgOBsDB-BBtwBB-BB-BB-BBsBBgDBCB-BB-BB-BBeB-BB-BB61OB-BB-BB-DB9DB9DBQB7DBmCE9CBrDBPBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBrFB-EBOBnHB3FB-FCCBBBNBCBBCjIBjIBjIBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB8kMB-BB6kMB-BB-BB-BB-BB-BB-BB-BB-BB-BBokMB-BB-BBkkMBkkMB-BB-BB-BB-BB-BB-BB-BB4jMB-BB-BB-BB-BB-BB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EBCBBBCBoiMBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBJCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBeBCBBBCBBBCBBBCBBBCBBBCBBBCBBBdBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDL-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-C64CgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOCgmOGgmODg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FDg8FBg8FBg8FhVg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBQBQBQBQBQBQDPBPBPBPBPBPjkC7mMB5mMBnmMBjmMBCBlmMB3lMBpiMBk8kCBCBBG-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FD-7FB-7FB-7F6FoglCEsuHRwjlCyDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB0DBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBG1DD97OCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPEQCQCQCQCPCPCPCPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPB0EB0EBsFBsFBsFBsFBoGBoGBgIBgIBgHBgHB8HB8HDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQCSFPBPBzEBzEBRCxnOFSFrFBrFBrFBrFBREQBQClkOFPBPBnGBnGFQBQCljOCODPBPB-GB-GBNHSF-HB-HB7HB7HBRqJ53OE9tQBrmQH4Bc3BSgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfECBByZ0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzB34BgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CBCBBBt-UBruHBt+UB1iVBviVBCBBBCBBBCBBB3hVB5-UB9hVB7hVCCBBCCBBI9jVB9jVBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBICBBBCBBECBBN-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOC-lOG-lOzoeCBBBCBBBCBBBCBBBCBBBCBl8kCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBTCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBnECBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBKCBBBCBBBnglCBCBBBCBBBCBBBCBBBCBBECBBBvyyCDCBBBCBBBgDCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBn0yCB90yCB10yCBh0yCBn0yCCjxyCBzyyCBpxyCBg6BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB-CBl0yCBvjlCBCBBBCBBBt2yCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBhkzCZCBB9a-5Bd-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCm6TCBB7gBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCH-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BmlBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvChDwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCFvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvC1DuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCCuCBuCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCCtCBtCk2BgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEO-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-D+CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCL-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-B74CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhrVgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BD1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BtxekCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjC");
		return this._CASE_ORBIT;
	}
	static _Print = null;
	static get Print() {
		if (!this._Print) this._Print = new UnicodeRangeTable(decodeRanges("hB9CBjBLBCpWBDFBFGBCCCBSBCsMBClBBDxBBDCBC2BBJaBFFBSVBC-FBCvBBD6BBDkDBP6BBDwBBDOBCbBDCCBJBGfBIqCBCgFBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYBDCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPBLCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGBCCBCHBDBBDVBCGBCBBCEBDIBDBBDCBICBFBBCEBDRBLBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBGMBCCBCWBCPBDIBCCBCDBIBBCCBCBBDDBDJBIVBCCBCWBCJBCEBDIBCCBCDBIBBGCBCDBDJBCCBNMBCCBCyBBCCBCFBFPBDZBCCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBN5BBFcBmBBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDBhBnCBCjBBFmBBCjBBCOBCMBmBlGBCGGD4LBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBH1CBDFBD-TBCbBE4CBIVBKXBKTBNMBCCBCBBN9CBDJBHJBHNBCKBH4CBIqBBGlCBLeBCLBFLBFEEBoBBDEBMrBBFZBHKBE9BBDgCBCcBDKBHJBHNBDtBBDLBVsCBClFBJ7BBEOBE9BBGqBBDKBJqBBG1QBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBSXBJuBBSBBDaBCMBEhBBPgBBQrEBF5UBXKBWz4BBD9LBGsBBCGGD3BBIBBPXBKGBCGBCGBCGBCGBCGBCGBCGBC9DBjBZBC4CBN1GBbPBC+BBC1CBDmDBGqBBC9CBC1CBKvBBCszcBE2BBK7KBV3FBJ8GBV7BBEJBH3BBJlCBJLBHzDBMdBEtCBCKBFgBBC2BBKNBDJBDmDBZbBLFBDFBDFBKGBCGBC7BBF9DBDJBHj9KBNWBFwBBloItLBDpDBnBGBNEBGZBCEBCCCBCCBCCBoUBhBpBBHyBBCSBCDBFEBCmEBF9FBEFBDFBDFBDCBEGBCGBOBBDLBCZBCSBCBBCOBDNBjB6DBGCBFsBBE3CBCMBEwBwBBsBBjEcBEwBBQbBFjBBKdBGqBBGdBCkBBFNBrB9EBDJBHjBBFjBBFnBBJzBBMLBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBCnCBJIBxBSBCBBGgBBEaBGaBnB3BBFTBDxBBCBBGHBCCBCcBDCBFJBIIBI-BBhBmBBFLBK1BBEcBDaBGZBIDBNGBxCoCB4ByBBOyBBItBBJJBHlBBEcBJBBxGeBCpBBCCBDBBRFBJIBiBtBBJpBBXZBnBbBVWBKtCBFjBBK9BBCEBOYBIJBH0BBCRBJmBBK-CBCTBMRBCuBB-BGBCCCBCBCOBCKBH6BBGJBHDBCHBDBBDVBCGBCBBCEBCJBDBBDCBDHHGGBDGBEEBMJBCDDClBBCJBCDDCDBCJBCBBJBBe7CBCEBfnCBJJBnF1BBDlBBjBkCBMJBHMBU5BBHJBHTBdaBDOBFWB6F7BBlDyCBNHBDDDBGBCBBCdBCBBDLBKJBnCHBDtBBDKBcnCBJyCBOoCBIJB3CHB5ChBBPJBHIBCsBBCNBLcBEfBDVBCNBqCGBCBBCrBBECCBCCBHBJJBHFBCBBCkBBCBBCFBIJBHrBBFJB3HYBIQBCoBBEcB2CQQBwBBO6cBnDuDBCEBMjGBtyCiDBOvhBBRVBL68DBGmSB61G5BBn2B4RBIeBCJBFwCBCJBHdBDFBLlCBLJBCGBCUBGSBxN5BBnG6CBGYBDYBtBqCBF4BBIQBhCEBMGBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBDDBh7D8HBEzNBHWBQQBQtBBDWBKzDB9B1HBLmBBDpCBJvDBWlCB7DTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBD9VBQEBCOBxiBeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBENBDJBFBBhKeBS5BBGxOxOBoBB3GqBBFhGhGBdBCVBJBBhHGBCDBCBBCOBCkGBDPBqBrCBFJBFBByYjCBtC8BBjGDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBBvIrBBFjDBNOBDOBCOBCkBBLtFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBmgB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIBnkzVvHB", false));
		return this._Print;
	}
	static CATEGORIES = new LazyMap({
		C: () => new UnicodeRangeTable(decodeRanges("AfBgDgBBOrWrWBHHBCBICCVuMuMnBBBzBBBE4B4BBGBcDBHQBXhGhGxBBB8BBBmDNB8BBByBBBQddBCCMEBhBGBsCiFiFJBBDBBXIICCBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBPMMBEB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKMMBDBbEByBPBDBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCB-FCBHBBHBBHBBECBIIIBLBDBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIB-BGGBLBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMBxhBPBXJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBF-6DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBrCHBxDUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIlkzVBxHvw-FB", false)),
		Cc: () => new UnicodeRangeTable(decodeRanges("AfgDgB", true)),
		Cf: () => new UnicodeRangeTable(decodeRanges("tFzqBzqBBEBXhGhGyBhMhMBxCxCs5D9-B9-BBDBbEByBEBCJBw03B6H6HBBBimEQQj7IPBhjiBDBwmFHBn0rYffB+CB", false)),
		Cn: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBDBvzIBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-BB---BBB---BBB", false)),
		Co: () => new UnicodeRangeTable(decodeRanges("gg4B-nGh4hc9--BD9--B", true)),
		Cs: () => new UnicodeRangeTable(decodeRanges("gg2B--B", true)),
		L: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICCiEEBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoCaBFDBuBqBBkBBBCiDBCQQBIIBLLBBBDRRCdBe4CBMZZBfBKBBFGGBUBFKKEYYBXBIKBGXBCGBRpBB7B1BBETTIJBQPBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNGB7BBBCCCBDBCXBCCCBIBCBBKDDBDBCWWBCBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNSSBkBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBkBFFkC4CBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBzC+C+CBtBBSHB3BdBOBBLrBBbjBBqBCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBhC1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBF1B1BB8zC8zCBjHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBxC2O2OBrBrBBDBGBBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBReBDlCByBIBDmDBDxCBVQBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBdRRBDBCJBLEBCoBBYCBCHBVWBEEEBwBBCEEBDDBDBDCCZCBDKBICBNFBDFBDFBKGBCGBCqBBCNBHyDBej9KBNWBFwBBloItLBDpDBnBGBNEBGCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBxB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOjBBnBbBKWB7HpBBHBBRFB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB1D-BBgBHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBqBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBGjCjCBLBhCBBCPPBNNB0mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBn7F0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFBmI9BBzEsBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCCBCBBCGBDEBKBBhHGBCDBCBBCOBCkGB8BjCBI1lB1lBBCBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
		LC: () => new UnicodeRangeTable(decodeRanges("hCZBHZB7BLLBVBCeBCiGBCDBFvGBDZBhGDBDBBECBCHHCCBCCCBSBCyCBCqEBJlFBClBBKoBB44ClBBCGGDqBBDCBhV1CBDFBjkCKBGqBBDCBhCrBBgCMBChBBmD1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGBmIFFDJBCEEBDBHGCBCBCFBFDDBCBGEBF1B1BB8zC8zCB6DBDmDBHDBEBBNlBBCGGzoetBBTbBnEtCBCWBEDBCsCBZBBE2Z2ZBpBBGIBIvCBh6TGBNEBqgBZBHZBmlBvCBhDjBBFjBB1DKBCOBCGBCBBCKBCOBCGBCBBk2ByBBOyBB+CVBLVB74C-BBhrV-BBhBYBDYBtpZ0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BJBCTBHFB2uCjCB", false)),
		Ll: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDZBiGCCEEEBBBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBDCB5XFBjkCIBC2D2DBqBBgCMBChBBnD0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBBzIEEBEEcKFDBBJDBF2B2Bs1CvBBCEEBGCFCCBCCBEBGiDCBIICFFNlBBCGG0oesBCUaCoEMCBBBC+BCBGBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCbEE2ZqBBGIBIvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFB4vChBB", false)),
		Lm: () => new UnicodeRangeTable(decodeRanges("wVRBFLBPEBICCmEGG-OnHnHlFBBuIBBFgBgBKEEhFoFoF1mBgEgE2R72B72BsDkTkTxOFBvF+BBOjBjBBjBByVOORMBg-CBByHgGgG2OsBsBBDBGiDiDB+C+CBBB34bjnBjnBBEBvIzDzDdBB6DIBxCYYpDDBEBB2OXXqEtDtDWBBoDDBKngVngVuBBBh-BFBCpBBCIB0sBhBhB2K04D04DnrTDB9PCBpBBBnRMBhCBBCPPB9-P9-PBCBCGBCBByhM9BBqGGBud0Q0QsSAB", false)),
		Lo: () => new UnicodeRangeTable(decodeRanges("qFQQhIFFBCBxGBB7ZaBFDBuBfBCJBkBBBCiDBCZZBLLBBBDRRCdBe4CBMZZBfBWVBrBYBIKBGXBCGBRoBB8B1BBETTIJBROBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNFB8BBBCCCBDBCXBCCCBIBCBBKDDBDBYDBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNyDyDBnKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPByDrTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBpBkCkCBhBBC0BBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBxFuBBSHB3BdBOBBLrBBbjBBqBCBLdByDDBCFBCBBE7hB7hBBCB4-C3BBZWBKGBCGBCGBCGBCGBCGBCGBCGBoR2B2BF1CBJCCB4CBFGGBpBBC9CBSfBxBPBhQ-tGBhC0wUBC2jBBkCnBBJrIBFPBLBBjCyByBBkCBqFoDoDEGBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBuBEBDIBLEBCoBBYCBCHBVPBCFBEEEBwBBCEEBDDBDBDCCZBBEKBIPPBEBDFBDFBKGBCGByEiBBej9KBNWBFwBBloItLBDpDBkCCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBqDJBCsBBDeBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBhEtCBjDnBBJzBB9CzBBN2JBKVBLHB5EFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4FjBBnBDBCxJxJBoBBHBBRCBCBB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB0GHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBnBBCBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBB0BUBGSB0NnBB2MqCBGwFwFB0mHBqBfBiDyDBuwIiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBxzI2P2PBrBBiBiKiKBcBTrBBlPaBmHdBDwGwGBdBCCBCBBCGBDEBKiHiHBFBCDBCBBCOBCkGB8pBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
		Lt: () => new UnicodeRangeTable(decodeRanges("lOGDnB2sH2sHBGBJHBJHBNQQwBAB", false)),
		Lu: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBG+B+B9zCvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBB", false)),
		M: () => new UnicodeRangeTable(decodeRanges("gYvDB0IGBoIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCgBB3BCBCRBCGBLBBeCB5BCCBFBDBBDCBKLLBbbDCB5BCCBDBFBBDCBEffBEEMCB5BCCBGBCCBCCBVBBXFBCCB5BCCBFBDBBDCBICBLBBf8B8BBDBECBCDBKpBpBBDB4BCCBFBCCBCDBIBBMBBeCB5BCCBFBCCBCDBIBBMBBQNNBCB4BBBCGBCCBCDBKLLBeeBBBnCFFBEBCCCBGBTBB+BDDBFBNHBjDDDBHBMGBqCBBcECFBByBTBCBBGKBCjBBKlDlDBSBYDBFCBCCBDGBEDBOLBCLLBCBgWCBzdDBdCBeBBfBBhCfBKuBuBBBBC2D2DBjBjB3DLBFLB8GEB6BJBCcBDxBxBBsBBDLBVEBwBQBnBIBNCBfMB5BNBxBTB5ECBCUBFHHDCBnG-BBxWgBB--CCBuEhDhDBeBrRFBqDBB1udDBCJBhBBBxCBBxIEEFYYBDBF0C0CBzBzBBQBbRBOnBnBBGBaMBtBDBwBNBlBkCkCBMBNJJBuBuBBBBzBCCBBBDBBGBBCqBqBBDBGBBtHHBCBBx5TiXiXBOBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB7DCB2BOBqBDDBLLBCBuBKBI+B+BBBBlBNBRBBtBNNBBBxBNBJDBCBB9CLBHDD+ELBWDB4BBBCGBDBBDCBKLLBDDBFBEEBkCIBCDDCDBCEBCPPBzCzCBQBYyCyCBSBsHGBDIBcBBzCQBrDMBmDOBhIOB2HFBCBBDDBCCCBuEuEBFBDGBEddBIBpBGBCDBJKKBJBvBPBnGHBoGHBCHBzCVBCNB7DFBECCBCCBFBCjCjCBDBCBBCEB8KDBKBBCxBxBBFBEEBYmnFmnFHOBpmLRBhuCEB8BGB5gBCCB1BBIDByCMMBslTslTBizEizEBsBBDWB-QEBEFBJHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
		Mc: () => new UnicodeRangeTable(decodeRanges("joC4B4BDCBJDBCBBzBBB7BCBHBBDBBLsBsB7BCBjC7B7BBBBJCCB2B2BB7B7BCHHBDDBLLnDBBCBBECBCCBLqBqBBBB+BDB+BBB7BCCBDBDBBCBBKBBdPPB7B7BBBBGCBCCBLrBrBBsCsCBBBHHBTBBrKBBgCsFsFBFFHDDBaaBLLBBBDGBWBBDFBDLLBBB5zBffiEIIBGBCBB7KDBDCBFBBCFBhHBB7BCCKCCBJJBEByExBxBGCCBDBCBB+BffFBBD9B9BDCBCEEBxBxBBGBJBBsFWW35EBB0-dBBD5C5CBzBzBBOBvEBBwBxBxBBFFBDDBBBvDBBDBBZuBuBCuDuDDBBGuHuHBCCBCCBCC0gZCCgEuBuBBBBFBB0DZZB8B8BxBCBKBBO+C+CBBBEBBCrFrFBBBgBBB7BBBCDBDBBDCBKLLB1C1CBBBIDDCDBCBBCmDmDBBBJBBErDrDBBBHCCBCBDuHuHBBBHDBDyDyDBBBJBBCuDuDCBBHoDoDCBBFmImIBBBK4H4HBEBCBBFDDCvEvEBBBJDBF1C1CeBB-BqGqGECCoGPPrDIID2G2GBDBFBBC-K-KBNNxBBBJBBCpvQpvQBBBlxD2BBpDBB0rYBBHFB", false)),
		Me: () => new UnicodeRangeTable(decodeRanges("okBBB1xF-wB-wBBCBCCBsshBCB", false)),
		Mn: () => new UnicodeRangeTable(decodeRanges("gYvDB0IEBqIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCfB4BCCFHBFEEBFBLBBe7B7BFDBJVVBbbDBB6BFFBFFBDDBBBEffBEEMBB6BFFBDBCBBFVVBXXBEBC7B7BDCCBCBJIIBMMBff+BNNzBEE4BCCBBBGCBCDBIBBMBBe7B7BDHHGBBVBBdBB6BBBFDBJVVBeepCIIBBBC7C7CDGBNHBjDDDBHBMGBqCBBcEC4BNBCEBCBBGKBCjBBKnDnDBCBCFBCBBDBBaBBFCBRDBODDBHHQgWgWBBBzdCBeBBfBBfBBhCBBCGBJDDBJBKuBuBBBBC2D2DBjBjB3DCBFBBKHHBBB8GBBD7B7BCGBCCCDHBHJBDxBxBBMBCeBDLBVDBxBCCBDBCGGpBIBNBBhBDBDBBCCB5BCCBEECCB7BHBDBB5ECBCMBCGBFHHEBBnG-BBxWMBFEEBKB--CCBuEhDhDBeBrRDBsDBB1udFFBIBhBBBxCBBxIEEFaaBGG4EBBbRBOnBnBBGBaKBvBCBxBDDBCBDBBoBkCkCBEBDBBDBBNJJwB0B0BCCBDBBGBBCrBrBBJJvHDDFx5Tx5TiXPBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB8D3B3BBNBqBDDBLLBBByBDBDBBI+B+BBBBlBEBCHB-BNNB1B1BBHBLDBDgDgDBBBDCCBHHD+E+EEHBWBB6BBBEmBmBBFBEEBnCFBOECPBB2CHBDCBCYY1CFBCFFBCCBvHvHBCBHBBCBBcBB2CHBDCCBrDrDCDDBEBCmDmDCDDBCBCEBkIIBCBBhIBBCFFxEDBDBBFhBhBBIBpBFBDDBJKKBEBDCBvBMBCBBnGCCBBBCqGqGBFBCFBCzCzCBUBDGBCBBCBB7DFBECCBCCBFBCpCpCBEEC8K8KBMMB1B1BBDBGCCYmnFmnFHOBpmLLBECBhuCEB8BGB5gBgCgCBCByC5lT5lTBizEizEBsBBDWBhRCBSHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
		N: () => new UnicodeRangeTable(decodeRanges("wBJB5DBBGDDBBBitBJBnEJBnGJB9MJB3DJBFFBtDJB3DJB3DJBDFBvDMB0DJBJGBoDJBpDGBISBuDJBhDJB3DJBnCTBtIJBnCJBwWTBybCBwHJBHJBXJBtJJBhEKBmFJBHJB3FJB3CJBnEJBHJB3gBEEBEBHJBnGyBBDEB3W7BBvCVB3TdBqrBqYqYaIBPCB4KDBrEJBfHBCOBhBJBoBOBh7cJB9FJBhKFB7EJBnBJBnGJBXJB3CJB3MJB34UJBuPsBBN4BBSBB2KaBlBDBeJJnEEBrGJBvdHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBxBJBHJB3IeB-EJBrBDBxDGBnEdBhEJB9BJBxEJBITB8HJB3KJB3DJB3LJBnDJBHTBtCLBlNSB+CJB3UJB3CcBkHJBnCJB3BJBnLJBnDUBshBuDBimPJBnpCJB3CJBnEJBCGBvQJBnIWB+KCB6nXJBnuBTBNTBtDYB2iBxBBhqCJBnNJB3PJB4HJBtWIBhEJB4Y6BBCCBCDBtCsBBCOBjeMBk3CJB", false)),
		Nd: () => new UnicodeRangeTable(decodeRanges("wBJnxBJnEJnGJ9MJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJhDJ3DJnCJ3IJnCJn6BJnBJtJJhEJnFJHJ3FJ3CJnEJHJnuiBJnVJnBJnGJXJ3CJ3MJ34UJnsBJnkCJHJ9YJhEJ9BJxEJ3IJ3KJ3DJ3LJnDJHTtCJnNJnDJ3UJ3CJ3HJnCJ3BJnLJ3uQJnpCJ3CJnEJ3QJ37XJ12CxBhqCJnNJ3PJ4HJ2aJ30EJ", true)),
		Nl: () => new UnicodeRangeTable(decodeRanges("u3FCBwzCiBBDDB-zDaaBHBPCBs1dJBxyW0BBtOJJnEEBrhIuDBm8SCB", false)),
		No: () => new UnicodeRangeTable(decodeRanges("yFBBGDDBBB2pCFB5LFB5DCBmEGB6GGBSIByNJB2hBTB0jBJBhP20B20BEFBHJBnGPBqB3W3WB6BBvCVB3TdBqrB1kB1kBBCBrEJBfHBCOBhBJBoBOBxrdFBymWsBBiCDBSBB2KaBlBDB1pBHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBhLeB-EJBrBDBxDGBnETB8LTBmqBBBvNIBobSB0aUBn8SGB-YWBqhZTBNTBtDYBvqFIBid6BBCCBCDBtCsBBCOBjeMB", false)),
		P: () => new UnicodeRangeTable(decodeRanges("hBCBCFBCDBLBBEBBbCBCccCkBkBGEELBBEEE-VJJzOFBqBBB0BCCDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCmBmBBCBoCrCrCBDBFBBwDFBsFlTlTBHB4EuTuTtBBBvCCBoCBB+ECBCCBmBKB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBM9Z9ZBWBJTBCMBCLBfBBPBB6TDBeBB+hBNBwCBBgBJB0MVBgCDBhBBB8XDBCBBxDwEwEBtBBCfBDLBkNCBFJBDLBRNNjD7C7CjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HzqUzqUBxGxGBIBXiBBCNBCFFCBB2ECBCFBCDBLBBEBBbCBCccCCCBFB7MCB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDByO-J-JjBlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
		Pc: () => new UnicodeRangeTable(decodeRanges("-Cg-Hg-HBUU-u3BBBZCBwHAB", false)),
		Pd: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEBiwDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
		Pe: () => new UnicodeRangeTable(decodeRanges("pB0B0BgB+1D+1DC-6B-6BqtC4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECtBGCtNICEGCDBB-ozB6G6GeOCESSCCCrF0B0BgBGD", false)),
		Pf: () => new UnicodeRangeTable(decodeRanges("7F+6H+6HEddpuDCCFDDQEE", false)),
		Pi: () => new UnicodeRangeTable(decodeRanges("rFt7Ht7HDBBDaapuDCCFDDQEE", false)),
		Po: () => new UnicodeRangeTable(decodeRanges("hBCBCCBDECBLLBEEBcclCGGPBBI-V-VJzOzOBEBqB3B3BDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCxDxDrCEBFBBwDFBsFlTlTBHBmY9D9DBBBoCBB+ECBCCBmBFBCDB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBMjajaBJJBGBJIBDDBDCBEKBCCCBIB7kDDBCBBxDwEwEBFFBBBDDDBHBCBBCDDBLLBDBCJBDDBCCCBLBDCBtNCB6B+F+FjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HlxUlxUBFBDXXVBBDDBECBCDBICBHCCB2E2EBBBCCBDECBLLBEEBcclBDDB7M7MBBB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDB0ZlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
		Ps: () => new UnicodeRangeTable(decodeRanges("oBzBzBgB-1D-1DC-6B-6B-rCEEnB4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECaTTCECtNICEGCDipzBipzB4GeeCMCESSCCCrFzBzBgBEEDAB", false)),
		S: () => new UnicodeRangeTable(decodeRanges("kBHHRCBgBCCcCCkBEBCBBDCCBCBDEEfgBgBrODBNNBGGBCCCBPB2DPPBxDxDsErIrIBBB3DCBDDDBvGvGLUUB4H4HIBBpEqLqLBHHB2H2H-DjEjEBGBlEwGwGqBmGmGiGCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WuLuLlL+E+EBgBBiLJBKIBhiBCCBBBMCBOCBOCBOBBmCOOoBCBOCBUhBB-BBBCDBCBBLCCBBBGFBCECFMMBFFBDBGDBC7B7BBFFB2LBFcBD+HBXKByCtCBXnTBtBwBBDeBLyMBX+BBFfBD1LBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBB8CBB0HBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BB6RWBKBBoDBB+EDBLDB+RCBiHPPB+9T+9TpEgBBuLPBhCBB3BHBtBDBjDCCBBBD7E7EHRRBBBgBCCcCCiEGBCGBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSmWmWBiKiKBGBnjC2kC2kCBbBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQQBgDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBrbaagBaagBaagBaagBaa9B-PB4BDBzBHBCNBCBBp2BwNwNttCEE+DiOiOBvIvIBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
		Sc: () => new UnicodeRangeTable(decodeRanges("kB+D+DBCBqnB8D8DzPBBzPBBI2H2HoImSmS8sClmClmCBgBB37hBkuVkuVtD7E7E8GBBEBB3-HDB-4wBxtCxtC", false)),
		Sk: () => new UnicodeRangeTable(decodeRanges("+CCCoCHHFEEqQDBNNBGGBCCCBPB2DPPBjoBjoB15FCCBBBMCBOCBOCBOBB9kEBBkzdWBKBBoDBBxePPBniUniUBPB8bCCjF4g9B4g9BBDB", false)),
		Sm: () => new UnicodeRangeTable(decodeRanges("rBRRBBB+BCCuBFFmBgBgB-XwQwQBBB8xGOOoBCBOCBsEoBoBBDBHlClCBDBGBBFGDIgBgBBDDCgBgBBqIBhBBB7CffBXBpBFB2OKK3BHBwDxKxKBDBDeBLPBhIiEBX+BBFfBDhIBxBUBDFB9+zB5Z5ZCCBlFRRBBB+BCCkEHHBCBitDBBhrwBx+Bx+BagBgBagBgBagBgBagBgBat5Ft5FB-uC-uCBHB", false)),
		So: () => new UnicodeRangeTable(decodeRanges("mFDDFCCyerIrIBgEgEBvGvGLUUB4H4HkQ2L2LjEFBClElEwGqBqBoMCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WzWzW+EhBBiLJBKIBksBBBCDBCBBLCCBHHBEBCECFMMBPPCBBC7B7BBKKBDBDDBCBBCBBCGBCeBDBBCCCBdBtIHBFTBDGBDwCBCdBanBBHnCBXKByCtCBX2FBCIBC1BBJuDBC3HBtBrBBhC-HBhQvBBWBBHmBBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBBxKBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BBibDBLBBC+R+RBBBqqUPBuLPBhCBB3BHBuBCBlPEEFBBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSpgBpgBBGBnjC2kC2kCBGBFQBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQPBhDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBqlB-PB4BDBzBHBCNBCBBp2B96C96CiEyWyWBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E6HBG4WBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBB-B3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
		Z: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBeBBGwBwBh9DAB", false)),
		Zl: () => new UnicodeRangeTable(decodeRanges("ohIA", true)),
		Zp: () => new UnicodeRangeTable(decodeRanges("phIA", true)),
		Zs: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBlBwBwBh9DAB", false)),
		ASCII_Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbF", true)),
		Alphabetic: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICC3CeeBQBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoBNBCCCBCCBCCJaBFDBeKBG3BBCGBPlDBCHBFHBFCBLCBDRRBuBBOkDBZgBBKBBFGGBWBDSBUYBIKBGXBCGBIJJBoBBLLBEGBHrCBCPBCCBFOBOSBCHBDBBDVBCGBCEEBCBEHBDBBDBBCJJFBBCEBNBBLFFBBBCFBFBBDVBCGBCBBCBBCBBFEBFBBDBBFIIBCBCSSBEBMCBCIBCCBCVBCGBCBBCEBEIBCCBCBBEQQBCBWDBFCBCHBDBBDVBCGBCBBCEBEHBDBBDBBKBBFBBCEBORRBCCBEBECBCDBEBBCCCBEEBEEBBBELBFEBECBCCBEHHpBMBCCBCWBCPBEHBCCBCCBJBBCCBCBBDDBdDBCHBCCBCWBCJBCEBEHBCCBCCBJBBGCBCDBOCBNMBCCBCoBBDHBCCBCCBCGGBCBIEBXFBCCBCRBEXBCIBCDDBFBJFBCCCBGBTBBO5BBGGBH0B0BBECBDBCXBCCCBRBCCBDEBCHHPDBhBgCgCBGBCjBBFSBFPBCjBBkC2BBCDDBDBR-BBLDBDlBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBEKBITBMUBNTBNMBCCBCBBNzBBDSBPFFkC4CBIqBBGlCBLeBCLBFIBYdBDEBMrBBFZB3BbBF+BBDTBzBYYBMMBBByBzBBCOBCHB0BpBBDDBLrBBCKBP2BBXCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBUhBBM1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBFSSBnBBuZzBB34BkHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBCfBwB2O2OBBBaIBIEBDEBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBGHBEwDBoBIBDmDBDxCBVUBCgBBZzBBNjCBCtBtBBEBECCBBBLgBBGiBBOcBEyBBCLBQRRBOBLEBC2BBKNBTWBEkCBCCCZCBDPBDDBMFBDFBDFBKGBCGBCqBBCNBH6DBWj9KBNWBFwBBloItLBDpDBnBGBNEBGLBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmC0BBsIcBEwBBwBfBOdBGqBBGdBDjBBFHBCEBrB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCDBCBBGHBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOnBBjBbBEGGBVB7HpBBCBBEBBRFBzBCBEcBLJJBUBrBRBvBUBcWBKlCBsBEBL4BBKOOBXBYyBBSDBJiBBEKKB+BBCDBKBBLCCkBRBChBBDHHBCB-BGBCCCBCBCOBCJBI4BBYDBCHBDBBDVBCGBCBBCEBEHBDBBDBBEHHGGBdJBCDDClBBCJBCDDCDBCBBECCtBhCBCCBCDBVCBfhCBDBBC5F5FB0BBDGBaFBjB+BBCEE8B1BBDoCoCBZBDNBWGB6F4BBoD-BBgBHBDDDBGBCBBCdBCBBDBBDDB+CHBDtBBDFBCCCBccBxBBDJBSnCBGTTBnCBoDHB5CgBBgBIBCsBBCGBCyByBBcBDVBCNBqCGBCBBCrBBECCBCCBBBCDDBZZBEBCBBCkBBCBBCDBCYYBqBBlIWBKQBCoBBECBwDwCwCB4cBnDuDBSjGBtyCgDBQvhBBSFBa68DBGmSB61GuBBy2B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBF4BBIQBhCBBCNNBFBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBFi7Fi7FBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCVBJBBhHGBCDBCBBCOBCkGB8BjCBEEE1lBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1TZBHZBHZB3zD-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
		Dash: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEB+BoBoBQnMnMlgDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
		Emoji: () => new UnicodeRangeTable(decodeRanges("jBHHGJBwDFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDrGrGhFBBNBBPDDBIBsCZBCBBYVVDIBWBBvFhBBDvDBDBBCCBDyCBDCBCmIBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDDBEJBECCBEEDJBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
		Emoji_Component: () => new UnicodeRangeTable(decodeRanges("jBHHGJB0+H2G2Gsp3B3+8B3+8BBYB8PEBxtBDBtzhY-CB", false)),
		Emoji_Modifier: () => new UnicodeRangeTable(decodeRanges("7-8DE", true)),
		Emoji_Modifier_Base: () => new UnicodeRangeTable(decodeRanges("9wJ8G8GRDB4jzD9B9BBBBDDDBBB2DBBDKBWSBEFFBBBCCBICCZqGqGBFFWFFBvFvFBBBEEB0CRRBBBKMMgSDDJHBHKKBIBDCB5B+B+BBCCBCCSCBCMBmHCBrBIB", false)),
		Emoji_Presentation: () => new UnicodeRangeTable(decodeRanges("64IBBuGDBEDDqQBBWBBzBLBsBUUOJJBSSBGGBJJGWWIBBCFFDIIFBBdkBkBCFFBBBC+B+BBBBZPP8aBB0BFFvlxDrGrG-FDDBIBsCZBCZZVDDBDBCCBWBBvFgBBNIBClCBCVBNqBBFEBNQBEEEBlCBCCCB5FBD+BBODBCXBTbbBOO3C0CBxBlCBHEEBBBDDBEDBMBBIIBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
		Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("pFFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDoBoBBCBlDLBQBBQPPBmBmBBIBxDBBNBBPDDBIBU3BBcOBLVVDIBCDBKWBH7FBDvDBDBBCCBDyCBDCBCDBG9HBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDQBECCBEBDMB7GlBBNDB5BHBLFBpBHBfBBNDBDNBKmBBNuBBCJBC4FB5CHBPxEBhI9fB", false)),
		Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbFq1-BJIFbF", true)),
		Lowercase: () => new UnicodeRangeTable(decodeRanges("hDZBwBLLFlBlBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDiBBIBBfEBhDsBsBCEEDDBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBCDB5XFBjkCIBC2D2DB+FBiC0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBB6DOORMBuDEEBEEcKFDBBJDBFiBiBBOBFsasaBYBn6BvBBCEEBGCFCCBCCBGBEiDCBIICFFNlBBCGG0oesBCUaCBBBmEMCBBBC8BCBIBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCWDBCCCBBB2ZqBBCNBHvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBkODDBBBCpBBCIBmoByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFBmI9BB1lChBB", false)),
		Math: () => new UnicodeRangeTable(decodeRanges("rBRRBBBgBeeCuBuBFmBmBgB5W5WBBBDbbBDDBBBwQCBuwGccBBBMEEOPPBCBWEBMEBiCMBFEEBFFBDBTFFDJBCDDBEBHEEBDDBCCBBBCFBENBClClCBWBCFBCBBFBBFfBCHHBPPBqIBJDBVBB7CffBZBCZZMGB+NBBNJBFFBFBBDBBEEBPCCDFBMHBGBB6BCCeDBKCBxK-BBhI-PBxBUBDFB9+zB4Z4ZBEBCjFjFRCBeCCeCCkEHHBCBitDBBhrwBwoBwoBBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBBhwFDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB-uCIB", false)),
		Quotation_Mark: () => new UnicodeRangeTable(decodeRanges("iBFFkEQQ96HHBaBBowDqOqOBCBOCBixzBDB+FFF7CBB", false)),
		Terminal_Punctuation: () => new UnicodeRangeTable(decodeRanges("hBLLCMMBEE-ZJJiQ6B6BpCPPCCB1FsBsBBJBCsHsHB3B3BBEBCHBgBmImIB1nB1nBBtFtFFFB4JBB2YHBmY9D9DBBBoCBB+ECBEoBoBBCBDBB7JBBjLDBjFBBLBBCCBeCB8FEB-BBBldYYBKKBBBwlDCBzJOOFLLCBBEBBtNBB8ndBBuICBkHEB-LBB3CBBgD4E4EBBB0ECBgERRB6H6HnxUDDB6B6BBBBCDBqFLLCMMBEEiCDD7hBxBxBnkBoGoG3JBB5EFBlCFB6CDB5dEBtBDB+FGBxDDBgECBiEBBHRRB5C5CBDBtDrJrJB2D2DBBBNBBnLDBEOBqDBB6HCBmQCC8HBB4CBBFBB-MCBuBmUmUBrCrCBspBspBBDB6vRBBmEiCiCBBBLqRqRBoJoJBnwTnwTovHDB", false)),
		Uppercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBGbbBOBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBBvgCZBHZBHZB", false)),
		White_Space: () => new UnicodeRangeTable(decodeRanges("JEBTlDlDbgvFgvFgsCKBeBBGwBwBh9DAB", false))
	});
	static SCRIPTS = new LazyMap({
		Adlam: () => new UnicodeRangeTable(decodeRanges("go6DrCFJFB", true)),
		Ahom: () => new UnicodeRangeTable(decodeRanges("g4lCaDOFW", true)),
		Anatolian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggxCmS", true)),
		Arabic: () => new UnicodeRangeTable(decodeRanges("gwBEBCFBCNBCCBCfBCJBMZBCrDBChBBxCvBBxHhBBGqCBCcBxy8BtPBDvEBhBPBxDEBCmEBk7DeBkCFBJIBiBFBh43BDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB", false)),
		Armenian: () => new UnicodeRangeTable(decodeRanges("xpBlBDxBDCks9BE", true)),
		Avestan: () => new UnicodeRangeTable(decodeRanges("g4iC1BEG", true)),
		Balinese: () => new UnicodeRangeTable(decodeRanges("g4GsCCxB", true)),
		Bamum: () => new UnicodeRangeTable(decodeRanges("g1pB3CpowB4R", true)),
		Bassa_Vah: () => new UnicodeRangeTable(decodeRanges("w26CdDF", true)),
		Batak: () => new UnicodeRangeTable(decodeRanges("g+GzBJD", true)),
		Bengali: () => new UnicodeRangeTable(decodeRanges("gsCDBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYB", false)),
		Beria_Erfe: () => new UnicodeRangeTable(decodeRanges("g17CYDY", true)),
		Bhaiksuki: () => new UnicodeRangeTable(decodeRanges("ggnCICsBCNLc", true)),
		Bopomofo: () => new UnicodeRangeTable(decodeRanges("qXB6wLqBxDf", true)),
		Brahmi: () => new UnicodeRangeTable(decodeRanges("ggkCtCFjBKA", true)),
		Braille: () => new UnicodeRangeTable(decodeRanges("ggK-H", true)),
		Buginese: () => new UnicodeRangeTable(decodeRanges("gwGbDB", true)),
		Buhid: () => new UnicodeRangeTable(decodeRanges("g6FT", true)),
		Canadian_Aboriginal: () => new UnicodeRangeTable(decodeRanges("ggF-TxRlC7tgCP", true)),
		Carian: () => new UnicodeRangeTable(decodeRanges("g1gCwB", true)),
		Caucasian_Albanian: () => new UnicodeRangeTable(decodeRanges("wphCzBMA", true)),
		Chakma: () => new UnicodeRangeTable(decodeRanges("gokC0BCR", true)),
		Cham: () => new UnicodeRangeTable(decodeRanges("gwqB2BKNDJDD", true)),
		Cherokee: () => new UnicodeRangeTable(decodeRanges("g9E1CDFz7lBvC", true)),
		Chorasmian: () => new UnicodeRangeTable(decodeRanges("w9jCb", true)),
		Common: () => new UnicodeRangeTable(decodeRanges("AgCBbFBbuBBCOBCEBYgBgBiOmBBGEBDTB1DKKHCC+THHPEEhB9E9ElQiEiEB6mB6mB2MDBjJwvBwvBBBBoCBBsGBBCumBumBOIIBCBCFBCCBDmYmYBKBD2CBCKBEKBCOBShBB-BlBBCCBDFBCaBCQBqBCBF5UBXKBW-cBhIzTBDpEBhQ9CBzMUBCCCBXBQHBFDB8CBBE7C7CB0E0EBOBhBlBBKxBxBB+BBgBwCBwB5C5CBmFBhuG-BBhoWhBBnDCBmFJB1HhFhFsMPPBzuUzuUBxGxGBIBXiBBCSBCDB0ECCBeBbFBbKBLuBuBBhChCBFBCGBLEBjICBFsBBEIBxCMB0BsBBlHaBltuBDB96D8HBEzNBHWBQQBgDzDB9B1HBLmBBD9BBEQBJBBIdBF8BB2GTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBByjFjCBtC8BBjWrBBFjDBNOBDOBCOBCkBBLtFB5BZBCBBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBnghYffB+CB", false)),
		Coptic: () => new UnicodeRangeTable(decodeRanges("ifNxkKzDGG", true)),
		Cuneiform: () => new UnicodeRangeTable(decodeRanges("ggoC5cnDuDCEMjG", true)),
		Cypriot: () => new UnicodeRangeTable(decodeRanges("ggiCFBDCCBqBBCBBEDD", false)),
		Cypro_Minoan: () => new UnicodeRangeTable(decodeRanges("w8rCiD", true)),
		Cyrillic: () => new UnicodeRangeTable(decodeRanges("ggBkEBDoFBx6FKBhFtCtCojEfBhie-CBv8VBBhw4B9BBiBAB", false)),
		Deseret: () => new UnicodeRangeTable(decodeRanges("gghCvC", true)),
		Devanagari: () => new UnicodeRangeTable(decodeRanges("goCwCFODZh7nBfhwcJ", true)),
		Dives_Akuru: () => new UnicodeRangeTable(decodeRanges("gomCGBDDDBGBCBBCdBCBBDLBKJB", false)),
		Dogra: () => new UnicodeRangeTable(decodeRanges("ggmC7B", true)),
		Duployan: () => new UnicodeRangeTable(decodeRanges("ggvDqDGMEIIJDD", true)),
		Egyptian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggsC1iBL68D", true)),
		Elbasan: () => new UnicodeRangeTable(decodeRanges("gohCnB", true)),
		Elymaic: () => new UnicodeRangeTable(decodeRanges("g-jCW", true)),
		Ethiopic: () => new UnicodeRangeTable(decodeRanges("gwEoCBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBnvGWBKGBCGBCGBCGBCGBCGBCGBCGBjpfFBDFBDFBKGBCGBylvCGBCDBCBBCOB", false)),
		Garay: () => new UnicodeRangeTable(decodeRanges("gqjClBEcJB", true)),
		Georgian: () => new UnicodeRangeTable(decodeRanges("glElBBCGGDqBBCDBx8CqBBDCBhiElBBCGG", false)),
		Glagolitic: () => new UnicodeRangeTable(decodeRanges("ggL-Ch9sDGCQDGCBCE", true)),
		Gothic: () => new UnicodeRangeTable(decodeRanges("w5gCa", true)),
		Grantha: () => new UnicodeRangeTable(decodeRanges("g4kCDBCHBDBBDVBCGBCBBCEBDIBDBBDCBDHHGGBDGBEEB", false)),
		Greek: () => new UnicodeRangeTable(decodeRanges("wbDBCCBDDBCFFCCCBBBCCCBSBC+BBPPBnpGEBzBEBFEB1ChKhKBUBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBoJ-xiB-xiB7uVuCBSgj0Bgj0BBkCB", false)),
		Gujarati: () => new UnicodeRangeTable(decodeRanges("h0CCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGB", false)),
		Gunjala_Gondi: () => new UnicodeRangeTable(decodeRanges("grnCFCBCkBCBCFIJ", true)),
		Gurmukhi: () => new UnicodeRangeTable(decodeRanges("hwCCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPB", false)),
		Gurung_Khema: () => new UnicodeRangeTable(decodeRanges("go4C5B", true)),
		Han: () => new UnicodeRangeTable(decodeRanges("g0LZBC4CBN1GBwBCCaIBPDBle-tGBhC-vUBhoWtLBDpDBpodBBNGBqgkB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
		Hangul: () => new UnicodeRangeTable(decodeRanges("goE-HvxHBiI9CyDeiCei3dckUj9KNWFwBl9JeEFDFDFDC", true)),
		Hanifi_Rohingya: () => new UnicodeRangeTable(decodeRanges("gojCnBJJ", true)),
		Hanunoo: () => new UnicodeRangeTable(decodeRanges("g5FU", true)),
		Hatran: () => new UnicodeRangeTable(decodeRanges("gniCSCBGE", true)),
		Hebrew: () => new UnicodeRangeTable(decodeRanges("xsB2BBJaBFFBpp9BZBCEBCCCBCCBCCBIB", false)),
		Hiragana: () => new UnicodeRangeTable(decodeRanges("hiM1CBHCBi7-C+IBTeeBBBulQAB", false)),
		Imperial_Aramaic: () => new UnicodeRangeTable(decodeRanges("giiCVCI", true)),
		Inherited: () => new UnicodeRangeTable(decodeRanges("gYvDB2IBBlOKBbhXhXBCB8qEtBBDLBlPCBCMBCGBFHHEBBnG-BBtQBBjGgBB65DDBsDBBmrzBPBRNBwejHjH7iEl+uBl+uBBsBBDWBhRCBSHBDGBfDBz6rYvHB", false)),
		Inscriptional_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g7iCSGH", true)),
		Inscriptional_Parthian: () => new UnicodeRangeTable(decodeRanges("g6iCVDH", true)),
		Javanese: () => new UnicodeRangeTable(decodeRanges("gsqBtCDJFB", true)),
		Kaithi: () => new UnicodeRangeTable(decodeRanges("gkkCiCLA", true)),
		Kannada: () => new UnicodeRangeTable(decodeRanges("gkDMCCCWCJCEDICCCDIBGCCDDJCC", true)),
		Katakana: () => new UnicodeRangeTable(decodeRanges("hlM5CBDCBxHPBxGuBBC3CBvgzBJBCsBBzisBDBCGBCBBCgJgJBBBzBPPBCB", false)),
		Kawi: () => new UnicodeRangeTable(decodeRanges("g4nCQCoBEc", true)),
		Kayah_Li: () => new UnicodeRangeTable(decodeRanges("goqBtBCA", true)),
		Kharoshthi: () => new UnicodeRangeTable(decodeRanges("gwiCDCBGHCCCcDCFJII", true)),
		Khitan_Small_Script: () => new UnicodeRangeTable(decodeRanges("k-7C84G84GB0OBqBAB", false)),
		Khmer: () => new UnicodeRangeTable(decodeRanges("g8F9CDJHJnPf", true)),
		Khojki: () => new UnicodeRangeTable(decodeRanges("gwkCRCuB", true)),
		Khudawadi: () => new UnicodeRangeTable(decodeRanges("w1kC6BGJ", true)),
		Kirat_Rai: () => new UnicodeRangeTable(decodeRanges("gq7C5B", true)),
		Lao: () => new UnicodeRangeTable(decodeRanges("h0DBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDB", false)),
		Latin: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBQQGWBCeBCgOBoBEB8wGlBBHwBBGDBGMBClCBiC-HByLOORMBuEBBHccSoBB42CfBj1elDBExCBVOBxZqBBCIBCDB38TGB7gBZBHZBmhCFBCpBBCIBm61BeBHFB", false)),
		Lepcha: () => new UnicodeRangeTable(decodeRanges("ggH3BEOEC", true)),
		Limbu: () => new UnicodeRangeTable(decodeRanges("goGeBCLBFLBFEEBKB", false)),
		Linear_A: () => new UnicodeRangeTable(decodeRanges("gwhC2JKVLH", true)),
		Linear_B: () => new UnicodeRangeTable(decodeRanges("gggCLCZCSCBCODNjB6D", true)),
		Lisu: () => new UnicodeRangeTable(decodeRanges("wmpBvBx1eA", true)),
		Lycian: () => new UnicodeRangeTable(decodeRanges("g0gCc", true)),
		Lydian: () => new UnicodeRangeTable(decodeRanges("gpiCZGA", true)),
		Mahajani: () => new UnicodeRangeTable(decodeRanges("wqkCmB", true)),
		Makasar: () => new UnicodeRangeTable(decodeRanges("g3nCY", true)),
		Malayalam: () => new UnicodeRangeTable(decodeRanges("goDMCCCyBCCCFFPDZ", true)),
		Mandaic: () => new UnicodeRangeTable(decodeRanges("giCbDA", true)),
		Manichaean: () => new UnicodeRangeTable(decodeRanges("g2iCmBFL", true)),
		Marchen: () => new UnicodeRangeTable(decodeRanges("wjnCfDVCN", true)),
		Masaram_Gondi: () => new UnicodeRangeTable(decodeRanges("gonCGBCBBCrBBECCBCCBHBJJB", false)),
		Medefaidrin: () => new UnicodeRangeTable(decodeRanges("gy7C6C", true)),
		Meetei_Mayek: () => new UnicodeRangeTable(decodeRanges("g3qBWqGtBDJ", true)),
		Mende_Kikakui: () => new UnicodeRangeTable(decodeRanges("gg6DkGDP", true)),
		Meroitic_Cursive: () => new UnicodeRangeTable(decodeRanges("gtiCXFTDtB", true)),
		Meroitic_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("gsiCf", true)),
		Miao: () => new UnicodeRangeTable(decodeRanges("g47CqCF4BIQ", true)),
		Modi: () => new UnicodeRangeTable(decodeRanges("gwlCkCMJ", true)),
		Mongolian: () => new UnicodeRangeTable(decodeRanges("ggGBBDCCBSBH4CBIqBB2t-BMB", false)),
		Mro: () => new UnicodeRangeTable(decodeRanges("gy6CeCJFB", true)),
		Multani: () => new UnicodeRangeTable(decodeRanges("g0kCGBCCCBCBCOBCKB", false)),
		Myanmar: () => new UnicodeRangeTable(decodeRanges("ggE-EhqmBeiDfxibT", true)),
		Nabataean: () => new UnicodeRangeTable(decodeRanges("gkiCeJI", true)),
		Nag_Mundari: () => new UnicodeRangeTable(decodeRanges("wm5DpB", true)),
		Nandinagari: () => new UnicodeRangeTable(decodeRanges("gtmCHDtBDK", true)),
		New_Tai_Lue: () => new UnicodeRangeTable(decodeRanges("gsGrBFZHKEB", true)),
		Newa: () => new UnicodeRangeTable(decodeRanges("gglC7CCE", true)),
		Nko: () => new UnicodeRangeTable(decodeRanges("g+B6BDC", true)),
		Nushu: () => new UnicodeRangeTable(decodeRanges("h-7CvsQvsQBqMB", false)),
		Nyiakeng_Puachue_Hmong: () => new UnicodeRangeTable(decodeRanges("go4DsBENDJFB", true)),
		Ogham: () => new UnicodeRangeTable(decodeRanges("g0Fc", true)),
		Ol_Chiki: () => new UnicodeRangeTable(decodeRanges("wiHvB", true)),
		Ol_Onal: () => new UnicodeRangeTable(decodeRanges("wu5DqBFA", true)),
		Old_Hungarian: () => new UnicodeRangeTable(decodeRanges("gkjCyBOyBIF", true)),
		Old_Italic: () => new UnicodeRangeTable(decodeRanges("g4gCjBKC", true)),
		Old_North_Arabian: () => new UnicodeRangeTable(decodeRanges("g0iCf", true)),
		Old_Permic: () => new UnicodeRangeTable(decodeRanges("w6gCqB", true)),
		Old_Persian: () => new UnicodeRangeTable(decodeRanges("g9gCjBFN", true)),
		Old_Sogdian: () => new UnicodeRangeTable(decodeRanges("g4jCnB", true)),
		Old_South_Arabian: () => new UnicodeRangeTable(decodeRanges("gziCf", true)),
		Old_Turkic: () => new UnicodeRangeTable(decodeRanges("ggjCoC", true)),
		Old_Uyghur: () => new UnicodeRangeTable(decodeRanges("w7jCZ", true)),
		Oriya: () => new UnicodeRangeTable(decodeRanges("h4CCCHDBDVCGCBCEDIDBDCICFBCEDR", true)),
		Osage: () => new UnicodeRangeTable(decodeRanges("wlhCjBFjB", true)),
		Osmanya: () => new UnicodeRangeTable(decodeRanges("gkhCdDJ", true)),
		Pahawh_Hmong: () => new UnicodeRangeTable(decodeRanges("g46ClCLJCGCUGS", true)),
		Palmyrene: () => new UnicodeRangeTable(decodeRanges("gjiCf", true)),
		Pau_Cin_Hau: () => new UnicodeRangeTable(decodeRanges("g2mC4B", true)),
		Phags_Pa: () => new UnicodeRangeTable(decodeRanges("giqB3B", true)),
		Phoenician: () => new UnicodeRangeTable(decodeRanges("goiCbEA", true)),
		Psalter_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g8iCRIDNG", true)),
		Rejang: () => new UnicodeRangeTable(decodeRanges("wpqBjBMA", true)),
		Runic: () => new UnicodeRangeTable(decodeRanges("g1FqCEK", true)),
		Samaritan: () => new UnicodeRangeTable(decodeRanges("ggCtBDO", true)),
		Saurashtra: () => new UnicodeRangeTable(decodeRanges("gkqBlCJL", true)),
		Sharada: () => new UnicodeRangeTable(decodeRanges("gskC-ChsCH", true)),
		Shavian: () => new UnicodeRangeTable(decodeRanges("wihCvB", true)),
		Siddham: () => new UnicodeRangeTable(decodeRanges("gslC1BDlB", true)),
		Sidetic: () => new UnicodeRangeTable(decodeRanges("gqiCZ", true)),
		SignWriting: () => new UnicodeRangeTable(decodeRanges("gg2DrUQECO", true)),
		Sinhala: () => new UnicodeRangeTable(decodeRanges("hsDCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBt-gCTB", false)),
		Sogdian: () => new UnicodeRangeTable(decodeRanges("w5jCpB", true)),
		Sora_Sompeng: () => new UnicodeRangeTable(decodeRanges("wmkCYIJ", true)),
		Soyombo: () => new UnicodeRangeTable(decodeRanges("wymCyC", true)),
		Sundanese: () => new UnicodeRangeTable(decodeRanges("g8G-BhIH", true)),
		Sunuwar: () => new UnicodeRangeTable(decodeRanges("g+mChBPJ", true)),
		Syloti_Nagri: () => new UnicodeRangeTable(decodeRanges("ggqBsB", true)),
		Syriac: () => new UnicodeRangeTable(decodeRanges("g4BNC7BDCxIK", true)),
		Tagalog: () => new UnicodeRangeTable(decodeRanges("g4FVKA", true)),
		Tagbanwa: () => new UnicodeRangeTable(decodeRanges("g7FMCCCB", true)),
		Tai_Le: () => new UnicodeRangeTable(decodeRanges("wqGdDE", true)),
		Tai_Tham: () => new UnicodeRangeTable(decodeRanges("gxG+BCcDKHJHN", true)),
		Tai_Viet: () => new UnicodeRangeTable(decodeRanges("g0qBiCZE", true)),
		Tai_Yo: () => new UnicodeRangeTable(decodeRanges("g25DeCVJB", true)),
		Takri: () => new UnicodeRangeTable(decodeRanges("g0lC5BHJ", true)),
		Tamil: () => new UnicodeRangeTable(decodeRanges("i8CBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBm+kCxBBOAB", false)),
		Tangsa: () => new UnicodeRangeTable(decodeRanges("wz6CuCCJ", true)),
		Tangut: () => new UnicodeRangeTable(decodeRanges("g-7CgBgBB+3GBhQeBiDyDB", false)),
		Telugu: () => new UnicodeRangeTable(decodeRanges("ggDMCCCWCPDICCCDIBCCCBDDDJII", true)),
		Thaana: () => new UnicodeRangeTable(decodeRanges("g8BxB", true)),
		Thai: () => new UnicodeRangeTable(decodeRanges("hwD5BGb", true)),
		Tibetan: () => new UnicodeRangeTable(decodeRanges("g4DnCCjBFmBCjBCOCGFB", true)),
		Tifinagh: () => new UnicodeRangeTable(decodeRanges("wpL3BIBPA", true)),
		Tirhuta: () => new UnicodeRangeTable(decodeRanges("gklCnCJJ", true)),
		Todhri: () => new UnicodeRangeTable(decodeRanges("guhCzB", true)),
		Tolong_Siki: () => new UnicodeRangeTable(decodeRanges("wtnCrBFJ", true)),
		Toto: () => new UnicodeRangeTable(decodeRanges("w04De", true)),
		Tulu_Tigalari: () => new UnicodeRangeTable(decodeRanges("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB", false)),
		Ugaritic: () => new UnicodeRangeTable(decodeRanges("g8gCdCA", true)),
		Unknown: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-FB", false)),
		Vai: () => new UnicodeRangeTable(decodeRanges("gopBrJ", true)),
		Vithkuqi: () => new UnicodeRangeTable(decodeRanges("wrhCKCOCGCBCKCOCGCB", true)),
		Wancho: () => new UnicodeRangeTable(decodeRanges("g24D5BGA", true)),
		Warang_Citi: () => new UnicodeRangeTable(decodeRanges("glmCyCNA", true)),
		Yezidi: () => new UnicodeRangeTable(decodeRanges("g0jCpBCCDB", true)),
		Yi: () => new UnicodeRangeTable(decodeRanges("ggoBskBE2B", true)),
		Zanabazar_Square: () => new UnicodeRangeTable(decodeRanges("gwmCnC", true))
	});
	static FOLD_CATEGORIES = new LazyMap({
		L: () => new UnicodeRangeTable(decodeRanges("laA", true)),
		LC: () => new UnicodeRangeTable(decodeRanges("laA", true)),
		Ll: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGC3HrBrBCEEJHHCCBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHxC9zC9zCBuBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
		Lt: () => new UnicodeRangeTable(decodeRanges("kOCCBCCBCClBCCtsHHBJHBJHBMQQwBAB", false)),
		Lu: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpL2B2Bs1CvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false)),
		M: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
		Mn: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
		Emoji: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
		Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
		Lowercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHuBPBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
		Math: () => new UnicodeRangeTable(decodeRanges("ycGDCHHFMMDDDCHHFAB", false)),
		Uppercase: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpLiBiBBOBFsasaBYBn6BvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false))
	});
	static FOLD_SCRIPT = new LazyMap({
		Common: () => new UnicodeRangeTable(decodeRanges("8cgBgB", false)),
		Greek: () => new UnicodeRangeTable(decodeRanges("1FwUwU", false)),
		Inherited: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false))
	});
};
// src/Unicode.js
/**
* Utilities for dealing with Unicode better than JS does.
*/
var Unicode = class Unicode {
	static MAX_RUNE = 1114111;
	static RUNE_ERROR = 65533;
	static isUnsearchable(r) {
		return r === Unicode.RUNE_ERROR || r >= Unicode.MIN_HIGH_SURROGATE && r <= Unicode.MAX_LOW_SURROGATE;
	}
	static MAX_ASCII = 127;
	static MAX_LATIN1 = 255;
	static MAX_BMP = 65535;
	static MIN_FOLD = 65;
	static MAX_FOLD = 125251;
	static MIN_HIGH_SURROGATE = 55296;
	static MAX_HIGH_SURROGATE = 56319;
	static MIN_LOW_SURROGATE = 56320;
	static MAX_LOW_SURROGATE = 57343;
	static MIN_SUPPLEMENTARY_CODE_POINT = 65536;
	static is32(ranges, r) {
		let lo = 0;
		let hi = ranges.length;
		while (lo < hi) {
			const m = lo + Math.floor((hi - lo) / 2);
			const rlo = ranges.getLo(m);
			const rhi = ranges.getHi(m);
			if (rlo <= r && r <= rhi) {
				const stride = ranges.getStride(m);
				return (r - rlo) % stride === 0;
			}
			if (r < rlo) hi = m;
			else lo = m + 1;
		}
		return false;
	}
	static is(ranges, r) {
		if (r <= Unicode.MAX_LATIN1) {
			for (let i = 0; i < ranges.length; i++) {
				if (r > ranges.getHi(i)) continue;
				const rlo = ranges.getLo(i);
				if (r < rlo) return false;
				const stride = ranges.getStride(i);
				return (r - rlo) % stride === 0;
			}
			return false;
		}
		return ranges.length > 0 && r >= ranges.getLo(0) && Unicode.is32(ranges, r);
	}
	static isPrint(r) {
		if (r <= Unicode.MAX_LATIN1) return r >= 32 && r < Unicode.MAX_ASCII || r >= 161 && r !== 173;
		return Unicode.is(UnicodeTables.Print, r);
	}
	static simpleFold(r) {
		if (UnicodeTables.CASE_ORBIT.has(r)) return UnicodeTables.CASE_ORBIT.get(r);
		if (r <= Unicode.MAX_ASCII) {
			const l = Codepoint.toLowerCase(r);
			return l !== r ? l : Codepoint.toUpperCase(r);
		}
		return r;
	}
	static equalsIgnoreCase(r1, r2) {
		if (r1 === r2) return true;
		if (r1 < 0 || r2 < 0) return false;
		if (r1 <= Unicode.MAX_ASCII && r2 <= Unicode.MAX_ASCII) {
			if (65 <= r1 && r1 <= 90) r1 |= 32;
			if (65 <= r2 && r2 <= 90) r2 |= 32;
			return r1 === r2;
		}
		for (let r = Unicode.simpleFold(r1); r !== r1; r = Unicode.simpleFold(r)) if (r === r2) return true;
		return false;
	}
};
// src/exceptions.js
var RE2JSException = class extends Error {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSException";
	}
};
/**
* An exception thrown by the parser if the pattern was invalid.
*/
var RE2JSSyntaxException = class extends RE2JSException {
	/**
	* @param {string} error
	* @param {string|null} [input=null]
	*/
	constructor(error, input = null) {
		let message = `error parsing regexp: ${error}`;
		if (input) message += `: \`${input}\``;
		super(message);
		this.name = "RE2JSSyntaxException";
		this.message = message;
		/** @type {string} */
		this.error = error;
		/** @type {string|null} */
		this.input = input;
	}
	/**
	* Retrieves the description of the error.
	* @returns {string}
	*/
	getDescription() {
		return this.error;
	}
	/**
	* Retrieves the erroneous regular-expression pattern.
	* @returns {string|null}
	*/
	getPattern() {
		return this.input;
	}
};
/**
* An exception thrown by the compiler
*/
var RE2JSCompileException = class extends RE2JSException {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSCompileException";
	}
};
/**
* An exception thrown by using groups
*/
var RE2JSGroupException = class extends RE2JSException {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSGroupException";
	}
};
/**
* An exception thrown by flags
*/
var RE2JSFlagsException = class extends RE2JSException {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSFlagsException";
	}
};
/**
* An exception thrown for internal engine errors, such as corrupted bytecodes.
*/
var RE2JSInternalException = class extends RE2JSException {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSInternalException";
	}
};
// src/Utils.js
/**
* Size of the precomputed single-byte lookup table.
* Covers standard ASCII and Latin-1 characters for fast-path execution.
*/
const FAST_PATH_TABLE_SIZE = 256;
/**
* Precomputed lookup table for Word Boundary (\b, \B) assertions.
* * By precomputing the boolean results for standard ASCII word ranges
* ('a'-'z', 'A'-'Z', '0'-'9', '_'), we completely eliminate 4 logical
* branches from the NFA's hot execution loop. This prevents costly
* CPU branch mispredictions when scanning large strings.
*/
const WORD_RUNE_TABLE = new Uint8Array(FAST_PATH_TABLE_SIZE);
for (let i = 0; i < FAST_PATH_TABLE_SIZE; i++) WORD_RUNE_TABLE[i] = 97 <= i && i <= 122 || 65 <= i && i <= 90 || 48 <= i && i <= 57 || i === 95 ? 1 : 0;
let cachedNativeEncoder = null;
let cachedNativeDecoder = null;
/**
* Various constants and helper utilities.
*/
var Utils = class Utils {
	static METACHARACTERS = "\\.+*?()|[]{}^$";
	static EMPTY_BEGIN_LINE = 1;
	static EMPTY_END_LINE = 2;
	static EMPTY_BEGIN_TEXT = 4;
	static EMPTY_END_TEXT = 8;
	static EMPTY_WORD_BOUNDARY = 16;
	static EMPTY_NO_WORD_BOUNDARY = 32;
	static EMPTY_ALL = -1;
	static emptyInts() {
		return [];
	}
	static isString(value) {
		return typeof value === "string" || Object.prototype.toString.call(value) === "[object String]";
	}
	static typeName(value) {
		if (value === null || typeof value !== "object" && typeof value !== "function") return value === null ? "null" : typeof value;
		return Object.prototype.toString.call(value).slice(8, -1);
	}
	static checkPattern(pattern) {
		if (!Utils.isString(pattern)) throw new TypeError(`The pattern must be a string, not ${Utils.typeName(pattern)} (RE2JS.translateRegExp() converts a RegExp)`);
	}
	static checkInput(input) {
		if (!Utils.isString(input) && !Utils.isByteArray(input)) throw new TypeError(`The input must be a string or a byte array (Uint8Array or number[]), not ${Utils.typeName(input)}`);
	}
	static checkFlags(flags) {
		const known = PublicFlags.MULTILINE | PublicFlags.DOTALL | PublicFlags.CASE_INSENSITIVE | PublicFlags.DISABLE_UNICODE_GROUPS | PublicFlags.LONGEST_MATCH | PublicFlags.LOOKBEHINDS;
		if (!Number.isInteger(flags) || (flags & ~known) !== 0) throw new RE2JSFlagsException("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS, LONGEST_MATCH, LOOKBEHINDS");
	}
	static isByteArray(input) {
		return Array.isArray(input) || Object.prototype.toString.call(input) === "[object Uint8Array]";
	}
	static isalnum(c) {
		return Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"] || Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["z"] || Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["Z"];
	}
	static unhex(c) {
		if (Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"]) return c - Codepoint.CODES["0"];
		if (Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["f"]) return c - Codepoint.CODES["a"] + 10;
		if (Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["F"]) return c - Codepoint.CODES["A"] + 10;
		return -1;
	}
	static escapeRune(rune) {
		let out = "";
		if (Unicode.isPrint(rune)) {
			if (Utils.METACHARACTERS.indexOf(String.fromCodePoint(rune)) >= 0) out += "\\";
			out += String.fromCodePoint(rune);
		} else switch (rune) {
			case Codepoint.CODES["\""]:
				out += "\\\"";
				break;
			case Codepoint.CODES["\\"]:
				out += "\\\\";
				break;
			case Codepoint.CODES["	"]:
				out += "\\t";
				break;
			case Codepoint.CODES["\n"]:
				out += "\\n";
				break;
			case Codepoint.CODES["\r"]:
				out += "\\r";
				break;
			case Codepoint.CODES["\b"]:
				out += "\\b";
				break;
			case Codepoint.CODES["\f"]:
				out += "\\f";
				break;
			default: {
				let s = rune.toString(16);
				if (rune < 256) {
					out += "\\x";
					if (s.length === 1) out += "0";
					out += s;
				} else out += `\\x{${s}}`;
				break;
			}
		}
		return out;
	}
	static stringToRunes(str) {
		const string = String(str);
		const runes = [];
		let i = 0;
		while (i < string.length) {
			const cp = string.codePointAt(i);
			runes.push(cp);
			i += cp > Unicode.MAX_BMP ? 2 : 1;
		}
		return new Int32Array(runes);
	}
	static runeToString(r) {
		return String.fromCodePoint(r);
	}
	static isWordRune(r) {
		return r < FAST_PATH_TABLE_SIZE ? WORD_RUNE_TABLE[r] === 1 : false;
	}
	static emptyOpContext(r1, r2) {
		let op = 0;
		if (r1 < 0) op |= Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
		if (r1 === 10) op |= Utils.EMPTY_BEGIN_LINE;
		if (r2 < 0) op |= Utils.EMPTY_END_TEXT | Utils.EMPTY_END_LINE;
		if (r2 === 10) op |= Utils.EMPTY_END_LINE;
		if (Utils.isWordRune(r1) !== Utils.isWordRune(r2)) op |= Utils.EMPTY_WORD_BOUNDARY;
		else op |= Utils.EMPTY_NO_WORD_BOUNDARY;
		return op;
	}
	/**
	* Returns a string that quotes all regular expression metacharacters inside the argument text;
	* the returned string is a regular expression matching the literal text. For example,
	* {@code quoteMeta("[foo]").equals("\\[foo\\]")}.
	* @param {string} str
	* @returns {string}
	*/
	static quoteMeta(str) {
		return str.split("").map((s) => {
			if (Utils.METACHARACTERS.indexOf(s) >= 0) return `\\${s}`;
			return s;
		}).join("");
	}
	static charCount(codePoint) {
		return codePoint > Unicode.MAX_BMP ? 2 : 1;
	}
	/**
	* High-speed conversion from TypedArrays to standard JS Arrays.
	* Bypasses the expensive Symbol.iterator overhead of Array.from()
	*/
	static toArray(typedArray) {
		const len = typedArray.length;
		const res = new Array(len);
		for (let i = 0; i < len; i++) res[i] = typedArray[i];
		return res;
	}
	static stringToUtf8ByteArray(str) {
		if (globalThis.TextEncoder) {
			if (!cachedNativeEncoder) cachedNativeEncoder = new TextEncoder();
			return cachedNativeEncoder.encode(str);
		} else {
			let out = [], p = 0;
			for (let i = 0; i < str.length; i++) {
				let c = str.charCodeAt(i);
				if (c < 128) out[p++] = c;
				else if (c < 2048) {
					out[p++] = c >> 6 | 192;
					out[p++] = c & 63 | 128;
				} else if ((c & 64512) === Unicode.MIN_HIGH_SURROGATE && i + 1 < str.length && (str.charCodeAt(i + 1) & 64512) === Unicode.MIN_LOW_SURROGATE) {
					c = Unicode.MIN_SUPPLEMENTARY_CODE_POINT + ((c & 1023) << 10) + (str.charCodeAt(++i) & 1023);
					out[p++] = c >> 18 | 240;
					out[p++] = c >> 12 & 63 | 128;
					out[p++] = c >> 6 & 63 | 128;
					out[p++] = c & 63 | 128;
				} else {
					out[p++] = c >> 12 | 224;
					out[p++] = c >> 6 & 63 | 128;
					out[p++] = c & 63 | 128;
				}
			}
			return out;
		}
	}
	static utf8ByteArrayToString(bytes) {
		if (globalThis.TextDecoder) {
			if (!cachedNativeDecoder) cachedNativeDecoder = new TextDecoder("utf-8");
			const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
			return cachedNativeDecoder.decode(view);
		} else {
			let out = [], pos = 0, c = 0;
			while (pos < bytes.length) {
				let c1 = bytes[pos++];
				if (c1 < 128) out[c++] = String.fromCharCode(c1);
				else if (c1 > 191 && c1 < 224) {
					let c2 = bytes[pos++];
					out[c++] = String.fromCharCode((c1 & 31) << 6 | c2 & 63);
				} else if (c1 > 239 && c1 < 365) {
					let c2 = bytes[pos++];
					let c3 = bytes[pos++];
					let c4 = bytes[pos++];
					let u = ((c1 & 7) << 18 | (c2 & 63) << 12 | (c3 & 63) << 6 | c4 & 63) - Unicode.MIN_SUPPLEMENTARY_CODE_POINT;
					out[c++] = String.fromCharCode(Unicode.MIN_HIGH_SURROGATE + (u >> 10));
					out[c++] = String.fromCharCode(Unicode.MIN_LOW_SURROGATE + (u & 1023));
				} else {
					let c2 = bytes[pos++];
					let c3 = bytes[pos++];
					out[c++] = String.fromCharCode((c1 & 15) << 12 | (c2 & 63) << 6 | c3 & 63);
				}
			}
			return out.join("");
		}
	}
};
// src/helpers.js
const createEnum = (values = [], initNum = 0) => {
	const enumObject = Object.create(null);
	for (let i = 0; i < values.length; i++) {
		const val = values[i];
		const keyVal = initNum + i;
		enumObject[val] = keyVal;
		enumObject[keyVal] = val;
	}
	return Object.freeze(enumObject);
};
// src/MatcherInput.js
/**
* Abstract the representations of input text supplied to Matcher.
*/
var MatcherInputBase = class MatcherInputBase {
	static Encoding = createEnum(["UTF_16", "UTF_8"]);
	getEncoding() {
		throw Error("not implemented");
	}
	/** @returns {string} */
	asCharSequence() {
		throw Error("not implemented");
	}
	/** @returns {Uint8Array|number[]|null} */
	asBytes() {
		throw Error("not implemented");
	}
	/** @returns {number} */
	length() {
		throw Error("not implemented");
	}
	/**
	*
	* @returns {boolean}
	*/
	isUTF8Encoding() {
		return this.getEncoding() === MatcherInputBase.Encoding.UTF_8;
	}
	/**
	*
	* @returns {boolean}
	*/
	isUTF16Encoding() {
		return this.getEncoding() === MatcherInputBase.Encoding.UTF_16;
	}
};
var Utf8MatcherInput = class extends MatcherInputBase {
	/** @param {Uint8Array|number[]|null} bytes */
	constructor(bytes = null) {
		super();
		this.bytes = bytes;
	}
	getEncoding() {
		return MatcherInputBase.Encoding.UTF_8;
	}
	/**
	*
	* @returns {string}
	*/
	asCharSequence() {
		return Utils.utf8ByteArrayToString(this.bytes);
	}
	/**
	*
	* @returns {Uint8Array|number[]|null}
	*/
	asBytes() {
		return this.bytes;
	}
	/**
	*
	* @returns {number}
	*/
	length() {
		return this.bytes.length;
	}
};
var Utf16MatcherInput = class extends MatcherInputBase {
	/** @param {string|null} charSequence */
	constructor(charSequence = null) {
		super();
		this.charSequence = charSequence;
	}
	getEncoding() {
		return MatcherInputBase.Encoding.UTF_16;
	}
	/**
	*
	* @returns {string}
	*/
	asCharSequence() {
		return this.charSequence;
	}
	/**
	*
	* @returns {number[]}
	*/
	asBytes() {
		return Utils.stringToUtf8ByteArray(this.charSequence.toString());
	}
	/**
	*
	* @returns {number}
	*/
	length() {
		return this.charSequence.length;
	}
};
var MatcherInput = class {
	/**
	* Return the MatcherInput for UTF_16 encoding.
	* @returns {Utf16MatcherInput}
	*/
	static utf16(charSequence) {
		Utils.checkInput(charSequence);
		return new Utf16MatcherInput(charSequence);
	}
	/**
	* Return the MatcherInput for UTF_8 encoding.
	* @returns {Utf8MatcherInput}
	*/
	static utf8(input) {
		if (Utils.isByteArray(input)) return new Utf8MatcherInput(input);
		return new Utf8MatcherInput(Utils.stringToUtf8ByteArray(input));
	}
};
// src/MachineInput.js
/**
* MachineInput abstracts different representations of the input text supplied to the Machine. It
* provides one-character lookahead.
*/
var MachineInputBase = class {
	static EOF() {
		return -8;
	}
	constructor() {
		this.start = 0;
		this.end = 0;
	}
	canCheckPrefix() {
		return true;
	}
	endPos() {
		return this.end - this.start;
	}
	hasString() {
		return false;
	}
	hasAnyString() {
		return false;
	}
	prefixLength() {
		return 0;
	}
};
var MachineUTF8Input = class MachineUTF8Input extends MachineInputBase {
	static RUNE_ERROR_STEP = Unicode.RUNE_ERROR << 3 | 1;
	constructor(bytes, start = 0, end = bytes.length) {
		super();
		this.bytes = bytes;
		this.start = start;
		this.end = end;
	}
	hasString(prefilter, pos) {
		const target = prefilter.bytes;
		if (target.length === 0) return true;
		const idx = this.indexOf(this.bytes, target, this.start + pos);
		return idx !== -1 && idx <= this.end - target.length;
	}
	hasAnyString(prefilter, pos) {
		return prefilter.automaton8().searchUTF8(this.bytes, this.start + pos, this.end);
	}
	step(pos) {
		pos += this.start;
		if (pos >= this.end) return MachineInputBase.EOF();
		const c = this.bytes[pos] & 255;
		if (c < 128) return c << 3 | 1;
		let size;
		let rune;
		let lo = 128;
		let hi = 191;
		if (c >= 194 && c <= 223) {
			size = 2;
			rune = c & 31;
		} else if (c >= 224 && c <= 239) {
			size = 3;
			rune = c & 15;
			if (c === 224) lo = 160;
			else if (c === 237) hi = 159;
		} else if (c >= 240 && c <= 244) {
			size = 4;
			rune = c & 7;
			if (c === 240) lo = 144;
			else if (c === 244) hi = 143;
		} else return MachineUTF8Input.RUNE_ERROR_STEP;
		if (pos + size > this.end) return MachineUTF8Input.RUNE_ERROR_STEP;
		const c1 = this.bytes[pos + 1] & 255;
		if (c1 < lo || c1 > hi) return MachineUTF8Input.RUNE_ERROR_STEP;
		rune = rune << 6 | c1 & 63;
		if (size > 2) {
			const c2 = this.bytes[pos + 2] & 255;
			if ((c2 & 192) !== 128) return MachineUTF8Input.RUNE_ERROR_STEP;
			rune = rune << 6 | c2 & 63;
			if (size > 3) {
				const c3 = this.bytes[pos + 3] & 255;
				if ((c3 & 192) !== 128) return MachineUTF8Input.RUNE_ERROR_STEP;
				rune = rune << 6 | c3 & 63;
			}
		}
		return rune << 3 | size;
	}
	index(re2, pos) {
		pos += this.start;
		const i = this.indexOf(this.bytes, re2.prefixUTF8, pos);
		return i < 0 ? i : i - pos;
	}
	context(pos) {
		pos += this.start;
		let r1 = -1;
		if (pos > this.start && pos <= this.end) {
			let start = pos - 1;
			r1 = this.bytes[start--];
			if (r1 >= 128) {
				let lim = pos - 4;
				if (lim < this.start) lim = this.start;
				while (start >= lim && (this.bytes[start] & 192) === 128) start--;
				if (start < this.start) start = this.start;
				const r = this.step(start - this.start);
				r1 = start + (r & 7) === pos ? r >> 3 : Unicode.RUNE_ERROR;
			}
		}
		const r2 = pos < this.end ? this.step(pos - this.start) >> 3 : -1;
		return Utils.emptyOpContext(r1, r2);
	}
	indexOf(source, target, fromIndex = 0) {
		let targetLength = target.length;
		if (targetLength === 0) return fromIndex <= this.end ? fromIndex : -1;
		const firstByte = target[0];
		let limit = this.end - targetLength;
		const hasNativeIndexOf = typeof source.indexOf === "function";
		let i = fromIndex;
		while (i <= limit) {
			if (hasNativeIndexOf) {
				i = source.indexOf(firstByte, i);
				if (i === -1 || i > limit) return -1;
			} else {
				while (i <= limit && source[i] !== firstByte) i++;
				if (i > limit) return -1;
			}
			let match = true;
			for (let j = 1; j < targetLength; j++) if (source[i + j] !== target[j]) {
				match = false;
				break;
			}
			if (match) return i;
			i++;
		}
		return -1;
	}
	prefixLength(re2) {
		return re2.prefixUTF8.length;
	}
};
var MachineUTF16Input = class extends MachineInputBase {
	constructor(charSequence, start = 0, end = charSequence.length) {
		super();
		this.charSequence = charSequence;
		this.start = start;
		this.end = end;
	}
	hasString(prefilter, pos) {
		const idx = this.charSequence.indexOf(prefilter.str, this.start + pos);
		return idx !== -1 && idx <= this.end - prefilter.str.length;
	}
	hasAnyString(prefilter, pos) {
		return prefilter.automaton16().searchUTF16(this.charSequence, this.start + pos, this.end);
	}
	step(pos) {
		pos += this.start;
		if (pos >= this.end) return MachineInputBase.EOF();
		const c1 = this.charSequence.charCodeAt(pos);
		if (c1 < Unicode.MIN_HIGH_SURROGATE || c1 > Unicode.MAX_HIGH_SURROGATE || pos + 1 >= this.end) return c1 << 3 | 1;
		const c2 = this.charSequence.charCodeAt(pos + 1);
		if (c2 >= Unicode.MIN_LOW_SURROGATE && c2 <= Unicode.MAX_LOW_SURROGATE) return (c1 - Unicode.MIN_HIGH_SURROGATE) * 1024 + (c2 - Unicode.MIN_LOW_SURROGATE) + Unicode.MIN_SUPPLEMENTARY_CODE_POINT << 3 | 2;
		return c1 << 3 | 1;
	}
	index(re2, pos) {
		pos += this.start;
		const i = this.charSequence.indexOf(re2.prefix, pos);
		if (i < 0 || i > this.end - re2.prefix.length) return -1;
		return i - pos;
	}
	context(pos) {
		pos += this.start;
		const r1 = pos > this.start && pos <= this.end ? this.charSequence.charCodeAt(pos - 1) : -1;
		const r2 = pos < this.end ? this.charSequence.charCodeAt(pos) : -1;
		return Utils.emptyOpContext(r1, r2);
	}
	prefixLength(re2) {
		return re2.prefix.length;
	}
};
var MachineInput = class {
	static fromUTF8(bytes, start = 0, end = bytes.length) {
		return new MachineUTF8Input(bytes, start, end);
	}
	static fromUTF16(charSequence, start = 0, end = void 0) {
		Utils.checkInput(charSequence);
		return new MachineUTF16Input(charSequence, start, end ?? charSequence.length);
	}
};
// src/Matcher.js
/**
* A stateful iterator that interprets a regex {@code RE2JS} on a specific input.
*
* Conceptually, a Matcher consists of four parts:
* <ol>
* <li>A compiled regular expression {@code RE2JS}, set at construction and fixed for the lifetime
* of the matcher.</li>
*
* <li>The remainder of the input string, set at construction or {@link #reset()} and advanced by
* each match operation such as {@link #find}, {@link #matches} or {@link #lookingAt}.</li>
*
* <li>The current match information, accessible via {@link #start}, {@link #end}, and
* {@link #group}, and updated by each match operation.</li>
*
* <li>The append position, used and advanced by {@link #appendReplacement} and {@link #appendTail}
* if performing a search and replace from the input to an external {@code StringBuffer}.
*
* </ol>
*
*
* @author rsc@google.com (Russ Cox)
*/
var Matcher = class Matcher {
	/**
	* V8 and WebKit have historical hard limits on the number of arguments
	* that can be passed to a function. We cap replacer arguments to prevent
	* Call Stack Overflow (DoS) vulnerabilities on massive ASTs.
	*/
	static MAX_REPLACER_ARGS = 65535;
	/**
	* Quotes '\' and '$' in {@code s}, so that the returned string could be used in
	* {@link #appendReplacement} as a literal replacement of {@code s}.
	*
	* @param {string} str the string to be quoted
	* @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
	* @returns {string} the quoted string
	*/
	static quoteReplacement(str, javaMode = false) {
		if (javaMode) {
			if (str.indexOf("\\") < 0 && str.indexOf("$") < 0) return str;
			return str.split("").map((s) => {
				const c = s.codePointAt(0);
				if (c === Codepoint.CODES["\\"] || c === Codepoint.CODES["$"]) return `\\${s}`;
				return s;
			}).join("");
		}
		if (str.indexOf("$") < 0) return str;
		return str.split("").map((s) => {
			if (s.codePointAt(0) === Codepoint.CODES["$"]) return "$$";
			return s;
		}).join("");
	}
	/**
	*
	* @param {import('./index.js').RE2JS} pattern
	* @param {string|number[]|Uint8Array|MatcherInputBase} input
	*/
	constructor(pattern, input) {
		if (pattern === null) throw new Error("pattern is null");
		/**
		* The pattern being matched.
		* @type {import('./index.js').RE2JS}
		*/
		this.patternInput = pattern;
		const re2 = this.patternInput.re2();
		/** @type {number} */
		this.patternGroupCount = re2.numberOfCapturingGroups();
		/** @type {number[]} */
		this.groups = [];
		/** @type {Record<string, number>} */
		this.namedGroups = re2.namedGroups;
		/** @type {boolean} */
		this.hasNamedGroups = Object.keys(this.namedGroups).length > 0;
		/** @type {number} */
		this.numberOfInstructions = re2.numberOfInstructions();
		/** @type {import('./Machine.js').LookbehindState|null} */
		this.lookbehindState = null;
		if (input instanceof MatcherInputBase) this.resetMatcherInput(input);
		else if (Utils.isByteArray(input)) this.resetMatcherInput(MatcherInput.utf8(input));
		else this.resetMatcherInput(MatcherInput.utf16(input));
	}
	/**
	* Returns the {@code RE2JS} associated with this {@code Matcher}.
	* @returns {import('./index.js').RE2JS}
	*/
	pattern() {
		return this.patternInput;
	}
	/**
	* Resets the {@code Matcher}, rewinding input and discarding any match information.
	*
	* @returns {Matcher} the {@code Matcher} itself, for chained method calls
	*/
	reset() {
		/** @type {number} */
		this.matcherInputLength = this.matcherInput.length();
		/** @type {number} */
		this.appendPos = 0;
		this.hasMatch = false;
		this.hasGroups = false;
		this.anchorFlag = 0;
		return this;
	}
	/**
	* Resets the {@code Matcher} and changes the input.
	* @param {string|number[]|Uint8Array|MatcherInputBase} input
	* @returns {Matcher} the {@code Matcher} itself, for chained method calls
	*/
	resetMatcherInput(input) {
		if (input === null) throw new Error("input is null");
		if (!(input instanceof MatcherInputBase)) {
			if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
			else input = MatcherInput.utf16(input);
		}
		this.matcherInput = input;
		if (this.lookbehindState !== null) this.lookbehindState.reset();
		else this.lookbehindState = this.patternInput.re2().createLookbehindState();
		this.reset();
		return this;
	}
	/**
	* Returns the start of the named group of the most recent match, or -1 if the group was not
	* matched.
	* @param {string|number} [group=0]
	* @returns {number}
	*/
	start(group = 0) {
		if (typeof group === "string") {
			const groupInt = this.namedGroups[group];
			if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
			group = groupInt;
		}
		this.loadGroup(group);
		return this.groups[2 * group];
	}
	/**
	* Returns the end of the named group of the most recent match, or -1 if the group was not
	* matched.
	* @param {string|number} [group=0]
	* @returns {number}
	*/
	end(group = 0) {
		if (typeof group === "string") {
			const groupInt = this.namedGroups[group];
			if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
			group = groupInt;
		}
		this.loadGroup(group);
		return this.groups[2 * group + 1];
	}
	/**
	* Returns the program size of this pattern.
	*
	* <p>
	* Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
	* "cost". Larger numbers are more expensive than smaller numbers.
	* </p>
	*
	* @returns {number} the program size of this pattern
	*/
	programSize() {
		return this.numberOfInstructions;
	}
	/**
	* Returns the named group of the most recent match, or {@code null} if the group was not matched.
	* @param {string|number} [group=0]
	* @returns {string|null}
	*/
	group(group = 0) {
		if (typeof group === "string") {
			const groupInt = this.namedGroups[group];
			if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
			group = groupInt;
		}
		const start = this.start(group);
		const end = this.end(group);
		if (start < 0 && end < 0) return null;
		return this.substring(start, end);
	}
	/**
	* Returns a dictionary map of all named capturing groups and their matched values.
	* If a group was not matched, its value will be `null`.
	* @returns {Record<string, string|null>}
	*/
	getNamedGroups() {
		if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
		const result = Object.create(null);
		for (const name of Object.keys(this.namedGroups)) result[name] = this.group(name);
		return result;
	}
	/**
	* Returns the number of subgroups in this pattern.
	*
	* @returns {number} the number of subgroups; the overall match (group 0) does not count
	*/
	groupCount() {
		return this.patternGroupCount;
	}
	/**
	* Helper: finds subgroup information if needed for group.
	* @param {number} group
	* @private
	*/
	loadGroup(group) {
		if (!Number.isInteger(group) || group < 0 || group > this.patternGroupCount) throw new RE2JSGroupException(`Group index out of bounds: ${group}`);
		if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
		if (group === 0 || this.hasGroups) return;
		const end = this.matcherInputLength;
		const res = this.patternInput.re2().matchMachineInput(this.matcherInput, this.groups[0], end, this.anchorFlag, 1 + this.patternGroupCount, this.lookbehindState);
		if (!res[0]) throw new RE2JSGroupException("inconsistency in matching group data");
		this.groups = res[1];
		this.hasGroups = true;
	}
	/**
	* Matches the entire input against the pattern (anchored start and end). If there is a match,
	* {@code matches} sets the match state to describe it.
	*
	* @returns {boolean} true if the entire input matches the pattern
	*/
	matches() {
		return this.genMatch(0, RE2Flags.ANCHOR_BOTH);
	}
	/**
	* Matches the beginning of input against the pattern (anchored start). If there is a match,
	* {@code lookingAt} sets the match state to describe it.
	*
	* @returns {boolean} true if the beginning of the input matches the pattern
	*/
	lookingAt() {
		return this.genMatch(0, RE2Flags.ANCHOR_START);
	}
	/**
	* Matches the input against the pattern (unanchored), starting at a specified position. If there
	* is a match, {@code find} sets the match state to describe it.
	*
	* @param {number|null} [start=null] the input position where the search begins
	* @returns {boolean} if it finds a match
	* @throws IndexOutOfBoundsException if start is not a valid input position
	*/
	find(start = null) {
		if (start !== null) {
			if (!Number.isInteger(start) || start < 0 || start > this.matcherInputLength) throw new RE2JSGroupException(`start index out of bounds: ${start}`);
			this.reset();
			return this.genMatch(start, 0);
		}
		start = 0;
		if (this.hasMatch) {
			start = this.groups[1];
			if (this.groups[0] === this.groups[1]) {
				const r = (this.matcherInput.isUTF16Encoding() ? MachineInput.fromUTF16(this.matcherInput.asCharSequence(), 0, this.matcherInputLength) : MachineInput.fromUTF8(this.matcherInput.asBytes(), 0, this.matcherInputLength)).step(start);
				if (r < 0) start++;
				else start += r & 7;
			}
		}
		return this.genMatch(start, RE2Flags.UNANCHORED);
	}
	/**
	* Helper: does match starting at start, with RE2 anchor flag.
	* @param {number} startByte
	* @param {number} anchor
	* @returns {boolean}
	* @private
	*/
	genMatch(startByte, anchor) {
		const res = this.patternInput.re2().matchMachineInput(this.matcherInput, startByte, this.matcherInputLength, anchor, 1, this.lookbehindState);
		if (!res[0]) {
			this.hasMatch = false;
			return false;
		}
		this.groups = res[1];
		this.hasMatch = true;
		this.hasGroups = this.patternGroupCount === 0;
		this.anchorFlag = anchor;
		return true;
	}
	/**
	* Helper: return substring for [start, end).
	* @param {number} start
	* @param {number} end
	* @returns {string}
	*/
	substring(start, end) {
		if (this.matcherInput.isUTF8Encoding()) return Utils.utf8ByteArrayToString(this.matcherInput.asBytes().slice(start, end));
		return this.matcherInput.asCharSequence().substring(start, end).toString();
	}
	/**
	* Helper for Pattern: return input length.
	* @returns {number}
	*/
	inputLength() {
		return this.matcherInputLength;
	}
	/**
	* Appends to result two strings: the text from the append position up to the beginning of the
	* most recent match, and then the replacement with submatch groups substituted for references to
	* them. It advances the append position to where the most recent match ended.
	*
	* By default the replacement is expanded as by String.prototype.replace (see
	* appendReplacementInternalJs). In Java mode it follows re2j / java.util.regex: $n takes as
	* many digits as still form a valid group number, ${name} is a named group, and a backslash
	* escapes the next character (so "\\$" in a JS string literal inserts a literal $).
	*
	* @param {string} replacement the replacement string
	* @param {boolean} [javaMode=false] activate java mode (different behaviour for capture groups and special characters)
	* @returns {string}
	* @throws IllegalStateException if there was no most recent match
	* @throws IndexOutOfBoundsException in Java mode, if replacement refers to an invalid group
	* @private
	*/
	appendReplacement(replacement, javaMode = false) {
		let res = "";
		const s = this.start();
		const e = this.end();
		if (this.appendPos < s) res += this.substring(this.appendPos, s);
		this.appendPos = e;
		res += javaMode ? this.appendReplacementInternalJava(replacement) : this.appendReplacementInternalJs(replacement);
		return res;
	}
	/**
	* @param {string} replacement - the replacement string
	* @returns {string}
	* @private
	*/
	appendReplacementInternalJava(replacement) {
		let res = "";
		let last = 0;
		const m = replacement.length;
		let i = 0;
		while (i < m) {
			const cCode = replacement.codePointAt(i);
			if (cCode === Codepoint.CODES["\\"]) {
				if (last < i) res += replacement.substring(last, i);
				i++;
				if (i >= m) throw new RE2JSGroupException("character to be escaped is missing");
				last = i;
				i++;
				continue;
			}
			if (cCode === Codepoint.CODES["$"]) {
				if (last < i) res += replacement.substring(last, i);
				if (i + 1 >= m) throw new RE2JSGroupException("Illegal group reference: group index is missing");
				const nextCode = replacement.codePointAt(i + 1);
				if (Codepoint.CODES["0"] <= nextCode && nextCode <= Codepoint.CODES["9"]) {
					let n = nextCode - Codepoint.CODES["0"];
					let j = i + 2;
					for (; j < m; j++) {
						const digit = replacement.codePointAt(j);
						if (digit < Codepoint.CODES["0"] || digit > Codepoint.CODES["9"] || n * 10 + digit - Codepoint.CODES["0"] > this.patternGroupCount) break;
						n = n * 10 + digit - Codepoint.CODES["0"];
					}
					if (n > this.patternGroupCount) throw new RE2JSGroupException(`n > number of groups: ${n}`);
					const group = this.group(n);
					if (group !== null) res += group;
					i = j;
					last = i;
				} else if (nextCode === Codepoint.CODES["{"]) {
					let j = i + 2;
					while (j < m && replacement.codePointAt(j) !== Codepoint.CODES["}"]) j++;
					if (j >= m) throw new RE2JSGroupException("named capture group is missing trailing '}'");
					const groupName = replacement.substring(i + 2, j);
					const groupVal = this.group(groupName);
					if (groupVal !== null) res += groupVal;
					i = j + 1;
					last = i;
				} else throw new RE2JSGroupException("Illegal group reference");
				continue;
			}
			i++;
		}
		if (last < m) res += replacement.substring(last, m);
		return res;
	}
	/**
	* Expands |replacement| for the current match by the rules of String.prototype.replace
	* (ECMAScript GetSubstitution): $$ is "$", $& the match, $` the text before it, $' the text
	* after it, $n and $nn a group (two digits only when they form a valid group number, so with
	* one group "$10" is group 1 then "0"; an unmatched group is empty), and $<name> a named group
	* (empty when no such group), only when the pattern has named groups. Anything else, such as
	* "$0" or "$<" without a closing ">", is kept as is.
	* @param {string} replacement - the replacement string
	* @returns {string}
	* @private
	*/
	appendReplacementInternalJs(replacement) {
		const isDigit = (c) => c >= 48 && c <= 57;
		const groupCount = this.patternGroupCount;
		let res = "";
		let i = 0;
		while (i < replacement.length) {
			const dollar = replacement.indexOf("$", i);
			if (dollar < 0) break;
			res += replacement.substring(i, dollar);
			i = dollar;
			const c = replacement.charCodeAt(i + 1);
			if (c === Codepoint.CODES["$"]) {
				res += "$";
				i += 2;
			} else if (c === Codepoint.CODES["&"]) {
				res += this.group(0);
				i += 2;
			} else if (c === Codepoint.CODES["`"]) {
				res += this.substring(0, this.start(0));
				i += 2;
			} else if (c === Codepoint.CODES["'"]) {
				res += this.substring(this.end(0), this.matcherInputLength);
				i += 2;
			} else if (isDigit(c)) {
				let digits = 1;
				let index = c - 48;
				const c2 = replacement.charCodeAt(i + 2);
				if (isDigit(c2) && index * 10 + c2 - 48 <= groupCount) {
					digits = 2;
					index = index * 10 + c2 - 48;
				}
				if (index >= 1 && index <= groupCount) {
					const group = this.group(index);
					if (group !== null) res += group;
				} else res += replacement.substring(i, i + 1 + digits);
				i += 1 + digits;
			} else if (c === Codepoint.CODES["<"] && this.hasNamedGroups) {
				const gt = replacement.indexOf(">", i + 2);
				if (gt < 0) {
					res += "$<";
					i += 2;
				} else {
					const name = replacement.substring(i + 2, gt);
					if (Object.hasOwn(this.namedGroups, name)) {
						const group = this.group(name);
						if (group !== null) res += group;
					}
					i = gt + 1;
				}
			} else {
				res += "$";
				i += 1;
			}
		}
		return res + replacement.substring(i);
	}
	/**
	* Return the substring of the input from the append position to the end of the
	* input.
	* @returns {string}
	*/
	appendTail() {
		return this.substring(this.appendPos, this.matcherInputLength);
	}
	/**
	* Returns the input with all matches replaced by {@code replacement}, interpreted as for
	* {@code appendReplacement}.
	*
	* @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
	* @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
	* @returns {string} the input string with the matches replaced
	* @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
	*/
	replaceAll(replacement, javaMode = false) {
		return this.replace(replacement, true, javaMode);
	}
	/**
	* Returns the input with the first match replaced by {@code replacement}, interpreted as for
	* {@code appendReplacement}.
	*
	* @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
	* @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
	* @returns {string} the input string with the first match replaced
	* @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
	*/
	replaceFirst(replacement, javaMode = false) {
		return this.replace(replacement, false, javaMode);
	}
	/**
	* Helper: replaceAll/replaceFirst hybrid.
	* @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
	* @param {boolean} [all=true] - replace all matches
	* @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
	* @returns {string}
	* @private
	*/
	replace(replacement, all = true, javaMode = false) {
		let res = "";
		this.reset();
		const isFunc = typeof replacement === "function";
		let originalInput = null;
		if (isFunc) {
			if (this.groupCount() >= Matcher.MAX_REPLACER_ARGS) throw new RE2JSGroupException("Too many capture groups to safely invoke replacer function");
			originalInput = this.matcherInput.isUTF8Encoding() ? this.matcherInput.asBytes() : this.matcherInput.asCharSequence();
		}
		while (this.find()) {
			res += isFunc ? this.appendReplacementFunc(replacement, originalInput) : this.appendReplacement(replacement, javaMode);
			if (!all) break;
		}
		res += this.appendTail();
		return res;
	}
	/**
	* Evaluates a replacer function for the current match and appends the result,
	* along with any un-matched preceding text, advancing the append position.
	* @param {Function} replacer - the replacer function
	* @param {string|Uint8Array|number[]} originalInput - the cached original input reference
	* @returns {string} the evaluated string to append
	* @private
	*/
	appendReplacementFunc(replacer, originalInput) {
		let res = "";
		const s = this.start();
		const e = this.end();
		if (this.appendPos < s) res += this.substring(this.appendPos, s);
		this.appendPos = e;
		/** @type {unknown[]} */
		const args = this.matchArray();
		args.push(s, originalInput);
		if (this.hasNamedGroups) args.push(this.namedGroupsObject());
		res += String(replacer(...args));
		return res;
	}
	/**
	* The match and its groups, as the elements of a JS RegExpExecArray: undefined for a group that
	* did not take part in the match. Used by exec(), matchAll() and replacer functions.
	* @returns {Array<string|undefined>}
	* @private
	*/
	matchArray() {
		const result = [this.group(0)];
		for (let i = 1; i <= this.patternGroupCount; i++) {
			const group = this.group(i);
			result.push(group === null ? void 0 : group);
		}
		return result;
	}
	/**
	* The named groups, as the groups property of a JS RegExpExecArray: an object without a
	* prototype mapping each name to its group (undefined when it did not take part in the match),
	* or undefined when the pattern has no named groups.
	* @returns {Record<string, string|undefined>|undefined}
	* @private
	*/
	namedGroupsObject() {
		if (!this.hasNamedGroups) return;
		const result = this.getNamedGroups();
		for (const name in result) if (result[name] === null) result[name] = void 0;
		return result;
	}
};
// src/Inst.js
/**
* A single instruction in the regular expression virtual machine.
*
* @see http://swtch.com/~rsc/regexp/regexp2.html
*/
var Inst = class Inst {
	static ALT = 1;
	static ALT_MATCH = 2;
	static CAPTURE = 3;
	static EMPTY_WIDTH = 4;
	static FAIL = 5;
	static MATCH = 6;
	static NOP = 7;
	static RUNE = 8;
	static RUNE1 = 9;
	static RUNE_ANY = 10;
	static RUNE_ANY_NOT_NL = 11;
	static LB_WRITE = 12;
	static LB_CHECK = 13;
	static isRuneOp(op) {
		return Inst.RUNE <= op && op <= Inst.RUNE_ANY_NOT_NL;
	}
	static escapeRunes(runes) {
		let out = "\"";
		for (let rune of runes) out += Utils.escapeRune(rune);
		out += "\"";
		return out;
	}
	constructor(op) {
		this.op = op;
		this.out = 0;
		this.arg = 0;
		/** @type {Int32Array} */
		this.runes = /* @__PURE__ */ new Int32Array(0);
		/** @type {Uint32Array | number[] | null} */
		this.next = null;
	}
	matchRune(r) {
		if (this.runes.length === 1) {
			const r0 = this.runes[0];
			if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r);
			return r === r0;
		}
		const len = this.runes.length;
		if (len === 0) return false;
		if (len === 2 || len === 4 || len === 6 || len === 8) {
			for (let j = 0; j < len; j += 2) {
				if (r < this.runes[j]) return false;
				if (r <= this.runes[j + 1]) return true;
			}
			return false;
		}
		let base = 0;
		let n = len >> 1;
		while (n > 1) {
			const half = n >> 1;
			base += this.runes[base + half << 1] <= r ? half : 0;
			n -= half;
		}
		base += this.runes[base << 1] <= r ? 1 : 0;
		const m = base - 1;
		return m >= 0 && r <= this.runes[m << 1 | 1];
	}
	matchRunePos(r) {
		if (this.runes.length === 1) {
			const r0 = this.runes[0];
			if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r) ? 0 : -1;
			return r === r0 ? 0 : -1;
		}
		const len = this.runes.length;
		if (len === 0) return -1;
		if (len === 2 || len === 4 || len === 6 || len === 8) {
			for (let j = 0; j < len; j += 2) {
				if (r < this.runes[j]) return -1;
				if (r <= this.runes[j + 1]) return Math.floor(j / 2);
			}
			return -1;
		}
		let base = 0;
		let n = len >> 1;
		while (n > 1) {
			const half = n >> 1;
			base += this.runes[base + half << 1] <= r ? half : 0;
			n -= half;
		}
		base += this.runes[base << 1] <= r ? 1 : 0;
		const m = base - 1;
		return m >= 0 && r <= this.runes[m << 1 | 1] ? m : -1;
	}
	/**
	*
	* @returns {string}
	*/
	toString() {
		switch (this.op) {
			case Inst.ALT: return `alt -> ${this.out}, ${this.arg}`;
			case Inst.ALT_MATCH: return `altmatch -> ${this.out}, ${this.arg}`;
			case Inst.CAPTURE: return `cap ${this.arg} -> ${this.out}`;
			case Inst.EMPTY_WIDTH: return `empty ${this.arg} -> ${this.out}`;
			case Inst.MATCH: return `match${this.arg !== 0 ? ` ${this.arg}` : ""}`;
			case Inst.FAIL: return "fail";
			case Inst.NOP: return `nop -> ${this.out}`;
			case Inst.LB_WRITE: return `lbwrite ${this.arg} -> ${this.out}`;
			case Inst.LB_CHECK: return `lbcheck ${this.arg} -> ${this.out}`;
			case Inst.RUNE:
				if (this.runes === null) return "rune <null>";
				return [
					"rune ",
					Inst.escapeRunes(this.runes),
					(this.arg & RE2Flags.FOLD_CASE) !== 0 ? "/i" : "",
					" -> ",
					this.out
				].join("");
			case Inst.RUNE1: return `rune1 ${Inst.escapeRunes(this.runes)} -> ${this.out}`;
			case Inst.RUNE_ANY: return `any -> ${this.out}`;
			case Inst.RUNE_ANY_NOT_NL: return `anynotnl -> ${this.out}`;
			default: throw new Error("unhandled case in Inst.toString");
		}
	}
};
// src/Machine.js
var Queue = class Queue {
	constructor(numInst) {
		this.sparse = new Int32Array(numInst);
		this.densePcs = new Int32Array(numInst);
		this.denseCaps = null;
		this.size = 0;
		this.ncap = 0;
		this.mainThreads = 0;
	}
	static INITIAL_THREADS = 32;
	init(ncap) {
		this.ncap = ncap;
		const needed = Math.min(this.densePcs.length, Queue.INITIAL_THREADS) * ncap;
		if (!this.denseCaps || this.denseCaps.length < needed) this.denseCaps = new Int32Array(needed);
	}
	growCaps(needed) {
		const limit = this.densePcs.length * this.ncap;
		const grown = new Int32Array(Math.min(limit, Math.max(needed, 2 * this.denseCaps.length)));
		grown.set(this.denseCaps);
		this.denseCaps = grown;
	}
	contains(pc) {
		const j = this.sparse[pc];
		return j < this.size && this.densePcs[j] === pc;
	}
	isEmpty() {
		return this.size === 0;
	}
	add(pc) {
		const j = this.size++;
		this.sparse[pc] = j;
		this.densePcs[j] = pc;
		return j;
	}
	clear() {
		this.size = 0;
		this.mainThreads = 0;
	}
	toString() {
		let out = "{";
		for (let i = 0; i < this.size; i++) {
			if (i !== 0) out += ", ";
			out += this.densePcs[i];
		}
		out += "}";
		return out;
	}
};
var LookbehindState = class {
	constructor(prog) {
		this.pos = -1;
		this.pcs = new Int32Array(prog.numInst());
		this.size = 0;
		this.lbTable = new Int32Array(prog.numLb + 1);
	}
	reset() {
		this.pos = -1;
		this.size = 0;
	}
};
var Machine = class Machine {
	static fromRE2(re2) {
		const m = new Machine();
		m.prog = re2.prog;
		m.re2 = re2;
		m.q0 = new Queue(m.prog.numInst());
		m.q1 = new Queue(m.prog.numInst());
		m.addStack = new Int32Array(2 * (m.prog.numInst() + 1));
		m.matched = false;
		m.matchcap = new Int32Array(m.prog.numCap < 2 ? 2 : m.prog.numCap);
		m.ncap = 0;
		return m;
	}
	constructor() {
		this.prog = null;
		this.re2 = null;
		this.q0 = null;
		this.q1 = null;
		this.addStack = null;
		this.matched = false;
		this.matchcap = null;
		this.ncap = 0;
		this.lbTable = null;
	}
	init(ncap) {
		this.ncap = ncap;
		if (ncap > this.matchcap.length) this.matchcap = new Int32Array(ncap).fill(-1);
		else this.matchcap.fill(-1);
		this.q0.init(ncap);
		this.q1.init(ncap);
		if (this.prog.numLb > 0) {
			if (!this.lbTable || this.lbTable.length < this.prog.numLb + 1) this.lbTable = new Int32Array(this.prog.numLb + 1);
			this.lbTable.fill(-1);
		}
	}
	submatches() {
		if (this.ncap === 0) return Utils.emptyInts();
		return Utils.toArray(this.matchcap.subarray(0, this.ncap));
	}
	match(input, pos, anchor, lbState = null) {
		const startCond = this.re2.cond;
		if (startCond === Utils.EMPTY_ALL) return false;
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
		this.matched = false;
		this.matchcap.fill(-1);
		const hasLookbehinds = this.prog.numLb > 0;
		const matchStartPos = pos;
		let currentPos = pos;
		let resumeLookbehinds = false;
		if (hasLookbehinds) {
			if (lbState !== null && lbState.pos >= 0 && lbState.pos <= pos) {
				currentPos = lbState.pos;
				resumeLookbehinds = true;
			} else currentPos = 0;
		}
		let saveLookbehinds = hasLookbehinds && lbState !== null;
		let runq = this.q0;
		let nextq = this.q1;
		let r = input.step(currentPos);
		let rune = r >> 3;
		let width = r & 7;
		let rune1 = -1;
		let width1 = 0;
		if (r !== MachineInputBase.EOF()) {
			r = input.step(currentPos + width);
			rune1 = r >> 3;
			width1 = r & 7;
		}
		let flag;
		if (currentPos === 0) flag = Utils.emptyOpContext(-1, rune);
		else flag = input.context(currentPos);
		if (hasLookbehinds) {
			if (resumeLookbehinds) this.restoreLookbehinds(lbState, runq, flag);
			else this.spawnLookbehinds(runq, currentPos, flag);
		}
		while (true) {
			if (runq.mainThreads === 0) {
				if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
				if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
				if (this.matched) break;
				if (this.prog.numLb === 0 && runq.isEmpty() && !(this.re2.prefix.length === 0) && rune1 !== this.re2.prefixRune && input.canCheckPrefix()) {
					const advance = input.index(this.re2, currentPos);
					if (advance < 0) break;
					currentPos += advance;
					r = input.step(currentPos);
					rune = r >> 3;
					width = r & 7;
					r = input.step(currentPos + width);
					rune1 = r >> 3;
					width1 = r & 7;
					flag = input.context(currentPos);
				}
			}
			if (currentPos >= matchStartPos) {
				if (saveLookbehinds) {
					this.saveLookbehinds(lbState, runq, currentPos);
					saveLookbehinds = false;
				}
				if (!this.matched && (currentPos === 0 || anchor === RE2Flags.UNANCHORED)) {
					if (this.ncap > 0) this.matchcap[0] = currentPos;
					this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
				}
			}
			const nextPos = currentPos + width;
			flag = input.context(nextPos);
			this.step(runq, nextq, currentPos, nextPos, rune, flag, anchor, currentPos === input.endPos());
			if (width === 0) break;
			if (this.ncap === 0 && this.matched) break;
			currentPos += width;
			rune = rune1;
			width = width1;
			if (rune !== -1) {
				r = input.step(currentPos + width);
				rune1 = r >> 3;
				width1 = r & 7;
			}
			const tmpq = runq;
			runq = nextq;
			nextq = tmpq;
		}
		runq.clear();
		nextq.clear();
		return this.matched;
	}
	matchSet(input, pos, anchor) {
		const startCond = this.re2.cond;
		if (startCond === Utils.EMPTY_ALL) return [];
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
		let currentPos = this.prog.numLb > 0 ? 0 : pos;
		let matchStartPos = pos;
		let runq = this.q0;
		let nextq = this.q1;
		let r = input.step(currentPos);
		let rune = r >> 3;
		let width = r & 7;
		let rune1 = -1;
		let width1 = 0;
		if (r !== MachineInputBase.EOF()) {
			r = input.step(currentPos + width);
			rune1 = r >> 3;
			width1 = r & 7;
		}
		let flag = currentPos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(currentPos);
		const matches = /* @__PURE__ */ new Set();
		if (this.prog.numLb > 0) this.spawnLookbehinds(runq, currentPos, flag);
		while (true) {
			if (runq.mainThreads === 0) {
				if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
				if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
			}
			if (currentPos === 0 || anchor === RE2Flags.UNANCHORED) {
				if (currentPos >= matchStartPos) this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
			}
			const nextPos = currentPos + width;
			flag = input.context(nextPos);
			for (let j = 0; j < runq.size; j++) {
				const pc = runq.densePcs[j];
				const i = this.prog.inst[pc];
				const capOffset = j * this.ncap;
				let add = false;
				switch (i.op) {
					case Inst.MATCH:
						if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== input.endPos()) break;
						matches.add(i.arg);
						break;
					case Inst.RUNE:
						add = i.matchRune(rune);
						break;
					case Inst.RUNE1:
						add = rune === i.runes[0];
						break;
					case Inst.RUNE_ANY:
						add = true;
						break;
					case Inst.RUNE_ANY_NOT_NL:
						add = rune !== 10;
						break;
					default: continue;
				}
				if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, flag);
			}
			runq.clear();
			if (width === 0) break;
			currentPos += width;
			rune = rune1;
			width = width1;
			if (rune !== -1) {
				r = input.step(currentPos + width);
				rune1 = r >> 3;
				width1 = r & 7;
			}
			const tmpq = runq;
			runq = nextq;
			nextq = tmpq;
		}
		nextq.clear();
		return Array.from(matches).sort((a, b) => a - b);
	}
	step(runq, nextq, pos, nextPos, c, nextCond, anchor, atEnd) {
		const longest = this.re2.longest;
		for (let j = 0; j < runq.size; j++) {
			const pc = runq.densePcs[j];
			const capOffset = j * this.ncap;
			if (longest && this.matched && this.ncap > 0 && this.matchcap[0] < runq.denseCaps[capOffset]) continue;
			const i = this.prog.inst[pc];
			let add = false;
			switch (i.op) {
				case Inst.MATCH:
					if (anchor === RE2Flags.ANCHOR_BOTH && !atEnd) break;
					if (this.ncap > 0 && (!longest || !this.matched || this.matchcap[1] < pos)) {
						runq.denseCaps[capOffset + 1] = pos;
						for (let k = 0; k < this.ncap; k++) this.matchcap[k] = runq.denseCaps[capOffset + k];
					}
					if (!longest) runq.size = 0;
					this.matched = true;
					break;
				case Inst.RUNE:
					add = i.matchRune(c);
					break;
				case Inst.RUNE1:
					add = c === i.runes[0];
					break;
				case Inst.RUNE_ANY:
					add = true;
					break;
				case Inst.RUNE_ANY_NOT_NL:
					add = c !== 10;
					break;
				default: continue;
			}
			if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, nextCond);
		}
		runq.clear();
	}
	spawnLookbehinds(q, pos, flag) {
		for (let i = 0; i < this.prog.lbStarts.length; i++) this.add(q, this.prog.lbStarts[i], pos, this.matchcap, 0, flag);
	}
	restoreLookbehinds(lbState, q, flag) {
		this.lbTable.set(lbState.lbTable);
		for (let j = 0; j < lbState.size; j++) this.add(q, lbState.pcs[j], lbState.pos, this.matchcap, 0, flag);
	}
	saveLookbehinds(lbState, q, pos) {
		let size = 0;
		for (let j = 0; j < q.size; j++) {
			const pc = q.densePcs[j];
			if (this.prog.lbInst[pc] === 1 && Inst.isRuneOp(this.prog.inst[pc].op)) lbState.pcs[size++] = pc;
		}
		lbState.size = size;
		lbState.pos = pos;
		lbState.lbTable.set(this.lbTable);
	}
	add(q, pc, pos, capArray, capOffset, cond) {
		const stk = this.addStack;
		let nstk = 0;
		for (;;) {
			while (pc !== 0 && !q.contains(pc)) {
				const d = q.add(pc);
				const inst = this.prog.inst[pc];
				switch (inst.op) {
					case Inst.FAIL:
						pc = 0;
						break;
					case Inst.ALT:
					case Inst.ALT_MATCH:
						stk[nstk++] = inst.arg;
						stk[nstk++] = 0;
						pc = inst.out;
						break;
					case Inst.EMPTY_WIDTH:
						pc = (inst.arg & ~cond) === 0 ? inst.out : 0;
						break;
					case Inst.NOP:
						pc = inst.out;
						break;
					case Inst.CAPTURE:
						if (inst.arg < this.ncap) {
							stk[nstk++] = -inst.arg - 1;
							stk[nstk++] = capArray[capOffset + inst.arg];
							capArray[capOffset + inst.arg] = pos;
						}
						pc = inst.out;
						break;
					case Inst.LB_WRITE:
						this.lbTable[Math.abs(inst.arg)] = pos;
						pc = inst.out;
						break;
					case Inst.LB_CHECK:
						if (inst.arg > 0) pc = this.lbTable[inst.arg] === pos ? inst.out : 0;
						else pc = this.lbTable[-inst.arg] !== pos ? inst.out : 0;
						break;
					case Inst.MATCH:
					case Inst.RUNE:
					case Inst.RUNE1:
					case Inst.RUNE_ANY:
					case Inst.RUNE_ANY_NOT_NL:
						if (this.prog.lbInst[pc] === 0) q.mainThreads++;
						if (this.ncap > 0) {
							const destOffset = d * this.ncap;
							if (destOffset + this.ncap > q.denseCaps.length) q.growCaps(destOffset + this.ncap);
							for (let c = 0; c < this.ncap; c++) q.denseCaps[destOffset + c] = capArray[capOffset + c];
						}
						pc = 0;
						break;
					default: throw new RE2JSInternalException("unhandled");
				}
			}
			if (nstk === 0) return;
			nstk -= 2;
			const entry = stk[nstk];
			if (entry < 0) {
				capArray[capOffset - entry - 1] = stk[nstk + 1];
				pc = 0;
			} else pc = entry;
		}
	}
};
// src/DFA.js
const hashState = (pcs, flag, ids) => {
	let h = -2128831035;
	for (let i = 0; i < pcs.length; i++) {
		h ^= pcs[i];
		h = Math.imul(h, 16777619);
	}
	h ^= flag;
	h = Math.imul(h, 16777619);
	for (let i = 0; i < ids.length; i++) {
		h ^= ids[i];
		h = Math.imul(h, 16777619);
	}
	return h;
};
const arraysEqual = (a, b) => {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
};
const isState = (state, pcs, flag, ids) => state.flag === flag && arraysEqual(state.nfaStates, pcs) && arraysEqual(state.matchIDs, ids);
const NO_IDS = [];
const END_TEXT = -1;
var DFAState = class {
	constructor(nfaStates, flag, matchIDs) {
		this.nfaStates = nfaStates;
		this.flag = flag;
		this.isMatch = (flag & DFA.FLAG_MATCH) !== 0;
		this.matchIDs = matchIDs;
		this.next = null;
		this.nextAnchored = null;
	}
};
var DFA = class DFA {
	static FLAG_EMPTY_MASK = 255;
	static FLAG_MATCH = 256;
	static FLAG_LAST_WORD = 512;
	static FLAG_NEED_SHIFT = 16;
	static STATE_OVERHEAD = 150;
	static ARRAY_OVERHEAD = 40;
	static ELEMENT_SIZE = 8;
	static TABLE_OVERHEAD = 48;
	static PROGRESS_PER_STATE = 10;
	constructor(prog, maxMem = 8388608) {
		this.prog = prog;
		this.maxMem = maxMem;
		this.stateCache = /* @__PURE__ */ new Map();
		this.stateCount = 0;
		this.startStates = /* @__PURE__ */ new Map();
		this.failed = false;
		for (let pc = 0; pc < prog.numInst(); pc++) {
			const op = prog.getInst(pc).op;
			if (op === Inst.LB_WRITE || op === Inst.LB_CHECK) {
				this.failed = true;
				break;
			}
		}
		this.computeRuneClasses();
		this.stateBudget = maxMem;
		this.memBudget = maxMem;
	}
	computeRuneClasses() {
		const bounds = /* @__PURE__ */ new Set();
		const addRange = (lo, hi) => {
			bounds.add(lo);
			bounds.add(hi + 1);
		};
		for (let pc = 0; pc < this.prog.numInst(); pc++) {
			const inst = this.prog.getInst(pc);
			switch (inst.op) {
				case Inst.RUNE:
				case Inst.RUNE1:
					if (inst.runes.length === 1) {
						addRange(inst.runes[0], inst.runes[0]);
						if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) for (let f = Unicode.simpleFold(inst.runes[0]); f !== inst.runes[0]; f = Unicode.simpleFold(f)) addRange(f, f);
					} else for (let j = 0; j < inst.runes.length; j += 2) addRange(inst.runes[j], inst.runes[j + 1]);
					break;
				case Inst.RUNE_ANY_NOT_NL:
					addRange(10, 10);
					break;
				case Inst.EMPTY_WIDTH:
					if ((inst.arg & (Utils.EMPTY_BEGIN_LINE | Utils.EMPTY_END_LINE)) !== 0) addRange(10, 10);
					if ((inst.arg & (Utils.EMPTY_WORD_BOUNDARY | Utils.EMPTY_NO_WORD_BOUNDARY)) !== 0) {
						addRange(48, 57);
						addRange(65, 90);
						addRange(95, 95);
						addRange(97, 122);
					}
			}
		}
		bounds.delete(0);
		this.classBounds = Int32Array.from(bounds).sort();
		this.numClasses = this.classBounds.length + 1;
		const latin1Class = new Int32Array(Unicode.MAX_LATIN1 + 1);
		for (let r = 0; r <= Unicode.MAX_LATIN1; r++) latin1Class[r] = this.searchClass(r);
		this.latin1Class = latin1Class;
	}
	runeClass(r) {
		if (r <= Unicode.MAX_LATIN1) return this.latin1Class[r];
		return this.searchClass(r);
	}
	searchClass(r) {
		const bounds = this.classBounds;
		let lo = 0;
		let hi = bounds.length;
		while (lo < hi) {
			const mid = lo + hi >> 1;
			if (bounds[mid] <= r) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
	closure(pcs, flag) {
		const closure = /* @__PURE__ */ new Set();
		const stack = Array.from(pcs);
		let needflags = 0;
		while (stack.length > 0) {
			const pc = stack.pop();
			if (pc === 0 || closure.has(pc)) continue;
			closure.add(pc);
			const inst = this.prog.getInst(pc);
			switch (inst.op) {
				case Inst.ALT:
				case Inst.ALT_MATCH:
					stack.push(inst.out);
					stack.push(inst.arg);
					break;
				case Inst.NOP:
				case Inst.CAPTURE:
					stack.push(inst.out);
					break;
				case Inst.EMPTY_WIDTH:
					needflags |= inst.arg;
					if ((inst.arg & ~flag) === 0) stack.push(inst.out);
			}
		}
		return {
			pcs: Array.from(closure).sort((a, b) => a - b),
			needflags
		};
	}
	getState(pcs, flag, ids) {
		const hash = hashState(pcs, flag, ids);
		const cached = this.stateCache.get(hash);
		if (cached instanceof DFAState) {
			if (isState(cached, pcs, flag, ids)) return cached;
		} else if (cached !== void 0) {
			for (let i = 0; i < cached.length; i++) if (isState(cached[i], pcs, flag, ids)) return cached[i];
		}
		const cost = DFA.stateCost(pcs, ids);
		if (this.memBudget < cost) return null;
		this.memBudget -= cost;
		const state = new DFAState(pcs, flag, ids);
		if (cached === void 0) this.stateCache.set(hash, state);
		else if (cached instanceof DFAState) this.stateCache.set(hash, [cached, state]);
		else cached.push(state);
		this.stateCount++;
		return state;
	}
	static stateCost(pcs, ids) {
		const idsCost = ids.length === 0 ? 0 : DFA.ARRAY_OVERHEAD + DFA.ELEMENT_SIZE * ids.length;
		return DFA.STATE_OVERHEAD + DFA.ELEMENT_SIZE * pcs.length + idsCost;
	}
	*cachedStates() {
		for (const cached of this.stateCache.values()) if (cached instanceof DFAState) yield cached;
		else yield* cached;
	}
	makeState(pcs, flag, ids) {
		const closure = this.closure(pcs, flag & DFA.FLAG_EMPTY_MASK);
		let stateFlag = flag;
		if (closure.needflags === 0) stateFlag &= DFA.FLAG_MATCH;
		stateFlag |= closure.needflags << DFA.FLAG_NEED_SHIFT;
		return this.getState(closure.pcs, stateFlag, ids);
	}
	allocTable(state, anchor) {
		const size = this.numClasses + 1;
		const cost = DFA.TABLE_OVERHEAD + DFA.ELEMENT_SIZE * size;
		if (this.memBudget < cost) return null;
		this.memBudget -= cost;
		const table = new Array(size).fill(null);
		if (anchor === RE2Flags.UNANCHORED) state.next = table;
		else state.nextAnchored = table;
		return table;
	}
	clearCache() {
		this.stateCache.clear();
		this.stateCount = 0;
		this.startStates.clear();
		this.memBudget = this.stateBudget;
	}
	resetCache(current) {
		this.clearCache();
		return this.getState(current.nfaStates, current.flag, current.matchIDs);
	}
	step(state, cls, rune, anchor) {
		let table = anchor === RE2Flags.UNANCHORED ? state.next : state.nextAnchored;
		if (table !== null) {
			const cached = table[cls];
			if (cached !== null) return cached;
		} else {
			table = this.allocTable(state, anchor);
			if (table === null) return null;
		}
		const needflag = state.flag >>> DFA.FLAG_NEED_SHIFT;
		const oldbeforeflag = state.flag & DFA.FLAG_EMPTY_MASK;
		let beforeflag = oldbeforeflag;
		let afterflag = 0;
		if (rune === 10) {
			beforeflag |= Utils.EMPTY_END_LINE;
			afterflag |= Utils.EMPTY_BEGIN_LINE;
		}
		if (rune === END_TEXT) beforeflag |= Utils.EMPTY_END_LINE | Utils.EMPTY_END_TEXT;
		const islastword = (state.flag & DFA.FLAG_LAST_WORD) !== 0;
		const isword = rune !== END_TEXT && Utils.isWordRune(rune);
		beforeflag |= isword === islastword ? Utils.EMPTY_NO_WORD_BOUNDARY : Utils.EMPTY_WORD_BOUNDARY;
		let pcs = state.nfaStates;
		if ((beforeflag & ~oldbeforeflag & needflag) !== 0) pcs = this.closure(pcs, beforeflag).pcs;
		const nextPCs = [];
		let ismatch = false;
		let ids = NO_IDS;
		for (let i = 0; i < pcs.length; i++) {
			const inst = this.prog.getInst(pcs[i]);
			if (inst.op === Inst.MATCH) {
				if (!ismatch) {
					ismatch = true;
					ids = [];
				}
				ids.push(inst.arg);
			} else if (rune !== END_TEXT && Inst.isRuneOp(inst.op) && inst.matchRune(rune)) nextPCs.push(inst.out);
		}
		if (ids.length > 1) ids.sort((a, b) => a - b);
		if (anchor === RE2Flags.UNANCHORED && rune !== END_TEXT) nextPCs.push(this.prog.start);
		let flag = afterflag;
		if (ismatch) flag |= DFA.FLAG_MATCH;
		if (isword) flag |= DFA.FLAG_LAST_WORD;
		const nextState = this.makeState(nextPCs, flag, ids);
		if (nextState === null) return null;
		table[cls] = nextState;
		return nextState;
	}
	start(input, pos) {
		const context = input.context(pos);
		let flags;
		if ((context & Utils.EMPTY_BEGIN_TEXT) !== 0) flags = Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
		else if ((context & Utils.EMPTY_BEGIN_LINE) !== 0) flags = Utils.EMPTY_BEGIN_LINE;
		else {
			const r = input.step(pos);
			const nextIsWord = r >= 0 && Utils.isWordRune(r >> 3);
			flags = (context & Utils.EMPTY_WORD_BOUNDARY) !== 0 !== nextIsWord ? DFA.FLAG_LAST_WORD : 0;
		}
		let state = this.startStates.get(flags);
		if (state === void 0) {
			state = this.makeState([this.prog.start], flags, NO_IDS);
			if (state === null) {
				this.clearCache();
				state = this.makeState([this.prog.start], flags, NO_IDS);
				if (state === null) return null;
			}
			this.startStates.set(flags, state);
		}
		return state;
	}
	stepOrReset(state, cls, rune, anchor, pos, search) {
		let next = this.step(state, cls, rune, anchor);
		if (next !== null) return next;
		if (search.resetPos >= 0 && pos - search.resetPos < DFA.PROGRESS_PER_STATE * this.stateCount) return null;
		search.resetPos = pos;
		const restored = this.resetCache(state);
		if (restored === null) return null;
		next = this.step(restored, cls, rune, anchor);
		return next;
	}
	run(input, pos, anchor, state, onMatch) {
		const endPos = input.endPos();
		const latin1Class = this.latin1Class;
		const unanchored = anchor === RE2Flags.UNANCHORED;
		const search = { resetPos: -1 };
		let i = pos;
		while (i < endPos) {
			const r = input.step(i);
			const rune = r >> 3;
			const width = r & 7;
			if (width === 0) break;
			const cls = rune <= Unicode.MAX_LATIN1 ? latin1Class[rune] : this.runeClass(rune);
			let next = unanchored && state.next !== null ? state.next[cls] : null;
			if (next === null) {
				next = this.stepOrReset(state, cls, rune, anchor, i, search);
				if (next === null) return null;
			}
			state = next;
			if (state.isMatch && onMatch(state, false)) return true;
			if (!unanchored && state.nfaStates.length === 0) return false;
			i += width;
		}
		state = this.stepOrReset(state, this.numClasses, END_TEXT, anchor, i, search);
		if (state === null) return null;
		return state.isMatch && onMatch(state, true);
	}
	match(input, pos, anchor) {
		if (this.failed) return null;
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
		const startState = this.start(input, pos);
		if (startState === null) return null;
		return this.run(input, pos, anchor, startState, (state, atEnd) => anchor !== RE2Flags.ANCHOR_BOTH || atEnd);
	}
	matchSet(input, pos, anchor) {
		if (this.failed) return null;
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
		const startState = this.start(input, pos);
		if (startState === null) return null;
		const matches = /* @__PURE__ */ new Set();
		const collect = (state, atEnd) => {
			if (anchor !== RE2Flags.ANCHOR_BOTH || atEnd) for (let k = 0; k < state.matchIDs.length; k++) matches.add(state.matchIDs[k]);
			return false;
		};
		if (this.run(input, pos, anchor, startState, collect) === null) return null;
		return Array.from(matches).sort((a, b) => a - b);
	}
};
// src/Backtracker.js
const VISITED_BITS = 32;
const MAX_BACKTRACK_PROG = 500;
const INITIAL_JOB_CAPACITY = 256;
const MAX_BACKTRACK_VECTOR = 262144;
var BitState = class {
	constructor() {
		this.end = 0;
		this.cap = /* @__PURE__ */ new Int32Array(0);
		this.matchcap = /* @__PURE__ */ new Int32Array(0);
		this.ncap = 0;
		this.jobPc = new Int32Array(INITIAL_JOB_CAPACITY);
		this.jobArg = new Uint8Array(INITIAL_JOB_CAPACITY);
		this.jobPos = new Int32Array(INITIAL_JOB_CAPACITY);
		this.jobLen = 0;
		this.visited = /* @__PURE__ */ new Uint32Array(0);
	}
	reset(prog, end, ncap) {
		this.end = end;
		this.jobLen = 0;
		this.ncap = ncap;
		const visitedSize = prog.numInst() * (end + 1) + VISITED_BITS - 1 >>> 5;
		if (this.visited.length < visitedSize) this.visited = new Uint32Array(visitedSize);
		else this.visited.fill(0, 0, visitedSize);
		if (this.cap.length < ncap) this.cap = new Int32Array(ncap).fill(-1);
		else this.cap.fill(-1, 0, ncap);
		if (this.matchcap.length < ncap) this.matchcap = new Int32Array(ncap).fill(-1);
		else this.matchcap.fill(-1, 0, ncap);
	}
	shouldVisit(pc, pos) {
		const n = pc * (this.end + 1) + pos;
		const idx = n >>> 5;
		const mask = 1 << (n & 31);
		if ((this.visited[idx] & mask) !== 0) return false;
		this.visited[idx] |= mask;
		return true;
	}
	push(re2, pc, pos, arg) {
		if (re2.prog.getInst(pc).op !== Inst.FAIL && (arg || this.shouldVisit(pc, pos))) {
			if (this.jobLen >= this.jobPc.length) {
				const newSize = this.jobPc.length * 2;
				const newPc = new Int32Array(newSize);
				newPc.set(this.jobPc);
				this.jobPc = newPc;
				const newArg = new Uint8Array(newSize);
				newArg.set(this.jobArg);
				this.jobArg = newArg;
				const newPos = new Int32Array(newSize);
				newPos.set(this.jobPos);
				this.jobPos = newPos;
			}
			this.jobPc[this.jobLen] = pc;
			this.jobArg[this.jobLen] = arg ? 1 : 0;
			this.jobPos[this.jobLen] = pos;
			this.jobLen++;
		}
	}
	tryBacktrack(re2, input, pc, pos, anchor) {
		const longest = re2.longest;
		this.push(re2, pc, pos, false);
		while (this.jobLen > 0) {
			this.jobLen--;
			let currentPc = this.jobPc[this.jobLen];
			let arg = this.jobArg[this.jobLen] === 1;
			let currentPos = this.jobPos[this.jobLen];
			let skipShouldVisit = true;
			while (true) {
				if (!skipShouldVisit) {
					if (!this.shouldVisit(currentPc, currentPos)) break;
				}
				skipShouldVisit = false;
				const inst = re2.prog.getInst(currentPc);
				switch (inst.op) {
					case Inst.FAIL: break;
					case Inst.ALT: if (arg) {
						arg = false;
						currentPc = inst.arg;
						continue;
					} else {
						this.push(re2, currentPc, currentPos, true);
						currentPc = inst.out;
						continue;
					}
					case Inst.ALT_MATCH: {
						const outInst = re2.prog.getInst(inst.out);
						if (Inst.isRuneOp(outInst.op)) {
							this.push(re2, inst.arg, currentPos, false);
							currentPc = inst.arg;
							currentPos = this.end;
							continue;
						}
						this.push(re2, inst.out, this.end, false);
						currentPc = inst.out;
						continue;
					}
					case Inst.RUNE: {
						const r = input.step(currentPos);
						if (r === MachineInputBase.EOF()) break;
						if (!inst.matchRune(r >> 3)) break;
						currentPos += r & 7;
						currentPc = inst.out;
						continue;
					}
					case Inst.RUNE1: {
						const r = input.step(currentPos);
						if (r === MachineInputBase.EOF()) break;
						if (r >> 3 !== inst.runes[0]) break;
						currentPos += r & 7;
						currentPc = inst.out;
						continue;
					}
					case Inst.RUNE_ANY_NOT_NL: {
						const r = input.step(currentPos);
						if (r === MachineInputBase.EOF()) break;
						if (r >> 3 === 10) break;
						currentPos += r & 7;
						currentPc = inst.out;
						continue;
					}
					case Inst.RUNE_ANY: {
						const r = input.step(currentPos);
						if (r === MachineInputBase.EOF()) break;
						currentPos += r & 7;
						currentPc = inst.out;
						continue;
					}
					case Inst.CAPTURE: if (arg) {
						this.cap[inst.arg] = currentPos;
						break;
					} else {
						if (inst.arg < this.ncap) {
							this.push(re2, currentPc, this.cap[inst.arg], true);
							this.cap[inst.arg] = currentPos;
						}
						currentPc = inst.out;
						continue;
					}
					case Inst.EMPTY_WIDTH: {
						const flag = input.context(currentPos);
						if ((inst.arg & ~flag) !== 0) break;
						currentPc = inst.out;
						continue;
					}
					case Inst.NOP:
						currentPc = inst.out;
						continue;
					case Inst.MATCH: {
						if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== this.end) break;
						if (this.ncap === 0) return true;
						if (this.ncap > 1) this.cap[1] = currentPos;
						const old = this.matchcap[1];
						if (old === -1 || longest && currentPos > 0 && currentPos > old) this.matchcap.set(this.cap);
						if (!longest) return true;
						if (currentPos === this.end) return true;
						break;
					}
					case Inst.LB_WRITE:
					case Inst.LB_CHECK: throw new RE2JSInternalException("Backtracker cannot evaluate Lookbehind instructions");
					default: throw new RE2JSInternalException("bad inst");
				}
				break;
			}
		}
		return longest && this.matchcap.length > 1 && this.matchcap[1] >= 0;
	}
};
const bitStatePool = [];
var Backtracker = class Backtracker {
	static shouldBacktrack(prog) {
		return prog.numInst() <= MAX_BACKTRACK_PROG;
	}
	static maxBitStateLen(prog) {
		if (!Backtracker.shouldBacktrack(prog)) return 0;
		return Math.floor(MAX_BACKTRACK_VECTOR / prog.numInst());
	}
	static execute(re2, input, pos, anchor, ncap) {
		const startCond = re2.cond;
		if (startCond === Utils.EMPTY_ALL) return null;
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
		if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && pos !== 0) return null;
		const b = bitStatePool.length > 0 ? bitStatePool.pop() : new BitState();
		const end = input.endPos();
		b.reset(re2.prog, end, ncap);
		let matched = false;
		if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 || anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) {
			if (b.ncap > 0) b.cap[0] = pos;
			if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) matched = true;
		} else {
			let width = -1;
			for (; pos <= end && width !== 0; pos += width) {
				if (re2.prefix.length > 0) {
					const advance = input.index(re2, pos);
					if (advance < 0) break;
					pos += advance;
				}
				if (b.ncap > 0) b.cap[0] = pos;
				if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) {
					matched = true;
					break;
				}
				const r = input.step(pos);
				width = r === MachineInputBase.EOF() ? 0 : r & 7;
			}
		}
		if (!matched) {
			bitStatePool.push(b);
			return null;
		}
		const result = ncap === 0 ? [] : Utils.toArray(b.matchcap.subarray(0, ncap));
		bitStatePool.push(b);
		return result;
	}
};
// src/OnePass.js
var QueueOnePass = class {
	constructor(size) {
		this.sparse = new Uint32Array(size);
		this.dense = new Uint32Array(size);
		this.size = 0;
		this.nextIndex = 0;
	}
	empty() {
		return this.nextIndex >= this.size;
	}
	next() {
		return this.dense[this.nextIndex++];
	}
	clear() {
		this.size = 0;
		this.nextIndex = 0;
	}
	contains(u) {
		return u < this.sparse.length && this.sparse[u] < this.size && this.dense[this.sparse[u]] === u;
	}
	insert(u) {
		if (!this.contains(u)) this.insertNew(u);
	}
	insertNew(u) {
		if (u >= this.sparse.length) return;
		this.sparse[u] = this.size;
		this.dense[this.size] = u;
		this.size++;
	}
};
const mergeRuneSets = (leftRunes, rightRunes, leftPC, rightPC) => {
	const leftLen = leftRunes.length;
	const rightLen = rightRunes.length;
	let lx = 0, rx = 0;
	const merged = [];
	const next = [];
	let ok = true;
	let ix = -1;
	const extend = (isLeft) => {
		const newArray = isLeft ? leftRunes : rightRunes;
		const low = isLeft ? lx : rx;
		const pc = isLeft ? leftPC : rightPC;
		if (ix > 0 && newArray[low] <= merged[ix]) return false;
		merged.push(newArray[low], newArray[low + 1]);
		if (isLeft) lx += 2;
		else rx += 2;
		ix += 2;
		next.push(pc);
		return true;
	};
	while (lx < leftLen || rx < rightLen) {
		if (rx >= rightLen) ok = extend(true);
		else if (lx >= leftLen) ok = extend(false);
		else if (rightRunes[rx] < leftRunes[lx]) ok = extend(false);
		else ok = extend(true);
		if (!ok) return null;
	}
	return {
		merged,
		next
	};
};
var OnePassProg = class {
	constructor(prog) {
		this.start = prog.start;
		this.numCap = prog.numCap;
		this.inst = new Array(prog.inst.length);
		for (let i = 0; i < prog.inst.length; i++) {
			const orig = prog.inst[i];
			const inst = new Inst(orig.op);
			inst.out = orig.out;
			inst.arg = orig.arg;
			inst.runes = orig.runes ? new Int32Array(orig.runes) : /* @__PURE__ */ new Int32Array(0);
			inst.next = null;
			this.inst[i] = inst;
		}
	}
};
const onePassCopy = (prog) => {
	const p = new OnePassProg(prog);
	for (let pc = 0; pc < p.inst.length; pc++) {
		const inst = p.inst[pc];
		if (inst.op !== Inst.ALT && inst.op !== Inst.ALT_MATCH) continue;
		let pAOther = "out";
		let pAAlt = "arg";
		let instAlt = p.inst[inst[pAAlt]];
		if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) {
			pAOther = "arg";
			pAAlt = "out";
			instAlt = p.inst[inst[pAAlt]];
			if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) continue;
		}
		const instOther = p.inst[inst[pAOther]];
		if (instOther.op === Inst.ALT || instOther.op === Inst.ALT_MATCH) continue;
		let pBAlt = "out";
		let pBOther = "arg";
		let patch = false;
		if (instAlt.out === pc) patch = true;
		else if (instAlt.arg === pc) {
			patch = true;
			pBAlt = "arg";
			pBOther = "out";
		}
		if (patch) instAlt[pBAlt] = inst[pAOther];
		if (inst[pAOther] === instAlt[pBAlt]) inst[pAAlt] = instAlt[pBOther];
	}
	return p;
};
const makeOnePass = (p) => {
	if (p.inst.length >= 1e3) return null;
	const instQueue = new QueueOnePass(p.inst.length);
	const visitQueue = new QueueOnePass(p.inst.length);
	const onePassRunes = new Array(p.inst.length);
	const m = new Array(p.inst.length).fill(false);
	const check = (pc) => {
		let ok = true;
		const inst = p.inst[pc];
		if (visitQueue.contains(pc)) return true;
		visitQueue.insert(pc);
		switch (inst.op) {
			case Inst.ALT:
			case Inst.ALT_MATCH: {
				ok = check(inst.out) && check(inst.arg);
				let matchOut = m[inst.out];
				let matchArg = m[inst.arg];
				if (matchOut && matchArg) return false;
				if (matchArg) {
					const tempOut = inst.out;
					inst.out = inst.arg;
					inst.arg = tempOut;
					const tempMatch = matchOut;
					matchOut = matchArg;
					matchArg = tempMatch;
				}
				if (matchOut) {
					m[pc] = true;
					inst.op = Inst.ALT_MATCH;
				}
				const leftRunes = onePassRunes[inst.out] || [];
				const rightRunes = onePassRunes[inst.arg] || [];
				const mergeRes = mergeRuneSets(leftRunes, rightRunes, inst.out, inst.arg);
				if (!mergeRes) return false;
				onePassRunes[pc] = new Int32Array(mergeRes.merged);
				inst.next = new Uint32Array(mergeRes.next);
				break;
			}
			case Inst.CAPTURE:
			case Inst.EMPTY_WIDTH:
			case Inst.NOP:
				ok = check(inst.out);
				m[pc] = m[inst.out];
				onePassRunes[pc] = onePassRunes[inst.out] ? new Int32Array(onePassRunes[inst.out]) : /* @__PURE__ */ new Int32Array(0);
				inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
				break;
			case Inst.MATCH:
			case Inst.FAIL:
				m[pc] = inst.op === Inst.MATCH;
				break;
			case Inst.RUNE: {
				m[pc] = false;
				if (inst.next && inst.next.length > 0) break;
				instQueue.insert(inst.out);
				if (!inst.runes || inst.runes.length === 0) {
					onePassRunes[pc] = /* @__PURE__ */ new Int32Array(0);
					inst.next = new Uint32Array([inst.out]);
					break;
				}
				let runes = [];
				if (inst.runes.length === 1 && (inst.arg & RE2Flags.FOLD_CASE) !== 0) {
					const r0 = inst.runes[0];
					runes.push(r0, r0);
					for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
					runes.sort((a, b) => a - b);
				} else for (let j = 0; j < inst.runes.length; j++) runes.push(inst.runes[j]);
				onePassRunes[pc] = new Int32Array(runes);
				inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
				inst.op = Inst.RUNE;
				break;
			}
			case Inst.RUNE1: {
				m[pc] = false;
				if (inst.next && inst.next.length > 0) break;
				instQueue.insert(inst.out);
				let runes = [];
				if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) {
					const r0 = inst.runes[0];
					runes.push(r0, r0);
					for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
					runes.sort((a, b) => a - b);
				} else runes.push(inst.runes[0], inst.runes[0]);
				onePassRunes[pc] = new Int32Array(runes);
				inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
				inst.op = Inst.RUNE;
				break;
			}
			case Inst.RUNE_ANY:
				m[pc] = false;
				if (inst.next && inst.next.length > 0) break;
				instQueue.insert(inst.out);
				onePassRunes[pc] = new Int32Array([0, Unicode.MAX_RUNE]);
				inst.next = new Uint32Array([inst.out]);
				break;
			case Inst.RUNE_ANY_NOT_NL:
				m[pc] = false;
				if (inst.next && inst.next.length > 0) break;
				instQueue.insert(inst.out);
				onePassRunes[pc] = new Int32Array([
					0,
					9,
					11,
					Unicode.MAX_RUNE
				]);
				inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
		}
		return ok;
	};
	instQueue.clear();
	instQueue.insert(p.start);
	while (!instQueue.empty()) {
		visitQueue.clear();
		if (!check(instQueue.next())) return null;
	}
	for (let i = 0; i < p.inst.length; i++) if (onePassRunes[i]) p.inst[i].runes = onePassRunes[i];
	return p;
};
const cleanupOnePass = (p, original) => {
	for (let ix = 0; ix < original.inst.length; ix++) {
		const instOriginal = original.inst[ix];
		switch (instOriginal.op) {
			case Inst.ALT:
			case Inst.ALT_MATCH:
			case Inst.RUNE: break;
			case Inst.CAPTURE:
			case Inst.EMPTY_WIDTH:
			case Inst.NOP:
			case Inst.MATCH:
			case Inst.FAIL:
				p.inst[ix].next = null;
				break;
			case Inst.RUNE1:
			case Inst.RUNE_ANY:
			case Inst.RUNE_ANY_NOT_NL:
				p.inst[ix].next = null;
				p.inst[ix].op = instOriginal.op;
				p.inst[ix].runes = instOriginal.runes ? new Int32Array(instOriginal.runes) : /* @__PURE__ */ new Int32Array(0);
		}
	}
};
var OnePass = class OnePass {
	static compile(prog) {
		if (prog.start === 0) return null;
		if (prog.numLb > 0) return null;
		const startInst = prog.inst[prog.start];
		if (startInst.op !== Inst.EMPTY_WIDTH || (startInst.arg & Utils.EMPTY_BEGIN_TEXT) === 0) return null;
		let hasAlt = false;
		for (let i = 0; i < prog.inst.length; i++) if (prog.inst[i].op === Inst.ALT || prog.inst[i].op === Inst.ALT_MATCH) {
			hasAlt = true;
			break;
		}
		for (let i = 0; i < prog.inst.length; i++) {
			const inst = prog.inst[i];
			const opOut = prog.inst[inst.out].op;
			switch (inst.op) {
				case Inst.ALT:
				case Inst.ALT_MATCH:
					if (opOut === Inst.MATCH || prog.inst[inst.arg].op === Inst.MATCH) return null;
					break;
				case Inst.EMPTY_WIDTH:
					if (opOut === Inst.MATCH) {
						if ((inst.arg & Utils.EMPTY_END_TEXT) === Utils.EMPTY_END_TEXT) continue;
						return null;
					}
					break;
				default: if (opOut === Inst.MATCH && hasAlt) return null;
			}
		}
		let p = onePassCopy(prog);
		p = makeOnePass(p);
		if (p !== null) cleanupOnePass(p, prog);
		return p;
	}
	static next(inst, r) {
		const nextIdx = inst.matchRunePos(r);
		if (nextIdx >= 0) return inst.next[nextIdx];
		if (inst.op === Inst.ALT_MATCH) return inst.out;
		return 0;
	}
	static execute(re2, input, pos, anchor, ncap) {
		const onepass = re2.onepass;
		if (!onepass) return null;
		const matchcap = new Int32Array(ncap).fill(-1);
		let matched = false;
		let r = input.step(pos);
		let rune = r >> 3;
		let width = r & 7;
		let r1 = MachineInputBase.EOF();
		let rune1 = -1;
		let width1 = 0;
		if (r !== MachineInputBase.EOF()) {
			r1 = input.step(pos + width);
			if (r1 !== MachineInputBase.EOF()) {
				rune1 = r1 >> 3;
				width1 = r1 & 7;
			}
		}
		let flag = pos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(pos);
		let pc = onepass.start;
		let inst;
		while (true) {
			inst = onepass.inst[pc];
			pc = inst.out;
			switch (inst.op) {
				case Inst.MATCH:
					if (anchor === RE2Flags.ANCHOR_BOTH && pos !== input.endPos()) return null;
					matched = true;
					if (matchcap.length > 0) {
						matchcap[0] = 0;
						matchcap[1] = pos;
					}
					return ncap === 0 ? [] : Utils.toArray(matchcap);
				case Inst.RUNE:
					if (!inst.matchRune(rune)) return null;
					break;
				case Inst.RUNE1:
					if (rune !== inst.runes[0]) return null;
					break;
				case Inst.RUNE_ANY: break;
				case Inst.RUNE_ANY_NOT_NL:
					if (rune === 10) return null;
					break;
				case Inst.ALT:
				case Inst.ALT_MATCH:
					pc = OnePass.next(inst, rune);
					continue;
				case Inst.FAIL: return null;
				case Inst.NOP: continue;
				case Inst.EMPTY_WIDTH:
					if ((inst.arg & ~flag) !== 0) return null;
					continue;
				case Inst.CAPTURE:
					if (inst.arg < matchcap.length) matchcap[inst.arg] = pos;
					continue;
				default: throw new RE2JSInternalException("bad inst");
			}
			if (width === 0) break;
			flag = Utils.emptyOpContext(rune, rune1);
			pos += width;
			rune = rune1;
			width = width1;
			if (rune !== -1) {
				r1 = input.step(pos + width);
				if (r1 !== MachineInputBase.EOF()) {
					rune1 = r1 >> 3;
					width1 = r1 & 7;
				} else {
					rune1 = -1;
					width1 = 0;
				}
			}
		}
		if (!matched) return null;
		return ncap === 0 ? [] : Utils.toArray(matchcap);
	}
};
// src/Regexp.js
/**
* Regular expression abstract syntax tree. Produced by parser, used by compiler. NB, this
* corresponds to {@code syntax.regexp} in the Go implementation; Go's {@code regexp} is called
* {@code RE2} in Java.
*/
var Regexp = class Regexp {
	static Op = createEnum([
		"NO_MATCH",
		"EMPTY_MATCH",
		"LITERAL",
		"CHAR_CLASS",
		"ANY_CHAR_NOT_NL",
		"ANY_CHAR",
		"BEGIN_LINE",
		"END_LINE",
		"BEGIN_TEXT",
		"END_TEXT",
		"WORD_BOUNDARY",
		"NO_WORD_BOUNDARY",
		"CAPTURE",
		"STAR",
		"PLUS",
		"QUEST",
		"REPEAT",
		"CONCAT",
		"ALTERNATE",
		"PLB",
		"NLB",
		"LEFT_PAREN",
		"VERTICAL_BAR"
	]);
	static isPseudoOp(op) {
		return op >= Regexp.Op.LEFT_PAREN;
	}
	static emptySubs() {
		return [];
	}
	static quoteIfHyphen(rune) {
		if (rune === Codepoint.CODES["-"]) return "\\";
		return "";
	}
	static fromRegexp(re) {
		const regex = new Regexp(re.op);
		regex.flags = re.flags;
		regex.subs = re.subs;
		regex.runes = re.runes;
		regex.cap = re.cap;
		regex.min = re.min;
		regex.max = re.max;
		regex.name = re.name;
		regex.namedGroups = re.namedGroups;
		regex.lb = re.lb;
		return regex;
	}
	constructor(op) {
		this.op = op;
		this.flags = 0;
		this.subs = Regexp.emptySubs();
		this.runes = /* @__PURE__ */ new Int32Array(0);
		this.min = 0;
		this.max = 0;
		this.cap = 0;
		this.name = null;
		this.namedGroups = Object.create(null);
		this.lb = 0;
	}
	reinit() {
		this.flags = 0;
		this.subs = Regexp.emptySubs();
		this.runes = /* @__PURE__ */ new Int32Array(0);
		this.cap = 0;
		this.min = 0;
		this.max = 0;
		this.name = null;
		this.namedGroups = Object.create(null);
		this.lb = 0;
	}
	toString() {
		return this.appendTo();
	}
	appendTo() {
		let out = "";
		switch (this.op) {
			case Regexp.Op.NO_MATCH:
				out += "[^\\x00-\\x{10FFFF}]";
				break;
			case Regexp.Op.EMPTY_MATCH:
				out += "(?:)";
				break;
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST:
			case Regexp.Op.REPEAT: {
				const sub = this.subs[0];
				if (sub.op > Regexp.Op.CAPTURE || sub.op === Regexp.Op.LITERAL && sub.runes.length > 1) out += `(?:${sub.appendTo()})`;
				else out += sub.appendTo();
				switch (this.op) {
					case Regexp.Op.STAR:
						out += "*";
						break;
					case Regexp.Op.PLUS:
						out += "+";
						break;
					case Regexp.Op.QUEST:
						out += "?";
						break;
					case Regexp.Op.REPEAT:
						out += `{${this.min}`;
						if (this.min !== this.max) {
							out += ",";
							if (this.max >= 0) out += this.max;
						}
						out += "}";
				}
				if ((this.flags & RE2Flags.NON_GREEDY) !== 0) out += "?";
				break;
			}
			case Regexp.Op.CONCAT:
				for (let sub of this.subs) if (sub.op === Regexp.Op.ALTERNATE) out += `(?:${sub.appendTo()})`;
				else out += sub.appendTo();
				break;
			case Regexp.Op.ALTERNATE: {
				let sep = "";
				for (let sub of this.subs) {
					out += sep;
					sep = "|";
					out += sub.appendTo();
				}
				break;
			}
			case Regexp.Op.LITERAL:
				if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += "(?i:";
				for (let rune of this.runes) out += Utils.escapeRune(rune);
				if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += ")";
				break;
			case Regexp.Op.ANY_CHAR_NOT_NL:
				out += "(?-s:.)";
				break;
			case Regexp.Op.ANY_CHAR:
				out += "(?s:.)";
				break;
			case Regexp.Op.PLB:
				out += `(?<=${this.subs[0].appendTo()})`;
				break;
			case Regexp.Op.NLB:
				out += `(?<!${this.subs[0].appendTo()})`;
				break;
			case Regexp.Op.CAPTURE:
				if (this.name === null || this.name.length === 0) out += "(";
				else out += `(?P<${this.name}>`;
				if (this.subs[0].op !== Regexp.Op.EMPTY_MATCH) out += this.subs[0].appendTo();
				out += ")";
				break;
			case Regexp.Op.BEGIN_TEXT:
				out += "\\A";
				break;
			case Regexp.Op.END_TEXT:
				if ((this.flags & RE2Flags.WAS_DOLLAR) !== 0) out += "(?-m:$)";
				else out += "\\z";
				break;
			case Regexp.Op.BEGIN_LINE:
				out += "^";
				break;
			case Regexp.Op.END_LINE:
				out += "$";
				break;
			case Regexp.Op.WORD_BOUNDARY:
				out += "\\b";
				break;
			case Regexp.Op.NO_WORD_BOUNDARY:
				out += "\\B";
				break;
			case Regexp.Op.CHAR_CLASS:
				if (this.runes.length % 2 !== 0) {
					out += "[invalid char class]";
					break;
				}
				out += "[";
				if (this.runes.length === 0) out += "^\\x00-\\x{10FFFF}";
				else if (this.runes[0] === 0 && this.runes[this.runes.length - 1] === Unicode.MAX_RUNE) {
					out += "^";
					for (let i = 1; i < this.runes.length - 1; i += 2) {
						const lo = this.runes[i] + 1;
						const hi = this.runes[i + 1] - 1;
						out += Regexp.quoteIfHyphen(lo);
						out += Utils.escapeRune(lo);
						if (lo !== hi) {
							out += "-";
							out += Regexp.quoteIfHyphen(hi);
							out += Utils.escapeRune(hi);
						}
					}
				} else for (let i = 0; i < this.runes.length; i += 2) {
					const lo = this.runes[i];
					const hi = this.runes[i + 1];
					out += Regexp.quoteIfHyphen(lo);
					out += Utils.escapeRune(lo);
					if (lo !== hi) {
						out += "-";
						out += Regexp.quoteIfHyphen(hi);
						out += Utils.escapeRune(hi);
					}
				}
				out += "]";
				break;
			default: out += this.op;
		}
		return out;
	}
	maxCap() {
		let m = 0;
		if (this.op === Regexp.Op.CAPTURE) m = this.cap;
		if (this.subs !== null) for (let sub of this.subs) {
			const n = sub.maxCap();
			if (m < n) m = n;
		}
		return m;
	}
	equals(that) {
		if (!(that !== null && that instanceof Regexp)) return false;
		if (this.op !== that.op) return false;
		switch (this.op) {
			case Regexp.Op.END_TEXT:
				if ((this.flags & RE2Flags.WAS_DOLLAR) !== (that.flags & RE2Flags.WAS_DOLLAR)) return false;
				break;
			case Regexp.Op.LITERAL:
			case Regexp.Op.CHAR_CLASS:
				if ((this.flags & RE2Flags.FOLD_CASE) !== (that.flags & RE2Flags.FOLD_CASE)) return false;
				if (this.runes === null && that.runes === null) break;
				if (this.runes === null || that.runes === null) return false;
				if (this.runes.length !== that.runes.length) return false;
				for (let i = 0; i < this.runes.length; i++) if (this.runes[i] !== that.runes[i]) return false;
				break;
			case Regexp.Op.ALTERNATE:
			case Regexp.Op.CONCAT:
				if (this.subs.length !== that.subs.length) return false;
				for (let i = 0; i < this.subs.length; ++i) if (!this.subs[i].equals(that.subs[i])) return false;
				break;
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST:
				if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || !this.subs[0].equals(that.subs[0])) return false;
				break;
			case Regexp.Op.REPEAT:
				if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || this.min !== that.min || this.max !== that.max || !this.subs[0].equals(that.subs[0])) return false;
				break;
			case Regexp.Op.CAPTURE:
				if (this.cap !== that.cap || (this.name === null ? that.name !== null : this.name !== that.name) || !this.subs[0].equals(that.subs[0])) return false;
				break;
			case Regexp.Op.PLB:
			case Regexp.Op.NLB: if (this.lb !== that.lb || !this.subs[0].equals(that.subs[0])) return false;
		}
		return true;
	}
};
// src/RegexpWalker.js
/**
* Walks a Regexp tree without recursion, visiting nodes in the same order a recursive walk
* would (RE2: re2/walker-inl.h, "Helper class for traversing Regexps without recursion").
*
* The handler sees a node without subexpressions once, through `leaf(re)`, which returns its
* result. Any other node is seen up to three times:
* - `enter(re)` before its children. It returns the state kept for `re` while its children are
*   visited; a state whose `result` is already set skips the children.
* - `child(re, state, result, i)` after child `i` produced `result`. Setting `state.result`
*   stops visiting the remaining children.
* - `leave(re, state)` after the last child; it returns the result for `re`.
*
* Counted repetitions expand into one nesting level per copy, so the simplified tree can be
* thousands of levels deep; recursion over it would overflow the JS stack, which has no fixed
* relation to the parser's nesting limit. This walk keeps its frames on the heap instead.
*/
var RegexpWalker = class {
	static walk(root, handler) {
		const stack = [];
		let re = root;
		let result;
		for (;;) {
			if (re.subs.length === 0) result = handler.leaf(re);
			else {
				const state = handler.enter(re);
				if (state.result === void 0) {
					stack.push({
						re,
						state,
						i: 0
					});
					re = re.subs[0];
					continue;
				}
				result = state.result;
			}
			for (;;) {
				if (stack.length === 0) return result;
				const frame = stack[stack.length - 1];
				handler.child(frame.re, frame.state, result, frame.i);
				frame.i++;
				if (frame.state.result === void 0 && frame.i < frame.re.subs.length) {
					re = frame.re.subs[frame.i];
					break;
				}
				stack.pop();
				result = frame.state.result !== void 0 ? frame.state.result : handler.leave(frame.re, frame.state);
			}
		}
	}
};
// src/Prefilter.js
var AhoCorasick = class {
	constructor(words, alphabetSize) {
		const edges = /* @__PURE__ */ new Map();
		const parent = [0];
		const unit = [0];
		const depth = [0];
		const terminal = [0];
		for (const word of words) {
			let node = 0;
			for (let i = 0; i < word.length; i++) {
				const key = node * alphabetSize + word[i];
				let child = edges.get(key);
				if (child === void 0) {
					child = parent.length;
					edges.set(key, child);
					parent.push(node);
					unit.push(word[i]);
					depth.push(depth[node] + 1);
					terminal.push(0);
				}
				node = child;
			}
			terminal[node] = 1;
		}
		const numNodes = parent.length;
		const children = new Int32Array(numNodes - 1);
		for (let c = 1; c < numNodes; c++) children[c - 1] = c;
		children.sort((a, b) => parent[a] - parent[b] || unit[a] - unit[b]);
		const childStart = new Int32Array(numNodes + 1);
		for (let c = 1; c < numNodes; c++) childStart[parent[c] + 1]++;
		for (let n = 0; n < numNodes; n++) childStart[n + 1] += childStart[n];
		const childUnit = new Int32Array(numNodes - 1);
		for (let k = 0; k < children.length; k++) childUnit[k] = unit[children[k]];
		this.childStart = childStart;
		this.childUnit = childUnit;
		this.childNode = children;
		const byDepth = new Int32Array(numNodes);
		for (let n = 0; n < numNodes; n++) byDepth[n] = n;
		byDepth.sort((a, b) => depth[a] - depth[b]);
		const fail = new Int32Array(numNodes);
		const match = Uint8Array.from(terminal);
		for (let k = 1; k < numNodes; k++) {
			const c = byDepth[k];
			const p = parent[c];
			if (p !== 0) {
				let f = fail[p];
				let next = this.next(f, unit[c]);
				while (next < 0 && f !== 0) {
					f = fail[f];
					next = this.next(f, unit[c]);
				}
				fail[c] = next >= 0 ? next : 0;
			}
			match[c] |= match[fail[c]];
		}
		this.fail = fail;
		this.match = match;
	}
	next(node, u) {
		let lo = this.childStart[node];
		let hi = this.childStart[node + 1];
		const units = this.childUnit;
		while (lo < hi) {
			const mid = lo + hi >> 1;
			const m = units[mid];
			if (m === u) return this.childNode[mid];
			if (m < u) lo = mid + 1;
			else hi = mid;
		}
		return -1;
	}
	advance(node, u) {
		for (;;) {
			const next = this.next(node, u);
			if (next >= 0) return next;
			if (node === 0) return 0;
			node = this.fail[node];
		}
	}
	searchUTF16(charSeq, start, end) {
		let node = 0;
		for (let i = start; i < end; i++) {
			node = this.advance(node, charSeq.charCodeAt(i));
			if (this.match[node] === 1) return true;
		}
		return false;
	}
	searchUTF8(bytes, start, end) {
		let node = 0;
		for (let i = start; i < end; i++) {
			node = this.advance(node, bytes[i]);
			if (this.match[node] === 1) return true;
		}
		return false;
	}
};
var Prefilter = class Prefilter {
	static Type = {
		NONE: 0,
		EXACT: 1,
		AND: 2,
		OR: 3
	};
	static MAX_SCANS = 32;
	static MAX_AC_UNITS = 1 << 18;
	constructor(type) {
		this.type = type;
		this.subs = [];
		this.str = "";
		this.bytes = null;
		this.cost = type === Prefilter.Type.EXACT ? 1 : 0;
		this.allExact = false;
		this.ac16 = null;
		this.ac8 = null;
	}
	automaton16() {
		if (this.ac16 === null) {
			const words = this.subs.map((s) => {
				const arr = new Array(s.str.length);
				for (let i = 0; i < s.str.length; i++) arr[i] = s.str.charCodeAt(i);
				return arr;
			});
			this.ac16 = new AhoCorasick(words, 65536);
		}
		return this.ac16;
	}
	automaton8() {
		if (this.ac8 === null) this.ac8 = new AhoCorasick(this.subs.map((s) => s.bytes), 256);
		return this.ac8;
	}
	eval(input, pos) {
		switch (this.type) {
			case Prefilter.Type.NONE: return true;
			case Prefilter.Type.EXACT: return input.hasString(this, pos);
			case Prefilter.Type.AND:
				for (let i = 0; i < this.subs.length; i++) if (!this.subs[i].eval(input, pos)) return false;
				return true;
			case Prefilter.Type.OR:
				if (this.allExact) return input.hasAnyString(this, pos);
				for (let i = 0; i < this.subs.length; i++) if (this.subs[i].eval(input, pos)) return true;
				return false;
			default: return true;
		}
	}
};
var PrefilterTree = class PrefilterTree {
	static build(re) {
		if (!re) return new Prefilter(Prefilter.Type.NONE);
		return RegexpWalker.walk(re, PrefilterTree.WALKER);
	}
	static WALKER = {
		leaf: (re) => PrefilterTree.leaf(re),
		enter: (re) => PrefilterTree.enter(re),
		child: (re, state, result) => PrefilterTree.child(re, state, result),
		leave: (re, state) => PrefilterTree.leave(re, state)
	};
	static leaf(re) {
		if (re.op !== Regexp.Op.LITERAL) return new Prefilter(Prefilter.Type.NONE);
		if (re.runes.length === 0 || (re.flags & RE2Flags.FOLD_CASE) !== 0) return new Prefilter(Prefilter.Type.NONE);
		let str = "";
		for (let i = 0; i < re.runes.length; i++) {
			if (Unicode.isUnsearchable(re.runes[i])) return new Prefilter(Prefilter.Type.NONE);
			str += String.fromCodePoint(re.runes[i]);
		}
		const pf = new Prefilter(Prefilter.Type.EXACT);
		pf.str = str;
		pf.bytes = Utils.stringToUtf8ByteArray(pf.str);
		return pf;
	}
	static enter(re) {
		switch (re.op) {
			case Regexp.Op.CAPTURE:
			case Regexp.Op.PLUS: return { sub: null };
			case Regexp.Op.REPEAT:
				if (re.min >= 1) return { sub: null };
				return { result: new Prefilter(Prefilter.Type.NONE) };
			case Regexp.Op.CONCAT: return {
				pf: new Prefilter(Prefilter.Type.AND),
				subs: []
			};
			case Regexp.Op.ALTERNATE: return {
				pf: new Prefilter(Prefilter.Type.OR),
				subs: []
			};
			default: return { result: new Prefilter(Prefilter.Type.NONE) };
		}
	}
	static child(re, state, s) {
		if (state.subs === void 0) {
			state.sub = s;
			return;
		}
		if (state.pf.type === Prefilter.Type.AND) {
			if (s.type === Prefilter.Type.NONE) return;
			if (s.type === Prefilter.Type.AND) {
				for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
				return;
			}
			state.subs.push(s);
			return;
		}
		if (s.type === Prefilter.Type.NONE) {
			state.result = new Prefilter(Prefilter.Type.NONE);
			return;
		}
		if (s.type === Prefilter.Type.OR) {
			for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
			return;
		}
		state.subs.push(s);
	}
	static leave(re, state) {
		if (state.subs === void 0) return state.sub;
		const pf = state.pf;
		const seen = /* @__PURE__ */ new Set();
		const subs = [];
		for (const sub of state.subs) {
			if (sub.type === Prefilter.Type.EXACT) {
				if (seen.has(sub.str)) continue;
				seen.add(sub.str);
			}
			subs.push(sub);
		}
		if (pf.type === Prefilter.Type.AND) {
			const kept = [];
			let cost = 0;
			for (const sub of subs) {
				if (cost + sub.cost > Prefilter.MAX_SCANS) continue;
				kept.push(sub);
				cost += sub.cost;
			}
			if (kept.length === 0) return new Prefilter(Prefilter.Type.NONE);
			if (kept.length === 1) return kept[0];
			pf.subs = kept;
			pf.cost = cost;
			return pf;
		}
		if (subs.length === 0) return new Prefilter(Prefilter.Type.NONE);
		if (subs.length === 1) return subs[0];
		pf.subs = subs;
		let allExact = true;
		let cost = 0;
		let units = 0;
		for (const sub of subs) {
			if (sub.type !== Prefilter.Type.EXACT) allExact = false;
			else units += sub.bytes.length;
			cost += sub.cost;
		}
		if (allExact) {
			if (units > Prefilter.MAX_AC_UNITS) return new Prefilter(Prefilter.Type.NONE);
			pf.allExact = true;
			pf.cost = 1;
			return pf;
		}
		if (cost > Prefilter.MAX_SCANS) return new Prefilter(Prefilter.Type.NONE);
		pf.cost = cost;
		return pf;
	}
};
// src/Prog.js
/**
* A list of instruction pointers waiting to be patched.
* Tracks both `head` and `tail` to allow O(1) appending during compilation.
* * Values are encoded integers, not standard memory pointers:
* - Program instruction index: `l >> 1`
* - Patch `.out` field if: `(l & 1) === 0`
* - Patch `.arg` field if: `(l & 1) === 1`
* - `0` denotes an empty list.
* * @see https://swtch.com/~rsc/regexp/regexp1.html
*/
var PatchList = class {
	/**
	* @param {number} head - Encoded pointer to the start of the patch list.
	* @param {number} tail - Encoded pointer to the end of the patch list.
	*/
	constructor(head = 0, tail = 0) {
		this.head = head;
		this.tail = tail;
	}
};
/**
* A Prog is a compiled regular expression program.
*/
var Prog = class {
	constructor() {
		this.inst = [];
		this.start = 0;
		this.numCap = 2;
		this.lbStarts = [];
		this.numLb = 0;
		this.lbInst = null;
	}
	getInst(pc) {
		return this.inst[pc];
	}
	numInst() {
		return this.inst.length;
	}
	addInst(op) {
		this.inst.push(new Inst(op));
	}
	markLookbehindInsts() {
		const lbInst = new Uint8Array(this.inst.length);
		const pending = this.lbStarts.slice();
		while (pending.length > 0) {
			const pc = pending.pop();
			if (pc === 0 || lbInst[pc] === 1) continue;
			lbInst[pc] = 1;
			const i = this.inst[pc];
			switch (i.op) {
				case Inst.ALT:
				case Inst.ALT_MATCH:
					pending.push(i.out, i.arg);
					break;
				case Inst.MATCH:
				case Inst.FAIL: break;
				default: pending.push(i.out);
			}
		}
		this.lbInst = lbInst;
	}
	skipNop(pc) {
		let i = this.inst[pc];
		while (i.op === Inst.NOP || i.op === Inst.CAPTURE) {
			i = this.inst[pc];
			pc = i.out;
		}
		return i;
	}
	/** @returns {[boolean, string]} */
	prefix() {
		let prefix = "";
		let i = this.skipNop(this.start);
		if (!Inst.isRuneOp(i.op) || i.runes.length !== 1) return [i.op === Inst.MATCH, prefix];
		while (Inst.isRuneOp(i.op) && i.runes.length === 1 && (i.arg & RE2Flags.FOLD_CASE) === 0 && !Unicode.isUnsearchable(i.runes[0])) {
			prefix += String.fromCodePoint(i.runes[0]);
			i = this.skipNop(i.out);
		}
		return [i.op === Inst.MATCH, prefix];
	}
	startCond() {
		let flag = 0;
		let pc = this.start;
		loop: for (;;) {
			const i = this.inst[pc];
			switch (i.op) {
				case Inst.EMPTY_WIDTH:
					flag |= i.arg;
					break;
				case Inst.FAIL: return -1;
				case Inst.CAPTURE:
				case Inst.NOP: break;
				default: break loop;
			}
			pc = i.out;
		}
		return flag;
	}
	patch(l, val) {
		let head = l.head;
		while (head !== 0) {
			const i = this.inst[head >> 1];
			if ((head & 1) === 0) {
				head = i.out;
				i.out = val;
			} else {
				head = i.arg;
				i.arg = val;
			}
		}
	}
	append(l1, l2) {
		if (l1.head === 0) return l2;
		if (l2.head === 0) return l1;
		const i = this.inst[l1.tail >> 1];
		if ((l1.tail & 1) === 0) i.out = l2.head;
		else i.arg = l2.head;
		return new PatchList(l1.head, l2.tail);
	}
	/**
	*
	* @returns {string}
	*/
	toString() {
		let out = "";
		for (let pc = 0; pc < this.inst.length; pc++) {
			const len = out.length;
			out += pc;
			if (pc === this.start) out += "*";
			out += "        ".substring(out.length - len);
			out += this.inst[pc];
			out += "\n";
		}
		return out;
	}
};
// src/Compiler.js
const ANY_RUNE_NOT_NL = new Int32Array([
	0,
	Codepoint.CODES["\n"] - 1,
	Codepoint.CODES["\n"] + 1,
	Unicode.MAX_RUNE
]);
const ANY_RUNE = new Int32Array([0, Unicode.MAX_RUNE]);
/**
* A fragment of a compiled regular expression program.
*
* @see http://swtch.com/~rsc/regexp/regexp1.html
* @class
*/
var Frag = class {
	constructor(i = 0, out = new PatchList(), nullable = false) {
		this.i = i;
		this.out = out;
		this.nullable = nullable;
	}
};
/**
* Compiler from {@code Regexp} (RE2 abstract syntax) to {@code RE2} (compiled regular expression).
*
* The only entry point is {@link #compileRegexp}.
*/
var Compiler = class Compiler {
	static compileRegexp(re) {
		const c = new Compiler();
		const f = c.compile(re);
		c.prog.patch(f.out, c.newInst(Inst.MATCH).i);
		c.prog.start = f.i;
		c.prog.markLookbehindInsts();
		return c.prog;
	}
	static compileSet(regexps) {
		const c = new Compiler();
		if (regexps.length === 0) {
			c.prog.start = c.newInst(Inst.FAIL).i;
			c.prog.markLookbehindInsts();
			return c.prog;
		}
		let starts = [];
		for (let i = 0; i < regexps.length; i++) {
			c.lbOffset = c.prog.numLb;
			const f = c.compile(regexps[i]);
			const m = c.newInst(Inst.MATCH);
			c.prog.getInst(m.i).arg = i;
			c.prog.patch(f.out, m.i);
			starts.push(f.i);
		}
		let start = starts[0];
		for (let i = 1; i < starts.length; i++) {
			const f = c.newInst(Inst.ALT);
			const inst = c.prog.getInst(f.i);
			inst.out = start;
			inst.arg = starts[i];
			start = f.i;
		}
		c.prog.start = start;
		c.prog.markLookbehindInsts();
		return c.prog;
	}
	constructor() {
		this.prog = new Prog();
		this.newInst(Inst.FAIL);
		this.lbOffset = 0;
		this.runeCache = /* @__PURE__ */ new Map();
		this.walker = {
			leaf: (re) => this.leaf(re),
			enter: (re) => this.enter(re),
			child: (re, state, result) => this.child(re, state, result),
			leave: (re, state) => this.leave(re, state)
		};
	}
	newInst(op) {
		this.prog.addInst(op);
		return new Frag(this.prog.numInst() - 1, new PatchList(), true);
	}
	nop() {
		const f = this.newInst(Inst.NOP);
		f.out = new PatchList(f.i << 1, f.i << 1);
		return f;
	}
	fail() {
		return new Frag();
	}
	cap(arg) {
		const f = this.newInst(Inst.CAPTURE);
		f.out = new PatchList(f.i << 1, f.i << 1);
		this.prog.getInst(f.i).arg = arg;
		if (this.prog.numCap < arg + 1) this.prog.numCap = arg + 1;
		return f;
	}
	cat(f1, f2) {
		if (f1.i === 0 || f2.i === 0) {
			this.prog.patch(f1.out, 0);
			this.prog.patch(f2.out, 0);
			return this.fail();
		}
		this.prog.patch(f1.out, f2.i);
		return new Frag(f1.i, f2.out, f1.nullable && f2.nullable);
	}
	alt(f1, f2) {
		if (f1.i === 0) return f2;
		if (f2.i === 0) return f1;
		const f = this.newInst(Inst.ALT);
		const i = this.prog.getInst(f.i);
		i.out = f1.i;
		i.arg = f2.i;
		f.out = this.prog.append(f1.out, f2.out);
		f.nullable = f1.nullable || f2.nullable;
		return f;
	}
	loop(f1, nongreedy) {
		const f = this.newInst(Inst.ALT);
		const i = this.prog.getInst(f.i);
		if (nongreedy) {
			i.arg = f1.i;
			f.out = new PatchList(f.i << 1, f.i << 1);
		} else {
			i.out = f1.i;
			f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
		}
		this.prog.patch(f1.out, f.i);
		return f;
	}
	quest(f1, nongreedy) {
		if (f1.i === 0) return this.nop();
		const f = this.newInst(Inst.ALT);
		const i = this.prog.getInst(f.i);
		if (nongreedy) {
			i.arg = f1.i;
			f.out = new PatchList(f.i << 1, f.i << 1);
		} else {
			i.out = f1.i;
			f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
		}
		f.out = this.prog.append(f.out, f1.out);
		return f;
	}
	star(f1, nongreedy) {
		if (f1.i === 0) return this.nop();
		if (f1.nullable) return this.quest(this.plus(f1, nongreedy), nongreedy);
		return this.loop(f1, nongreedy);
	}
	plus(f1, nongreedy) {
		if (f1.i === 0) return this.fail();
		return new Frag(f1.i, this.loop(f1, nongreedy).out, f1.nullable);
	}
	empty(op) {
		const f = this.newInst(Inst.EMPTY_WIDTH);
		this.prog.getInst(f.i).arg = op;
		f.out = new PatchList(f.i << 1, f.i << 1);
		return f;
	}
	rune(runes, flags) {
		const f = this.newInst(Inst.RUNE);
		f.nullable = false;
		const i = this.prog.getInst(f.i);
		i.runes = runes;
		flags &= RE2Flags.FOLD_CASE;
		if (runes.length !== 1 || Unicode.simpleFold(runes[0]) === runes[0]) flags &= ~RE2Flags.FOLD_CASE;
		i.arg = flags;
		f.out = new PatchList(f.i << 1, f.i << 1);
		if ((flags & RE2Flags.FOLD_CASE) === 0 && runes.length === 1 || runes.length === 2 && runes[0] === runes[1]) i.op = Inst.RUNE1;
		else if (runes.length === 2 && runes[0] === 0 && runes[1] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY;
		else if (runes.length === 4 && runes[0] === 0 && runes[1] === Codepoint.CODES["\n"] - 1 && runes[2] === Codepoint.CODES["\n"] + 1 && runes[3] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY_NOT_NL;
		return f;
	}
	lookBehind(a, parsedLb) {
		const lb = Math.sign(parsedLb) * (Math.abs(parsedLb) + this.lbOffset);
		const id = this.newInst(Inst.LB_WRITE);
		this.prog.getInst(id.i).arg = lb;
		const any = this.rune(ANY_RUNE, 0);
		const dotStar = this.star(any, true);
		const lbAutomaton = this.cat(dotStar, a);
		this.prog.patch(lbAutomaton.out, id.i);
		const checkId = this.newInst(Inst.LB_CHECK);
		this.prog.getInst(checkId.i).arg = lb;
		this.prog.lbStarts.push(lbAutomaton.i);
		if (Math.abs(lb) > this.prog.numLb) this.prog.numLb = Math.abs(lb);
		checkId.out = new PatchList(checkId.i << 1, checkId.i << 1);
		return checkId;
	}
	compile(re) {
		return RegexpWalker.walk(re, this.walker);
	}
	leaf(re) {
		switch (re.op) {
			case Regexp.Op.NO_MATCH: return this.fail();
			case Regexp.Op.EMPTY_MATCH: return this.nop();
			case Regexp.Op.LITERAL: {
				if (re.runes.length === 0) return this.nop();
				let f = null;
				for (let r of re.runes) {
					let singleRune = this.runeCache.get(r);
					if (singleRune === void 0) {
						singleRune = new Int32Array([r]);
						this.runeCache.set(r, singleRune);
					}
					const f1 = this.rune(singleRune, re.flags);
					f = f === null ? f1 : this.cat(f, f1);
				}
				return f;
			}
			case Regexp.Op.CHAR_CLASS: return this.rune(re.runes, re.flags);
			case Regexp.Op.ANY_CHAR_NOT_NL: return this.rune(ANY_RUNE_NOT_NL, 0);
			case Regexp.Op.ANY_CHAR: return this.rune(ANY_RUNE, 0);
			case Regexp.Op.BEGIN_LINE: return this.empty(Utils.EMPTY_BEGIN_LINE);
			case Regexp.Op.END_LINE: return this.empty(Utils.EMPTY_END_LINE);
			case Regexp.Op.BEGIN_TEXT: return this.empty(Utils.EMPTY_BEGIN_TEXT);
			case Regexp.Op.END_TEXT: return this.empty(Utils.EMPTY_END_TEXT);
			case Regexp.Op.WORD_BOUNDARY: return this.empty(Utils.EMPTY_WORD_BOUNDARY);
			case Regexp.Op.NO_WORD_BOUNDARY: return this.empty(Utils.EMPTY_NO_WORD_BOUNDARY);
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE: return this.nop();
			default: throw new RE2JSCompileException("regexp: unhandled case in compile");
		}
	}
	enter(re) {
		switch (re.op) {
			case Regexp.Op.PLB:
			case Regexp.Op.NLB:
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST: return { sub: null };
			case Regexp.Op.CAPTURE: return {
				bra: this.cap(re.cap << 1),
				sub: null
			};
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE: return { f: null };
			default: throw new RE2JSCompileException("regexp: unhandled case in compile");
		}
	}
	child(re, state, f1) {
		if (re.op === Regexp.Op.CONCAT) state.f = state.f === null ? f1 : this.cat(state.f, f1);
		else if (re.op === Regexp.Op.ALTERNATE) state.f = state.f === null ? f1 : this.alt(state.f, f1);
		else state.sub = f1;
	}
	leave(re, state) {
		switch (re.op) {
			case Regexp.Op.PLB:
			case Regexp.Op.NLB: return this.lookBehind(state.sub, re.lb);
			case Regexp.Op.CAPTURE: {
				const ket = this.cap(re.cap << 1 | 1);
				return this.cat(this.cat(state.bra, state.sub), ket);
			}
			case Regexp.Op.STAR: return this.star(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
			case Regexp.Op.PLUS: return this.plus(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
			case Regexp.Op.QUEST: return this.quest(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE: return state.f;
			default: throw new RE2JSCompileException("regexp: unhandled case in compile");
		}
	}
};
// src/Simplify.js
var Simplify = class Simplify {
	static simplify(re) {
		if (re === null) return null;
		return RegexpWalker.walk(re, Simplify.WALKER);
	}
	static WALKER = {
		leaf: (re) => Simplify.leaf(re),
		enter: (re) => Simplify.enter(re),
		child: (re, state, result, i) => Simplify.child(re, state, result, i),
		leave: (re, state) => Simplify.leave(re, state)
	};
	static leaf(re) {
		if (re.op === Regexp.Op.CHAR_CLASS) {
			if (re.runes === null) return re;
			if (re.runes.length === 0) return new Regexp(Regexp.Op.NO_MATCH);
			if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR);
			if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR_NOT_NL);
		}
		return re;
	}
	static enter(re) {
		switch (re.op) {
			case Regexp.Op.PLB:
			case Regexp.Op.NLB:
			case Regexp.Op.CAPTURE:
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST: return { sub: null };
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE: return {
				subs: [],
				changed: false
			};
			case Regexp.Op.REPEAT:
				if (re.min === 0 && re.max === 0) return { result: new Regexp(Regexp.Op.EMPTY_MATCH) };
				return { sub: null };
			default: return { result: re };
		}
	}
	static child(re, state, nsub, i) {
		if (state.subs === void 0) {
			state.sub = nsub;
			return;
		}
		if (nsub !== re.subs[i]) state.changed = true;
		if (re.op === Regexp.Op.CONCAT) {
			if (nsub.op === Regexp.Op.NO_MATCH) {
				state.result = new Regexp(Regexp.Op.NO_MATCH);
				return;
			}
			if (nsub.op === Regexp.Op.EMPTY_MATCH) {
				state.changed = true;
				return;
			}
			if (nsub.op === Regexp.Op.CONCAT) {
				state.changed = true;
				for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
				return;
			}
		} else {
			if (nsub.op === Regexp.Op.NO_MATCH) {
				state.changed = true;
				return;
			}
			if (nsub.op === Regexp.Op.ALTERNATE) {
				state.changed = true;
				for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
				return;
			}
		}
		state.subs.push(nsub);
	}
	static leave(re, state) {
		switch (re.op) {
			case Regexp.Op.PLB:
			case Regexp.Op.NLB:
			case Regexp.Op.CAPTURE: {
				const sub = state.sub;
				if (sub !== re.subs[0]) {
					const nre = Regexp.fromRegexp(re);
					nre.runes = /* @__PURE__ */ new Int32Array(0);
					nre.subs = [sub];
					return nre;
				}
				return re;
			}
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE:
				if (state.changed) {
					const newSubs = state.subs;
					if (newSubs.length === 0) return new Regexp(re.op === Regexp.Op.CONCAT ? Regexp.Op.EMPTY_MATCH : Regexp.Op.NO_MATCH);
					if (newSubs.length === 1) return newSubs[0];
					const nre = Regexp.fromRegexp(re);
					nre.runes = /* @__PURE__ */ new Int32Array(0);
					nre.subs = newSubs;
					return nre;
				}
				return re;
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST: return Simplify.simplify1(re.op, re.flags, state.sub, re);
			case Regexp.Op.REPEAT: return Simplify.simplifyRepeat(re, state.sub);
			default: return re;
		}
	}
	static simplifyRepeat(re, sub) {
		if (re.max === -1) {
			if (re.min === 0) return Simplify.simplify1(Regexp.Op.STAR, re.flags, sub, null);
			if (re.min === 1) return Simplify.simplify1(Regexp.Op.PLUS, re.flags, sub, null);
			const subs = [];
			for (let i = 0; i < re.min - 1; i++) subs.push(sub);
			subs.push(Simplify.simplify1(Regexp.Op.PLUS, re.flags, sub, null));
			return Simplify.concat(subs);
		}
		if (re.min === 1 && re.max === 1) return sub;
		let prefixSubs = null;
		if (re.min > 0) {
			prefixSubs = [];
			for (let i = 0; i < re.min; i++) prefixSubs.push(sub);
		}
		if (re.max > re.min) {
			let suffix = Simplify.simplify1(Regexp.Op.QUEST, re.flags, sub, null);
			for (let i = re.min + 1; i < re.max; i++) suffix = Simplify.simplify1(Regexp.Op.QUEST, re.flags, Simplify.concat([sub, suffix]), null);
			if (prefixSubs === null) return suffix;
			prefixSubs.push(suffix);
		}
		if (prefixSubs !== null) return Simplify.concat(prefixSubs);
		return new Regexp(Regexp.Op.NO_MATCH);
	}
	static concat(subs) {
		const newSubs = [];
		for (let i = 0; i < subs.length; i++) {
			const sub = subs[i];
			if (sub.op === Regexp.Op.NO_MATCH) return new Regexp(Regexp.Op.NO_MATCH);
			if (sub.op === Regexp.Op.EMPTY_MATCH) continue;
			if (sub.op === Regexp.Op.CONCAT) {
				for (let j = 0; j < sub.subs.length; j++) newSubs.push(sub.subs[j]);
				continue;
			}
			newSubs.push(sub);
		}
		if (newSubs.length === 0) return new Regexp(Regexp.Op.EMPTY_MATCH);
		if (newSubs.length === 1) return newSubs[0];
		const nre = new Regexp(Regexp.Op.CONCAT);
		nre.subs = newSubs;
		return nre;
	}
	static simplify1(op, flags, sub, re) {
		if (sub.op === Regexp.Op.EMPTY_MATCH) return sub;
		if (sub.op === Regexp.Op.NO_MATCH) {
			if (op === Regexp.Op.PLUS) return sub;
			return new Regexp(Regexp.Op.EMPTY_MATCH);
		}
		if (op === sub.op && (flags & RE2Flags.NON_GREEDY) === (sub.flags & RE2Flags.NON_GREEDY)) return sub;
		if (re !== null && re.op === op && (re.flags & RE2Flags.NON_GREEDY) === (flags & RE2Flags.NON_GREEDY) && sub === re.subs[0]) return re;
		const nre = new Regexp(op);
		nre.flags = flags;
		nre.subs = [sub];
		return nre;
	}
};
// src/CharGroup.js
var CharGroup = class {
	constructor(sign, cls) {
		this.sign = sign;
		this.cls = cls;
	}
};
const code1 = [48, 57];
const code2 = [
	9,
	10,
	12,
	13,
	32,
	32
];
const code3 = [
	48,
	57,
	65,
	90,
	95,
	95,
	97,
	122
];
const PERL_GROUPS = /* @__PURE__ */ new Map([
	["\\d", new CharGroup(1, code1)],
	["\\D", new CharGroup(-1, code1)],
	["\\s", new CharGroup(1, code2)],
	["\\S", new CharGroup(-1, code2)],
	["\\w", new CharGroup(1, code3)],
	["\\W", new CharGroup(-1, code3)]
]);
const code4 = [
	48,
	57,
	65,
	90,
	97,
	122
];
const code5 = [
	65,
	90,
	97,
	122
];
const code6 = [0, 127];
const code7 = [
	9,
	9,
	32,
	32
];
const code8 = [
	0,
	31,
	127,
	127
];
const code9 = [48, 57];
const code10 = [33, 126];
const code11 = [97, 122];
const code12 = [32, 126];
const code13 = [
	33,
	47,
	58,
	64,
	91,
	96,
	123,
	126
];
const code14 = [
	9,
	13,
	32,
	32
];
const code15 = [65, 90];
const code16 = [
	48,
	57,
	65,
	90,
	95,
	95,
	97,
	122
];
const code17 = [
	48,
	57,
	65,
	70,
	97,
	102
];
const POSIX_GROUPS = /* @__PURE__ */ new Map([
	["[:alnum:]", new CharGroup(1, code4)],
	["[:^alnum:]", new CharGroup(-1, code4)],
	["[:alpha:]", new CharGroup(1, code5)],
	["[:^alpha:]", new CharGroup(-1, code5)],
	["[:ascii:]", new CharGroup(1, code6)],
	["[:^ascii:]", new CharGroup(-1, code6)],
	["[:blank:]", new CharGroup(1, code7)],
	["[:^blank:]", new CharGroup(-1, code7)],
	["[:cntrl:]", new CharGroup(1, code8)],
	["[:^cntrl:]", new CharGroup(-1, code8)],
	["[:digit:]", new CharGroup(1, code9)],
	["[:^digit:]", new CharGroup(-1, code9)],
	["[:graph:]", new CharGroup(1, code10)],
	["[:^graph:]", new CharGroup(-1, code10)],
	["[:lower:]", new CharGroup(1, code11)],
	["[:^lower:]", new CharGroup(-1, code11)],
	["[:print:]", new CharGroup(1, code12)],
	["[:^print:]", new CharGroup(-1, code12)],
	["[:punct:]", new CharGroup(1, code13)],
	["[:^punct:]", new CharGroup(-1, code13)],
	["[:space:]", new CharGroup(1, code14)],
	["[:^space:]", new CharGroup(-1, code14)],
	["[:upper:]", new CharGroup(1, code15)],
	["[:^upper:]", new CharGroup(-1, code15)],
	["[:word:]", new CharGroup(1, code16)],
	["[:^word:]", new CharGroup(-1, code16)],
	["[:xdigit:]", new CharGroup(1, code17)],
	["[:^xdigit:]", new CharGroup(-1, code17)]
]);
// src/CharClass.js
/**
* A "builder"-style helper class for manipulating character classes represented as an array of
* pairs of runes [lo, hi], each denoting an inclusive interval.
*
* All methods mutate the internal state and return {@code this}, allowing operations to be chained.
*/
var CharClass = class CharClass {
	static charClassToString(r, len) {
		let result = "[";
		for (let i = 0; i < len; i += 2) {
			if (i > 0) result += " ";
			const lo = r[i];
			const hi = r[i + 1];
			if (lo === hi) result += `0x${lo.toString(16)}`;
			else result += `0x${lo.toString(16)}-0x${hi.toString(16)}`;
		}
		result += "]";
		return result;
	}
	static sortRanges(array, len) {
		const n = len >> 1;
		const order = new Array(n);
		for (let i = 0; i < n; i++) order[i] = i;
		order.sort((a, b) => array[2 * a] - array[2 * b] || array[2 * b + 1] - array[2 * a + 1]);
		const sorted = array.slice(0, len);
		for (let i = 0; i < n; i++) {
			array[2 * i] = sorted[2 * order[i]];
			array[2 * i + 1] = sorted[2 * order[i] + 1];
		}
	}
	/**
	* @param {number[]|Int32Array} [r]
	*/
	constructor(r = Utils.emptyInts()) {
		/** @type {number[]|Int32Array} */
		this.r = r;
		this.len = r.length;
	}
	toArray() {
		if (this.r instanceof Int32Array) return this.len === this.r.length ? this.r : this.r.subarray(0, this.len);
		return new Int32Array(this.len === this.r.length ? this.r : this.r.slice(0, this.len));
	}
	toGrowableArray() {
		if (Array.isArray(this.r)) {
			this.r.length = this.len;
			return this.r;
		}
		return Array.from(this.r.subarray(0, this.len));
	}
	cleanClass() {
		if (this.len < 4) return this;
		CharClass.sortRanges(this.r, this.len);
		let w = 2;
		for (let i = 2; i < this.len; i += 2) {
			const lo = this.r[i];
			const hi = this.r[i + 1];
			if (lo <= this.r[w - 1] + 1) {
				if (hi > this.r[w - 1]) this.r[w - 1] = hi;
				continue;
			}
			this.r[w] = lo;
			this.r[w + 1] = hi;
			w += 2;
		}
		this.len = w;
		return this;
	}
	appendLiteral(x, flags) {
		return (flags & RE2Flags.FOLD_CASE) !== 0 ? this.appendFoldedRange(x, x) : this.appendRange(x, x);
	}
	appendRange(lo, hi) {
		if (this.len > 0) {
			for (let i = 2; i <= 4; i += 2) if (this.len >= i) {
				const rlo = this.r[this.len - i];
				const rhi = this.r[this.len - i + 1];
				if (lo <= rhi + 1 && rlo <= hi + 1) {
					if (lo < rlo) this.r[this.len - i] = lo;
					if (hi > rhi) this.r[this.len - i + 1] = hi;
					return this;
				}
			}
		}
		this.r[this.len++] = lo;
		this.r[this.len++] = hi;
		return this;
	}
	appendFoldedRange(lo, hi) {
		if (lo <= Unicode.MIN_FOLD && hi >= Unicode.MAX_FOLD) return this.appendRange(lo, hi);
		if (hi < Unicode.MIN_FOLD || lo > Unicode.MAX_FOLD) return this.appendRange(lo, hi);
		if (lo < Unicode.MIN_FOLD) {
			this.appendRange(lo, Unicode.MIN_FOLD - 1);
			lo = Unicode.MIN_FOLD;
		}
		if (hi > Unicode.MAX_FOLD) {
			this.appendRange(Unicode.MAX_FOLD + 1, hi);
			hi = Unicode.MAX_FOLD;
		}
		for (let c = lo; c <= hi; c++) {
			this.appendRange(c, c);
			for (let f = Unicode.simpleFold(c); f !== c; f = Unicode.simpleFold(f)) this.appendRange(f, f);
		}
		return this;
	}
	appendClass(x) {
		for (let i = 0; i < x.length; i += 2) this.appendRange(x[i], x[i + 1]);
		return this;
	}
	appendFoldedClass(x) {
		for (let i = 0; i < x.length; i += 2) this.appendFoldedRange(x[i], x[i + 1]);
		return this;
	}
	appendNegatedClass(x) {
		let nextLo = 0;
		for (let i = 0; i < x.length; i += 2) {
			const lo = x[i];
			const hi = x[i + 1];
			if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
			nextLo = hi + 1;
		}
		if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
		return this;
	}
	appendTable(table) {
		for (let i = 0; i < table.length; ++i) {
			const lo = table.getLo(i);
			const hi = table.getHi(i);
			const stride = table.getStride(i);
			if (stride === 1) {
				this.appendRange(lo, hi);
				continue;
			}
			for (let c = lo; c <= hi; c += stride) this.appendRange(c, c);
		}
		return this;
	}
	appendNegatedTable(table) {
		let nextLo = 0;
		for (let i = 0; i < table.length; ++i) {
			const lo = table.getLo(i);
			const hi = table.getHi(i);
			const stride = table.getStride(i);
			if (stride === 1) {
				if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
				nextLo = hi + 1;
				continue;
			}
			for (let c = lo; c <= hi; c += stride) {
				if (nextLo <= c - 1) this.appendRange(nextLo, c - 1);
				nextLo = c + 1;
			}
		}
		if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
		return this;
	}
	appendTableWithSign(table, sign) {
		return sign < 0 ? this.appendNegatedTable(table) : this.appendTable(table);
	}
	negateClass() {
		let nextLo = 0;
		let w = 0;
		for (let i = 0; i < this.len; i += 2) {
			const lo = this.r[i];
			const hi = this.r[i + 1];
			if (nextLo <= lo - 1) {
				this.r[w] = nextLo;
				this.r[w + 1] = lo - 1;
				w += 2;
			}
			nextLo = hi + 1;
		}
		this.len = w;
		if (nextLo <= Unicode.MAX_RUNE) {
			this.r[this.len++] = nextLo;
			this.r[this.len++] = Unicode.MAX_RUNE;
		}
		return this;
	}
	appendClassWithSign(x, sign) {
		return sign < 0 ? this.appendNegatedClass(x) : this.appendClass(x);
	}
	appendGroup(g, foldCase) {
		let cls = g.cls;
		if (foldCase) cls = new CharClass().appendFoldedClass(cls).cleanClass().toArray();
		return this.appendClassWithSign(cls, g.sign);
	}
	toString() {
		return CharClass.charClassToString(this.r, this.len);
	}
};
// src/Parser.js
var StringIterator = class {
	constructor(str) {
		this.str = str;
		this.position = 0;
	}
	pos() {
		return this.position;
	}
	rewindTo(pos) {
		this.position = pos;
	}
	more() {
		return this.position < this.str.length;
	}
	peek() {
		return this.str.codePointAt(this.position);
	}
	skip(n) {
		this.position += n;
	}
	skipString(s) {
		this.position += s.length;
	}
	pop() {
		const r = this.str.codePointAt(this.position);
		this.position += Utils.charCount(r);
		return r;
	}
	lookingAt(s) {
		return this.str.startsWith(s, this.position);
	}
	rest() {
		return this.str.substring(this.position);
	}
	from(beforePos) {
		return this.str.substring(beforePos, this.position);
	}
	toString() {
		return this.rest();
	}
};
/**
* A parser of regular expression patterns.
*
* The only public entry point is {@link #parse(String pattern, int flags)}.
*/
var Parser = class Parser {
	static ERR_INTERNAL_ERROR = "regexp/syntax: internal error";
	static ERR_INVALID_CHAR_RANGE = "invalid character class range";
	static ERR_INVALID_ESCAPE = "invalid escape sequence";
	static ERR_INVALID_NAMED_CAPTURE = "invalid named capture";
	static ERR_INVALID_PERL_OP = "invalid or unsupported Perl syntax";
	static ERR_INVALID_REPEAT_OP = "invalid nested repetition operator";
	static ERR_INVALID_REPEAT_SIZE = "invalid repeat count";
	static ERR_MISSING_BRACKET = "missing closing ]";
	static ERR_MISSING_PAREN = "missing closing )";
	static ERR_MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator";
	static ERR_TRAILING_BACKSLASH = "trailing backslash at end of expression";
	static ERR_DUPLICATE_NAMED_CAPTURE = "duplicate capture group name";
	static ERR_UNEXPECTED_PAREN = "unexpected )";
	static ERR_NESTING_DEPTH = "expression nests too deeply";
	static ERR_LARGE = "expression too large";
	static ERR_INVALID_CAPTURE_IN_LOOKBEHIND = "invalid capture in lookbehind";
	static MAX_HEIGHT = 1e3;
	static MAX_SIZE = 1398101;
	static MAX_RUNES = 33554432;
	static ANY_TABLE = new UnicodeRangeTable(new Uint32Array([
		0,
		Unicode.MAX_RUNE,
		1
	]));
	static ASCII_TABLE = new UnicodeRangeTable(new Uint32Array([
		0,
		127,
		1
	]));
	static ASCII_FOLD_TABLE = new UnicodeRangeTable(new Uint32Array([
		0,
		127,
		1,
		383,
		383,
		1,
		8490,
		8490,
		1
	]));
	static unicodeTable(name) {
		if (name === "Any") return {
			tab: Parser.ANY_TABLE,
			fold: Parser.ANY_TABLE,
			sign: 1
		};
		if (name === "Ascii") return {
			tab: Parser.ASCII_TABLE,
			fold: Parser.ASCII_FOLD_TABLE,
			sign: 1
		};
		if (name === "Assigned") return {
			tab: UnicodeTables.CATEGORIES.get("Cn"),
			fold: UnicodeTables.CATEGORIES.get("Cn"),
			sign: -1
		};
		if (name === "Lc") return {
			tab: UnicodeTables.CATEGORIES.get("LC"),
			fold: UnicodeTables.FOLD_CATEGORIES.get("LC"),
			sign: 1
		};
		if (UnicodeTables.CATEGORIES.has(name)) return {
			tab: UnicodeTables.CATEGORIES.get(name),
			fold: UnicodeTables.FOLD_CATEGORIES.get(name),
			sign: 1
		};
		if (UnicodeTables.SCRIPTS.has(name)) return {
			tab: UnicodeTables.SCRIPTS.get(name),
			fold: UnicodeTables.FOLD_SCRIPT.get(name),
			sign: 1
		};
		return null;
	}
	static minFoldRune(r) {
		if (r < Unicode.MIN_FOLD || r > Unicode.MAX_FOLD) return r;
		let min = r;
		const r0 = r;
		for (r = Unicode.simpleFold(r); r !== r0; r = Unicode.simpleFold(r)) if (min > r) min = r;
		return min;
	}
	static leadingRegexp(re) {
		if (re.op === Regexp.Op.EMPTY_MATCH) return null;
		if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
			const sub = re.subs[0];
			if (sub.op === Regexp.Op.EMPTY_MATCH) return null;
			return sub;
		}
		return re;
	}
	static literalRegexp(s, flags) {
		const re = new Regexp(Regexp.Op.LITERAL);
		re.flags = flags;
		re.runes = Utils.stringToRunes(s);
		return re;
	}
	/**
	* Parse regular expression pattern {@code pattern} with mode flags {@code flags}.
	* @param {string} pattern
	* @param {number} flags
	*/
	static parse(pattern, flags) {
		return new Parser(pattern, flags).parseInternal();
	}
	static parseRepeat(t) {
		const start = t.pos();
		if (!t.more() || !t.lookingAt("{")) return -1;
		t.skip(1);
		const min = Parser.parseInt(t);
		if (min === -1) return -1;
		if (!t.more()) return -1;
		let max;
		if (!t.lookingAt(",")) max = min;
		else {
			t.skip(1);
			if (!t.more()) return -1;
			if (t.lookingAt("}")) max = -1;
			else if ((max = Parser.parseInt(t)) === -1) return -1;
		}
		if (!t.more() || !t.lookingAt("}")) return -1;
		t.skip(1);
		if (min < 0 || min > 1e3 || max === -2 || max > 1e3 || max >= 0 && min > max) throw new RE2JSSyntaxException(Parser.ERR_INVALID_REPEAT_SIZE, t.from(start));
		return min << 16 | max & Unicode.MAX_BMP;
	}
	static isValidCaptureName(name) {
		if (name.length === 0) return false;
		for (let i = 0; i < name.length; i++) {
			const c = name.codePointAt(i);
			if (c !== Codepoint.CODES["_"] && !Utils.isalnum(c)) return false;
		}
		return true;
	}
	static parseInt(t) {
		const start = t.pos();
		while (t.more() && t.peek() >= Codepoint.CODES["0"] && t.peek() <= Codepoint.CODES["9"]) t.skip(1);
		const n = t.from(start);
		if (n.length === 0 || n.length > 1 && n.codePointAt(0) === Codepoint.CODES["0"]) return -1;
		if (n.length > 8) return -2;
		return parseInt(n, 10);
	}
	static isCharClass(re) {
		return re.op === Regexp.Op.LITERAL && re.runes.length === 1 || re.op === Regexp.Op.CHAR_CLASS || re.op === Regexp.Op.ANY_CHAR_NOT_NL || re.op === Regexp.Op.ANY_CHAR;
	}
	static matchRune(re, r) {
		switch (re.op) {
			case Regexp.Op.LITERAL: return re.runes.length === 1 && re.runes[0] === r;
			case Regexp.Op.CHAR_CLASS:
				for (let i = 0; i < re.runes.length; i += 2) if (re.runes[i] <= r && r <= re.runes[i + 1]) return true;
				return false;
			case Regexp.Op.ANY_CHAR_NOT_NL: return r !== Codepoint.CODES["\n"];
			case Regexp.Op.ANY_CHAR: return true;
		}
		return false;
	}
	static mergeCharClass(dst, src) {
		switch (dst.op) {
			case Regexp.Op.ANY_CHAR: break;
			case Regexp.Op.ANY_CHAR_NOT_NL:
				if (Parser.matchRune(src, Codepoint.CODES["\n"])) dst.op = Regexp.Op.ANY_CHAR;
				break;
			case Regexp.Op.CHAR_CLASS: {
				const cc = new CharClass(Array.isArray(dst.runes) ? dst.runes : Array.from(dst.runes));
				if (src.op === Regexp.Op.LITERAL) cc.appendLiteral(src.runes[0], src.flags);
				else cc.appendClass(src.runes);
				dst.runes = cc.toGrowableArray();
				break;
			}
			case Regexp.Op.LITERAL:
				if (src.runes[0] === dst.runes[0] && src.flags === dst.flags) break;
				dst.op = Regexp.Op.CHAR_CLASS;
				dst.runes = new CharClass().appendLiteral(dst.runes[0], dst.flags).appendLiteral(src.runes[0], src.flags).toGrowableArray();
		}
	}
	static parseEscape(t) {
		const startPos = t.pos();
		t.skip(1);
		if (!t.more()) throw new RE2JSSyntaxException(Parser.ERR_TRAILING_BACKSLASH);
		let c = t.pop();
		bigswitch: switch (c) {
			case Codepoint.CODES["1"]:
			case Codepoint.CODES["2"]:
			case Codepoint.CODES["3"]:
			case Codepoint.CODES["4"]:
			case Codepoint.CODES["5"]:
			case Codepoint.CODES["6"]:
			case Codepoint.CODES["7"]: if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
			case Codepoint.CODES["0"]: {
				let r = c - Codepoint.CODES["0"];
				for (let i = 1; i < 3; i++) {
					if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
					r = r * 8 + t.peek() - Codepoint.CODES["0"];
					t.skip(1);
				}
				return r;
			}
			case Codepoint.CODES["x"]: {
				if (!t.more()) break;
				c = t.pop();
				if (c === Codepoint.CODES["{"]) {
					let nhex = 0;
					let r = 0;
					while (true) {
						if (!t.more()) break bigswitch;
						c = t.pop();
						if (c === Codepoint.CODES["}"]) break;
						const v = Utils.unhex(c);
						if (v < 0) break bigswitch;
						r = r * 16 + v;
						if (r > Unicode.MAX_RUNE) break bigswitch;
						nhex++;
					}
					if (nhex === 0) break bigswitch;
					return r;
				}
				const x = Utils.unhex(c);
				if (!t.more()) break;
				c = t.pop();
				const y = Utils.unhex(c);
				if (x < 0 || y < 0) break;
				return x * 16 + y;
			}
			case Codepoint.CODES["a"]: return Codepoint.CODES["\x07"];
			case Codepoint.CODES["f"]: return Codepoint.CODES["\f"];
			case Codepoint.CODES["n"]: return Codepoint.CODES["\n"];
			case Codepoint.CODES["r"]: return Codepoint.CODES["\r"];
			case Codepoint.CODES["t"]: return Codepoint.CODES["	"];
			case Codepoint.CODES["v"]: return Codepoint.CODES["\v"];
			default: if (c <= Unicode.MAX_ASCII && !Utils.isalnum(c)) return c;
		}
		throw new RE2JSSyntaxException(Parser.ERR_INVALID_ESCAPE, t.from(startPos));
	}
	static parseClassChar(t, wholeClassPos) {
		if (!t.more()) throw new RE2JSSyntaxException(Parser.ERR_MISSING_BRACKET, t.from(wholeClassPos));
		if (t.lookingAt("\\")) return Parser.parseEscape(t);
		return t.pop();
	}
	static hasCapture(re) {
		if (re === null) return false;
		if (re.op === Regexp.Op.CAPTURE) return true;
		if (re.subs) {
			for (let sub of re.subs) if (Parser.hasCapture(sub)) return true;
		}
		return false;
	}
	constructor(wholeRegexp, flags = 0) {
		this.wholeRegexp = wholeRegexp;
		this.flags = flags;
		this.numCap = 0;
		this.namedGroups = Object.create(null);
		this.stack = [];
		this.free = null;
		this.numRegexp = 0;
		this.numRunes = 0;
		this.repeats = 0;
		this.height = null;
		this.size = null;
		this.nlb = 0;
	}
	newRegexp(op) {
		let re = this.free;
		if (re !== null && re.subs !== null && re.subs.length > 0) {
			this.free = re.subs[0];
			re.reinit();
			re.op = op;
		} else {
			re = new Regexp(op);
			this.numRegexp += 1;
		}
		return re;
	}
	reuse(re) {
		if (this.height !== null && this.height.has(re)) this.height.delete(re);
		if (re.subs !== null && re.subs.length > 0) re.subs[0] = this.free;
		this.free = re;
	}
	checkLimits(re) {
		if (this.numRunes > Parser.MAX_RUNES) throw new RE2JSSyntaxException(Parser.ERR_LARGE);
		this.checkSize(re);
		this.checkHeight(re);
	}
	checkSize(re) {
		if (this.size === null) {
			if (this.repeats === 0) this.repeats = 1;
			if (re.op === Regexp.Op.REPEAT) {
				let n = re.max;
				if (n === -1) n = re.min;
				if (n <= 0) n = 1;
				if (n > Math.floor(Parser.MAX_SIZE / this.repeats)) this.repeats = Parser.MAX_SIZE;
				else this.repeats *= n;
			}
			if (this.numRegexp < Math.floor(Parser.MAX_SIZE / this.repeats)) return;
			this.size = /* @__PURE__ */ new Map();
			for (let reEx of this.stack) this.checkSize(reEx);
		}
		if (this.calcSize(re, true) > Parser.MAX_SIZE) throw new RE2JSSyntaxException(Parser.ERR_LARGE);
	}
	calcSize(re, force = false) {
		if (!force && this.size !== null) {
			if (this.size.has(re)) return this.size.get(re);
		}
		let size = 0;
		switch (re.op) {
			case Regexp.Op.LITERAL:
				size = re.runes.length;
				break;
			case Regexp.Op.PLB:
			case Regexp.Op.NLB:
			case Regexp.Op.CAPTURE:
			case Regexp.Op.STAR:
				size = 2 + this.calcSize(re.subs[0]);
				break;
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST:
				size = 1 + this.calcSize(re.subs[0]);
				break;
			case Regexp.Op.CONCAT:
				for (let sub of re.subs) size = size + this.calcSize(sub);
				break;
			case Regexp.Op.ALTERNATE:
				for (let sub of re.subs) size = size + this.calcSize(sub);
				if (re.subs.length > 1) size = size + re.subs.length - 1;
				break;
			case Regexp.Op.REPEAT: {
				let sub = this.calcSize(re.subs[0]);
				if (re.max === -1) {
					if (re.min === 0) size = 2 + sub;
					else size = 1 + re.min * sub;
					break;
				}
				size = re.max * sub + (re.max - re.min);
				break;
			}
		}
		size = Math.max(1, size);
		if (this.size === null) this.size = /* @__PURE__ */ new Map();
		this.size.set(re, size);
		return size;
	}
	checkHeight(re) {
		if (this.numRegexp < Parser.MAX_HEIGHT) return;
		if (this.height === null) {
			this.height = /* @__PURE__ */ new Map();
			for (let reEx of this.stack) this.checkHeight(reEx);
		}
		if (this.calcHeight(re, true) > Parser.MAX_HEIGHT) throw new RE2JSSyntaxException(Parser.ERR_NESTING_DEPTH);
	}
	calcHeight(re, force = false) {
		if (!force && this.height !== null) {
			if (this.height.has(re)) return this.height.get(re);
		}
		let h = 1;
		for (let sub of re.subs) {
			const hsub = this.calcHeight(sub);
			if (h < 1 + hsub) h = 1 + hsub;
		}
		if (this.height === null) this.height = /* @__PURE__ */ new Map();
		this.height.set(re, h);
		return h;
	}
	pop() {
		return this.stack.pop();
	}
	popToPseudo() {
		const n = this.stack.length;
		let i = n;
		while (i > 0 && !Regexp.isPseudoOp(this.stack[i - 1].op)) i--;
		return this.stack.splice(i, n - i);
	}
	push(re) {
		this.numRunes += re.runes.length;
		if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] === re.runes[1]) {
			if (this.maybeConcat(re.runes[0], this.flags & ~RE2Flags.FOLD_CASE)) return null;
			re.op = Regexp.Op.LITERAL;
			re.runes = [re.runes[0]];
			re.flags = this.flags & ~RE2Flags.FOLD_CASE;
		} else if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 4 && re.runes[0] === re.runes[1] && re.runes[2] === re.runes[3] && Unicode.simpleFold(re.runes[0]) === re.runes[2] && Unicode.simpleFold(re.runes[2]) === re.runes[0] || re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] + 1 === re.runes[1] && Unicode.simpleFold(re.runes[0]) === re.runes[1] && Unicode.simpleFold(re.runes[1]) === re.runes[0]) {
			if (this.maybeConcat(re.runes[0], this.flags | RE2Flags.FOLD_CASE)) return null;
			re.op = Regexp.Op.LITERAL;
			re.runes = [re.runes[0]];
			re.flags = this.flags | RE2Flags.FOLD_CASE;
		} else this.maybeConcat(-1, 0);
		this.stack.push(re);
		this.checkLimits(re);
		return re;
	}
	maybeConcat(r, flags) {
		const n = this.stack.length;
		if (n < 2) return false;
		const re1 = this.stack[n - 1];
		const re2 = this.stack[n - 2];
		if (re1.op !== Regexp.Op.LITERAL || re2.op !== Regexp.Op.LITERAL || (re1.flags & RE2Flags.FOLD_CASE) !== (re2.flags & RE2Flags.FOLD_CASE)) return false;
		if (!Array.isArray(re2.runes)) re2.runes = Array.from(re2.runes);
		for (let i = 0; i < re1.runes.length; i++) re2.runes.push(re1.runes[i]);
		if (r >= 0) {
			re1.runes = [r];
			re1.flags = flags;
			return true;
		}
		this.pop();
		this.reuse(re1);
		return false;
	}
	newLiteral(r, flags) {
		const re = this.newRegexp(Regexp.Op.LITERAL);
		re.flags = flags;
		if ((flags & RE2Flags.FOLD_CASE) !== 0) r = Parser.minFoldRune(r);
		re.runes = [r];
		return re;
	}
	literal(r) {
		this.push(this.newLiteral(r, this.flags));
	}
	op(op) {
		const re = this.newRegexp(op);
		re.flags = this.flags;
		return this.push(re);
	}
	repeat(op, min, max, beforePos, t, lastRepeatPos) {
		let flags = this.flags;
		if ((flags & RE2Flags.PERL_X) !== 0) {
			if (t.more() && t.lookingAt("?")) {
				t.skip(1);
				flags ^= RE2Flags.NON_GREEDY;
			}
			if (lastRepeatPos !== -1) throw new RE2JSSyntaxException(Parser.ERR_INVALID_REPEAT_OP, t.from(lastRepeatPos));
		}
		const n = this.stack.length;
		if (n === 0) throw new RE2JSSyntaxException(Parser.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
		const sub = this.stack[n - 1];
		if (Regexp.isPseudoOp(sub.op)) throw new RE2JSSyntaxException(Parser.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
		const re = this.newRegexp(op);
		re.min = min;
		re.max = max;
		re.flags = flags;
		re.subs = [sub];
		this.stack[n - 1] = re;
		this.checkLimits(re);
		if (op === Regexp.Op.REPEAT && (min >= 2 || max >= 2) && !this.repeatIsValid(re, 1e3)) throw new RE2JSSyntaxException(Parser.ERR_INVALID_REPEAT_SIZE, t.from(beforePos));
	}
	repeatIsValid(re, n) {
		if (re.op === Regexp.Op.REPEAT) {
			let m = re.max;
			if (m === 0) return true;
			if (m < 0) m = re.min;
			if (m > n) return false;
			if (m > 0) n = Math.trunc(n / m);
		}
		for (let sub of re.subs) if (!this.repeatIsValid(sub, n)) return false;
		return true;
	}
	concat() {
		this.maybeConcat(-1, 0);
		const subs = this.popToPseudo();
		if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.EMPTY_MATCH));
		return this.push(this.collapse(subs, Regexp.Op.CONCAT));
	}
	alternate() {
		const subs = this.popToPseudo();
		if (subs.length > 0) this.cleanAlt(subs[subs.length - 1]);
		if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.NO_MATCH));
		return this.push(this.collapse(subs, Regexp.Op.ALTERNATE));
	}
	cleanAlt(re) {
		if (re.op === Regexp.Op.CHAR_CLASS) {
			re.runes = new CharClass(Array.from(re.runes)).cleanClass().toArray();
			if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) {
				re.runes = /* @__PURE__ */ new Int32Array(0);
				re.op = Regexp.Op.ANY_CHAR;
			} else if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) {
				re.runes = /* @__PURE__ */ new Int32Array(0);
				re.op = Regexp.Op.ANY_CHAR_NOT_NL;
			}
		}
	}
	collapse(subs, op) {
		if (subs.length === 1) return subs[0];
		let len = 0;
		for (let sub of subs) len += sub.op === op ? sub.subs.length : 1;
		let newsubs = new Array(len).fill(null);
		let i = 0;
		for (let sub of subs) if (sub.op === op) {
			for (let j = 0; j < sub.subs.length; j++) newsubs[i++] = sub.subs[j];
			this.reuse(sub);
		} else newsubs[i++] = sub;
		let re = this.newRegexp(op);
		re.subs = newsubs;
		if (op === Regexp.Op.ALTERNATE) {
			re.subs = this.factor(re.subs);
			if (re.subs.length === 1) {
				const old = re;
				re = re.subs[0];
				this.reuse(old);
			}
		}
		return re;
	}
	factor(array) {
		if (array.length < 2) return array;
		let s = 0;
		let lensub = array.length;
		let lenout = 0;
		let str = null;
		let strlen = 0;
		let strflags = 0;
		let start = 0;
		for (let i = 0; i <= lensub; i++) {
			let istr = null;
			let istrlen = 0;
			let iflags = 0;
			if (i < lensub) {
				let re = array[s + i];
				if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) re = re.subs[0];
				if (re.op === Regexp.Op.LITERAL) {
					istr = re.runes;
					istrlen = re.runes.length;
					iflags = re.flags & RE2Flags.FOLD_CASE;
				}
				if (iflags === strflags) {
					let same = 0;
					while (same < strlen && same < istrlen && str[same] === istr[same]) same++;
					if (same > 0) {
						strlen = same;
						continue;
					}
				}
			}
			if (i === start) {} else if (i === start + 1) array[lenout++] = array[s + start];
			else {
				const prefix = this.newRegexp(Regexp.Op.LITERAL);
				prefix.flags = strflags;
				prefix.runes = str.slice(0, strlen);
				for (let j = start; j < i; j++) {
					array[s + j] = this.removeLeadingString(array[s + j], strlen);
					this.checkLimits(array[s + j]);
				}
				const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
				const re = this.newRegexp(Regexp.Op.CONCAT);
				re.subs = [prefix, suffix];
				array[lenout++] = re;
			}
			start = i;
			str = istr;
			strlen = istrlen;
			strflags = iflags;
		}
		lensub = lenout;
		s = 0;
		start = 0;
		lenout = 0;
		let first = null;
		for (let i = 0; i <= lensub; i++) {
			let ifirst = null;
			if (i < lensub) {
				ifirst = Parser.leadingRegexp(array[s + i]);
				if (first !== null && first.equals(ifirst) && (Parser.isCharClass(first) || first.op === Regexp.Op.REPEAT && first.min === first.max && Parser.isCharClass(first.subs[0]))) continue;
			}
			if (i === start) {} else if (i === start + 1) array[lenout++] = array[s + start];
			else {
				const prefix = first;
				for (let j = start; j < i; j++) {
					const reuse = j !== start;
					array[s + j] = this.removeLeadingRegexp(array[s + j], reuse);
					this.checkLimits(array[s + j]);
				}
				const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
				const re = this.newRegexp(Regexp.Op.CONCAT);
				re.subs = [prefix, suffix];
				array[lenout++] = re;
			}
			start = i;
			first = ifirst;
		}
		lensub = lenout;
		s = 0;
		start = 0;
		lenout = 0;
		for (let i = 0; i <= lensub; i++) {
			if (i < lensub && Parser.isCharClass(array[s + i])) continue;
			if (i === start) {} else if (i === start + 1) array[lenout++] = array[s + start];
			else {
				let max = start;
				for (let j = start + 1; j < i; j++) {
					const subMax = array[s + max];
					const subJ = array[s + j];
					if (subMax.op < subJ.op || subMax.op === subJ.op && (subMax.runes !== null ? subMax.runes.length : 0) < (subJ.runes !== null ? subJ.runes.length : 0)) max = j;
				}
				const tmp = array[s + start];
				array[s + start] = array[s + max];
				array[s + max] = tmp;
				for (let j = start + 1; j < i; j++) {
					Parser.mergeCharClass(array[s + start], array[s + j]);
					this.reuse(array[s + j]);
				}
				this.cleanAlt(array[s + start]);
				array[lenout++] = array[s + start];
			}
			if (i < lensub) array[lenout++] = array[s + i];
			start = i + 1;
		}
		lensub = lenout;
		s = 0;
		start = 0;
		lenout = 0;
		for (let i = 0; i < lensub; ++i) {
			if (i + 1 < lensub && array[s + i].op === Regexp.Op.EMPTY_MATCH && array[s + i + 1].op === Regexp.Op.EMPTY_MATCH) continue;
			array[lenout++] = array[s + i];
		}
		lensub = lenout;
		s = 0;
		return array.slice(s, lensub);
	}
	removeLeadingString(re, n) {
		if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
			const sub = this.removeLeadingString(re.subs[0], n);
			re.subs[0] = sub;
			if (sub.op === Regexp.Op.EMPTY_MATCH) {
				this.reuse(sub);
				switch (re.subs.length) {
					case 0:
					case 1:
						re.op = Regexp.Op.EMPTY_MATCH;
						re.subs = Regexp.emptySubs();
						break;
					case 2: {
						const old = re;
						re = re.subs[1];
						this.reuse(old);
						break;
					}
					default: re.subs = re.subs.slice(1, re.subs.length);
				}
			}
			return re;
		}
		if (re.op === Regexp.Op.LITERAL) {
			re.runes = re.runes.slice(n, re.runes.length);
			if (re.runes.length === 0) re.op = Regexp.Op.EMPTY_MATCH;
		}
		return re;
	}
	removeLeadingRegexp(re, reuse) {
		if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
			if (reuse) this.reuse(re.subs[0]);
			re.subs = re.subs.slice(1, re.subs.length);
			switch (re.subs.length) {
				case 0:
					re.op = Regexp.Op.EMPTY_MATCH;
					re.subs = Regexp.emptySubs();
					break;
				case 1: {
					const old = re;
					re = re.subs[0];
					this.reuse(old);
					break;
				}
			}
			return re;
		}
		if (reuse) this.reuse(re);
		return this.newRegexp(Regexp.Op.EMPTY_MATCH);
	}
	parseInternal() {
		if ((this.flags & RE2Flags.LITERAL) !== 0) return Parser.literalRegexp(this.wholeRegexp, this.flags);
		let lastRepeatPos = -1;
		let min = -1;
		let max = -1;
		const t = new StringIterator(this.wholeRegexp);
		while (t.more()) {
			let repeatPos = -1;
			bigswitch: switch (t.peek()) {
				case Codepoint.CODES["("]:
					if ((this.flags & RE2Flags.LOOKBEHIND) !== 0) {
						if (t.lookingAt("(?<=")) {
							this.parsePosLookBehind();
							t.skip(4);
							break;
						}
						if (t.lookingAt("(?<!")) {
							this.parseNegLookBehind();
							t.skip(4);
							break;
						}
					}
					if ((this.flags & RE2Flags.PERL_X) !== 0 && t.lookingAt("(?")) {
						this.parsePerlFlags(t);
						break;
					}
					this.op(Regexp.Op.LEFT_PAREN).cap = ++this.numCap;
					t.skip(1);
					break;
				case Codepoint.CODES["|"]:
					this.parseVerticalBar();
					t.skip(1);
					break;
				case Codepoint.CODES[")"]:
					this.parseRightParen();
					t.skip(1);
					break;
				case Codepoint.CODES["^"]:
					if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.BEGIN_TEXT);
					else this.op(Regexp.Op.BEGIN_LINE);
					t.skip(1);
					break;
				case Codepoint.CODES["$"]:
					if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.END_TEXT).flags |= RE2Flags.WAS_DOLLAR;
					else this.op(Regexp.Op.END_LINE);
					t.skip(1);
					break;
				case Codepoint.CODES["."]:
					if ((this.flags & RE2Flags.DOT_NL) !== 0) this.op(Regexp.Op.ANY_CHAR);
					else this.op(Regexp.Op.ANY_CHAR_NOT_NL);
					t.skip(1);
					break;
				case Codepoint.CODES["["]:
					this.parseClass(t);
					break;
				case Codepoint.CODES["*"]:
				case Codepoint.CODES["+"]:
				case Codepoint.CODES["?"]: {
					repeatPos = t.pos();
					let op = null;
					switch (t.pop()) {
						case Codepoint.CODES["*"]:
							op = Regexp.Op.STAR;
							break;
						case Codepoint.CODES["+"]:
							op = Regexp.Op.PLUS;
							break;
						case Codepoint.CODES["?"]: op = Regexp.Op.QUEST;
					}
					this.repeat(op, min, max, repeatPos, t, lastRepeatPos);
					break;
				}
				case Codepoint.CODES["{"]: {
					const before = t.pos();
					const minMax = Parser.parseRepeat(t);
					if (minMax < 0) {
						t.rewindTo(before);
						this.literal(t.pop());
						break;
					}
					repeatPos = before;
					min = minMax >> 16;
					max = (minMax & Unicode.MAX_BMP) << 16 >> 16;
					this.repeat(Regexp.Op.REPEAT, min, max, repeatPos, t, lastRepeatPos);
					break;
				}
				case Codepoint.CODES["\\"]: {
					const savedPos = t.pos();
					t.skip(1);
					if ((this.flags & RE2Flags.PERL_X) !== 0 && t.more()) switch (t.pop()) {
						case Codepoint.CODES["A"]:
							this.op(Regexp.Op.BEGIN_TEXT);
							break bigswitch;
						case Codepoint.CODES["b"]:
							this.op(Regexp.Op.WORD_BOUNDARY);
							break bigswitch;
						case Codepoint.CODES["B"]:
							this.op(Regexp.Op.NO_WORD_BOUNDARY);
							break bigswitch;
						case Codepoint.CODES["C"]: throw new RE2JSSyntaxException(Parser.ERR_INVALID_ESCAPE, "\\C");
						case Codepoint.CODES["Q"]: {
							let lit = t.rest();
							const i = lit.indexOf("\\E");
							if (i >= 0) {
								lit = lit.substring(0, i);
								t.skipString(lit);
								t.skipString("\\E");
							} else t.skipString(lit);
							let j = 0;
							while (j < lit.length) {
								const codepoint = lit.codePointAt(j);
								this.literal(codepoint);
								j += Utils.charCount(codepoint);
							}
							break bigswitch;
						}
						case Codepoint.CODES["z"]:
							this.op(Regexp.Op.END_TEXT);
							break bigswitch;
						default: t.rewindTo(savedPos);
					}
					else t.rewindTo(savedPos);
					const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
					re.flags = this.flags;
					if (t.lookingAt("\\p") || t.lookingAt("\\P")) {
						const cc = new CharClass();
						if (this.parseUnicodeClass(t, cc)) {
							re.runes = cc.toArray();
							this.push(re);
							break bigswitch;
						}
					}
					const cc = new CharClass();
					if (this.parsePerlClassEscape(t, cc)) {
						re.runes = cc.toArray();
						this.push(re);
						break bigswitch;
					}
					t.rewindTo(savedPos);
					this.reuse(re);
					this.literal(Parser.parseEscape(t));
					break;
				}
				default: this.literal(t.pop());
			}
			lastRepeatPos = repeatPos;
		}
		this.concat();
		if (this.swapVerticalBar()) this.pop();
		this.alternate();
		if (this.stack.length !== 1) throw new RE2JSSyntaxException(Parser.ERR_MISSING_PAREN, this.wholeRegexp);
		this.stack[0].namedGroups = this.namedGroups;
		return this.stack[0];
	}
	parsePerlFlags(t) {
		const startPos = t.pos();
		const s = t.rest();
		if (s.startsWith("(?P<") || s.startsWith("(?<")) {
			const begin = s.charAt(2) === "P" ? 4 : 3;
			const end = s.indexOf(">");
			if (end < 0) throw new RE2JSSyntaxException(Parser.ERR_INVALID_NAMED_CAPTURE, s);
			const name = s.substring(begin, end);
			t.skipString(name);
			t.skip(begin + 1);
			if (!Parser.isValidCaptureName(name)) throw new RE2JSSyntaxException(Parser.ERR_INVALID_NAMED_CAPTURE, s.substring(0, end + 1));
			const re = this.op(Regexp.Op.LEFT_PAREN);
			re.cap = ++this.numCap;
			if (this.namedGroups[name]) throw new RE2JSSyntaxException(Parser.ERR_DUPLICATE_NAMED_CAPTURE, name);
			this.namedGroups[name] = this.numCap;
			re.name = name;
			return;
		}
		t.skip(2);
		let flags = this.flags;
		let sign = 1;
		let sawFlag = false;
		loop: while (t.more()) {
			const c = t.pop();
			switch (c) {
				case Codepoint.CODES["i"]:
					flags |= RE2Flags.FOLD_CASE;
					sawFlag = true;
					break;
				case Codepoint.CODES["m"]:
					flags &= ~RE2Flags.ONE_LINE;
					sawFlag = true;
					break;
				case Codepoint.CODES["s"]:
					flags |= RE2Flags.DOT_NL;
					sawFlag = true;
					break;
				case Codepoint.CODES["U"]:
					flags |= RE2Flags.NON_GREEDY;
					sawFlag = true;
					break;
				case Codepoint.CODES["-"]:
					if (sign < 0) break loop;
					sign = -1;
					flags = ~flags;
					sawFlag = false;
					break;
				case Codepoint.CODES[":"]:
				case Codepoint.CODES[")"]:
					if (sign < 0) {
						if (!sawFlag) break loop;
						flags = ~flags;
					}
					if (c === Codepoint.CODES[":"]) this.op(Regexp.Op.LEFT_PAREN);
					this.flags = flags;
					return;
				default: break loop;
			}
		}
		throw new RE2JSSyntaxException(Parser.ERR_INVALID_PERL_OP, t.from(startPos));
	}
	parsePosLookBehind() {
		const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
		re.flags = this.flags;
		re.lb = ++this.nlb;
		return this.push(re);
	}
	parseNegLookBehind() {
		const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
		re.flags = this.flags;
		re.lb = -++this.nlb;
		return this.push(re);
	}
	parseVerticalBar() {
		this.concat();
		if (!this.swapVerticalBar()) this.op(Regexp.Op.VERTICAL_BAR);
	}
	swapVerticalBar() {
		const n = this.stack.length;
		if (n >= 3 && this.stack[n - 2].op === Regexp.Op.VERTICAL_BAR && Parser.isCharClass(this.stack[n - 1]) && Parser.isCharClass(this.stack[n - 3])) {
			let re1 = this.stack[n - 1];
			let re3 = this.stack[n - 3];
			if (re1.op > re3.op) {
				const tmp = re3;
				re3 = re1;
				re1 = tmp;
				this.stack[n - 3] = re3;
			}
			Parser.mergeCharClass(re3, re1);
			this.reuse(re1);
			this.pop();
			return true;
		}
		if (n >= 2) {
			const re1 = this.stack[n - 1];
			const re2 = this.stack[n - 2];
			if (re2.op === Regexp.Op.VERTICAL_BAR) {
				if (n >= 3) this.cleanAlt(this.stack[n - 3]);
				this.stack[n - 2] = re1;
				this.stack[n - 1] = re2;
				return true;
			}
		}
		return false;
	}
	parseRightParen() {
		this.concat();
		if (this.swapVerticalBar()) this.pop();
		this.alternate();
		if (this.stack.length < 2) throw new RE2JSSyntaxException(Parser.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
		const re1 = this.pop();
		const re2 = this.pop();
		if (re2.op !== Regexp.Op.LEFT_PAREN) throw new RE2JSSyntaxException(Parser.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
		this.flags = re2.flags;
		if (re2.lb !== 0) {
			if (Parser.hasCapture(re1)) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CAPTURE_IN_LOOKBEHIND, this.wholeRegexp);
			if (re2.lb > 0) re2.op = Regexp.Op.PLB;
			else re2.op = Regexp.Op.NLB;
			re2.subs = [re1];
			this.push(re2);
			return;
		}
		if (re2.cap === 0) this.push(re1);
		else {
			re2.op = Regexp.Op.CAPTURE;
			re2.subs = [re1];
			this.push(re2);
		}
	}
	parsePerlClassEscape(t, cc) {
		const beforePos = t.pos();
		if ((this.flags & RE2Flags.PERL_X) === 0 || !t.more() || t.pop() !== Codepoint.CODES["\\"] || !t.more()) return false;
		t.pop();
		const p = t.from(beforePos);
		const g = PERL_GROUPS.has(p) ? PERL_GROUPS.get(p) : null;
		if (g === null) return false;
		cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
		return true;
	}
	parseNamedClass(t, cc) {
		const cls = t.rest();
		const i = cls.indexOf(":]");
		if (i < 0) return false;
		const name = cls.substring(0, i + 2);
		t.skipString(name);
		const g = POSIX_GROUPS.has(name) ? POSIX_GROUPS.get(name) : null;
		if (g === null) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, name);
		cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
		return true;
	}
	parseUnicodeClass(t, cc) {
		const startPos = t.pos();
		if ((this.flags & RE2Flags.UNICODE_GROUPS) === 0 || !t.lookingAt("\\p") && !t.lookingAt("\\P")) return false;
		t.skip(1);
		let sign = 1;
		let c = t.pop();
		if (c === Codepoint.CODES["P"]) sign = -1;
		if (!t.more()) {
			t.rewindTo(startPos);
			throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.rest());
		}
		c = t.pop();
		let name;
		if (c !== Codepoint.CODES["{"]) name = Utils.runeToString(c);
		else {
			const rest = t.rest();
			const end = rest.indexOf("}");
			if (end < 0) {
				t.rewindTo(startPos);
				throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.rest());
			}
			name = rest.substring(0, end);
			t.skipString(name);
			t.skip(1);
		}
		if (!(name.length === 0) && name.codePointAt(0) === Codepoint.CODES["^"]) {
			sign = 0 - sign;
			name = name.substring(1);
		}
		const pair = Parser.unicodeTable(name);
		if (pair === null) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.from(startPos));
		if (pair.sign < 0) sign = 0 - sign;
		const tab = pair.tab;
		const fold = pair.fold;
		if ((this.flags & RE2Flags.FOLD_CASE) === 0 || fold === null) cc.appendTableWithSign(tab, sign);
		else {
			const tmp = new CharClass().appendTable(tab).appendTable(fold).cleanClass().toArray();
			cc.appendClassWithSign(Array.from(tmp), sign);
		}
		return true;
	}
	parseClass(t) {
		const startPos = t.pos();
		t.skip(1);
		const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
		re.flags = this.flags;
		const cc = new CharClass();
		let sign = 1;
		if (t.more() && t.lookingAt("^")) {
			sign = -1;
			t.skip(1);
			if ((this.flags & RE2Flags.CLASS_NL) === 0) cc.appendRange(Codepoint.CODES["\n"], Codepoint.CODES["\n"]);
		}
		let first = true;
		while (!t.more() || t.peek() !== Codepoint.CODES["]"] || first) {
			if (t.more() && t.lookingAt("-") && (this.flags & RE2Flags.PERL_X) === 0 && !first) {
				const s = t.rest();
				if (s === "-" || !s.startsWith("-]")) {
					t.rewindTo(startPos);
					throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.rest());
				}
			}
			first = false;
			const beforePos = t.pos();
			if (t.lookingAt("[:")) {
				if (this.parseNamedClass(t, cc)) continue;
				t.rewindTo(beforePos);
			}
			if (this.parseUnicodeClass(t, cc)) continue;
			if (this.parsePerlClassEscape(t, cc)) continue;
			t.rewindTo(beforePos);
			const lo = Parser.parseClassChar(t, startPos);
			let hi = lo;
			if (t.more() && t.lookingAt("-")) {
				t.skip(1);
				if (t.more() && t.lookingAt("]")) t.skip(-1);
				else {
					hi = Parser.parseClassChar(t, startPos);
					if (hi < lo) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.from(beforePos));
				}
			}
			if ((this.flags & RE2Flags.FOLD_CASE) === 0) cc.appendRange(lo, hi);
			else cc.appendFoldedRange(lo, hi);
		}
		t.skip(1);
		cc.cleanClass();
		if (sign < 0) cc.negateClass();
		re.runes = cc.toArray();
		this.push(re);
	}
};
// src/RE2.js
/**
* An RE2 class instance is a compiled representation of an RE2 regular expression, independent of
* the public Java-like Pattern/Matcher API.
*
* This class also contains various implementation helpers for RE2 regular expressions.
*
* Use the {@link #quoteMeta(String)} utility function to quote all regular expression
* metacharacters in an arbitrary string.
*
*/
var RE2 = class RE2 {
	static initTest(expr) {
		const re2 = RE2.compile(expr);
		const res = new RE2(re2.expr, re2.prog, re2.numSubexp, re2.longest);
		res.cond = re2.cond;
		res.prefix = re2.prefix;
		res.prefixUTF8 = re2.prefixUTF8;
		res.prefixComplete = re2.prefixComplete;
		res.prefixRune = re2.prefixRune;
		res.prefilter = re2.prefilter;
		res.namedGroups = re2.namedGroups;
		return res;
	}
	/**
	* Parses a regular expression and returns, if successful, an {@code RE2} instance that can be
	* used to match against text.
	*
	* When matching against text, the regexp returns a match that begins as early as possible in the
	* input (leftmost), and among those it chooses the one that a backtracking search would have
	* found first. This so-called leftmost-first matching is the same semantics that Perl, Python,
	* and other implementations use, although this package implements it without the expense of
	* backtracking. For POSIX leftmost-longest matching, see {@link #compilePOSIX}.
	*/
	static compile(expr) {
		return RE2.compileImpl(expr, RE2Flags.PERL, false);
	}
	/**
	* {@code compilePOSIX} is like {@link #compile} but restricts the regular expression to POSIX ERE
	* (egrep) syntax and changes the match semantics to leftmost-longest.
	*
	* That is, when matching against text, the regexp returns a match that begins as early as
	* possible in the input (leftmost), and among those it chooses a match that is as long as
	* possible. This so-called leftmost-longest matching is the same semantics that early regular
	* expression implementations used and that POSIX specifies.
	*
	* However, there can be multiple leftmost-longest matches, with different submatch choices, and
	* here this package diverges from POSIX. Among the possible leftmost-longest matches, this
	* package chooses the one that a backtracking search would have found first, while POSIX
	* specifies that the match be chosen to maximize the length of the first subexpression, then the
	* second, and so on from left to right. The POSIX rule is computationally prohibitive and not
	* even well-defined. See http://swtch.com/~rsc/regexp/regexp2.html#posix
	*/
	static compilePOSIX(expr) {
		return RE2.compileImpl(expr, RE2Flags.POSIX, true);
	}
	static compileImpl(expr, mode, longest) {
		let re = Parser.parse(expr, mode);
		const maxCap = re.maxCap();
		const namedGroups = re.namedGroups;
		re = Simplify.simplify(re);
		const prefilter = PrefilterTree.build(re);
		const prog = Compiler.compileRegexp(re);
		const re2 = new RE2(expr, prog, maxCap, longest);
		re2.prefilter = prefilter.type === Prefilter.Type.NONE ? null : prefilter;
		const [prefixCompl, prefixStr] = prog.prefix();
		re2.prefixComplete = prefixCompl;
		re2.prefix = prefixStr;
		re2.prefixUTF8 = Utils.stringToUtf8ByteArray(re2.prefix);
		if (re2.prefix.length > 0) re2.prefixRune = re2.prefix.codePointAt(0);
		re2.namedGroups = namedGroups;
		return re2;
	}
	/**
	* Returns true iff textual regular expression {@code pattern} matches string {@code s}.
	*
	* More complicated queries need to use {@link #compile} and the full {@code RE2} interface.
	*/
	static match(pattern, s) {
		return RE2.compile(pattern).match(s);
	}
	constructor(expr, prog, numSubexp = 0, longest = 0) {
		this.expr = expr;
		this.prog = prog;
		this.numSubexp = numSubexp;
		this.longest = longest;
		this.cond = prog.startCond();
		this.prefix = null;
		this.prefixUTF8 = null;
		this.prefixComplete = false;
		this.prefixRune = 0;
		/** @type {Record<string, number>} */
		this.namedGroups = Object.create(null);
		this.machinePool = [];
		this.lazyDFA = null;
		this.onepass = OnePass.compile(this.prog);
		this.prefilter = null;
	}
	get dfa() {
		if (this.lazyDFA === null) this.lazyDFA = new DFA(this.prog);
		return this.lazyDFA;
	}
	matchPrefixComplete(input, pos, anchor, ncap) {
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
		let matchStart = -1;
		let matchEnd = -1;
		const pLen = input.prefixLength(this);
		if (anchor === RE2Flags.UNANCHORED) {
			const idx = input.index(this, pos);
			if (idx < 0) return null;
			matchStart = pos + idx;
			matchEnd = matchStart + pLen;
		} else if (anchor === RE2Flags.ANCHOR_BOTH) {
			if (input.endPos() !== pLen) return null;
			if (input.index(this, 0) !== 0) return null;
			matchStart = 0;
			matchEnd = pLen;
		} else if (anchor === RE2Flags.ANCHOR_START) {
			if (input.index(this, 0) !== 0) return null;
			matchStart = 0;
			matchEnd = pLen;
		}
		if (matchStart < 0) return null;
		if (ncap > 0) {
			const matchcap = new Int32Array(ncap).fill(-1);
			matchcap[0] = matchStart;
			matchcap[1] = matchEnd;
			return Array.from(matchcap);
		}
		return [];
	}
	createLookbehindState() {
		return this.prog.numLb > 0 ? new LookbehindState(this.prog) : null;
	}
	executeEngine(input, pos, anchor, ncap, lbState = null) {
		if (this.prefixComplete && (ncap === 0 || this.numSubexp === 0)) return this.matchPrefixComplete(input, pos, anchor, ncap);
		if (this.prefilter !== null && anchor === RE2Flags.UNANCHORED) {
			if (!this.prefilter.eval(input, pos)) return null;
		}
		if (this.onepass !== null) return OnePass.execute(this, input, pos, anchor, ncap);
		if (ncap > 0) {
			if (this.prog.numLb === 0 && input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
			return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
		}
		if (this.prog.numLb === 0) {
			const dfaResult = this.dfa.match(input, pos, anchor);
			if (dfaResult !== null) return dfaResult ? [] : null;
			if (input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
		}
		return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
	}
	/**
	* Returns the number of parenthesized subexpressions in this regular expression.
	*/
	numberOfCapturingGroups() {
		return this.numSubexp;
	}
	/**
	* Returns the number of instructions in this compiled regular expression program.
	*/
	numberOfInstructions() {
		return this.prog.numInst();
	}
	get() {
		return this.machinePool.length > 0 ? this.machinePool.pop() : null;
	}
	reset() {
		this.machinePool.length = 0;
	}
	put(m) {
		this.machinePool.push(m);
	}
	toString() {
		return this.expr;
	}
	doExecuteNFA(input, pos, anchor, ncap, lbState = null) {
		let m = this.get();
		if (!m) m = Machine.fromRE2(this);
		m.init(ncap);
		const cap = m.match(input, pos, anchor, lbState) ? m.submatches() : null;
		this.put(m);
		return cap;
	}
	match(s) {
		return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 0) !== null;
	}
	/**
	* Matches the regular expression against input starting at position start and ending at position
	* end, with the given anchoring. Records the submatch boundaries in group, which is [start, end)
	* pairs of byte offsets. The number of boundaries needed is inferred from the size of the group
	* array. It is most efficient not to ask for submatch boundaries.
	*
	* @param input the input byte array
	* @param start the beginning position in the input
	* @param end the end position in the input
	* @param anchor the anchoring flag (UNANCHORED, ANCHOR_START, ANCHOR_BOTH)
	* @param group the array to fill with submatch positions
	* @param ngroup the number of array pairs to fill in
	* @param lbState optional state carried between successive matches over the same input (see
	*   createLookbehindState); omit it to evaluate lookbehinds from the beginning of the input
	* @returns true if a match was found
	*/
	matchWithGroup(input, start, end, anchor, ngroup, lbState = null) {
		if (!(input instanceof MatcherInputBase)) {
			if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
			else input = MatcherInput.utf16(input);
		}
		return this.matchMachineInput(input, start, end, anchor, ngroup, lbState);
	}
	matchMachineInput(input, start, end, anchor, ngroup, lbState = null) {
		if (start > end) return [false, null];
		const machineInput = input.isUTF16Encoding() ? MachineInput.fromUTF16(input.asCharSequence(), 0, end) : MachineInput.fromUTF8(input.asBytes(), 0, end);
		const groupMatch = this.executeEngine(machineInput, start, anchor, 2 * ngroup, lbState);
		if (groupMatch === null) return [false, null];
		return [true, groupMatch];
	}
	/**
	* Returns true iff this regexp matches the UTF-8 byte array {@code b}.
	*/
	matchUTF8(b) {
		return this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 0) !== null;
	}
	/**
	* Returns a copy of {@code src} in which all matches for this regexp have been replaced by
	* {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
	* replacement string.
	*/
	replaceAll(src, repl) {
		return this.replaceAllFunc(src, () => repl, 2 * src.length + 1);
	}
	/**
	* Returns a copy of {@code src} in which only the first match for this regexp has been replaced
	* by {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
	* replacement string.
	*/
	replaceFirst(src, repl) {
		return this.replaceAllFunc(src, () => repl, 1);
	}
	/**
	* Returns a copy of {@code src} in which at most {@code maxReplaces} matches for this regexp have
	* been replaced by the return value of of function {@code repl} (whose first argument is the
	* matched string). No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
	* replacement string.
	*/
	replaceAllFunc(src, replFunc, maxReplaces) {
		let lastMatchEnd = 0;
		let searchPos = 0;
		let out = "";
		const input = MachineInput.fromUTF16(src);
		const lbState = this.createLookbehindState();
		let numReplaces = 0;
		while (searchPos <= src.length) {
			const a = this.executeEngine(input, searchPos, RE2Flags.UNANCHORED, 2, lbState);
			if (a === null || a.length === 0) break;
			out += src.substring(lastMatchEnd, a[0]);
			if (a[1] > lastMatchEnd || a[0] === 0) {
				out += replFunc(src.substring(a[0], a[1]));
				numReplaces++;
			}
			lastMatchEnd = a[1];
			const width = input.step(searchPos) & 7;
			if (searchPos + width > a[1]) searchPos += width;
			else if (searchPos + 1 > a[1]) searchPos++;
			else searchPos = a[1];
			if (numReplaces >= maxReplaces) break;
		}
		out += src.substring(lastMatchEnd);
		return out;
	}
	pad(a) {
		if (a === null) return null;
		let n = (1 + this.numSubexp) * 2;
		if (a.length < n) {
			let a2 = new Array(n).fill(-1);
			for (let i = 0; i < a.length; i++) a2[i] = a[i];
			a = a2;
		}
		return a;
	}
	allMatches(input, n, deliverFun = (v) => v) {
		let result = [];
		const end = input.endPos();
		if (n < 0) n = end + 1;
		let pos = 0;
		let i = 0;
		let prevMatchEnd = -1;
		const lbState = this.createLookbehindState();
		while (i < n && pos <= end) {
			const matches = this.executeEngine(input, pos, RE2Flags.UNANCHORED, this.prog.numCap, lbState);
			if (matches === null || matches.length === 0) break;
			let accept = true;
			if (matches[1] === pos) {
				if (matches[0] === prevMatchEnd) accept = false;
				const r = input.step(pos);
				if (r < 0) pos = end + 1;
				else pos += r & 7;
			} else pos = matches[1];
			prevMatchEnd = matches[1];
			if (accept) {
				result.push(deliverFun(this.pad(matches)));
				i++;
			}
		}
		return result;
	}
	/**
	* Returns an array holding the text of the leftmost match in {@code b} of this regular
	* expression.
	*
	* A return value of null indicates no match.
	*/
	findUTF8(b) {
		const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
		if (a === null) return null;
		return b.slice(a[0], a[1]);
	}
	/**
	* Returns a two-element array of integers defining the location of the leftmost match in
	* {@code b} of this regular expression. The match itself is at {@code b[loc[0]...loc[1]]}.
	*
	* A return value of null indicates no match.
	*/
	findUTF8Index(b) {
		const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
		if (a === null) return null;
		return a.slice(0, 2);
	}
	/**
	* Returns a string holding the text of the leftmost match in {@code s} of this regular
	* expression.
	*
	* If there is no match, the return value is an empty string, but it will also be empty if the
	* regular expression successfully matches an empty string. Use {@link #findIndex} or
	* {@link #findSubmatch} if it is necessary to distinguish these cases.
	*/
	find(s) {
		const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
		if (a === null) return "";
		return s.substring(a[0], a[1]);
	}
	/**
	* Returns a two-element array of integers defining the location of the leftmost match in
	* {@code s} of this regular expression. The match itself is at
	* {@code s.substring(loc[0], loc[1])}.
	*
	* A return value of null indicates no match.
	*/
	findIndex(s) {
		return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
	}
	/**
	* Returns an array of arrays the text of the leftmost match of the regular expression in
	* {@code b} and the matches, if any, of its subexpressions, as defined by the <a
	* href='#submatch'>Submatch</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findUTF8Submatch(b) {
		const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap);
		if (a === null) return null;
		const ret = new Array(1 + this.numSubexp).fill(null);
		for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = b.slice(a[2 * i], a[2 * i + 1]);
		return ret;
	}
	/**
	* Returns an array holding the index pairs identifying the leftmost match of this regular
	* expression in {@code b} and the matches, if any, of its subexpressions, as defined by the the
	* <a href='#submatch'>Submatch</a> and <a href='#index'>Index</a> descriptions above.
	*
	* A return value of null indicates no match.
	*/
	findUTF8SubmatchIndex(b) {
		return this.pad(this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap));
	}
	/**
	* Returns an array of strings holding the text of the leftmost match of the regular expression in
	* {@code s} and the matches, if any, of its subexpressions, as defined by the <a
	* href='#submatch'>Submatch</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findSubmatch(s) {
		const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap);
		if (a === null) return null;
		const ret = new Array(1 + this.numSubexp).fill(null);
		for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = s.substring(a[2 * i], a[2 * i + 1]);
		return ret;
	}
	/**
	* Returns an array holding the index pairs identifying the leftmost match of this regular
	* expression in {@code s} and the matches, if any, of its subexpressions, as defined by the <a
	* href='#submatch'>Submatch</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findSubmatchIndex(s) {
		return this.pad(this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap));
	}
	/**
	* {@code findAllUTF8()} is the <a href='#all'>All</a> version of {@link #findUTF8}; it returns a
	* list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*
	* TODO(adonovan): think about defining a byte slice view class, like a read-only Go slice backed
	* by |b|.
	*/
	findAllUTF8(b, n) {
		const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => b.slice(match[0], match[1]));
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllUTF8Index} is the <a href='#all'>All</a> version of {@link #findUTF8Index}; it
	* returns a list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllUTF8Index(b, n) {
		const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => match.slice(0, 2));
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAll} is the <a href='#all'>All</a> version of {@link #find}; it returns a list of up
	* to {@code n} successive matches of the expression, as defined by the <a href='#all'>All</a>
	* description above.
	*
	* A return value of null indicates no match.
	*/
	findAll(s, n) {
		const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => s.substring(match[0], match[1]));
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllIndex} is the <a href='#all'>All</a> version of {@link #findIndex}; it returns a
	* list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllIndex(s, n) {
		const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => match.slice(0, 2));
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllUTF8Submatch} is the <a href='#all'>All</a> version of {@link #findUTF8Submatch};
	* it returns a list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllUTF8Submatch(b, n) {
		const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => {
			let slice = new Array(match.length / 2 | 0).fill(null);
			for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = b.slice(match[2 * j], match[2 * j + 1]);
			return slice;
		});
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllUTF8SubmatchIndex} is the <a href='#all'>All</a> version of
	* {@link #findUTF8SubmatchIndex}; it returns a list of up to {@code n} successive matches of the
	* expression, as defined by the <a href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllUTF8SubmatchIndex(b, n) {
		const result = this.allMatches(MachineInput.fromUTF8(b), n);
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllSubmatch} is the <a href='#all'>All</a> version of {@link #findSubmatch}; it
	* returns a list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllSubmatch(s, n) {
		const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => {
			let slice = new Array(match.length / 2 | 0).fill(null);
			for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = s.substring(match[2 * j], match[2 * j + 1]);
			return slice;
		});
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllSubmatchIndex} is the <a href='#all'>All</a> version of
	* {@link #findSubmatchIndex}; it returns a list of up to {@code n} successive matches of the
	* expression, as defined by the <a href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllSubmatchIndex(s, n) {
		const result = this.allMatches(MachineInput.fromUTF16(s), n);
		if (result.length === 0) return null;
		return result;
	}
};
// src/Set.js
var RE2Set = class RE2Set {
	/** @type {number} */
	static UNANCHORED = RE2Flags.UNANCHORED;
	/** @type {number} */
	static ANCHOR_START = RE2Flags.ANCHOR_START;
	/** @type {number} */
	static ANCHOR_BOTH = RE2Flags.ANCHOR_BOTH;
	/**
	* Constructs a new RE2Set with the specified anchor mode and flags.
	* @param {number} [anchor=RE2Set.UNANCHORED] - The anchoring mode (e.g., RE2Set.UNANCHORED).
	* @param {number} [flags=0] - The public flags to apply to all patterns in the set.
	* @param {number} [maxMem=8388608] - The maximum memory in bytes to use for the DFA (default 8MB).
	*/
	constructor(anchor = RE2Set.UNANCHORED, flags = 0, maxMem = 8388608) {
		if (![
			RE2Set.UNANCHORED,
			RE2Set.ANCHOR_START,
			RE2Set.ANCHOR_BOTH
		].includes(anchor)) throw new RE2JSFlagsException("The anchor should be RE2Set.UNANCHORED, RE2Set.ANCHOR_START or RE2Set.ANCHOR_BOTH");
		Utils.checkFlags(flags);
		this.anchor = anchor;
		this.jsFlags = flags;
		this.maxMem = maxMem;
		let re2Flags = RE2Flags.PERL;
		if ((flags & PublicFlags.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
		if ((flags & PublicFlags.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
		this.re2Flags = re2Flags;
		this.regexps = [];
		this.prog = null;
		this.dfa = null;
		this.dummyRe2 = null;
	}
	/**
	* Adds a new regular expression pattern to the set.
	* Patterns cannot be added after the set has been compiled.
	* @param {string} pattern - The regular expression pattern to add.
	* @returns {number} The integer index assigned to the added pattern.
	* @throws {RE2JSCompileException} If patterns are added after compilation.
	*/
	add(pattern) {
		if (this.prog) throw new RE2JSCompileException("Cannot add patterns after compile");
		Utils.checkPattern(pattern);
		let fregex = pattern;
		if ((this.jsFlags & PublicFlags.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
		if ((this.jsFlags & PublicFlags.DOTALL) !== 0) fregex = `(?s)${fregex}`;
		if ((this.jsFlags & PublicFlags.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
		const re = Parser.parse(fregex, this.re2Flags);
		this.regexps.push(Simplify.simplify(re));
		return this.regexps.length - 1;
	}
	/**
	* Compiles the added patterns into a single state machine.
	* This is automatically called on the first match if not called explicitly.
	* @returns {void}
	*/
	compile() {
		if (this.prog) return;
		const prog = Compiler.compileSet(this.regexps);
		if (prog.numInst() > Parser.MAX_SIZE) throw new RE2JSCompileException(`${Parser.ERR_LARGE}: the set compiles to ${prog.numInst()} instructions, more than ${Parser.MAX_SIZE}`);
		this.prog = prog;
		this.dfa = new DFA(this.prog, this.maxMem);
		this.dummyRe2 = {
			prog: this.prog,
			cond: this.prog.startCond(),
			prefix: "",
			prefixRune: 0,
			longest: false
		};
	}
	/**
	* Matches the input against the compiled set of regular expressions.
	* @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to match against.
	* @returns {number[]} An array of indices representing the patterns that successfully matched the input.
	*/
	match(input) {
		if (!this.prog) this.compile();
		const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
		let internalAnchor = RE2Flags.UNANCHORED;
		if (this.anchor === RE2Set.ANCHOR_START) internalAnchor = RE2Flags.ANCHOR_START;
		else if (this.anchor === RE2Set.ANCHOR_BOTH) internalAnchor = RE2Flags.ANCHOR_BOTH;
		const dfaResult = this.dfa.matchSet(machineInput, 0, internalAnchor);
		if (dfaResult !== null) return dfaResult;
		const machine = Machine.fromRE2(this.dummyRe2);
		machine.init(0);
		return machine.matchSet(machineInput, 0, internalAnchor);
	}
};
// src/TranslateRegExpString.js
/**
* Transform JS regex string to RE2 regex string
*/
var TranslateRegExpString = class TranslateRegExpString {
	static isHexadecimal(ch) {
		return "0" <= ch && ch <= "9" || "A" <= ch && ch <= "F" || "a" <= ch && ch <= "f";
	}
	static translate(data) {
		let prefixFlags = "";
		if (Object.prototype.toString.call(data) === "[object RegExp]") {
			if (data.ignoreCase) prefixFlags += "i";
			if (data.multiline) prefixFlags += "m";
			if (data.dotAll) prefixFlags += "s";
			data = data.source;
		}
		if (typeof data !== "string") return data;
		let result = "";
		let changed = false;
		let size = data.length;
		if (size === 0) {
			result = "(?:)";
			changed = true;
		}
		let inCharClass = false;
		let i = 0;
		while (i < size) {
			let ch = data[i];
			if (ch === "\\") {
				if (i + 1 < size) {
					ch = data[i + 1];
					switch (ch) {
						case "\\":
							result += "\\\\";
							i += 2;
							continue;
						case "c":
							if (i + 2 < size) {
								let code = data[i + 2].charCodeAt(0);
								if (code >= 65 && code <= 90 || code >= 97 && code <= 122) {
									let val = code % 32;
									result += "\\x";
									result += (val >> 4).toString(16).toUpperCase();
									result += (val & 15).toString(16).toUpperCase();
									i += 3;
									changed = true;
									continue;
								}
							}
							result += "c";
							i += 2;
							changed = true;
							continue;
						case "u":
							if (i + 2 < size) {
								if (data[i + 2] === "{") {
									let j = i + 3;
									let hasHex = false;
									let closed = false;
									while (j < size) {
										const hexChar = data[j];
										if (hexChar === "}") {
											closed = true;
											break;
										}
										if (!TranslateRegExpString.isHexadecimal(hexChar)) break;
										hasHex = true;
										j++;
									}
									if (closed && hasHex) {
										result += "\\x";
										i += 2;
										changed = true;
										continue;
									}
								} else if (i + 5 < size) {
									let isHex4 = true;
									for (let j = 0; j < 4; j++) if (!TranslateRegExpString.isHexadecimal(data[i + 2 + j])) {
										isHex4 = false;
										break;
									}
									if (isHex4) {
										result += "\\x{" + data.substring(i + 2, i + 6) + "}";
										i += 6;
										changed = true;
										continue;
									}
								}
							}
							result += "u";
							i += 2;
							changed = true;
							continue;
						case "x": {
							let isValidHex = false;
							if (i + 2 < size && data[i + 2] === "{") {
								let j = i + 3;
								let hasHex = false;
								let closed = false;
								while (j < size) {
									const hexChar = data[j];
									if (hexChar === "}") {
										closed = true;
										break;
									}
									if (!TranslateRegExpString.isHexadecimal(hexChar)) break;
									hasHex = true;
									j++;
								}
								if (closed && hasHex) isValidHex = true;
							} else if (i + 3 < size && TranslateRegExpString.isHexadecimal(data[i + 2]) && TranslateRegExpString.isHexadecimal(data[i + 3])) isValidHex = true;
							if (isValidHex) {
								result += "\\x";
								i += 2;
							} else {
								result += "x";
								i += 2;
								changed = true;
							}
							continue;
						}
						case "n":
						case "r":
						case "t":
						case "a":
						case "f":
						case "v":
						case "d":
						case "D":
						case "s":
						case "S":
						case "w":
						case "W":
						case "b":
						case "B":
						case "p":
						case "P":
						case "A":
						case "z":
						case "Q":
						case "E":
						case "0":
						case "1":
						case "2":
						case "3":
						case "4":
						case "5":
						case "6":
						case "7":
							result += "\\" + ch;
							i += 2;
							continue;
						default: {
							let cp = data.codePointAt(i + 1);
							if (cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122) {
								let symSize = Utils.charCount(cp);
								result += data.substring(i + 1, i + 1 + symSize);
								i += symSize + 1;
								changed = true;
							} else {
								result += "\\";
								let symSize = Utils.charCount(cp);
								result += data.substring(i + 1, i + 1 + symSize);
								i += symSize + 1;
							}
							continue;
						}
					}
				}
			} else if (ch === "/") {
				result += "\\/";
				i += 1;
				changed = true;
				continue;
			} else if (ch === "[") {
				if (!inCharClass && data[i + 1] === "]") {
					result += "[^\\x00-\\x{10FFFF}]";
					i += 2;
					changed = true;
					continue;
				}
				if (!inCharClass && data[i + 1] === "^" && data[i + 2] === "]") {
					result += "[\\x00-\\x{10FFFF}]";
					i += 3;
					changed = true;
					continue;
				}
				inCharClass = true;
			} else if (ch === "]") inCharClass = false;
			else if (!inCharClass && ch === "(" && i + 2 < size && data[i + 1] === "?" && data[i + 2] === "<") {
				if (i + 3 < size && !"=!>)".includes(data[i + 3])) {
					result += "(?P<";
					i += 3;
					changed = true;
					continue;
				}
			}
			let cp = data.codePointAt(i);
			let symSize = Utils.charCount(cp);
			result += data.substring(i, i + symSize);
			i += symSize;
		}
		const finalResult = changed ? result : data;
		if (prefixFlags.length > 0) return `(?${prefixFlags})${finalResult}`;
		return finalResult;
	}
};
// src/index.js
const execResult = (m, input) => {
	const result = m.matchArray();
	result.index = m.start(0);
	result.input = input;
	result.groups = m.namedGroupsObject();
	return result;
};
/**
* A compiled representation of an RE2 regular expression
*
* The matching functions take {@code String} arguments instead of the more general Java
* {@code CharSequence} since the latter doesn't provide UTF-16 decoding.
*
*
* @author rsc@google.com (Russ Cox)
* @class
*/
var RE2JS = class RE2JS {
	/**
	* Flag: case insensitive matching.
	*/
	static CASE_INSENSITIVE = PublicFlags.CASE_INSENSITIVE;
	/**
	* Flag: dot ({@code .}) matches all characters, including newline.
	*/
	static DOTALL = PublicFlags.DOTALL;
	/**
	* Flag: multiline matching: {@code ^} and {@code $} match at beginning and end of line, not just
	* beginning and end of input.
	*/
	static MULTILINE = PublicFlags.MULTILINE;
	/**
	* Flag: Unicode groups (e.g. {@code \p\ Greek\} ) will be syntax errors.
	*/
	static DISABLE_UNICODE_GROUPS = PublicFlags.DISABLE_UNICODE_GROUPS;
	/**
	* Flag: matches longest possible string.
	*/
	static LONGEST_MATCH = PublicFlags.LONGEST_MATCH;
	/**
	* Flag: enable linear-time captureless lookbehinds.
	*/
	static LOOKBEHINDS = PublicFlags.LOOKBEHINDS;
	/**
	* Returns a literal pattern string for the specified string.
	*
	* This method produces a string that can be used to create a <code>RE2JS</code> that would
	* match the string <code>s</code> as if it were a literal pattern.
	*
	* Metacharacters or escape sequences in the input sequence will be given no special meaning.
	*
	* @param {string} str The string to be literalized
	* @returns {string} A literal string replacement
	*/
	static quote(str) {
		return Utils.quoteMeta(str);
	}
	/**
	* Quotes '\' and '$' in {@code str}, so that the returned string could be used in
	* replacement methods as a literal replacement of {@code str}.
	*
	* This is a convenience delegation to {@link Matcher.quoteReplacement}.
	*
	* @param {string} str the string to be quoted
	* @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
	* @returns {string} the quoted string
	*/
	static quoteReplacement(str, javaMode = false) {
		return Matcher.quoteReplacement(str, javaMode);
	}
	/**
	* Translates a given regular expression string to ensure compatibility with RE2JS.
	*
	* This function preprocesses the input regex string by applying necessary transformations,
	* such as escaping special characters (e.g., `/`), converting named capture groups to
	* RE2JS-compatible syntax, and handling Unicode sequences properly. It ensures that the
	* resulting regex is safe and properly formatted before compilation.
	*
	* @param {string|RegExp} expr - The regular expression string to be translated.
	* @returns {string} - The transformed regular expression string, ready for compilation.
	*/
	static translateRegExp(expr) {
		return TranslateRegExpString.translate(expr);
	}
	/**
	* Helper: create new RE2JS with given regex and flags. Flregex is the regex with flags applied.
	* @param {string} regex
	* @param {number} [flags=0]
	* @returns {RE2JS}
	*/
	static compile(regex, flags = 0) {
		Utils.checkPattern(regex);
		Utils.checkFlags(flags);
		let fregex = regex;
		if ((flags & RE2JS.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
		if ((flags & RE2JS.DOTALL) !== 0) fregex = `(?s)${fregex}`;
		if ((flags & RE2JS.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
		let re2Flags = RE2Flags.PERL;
		if ((flags & RE2JS.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
		if ((flags & RE2JS.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
		const p = new RE2JS(regex, flags);
		p.re2Input = RE2.compileImpl(fregex, re2Flags, (flags & RE2JS.LONGEST_MATCH) !== 0);
		return p;
	}
	/**
	* Matches a string against a regular expression.
	*
	* @param {string} regex the regular expression
	* @param {string|number[]|Uint8Array} input the input
	* @returns {boolean} true if the regular expression matches the entire input
	* @throws RE2JSSyntaxException if the regular expression is malformed
	*/
	static matches(regex, input) {
		return RE2JS.compile(regex).testExact(input);
	}
	/**
	* This is visible for testing.
	* @private
	*/
	static initTest(pattern, flags, re2) {
		if (pattern == null) throw new Error("pattern is null");
		if (re2 == null) throw new Error("re2 is null");
		const p = new RE2JS(pattern, flags);
		p.re2Input = re2;
		return p;
	}
	/**
	*
	* @param {string} pattern
	* @param {number} flags
	*/
	constructor(pattern, flags) {
		this.patternInput = pattern;
		this.flagsInput = flags;
		/** @type {import('./RE2.js').RE2} */
		this.re2Input = null;
	}
	/**
	* Releases memory used by internal caches associated with this pattern. Does not change the
	* observable behaviour. Useful for tests that detect memory leaks via allocation tracking.
	*/
	reset() {
		this.re2Input.reset();
	}
	/**
	* Returns the flags used in the constructor.
	* @returns {number}
	*/
	flags() {
		return this.flagsInput;
	}
	/**
	* Returns the pattern used in the constructor.
	* @returns {string}
	*/
	pattern() {
		return this.patternInput;
	}
	re2() {
		return this.re2Input;
	}
	/**
	* Matches a string against a regular expression.
	*
	* @param {string|number[]|Uint8Array} input the input
	* @returns {boolean} true if the regular expression matches the entire input
	*/
	matches(input) {
		return this.testExact(input);
	}
	/**
	* Creates a new {@code Matcher} matching the pattern against the input.
	*
	* @param {string|number[]|Uint8Array|MatcherInputBase} input the input string
	* @returns {Matcher}
	*/
	matcher(input) {
		if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
		return new Matcher(this, input);
	}
	/**
	* Tests whether the regular expression matches any part of the input string.
	* Performance Note: This method is highly optimized. Because it only returns
	* a boolean and does not extract capture groups, it bypasses the `Matcher` overhead
	* and guarantees execution on the high-speed DFA engine whenever possible.
	*
	* @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
	* @returns {boolean} `true` if the pattern is found anywhere in the input, `false` otherwise.
	*/
	test(input) {
		if (Utils.isByteArray(input)) return this.re2Input.matchUTF8(input);
		return this.re2Input.match(input);
	}
	/**
	* Tests whether the regular expression matches the ENTIRE input string.
	* * **Performance Note:** This operates identically to `.matches()`, but is significantly
	* faster because it does not request capture group data. By requesting 0 capture groups,
	* it securely routes execution through the DFA fast-path.
	*
	* @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
	* @returns {boolean} `true` if the exact input string fully matches the pattern, `false` otherwise.
	*/
	testExact(input) {
		const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
		return this.re2Input.executeEngine(machineInput, 0, RE2Flags.ANCHOR_BOTH, 0) !== null;
	}
	/**
	* Executes a search for a match in a specified string.
	* Returns a result array, or null if no match is found.
	* The returned array perfectly mirrors standard JavaScript `RegExpExecArray`,
	* including `.index`, `.input`, and `.groups` properties.
	*
	* @param {string|number[]|Uint8Array} input the input string or byte array
	* @returns {Array|null} the match array with index, input, and groups properties, or null
	*/
	exec(input) {
		const m = this.matcher(input);
		return m.find() ? execResult(m, input) : null;
	}
	/**
	* Splits input around instances of the regular expression. It returns an array giving the strings
	* that occur before, between, and after instances of the regular expression.
	*
	* If {@code limit <= 0}, there is no limit on the size of the returned array. If
	* {@code limit == 0}, empty strings that would occur at the end of the array are omitted. If
	* {@code limit > 0}, at most limit strings are returned. The final string contains the remainder
	* of the input, possibly including additional matches of the pattern.
	*
	* @param {string} input the input string to be split
	* @param {number} [limit=0] the limit
	* @returns {string[]} the split strings
	*/
	split(input, limit = 0) {
		const m = this.matcher(input);
		const result = [];
		let emptiesSkipped = 0;
		let last = 0;
		while (m.find()) {
			if (last === 0 && m.end() === 0) {
				last = m.end();
				continue;
			}
			if (limit > 0 && result.length === limit - 1) break;
			if (last === m.start()) {
				if (limit === 0) {
					emptiesSkipped += 1;
					last = m.end();
					continue;
				}
			} else while (emptiesSkipped > 0) {
				result.push("");
				emptiesSkipped -= 1;
			}
			result.push(m.substring(last, m.start()));
			last = m.end();
		}
		if (limit === 0 && last !== m.inputLength()) {
			while (emptiesSkipped > 0) {
				result.push("");
				emptiesSkipped -= 1;
			}
			result.push(m.substring(last, m.inputLength()));
		}
		if (limit !== 0 || result.length === 0 && !(last === m.inputLength() && last > 0)) result.push(m.substring(last, m.inputLength()));
		return result;
	}
	/**
	* Returns an iterator of all results matching a string against the regular expression,
	* including capturing groups.
	*
	* @param {string|number[]|Uint8Array} input the input string or byte array
	* @returns {IterableIterator<RegExpMatchArray>}
	*/
	*matchAll(input) {
		const m = this.matcher(input);
		while (m.find()) yield execResult(m, input);
	}
	/**
	*
	* @returns {string}
	*/
	toString() {
		return this.patternInput;
	}
	/**
	* Returns the program size of this pattern.
	*
	* <p>
	* Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
	* "cost". Larger numbers are more expensive than smaller numbers.
	* </p>
	*
	* @returns {number} the program size of this pattern
	*/
	programSize() {
		return this.re2Input.numberOfInstructions();
	}
	/**
	* Returns the number of capturing groups in this matcher's pattern. Group zero denotes the entire
	* pattern and is excluded from this count.
	*
	* @returns {number} the number of capturing groups in this pattern
	*/
	groupCount() {
		return this.re2Input.numberOfCapturingGroups();
	}
	/**
	* Return a map of the capturing groups in this matcher's pattern, where key is the name and value
	* is the index of the group in the pattern.
	* @returns {Record<string, number>}
	*/
	namedGroups() {
		return this.re2Input.namedGroups;
	}
	/**
	*
	* @param {*} other
	* @returns {boolean}
	*/
	equals(other) {
		if (this === other) return true;
		if (other === null || this.constructor !== other.constructor) return false;
		return this.flagsInput === other.flagsInput && this.patternInput === other.patternInput;
	}
};
/**
* Creates an RE2JS regex directly from a template literal.
* @overload
* @param {TemplateStringsArray} stringsOrFlags - The raw string segments of the template literal.
* @param {...any} values - The interpolated values.
* @returns {RE2JS}
*/
/**
* Creates a template literal tag function with specific RE2JS flags.
* @overload
* @param {number} stringsOrFlags - The RE2JS flags to apply (e.g., RE2JS.CASE_INSENSITIVE).
* @returns {(strings: TemplateStringsArray, ...tagValues: any[]) => RE2JS}
*/
/**
* Implementation signature
* @param {TemplateStringsArray | number} stringsOrFlags
* @param {...any} values
* @returns {RE2JS | ((strings: TemplateStringsArray, ...tagValues: any[]) => RE2JS)}
*/
function re(stringsOrFlags, ...values) {
	if (Array.isArray(stringsOrFlags) && "raw" in stringsOrFlags) {
		const pattern = String.raw(stringsOrFlags, ...values);
		return RE2JS.compile(pattern);
	}
	const flags = typeof stringsOrFlags === "number" ? stringsOrFlags : 0;
	return (strings, ...tagValues) => {
		const pattern = String.raw(strings, ...tagValues);
		return RE2JS.compile(pattern, flags);
	};
}


;// CONCATENATED MODULE: ../../packages/core/src/data/pattern.ts
/**
 * `regex:` of a column, run so that no pattern can take more than linear time on a value.
 *
 * JavaScript's engine backtracks: `^(a+)+$` takes seconds on a few dozen characters, and a schema comes from the
 * repository, so a pull request can bring one. Patterns are sorted before any value is read:
 *   - patterns the built-in engine provably runs in linear time keep it (it is about 3x faster): anchored at the
 *     start, a sequence of single characters, classes and escapes, with no groups or alternation, where every
 *     part of variable length is either last or followed by a required part it cannot match, so its end is fixed;
 *   - every other pattern runs on RE2 (re2js, the JavaScript port of Google's RE2), which matches in linear time;
 *   - what RE2 cannot run (backreferences, lookahead and lookbehind) is refused with the reason, because only a
 *     backtracking engine can run those.
 *
 * Both engines search (a match anywhere in the value) as JavaScript's `test` does; anchor with `^` and `$` to
 * match the whole value. Differences of RE2 worth knowing: `\s` is ASCII whitespace only, and `.` stops only at
 * `\n`.
 */

/** A `regex:` that cannot be used; the message says why and what to write instead. */
class PatternError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PatternError';
    }
}
function compilePattern(source) {
    let builtIn;
    try {
        builtIn = new RegExp(source, 'u');
    }
    catch (error) {
        throw new PatternError(`is not a valid regular expression (${error.message.replace(/^Invalid regular expression: /, '')})`);
    }
    if (isLinear(source))
        return { engine: 'built-in', test: (text) => builtIn.test(text) };
    if (needsBacktracking(source)) {
        throw new PatternError('uses a backreference or a lookaround, which only a backtracking engine runs, and such patterns can take exponential time on a value; write it without them');
    }
    let re2;
    try {
        re2 = RE2JS.compile(RE2JS.translateRegExp(source));
    }
    catch (error) {
        throw new PatternError(`cannot run on the linear-time engine (${error.message}); write it without that construct`);
    }
    return { engine: 're2', test: (text) => re2.test(text) };
}
/** Backreferences (`\1`, `\k<name>`) and lookarounds (`(?=`, `(?!`, `(?<=`, `(?<!`) outside character classes. */
function needsBacktracking(source) {
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
            const next = source[i + 1] ?? '';
            if (!inClass && (/[1-9]/.test(next) || (next === 'k' && source[i + 2] === '<')))
                return true;
            i++;
        }
        else if (inClass) {
            if (c === ']')
                inClass = false;
        }
        else if (c === '[')
            inClass = true;
        else if (c === '(' && /^\(\?(<?[=!])/.test(source.slice(i, i + 4)))
            return true;
    }
    return false;
}
function emptySet() {
    return { ascii: new Uint32Array(4), other: false };
}
function addRange(set, from, to) {
    for (let c = from; c <= Math.min(to, 127); c++)
        set.ascii[c >> 5] = set.ascii[c >> 5] | (1 << (c & 31));
    if (to > 127)
        set.other = true;
}
function union(into, from) {
    for (let i = 0; i < 4; i++)
        into.ascii[i] = into.ascii[i] | from.ascii[i];
    into.other ||= from.other;
}
function complement(set) {
    return { ascii: set.ascii.map((word) => ~word >>> 0), other: true };
}
function disjoint(a, b) {
    if (a.other && b.other)
        return false;
    for (let i = 0; i < 4; i++)
        if ((a.ascii[i] & b.ascii[i]) !== 0)
            return false;
    return true;
}
function classEscape(letter) {
    const set = emptySet();
    switch (letter.toLowerCase()) {
        case 'd':
            addRange(set, 48, 57);
            break;
        case 'w':
            addRange(set, 48, 57);
            addRange(set, 65, 90);
            addRange(set, 97, 122);
            addRange(set, 95, 95);
            break;
        case 's':
            addRange(set, 9, 13);
            addRange(set, 32, 32);
            set.other = true; // Unicode spaces
            break;
        default:
            return undefined;
    }
    return letter === letter.toUpperCase() ? complement(set) : set;
}
const CONTROL_ESCAPES = { t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0 };
/**
 * One escape at `source[i] === '\\'`: the set it matches and where it ends, or undefined for escapes that are not
 * one character (backreferences, \b, \p{..} is taken as "any character": conservative).
 */
function escapeAt(source, i) {
    const letter = source[i + 1];
    if (letter === undefined)
        return undefined;
    const shorthand = classEscape(letter);
    if (shorthand !== undefined)
        return { set: shorthand, next: i + 2 };
    const set = emptySet();
    if (letter in CONTROL_ESCAPES) {
        addRange(set, CONTROL_ESCAPES[letter], CONTROL_ESCAPES[letter]);
        return { set, next: i + 2 };
    }
    if (letter === 'p' || letter === 'P') {
        const close = source.indexOf('}', i);
        if (source[i + 2] !== '{' || close === -1)
            return undefined;
        return { set: complement(emptySet()), next: close + 1 };
    }
    if (letter === 'x' || letter === 'u' || letter === 'c') {
        // A code point written in hex (or a control letter): take it as "anything" rather than decode every form.
        const match = /^(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]+\}|c[A-Za-z])/.exec(source.slice(i + 1));
        if (match === null)
            return undefined;
        return { set: complement(emptySet()), next: i + 1 + match[0].length };
    }
    if (/[0-9bBk]/.test(letter))
        return undefined; // backreferences and word boundaries
    const code = letter.codePointAt(0);
    addRange(set, code, code);
    return { set, next: i + 1 + (code > 0xffff ? 2 : 1) };
}
/** `[...]` at `source[i] === '['`. */
function classAt(source, i) {
    let j = i + 1;
    const negated = source[j] === '^';
    if (negated)
        j++;
    const set = emptySet();
    let first = true;
    while (j < source.length && (source[j] !== ']' || first)) {
        first = false;
        let from;
        if (source[j] === '\\') {
            const escaped = escapeAt(source, j);
            if (escaped === undefined)
                return undefined;
            j = escaped.next;
            // A single character escape can start a range; a class escape cannot.
            const single = singleCode(escaped.set);
            if (single === undefined || source[j] !== '-' || source[j + 1] === ']') {
                union(set, escaped.set);
                continue;
            }
            from = single;
        }
        else if (source[j] === '[') {
            return undefined; // nested classes (v flag syntax): not analysed
        }
        else {
            from = source.codePointAt(j);
            j += from > 0xffff ? 2 : 1;
        }
        if (source[j] === '-' && source[j + 1] !== ']' && j + 1 < source.length) {
            j++;
            let to;
            if (source[j] === '\\') {
                const escaped = escapeAt(source, j);
                const single = escaped === undefined ? undefined : singleCode(escaped.set);
                if (escaped === undefined || single === undefined)
                    return undefined;
                to = single;
                j = escaped.next;
            }
            else {
                to = source.codePointAt(j);
                j += to > 0xffff ? 2 : 1;
            }
            addRange(set, from, to);
        }
        else
            addRange(set, from, from);
    }
    if (source[j] !== ']')
        return undefined;
    return { set: negated ? complement(set) : set, next: j + 1 };
}
function singleCode(set) {
    if (set.other)
        return undefined;
    let found;
    for (let c = 0; c < 128; c++) {
        if ((set.ascii[c >> 5] & (1 << (c & 31))) !== 0) {
            if (found !== undefined)
                return undefined;
            found = c;
        }
    }
    return found;
}
/** A quantifier at `source[i]`: bounds and where it ends (a lazy `?` after it changes nothing here). */
function quantifierAt(source, i) {
    const c = source[i];
    let result;
    if (c === '*')
        result = { min: 0, max: Infinity, next: i + 1 };
    else if (c === '+')
        result = { min: 1, max: Infinity, next: i + 1 };
    else if (c === '?')
        result = { min: 0, max: 1, next: i + 1 };
    else {
        const braces = c === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i)) : null;
        if (braces === null)
            return { min: 1, max: 1, next: i };
        const min = Number(braces[1]);
        const max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
        result = { min, max, next: i + braces[0].length };
    }
    if (source[result.next] === '?')
        result.next++;
    return result;
}
/** True when the pattern is in the class the built-in engine matches in linear time (see the top of the file). */
function isLinear(source) {
    if (!source.startsWith('^'))
        return false;
    const atoms = [];
    let i = 1;
    while (i < source.length) {
        const c = source[i];
        if (c === '$' && i === source.length - 1)
            break;
        let parsed;
        if (c === '\\')
            parsed = escapeAt(source, i);
        else if (c === '[')
            parsed = classAt(source, i);
        else if (c === '.')
            parsed = { set: complement(emptySet()), next: i + 1 };
        else if ('()|^$*+?{}'.includes(c))
            return false;
        else {
            const code = source.codePointAt(i);
            const set = emptySet();
            addRange(set, code, code);
            parsed = { set, next: i + (code > 0xffff ? 2 : 1) };
        }
        if (parsed === undefined)
            return false;
        const quantifier = quantifierAt(source, parsed.next);
        atoms.push({ set: parsed.set, min: quantifier.min, max: quantifier.max });
        i = quantifier.next;
    }
    for (let a = 0; a < atoms.length; a++) {
        const atom = atoms[a];
        if (atom.min === atom.max)
            continue;
        const next = atoms[a + 1];
        if (next === undefined)
            continue; // last: it runs to its longest, then at most shrinks once per character
        if (next.min === 0 || !disjoint(atom.set, next.set))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ../../packages/core/src/data/sketch/sort.ts
/**
 * Sorting and selection for the sketches' hot paths, in the order `Float64Array.prototype.sort` gives (ascending,
 * -0 before 0, NaN last), so that a sketch holds exactly what it would with the built-in sort.
 *
 * The built-in sort of a Float64Array costs about 70 ns an item at the sizes the sketches sort (a few hundred, many
 * thousand times a pass: every KLL compaction, every frequent-values purge). A radix sort on the bits takes a
 * third of that: each double becomes a 64-bit key that orders as unsigned integers, and the bytes that are the same
 * in every key (the sign and exponent of values of one magnitude) cost no pass.
 */
const SMALL = 48;
let keys = new Int32Array(2048);
let spare = new Int32Array(2048);
const counts = new Int32Array(8 * 256);
/** Sorts `values[0, n)` in place. */
function sortNumbers(values, n = values.length) {
    if (n < SMALL) {
        insertionSort(values, n);
        return;
    }
    if (keys.length < n * 2) {
        keys = new Int32Array(n * 2);
        spare = new Int32Array(n * 2);
    }
    const bits = new Int32Array(values.buffer, values.byteOffset, n * 2);
    counts.fill(0);
    // Little-endian words: [low, high]. Negative numbers have every bit flipped, the others only the sign bit, so
    // the keys order as unsigned integers; NaN of either sign gets the largest key.
    for (let i = 0; i < n; i++) {
        let low = bits[i * 2];
        let high = bits[i * 2 + 1];
        if ((high & 0x7ff00000) === 0x7ff00000 && ((high & 0xfffff) !== 0 || low !== 0)) {
            high = -1;
            low = -1;
        }
        else if (high < 0) {
            high = ~high;
            low = ~low;
        }
        else
            high |= 0x80000000;
        keys[i * 2] = low;
        keys[i * 2 + 1] = high;
        count(counts, low & 255);
        count(counts, 256 + ((low >>> 8) & 255));
        count(counts, 512 + ((low >>> 16) & 255));
        count(counts, 768 + (low >>> 24));
        count(counts, 1024 + (high & 255));
        count(counts, 1280 + ((high >>> 8) & 255));
        count(counts, 1536 + ((high >>> 16) & 255));
        count(counts, 1792 + (high >>> 24));
    }
    let from = keys;
    let to = spare;
    for (let pass = 0; pass < 8; pass++) {
        const base = pass * 256;
        const word = pass >> 2;
        const shift = (pass & 3) * 8;
        // A byte that is the same in every key orders nothing.
        if (counts[base + ((from[word] >>> shift) & 255)] === n)
            continue;
        let sum = 0;
        for (let b = base; b < base + 256; b++) {
            const inBucket = counts[b];
            counts[b] = sum;
            sum += inBucket;
        }
        for (let i = 0; i < n; i++) {
            const bucket = base + ((from[i * 2 + word] >>> shift) & 255);
            const at = counts[bucket];
            counts[bucket] = at + 1;
            to[at * 2] = from[i * 2];
            to[at * 2 + 1] = from[i * 2 + 1];
        }
        const swap = from;
        from = to;
        to = swap;
    }
    for (let i = 0; i < n; i++) {
        let low = from[i * 2];
        let high = from[i * 2 + 1];
        if (high < 0)
            high &= 0x7fffffff;
        else {
            high = ~high;
            low = ~low;
        }
        bits[i * 2] = low;
        bits[i * 2 + 1] = high;
    }
    // Every NaN came out as one key (all ones); the built-in sort leaves NaN as it was, which is a NaN all the same.
}
function count(counts, at) {
    counts[at] = counts[at] + 1;
}
function insertionSort(values, n) {
    for (let i = 1; i < n; i++) {
        const value = values[i];
        if (value !== value)
            continue;
        let j = i - 1;
        while (j >= 0 && (values[j] > value || values[j] !== values[j] || (value === 0 && values[j] === 0 && Object.is(value, -0) && !Object.is(values[j], -0)))) {
            values[j + 1] = values[j];
            j--;
        }
        values[j + 1] = value;
    }
}
/**
 * The value at index `k` of `values[0, n)` once sorted (Hoare's selection; the array is reordered). For counts:
 * positive numbers, no NaN.
 */
function selectNth(values, n, k) {
    let low = 0;
    let high = n - 1;
    while (high > low) {
        if (high - low < SMALL) {
            insertionSort(values.subarray(low, high + 1), high - low + 1);
            return values[k];
        }
        const a = values[low];
        const b = values[(low + high) >> 1];
        const c = values[high];
        const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
        let i = low;
        let j = high;
        for (;;) {
            while (values[i] < pivot)
                i++;
            while (values[j] > pivot)
                j--;
            if (i >= j)
                break;
            const swap = values[i];
            values[i] = values[j];
            values[j] = swap;
            i++;
            j--;
        }
        // [low, j] <= pivot <= [j + 1, high]
        if (k <= j)
            high = j;
        else
            low = j + 1;
    }
    return values[k];
}

;// CONCATENATED MODULE: ../../packages/core/src/data/sketch/frequent.ts
/**
 * Frequent values (Misra-Gries, with DataSketches' purge by the median count): at most `capacity` counters; when
 * they are full, the median count is subtracted from all and the ones at zero or below are dropped, and `offset`
 * adds up what was subtracted. A tracked count is then a lower bound and count + offset an upper bound on the true
 * one; while offset is 0 the table is the exact distribution. Summaries merge by adding counts, then purging.
 *
 * Keys are the 64-bit hashes of sketch/hash.ts. Text values are kept as bytes in an arena and decoded only when
 * the summary is saved, so counting a text column allocates no string per cell.
 */


const decoder = new TextDecoder();
class FrequentItems {
    capacity;
    textual;
    /**
     * Compare text with the text kept for its hash, not the hash alone: then while `offset` is 0 and nothing
     * `collided`, every distinct text has its own hash, which makes an exact count by hash exact for the text too.
     */
    verify;
    /** Two different texts had the same hash (verify only). */
    collided = false;
    n = 0;
    offset = 0;
    mask;
    keys1;
    keys2;
    counts;
    numbers;
    textStart;
    textLength;
    arena = new Uint8Array(4096);
    arenaUsed = 0;
    active = 0;
    // A second set of the arrays above: a purge moves the survivors from one to the other without allocating, since
    // it runs every few hundred new values of a column with many.
    spareKeys1;
    spareKeys2;
    spareCounts;
    spareNumbers;
    spareTextStart;
    spareTextLength;
    spareArena = new Uint8Array(4096);
    liveCounts;
    constructor(textual, capacity = 1024, verify = false) {
        this.textual = textual;
        this.verify = verify;
        this.capacity = capacity;
        const size = 1 << Math.ceil(Math.log2(capacity * 2));
        this.mask = size - 1;
        this.keys1 = new Int32Array(size);
        this.keys2 = new Int32Array(size);
        this.counts = new Float64Array(size);
        this.numbers = new Float64Array(textual ? 0 : size);
        this.textStart = new Int32Array(textual ? size : 0);
        this.textLength = new Int32Array(textual ? size : 0);
        this.spareKeys1 = new Int32Array(size);
        this.spareKeys2 = new Int32Array(size);
        this.spareCounts = new Float64Array(size);
        this.spareNumbers = new Float64Array(textual ? 0 : size);
        this.spareTextStart = new Int32Array(textual ? size : 0);
        this.spareTextLength = new Int32Array(textual ? size : 0);
        this.liveCounts = new Float64Array(size);
    }
    get size() {
        return this.active;
    }
    /** The slot holding (h1, h2), or the empty slot where it belongs. */
    slot(h1, h2) {
        const mask = this.mask;
        let i = (h1 ^ (h2 >>> 7)) & mask;
        for (;;) {
            if (this.counts[i] === 0)
                return i;
            if (this.keys1[i] === h1 && this.keys2[i] === h2)
                return i;
            i = (i + 1) & mask;
        }
    }
    /** Counts text given as bytes; `h1`/`h2` are its hash (hashBytes). */
    addBytes(h1, h2, bytes, start, end, weight = 1) {
        this.n += weight;
        const i = this.slot(h1, h2);
        const count = this.counts[i];
        if (count > 0) {
            this.counts[i] = count + weight;
            if (this.verify && !this.collided && !this.holds(i, bytes, start, end))
                this.collided = true;
            return;
        }
        const length = end - start;
        if (this.arenaUsed + length > this.arena.length) {
            const bigger = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + length));
            bigger.set(this.arena.subarray(0, this.arenaUsed));
            this.arena = bigger;
        }
        const arena = this.arena;
        const at = this.arenaUsed - start;
        for (let j = start; j < end; j++)
            arena[at + j] = bytes[j];
        this.textStart[i] = this.arenaUsed;
        this.textLength[i] = length;
        this.arenaUsed += length;
        this.keys1[i] = h1;
        this.keys2[i] = h2;
        this.counts[i] = weight;
        if (++this.active > this.capacity)
            this.purge();
    }
    holds(i, bytes, start, end) {
        const length = end - start;
        if (this.textLength[i] !== length)
            return false;
        const arena = this.arena;
        const at = this.textStart[i] - start;
        for (let j = start; j < end; j++)
            if (arena[at + j] !== bytes[j])
                return false;
        return true;
    }
    /** The text kept for a hash (textual only), if it is tracked. */
    textOf(h1, h2) {
        const i = this.slot(h1, h2);
        return this.counts[i] > 0 ? this.value(i) : undefined;
    }
    /** Counts a number; `h1`/`h2` are its hash (hashNumber). */
    addNumber(h1, h2, value, weight = 1) {
        this.n += weight;
        const i = this.slot(h1, h2);
        const count = this.counts[i];
        if (count > 0) {
            this.counts[i] = count + weight;
            return;
        }
        this.keys1[i] = h1;
        this.keys2[i] = h2;
        this.numbers[i] = value;
        this.counts[i] = weight;
        if (++this.active > this.capacity)
            this.purge();
    }
    value(i) {
        if (!this.textual)
            return this.numbers[i];
        const start = this.textStart[i];
        return decoder.decode(this.arena.subarray(start, start + this.textLength[i]));
    }
    purge() {
        const counts = this.counts;
        let live = 0;
        for (let i = 0; i <= this.mask; i++)
            if (counts[i] > 0)
                this.liveCounts[live++] = counts[i];
        const median = selectNth(this.liveCounts, live, live >> 1);
        this.offset += median;
        const keys1 = this.keys1;
        const keys2 = this.keys2;
        const numbers = this.numbers;
        const textStart = this.textStart;
        const textLength = this.textLength;
        const arena = this.arena;
        this.keys1 = this.spareKeys1;
        this.keys2 = this.spareKeys2;
        this.counts = this.spareCounts;
        this.numbers = this.spareNumbers;
        this.textStart = this.spareTextStart;
        this.textLength = this.spareTextLength;
        this.arena = this.spareArena;
        this.spareKeys1 = keys1;
        this.spareKeys2 = keys2;
        this.spareCounts = counts;
        this.spareNumbers = numbers;
        this.spareTextStart = textStart;
        this.spareTextLength = textLength;
        this.spareArena = arena;
        this.counts.fill(0);
        this.arenaUsed = 0;
        this.active = 0;
        const n = this.n;
        for (let i = 0; i <= this.mask; i++) {
            const count = counts[i] - median;
            if (counts[i] <= 0 || count <= 0)
                continue;
            if (this.textual) {
                const start = textStart[i];
                this.addBytes(keys1[i], keys2[i], arena, start, start + textLength[i], count);
            }
            else
                this.addNumber(keys1[i], keys2[i], numbers[i], count);
        }
        this.n = n;
    }
    /** Tracked values, most frequent first (ties in value order). */
    items() {
        const out = [];
        for (let i = 0; i <= this.mask; i++)
            if (this.counts[i] > 0)
                out.push([this.value(i), this.counts[i]]);
        return out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    }
    /** The tracked count of a value (0 when not tracked). */
    countOf(value) {
        if (typeof value === 'number')
            hashNumber(value);
        else
            hashText(value);
        const i = this.slot(hashed.h1, hashed.h2);
        return this.counts[i];
    }
    add(value, weight) {
        if (typeof value === 'number') {
            hashNumber(value);
            this.addNumber(hashed.h1, hashed.h2, value, weight);
        }
        else {
            const bytes = new TextEncoder().encode(value);
            hashText(value);
            this.addBytes(hashed.h1, hashed.h2, bytes, 0, bytes.length, weight);
        }
    }
    merge(other) {
        this.collided ||= other.collided;
        const n = this.n + other.n;
        for (const [value, count] of other.items())
            this.add(value, count);
        this.offset += other.offset;
        this.n = n;
    }
    /** `limit` keeps the saved summary small: the most frequent values, and only those above the error bound. */
    save(limit = this.capacity) {
        const items = this.items().filter(([, count]) => this.offset === 0 || count > this.offset);
        // Values left out may be as frequent as the first one left out: that becomes the error bound.
        const offset = items.length > limit ? Math.max(this.offset, items[limit][1]) : this.offset;
        return { capacity: this.capacity, offset, n: this.n, items: items.slice(0, limit) };
    }
    static load(state, textual) {
        const sketch = new FrequentItems(textual, state.capacity);
        for (const [value, count] of state.items)
            sketch.add(textual ? String(value) : Number(value), count);
        sketch.n = state.n;
        sketch.offset = state.offset;
        return sketch;
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/data/sketch/hll.ts
/**
 * HyperLogLog distinct counter with 2^12 registers (lg_k 12, as whylogs), about 1.6% relative standard error,
 * estimated with Ertl's improved raw estimator ("New cardinality estimation algorithms for HyperLogLog sketches",
 * 2017), which needs no bias tables and is unbiased from 0 to billions. Registers merge by maximum. Written by hand:
 * 60 lines, and it hashes the bytes the CSV reader already has, where a library would want strings.
 */
const HLL_LG_K = 12;
const M = 1 << HLL_LG_K;
const Q = 32 - HLL_LG_K;
class HyperLogLog {
    registers;
    constructor(registers) {
        this.registers = registers ?? new Uint8Array(M);
    }
    /** Adds a 32-bit hash (already well mixed). */
    add(hash) {
        const index = hash >>> Q;
        const rank = Math.min(Math.clz32(hash << HLL_LG_K) + 1, Q + 1);
        if (rank > this.registers[index])
            this.registers[index] = rank;
    }
    merge(other) {
        const mine = this.registers;
        const theirs = other.registers;
        for (let i = 0; i < M; i++)
            if (theirs[i] > mine[i])
                mine[i] = theirs[i];
    }
    estimate() {
        const histogram = new Array(Q + 2).fill(0);
        for (const register of this.registers)
            histogram[register] = histogram[register] + 1;
        let z = M * tau(1 - histogram[Q + 1] / M);
        for (let k = Q; k >= 1; k--)
            z = 0.5 * (z + histogram[k]);
        z += M * sigma(histogram[0] / M);
        return Math.round((M * M) / (2 * Math.LN2) / z);
    }
}
function sigma(x) {
    if (x === 1)
        return Number.POSITIVE_INFINITY;
    let y = 1;
    let z = x;
    for (;;) {
        x *= x;
        const previous = z;
        z += x * y;
        y += y;
        if (z === previous)
            return z;
    }
}
function tau(x) {
    if (x === 0 || x === 1)
        return 0;
    let y = 1;
    let z = 1 - x;
    for (;;) {
        x = Math.sqrt(x);
        const previous = z;
        y *= 0.5;
        z -= (1 - x) ** 2 * y;
        if (z === previous)
            return z / 3;
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/data/sketch/kll.ts
/**
 * KLL quantile sketch (Karnin, Lang, Liberty 2016). Level h holds items of weight 2^h; a full level is compacted:
 * every other item of it in sorted order (random offset) moves up a level. Capacities shrink by 2/3 per level below
 * the top one (k at the top, at least 8 below, as DataSketches), so the state is about 3k numbers and the
 * normalised rank error about 1.3% for k = 200 (99% of the time below ~2%), independent of n.
 *
 * As in DataSketches, level 0 is an unsorted buffer and every level above it is kept sorted, so the only sort is of
 * level 0 (512 items at a time, natively) and compactions above it are linear merges. A larger level 0 only makes
 * the sketch more accurate. Two sketches merge by merging levels and compacting, so partial sketches from workers
 * combine into one with the same error bound.
 *
 * Past 2^17 items, the sketch samples its input as the KLL paper's final algorithm does (its lowest compactors
 * become a sampler): an item enters with probability 2^-s, carrying weight 2^s, where s grows by one each time n
 * doubles. The sampling adds a rank error of standard deviation at most about 0.2% (sqrt(n·2^s)/2 items), below
 * the compactors' own, and takes the sorting off most items: at a million items two in three are never sorted.
 *
 * Written by hand: the npm KLL ports are unmaintained or pull in the whole DataSketches runtime, and this is ~200
 * lines. The random offsets come from a seeded xorshift, so a profile is reproducible run to run.
 */

const C = 2 / 3;
const LEVEL0 = 512;
/** n at which sampling starts (s = 1); s grows by one each time n doubles again. */
const SAMPLE_FROM = 1 << 17;
class KllSketch {
    k;
    n = 0;
    min = Number.POSITIVE_INFINITY;
    max = Number.NEGATIVE_INFINITY;
    /** The sampler's level: the buffer's items weigh 2^sampleLevel, and an item enters with probability 2^-sampleLevel. */
    sampleLevel = 0;
    nextSampleAt = SAMPLE_FROM;
    /** Unsorted items of weight 2^sampleLevel. */
    buffer;
    buffered = 0;
    /** Levels 1.. (each sorted); index 0 unused. */
    levels = [new Float64Array(0)];
    capacities = [LEVEL0];
    seed;
    sorted;
    constructor(k = 200, seed = 0x9e3779b9) {
        this.k = k;
        this.seed = seed | 0 || 1;
        this.buffer = new Float64Array(Math.max(LEVEL0, k));
        this.capacities = [this.buffer.length];
    }
    nextRandomBits() {
        let x = this.seed;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        this.seed = x;
        return x;
    }
    random() {
        let x = this.seed;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        this.seed = x;
        return x & 1;
    }
    grow() {
        this.levels.push(new Float64Array(0));
        const count = this.levels.length;
        this.capacities = Array.from({ length: count }, (_, h) => (h === 0 ? this.buffer.length : Math.max(8, Math.ceil(C ** (count - 1 - h) * this.k))));
    }
    /** Adds one finite number. */
    update(value) {
        const n = ++this.n;
        if (value < this.min)
            this.min = value;
        if (value > this.max)
            this.max = value;
        if (n >= this.nextSampleAt)
            this.raiseSampler();
        if (this.sampleLevel > 0) {
            let x = this.seed;
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
            this.seed = x;
            // Keep the item with probability 2^-sampleLevel.
            if ((x & ((1 << this.sampleLevel) - 1)) !== 0)
                return;
        }
        this.buffer[this.buffered++] = value;
        if (this.buffered === this.buffer.length)
            this.compress();
    }
    /** Moves the buffer's items to their level, then samples at half the rate. */
    raiseSampler() {
        this.flushBuffer();
        this.sampleLevel++;
        this.nextSampleAt *= 2;
    }
    /** Sorts the buffer into the level its items belong to (sampleLevel). */
    flushBuffer() {
        if (this.buffered === 0)
            return;
        const run = this.buffer.slice(0, this.buffered);
        sortNumbers(run);
        this.buffered = 0;
        if (this.sampleLevel === 0) {
            // Level 0 has no sorted array of its own: halve the run upward as a compaction would, keeping the odd one.
            const { up, stay } = this.halve(run);
            this.addToLevel(1, up);
            this.buffer.set(stay);
            this.buffered = stay.length;
            if (stay.length > 0) {
                // One leftover of weight 1 cannot move up; it goes to level 1 with probability 1/2, as sampling would.
                this.buffered = 0;
                if (this.random() === 1)
                    this.addToLevel(1, stay);
            }
        }
        else
            this.addToLevel(this.sampleLevel, run);
        this.sorted = undefined;
    }
    /** Every other item of a sorted run (random offset), the odd one out staying behind. */
    halve(sorted) {
        const keep = sorted.length % 2;
        const pairs = sorted.length - keep;
        const up = new Float64Array(pairs >> 1);
        let j = 0;
        for (let i = this.random(); i < pairs; i += 2)
            up[j++] = sorted[i];
        return { up, stay: keep === 1 ? sorted.slice(pairs) : new Float64Array(0) };
    }
    compress() {
        this.sorted = undefined;
        if (this.buffered >= this.capacities[0])
            this.compressBuffer();
        for (let h = 1; h < this.levels.length; h++) {
            const level = this.levels[h];
            if (level.length < this.capacities[h])
                continue;
            const { up, stay } = this.halve(level);
            this.levels[h] = stay;
            this.addToLevel(h + 1, up);
        }
    }
    /** Merges a sorted run into a level. */
    addToLevel(h, run) {
        while (this.levels.length <= h)
            this.grow();
        this.levels[h] = mergeSorted(this.levels[h], run);
    }
    merge(other) {
        if (other.n === 0)
            return;
        const theirs = KllSketch.load(other.save());
        theirs.flushBuffer();
        this.flushBuffer();
        for (let h = 1; h < theirs.levels.length; h++)
            this.addToLevel(h, theirs.levels[h]);
        this.n += other.n;
        this.min = Math.min(this.min, other.min);
        this.max = Math.max(this.max, other.max);
        while (this.n >= this.nextSampleAt) {
            this.sampleLevel++;
            this.nextSampleAt *= 2;
        }
        for (let pass = 0; pass < 64; pass++) {
            const before = this.levels.map((level) => level.length).join();
            this.compress();
            if (this.levels.map((level) => level.length).join() === before)
                break;
        }
    }
    compressBuffer() {
        const run = this.buffer.subarray(0, this.buffered);
        sortNumbers(run);
        const { up, stay } = this.halve(run);
        this.buffer.set(stay);
        this.buffered = stay.length;
        this.addToLevel(this.sampleLevel + 1, up);
    }
    /** Retained items in order with their cumulative weights (built once, until the next update). */
    view() {
        if (this.sorted !== undefined && this.sortedAt === this.n)
            return this.sorted;
        const items = [];
        for (let i = 0; i < this.buffered; i++)
            items.push({ value: this.buffer[i], weight: 2 ** this.sampleLevel });
        for (let h = 1; h < this.levels.length; h++)
            for (const value of this.levels[h])
                items.push({ value, weight: 2 ** h });
        items.sort((a, b) => a.value - b.value);
        const values = new Float64Array(items.length);
        const cumulative = new Float64Array(items.length);
        let total = 0;
        items.forEach((item, i) => {
            total += item.weight;
            values[i] = item.value;
            cumulative[i] = total;
        });
        this.sorted = { values, cumulative };
        this.sortedAt = this.n;
        return this.sorted;
    }
    sortedAt = -1;
    /** The estimated value below which a share `q` of the items lie (0 gives the minimum, 1 the maximum). */
    quantile(q) {
        if (this.n === 0)
            return Number.NaN;
        if (q <= 0)
            return this.min;
        if (q >= 1)
            return this.max;
        const { values, cumulative } = this.view();
        const total = cumulative[cumulative.length - 1];
        const target = q * total;
        let low = 0;
        let high = values.length - 1;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (cumulative[middle] < target)
                low = middle + 1;
            else
                high = middle;
        }
        return values[low];
    }
    /** The estimated share of items <= x (`inclusive`) or < x. */
    cdf(x, inclusive = true) {
        if (this.n === 0)
            return Number.NaN;
        if (x < this.min)
            return 0;
        if (x > this.max || (inclusive && x === this.max))
            return 1;
        const { values, cumulative } = this.view();
        const total = cumulative[cumulative.length - 1];
        let low = 0;
        let high = values.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            const v = values[middle];
            if (inclusive ? v <= x : v < x)
                low = middle + 1;
            else
                high = middle;
        }
        return low === 0 ? 0 : cumulative[low - 1] / total;
    }
    /** Retained items and their shares of the total, in value order: the step function drift statistics integrate. */
    weightedItems() {
        const { values, cumulative } = this.view();
        const weights = new Float64Array(values.length);
        const total = cumulative.length === 0 ? 1 : cumulative[cumulative.length - 1];
        for (let i = 0; i < values.length; i++)
            weights[i] = (cumulative[i] - (i === 0 ? 0 : cumulative[i - 1])) / total;
        return { values, weights };
    }
    /** Retained items (the sketch's size). */
    get retained() {
        return this.buffered + this.levels.reduce((sum, level) => sum + level.length, 0);
    }
    /** Levels from 0 up, each item of level h weighing 2^h (level 0 holds the buffer when it is not sampling). */
    save() {
        const levels = this.levels.map((level) => level.slice());
        levels[0] = new Float64Array(0);
        if (this.buffered > 0) {
            const buffer = this.buffer.slice(0, this.buffered);
            sortNumbers(buffer);
            levels[this.sampleLevel] = mergeSorted(levels[this.sampleLevel] ?? new Float64Array(0), buffer);
        }
        return { k: this.k, n: this.n, min: this.min, max: this.max, seed: this.seed, levels };
    }
    static load(state) {
        const sketch = new KllSketch(state.k, state.seed);
        const [first, ...rest] = state.levels;
        rest.forEach((level, i) => {
            const sorted = Float64Array.from(level);
            sortNumbers(sorted);
            sketch.addToLevel(i + 1, sorted);
        });
        while (state.n >= sketch.nextSampleAt) {
            sketch.sampleLevel++;
            sketch.nextSampleAt *= 2;
        }
        if (first !== undefined && first.length > 0) {
            // Weight-1 items: a sampling sketch takes them at its level, as sampling would.
            if (sketch.sampleLevel === 0) {
                for (const value of first) {
                    sketch.buffer[sketch.buffered++] = value;
                    if (sketch.buffered === sketch.buffer.length)
                        sketch.compressBuffer();
                }
            }
            else {
                for (const value of first)
                    if ((sketch.nextRandomBits() & ((1 << sketch.sampleLevel) - 1)) === 0)
                        sketch.addToLevel(sketch.sampleLevel, Float64Array.of(value));
            }
        }
        sketch.n = state.n;
        sketch.min = state.n === 0 ? Number.POSITIVE_INFINITY : state.min;
        sketch.max = state.n === 0 ? Number.NEGATIVE_INFINITY : state.max;
        return sketch;
    }
}
function mergeSorted(a, b) {
    if (a.length === 0)
        return b.slice();
    if (b.length === 0)
        return a;
    const out = new Float64Array(a.length + b.length);
    let i = 0;
    let j = 0;
    let o = 0;
    while (i < a.length && j < b.length)
        out[o++] = a[i] <= b[j] ? a[i++] : b[j++];
    while (i < a.length)
        out[o++] = a[i++];
    while (j < b.length)
        out[o++] = b[j++];
    return out;
}

;// CONCATENATED MODULE: ../../packages/core/src/data/column.ts
/**
 * One column's profile and per-value checks, fed cell by cell in one pass: from the CSV reader as byte ranges of a
 * block of rows (no string per cell unless a check needs the text), or from JSON Lines and Parquet as JavaScript
 * values. Every piece of state merges with the same column's state from another part of the file, so workers can
 * each take a byte range.
 */









const NUMERIC = 0;
const TEXT = 1;
const BOOLEAN = 2;
const P_INTEGER = 0;
const P_NUMBER = 1;
const P_DATE = 2;
const P_DATETIME = 3;
/** A column whose type was not declared and sniffed as numeric: every decimal is accepted, integer-ness recorded. */
const P_SNIFFED = 4;
const column_encoder = new TextEncoder();
/**
 * Results of the regex per recent text value (direct-mapped by hash): repeated values are tested once. 2^16 slots
 * (576 KiB, only in a column with a regex) keep about 70% of the values of a column with 50,000 distinct ones.
 */
const REGEX_CACHE = 1 << 16;
function keySet(values, type) {
    const set = new KeySet(values.length);
    for (const value of values) {
        if (type === 'string')
            hashText(String(value));
        else if (type === 'boolean')
            hashNumber(value === true || value === 'true' ? 1 : value === false || value === 'false' ? 0 : Number(value));
        else if (typeof value === 'number')
            hashNumber(value);
        else {
            const parsed = typeof value === 'string' && (type === 'date' || type === 'datetime') ? parseDatePlain(type, value) : Number(value);
            hashNumber(parsed);
        }
        set.add(hashed.h1, hashed.h2);
    }
    return set;
}
function parseDatePlain(type, text) {
    const bytes = column_encoder.encode(text);
    return type === 'date' ? parseDateBytes(bytes, 0, bytes.length) : parseDatetimeBytes(bytes, 0, bytes.length);
}
function newOrder(strict) {
    return { strict, tally: new checks_state/* Tally */.F(), first: Number.NaN, firstLine: 0, last: Number.NaN, lastLine: 0, seen: false };
}
class ColumnAccumulator {
    plan;
    kind;
    parser;
    rows = 0;
    nulls = 0;
    invalid = 0;
    // numeric
    n = 0;
    mean = 0;
    m2 = 0;
    sum = 0;
    min = Number.POSITIVE_INFINITY;
    max = Number.NEGATIVE_INFINITY;
    nan = 0;
    positiveInfinity = 0;
    negativeInfinity = 0;
    fraction = false;
    kll;
    // boolean
    trues = 0;
    // text
    minLength = Number.POSITIVE_INFINITY;
    maxLength = 0;
    sumLength = 0;
    hll = new HyperLogLog();
    frequent;
    keys;
    /** Set once all parts of the file are counted (data/key-confirm.ts). */
    keyCount = null;
    /** In a confirming pass (data/key-confirm.ts), text goes only here. */
    confirmer = null;
    /** The first 1000 finite values: a small reference keeps its exact values for KS and chi-square. */
    sample = [];
    // checks
    typeTally = new checks_state/* Tally */.F();
    nullTally = new checks_state/* Tally */.F();
    betweenTally = new checks_state/* Tally */.F();
    inTally = new checks_state/* Tally */.F();
    notInTally = new checks_state/* Tally */.F();
    regexTally = new checks_state/* Tally */.F();
    formatTally = new checks_state/* Tally */.F();
    lengthTally = new checks_state/* Tally */.F();
    finiteTally = new checks_state/* Tally */.F();
    increasing;
    decreasing;
    referencePoints;
    referenceBelow;
    referenceAt;
    low;
    high;
    inSet;
    notInSet;
    regex;
    formatTest;
    minLen;
    maxLen;
    textChecks;
    nullTokens;
    /** h1, h2 of the value in each slot of the regex cache, and 1 + its result (0: an empty slot). */
    regexCacheKeys;
    regexCacheResult;
    scratch = Buffer.alloc(256);
    /** `keys` bounds the exact key counter's memory and says where it spills (and how many keys to expect). */
    constructor(plan, keys = { maxBits: 30 }) {
        this.plan = plan;
        const type = plan.type;
        this.kind = type === 'string' ? TEXT : type === 'boolean' ? BOOLEAN : NUMERIC;
        this.parser = !plan.declared && (type === 'integer' || type === 'number') ? P_SNIFFED : type === 'integer' ? P_INTEGER : type === 'number' ? P_NUMBER : type === 'date' ? P_DATE : P_DATETIME;
        this.kll = this.kind === NUMERIC ? new KllSketch(plan.kllK) : null;
        // A text column counted exactly has its few values compared as text, so that it needs no confirming pass.
        this.frequent = this.kind === BOOLEAN ? null : new FrequentItems(this.kind === TEXT, plan.frequentCapacity, this.kind === TEXT && plan.exactKeys);
        this.keys = plan.exactKeys ? new KeyCounter(keys) : null;
        this.low = plan.between?.min ?? Number.NEGATIVE_INFINITY;
        this.high = plan.between?.max ?? Number.POSITIVE_INFINITY;
        this.inSet = plan.in === undefined ? null : keySet(plan.in, type);
        this.notInSet = plan.notIn === undefined ? null : keySet(plan.notIn, type);
        this.regex = plan.regex === undefined ? null : compilePattern(plan.regex);
        this.formatTest = plan.format === undefined ? null : compileDateFormat(plan.format);
        this.minLen = plan.length?.min ?? 0;
        this.maxLen = plan.length?.max ?? Number.POSITIVE_INFINITY;
        this.textChecks = this.regex !== null || this.formatTest !== null || plan.length !== undefined;
        this.nullTokens = plan.nullValues.filter((token) => token !== '').map((token) => column_encoder.encode(token));
        this.increasing = plan.increasing === undefined ? null : newOrder(plan.increasing.strict);
        this.decreasing = plan.decreasing === undefined ? null : newOrder(plan.decreasing.strict);
        this.referencePoints = plan.referencePoints === undefined ? null : Float64Array.from(plan.referencePoints);
        this.referenceBelow = this.referencePoints === null ? null : new Float64Array(this.referencePoints.length + 1);
        this.referenceAt = this.referencePoints === null ? null : new Float64Array(this.referencePoints.length);
        this.regexCacheKeys = new Int32Array(this.regex === null ? 0 : REGEX_CACHE * 2);
        this.regexCacheResult = new Uint8Array(this.regex === null ? 0 : REGEX_CACHE);
    }
    isNullToken(bytes, start, end) {
        const length = end - start;
        for (const token of this.nullTokens) {
            if (token.length !== length)
                continue;
            let same = true;
            for (let i = 0; i < length; i++) {
                if (token[i] !== bytes[start + i]) {
                    same = false;
                    break;
                }
            }
            if (same)
                return true;
        }
        return false;
    }
    /**
     * Consumes this column's cells of a CSV block. Numbers and text each have their own loop: one loop shared by every
     * column mixes their types' code, and the compiler then inlines less of each.
     */
    consumeBlock(block, column) {
        if (this.kind === NUMERIC)
            this.consumeNumbers(block, column);
        else if (this.kind === TEXT)
            this.consumeTexts(block, column);
        else
            this.consumeCells(block, column);
    }
    consumeNumbers(block, column) {
        const { starts, ends, escaped, lines, rows, width } = block;
        const checkNullTokens = this.nullTokens.length > 0;
        const parser = this.parser;
        let bytes = block.bytes;
        for (let r = 0, i = column; r < rows; r++, i += width) {
            let start = starts[i];
            let end = ends[i];
            const line = lines[r];
            if (escaped[i] === 1) {
                end = this.unescape(block.bytes, start, end);
                start = 0;
                bytes = this.scratch;
            }
            else
                bytes = block.bytes;
            if (start === end || (checkNullTokens && this.isNullToken(bytes, start, end))) {
                this.addNull(line);
                continue;
            }
            let value;
            if (parser === P_INTEGER)
                value = parseIntegerBytes(bytes, start, end);
            else if (parser === P_DATE)
                value = parseDateBytes(bytes, start, end);
            else if (parser === P_DATETIME)
                value = parseDatetimeBytes(bytes, start, end);
            else {
                value = parseNumberBytes(bytes, start, end);
                if (value === value && lastNumber.fraction)
                    this.fraction = true;
            }
            // Not a plain number of the type (NaN, infinity or invalid): the general path reads it again.
            if (value !== value)
                this.addCell(bytes, start, end, line);
            else
                this.addNumber(value, line, bytes, start, end);
        }
    }
    consumeTexts(block, column) {
        const { starts, ends, escaped, lines, rows, width } = block;
        const checkNullTokens = this.nullTokens.length > 0;
        let bytes = block.bytes;
        for (let r = 0, i = column; r < rows; r++, i += width) {
            let start = starts[i];
            let end = ends[i];
            const line = lines[r];
            if (escaped[i] === 1) {
                end = this.unescape(block.bytes, start, end);
                start = 0;
                bytes = this.scratch;
            }
            else
                bytes = block.bytes;
            if (start === end || (checkNullTokens && this.isNullToken(bytes, start, end))) {
                this.addNull(line);
                continue;
            }
            this.addText(bytes, start, end, line);
        }
    }
    consumeCells(block, column) {
        const { starts, ends, escaped, lines, rows, width } = block;
        const checkNullTokens = this.nullTokens.length > 0;
        let bytes = block.bytes;
        for (let r = 0, i = column; r < rows; r++, i += width) {
            let start = starts[i];
            let end = ends[i];
            const line = lines[r];
            if (escaped[i] === 1) {
                end = this.unescape(block.bytes, start, end);
                start = 0;
                bytes = this.scratch;
            }
            else
                bytes = block.bytes;
            if (start === end || (checkNullTokens && this.isNullToken(bytes, start, end))) {
                this.addNull(line);
                continue;
            }
            this.addCell(bytes, start, end, line);
        }
    }
    /** Copies a quoted cell's content with each doubled quote made single into the scratch buffer; returns its length. */
    unescape(bytes, start, end) {
        if (this.scratch.length < end - start)
            this.scratch = Buffer.alloc((end - start) * 2);
        let out = 0;
        for (let i = start; i < end; i++) {
            const c = bytes[i];
            this.scratch[out++] = c;
            if (c === 34 && bytes[i + 1] === 34)
                i++;
        }
        return out;
    }
    addNull(line) {
        this.rows++;
        this.nulls++;
        if (this.plan.notNull !== undefined)
            this.nullTally.noteValue(line, null);
    }
    /** One non-empty cell as bytes (CSV, or text from JSON/Parquet encoded to bytes). */
    addCell(bytes, start, end, line) {
        const kind = this.kind;
        if (kind === NUMERIC) {
            let value;
            switch (this.parser) {
                case P_INTEGER:
                    value = parseIntegerBytes(bytes, start, end);
                    break;
                case P_DATE:
                    value = parseDateBytes(bytes, start, end);
                    break;
                case P_DATETIME:
                    value = parseDatetimeBytes(bytes, start, end);
                    break;
                default:
                    value = parseNumberBytes(bytes, start, end);
                    if (value === value && lastNumber.fraction)
                        this.fraction = true;
            }
            if (value !== value) {
                if (this.parser === P_NUMBER || this.parser === P_SNIFFED) {
                    if (isNanToken(bytes, start, end)) {
                        this.addNumber(Number.NaN, line, bytes, start, end);
                        return;
                    }
                    const sign = infinitySign(bytes, start, end);
                    if (sign !== 0) {
                        this.addNumber(sign * Number.POSITIVE_INFINITY, line, bytes, start, end);
                        return;
                    }
                }
                this.addInvalid(line, bytes, start, end);
                return;
            }
            this.addNumber(value, line, bytes, start, end);
        }
        else if (kind === TEXT) {
            this.addText(bytes, start, end, line);
        }
        else {
            const value = parseBooleanBytes(bytes, start, end);
            if (value !== value)
                this.addInvalid(line, bytes, start, end);
            else
                this.addBoolean(value, line, bytes, start, end);
        }
    }
    addInvalid(line, bytes, start, end) {
        this.rows++;
        this.invalid++;
        this.typeTally.note(line, () => bytes.toString('utf8', start, end));
    }
    addNumber(value, line, bytes, start, end) {
        this.rows++;
        if (value !== value) {
            this.nan++;
            if (this.plan.finite)
                this.finiteTally.noteValue(line, 'NaN');
            if (this.textChecks && bytes !== null)
                this.checkText(bytes, start, end, line);
            return;
        }
        if (value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY) {
            if (value > 0)
                this.positiveInfinity++;
            else
                this.negativeInfinity++;
            if (this.plan.finite)
                this.finiteTally.noteValue(line, value > 0 ? 'Infinity' : '-Infinity');
        }
        else {
            const n = ++this.n;
            const delta = value - this.mean;
            this.mean += delta / n;
            this.m2 += delta * (value - this.mean);
            this.sum += value;
            if (value < this.min)
                this.min = value;
            if (value > this.max)
                this.max = value;
            this.kll.update(value);
            if (this.sample.length < 1000)
                this.sample.push(value);
            if (this.referencePoints !== null)
                this.countAtReference(value);
        }
        hashNumber(value);
        const h1 = hashed.h1;
        const h2 = hashed.h2;
        this.hll.add(h1);
        const frequent = this.frequent;
        if (frequent !== null) {
            frequent.addNumber(h1, h2, value);
            // Frequent values of a continuous column say nothing; stop paying for them once it has many.
            if (frequent.offset > 0)
                this.frequent = null;
        }
        if (value < this.low || value > this.high)
            this.betweenTally.noteValue(line, values_formatTypedValue(this.plan.type, value));
        if (this.inSet !== null && !this.inSet.has(h1, h2))
            this.inTally.noteValue(line, values_formatTypedValue(this.plan.type, value));
        if (this.notInSet !== null && this.notInSet.has(h1, h2))
            this.notInTally.noteValue(line, values_formatTypedValue(this.plan.type, value));
        if (this.keys !== null)
            this.keys.add(h1, h2, line);
        if (this.increasing !== null)
            this.order(this.increasing, value, line, 1);
        if (this.decreasing !== null)
            this.order(this.decreasing, value, line, -1);
        if (this.textChecks && bytes !== null)
            this.checkText(bytes, start, end, line);
    }
    countAtReference(value) {
        const points = this.referencePoints;
        let low = 0;
        let high = points.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (points[middle] < value)
                low = middle + 1;
            else
                high = middle;
        }
        if (low < points.length && points[low] === value) {
            const at = this.referenceAt;
            at[low] = at[low] + 1;
        }
        else {
            const below = this.referenceBelow;
            below[low] = below[low] + 1;
        }
    }
    order(state, value, line, direction) {
        if (state.seen) {
            const step = (value - state.last) * direction;
            if (step < 0 || (state.strict && step === 0))
                state.tally.noteValue(line, values_formatTypedValue(this.plan.type, value));
        }
        else {
            state.seen = true;
            state.first = value;
            state.firstLine = line;
        }
        state.last = value;
        state.lastLine = line;
    }
    addBoolean(value, line, bytes, start, end) {
        this.rows++;
        this.n++;
        this.trues += value;
        hashNumber(value);
        const h1 = hashed.h1;
        const h2 = hashed.h2;
        this.hll.add(h1);
        if (this.inSet !== null && !this.inSet.has(h1, h2))
            this.inTally.noteValue(line, value === 1);
        if (this.notInSet !== null && this.notInSet.has(h1, h2))
            this.notInTally.noteValue(line, value === 1);
        if (this.keys !== null)
            this.keys.add(h1, h2, line);
        if (this.textChecks && bytes !== null)
            this.checkText(bytes, start, end, line);
    }
    addText(bytes, start, end, line) {
        this.rows++;
        this.n++;
        hashBytes(bytes, start, end);
        if (this.confirmer !== null) {
            this.confirmer.offer(hashed.h1, hashed.h2, bytes, start, end, line);
            return;
        }
        const h1 = hashed.h1;
        const h2 = hashed.h2;
        const length = hashed.chars;
        this.hll.add(h1);
        this.frequent.addBytes(h1, h2, bytes, start, end);
        if (length < this.minLength)
            this.minLength = length;
        if (length > this.maxLength)
            this.maxLength = length;
        this.sumLength += length;
        if (this.inSet !== null && !this.inSet.has(h1, h2))
            this.inTally.note(line, () => bytes.toString('utf8', start, end));
        if (this.notInSet !== null && this.notInSet.has(h1, h2))
            this.notInTally.note(line, () => bytes.toString('utf8', start, end));
        if (this.keys !== null)
            this.keys.add(h1, h2, line);
        if (this.textChecks)
            this.checkText(bytes, start, end, line, h1, h2, length);
    }
    /** regex, format and length look at the text as written, whatever the column's type. */
    checkText(bytes, start, end, line, h1, h2, length) {
        const regex = this.regex;
        if (regex !== null) {
            let ok;
            if (h1 !== undefined && h2 !== undefined) {
                // Repeated values (most categorical columns) are tested once.
                const slot = h1 & (REGEX_CACHE - 1);
                const keys = this.regexCacheKeys;
                const cached = this.regexCacheResult[slot];
                if (cached !== 0 && keys[slot * 2] === h1 && keys[slot * 2 + 1] === h2)
                    ok = cached === 2;
                else {
                    ok = regex.test(bytes.toString('utf8', start, end));
                    keys[slot * 2] = h1;
                    keys[slot * 2 + 1] = h2;
                    this.regexCacheResult[slot] = ok ? 2 : 1;
                }
            }
            else
                ok = regex.test(bytes.toString('utf8', start, end));
            if (!ok)
                this.regexTally.note(line, () => bytes.toString('utf8', start, end));
        }
        if (this.formatTest !== null && !this.formatTest(bytes.toString('utf8', start, end)))
            this.formatTally.note(line, () => bytes.toString('utf8', start, end));
        if (this.plan.length !== undefined) {
            const chars = length ?? utf8Length(bytes, start, end);
            if (chars < this.minLen || chars > this.maxLen)
                this.lengthTally.note(line, () => bytes.toString('utf8', start, end));
        }
    }
    /** A value from JSON Lines or Parquet: JavaScript values, typed by the source where it has types. */
    addValue(value, line) {
        if (value === null || value === undefined) {
            this.addNull(line);
            return;
        }
        if (typeof value === 'number' || typeof value === 'bigint') {
            const number = Number(value);
            if (this.kind === NUMERIC && this.parser !== P_DATE && this.parser !== P_DATETIME) {
                if (this.parser === P_INTEGER && Number.isFinite(number) && !Number.isInteger(number)) {
                    this.addInvalidValue(line, number);
                    return;
                }
                if (!Number.isInteger(number))
                    this.fraction = true;
                this.addNumber(number, line, this.textChecks ? this.encode(String(value)) : null, 0, this.encodedLength);
                return;
            }
            if (this.kind === NUMERIC) {
                this.addInvalidValue(line, number);
                return;
            }
        }
        if (typeof value === 'boolean') {
            if (this.kind === BOOLEAN) {
                this.addBoolean(value ? 1 : 0, line, this.textChecks ? this.encode(String(value)) : null, 0, this.encodedLength);
                return;
            }
            if (this.kind === NUMERIC) {
                this.addInvalidValue(line, value);
                return;
            }
        }
        if (value instanceof Date && this.kind === NUMERIC && (this.parser === P_DATE || this.parser === P_DATETIME)) {
            const ms = value.getTime();
            this.addNumber(this.parser === P_DATE ? Math.floor(ms / 86_400_000) : ms, line, null, 0, 0);
            return;
        }
        const text = value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
        const bytes = this.encode(text);
        if (bytes.length === 0 || (this.nullTokens.length > 0 && this.isNullToken(bytes, 0, this.encodedLength))) {
            this.addNull(line);
            return;
        }
        this.addCell(bytes, 0, this.encodedLength, line);
    }
    encodedLength = 0;
    encode(text) {
        if (this.scratch.length < text.length * 3)
            this.scratch = Buffer.alloc(text.length * 3 + 16);
        this.encodedLength = this.scratch.write(text, 0, 'utf8');
        return this.encodedLength === 0 ? Buffer.alloc(0) : this.scratch;
    }
    addInvalidValue(line, value) {
        this.rows++;
        this.invalid++;
        this.typeTally.noteValue(line, value);
    }
    /** Adds the same column's state from a later part of the file; its lines are shifted by `lineOffset`. */
    merge(other, lineOffset) {
        this.rows += other.rows;
        this.nulls += other.nulls;
        this.invalid += other.invalid;
        if (other.n > 0) {
            // Chan et al.'s parallel update of mean and sum of squared deviations.
            const n = this.n + other.n;
            const delta = other.mean - this.mean;
            this.mean += (delta * other.n) / n;
            this.m2 += other.m2 + (delta * delta * this.n * other.n) / n;
            this.n = n;
        }
        this.sum += other.sum;
        this.min = Math.min(this.min, other.min);
        this.max = Math.max(this.max, other.max);
        this.nan += other.nan;
        this.positiveInfinity += other.positiveInfinity;
        this.negativeInfinity += other.negativeInfinity;
        this.fraction ||= other.fraction;
        this.trues += other.trues;
        this.minLength = Math.min(this.minLength, other.minLength);
        this.maxLength = Math.max(this.maxLength, other.maxLength);
        this.sumLength += other.sumLength;
        if (this.kll !== null && other.kll !== null)
            this.kll.merge(other.kll);
        this.hll.merge(other.hll);
        if (this.frequent !== null && other.frequent !== null) {
            this.frequent.merge(other.frequent);
            if (!this.frequent.textual && this.frequent.offset > 0)
                this.frequent = null;
        }
        else
            this.frequent = null;
        for (const value of other.sample) {
            if (this.sample.length >= 1000)
                break;
            this.sample.push(value);
        }
        if (this.keys !== null && other.keys !== null)
            this.keys.merge(other.keys, lineOffset);
        for (const [mine, theirs] of this.tallyPairs(other))
            mine.merge(theirs, lineOffset);
        for (const [mine, theirs, direction] of [
            [this.increasing, other.increasing, 1],
            [this.decreasing, other.decreasing, -1],
        ]) {
            if (mine === null || theirs === null || !theirs.seen)
                continue;
            if (mine.seen) {
                const step = (theirs.first - mine.last) * direction;
                if (step < 0 || (mine.strict && step === 0))
                    mine.tally.noteValue(theirs.firstLine + lineOffset, values_formatTypedValue(this.plan.type, theirs.first));
            }
            else {
                mine.seen = true;
                mine.first = theirs.first;
                mine.firstLine = theirs.firstLine + lineOffset;
            }
            mine.tally.merge(theirs.tally, lineOffset);
            mine.last = theirs.last;
            mine.lastLine = theirs.lastLine + lineOffset;
        }
        if (this.referenceBelow !== null && other.referenceBelow !== null && this.referenceAt !== null && other.referenceAt !== null) {
            for (let i = 0; i < this.referenceBelow.length; i++)
                this.referenceBelow[i] = this.referenceBelow[i] + other.referenceBelow[i];
            for (let i = 0; i < this.referenceAt.length; i++)
                this.referenceAt[i] = this.referenceAt[i] + other.referenceAt[i];
        }
    }
    tallies() {
        return {
            type: this.typeTally,
            null: this.nullTally,
            between: this.betweenTally,
            in: this.inTally,
            notIn: this.notInTally,
            regex: this.regexTally,
            format: this.formatTally,
            length: this.lengthTally,
            finite: this.finiteTally,
        };
    }
    tallyPairs(other) {
        const mine = this.tallies();
        const theirs = other.tallies();
        return Object.keys(mine).map((key) => [mine[key], theirs[key]]);
    }
    save() {
        const orders = {};
        if (this.increasing !== null)
            orders.increasing = { ...this.increasing, tally: this.increasing.tally.save() };
        if (this.decreasing !== null)
            orders.decreasing = { ...this.decreasing, tally: this.decreasing.tally.save() };
        return {
            rows: this.rows,
            nulls: this.nulls,
            invalid: this.invalid,
            n: this.n,
            mean: this.mean,
            m2: this.m2,
            sum: this.sum,
            min: this.min,
            max: this.max,
            nan: this.nan,
            positiveInfinity: this.positiveInfinity,
            negativeInfinity: this.negativeInfinity,
            fraction: this.fraction,
            trues: this.trues,
            minLength: this.minLength,
            maxLength: this.maxLength,
            sumLength: this.sumLength,
            kll: this.kll?.save() ?? null,
            hll: this.hll.registers,
            frequent: this.frequent?.save() ?? null,
            frequentCollided: this.frequent?.collided ?? false,
            keys: this.keys?.save() ?? null,
            tallies: Object.fromEntries(Object.entries(this.tallies()).map(([key, tally]) => [key, tally.save()])),
            orders,
            referenceBelow: this.referenceBelow,
            referenceAt: this.referenceAt,
            sample: this.sample,
        };
    }
    static load(plan, state) {
        const column = new ColumnAccumulator(plan);
        Object.assign(column, {
            rows: state.rows,
            nulls: state.nulls,
            invalid: state.invalid,
            n: state.n,
            mean: state.mean,
            m2: state.m2,
            sum: state.sum,
            min: state.min,
            max: state.max,
            nan: state.nan,
            positiveInfinity: state.positiveInfinity,
            negativeInfinity: state.negativeInfinity,
            fraction: state.fraction,
            trues: state.trues,
            minLength: state.minLength,
            maxLength: state.maxLength,
            sumLength: state.sumLength,
            sample: state.sample,
            referenceBelow: state.referenceBelow,
            referenceAt: state.referenceAt,
        });
        column.kll = state.kll === null ? null : KllSketch.load(state.kll);
        column.hll = new HyperLogLog(state.hll);
        column.frequent = state.frequent === null ? null : FrequentItems.load(state.frequent, column.kind === TEXT);
        if (column.frequent !== null)
            column.frequent.collided = state.frequentCollided;
        column.keys = state.keys === null ? null : KeyCounter.load(state.keys);
        const tallies = column.tallies();
        for (const [key, saved] of Object.entries(state.tallies))
            tallies[key].merge(saved, 0);
        for (const key of ['increasing', 'decreasing']) {
            const saved = state.orders[key];
            if (saved !== undefined)
                column[key] = { ...saved, tally: checks_state/* Tally */.F.load(saved.tally) };
        }
        return column;
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/data/quality.ts
/**
 * A model's live quality, counted during the data pass from two columns of each row: the target (the label that
 * arrived later) and the model's prediction. Rows whose target is missing are unlabelled and count for nothing here.
 *
 * Both readings are kept, since the task is decided only at the end (monitor/quality.ts): labels as text for a
 * classifier's confusion counts, and numbers for a regressor's error sums (|e|, e², e⁴ and |e/y|, with their squares
 * where a confidence bound needs them). Everything is a count or a sum, so a worker's part of the file merges
 * exactly, and the state is small: at most MAX_LABEL_PAIRS (target, prediction) pairs, then only the overall hit
 * count stays exact and the per-class counts are marked incomplete.
 */
/** Distinct (target, prediction) label pairs counted before per-class counts give up (accuracy stays exact). */
const MAX_LABEL_PAIRS = 10_000;
/** Longest label kept as text; a longer one is cut (it is a free-text column, not a class). */
const MAX_LABEL_CHARS = 200;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** The class a cell's text names: numbers by value ("1.0" is "1"), true/false/yes/no in lower case, else the trimmed text. */
function labelOf(text) {
    const trimmed = text.trim();
    if (NUMBER.test(trimmed)) {
        const value = Number(trimmed);
        if (Number.isFinite(value))
            return String(value);
    }
    const lower = trimmed.toLowerCase();
    if (lower === 'true' || lower === 'false' || lower === 'yes' || lower === 'no')
        return lower;
    return trimmed.length > MAX_LABEL_CHARS ? trimmed.slice(0, MAX_LABEL_CHARS) : trimmed;
}
function numberOf(text) {
    const trimmed = text.trim();
    if (!NUMBER.test(trimmed)) {
        const lower = trimmed.toLowerCase();
        return lower === 'true' ? 1 : lower === 'false' ? 0 : Number.NaN;
    }
    return Number(trimmed);
}
class QualityAccumulator {
    plan;
    labelled = 0;
    unpredicted = 0;
    hits = 0;
    scores = 0;
    pairs = new Map();
    overflow = false;
    n = 0;
    sumAbs = 0;
    sumSq = 0;
    sumSq2 = 0;
    nPct = 0;
    sumPct = 0;
    sumPct2 = 0;
    nulls;
    constructor(plan) {
        this.plan = plan;
        this.nulls = new Set(plan.nullValues);
    }
    missing(text) {
        return text === null || this.nulls.has(text) || text.trim() === '';
    }
    /** One row's target and prediction as text (null: absent). */
    add(target, prediction) {
        if (this.missing(target))
            return;
        this.labelled++;
        if (this.missing(prediction)) {
            this.unpredicted++;
            return;
        }
        const t = target;
        const p = prediction;
        const y = numberOf(t);
        const yHat = numberOf(p);
        if (Number.isFinite(y) && Number.isFinite(yHat)) {
            const e = yHat - y;
            const abs = Math.abs(e);
            const sq = e * e;
            this.n++;
            this.sumAbs += abs;
            this.sumSq += sq;
            this.sumSq2 += sq * sq;
            if (y !== 0) {
                const pct = abs / Math.abs(y);
                this.nPct++;
                this.sumPct += pct;
                this.sumPct2 += pct * pct;
            }
        }
        const truth = labelOf(t);
        let predicted;
        // A probability for a 0/1 target is the class 1 at 0.5 or more, as scikit-learn's predict does.
        if (Number.isFinite(yHat) && yHat > 0 && yHat < 1 && (truth === '0' || truth === '1')) {
            predicted = yHat >= 0.5 ? '1' : '0';
            this.scores++;
        }
        else
            predicted = labelOf(p);
        if (truth === predicted)
            this.hits++;
        if (this.overflow)
            return;
        const key = `${truth}\u0000${predicted}`;
        const count = this.pairs.get(key);
        if (count !== undefined)
            this.pairs.set(key, count + 1);
        else if (this.pairs.size >= MAX_LABEL_PAIRS)
            this.overflow = true;
        else
            this.pairs.set(key, 1);
    }
    text(block, row, column) {
        if (column < 0 || column >= block.width)
            return null;
        const i = row * block.width + column;
        const text = block.bytes.toString('utf8', block.starts[i], block.ends[i]);
        return block.escaped[i] === 1 ? text.replaceAll('""', '"') : text;
    }
    consumeBlock(block) {
        const { target, prediction } = this.plan;
        for (let r = 0; r < block.rows; r++)
            this.add(this.text(block, r, target), this.text(block, r, prediction));
    }
    /** One record of JavaScript values (JSON Lines, Parquet), in the header's column order. */
    addRecord(values) {
        const text = (value) => value === null || value === undefined ? null : typeof value === 'object' ? JSON.stringify(value) : String(value);
        this.add(this.plan.target < 0 ? null : text(values[this.plan.target]), this.plan.prediction < 0 ? null : text(values[this.plan.prediction]));
    }
    merge(other) {
        this.labelled += other.labelled;
        this.unpredicted += other.unpredicted;
        this.hits += other.hits;
        this.scores += other.scores;
        this.n += other.n;
        this.sumAbs += other.sumAbs;
        this.sumSq += other.sumSq;
        this.sumSq2 += other.sumSq2;
        this.nPct += other.nPct;
        this.sumPct += other.sumPct;
        this.sumPct2 += other.sumPct2;
        this.overflow ||= other.overflow;
        if (this.overflow) {
            this.pairs.clear();
            return;
        }
        for (const [key, count] of other.pairs) {
            const mine = this.pairs.get(key);
            if (mine !== undefined)
                this.pairs.set(key, mine + count);
            else if (this.pairs.size >= MAX_LABEL_PAIRS) {
                this.overflow = true;
                this.pairs.clear();
                return;
            }
            else
                this.pairs.set(key, count);
        }
    }
    save() {
        const { labelled, unpredicted, hits, scores, overflow, n, sumAbs, sumSq, sumSq2, nPct, sumPct, sumPct2 } = this;
        return { labelled, unpredicted, hits, scores, pairs: [...this.pairs], overflow, n, sumAbs, sumSq, sumSq2, nPct, sumPct, sumPct2 };
    }
    static load(plan, state) {
        const quality = new QualityAccumulator(plan);
        Object.assign(quality, { ...state, pairs: new Map(state.pairs) });
        return quality;
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/data/table.ts
/**
 * The whole table's state during one pass: every column's accumulator, compound keys, and problems with the text
 * itself. A worker thread builds one of these for its byte range; the main thread merges them in file order.
 */








/**
 * Memory for exact key counts, per thread and shared by the columns and compound keys that need them. A table that
 * reaches its share spills to a file in `dir` (named after `tag`, one per thread) and starts again.
 */
const table_KEY_MEMORY_BYTES = 2 << 20;
const table_encoder = new TextEncoder();
class table_TableAccumulator {
    plan;
    rows = 0;
    lines = 0;
    columns;
    compound;
    problems = (0,records/* newProblems */.Dv)();
    quality;
    /** A confirming pass (data/key-confirm.ts) reads only these columns. */
    only = null;
    /**
     * `expectedRows` sizes the exact key counters up front (within their memory); `spill` says where they spill. Without
     * it they grow in memory as they must (a part of the file loaded from a worker's state, tests).
     */
    constructor(plan, expectedRows = 0, spill) {
        this.plan = plan;
        const counters = plan.columns.filter((column) => column.exactKeys).length + plan.compoundKeys.length;
        const maxBits = Math.max(MIN_KEY_BITS, Math.floor(Math.log2((spill?.memory ?? table_KEY_MEMORY_BYTES) / SLOT_BYTES / Math.max(1, counters))));
        const keys = (name) => spill === undefined ? { maxBits: 30 } : { maxBits, spillPath: (0,external_node_path_.join)(spill.dir, `${spill.tag}-${name}.keys`), expected: expectedRows };
        this.columns = plan.columns.map((column, c) => new ColumnAccumulator(column, keys(String(c))));
        this.compound = plan.compoundKeys.map((columns, k) => ({ columns, keys: new KeyCounter(keys(`k${k}`)), count: null, confirmer: null }));
        this.quality = plan.quality === undefined ? null : new QualityAccumulator(plan.quality);
    }
    /** A table for a confirming pass: only the columns and compound keys given a confirmer read anything. */
    static confirming(plan, columns, compound) {
        const { quality: _quality, ...rest } = plan;
        const table = new table_TableAccumulator({ ...rest, columns: plan.columns.map((column) => ({ ...column, exactKeys: false })), compoundKeys: [] });
        table.only = [...columns.keys()];
        for (const [c, confirmer] of columns)
            table.columns[c].confirmer = confirmer;
        for (const [k, confirmer] of compound)
            table.compound.push({ columns: plan.compoundKeys[k], keys: new KeyCounter({ maxBits: MIN_KEY_BITS }), count: null, confirmer });
        return table;
    }
    /** The pass is over; `toFile`: key tables that spilled before go to their files too (see KeyCounter.finishPass). */
    finishPass(toFile) {
        for (const column of this.columns)
            column.keys?.finishPass(toFile);
        for (const key of this.compound)
            key.keys.finishPass(toFile);
    }
    consumeBlock(block) {
        this.rows += block.rows;
        this.quality?.consumeBlock(block);
        if (this.only === null)
            for (let c = 0; c < this.columns.length; c++)
                this.columns[c].consumeBlock(block, c);
        else
            for (const c of this.only)
                this.columns[c].consumeBlock(block, c);
        for (const key of this.compound) {
            const { starts, ends, lines, width, bytes } = block;
            for (let r = 0; r < block.rows; r++) {
                let h1 = 0x12345679;
                let h2 = 0x7654321;
                for (const c of key.columns) {
                    const i = r * width + c;
                    hashBytes(bytes, starts[i], ends[i]);
                    h1 = fmix32(Math.imul(h1, 31) ^ hashed.h1);
                    h2 = fmix32(Math.imul(h2, 37) ^ hashed.h2);
                }
                const line = lines[r];
                if (key.confirmer === null)
                    key.keys.add(h1, h2, line);
                else if (key.confirmer.wants(h1, h2)) {
                    const tuple = tupleBytes(key.columns.map((c) => bytes.subarray(starts[r * width + c], ends[r * width + c])));
                    key.confirmer.offer(h1, h2, tuple, 0, tuple.length, line);
                }
            }
        }
    }
    /** One record of JavaScript values (JSON Lines, Parquet), in the plan's column order. */
    addRecord(values, line) {
        this.rows++;
        this.quality?.addRecord(values);
        if (this.only === null)
            for (let c = 0; c < this.columns.length; c++)
                this.columns[c].addValue(values[c], line);
        else
            for (const c of this.only)
                this.columns[c].addValue(values[c], line);
        for (const key of this.compound) {
            let h1 = 0x12345679;
            let h2 = 0x7654321;
            const texts = key.columns.map((c) => {
                const value = values[c];
                return value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
            });
            const parts = texts.map((text) => table_encoder.encode(text));
            for (const bytes of parts) {
                hashBytes(bytes, 0, bytes.length);
                h1 = fmix32(Math.imul(h1, 31) ^ hashed.h1);
                h2 = fmix32(Math.imul(h2, 37) ^ hashed.h2);
            }
            if (key.confirmer === null)
                key.keys.add(h1, h2, line);
            else if (key.confirmer.wants(h1, h2)) {
                const tuple = tupleBytes(parts);
                key.confirmer.offer(h1, h2, tuple, 0, tuple.length, line);
            }
        }
    }
    /** Adds the state of the part of the file that follows this one. */
    merge(other) {
        const offset = this.lines;
        this.columns.forEach((column, c) => column.merge(other.columns[c], offset));
        this.compound.forEach((key, k) => {
            const theirs = other.compound[k];
            if (theirs !== undefined)
                key.keys.merge(theirs.keys, offset);
        });
        for (const name of records/* PROBLEM_KINDS */.me)
            this.problems[name].merge(other.problems[name], offset);
        if (this.quality !== null && other.quality !== null)
            this.quality.merge(other.quality);
        this.rows += other.rows;
        this.lines += other.lines;
    }
    save() {
        return {
            rows: this.rows,
            lines: this.lines,
            columns: this.columns.map((column) => column.save()),
            compound: this.compound.map((key) => ({ keys: key.keys.save() })),
            problems: Object.fromEntries(records/* PROBLEM_KINDS */.me.map((name) => [name, this.problems[name].save()])),
            ...(this.quality === null ? {} : { quality: this.quality.save() }),
        };
    }
    static load(plan, state) {
        const table = new table_TableAccumulator(plan);
        table.rows = state.rows;
        table.lines = state.lines;
        state.columns.forEach((saved, c) => {
            table.columns[c] = ColumnAccumulator.load(plan.columns[c], saved);
        });
        state.compound.forEach((saved, k) => {
            const key = table.compound[k];
            if (key === undefined)
                return;
            key.keys = KeyCounter.load(saved.keys);
        });
        for (const name of records/* PROBLEM_KINDS */.me)
            table.problems[name] = checks_state/* Tally */.F.load(state.problems[name]);
        if (plan.quality !== undefined && state.quality !== undefined)
            table.quality = QualityAccumulator.load(plan.quality, state.quality);
        return table;
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/data/scan.ts
/**
 * One pass over a data file: its header, then every record into a TableAccumulator. An uncompressed CSV, TSV or
 * JSON Lines file of some size is cut into byte ranges, one per thread: the main thread reads the first, worker
 * threads the others, and their states merge in file order.
 *
 * Where a range starts is a guess: the first line feed after an even cut. The guess is checked, not trusted: the
 * range before it must end exactly there, at a record boundary, having read the bytes before it as CSV. When the cut
 * fell inside a quoted field that holds a line break, the range before it reads on past the cut and the guessed
 * range's result is thrown away, so the result is always the single-threaded one.
 *
 * Exact key counts (unique, distinct, compound keys) spill to files in a temporary folder when they outgrow their
 * memory; once every range is merged they are added up there, and text keys seen more than once are confirmed
 * against their text, which may read the file a second time (key-confirm.ts). The folder is removed at the end.
 */












const HEAD_BYTES = (/* unused pure expression or super */ null && (1 << 20));
/** Below this size threads cost more to start than they save. */
const MIN_SPLIT_BYTES = (/* unused pure expression or super */ null && (8 << 20));
async function readHead(source) {
    const parts = [];
    let size = 0;
    let complete = true;
    for await (const chunk of readChunks(source)) {
        parts.push(chunk);
        size += chunk.length;
        if (size >= HEAD_BYTES) {
            complete = false;
            break;
        }
    }
    return { head: Buffer.concat(parts), complete };
}
/** The header and a sample of rows; throws DataFileError for a file that cannot be read at all. */
async function inspectSource(source) {
    if (source.format === 'parquet') {
        const { inspectParquet } = await __nccwpck_require__.e(/* import() */ 491).then(__nccwpck_require__.bind(__nccwpck_require__, 491));
        return inspectParquet(source);
    }
    const { head, complete } = await readHead(source);
    if (source.format === 'jsonl') {
        const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
        if (head.subarray(bom).toString('utf8').trim() === '')
            throw new DataFileError(`${source.label}: the file is empty; JSON Lines needs one JSON object per line.`);
        const { names, sample } = jsonlHeader(head.subarray(bom), complete);
        if (names.length === 0)
            throw new DataFileError(`${source.label}:1: no JSON object in the first lines; JSON Lines needs one JSON object per line, like {"id": 1, "name": "a"}.`);
        const lines = head.subarray(bom).toString('latin1').split('\n').length - (complete ? 0 : 1);
        return { names, sample, dataStart: bom, firstLine: 1, rowsPerByte: head.length > 0 ? lines / head.length : 0 };
    }
    const header = readCsvHeader(head, complete, source);
    return { names: header.names, sample: header.sample, dataStart: header.dataStart, headerLine: header.headerLine, firstLine: header.firstLine, rowsPerByte: header.rowsPerByte };
}
function newParser(source, table, names) {
    const parser = source.format === 'jsonl'
        ? new JsonlParser(names, (values, line) => table.addRecord(values, line))
        : new csv/* CsvParser */.C2(source.delimiter.charCodeAt(0), names.length, (block) => table.consumeBlock(block), source.dialect);
    table.problems = parser.problems;
    return parser;
}
/**
 * Reads the records that start in [from, limit) of an uncompressed file (reading past `limit` to finish the last
 * one). `hash` sees every byte read, in order, when the caller wants a digest of a single-range read.
 */
function readRange(task, table, hash) {
    const parser = newParser(task.source, table, task.names);
    parser.base = task.from;
    parser.line = task.firstLine;
    parser.limit = task.limit;
    const fd = (0,external_node_fs_.openSync)(task.source.path, 'r');
    let position = task.from;
    try {
        for (;;) {
            parser.makeRoom();
            const read = (0,external_node_fs_.readSync)(fd, parser.buf, parser.len, parser.buf.length - parser.len, position);
            if (hash !== undefined && read > 0)
                hash(parser.buf.subarray(parser.len, parser.len + read));
            position += read;
            parser.len += read;
            const eof = read === 0 || position >= task.source.bytes;
            parser.drain(eof);
            if (eof || parser.done)
                break;
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    table.lines = parser.line - 1;
    return { parser, end: parser.base + parser.pos, readTo: position };
}
/**
 * A worker on `entry`. A TypeScript entry starts from a line of JavaScript that switches Node's compile cache on
 * first: the cache is per thread, so an entry that switches it on itself is never cached, and stripping its types
 * loads Node's TypeScript stripper into the thread, some 100 ms of each worker's start. A bundle's entry (.js)
 * starts as it is.
 */
function startWorker(entry, options) {
    if (!entry.pathname.endsWith('.ts'))
        return new Worker(entry, options);
    return new Worker(`require('node:module').enableCompileCache?.();import(${JSON.stringify(entry.href)});`, { ...options, eval: true });
}
/** Runs a range in a worker thread. */
function runWorker(task, script) {
    // A smaller young generation than V8's default keeps each worker's resident memory down, at no measurable cost.
    const worker = startWorker(script ?? /* unused asset import */ undefined, { workerData: task, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    const promise = new Promise((resolve, reject) => {
        worker.once('message', (message) => {
            if (message.ok)
                resolve(message.result);
            else
                reject(message.tooLongAt === undefined ? new Error(message.error) : new RecordTooLongError(message.tooLongAt, message.error));
        });
        worker.once('error', reject);
        worker.once('exit', (code) => {
            if (code !== 0)
                reject(new Error(`data worker exited with code ${code}`));
        });
    });
    return { promise, worker };
}
function digestWorker(path, script) {
    const worker = startWorker(script ?? /* unused asset import */ undefined, { workerData: { path } });
    return new Promise((resolve, reject) => {
        worker.once('message', (digest) => resolve(digest));
        worker.once('error', reject);
    });
}
/** Hashes bytes [from, to) of a file. */
function hashSpan(path, from, to, hash) {
    if (to <= from)
        return;
    const fd = openSync(path, 'r');
    try {
        const buffer = Buffer.allocUnsafe(1 << 20);
        for (let position = from; position < to;) {
            const read = readSync(fd, buffer, 0, Math.min(buffer.length, to - position), position);
            if (read === 0)
                break;
            hash.update(buffer.subarray(0, read));
            position += read;
        }
    }
    finally {
        closeSync(fd);
    }
}
/** The first offset after a line feed at or after `offset` (the guessed start of a range), or -1. */
function nextLineStart(path, offset, size) {
    const fd = openSync(path, 'r');
    try {
        const buffer = Buffer.allocUnsafe(1 << 16);
        let position = offset;
        while (position < size) {
            const read = readSync(fd, buffer, 0, buffer.length, position);
            if (read === 0)
                break;
            const at = buffer.subarray(0, read).indexOf(10);
            if (at !== -1)
                return position + at + 1;
            position += read;
        }
        return -1;
    }
    finally {
        closeSync(fd);
    }
}
/** Reads a gzip-compressed file's records into `table`. */
async function readCompressed(source, inspected, table) {
    const parser = newParser(source, table, inspected.names);
    let skip = inspected.dataStart;
    parser.line = inspected.firstLine;
    for await (const chunk of readChunks(source)) {
        if (skip >= chunk.length) {
            skip -= chunk.length;
            continue;
        }
        parser.push(skip > 0 ? chunk.subarray(skip) : chunk);
        skip = 0;
    }
    parser.drain(true);
    table.lines = parser.line - 1;
}
async function scanSource(source, inspected, plan, options = {}) {
    const exact = plan.compoundKeys.length > 0 || plan.columns.some((column) => column.exactKeys);
    const dir = exact ? mkdtempSync(join(options.tempDir ?? tmpdir(), 'crucible-keys-')) : undefined;
    try {
        const result = await readSource(source, inspected, plan, options, dir);
        if (exact) {
            const started = performance.now();
            const rescan = async (columns, compound) => {
                const table = TableAccumulator.confirming(plan, columns, compound);
                if (source.format === 'parquet') {
                    const { scanParquet } = await __nccwpck_require__.e(/* import() */ 491).then(__nccwpck_require__.bind(__nccwpck_require__, 491));
                    await scanParquet(source, inspected.names, table, { digest: false });
                }
                else if (source.gzip)
                    await readCompressed(source, inspected, table);
                else
                    readRange({ source, names: inspected.names, plan, from: inspected.dataStart, limit: Number.POSITIVE_INFINITY, firstLine: inspected.firstLine }, table);
            };
            // Texts to confirm per reading (131,072 by default): some tens of MB, once the counting is over.
            await settleKeys(result.table, rescan, Math.max(16, Math.floor((options.keyMemory ?? KEY_MEMORY_BYTES) / 16)));
            result.readMs += performance.now() - started;
        }
        return result;
    }
    catch (error) {
        if (error instanceof SpillError)
            throw new DataFileError(`${source.label}: ${error.message}. Free some space there, or set TMPDIR to a folder with room.`);
        if (error instanceof ChangedFileError)
            throw new DataFileError(`${source.label}: ${error.message}.`);
        if (error instanceof RecordTooLongError)
            throw new DataFileError(`${source.label}:${error.line}: ${error.message}`);
        throw error;
    }
    finally {
        if (dir !== undefined)
            rmSync(dir, { recursive: true, force: true });
    }
}
async function readSource(source, inspected, plan, options, dir) {
    const started = performance.now();
    const names = inspected.names;
    const memory = options.keyMemory ?? KEY_MEMORY_BYTES;
    const spill = (tag) => (dir === undefined ? undefined : { dir, tag, memory });
    if (source.format === 'parquet') {
        const { scanParquet } = await __nccwpck_require__.e(/* import() */ 491).then(__nccwpck_require__.bind(__nccwpck_require__, 491));
        const table = new TableAccumulator(plan, inspected.rowCount ?? 0, spill('m'));
        const sha256 = await scanParquet(source, names, table);
        table.finishPass(false);
        return { table, sha256, threads: 1, readMs: performance.now() - started };
    }
    if (source.gzip) {
        const table = new TableAccumulator(plan, 0, spill('m'));
        // The digest is of the file as stored (compressed), so it is taken from a plain read.
        // Where no worker can start (a bundle without the worker file), the digest is taken on this thread instead.
        const compressed = digestWorker(source.path, options.workerScripts?.digest).catch(() => {
            const hash = createHash('sha256');
            hashSpan(source.path, 0, statSync(source.path).size, hash);
            return hash.digest('hex');
        });
        await readCompressed(source, inspected, table);
        table.finishPass(false);
        return { table, sha256: await compressed, threads: 1, readMs: performance.now() - started };
    }
    const size = source.bytes;
    const wanted = Math.max(1, Math.min(options.threads ?? Math.min(availableParallelism(), 4), 16));
    const splittable = options.forceSplit === true || size - inspected.dataStart >= MIN_SPLIT_BYTES;
    const starts = [inspected.dataStart];
    if (wanted > 1 && splittable) {
        // The main thread starts at once and a worker some 50 ms later, but the main thread also merges at the end:
        // its share is a little larger than the others'.
        const weights = Array.from({ length: wanted }, (_, i) => (i === 0 ? 1.04 : 1));
        const total = weights.reduce((a, b) => a + b, 0);
        let cut = 0;
        for (let i = 1; i < wanted; i++) {
            cut += weights[i - 1] / total;
            const start = nextLineStart(source.path, Math.floor(inspected.dataStart + (size - inspected.dataStart) * cut), size);
            if (start > starts[starts.length - 1] && start < size)
                starts.push(start);
        }
    }
    const rowsIn = (from, to) => Math.ceil((to - from) * (inspected.rowsPerByte ?? 0) * 1.05);
    if (starts.length === 1) {
        const table = new TableAccumulator(plan, rowsIn(inspected.dataStart, size), spill('m'));
        const hash = createHash('sha256');
        const fd = openSync(source.path, 'r');
        const head = Buffer.alloc(inspected.dataStart);
        readSync(fd, head, 0, head.length, 0);
        closeSync(fd);
        hash.update(head);
        readRange({ source, names, plan, from: inspected.dataStart, limit: Number.POSITIVE_INFINITY, firstLine: inspected.firstLine }, table, (bytes) => hash.update(bytes));
        table.finishPass(false);
        return { table, sha256: hash.digest('hex'), threads: 1, readMs: performance.now() - started };
    }
    const limits = [...starts.slice(1), Number.POSITIVE_INFINITY];
    const workers = starts.slice(1).map((from, i) => runWorker({ source, names, plan, from, limit: limits[i + 1], firstLine: 1, expectedRows: rowsIn(from, Math.min(limits[i + 1], size)), ...(dir === undefined ? {} : { spill: { dir, tag: `w${i}`, memory } }) }, options.workerScripts?.range));
    try {
        const table = new TableAccumulator(plan, rowsIn(inspected.dataStart, limits[0]), spill('m'));
        // The digest is taken on this thread: its own range as it reads it, then the rest while the workers finish.
        const hash = createHash('sha256');
        hashSpan(source.path, 0, inspected.dataStart, hash);
        const first = readRange({ source, names, plan, from: inspected.dataStart, limit: limits[0], firstLine: inspected.firstLine }, table, (bytes) => hash.update(bytes));
        let end = first.end;
        hashSpan(source.path, first.readTo, size, hash);
        const sha256 = hash.digest('hex');
        let used = 1;
        for (let i = 1; i < starts.length; i++) {
            // A worker that could not run (say, a bundle that did not ship worker.ts) leaves its range to this thread.
            const result = await workers[i - 1].promise.catch(() => undefined);
            if (end === starts[i] && result !== undefined) {
                table.merge(TableAccumulator.load(plan, result.state));
                end = result.end;
                used++;
            }
            else if (end < starts[i]) {
                throw new Error(`range reader stopped at ${end} before ${starts[i]}`);
            }
            // Otherwise the range before read on past this start (the cut fell inside a quoted line break) or the worker
            // failed: read on, on this thread, from where the result so far ends to the next start (or the end).
            const next = i + 1 < starts.length ? starts[i + 1] : size;
            if ((end > starts[i] || result === undefined) && end < next) {
                const rest = new TableAccumulator(plan, 0, spill(`r${i}`));
                const carried = readRange({ source, names, plan, from: end, limit: i + 1 < starts.length ? next : Number.POSITIVE_INFINITY, firstLine: 1 }, rest);
                rest.finishPass(false);
                table.merge(rest);
                end = carried.end;
            }
        }
        table.finishPass(false);
        return { table, sha256, threads: used, readMs: performance.now() - started };
    }
    finally {
        for (const { worker } of workers)
            void worker.terminate();
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/data/range-worker.ts
/** Reads one byte range of a data file in a worker thread and posts back its table state (scan.ts). */




const task = external_node_worker_threads_namespaceObject.workerData;
try {
    const table = new table_TableAccumulator(task.plan, task.expectedRows ?? 0, task.spill);
    const { end } = readRange(task, table);
    table.finishPass(true);
    const state = table.save();
    const result = { state, end, lines: table.lines };
    // Key tables still in memory are the large part; their buffers move rather than copy.
    const transfer = [...state.columns.map((column) => column.keys?.slots), ...state.compound.map((key) => key.keys.slots)].flatMap((slots) => (slots === null || slots === undefined ? [] : [slots.buffer]));
    external_node_worker_threads_namespaceObject.parentPort?.postMessage({ ok: true, result }, transfer);
}
catch (error) {
    if (error instanceof records/* RecordTooLongError */.m9)
        external_node_worker_threads_namespaceObject.parentPort?.postMessage({ ok: false, error: error.message, tooLongAt: error.line });
    else
        external_node_worker_threads_namespaceObject.parentPort?.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}

;// CONCATENATED MODULE: ./src/range-worker.ts
// Worker-thread entry bundled to dist/range-worker/index.js: reads one byte range of the data file.


