import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 4975:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Yl: () => (/* binding */ hotfixBranchName),
/* harmony export */   rs: () => (/* binding */ parseHotfixNumber),
/* harmony export */   yz: () => (/* binding */ parseHotfixBranch)
/* harmony export */ });
/* unused harmony export padHotfixNumber */
/**
 * The branch grammar (README, "Branches, files and reports"): `hotfix/<number>[-<slug>]`.
 */
const BRANCH = /^hotfix\/([0-9]{1,6})(?:-([A-Za-z0-9._-]+))?$/;
/** Pads a hotfix number to at least three digits: 7 -> `007`, 1234 -> `1234`. */
function padHotfixNumber(n) {
    return String(n).padStart(3, '0');
}
/** Reads `hotfix/NNN-slug` (or `refs/heads/hotfix/NNN-slug`) into a {@link HotfixId}. */
function parseHotfixBranch(ref) {
    const name = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref;
    const match = BRANCH.exec(name);
    if (!match) {
        return {
            ok: false,
            reason: `not a hotfix branch: ${JSON.stringify(name.slice(0, 120))} (expected hotfix/<number>[-<slug>], e.g. hotfix/042-login-500)`,
        };
    }
    const number = Number(match[1]);
    return {
        ok: true,
        id: { number, padded: padHotfixNumber(number), slug: (match[2] ?? '').toLowerCase() },
    };
}
/** The branch a hotfix lives on: `hotfix/042-login-500`, or `hotfix/042` without a slug. */
function hotfixBranchName(id) {
    return `hotfix/${id.padded}${id.slug ? `-${id.slug}` : ''}`;
}
/** Reads a bare hotfix number (`42`, `042`) as given to `hotfix start` or the `hotfix` input. */
function parseHotfixNumber(text) {
    const trimmed = text.trim();
    if (!/^[0-9]{1,6}$/.test(trimmed))
        return undefined;
    const number = Number(trimmed);
    return { number, padded: padHotfixNumber(number), slug: '' };
}


/***/ }),

/***/ 1923:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ within),
/* harmony export */   x: () => (/* binding */ DEFAULT_RECORD_WAIT_MS)
/* harmony export */ });
/**
 * A real-time bound on waiting for something outside the lane (README, "The rollback never waits
 * on GitHub"), whatever the lane's clock: the one timer race the lane and the Action share.
 */
/**
 * How long the lane waits for a record that must not stop it (a deployment status, the report,
 * the spec's commit) before it goes on without it (README, "The rollback never waits on
 * GitHub"). The request itself is not abandoned: it may still land later.
 */
const DEFAULT_RECORD_WAIT_MS = 60_000;
/**
 * `work`'s outcome, or `late()`'s value when `ms` real milliseconds pass first. A failure of
 * `work` is passed on; the timer never keeps the process alive and is cleared when `work` settles.
 */
function within(work, ms, late) {
    let timer;
    const expired = new Promise((resolve) => {
        timer = setTimeout(() => resolve(late()), ms);
        timer.unref?.();
    });
    return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}


/***/ }),

/***/ 8415:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/* unused harmony export MAX_DURATION_MS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3828);
/**
 * Durations as the inputs write them: `90s`, `5m`, `1h`, `1h30m`, `250ms`.
 */

/**
 * The longest duration any input takes: 7 days. Longer would overflow Node's timers (which
 * fire at once past about 24.8 days) and is no lane a human waits for.
 */
