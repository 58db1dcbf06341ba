export const id = 408;
export const ids = [408];
export const modules = {

/***/ 9308:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   pq: () => (/* binding */ info)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(611);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9362);
/* harmony import */ var _core_mentions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4592);
/**
 * The runner protocol, through @actions/core: inputs, outputs, state, secrets, annotations,
 * log groups and the job summary. Two things are the action's own: a plain log line that would
 * start a workflow command is made inert (README, "Trust boundaries"), and the job summary is
 * appended only when the runner gives one (a local run has none).
 */



/** A plain log line; a line of it that would start a workflow command (`::`) is made inert. */
function info(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_core_mentions_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralizeCommands */ .K)(message));
}
/** Appends markdown to the job summary, when the runner gives one. */
async function appendSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .summary */ .z.addRaw(markdown, true).write();
}


/***/ }),

/***/ 7844:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ isNumberedFeature),
/* harmony export */   L_: () => (/* binding */ resolveFeaturesDir),
/* harmony export */   v1: () => (/* binding */ hotfixPaths)
/* harmony export */ });
/**
 * The features folder, resolved as the seed tool does (README, "Branches, files and reports").
 */
/** Input `features-dir` if set; else `.specswarm/features` if it exists; else legacy `features/`
 * if it holds `NNN-*` folders; else `.specswarm/features`. */
function resolveFeaturesDir(input, probe) {
    if (input)
        return { dir: input.replace(/\/+$/, '') };
    if (probe.specswarmExists)
        return { dir: '.specswarm/features' };
    if (probe.legacyHasNumbered) {
        return {
            dir: 'features',
            notice: 'using the legacy features/ folder; `npx hotfix migrate` moves it to .specswarm/features',
        };
    }
    return { dir: '.specswarm/features' };
}
/** `<features>/<NNN>-hotfix/hotfix.md` and `tasks.md`. */
function hotfixPaths(featuresDir, padded) {
    const dir = `${featuresDir}/${padded}-hotfix`;
    return { dir, spec: `${dir}/hotfix.md`, tasks: `${dir}/tasks.md` };
}
/** Whether a folder name is a numbered feature folder (`042-hotfix`, `7-login`). */
function isNumberedFeature(name) {
    return /^\d{1,6}-/.test(name);
}


/***/ }),

/***/ 9518:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  so: () => (/* binding */ DEPLOY_TASK),
  MQ: () => (/* binding */ LaneRecord),
  KU: () => (/* binding */ formatValues),
  h0: () => (/* binding */ lane_record_short)
});

// EXTERNAL MODULE: ./lib/core/deadline.js
var deadline = __webpack_require__(1923);
// EXTERNAL MODULE: ./lib/core/duration.js
var duration = __webpack_require__(8415);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/spec.js + 1 modules
var spec = __webpack_require__(3859);
// EXTERNAL MODULE: ./lib/core/tasks.js
var tasks = __webpack_require__(973);
;// CONCATENATED MODULE: ./lib/core/journal.js


/** hotfix.md and tasks.md of one run. */
class Journal {
    files;
    specPath;
    tasksPath;
    spec;
    tasks;
    persist;
    pending = [];
    /**
     * Where the Status label ends and where each task's box is, each found with one parse on first
     * use: the Journal is the only writer of its texts, and nothing it writes moves them (a Status
     * value and the Timeline come after the label; a tick keeps every offset).
     */
    statusEnd;
    boxes;
    constructor(files, specPath, tasksPath, spec, tasks, 
    /** Whether anything is written: not in a dry run, nor for a spec that did not exist before
     * a manual rollback. */
    persist) {
        this.files = files;
        this.specPath = specPath;
        this.tasksPath = tasksPath;
        this.spec = spec;
        this.tasks = tasks;
        this.persist = persist;
    }
    /** Sets `**Status**:`. */
    setStatus(status) {
        if (this.statusEnd === undefined)
            this.statusEnd = (0,spec/* statusLabelEnd */.Ke)(this.spec) ?? null;
        if (this.statusEnd !== null)
            this.spec = (0,spec/* setSpecStatusAt */.Bb)(this.spec, this.statusEnd, status);
    }
    /** Ticks a task's box. */
    tick(id) {
        this.boxes ??= (0,tasks/* taskBoxes */.du)(this.tasks);
        this.tasks = (0,tasks/* tickTaskAt */.CC)(this.tasks, this.boxes.get(id));
    }
    /** Notes an event for the Timeline (written at the next save). */
    note(at, text) {
        this.pending.push({ at, text });
    }
    /** Writes the spec (Status + the new Timeline lines) and the tasks. */
    async save() {
        if (!this.persist)
            return;
        this.spec = (0,spec/* appendTimeline */.SV)(this.spec, this.pending);
        this.pending = [];
        await this.files.write(this.specPath, this.spec);
        await this.files.write(this.tasksPath, this.tasks);
    }
    /** Saves, then makes it durable (the Action's one bookkeeping commit). */
    async commit(message) {
        if (!this.persist)
            return;
        await this.save();
        await this.files.flush(message);
    }
}

;// CONCATENATED MODULE: ./lib/core/ports.js
/** The events people are told of (README, "Keeping people informed"), each once per run. */
const NOTIFY_EVENTS = [
    'deploying',
    'breached',
    'rolled-back',
    'escalated',
    'resolved',
    'gate-failed',
    'blocked',
    'deploy-failed',
    'inconclusive',
];

// EXTERNAL MODULE: ./lib/core/state.js
var core_state = __webpack_require__(4734);
;// CONCATENATED MODULE: ./lib/core/lane-record.js
/**
 * The record of one lane run: its state (steps, deployments, samples), the spec's journal, the
 * deployments it opened, and the commands it runs with their HOTFIX_* environment. The lane's
 * steps (lane.ts), the rollback ladder and the environment wait all write through it, so that
 * whatever way a run ends, nothing is left `in_progress` and the spec says what happened.
 */






