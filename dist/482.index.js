export const id = 482;
export const ids = [482];
export const modules = {

/***/ 7482:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  chatOps: () => (/* binding */ chatOps),
  manualRollback: () => (/* binding */ manualRollback),
  pushLane: () => (/* binding */ pushLane),
  statusReport: () => (/* binding */ statusReport)
});

// EXTERNAL MODULE: ./lib/action/io.js + 1 modules
var io = __webpack_require__(4010);
// EXTERNAL MODULE: ./lib/core/branch.js
var core_branch = __webpack_require__(4975);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/features.js
var core_features = __webpack_require__(7844);
// EXTERNAL MODULE: ./lib/core/duration.js
var duration = __webpack_require__(8415);
// EXTERNAL MODULE: ./node_modules/mdast-util-to-string/lib/index.js
var lib = __webpack_require__(1869);
// EXTERNAL MODULE: ./lib/core/markdown.js
var markdown = __webpack_require__(8346);
;// CONCATENATED MODULE: ./lib/core/regions.js
/**
 * Where the Timeline section is, found by a fence-aware scan of the lines, so that a spec with a
 * long timeline is never parsed whole: the read-back and the Status edit parse only what comes
 * before the Timeline, and the append parses only the timeline's last item.
 */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
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
            const heading = ATX.exec(line.text);
            if (heading && (heading[2] ?? '').trim().toLowerCase() === 'timeline')
                start = line.start;
        }
        else if (ATX.test(line.text) || BREAK.test(line.text)) {
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





/** The status words of `**Status**:` (CONTRACT 5). */
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
    const target = firstText(find('target'));
    if (target && !isPlaceholder(target))
        spec.target = target;
    for (const section of find('testing strategy'))
        spec.testCommands.push(...commandsOf(section));
    const rollback = find('rollback plan').flatMap((s) => codesOf(s));
    if (rollback[0])
        spec.rollbackCommand = { command: rollback[0].value.trim(), line: rollback[0].line };
    for (const section of find('rollback trigger'))
        spec.thresholds.push(...thresholdsOf(section, file));
    return spec;
}
function firstText(sections) {
    for (const section of sections) {
        const part = section.parts.find((p) => p.kind === 'text');
        if (part && part.kind === 'text' && part.text !== '')
            return part.text;
    }
    return undefined;
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
    let result = text;
    visitLabels((0,markdown/* parseMarkdown */.Dd)(text.slice(0, timelineRegion(text)?.start ?? text.length)), (end, label) => {
        if (label.trim().toLowerCase() !== 'status')
            return false;
        const lineEnd = text.indexOf('\n', end);
        const stop = lineEnd < 0 ? text.length : lineEnd;
        // `: Active` + an optional hard break (`\\` or trailing spaces) + an optional CR.
        const [, lead = '', , tail = ''] = /^(\s*:?\s*)(.*?)(\\?[ \t]*\r?)$/s.exec(text.slice(end, stop)) ?? [];
        result = `${text.slice(0, end)}${lead === '' ? ': ' : lead}${status}${tail}${text.slice(stop)}`;
        return true;
    });
    return result;
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
        this.spec = setSpecStatus(this.spec, status);
    }
    /** Ticks a task's box. */
    tick(id) {
        this.tasks = (0,tasks/* tickTask */.vf)(this.tasks, id);
    }
    /** Notes an event for the Timeline (written at the next save). */
    note(at, text) {
        this.pending.push({ at, text });
    }
    /** Writes the spec (Status + the new Timeline lines) and the tasks. */
    async save() {
        if (!this.persist)
            return;
        this.spec = appendTimeline(this.spec, this.pending);
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
    /** A command a dry run would run: kept for the report and printed with its environment. */
    plannedCommand(label, command, env) {
        this.state.plannedCommands.push({ label, command, env });
        const vars = Object.entries(env)
            .map(([k, v]) => `${k}=${v}`)
            .join(' ');
        this.progress(`[dry-run] ${label}: ${command}\n          with ${vars}`);
    }
    /** The payload of a deployment the lane makes (CONTRACT 9). */
    payload(rollbackTarget) {
        const { hotfix } = this.input;
        return {
            hotfix: hotfix.padded,
            slug: hotfix.slug,
            spec: this.state.specPath,
            rollbackTarget,
            ...(this.settings.skipTests ? { skipTests: this.settings.skipTests } : {}),
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
            return { ok: false, detail: `timed out after ${(0,duration/* formatDuration */.a)(timeoutMs)}` };
        if (result.exitCode !== 0)
            return { ok: false, detail: `exited with ${result.exitCode ?? 'a signal'}` };
        return { ok: true, detail: `passed in ${(0,duration/* formatDuration */.a)(result.durationMs)}` };
    }
    /** Sets a deployment's status; a final one closes it. */
    async deploymentStatus(id, state, description) {
        await this.ports.store.setStatus(id, state, description, {
            environmentUrl: this.settings.environmentUrl,
            logUrl: this.input.logUrl,
        });
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
        for (const id of [...this.open]) {
            const description = cancelled
                ? 'Cancelled: the run was stopped'
                : 'The run ended with an error before this deployment finished';
            try {
                await this.deploymentStatus(id, 'error', description);
            }
            catch (error) {
                this.ports.reporter.warn(`Could not mark deployment ${id} as error: ${(0,errors/* getErrorMessage */.u1)(error)}`);
            }
        }
        if (this.state.status === 'running') {
            this.state.endedAt = this.ports.clock.now();
            this.event(cancelled ? 'Run cancelled' : 'Run ended with an error');
            // Nothing is testing, deploying or watching any more: the hotfix is open for a human.
            this.setStatus('Active');
            try {
                await this.journal.commit(`hotfix ${this.input.hotfix.padded}: run stopped`);
            }
            catch (error) {
                this.ports.reporter.warn(`Could not save ${this.state.specPath}: ${(0,errors/* getErrorMessage */.u1)(error)}`);
            }
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
        await this.journal.commit(`hotfix ${this.input.hotfix.padded}: ${status}`);
        await this.publish();
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

;// CONCATENATED MODULE: ./lib/core/environment-wait.js
/**
 * Before a deploy: the environment's rollback target, and another hotfix still deploying there,
 * which is waited for (up to deploy-timeout, with progress) and then refused by name.
 */


/**
 * Scans the environment; while another hotfix's deployment there is running (and not stale),
 * waits for it, up to deploy-timeout, with progress. Then refuses, naming it.
 */
async function waitForEnvironment(record) {
    const { clock, store } = record.ports;
    const { environment } = record.plan;
    const exclude = { hotfix: record.input.hotfix.padded, sha: record.input.sha };
    const staleAfter = record.settings.deployTimeoutMs + record.settings.monitorDurationMs + 10 * 60_000;
    const giveUpAt = clock.now() + record.settings.deployTimeoutMs;
    for (;;) {
        const scan = await store.scan(environment, exclude);
        const { active } = scan;
        if (!active)
            return scan;
        const who = `hotfix ${active.payload.hotfix || '(not a hotfix)'} (deployment ${active.id} of ${lane_record_short(active.ref)}, ${active.state}${active.description ? `: ${active.description}` : ''})`;
        if (clock.now() - Date.parse(active.createdAt) > staleAfter) {
            record.ports.reporter.warn(`${who} has been running since ${active.createdAt}: taken as stale, not waited for`);
            return scan;
        }
        if (clock.now() >= giveUpAt) {
            return {
                refused: `${who} is still deploying to ${environment} after ${(0,duration/* formatDuration */.a)(record.settings.deployTimeoutMs)}; nothing was deployed. Push again when it is done, or mark it finished.`,
            };
        }
        record.progress(`Waiting: ${who} is deploying to ${environment}`);
        await clock.sleep(Math.min(15_000, Math.max(0, giveUpAt - clock.now())), record.input.signal);
    }
}

// EXTERNAL MODULE: ./lib/core/monitor.js + 1 modules
var monitor = __webpack_require__(5566);
;// CONCATENATED MODULE: ./lib/core/plan.js
/**
 * The plan of one run: the workflow's inputs with the spec's values laid over them (CONTRACT 5:
 * the spec replaces, it does not add), checked before anything is deployed.
 */

/** The metrics the HTTP probe gives. */
const PROBE_METRICS = [
    'error_rate',
    'latency_p95_ms',
    'latency_max_ms',
    'availability',
];
/** Lays the spec over the settings and checks that every threshold has a source. */
function planLane(settings, spec, specPath) {
    const fromSpec = (line) => `${specPath}:${line}`;
    const testCommands = spec.testCommands.length > 0
        ? spec.testCommands.map((c) => ({ command: c.command, from: fromSpec(c.line) }))
        : settings.testCommands.map((command) => ({ command, from: 'input test-command' }));
    const rollbackCommand = spec.rollbackCommand
        ? { command: spec.rollbackCommand.command, from: fromSpec(spec.rollbackCommand.line) }
        : settings.rollbackCommand
            ? { command: settings.rollbackCommand, from: 'input rollback-command' }
            : settings.deployCommand
                ? { command: settings.deployCommand, from: 'input deploy-command' }
                : undefined;
    const specThresholds = spec.thresholds.length > 0;
    const plan = {
        environment: spec.target ?? settings.environment,
        testCommands,
        deployCommand: settings.deployCommand,
        rollbackCommand,
        thresholds: specThresholds ? spec.thresholds : settings.thresholds,
        thresholdsFrom: specThresholds ? { file: specPath } : { input: 'thresholds' },
    };
    checkSources(plan, settings);
    return plan;
}
function checkSources(plan, settings) {
    for (const t of plan.thresholds) {
        const where = plan.thresholdsFrom;
        if (t.promql && !settings.prometheusUrl) {
            throw (0,errors/* errorAt */.Os)(where, `threshold "${t.source}" is a PromQL query but prometheus-url is empty; set prometheus-url`);
        }
        if (t.promql || settings.monitorCommand)
            continue;
        const probeMetric = PROBE_METRICS.includes(t.metric);
        if (probeMetric && settings.probeUrls.length === 0) {
            throw (0,errors/* errorAt */.Os)(where, `threshold "${t.source}" needs the HTTP probe but probe-url is empty; set probe-url`);
        }
        if (!probeMetric) {
            throw (0,errors/* errorAt */.Os)(where, `threshold "${t.source}": no source gives "${t.metric}" (the probe gives ${PROBE_METRICS.join(', ')}); ` +
                'set monitor-command to a command that prints it, or use a PromQL query in backticks');
        }
    }
}

;// CONCATENATED MODULE: ./lib/core/rollback-ladder.js
/**
 * The rollback ladder: roll back to the target, retry once, then the maintenance command, then
 * escalation. HEAD is never redeployed in place of a missing target.
 */

/** Rolls back to `target`: retry once, then the maintenance command, then escalation. */
async function rollBack(record, target, reason) {
    const { plan, settings } = record;
    record.step('rollback', 'running', reason);
    record.event(`Rollback started: ${reason}`);
    await record.publish();
    if (!target) {
        record.step('rollback', 'failed', 'no earlier successful deployment to roll back to');
        return escalate(record, 'There is no earlier successful deployment to roll back to (HEAD is never redeployed instead).');
    }
    const deployment = await record.createDeployment({
        environment: plan.environment,
        ref: target,
        task: DEPLOY_TASK,
        payload: {
            ...record.payload(target),
            rollbackOf: record.state.deployment?.id ?? record.replaces,
        },
        description: `Rollback of hotfix ${record.input.hotfix.padded}`,
    });
    record.state.rollback = {
        id: deployment.id,
        ref: target,
        url: deployment.url,
        state: 'in_progress',
    };
    await record.deploymentStatus(deployment.id, 'in_progress', `Rolling back to ${lane_record_short(target)}`);
    let detail = 'record-only (no rollback command)';
    if (plan.rollbackCommand) {
        const env = record.rollbackEnv(target, deployment.id);
        let result = await record.command('rollback', plan.rollbackCommand.command, env, settings.deployTimeoutMs);
        if (!result.ok) {
            record.event(`Rollback failed (${result.detail}): retrying once`);
            result = await record.command('rollback (retry)', plan.rollbackCommand.command, env, settings.deployTimeoutMs);
        }
        if (!result.ok) {
            await record.deploymentStatus(deployment.id, 'failure', `Rollback failed twice: ${result.detail}`);
            record.step('rollback', 'failed', `failed twice: ${result.detail}`);
            return escalate(record, `The rollback to ${lane_record_short(target)} failed twice (${result.detail}).`);
        }
        detail = `rolled back to ${lane_record_short(target)}`;
    }
    await record.deploymentStatus(deployment.id, 'success', `Rolled back to ${lane_record_short(target)}`);
    record.step('rollback', 'passed', detail);
    record.tick('T004');
    record.setStatus('Rolled back');
    record.event(`Rolled back to ${lane_record_short(target)}`);
    return 'rolled-back';
}
/** Runs the maintenance command (if any) and calls for a human, naming who. */
async function escalate(record, why) {
    const { settings } = record;
    record.step('escalate', 'running', why);
    let detail = why;
    if (settings.maintenanceCommand) {
        record.event('Running the maintenance command');
        const result = await record.command('maintenance', settings.maintenanceCommand, record.commandEnv(record.state.rollbackTarget ?? record.input.sha), settings.deployTimeoutMs);
        detail += result.ok
            ? ' The maintenance command ran.'
            : ` The maintenance command failed too (${result.detail}).`;
    }
    const mentions = settings.escalationMentions.join(' ');
    record.state.message = `${detail} Manual intervention required${mentions ? `: ${mentions}` : ''}.`;
    record.step('escalate', 'failed', detail);
    record.setStatus('Escalated');
    record.event(`Escalated: ${detail}`);
    return 'escalated';
}

;// CONCATENATED MODULE: ./lib/core/lane.js












/** Runs the whole lane for a pushed hotfix. */
async function runLane(input) {
    const run = await LaneRun.open(input);
    return run.execute();
}
/** Rolls an environment back by hand (dispatch or `/hotfix rollback`). */
async function runManualRollback(input) {
    const run = await LaneRun.open(input);
    return run.executeManualRollback();
}
/** The steps of one run, in order; everything they record goes through the run's LaneRecord. */
class LaneRun {
    created;
    record;
    constructor(input, plan, state, specText, tasksText, created) {
        this.created = created;
        this.record = new LaneRecord(input, plan, state, specText, tasksText);
    }
    /** Reads (or renders) the spec and checks the plan: every error here comes before any write. */
    static async open(input) {
        const { files, clock } = input.ports;
        const paths = (0,core_features/* hotfixPaths */.v1)(input.featuresDir, input.hotfix.padded);
        const now = clock.now();
        const existingSpec = await files.read(paths.spec);
        const specText = existingSpec ??
            renderSpec({
                id: input.hotfix,
                title: input.settings.title,
                severity: input.settings.severity,
                summary: input.settings.summary,
                environment: input.settings.environment,
                branch: input.branch,
                createdAt: now,
                version: input.version,
            });
        const spec = readSpec(specText, paths.spec);
        const plan = planLane(input.settings, spec, paths.spec);
        const existingTasks = await files.read(paths.tasks);
        const tasksText = existingTasks ??
            (0,tasks/* renderTasks */.FW)({
                id: input.hotfix,
                createdAt: now,
                monitorDuration: (0,duration/* formatDuration */.a)(input.settings.monitorDurationMs),
                rollbackPlan: plan.rollbackCommand
                    ? `run the rollback command (${plan.rollbackCommand.from}) on the last successful deployment`
                    : 'record-only: redeploy the last successful deployment by hand',
            });
        const state = (0,core_state/* initialState */.ue)({
            hotfix: input.hotfix,
            branch: input.branch,
            sha: input.sha,
            environment: plan.environment,
            specPath: paths.spec,
            tasksPath: paths.tasks,
            title: spec.title,
            thresholds: plan.thresholds,
            startedAt: now,
            dryRun: input.settings.dryRun,
            skipTests: input.settings.skipTests,
        });
        return new LaneRun(input, plan, state, specText, tasksText, {
            spec: existingSpec === undefined,
            tasks: existingTasks === undefined,
        });
    }
    get input() {
        return this.record.input;
    }
    get plan() {
        return this.record.plan;
    }
    get state() {
        return this.record.state;
    }
    get ports() {
        return this.record.ports;
    }
    get settings() {
        return this.record.settings;
    }
    async execute() {
        try {
            return await this.lane();
        }
        finally {
            await this.record.closeOpenDeployments();
        }
    }
    async executeManualRollback() {
        if (this.created.spec)
            this.record.journal.persist = false;
        try {
            this.record.step('scaffold', 'skipped', 'manual rollback');
            this.record.step('gate', 'skipped', 'manual rollback');
            this.record.step('deploy', 'skipped', 'manual rollback');
            this.record.step('monitor', 'skipped', 'manual rollback');
            const { environment } = this.plan;
            // A manual rollback never waits for another run: it is the way out.
            const { target } = await this.ports.store.scan(environment, {
                hotfix: this.input.hotfix.padded,
                sha: this.input.sha,
            });
            this.record.replaces = (await this.ports.store.list(environment)).find((r) => r.ref === this.input.sha)?.id;
            this.state.rollbackTarget = target?.ref ?? null;
            this.record.event(`Manual rollback requested for ${this.plan.environment}`);
            if (this.settings.dryRun)
                return await this.dryRunRollback(target?.ref);
            const status = await rollBack(this.record, target?.ref, 'manual rollback requested');
            return await this.record.finish(status, status === 'rolled-back' ? 'Rolled back by hand.' : (this.state.message ?? ''));
        }
        finally {
            await this.record.closeOpenDeployments();
        }
    }
    async lane() {
        const { settings, plan } = this;
        const { hotfix } = this.input;
        this.record.progress(`Hotfix ${hotfix.padded}${hotfix.slug ? ` (${hotfix.slug})` : ''} on ${this.input.branch} at ${lane_record_short(this.input.sha)}`);
        // 1. Scaffold: create what is missing, never overwrite what exists.
        this.record.step('scaffold', 'running');
        const createdWhat = [
            this.created.spec && this.state.specPath,
            this.created.tasks && this.state.tasksPath,
        ].filter(Boolean);
        // Written now, made durable with the final state: one bookkeeping commit per run on GitHub.
        if (createdWhat.length > 0)
            await this.record.journal.save();
        this.record.step('scaffold', 'passed', createdWhat.length > 0
            ? `created ${createdWhat.join(' and ')}`
            : 'spec exists: read back, never overwritten');
        await this.record.publish();
        // 2. Gate.
        const gate = await this.gate();
        if (gate !== 'passed')
            return this.record.finish('gate-failed', gate);
        // 3. The rollback target and the baseline come from before the deploy; another hotfix
        // deploying to the same environment is waited for, then refused.
        const scan = await waitForEnvironment(this.record);
        if ('refused' in scan)
            return this.record.finish('deploy-failed', scan.refused);
        const { target } = scan;
        this.state.rollbackTarget = target?.ref ?? null;
        this.record.progress(target
            ? `Rollback target: ${lane_record_short(target.ref)} (deployment ${target.id})`
            : 'No earlier successful deployment: no rollback target');
        const source = plan.thresholds.length > 0 ? this.ports.sources(plan.thresholds) : undefined;
        let baseline;
        if (source && (0,thresholds/* needsBaseline */.ZQ)(plan.thresholds)) {
            const sample = await (0,monitor/* takeSample */.ov)(source, plan.thresholds, settings.policy, this.ports.clock, undefined, this.input.signal);
            baseline = sample.values;
            this.record.progress(`Baseline measured: ${formatValues(baseline)}`);
        }
        if (settings.dryRun)
            return this.dryRun(target?.ref);
        // 4. Deploy.
        this.record.setStatus('Deploying');
        // Each Status is written when it is set: hotfix.md says what the run is doing now.
        await this.record.journal.save();
        this.record.step('deploy', 'running');
        const deployment = await this.record.createDeployment({
            environment: plan.environment,
            ref: this.input.sha,
            task: DEPLOY_TASK,
            payload: this.record.payload(target?.ref ?? null),
            description: `Hotfix ${hotfix.padded}`,
        });
        this.state.deployment = {
            id: deployment.id,
            ref: this.input.sha,
            url: deployment.url,
            state: 'in_progress',
        };
        await this.record.deploymentStatus(deployment.id, 'in_progress', `Deploying hotfix ${hotfix.padded}`);
        this.record.event(`Deployment ${deployment.id} of ${lane_record_short(this.input.sha)} to ${plan.environment} started`);
        await this.record.publish();
        if (plan.deployCommand) {
            const result = await this.record.command('deploy', plan.deployCommand, this.record.commandEnv(this.input.sha, deployment.id), settings.deployTimeoutMs);
            if (!result.ok) {
                this.record.step('deploy', 'failed', result.detail);
                await this.record.deploymentStatus(deployment.id, 'failure', `Deploy failed: ${result.detail}`);
                this.record.event(`Deploy failed (${result.detail}): rolling back`);
                const rolled = await rollBack(this.record, target?.ref, `deploy failed: ${result.detail}`);
                const failed = `Deploy failed: ${result.detail}.`;
                // Escalated: the escalation's message (what failed, who is called) follows the cause.
                return rolled === 'rolled-back'
                    ? this.record.finish('deploy-failed', failed)
                    : this.record.finish('escalated', `${failed} ${this.state.message}`);
            }
        }
        this.record.step('deploy', 'passed', plan.deployCommand ? 'deploy command succeeded' : 'record-only (no deploy-command)');
        this.record.tick('T003');
        this.record.event(`Deployed ${lane_record_short(this.input.sha)} to ${plan.environment}`);
        // 5. Monitor.
        const outcome = await this.watch(source, baseline, deployment.id);
        if (outcome.verdict === 'pass') {
            const watched = source !== undefined;
            await this.record.deploymentStatus(deployment.id, 'success', watched
                ? `Hotfix ${hotfix.padded} healthy after ${(0,duration/* formatDuration */.a)(settings.monitorDurationMs)}`
                : `Hotfix ${hotfix.padded} deployed; nothing watched`);
            this.record.tick('T004');
            this.record.setStatus('Resolved');
            return this.record.finish('resolved', watched
                ? 'Every threshold held for the whole window.'
                : 'Deployed; nothing was watched (no probe-url, prometheus-url or monitor-command).');
        }
        if (outcome.verdict === 'inconclusive') {
            await this.record.deploymentStatus(deployment.id, 'error', 'Monitoring inconclusive: no data');
            this.record.setStatus('Active');
            return this.record.finish('breached', 'Monitoring was inconclusive (no data): a human must decide.');
        }
        const reason = outcome.reason;
        await this.record.deploymentStatus(deployment.id, 'failure', `Breached: ${reason}`);
        if (outcome.verdict === 'stop' || !settings.autoRollback) {
            this.record.setStatus('Active');
            const why = outcome.verdict === 'stop' ? 'on-monitor-error is fail' : 'auto-rollback is false';
            return this.record.finish('breached', `${reason}. Not rolled back (${why}).`);
        }
        const rolled = await rollBack(this.record, target?.ref, reason);
        return this.record.finish(rolled, rolled === 'rolled-back' ? `Rolled back: ${reason}.` : (this.state.message ?? reason));
    }
    async gate() {
        const { settings, plan } = this;
        if (settings.skipTests) {
            this.record.step('gate', 'skipped', `skipped: ${settings.skipTests}`);
            this.record.event(`Essential tests skipped: ${settings.skipTests}`);
            return 'passed';
        }
        if (plan.testCommands.length === 0) {
            this.ports.reporter.warn("No essential test: set test-command or put commands in the spec's Testing Strategy.");
            this.record.step('gate', 'skipped', 'no test command');
            return 'passed';
        }
        this.record.setStatus('Testing');
        await this.record.journal.save();
        this.record.step('gate', 'running');
        await this.record.publish();
        for (const [index, test] of plan.testCommands.entries()) {
            const result = await this.record.command(`test ${index + 1}/${plan.testCommands.length}`, test.command, this.record.commandEnv(this.input.sha), settings.testTimeoutMs);
            if (!result.ok) {
                const detail = `${test.command} (${test.from}) ${result.detail}`;
                this.record.step('gate', 'failed', detail);
                this.record.event(`Essential test failed: ${detail}`);
                this.record.setStatus('Active');
                return `Essential test failed: ${detail}. Nothing was deployed.`;
            }
        }
        this.record.step('gate', 'passed', `${plan.testCommands.length} essential test(s) passed`);
        this.record.tick('T001');
        this.record.tick('T002');
        this.record.event(`Essential tests passed (${plan.testCommands.length})`);
        return 'passed';
    }
    async watch(source, baseline, deploymentId) {
        const { settings, plan } = this;
        if (!source) {
            this.record.step('monitor', 'skipped', 'nothing to watch: no probe-url, prometheus-url or monitor-command');
            this.ports.reporter.warn('Nothing is watched after the deploy: set probe-url, prometheus-url or monitor-command.');
            return { verdict: 'pass', samples: [] };
        }
        this.record.setStatus('Monitoring');
        this.record.step('monitor', 'running');
        this.record.event(`Monitoring ${plan.thresholds.map((t) => t.source).join(', ')} for ${(0,duration/* formatDuration */.a)(settings.monitorDurationMs)}`);
        await this.record.journal.save();
        await this.record.publish();
        const outcome = await (0,monitor/* monitor */.dm)({
            thresholds: plan.thresholds,
            source,
            clock: this.ports.clock,
            durationMs: settings.monitorDurationMs,
            intervalMs: settings.monitorIntervalMs,
            initialDelayMs: settings.monitorInitialDelayMs,
            confirmSamples: settings.confirmSamples,
            confirmIntervalMs: settings.confirmIntervalMs,
            policy: settings.policy,
            baseline,
            signal: this.input.signal,
            onSample: async (sample) => {
                this.state.samples.push(sample);
                const n = this.state.samples.length;
                const kind = sample.confirmation ? 'confirmation sample' : 'sample';
                this.record.progress(`  ${kind} ${n}: ${sample.phase} - ${formatValues(sample.values)}${sample.note ? ` (${sample.note})` : ''}`);
                await this.record.deploymentStatus(deploymentId, 'in_progress', `Monitoring: ${sample.phase}, ${(0,monitor/* describeSample */.gS)(sample)}`.slice(0, 140));
                await this.record.publish();
            },
        });
        const detail = 'reason' in outcome
            ? outcome.reason
            : outcome.verdict === 'pass'
                ? `${outcome.samples.length} sample(s), every threshold held`
                : 'inconclusive: no data';
        this.record.step('monitor', outcome.verdict === 'pass' ? 'passed' : 'failed', detail);
        this.record.event(`Monitoring ended: ${detail}`);
        return outcome;
    }
    async dryRun(target) {
        const { plan } = this;
        const env = this.record.commandEnv(this.input.sha, 'dry-run');
        this.record.plannedCommand('deploy', plan.deployCommand ?? '(record-only: no deploy-command)', env);
        this.planRollback(target);
        this.record.step('deploy', 'skipped', 'dry run');
        this.record.step('monitor', 'skipped', 'dry run');
        return this.record.finish('dry-run', 'Dry run: everything read and validated; nothing deployed, nothing written.');
    }
    async dryRunRollback(target) {
        this.planRollback(target);
        return this.record.finish('dry-run', 'Dry run of a manual rollback: nothing deployed.');
    }
    /** Prints the rollback a real run would run (when there is a rollback command). */
    planRollback(target) {
        if (!this.plan.rollbackCommand)
            return;
        this.record.plannedCommand('rollback', this.plan.rollbackCommand.command, this.record.rollbackEnv(target ?? '(no rollback target)', 'dry-run'));
    }
}

// EXTERNAL MODULE: ./lib/core/report.js
var report = __webpack_require__(1565);
// EXTERNAL MODULE: ./lib/core/rollback-target.js
var rollback_target = __webpack_require__(4345);
;// CONCATENATED MODULE: ./lib/core/status-report.js
/**
 * The state of a hotfix rebuilt from its deployments' records, for `status` runs (dispatch,
 * `/hotfix status`, a PR opened) that re-render the report without running anything.
 */



/** Rebuilds a report state from the environment's records (newest first). */
function stateFromRecords(hotfix, environment, records, paths, now) {
    const mine = records.filter((r) => r.payload.hotfix === hotfix.padded);
    const deployment = mine.find((r) => r.payload.rollbackOf === undefined);
    const rollback = mine.find((r) => r.payload.rollbackOf !== undefined);
    const state = (0,core_state/* initialState */.ue)({
        hotfix,
        branch: (0,core_branch/* hotfixBranchName */.Yl)(hotfix),
        sha: deployment?.ref ?? '',
        environment,
        specPath: paths.spec,
        tasksPath: paths.tasks,
        thresholds: [],
        startedAt: deployment ? Date.parse(deployment.createdAt) : now,
        dryRun: false,
    });
    for (const step of state.steps)
        step.state = 'skipped';
    state.endedAt = now;
    if (!deployment) {
        state.status = 'skipped';
        state.message = `No deployment of hotfix ${hotfix.padded} in ${environment} yet.`;
        return state;
    }
    state.deployment = {
        id: deployment.id,
        ref: deployment.ref,
        state: deployment.state,
        url: deployment.url,
    };
    state.rollbackTarget = deployment.payload.rollbackTarget ?? null;
    (0,core_state/* stepOf */.cg)(state, 'deploy').state = (0,rollback_target/* isActiveState */.aq)(deployment.state)
        ? 'running'
        : deployment.state === 'error'
            ? 'failed'
            : 'passed';
    if (rollback) {
        state.rollback = { id: rollback.id, ref: rollback.ref, state: rollback.state };
        (0,core_state/* stepOf */.cg)(state, 'rollback').state =
            rollback.state === 'success' ? 'passed' : rollback.state === 'failure' ? 'failed' : 'running';
    }
    if (rollback && (0,rollback_target/* isActiveState */.aq)(rollback.state))
        state.status = 'running';
    else if (rollback?.state === 'success')
        state.status = 'rolled-back';
    else if (rollback?.state === 'failure')
        state.status = 'escalated';
    else if (deployment.state === 'success')
        state.status = 'resolved';
    else if (deployment.state === 'failure' || deployment.state === 'error')
        state.status = 'breached';
    else
        state.status = 'running';
    state.message = `From the deployment records: deployment ${deployment.id} is ${deployment.state ?? 'created'}${deployment.description ? ` (${deployment.description})` : ''}.`;
    return state;
}

// EXTERNAL MODULE: ./lib/github/comments.js
var comments = __webpack_require__(8325);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/local/fs-files.js
var fs_files = __webpack_require__(2186);
// EXTERNAL MODULE: ./lib/action/events.js
var events = __webpack_require__(853);
// EXTERNAL MODULE: ./lib/github/octokit.js
var octokit = __webpack_require__(1282);
;// CONCATENATED MODULE: ./lib/github/commits.js
/**
 * The hotfix's files, committed to the hotfix branch through the Git Data API: a blob-less tree
 * on top of the branch's head, a commit whose parent is that head, and a ref update without
 * force. A head that moved (a human pushed) is re-read: a file the human changed keeps the
 * human's version (our change to it is dropped with a warning), the rest is retried on top.
 */




/** SpecFiles over the Git Data API. */
class ApiSpecFiles {
    options;
    /** What each path holds at `head` (undefined: absent), as far as we know. */
    base = new Map();
    pending = new Map();
    /** Files a human changed while we worked: theirs from now on, never written again. */
    humanOwned = new Set();
    head;
    headTree;
    /** Commits made by this run. */
    commits = [];
    constructor(options) {
        this.options = options;
        this.head = options.head;
        this.headTree = options.headTree;
    }
    async read(file) {
        if (this.pending.has(file))
            return this.pending.get(file);
        if (this.base.has(file))
            return this.base.get(file);
        let text = this.options.readRemote
            ? undefined
            : await (0,fs_files/* readIfExists */.OR)(external_node_path_.join(this.options.workspace, file));
        // Not in the checkout: a re-run of an older push may find it on the branch's newer head.
        if (text === undefined &&
            (this.options.readRemote || (this.options.mayHaveMoved && (await this.branchMoved())))) {
            text = await this.contentAt(file, this.head);
        }
        this.base.set(file, text);
        return text;
    }
    moved;
    /** Whether the branch's head is past the checkout (looked up once); moves `head` there. */
    branchMoved() {
        this.moved ??= (async () => {
            const { gh, repo, branch } = this.options;
            const { data } = await gh.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
                ...repo,
                ref: `heads/${branch}`,
            });
            if (data.object.sha === this.head)
                return false;
            this.head = data.object.sha;
            this.headTree = undefined;
            return true;
        })();
        return this.moved;
    }
    async write(file, content) {
        if (this.humanOwned.has(file))
            return;
        if (!this.base.has(file))
            await this.read(file);
        this.pending.set(file, content);
        if (!this.options.readRemote)
            await (0,fs_files/* writeFileAtomic */.Zf)(external_node_path_.join(this.options.workspace, file), content);
    }
    async flush(message) {
        const { gh, repo, branch, warn } = this.options;
        const changes = () => [...this.pending].filter(([file, content]) => this.base.get(file) !== content);
        const tries = this.options.tries ?? 3;
        for (let attempt = 1; changes().length > 0; attempt += 1) {
            if (attempt > tries) {
                warn(`could not commit ${changes()
                    .map(([f]) => f)
                    .join(', ')} to ${branch} after ${tries} tries (the branch keeps moving); the files are in the job's workspace and the report`);
                return;
            }
            const tree = this.headTree ?? (await this.treeOf(this.head));
            const { data: newTree } = await gh.request('POST /repos/{owner}/{repo}/git/trees', {
                ...repo,
                base_tree: tree,
                tree: changes().map(([file, content]) => ({
                    path: file,
                    mode: '100644',
                    type: 'blob',
                    content,
                })),
            });
            const { data: commit } = await gh.request('POST /repos/{owner}/{repo}/git/commits', {
                ...repo,
                message: `${message}\n\n${events/* BOOKKEEPING_TRAILER */.ns}`,
                tree: newTree.sha,
                parents: [this.head],
            });
            try {
                await gh.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
                    ...repo,
                    ref: `heads/${branch}`,
                    sha: commit.sha,
                    force: false,
                });
            }
            catch (error) {
                if ((0,octokit/* statusOf */.c)(error) !== 422)
                    throw error;
                await this.rebase();
                continue;
            }
            this.commits.push(commit.sha);
            this.head = commit.sha;
            this.headTree = newTree.sha;
            for (const [file, content] of changes())
                this.base.set(file, content);
            this.pending.clear();
        }
        this.pending.clear();
    }
    /** The branch moved: take its new head; a file changed there keeps its new version. */
    async rebase() {
        const { gh, repo, branch, warn } = this.options;
        const { data: ref } = await gh.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
            ...repo,
            ref: `heads/${branch}`,
        });
        this.head = ref.object.sha;
        this.headTree = undefined;
        for (const file of [...this.pending.keys()]) {
            const remote = await this.contentAt(file, this.head);
            if (remote !== this.base.get(file)) {
                warn(`${file} was changed on ${branch} while the action worked: your version is kept, the action's update of it is dropped (see the report)`);
                this.pending.delete(file);
                this.humanOwned.add(file);
                this.base.set(file, remote);
            }
        }
    }
    async treeOf(commitSha) {
        const { gh, repo } = this.options;
        const { data } = await gh.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
            ...repo,
            commit_sha: commitSha,
        });
        return data.tree.sha;
    }
    async contentAt(file, ref) {
        const { gh, repo } = this.options;
        try {
            const { data } = await gh.request('GET /repos/{owner}/{repo}/contents/{path}', {
                ...repo,
                path: file,
                ref,
            });
            if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
                return undefined;
            return Buffer.from(data.content, 'base64').toString('utf8');
        }
        catch (error) {
            if ((0,octokit/* statusOf */.c)(error) === 404)
                return undefined;
            throw error;
        }
    }
}

