export const id = 597;
export const ids = [597];
export const modules = {

/***/ 59597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isTrainerBookkeeping: () => (/* binding */ isTrainerBookkeeping),
/* harmony export */   loadHuggingFace: () => (/* binding */ loadHuggingFace)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14296);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37363);
/* harmony import */ var _structured_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42528);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91285);





/**
 * Trainer bookkeeping, not measurements of the model: the position in training (`step`, `epoch`), the compute
 * spent (`total_flos`) and throughput (`train_runtime`, `eval_samples_per_second`, ...), which vary with the
 * runner and would only add noise to a comparison. Everything else the Trainer logs (`loss`, `train_loss`,
 * `eval_loss`, `eval_accuracy`, `learning_rate`, `grad_norm`, sample counts) is kept.
 */
function isTrainerBookkeeping(key) {
    return (key === 'step' || key === 'epoch' || key === 'total_flos' || key.endsWith('_runtime') || key.endsWith('_per_second'));
}
/**
 * One run's Trainer files, merged: history from `log_history` in trainer_state.json, final values from the
 * summary files (`all_results.json`, then the per-split `eval_results.json`, `train_results.json`, ... which are
 * more specific) where they hold the key, else from the last log entry that does. When a folder holds several
 * trainer_state.json files (one per `checkpoint-N`), the one furthest into training (largest `global_step`, then
 * nearest the top) has the fullest history and is the one used.
 */
async function loadHuggingFace(context, files) {
    const states = files.filter((file) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(file) === _names_js__WEBPACK_IMPORTED_MODULE_4__/* .TRAINER_STATE */ .o3);
    const summaries = files
        .filter((file) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(file) !== _names_js__WEBPACK_IMPORTED_MODULE_4__/* .TRAINER_STATE */ .o3)
        .sort((a, b) => summaryRank(a) - summaryRank(b) || depth(a) - depth(b) || compare(a, b));
    const histories = new Map();
    const finals = new Map();
    const read = [];
    let chosen;
    for (const file of states) {
        const document = await (0,_structured_js__WEBPACK_IMPORTED_MODULE_2__/* .readDocument */ .u0)(context, file, 'json');
        read.push(file);
        const log = document.log_history;
        if (log !== undefined && !Array.isArray(log)) {
            throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsFileError */ .s.at({ file: context.display(file), key: 'log_history' }, 'is not a list; expected the list of log entries the Trainer writes.');
        }
        const globalStep = typeof document.global_step === 'number' ? document.global_step : -1;
        if (chosen === undefined ||
            globalStep > chosen.globalStep ||
            (globalStep === chosen.globalStep && depth(file) < depth(chosen.file))) {
            chosen = { file, log: log ?? [], globalStep };
        }
    }
    if (chosen !== undefined) {
        const { file, log } = chosen;
        for (let i = 0; i < log.length; i++) {
            const entry = log[i];
            if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(entry))
                continue;
            const step = numberOr(entry.step, numberOr(entry.epoch, i));
            for (const key of Object.keys(entry)) {
                if (isTrainerBookkeeping(key))
                    continue;
                const reading = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .readScalar */ .$t)(entry[key]);
                if (reading === undefined)
                    continue;
                let history = histories.get(key);
                if (history === undefined) {
                    context.ensureRoom(file, histories.size + 1);
                    history = [];
                    histories.set(key, history);
                }
                if (reading.value !== null)
                    history.push({ step, value: reading.value });
                finals.set(key, { reading, source: { file, key: `log_history[${i}].${key}` } });
            }
        }
    }
    for (const file of summaries) {
        const document = await (0,_structured_js__WEBPACK_IMPORTED_MODULE_2__/* .readDocument */ .u0)(context, file, 'json');
        read.push(file);
        for (const key of Object.keys(document)) {
            if (isTrainerBookkeeping(key))
                continue;
            const reading = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .readScalar */ .$t)(document[key]);
            if (reading === undefined)
                continue; // the Trainer writes flat summaries; nested values are not its metrics
            if (!finals.has(key))
                context.ensureRoom(file, finals.size + 1);
            finals.set(key, { reading, source: { file, key } });
        }
    }
    const metrics = [];
    for (const [name, final] of finals) {
        metrics.push((0,_structured_js__WEBPACK_IMPORTED_MODULE_2__/* .metricOf */ .ak)(name, final.reading, histories.get(name) ?? [], final.source));
    }
    read.sort(compare);
    return { format: 'huggingface', files: read, metrics: (0,_structured_js__WEBPACK_IMPORTED_MODULE_2__/* .byName */ .nG)(metrics), params: [] };
}
function summaryRank(file) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(file) === 'all_results.json' ? 0 : 1;
}
function depth(file) {
    return file.split('/').length;
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function numberOr(value, fallback) {
    return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}


/***/ })

};