/** The task of every deployment the lane makes. */
const DEPLOY_TASK = 'deploy:hotfix';
/** One run's state, journal and open deployments, and how it writes them. */
class LaneRecord {
    input;
    plan;
    state;
    /** Deployments this run created that have no final status yet. */
    open = new Set();
    /** The last status write of each deployment: the next one goes after it, in order. */
    statusChain = new Map();
    /** Records started in the background (while watching), settled before the run ends. */
    background = new Set();
    /** The deployment a manual rollback replaces. */
    replaces;
    journal;
    constructor(input, plan, state, specText, tasksText) {
        this.input = input;
        this.plan = plan;
        this.state = state;
        this.journal = new Journal(input.ports.files, state.specPath, state.tasksPath, specText, tasksText, !input.settings.dryRun);
    }
    get ports() {
        return this.input.ports;
    }
    get settings() {
        return this.input.settings;
    }
    /** Creates a deployment, open until it gets a final status. */
    async createDeployment(deployment) {
        const created = await this.ports.store.create(deployment);
        this.open.add(created.id);
        return created;
    }
    /**
     * A record that must not stop the run (README, "The rollback never waits on GitHub"): often
     * started beside the work and awaited later; a failure is a warning, never a stop.
     */
    beside(work, what) {
        return this.bounded(work, what).catch((error) => {
            this.ports.reporter.warn(`Could not ${what}: ${(0,errors/* getErrorMessage */.u1)(error)}`);
            return undefined;
        });
    }
    /**
     * `work`, or `undefined` with a warning once the record wait is up and it has not answered:
     * a store that never answers never holds the run (README, "The rollback never waits on
     * GitHub"). A failure is passed on. The wait is real time, whatever the lane's clock.
     */
    bounded(work, what) {
        const waitMs = this.input.recordWaitMs ?? deadline/* DEFAULT_RECORD_WAIT_MS */.x;
        return (0,deadline/* within */.u)(work, waitMs, () => {
            this.ports.reporter.warn(`Could not ${what}: no answer within ${(0,duration/* formatDuration */.a3)(waitMs)}; the run goes on without it (it may still land later)`);
            return undefined;
        });
    }
    /**
     * A record the lane does not wait for at all (while it watches, each sample's news): started
     * now, a failure is a warning, and the run's end waits for it within the record wait.
     */
    inBackground(work, what) {
        const done = work
            .catch((error) => {
            this.ports.reporter.warn(`Could not ${what}: ${(0,errors/* getErrorMessage */.u1)(error)}`);
        })
            .finally(() => this.background.delete(done));
        this.background.add(done);
    }
    /** The events already sent, and the sends still in flight. */
    notified = new Set();
    notifying = new Set();
    /**
     * Tells people (README, "Keeping people informed"): each event once per run, never in a dry
     * run, never waited for by the lane (the run's end waits for the sends, within the record
     * wait).
     */
    notify(event, what) {
        const { notifier } = this.ports;
        if (!notifier || this.settings.dryRun || this.notified.has(event))
            return;
        this.notified.add(event);
        const { hotfix } = this.input;
        let line = `Hotfix ${hotfix.padded}${hotfix.slug ? ` (${hotfix.slug})` : ''} ${event} in ${this.state.environment}: ${what}`;
        const mentions = this.settings.escalationMentions.filter((m) => !line.includes(m));
        if (event === 'escalated' && mentions.length > 0)
            line += ` ${mentions.join(' ')}`;
        const sent = notifier
            .notify({
            event,
            status: this.state.status,
            text: line.replace(/\s+/g, ' ').slice(0, 1000),
            number: hotfix.padded,
            environment: this.state.environment,
            sha: this.state.sha,
        })
            .catch((error) => {
            this.ports.reporter.warn(`Could not send the ${event} notification: ${(0,errors/* getErrorMessage */.u1)(error)}`);
        })
            .finally(() => this.notifying.delete(sent));
        this.notifying.add(sent);
    }
    /** Waits (within the record wait) for what was started in the background. */
    async settleBackground() {
        if (this.background.size === 0)
            return;
        await this.bounded(Promise.all([...this.background]), 'finish the records started while watching');
    }
    /** A command a dry run would run: kept for the report and printed with its environment. */
    plannedCommand(label, command, env) {
        this.state.plannedCommands.push({ label, command, env });
        const vars = Object.entries(env)
            .map(([k, v]) => `${k}=${v}`)
            .join(' ');
        this.progress(`[dry-run] ${label}: ${command}\n          with ${vars}`);
    }
    /**
     * The payload of a deployment the lane makes (README, "Deployments and your job's
     * environment:").
     */
    payload(rollbackTarget) {
        const { hotfix } = this.input;
        return {
            hotfix: hotfix.padded,
            slug: hotfix.slug,
            spec: this.state.specPath,
            rollbackTarget,
            branch: this.input.branch,
            ...(this.settings.skipTests ? { skipTests: this.settings.skipTests } : {}),
            ...(this.settings.allowNoRollback && rollbackTarget === null
                ? { allowNoRollback: this.settings.allowNoRollback }
                : {}),
            ...(this.state.allowDiverged ? { allowDiverged: this.state.allowDiverged } : {}),
        };
    }
    /** The environment of a rollback command: `HOTFIX_*` for the target, `HOTFIX_ROLLBACK=1`. */
    rollbackEnv(target, deploymentId) {
        return { ...this.commandEnv(target, deploymentId), HOTFIX_ROLLBACK: '1' };
    }
    /** The `HOTFIX_*` environment of a user command: the only way run data reaches it. */
    commandEnv(ref, deploymentId) {
        const { hotfix } = this.input;
        return {
            HOTFIX_NUMBER: hotfix.padded,
            HOTFIX_SLUG: hotfix.slug,
            HOTFIX_REF: ref,
            HOTFIX_ENVIRONMENT: this.plan.environment,
            HOTFIX_DEPLOYMENT_ID: deploymentId === undefined ? '' : String(deploymentId),
            HOTFIX_SPEC: this.state.specPath,
        };
    }
    /** Runs a user command; says whether it passed and why not. A cancelled run throws. */
    async command(label, command, env, timeoutMs) {
        const spec = { label, command, env, timeoutMs };
        this.progress(`$ ${command}`);
        const result = await this.ports.runner.run(spec, this.input.signal);
        if (this.input.signal?.aborted)
            throw this.input.signal.reason ?? new Error('cancelled');
        if (result.timedOut)
            return { ok: false, detail: `timed out after ${(0,duration/* formatDuration */.a3)(timeoutMs)}` };
        if (result.exitCode !== 0)
            return { ok: false, detail: `exited with ${result.exitCode ?? 'a signal'}` };
        return { ok: true, detail: `passed in ${(0,duration/* formatDuration */.a3)(result.durationMs)}` };
    }
    /** Sets a deployment's status; a final one closes it. */
    async deploymentStatus(id, state, description) {
        // A deployment's statuses land in the order they were decided: each one after the last
        // write of the same deployment has answered (or failed).
        const previous = this.statusChain.get(id) ?? Promise.resolve();
        const write = previous
            .catch(() => undefined)
            .then(() => this.ports.store.setStatus(id, state, description, {
            environmentUrl: this.settings.environmentUrl,
            logUrl: this.input.logUrl,
        }));
        this.statusChain.set(id, write);
        await write;
        if (state !== 'in_progress')
            this.open.delete(id);
        for (const ref of [this.state.deployment, this.state.rollback]) {
            if (ref && ref.id === id)
                ref.state = state;
        }
    }
    /** Never leave a deployment `in_progress`: on any exit, mark what is still open `error`. */
    async closeOpenDeployments() {
        const cancelled = this.input.signal?.aborted === true;
        const description = cancelled
            ? 'Cancelled: the run was stopped'
            : 'The run ended with an error before this deployment finished';
        await Promise.all([...this.open].map((id) => this.beside(this.deploymentStatus(id, 'error', description), `mark deployment ${id} as error`)));
        if (this.state.status === 'running') {
            this.state.endedAt = this.ports.clock.now();
            this.event(cancelled ? 'Run cancelled' : 'Run ended with an error');
            // Nothing is testing, deploying or watching any more: the hotfix is open for a human.
            this.setStatus('Active');
            await this.beside(this.journal.commit(`hotfix ${this.input.hotfix.padded}: run stopped`), `save ${this.state.specPath}`);
        }
    }
    /** Ends the run: pending steps skipped, the journal committed, the report published. */
    async finish(status, message) {
        this.state.status = status;
        this.state.message = message;
        this.state.endedAt = this.ports.clock.now();
        for (const step of this.state.steps) {
            if (step.state === 'pending')
                step.state = 'skipped';
        }
        this.event(`Finished: ${status}. ${message}`);
        if (NOTIFY_EVENTS.includes(status))
            this.notify(status, message);
        await this.settleBackground();
        // What the state says is final: the face's own end may start beside the last writes.
        this.input.onEnd?.(this.state);
        // The end of a run always happens (README, "Concurrency in an incident"): a commit that
        // fails (the branch deleted after the merge, GitHub down) or a comment that cannot be
        // written is a warning, and the outputs, summary and follow-ups still follow. The commit
        // and the report do not wait for each other.
        await Promise.all([
            this.beside(this.journal.commit(`hotfix ${this.input.hotfix.padded}: ${status}`), `commit ${this.state.specPath} and ${this.state.tasksPath} to ${this.input.branch} (the outputs, the report and the follow-up issues are written all the same)`),
            this.beside(this.publish(), 'publish the report'),
            this.bounded(Promise.all([...this.notifying]), 'send the notifications'),
        ]);
        return { status, exitCode: (0,core_state/* exitCodeOf */.FO)(status), state: this.state };
    }
    /** Moves a step to a state, with its times, and opens a log section when it starts. */
    step(name, state, detail) {
        const step = (0,core_state/* stepOf */.cg)(this.state, name);
        const now = this.ports.clock.now();
        if (state === 'running') {
            step.startedAt = now;
            this.ports.reporter.section?.(name);
        }
        else if (step.startedAt !== undefined || state !== 'skipped') {
            step.startedAt ??= now;
            step.endedAt = now;
        }
        step.state = state;
        if (detail !== undefined)
            step.detail = detail;
    }
    /** Sets the spec's `**Status**:`. */
    setStatus(status) {
        this.journal.setStatus(status);
    }
    /** Ticks a task's box in tasks.md. */
    tick(id) {
        this.journal.tick(id);
    }
    /** A Timeline event, also logged. */
    event(text) {
        this.journal.note(this.ports.clock.now(), text);
        this.progress(text);
    }
    /** A log line. */
    progress(message) {
        this.ports.reporter.progress(message);
    }
    /** Publishes the state (the sticky comment, the job summary). */
    async publish() {
        await this.ports.reporter.publish(this.state);
    }
}
/** A SHA shortened for humans; anything else as it is. */
function lane_record_short(sha) {
    return /^[0-9a-f]{40}$/.test(sha) ? sha.slice(0, 7) : sha;
}
/** Sample values for a log line: `error_rate=0.500 latency_p95_ms=120`. */
function formatValues(values) {
    const entries = Object.entries(values);
    if (entries.length === 0)
        return 'no values';
    return entries.map(([k, v]) => `${k}=${Number.isInteger(v) ? v : v.toPrecision(3)}`).join(' ');
}


/***/ }),

/***/ 8346:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ parseMarkdown),
/* harmony export */   FH: () => (/* binding */ stringifyMarkdown),
/* harmony export */   Ks: () => (/* binding */ sectionsOf),
/* harmony export */   VV: () => (/* binding */ escapeInline)
/* harmony export */ });
/* unused harmony export normalizeLabel */
/* harmony import */ var mdast_util_to_markdown__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1286);
/* harmony import */ var mdast_util_to_string__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1869);
/* harmony import */ var remark_gfm__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9109);
/* harmony import */ var remark_parse__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6753);
/* harmony import */ var unified__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3900);
/* harmony import */ var mdast_util_gfm__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46);






const parser = (0,unified__WEBPACK_IMPORTED_MODULE_0__/* .unified */ .l)().use(remark_parse__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A).use(remark_gfm__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .A);
/** Parses markdown (GFM) into mdast with positions. */
function parseMarkdown(text) {
    return parser.parse(text);
}
/** Text nodes are escaped as usual, then every `<` that could open HTML is written `&lt;`. */
const text = (node, _parent, state, info) => neutralizeAngles(state.safe(node.value, info));
const OPTIONS = {
    extensions: [(0,mdast_util_gfm__WEBPACK_IMPORTED_MODULE_3__/* .gfmToMarkdown */ .H)()],
    bullet: '-',
    rule: '-',
    handlers: { text },
};
/** Serializes an mdast tree (GFM). Text nodes can never become markup, HTML or a marker. */
function stringifyMarkdown(tree) {
    return (0,mdast_util_to_markdown__WEBPACK_IMPORTED_MODULE_4__/* .toMarkdown */ .l)(tree, OPTIONS);
}
/**
 * Renders untrusted text as inline markdown that shows exactly that text: it goes in as a text
 * node, so `*`, `[`, `<`, backticks and newlines cannot become markup.
 */
function escapeInline(text) {
    const oneLine = text.replace(/[\r\n]+/g, ' ').trim();
    if (oneLine === '')
        return '';
    return stringifyMarkdown({
        type: 'paragraph',
        children: [{ type: 'text', value: oneLine }],
    }).trimEnd();
}
/** The label of a section: a heading's text, or a bold label's text, normalized. */
function normalizeLabel(text) {
    return text
        .replace(/^\s*\d+\.\s*/, '')
        .replace(/:\s*$/, '')
        .trim()
        .toLowerCase();
}
/**
 * Cuts a document into sections. A section is opened by a heading or by a bold label at the
 * start of a paragraph line (`**3. Rollback Plan**:`, `**Target**: Production`), and runs to the
 * next heading, bold label or thematic break.
 */
function sectionsOf(tree) {
    const sections = [];
    let current;
    const open = (label, heading, line) => {
        current = { label: normalizeLabel(label), heading, line, parts: [] };
        sections.push(current);
    };
    for (const node of tree.children) {
        if (node.type === 'heading') {
            open((0,mdast_util_to_string__WEBPACK_IMPORTED_MODULE_5__/* .toString */ .d)(node), true, lineOf(node));
        }
        else if (node.type === 'thematicBreak') {
            current = undefined;
        }
        else if (node.type === 'paragraph') {
            for (const line of splitLines(node.children)) {
                const first = line[0];
                if (first?.type === 'strong' && isLabelLine(line)) {
                    open((0,mdast_util_to_string__WEBPACK_IMPORTED_MODULE_5__/* .toString */ .d)(first), false, lineOf(first));
                    addInline(current, line.slice(1));
                }
                else {
                    addInline(current, line);
                }
            }
        }
        else if (current) {
            addBlock(current, node);
        }
    }
    return sections;
}
function isLabelLine(line) {
    const [label, next] = line;
    if (!label)
        return false;
    const text = (0,mdast_util_to_string__WEBPACK_IMPORTED_MODULE_5__/* .toString */ .d)(label).trim();
    if (text.endsWith(':'))
        return true;
    if (!next)
        return true;
    return next.type === 'text' && /^\s*(?::|\([^)]*\)\s*:)/.test(next.value);
}
function lineOf(node) {
    return node.position?.start.line ?? 1;
}
/** Splits a paragraph's inline content into lines at the newlines of its text nodes. */
function splitLines(children) {
    const lines = [[]];
    for (const child of children) {
        if (child.type === 'text' && child.value.includes('\n')) {
            const pieces = child.value.split('\n');
            const start = child.position?.start;
            pieces.forEach((value, index) => {
                if (index > 0)
                    lines.push([]);
                if (value === '')
                    return;
                // A piece after a newline starts its own line: its position says so, for lineOf.
                const position = start && index > 0
                    ? { start: { line: start.line + index, column: 1 }, end: child.position.end }
                    : child.position;
                lines[lines.length - 1].push({ ...child, value, position });
            });
        }
        else if (child.type === 'break') {
            lines.push([]);
        }
        else {
            lines[lines.length - 1].push(child);
        }
    }
    return lines.filter((line) => line.length > 0);
}
function addInline(section, line) {
    if (!section || line.length === 0)
        return;
    const first = line[0];
    for (const node of line) {
        if (node.type === 'inlineCode') {
            section.parts.push({ kind: 'code', value: node.value, line: lineOf(node), fenced: false });
        }
    }
    // The text after the label's colon; a line that is only the colon adds nothing.
    const text = line
        .map((node) => (0,mdast_util_to_string__WEBPACK_IMPORTED_MODULE_5__/* .toString */ .d)(node))
        .join('')
        .replace(/^\s*:\s*/, '')
        .trim();
    if (text !== '')
        section.parts.push({ kind: 'text', text, line: lineOf(first) });
}
function addBlock(section, node) {
    if (node.type === 'code') {
        section.parts.push(codePart(node));
        return;
    }
    if (node.type === 'list') {
        for (const item of node.children)
            section.parts.push(itemPart(item));
        return;
    }
    collectCode(node, section);
}
function codePart(node) {
    return { kind: 'code', value: node.value, line: lineOf(node) + 1, fenced: true };
}
function itemPart(item) {
    const codes = [];
    const walk = (node) => {
        if (node.type === 'inlineCode')
            codes.push(node);
        if ('children' in node)
            for (const child of node.children)
                walk(child);
    };
    walk(item);
    return { kind: 'item', text: (0,mdast_util_to_string__WEBPACK_IMPORTED_MODULE_5__/* .toString */ .d)(item).trim(), line: lineOf(item), codes };
}
/** Code inside other blocks (a blockquote, a table) still counts as code of the section. */
function collectCode(node, section) {
    if (node.type === 'code') {
        section.parts.push(codePart(node));
    }
    else if (node.type === 'inlineCode') {
        section.parts.push({ kind: 'code', value: node.value, line: lineOf(node), fenced: false });
    }
    else if ('children' in node) {
        for (const child of node.children)
            collectCode(child, section);
    }
}
/**
 * Writes each `<` that could open HTML, a comment or an autolink as `&lt;`, so that no raw
 * `<!--`, tag or marker appears in the bytes (a backslash-escaped `\\<` renders right but still
 * reads as a marker to a plain search). `a < b` stays as it is.
 */
