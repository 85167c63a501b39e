export const id = 458;
export const ids = [458];
export const modules = {

/***/ 66458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadDvcLive: () => (/* binding */ loadDvcLive)
/* harmony export */ });
/* harmony import */ var _text_delimited_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61423);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14296);
/* harmony import */ var _structured_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42528);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91285);




/**
 * A DVCLive folder: `metrics.json` holds the final values (nested, flattened with "." like any JSON metrics
 * file), `plots/metrics/**\/<name>.tsv` the histories (`timestamp`, `step`, value; DVCLive writes the timestamp
 * in milliseconds), `params.yaml` the params.
 *
 * DVCLive writes a metric logged as "eval/acc" twice: nested in metrics.json (`{"eval": {"acc": ...}}`, shown by
 * `dvc metrics` as `eval.acc`) and as plots/metrics/eval/acc.tsv. The two are one metric, matched by key path:
 * it takes the metrics.json name, which is what `dvc metrics diff` and a baseline read from metrics.json alone
 * call it, its final value from metrics.json and its history from the plot. A plot with no summary entry is named
 * by its path under plots/metrics (`eval/acc`), with its last row as the final value.
 */
async function loadDvcLive(context, files) {
    const read = [];
    let metrics = new Map();
    const byPath = new Map();
    if (files.summary !== undefined) {
        const summary = files.summary;
        const document = await (0,_structured_js__WEBPACK_IMPORTED_MODULE_2__/* .readDocument */ .u0)(context, summary, 'json');
        read.push(summary);
        // DVCLive records its own step counter at the top level; it says where training stopped, not how well.
        metrics = (0,_structured_js__WEBPACK_IMPORTED_MODULE_2__/* .documentMetrics */ .Df)(context, summary, document, undefined, (name) => name === 'step');
        const keyPaths = collectKeyPaths(document);
        for (const metric of metrics.values())
            byPath.set(keyPaths.get(metric.name) ?? metric.name, metric);
    }
    const plots = [...files.plots].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    for (const { file: plot, name } of plots) {
        const { history, last } = await readPlot(context, plot);
        read.push(plot);
        const summarised = byPath.get(name) ?? metrics.get(name);
        if (summarised !== undefined) {
            // Metrics of one summary file share their source object; the history is the metric's own.
            summarised.history = history;
        }
        else if (last !== undefined) {
            context.ensureRoom(plot, metrics.size + 1);
            metrics.set(name, (0,_structured_js__WEBPACK_IMPORTED_MODULE_2__/* .metricOf */ .ak)(name, last.reading, history, { file: plot, line: last.line, key: name }));
        }
    }
    let params = [];
    if (files.params !== undefined) {
        params = (0,_structured_js__WEBPACK_IMPORTED_MODULE_2__/* .documentParams */ .QA)(context, files.params, await (0,_structured_js__WEBPACK_IMPORTED_MODULE_2__/* .readDocument */ .u0)(context, files.params, 'yaml'));
        read.push(files.params);
    }
    return { format: 'dvclive', files: read, metrics, params };
}
/** Flattened name -> key path joined with "/", the way DVCLive names the plot of the same metric. */
function collectKeyPaths(document) {
    const paths = new Map();
    const walk = (object, name, path, depth) => {
        if (depth > 100)
            return;
        for (const key of Object.keys(object)) {
            const value = object[key];
            const childName = name === '' ? key : `${name}.${key}`;
            const childPath = path === '' ? key : `${path}/${key}`;
            if ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(value)) {
                walk(value, childName, childPath, depth + 1);
            }
            else {
                paths.set(childName, childPath);
            }
        }
    };
    walk(document, '', '', 0);
    return paths;
}
async function readPlot(context, file) {
    const display = context.display(file);
    const text = await context.readText(file);
    let rows;
    try {
        rows = (0,_text_delimited_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDelimited */ .R)(text, '\t');
    }
    catch (error) {
        if (!(error instanceof _text_delimited_js__WEBPACK_IMPORTED_MODULE_0__/* .DelimitedTextError */ .n))
            throw error;
        throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsFileError */ .s.at({ file: display, line: error.line }, `${error.message}; fix the TSV.`, { cause: error });
    }
    const header = rows[0]?.fields.map((field) => field.trim()) ?? [];
    const stepColumn = header.indexOf('step');
    const timestampColumn = header.indexOf('timestamp');
    const valueColumn = header.findIndex((_, index) => index !== stepColumn && index !== timestampColumn);
    if (rows.length > 0 && valueColumn === -1) {
        throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsFileError */ .s.at({ file: display, line: 1 }, 'the header has no value column; DVCLive writes "step" and the metric\'s name (and "timestamp").');
    }
    const history = [];
    let last;
    for (let r = 1; r < rows.length; r++) {
        const row = rows[r];
        if (row === undefined)
            continue;
        if (row.fields.length !== header.length) {
            throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsFileError */ .s.at({ file: display, line: row.line }, `the row has ${row.fields.length} fields but the header has ${header.length}; fix the TSV.`);
        }
        const cell = row.fields[valueColumn];
        if (cell.trim() === '')
            continue;
        const reading = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .readNumberText */ .lx)(cell);
        last = { reading, line: row.line };
        if (reading.value === null)
            continue;
        const stepReading = stepColumn === -1 ? undefined : (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .readNumberText */ .lx)(row.fields[stepColumn]);
        const point = { step: stepReading?.value ?? r - 1, value: reading.value };
        if (timestampColumn !== -1) {
            const timestamp = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .readNumberText */ .lx)(row.fields[timestampColumn]).value;
            if (timestamp !== null)
                point.timestamp = timestamp;
        }
        history.push(point);
    }
    return last === undefined ? { history } : { history, last };
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
