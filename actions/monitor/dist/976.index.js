export const id = 976;
export const ids = [976];
export const modules = {

/***/ 83976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   delimitedMetrics: () => (/* binding */ delimitedMetrics),
/* harmony export */   loadDelimitedMetrics: () => (/* binding */ loadDelimitedMetrics)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_delimited_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61423);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14296);
/* harmony import */ var _structured_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42528);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91285);





/**
 * Columns that say when a row was written rather than what was measured. A history point's step comes from
 * `step`, else `epoch`, else the row's index (0-based, header excluded).
 */
const STEP = 'step';
const EPOCH = 'epoch';
const TIMESTAMP = 'timestamp';
/** Below this a numeric timestamp is taken as seconds since the epoch (1e11 s is the year 5138), else as ms. */
const SECONDS_LIMIT = 1e11;
/**
 * Per-step rows, one column per metric, as CSVLogger (Keras), CSVLogger (Lightning), pandas and hand-written
 * scripts write them. Every row adds a history point to each column that has a number in it; the final value of a
 * column is its last non-empty cell, because Lightning's train and validation rows leave each other's columns
 * empty. A cell that is not a number ("nan", "n/a") is reported as it is, never dropped.
 *
 * `format` forces the flavour; without it the content decides: a `step` column with sparse rows (or a
 * `metrics.csv` with both `step` and `epoch`) is Lightning, `epoch` as the first column without `step` is Keras.
 */
async function loadDelimitedMetrics(context, file, options) {
    const text = await context.readText(file);
    return delimitedMetrics(context, file, text, options);
}
function delimitedMetrics(context, file, text, options) {
    const display = context.display(file);
    const delimiter = options.delimiter;
    const fix = delimiter === '\t' ? 'fix the TSV.' : 'fix the CSV.';
    let rows;
    try {
        rows = (0,_text_delimited_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDelimited */ .R)(text, delimiter);
    }
    catch (error) {
        if (!(error instanceof _text_delimited_js__WEBPACK_IMPORTED_MODULE_1__/* .DelimitedTextError */ .n))
            throw error;
        throw _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MetricsFileError */ .s.at({ file: display, line: error.line }, `${error.message}; ${fix}`, { cause: error });
    }
    const fallback = options.format ?? (delimiter === '\t' ? 'tsv' : 'csv');
    const headerRow = rows[0];
    if (headerRow === undefined)
        return { format: fallback, files: [file], metrics: new Map(), params: [] };
    const header = headerRow.fields.map((name) => name.trim());
    const seen = new Map();
    header.forEach((name, index) => {
        const first = seen.get(name);
        if (first !== undefined && name !== '') {
            throw _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MetricsFileError */ .s.at({ file: display, line: headerRow.line }, `the header names column "${name}" twice (columns ${first + 1} and ${index + 1}); rename one of them.`);
        }
        seen.set(name, index);
    });
    const width = header.length;
    const stepColumn = header.indexOf(STEP);
    const epochColumn = header.indexOf(EPOCH);
    const timestampColumn = header.indexOf(TIMESTAMP);
    // A column with no name is pandas' index (`df.to_csv()` without index=False): a row number, not a metric.
    const metricColumns = [];
    header.forEach((name, index) => {
        if (name !== '' && index !== stepColumn && index !== epochColumn && index !== timestampColumn) {
            metricColumns.push(index);
        }
    });
    context.ensureRoom(file, metricColumns.length);
    const histories = metricColumns.map(() => []);
    const lastRow = new Int32Array(metricColumns.length).fill(-1);
    let emptyCells = 0;
    for (let r = 1; r < rows.length; r++) {
        const row = rows[r];
        const fields = row.fields;
        if (fields.length !== width) {
            throw _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MetricsFileError */ .s.at({ file: display, line: row.line }, `the row has ${fields.length} fields but the header has ${width}; ${fix}`);
        }
        const step = rowStep(fields, stepColumn, epochColumn, r - 1);
        const timestamp = timestampColumn === -1 ? undefined : readTimestamp(fields[timestampColumn]);
        for (let m = 0; m < metricColumns.length; m++) {
            const cell = fields[metricColumns[m]];
            if (cell === '' || cell.trim() === '') {
                emptyCells++;
                continue;
            }
            lastRow[m] = r;
            const reading = (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .readNumberText */ .lx)(cell);
            if (reading.value === null)
                continue;
            const point = { step, value: reading.value };
            if (timestamp !== undefined)
                point.timestamp = timestamp;
            histories[m].push(point);
        }
    }
    const metrics = [];
    for (let m = 0; m < metricColumns.length; m++) {
        const r = lastRow[m];
        if (r === -1)
            continue; // a column that was never written holds no value to compare
        const column = metricColumns[m];
        const row = rows[r];
        const name = header[column];
        const reading = (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .readNumberText */ .lx)(row.fields[column]);
        metrics.push((0,_structured_js__WEBPACK_IMPORTED_MODULE_3__/* .metricOf */ .ak)(name, reading, histories[m], { file, line: row.line, key: name }));
    }
    const format = options.format ?? detectFlavour(file, header, stepColumn, epochColumn, {
        empty: emptyCells,
        total: (rows.length - 1) * metricColumns.length,
    });
    return { format: format ?? fallback, files: [file], metrics: (0,_structured_js__WEBPACK_IMPORTED_MODULE_3__/* .byName */ .nG)(metrics), params: [] };
}
function rowStep(fields, stepColumn, epochColumn, index) {
    for (const column of [stepColumn, epochColumn]) {
        if (column === -1)
            continue;
        const reading = (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .readNumberText */ .lx)(fields[column]);
        if (reading.value !== null)
            return reading.value;
    }
    return index;
}
/** Milliseconds since the Unix epoch, from seconds, milliseconds or an ISO 8601 date; undefined otherwise. */
function readTimestamp(cell) {
    if (cell.trim() === '')
        return undefined;
    const reading = (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .readNumberText */ .lx)(cell);
    if (reading.value !== null)
        return Math.abs(reading.value) < SECONDS_LIMIT ? reading.value * 1000 : reading.value;
    const parsed = Date.parse(cell);
    return Number.isNaN(parsed) ? undefined : parsed;
}
function detectFlavour(file, header, stepColumn, epochColumn, cells) {
    if (stepColumn !== -1) {
        const sparse = cells.total > 0 && cells.empty * 4 >= cells.total;
        const lightningName = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(file) === 'metrics.csv' && epochColumn !== -1;
        if (sparse || lightningName)
            return 'lightning';
    }
    if (header[0] === EPOCH && stepColumn === -1)
        return 'keras';
    return undefined;
}