const MAX_DURATION_MS = 7 * 24 * 3_600_000;
const DURATION = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/;
/** Parses a duration into milliseconds, or throws a typed error naming where it came from. */
function parseDuration(text, origin) {
    const trimmed = text.trim();
    const match = DURATION.exec(trimmed);
    // Every part is optional in the pattern: at least one must be there ('' is no duration).
    if (!match || match.slice(1).every((part) => part === undefined)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorAt */ .Os)(origin, `found ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(text)}; expected a duration such as 90s, 5m, 1h or 1h30m`);
    }
    const part = (index) => Number(match[index] ?? 0);
    const total = part(1) * 3_600_000 + part(2) * 60_000 + part(3) * 1000 + part(4);
    if (!Number.isSafeInteger(total) || total > MAX_DURATION_MS) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorAt */ .Os)(origin, `found ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(text)}; that duration is too long: the longest is 168h (7 days)`);
    }
    return total;
}
/** Formats milliseconds the way a human reads them: `1h30m`, `45s`, `1.5s`, `250ms`. */
function formatDuration(ms) {
    const rounded = Math.round(ms);
    if (rounded < 1000)
        return `${rounded}ms`;
    const tenths = Math.round(rounded / 100);
    if (tenths < 600)
        return `${tenths / 10}s`;
    const totalSeconds = Math.round(rounded / 1000);
    const h = Math.floor(totalSeconds / 3600);
    const m = Math.floor((totalSeconds % 3600) / 60);
    const s = totalSeconds % 60;
    // A minute or more: at least one of the parts is there.
    return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}`;
}


/***/ }),

/***/ 3828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G8: () => (/* binding */ SpecError),
/* harmony export */   Os: () => (/* binding */ errorAt),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   u1: () => (/* binding */ getErrorMessage)
/* harmony export */ });
/* unused harmony export HotfixError */
/**
 * Typed errors of the engine. Each says where the problem is (an input name or `file:line`),
 * what was found and what is expected, with an example, so that a tired human can fix it at once.
 */
/** Base class: every error the engine throws on purpose. */
class HotfixError extends Error {
    name = 'HotfixError';
}
/** A workflow input or CLI flag holds a value that cannot be used. */
class InputError extends HotfixError {
    input;
    problem;
    line;
    name = 'InputError';
    constructor(
    /** The input's name as the user wrote it, e.g. `monitor-interval`. */
    input, 
    /** What is wrong and the expected form. */
    problem, 
    /** 1-based line within a multi-line input, when it matters. */
    line, options) {
        super(`input "${input}"${line === undefined ? '' : ` line ${line}`}: ${problem}`, options);
        this.input = input;
        this.problem = problem;
        this.line = line;
    }
}
/** A spec file (hotfix.md) holds something that cannot be used. */
class SpecError extends HotfixError {
    file;
    line;
    problem;
    name = 'SpecError';
    constructor(
    /** Path of the file as shown to the user. */
    file, 
    /** 1-based line, when known. */
    line, 
    /** What is wrong and the expected form. */
    problem, options) {
        super(`${file}${line === undefined ? '' : `:${line}`}: ${problem}`, options);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }
}
/** Builds the typed error that fits an origin. */
function errorAt(origin, problem) {
    return 'input' in origin
        ? new InputError(origin.input, problem, origin.line)
        : new SpecError(origin.file, origin.line, problem);
}
/** The message of anything thrown, so that a thrown non-Error still fails clearly. */
function getErrorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return typeof error === 'string' ? error : JSON.stringify(error);
}
/** Shows untrusted text in an error message: quoted, control characters escaped, cut short. */
function quote(text, max = 80) {
    const json = JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
    return json;
}


/***/ }),

/***/ 4345:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EE: () => (/* binding */ isOfHotfix),
/* harmony export */   aq: () => (/* binding */ isActiveState),
/* harmony export */   cL: () => (/* binding */ rollsBack),
/* harmony export */   xD: () => (/* binding */ rollbackSubject)
/* harmony export */ });
/* unused harmony exports scanDeployments, findRollbackTarget */
/** Whether a deployment is of this hotfix: its payload names the hotfix, or it deploys its SHA. */
function isOfHotfix(record, hotfix, sha) {
    return record.payload.hotfix === hotfix || record.ref === sha;
}
/** Whether a deployment's payload says it rolls back deployment `id`. */
function rollsBack(record, id) {
    return (record.payload.rollbackOf !== undefined && String(record.payload.rollbackOf) === String(id));
}
/** Whether a latest state means the deployment is still going on. */
function isActiveState(state) {
    return state === 'in_progress' || state === 'queued' || state === 'pending';
}
/** Scans an environment's deployments (any order) for the rollback target and a running one. */
function scanDeployments(records, hotfix, sha) {
    const target = findRollbackTarget(records, hotfix, sha);
    const newer = (r) => !target || Date.parse(r.createdAt) >= Date.parse(target.createdAt);
    const active = newestFirst(records).find((r) => !isOfHotfix(r, hotfix, sha) && isActiveState(r.state) && newer(r));
    return { target, active };
}
/** Picks the rollback target from an environment's deployments (any order). */
function findRollbackTarget(records, hotfix, sha) {
    return newestFirst(records).find((r) => r.state === 'success' && !isOfHotfix(r, hotfix, sha));
}
/** Deployments newest first (by creation time, then by id). */
function newestFirst(records) {
    return [...records].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || compareIds(b.id, a.id));
}
function compareIds(a, b) {
    const na = Number(a);
    const nb = Number(b);
    return Number.isFinite(na) && Number.isFinite(nb) ? na - nb : String(a).localeCompare(String(b));
}
/**
 * What a manual rollback rolls back: the newest deployment of `hotfix` when named, else the
 * environment's current deployment (its newest successful one).
 */
function rollbackSubject(records, hotfix) {
    const ordered = newestFirst(records);
    if (hotfix !== undefined)
        return ordered.find((r) => r.payload.hotfix === hotfix && r.payload.rollbackOf === undefined);
    return ordered.find((r) => r.state === 'success');
}


/***/ }),

/***/ 4734:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   cg: () => (/* binding */ stepOf),
/* harmony export */   iE: () => (/* binding */ sameEnvironment),
/* harmony export */   q3: () => (/* binding */ divergedWords),
/* harmony export */   uU: () => (/* binding */ INCONCLUSIVE_STATUS),
/* harmony export */   ue: () => (/* binding */ initialState),
/* harmony export */   zS: () => (/* binding */ resolutionClock)
/* harmony export */ });
/* unused harmony export LANE_STATUSES */
/** The final statuses (README, "Inputs and outputs"). */
const LANE_STATUSES = (/* unused pure expression or super */ null && ([
    'resolved',
    'rolled-back',
    'gate-failed',
    'blocked',
    'deploy-failed',
    'escalated',
    'breached',
    'inconclusive',
    'skipped',
    'dry-run',
]));
/**
 * How an inconclusive watch begins its deployment status (README, "Decisions people trust"):
 * what the status report reads back as `inconclusive`.
 */
const INCONCLUSIVE_STATUS = 'inconclusive: a human decides';
/** `behind` or `diverged from`, as a sentence says it: "the hotfix is diverged from what runs". */
function divergedWords(relation) {
    return relation === 'behind' ? 'behind' : 'diverged from';
}
/** Whether two names are the same environment (GitHub's environment names are not case-sensitive). */
function sameEnvironment(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
/**
 * The incident's clock (README, "The clock"): seconds from the hotfix's creation (this run's
 * start when unknown) to the end of this run, and whether that is within `resolution-target`.
 */
function resolutionClock(state, now) {
    const from = state.createdAt ?? state.startedAt;
    const seconds = Math.max(0, Math.round(((state.endedAt ?? now) - from) / 1000));
    return state.resolutionTargetMs === undefined
        ? { seconds }
        : { seconds, withinTarget: seconds * 1000 <= state.resolutionTargetMs };
}
/** A fresh state with every step pending. */
function initialState(init) {
    const names = ['scaffold', 'gate', 'deploy', 'monitor', 'rollback', 'escalate'];
    return {
        ...init,
        status: 'running',
        steps: names.map((name) => ({ name, state: 'pending' })),
        samples: [],
        plannedCommands: [],
    };
}
/** The step record by name. */
function stepOf(state, name) {
    return state.steps.find((s) => s.name === name);
}
/** Exit code of a status: 0 when the lane did its job without trouble. */
function exitCodeOf(status) {
    switch (status) {
        case 'resolved':
        case 'skipped':
        case 'dry-run':
            return 0;
        case 'gate-failed':
            return 10;
        case 'deploy-failed':
            return 11;
        case 'breached':
            return 12;
        case 'rolled-back':
            return 13;
        case 'escalated':
            return 14;
        case 'blocked':
            return 15;
        case 'inconclusive':
            return 16;
    }
}


/***/ }),

/***/ 639:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ parseThreshold),
/* harmony export */   I1: () => (/* binding */ significant),
/* harmony export */   IP: () => (/* binding */ inUnit),
/* harmony export */   S: () => (/* binding */ parseThresholds),
/* harmony export */   ZQ: () => (/* binding */ needsBaseline),
/* harmony export */   l2: () => (/* binding */ evaluateThreshold)
/* harmony export */ });
/* unused harmony export thresholdLimit */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3828);
/**
 * Thresholds (README, "Thresholds"): `<metric> <op> <value>`, one a line.
 *
 * - metric: a name (`error_rate`, `latency_p95_ms`, a monitor command's key) or a PromQL
 *   expression in backticks;
 * - op: `<`, `<=`, `>`, `>=`, `==`, `!=`;
 * - value: a number with an optional unit (`%`, `ms`, `s`), or `baseline` / `baseline * k`.
 *
 * A threshold says what healthy looks like: a sample breaches it when the comparison is false.
 * Time units are converted to the metric's own unit: milliseconds for names ending in `_ms`,
 * seconds for everything else (PromQL durations are seconds).
 */

const EXPECTED = 'expected <metric> <op> <value>, e.g. "error_rate < 1%", "latency_p95_ms <= 800ms", ' +
    '"`sum(rate(http_requests_total{code=~\\"5..\\"}[1m]))` < 0.5" or "latency_p95_ms < baseline * 1.5"';
const NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*/;
const OPERATOR = /^(<=|>=|==|!=|<|>)/;
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?/;
/** Parses one threshold, or throws a typed error naming `origin`. */
function parseThreshold(text, origin) {
    const source = text.trim();
    const fail = (what) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorAt */ .Os)(origin, `threshold ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(source)}: ${what}; ${EXPECTED}`);
    let rest = source;
    let metric;
    let promql = false;
    if (rest.startsWith('`')) {
        const end = rest.indexOf('`', 1);
        if (end < 0)
            throw fail('the PromQL expression has no closing backtick');
        metric = rest.slice(1, end).trim();
        if (metric === '')
            throw fail('the PromQL expression is empty');
        promql = true;
        rest = rest.slice(end + 1);
    }
    else {
        const name = NAME.exec(rest);
        if (!name)
            throw fail('no metric name at the start');
        metric = name[0];
        rest = rest.slice(metric.length);
    }
    rest = rest.trimStart();
    const op = OPERATOR.exec(rest);
    if (!op)
        throw fail('no comparison operator after the metric');
    rest = rest.slice(op[0].length).trim();
    const { value, unit } = parseValue(rest, metric, fail);
    return { source, metric, promql, op: op[0], value, ...(unit ? { unit } : {}) };
}
/** The limit, and the unit it was written in (none for a plain number or a baseline). */
function parseValue(text, metric, fail) {
    const baseline = /^baseline(?:\s*\*\s*(.+))?$/i.exec(text);
    if (baseline) {
        if (baseline[1] === undefined)
            return { value: { kind: 'baseline', factor: 1 } };
        const factor = NUMBER.exec(baseline[1].trim());
        if (!factor || factor[0] !== baseline[1].trim())
            throw fail('the baseline factor is not a number');
        return { value: { kind: 'baseline', factor: Number(factor[0]) } };
    }
    const number = NUMBER.exec(text);
    if (!number)
        throw fail(text === '' ? 'no value after the operator' : 'the value is not a number');
    const unit = text.slice(number[0].length).trim();
    const n = Number(number[0]);
    const inMs = /_ms$/i.test(metric);
    switch (unit) {
        case '':
            return { value: { kind: 'absolute', value: n } };
        case '%':
            return { value: { kind: 'absolute', value: n / 100 }, unit };
        case 'ms':
            return { value: { kind: 'absolute', value: inMs ? n : n / 1000 }, unit };
        case 's':
            return { value: { kind: 'absolute', value: inMs ? n * 1000 : n }, unit };
        default:
            throw fail(`unknown unit ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(unit)} (use %, ms or s)`);
    }
}
/**
 * Parses thresholds one a line (blank lines and `#` comments skipped). Errors name the line:
 * for an input, as `thresholds` line N; for a file, as `file:line`.
 */
