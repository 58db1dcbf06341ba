/**
 * The lane: scaffold -> gate -> deploy -> monitor -> resolved | rollback -> rolled-back |
 * retry -> maintenance -> escalated. It calls only the ports; it never knows where it runs.
 */
import type { HotfixId } from './branch.js';
import { formatDuration } from './duration.js';
import { getErrorMessage } from './errors.js';
import { hotfixPaths } from './features.js';
import { describeSample, monitor, takeSample, type MonitorOutcome } from './monitor.js';
import { planLane, type LanePlan } from './plan.js';
import type {
  Clock,
  CommandRunner,
  CommandSpec,
  DeploymentRecord,
  DeploymentStore,
  MetricSource,
  Reporter,
  SpecFiles,
} from './ports.js';
import type { LaneSettings } from './settings.js';
import { Journal } from './journal.js';
import { readSpec, renderSpec, type HotfixSpec, type SpecStatus } from './spec.js';
import {
  exitCodeOf,
  initialState,
  stepOf,
  type LaneState,
  type LaneStatus,
  type StepName,
  type StepState,
} from './state.js';
import type { DeploymentScan } from './rollback-target.js';
import { renderTasks, type TaskId } from './tasks.js';
import { needsBaseline, type Threshold } from './thresholds.js';

/** The parts the lane runs on. */
export interface LanePorts {
  clock: Clock;
  runner: CommandRunner;
  store: DeploymentStore;
  files: SpecFiles;
  reporter: Reporter;
  /** Builds the metric source for the run's thresholds; `undefined` when nothing is watched. */
  sources: (thresholds: readonly Threshold[]) => MetricSource | undefined;
}

/** One run of the lane. */
export interface LaneInput {
  hotfix: HotfixId;
  branch: string;
  /** The SHA to deploy. */
  sha: string;
  featuresDir: string;
  settings: LaneSettings;
  version: string;
  ports: LanePorts;
  logUrl?: string;
  signal?: AbortSignal;
}

/** How a run ended. */
export interface LaneResult {
  status: LaneStatus;
  exitCode: number;
  state: LaneState;
}

/** The task of every deployment the lane makes. */
export const DEPLOY_TASK = 'deploy:hotfix';

/** Runs the whole lane for a pushed hotfix. */
export async function runLane(input: LaneInput): Promise<LaneResult> {
  const run = await LaneRun.open(input);
  return run.execute();
}

/** Rolls an environment back by hand (dispatch or `/hotfix rollback`). */
export async function runManualRollback(input: LaneInput): Promise<LaneResult> {
  const run = await LaneRun.open(input);
  return run.executeManualRollback();
}

class LaneRun {
  private readonly open = new Set<DeploymentRecord['id']>();
  /** The deployment a manual rollback replaces. */
  private replaces: DeploymentRecord['id'] | undefined;
  private readonly journal: Journal;

  private constructor(
    private readonly input: LaneInput,
    private readonly plan: LanePlan,
    private readonly state: LaneState,
    specText: string,
    tasksText: string,
    private readonly created: { spec: boolean; tasks: boolean },
  ) {
    this.journal = new Journal(
      input.ports.files,
      state.specPath,
      state.tasksPath,
      specText,
      tasksText,
      !input.settings.dryRun,
    );
  }

