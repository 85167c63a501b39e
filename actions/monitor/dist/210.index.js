export const id = 210;
export const ids = [210];
export const modules = {

/***/ 74210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadMlflow: () => (/* binding */ loadMlflow)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89584);
/* harmony import */ var _fs_safe_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97394);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14296);
/* harmony import */ var _structured_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42528);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91285);





const INTEGER = /^-?\d+$/;
/**
 * An MLflow run folder as the file store writes it (`mlruns/<experiment>/<run>/`): `metrics/<key>` files of
 * "timestamp value step" lines (timestamp in ms; old files have no step), `params/<key>` files holding the value
 * as written; a key with "/" is a nested folder (`metrics/eval/acc` is `eval/acc`). `tags/`, `meta.yaml` and
 * `artifacts/` say nothing to compare and are not read.
 *
 * The final value is MLflow's "latest" value: the one with the largest step, then the latest timestamp (a later
 * line wins a full tie), so a run logged out of order reports what the MLflow UI shows.
 */
async function loadMlflow(context, files) {
    const metrics = [];
    context.ensureRoom(files.metrics[0]?.file ?? '', files.metrics.length);
    const metricFiles = [...files.metrics].sort(byFile);
    const found = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .mapLimited */ .bB)(metricFiles, 32, async ({ file, name }) => metricFromLines(context, file, name, await context.readText(file)));
    for (const metric of found)
        if (metric !== undefined)
            metrics.push(metric);
    const paramFiles = [...files.params].sort(byFile);
    const params = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .mapLimited */ .bB)(paramFiles, 32, async ({ file, name }) => ({
        name,
        value: trimNewline(await context.readText(file)),
        source: { file, key: name },
    }));
    const read = [...metricFiles, ...paramFiles].map(({ file }) => file);
    return { format: 'mlflow', files: read, metrics: (0,_structured_js__WEBPACK_IMPORTED_MODULE_3__/* .byName */ .nG)(metrics), params };
}
function metricFromLines(context, file, name, text) {
    const history = [];
    let latest;
    let lineNumber = 0;
    let start = 0;
    while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end === -1)
            end = text.length;
        lineNumber++;
        const line = text.slice(start, end).trim();
        start = end + 1;
        if (line === '')
            continue;
        const fields = line.split(/\s+/);
        const [timestampText, valueText, stepText = '0'] = fields;
        if (fields.length > 3 || !INTEGER.test(timestampText ?? '') || !INTEGER.test(stepText) || valueText === undefined) {
            throw _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MetricsFileError */ .s.at({ file: context.display(file), line: lineNumber }, `expected "timestamp value step" (MLflow's metric line, e.g. "1700000000000 0.93 5"), got ${(0,_fs_safe_file_js__WEBPACK_IMPORTED_MODULE_1__/* .excerpt */ .Kb)(line, 40)}; ` +
                'fix the line or remove the file.');
        }
        const timestamp = Number(timestampText);
        const step = Number(stepText);
        const reading = (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .readNumberText */ .lx)(valueText);
        if (reading.value !== null)
            history.push({ step, value: reading.value, timestamp });
        if (latest === undefined ||
            step > latest.step ||
            (step === latest.step && timestamp >= latest.timestamp)) {
            latest = { reading, step, timestamp, line: lineNumber };
        }
    }
    if (latest === undefined)
        return undefined;
    return (0,_structured_js__WEBPACK_IMPORTED_MODULE_3__/* .metricOf */ .ak)(name, latest.reading, history, { file, line: latest.line, key: name });
}
function trimNewline(text) {
    return text.endsWith('\r\n') ? text.slice(0, -2) : text.endsWith('\n') ? text.slice(0, -1) : text;
}
function byFile(a, b) {
    return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}


/***/ })

};