function neutralizeAngles(markdown) {
    let out = '';
    for (let i = 0; i < markdown.length; i += 1) {
        const char = markdown[i];
        const escaped = char === '\\';
        const angle = escaped ? markdown[i + 1] === '<' : char === '<';
        const at = escaped ? i + 1 : i;
        if (angle && /[A-Za-z!/?]/.test(markdown[at + 1] ?? '')) {
            out += '&lt;';
            i = at;
        }
        else if (escaped) {
            out += char + (markdown[i + 1] ?? '');
            i += 1;
        }
        else {
            out += char;
        }
    }
    return out;
}


/***/ }),

/***/ 4592:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 5566:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y6: () => (/* binding */ combineSources),
  gS: () => (/* binding */ describeSample),
  dm: () => (/* binding */ monitor),
  ov: () => (/* binding */ takeSample)
});

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
;// CONCATENATED MODULE: ./lib/core/policy.js
/** Zero counters. */
function freshCounters() {
    return { successful: 0, failed: 0, errors: 0, consecutiveErrors: 0, inconclusive: 0 };
}
/** The phase of a sample from its thresholds' verdicts (a breach wins over missing data). */
function phaseOf(verdicts, onNoData) {
    if (verdicts.some((v) => v.verdict === 'breach'))
        return 'Failed';
    if (verdicts.length === 0 || verdicts.some((v) => v.verdict === 'nodata')) {
        if (onNoData === 'rollback')
            return 'Failed';
        return onNoData === 'pass' ? 'Successful' : 'Inconclusive';
    }
    return 'Successful';
}
/** Counts one (confirmed) sample and decides what happens next. */
function decide(counters, phase, policy, describe) {
    const next = { ...counters };
    if (phase === 'Error') {
        next.errors += 1;
        next.consecutiveErrors += 1;
    }
    else {
        next.consecutiveErrors = 0;
        if (phase === 'Successful')
            next.successful += 1;
        if (phase === 'Failed')
            next.failed += 1;
        if (phase === 'Inconclusive')
            next.inconclusive += 1;
    }
    if (phase === 'Failed' && next.failed > policy.failureLimit) {
        return {
            counters: next,
            decision: {
                action: 'rollback',
                reason: `${describe()} (${next.failed} failed sample(s), failure-limit ${policy.failureLimit})`,
            },
        };
    }
    if (phase === 'Inconclusive' && next.inconclusive > policy.inconclusiveLimit) {
        return {
            counters: next,
            decision: {
                action: 'inconclusive',
                reason: `${describe()} (${next.inconclusive} inconclusive sample(s), inconclusive-limit ${policy.inconclusiveLimit})`,
            },
        };
    }
    if (phase === 'Error' &&
        next.consecutiveErrors > policy.consecutiveErrorLimit &&
        policy.onMonitorError !== 'ignore') {
        const reason = `${next.consecutiveErrors} monitoring errors in a row (consecutive-error-limit ${policy.consecutiveErrorLimit}): ${describe()}`;
        return {
            counters: next,
            decision: policy.onMonitorError === 'rollback'
                ? { action: 'rollback', reason }
                : { action: 'stop', reason },
        };
    }
    return { counters: next, decision: { action: 'continue' } };
}
/**
 * The thresholds a window never measured (README, "Decisions people trust"): a window is `pass`
 * only when every threshold was measured at least once (and, having ended without a rollback,
 * held). With `on-no-data: pass` a threshold without data counts as held, as the input says.
 */
function unmeasured(samples, thresholds, onNoData) {
    if (onNoData === 'pass')
        return [];
    const measured = new Set();
    for (const sample of samples)
        for (const v of sample.verdicts)
            if (v.verdict !== 'nodata')
                measured.add(v.threshold);
    return thresholds.filter((t) => !measured.has(t));
}
/** The verdict of a whole window that ended without a rollback (see {@link unmeasured}). */
function windowVerdict(samples, thresholds, onNoData) {
    return unmeasured(samples, thresholds, onNoData).length === 0 ? 'pass' : 'inconclusive';
}

// EXTERNAL MODULE: ./lib/core/thresholds.js
var core_thresholds = __webpack_require__(639);
// EXTERNAL MODULE: ./lib/core/time.js
var time = __webpack_require__(4258);
;// CONCATENATED MODULE: ./lib/core/monitor.js
/**
 * The monitor: samples the sources every interval, confirms a breach at once with quick
 * samples, and stops as soon as the policy says roll back, not at the end of the window.
 */




/** Takes one sample and judges it against every threshold. */
async function takeSample(source, thresholds, policy, clock, baseline, signal) {
    const at = clock.now();
    let values;
    try {
        values = await source.sample(signal);
    }
    catch (error) {
        if (signal?.aborted)
            throw error;
        return {
            at,
            phase: 'Error',
            values: {},
            verdicts: [],
            note: `${source.name}: ${(0,errors/* getErrorMessage */.u1)(error)}`,
        };
    }
    const verdicts = thresholds.map((t) => {
        const result = (0,core_thresholds/* evaluateThreshold */.l2)(t, values, baseline);
        const unit = t.unit ? { unit: t.unit } : {};
        return result.verdict === 'nodata'
            ? { threshold: t.source, metric: t.metric, verdict: 'nodata' }
            : { threshold: t.source, metric: t.metric, ...result, ...unit };
    });
    return { at, phase: phaseOf(verdicts, policy.onNoData), values, verdicts };
}
/** Describes a sample's breaches for humans: `error_rate 0.4 (limit < 0.01)`. */
function describeSample(sample) {
    if (sample.phase === 'Error')
        return sample.note ?? 'the metric source failed';
    const bad = sample.verdicts.filter((v) => v.verdict !== 'pass');
    if (bad.length === 0)
        return 'all thresholds hold';
    // The reason in plain numbers (README, "Thresholds"): the metric, what was seen and the limit
    // in the threshold's own unit, and when: `error_rate 50% > limit 1% at 03:04:05 UTC`.
    const at = (0,time/* formatSecondUtc */.M)(sample.at).slice(11);
    return bad
        .map((v) => {
        if (v.verdict === 'nodata')
            return `${v.metric}: no data`;
        const observed = v.observed;
        const limit = v.limit;
        const relation = observed > limit ? '>' : observed < limit ? '<' : '=';
        return `${v.metric} ${(0,core_thresholds/* inUnit */.IP)(observed, v.metric, v.unit)} ${relation} limit ${(0,core_thresholds/* inUnit */.IP)(limit, v.metric, v.unit)} at ${at}`;
    })
        .join('; ');
}
/** Watches the service for the window, or until the policy says roll back or stop. */
async function monitor(options) {
    const { clock, signal, thresholds, source, policy, baseline } = options;
    const samples = [];
    const record = async (sample) => {
        samples.push(sample);
        await options.onSample?.(sample);
    };
    let counters = freshCounters();
    if (options.initialDelayMs > 0)
        await clock.sleep(options.initialDelayMs, signal);
    const start = clock.now();
    // Samples keep a fixed cadence (start + k * interval), so slow probes and confirmation
    // samples do not stretch the time between two regular samples.
    for (let k = 1;; k += 1) {
        const yielded = await options.interrupted?.();
        if (yielded !== undefined)
            return { verdict: 'yielded', reason: yielded, samples };
        const sample = await takeSample(source, thresholds, policy, clock, baseline, signal);
        let phase = sample.phase;
        if (phase === 'Failed' && options.confirmSamples > 0) {
            await record(sample);
            let confirmed = true;
            for (let i = 0; i < options.confirmSamples && confirmed; i += 1) {
                await clock.sleep(options.confirmIntervalMs, signal);
                const check = await takeSample(source, thresholds, policy, clock, baseline, signal);
                check.confirmation = true;
                if (check.phase !== 'Failed') {
                    confirmed = false;
                    check.note = 'breach not confirmed: a blip';
                }
                await record(check);
            }
            if (!confirmed) {
                phase = 'Successful';
                sample.note = 'breach not confirmed by the quick samples: counted as a blip';
            }
        }
        else {
            await record(sample);
        }
        const step = decide(counters, phase, policy, () => describeSample(sample));
        counters = step.counters;
        if (step.decision.action !== 'continue') {
            const { action, reason } = step.decision;
            return { verdict: action, reason, samples };
        }
        const nextAt = start + k * options.intervalMs;
        if (nextAt - start > options.durationMs || options.intervalMs <= 0)
            break;
        await clock.sleep(Math.max(0, nextAt - clock.now()), signal);
    }
    const missing = unmeasured(samples, thresholds.map((t) => t.source), policy.onNoData);
    return missing.length === 0
        ? { verdict: 'pass', samples }
        : {
            verdict: 'inconclusive',
            reason: `never measured in the window: ${missing.join(', ')}`,
            samples,
        };
}
/** Several sources read as one: values merged; any source failing makes the sample an Error. */
function combineSources(sources) {
    if (sources.length === 1)
        return sources[0];
    return {
        name: sources.map((s) => s.name).join('+'),
        async sample(signal) {
            const parts = await Promise.all(sources.map((s) => s.sample(signal)));
            return Object.assign({}, ...parts);
        },
    };
}


