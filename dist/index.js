import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 4010:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fe: () => (/* binding */ appendSummary),
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

// UNUSED EXPORTS: escapeData, fileCommandBlock

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: ./lib/core/mentions.js
var mentions = __nccwpck_require__(4592);
;// CONCATENATED MODULE: ./lib/action/io.js
/**
 * The runner protocol, without @actions/core: workflow commands on stdout (`::notice::`, ...) and
 * file commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY), as GitHub documents them.
 *
 * Why not @actions/core: importing it loads an HTTP client (undici) for OIDC that this action
 * never uses, and that alone doubles the start-up of a run that has nothing to do.
 */



/** Escapes a command's message: `%`, CR and LF. */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function command(name, message) {
    process.stdout.write(`::${name}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
/** A file command's `name<<delimiter` block, with a delimiter the value cannot contain. */
function fileCommandBlock(name, value) {
    // globalThis.crypto is loaded on first use: a run with nothing to write does not pay for it.
    const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`unexpected delimiter in ${name}`);
    return `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`;
}
/** The value of input `name` as the runner passes it (`INPUT_<NAME>`), trimmed. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** Sets an output. */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT;
    if (file)
        (0,external_node_fs_.appendFileSync)(file, fileCommandBlock(name, value));
    else
        process.stdout.write(`${external_node_os_namespaceObject.EOL}::set-output name=${name}::${escapeData(value)}${external_node_os_namespaceObject.EOL}`);
}
/** Saves state for the post step. */
function saveState(name, value) {
    const file = process.env.GITHUB_STATE;
    if (file)
        (0,external_node_fs_.appendFileSync)(file, fileCommandBlock(name, value));
    else
        command(`save-state name=${name}`, value);
}
/** State saved by the main step (`STATE_<name>`). */
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
/** Masks a secret in every later log line. */
function setSecret(secret) {
    command('add-mask', secret);
}
/** A plain log line; a line of it that would start a workflow command (`::`) is made inert. */
function info(message) {
    process.stdout.write(`${(0,mentions/* neutralizeCommands */.K)(message)}${external_node_os_namespaceObject.EOL}`);
}
/** A debug line (shown when step debugging is on). */
function debug(message) {
    command('debug', message);
}
/** A notice annotation. */
function notice(message) {
    command('notice', message);
}
/** A warning annotation. */
function warning(message) {
    command('warning', message);
}
/** An error annotation. */
function error(message) {
    command('error', message);
}
/** Fails the step: an error annotation and exit code 1. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Opens a collapsible group in the log. */
function startGroup(name) {
    command('group', name);
}
/** Closes the group. */
function endGroup() {
    process.stdout.write(`::endgroup::${external_node_os_namespaceObject.EOL}`);
}
/** Appends markdown to the job summary. */
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (file)
        (0,external_node_fs_.appendFileSync)(file, `${markdown}${external_node_os_namespaceObject.EOL}`);
}


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
 * The branch grammar of CONTRACT 3: `hotfix/<number>[-<slug>]`.
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

/***/ 4592:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ neutralizeCommands),
/* harmony export */   t: () => (/* binding */ neutralizeMentions)
/* harmony export */ });
/**
 * Untrusted text never @mentions anyone (README, "Trust boundaries"): in a comment or an issue
 * the action writes, an `@name` or `@org/team` becomes `@\u200bname` (a zero-width space after
 * the `@`: it reads the same, and GitHub notifies nobody), unless it is one of the
 * `escalation-mentions`, the only mentions the action makes on purpose.
 */
const MENTION = /(^|[^\w`@\u200b])@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9][\w.-]{0,99})?)/g;
/** `text` with every mention but those in `allowed` (e.g. `@org/oncall`) made inert. */
function neutralizeMentions(text, allowed = []) {
    const keep = new Set(allowed.map((m) => m.replace(/^@/, '').toLowerCase()));
    return text.replace(MENTION, (whole, before, name) => keep.has(name.toLowerCase()) ? whole : `${before}@\u200b${name}`);
}
/**
 * A log line that cannot start a workflow command: the runner reads a line whose text, after
 * leading white space, begins with `::` as a command, so such a line gets a zero-width space
 * between the colons. Applied to every line of `text`.
 */
function neutralizeCommands(text) {
    return text
        .split('\n')
        .map((line) => (/^\s*::/.test(line) ? line.replace('::', ':\u200b:') : line))
        .join('\n');
}


/***/ }),