/***/ }),

/***/ 61423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ parseDelimited),
/* harmony export */   n: () => (/* binding */ DelimitedTextError)
/* harmony export */ });
/**
 * Delimited text (CSV, TSV) as RFC 4180 writes it: fields split by one delimiter character, double quotes around
 * fields that hold the delimiter, a quote or a line break, a doubled quote inside them for a quote. Lines end in
 * LF or CRLF. Blank lines are skipped, as pandas and Python's csv module do.
 *
 * Lines without a quote, which is nearly all of what trainers write, take a fast path (one split per line); the
 * rest go through a small state machine. Every character is looked at a bounded number of times: linear time. Every row keeps the line it starts on, for error messages.
 */
/** Text that cannot be split into rows; `line` is where the problem starts (1-based). */
class DelimitedTextError extends Error {
    line;
    constructor(line, message) {
        super(message);
        this.name = 'DelimitedTextError';
        this.line = line;
    }
}
const QUOTE = 34;
const LF = 10;
const CR = 13;
function parseDelimited(text, delimiter) {
    if (delimiter.length !== 1)
        throw new TypeError('parseDelimited: the delimiter must be one character');
    const delimiterCode = delimiter.charCodeAt(0);
    const rows = [];
    const length = text.length;
    let pos = 0;
    let line = 1;
    // The next quote at or after `pos`, searched again only once `pos` passes it (-1: none left), so a file without
    // quotes is searched once, not once per line.
    let quote = text.indexOf('"');
    while (pos < length) {
        let newline = text.indexOf('\n', pos);
        if (newline === -1)
            newline = length;
        if (quote !== -1 && quote < pos)
            quote = text.indexOf('"', pos);
        if (quote === -1 || quote > newline) {
            let end = newline;
            if (end > pos && text.charCodeAt(end - 1) === CR)
                end--;
            const content = text.slice(pos, end);
            if (content.trim() !== '')
                rows.push({ fields: content.split(delimiter), line });
            pos = newline + 1;
            line++;
            continue;
        }
        // A row with quotes: walk it character by character; quoted fields may span lines.
        const rowLine = line;
        const fields = [];
        let field = '';
        let atFieldStart = true;
        let rowDone = false;
        while (!rowDone) {
            if (pos >= length) {
                fields.push(field);
                rowDone = true;
                break;
            }
            const code = text.charCodeAt(pos);
            if (atFieldStart && code === QUOTE) {
                // Quoted field: up to the closing quote, with "" standing for one quote.
                const opened = line;
                pos++;
                for (;;) {
                    const next = text.indexOf('"', pos);
                    if (next === -1) {
                        throw new DelimitedTextError(opened, 'a quoted field is never closed (a " without its closing ")');
                    }
                    const chunk = text.slice(pos, next);
                    for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1))
                        line++;
                    field += chunk;
                    if (text.charCodeAt(next + 1) === QUOTE) {
                        field += '"';
                        pos = next + 2;
                        continue;
                    }
                    pos = next + 1;
                    break;
                }
                atFieldStart = false;
                continue;
            }
            atFieldStart = false;
            if (code === delimiterCode) {
                fields.push(field);
                field = '';
                atFieldStart = true;
                pos++;
            }
            else if (code === LF || (code === CR && text.charCodeAt(pos + 1) === LF)) {
                fields.push(field);
                pos += code === CR ? 2 : 1;
                line++;
                rowDone = true;
            }
            else {
                // Characters after a closing quote, or a quote inside an unquoted field: kept as written, as Python's
                // csv module does, rather than refusing the file.
                field += text[pos];
                pos++;
            }
        }
        rows.push({ fields, line: rowLine });
    }
    return rows;
}


/***/ })

};
