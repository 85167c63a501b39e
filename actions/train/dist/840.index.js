export const id = 840;
export const ids = [840];
export const modules = {

/***/ 45840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   modelFiles: () => (/* binding */ modelFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * The files of the `outputs` paths, for the model artifact, whose root is the working directory: a path outside
 * it is left out with a warning (the artifact keeps paths relative to one root). Links are not followed.
 */
async function modelFiles(cwd, paths, log) {
    const files = [];
    const walk = async (path) => {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(path);
        if (info.isDirectory()) {
            for (const entry of (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(path)).sort())
                await walk((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, entry));
        }
        else if (info.isFile())
            files.push(path);
    };
    for (const path of paths) {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path);
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, absolute).startsWith('..')) {
            log.warning(`outputs: "${path}" is outside the working directory, so it is digested but not uploaded as the model artifact.`);
            continue;
        }
        await walk(absolute);
    }
    return files;
}


/***/ })

};