function parseThresholds(text, origin) {
    const out = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const trimmed = raw.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            return;
        const line = text.includes('\n') || origin.line !== undefined ? (origin.line ?? 1) + index : undefined;
        out.push(parseThreshold(trimmed, { ...origin, line }));
    });
    return out;
}
/** The number the threshold compares against, given the baseline sample (if any). */
function thresholdLimit(t, baseline) {
    if (t.value.kind === 'absolute')
        return t.value.value;
    const base = baseline?.[t.metric];
    return base === undefined || !Number.isFinite(base) ? undefined : base * t.value.factor;
}
/**
 * Compares a sample against a threshold. A missing or NaN value is no data; ±Infinity is a number.
 */
function evaluateThreshold(t, sample, baseline) {
    const observed = sample[t.metric];
    const limit = thresholdLimit(t, baseline);
    if (observed === undefined || Number.isNaN(observed) || limit === undefined)
        return { verdict: 'nodata' };
    return { verdict: compare(observed, t.op, limit) ? 'pass' : 'breach', observed, limit };
}
function compare(a, op, b) {
    switch (op) {
        case '<':
            return a < b;
        case '<=':
            return a <= b;
        case '>':
            return a > b;
        case '>=':
            return a >= b;
        case '==':
            return a === b;
        case '!=':
            return a !== b;
    }
}
/** Whether any threshold needs a pre-deploy baseline sample. */
function needsBaseline(thresholds) {
    return thresholds.some((t) => t.value.kind === 'baseline');
}
/**
 * A value of `metric` in the unit its threshold was written in (README, "Thresholds"): `1` with
 * `%` is `100%`; seconds and milliseconds as written; a plain number as it is.
 */
