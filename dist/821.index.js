export const id = 821;
export const ids = [821];
export const modules = {

/***/ 2821:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  chatOps: () => (/* binding */ chatOps),
  manualRollback: () => (/* binding */ manualRollback),
  pushLane: () => (/* binding */ pushLane),
  statusReport: () => (/* binding */ statusReport)
});

// EXTERNAL MODULE: ./lib/node_modules/@actions/core/lib/core.js + 4 modules
var core = __webpack_require__(611);
// EXTERNAL MODULE: ./lib/action/io.js
var io = __webpack_require__(9308);
// EXTERNAL MODULE: ./lib/core/branch.js
var core_branch = __webpack_require__(4975);
// EXTERNAL MODULE: ./lib/core/rollback-target.js
var rollback_target = __webpack_require__(4345);
// EXTERNAL MODULE: ./lib/core/state.js
var core_state = __webpack_require__(4734);
;// CONCATENATED MODULE: ./lib/core/manual-subject.js
/**
 * The subject of a manual rollback (README, "Trust boundaries"): which deployment, which
 * environment, which hotfix and which branch. Read from the deployment records, whatever the
 * `environment` input says, and never from a name rebuilt from the number when the record (or
 * the PR) has the real one. Shared by the Action and the CLI.
 */



const SLUG = /^[a-z0-9._-]{1,100}$/;
/**
 * Picks the subject from `records`: the newest deployment of `named` in any environment, else
 * the newest successful deployment of `environment`. `branch` is the real branch when known
 * (a chat-ops PR's head). Every value taken from a record is re-validated: a record is data that
 * anyone who can create a deployment may have written.
 */
function manualRollbackSubject(records, named, environment, branch) {
    const pool = named ? records : records.filter((r) => (0,core_state/* sameEnvironment */.iE)(r.environment, environment));
    const record = (0,rollback_target/* rollbackSubject */.xD)(pool, named?.padded);
    if (!record)
        return undefined;
    const refused = [];
    const hotfix = named
        ? { ...named }
        : ((0,core_branch/* parseHotfixNumber */.rs)(String(record.payload.hotfix ?? '')) ?? {
            number: 0,
            padded: '000',
            slug: '',
        });
    const slug = record.payload.slug;
    if (typeof slug === 'string' && slug !== '') {
        if (SLUG.test(slug))
            hotfix.slug = slug;
        else
            refused.push(`slug ${JSON.stringify(slug.slice(0, 60))}`);
    }
    return {
        record,
        environment: record.environment,
        hotfix,
        branch: branch ?? recordedBranch(record, hotfix, refused) ?? (0,core_branch/* hotfixBranchName */.Yl)(hotfix),
        refused,
    };
}
/** The branch a deployment's payload names, when it is a hotfix branch of the same number. */
function recordedBranch(record, hotfix, refused) {
    const branch = record.payload.branch;
    if (typeof branch !== 'string' || branch === '')
        return undefined;
    const parsed = (0,core_branch/* parseHotfixBranch */.yz)(branch);
    if (parsed.ok && parsed.id.number === hotfix.number)
        return branch;
    refused.push(`branch ${JSON.stringify(branch.slice(0, 60))}`);
    return undefined;
}

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/features.js
var core_features = __webpack_require__(7844);
// EXTERNAL MODULE: ./lib/core/deadline.js
var deadline = __webpack_require__(1923);
// EXTERNAL MODULE: ./lib/core/duration.js
var duration = __webpack_require__(8415);
// EXTERNAL MODULE: ./lib/core/lane-record.js + 2 modules
var lane_record = __webpack_require__(9518);
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
        const who = `hotfix ${active.payload.hotfix || '(not a hotfix)'} (deployment ${active.id} of ${(0,lane_record/* short */.h0)(active.ref)}, ${active.state}${active.description ? `: ${active.description}` : ''})`;
        if (clock.now() - Date.parse(active.createdAt) > staleAfter) {
            record.ports.reporter.warn(`${who} has been running since ${active.createdAt}: taken as stale, not waited for`);
            return scan;
        }
        if (clock.now() >= giveUpAt) {
            return {
                refused: `${who} is still deploying to ${environment} after ${(0,duration/* formatDuration */.a3)(record.settings.deployTimeoutMs)}; nothing was deployed. Push again when it is done, or mark it finished.`,
            };
        }
        record.progress(`Waiting: ${who} is deploying to ${environment}`);
        await clock.sleep(Math.min(15_000, Math.max(0, giveUpAt - clock.now())), record.input.signal);
    }
}

// EXTERNAL MODULE: ./lib/core/monitor.js + 1 modules
var monitor = __webpack_require__(5566);
;// CONCATENATED MODULE: ./lib/core/status-report.js
/**
 * The state of a hotfix rebuilt from its deployments' records, for `status` runs (dispatch,
 * `/hotfix status`, a PR opened) that re-render the report without running anything.
 */



