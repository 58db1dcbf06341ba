/**
 * The lane: scaffold -> gate -> deploy -> monitor -> resolved | rollback -> rolled-back |
 * retry -> maintenance -> escalated. It calls only the ports; it never knows where it runs.
 */
import { within } from './deadline.js';
import { getErrorMessage } from './errors.js';
import { formatDuration } from './duration.js';
import { waitForEnvironment } from './environment-wait.js';
import { hotfixPaths } from './features.js';
import { describeSample, monitor, takeSample, type MonitorOutcome } from './monitor.js';
import { environmentsReached, notHeldBefore } from './environments.js';
import { planLane, type LanePlan } from './plan.js';
import type {
  CommitRelation,
  DeploymentRecord,
  LaneInput,
  LanePorts,
  LaneResult,
  MetricSource,
} from './ports.js';
import { DEPLOY_TASK, formatValues, LaneRecord, short } from './lane-record.js';
import { rollBack, type RollbackCheck } from './rollback-ladder.js';
import { rollsBack } from './rollback-target.js';
import type { LaneSettings } from './settings.js';
import { readCreated, readSpec, renderSpec, type HotfixSpec } from './spec.js';
import {
  divergedWords,
  INCONCLUSIVE_STATUS,
  initialState,
  type DivergedRelation,
  type LaneState,
} from './state.js';
import { renderTasks } from './tasks.js';
import { needsBaseline } from './thresholds.js';

export type { LaneInput, LanePorts, LaneResult } from './ports.js';
export { DEPLOY_TASK } from './lane-record.js';

/** Runs the whole lane for a pushed hotfix. */
export async function runLane(input: LaneInput): Promise<LaneResult> {
  const run = await LaneRun.open(input);
  return run.execute();
}

/**
 * How long (real milliseconds) a sample waits for the answer to "was this deployment rolled back
 * by hand?"; a later answer counts at the next sample.
 */
const HAND_CHECK_WAIT_MS = 250;

/** Rolls an environment back by hand (dispatch or `/hotfix rollback`). */
export async function runManualRollback(input: LaneInput): Promise<LaneResult> {
  const run = await LaneRun.open(input, true);
  return run.executeManualRollback();
}

/**
 * When an existing hotfix was created, from its `**Created**:` line (README, "The clock"). A line
 * that is not a time, or a time after now, is a warning naming file and line, and the clock runs
 * from this run's start.
 */
function createdOf(text: string, file: string, input: LaneInput, now: number): number {
  const created = readCreated(text);
  if (created === undefined) return now;
  if (created.at !== undefined && created.at <= now + 60_000) return created.at;
  const what = created.at === undefined ? `"${created.found}"` : `${created.found}, after now`;
  input.ports.reporter.warn(
    `${file}:${created.line}: **Created** is ${what}; expected the time the hotfix was created, such as 2026-11-25 03:00 UTC. The time to resolution counts from this run's start`,
  );
  return now;
}

/** The steps of one run, in order; everything they record goes through the run's LaneRecord. */
class LaneRun {
  private readonly record: LaneRecord;
  /** The last "rolled back by hand?" question to the store, and its answer. */
  private handCheck: { answered: boolean; found?: string } | undefined;

  private constructor(
    input: LaneInput,
    plan: LanePlan,
    state: LaneState,
    specText: string,
    tasksText: string,
    private readonly created: { spec: boolean; tasks: boolean },
  ) {
    this.record = new LaneRecord(input, plan, state, specText, tasksText);
  }