function inUnit(value, metric, unit) {
    if (!Number.isFinite(value))
        return String(value);
    const inMs = /_ms$/i.test(metric);
    switch (unit) {
        case '%':
            return `${significant(value * 100)}%`;
        case 'ms':
            return `${significant(inMs ? value : value * 1000)}ms`;
        case 's':
            return `${significant(inMs ? value / 1000 : value)}s`;
        default:
            return significant(value);
    }
}
/** A finite number for humans: whole as it is, else to 4 significant digits (the report's too). */
function significant(n) {
    return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(4)));
}


/***/ }),

/***/ 2407:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g3: () => (/* binding */ hasBookkeepingTrailer),
/* harmony export */   l0: () => (/* binding */ isActionCommitter),
/* harmony export */   ns: () => (/* binding */ BOOKKEEPING_TRAILER),
/* harmony export */   wB: () => (/* binding */ ACTION_COMMITTER)
/* harmony export */ });
/**
 * How the action's own bookkeeping commits are told apart from a human's (README, "Loops and
 * the bookkeeping trailer"): the message carries the trailer *and* the commit's committer is the
 * action's identity. A human commit with the trailer still runs the lane.
 */
/** The trailer of the action's own bookkeeping commits. */
const BOOKKEEPING_TRAILER = 'Hotfix-Action: bookkeeping';
/** The committer of every commit the action makes (GitHub Actions' own bot identity). */
const ACTION_COMMITTER = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
/** Whether a commit message carries the bookkeeping trailer on a line of its own. */
function hasBookkeepingTrailer(message) {
    return message.split('\n').some((line) => line.trim() === BOOKKEEPING_TRAILER);
}
/** Whether a committer (as a push event's `head_commit.committer` gives it) is the action. */
function isActionCommitter(committer) {
    return (typeof committer.email === 'string' &&
        committer.email.toLowerCase() === ACTION_COMMITTER.email.toLowerCase());
}


/***/ }),

/***/ 9452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ statusOf),
/* harmony export */   d: () => (/* binding */ describeGitHubError)
/* harmony export */ });
/**
 * GitHub's errors read for a human: the HTTP status of a failed request, and what was asked, what
 * GitHub answered and the fix. Kept apart from the client so that a run failing on anything
 * else (a bad input, a bad spec) reports it without loading the client.
 */
/** The HTTP status of an Octokit error, if it has one. */
function statusOf(error) {
    return typeof error === 'object' &&
        error !== null &&
        'status' in error &&
        typeof error.status === 'number'
        ? error.status
        : undefined;
}
/**
 * A GitHub error said for a human at 3 a.m.: what was asked, what GitHub answered, and the fix.
 * Anything else is passed through as it is.
 */
function describeGitHubError(error) {
    const status = statusOf(error);
    if (status === undefined || typeof error !== 'object' || error === null)
        return undefined;
    const request = error.request;
    const what = request?.method && request.url
        ? `${request.method} ${request.url.replace(/\?.*$/, '')}`
        : 'a request';
    const message = error.message ?? '';
    const fix = status === 401
        ? 'the token was refused: check the github-token input'
        : status === 403
            ? 'the token lacks a permission: give the job the permissions listed in the README (contents, deployments, pull-requests, issues: write)'
            : status === 404
                ? 'the repository or the object does not exist, or the token cannot see it: check GITHUB_REPOSITORY and the token'
                : status === 422
                    ? 'GitHub refused the request as invalid'
                    : 'GitHub failed';
    return `GitHub answered ${status} to ${what} (${message.split(' - ')[0]}): ${fix}`;
}


/***/ }),

/***/ 611:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ debug),
  N4: () => (/* binding */ endGroup),
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  Gu: () => (/* binding */ getState),
  pq: () => (/* binding */ info),
  lm: () => (/* binding */ notice),
  LZ: () => (/* binding */ saveState),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  Oh: () => (/* binding */ startGroup),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, exportVariable, getBooleanInput, getIDToken, getMultilineInput, group, isDebug, markdownSummary, platform, setCommandEcho, summary, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./lib/node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./lib/node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./lib/node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
;// CONCATENATED MODULE: ./lib/node_modules/@actions/core/lib/core.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return __awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return file_command_issueFileCommand('STATE', file_command_prepareKeyValueMessage(name, value));
    }
    command_issueCommand('save-state', { name }, utils_toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return __awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ }),

/***/ 5637:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   sR: () => (/* binding */ endpoint),
/* harmony export */   wK: () => (/* binding */ monitorSecrets)
/* harmony export */ });
/* unused harmony export endpointSecrets */
/** Splits the credentials off `text` into a Basic header; adds `headers`. */
function endpoint(text, headers = {}) {
    const url = new URL(text);
    const out = { ...headers };
    if (url.username !== '' || url.password !== '') {
        const user = decodeURIComponent(url.username);
        const password = decodeURIComponent(url.password);
        out.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
        url.username = '';
        url.password = '';
    }
    return { url, headers: out };
}
/**
 * What must never be printed for these endpoints: each password in a URL, the Basic header's
 * token, and each header value. The Action masks them in the log; nothing else names them.
 */
function endpointSecrets(urls, headers = {}) {
    const secrets = new Set(Object.values(headers));
    for (const text of urls) {
        const url = new URL(text);
        if (url.username === '' && url.password === '')
            continue;
        // A token is often written as the user name alone (`https://TOKEN@host`).
        for (const part of url.password !== '' ? [url.password] : [url.username]) {
            secrets.add(part);
            secrets.add(decodeURIComponent(part));
        }
        secrets.add(endpoint(text).headers.authorization.slice('Basic '.length));
    }
    return [...secrets].filter((s) => s.length > 0);
}
/**
 * The secrets of the settings' probe URLs, Prometheus URL and `monitor-headers`, and each
 * `notify-webhook` URL whole (a webhook's URL is its credential).
 */