/** Rebuilds a report state from the environment's records (newest first); `branch` as recorded. */
function stateFromRecords(hotfix, environment, records, paths, now, branch = (0,core_branch/* hotfixBranchName */.Yl)(hotfix)) {
    const mine = records.filter((r) => r.payload.hotfix === hotfix.padded);
    const deployment = mine.find((r) => r.payload.rollbackOf === undefined);
    const rollback = mine.find((r) => r.payload.rollbackOf !== undefined);
    const state = (0,core_state/* initialState */.ue)({
        hotfix,
        branch,
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
    state.status = recordedStatus(deployment, rollback);
    state.message = `From the deployment records: deployment ${deployment.id} is ${deployment.state ?? 'created'}${deployment.description ? ` (${deployment.description})` : ''}.`;
    return state;
}
/**
 * The status a hotfix's records say it has in one environment: its newest deployment's latest
 * state, and the rollback of it, if any.
 */
function recordedStatus(deployment, rollback) {
    if (rollback && (0,rollback_target/* isActiveState */.aq)(rollback.state))
        return 'running';
    if (rollback?.state === 'success')
        return 'rolled-back';
    if (rollback?.state === 'failure')
        return 'escalated';
    if (deployment.state === 'success')
        return 'resolved';
    if (deployment.state === 'error' && deployment.description?.startsWith(core_state/* INCONCLUSIVE_STATUS */.uU))
        return 'inconclusive';
    if (deployment.state === 'failure' || deployment.state === 'error')
        return 'breached';
    return 'running';
}

;// CONCATENATED MODULE: ./lib/core/environments.js



/**
 * Whether a deployment's environment is among those asked for: any when `which` is undefined,
 * one name, or a list of them.
 */
function isInEnvironments(environment, which) {
    if (which === undefined)
        return true;
    return (typeof which === 'string' ? [which] : which).some((name) => sameEnvironment(name, environment));
}
/** The hotfix's own deployments (not rollbacks) in `environment`, newest first. */
function deploymentsIn(records, hotfix, environment) {
    return records.filter((r) => (0,core_state/* sameEnvironment */.iE)(r.environment, environment) &&
        r.payload.hotfix === hotfix.padded &&
        r.payload.rollbackOf === undefined);
}
/**
 * Every environment the hotfix has reached, from deployment records (newest first, any
 * environments): in `order` when given (those not reached included, without a status), else in
 * the order the hotfix first reached them.
 */
function environmentsReached(records, hotfix, order) {
    const names = order ??
        [...records]
            .reverse()
            .filter((r) => r.payload.hotfix === hotfix.padded)
            .map((r) => r.environment)
            .filter((name, i, all) => all.findIndex((n) => (0,core_state/* sameEnvironment */.iE)(n, name)) === i);
    return names.map((environment) => {
        const [deployment] = deploymentsIn(records, hotfix, environment);
        if (!deployment)
            return { environment };
        const rollback = records.find((r) => (0,core_state/* sameEnvironment */.iE)(r.environment, environment) && (0,rollback_target/* rollsBack */.cL)(r, deployment.id));
        return {
            environment,
            status: recordedStatus(deployment, rollback),
            ref: deployment.ref,
        };
    });
}
/**
 * Why `sha` may not go to the environment after `before` yet: `before` has no `success`
 * deployment of this hotfix at this SHA. `undefined` when it has one.
 */
function notHeldBefore(records, hotfix, sha, before) {
    const mine = deploymentsIn(records, hotfix, before);
    if (mine.some((r) => r.ref === sha && r.state === 'success'))
        return undefined;
    const atSha = mine.find((r) => r.ref === sha);
    const short = sha.slice(0, 7);
    if (atSha)
        return `${before} has not held ${short}: its deployment ${atSha.id} of it is ${atSha.state ?? 'created'}, not success`;
    if (mine[0])
        return `${before} has not held ${short}: hotfix ${hotfix.padded} was deployed there at ${mine[0].ref.slice(0, 7)}, not at ${short}`;
    return `${before} has not held ${short}: hotfix ${hotfix.padded} has no deployment there`;
}

;// CONCATENATED MODULE: ./lib/core/plan.js
/**
 * The plan of one run: the workflow's inputs with the spec's values laid over them (README, "The
 * spec is executable": the spec replaces, it does not add), checked before anything is deployed.
 */


/** The metrics the HTTP probe gives. */
const PROBE_METRICS = [
    'error_rate',
    'latency_p95_ms',
    'latency_max_ms',
    'availability',
];
/** Lays the spec over the settings and checks that every threshold has a source. */
function planLane(settings, spec, specPath, context = 'branch') {
    const fromSpec = (line) => `${specPath}:${line}`;
    const trusted = context === 'branch';
    const testCommands = trusted && spec.testCommands.length > 0
        ? spec.testCommands.map((c) => ({ command: c.command, from: fromSpec(c.line) }))
        : settings.testCommands.map((command) => ({ command, from: 'input test-command' }));
    const rollbackCommand = trusted && spec.rollbackCommand
        ? { command: spec.rollbackCommand.command, from: fromSpec(spec.rollbackCommand.line) }
        : settings.rollbackCommand
            ? { command: settings.rollbackCommand, from: 'input rollback-command' }
            : settings.deployCommand
                ? { command: settings.deployCommand, from: 'input deploy-command' }
                : undefined;
    const specThresholds = spec.thresholds.length > 0;
    const plan = {
        environment: (trusted ? spec.target : undefined) ?? settings.environment,
        testCommands,
        deployCommand: settings.deployCommand,
        rollbackCommand,
        thresholds: specThresholds ? spec.thresholds : settings.thresholds,
        thresholdsFrom: specThresholds ? { file: specPath } : { input: 'thresholds' },
    };
    if (!trusted && spec.rollbackCommand)
        plan.ignoredSpecRollback = {
            command: spec.rollbackCommand.command,
            from: fromSpec(spec.rollbackCommand.line),
        };
    if (trusted && spec.targets)
        inOrder(plan, spec.targets, fromSpec(spec.targets.line));
    checkSources(plan, settings);
    return plan;
}
/**
 * A Target list (README, "Environments in order"): the `environment` input picks this run's
 * environment from it (spelt as the spec spells it), and must be in it.
 */
function inOrder(plan, targets, from) {
    const { names } = targets;
    const index = names.findIndex((n) => (0,core_state/* sameEnvironment */.iE)(n, plan.environment));
    plan.order = { names, from };
    if (index < 0) {
        plan.refused = `${from}: the environment input is ${(0,errors/* quote */.hD)(plan.environment)}, which the spec's Target (${names.join(', ')}) does not name. Set the job's environment input to one of them (usually the job's own environment:), or add it to Target in its place in the order`;
        return;
    }
    plan.environment = names[index];
    if (index > 0)
        plan.order.before = names[index - 1];
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

/**
 * Rolls back to `target`: retry once, then the maintenance command, then escalation. The
 * rollback command is the first thing that happens (README, "The rollback never waits on
 * GitHub"): the rollback's deployment record, its statuses and the report are written beside
 * it, and their failures are warnings. The command's `HOTFIX_DEPLOYMENT_ID` is the deployment
 * it rolls back, known before any request.
 */
async function rollBack(record, target, reason, verify) {
    const { plan, settings } = record;
    record.step('rollback', 'running', reason);
    record.event(`Rollback started: ${reason}`);
    const published = record.beside(record.publish(), 'update the report');
    if (!target) {
        await published;
        record.step('rollback', 'failed', 'no earlier successful deployment to roll back to');
        return escalate(record, 'There is no earlier successful deployment to roll back to (HEAD is never redeployed instead).');
    }
    const rollbackOf = record.state.deployment?.id ?? record.replaces;
    const recorded = record.beside((async () => {
        const deployment = await record.createDeployment({
            environment: plan.environment,
            ref: target,
            task: lane_record/* DEPLOY_TASK */.so,
            payload: { ...record.payload(target), rollbackOf },
            description: `Rollback of hotfix ${record.input.hotfix.padded}`,
        });
        record.state.rollback = {
            id: deployment.id,
            ref: target,
            url: deployment.url,
            state: 'in_progress',
        };
        await record.deploymentStatus(deployment.id, 'in_progress', `Rolling back to ${(0,lane_record/* short */.h0)(target)}`);
        return deployment;
    })(), 'record the rollback deployment');
    /** The rollback deployment's final status, once its record exists. */
    const settle = async (state, description) => {
        await published;
        const deployment = await recorded;
        if (deployment)
            await record.beside(record.deploymentStatus(deployment.id, state, description), `set the rollback deployment ${deployment.id} to ${state}`);
    };
    let detail = 'record-only (no rollback command)';
    if (plan.rollbackCommand) {
        const env = record.rollbackEnv(target, rollbackOf ?? '');
        let result = await record.command('rollback', plan.rollbackCommand.command, env, settings.deployTimeoutMs);
        if (!result.ok) {
            record.event(`Rollback failed (${result.detail}): retrying once`);
            result = await record.command('rollback (retry)', plan.rollbackCommand.command, env, settings.deployTimeoutMs);
        }
        if (!result.ok) {
            await settle('failure', `Rollback failed twice: ${result.detail}`);
            record.step('rollback', 'failed', `failed twice: ${result.detail}`);
            return escalate(record, `The rollback to ${(0,lane_record/* short */.h0)(target)} failed twice (${result.detail}).`);
        }
        detail = `rolled back to ${(0,lane_record/* short */.h0)(target)}`;
    }
    // A rollback is verified (README, "After a rollback"): the restored service is sampled against
    // the same thresholds before the rollback counts as done.
    const still = await verify?.();
    if (still) {
        await settle('failure', `Service still breaching after rollback: ${still}`.slice(0, 140));
        record.step('rollback', 'failed', `service still breaching after rollback: ${still}`);
        return escalate(record, `The rollback to ${(0,lane_record/* short */.h0)(target)} did not restore the service: still breaching after rollback (${still}).`);
    }
    await settle('success', `Rolled back to ${(0,lane_record/* short */.h0)(target)}`);
    record.step('rollback', 'passed', detail);
    record.tick('T004');
    record.setStatus('Rolled back');
    record.event(`Rolled back to ${(0,lane_record/* short */.h0)(target)}`);
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

// EXTERNAL MODULE: ./lib/core/spec.js + 1 modules
var core_spec = __webpack_require__(3859);
// EXTERNAL MODULE: ./lib/core/tasks.js
var tasks = __webpack_require__(973);
// EXTERNAL MODULE: ./lib/core/thresholds.js
var thresholds = __webpack_require__(639);
;// CONCATENATED MODULE: ./lib/core/lane.js
/**
 * The lane: scaffold -> gate -> deploy -> monitor -> resolved | rollback -> rolled-back |
 * retry -> maintenance -> escalated. It calls only the ports; it never knows where it runs.
 */
















/** Runs the whole lane for a pushed hotfix. */
async function runLane(input) {
    const run = await LaneRun.open(input);
    return run.execute();
}
/**
 * How long (real milliseconds) a sample waits for the answer to "was this deployment rolled back
 * by hand?"; a later answer counts at the next sample.
 */
const HAND_CHECK_WAIT_MS = 250;
/** Rolls an environment back by hand (dispatch or `/hotfix rollback`). */
async function runManualRollback(input) {
    const run = await LaneRun.open(input, true);
    return run.executeManualRollback();
}
/**
 * When an existing hotfix was created, from its `**Created**:` line (README, "The clock"). A line
 * that is not a time, or a time after now, is a warning naming file and line, and the clock runs
 * from this run's start.
 */
function createdOf(text, file, input, now) {
    const created = (0,core_spec/* readCreated */.$6)(text);
    if (created === undefined)
        return now;
    if (created.at !== undefined && created.at <= now + 60_000)
        return created.at;
    const what = created.at === undefined ? `"${created.found}"` : `${created.found}, after now`;
    input.ports.reporter.warn(`${file}:${created.line}: **Created** is ${what}; expected the time the hotfix was created, such as 2026-11-25 03:00 UTC. The time to resolution counts from this run's start`);
    return now;
}
/** The steps of one run, in order; everything they record goes through the run's LaneRecord. */
class LaneRun {
    created;
    record;
    /** The last "rolled back by hand?" question to the store, and its answer. */
    handCheck;
    constructor(input, plan, state, specText, tasksText, created) {
        this.created = created;
        this.record = new lane_record/* LaneRecord */.MQ(input, plan, state, specText, tasksText);
    }
    /** Reads (or renders) the spec and checks the plan: every error here comes before any write. */
    static async open(input, manual = false) {
        const { files, clock } = input.ports;
        const paths = (0,core_features/* hotfixPaths */.v1)(input.featuresDir, input.hotfix.padded);
        const now = clock.now();
        const existingSpec = await files.read(paths.spec);
        const specText = existingSpec ??
            (0,core_spec/* renderSpec */.UE)({
                id: input.hotfix,
                title: input.settings.title,
                severity: input.settings.severity,
                summary: input.settings.summary,
                environment: input.settings.environment,
                branch: input.branch,
                createdAt: now,
                version: input.version,
            });
        const spec = (0,core_spec/* readSpec */.Ot)(specText, paths.spec);
        const createdAt = existingSpec === undefined ? now : createdOf(existingSpec, paths.spec, input, now);
        const plan = planLane(input.settings, spec, paths.spec, input.context);
        // A manual rollback acts where the records say (its caller sets the environment from them).
        if (manual)
            plan.environment = input.settings.environment;
        const existingTasks = await files.read(paths.tasks);
        const tasksText = existingTasks ??
            (0,tasks/* renderTasks */.FW)({
                id: input.hotfix,
                createdAt: now,
                monitorDuration: (0,duration/* formatDuration */.a3)(input.settings.monitorDurationMs),
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
            createdAt,
            resolutionTargetMs: input.settings.resolutionTargetMs,
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
            const { target, note } = await this.ports.store.scan(environment, {
                hotfix: this.input.hotfix.padded,
                sha: this.input.sha,
            });
            if (note)
                this.ports.reporter.warn(`Rollback target: ${note}`);
            this.record.replaces = (await this.ports.store.list(environment)).find((r) => r.ref === this.input.sha)?.id;
            this.state.rollbackTarget = target?.ref ?? null;
            this.record.event(`Manual rollback requested for ${this.plan.environment}`);
            const ignored = this.plan.ignoredSpecRollback;
            if (ignored)
                this.record.event(`The spec's Rollback Plan (${ignored.from}) was not run: a manual rollback runs with the default branch's secrets, so it runs ${this.plan.rollbackCommand ? `the workflow's ${this.plan.rollbackCommand.from}` : 'no command (record-only)'}, never a command read from a branch`);
            if (this.settings.dryRun)
                return await this.dryRunRollback(target?.ref);
            const status = await rollBack(this.record, target?.ref, 'manual rollback requested', this.rollbackCheck(this.sourceFor(target?.ref ?? ''), undefined));
            return await this.record.finish(status, [
                status === 'rolled-back' ? 'Rolled back by hand.' : (this.state.message ?? ''),
                ignored
                    ? `The spec's Rollback Plan (${ignored.from}) was not run: it is read from the hotfix branch, and a dispatch or chat-ops run executes with the default branch's secrets.`
                    : '',
            ]
                .filter(Boolean)
                .join(' '));
        }
        finally {
            await this.record.closeOpenDeployments();
        }
    }
    async lane() {
        const { settings, plan } = this;
        const { hotfix } = this.input;
        this.record.progress(`Hotfix ${hotfix.padded}${hotfix.slug ? ` (${hotfix.slug})` : ''} on ${this.input.branch} at ${(0,lane_record/* short */.h0)(this.input.sha)}`);
        // An environment outside the Target list: nothing runs (README, "Environments in order").
        if (plan.refused) {
            this.record.event(`Blocked: ${plan.refused}`);
            return this.record.finish('blocked', `Nothing ran: ${plan.refused}.`);
        }
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
        // Environments in order: a later environment takes only what the one before it has held.
        const why = plan.order ? await this.environmentOrder(plan.order) : undefined;
        if (why) {
            if (settings.dryRun)
                this.record.event(`A real run would be blocked: ${why}`);
            else {
                this.record.event(`Blocked: ${why}; nothing deployed`);
                return this.record.finish('blocked', `Nothing deployed: ${why}. Deploy it to ${plan.order.before} first (its job in the promotion workflow) and let that run resolve, then run this one again.`);
            }
        }
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
        if (scan.note)
            this.ports.reporter.warn(`Rollback target: ${scan.note}`);
        this.record.progress(target
            ? `Rollback target: ${(0,lane_record/* short */.h0)(target.ref)} (deployment ${target.id})`
            : 'No earlier successful deployment: no rollback target');
        // Whether the hotfix keeps what runs is asked beside the baseline sample.
        const relation = !target
            ? Promise.resolve(undefined)
            : target.ref === this.input.sha || scan.ancestors?.has(target.ref)
                ? Promise.resolve('ahead')
                : this.relationTo(target.ref);
        const source = this.sourceFor(this.input.sha);
        let baseline;
        if (source && (0,thresholds/* needsBaseline */.ZQ)(plan.thresholds)) {
            const sample = await (0,monitor/* takeSample */.ov)(source, plan.thresholds, settings.policy, this.ports.clock, undefined, this.input.signal);
            baseline = sample.values;
            this.record.progress(`Baseline measured: ${(0,lane_record/* formatValues */.KU)(baseline)}`);
        }
        // Never roll production back by accident (README): a hotfix behind or diverged from what
        // runs would take away what shipped since its branch was cut.
        const stands = await relation;
        const diverged = target && (stands === 'behind' || stands === 'diverged')
            ? `the hotfix ${(0,lane_record/* short */.h0)(this.input.sha)} is ${(0,core_state/* divergedWords */.q3)(stands)} what ${plan.environment} runs (${(0,lane_record/* short */.h0)(target.ref)})`
            : undefined;
        if (diverged) {
            this.state.divergedFrom = { ref: target.ref, relation: stands };
            if (settings.allowDiverged) {
                this.state.allowDiverged = settings.allowDiverged;
                this.record.event(`Deploying although ${diverged}: ${settings.allowDiverged}`);
            }
        }
        const divergedBlock = diverged !== undefined && !settings.allowDiverged;
        // Rollback readiness (README, "Rollback readiness"): no escape hatch, no deploy, unless a
        // written reason says to go on.
        const blocked = !target && !settings.allowNoRollback;
        if (settings.dryRun) {
            if (blocked)
                this.record.event('A real run would be blocked: there is no rollback target (set allow-no-rollback to deploy anyway)');
            if (divergedBlock)
                this.record.event(`A real run would be blocked: ${diverged} (set allow-diverged to deploy anyway)`);
            return this.dryRun(target?.ref);
        }
        if (divergedBlock) {
            this.record.step('deploy', 'skipped', `blocked: ${diverged}`);
            this.record.event(`Blocked: ${diverged}; nothing deployed`);
            this.record.setStatus('Active');
            return this.record.finish('blocked', `Nothing deployed: ${diverged}, so deploying it would take away what shipped since the branch was cut. Merge or rebase ${target.ref.slice(0, 12)} into ${this.input.branch} and push again, or set allow-diverged to a written reason.`);
        }
        if (blocked) {
            this.record.step('deploy', 'skipped', 'blocked: no rollback target');
            this.record.event(`Blocked: no rollback target in ${plan.environment} (no earlier successful deployment); nothing deployed`);
            this.record.setStatus('Active');
            return this.record.finish('blocked', `Nothing deployed: ${plan.environment} has no earlier successful deployment to roll back to. Deploy a known-good version there first, or set allow-no-rollback to a written reason.`);
        }
        if (!target) {
            this.state.allowNoRollback = settings.allowNoRollback;
            this.record.event(`Deploying without a rollback target: ${settings.allowNoRollback}`);
        }
        // 4. Deploy.
        this.record.setStatus('Deploying');
        // Each Status is written when it is set: hotfix.md says what the run is doing now.
        await this.record.journal.save();
        this.record.step('deploy', 'running');
        const deployment = await this.record.createDeployment({
            environment: plan.environment,
            ref: this.input.sha,
            task: lane_record/* DEPLOY_TASK */.so,
            payload: this.record.payload(target?.ref ?? null),
            description: `Hotfix ${hotfix.padded}`,
        });
        this.state.deployment = {
            id: deployment.id,
            ref: this.input.sha,
            url: deployment.url,
            state: 'in_progress',
        };
        this.record.event(`Deployment ${deployment.id} of ${(0,lane_record/* short */.h0)(this.input.sha)} to ${plan.environment} started`);
        this.record.notify('deploying', `deploying ${(0,lane_record/* short */.h0)(this.input.sha)}`);
        // The deploy command waits for no more than the scan and the create (README, "The rollback
        // never waits on GitHub"): its in_progress status and the report are written beside it, and
        // awaited before any later status of this deployment.
        const started = Promise.all([
            this.record.deploymentStatus(deployment.id, 'in_progress', `Deploying hotfix ${hotfix.padded}`),
            this.record.beside(this.record.publish(), 'update the report'),
        ]);
        started.catch(() => { });
        if (plan.deployCommand) {
            const result = await this.record.command('deploy', plan.deployCommand, this.record.commandEnv(this.input.sha, deployment.id), settings.deployTimeoutMs);
            await started;
            if (!result.ok) {
                this.record.step('deploy', 'failed', result.detail);
                this.record.event(`Deploy failed (${result.detail}): rolling back`);
                // The rollback starts first; the failed deploy is recorded beside it.
                const marked = this.record.beside(this.record.deploymentStatus(deployment.id, 'failure', `Deploy failed: ${result.detail}`), `set deployment ${deployment.id} to failure`);
                const rolled = await rollBack(this.record, target?.ref, `deploy failed: ${result.detail}`, this.rollbackCheck(source, baseline));
                await marked;
                const failed = `Deploy failed: ${result.detail}.`;
                // Escalated: the escalation's message (what failed, who is called) follows the cause.
                return rolled === 'rolled-back'
                    ? this.record.finish('deploy-failed', failed)
                    : this.record.finish('escalated', `${failed} ${this.state.message}`);
            }
        }
        await started;
        this.record.step('deploy', 'passed', plan.deployCommand ? 'deploy command succeeded' : 'record-only (no deploy-command)');
        this.record.tick('T003');
        this.record.event(`Deployed ${(0,lane_record/* short */.h0)(this.input.sha)} to ${plan.environment}`);
        // 5. Monitor.
        const outcome = await this.watch(source, baseline, deployment.id);
        if (outcome.verdict === 'pass') {
            const watched = source !== undefined;
            await this.record.deploymentStatus(deployment.id, 'success', watched
                ? `Hotfix ${hotfix.padded} healthy after ${(0,duration/* formatDuration */.a3)(settings.monitorDurationMs)}`
                : `Hotfix ${hotfix.padded} deployed; nothing watched`);
            this.record.tick('T004');
            this.record.setStatus('Resolved');
            return this.record.finish('resolved', watched
                ? 'Every threshold held for the whole window.'
                : 'Deployed; nothing was watched (no probe-url, prometheus-url or monitor-command).');
        }
        if (outcome.verdict === 'inconclusive') {
            // Inconclusive is a decision (README, "Decisions people trust"): no rollback, a human
            // decides.
            await this.record.deploymentStatus(deployment.id, 'error', `${core_state/* INCONCLUSIVE_STATUS */.uU} (${outcome.reason})`.slice(0, 140));
            this.record.setStatus('Active');
            return this.record.finish('inconclusive', `Monitoring was inconclusive (${outcome.reason}): not rolled back, a human decides.`);
        }
        const reason = outcome.reason;
        if (outcome.verdict === 'yielded') {
            // A human's rollback is the way out that was taken: no second rollback.
            await this.record.deploymentStatus(deployment.id, 'failure', 'Rolled back by hand');
            this.record.step('rollback', 'skipped', reason);
            this.record.setStatus('Rolled back');
            return this.record.finish('rolled-back', `Stopped watching: ${reason}.`);
        }
        this.record.notify('breached', reason);
        if (outcome.verdict === 'stop' || !settings.autoRollback) {
            await this.record.deploymentStatus(deployment.id, 'failure', `Breached: ${reason}`);
            this.record.setStatus('Active');
            const why = outcome.verdict === 'stop' ? 'on-monitor-error is fail' : 'auto-rollback is false';
            return this.record.finish('breached', `${reason}. Not rolled back (${why}).`);
        }
        // The rollback starts first; the breach is recorded beside it.
        const marked = this.record.beside(this.record.deploymentStatus(deployment.id, 'failure', `Breached: ${reason}`), `set deployment ${deployment.id} to failure`);
        const rolled = await rollBack(this.record, target?.ref, reason, this.rollbackCheck(source, baseline));
        await marked;
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
        this.record.event(`Monitoring ${plan.thresholds.map((t) => t.source).join(', ')} for ${(0,duration/* formatDuration */.a3)(settings.monitorDurationMs)}`);
        await this.record.journal.save();
        await this.record.publish();
        // A deploy that passed starts the watch as Successful: the deployment's status changes (and
        // costs a request) only when the phase does.
        let lastPhase = 'Successful';
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
            interrupted: () => this.rolledBackByHand(deploymentId),
            onSample: (sample) => {
                this.state.samples.push(sample);
                const n = this.state.samples.length;
                const kind = sample.confirmation ? 'confirmation sample' : 'sample';
                this.record.progress(`  ${kind} ${n}: ${sample.phase} - ${(0,lane_record/* formatValues */.KU)(sample.values)}${sample.note ? ` (${sample.note})` : ''}`);
                // Watching never waits on GitHub (README, "The rollback never waits on GitHub"): the
                // deployment's status says each change of phase, and the report follows, both in the
                // background; the next sample is taken on time whatever GitHub does.
                if (sample.phase !== lastPhase) {
                    lastPhase = sample.phase;
                    this.record.inBackground(this.record.deploymentStatus(deploymentId, 'in_progress', `Monitoring: ${sample.phase}, ${(0,monitor/* describeSample */.gS)(sample)}`.slice(0, 140)), `set deployment ${deploymentId}'s monitoring status`);
                }
                this.record.inBackground(this.record.publish(), 'update the report');
            },
        });
        const detail = 'reason' in outcome
            ? outcome.reason
            : outcome.verdict === 'pass'
                ? `${outcome.samples.length} sample(s), every threshold held`
                : 'inconclusive: no data';
        const stepState = outcome.verdict === 'pass' ? 'passed' : outcome.verdict === 'yielded' ? 'skipped' : 'failed';
        this.record.step('monitor', stepState, detail);
        this.record.event(`Monitoring ended: ${detail}`);
        return outcome;
    }
    /** The metric source of the plan's thresholds (none: nothing is watched), run for `ref`. */
    sourceFor(ref) {
        const { thresholds } = this.plan;
        return thresholds.length > 0
            ? this.ports.sources(thresholds, this.record.commandEnv(ref))
            : undefined;
    }
    /**
     * Reads where the hotfix stands in every environment of the Target list (one listing, for the
     * report) and says why this run's SHA may not go on yet, if the environment before this one has
     * not held it.
     */
    async environmentOrder(order) {
        const records = await this.ports.store.list(order.names);
        const { hotfix, sha } = this.input;
        this.state.environments = environmentsReached(records, hotfix, order.names).map((reach) => reach.environment === this.plan.environment ? { ...reach, thisRun: true } : reach);
        const notHeld = order.before && notHeldBefore(records, hotfix, sha, order.before);
        return notHeld
            ? `${this.plan.environment} comes after ${order.before} in the spec's Target (${order.from}), and ${notHeld}`
            : undefined;
    }
    /**
     * How the hotfix stands to what the environment runs; a history that cannot tell (GitHub
     * failing, a commit the local clone lacks) is a warning, and the lane goes on.
     */
    async relationTo(running) {
        const { history } = this.ports;
        if (!history)
            return undefined;
        try {
            return await history.relation(running, this.input.sha);
        }
        catch (error) {
            this.ports.reporter.warn(`Could not compare the hotfix with what ${this.plan.environment} runs (${(0,lane_record/* short */.h0)(running)}): ${(0,errors/* getErrorMessage */.u1)(error)}; deploying without that check`);
            return undefined;
        }
    }
    /**
     * The check of a rollback (README, "After a rollback"): `rollback-verify-samples` samples of
     * the restored service, `confirm-interval` apart, against the same thresholds; the first that
     * breaches says what still breaches. Off with 0; skipped with a note when nothing is watched or
     * the rollback is record-only (a human redeploys).
     */
    rollbackCheck(source, baseline) {
        return async () => {
            const { settings, plan } = this;
            const count = settings.rollbackVerifySamples;
            if (count === 0)
                return undefined;
            if (!source) {
                this.record.event('The rollback was not verified: nothing is watched');
                return undefined;
            }
            if (!plan.rollbackCommand) {
                this.record.event('The rollback was not verified: record-only, the service is redeployed by hand');
                return undefined;
            }
            this.record.progress(`Verifying the rollback: ${count} sample(s), ${(0,duration/* formatDuration */.a3)(settings.confirmIntervalMs)} apart`);
            let measured = 0;
            for (let i = 1; i <= count; i += 1) {
                await this.ports.clock.sleep(settings.confirmIntervalMs, this.input.signal);
                const sample = await (0,monitor/* takeSample */.ov)(source, plan.thresholds, settings.policy, this.ports.clock, baseline, this.input.signal);
                sample.afterRollback = true;
                this.state.samples.push(sample);
                this.record.progress(`  rollback check ${i}/${count}: ${sample.phase} - ${(0,lane_record/* formatValues */.KU)(sample.values)}`);
                if (sample.phase === 'Failed')
                    return (0,monitor/* describeSample */.gS)(sample);
                if (sample.phase === 'Successful')
                    measured += 1;
            }
            this.record.event(measured > 0
                ? `Rollback verified: ${count} sample(s) of the restored service, none breaching`
                : `The rollback could not be verified: no data in ${count} sample(s) after it`);
            return undefined;
        };
    }
    /**
     * Whether a human rolled this deployment back while the lane watches (README, "Concurrency in
     * an incident"): a deployment of the environment whose payload's `rollbackOf` is ours. A
     * store that cannot answer now is asked again before the next sample.
     */
    async rolledBackByHand(id) {
        const { store } = this.ports;
        const environment = this.plan.environment;
        const last = this.handCheck;
        // One question at a time: while the last is unanswered, sampling goes on without it.
        if (last && !last.answered)
            return undefined;
        if (last?.found)
            return last.found;
        const check = { answered: false };
        this.handCheck = check;
        const asked = (async () => {
            const found = store.findRollbackOf
                ? await store.findRollbackOf(environment, id)
                : (await store.list(environment)).find((r) => (0,rollback_target/* rollsBack */.cL)(r, id));
            if (!found)
                return;
            this.state.rollback = { id: found.id, ref: found.ref, state: found.state };
            check.found = `rolled back by hand (deployment ${found.id} of ${(0,lane_record/* short */.h0)(found.ref)})`;
        })()
            .catch(() => undefined)
            .finally(() => (check.answered = true));
        // A quick answer counts for this sample; a slow one for the next.
        await (0,deadline/* within */.u)(asked, HAND_CHECK_WAIT_MS, () => undefined);
        return check.found;
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

// EXTERNAL MODULE: ./lib/core/markdown.js
var markdown = __webpack_require__(8346);
// EXTERNAL MODULE: ./lib/core/report.js
var report = __webpack_require__(1565);
// EXTERNAL MODULE: ./lib/github/comments.js
var comments = __webpack_require__(8325);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/node/fs-files.js
var fs_files = __webpack_require__(2575);
// EXTERNAL MODULE: ./lib/github/bookkeeping.js
var bookkeeping = __webpack_require__(2407);
// EXTERNAL MODULE: ./lib/github/errors.js
var github_errors = __webpack_require__(9452);
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
            : await (0,fs_files/* readSpecFile */.MB)(external_node_path_.join(this.options.workspace, file), file);
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
                message: `${message}\n\n${bookkeeping/* BOOKKEEPING_TRAILER */.ns}`,
                tree: newTree.sha,
                parents: [this.head],
                committer: { ...bookkeeping/* ACTION_COMMITTER */.wB },
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
                if ((0,github_errors/* statusOf */.c)(error) !== 422)
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
            if (!Array.isArray(data) && data.type === 'symlink')
                throw (0,fs_files/* symlinkRefused */.UP)(file);
            if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
                return undefined;
            return Buffer.from(data.content, 'base64').toString('utf8');
        }
        catch (error) {
            if ((0,github_errors/* statusOf */.c)(error) === 404)
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
        if ((0,github_errors/* statusOf */.c)(error) === 404)
            return false;
        throw error;
    }
}

// EXTERNAL MODULE: ./lib/node/workspace.js + 1 modules
var workspace = __webpack_require__(1805);
;// CONCATENATED MODULE: ./lib/action/operations.js
/**
 * What each route does: the push lane, a manual rollback, a status report, chat-ops.
 */

















/** The push lane. */
async function pushLane(session, route) {
    const { ctx, settings, gh } = session;
    // The PR (a GitHub request) and the pushed tree (a local git call) are asked at once.
    const headTree = settings.dryRun ? undefined : session.localTree(route.sha);
    const pr = await session.pullRequestOf(route.branch);
    // Title and summary: the PR's, else the head commit's (README, "The spec is executable").
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
            headTree: await headTree,
            // A first attempt runs on the push it was made for; a re-run may find the branch moved on.
            mayHaveMoved: ctx.runAttempt !== '1',
            warn: (m) => core/* warning */.$e(m),
        });
    const { input, reporter } = await session.laneInput(route.hotfix, route.branch, route.sha, files, pr?.number, withText);
    return finished(session, reporter, (onEnd) => runLane({ ...input, onEnd }));
}
/**
 * Runs a lane and the run's end: outputs, summary, metrics and follow-ups. The end starts as
 * soon as the lane's status is final, beside the lane's own last writes (the bookkeeping commit,
 * the comment, the notifications), not after them (README, "The rollback never waits on
 * GitHub"); the lane's last log group closes when the end starts, or on any error.
 */
async function finished(session, reporter, lane) {
    let ending;
    const end = (state) => {
        // The lane's log is over: what the end logs (follow-up issues, merge-back PRs) comes after
        // its last group, not inside it.
        reporter.close();
        ending ??= session.finish(state);
        // Awaited below; until then a failure must not count as unhandled.
        ending.catch(() => undefined);
    };
    let result;
    try {
        result = await lane(end);
    }
    finally {
        // The log group ends before the summary and follow-ups are written, and on any error.
        reporter.close();
    }
    end(result.state);
    // The sticky comment's last write and the run's end do not wait for each other; the comment
    // is waited for within the GitHub wait.
    await Promise.all([ending, session.within(reporter.settled(), 'write the PR comment')]);
    return result;
}
/**
 * A manual rollback (dispatch or `/hotfix rollback`). It runs in the default branch's context:
 * the environment and branch come from the deployment records (or the PR), and the spec's
 * commands are never run (README, "Trust boundaries").
 */
async function manualRollback(session, named, prBranch) {
    const { ctx, settings, gh } = session;
    const store = session.store();
    const records = await store.list(named ? undefined : settings.environment);
    const subject = manualRollbackSubject(records, named, settings.environment, prBranch);
    if (!subject) {
        throw new errors/* InputError */.dz('hotfix', named
            ? `no deployment of hotfix ${named.padded} in any environment`
            : `no successful deployment in ${settings.environment} to roll back`);
    }
    for (const value of subject.refused)
        core/* warning */.$e(`deployment ${subject.record.id}: its payload's ${value} is not valid and was not used`);
    if (subject.environment !== settings.environment)
        core/* notice */.lm(`hotfix ${subject.hotfix.padded}'s latest deployment is in ${subject.environment}: rolling back there (input environment is ${settings.environment})`);
    const files = await branchFiles(session, subject.branch);
    const pr = await (0,comments/* findPullRequest */._f)(gh, ctx.repo, subject.branch);
    const { input, reporter } = await session.laneInput(subject.hotfix, subject.branch, subject.record.ref, files, pr?.number, { ...settings, environment: subject.environment });
    return finished(session, reporter, (onEnd) => runManualRollback({ ...input, context: 'default-branch', onEnd }));
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
            warn: (m) => core/* warning */.$e(m),
        });
    }
    catch (error) {
        if ((0,github_errors/* statusOf */.c)(error) !== 404)
            throw error;
        core/* notice */.lm(`${branch} no longer exists: the rollback is recorded in the deployments and the report, not in hotfix.md`);
        return { read: async () => undefined, write: async () => { }, flush: async () => { } };
    }
}
/**
 * Re-renders a hotfix's report from its deployments' records: those of the environment where
 * its latest deployment is, whatever the `environment` input says.
 */
