export const id = 811;
export const ids = [811];
export const modules = {

/***/ 47811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubClient: () => (/* binding */ githubClient)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71890);
/* harmony import */ var _crucible_core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29179);


/**
 * The GitHub client for this step, at GITHUB_API_URL (GHES works). Octokit loads only here, on the paths that
 * call the API, so a step that fails early on its inputs does not pay for it.
 */
async function githubClient(token, context) {
    if (token === undefined || token === '') {
        throw new _crucible_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('Input "token" is empty: pass `token: ${{ github.token }}` (the default) or a token with the permissions the action README lists.');
    }
    const { createGitHubClient } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 48559));
    return createGitHubClient({ token, baseUrl: context.apiUrl, log: { warning: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(message), debug: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.debug(message) } });
}


/***/ })

};