function monitorSecrets(settings) {
    return [
        ...endpointSecrets([...settings.probeUrls, ...(settings.prometheusUrl ? [settings.prometheusUrl] : [])], settings.monitorHeaders),
        ...(settings.notifyWebhooks ?? []),
    ];
}


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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: ./lib/node_modules/@actions/core/lib/core.js + 4 modules
var core = __nccwpck_require__(611);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __nccwpck_require__(3828);
// EXTERNAL MODULE: ./lib/github/errors.js
var github_errors = __nccwpck_require__(9452);
// EXTERNAL MODULE: ./lib/core/rollback-target.js
var rollback_target = __nccwpck_require__(4345);
// EXTERNAL MODULE: ./lib/core/state.js
var state = __nccwpck_require__(4734);
// EXTERNAL MODULE: ./lib/core/deadline.js
var deadline = __nccwpck_require__(1923);
;// CONCATENATED MODULE: ./lib/action/context.js
/**
 * What the runner tells the Action through its environment, read once.
 */

/** Reads the runner's context from `env`. */
function readContext(env) {
    const repo = parseRepository(env.GITHUB_REPOSITORY);
    const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    const runId = env.GITHUB_RUN_ID ?? '0';
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        eventPath: env.GITHUB_EVENT_PATH,
        repo,
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        serverUrl,
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        runUrl: `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}`,
        githubWaitMs: positiveOr(env.HOTFIX_GITHUB_WAIT_MS, deadline/* DEFAULT_RECORD_WAIT_MS */.x),
    };
}
/** Reads `owner/repo`. */
function parseRepository(text) {
    const [owner, repo, extra] = (text ?? '').split('/');
    if (!owner || !repo || extra !== undefined) {
        throw new Error(`GITHUB_REPOSITORY is ${JSON.stringify(text ?? '')}; expected owner/repo`);
    }
    return { owner, repo };
}
/** A positive whole number of milliseconds from the environment, or the default. */
function positiveOr(text, fallback) {
    if (text === undefined || text.trim() === '')
        return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value <= 0)
        throw new Error(`HOTFIX_GITHUB_WAIT_MS is ${JSON.stringify(text)}: give a whole number of milliseconds above 0, or unset it (default ${fallback})`);
    return value;
}

// EXTERNAL MODULE: ./lib/core/branch.js
var branch = __nccwpck_require__(4975);
// EXTERNAL MODULE: ./lib/github/bookkeeping.js
var bookkeeping = __nccwpck_require__(2407);
;// CONCATENATED MODULE: ./lib/action/events.js
/**
 * Event routing (README, "What runs when"): which events run what, and which are refused. Pure: the
 * event's name and payload in, a route out. Everything in the payload is untrusted text.
 */