async function statusReport(session, named, pr, prBranch) {
    const { ctx, settings } = session;
    // Hotfix N: its deployments in every environment; else the environment's current deployment,
    // which must name its hotfix. One listing either way.
    const listed = await session.store().list(named ? undefined : settings.environment);
    const subject = manualRollbackSubject(listed, named, settings.environment, prBranch);
    const hotfix = named ??
        (subject && (0,core_branch/* parseHotfixNumber */.rs)(String(subject.record.payload.hotfix ?? ''))
            ? subject.hotfix
            : undefined);
    if (!hotfix) {
        core/* notice */.lm(`no hotfix deployment in ${settings.environment}: nothing to report`);
        core/* setOutput */.uH('status', 'skipped');
        return;
    }
    const environment = subject?.environment ?? settings.environment;
    const records = listed.filter((r) => (0,core_state/* sameEnvironment */.iE)(r.environment, environment));
    const features = await (0,workspace/* featuresDirOf */.QJ)(ctx.workspace, settings.featuresDir);
    const paths = (0,core_features/* hotfixPaths */.v1)(features.dir, hotfix.padded);
    const state = stateFromRecords(subject?.hotfix ?? hotfix, environment, records, paths, Date.now(), subject?.branch);
    // A hotfix promoted through several environments shows where it stands in each.
    const reached = environmentsReached(listed, subject?.hotfix ?? hotfix);
    if (reached.length > 1)
        state.environments = reached;
    const comment = await session.comment(hotfix, pr ?? (await (0,comments/* findPullRequest */._f)(session.gh, ctx.repo, state.branch))?.number)();
    if (comment)
        await comment.upsert((0,report/* renderReport */.B1)(state));
    await io/* appendSummary */.fe((0,report/* renderReport */.B1)(state, 'summary'));
    core/* setOutput */.uH('hotfix-number', hotfix.padded);
    core/* setOutput */.uH('status', state.status);
    core/* setOutput */.uH('deployment-id', state.deployment ? String(state.deployment.id) : '');
}
/** `/hotfix rollback|status` on a PR: only for write, maintain or admin. */
async function chatOps(session, route) {
    const { gh, ctx } = session;
    if (!(await canOperate(gh, ctx.repo, route.user))) {
        const marker = `<!-- hotfix-action:refusal:${route.commentId} -->`;
        const text = `Sorry @${(0,markdown/* escapeInline */.VV)(route.user)}, \`/hotfix ${route.operation}\` needs write, maintain or admin permission ` +
            'on this repository. Nothing was run; ask a maintainer to run it.';
        await (0,comments/* replyOnce */.iv)(gh, ctx.repo, route.pr, marker, await session.ownLogin(), text);
        core/* notice */.lm(`/hotfix ${route.operation} by ${route.user} refused: no write permission`);
        core/* setOutput */.uH('status', 'skipped');
        return undefined;
    }
    const pr = await (0,comments/* getPullRequest */.T9)(gh, ctx.repo, route.pr);
    const own = `${ctx.repo.owner}/${ctx.repo.repo}`.toLowerCase();
    if (pr.headRepo?.toLowerCase() !== own) {
        // A fork's branch may carry any name: chat-ops acts only on this repository's branches.
        const marker = `<!-- hotfix-action:refusal:${route.commentId} -->`;
        const text = `\`/hotfix ${route.operation}\` works only on pull requests whose branch is in this repository; ` +
            `this one comes from ${pr.headRepo ? (0,markdown/* escapeInline */.VV)(pr.headRepo) : 'a repository that no longer exists'}. ` +
            'Nothing was run: push the hotfix branch to this repository and use its pull request.';
        await (0,comments/* replyOnce */.iv)(gh, ctx.repo, route.pr, marker, await session.ownLogin(), text);
        core/* error */.z3(`/hotfix ${route.operation} on PR #${route.pr} refused: its head branch is in ${pr.headRepo ?? 'a deleted repository'}, not ${ctx.repo.owner}/${ctx.repo.repo}`);
        core/* setOutput */.uH('status', 'skipped');
        return undefined;
    }
    const parsed = (0,core_branch/* parseHotfixBranch */.yz)(pr.headRef);
    if (!parsed.ok) {
        core/* notice */.lm(`/hotfix ${route.operation}: ${parsed.reason}`);
        core/* setOutput */.uH('status', 'skipped');
        return undefined;
    }
    if (route.operation === 'status') {
        await statusReport(session, parsed.id, route.pr, pr.headRef);
        return undefined;
    }
    return manualRollback(session, parsed.id, pr.headRef);
}


/***/ })

};
