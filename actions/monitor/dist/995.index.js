export const id = 995;
export const ids = [995];
export const modules = {

/***/ 12995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadWandb: () => (/* binding */ loadWandb)
/* harmony export */ });
/* harmony import */ var _structured_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42528);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91285);


/**
 * A W&B run's `files/wandb-summary.json`: the last value of every logged key. W&B's own bookkeeping starts with
 * "_" (`_step`, `_runtime`, `_timestamp`, `_wandb`) and is skipped at every level; so are values that are not
 * scalars, which W&B writes as objects with a `_type` (histograms, tables, images). Plain nested objects flatten
 * with ".". The summary has no history (W&B keeps that in its binary .wandb file).
 *
 * `config` is the run's `files/config.yaml`, where every key is `{desc, value}`; its values are the run's params.
 */
async function loadWandb(context, summary, config) {
    const document = await (0,_structured_js__WEBPACK_IMPORTED_MODULE_0__/* .readDocument */ .u0)(context, summary, 'json');
    const metrics = (0,_structured_js__WEBPACK_IMPORTED_MODULE_0__/* .documentMetrics */ .Df)(context, summary, document, (value, path) => '_type' in value || isBookkeeping(path), (_name, path) => isBookkeeping(path));
    const files = [summary];
    let params = [];
    if (config !== undefined) {
        const raw = await (0,_structured_js__WEBPACK_IMPORTED_MODULE_0__/* .readDocument */ .u0)(context, config, 'yaml');
        const values = {};
        for (const key of Object.keys(raw)) {
            if (key.startsWith('_') || key === 'wandb_version')
                continue;
            const entry = raw[key];
            values[key] = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(entry) && 'value' in entry ? entry.value : entry;
        }
        params = (0,_structured_js__WEBPACK_IMPORTED_MODULE_0__/* .documentParams */ .QA)(context, config, values);
        files.push(config);
    }
    return { format: 'wandb', files, metrics, params };
}
function isBookkeeping(path) {
    return path.some((key) => key.startsWith('_'));
}


/***/ })

};