const obj = (v) => (typeof v === 'object' && v !== null ? v : {});
const str = (v) => (typeof v === 'string' ? v : '');
/** Decides what an event does, from its name and payload. */
function route(eventName, raw) {
    const payload = obj(raw);
    switch (eventName) {
        case 'pull_request_target':
        case 'workflow_run':
            return {
                kind: 'refuse',
                reason: `hotfix-action refuses ${eventName}: the lane runs repository commands and must never run a fork's code with the base repository's token. Trigger it on push to hotfix/** instead.`,
            };
        case 'push':
            return routePush(payload);
        case 'workflow_dispatch':
            return routeDispatch(payload);
        case 'issue_comment':
            return routeComment(payload);
        case 'pull_request':
            return routePullRequest(payload);
        default:
            return {
                kind: 'skip',
                reason: `hotfix-action does nothing on ${eventName.slice(0, 60)} events`,
            };
    }
}
function routePush(payload) {
    const ref = str(payload.ref);
    const parsed = (0,branch/* parseHotfixBranch */.yz)(ref);
    if (!parsed.ok)
        return { kind: 'skip', reason: parsed.reason };
    if (payload.deleted === true)
        return {
            kind: 'skip',
            reason: `${ref.replace(/^refs\/heads\//, '')} was deleted: nothing to do`,
        };
    const headCommit = obj(payload.head_commit);
    const message = str(headCommit.message);
    let warning;
    if ((0,bookkeeping/* hasBookkeepingTrailer */.g3)(message)) {
        if ((0,bookkeeping/* isActionCommitter */.l0)(obj(headCommit.committer)))
            return {
                kind: 'skip',
                reason: "the head commit is the action's own bookkeeping commit: nothing to do",
            };
        warning =
            "the head commit carries the bookkeeping trailer but was not committed by the action's identity: the lane runs (the trailer never skips the gate for a human commit)";
    }
    const [subject = '', ...body] = message.split('\n');
    return {
        kind: 'lane',
        warning,
        hotfix: parsed.id,
        branch: ref.replace(/^refs\/heads\//, ''),
        sha: str(payload.after),
        title: subject.trim() || undefined,
        summary: body.join('\n').trim() || undefined,
    };
}
function routeDispatch(payload) {
    const inputs = obj(payload.inputs);
    const operation = str(inputs.operation).trim() || 'rollback';
    const number = str(inputs.hotfix).trim();
    let hotfix;
    if (number !== '') {
        hotfix = (0,branch/* parseHotfixNumber */.rs)(number);
        if (!hotfix)
            return {
                kind: 'fail',
                reason: `workflow_dispatch input "hotfix": found ${JSON.stringify(number.slice(0, 40))}; expected a hotfix number such as 42, or empty for the environment's current deployment`,
            };
    }
    if (operation === 'rollback')
        return { kind: 'rollback', hotfix };
    if (operation === 'status')
        return { kind: 'status', hotfix };
    return {
        kind: 'fail',
        reason: `workflow_dispatch input "operation": found ${JSON.stringify(operation.slice(0, 40))}; expected rollback or status`,
    };
}
/** Reads `/hotfix rollback` or `/hotfix status` from the first line of a comment. */
function parseChatOps(body) {
    const first = body.trimStart().split(/\r?\n/)[0]?.trim() ?? '';
    const match = /^\/hotfix\s+(rollback|status)\s*$/i.exec(first);
    return match ? match[1].toLowerCase() : undefined;
}
function routeComment(payload) {
    if (str(payload.action) !== 'created')
        return { kind: 'skip', reason: 'only new comments are read' };
    const issue = obj(payload.issue);
    const comment = obj(payload.comment);
    const operation = parseChatOps(str(comment.body));
    if (!operation)
        return { kind: 'skip', reason: 'the comment is not a /hotfix command' };
    if (!issue.pull_request)
        return { kind: 'skip', reason: '/hotfix commands work on hotfix pull requests only' };
    const pr = Number(issue.number);
    const user = str(obj(comment.user).login);
    if (!Number.isInteger(pr) || user === '')
        return { kind: 'skip', reason: 'the comment event has no PR number or author' };
    return { kind: 'chatops', operation, pr, user, commentId: Number(comment.id) };
}
function routePullRequest(payload) {
    const action = str(payload.action);
    if (action !== 'opened' && action !== 'reopened')
        return { kind: 'skip', reason: `pull_request ${action.slice(0, 30)}: nothing to do` };
    const pr = obj(payload.pull_request);
    const head = obj(pr.head);
    const parsed = (0,branch/* parseHotfixBranch */.yz)(str(head.ref));
    if (!parsed.ok)
        return { kind: 'skip', reason: parsed.reason };
    return { kind: 'status', hotfix: parsed.id, pr: Number(pr.number ?? payload.number) };
}

// EXTERNAL MODULE: ./lib/core/duration.js
var core_duration = __nccwpck_require__(8415);
// EXTERNAL MODULE: ./lib/core/thresholds.js
var core_thresholds = __nccwpck_require__(639);
;// CONCATENATED MODULE: ./lib/core/settings.js
/**
 * Every input of action.yml (README, "Inputs and outputs"), read and validated in one place into
 * one typed object, before any side effect. The Action feeds it `core.getInput`; the CLI feeds it
 * its flags.
 */



/**
 * The lines of a many-line input, trimmed, with their 1-based line numbers for errors; blank
 * lines and `#` comments are skipped.
 */
function numberedLines(text) {
    return text
        .split(/\r?\n/)
        .map((raw, index) => ({ text: raw.trim(), number: index + 1 }))
        .filter((l) => l.text !== '' && !l.text.startsWith('#'));
}
const lines = (text) => numberedLines(text).map((l) => l.text);
/** Parses and validates every input; throws an {@link InputError} naming the first bad one. */
function parseSettings(raw) {
    const get = (name) => {
        const value = raw(name)?.trim();
        return value === undefined || value === '' ? undefined : value;
    };
    const duration = (name, fallback) => (0,core_duration/* parseDuration */.E9)(get(name) ?? fallback, { input: name });
    const bool = (name, fallback) => {
        const value = get(name);
        if (value === undefined)
            return fallback;
        if (value === 'true')
            return true;
        if (value === 'false')
            return false;
        throw new errors/* InputError */.dz(name, `found ${(0,errors/* quote */.hD)(value)}; expected true or false`);
    };
    const count = (name, fallback) => {
        const value = get(name);
        if (value === undefined)
            return fallback;
        if (!/^\d{1,6}$/.test(value))
            throw new errors/* InputError */.dz(name, `found ${(0,errors/* quote */.hD)(value)}; expected a whole number such as 0, 2 or 4`);
        return Number(value);
    };
    const oneOf = (name, options, fallback) => {
        const value = get(name) ?? fallback;
        if (!options.includes(value)) {
            throw new errors/* InputError */.dz(name, `found ${(0,errors/* quote */.hD)(value)}; expected one of ${options.join(', ')}`);
        }
        return value;
    };
    const url = (name, value) => {
        let parsed;
        try {
            parsed = new URL(value);
        }
        catch {
            throw new errors/* InputError */.dz(name, `found ${(0,errors/* quote */.hD)(value)}; expected an http(s) URL such as https://example.com/healthz`);
        }
        if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
            throw new errors/* InputError */.dz(name, `found ${(0,errors/* quote */.hD)(value)}; expected an http(s) URL such as https://example.com/healthz`);
        }
        return value;
    };
    const environment = get('environment') ?? 'production';
    if (!/^[^\s/][^\n]{0,254}$/.test(environment)) {
        throw new errors/* InputError */.dz('environment', `found ${(0,errors/* quote */.hD)(environment)}; expected an environment name such as production`);
    }
    const probeUrls = lines(get('probe-url') ?? '').map((u) => url('probe-url', u));
    const prometheusUrl = get('prometheus-url');
    if (prometheusUrl)
        url('prometheus-url', prometheusUrl);
    const environmentUrl = get('environment-url');
    if (environmentUrl)
        url('environment-url', environmentUrl);
    const thresholdText = get('thresholds') ?? (probeUrls.length > 0 ? 'error_rate < 1%' : '');
    const thresholds = (0,core_thresholds/* parseThresholds */.S)(thresholdText, { input: 'thresholds' });
    return {
        featuresDir: get('features-dir'),
        environment,
        environmentUrl,
        testCommands: lines(get('test-command') ?? ''),
        testTimeoutMs: duration('test-timeout', '15m'),
        skipTests: get('skip-tests'),
        allowNoRollback: get('allow-no-rollback'),
        allowDiverged: get('allow-diverged'),
        deployCommand: get('deploy-command'),
        deployTimeoutMs: duration('deploy-timeout', '15m'),
        rollbackCommand: get('rollback-command'),
        probeUrls,
        prometheusUrl,
        monitorHeaders: parseHeaders(get('monitor-headers') ?? ''),
        monitorCommand: get('monitor-command'),
        thresholds,
        monitorDurationMs: duration('monitor-duration', '10m'),
        monitorIntervalMs: positive('monitor-interval', duration('monitor-interval', '30s')),
        monitorInitialDelayMs: duration('monitor-initial-delay', '0s'),
        policy: {
            failureLimit: count('failure-limit', 0),
            consecutiveErrorLimit: count('consecutive-error-limit', 4),
            onMonitorError: oneOf('on-monitor-error', ['rollback', 'fail', 'ignore'], 'rollback'),
            onNoData: oneOf('on-no-data', ['rollback', 'inconclusive', 'pass'], 'inconclusive'),
            inconclusiveLimit: count('inconclusive-limit', 0),
        },
        confirmSamples: count('confirm-samples', 2),
        confirmIntervalMs: duration('confirm-interval', '2s'),
        rollbackVerifySamples: count('rollback-verify-samples', 3),
        autoRollback: bool('auto-rollback', true),
        dryRun: bool('dry-run', false),
        revertPr: bool('revert-pr', false),
        postMortemIssues: bool('post-mortem-issues', true),
        escalationMentions: (get('escalation-mentions') ?? '').split(/[\s,]+/).filter((m) => m !== ''),
        maintenanceCommand: get('maintenance-command'),
        labels: (get('labels') ?? 'hotfix')
            .split(/[\n,]+/)
            .map((l) => l.trim())
            .filter((l) => l !== ''),
        title: get('title'),
        severity: get('severity'),
        summary: get('summary'),
        resolutionTargetMs: positive('resolution-target', duration('resolution-target', '2h')),
        notifyWebhooks: webhooks(get('notify-webhook') ?? ''),
        mergeBack: bool('merge-back', true),
        mergeBackBranches: branchNames(get('merge-back-branches') ?? ''),
    };
}
/**
 * Reads `notify-webhook`: one http(s) URL a line. A URL is a credential: an error names the line,
 * never the value.
 */