/***/ }),

/***/ 1565:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ renderReport)
/* harmony export */ });
/* unused harmony exports REPORT_LIMITS, CHART_POINTS, reportTree, chartPoints */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8415);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8346);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4734);
/* harmony import */ var _thresholds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(639);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4258);





const text = (value) => ({ type: 'text', value });
const strong = (value) => ({ type: 'strong', children: [text(value)] });
const inlineCode = (value) => ({ type: 'inlineCode', value });
const paragraph = (...children) => ({
    type: 'paragraph',
    children,
});
const heading = (depth, value) => ({
    type: 'heading',
    depth,
    children: [text(value)],
});
const STATUS_HEADLINE = {
    running: '⏳ In progress',
    resolved: '✅ Resolved',
    'rolled-back': '↩️ Rolled back',
    'gate-failed': '❌ Essential tests failed: nothing deployed',
    blocked: '🛑 Blocked: nothing deployed',
    'deploy-failed': '❌ Deploy failed',
    escalated: '🚨 Escalated: manual intervention required',
    breached: '⚠️ Thresholds breached: not rolled back',
    inconclusive: '❔ Inconclusive: a human decides',
    skipped: '⏭️ Skipped',
    'dry-run': '🧪 Dry run',
};
const STEP_ICON = {
    pending: '⏸️ pending',
    running: '⏳ running',
    passed: '✅ passed',
    failed: '❌ failed',
    skipped: '⏭️ skipped',
};
/** The longest report for each target, with room to spare below GitHub's limits. */
const REPORT_LIMITS = {
    comment: 60_000,
    summary: 1_000_000,
};
/** The most points a chart draws: each is the worst value of its span of samples. */
const CHART_POINTS = 100;
/** The most sample phases the comment lists one by one; past it, counts and the latest. */
const PHASES_LISTED = 100;
/** Renders the whole report as mdast. */
function reportTree(state, target = 'comment') {
    return buildTree(state, target, true);
}
function buildTree(state, target, charts) {
    const children = [
        heading(2, `🚑 Hotfix ${state.hotfix.padded}${state.title ? `: ${state.title}` : ''}`),
        paragraph(strong(STATUS_HEADLINE[state.status]), text(state.message ? ` ${state.message}` : '')),
        paragraph(text('Environment '), inlineCode(state.environment), text(', ref '), inlineCode(state.sha.slice(0, 12)), text(', spec '), inlineCode(state.specPath)),
        stepsTable(state),
    ];
    if (state.environments)
        children.push(heading(3, 'Environments'), environmentsTable(state));
    const clock = clockLine(state);
    if (clock)
        children.push(clock);
    const deployments = deploymentLines(state);
    if (deployments.length > 0)
        children.push(heading(3, 'Deployments'), list(deployments));
    if (state.skipTests)
        children.push(paragraph(strong('Essential tests skipped:'), text(` ${state.skipTests}`)));
    if (state.allowDiverged && state.divergedFrom)
        children.push(paragraph(strong(`Deployed although ${(0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .divergedWords */ .q3)(state.divergedFrom.relation)} what runs:`), text(` ${state.allowDiverged}`)));
    if (state.allowNoRollback)
        children.push(paragraph(strong('Deployed without a rollback target:'), text(` ${state.allowNoRollback}`)));
    if (state.plannedCommands.length > 0) {
        children.push(heading(3, 'Commands a real run would run'));
        for (const planned of state.plannedCommands) {
            const env = Object.entries(planned.env)
                .map(([k, v]) => `${k}=${v}`)
                .join('\n');
            children.push(paragraph(strong(planned.label)), code('sh', `${env}\n${planned.command}`));
        }
    }
    if (state.thresholds.length > 0)
        children.push(...thresholdSection(state, target, charts));
    children.push(heading(3, 'Next steps'), list(nextSteps(state)));
    return { type: 'root', children };
}
/**
 * Renders the report as markdown for `target`, always whole and within its limit: charts are
 * left out (with a line that says so) before anything is cut, and a report still too long is cut
 * between blocks, never inside a table, list or code block.
 */
function renderReport(state, target = 'comment') {
    const limit = REPORT_LIMITS[target];
    const full = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .stringifyMarkdown */ .FH)(buildTree(state, target, true));
    if (full.length <= limit)
        return full;
    const tree = buildTree(state, target, false);
    const note = paragraph(text(target === 'comment'
        ? 'Charts and details are left out: the report is longer than a comment holds. The job summary has them.'
        : 'Charts are left out: the report is longer than the job summary holds.'));
    const children = [...tree.children, note];
    // Whole blocks only: drop blocks before the closing note until the rest fits.
    let text_ = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .stringifyMarkdown */ .FH)({ type: 'root', children });
    while (text_.length > limit && children.length > 2) {
        children.splice(children.length - 2, 1);
        text_ = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .stringifyMarkdown */ .FH)({ type: 'root', children });
    }
    return text_;
}
/**
 * The incident's clock when the run has ended (README, "The clock"): `Time to resolution: 42m
 * since hotfix.md's Created (target 2h: within)`.
 */
function clockLine(state) {
    if (state.endedAt === undefined || state.resolutionTargetMs === undefined)
        return undefined;
    const { seconds, withinTarget } = (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .resolutionClock */ .zS)(state, state.endedAt);
    return paragraph(strong('Time to resolution:'), text(` ${seconds === 0 ? '0s' : (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(seconds * 1000)} since hotfix.md's Created (target ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(state.resolutionTargetMs)}: ${withinTarget ? 'within' : 'over'})`));
}
const row = (cells) => ({
    type: 'tableRow',
    children: cells.map((c) => ({ type: 'tableCell', children: [text(c)] })),
});
function stepsTable(state) {
    const when = (step) => {
        if (step.startedAt === undefined)
            return '';
        const took = step.endedAt === undefined ? 'running' : (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(step.endedAt - step.startedAt);
        return `${(0,_time_js__WEBPACK_IMPORTED_MODULE_4__/* .formatSecondUtc */ .M)(step.startedAt).slice(11)} (${took})`;
    };
    return {
        type: 'table',
        align: ['left', 'left', 'left', 'left'],
        children: [
            row(['Step', 'State', 'When', 'Detail']),
            ...state.steps.map((step) => row([step.name, STEP_ICON[step.state], when(step), step.detail ?? ''])),
        ],
    };
}
/**
 * Every environment of the promotion chain (README, "Environments in order"), in order: this
 * run's own from the run itself, the others from their deployment records.
 */
function environmentsTable(state) {
    const rows = state.environments.map((reach) => {
        const own = reach.thisRun === true;
        const status = own ? state.status : reach.status;
        const ref = own ? state.deployment?.ref : reach.ref;
        return row([
            own ? `${reach.environment} (this run)` : reach.environment,
            status ?? 'not reached yet',
            ref ? ref.slice(0, 12) : '',
        ]);
    });
    return {
        type: 'table',
        align: ['left', 'left', 'left'],
        children: [row(['Environment', 'Status', 'Ref']), ...rows],
    };
}
function deploymentLines(state) {
    const out = [];
    const line = (label, ref) => {
        const id = ref.url
            ? { type: 'link', url: ref.url, children: [text(`#${ref.id}`)] }
            : text(`#${ref.id}`);
        out.push([
            text(`${label} `),
            id,
            text(' of '),
            inlineCode(ref.ref.slice(0, 12)),
            text(`: ${ref.state ?? 'created'}`),
        ]);
    };
    if (state.deployment)
        line('Hotfix deployment', state.deployment);
    if (state.rollback)
        line('Rollback deployment', state.rollback);
    if (state.rollbackTarget !== undefined) {
        out.push(state.rollbackTarget
            ? [text('Rollback target: '), inlineCode(state.rollbackTarget.slice(0, 12))]
            : [text('Rollback target: none (no earlier successful deployment)')]);
    }
    return out;
}
function thresholdSection(state, target, charts) {
    const regular = state.samples;
    const out = [heading(3, 'Thresholds')];
    const last = [...regular].reverse().find((s) => s.verdicts.length > 0);
    const rows = [
        {
            type: 'tableRow',
            children: ['Threshold', 'Latest', 'Verdict'].map((c) => ({
                type: 'tableCell',
                children: [text(c)],
            })),
        },
    ];
    for (const t of state.thresholds) {
        const v = last?.verdicts.find((x) => x.threshold === t.source);
        rows.push({
            type: 'tableRow',
            children: [
                // A line break would end the table row: a cell is one line.
                { type: 'tableCell', children: [inlineCode(t.source.replace(/\s*[\r\n]+\s*/g, ' '))] },
                {
                    type: 'tableCell',
                    children: [text(v?.observed === undefined ? '-' : formatNumber(v.observed))],
                },
                {
                    type: 'tableCell',
                    children: [
                        text(v
                            ? v.verdict === 'pass'
                                ? '✅ holds'
                                : v.verdict === 'breach'
                                    ? '❌ breached'
                                    : '❔ no data'
                            : '-'),
                    ],
                },
            ],
        });
    }
    out.push({ type: 'table', align: ['left', 'right', 'left'], children: rows });
    if (regular.length > 0) {
        if (charts)
            for (const t of state.thresholds)
                out.push(chart(t, regular));
        out.push(paragraph(text(samplesLine(regular, target))));
        const notes = regular.filter((s) => s.note).slice(-3);
        if (notes.length > 0)
            out.push(list(notes.map((s) => [text(`${(0,_time_js__WEBPACK_IMPORTED_MODULE_4__/* .formatSecondUtc */ .M)(s.at).slice(11)} ${s.note}`)])));
    }
    return out;
}
/**
 * The samples' phases (S successful, F failed, E error, I inconclusive, (c) confirmation, (r) after
 * the rollback): every
 * one in the job summary; in the comment, past 100, the counts and the latest 100.
 */
function samplesLine(samples, target) {
    const legend = `Samples (S successful, F failed, E error, I inconclusive, (c) confirmation${samples.some((s) => s.afterRollback) ? ', (r) after the rollback' : ''})`;
    const letter = (s) => `${s.confirmation ? '(c)' : s.afterRollback ? '(r)' : ''}${s.phase[0]}`;
    if (target === 'summary' || samples.length <= PHASES_LISTED)
        return `${legend}: ${samples.map(letter).join(' ')}`;
    const counts = new Map();
    for (const s of samples)
        counts.set(s.phase, (counts.get(s.phase) ?? 0) + 1);
    const confirmations = samples.filter((s) => s.confirmation).length;
    const summary = [...counts].map(([phase, n]) => `${n} ${phase}`).join(', ');
    return `${legend}: ${samples.length} in all (${summary}; ${confirmations} confirmation); the latest ${PHASES_LISTED}: ${samples
        .slice(-PHASES_LISTED)
        .map(letter)
        .join(' ')}`;
}
/**
 * The samples in at most {@link CHART_POINTS} spans of consecutive samples, each drawn as its
 * worst value (the highest for a `<` threshold, the lowest for a `>` one), so that a breach stays
 * visible however long the window.
 */
function chartPoints(threshold, samples) {
    const span = Math.max(1, Math.ceil(samples.length / CHART_POINTS));
    const higherIsWorse = threshold.op === '<' || threshold.op === '<=' || threshold.op === '==';
    const points = [];
    for (let start = 0; start < samples.length; start += span) {
        let observed;
        let limit;
        for (const sample of samples.slice(start, start + span)) {
            const v = sample.verdicts.find((x) => x.threshold === threshold.source);
            if (v?.limit !== undefined)
                limit = v.limit;
            if (v?.observed === undefined || Number.isNaN(v.observed))
                continue;
            if (observed === undefined || (higherIsWorse ? v.observed > observed : v.observed < observed))
                observed = v.observed;
        }
        points.push({ label: start + 1, observed, limit });
    }
    return points;
}
/** A Mermaid `xychart-beta` of one metric against its limit, which GitHub draws. */
function chart(threshold, samples) {
    const points = chartPoints(threshold, samples);
    const raw = points.map((p) => (p.observed === undefined ? 0 : p.observed));
    // A span without data has no limit of its own: the line keeps the known one.
    let last = points.find((p) => p.limit !== undefined)?.limit ?? 0;
    const limit = points.map((p) => (last = p.limit ?? last));
    // Mermaid draws numbers only: ±Infinity (a Prometheus +Inf) is drawn off the top or bottom.
    const finite = [...raw, ...limit].filter(Number.isFinite).map(Math.abs);
    const edge = Math.max(1, ...finite) * 2;
    const observed = raw.map((v) => (Number.isFinite(v) ? v : Math.sign(v) * edge));
    const label = (value) => `"${value.replace(/["\\\n\r`]/g, "'").slice(0, 60)}"`;
    const lines = [
        'xychart-beta',
        `  title ${label(threshold.source)}`,
        `  x-axis [${points.map((p) => p.label).join(', ')}]`,
        `  y-axis ${label(threshold.metric)}`,
        `  line [${observed.map(formatNumber).join(', ')}]`,
        `  line [${limit.map(formatNumber).join(', ')}]`,
    ];
    return code('mermaid', lines.join('\n'));
}
function nextSteps(state) {
    const steps = [];
    switch (state.status) {
        case 'gate-failed':
            steps.push([text('Fix the failing essential test on the hotfix branch and push again.')]);
            break;
        case 'blocked':
            if (state.divergedFrom && !state.allowDiverged)
                steps.push([
                    text('Bring what runs into the hotfix branch: merge or rebase '),
                    inlineCode(state.divergedFrom.ref.slice(0, 12)),
                    text(' into it and push again, or set '),
                    inlineCode('allow-diverged'),
                    text(' to a written reason.'),
                ]);
            if (state.rollbackTarget === null)
                steps.push([
                    text('Give the lane an escape hatch: deploy a known-good version to this environment first (its deployment becomes the rollback target), or set '),
                    inlineCode('allow-no-rollback'),
                    text(' to a written reason and push again.'),
                ]);
            break;
        case 'rolled-back':
        case 'deploy-failed':
            steps.push([text('The hotfix did not hold: find another approach, push again to retry.')]);
            break;
        case 'escalated':
            steps.push([
                strong('Manual intervention required now:'),
                text(' the service may still run the bad version.'),
            ]);
            break;
        case 'inconclusive':
            steps.push([
                text('Look at the service yourself: the watch could not measure every threshold. Roll back with '),
                inlineCode('/hotfix rollback'),
                text(' or the rollback dispatch, or fix the metric source and push again.'),
            ]);
            break;
        case 'breached':
            steps.push([
                text('Decide now: roll back with '),
                inlineCode('/hotfix rollback'),
                text(' or the rollback dispatch.'),
            ]);
            break;
        default:
            break;
    }
    steps.push([strong('T005 Root Cause Analysis'), text(' within 48 hours')], [strong('T006 Permanent Fix'), text(' if the hotfix is temporary')], [strong('T007 Post-Mortem'), text(' within 7 days')]);
    return steps;
}
function list(items) {
    return {
        type: 'list',
        ordered: false,
        spread: false,
        children: items.map((children) => ({
            type: 'listItem',
            spread: false,
            children: [paragraph(...children)],
        })),
    };
}
function code(lang, value) {
    return { type: 'code', lang, value };
}
function formatNumber(n) {
    return Number.isFinite(n) ? (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_2__/* .significant */ .I1)(n) : '0';
}