  /** Reads (or renders) the spec and checks the plan: every error here comes before any write. */
  static async open(input: LaneInput): Promise<LaneRun> {
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
    const plan = planLane(input.settings, spec, paths.spec);
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
      dryRun: input.settings.dryRun,
      skipTests: input.settings.skipTests,
    });
    return new LaneRun(input, plan, state, specText, tasksText, {
      spec: existingSpec === undefined,
      tasks: existingTasks === undefined,
    });
  }

  private get ports(): LanePorts {
    return this.input.ports;
  }

  private get settings(): LaneSettings {
    return this.input.settings;
  }

  async execute(): Promise<LaneResult> {
    try {
      return await this.lane();
    } finally {
      await this.closeOpenDeployments();
    }
  }

  async executeManualRollback(): Promise<LaneResult> {
    if (this.created.spec) this.journal.persist = false;
    try {
      this.step('scaffold', 'skipped', 'manual rollback');
      this.step('gate', 'skipped', 'manual rollback');
      this.step('deploy', 'skipped', 'manual rollback');
      this.step('monitor', 'skipped', 'manual rollback');
      const { environment } = this.plan;
      // A manual rollback never waits for another run: it is the way out.
      const { target } = await this.ports.store.scan(environment, {
        hotfix: this.input.hotfix.padded,
        sha: this.input.sha,
      });
      this.replaces = (await this.ports.store.list(environment)).find(
        (r) => r.ref === this.input.sha,
      )?.id;
      this.state.rollbackTarget = target?.ref ?? null;
      this.event(`Manual rollback requested for ${this.plan.environment}`);
      if (this.settings.dryRun) return await this.dryRunRollback(target?.ref);
      const status = await this.rollback(target?.ref, 'manual rollback requested');
      return await this.finish(
        status,
        status === 'rolled-back' ? 'Rolled back by hand.' : (this.state.message ?? ''),
      );
    } finally {
      await this.closeOpenDeployments();
    }
  }

  private async lane(): Promise<LaneResult> {
    const { settings, plan } = this;
    const { hotfix } = this.input;
    this.progress(
      `Hotfix ${hotfix.padded}${hotfix.slug ? ` (${hotfix.slug})` : ''} on ${this.input.branch} at ${short(this.input.sha)}`,
    );

    // 1. Scaffold: create what is missing, never overwrite what exists.
    this.step('scaffold', 'running');
    const createdWhat = [
      this.created.spec && this.state.specPath,
      this.created.tasks && this.state.tasksPath,
    ].filter(Boolean);
    // Written now, made durable with the final state: one bookkeeping commit per run on GitHub.
    if (createdWhat.length > 0) await this.journal.save();
    this.step(
      'scaffold',
      'passed',
      createdWhat.length > 0
        ? `created ${createdWhat.join(' and ')}`
        : 'spec exists: read back, never overwritten',
    );
    await this.publish();

    // 2. Gate.
    const gate = await this.gate();
    if (gate !== 'passed') return this.finish('gate-failed', gate);

    // 3. The rollback target and the baseline come from before the deploy; another hotfix
    // deploying to the same environment is waited for, then refused.
    const scan = await this.waitForEnvironment();
    if ('refused' in scan) return this.finish('deploy-failed', scan.refused);
    const { target } = scan;
    this.state.rollbackTarget = target?.ref ?? null;
    this.progress(
      target
        ? `Rollback target: ${short(target.ref)} (deployment ${target.id})`
        : 'No earlier successful deployment: no rollback target',
    );
    const source = plan.thresholds.length > 0 ? this.ports.sources(plan.thresholds) : undefined;
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
      this.progress(`Baseline measured: ${formatValues(baseline)}`);
    }

    if (settings.dryRun) return this.dryRun(target?.ref);

    // 4. Deploy.
    this.setStatus('Deploying');
    this.step('deploy', 'running');
    const deployment = await this.ports.store.create({
      environment: plan.environment,
      ref: this.input.sha,
      task: DEPLOY_TASK,
      payload: this.payload(target?.ref ?? null),
      description: `Hotfix ${hotfix.padded}`,
    });
    this.open.add(deployment.id);
    this.state.deployment = {
      id: deployment.id,
      ref: this.input.sha,
      url: deployment.url,
      state: 'in_progress',
    };
    await this.deploymentStatus(deployment.id, 'in_progress', `Deploying hotfix ${hotfix.padded}`);
    this.event(
      `Deployment ${deployment.id} of ${short(this.input.sha)} to ${plan.environment} started`,
    );
    await this.publish();
    if (plan.deployCommand) {
      const result = await this.command(
        'deploy',
        plan.deployCommand,
        this.commandEnv(this.input.sha, deployment.id),
        settings.deployTimeoutMs,
      );
      if (!result.ok) {
        this.step('deploy', 'failed', result.detail);
        await this.deploymentStatus(deployment.id, 'failure', `Deploy failed: ${result.detail}`);
        this.event(`Deploy failed (${result.detail}): rolling back`);
        const rolled = await this.rollback(target?.ref, `deploy failed: ${result.detail}`);
        const failed = `Deploy failed: ${result.detail}.`;
        // Escalated: the escalation's message (what failed, who is called) follows the cause.
        return rolled === 'rolled-back'
          ? this.finish('deploy-failed', failed)
          : this.finish('escalated', `${failed} ${this.state.message}`);
      }
    }
    this.step(
      'deploy',
      'passed',
      plan.deployCommand ? 'deploy command succeeded' : 'record-only (no deploy-command)',
    );
    this.tick('T003');
    this.event(`Deployed ${short(this.input.sha)} to ${plan.environment}`);

    // 5. Monitor.
    const outcome = await this.watch(source, baseline, deployment.id);
    if (outcome.verdict === 'pass') {
      const watched = source !== undefined;
      await this.deploymentStatus(
        deployment.id,
        'success',
        watched
          ? `Hotfix ${hotfix.padded} healthy after ${formatDuration(settings.monitorDurationMs)}`
          : `Hotfix ${hotfix.padded} deployed; nothing watched`,
      );
      this.tick('T004');
      this.setStatus('Resolved');
      return this.finish(
        'resolved',
        watched
          ? 'Every threshold held for the whole window.'
          : 'Deployed; nothing was watched (no probe-url, prometheus-url or monitor-command).',
      );
    }
    if (outcome.verdict === 'inconclusive') {
      await this.deploymentStatus(deployment.id, 'error', 'Monitoring inconclusive: no data');
      this.setStatus('Active');
      return this.finish('breached', 'Monitoring was inconclusive (no data): a human must decide.');
    }
    const reason = outcome.reason;
    await this.deploymentStatus(deployment.id, 'failure', `Breached: ${reason}`);
    if (outcome.verdict === 'stop' || !settings.autoRollback) {
      this.setStatus('Active');
      const why =
        outcome.verdict === 'stop' ? 'on-monitor-error is fail' : 'auto-rollback is false';
      return this.finish('breached', `${reason}. Not rolled back (${why}).`);
    }
    const rolled = await this.rollback(target?.ref, reason);
    return this.finish(
      rolled,
      rolled === 'rolled-back' ? `Rolled back: ${reason}.` : (this.state.message ?? reason),
    );
  }

  /**
   * Scans the environment; while another hotfix's deployment there is running (and not stale),
   * waits for it, up to deploy-timeout, with progress. Then refuses, naming it.
   */
  private async waitForEnvironment(): Promise<DeploymentScan | { refused: string }> {
    const { clock, store } = this.ports;
    const { environment } = this.plan;
    const exclude = { hotfix: this.input.hotfix.padded, sha: this.input.sha };
    const staleAfter =
      this.settings.deployTimeoutMs + this.settings.monitorDurationMs + 10 * 60_000;
    const giveUpAt = clock.now() + this.settings.deployTimeoutMs;
    for (;;) {
      const scan = await store.scan(environment, exclude);
      const { active } = scan;
      if (!active) return scan;
      const who = `hotfix ${active.payload.hotfix || '(not a hotfix)'} (deployment ${active.id} of ${short(active.ref)}, ${active.state}${active.description ? `: ${active.description}` : ''})`;
      if (clock.now() - Date.parse(active.createdAt) > staleAfter) {
        this.ports.reporter.warn(
          `${who} has been running since ${active.createdAt}: taken as stale, not waited for`,
        );
        return scan;
      }
      if (clock.now() >= giveUpAt) {
        return {
          refused: `${who} is still deploying to ${environment} after ${formatDuration(this.settings.deployTimeoutMs)}; nothing was deployed. Push again when it is done, or mark it finished.`,
        };
      }
      this.progress(`Waiting: ${who} is deploying to ${environment}`);
      await clock.sleep(Math.min(15_000, Math.max(0, giveUpAt - clock.now())), this.input.signal);
    }
  }

  private async gate(): Promise<'passed' | string> {
    const { settings, plan } = this;
    if (settings.skipTests) {
      this.step('gate', 'skipped', `skipped: ${settings.skipTests}`);
      this.event(`Essential tests skipped: ${settings.skipTests}`);
      return 'passed';
    }
    if (plan.testCommands.length === 0) {
      this.ports.reporter.warn(
        "No essential test: set test-command or put commands in the spec's Testing Strategy.",
      );
      this.step('gate', 'skipped', 'no test command');
      return 'passed';
    }
    this.setStatus('Testing');
    this.step('gate', 'running');
    await this.publish();
    for (const [index, test] of plan.testCommands.entries()) {
      const result = await this.command(
        `test ${index + 1}/${plan.testCommands.length}`,
        test.command,
        this.commandEnv(this.input.sha),
        settings.testTimeoutMs,
      );
      if (!result.ok) {
        const detail = `${test.command} (${test.from}) ${result.detail}`;
        this.step('gate', 'failed', detail);
        this.event(`Essential test failed: ${detail}`);
        this.setStatus('Active');
        return `Essential test failed: ${detail}. Nothing was deployed.`;
      }
    }
    this.step('gate', 'passed', `${plan.testCommands.length} essential test(s) passed`);
    this.tick('T001');
    this.tick('T002');
    this.event(`Essential tests passed (${plan.testCommands.length})`);
    return 'passed';
  }

  private async watch(
    source: MetricSource | undefined,
    baseline: Record<string, number> | undefined,
    deploymentId: DeploymentRecord['id'],
  ): Promise<MonitorOutcome> {
    const { settings, plan } = this;
    if (!source) {
      this.step(
        'monitor',
        'skipped',
        'nothing to watch: no probe-url, prometheus-url or monitor-command',
      );
      this.ports.reporter.warn(
        'Nothing is watched after the deploy: set probe-url, prometheus-url or monitor-command.',
      );
      return { verdict: 'pass', samples: [] };
    }
    this.setStatus('Monitoring');
    this.step('monitor', 'running');
    this.event(
      `Monitoring ${plan.thresholds.map((t) => t.source).join(', ')} for ${formatDuration(settings.monitorDurationMs)}`,
    );
    await this.journal.save();
    await this.publish();
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
      onSample: async (sample) => {
        this.state.samples.push(sample);
        const n = this.state.samples.length;
        const kind = sample.confirmation ? 'confirmation sample' : 'sample';
        this.progress(
          `  ${kind} ${n}: ${sample.phase} - ${formatValues(sample.values)}${sample.note ? ` (${sample.note})` : ''}`,
        );
        await this.deploymentStatus(
          deploymentId,
          'in_progress',
          `Monitoring: ${sample.phase}, ${describeSample(sample)}`.slice(0, 140),
        );
        await this.publish();
      },
    });
    const detail =
      'reason' in outcome
        ? outcome.reason
        : outcome.verdict === 'pass'
          ? `${outcome.samples.length} sample(s), every threshold held`
          : 'inconclusive: no data';
    this.step('monitor', outcome.verdict === 'pass' ? 'passed' : 'failed', detail);
    this.event(`Monitoring ended: ${detail}`);
    return outcome;
  }

  /** Rolls back to `target`: retry once, then the maintenance command, then escalation. */
  private async rollback(
    target: string | undefined,
    reason: string,
  ): Promise<'rolled-back' | 'escalated'> {
    const { plan, settings } = this;
    this.step('rollback', 'running', reason);
    this.event(`Rollback started: ${reason}`);
    await this.publish();
    if (!target) {
      this.step('rollback', 'failed', 'no earlier successful deployment to roll back to');
      return this.escalate(
        'There is no earlier successful deployment to roll back to (HEAD is never redeployed instead).',
      );
    }
    const deployment = await this.ports.store.create({
      environment: plan.environment,
      ref: target,
      task: DEPLOY_TASK,
      payload: { ...this.payload(target), rollbackOf: this.state.deployment?.id ?? this.replaces },
      description: `Rollback of hotfix ${this.input.hotfix.padded}`,
    });
    this.open.add(deployment.id);
    this.state.rollback = {
      id: deployment.id,
      ref: target,
      url: deployment.url,
      state: 'in_progress',
    };
    await this.deploymentStatus(deployment.id, 'in_progress', `Rolling back to ${short(target)}`);
    let detail = 'record-only (no rollback command)';
    if (plan.rollbackCommand) {
      const env = this.rollbackEnv(target, deployment.id);
      let result = await this.command(
        'rollback',
        plan.rollbackCommand.command,
        env,
        settings.deployTimeoutMs,
      );
      if (!result.ok) {
        this.event(`Rollback failed (${result.detail}): retrying once`);
        result = await this.command(
          'rollback (retry)',
          plan.rollbackCommand.command,
          env,
          settings.deployTimeoutMs,
        );
      }
      if (!result.ok) {
        await this.deploymentStatus(
          deployment.id,
          'failure',
          `Rollback failed twice: ${result.detail}`,
        );
        this.step('rollback', 'failed', `failed twice: ${result.detail}`);
        return this.escalate(`The rollback to ${short(target)} failed twice (${result.detail}).`);
      }
      detail = `rolled back to ${short(target)}`;
    }
    await this.deploymentStatus(deployment.id, 'success', `Rolled back to ${short(target)}`);
    this.step('rollback', 'passed', detail);
    this.tick('T004');
    this.setStatus('Rolled back');
    this.event(`Rolled back to ${short(target)}`);
    return 'rolled-back';
  }

  private async escalate(why: string): Promise<'escalated'> {
    const { settings } = this;
    this.step('escalate', 'running', why);
    let detail = why;
    if (settings.maintenanceCommand) {
      this.event('Running the maintenance command');
      const result = await this.command(
        'maintenance',
        settings.maintenanceCommand,
        this.commandEnv(this.state.rollbackTarget ?? this.input.sha),
        settings.deployTimeoutMs,
      );
      detail += result.ok
        ? ' The maintenance command ran.'
        : ` The maintenance command failed too (${result.detail}).`;
    }
    const mentions = settings.escalationMentions.join(' ');
    this.state.message = `${detail} Manual intervention required${mentions ? `: ${mentions}` : ''}.`;
    this.step('escalate', 'failed', detail);
    this.setStatus('Escalated');
    this.event(`Escalated: ${detail}`);
    return 'escalated';
  }

  private async dryRun(target: string | undefined): Promise<LaneResult> {
    const { plan } = this;
    const env = this.commandEnv(this.input.sha, 'dry-run');
    this.plannedCommand('deploy', plan.deployCommand ?? '(record-only: no deploy-command)', env);
    this.planRollback(target);
    this.step('deploy', 'skipped', 'dry run');
    this.step('monitor', 'skipped', 'dry run');
    return this.finish(
      'dry-run',
      'Dry run: everything read and validated; nothing deployed, nothing written.',
    );
  }

  private async dryRunRollback(target: string | undefined): Promise<LaneResult> {
    this.planRollback(target);
    return this.finish('dry-run', 'Dry run of a manual rollback: nothing deployed.');
  }

  /** Prints the rollback a real run would run (when there is a rollback command). */
  private planRollback(target: string | undefined): void {
    if (!this.plan.rollbackCommand) return;
    this.plannedCommand(
      'rollback',
      this.plan.rollbackCommand.command,
      this.rollbackEnv(target ?? '(no rollback target)', 'dry-run'),
    );
  }

  private plannedCommand(label: string, command: string, env: Record<string, string>): void {
    this.state.plannedCommands.push({ label, command, env });
    const vars = Object.entries(env)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    this.progress(`[dry-run] ${label}: ${command}\n          with ${vars}`);
  }

  private payload(rollbackTarget: string | null) {
    const { hotfix } = this.input;
    return {
      hotfix: hotfix.padded,
      slug: hotfix.slug,
      spec: this.state.specPath,
      rollbackTarget,
      ...(this.settings.skipTests ? { skipTests: this.settings.skipTests } : {}),
    };
  }

  private rollbackEnv(
    target: string,
    deploymentId: DeploymentRecord['id'],
  ): Record<string, string> {
    return { ...this.commandEnv(target, deploymentId), HOTFIX_ROLLBACK: '1' };
  }

  private commandEnv(ref: string, deploymentId?: DeploymentRecord['id']): Record<string, string> {
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

  private async command(
    label: string,
    command: string,
    env: Record<string, string>,
    timeoutMs: number,
  ): Promise<{ ok: boolean; detail: string }> {
    const spec: CommandSpec = { label, command, env, timeoutMs };
    this.progress(`$ ${command}`);
    const result = await this.ports.runner.run(spec, this.input.signal);
    if (this.input.signal?.aborted) throw this.input.signal.reason ?? new Error('cancelled');
    if (result.timedOut)
      return { ok: false, detail: `timed out after ${formatDuration(timeoutMs)}` };
    if (result.exitCode !== 0)
      return { ok: false, detail: `exited with ${result.exitCode ?? 'a signal'}` };
    return { ok: true, detail: `passed in ${formatDuration(result.durationMs)}` };
  }

  private async deploymentStatus(
    id: DeploymentRecord['id'],
    state: 'in_progress' | 'success' | 'failure' | 'error',
    description: string,
  ) {
    await this.ports.store.setStatus(id, state, description, {
      environmentUrl: this.settings.environmentUrl,
      logUrl: this.input.logUrl,
    });
    if (state !== 'in_progress') this.open.delete(id);
    for (const ref of [this.state.deployment, this.state.rollback]) {
      if (ref && ref.id === id) ref.state = state;
    }
  }

  /** Never leave a deployment `in_progress`: on any exit, mark what is still open `error`. */
  private async closeOpenDeployments(): Promise<void> {
    const cancelled = this.input.signal?.aborted === true;
    for (const id of [...this.open]) {
      const description = cancelled
        ? 'Cancelled: the run was stopped'
        : 'The run ended with an error before this deployment finished';
      try {
        await this.deploymentStatus(id, 'error', description);
      } catch (error) {
        this.ports.reporter.warn(
          `Could not mark deployment ${id} as error: ${getErrorMessage(error)}`,
        );
      }
    }
    if (this.state.status === 'running') {
      this.state.endedAt = this.ports.clock.now();
      this.event(cancelled ? 'Run cancelled' : 'Run ended with an error');
      // Nothing is testing, deploying or watching any more: the hotfix is open for a human.
      this.setStatus('Active');
      try {
        await this.journal.commit(`hotfix ${this.input.hotfix.padded}: run stopped`);
      } catch (error) {
        this.ports.reporter.warn(
          `Could not save ${this.state.specPath}: ${getErrorMessage(error)}`,
        );
      }
    }
  }

  private async finish(status: LaneStatus, message: string): Promise<LaneResult> {
    this.state.status = status;
    this.state.message = message;
    this.state.endedAt = this.ports.clock.now();
    for (const step of this.state.steps) {
      if (step.state === 'pending') step.state = 'skipped';
    }
    this.event(`Finished: ${status}. ${message}`);
    await this.journal.commit(`hotfix ${this.input.hotfix.padded}: ${status}`);
    await this.publish();
    return { status, exitCode: exitCodeOf(status), state: this.state };
  }

  private step(name: StepName, state: StepState, detail?: string): void {
    const step = stepOf(this.state, name);
    const now = this.ports.clock.now();
    if (state === 'running') {
      step.startedAt = now;
      this.ports.reporter.section?.(name);
    } else if (step.startedAt !== undefined || state !== 'skipped') {
      step.startedAt ??= now;
      step.endedAt = now;
    }
    step.state = state;
    if (detail !== undefined) step.detail = detail;
  }

  private setStatus(status: SpecStatus): void {
    this.journal.setStatus(status);
  }

  private tick(id: TaskId): void {
    this.journal.tick(id);
  }

  private event(text: string): void {
    this.journal.note(this.ports.clock.now(), text);
    this.progress(text);
  }

  private progress(message: string): void {
    this.ports.reporter.progress(message);
  }

  private async publish(): Promise<void> {
    await this.ports.reporter.publish(this.state);
  }
}

function short(sha: string): string {
  return /^[0-9a-f]{40}$/.test(sha) ? sha.slice(0, 7) : sha;
}

function formatValues(values: Record<string, number>): string {
  const entries = Object.entries(values);
  if (entries.length === 0) return 'no values';
  return entries.map(([k, v]) => `${k}=${Number.isInteger(v) ? v : v.toPrecision(3)}`).join(' ');
}