function webhooks(text) {
    return numberedLines(text).map(({ text: line, number }) => {
        let parsed;
        try {
            parsed = new URL(line);
        }
        catch {
            parsed = undefined;
        }
        if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:'))
            throw new errors/* InputError */.dz('notify-webhook', `line ${number} is not an http(s) URL; expected one URL a line, such as https://hooks.slack.com/services/... (the value is not shown here)`);
        return line;
    });
}
/** A branch name git accepts (the common rules of `git check-ref-format --branch`). */
const BRANCH_NAME = /^(?!-|\/|.*\/\/|.*\.\.|.*@\{|.*\.lock(?:\/|$)|.*\/$|.*\.$)[A-Za-z0-9._/+-]{1,250}$/;
/** Reads `merge-back-branches`: one branch a line. */
function branchNames(text) {
    return numberedLines(text).map(({ text: line, number }) => {
        if (!BRANCH_NAME.test(line))
            throw new errors/* InputError */.dz('merge-back-branches', `line ${number}: ${(0,errors/* quote */.hD)(line)} is not a branch name; expected one branch a line, such as develop or release/1.4`);
        return line;
    });
}
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/;
/** Reads `monitor-headers`: one `Name: value` a line (blank lines and `#` comments skipped). */
function parseHeaders(text) {
    const headers = {};
    for (const { text: line, number } of numberedLines(text)) {
        const colon = line.indexOf(':');
        const name = colon > 0 ? line.slice(0, colon).trim() : '';
        const value = colon > 0 ? line.slice(colon + 1).trim() : '';
        if (!HEADER_NAME.test(name) || value === '')
            throw new errors/* InputError */.dz('monitor-headers', `line ${number} is not a header; expected one "Name: value" a line, e.g. "Authorization: Bearer <token>" (the value is not shown here)`);
        headers[name] = value;
    }
    return headers;
}
function positive(name, ms) {
    if (ms <= 0)
        throw new errors/* InputError */.dz(name, 'found 0; expected a duration above zero such as 30s');
    return ms;
}
/**
 * The input names of action.yml (README, "Inputs and outputs"), in order (the Action reads exactly
 * these).
 */
const INPUT_NAMES = (/* unused pure expression or super */ null && ([
    'github-token',
    'features-dir',
    'environment',
    'environment-url',
    'test-command',
    'test-timeout',
    'skip-tests',
    'allow-no-rollback',
    'allow-diverged',
    'deploy-command',
    'deploy-timeout',
    'rollback-command',
    'probe-url',
    'prometheus-url',
    'monitor-headers',
    'monitor-command',
    'thresholds',
    'monitor-duration',
    'monitor-interval',
    'monitor-initial-delay',
    'failure-limit',
    'consecutive-error-limit',
    'on-monitor-error',
    'on-no-data',
    'inconclusive-limit',
    'confirm-samples',
    'confirm-interval',
    'rollback-verify-samples',
    'auto-rollback',
    'dry-run',
    'revert-pr',
    'post-mortem-issues',
    'escalation-mentions',
    'maintenance-command',
    'labels',
    'severity',
    'resolution-target',
    'notify-webhook',
    'merge-back',
    'merge-back-branches',
]));

// EXTERNAL MODULE: ./lib/sources/endpoint.js
var endpoint = __nccwpck_require__(5637);
;// CONCATENATED MODULE: ./lib/action/inputs.js
/**
 * The Action's inputs: the only place that calls `core.getInput`. Everything is validated into
 * one typed object before any side effect.
 */



/** Reads and validates every input of action.yml. Throws an InputError naming the first bad one. */
function readInputs() {
    const token = core/* getInput */.V4('github-token');
    if (token)
        core/* setSecret */.Pq(token);
    const settings = parseSettings((name) => core/* getInput */.V4(name));
    const monitor = (0,endpoint/* monitorSecrets */.wK)(settings);
    for (const secret of monitor)
        core/* setSecret */.Pq(secret);
    return { token, settings, secrets: [token, ...monitor].filter((s) => s !== '') };
}

;// CONCATENATED MODULE: ./lib/action/main.js
/**
 * The Action's `run()`: route the event, validate the inputs, then run what the event asks for.
 * Also the `post` step: marks a deployment left `in_progress` by a killed main step as `error`.
 */









/** Saved for the post step: deployments still `in_progress` (kept in step with session.ts). */
const OPEN_DEPLOYMENTS_STATE = 'open-deployments';
/** Grace after a cancellation before the process leaves whatever it is doing. */
const CANCEL_GRACE_MS = 5000;
/** Runs the Action once; failures are reported with `core.setFailed`. */
async function run() {
    if (core/* getState */.Gu('isPost') === 'true')
        return post();
    core/* saveState */.LZ('isPost', 'true');
    const controller = new AbortController();
    const onSignal = (signal) => {
        core/* warning */.$e(`${signal} received: cancelling; open deployments are marked error`);
        controller.abort(new Error(`cancelled by ${signal}`));
        setTimeout(() => process.exit(1), CANCEL_GRACE_MS).unref();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
        const ctx = readContext(process.env);
        const payload = ctx.eventPath ? JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(ctx.eventPath, 'utf8')) : {};
        const decision = route(ctx.eventName, payload);
        if (decision.kind === 'refuse') {
            core/* error */.z3(decision.reason);
            process.exitCode = 1;
            return;
        }
        // Every input is validated before anything else happens, whatever the event.
        const { token, settings, secrets } = readInputs();
        if (decision.kind === 'fail')
            throw new Error(decision.reason);
        if (decision.kind === 'skip') {
            core/* notice */.lm(decision.reason);
            core/* setOutput */.uH('status', 'skipped');
            return;
        }
        // What a path does not need is not loaded: the GitHub client, the engine and remark come in
        // only once the event asks for work (a run with nothing to do starts in a few ms).
        const { chatOps, manualRollback, pushLane, statusReport } = await Promise.all(/* import() */[__nccwpck_require__.e(404), __nccwpck_require__.e(408), __nccwpck_require__.e(821)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2821));
        const { Session } = await Promise.all(/* import() */[__nccwpck_require__.e(392), __nccwpck_require__.e(404), __nccwpck_require__.e(260), __nccwpck_require__.e(408), __nccwpck_require__.e(99)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3099));
        const session = new Session(ctx, token, settings, controller.signal, secrets);
        session.defaultBranch = defaultBranchOf(payload);
        let result;
        switch (decision.kind) {
            case 'lane':
                if (decision.warning)
                    core/* warning */.$e(decision.warning);
                result = await pushLane(session, decision);
                break;
            case 'rollback':
                result = await manualRollback(session, decision.hotfix);
                break;
            case 'status':
                await statusReport(session, decision.hotfix, decision.pr);
                break;
            case 'chatops':
                result = await chatOps(session, decision);
                break;
        }
        core/* debug */.Yz(`GitHub requests: ${session.requests.length}`);
        if (result && (0,state/* exitCodeOf */.FO)(result.status) !== 0) {
            const manualOk = decision.kind !== 'lane' && result.status === 'rolled-back';
            if (!manualOk)
                core/* setFailed */.C1(`hotfix ${result.state.hotfix.padded}: ${result.status}. ${result.state.message ?? ''}`.trim());
        }
    }
    catch (error) {
        const message = (0,github_errors/* describeGitHubError */.d)(error) ?? (0,errors/* getErrorMessage */.u1)(error);
        core/* setFailed */.C1(controller.signal.aborted ? `cancelled: ${message}` : message);
    }
    finally {
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
    }
}
/** The post step: a main step killed outright may have left a deployment `in_progress`. */
async function post() {
    let open = [];
    try {
        open = JSON.parse(core/* getState */.Gu(OPEN_DEPLOYMENTS_STATE) || '[]');
    }
    catch {
        return;
    }
    if (open.length === 0)
        return;
    try {
        const ctx = readContext(process.env);
        const { createGitHub } = await Promise.all(/* import() */[__nccwpck_require__.e(392), __nccwpck_require__.e(282)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1282));
        const gh = createGitHub({
            token: core/* getInput */.V4('github-token'),
            baseUrl: ctx.apiUrl,
            warn: (m) => core/* warning */.$e(m),
        });
        for (const id of open) {
            const { data } = await gh.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
                ...ctx.repo,
                deployment_id: id,
                per_page: 1,
            });
            const state = data[0]?.state;
            if (state && !(0,rollback_target/* isActiveState */.aq)(state))
                continue;
            await gh.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
                ...ctx.repo,
                deployment_id: id,
                state: 'error',
                description: 'Cancelled: the job was stopped before the lane finished',
                log_url: ctx.runUrl,
                auto_inactive: false,
            });
            core/* warning */.$e(`deployment ${id} was left in_progress by the main step: marked error`);
        }
    }
    catch (error) {
        core/* warning */.$e(`post step: ${(0,errors/* getErrorMessage */.u1)(error)}`);
    }
}
/** `repository.default_branch` of an event payload, if present. */
function defaultBranchOf(payload) {
    const repository = payload?.repository;
    return typeof repository?.default_branch === 'string' ? repository.default_branch : undefined;
}

;// CONCATENATED MODULE: ./lib/action/index.js
/** The Action's entry: calls `run()`, then leaves. */

/**
 * Once `run()` is over (outputs, summary and what GitHub accepted are written), neither a request
 * GitHub has still not answered nor an idle keep-alive connection holds the job (README, "The
 * rollback never waits on GitHub"): after a short grace the process leaves with its exit code.
 */
const LEAVE_AFTER_MS = 100;
void run().finally(() => {
    setTimeout(() => process.exit(), LEAVE_AFTER_MS).unref();
});