/***/ 4345:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EE: () => (/* binding */ isOfHotfix),
/* harmony export */   aq: () => (/* binding */ isActiveState),
/* harmony export */   xD: () => (/* binding */ rollbackSubject)
/* harmony export */ });
/* unused harmony exports scanDeployments, findRollbackTarget */
/** Whether a deployment is of this hotfix: its payload names the hotfix, or it deploys its SHA. */
function isOfHotfix(record, hotfix, sha) {
    return record.payload.hotfix === hotfix || record.ref === sha;
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
/* harmony export */   ue: () => (/* binding */ initialState)
/* harmony export */ });
/* unused harmony export LANE_STATUSES */
/** The final statuses of CONTRACT 11. */
const LANE_STATUSES = (/* unused pure expression or super */ null && ([
    'resolved',
    'rolled-back',
    'gate-failed',
    'deploy-failed',
    'escalated',
    'breached',
    'skipped',
    'dry-run',
]));
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
    }
}


/***/ }),

/***/ 639:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ parseThreshold),
/* harmony export */   S: () => (/* binding */ parseThresholds),
/* harmony export */   ZQ: () => (/* binding */ needsBaseline),
/* harmony export */   l2: () => (/* binding */ evaluateThreshold)
/* harmony export */ });
/* unused harmony export thresholdLimit */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3828);
/**
 * Thresholds (CONTRACT 8): `<metric> <op> <value>`, one a line.
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
    const value = parseValue(rest, metric, fail);
    return { source, metric, promql, op: op[0], value };
}
function parseValue(text, metric, fail) {
    const baseline = /^baseline(?:\s*\*\s*(.+))?$/i.exec(text);
    if (baseline) {
        if (baseline[1] === undefined)
            return { kind: 'baseline', factor: 1 };
        const factor = NUMBER.exec(baseline[1].trim());
        if (!factor || factor[0] !== baseline[1].trim())
            throw fail('the baseline factor is not a number');
        return { kind: 'baseline', factor: Number(factor[0]) };
    }
    const number = NUMBER.exec(text);
    if (!number)
        throw fail(text === '' ? 'no value after the operator' : 'the value is not a number');
    const unit = text.slice(number[0].length).trim();
    const n = Number(number[0]);
    const inMs = /_ms$/i.test(metric);
    switch (unit) {
        case '':
            return { kind: 'absolute', value: n };
        case '%':
            return { kind: 'absolute', value: n / 100 };
        case 'ms':
            return { kind: 'absolute', value: inMs ? n : n / 1000 };
        case 's':
            return { kind: 'absolute', value: inMs ? n * 1000 : n };
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
/** Compares a sample against a threshold. A missing or NaN value is no data; ±Infinity is a number. */
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
/** The secrets of the settings' probe URLs, Prometheus URL and `monitor-headers`. */
function monitorSecrets(settings) {
    return endpointSecrets([...settings.probeUrls, ...(settings.prometheusUrl ? [settings.prometheusUrl] : [])], settings.monitorHeaders);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./lib/action/io.js + 1 modules
var io = __nccwpck_require__(4010);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __nccwpck_require__(3828);
// EXTERNAL MODULE: ./lib/core/rollback-target.js
var rollback_target = __nccwpck_require__(4345);
// EXTERNAL MODULE: ./lib/core/state.js
var state = __nccwpck_require__(4734);
;// CONCATENATED MODULE: ./lib/action/context.js
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

// EXTERNAL MODULE: ./lib/core/branch.js
var branch = __nccwpck_require__(4975);
// EXTERNAL MODULE: ./lib/github/bookkeeping.js
var bookkeeping = __nccwpck_require__(2407);
;// CONCATENATED MODULE: ./lib/action/events.js
/**
 * Event routing (CONTRACT 2): which events run what, and which are refused. Pure: the event's
 * name and payload in, a route out. Everything in the payload is untrusted text.
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
 * Every input of CONTRACT 7, read and validated in one place into one typed object, before any
 * side effect. The Action feeds it `core.getInput`; the CLI feeds it its flags.
 */



const lines = (text) => text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
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
        },
        confirmSamples: count('confirm-samples', 2),
        confirmIntervalMs: duration('confirm-interval', '2s'),
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
    };
}
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/;
/** Reads `monitor-headers`: one `Name: value` a line (blank lines and `#` comments skipped). */
function parseHeaders(text) {
    const headers = {};
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const colon = line.indexOf(':');
        const name = colon > 0 ? line.slice(0, colon).trim() : '';
        const value = colon > 0 ? line.slice(colon + 1).trim() : '';
        if (!HEADER_NAME.test(name) || value === '')
            throw new errors/* InputError */.dz('monitor-headers', `line ${index + 1} is not a header; expected one "Name: value" a line, e.g. "Authorization: Bearer <token>" (the value is not shown here)`);
        headers[name] = value;
    });
    return headers;
}
function positive(name, ms) {
    if (ms <= 0)
        throw new errors/* InputError */.dz(name, 'found 0; expected a duration above zero such as 30s');
    return ms;
}
/** The input names of CONTRACT 7, in order (the Action reads exactly these). */
const INPUT_NAMES = (/* unused pure expression or super */ null && ([
    'github-token',
    'features-dir',
    'environment',
    'environment-url',
    'test-command',
    'test-timeout',
    'skip-tests',
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
    'confirm-samples',
    'confirm-interval',
    'auto-rollback',
    'dry-run',
    'revert-pr',
    'post-mortem-issues',
    'escalation-mentions',
    'maintenance-command',
    'labels',
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
    const token = io/* getInput */.V4('github-token');
    if (token)
        io/* setSecret */.Pq(token);
    const settings = parseSettings((name) => io/* getInput */.V4(name));
    const monitor = (0,endpoint/* monitorSecrets */.wK)(settings);
    for (const secret of monitor)
        io/* setSecret */.Pq(secret);
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
    if (io/* getState */.Gu('isPost') === 'true')
        return post();
    io/* saveState */.LZ('isPost', 'true');
    const controller = new AbortController();
    const onSignal = (signal) => {
        io/* warning */.$e(`${signal} received: cancelling; open deployments are marked error`);
        controller.abort(new Error(`cancelled by ${signal}`));
        setTimeout(() => process.exit(1), CANCEL_GRACE_MS).unref();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
        const ctx = readContext(process.env);
        const payload = ctx.eventPath ? JSON.parse((0,external_node_fs_.readFileSync)(ctx.eventPath, 'utf8')) : {};
        const decision = route(ctx.eventName, payload);
        if (decision.kind === 'refuse') {
            io/* error */.z3(decision.reason);
            process.exitCode = 1;
            return;
        }
        // Every input is validated before anything else happens, whatever the event.
        const { token, settings, secrets } = readInputs();
        if (decision.kind === 'fail')
            throw new Error(decision.reason);
        if (decision.kind === 'skip') {
            io/* notice */.lm(decision.reason);
            io/* setOutput */.uH('status', 'skipped');
            return;
        }
        // What a path does not need is not loaded: the GitHub client, the engine and remark come in
        // only once the event asks for work (a run with nothing to do starts in a few ms).
        const { chatOps, manualRollback, pushLane, statusReport } = await Promise.all(/* import() */[__nccwpck_require__.e(601), __nccwpck_require__.e(801), __nccwpck_require__.e(749), __nccwpck_require__.e(722)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9722));
        const { Session } = await Promise.all(/* import() */[__nccwpck_require__.e(601), __nccwpck_require__.e(801), __nccwpck_require__.e(749), __nccwpck_require__.e(192)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4192));
        const session = new Session(ctx, token, settings, controller.signal, secrets);
        session.defaultBranch = defaultBranchOf(payload);
        let result;
        switch (decision.kind) {
            case 'lane':
                if (decision.warning)
                    io/* warning */.$e(decision.warning);
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
        io/* debug */.Yz(`GitHub requests: ${session.requests.length}`);
        if (result && (0,state/* exitCodeOf */.FO)(result.status) !== 0) {
            const manualOk = decision.kind !== 'lane' && result.status === 'rolled-back';
            if (!manualOk)
                io/* setFailed */.C1(`hotfix ${result.state.hotfix.padded}: ${result.status}. ${result.state.message ?? ''}`.trim());
        }
    }
    catch (error) {
        const { describeGitHubError } = await Promise.all(/* import() */[__nccwpck_require__.e(601), __nccwpck_require__.e(282)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1282));
        const message = describeGitHubError(error) ?? (0,errors/* getErrorMessage */.u1)(error);
        io/* setFailed */.C1(controller.signal.aborted ? `cancelled: ${message}` : message);
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
        open = JSON.parse(io/* getState */.Gu(OPEN_DEPLOYMENTS_STATE) || '[]');
    }
    catch {
        return;
    }
    if (open.length === 0)
        return;
    try {
        const ctx = readContext(process.env);
        const { createGitHub } = await Promise.all(/* import() */[__nccwpck_require__.e(601), __nccwpck_require__.e(282)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1282));
        const gh = createGitHub({
            token: io/* getInput */.V4('github-token'),
            baseUrl: ctx.apiUrl,
            warn: (m) => io/* warning */.$e(m),
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
            io/* warning */.$e(`deployment ${id} was left in_progress by the main step: marked error`);
        }
    }
    catch (error) {
        io/* warning */.$e(`post step: ${(0,errors/* getErrorMessage */.u1)(error)}`);
    }
}
/** `repository.default_branch` of an event payload, if present. */
function defaultBranchOf(payload) {
    const repository = payload?.repository;
    return typeof repository?.default_branch === 'string' ? repository.default_branch : undefined;
}

;// CONCATENATED MODULE: ./lib/action/index.js
/** The Action's entry: only calls `run()`. */

void run();