/***/ }),

/***/ 3859:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SV: () => (/* binding */ appendTimeline),
  $6: () => (/* binding */ readCreated),
  Ot: () => (/* binding */ readSpec),
  UE: () => (/* binding */ renderSpec),
  Bb: () => (/* binding */ setSpecStatusAt),
  Ke: () => (/* binding */ statusLabelEnd)
});

// UNUSED EXPORTS: SPEC_STATUSES, setSpecStatus

// EXTERNAL MODULE: ./node_modules/mdast-util-to-string/lib/index.js
var lib = __webpack_require__(1869);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/markdown.js
var markdown = __webpack_require__(8346);
;// CONCATENATED MODULE: ./lib/core/regions.js
/**
 * Where the Timeline section is, found by a fence-aware scan of the lines, so that a spec with a
 * long timeline is never parsed whole: the read-back and the Status edit parse only what comes
 * before the Timeline, and the append parses only the timeline's last item.
 */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_OPEN = /^ {0,3}#{1,6}(?=[ \t]|$)/;
/**
 * The text of an ATX heading line (`## Timeline ##` -> `Timeline`), `undefined` when the line is
 * not one. Written without a backtracking pattern over the rest of the line, so that a 100 kB
 * line costs linear time.
 */
function atxHeading(line) {
    const open = ATX_OPEN.exec(line);
    if (!open)
        return undefined;
    const rest = line.slice(open[0].length).trim();
    // A closing run of `#`, alone or after white space, is not part of the text.
    let i = rest.length;
    while (i > 0 && rest[i - 1] === '#')
        i -= 1;
    if (i === rest.length)
        return rest;
    if (i === 0)
        return '';
    return rest[i - 1] === ' ' || rest[i - 1] === '\t' ? rest.slice(0, i).trim() : rest;
}
const BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
/** The lines of `text` from `from`, each with its offset and whether it is inside a fenced block. */
function* lines(text, from = 0) {
    let fence;
    let start = from;
    while (start <= text.length) {
        const newline = text.indexOf('\n', start);
        const end = newline < 0 ? text.length : newline;
        const line = text.slice(start, end).replace(/\r$/, '');
        const open = FENCE.exec(line);
        const wasInFence = fence !== undefined;
        if (fence === undefined && open) {
            fence = open[1];
        }
        else if (fence !== undefined &&
            open &&
            open[1][0] === fence[0] &&
            open[1].length >= fence.length &&
            line.trim() === open[1]) {
            fence = undefined;
        }
        yield { start, text: line, inFence: wasInFence || open !== null };
        if (newline < 0)
            return;
        start = newline + 1;
    }
}
/**
 * The `## Timeline` section: from its heading's line to the next heading or thematic break (or
 * the end). `undefined` when there is no ATX Timeline heading outside code.
 */
function timelineRegion(text) {
    let start;
    for (const line of lines(text)) {
        if (line.inFence)
            continue;
        if (start === undefined) {
            if (atxHeading(line.text)?.toLowerCase() === 'timeline')
                start = line.start;
        }
        else if (atxHeading(line.text) !== undefined || BREAK.test(line.text)) {
            return { start, end: line.start };
        }
    }
    return start === undefined ? undefined : { start, end: text.length };
}
/** The offset of the last line in `region` that starts a list item (outside code), if any. */
function lastItemStart(text, region) {
    let last;
    for (const line of lines(text.slice(0, region.end), region.start)) {
        if (!line.inFence && ITEM.test(line.text))
            last = line.start;
    }
    return last;
}
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
/**
 * Whether the region has a line that could underline a setext heading (`===`, `---`, `-`): such
 * a section's end cannot be found by a line scan, and is parsed whole instead.
 */
function mayHoldSetextHeading(text, region) {
    for (const line of lines(text.slice(0, region.end), region.start)) {
        if (!line.inFence && SETEXT_UNDERLINE.test(line.text))
            return true;
    }
    return false;
}

// EXTERNAL MODULE: ./lib/core/thresholds.js
var thresholds = __webpack_require__(639);
// EXTERNAL MODULE: ./lib/core/time.js
var time = __webpack_require__(4258);
;// CONCATENATED MODULE: ./lib/core/spec.js






/** The status words of `**Status**:` (README, "The spec is executable"). */
const SPEC_STATUSES = (/* unused pure expression or super */ null && ([
    'Active',
    'Testing',
    'Deploying',
    'Monitoring',
    'Resolved',
    'Rolled back',
    'Escalated',
]));
const or = (value, placeholder) => {
    const escaped = value === undefined ? '' : (0,markdown/* escapeInline */.VV)(value);
    return escaped === '' ? placeholder : escaped;
};
/** Renders the seed's hotfix.md template, with a `## Timeline` section opened by its first line. */
function renderSpec(draft) {
    const title = or(draft.title, '[Title]');
    const firstEvent = draft.branch
        ? `Hotfix scaffolded from branch ${draft.branch}`
        : 'Hotfix scaffolded';
    return `# Hotfix ${draft.id.padded}: ${title}

**🚨 EMERGENCY**: ${or(draft.severity, '[Critical/High Priority]')}
**Created**: ${(0,time/* formatMinuteUtc */.I)(draft.createdAt)}
**Status**: Active

---

## Emergency Summary

**What's Broken**: ${or(draft.summary, '[Brief description]')}

**Impact**:
- Users affected: [scope]
- Service status: [degraded/down]
- Data at risk: [Yes/No]

**Urgency**: [Immediate/Within hours/Within day]

---

## Immediate Actions

**1. Mitigation** (if applicable):
- [Temporary mitigation in place? Describe]

**2. Hotfix Scope**:
- [What needs to be fixed immediately]

**3. Rollback Plan**:
- [How to rollback if hotfix fails; a command in backticks here replaces the rollback-command input]

---

## Technical Details

**Root Cause** (if known):
- [Quick analysis]

**Fix Approach**:
- [Minimal changes to resolve emergency]

**Files Affected**:
- [List critical files]

**Testing Strategy**:
- [Minimal essential tests - what MUST pass? Commands in backticks here replace the test-command input]

---

## Deployment Plan

**Target**: ${or(draft.environment, 'Production')}
**Rollout**: [Immediate/Phased]
**Rollback Trigger**: [When to rollback; healthy thresholds in backticks here (metric op value) replace the thresholds input]

---

## Post-Mortem Required

**After Emergency Resolved**:
- [ ] Root cause analysis
- [ ] Permanent fix (if hotfix is temporary)
- [ ] Process improvements
- [ ] Documentation updates
- [ ] Team retrospective

---

## Metadata

**Workflow**: Hotfix (Emergency Response)
**Created By**: hotfix-action v${draft.version}

---

## Timeline

${timelineItem(draft.createdAt, firstEvent)}
`;
}
function timelineItem(at, event) {
    return `- ${(0,time/* formatSecondUtc */.M)(at)} — ${(0,markdown/* escapeInline */.VV)(event)}`;
}
const isPlaceholder = (text) => /^\[.*\]$/s.test(text.trim());
/** Reads hotfix.md back into the values the lane uses. `file` names it in errors. */
function readSpec(text, file) {
    // Nothing the lane reads lives in the Timeline: a long timeline is not parsed.
    const tree = (0,markdown/* parseMarkdown */.Dd)(text.slice(0, timelineRegion(text)?.start ?? text.length));
    const sections = (0,markdown/* sectionsOf */.Ks)(tree);
    const find = (label) => sections.filter((s) => s.label === label);
    const spec = { testCommands: [], thresholds: [] };
    const heading = tree.children.find((n) => n.type === 'heading' && n.depth === 1);
    const titleText = heading ? (0,lib/* toString */.d)(heading) : undefined;
    const title = titleText?.replace(/^hotfix\s+\d+\s*:\s*/i, '').trim();
    if (title && !isPlaceholder(title))
        spec.title = title;
    const severity = firstText(find('🚨 emergency'));
    if (severity && !isPlaceholder(severity))
        spec.severity = severity;
    spec.status = firstText(find('status'));
    const target = firstTextPart(find('target'));
    if (target && !isPlaceholder(target.text)) {
        const names = targetNames(target.text, file, target.line);
        if (names.length === 1)
            spec.target = names[0];
        else
            spec.targets = { names, line: target.line };
    }
    for (const section of find('testing strategy'))
        spec.testCommands.push(...commandsOf(section));
    const rollback = find('rollback plan').flatMap((s) => codesOf(s));
    if (rollback[0])
        spec.rollbackCommand = { command: rollback[0].value.trim(), line: rollback[0].line };
    for (const section of find('rollback trigger'))
        spec.thresholds.push(...thresholdsOf(section, file));
    return spec;
}
/**
 * hotfix.md's `**Created**:` time (README, "The clock"), written `2026-11-25 03:00 UTC` (seconds,
 * `T` and `Z` are read too); `undefined` when there is no such line or it is a `[placeholder]`.
 */