  /** Reads (or renders) the spec and checks the plan: every error here comes before any write. */
  static async open(input: LaneInput, manual = false): Promise<LaneRun> {
    const { files, clock } = input.ports;
    const paths = hotfixPaths(input.featuresDir, input.hotfix.padded);
    const now = clock.now();
    const existingSpec = await files.read(paths.spec);
    const specText =
      existingSpec ??
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
    const spec: HotfixSpec = readSpec(specText, paths.spec);
    const createdAt =
      existingSpec === undefined ? now : createdOf(existingSpec, paths.spec, input, now);
    const plan = planLane(input.settings, spec, paths.spec, input.context);
    // A manual rollback acts where the records say (its caller sets the environment from them).
    if (manual) plan.environment = input.settings.environment;
    const existingTasks = await files.read(paths.tasks);
    const tasksText =
      existingTasks ??
      renderTasks({
        id: input.hotfix,
        createdAt: now,
        monitorDuration: formatDuration(input.settings.monitorDurationMs),
        rollbackPlan: plan.rollbackCommand
          ? `run the rollback command (${plan.rollbackCommand.from}) on the last successful deployment`
          : 'record-only: redeploy the last successful deployment by hand',
      });
    const state = initialState({
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

  private get input(): LaneInput {
    return this.record.input;
  }

  private get plan(): LanePlan {
    return this.record.plan;
  }

  private get state(): LaneState {
    return this.record.state;
  }

  private get ports(): LanePorts {
    return this.record.ports;
  }

  private get settings(): LaneSettings {
    return this.record.settings;
  }

  async execute(): Promise<LaneResult> {
    try {
      return await this.lane();
    } finally {
      await this.record.closeOpenDeployments();
    }
  }

  async executeManualRollback(): Promise<LaneResult> {
    if (this.created.spec) this.record.journal.persist = false;
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
      if (note) this.ports.reporter.warn(`Rollback target: ${note}`);
      this.record.replaces = (await this.ports.store.list(environment)).find(
        (r) => r.ref === this.input.sha,
      )?.id;
      this.state.rollbackTarget = target?.ref ?? null;
      this.record.event(`Manual rollback requested for ${this.plan.environment}`);
      const ignored = this.plan.ignoredSpecRollback;
      if (ignored)
        this.record.event(
          `The spec's Rollback Plan (${ignored.from}) was not run: a manual rollback runs with the default branch's secrets, so it runs ${this.plan.rollbackCommand ? `the workflow's ${this.plan.rollbackCommand.from}` : 'no command (record-only)'}, never a command read from a branch`,
        );
      if (this.settings.dryRun) return await this.dryRunRollback(target?.ref);
      const status = await rollBack(
        this.record,
        target?.ref,
        'manual rollback requested',
        this.rollbackCheck(this.sourceFor(target?.ref ?? ''), undefined),
      );
      return await this.record.finish(
        status,
        [
          status === 'rolled-back' ? 'Rolled back by hand.' : (this.state.message ?? ''),
          ignored
            ? `The spec's Rollback Plan (${ignored.from}) was not run: it is read from the hotfix branch, and a dispatch or chat-ops run executes with the default branch's secrets.`
            : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
    } finally {
      await this.record.closeOpenDeployments();
    }
  }

  private async lane(): Promise<LaneResult> {
    const { settings, plan } = this;
    const { hotfix } = this.input;
    this.record.progress(
      `Hotfix ${hotfix.padded}${hotfix.slug ? ` (${hotfix.slug})` : ''} on ${this.input.branch} at ${short(this.input.sha)}`,
    );

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
    if (createdWhat.length > 0) await this.record.journal.save();
    this.record.step(
      'scaffold',
      'passed',
      createdWhat.length > 0
        ? `created ${createdWhat.join(' and ')}`
        : 'spec exists: read back, never overwritten',
    );
    await this.record.publish();

    // Environments in order: a later environment takes only what the one before it has held.
    const why = plan.order ? await this.environmentOrder(plan.order) : undefined;
    if (why) {
      if (settings.dryRun) this.record.event(`A real run would be blocked: ${why}`);
      else {
        this.record.event(`Blocked: ${why}; nothing deployed`);
        return this.record.finish(
          'blocked',
          `Nothing deployed: ${why}. Deploy it to ${plan.order!.before} first (its job in the promotion workflow) and let that run resolve, then run this one again.`,
        );
      }
    }

    // 2. Gate.
    const gate = await this.gate();
    if (gate !== 'passed') return this.record.finish('gate-failed', gate);

    // 3. The rollback target and the baseline come from before the deploy; another hotfix
    // deploying to the same environment is waited for, then refused.
    const scan = await waitForEnvironment(this.record);
    if ('refused' in scan) return this.record.finish('deploy-failed', scan.refused);
    const { target } = scan;
    this.state.rollbackTarget = target?.ref ?? null;
    if (scan.note) this.ports.reporter.warn(`Rollback target: ${scan.note}`);
    this.record.progress(
      target
        ? `Rollback target: ${short(target.ref)} (deployment ${target.id})`
        : 'No earlier successful deployment: no rollback target',
    );
    // Whether the hotfix keeps what runs is asked beside the baseline sample.
    const relation = !target
      ? Promise.resolve(undefined)
      : target.ref === this.input.sha || scan.ancestors?.has(target.ref)
        ? Promise.resolve<CommitRelation>('ahead')
        : this.relationTo(target.ref);
    const source = this.sourceFor(this.input.sha);
    let baseline: Record<string, number> | undefined;
    if (source && needsBaseline(plan.thresholds)) {
      const sample = await takeSample(
        source,
        plan.thresholds,
        settings.policy,
        this.ports.clock,
        undefined,
        this.input.signal,
      );
      baseline = sample.values;
      this.record.progress(`Baseline measured: ${formatValues(baseline)}`);
    }

    // Never roll production back by accident (README): a hotfix behind or diverged from what
    // runs would take away what shipped since its branch was cut.
    const stands = await relation;
    const diverged =
      target && (stands === 'behind' || stands === 'diverged')
        ? `the hotfix ${short(this.input.sha)} is ${divergedWords(stands)} what ${plan.environment} runs (${short(target.ref)})`
        : undefined;
    if (diverged) {
      this.state.divergedFrom = { ref: target!.ref, relation: stands as DivergedRelation };
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
        this.record.event(
          'A real run would be blocked: there is no rollback target (set allow-no-rollback to deploy anyway)',
        );
      if (divergedBlock)
        this.record.event(
          `A real run would be blocked: ${diverged} (set allow-diverged to deploy anyway)`,
        );
      return this.dryRun(target?.ref);
    }
    if (divergedBlock) {
      this.record.step('deploy', 'skipped', `blocked: ${diverged}`);
      this.record.event(`Blocked: ${diverged}; nothing deployed`);
      this.record.setStatus('Active');
      return this.record.finish(
        'blocked',
        `Nothing deployed: ${diverged}, so deploying it would take away what shipped since the branch was cut. Merge or rebase ${target!.ref.slice(0, 12)} into ${this.input.branch} and push again, or set allow-diverged to a written reason.`,
      );
    }
    if (blocked) {
      this.record.step('deploy', 'skipped', 'blocked: no rollback target');
      this.record.event(
        `Blocked: no rollback target in ${plan.environment} (no earlier successful deployment); nothing deployed`,
      );
      this.record.setStatus('Active');
      return this.record.finish(
        'blocked',
        `Nothing deployed: ${plan.environment} has no earlier successful deployment to roll back to. Deploy a known-good version there first, or set allow-no-rollback to a written reason.`,
      );
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
    this.record.event(
      `Deployment ${deployment.id} of ${short(this.input.sha)} to ${plan.environment} started`,
    );
    this.record.notify('deploying', `deploying ${short(this.input.sha)}`);
    // The deploy command waits for no more than the scan and the create (README, "The rollback
    // never waits on GitHub"): its in_progress status and the report are written beside it, and
    // awaited before any later status of this deployment.
    const started = Promise.all([
      this.record.deploymentStatus(
        deployment.id,
        'in_progress',
        `Deploying hotfix ${hotfix.padded}`,
      ),
      this.record.beside(this.record.publish(), 'update the report'),
    ]);
    started.catch(() => {});
    if (plan.deployCommand) {
      const result = await this.record.command(
        'deploy',
        plan.deployCommand,
        this.record.commandEnv(this.input.sha, deployment.id),
        settings.deployTimeoutMs,
      );
      await started;
      if (!result.ok) {
        this.record.step('deploy', 'failed', result.detail);
        this.record.event(`Deploy failed (${result.detail}): rolling back`);
        // The rollback starts first; the failed deploy is recorded beside it.
        const marked = this.record.beside(
          this.record.deploymentStatus(deployment.id, 'failure', `Deploy failed: ${result.detail}`),
          `set deployment ${deployment.id} to failure`,
        );
        const rolled = await rollBack(
          this.record,
          target?.ref,
          `deploy failed: ${result.detail}`,
          this.rollbackCheck(source, baseline),
        );
        await marked;
        const failed = `Deploy failed: ${result.detail}.`;
        // Escalated: the escalation's message (what failed, who is called) follows the cause.
        return rolled === 'rolled-back'
          ? this.record.finish('deploy-failed', failed)
          : this.record.finish('escalated', `${failed} ${this.state.message}`);
      }
    }
    await started;
    this.record.step(
      'deploy',
      'passed',
      plan.deployCommand ? 'deploy command succeeded' : 'record-only (no deploy-command)',
    );
    this.record.tick('T003');
    this.record.event(`Deployed ${short(this.input.sha)} to ${plan.environment}`);

    // 5. Monitor.
    const outcome = await this.watch(source, baseline, deployment.id);
    if (outcome.verdict === 'pass') {
      const watched = source !== undefined;
      await this.record.deploymentStatus(
        deployment.id,
        'success',
        watched
          ? `Hotfix ${hotfix.padded} healthy after ${formatDuration(settings.monitorDurationMs)}`
          : `Hotfix ${hotfix.padded} deployed; nothing watched`,
      );
      this.record.tick('T004');
      this.record.setStatus('Resolved');
      return this.record.finish(
        'resolved',
        watched
          ? 'Every threshold held for the whole window.'
          : 'Deployed; nothing was watched (no probe-url, prometheus-url or monitor-command).',
      );
    }
    if (outcome.verdict === 'inconclusive') {
      // Inconclusive is a decision (README, "Decisions people trust"): no rollback, a human
      // decides.
      await this.record.deploymentStatus(
        deployment.id,
        'error',
        `${INCONCLUSIVE_STATUS} (${outcome.reason})`.slice(0, 140),
      );
      this.record.setStatus('Active');
      return this.record.finish(
        'inconclusive',
        `Monitoring was inconclusive (${outcome.reason}): not rolled back, a human decides.`,
      );
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
      const why =
        outcome.verdict === 'stop' ? 'on-monitor-error is fail' : 'auto-rollback is false';
      return this.record.finish('breached', `${reason}. Not rolled back (${why}).`);
    }
    // The rollback starts first; the breach is recorded beside it.
    const marked = this.record.beside(
      this.record.deploymentStatus(deployment.id, 'failure', `Breached: ${reason}`),
      `set deployment ${deployment.id} to failure`,
    );
    const rolled = await rollBack(
      this.record,
      target?.ref,
      reason,
      this.rollbackCheck(source, baseline),
    );
    await marked;
    return this.record.finish(
      rolled,
      rolled === 'rolled-back' ? `Rolled back: ${reason}.` : (this.state.message ?? reason),
    );
  }

  private async gate(): Promise<'passed' | string> {
    const { settings, plan } = this;
    if (settings.skipTests) {
      this.record.step('gate', 'skipped', `skipped: ${settings.skipTests}`);
      this.record.event(`Essential tests skipped: ${settings.skipTests}`);
      return 'passed';
    }
    if (plan.testCommands.length === 0) {
      this.ports.reporter.warn(
        "No essential test: set test-command or put commands in the spec's Testing Strategy.",
      );
      this.record.step('gate', 'skipped', 'no test command');
      return 'passed';
    }
    this.record.setStatus('Testing');
    await this.record.journal.save();
    this.record.step('gate', 'running');
    await this.record.publish();
    for (const [index, test] of plan.testCommands.entries()) {
      const result = await this.record.command(
        `test ${index + 1}/${plan.testCommands.length}`,
        test.command,
        this.record.commandEnv(this.input.sha),
        settings.testTimeoutMs,
      );
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

  private async watch(
    source: MetricSource | undefined,
    baseline: Record<string, number> | undefined,
    deploymentId: DeploymentRecord['id'],
  ): Promise<MonitorOutcome> {
    const { settings, plan } = this;
    if (!source) {
      this.record.step(
        'monitor',
        'skipped',
        'nothing to watch: no probe-url, prometheus-url or monitor-command',
      );
      this.ports.reporter.warn(
        'Nothing is watched after the deploy: set probe-url, prometheus-url or monitor-command.',
      );
      return { verdict: 'pass', samples: [] };
    }
    this.record.setStatus('Monitoring');
    this.record.step('monitor', 'running');
    this.record.event(
      `Monitoring ${plan.thresholds.map((t) => t.source).join(', ')} for ${formatDuration(settings.monitorDurationMs)}`,
    );
    await this.record.journal.save();
    await this.record.publish();
    // A deploy that passed starts the watch as Successful: the deployment's status changes (and
    // costs a request) only when the phase does.
    let lastPhase: string | undefined = 'Successful';
    const outcome = await monitor({
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
        this.record.progress(
          `  ${kind} ${n}: ${sample.phase} - ${formatValues(sample.values)}${sample.note ? ` (${sample.note})` : ''}`,
        );
        // Watching never waits on GitHub (README, "The rollback never waits on GitHub"): the
        // deployment's status says each change of phase, and the report follows, both in the
        // background; the next sample is taken on time whatever GitHub does.
        if (sample.phase !== lastPhase) {
          lastPhase = sample.phase;
          this.record.inBackground(
            this.record.deploymentStatus(
              deploymentId,
              'in_progress',
              `Monitoring: ${sample.phase}, ${describeSample(sample)}`.slice(0, 140),
            ),
            `set deployment ${deploymentId}'s monitoring status`,
          );
        }
        this.record.inBackground(this.record.publish(), 'update the report');
      },
    });
    const detail =
      'reason' in outcome
        ? outcome.reason
        : outcome.verdict === 'pass'
          ? `${outcome.samples.length} sample(s), every threshold held`
          : 'inconclusive: no data';
    const stepState =
      outcome.verdict === 'pass' ? 'passed' : outcome.verdict === 'yielded' ? 'skipped' : 'failed';
    this.record.step('monitor', stepState, detail);
    this.record.event(`Monitoring ended: ${detail}`);
    return outcome;
  }

  /** The metric source of the plan's thresholds (none: nothing is watched), run for `ref`. */
  private sourceFor(ref: string): MetricSource | undefined {
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
  private async environmentOrder(
    order: NonNullable<LanePlan['order']>,
  ): Promise<string | undefined> {
    const records = await this.ports.store.list(order.names);
    const { hotfix, sha } = this.input;
    this.state.environments = environmentsReached(records, hotfix, order.names).map((reach) =>
      reach.environment === this.plan.environment ? { ...reach, thisRun: true } : reach,
    );
    const notHeld = order.before && notHeldBefore(records, hotfix, sha, order.before);
    return notHeld
      ? `${this.plan.environment} comes after ${order.before} in the spec's Target (${order.from}), and ${notHeld}`
      : undefined;
  }

  /**
   * How the hotfix stands to what the environment runs; a history that cannot tell (GitHub
   * failing, a commit the local clone lacks) is a warning, and the lane goes on.
   */
  private async relationTo(running: string): Promise<CommitRelation | undefined> {
    const { history } = this.ports;
    if (!history) return undefined;
    try {
      return await history.relation(running, this.input.sha);
    } catch (error) {
      this.ports.reporter.warn(
        `Could not compare the hotfix with what ${this.plan.environment} runs (${short(running)}): ${getErrorMessage(error)}; deploying without that check`,
      );
      return undefined;
    }
  }

  /**
   * The check of a rollback (README, "After a rollback"): `rollback-verify-samples` samples of
   * the restored service, `confirm-interval` apart, against the same thresholds; the first that
   * breaches says what still breaches. Off with 0; skipped with a note when nothing is watched or
   * the rollback is record-only (a human redeploys).
   */
  private rollbackCheck(
    source: MetricSource | undefined,
    baseline: Record<string, number> | undefined,
  ): RollbackCheck {
    return async () => {
      const { settings, plan } = this;
      const count = settings.rollbackVerifySamples;
      if (count === 0) return undefined;
      if (!source) {
        this.record.event('The rollback was not verified: nothing is watched');
        return undefined;
      }
      if (!plan.rollbackCommand) {
        this.record.event(
          'The rollback was not verified: record-only, the service is redeployed by hand',
        );
        return undefined;
      }
      this.record.progress(
        `Verifying the rollback: ${count} sample(s), ${formatDuration(settings.confirmIntervalMs)} apart`,
      );
      let measured = 0;
      for (let i = 1; i <= count; i += 1) {
        await this.ports.clock.sleep(settings.confirmIntervalMs, this.input.signal);
        const sample = await takeSample(
          source,
          plan.thresholds,
          settings.policy,
          this.ports.clock,
          baseline,
          this.input.signal,
        );
        sample.afterRollback = true;
        this.state.samples.push(sample);
        this.record.progress(
          `  rollback check ${i}/${count}: ${sample.phase} - ${formatValues(sample.values)}`,
        );
        if (sample.phase === 'Failed') return describeSample(sample);
        if (sample.phase === 'Successful') measured += 1;
      }
      this.record.event(
        measured > 0
          ? `Rollback verified: ${count} sample(s) of the restored service, none breaching`
          : `The rollback could not be verified: no data in ${count} sample(s) after it`,
      );
      return undefined;
    };
  }

  /**
   * Whether a human rolled this deployment back while the lane watches (README, "Concurrency in
   * an incident"): a deployment of the environment whose payload's `rollbackOf` is ours. A
   * store that cannot answer now is asked again before the next sample.
   */
  private async rolledBackByHand(id: DeploymentRecord['id']): Promise<string | undefined> {
    const { store } = this.ports;
    const environment = this.plan.environment;
    const last = this.handCheck;
    // One question at a time: while the last is unanswered, sampling goes on without it.
    if (last && !last.answered) return undefined;
    if (last?.found) return last.found;
    const check: { answered: boolean; found?: string } = { answered: false };
    this.handCheck = check;
    const asked = (async () => {
      const found = store.findRollbackOf
        ? await store.findRollbackOf(environment, id)
        : (await store.list(environment)).find((r) => rollsBack(r, id));
      if (!found) return;
      this.state.rollback = { id: found.id, ref: found.ref, state: found.state };
      check.found = `rolled back by hand (deployment ${found.id} of ${short(found.ref)})`;
    })()
      .catch(() => undefined)
      .finally(() => (check.answered = true));
    // A quick answer counts for this sample; a slow one for the next.
    await within(asked, HAND_CHECK_WAIT_MS, () => undefined);
    return check.found;
  }

  private async dryRun(target: string | undefined): Promise<LaneResult> {
    const { plan } = this;
    const env = this.record.commandEnv(this.input.sha, 'dry-run');
    this.record.plannedCommand(
      'deploy',
      plan.deployCommand ?? '(record-only: no deploy-command)',
      env,
    );
    this.planRollback(target);
    this.record.step('deploy', 'skipped', 'dry run');
    this.record.step('monitor', 'skipped', 'dry run');
    return this.record.finish(
      'dry-run',
      'Dry run: everything read and validated; nothing deployed, nothing written.',
    );
  }

  private async dryRunRollback(target: string | undefined): Promise<LaneResult> {
    this.planRollback(target);
    return this.record.finish('dry-run', 'Dry run of a manual rollback: nothing deployed.');
  }

  /** Prints the rollback a real run would run (when there is a rollback command). */
  private planRollback(target: string | undefined): void {
    if (!this.plan.rollbackCommand) return;
    this.record.plannedCommand(
      'rollback',
      this.plan.rollbackCommand.command,
      this.record.rollbackEnv(target ?? '(no rollback target)', 'dry-run'),
    );
  }
}
