export const id = 282;
export const ids = [282];
export const modules = {

/***/ 1282:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ proxyFetch),
/* harmony export */   createGitHub: () => (/* binding */ createGitHub)
/* harmony export */ });
/* unused harmony export DEFAULT_ATTEMPT_TIMEOUT_MS */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5555);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3251);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3411);
/**
 * The GitHub client, built once with `@actions/github`'s `getOctokit` (the runner's proxy
 * settings, typed routes, pagination) and two plugins: retries of 5xx (the retry plugin) and
 * rate limits and secondary rate limits waited out with their `retry-after` (the throttling
 * plugin). Writes are not spaced out in advance (a hotfix makes a handful of them and cannot wait
 * a second each): the plugin's `write` group only gates the start of each write (its job is a
 * no-op), so with no `minTime` writes go out side by side and the follow-up issues never queue
 * behind a slow comment write. Each attempt has a deadline: fetch has none of its own.
 */






/** How long one attempt of a request may wait for GitHub's answer. */
const DEFAULT_ATTEMPT_TIMEOUT_MS = 10_000;
/** `@actions/github`'s fetch: through the runner's proxy settings (also for webhooks). */
const proxyFetch = (_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ?? fetch);
/**
 * `@actions/github`'s fetch (which goes through the runner's proxy) with a deadline on each
 * attempt: fetch has none, and GitHub may never answer. Each attempt is counted here, at the
 * HTTP layer, so that retries count too.
 */
function fetchWithDeadline(timeoutMs, onRequest) {
    const base = proxyFetch;
    return (url, init) => {
        onRequest?.(init?.method ?? 'GET', url);
        const deadline = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
        return base(url, { ...init, signal });
    };
}
/** A throttling handler: warns, and retries up to `tries` times after GitHub's `retry-after`. */
function waitAndRetry(kind, tries, warn) {
    return (retryAfter, request, _octokit, retryCount) => {
        warn(`GitHub ${kind} on ${request.method} ${request.url}: retrying in ${retryAfter}s`);
        return retryCount < tries;
    };
}
/** Builds the client. */
function createGitHub(options) {
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        userAgent: `hotfix-action/${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x}`,
        request: {
            ..._actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request,
            fetch: fetchWithDeadline(options.attemptTimeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS, options.onRequest),
        },
        log: { debug: () => { }, info: () => { }, warn: options.warn, error: options.warn },
        throttle: {
            write: new bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2__.Group({ maxConcurrent: 1, minTime: 0 }),
            notifications: new bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2__.Group({ maxConcurrent: 1, minTime: 0 }),
            onRateLimit: waitAndRetry('rate limit', 2, options.warn),
            onSecondaryRateLimit: waitAndRetry('secondary rate limit', 3, options.warn),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
}


/***/ }),

/***/ 3411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The version stamped into the files the action writes: package.json's, written by scripts/version.mjs. */
const VERSION = '0.1.0';


/***/ })

};