function readCreated(text) {
    const lines = text.split(/\r?\n/);
    const index = lines.findIndex((l) => /^\*\*Created\*\*:/.test(l));
    if (index < 0)
        return undefined;
    const found = lines[index].replace(/^\*\*Created\*\*:/, '').trim();
    if (found === '' || isPlaceholder(found))
        return undefined;
    const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(?: ?UTC|Z)?$/.exec(found);
    const at = match ? Date.parse(`${match[1]}T${match[2]}Z`) : NaN;
    return Number.isFinite(at) ? { line: index + 1, found, at } : { line: index + 1, found };
}
function firstText(sections) {
    return firstTextPart(sections)?.text;
}
function firstTextPart(sections) {
    for (const section of sections) {
        const part = section.parts.find((p) => p.kind === 'text');
        if (part && part.kind === 'text' && part.text !== '')
            return part;
    }
    return undefined;
}
/**
 * Something that reads as a separator other than a comma: `;`, `|`, `>` (as in `->`), `→`, `&`,
 * `+`, a `/` with spaces around it, or the words `and` and `then`. A slash inside a name
 * (`review/eu`) stays part of it.
 */
const OTHER_SEPARATOR = /[;|>→⇒&+]|\s\/\s|\s(?:and|then)\s/i;
/**
 * The environments a Target names, in order (README, "Environments in order"): comma-separated,
 * each non-empty and named once. Anything else is an error naming the file and line, read before
 * anything runs.
 */
function targetNames(text, file, line) {
    const example = 'write the environments in order, separated by commas: **Target**: Staging, Production';
    const other = OTHER_SEPARATOR.exec(text);
    if (other)
        throw new errors/* SpecError */.G8(file, line, `**Target** ${(0,errors/* quote */.hD)(text)} separates environments with ${(0,errors/* quote */.hD)(other[0].trim())}; ${example}`);
    const names = text.split(',').map((n) => n.trim());
    const empty = names.findIndex((n) => n === '');
    if (empty >= 0)
        throw new errors/* SpecError */.G8(file, line, `**Target** ${(0,errors/* quote */.hD)(text)} has an empty environment name (name ${empty + 1} of ${names.length}); ${example}`);
    const seen = new Set();
    for (const name of names) {
        if (seen.has(name.toLowerCase()))
            throw new errors/* SpecError */.G8(file, line, `**Target** ${(0,errors/* quote */.hD)(text)} names ${(0,errors/* quote */.hD)(name)} twice; ${example}`);
        seen.add(name.toLowerCase());
    }
    return names;
}
function codesOf(section) {
    const out = [];
    for (const part of section.parts) {
        if (part.kind === 'code' && part.value.trim() !== '')
            out.push(part);
        if (part.kind === 'item') {
            for (const code of part.codes) {
                if (code.value.trim() !== '') {
                    out.push({
                        value: code.value,
                        line: code.position?.start.line ?? part.line,
                        fenced: false,
                    });
                }
            }
        }
    }
    return out;
}
/** Testing Strategy: a fenced block gives one command a line (`\` continues a line). */
function commandsOf(section) {
    const out = [];
    for (const code of codesOf(section)) {
        if (!code.fenced) {
            out.push({ command: code.value.trim(), line: code.line });
            continue;
        }
        let pending = '';
        let pendingLine = code.line;
        code.value.split('\n').forEach((raw, index) => {
            const line = raw.trim();
            if (pending === '')
                pendingLine = code.line + index;
            if (pending === '' && (line === '' || line.startsWith('#')))
                return;
            if (line.endsWith('\\')) {
                pending += `${line.slice(0, -1).trimEnd()} `;
                return;
            }
            out.push({ command: `${pending}${line}`.trim(), line: pendingLine });
            pending = '';
        });
        if (pending.trim() !== '')
            out.push({ command: pending.trim(), line: pendingLine });
    }
    return out;
}
/**
 * Rollback Trigger: every code span is a threshold (or a clear error); a list item without code
 * is a threshold when it reads like a comparison, and prose otherwise.
 */
function thresholdsOf(section, file) {
    const out = [];
    for (const part of section.parts) {
        if (part.kind === 'code') {
            out.push((0,thresholds/* parseThreshold */.B7)(part.value, { file, line: part.line }));
        }
        else if (part.kind === 'item') {
            if (part.codes.length > 0) {
                for (const code of part.codes) {
                    out.push((0,thresholds/* parseThreshold */.B7)(code.value, { file, line: code.position?.start.line ?? part.line }));
                }
            }
            else if (/^\S+\s*(?:<|>|==|!=)/.test(part.text) && !isPlaceholder(part.text)) {
                out.push((0,thresholds/* parseThreshold */.B7)(part.text, { file, line: part.line }));
            }
        }
    }
    return out;
}
/**
 * Sets `**Status**:` in place. Only the value after the label changes; a spec without a Status
 * line gets none (the human removed it on purpose).
 */
function setSpecStatus(text, status) {
    const end = statusLabelEnd(text);
    return end === undefined ? text : setSpecStatusAt(text, end, status);
}
/**
 * Where hotfix.md's `**Status**` label ends (its value follows), found with one parse; the
 * Journal keeps it, since nothing it writes comes before it.
 */
function statusLabelEnd(text) {
    let found;
    visitLabels((0,markdown/* parseMarkdown */.Dd)(text.slice(0, timelineRegion(text)?.start ?? text.length)), (end, label) => {
        if (label.trim().toLowerCase() !== 'status')
            return false;
        found = end;
        return true;
    });
    return found;
}
/** Sets the value after the `**Status**` label that ends at `end` (see {@link statusLabelEnd}). */
function setSpecStatusAt(text, end, status) {
    const lineEnd = text.indexOf('\n', end);
    const stop = lineEnd < 0 ? text.length : lineEnd;
    // `: Active` + an optional hard break (`\\` or trailing spaces) + an optional CR. Each
    // part is found from its own end, never by a backtracking pattern (linear on long lines).
    const value = text.slice(end, stop);
    const lead = /^\s*:?\s*/.exec(value)[0];
    let cut = value.length;
    if (value[cut - 1] === '\r')
        cut -= 1;
    while (cut > lead.length && (value[cut - 1] === ' ' || value[cut - 1] === '\t'))
        cut -= 1;
    if (cut > lead.length && value[cut - 1] === '\\')
        cut -= 1;
    const tail = value.slice(cut);
    return `${text.slice(0, end)}${lead === '' ? ': ' : lead}${status}${tail}${text.slice(stop)}`;
}
/** Calls `fn` with the end offset and text of each bold label that opens a line, until it returns true. */
function visitLabels(tree, fn) {
    for (const node of tree.children) {
        if (node.type !== 'paragraph')
            continue;
        let atLineStart = true;
        for (const child of node.children) {
            if (child.type === 'strong' && atLineStart && child.position) {
                const label = child.children.map((c) => ('value' in c ? c.value : '')).join('');
                if (fn(child.position.end.offset ?? 0, label))
                    return;
            }
            atLineStart = (child.type === 'text' && child.value.endsWith('\n')) || child.type === 'break';
        }
    }
}
/**
 * Where new timeline lines go: after the Timeline section's last list (the timeline itself), else
 * after its last node. `undefined` when the spec has no Timeline section.
 */
function timelineAnchor(text) {
    const region = timelineRegion(text);
    if (region && !mayHoldSetextHeading(text, region)) {
        // Only the timeline's last item onwards is parsed: the list it starts is the last list. The
        // line that ends the section is parsed too: it is what closes an open list item or code.
        const from = lastItemStart(text, region) ?? region.start;
        const closing = text.indexOf('\n', region.end);
        const tail = (0,markdown/* parseMarkdown */.Dd)(text.slice(from, closing < 0 ? text.length : closing));
        const nodes = tail.children.filter((n) => (n.position?.start.offset ?? 0) < region.end - from);
        const node = nodes.filter((n) => n.type === 'list').at(-1) ?? nodes.at(-1);
        if (!node?.position?.end.offset)
            return { end: region.end, list: false };
        return { end: from + node.position.end.offset, list: node.type === 'list' };
    }
    // No ATX Timeline heading, or a section a line scan cannot cut safely: parse it all.
    const tree = (0,markdown/* parseMarkdown */.Dd)(text);
    const index = tree.children.findIndex((n) => n.type === 'heading' && (0,lib/* toString */.d)(n).trim().toLowerCase() === 'timeline');
    if (index < 0)
        return undefined;
    const section = [];
    for (const node of tree.children.slice(index + 1)) {
        if (node.type === 'heading' || node.type === 'thematicBreak')
            break;
        section.push(node);
    }
    const node = section.filter((n) => n.type === 'list').at(-1) ?? section.at(-1) ?? tree.children[index];
    return { end: node.position?.end.offset ?? text.length, list: node.type === 'list' };
}
/**
 * Appends one line per event to the `## Timeline` section (after its last line), never
 * rewriting earlier lines. A spec without a Timeline gets one at the end.
 */
