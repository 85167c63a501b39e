export const id = 491;
export const ids = [491];
export const modules = {

/***/ 491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectParquet: () => (/* binding */ inspectParquet),
/* harmony export */   scanParquet: () => (/* binding */ scanParquet)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(404);
/**
 * Parquet through hyparquet (pure JavaScript), imported only when a .parquet file is read, so every other run
 * starts without it. Row groups are read one at a time: memory is one row group's decoded values. Pages compressed
 * with Snappy are hyparquet's own; GZIP, Brotli and ZSTD pages are decompressed by node:zlib; LZ4 is refused with
 * a clear message. Examples and annotations name the row (1-based) where other formats name the line.
 */




const compressors = {
    GZIP: (input) => new Uint8Array((0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.gunzipSync)(input)),
    BROTLI: (input) => new Uint8Array((0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.brotliDecompressSync)(input)),
    ZSTD: (input) => new Uint8Array((0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.zstdDecompressSync)(input)),
};
async function open(source) {
    // Under Node, the package's entry is its node.js, which adds asyncBufferFromFile.
    const hyparquet = await __webpack_require__.e(/* import() */ 611).then(__webpack_require__.bind(__webpack_require__, 611));
    const file = await hyparquet.asyncBufferFromFile(source.path);
    if (file.byteLength === 0)
        throw new _source_js__WEBPACK_IMPORTED_MODULE_3__/* .DataFileError */ .t1(`${source.label}: the file is empty; a Parquet file ends in its footer (PAR1).`);
    try {
        const metadata = await hyparquet.parquetMetadataAsync(file);
        return { hyparquet, metadata, file };
    }
    catch (error) {
        throw new _source_js__WEBPACK_IMPORTED_MODULE_3__/* .DataFileError */ .t1(`${source.label}: not a readable Parquet file (${error.message}).`);
    }
}
/** The column type a Parquet leaf holds, from its physical and logical types. */
function typeOf(element) {
    const logical = element.logical_type?.type;
    const converted = element.converted_type;
    if (logical === 'DATE' || converted === 'DATE')
        return 'date';
    if (logical === 'TIMESTAMP' || converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS' || element.type === 'INT96')
        return 'datetime';
    if (logical === 'DECIMAL' || converted === 'DECIMAL')
        return 'number';
    switch (element.type) {
        case 'BOOLEAN':
            return 'boolean';
        case 'INT32':
        case 'INT64':
            return 'integer';
        case 'FLOAT':
        case 'DOUBLE':
            return 'number';
        default:
            return 'string';
    }
}
async function inspectParquet(source) {
    const { hyparquet, metadata } = await open(source);
    const root = hyparquet.parquetSchema(metadata);
    const names = root.children.map((child) => child.element.name);
    const sourceTypes = root.children.map((child) => (child.children.length > 0 ? 'string' : typeOf(child.element)));
    return { names, sample: [], dataStart: 0, firstLine: 1, sourceTypes, rowCount: Number(metadata.num_rows) };
}
/** Reads every row group into `table`; returns the file's SHA-256 (empty with `digest: false`, for a second reading). */
async function scanParquet(source, names, table, options = {}) {
    const { hyparquet, metadata, file } = await open(source);
    const digest = options.digest === false
        ? Promise.resolve('')
        : new Promise((resolve, reject) => {
            const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(source.path)
                .on('data', (chunk) => hash.update(chunk))
                .on('end', () => resolve(hash.digest('hex')))
                .on('error', reject);
        });
    let rowStart = 0;
    for (const group of metadata.row_groups) {
        const rowEnd = rowStart + Number(group.num_rows);
        let rows = [];
        try {
            await hyparquet.parquetRead({ file, metadata, rowStart, rowEnd, columns: names, compressors, rowFormat: 'array', onComplete: (result) => (rows = result) });
        }
        catch (error) {
            const message = error.message;
            const hint = /LZ4/i.test(message) ? ' LZ4-compressed pages are not supported; write the file with Snappy, ZSTD or GZIP.' : '';
            throw new _source_js__WEBPACK_IMPORTED_MODULE_3__/* .DataFileError */ .t1(`${source.label}: cannot read row group at row ${rowStart + 1} (${message}).${hint}`);
        }
        for (let r = 0; r < rows.length; r++)
            table.addRecord(rows[r], rowStart + r + 1);
        rowStart = rowEnd;
    }
    table.lines = rowStart;
    return digest;
}


/***/ })

};