;// CONCATENATED MODULE: ./lib/github/permissions.js
/**
 * Who may run `/hotfix` commands: collaborators with write, maintain or admin permission.
 */

/** Whether `username` has write, maintain or admin permission on the repository. */
async function canOperate(gh, repo, username) {
    try {
        const { data } = await gh.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
            ...repo,
            username,
        });
        const role = data.role_name ?? '';
        return (data.permission === 'admin' ||
            data.permission === 'write' ||
            ['admin', 'maintain', 'write'].includes(role));
    }
    catch (error) {
        if ((0,octokit/* statusOf */.c)(error) === 404)
            return false;
        throw error;
    }
}

// EXTERNAL MODULE: ./lib/local/workspace.js + 1 modules
var workspace = __webpack_require__(3520);
;// CONCATENATED MODULE: ./lib/action/operations.js
/**
 * What each route does: the push lane, a manual rollback, a status report, chat-ops.
 */















/** The push lane. */
async function pushLane(session, route) {
    const { ctx, settings, gh } = session;
    const pr = await (0,comments/* findPullRequest */._f)(gh, ctx.repo, route.branch);
    // Title and summary: the PR's, else the head commit's (CONTRACT 5).
    const withText = {
        ...settings,
        title: settings.title ?? pr?.title ?? route.title,
        summary: settings.summary ?? (pr?.body || route.summary),
    };
    const files = settings.dryRun
        ? (0,fs_files/* fsSpecFiles */.iE)(ctx.workspace)
        : new ApiSpecFiles({
            gh,
            repo: ctx.repo,
            branch: route.branch,
            workspace: ctx.workspace,
            head: route.sha,
            headTree: await session.localTree(route.sha),
            // A first attempt runs on the push it was made for; a re-run may find the branch moved on.
            mayHaveMoved: ctx.runAttempt !== '1',
            warn: (m) => io/* warning */.$e(m),
        });
    const { input, reporter } = await session.laneInput(route.hotfix, route.branch, route.sha, files, pr?.number, withText);
    return finished(session, reporter, () => runLane(input));
}
/** Runs a lane, closes its log group, then writes outputs, summary, metrics and follow-ups. */
async function finished(session, reporter, lane) {
    let result;
    try {
        result = await lane();
    }
    finally {
        // The log group ends before the summary and follow-ups are written, and on any error.
        reporter.close();
    }
    await session.finish(result.state);
    return result;
}
/** A manual rollback (dispatch or `/hotfix rollback`). */
async function manualRollback(session, named) {
    const { ctx, settings, gh } = session;
    const store = session.store();
    const subject = (0,rollback_target/* rollbackSubject */.xD)(await store.list(settings.environment), named?.padded);
    if (!subject) {
        throw new errors/* InputError */.dz('hotfix', named
            ? `no deployment of hotfix ${named.padded} in ${settings.environment}`
            : `no successful deployment in ${settings.environment} to roll back`);
    }
    const hotfix = named ??
        (0,core_branch/* parseHotfixNumber */.rs)(String(subject.payload.hotfix ?? '')) ?? {
        number: 0,
        padded: '000',
        slug: '',
    };
    hotfix.slug = String(subject.payload.slug ?? hotfix.slug);
    const branch = (0,core_branch/* hotfixBranchName */.Yl)(hotfix);
    const files = await branchFiles(session, branch);
    const pr = await (0,comments/* findPullRequest */._f)(gh, ctx.repo, branch);
    const { input, reporter } = await session.laneInput(hotfix, branch, subject.ref, files, pr?.number);
    return finished(session, reporter, () => runManualRollback(input));
}
/** The hotfix branch's files through the API, or nothing to write when the branch is gone. */
async function branchFiles(session, branch) {
    const { gh, ctx } = session;
    try {
        const { data } = await gh.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
            ...ctx.repo,
            ref: `heads/${branch}`,
        });
        return new ApiSpecFiles({
            gh,
            repo: ctx.repo,
            branch,
            workspace: ctx.workspace,
            head: data.object.sha,
            readRemote: true,
            warn: (m) => io/* warning */.$e(m),
        });
    }
    catch (error) {
        if ((0,octokit/* statusOf */.c)(error) !== 404)
            throw error;
        io/* notice */.lm(`${branch} no longer exists: the rollback is recorded in the deployments and the report, not in hotfix.md`);
        return { read: async () => undefined, write: async () => { }, flush: async () => { } };
    }
}
/** Re-renders a hotfix's report from its deployments' records. */
async function statusReport(session, named, pr) {
    const { ctx, settings } = session;
    const records = await session.store().list(settings.environment);
    const hotfix = named ?? (0,core_branch/* parseHotfixNumber */.rs)(String((0,rollback_target/* rollbackSubject */.xD)(records, undefined)?.payload.hotfix ?? ''));
    if (!hotfix) {
        io/* notice */.lm(`no hotfix deployment in ${settings.environment}: nothing to report`);
        io/* setOutput */.uH('status', 'skipped');
        return;
    }
    const features = await (0,workspace/* featuresDirOf */.QJ)(ctx.workspace, settings.featuresDir);
    const paths = (0,core_features/* hotfixPaths */.v1)(features.dir, hotfix.padded);
    const state = stateFromRecords(hotfix, settings.environment, records, paths, Date.now());
    const comment = await session.comment(hotfix, pr ?? (await (0,comments/* findPullRequest */._f)(session.gh, ctx.repo, state.branch))?.number)();
    if (comment)
        await comment.upsert((0,report/* renderReport */.B)(state));
    io/* appendSummary */.fe((0,report/* renderReport */.B)(state));
    io/* setOutput */.uH('hotfix-number', hotfix.padded);
    io/* setOutput */.uH('status', state.status);
    io/* setOutput */.uH('deployment-id', state.deployment ? String(state.deployment.id) : '');
}
/** `/hotfix rollback|status` on a PR: only for write, maintain or admin. */
async function chatOps(session, route) {
    const { gh, ctx } = session;
    if (!(await canOperate(gh, ctx.repo, route.user))) {
        const marker = `<!-- hotfix-action:refusal:${route.commentId} -->`;
        const text = `Sorry @${(0,markdown/* escapeInline */.VV)(route.user)}, \`/hotfix ${route.operation}\` needs write, maintain or admin permission ` +
            'on this repository. Nothing was run; ask a maintainer to run it.';
        await (0,comments/* replyOnce */.iv)(gh, ctx.repo, route.pr, marker, await session.ownLogin(), text);
        io/* notice */.lm(`/hotfix ${route.operation} by ${route.user} refused: no write permission`);
        io/* setOutput */.uH('status', 'skipped');
        return undefined;
    }
    const pr = await (0,comments/* getPullRequest */.T9)(gh, ctx.repo, route.pr);
    const parsed = (0,core_branch/* parseHotfixBranch */.yz)(pr.headRef);
    if (!parsed.ok) {
        io/* notice */.lm(`/hotfix ${route.operation}: ${parsed.reason}`);
        io/* setOutput */.uH('status', 'skipped');
        return undefined;
    }
    if (route.operation === 'status') {
        await statusReport(session, parsed.id, route.pr);
        return undefined;
    }
    return manualRollback(session, parsed.id);
}


/***/ })

};