function appendTimeline(text, events) {
    if (events.length === 0)
        return text;
    const lines = events.map((e) => timelineItem(e.at, e.text)).join('\n');
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const anchor = timelineAnchor(text);
    if (!anchor) {
        const sep = text === '' ? '' : text.endsWith('\n') ? eol : `${eol}${eol}`;
        return `${text}${sep}## Timeline${eol}${eol}${lines.replaceAll('\n', eol)}${eol}`;
    }
    const { end, list } = anchor;
    const insert = list ? `${eol}${lines}` : `${eol}${eol}${lines}`;
    return `${text.slice(0, end)}${insert.replaceAll('\n', eol).replaceAll('\r\r', '\r')}${text.slice(end)}`;
}


/***/ }),

/***/ 973:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ tickTaskAt),
/* harmony export */   FW: () => (/* binding */ renderTasks),
/* harmony export */   du: () => (/* binding */ taskBoxes),
/* harmony export */   s2: () => (/* binding */ TASK_TITLES)
/* harmony export */ });
/* unused harmony exports TASK_IDS, tickTask, tickedTasks */
/* harmony import */ var mdast_util_to_string__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1869);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8346);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4258);



/** The task ids of the seed, in order. */
const TASK_IDS = ['T001', 'T002', 'T003', 'T004', 'T005', 'T006', 'T007'];
/** Titles of the seed's tasks. */
const TASK_TITLES = {
    T001: 'Implement Hotfix',
    T002: 'Essential Testing',
    T003: 'Deploy to Production',
    T004: 'Monitor Post-Deployment',
    T005: 'Root Cause Analysis',
    T006: 'Permanent Fix',
    T007: 'Post-Mortem',
};
/** Renders the seed's tasks.md with a task box under each task. */
function renderTasks(draft) {
    return `# Tasks: Hotfix ${draft.id.padded} - EMERGENCY

**Workflow**: Hotfix (Expedited)
**Status**: Active
**Created**: ${(0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMinuteUtc */ .I)(draft.createdAt)}

---

## ⚡ EMERGENCY MODE - MINIMAL PROCESS

**Speed Priority**: Essential tasks only
**Tech Validation**: OPTIONAL - use if time permits
**Metrics**: lightweight tracking (.specswarm/workflow-metrics.json)

---

## Emergency Tasks

### T001: Implement Hotfix
- [ ] Done
**Description**: [Minimal fix to resolve emergency]
**Files**: [list]
**Validation**: [Essential test only]
**Parallel**: No (focused fix)

### T002: Essential Testing
- [ ] Done
**Description**: Verify hotfix resolves emergency
**Test Scope**: MINIMAL (critical path only)
**Expected**: Emergency resolved
**Parallel**: No

### T003: Deploy to Production
- [ ] Done
**Description**: Emergency deployment
**Rollback Plan**: ${draft.rollbackPlan}
**Validation**: Service restored
**Parallel**: No

### T004: Monitor Post-Deployment
- [ ] Done
**Description**: Watch metrics, error rates, user reports
**Duration**: ${draft.monitorDuration}
**Escalation**: when a threshold of hotfix.md's Rollback Trigger is breached
**Parallel**: No

---

## Post-Emergency Tasks (After Fire Out)

### T005: Root Cause Analysis
- [ ] Done
**Description**: Deep dive into why emergency occurred
**Output**: Root cause doc
**Timeline**: Within 24-48 hours

### T006: Permanent Fix (if hotfix is temporary)
- [ ] Done
**Description**: Replace hotfix with proper solution
**Workflow**: Use /speclab:bugfix for permanent fix
**Timeline**: [timeframe]

### T007: Post-Mortem
- [ ] Done
**Description**: Team retrospective and process improvements
**Timeline**: Within 1 week

---

## Summary

**Emergency Tasks**: 4 (T001-T004)
**Post-Emergency Tasks**: 3 (T005-T007)
**Estimated Time to Resolution**: <1-2 hours (emergency tasks only)

**Success Criteria**:
- ✅ Emergency resolved
- ✅ Service restored
- ✅ No data loss
- ✅ Rollback plan tested (if triggered)
`;
}
/**
 * Ticks the first task box under `### <id>` in place. Everything else, including a human's own
 * ticks and notes, stays byte for byte. A task without a box is left alone.
 */
function tickTask(text, id) {
    return tickTaskAt(text, taskBoxes(text).get(id));
}
/**
 * Where each task's first box is, with one parse: the offset of its `[ ]`, or `null` when it is
 * already ticked (or has no box). The Journal keeps these: a tick changes no offset.
 */
function taskBoxes(text) {
    const boxes = new Map();
    for (const [id, list] of taskLists(text)) {
        if (boxes.has(id))
            continue;
        const item = list.children.find((child) => child.checked !== null && child.checked !== undefined);
        if (!item)
            continue;
        const box = item.checked ? -1 : text.indexOf('[ ]', item.position?.start.offset ?? 0);
        boxes.set(id, box < 0 ? null : box);
    }
    return boxes;
}
/** Each list of tasks.md with the task whose `### <id>` heading it is under, in order. */
function* taskLists(text) {
    let current;
    for (const node of (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMarkdown */ .Dd)(text).children) {
        if (node.type === 'heading') {
            const head = (0,mdast_util_to_string__WEBPACK_IMPORTED_MODULE_2__/* .toString */ .d)(node).trim().toUpperCase();
            current = TASK_IDS.find((id) => head.startsWith(id));
        }
        else if (current && node.type === 'list')
            yield [current, node];
    }
}
/** Ticks the box at `box` (see {@link taskBoxes}); the text as it is when there is none. */
function tickTaskAt(text, box) {
    if (box === null || box === undefined || text.slice(box, box + 3) !== '[ ]')
        return text;
    return `${text.slice(0, box)}[x]${text.slice(box + 3)}`;
}
/** Which tasks are ticked, read back from tasks.md. */
function tickedTasks(text) {
    const ticked = new Set();
    for (const [id, list] of taskLists(text))
        if (list.children.some((child) => child.checked === true))
            ticked.add(id);
    return ticked;
}


/***/ }),

/***/ 4258:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ formatMinuteUtc),
/* harmony export */   M: () => (/* binding */ formatSecondUtc)
/* harmony export */ });
/** UTC time formats used in the files the action writes. */
/** `2026-11-25 12:39 UTC`, as the seed's `**Created**:` line. */
function formatMinuteUtc(ms) {
    return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
/** `2026-11-25 12:39:07 UTC`, for timeline lines. */
function formatSecondUtc(ms) {
    return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}


/***/ }),

/***/ 8325:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   At: () => (/* binding */ findPullRequestAndLogin),
/* harmony export */   C4: () => (/* binding */ ownLogin),
/* harmony export */   HU: () => (/* binding */ StickyComment),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   T9: () => (/* binding */ getPullRequest),
/* harmony export */   _f: () => (/* binding */ findPullRequest),
/* harmony export */   iv: () => (/* binding */ replyOnce)
/* harmony export */ });
/* unused harmony exports ACTIONS_BOT, VIEWER_QUERY, PULL_AND_VIEWER_QUERY, isOurComment, findOurComment, commentBody */
/* harmony import */ var _core_mentions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4592);
/* harmony import */ var _create_once_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3785);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9452);
/**
 * The sticky PR comment (README, "Branches, files and reports"): one per hotfix, found by its
 * marker in a comment authored by the token's own user, updated in place, never duplicated.
 */



/** GitHub's limit on a comment body. */
const MAX_BODY = 65_536;
/** The marker of a hotfix's sticky comment. */
function commentMarker(padded) {
    return `<!-- hotfix-action:${padded} -->`;
}
/** The login of the job's token (and of what `GET /user` cannot tell). */
const ACTIONS_BOT = 'github-actions[bot]';
/** What GitHub's GraphQL API is asked for the token's own login. */
const VIEWER_QUERY = 'query HotfixViewer { viewer { login } }';
/**
 * The login the token acts as. An installation token (`ghs_`: the job's own token, or a GitHub
 * App's) cannot read `GET /user`, but GraphQL's `viewer` names it (`github-actions[bot]`, or
 * `<app-slug>[bot]` for an App), so an App's comments and issues are found again on re-runs.
 * When neither answers, the job's token is assumed.
 */
async function ownLogin(gh, token) {
    if (!token.startsWith('ghs_')) {
        try {
            const { data } = await gh.request('GET /user');
            return data.login;
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c)(error) !== 403 && (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c)(error) !== 401)
                throw error;
        }
    }
    try {
        const data = await gh.graphql(VIEWER_QUERY);
        if (typeof data.viewer?.login === 'string' && data.viewer.login !== '')
            return data.viewer.login;
    }
    catch {
        /* no GraphQL answer: the job's token is assumed below */
    }
    return ACTIONS_BOT;
}
/** The open PR whose head is `branch`, if any. */
async function findPullRequest(gh, repo, branch) {
    const { data } = await gh.request('GET /repos/{owner}/{repo}/pulls', {
        ...repo,
        head: `${repo.owner}:${branch}`,
        state: 'open',
        per_page: 1,
    });
    return data[0] && toPullRequestInfo(data[0]);
}
/** The open PR of a branch and the token's own login, in one GraphQL request. */
const PULL_AND_VIEWER_QUERY = `query HotfixPullRequest($owner: String!, $name: String!, $branch: String!) {
  viewer { login }
  repository(owner: $owner, name: $name) {
    pullRequests(headRefName: $branch, states: [OPEN], first: 5) {
      nodes { number title body headRefName headRefOid baseRefName headRepository { nameWithOwner } }
    }
  }
}`;
/**
 * The open PR whose head is `branch` in this repository, and the token's own login (which the
 * comment and the issues need), in one request instead of two (README, "Any history, any
 * window").
 */
async function findPullRequestAndLogin(gh, repo, branch) {
    const data = await gh.graphql(PULL_AND_VIEWER_QUERY, {
        owner: repo.owner,
        name: repo.repo,
        branch,
    });
    const own = `${repo.owner}/${repo.repo}`.toLowerCase();
    const ours = (data.repository?.pullRequests?.nodes ?? []).filter((n) => n && n.headRepository?.nameWithOwner.toLowerCase() === own);
    const node = ours[0];
    const login = data.viewer?.login || undefined;
    return {
        // The bases this branch already has an open PR to (the merge-back needs no lookup for them).
        openBases: new Set(ours.map((n) => n.baseRefName)),
        ...(login ? { login } : {}),
        ...(node
            ? {
                pr: {
                    number: node.number,
                    title: node.title,
                    body: node.body,
                    headRef: node.headRefName,
                    headSha: node.headRefOid,
                    headRepo: node.headRepository?.nameWithOwner,
                },
            }
            : {}),
    };
}
/** A PR by number. */
async function getPullRequest(gh, repo, number) {
    const { data: pr } = await gh.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
        ...repo,
        pull_number: number,
    });
    return toPullRequestInfo(pr);
}
/** The fields of a PR (from a list or a get) that the action uses. */
function toPullRequestInfo(pr) {
    return {
        number: pr.number,
        title: pr.title,
        body: pr.body ?? '',
        headRef: pr.head.ref,
        headSha: pr.head.sha,
        headRepo: pr.head.repo?.full_name,
    };
}
/** Whether a comment is ours: it starts with the marker and the token's own user wrote it. */
function isOurComment(comment, marker, login) {
    return comment.user?.login === login && (comment.body ?? '').startsWith(marker);
}
/** Finds our comment among all of the PR's comments (paginated). */
async function findOurComment(gh, repo, issue, marker, login) {
    const comments = await gh.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...repo,
        issue_number: issue,
        per_page: 100,
    });
    return comments.find((c) => isOurComment(c, marker, login));
}
/**
 * The body we post: the marker first, then the report, cut to GitHub's limit. No mention but
 * `mentions` (the `escalation-mentions`) notifies anyone.
 */
function commentBody(marker, report, mentions = []) {
    const body = `${marker}\n${(0,_core_mentions_js__WEBPACK_IMPORTED_MODULE_2__/* .neutralizeMentions */ .t)(report, mentions)}`;
    if (body.length <= MAX_BODY)
        return body;
    const note = '\n\n… (cut: the full report is in the job summary)';
    return body.slice(0, MAX_BODY - note.length) + note;
}
/** One hotfix's sticky comment on one PR. */
class StickyComment {
    gh;
    repo;
    issue;
    marker;
    login;
    mentions;
    id;
    lastBody;
    constructor(gh, repo, issue, marker, login, mentions = []) {
        this.gh = gh;
        this.repo = repo;
        this.issue = issue;
        this.marker = marker;
        this.login = login;
        this.mentions = mentions;
    }
    /** Creates or updates the comment; does nothing when the body did not change. */
    async upsert(report) {
        const body = commentBody(this.marker, report, this.mentions);
        if (this.id !== undefined && body === this.lastBody)
            return this.id;
        if (this.id === undefined) {
            const found = await (0,_create_once_js__WEBPACK_IMPORTED_MODULE_0__/* .createOnce */ .Ur)({
                lookupFirst: true,
                lookup: () => findOurComment(this.gh, this.repo, this.issue, this.marker, this.login),
                create: async () => {
                    const { data } = await this.gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                        ...this.repo,
                        issue_number: this.issue,
                        body,
                        ..._create_once_js__WEBPACK_IMPORTED_MODULE_0__/* .NO_RETRY */ .PE,
                    });
                    this.lastBody = body;
                    return data;
                },
            });
            this.id = found.id;
            if (this.lastBody === body)
                return this.id;
        }
        await this.gh.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            ...this.repo,
            comment_id: this.id,
            body,
        });
        this.lastBody = body;
        return this.id;
    }
}
/** Posts a plain reply (e.g. a polite refusal), once per marker. */
async function replyOnce(gh, repo, issue, marker, login, text) {
    await new StickyComment(gh, repo, issue, marker, login).upsert(text);
}


/***/ }),

/***/ 3785:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PE: () => (/* binding */ NO_RETRY),
/* harmony export */   Ur: () => (/* binding */ createOnce)
/* harmony export */ });
/* unused harmony export isTransient */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9452);
/**
 * Creates that are never doubled. The retry plugin re-sends a POST that failed with a 5xx even
 * when GitHub had already done it; so a create is sent without the plugin's retries, and each
 * new try is preceded by a lookup that finds what an earlier try may have made.
 */

/** Request options that turn the retry plugin off for one request. */
const NO_RETRY = { request: { retries: 0 } };
/** Whether an error is worth another try: a 5xx, or the network failing. */
function isTransient(error) {
    const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c)(error);
    return status === undefined || status >= 500;
}
/** Creates at most once: lookup, create; on a transient failure, lookup again before retrying. */
async function createOnce(options) {
    const tries = options.tries ?? 3;
    const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    let lastError;
    for (let attempt = 0; attempt < tries; attempt += 1) {
        if (attempt > 0 || options.lookupFirst) {
            const found = await options.lookup();
            if (found !== undefined)
                return found;
        }
        try {
            return await options.create();
        }
        catch (error) {
            if (!isTransient(error))
                throw error;
            lastError = error;
            await sleep(250 * (attempt + 1) ** 2);
        }
    }
    throw lastError;
}


/***/ }),

/***/ 2575:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MB: () => (/* binding */ readSpecFile),
/* harmony export */   OR: () => (/* binding */ readIfExists),
/* harmony export */   UP: () => (/* binding */ symlinkRefused),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   iE: () => (/* binding */ fsSpecFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/**
 * The hotfix's files in a work tree: written atomically (temp file + rename) so that a kill
 * never leaves one half-written.
 */



/** Writes `content` to `file` through a temp file in the same folder and a rename. */
async function writeFileAtomic(file, content) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
    const temp = `${file}.tmp-${process.pid}-${Date.now()}`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(temp, content, 'utf8');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temp, file);
}
/** Reads a file, `undefined` when it does not exist. */
async function readIfExists(file) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/** The refusal of a spec or tasks file that is a symbolic link (README, "Trust boundaries"). */
function symlinkRefused(file) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SpecError */ .G8(file, undefined, 'is a symbolic link; hotfix.md and tasks.md must be regular files (a link could make the action read, publish or overwrite another file). Replace the link with the file itself');
}
/**
 * Reads a hotfix file of the work tree (`shown` is its path as the user knows it), `undefined`
 * when it does not exist; a symbolic link is refused, never followed.
 */
async function readSpecFile(file, shown) {
    try {
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(file)).isSymbolicLink())
            throw symlinkRefused(shown);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    return readIfExists(file);
}
/** SpecFiles over a folder (paths are relative to it); `flush` has nothing to do. */
function fsSpecFiles(root) {
    return {
        read: (file) => readSpecFile(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, file), file),
        write: (file, content) => writeFileAtomic(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, file), content),
        flush: async () => { },
    };
}


/***/ }),

/***/ 1805:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QJ: () => (/* binding */ featuresDirOf),
  Hd: () => (/* binding */ recordMetrics)
});

// UNUSED EXPORTS: METRICS_FILE, legacyFeatureFolders

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/features.js
var features = __webpack_require__(7844);
// EXTERNAL MODULE: ./lib/core/state.js
var core_state = __webpack_require__(4734);
;// CONCATENATED MODULE: ./lib/core/metrics.js
/**
 * `.specswarm/workflow-metrics.json` in the seed's schema (README, "Inputs and outputs").
 */

/** Adds (or replaces) this hotfix's entry and recomputes the 30-day summary. Other keys stay. */
function updateMetrics(existing, state, now) {
    const base = isObject(existing) ? existing : {};
    const features = isObject(base.features)
        ? { ...base.features }
        : {};
    const seconds = Math.round(((state.endedAt ?? now) - state.startedAt) / 1000);
    // The time to resolution runs from the hotfix's creation, across re-runs (README, "The clock").
    const clock = (0,core_state/* resolutionClock */.zS)(state, now);
    const phases = {};
    for (const step of state.steps) {
        phases[step.name] = {
            status: step.state,
            duration_seconds: step.startedAt !== undefined && step.endedAt !== undefined
                ? Math.round((step.endedAt - step.startedAt) / 1000)
                : 0,
        };
    }
    const previous = features[`${state.hotfix.padded}-hotfix`]?.hotfix_metrics;
    features[`${state.hotfix.padded}-hotfix`] = {
        workflow: 'hotfix',
        status: state.status,
        phases,
        hotfix_metrics: {
            time_to_resolution_seconds: clock.seconds,
            ...(state.resolutionTargetMs !== undefined
                ? {
                    resolution_target_seconds: Math.round(state.resolutionTargetMs / 1000),
                    within_target: clock.withinTarget,
                }
                : {}),
            rollback_triggered: state.rollback !== undefined ||
                state.steps.some((s) => s.name === 'rollback' && s.state !== 'skipped' && s.state !== 'pending'),
            post_mortem_done: previous?.post_mortem_done ?? false,
            root_cause_identified: previous?.root_cause_identified ?? false,
            permanent_fix_created: previous?.permanent_fix_created ?? false,
        },
        total_duration_seconds: seconds,
        timestamp: new Date(now).toISOString(),
    };
    const recent = Object.values(features).filter((f) => isObject(f) && f.workflow === 'hotfix' && now - Date.parse(f.timestamp) <= 30 * 86_400_000);
    const count = recent.length;
    const avgHours = count === 0
        ? 0
        : recent.reduce((sum, f) => sum + (f.total_duration_seconds ?? 0), 0) / count / 3600;
    const rollbacks = recent.filter((f) => f.hotfix_metrics?.rollback_triggered).length;
    const summary = isObject(base.summary) ? { ...base.summary } : {};
    const last30 = isObject(summary.last_30_days) ? { ...summary.last_30_days } : {};
    last30.hotfix = {
        count,
        avg_duration_hours: Math.round(avgHours * 1000) / 1000,
        rollback_rate: count === 0 ? 0 : Math.round((rollbacks / count) * 1000) / 1000,
    };
    summary.last_30_days = last30;
    return { ...base, features, summary };
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./lib/node/fs-files.js
var fs_files = __webpack_require__(2575);
;// CONCATENATED MODULE: ./lib/node/workspace.js
/**
 * What the faces need from a work tree: the features folder (README, "Branches, files and reports")
 * and the metrics file.
 */





/** The metrics file, relative to the repo. */
const METRICS_FILE = '.specswarm/workflow-metrics.json';
async function isDir(p) {
    try {
        return (await (0,promises_.stat)(p)).isDirectory();
    }
    catch {
        return false;
    }
}
/** Legacy `features/` folders named `NNN-*`. */
async function legacyFeatureFolders(root) {
    try {
        const entries = await (0,promises_.readdir)(external_node_path_.join(root, 'features'), { withFileTypes: true });
        return entries.filter((e) => e.isDirectory() && (0,features/* isNumberedFeature */.DD)(e.name)).map((e) => e.name);
    }
    catch {
        return [];
    }
}
/** Resolves the features folder of the repo at `root`. */
async function featuresDirOf(root, input) {
    return (0,features/* resolveFeaturesDir */.L_)(input, {
        specswarmExists: await isDir(external_node_path_.join(root, '.specswarm/features')),
        legacyHasNumbered: (await legacyFeatureFolders(root)).length > 0,
    });
}
/** Adds this run to `.specswarm/workflow-metrics.json` (other keys kept). */
async function recordMetrics(root, state, now = Date.now()) {
    const file = external_node_path_.join(root, METRICS_FILE);
    const text = await (0,fs_files/* readIfExists */.OR)(file);
    let existing;
    try {
        existing = text === undefined ? undefined : JSON.parse(text);
    }
    catch {
        throw new Error(`${METRICS_FILE} is not valid JSON; fix or move it (nothing was overwritten)`);
    }
    await (0,fs_files/* writeFileAtomic */.Zf)(file, `${JSON.stringify(updateMetrics(existing, state, now), null, 2)}\n`);
}


/***/ })

};
